/*
 * eval_pii.c - evaluation bench for personal-data detection on a
 * generated, labelled warehouse.
 *
 *   eval_pii [--rows N] [--keep PATH] [--errors] [--fold N]
 *   eval_pii --list DB.sqlite
 *
 * Writes a SQLite database (a temporary file, or PATH with --keep) whose
 * columns carry a known label (a PII class, or none), analyses it the way
 * `sextant analyze` does, with value sampling on and then off, and prints
 * precision, recall and F1 per class and pooled.
 *
 * The columns come in folds, each written before the rules it measures:
 *   tune     the columns the rules in src/map/pii.c were adjusted on;
 *   heldout  other tables and column names (and other person names in the
 *            values) over the same kinds of data, never looked at while
 *            tuning: the figure that says whether a change generalises;
 *   heldout2 a second held-out fold, added (with issue 15's name dictionary
 *            and address work) before those rules were written: other
 *            tables, people, streets, towns and postcodes, and look-alikes
 *            that hold given names (dishes, book titles, brands);
 *   heldout3 a third, larger held-out fold (issue 16), written before its
 *            rules in other domains (a clinic, a carrier, recruiting, a
 *            bank), with some columns named only by a "--" comment;
 *   heldout4 a fourth held-out fold (issue 17), written blind (its author
 *            read neither the rules nor their tests) in other domains (a
 *            marketplace, a university, a telecom operator, an insurer, a
 *            hotel), with legacy names (cst_nm, tel1, fio, pasp_ser, eml).
 *   heldout5 a fifth held-out fold, written blind like the fourth, in other
 *            domains (ride-hailing, a government services portal, a
 *            fitness app, an estate agency, an airline loyalty programme),
 *            with camelCase and Cyrillic column names.
 *   heldout6 a sixth held-out fold, written blind like the fourth and
 *            fifth, in other domains (a veterinary clinic, a German
 *            charity's donors, Spanish car sharing, a dating app, a Russian
 *            bank's KYC onboarding, a courier marketplace), with German,
 *            Spanish, camelCase and Cyrillic column names.
 *   heldout7 a seventh held-out fold, written blind like the fourth to
 *            sixth, in other domains (a French building's co-owners, an
 *            Italian winery's club, a Brazilian solar installer, a Dutch
 *            bike-lease scheme, a Polish shop's returns desk, a Turkish
 *            beauty salon), with French, Italian, Portuguese, Dutch, Polish
 *            and Turkish column names and those countries' id formats.
 *   heldout8 an eighth held-out fold, written blind like the fourth to
 *            seventh, in other domains (a Swedish preschool's guardians, a
 *            Finnish marina, a Czech library, a Romanian pharmacy's loyalty
 *            club, a Hungarian driving school, a Ukrainian coworking space),
 *            with Swedish, Finnish, Czech, Romanian, Hungarian and Ukrainian
 *            (Cyrillic and transliterated) column names and id formats.
 *   heldout9 a ninth held-out fold, written blind like the fourth to
 *            eighth, in other domains (a Vietnamese motorbike rental, an
 *            Israeli dental clinic, an Indian tiffin service, a Japanese
 *            ryokan, a Korean hagwon), with Vietnamese, transliterated
 *            Hebrew, Hindi and Indian English, Japanese romaji and
 *            romanized Korean column names and those countries' id formats.
 *   heldout10 a tenth held-out fold, written blind like the fourth to
 *            ninth, in other domains (an Emirati Umrah agency, an Iranian
 *            car-repair garage, a Thai rice mill, a Philippine remittance
 *            centre, a Kenyan savings group), with Arabic (transliterated
 *            and in Arabic script), Persian, Thai, Tagalog and Swahili
 *            column names and those countries' id formats.
 *   heldout11 an eleventh held-out fold, written blind like the fourth to
 *            tenth, in other domains (a Tbilisi sulphur bath house, a
 *            Yerevan dance school, a Bangladeshi kazi office's marriage
 *            register, an Icelandic riding tour, a Lagos parish), with
 *            Georgian, Armenian, Bengali, Icelandic and Yoruba column names
 *            (native script and transliterated) and id formats.
 *   heldout12 a twelfth held-out fold, written blind like the fourth to
 *            eleventh, in other domains (a Cretan olive-oil cooperative, a
 *            Hangzhou wedding photo studio, a Busan fishing charter, a
 *            Yogyakarta boarding house, a Vojvodina beekeepers'
 *            association), with Greek (script and Greeklish), Chinese
 *            (hanzi and pinyin), Korean (Hangul), Indonesian and Serbian
 *            (Cyrillic and Latin) column names and id formats.
 *   heldout13 a thirteenth held-out fold, written blind like the fourth to
 *            twelfth, in other domains (a Lithuanian polyclinic, a Latvian
 *            bank's loan clients, an Estonian firm's staff, a Kazakh mobile
 *            operator, a Tamil Nadu school, a Japanese online shop, an Addis
 *            Ababa microfinance), with Lithuanian, Latvian, Estonian, Kazakh
 *            (Cyrillic and Latin), Tamil (script and transliterated),
 *            Japanese (kanji and kana) and Amharic (Ge'ez) column names and
 *            id formats.
 *   heldout14 a fourteenth held-out fold, written blind like the fourth to
 *            thirteenth, in other domains (a Rijeka water utility, a
 *            Copenhagen rowing club, a Tromsø fishing vessel's crew, a Kuala
 *            Lumpur e-hailing firm's drivers, an Ulaanbaatar pawnshop, a
 *            Durban burial society), with Croatian, Danish, Norwegian, Malay,
 *            Mongolian (Cyrillic) and isiZulu column names and id formats.
 *   heldout15 a fifteenth held-out fold, written blind like the fourth to
 *            fourteenth, in other domains (a Guadalajara street market's
 *            vendor register, a Ljubljana student hall, a Bansko ski-rental
 *            shop, a Paarl wine farm's seasonal workers, a Lahore cricket
 *            academy, a Tashkent payment wallet), with Mexican Spanish,
 *            Slovenian, Bulgarian (Cyrillic and transliterated), Afrikaans,
 *            Urdu (script and Roman) and Uzbek (Latin) column names and id
 *            formats.
 *   heldout16 a sixteenth held-out fold, written blind like the fourth to
 *            fifteenth, in other domains (a Valparaíso fishermen's union, a
 *            Košice climbing gym, a Baku carpet workshop's online orders, an
 *            eisteddfod's competitors, a Sarandë holiday flat's guests), with
 *            Chilean Spanish, Slovak (camelCase), Azerbaijani, Welsh and
 *            Albanian column names and id formats.
 *   heldout17 a seventeenth held-out fold, written blind like the fourth to
 *            sixteenth, in other domains (a Rosario sports club's members,
 *            a Vilafranca castellers colla, a Skopje car service's work
 *            orders, a Connemara GAA club's members, a Kathmandu trekking
 *            agency's porters), with Argentine Spanish, Catalan, Macedonian
 *            (Cyrillic and Latin), Irish and Nepali (romanised and
 *            Devanagari) column names and id formats.
 *   heldout18 an eighteenth held-out fold, written blind like the fourth to
 *            seventeenth, in other domains (an Arequipa alpaca-fibre
 *            cooperative's suppliers, a Donostia gastronomic society's
 *            members, a Gozo dive centre's divers, a Kano mobile-money agent
 *            network's customers, an Ösling heating-oil dealer's customers),
 *            with Peruvian Spanish, Basque, Maltese, Hausa and Luxembourgish
 *            column names and id formats.
 *   heldout19 a nineteenth held-out fold, written blind like the fourth to
 *            eighteenth, in other domains (a Bogotá florist's home-delivery
 *            orders, a Narach sanatorium's guests, a Faroese ferry
 *            operator's travel-card holders, a Kandy A/L tuition class's
 *            students, a Hargeysa hospital's outpatients), with Colombian
 *            Spanish (camelCase), Belarusian (Cyrillic and transliterated),
 *            Faroese, Sinhala (script and romanised) and Somali column
 *            names and id formats.
 *   heldout20 a twentieth held-out fold, written blind like the fourth to
 *            nineteenth, in other domains (a Guayaquil fibre operator's
 *            subscribers, an Arousa shellfish gatherers' guild's members, a
 *            Bihać rafting camp's guests, a Karakol ski base's season-pass
 *            holders, a Phnom Penh garment factory's workers), with
 *            Ecuadorian Spanish, Galician, Bosnian, Kyrgyz (Cyrillic and
 *            transliterated) and Khmer (script and romanised) column names
 *            and id formats.
 *   heldout21 a twenty-first held-out fold, written blind like the fourth
 *            to twentieth, in other domains (a Maracaibo pharmacy's
 *            home-delivery orders, a Potosí quinoa growers' association's
 *            members, a Khujand wedding hall's bookings, a Jalandhar tractor
 *            dealer's customers, a Kigali moto-taxi cooperative's members),
 *            with Venezuelan Spanish, Quechua, Tajik (Cyrillic), Punjabi
 *            (romanised and Gurmukhi) and Kinyarwanda column names and id
 *            formats.
 *   heldout22 a twenty-second held-out fold, written blind like the fourth
 *            to twenty-first, in other domains (a Montevideo mutual-aid
 *            housing cooperative's members, a Mandalay gold shop's buyers, a
 *            Kolhapur sugar cooperative's cane growers, a Cap-Haïtien
 *            school's enrolments, an Ashgabat phone shop's instalment
 *            buyers), with Uruguayan Spanish, Burmese (romanised and Myanmar
 *            script), Marathi (romanised and Devanagari), Haitian Creole and
 *            Turkmen column names and id formats.
 *   heldout23 a twenty-third held-out fold, written blind like the fourth
 *            to twenty-second, in other domains (a Quillacollo dairy
 *            cooperative's milk suppliers, a Vientiane motorbike-leasing
 *            shop's customers, an Onitsha market traders' union's members, a
 *            Sambava vanilla exporter's growers, a Kandahar pomegranate
 *            exporter's orchard owners), with Bolivian Spanish, Lao
 *            (romanised and Lao script), Igbo, Malagasy and Pashto
 *            (romanised and Arabic script) column names and id formats.
 *   heldout24 a twenty-fourth held-out fold, written blind like the fourth
 *            to twenty-third, in other domains (a Kazan chak-chak
 *            confectioner's online orders, a Vijayawada chit fund's
 *            subscribers, a Dakar Tabaski sheep seller's delivery orders, an
 *            Apia car-hire firm's customers, a Surat sari wholesaler's credit
 *            ledger), with Tatar (Cyrillic), Telugu (romanised and Telugu
 *            script), Wolof, Samoan (camelCase) and Gujarati (romanised and
 *            Gujarati script) column names and id formats.
 *   heldout25 a twenty-fifth held-out fold, written blind like the fourth
 *            to twenty-fourth, in other domains (a Ciudad del Este
 *            electronics shop's instalment buyers, a Mysuru paying-guest
 *            hostel's residents, an East London cash-and-carry's account
 *            customers, a Duhok neighbourhood generator's subscribers, a
 *            Jimma coffee cooperative's farmers), with Paraguayan Spanish,
 *            Kannada (romanised and Kannada script), isiXhosa, Kurdish
 *            Kurmanji (Latin, names also in Arabic script) and Afaan Oromo
 *            column names and id formats.
 * The folds hold the hard cases issue 15 lists: person names only in
 * the values (recipient, contact person, author; Latin and Cyrillic, with
 * patronymics), names that end in _num/_no/_nr, phone columns of bare
 * 11-digit numbers starting with 8, masked cards, JSON and key=value
 * payloads with an e-mail or phone inside, columns where a third of the
 * values are e-mails, and look-alikes without PII (hyphenated marketplace
 * shipment numbers, message templates with {{customer_name}}
 * placeholders, job titles, product and company names, bare numeric ids).
 * Values are generated from a fixed seed; no real person's data is used.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include <sextant/catalog.h>
#include <sextant/map.h>

/* ------------------------------------------------------------ generator */

static unsigned long long rng = 0x9E3779B97F4A7C15ull;

static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

#define PICK(a) (a)[rnd(sizeof(a) / sizeof((a)[0]))]

/* Two disjoint sets of given names and surnames: the tune fold draws from
 * the first, the held-out fold from the second. */
static const char *const first_a[] = {"James", "Mary", "Robert", "Linda", "Michael", "Susan",
				      "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa"};
static const char *const last_a[] = {"Smith", "Johnson", "Brown", "Miller", "Wilson", "Moore",
				     "Taylor", "Anderson", "Jackson", "White", "Harris", "Clark"};
static const char *const first_b[] = {"Oliver", "Amelia", "Harvey", "Imogen", "Rupert", "Felicity",
                                      "Declan", "Niamh",  "Soren",  "Astrid", "Tobias", "Greta"};
static const char *const last_b[] = {"Fairbanks",  "Okafor",    "Lindqvist", "Moreau",
                                     "Castellano", "Whitfield", "Nakamura",  "Brennan",
                                     "Kowalczyk",  "Haddad",    "Ferreira",  "Albrecht"};
static const char *const ru_last_a[] = {"Иванов", "Петров",  "Смирнов", "Кузнецов",
                                        "Попов",  "Соколов", "Лебедев", "Козлов"};
static const char *const ru_first_a[] = {"Иван",    "Пётр",   "Алексей", "Сергей",
                                         "Дмитрий", "Андрей", "Михаил",  "Николай"};
static const char *const ru_patr_a[] = {"Иванович",   "Петрович",   "Сергеевич",
                                        "Алексеевич", "Дмитриевич", "Андреевич"};
static const char *const ru_last_b[] = {"Белоусова", "Журавлёва", "Тихонова", "Ершова",
					"Гладкова", "Родионова", "Воронцова", "Зуева"};
static const char *const ru_first_b[] = {"Ольга",  "Татьяна",  "Марина",  "Елена",
                                         "Ксения", "Вероника", "Зинаида", "Людмила"};
static const char *const ru_patr_b[] = {"Аркадьевна", "Игоревна",  "Николаевна",
                                        "Фоминична",  "Ильинична", "Тимуровна"};
static const char *const lat_ru_b[] = {"Belousova Olga Igorevna", "Zhuravleva Marina Nikolaevna",
				       "Tikhonov Gleb Arkadyevich", "Ershov Timur Olegovich",
				       "Rodionova Kseniya Ilyinichna"};

/* A third set for the second held-out fold (written before the rule
 * changes it measures): other given names, surnames, streets and cities. */
static const char *const first_c[] = {
    "Marcus", "Evelyn", "Wesley",  "Hazel",   "Dominic", "Priya",    "Mateo",  "Ingrid",
    "Callum", "Yasmin", "Leonard", "Beatrix", "Kwame",   "Mireille", "Anders", "Lucia"};
static const char *const last_c[] = {"Gallagher", "Oyelaran", "Sorensen", "Delacroix", "Pellegrini",
                                     "Ashworth",  "Tanaka",   "Kavanagh", "Nowak",     "Mansour",
                                     "Oliveira",  "Brandt",   "Thornton", "Ivanova"};
static const char *const ru_last_c[] = {"Кравцов", "Горбунов", "Мельников", "Сазонов",
                                        "Ярцев",   "Комаров",  "Шестаков",  "Данилов"};
static const char *const ru_first_c[] = {"Григорий", "Всеволод", "Ярослав", "Фёдор",
                                         "Тимофей",  "Глеб",     "Степан",  "Арсений"};
static const char *const ru_patr_c[] = {"Григорьевич", "Львович",  "Романович",
                                        "Захарович",   "Ефимович", "Саввич"};
static const char *const streets_c[] = {"Birch Crescent", "Willow Terrace", "Harbour Way",
                                        "Station Road",   "Kingsway",       "Elm Court",
                                        "Market Street"};
static const char *const towns_c[] = {"Leeds LS6 2AB", "Springfield, IL 62704", "Bristol BS1 4DJ",
                                      "Portland, OR 97205", "Cork T12 X70A"};
static const char *const ru_streets_c[] = {"ул. Баумана", "пр-т Мира", "ул. Чехова",
                                           "наб. Фонтанки", "пер. Садовый"};
static const char *const ru_towns_c[] = {"г. Казань", "г. Самара", "г. Пермь", "г. Тверь"};
static const char *const dishes[] = {"Victoria Sponge Cake", "Caesar Salad", "Eggs Benedict",
                                     "Beef Wellington",      "Peach Melba",  "Margherita Pizza",
                                     "Chicken Tikka Masala", "Earl Grey Tea"};
static const char *const books[] = {"Anna Karenina",     "Oliver Twist", "Jane Eyre",
                                    "David Copperfield", "Emma",         "Don Quixote",
                                    "Madame Bovary",     "Moby Dick",    "War And Peace"};
static const char *const ru_titles[] = {"Ведущий инженер", "Главный бухгалтер", "Начальник склада",
                                        "Менеджер по продажам", "Оператор колл-центра"};
static const char *const brands[] = {"Tommy Hilfiger", "Calvin Klein", "Ralph Lauren",
                                     "Hugo Boss",      "Marc Jacobs",  "Victoria Secret"};

/* A fourth set for the third held-out fold (issue 16, written before the
 * rule changes it measures): a clinic, a carrier, recruiting and a bank;
 * other given names (a few from outside Europe), surnames with particles
 * and hyphens, streets, towns, and look-alikes of those domains. */
static const char *const first_d[] = {
    "Gordon", "Fiona", "Rhys",    "Maeve",   "Tristan", "Odette", "Caspar",  "Philippa",
    "Desmond", "Rosalind", "Ezra", "Chidi", "Siddharth", "Anjali", "Thandiwe", "Lachlan"};
static const char *const last_d[] = {"Hargreaves", "Okonkwo",    "Villanueva", "Lindgren",
                                     "Abernathy",  "Fitzgerald", "Chaudhry",   "Kimura",
                                     "Rasmussen",  "O'Sullivan", "Van der Berg", "Sokolova-Lind"};
static const char *const ru_last_d[] = {"Литвинов", "Баранов",  "Голубев", "Кудрявцев",
                                        "Филиппов", "Ковалёв", "Осипов",  "Мартынов"};
static const char *const ru_first_d[] = {"Вадим",    "Эдуард",  "Леонид", "Ростислав",
                                         "Геннадий", "Валерий", "Аркадий", "Матвей"};
static const char *const ru_patr_d[] = {"Эдуардович", "Леонидович", "Геннадьевич",
                                        "Валерьевич", "Аркадьевич", "Матвеевич"};
static const char *const ru_init_d[] = {"В.Э.", "Л.Г.", "Р.А.", "М.В.", "Г.Л.", "А.М."};
static const char *const lat_ru_d[] = {"Litvinov Vadim Eduardovich", "Baranov Leonid Gennadyevich",
                                       "Golubev Rostislav Arkadyevich", "Osipov Matvey Valeryevich",
                                       "Martynov Gennady Leonidovich"};
static const char *const streets_d[] = {"Rosewood Avenue", "Quarry Lane",     "Mill Road",
                                        "Abbey Close",     "Chapel Street",   "Victoria Parade",
                                        "Orchard Grove"};
static const char *const towns_d[] = {"Manchester M14 5RT", "Austin, TX 78701", "Glasgow G12 8QQ",
                                      "Dublin D02 XY45", "Denver, CO 80203"};
static const char *const ru_streets_d[] = {"ул. Пушкина", "пр-т Ленина", "ул. Советская",
                                           "бульвар Гагарина", "ш. Энтузиастов"};
static const char *const ru_towns_d[] = {"г. Новосибирск", "г. Екатеринбург", "г. Воронеж",
                                         "г. Уфа"};
static const char *const words_d[] = {"patient", "reports", "mild",  "pain",  "since", "last",
                                      "week",    "no",      "fever", "asked", "to",    "call",
                                      "her",     "daughter", "at",   "home",  "after", "six"};
static const char *const words_ru[] = {"прошу", "позвонить", "за",     "час",      "до",
                                       "доставки", "домофон", "не",   "работает", "оставить",
                                       "у",     "двери",     "спасибо", "заранее"};
static const char *const drugs[] = {"Amoxicillin 500 mg", "Ibuprofen 200 mg", "Metformin 850 mg",
                                    "Atorvastatin 20 mg", "Paracetamol 500 mg"};
static const char *const depts[] = {"Cardiology", "General Surgery", "Paediatrics", "Oncology",
                                    "Radiology",  "Emergency Medicine"};
static const char *const depts_ru[] = {"Терапевтическое отделение", "Хирургия", "Отдел кадров",
                                       "Бухгалтерия", "Приёмное отделение"};
static const char *const wards[] = {"St Anne Ward", "Florence Nightingale Ward", "Queen Mary Wing",
                                    "Edith Cavell Unit", "King George Ward"};
static const char *const vehicles[] = {"Ford Transit", "Mercedes Sprinter", "Iveco Daily",
                                       "Renault Master", "Volkswagen Crafter"};
static const char *const rooms[] = {"Ada Lovelace", "Alan Turing", "Grace Hopper", "Marie Curie",
                                    "Nikola Tesla"};
static const char *const bank_products[] = {"Gold Savings Plus", "Mortgage Fixed 5Y",
                                            "Premier Current Account", "Travel Card Euro",
                                            "Student Overdraft"};
static const char *const products_ru[] = {"Чайник электрический", "Набор кастрюль",
                                          "Пылесос Вихрь", "Кресло офисное", "Дрель ударная"};
static const char *const bics[] = {"DEUTDEFF", "COBADEFFXXX", "BARCGB22", "SABRRUMM", "CHASUS33"};

/* A fifth set for the fourth held-out fold, written blind (its author did
 * not read the rules in src/map/pii.c or their description): a
 * marketplace, a university, a telecom operator, an insurer and a hotel;
 * given names and surnames in no other set, Russian names, streets, towns
 * and postcodes of their own, and look-alikes of those domains. */
static const char *const first_e[] = {
    "Eliza",    "Barnaby", "Henrietta", "Ignatius", "Clementine", "Leopold", "Wilhelmina",
    "Cornelius", "Ottilie", "Jasper",   "Marisol",  "Thaddeus",   "Aurelie", "Bartholomew",
    "Ngozi",    "Keanu"};
static const char *const last_e[] = {"Pemberton", "Achterberg", "Quigley",  "Montgomery",
                                     "Adeyemi",   "Strickland", "Vasquez",  "Holloway",
                                     "Nieminen",  "Blackwood",  "Duchamp",  "Takahashi",
                                     "MacLeod",   "Zielinski"};
static const char *const ru_last_e[] = {"Щербаков", "Тарасов",   "Борисова", "Никитина",
                                        "Поляков",  "Субботина", "Воробьёв", "Громова"};
static const char *const ru_first_e[] = {"Евгений",   "Константин", "Анастасия", "Дарья",
                                         "Святослав", "Полина",     "Богдан",    "Алёна"};
static const char *const ru_patr_e[] = {"Константинович", "Богданович", "Евгеньевна",
                                        "Святославовна",  "Олегович",   "Викторовна"};
static const char *const ru_init_e[] = {"Е.К.", "А.Б.", "Д.С.", "П.О.", "К.В.", "С.Е."};
static const char *const lat_ru_e[] = {"Shcherbakov Evgeny Konstantinovich",
                                       "Nikitina Darya Bogdanovna", "Polyakov Svyatoslav Olegovich",
                                       "Gromova Alyona Viktorovna", "Tarasov Bogdan Evgenyevich"};
static const char *const streets_e[] = {"Larkspur Lane", "Foxglove Row",     "Cathedral Walk",
                                        "Tannery Yard",  "Beacon Hill Road", "Wharf Street",
                                        "Sycamore Rise"};
static const char *const towns_e[] = {"York YO1 7HH", "Cardiff CF10 1EP", "Nottingham NG1 5FS",
                                      "Galway H91 E2K3", "Belfast BT1 5GS"};
static const char *const us_towns_e[] = {"Tucson, AZ 85705", "Madison, WI 53703",
                                         "Savannah, GA 31401", "Boise, ID 83702"};
static const char *const ru_streets_e[] = {"ул. Лермонтова", "ул. Кирова", "пр-т Победы",
                                           "ул. Заводская", "мкр. Северный"};
static const char *const ru_towns_e[] = {"634050, г. Томск", "610000, г. Киров",
                                         "150000, г. Ярославль", "664003, г. Иркутск",
                                         "141400, Московская обл., г. Химки"};
static const char *const words_e[] = {"please", "arrange", "late",    "checkout", "my",
                                      "wife",   "is",      "allergic", "to",      "feathers",
                                      "the",    "other",   "car",     "hit",      "our",
                                      "rear",   "bumper",  "while",   "parked",   "near",
                                      "home",   "gift",    "wrap",    "it",       "with"};
static const char *const words_ru_e[] = {"машина",   "стояла", "во",        "дворе",  "утром",
                                         "обнаружил", "царапины", "на",     "двери",  "прошу",
                                         "перерасчёт", "интернет", "не",    "работает",
                                         "третий",   "день"};
/* look-alikes without personal data */
static const char *const shops_e[] = {"Eliza's Candle Co", "Barnaby & Sons Tools", "TechnoMir",
                                      "Green Garden Store", "Uncle Jasper Toys", "Лавка мастеров"};
static const char *const companies_e[] = {"ООО Ромашка", "АО Северсталь-Трейд",
                                          "Northwind Traders Ltd", "Contoso GmbH",
                                          "ООО Вектор Плюс", "Fabrikam Inc."};
static const char *const products_e[] = {"Bamboo Cutting Board", "Ceramic Pour-Over Set",
                                         "Kids Rain Boots",      "USB-C Charging Hub",
                                         "Yoga Mat Pro",         "Cast Iron Skillet"};
static const char *const brands_e[] = {"Paul Smith", "Ted Baker",  "Kate Spade",
                                       "Tory Burch", "Vera Wang",  "Jack Wolfskin"};
static const char *const programmes[] = {"BSc Computer Science", "MA History of Art",
                                         "MEng Civil Engineering", "LLB Law", "BA Economics"};
static const char *const halls[] = {"Newton Hall", "Darwin College", "Florence Boot Hall",
                                    "Ada Byron House", "Rutherford Court"};
static const char *const courses_e[] = {"Linear Algebra I", "Organic Chemistry",
                                        "Introduction to Shakespeare", "Thermodynamics",
                                        "Macroeconomics II"};
static const char *const buildings[] = {"Turing Building", "Maxwell Centre",
                                        "Franklin Wilkins Building", "Hodgkin Lab"};
static const char *const depts_e[] = {"School of Physics", "Department of History",
                                      "Faculty of Law", "School of Engineering"};
static const char *const groups_ru[] = {"ИВТ", "ПМИ", "ЭК", "ЮР", "ФИЛ"};
static const char *const faculties_ru[] = {"Факультет информатики", "Юридический факультет",
                                           "Экономический факультет",
                                           "Филологический факультет"};
static const char *const tariffs[] = {"Unlimited Max 5G", "Family Share 20GB",
                                      "Basic Talk & Text", "Roam Like Home"};
static const char *const tariffs_ru[] = {"Безлимит Плюс", "Семейный", "Мой онлайн", "Для своих"};
static const char *const hotels[] = {"Hilton Garden Inn",     "Marriott Riverside",
                                     "The Savoy",             "Hotel Adlon Kempinski",
                                     "Ritz-Carlton Vienna",   "Holiday Inn Express"};
static const char *const garages[] = {"Smith & Sons Motors", "Barnaby's Auto Repair",
                                      "Quick Fit Centre", "Halfords Autocentre"};
static const char *const garages_ru[] = {"Автосервис у Петровича", "СТО Мастер",
                                         "Автотехцентр на Кирова", "Кузовной центр Стиль"};
static const char *const countries[] = {"United Kingdom", "Germany", "Brazil",
                                        "Japan",          "Kazakhstan", "Canada"};
static const char *const room_types[] = {"Deluxe King", "Standard Twin", "Junior Suite",
                                         "Family Room"};
static const char *const kyc[] = {"verified", "pending", "rejected"};
static const char *const contact_methods[] = {"email", "sms", "phone", "post"};
static const char *const call_types[] = {"voice", "sms", "data"};
static const char *const losses[] = {"collision", "theft", "flood", "fire", "glass"};
static const char *const vips[] = {"GOLD", "PLAT", "SLVR", "NONE"};
static const char *const sysusers[] = {"batch", "sysadm", "pms_sync", "fo_desk1", "nightaudit"};

static const char *const products[] = {"Red Wine Glass", "Garden Hose Reel", "Oak Dining Table",
				       "Steel Water Bottle", "Wireless Mouse", "Linen Bed Sheet"};
static const char *const titles[] = {"Senior Data Engineer", "Account Manager",
                                     "Head Of Sales",           "Customer Support Agent",
                                     "Chief Financial Officer", "Warehouse Operator"};
static const char *const companies[] = {"Acme Corporation",  "Globex Industries",
                                        "Initech Solutions", "Umbrella Logistics",
                                        "Stark Supplies",    "Wayne Freight"};
static const char *const cities[] = {"New York",         "San Francisco", "Nizhny Novgorod",
                                     "Saint Petersburg", "Los Angeles",   "Rio De Janeiro"};
static const char *const streets[] = {"Main St",     "Oak Avenue",     "Elm Road",
                                      "Maple Drive", "ул. Ленина, д.", "ул. Гагарина, д."};
static const char *const words[] = {"order",   "delivery", "was",     "late",    "and",
                                    "the",     "box",      "arrived", "damaged", "please",
                                    "call",    "me",       "back",    "thanks",  "great",
                                    "service", "will",     "buy",     "again"};

typedef enum {
	G_NAME_LAT,      /* "First Last" */
	G_NAME_RU,       /* "Фамилия Имя Отчество" */
	G_NAME_RU_LAT,   /* "Belousova Olga Igorevna" */
	G_EMAIL,
	G_PHONE_FMT,     /* +7 (916) 123-45-67 */
	G_PHONE_8,       /* 89161234567 */
	G_PHONE_US,      /* (555) 123-4567 */
	G_CARD,          /* Luhn-valid 16 digits */
	G_CARD_MASKED,   /* **** **** **** 1234 */
	G_CARD_MASKED_MID, /* 427638******1234 */
	G_SNILS,         /* 123-456-789 01 */
	G_SNILS_BARE,    /* 12345678901 */
	G_INN12,
	G_PASSPORT,      /* 4510 123456 */
	G_IP,
	G_LAT,
	G_ADDRESS,
	G_BIRTH,
	G_JSON_EMAIL,    /* {"email":"...","plan":"pro"} */
	G_KV_PHONE,      /* user=...;phone=+7916... */
	G_MIXED_EMAIL,   /* a third e-mails, the rest login names */
	G_PROSE,
	/* look-alikes without PII */
	G_SHIPMENT,      /* 12345678-0001-1 */
	G_TEMPLATE,      /* Hello {{customer_name}}, ... */
	G_PRODUCT,
	G_TITLE,
	G_COMPANY,
	G_CITY,
	G_ORDER11,       /* 11-digit order numbers */
	G_SKU,
	G_STATUS,
	G_AMOUNT,
	G_TRACKING,      /* RA123456789RU */
	G_HASH,
	/* added with the second held-out fold */
	G_ADDRESS_C,  /* "Flat 3, 27 Birch Crescent, Leeds LS6 2AB" */
	G_ADDRESS_RU, /* "г. Казань, ул. Баумана, д. 12, кв. 4" */
	G_PHONE_INTL, /* +44 7700 900123 */
	G_COORD_PAIR, /* "55.7512, 37.6184" */
	G_IBAN,       /* DE + mod-97 check digits */
	G_DISH,       /* look-alike: dishes named after people */
	G_BOOK,       /* look-alike: book titles that are names */
	G_BRAND,      /* look-alike: fashion brands that are names */
	G_TITLE_RU,   /* look-alike: job titles in Russian */
	G_EMPLOYEE_NO, /* look-alike: 6-digit personnel numbers */
	/* added with the third held-out fold (issue 16) */
	G_NAME_RU_INIT,  /* "Литвинов В.Э." */
	G_NAME_RU_LAT_D, /* "Litvinov Vadim Eduardovich" */
	G_LAST_RU,       /* a surname alone */
	G_FIRST_RU,      /* a given name alone */
	G_PATR_RU,       /* a patronymic alone */
	G_ADDRESS_D,     /* "14 Quarry Lane, Glasgow G12 8QQ" */
	G_ADDRESS_RU_D,  /* "г. Уфа, ул. Пушкина, д. 7, кв. 31" */
	G_BIRTH_DMY,     /* 14.03.1987 */
	G_SSN,           /* 123-45-6789 */
	G_DL,            /* driving licence "77 12 345678" */
	G_IPV6,
	G_LON,
	G_PROSE_D,       /* a patient's or a customer's words */
	G_PROSE_RU,
	/* look-alikes without PII */
	G_INN10,         /* an organisation's INN */
	G_BIK,           /* Russian bank code, 9 digits */
	G_BIC,           /* SWIFT code */
	G_UPS,           /* 1Z tracking numbers */
	G_DRUG,
	G_ICD,           /* diagnosis codes J45.9 */
	G_DEPT,
	G_DEPT_RU,
	G_WARD,          /* wards named after people */
	G_VEHICLE,
	G_ROOM,          /* meeting rooms named after famous people */
	G_BANK_PRODUCT,
	G_TEMPLATE_RU,   /* "Уважаемый {{fio}}, ..." */
	G_PRODUCT_RU,
	/* added with the fourth held-out fold (blind) */
	G_FIRST_E,        /* a given name alone */
	G_LAST_E,         /* a surname alone */
	G_NAME_LASTFIRST, /* "PEMBERTON, ELIZA" */
	G_NAME_TITLED,    /* "Dr Eliza Pemberton" */
	G_EMAIL_UNI,      /* e.pemberton42@student.uni.example.ac.uk */
	G_ADDRESS_E,      /* "Flat 2B, 14 Wharf Street, York YO1 7HH" */
	G_ADDRESS_US_E,   /* "1420 Sycamore Rise Apt 5, Tucson, AZ 85705" */
	G_ADDRESS_RU_E,   /* "634050, г. Томск, ул. Кирова, д. 15, кв. 8" */
	G_PHONE_E,        /* +1-415-555-0134, +49 30 1234567, +7 912 345 67 89 */
	G_PHONE_RU_E,     /* 8-912-345-67-89 */
	G_PHONE_UK_E,     /* 07700 900123, +44 (0)20 7946 0123 */
	G_MSISDN,         /* 79161234567 */
	G_JSON_PHONE,     /* {"contact_phone": "+79161234567", ...} */
	G_BIRTH_SLASH,    /* 1999/03/14 */
	G_BIRTH_TS,       /* 1987-03-14 00:00:00 */
	G_BIRTH_TEXT,     /* 14 Mar 1987 */
	G_BIRTH_YMD8,     /* 19870314 */
	G_NINO,           /* UK National Insurance number */
	G_PASP_SER,       /* passport series alone, "45 10" */
	G_PASP_NOM,       /* passport number alone, 6 digits */
	G_PASSPORT_INTL,  /* C12345678 or 9 digits */
	G_DL_US,          /* S530-4127-8853 */
	G_CARD_SPACED,    /* Luhn-valid, "4539 1488 0343 6467" */
	G_CARD_MIR_MASKED, /* 2202 20** **** 1234 */
	G_IBAN_GB,        /* GB29 NWBK 6016 1331 9268 19 */
	G_PROSE_E,
	G_PROSE_RU_E,
	/* look-alikes without PII */
	G_ADDRESS_BIZ_E,  /* "Unit 4, Tannery Yard, York YO1 7HH" */
	G_ADDRESS_RU_BIZ_E, /* "610000, г. Киров, ул. Заводская, д. 50, стр. 2" */
	G_SHOP_E,         /* shops named after people */
	G_COMPANY_E,
	G_PRODUCT_E,
	G_BRAND_E,        /* brands that are people's names */
	G_TEMPLATE_E,     /* "Hi {first_name}, ..." */
	G_TEMPLATE_RU_E,
	G_EAN13,
	G_TBA,            /* marketplace tracking TBA + 12 digits */
	G_SMALLINT,       /* 1..5 */
	G_COUNT,          /* 0..499 */
	G_FLAG,           /* 0/1 */
	G_RATING,         /* 3.0..4.9 */
	G_KYC,
	G_STUDNO,         /* S2023004512 */
	G_PROGRAMME,
	G_HALL,           /* halls named after people */
	G_GPA,
	G_YEAR,
	G_COURSE,
	G_BUILDING,       /* buildings named after people */
	G_DEPT_E,
	G_ZACH,           /* record-book number 21-0457 */
	G_GROUP_RU,       /* ИВТ-21-1 */
	G_FACULTY_RU,
	G_ACCT12,         /* 12-digit account numbers */
	G_TARIFF,
	G_TARIFF_RU,
	G_VOUCHER16,      /* 16-digit top-up voucher PINs */
	G_CONTACT_METHOD,
	G_SCORE,          /* 0.00..0.99 */
	G_CELLID,         /* 250-01-7712-30411 */
	G_CALL_TYPE,
	G_SITE,           /* MSK-0412 */
	G_POLICY,         /* POL-2024-00012345 */
	G_CLAIM,          /* CLM/2025/004512 */
	G_VIN,
	G_GARAGE,         /* garages named after people */
	G_GARAGE_RU,
	G_LOSS,
	G_OSAGO,          /* ХХХ 0123456789 */
	G_DATE_RECENT,    /* 2025-07-14: arrivals, accidents */
	G_COUNTRY,
	G_ROOMTYPE,
	G_CONF,           /* HX7K2P */
	G_TOKEN,          /* tok_... card tokens */
	G_HOTEL,          /* hotels named after people */
	G_VIP,
	G_SYSUSER,
	G_TS              /* 2025-07-14 09:31:07 */
} gen;

static void digits(char *o, int n)
{
	int i;
	for (i = 0; i < n; i++)
		o[i] = (char)('0' + rnd(10));
	o[n] = 0;
}

static void luhn_fill(char *d, int n)
{
	/* d[0..n-2] set; compute d[n-1]. */
	int sum = 0, i, alt = 1;
	for (i = n - 2; i >= 0; i--, alt = !alt) {
		int x = d[i] - '0';
		if (alt) {
			x *= 2;
			if (x > 9)
				x -= 9;
		}
		sum += x;
	}
	d[n - 1] = (char)('0' + (10 - sum % 10) % 10);
	d[n] = 0;
}

static void snils(char *d)
{
	int i, sum = 0, c;
	digits(d, 9);
	if (d[0] == '0')
		d[0] = '1';
	for (i = 0; i < 9; i++)
		sum += (d[i] - '0') * (9 - i);
	c = sum < 100 ? sum : sum % 101;
	if (c == 100)
		c = 0;
	snprintf(d + 9, 3, "%02d", c);
}

static void inn12(char *d)
{
	static const int w1[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
	static const int w2[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
	int i, s = 0;
	digits(d, 10);
	for (i = 0; i < 10; i++)
		s += (d[i] - '0') * w1[i];
	d[10] = (char)('0' + s % 11 % 10);
	for (s = 0, i = 0; i < 11; i++)
		s += (d[i] - '0') * w2[i];
	d[11] = (char)('0' + s % 11 % 10);
	d[12] = 0;
}

static void person(char *o, size_t n, int fold)
{
	if (fold == 0)
		snprintf(o, n, "%s %s", PICK(first_a), PICK(last_a));
	else if (fold == 2)
		snprintf(o, n, "%s %s", PICK(first_c), PICK(last_c));
	else if (fold == 3)
		snprintf(o, n, "%s %s", PICK(first_d), PICK(last_d));
	else if (fold == 4)
		snprintf(o, n, "%s %s", PICK(first_e), PICK(last_e));
	else
		snprintf(o, n, "%s %s", PICK(first_b), PICK(last_b));
}

/* The fourth fold's generators that draw one entry of a list. */
#define LIST(g, a) {g, a, sizeof(a) / sizeof((a)[0])}
static const struct {
	gen g;
	const char *const *v;
	size_t n;
} lists[] = {
    LIST(G_FIRST_E, first_e),
    LIST(G_LAST_E, last_e),
    LIST(G_SHOP_E, shops_e),
    LIST(G_COMPANY_E, companies_e),
    LIST(G_PRODUCT_E, products_e),
    LIST(G_BRAND_E, brands_e),
    LIST(G_KYC, kyc),
    LIST(G_PROGRAMME, programmes),
    LIST(G_HALL, halls),
    LIST(G_COURSE, courses_e),
    LIST(G_BUILDING, buildings),
    LIST(G_DEPT_E, depts_e),
    LIST(G_FACULTY_RU, faculties_ru),
    LIST(G_TARIFF, tariffs),
    LIST(G_TARIFF_RU, tariffs_ru),
    LIST(G_CONTACT_METHOD, contact_methods),
    LIST(G_CALL_TYPE, call_types),
    LIST(G_GARAGE, garages),
    LIST(G_GARAGE_RU, garages_ru),
    LIST(G_LOSS, losses),
    LIST(G_COUNTRY, countries),
    LIST(G_ROOMTYPE, room_types),
    LIST(G_HOTEL, hotels),
    LIST(G_VIP, vips),
    LIST(G_SYSUSER, sysusers),
};

static void value(gen g, int fold, char *o, size_t n)
{
	char d[64], e[64];
	size_t k;
	for (k = 0; k < sizeof lists / sizeof lists[0]; k++)
		if (lists[k].g == g) {
			snprintf(o, n, "%s", lists[k].v[rnd((unsigned)lists[k].n)]);
			return;
		}
	switch (g) {
	case G_NAME_LAT:
		person(o, n, fold);
		break;
	case G_NAME_RU:
		if (fold == 0)
			snprintf(o, n, "%s %s %s", PICK(ru_last_a), PICK(ru_first_a),
			         PICK(ru_patr_a));
		else if (fold == 2)
			snprintf(o, n, "%s %s %s", PICK(ru_last_c), PICK(ru_first_c),
			         PICK(ru_patr_c));
		else if (fold == 3)
			snprintf(o, n, "%s %s %s", PICK(ru_last_d), PICK(ru_first_d),
			         PICK(ru_patr_d));
		else if (fold == 4)
			snprintf(o, n, "%s %s %s", PICK(ru_last_e), PICK(ru_first_e),
			         PICK(ru_patr_e));
		else
			snprintf(o, n, "%s %s %s", PICK(ru_last_b), PICK(ru_first_b),
			         PICK(ru_patr_b));
		break;
	case G_NAME_RU_LAT:
		if (fold == 4)
			snprintf(o, n, "%s", PICK(lat_ru_e));
		else
			snprintf(o, n, "%s", PICK(lat_ru_b));
		break;
	case G_EMAIL:
		person(e, sizeof e, fold);
		for (k = 0; e[k]; k++)
			if (e[k] == ' ')
				e[k] = '.';
		snprintf(o, n, "%s%u@%s", e, rnd(100), rnd(2) ? "example.com" : "mail.example.org");
		break;
	case G_PHONE_FMT:
		digits(d, 7);
		snprintf(o, n, "+7 (9%02u) %.3s-%.2s-%.2s", rnd(100), d, d + 3, d + 5);
		break;
	case G_PHONE_8:
		digits(d, 7);
		snprintf(o, n, "89%02u%s", rnd(100), d);
		break;
	case G_PHONE_US:
		digits(d, 7);
		snprintf(o, n, "(%03u) %.3s-%.4s", 201 + rnd(700), d, d + 3);
		break;
	case G_CARD:
		d[0] = "45"[rnd(2)];
		digits(d + 1, 14);
		luhn_fill(d, 16);
		snprintf(o, n, "%s", d);
		break;
	case G_CARD_MASKED:
		digits(d, 4);
		snprintf(o, n, "**** **** **** %s", d);
		break;
	case G_CARD_MASKED_MID:
		digits(d, 4);
		snprintf(o, n, "4276%02u******%s", rnd(100), d);
		break;
	case G_SNILS:
		snils(d);
		snprintf(o, n, "%.3s-%.3s-%.3s %.2s", d, d + 3, d + 6, d + 9);
		break;
	case G_SNILS_BARE:
		snils(d);
		snprintf(o, n, "%s", d);
		break;
	case G_INN12:
		inn12(d);
		snprintf(o, n, "%s", d);
		break;
	case G_PASSPORT:
		digits(d, 10);
		snprintf(o, n, "%.4s %.6s", d, d + 4);
		break;
	case G_IP:
		snprintf(o, n, "%u.%u.%u.%u", 10 + rnd(200), rnd(256), rnd(256), 1 + rnd(254));
		break;
	case G_LAT:
		snprintf(o, n, "%.6f", 40.0 + rnd(20000) / 1000.0);
		break;
	case G_ADDRESS:
		snprintf(o, n, "%u %s %u", 1 + rnd(300), PICK(streets), 1 + rnd(90));
		break;
	case G_BIRTH:
		snprintf(o, n, "%u-%02u-%02u", 1950 + rnd(55), 1 + rnd(12), 1 + rnd(28));
		break;
	case G_JSON_EMAIL:
		person(e, sizeof e, fold);
		for (k = 0; e[k]; k++)
			if (e[k] == ' ')
				e[k] = '_';
		snprintf(o, n, "{\"email\": \"%s@example.com\", \"plan\": \"%s\", \"seats\": %u}",
		         e, rnd(2) ? "pro" : "team", 1 + rnd(20));
		break;
	case G_KV_PHONE:
		digits(d, 7);
		snprintf(o, n, "user=u%u;phone=+79%02u%s;channel=sms", rnd(10000), rnd(100), d);
		break;
	case G_MIXED_EMAIL:
		if (rnd(3) == 0)
			value(G_EMAIL, fold, o, n);
		else
			snprintf(o, n, "user%u", rnd(100000));
		break;
	case G_PROSE:
		snprintf(o, n, "%s %s %s %s %s %s", PICK(words), PICK(words), PICK(words),
		         PICK(words), PICK(words), PICK(words));
		o[0] = (char)(o[0] - 32);
		break;
	case G_SHIPMENT:
		digits(d, 8);
		snprintf(o, n, "%s-%04u-%u", d, rnd(10000), 1 + rnd(9));
		break;
	case G_TEMPLATE:
		snprintf(o, n,
		         rnd(2) ? "Hello {{customer_name}}, your order {{order_id}} has shipped"
				      : "Dear {{first_name}} {{last_name}}, your code is {{code}}");
		break;
	case G_PRODUCT:
		snprintf(o, n, "%s", PICK(products));
		break;
	case G_TITLE:
		snprintf(o, n, "%s", PICK(titles));
		break;
	case G_COMPANY:
		snprintf(o, n, "%s", PICK(companies));
		break;
	case G_CITY:
		snprintf(o, n, "%s", PICK(cities));
		break;
	case G_ORDER11:
		digits(d, 10);
		snprintf(o, n, "%u%s", 1 + rnd(9), d);
		break;
	case G_SKU:
		snprintf(o, n, "SKU-%05u-%c", rnd(100000), 'A' + rnd(26));
		break;
	case G_STATUS:
		snprintf(o, n, "%s", rnd(2) ? "shipped" : "pending");
		break;
	case G_AMOUNT:
		snprintf(o, n, "%u.%02u", rnd(5000), rnd(100));
		break;
	case G_TRACKING:
		digits(d, 9);
		snprintf(o, n, "RA%sRU", d);
		break;
	case G_HASH:
		snprintf(o, n, "%08x%08x", rnd(0x7fffffff), rnd(0x7fffffff));
		break;
	case G_ADDRESS_C:
		if (rnd(2))
			snprintf(o, n, "Flat %u, %u %s, %s", 1 + rnd(40), 1 + rnd(200),
			         PICK(streets_c), PICK(towns_c));
		else
			snprintf(o, n, "%u %s, %s", 1 + rnd(900), PICK(streets_c), PICK(towns_c));
		break;
	case G_ADDRESS_RU:
		snprintf(o, n, "%s, %s, д. %u, кв. %u", PICK(ru_towns_c), PICK(ru_streets_c),
		         1 + rnd(120), 1 + rnd(300));
		break;
	case G_PHONE_INTL:
		digits(d, 6);
		snprintf(o, n, "+44 7%03u %s", rnd(1000), d);
		break;
	case G_COORD_PAIR:
		snprintf(o, n, "%.4f, %.4f", 50.0 + rnd(100000) / 10000.0,
		         30.0 + rnd(100000) / 10000.0);
		break;
	case G_IBAN: {
		/* DE kk + 18 digits: check digits 98 - (BBAN + "DE00" as digits) mod 97 */
		unsigned rem = 0;
		char buf[40];
		digits(d, 18);
		snprintf(buf, sizeof buf, "%s131400", d); /* D=13 E=14 00 */
		for (k = 0; buf[k]; k++)
			rem = (rem * 10 + (unsigned)(buf[k] - '0')) % 97;
		snprintf(o, n, "DE%02u%s", 98 - rem, d);
		break;
	}
	case G_DISH:
		snprintf(o, n, "%s", PICK(dishes));
		break;
	case G_BOOK:
		snprintf(o, n, "%s", PICK(books));
		break;
	case G_BRAND:
		snprintf(o, n, "%s", PICK(brands));
		break;
	case G_TITLE_RU:
		snprintf(o, n, "%s", PICK(ru_titles));
		break;
	case G_EMPLOYEE_NO:
		snprintf(o, n, "%06u", rnd(1000000));
		break;
	case G_NAME_RU_INIT:
		if (fold == 4)
			snprintf(o, n, "%s %s", PICK(ru_last_e), PICK(ru_init_e));
		else
			snprintf(o, n, "%s %s", PICK(ru_last_d), PICK(ru_init_d));
		break;
	case G_NAME_RU_LAT_D:
		snprintf(o, n, "%s", PICK(lat_ru_d));
		break;
	case G_LAST_RU:
		snprintf(o, n, "%s", PICK(ru_last_d));
		break;
	case G_FIRST_RU:
		snprintf(o, n, "%s", PICK(ru_first_d));
		break;
	case G_PATR_RU:
		snprintf(o, n, "%s", PICK(ru_patr_d));
		break;
	case G_ADDRESS_D:
		if (rnd(3) == 0)
			snprintf(o, n, "Apt %u, %u %s, %s", 1 + rnd(60), 1 + rnd(300),
			         PICK(streets_d), PICK(towns_d));
		else
			snprintf(o, n, "%u %s, %s", 1 + rnd(400), PICK(streets_d), PICK(towns_d));
		break;
	case G_ADDRESS_RU_D:
		snprintf(o, n, "%s, %s, д. %u, кв. %u", PICK(ru_towns_d), PICK(ru_streets_d),
		         1 + rnd(150), 1 + rnd(250));
		break;
	case G_BIRTH_DMY:
		snprintf(o, n, "%02u.%02u.%u", 1 + rnd(28), 1 + rnd(12), 1945 + rnd(60));
		break;
	case G_SSN:
		snprintf(o, n, "%03u-%02u-%04u", 100 + rnd(565), 10 + rnd(89), 1000 + rnd(8999));
		break;
	case G_DL:
		digits(d, 6);
		snprintf(o, n, "%02u %02u %s", 10 + rnd(89), 10 + rnd(89), d);
		break;
	case G_IPV6:
		snprintf(o, n, "2001:db8:%x:%x::%x", rnd(0xffff), rnd(0xffff), 1 + rnd(0xfffe));
		break;
	case G_LON:
		snprintf(o, n, "%.6f", 20.0 + rnd(40000) / 1000.0);
		break;
	case G_PROSE_D:
		snprintf(o, n, "%s %s %s %s %s %s %s", PICK(words_d), PICK(words_d), PICK(words_d),
		         PICK(words_d), PICK(words_d), PICK(words_d), PICK(words_d));
		o[0] = (char)(o[0] - 32);
		break;
	case G_PROSE_RU:
		snprintf(o, n, "%s %s %s %s %s %s", PICK(words_ru), PICK(words_ru), PICK(words_ru),
		         PICK(words_ru), PICK(words_ru), PICK(words_ru));
		break;
	case G_INN10: {
		static const int w[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
		int i, sum = 0;
		digits(d, 9);
		for (i = 0; i < 9; i++)
			sum += (d[i] - '0') * w[i];
		d[9] = (char)('0' + sum % 11 % 10);
		d[10] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G_BIK:
		digits(d, 6);
		snprintf(o, n, "04%s%u", d, 100 + rnd(900));
		break;
	case G_BIC:
		snprintf(o, n, "%s", PICK(bics));
		break;
	case G_UPS:
		digits(d, 10);
		snprintf(o, n, "1Z%03X%s%u", 0x100 + rnd(0xeff), d, rnd(100));
		break;
	case G_DRUG:
		snprintf(o, n, "%s", PICK(drugs));
		break;
	case G_ICD:
		snprintf(o, n, "%c%02u.%u", 'A' + rnd(26), rnd(100), rnd(10));
		break;
	case G_DEPT:
		snprintf(o, n, "%s", PICK(depts));
		break;
	case G_DEPT_RU:
		snprintf(o, n, "%s", PICK(depts_ru));
		break;
	case G_WARD:
		snprintf(o, n, "%s", PICK(wards));
		break;
	case G_VEHICLE:
		snprintf(o, n, "%s", PICK(vehicles));
		break;
	case G_ROOM:
		snprintf(o, n, "%s", PICK(rooms));
		break;
	case G_BANK_PRODUCT:
		snprintf(o, n, "%s", PICK(bank_products));
		break;
	case G_TEMPLATE_RU:
		snprintf(o, n, rnd(2) ? "Уважаемый {{fio}}, ваш заказ {{nomer}} доставлен"
		                      : "Здравствуйте, ${imya}! Код подтверждения: ${kod}");
		break;
	case G_PRODUCT_RU:
		snprintf(o, n, "%s", PICK(products_ru));
		break;
	case G_NAME_LASTFIRST:
		snprintf(o, n, "%s, %s", PICK(last_e), PICK(first_e));
		for (k = 0; o[k]; k++)
			if (o[k] >= 'a' && o[k] <= 'z')
				o[k] = (char)(o[k] - 32);
		break;
	case G_NAME_TITLED:
		snprintf(o, n, "%s %s %s", rnd(2) ? "Dr" : "Prof.", PICK(first_e), PICK(last_e));
		break;
	case G_EMAIL_UNI:
		snprintf(e, sizeof e, "%s", PICK(last_e));
		for (k = 0; e[k]; k++)
			if (e[k] >= 'A' && e[k] <= 'Z')
				e[k] = (char)(e[k] + 32);
		snprintf(o, n, "%c.%s%u@student.uni.example.ac.uk", PICK(first_e)[0] + 32, e,
		         rnd(100));
		break;
	case G_ADDRESS_E:
		if (rnd(3) == 0)
			snprintf(o, n, "Flat %u%c, %u %s, %s", 1 + rnd(12), 'A' + rnd(4),
			         1 + rnd(200), PICK(streets_e), PICK(towns_e));
		else
			snprintf(o, n, "%u %s, %s", 1 + rnd(300), PICK(streets_e), PICK(towns_e));
		break;
	case G_ADDRESS_US_E:
		if (rnd(2))
			snprintf(o, n, "%u %s Apt %u, %s", 100 + rnd(9000), PICK(streets_e),
			         1 + rnd(40), PICK(us_towns_e));
		else
			snprintf(o, n, "%u %s, %s", 100 + rnd(9000), PICK(streets_e),
			         PICK(us_towns_e));
		break;
	case G_ADDRESS_RU_E:
		if (rnd(3) == 0)
			snprintf(o, n, "%s, %s, д. %u, корп. %u, кв. %u", PICK(ru_towns_e),
			         PICK(ru_streets_e), 1 + rnd(90), 1 + rnd(4), 1 + rnd(200));
		else
			snprintf(o, n, "%s, %s, д. %u, кв. %u", PICK(ru_towns_e), PICK(ru_streets_e),
			         1 + rnd(90), 1 + rnd(200));
		break;
	case G_PHONE_E:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+1-%03u-555-%04u", 201 + rnd(700), rnd(10000));
		else if (k == 1)
			snprintf(o, n, "+49 30 %07u", rnd(10000000));
		else
			snprintf(o, n, "+7 9%02u %03u %02u %02u", rnd(100), rnd(1000), rnd(100),
			         rnd(100));
		break;
	case G_PHONE_RU_E:
		snprintf(o, n, "8-9%02u-%03u-%02u-%02u", rnd(100), rnd(1000), rnd(100), rnd(100));
		break;
	case G_PHONE_UK_E:
		if (rnd(2))
			snprintf(o, n, "07%03u %06u", rnd(1000), rnd(1000000));
		else
			snprintf(o, n, "+44 (0)20 7946 %04u", rnd(10000));
		break;
	case G_MSISDN:
		digits(d, 9);
		snprintf(o, n, "79%s", d);
		break;
	case G_JSON_PHONE:
		digits(d, 9);
		snprintf(o, n, "{\"contact_phone\": \"+79%s\", \"leave_at_door\": %s}", d,
		         rnd(2) ? "true" : "false");
		break;
	case G_BIRTH_SLASH:
		snprintf(o, n, "%u/%02u/%02u", 1995 + rnd(12), 1 + rnd(12), 1 + rnd(28));
		break;
	case G_BIRTH_TS:
		snprintf(o, n, "%u-%02u-%02u 00:00:00", 1940 + rnd(66), 1 + rnd(12), 1 + rnd(28));
		break;
	case G_BIRTH_TEXT: {
		static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
		                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
		snprintf(o, n, "%u %s %u", 1 + rnd(28), PICK(mon), 1940 + rnd(65));
		break;
	}
	case G_BIRTH_YMD8:
		snprintf(o, n, "%u%02u%02u", 1940 + rnd(65), 1 + rnd(12), 1 + rnd(28));
		break;
	case G_NINO:
		e[0] = "ABCEGHJKLMNPRSTWXYZ"[rnd(19)];
		e[1] = "ABCEGHJKLMNPRSTWXYZ"[rnd(19)];
		digits(d, 6);
		if (rnd(2))
			snprintf(o, n, "%c%c%s%c", e[0], e[1], d, "ABCD"[rnd(4)]);
		else
			snprintf(o, n, "%c%c %.2s %.2s %.2s %c", e[0], e[1], d, d + 2, d + 4,
			         "ABCD"[rnd(4)]);
		break;
	case G_PASP_SER:
		snprintf(o, n, "%02u %02u", 1 + rnd(98), rnd(25));
		break;
	case G_PASP_NOM:
		digits(d, 6);
		snprintf(o, n, "%s", d);
		break;
	case G_PASSPORT_INTL:
		digits(d, 9);
		if (rnd(2))
			snprintf(o, n, "%c%.8s", "CFGHJK"[rnd(6)], d);
		else
			snprintf(o, n, "%s", d);
		break;
	case G_DL_US:
		snprintf(o, n, "%c%03u-%04u-%04u", 'A' + rnd(26), rnd(1000), rnd(10000), rnd(10000));
		break;
	case G_CARD_SPACED:
		d[0] = "45"[rnd(2)];
		digits(d + 1, 14);
		luhn_fill(d, 16);
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G_CARD_MIR_MASKED:
		snprintf(o, n, "2202 20** **** %04u", rnd(10000));
		break;
	case G_IBAN_GB: {
		/* GB kk NWBK + 14 digits; check digits over "NWBK" + digits + "GB00",
		 * letters as 10..35 (N=23 W=32 B=11 K=20, G=16 B=11) */
		unsigned rem = 0;
		char buf[64];
		digits(d, 14);
		snprintf(buf, sizeof buf, "23321120%s161100", d);
		for (k = 0; buf[k]; k++)
			rem = (rem * 10 + (unsigned)(buf[k] - '0')) % 97;
		snprintf(o, n, "GB%02u NWBK %.4s %.4s %.4s %.2s", 98 - rem, d, d + 4, d + 8,
		         d + 12);
		break;
	}
	case G_PROSE_E:
		snprintf(o, n, "%s %s %s %s %s %s %s", PICK(words_e), PICK(words_e), PICK(words_e),
		         PICK(words_e), PICK(words_e), PICK(words_e), PICK(words_e));
		o[0] = (char)(o[0] - 32);
		break;
	case G_PROSE_RU_E:
		snprintf(o, n, "%s %s %s %s %s %s", PICK(words_ru_e), PICK(words_ru_e),
		         PICK(words_ru_e), PICK(words_ru_e), PICK(words_ru_e), PICK(words_ru_e));
		break;
	case G_ADDRESS_BIZ_E:
		if (rnd(2))
			snprintf(o, n, "Unit %u, %s, %s", 1 + rnd(20), PICK(streets_e), PICK(towns_e));
		else
			snprintf(o, n, "%u %s, %s", 1 + rnd(300), PICK(streets_e), PICK(towns_e));
		break;
	case G_ADDRESS_RU_BIZ_E:
		snprintf(o, n, "%s, %s, д. %u, стр. %u", PICK(ru_towns_e), PICK(ru_streets_e),
		         1 + rnd(90), 1 + rnd(6));
		break;
	case G_TEMPLATE_E:
		snprintf(o, n, rnd(2) ? "Hi {first_name}, your order #{order_id} is on its way!"
		                      : "Dear {guest_name}, we look forward to welcoming you on "
		                        "{arrival_date}.");
		break;
	case G_TEMPLATE_RU_E:
		snprintf(o, n, rnd(2) ? "{fio}, ваш баланс {balans} руб. Пополните счёт"
		                      : "Уважаемый(ая) %%FIO%%, напоминаем об оплате до %%DATE%%");
		break;
	case G_EAN13: {
		int i, sum = 0;
		digits(d, 12);
		for (i = 0; i < 12; i++)
			sum += (d[i] - '0') * (i % 2 ? 3 : 1);
		d[12] = (char)('0' + (10 - sum % 10) % 10);
		d[13] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G_TBA:
		digits(d, 12);
		snprintf(o, n, "TBA%s", d);
		break;
	case G_SMALLINT:
		snprintf(o, n, "%u", 1 + rnd(5));
		break;
	case G_COUNT:
		snprintf(o, n, "%u", rnd(500));
		break;
	case G_FLAG:
		snprintf(o, n, "%u", rnd(2));
		break;
	case G_RATING:
		snprintf(o, n, "%u.%u", 3 + rnd(2), rnd(10));
		break;
	case G_STUDNO:
		snprintf(o, n, "S%u%06u", 2018 + rnd(8), rnd(1000000));
		break;
	case G_GPA:
		snprintf(o, n, "%u.%02u", 2 + rnd(2), rnd(100));
		break;
	case G_YEAR:
		snprintf(o, n, "%u", 2018 + rnd(8));
		break;
	case G_ZACH:
		snprintf(o, n, "%02u-%04u", 18 + rnd(8), rnd(10000));
		break;
	case G_GROUP_RU:
		snprintf(o, n, "%s-%02u-%u", PICK(groups_ru), 18 + rnd(8), 1 + rnd(4));
		break;
	case G_ACCT12:
		digits(d, 12);
		snprintf(o, n, "%s", d);
		break;
	case G_VOUCHER16:
		digits(d, 16);
		snprintf(o, n, "%s", d);
		break;
	case G_SCORE:
		snprintf(o, n, "0.%02u", rnd(100));
		break;
	case G_CELLID:
		snprintf(o, n, "250-01-%u-%u", 1000 + rnd(9000), 10000 + rnd(90000));
		break;
	case G_SITE:
		snprintf(o, n, "%s-%04u", rnd(2) ? "MSK" : "TMS", rnd(10000));
		break;
	case G_POLICY:
		snprintf(o, n, "POL-%u-%08u", 2019 + rnd(7), rnd(100000000));
		break;
	case G_CLAIM:
		snprintf(o, n, "CLM/%u/%06u", 2021 + rnd(5), rnd(1000000));
		break;
	case G_VIN: {
		static const char vin[] = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
		snprintf(o, n, "%s", rnd(2) ? "WVWZZZ" : "XTA210");
		for (k = 6; k < 17 && k + 1 < n; k++)
			o[k] = vin[rnd(sizeof vin - 1)];
		o[k] = 0;
		break;
	}
	case G_OSAGO: {
		static const char *const ser[] = {"ХХХ", "ТТТ", "ААС", "МММ"};
		digits(d, 10);
		snprintf(o, n, "%s %s", PICK(ser), d);
		break;
	}
	case G_DATE_RECENT:
		snprintf(o, n, "%u-%02u-%02u", 2023 + rnd(3), 1 + rnd(12), 1 + rnd(28));
		break;
	case G_CONF: {
		static const char al[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		for (k = 0; k < 6 && k + 1 < n; k++)
			o[k] = al[rnd(sizeof al - 1)];
		o[k] = 0;
		break;
	}
	case G_TOKEN: {
		static const char al[] =
		    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
		snprintf(o, n, "tok_");
		for (k = 4; k < 28 && k + 1 < n; k++)
			o[k] = al[rnd(sizeof al - 1)];
		o[k] = 0;
		break;
	}
	case G_FIRST_E:
	case G_LAST_E:
	case G_SHOP_E:
	case G_COMPANY_E:
	case G_PRODUCT_E:
	case G_BRAND_E:
	case G_KYC:
	case G_PROGRAMME:
	case G_HALL:
	case G_COURSE:
	case G_BUILDING:
	case G_DEPT_E:
	case G_FACULTY_RU:
	case G_TARIFF:
	case G_TARIFF_RU:
	case G_CONTACT_METHOD:
	case G_CALL_TYPE:
	case G_GARAGE:
	case G_GARAGE_RU:
	case G_LOSS:
	case G_COUNTRY:
	case G_ROOMTYPE:
	case G_HOTEL:
	case G_VIP:
	case G_SYSUSER:
		break; /* drawn from lists[] above */
	case G_TS:
		snprintf(o, n, "2025-%02u-%02u %02u:%02u:%02u", 1 + rnd(12), 1 + rnd(28), rnd(24),
		         rnd(60), rnd(60));
		break;
	}
}

/* ------------------------------------------------- fold 5 (blind) */

/* A sixth set for the fifth held-out fold, written blind like the fourth
 * (its author read neither src/map/pii.c, nor its unit tests, nor the
 * rules in docs/pii.md): a ride-hailing app, a government services portal
 * (English, and Russian with Cyrillic column names), a fitness app with
 * camelCase names, an estate agency (English, Russian deals) and an
 * airline loyalty programme. Given names, surnames, Russian names,
 * streets, towns and postcodes in no other set. Its generators are kept
 * apart from the other folds' (value() hands G5_* to value5()). */
static const char *const first_f[] = {
    "Rosalie",  "Ambrose",   "Genevieve", "Percival",  "Octavia",    "Fitzroy",
    "Seraphina", "Lysander", "Winifred",  "Evander",   "Temperance", "Augustin",
    "Oluwaseun", "Haruto",   "Ximena",    "Bjorn"};
static const char *const last_f[] = {"Wainwright", "Fenwick",   "Obi-Nwosu", "Lindholm",
                                     "Carrington", "Esposito",  "Hawthorne", "Yamamoto",
                                     "Delgado",    "Kirkpatrick", "Szabo",   "Rourke",
                                     "Aldana",     "Featherstone"};
/* Russian names by gender: surname, given name and patronymic agree */
static const char *const ru_last_f[2][4] = {{"Гусев", "Цветков", "Рябов", "Фролов"},
                                            {"Лаврентьева", "Шубина", "Одинцова", "Кабанова"}};
static const char *const ru_first_f[2][4] = {{"Кирилл", "Илья", "Мирон", "Тихон"},
                                             {"Василиса", "Ульяна", "Злата", "Варвара"}};
static const char *const ru_patr_f[2][4] = {{"Кириллович", "Тихонович", "Павлович", "Германович"},
                                            {"Мироновна", "Станиславовна", "Тихоновна",
                                             "Павловна"}};
static const char *const lat_ru_f[] = {"Gusev Kirill Pavlovich", "Lavrentyeva Vasilisa Yuryevna",
                                       "Tsvetkov Miron Stanislavovich", "Shubina Zlata Germanovna",
                                       "Ryabov Tikhon Kirillovich", "Odintsova Ulyana Mironovna"};
static const char *const streets_f[] = {"Juniper Close", "Ropewalk Lane",   "Greyfriars Road",
                                        "Lantern Mews",  "Kestrel Drive",   "Pottery Row",
                                        "Bellfield Avenue"};
static const char *const towns_f[] = {"Bath BA1 2QH", "Aberdeen AB10 1XG", "Swansea SA1 3SN",
                                      "Limerick V94 T9PX", "Exeter EX4 3PY"};
static const char *const us_towns_f[] = {"Tacoma, WA 98402", "Eugene, OR 97401",
                                         "Lexington, KY 40507", "Mobile, AL 36602"};
static const char *const ru_streets_f[] = {"ул. Некрасова", "пр-т Строителей", "ул. Рабочая",
                                           "пер. Почтовый", "ул. 8 Марта"};
static const char *const ru_towns_f[] = {"656000, Алтайский край, г. Барнаул", "г. Тула",
                                         "426000, г. Ижевск", "Краснодарский край, г. Сочи",
                                         "г. Омск"};
static const char *const words_f[] = {"gate",  "code",   "is",    "ring",   "twice",  "I",
                                      "lost",  "my",     "job",   "in",     "March",  "and",
                                      "need",  "help",   "with",  "rent",   "knee",   "felt",
                                      "sore",  "after",  "the",   "hill",   "vendor", "prefers",
                                      "viewings", "evenings", "dog", "garden", "wait", "outside"};
static const char *const words_ru_f[] = {"прошу",   "разобраться", "с",       "начислением",
                                         "пенсии",  "мне",         "отказали", "без",
                                         "причины", "покупатель",  "торопится", "ипотека",
                                         "одобрена", "сбербанк",   "ключи",    "у",
                                         "соседки", "звонить",     "после",    "шести"};
/* look-alikes */
static const char *const plates_uk_f[] = {"AB12 CDE", "KX71 LMN", "YR19 TPO", "BD65 WQA",
                                          "LN70 HGF"};
static const char *const zones_f[] = {"ZONE-BTH-01", "ZONE-EXE-03", "ZONE-SWA-02", "AIRPORT-LHR"};
static const char *const car_models_f[] = {"Kia Rio", "Hyundai Solaris", "Skoda Octavia",
                                           "Toyota Camry", "Lada Vesta"};
static const char *const taxi_parks_f[] = {"Такси Максим", "Таксопарк Михалыч",
                                           "ООО Гранд Такси", "Такси Сатурн"};
static const char *const forms_f[] = {"DS-11", "SF-424", "I-90", "W-4", "N-400"};
static const char *const gov_status_f[] = {"received", "in review", "approved", "rejected"};
static const char *const vedomstva_f[] = {"Социальный фонд России", "МВД России", "Росреестр",
                                          "ФНС России", "Администрация г. Тулы"};
static const char *const gyms_f[] = {"Gold's Gym Bath", "Jim's Fitness", "Anytime Fitness",
                                     "PureGym Exeter", "Barry's Bootcamp"};
static const char *const devices_f[] = {"Garmin Forerunner 265", "Apple Watch Series 9",
                                        "Polar Vantage V3", "Fitbit Charge 6", "Wahoo ELEMNT"};
static const char *const shoes_f[] = {"Brooks Ghost 15", "Mizuno Wave Rider 27",
                                      "Saucony Ride 17", "Hoka Clifton 9", "Adidas Adizero SL"};
static const char *const routes_f[] = {"Thames Path Loop", "Victoria Park 5K",
                                       "Arthur's Seat Climb", "Brunel Bridge Out and Back",
                                       "Royal Crescent Hills"};
static const char *const plans_f[] = {"PREMIUM_M", "PREMIUM_Y", "FAMILY_Y", "COACH_ADDON"};
static const char *const listing_titles_f[] = {
    "3 bed semi-detached house", "2 bed flat with balcony", "Detached bungalow, no chain",
    "Studio apartment near station", "4 bed Victorian terrace"};
static const char *const epc_f[] = {"A", "B", "C", "D", "E", "F"};
static const char *const agencies_ru_f[] = {"АН Этажи", "Агентство Любимов и партнёры",
                                            "ООО Кузнецов Недвижимость", "АН Квартал"};
static const char *const honorifics_f[] = {"Mr", "Mrs", "Ms", "Dr", "Mx"};
static const char *const iso3_f[] = {"GBR", "IRL", "USA", "DEU", "IND", "JPN"};
static const char *const tiers_f[] = {"Blue", "Silver", "Gold", "Platinum"};
static const char *const iata_f[] = {"LHR", "DUB", "MAN", "EDI", "JFK", "BHX"};
static const char *const ffp_cities_f[] = {"Bath", "Aberdeen", "Swansea", "Limerick", "Exeter"};
static const char *const ssr_f[] = {"WCHR", "VGML", "UMNR", "BLND", "PETC"};
static const char *const fare_basis_f[] = {"YLOWGB", "QKX7C1", "JFLEX", "MSAVER"};
static const char *const partners_f[] = {"Hertz", "Hilton Honors", "Marriott Bonvoy", "Avis",
                                         "Harrods", "Sixt"};
static const char *const partner_mail_f[] = {"partners@hertz.example.com",
                                             "loyalty@hilton.example.com",
                                             "support@sixt.example.de", "earn@avis.example.com"};

enum {
	G5_FIRST = 1000, /* values above every gen: value() hands them to value5() */
	G5_NAME = G5_FIRST, /* "Rosalie Fenwick" */
	G5_NAME_RU,         /* "Гусев Кирилл Павлович" */
	G5_NAME_RU_INIT,    /* "Гусев К.П." */
	G5_NAME_RU_LAT,     /* "Gusev Kirill Pavlovich" */
	G5_GIVEN,           /* a given name alone */
	G5_SURNAME,         /* a surname alone */
	G5_NAME_INITIAL,    /* "R. Fenwick" */
	G5_NAME_EMBOSSED,   /* "R FENWICK" */
	G5_NAME_PNR,        /* "FENWICK/ROSALIE MRS" */
	G5_EMAIL,           /* rosalie.fenwick@inbox.example, rfenwick87@post.example.net */
	G5_EMAIL_RU,        /* kirill.gusev1987@pochta.example.ru */
	G5_PHONE_E164,      /* +447911123456 */
	G5_PHONE_DOTTED,    /* 503.555.0199 */
	G5_PHONE_IE,        /* +353 87 123 4567 */
	G5_PHONE_RU_PAREN,  /* 8 (912) 345-67-89 */
	G5_PHONE_RU_DASH,   /* +7-912-345-67-89 */
	G5_PHONE_UK_DASH,   /* 07911-123456 */
	G5_OSI,             /* "CTCM 447911123456/EN" */
	G5_ADDR_GB,         /* "Flat 4, 12 Juniper Close, Bath BA1 2QH" */
	G5_ADDR_US,         /* "2417 Kestrel Drive, Tacoma, WA 98402" */
	G5_ADDR_RU,         /* "г. Тула, ул. Рабочая, д. 5, кв. 17" */
	G5_ADDR_LINE1,      /* "14 Juniper Close" */
	G5_BIRTH_US,        /* 03/14/1987 */
	G5_BIRTH_ISO_T,     /* 1987-03-14T00:00:00Z */
	G5_BIRTH_AIR,       /* 14MAR87 */
	G5_BIRTH_RU_TEXT,   /* "14 марта 1987 г." */
	G5_BIRTH_DMY,       /* 14.03.1987 */
	G5_DNI,             /* Spanish DNI 12345678Z */
	G5_SNILS,           /* 123-456-789 01 */
	G5_INN12,
	G5_DL_RU,           /* 9912 345678 */
	G5_PASSPORT_RU,     /* 45 12 345678 */
	G5_PASSPORT_2L,     /* XR1234567 */
	G5_KTN,             /* US Known Traveler Number, 9 digits from 98 */
	G5_APIS,            /* P/GBR/533123456/GBR/14MAR87/F/17JUN31/FENWICK/ROSALIE */
	G5_CARD,            /* Luhn-valid, 16 digits, from 51..55 */
	G5_CARD_BULLET,     /* "VISA •••• 4242" */
	G5_CARD_MASK_SP,    /* "5355 **** **** 8841" */
	G5_IBAN_IE,         /* IE29 AIBK 9311 5212 3456 78 */
	G5_IBAN_NL,         /* NL91ABNA0417164300 */
	G5_IP4,
	G5_IP6,
	G5_LATLON,          /* "51.3811,-2.3590" */
	G5_LAT,             /* 50..57 */
	G5_LON,             /* -6..1 */
	G5_PROSE,
	G5_PROSE_RU,
	/* look-alikes without PII */
	G5_UUID,
	G5_IDFA,            /* upper-case UUID of a device */
	G5_PUSH,            /* 64 hex digits */
	G5_PROMO,           /* RIDE20OFF */
	G5_COUNT,
	G5_RATING,          /* 4.12 */
	G5_TS,              /* 2026-03-14T08:15:00Z */
	G5_AMOUNT,
	G5_SURGE,           /* 1.0..2.4 */
	G5_PLATE_UK,
	G5_ZONE,
	G5_TEMPLATE,        /* "[APPLICANT_NAME]", "{distance}" ... */
	G5_TEMPLATE_RU,     /* "<ФИО>", "#{imya}" */
	G5_PLATE_RU,        /* А123ВС77 */
	G5_CAR_MODEL,
	G5_TAXI_PARK,       /* taxi firms named after people */
	G5_INN10,           /* an organisation's INN */
	G5_APP_REF,         /* APP-2026-0041234 */
	G5_ADDR_BIZ_GB,     /* "Civic Centre, 1 Greyfriars Road, Exeter EX4 3PY" */
	G5_ADDR_BIZ_US,     /* "Suite 300, 4100 Kestrel Drive, Tacoma, WA 98402" */
	G5_PHONE_BIZ,       /* 0300 123 4567, 01225 447788 */
	G5_PHONE_TOLLFREE,  /* +1 800 654 3131 */
	G5_FORM,
	G5_GOV_STATUS,
	G5_VEDOMSTVO,
	G5_SERVICE_CODE,    /* 11 digits from 10000 */
	G5_DATE,            /* 2026-03-14 */
	G5_HEIGHT,          /* 150..199 */
	G5_WEIGHT,          /* 50.0..109.9 */
	G5_GYM,             /* gyms named after people */
	G5_DEVICE,
	G5_MAC,             /* A4:C1:38:12:AB:9F */
	G5_HR,              /* 110..179 */
	G5_KCAL,
	G5_SHOE,            /* running shoes named after people */
	G5_ROUTE,           /* routes named after people */
	G5_DESCRIPTOR,      /* FITAPP*PREMIUM BATH */
	G5_PLAN,
	G5_VAT,             /* GB123456789 */
	G5_LISTING_REF,     /* BTH-24-0412 */
	G5_LISTING_TITLE,
	G5_PRICE,           /* 185000..985000 */
	G5_EPC,
	G5_TITLE_NO,        /* land registry title, ST123456 */
	G5_COMPANY_NO,      /* 8 digits */
	G5_KADASTR,         /* 77:01:0004012:1234 */
	G5_AGENCY_RU,       /* agencies named after people */
	G5_ACCT20,          /* 20-digit escrow account */
	G5_FFP_NO,          /* 9 digits */
	G5_HONORIFIC,
	G5_DATE_FUTURE,     /* passport expiry */
	G5_ISO3,
	G5_TIER,
	G5_MILES,
	G5_IATA,
	G5_CITY,
	G5_PNR,             /* K7QX2M */
	G5_FLIGHT,          /* BA0283 */
	G5_SEAT,            /* 14C */
	G5_SSR,
	G5_AGENT,           /* LHRGA12 */
	G5_FARE_BASIS,
	G5_PARTNER,         /* partners named after people */
	G5_PARTNER_MAIL,    /* a partner's shared mailbox */
	G5_EARN_RATE
};

static const struct {
	int g;
	const char *const *v;
	size_t n;
} lists5[] = {
    LIST(G5_GIVEN, first_f),          LIST(G5_SURNAME, last_f),
    LIST(G5_NAME_RU_LAT, lat_ru_f),   LIST(G5_PLATE_UK, plates_uk_f),
    LIST(G5_ZONE, zones_f),           LIST(G5_CAR_MODEL, car_models_f),
    LIST(G5_TAXI_PARK, taxi_parks_f), LIST(G5_FORM, forms_f),
    LIST(G5_GOV_STATUS, gov_status_f), LIST(G5_VEDOMSTVO, vedomstva_f),
    LIST(G5_GYM, gyms_f),             LIST(G5_DEVICE, devices_f),
    LIST(G5_SHOE, shoes_f),           LIST(G5_ROUTE, routes_f),
    LIST(G5_PLAN, plans_f),           LIST(G5_LISTING_TITLE, listing_titles_f),
    LIST(G5_EPC, epc_f),              LIST(G5_AGENCY_RU, agencies_ru_f),
    LIST(G5_HONORIFIC, honorifics_f), LIST(G5_ISO3, iso3_f),
    LIST(G5_TIER, tiers_f),           LIST(G5_IATA, iata_f),
    LIST(G5_CITY, ffp_cities_f),      LIST(G5_SSR, ssr_f),
    LIST(G5_FARE_BASIS, fare_basis_f), LIST(G5_PARTNER, partners_f),
    LIST(G5_PARTNER_MAIL, partner_mail_f),
};

static const char *const months_f[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                       "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
static const char *const months_ru_f[] = {"января", "февраля", "марта",    "апреля",
                                          "мая",    "июня",    "июля",     "августа",
                                          "сентября", "октября", "ноября", "декабря"};

static void lower_ascii(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s + 32);
}

static void upper_ascii(char *s)
{
	for (; *s; s++)
		if (*s >= 'a' && *s <= 'z')
			*s = (char)(*s - 32);
}

/* mod-97 check digits of an IBAN whose BBAN, country and "00" are given
 * already as digits (letters as 10..35) */
static unsigned iban_check(const char *digits_in)
{
	unsigned rem = 0;
	for (; *digits_in; digits_in++)
		rem = (rem * 10 + (unsigned)(*digits_in - '0')) % 97;
	return 98 - rem;
}

static void hexs(char *o, int n, bool upper)
{
	int i;
	for (i = 0; i < n; i++)
		o[i] = (upper ? "0123456789ABCDEF" : "0123456789abcdef")[rnd(16)];
	o[n] = 0;
}

static void value5(int g, char *o, size_t n)
{
	char d[64], e[64], f[64], buf[96];
	unsigned y, m, day;
	size_t k;
	for (k = 0; k < sizeof lists5 / sizeof lists5[0]; k++)
		if (lists5[k].g == g) {
			snprintf(o, n, "%s", lists5[k].v[rnd((unsigned)lists5[k].n)]);
			return;
		}
	y = 1946 + rnd(60);
	m = 1 + rnd(12);
	day = 1 + rnd(28);
	switch (g) {
	case G5_NAME:
		snprintf(o, n, "%s %s", PICK(first_f), PICK(last_f));
		break;
	case G5_NAME_RU:
		k = rnd(2);
		snprintf(o, n, "%s %s %s", PICK(ru_last_f[k]), PICK(ru_first_f[k]),
		         PICK(ru_patr_f[k]));
		break;
	case G5_NAME_RU_INIT: {
		/* "Гусев К.П.": the first letter of a Cyrillic name is two bytes */
		const char *a, *b;
		k = rnd(2);
		a = PICK(ru_first_f[k]);
		b = PICK(ru_patr_f[k]);
		snprintf(o, n, "%s %.2s.%.2s.", PICK(ru_last_f[k]), a, b);
		break;
	}
	case G5_NAME_INITIAL:
		snprintf(o, n, "%c. %s", PICK(first_f)[0], PICK(last_f));
		break;
	case G5_NAME_EMBOSSED:
		snprintf(o, n, "%c %s", PICK(first_f)[0], PICK(last_f));
		upper_ascii(o);
		break;
	case G5_NAME_PNR:
		snprintf(o, n, "%s/%s %s", PICK(last_f), PICK(first_f), rnd(2) ? "MR" : "MRS");
		upper_ascii(o);
		break;
	case G5_EMAIL:
		snprintf(e, sizeof e, "%s", PICK(first_f));
		snprintf(f, sizeof f, "%s", PICK(last_f));
		lower_ascii(e);
		lower_ascii(f);
		if (rnd(2))
			snprintf(o, n, "%s.%s@inbox.example", e, f);
		else
			snprintf(o, n, "%c%s%u@post.example.net", e[0], f, 60 + rnd(40));
		break;
	case G5_EMAIL_RU:
		/* surname and given name, without the patronymic */
		snprintf(e, sizeof e, "%s", PICK(lat_ru_f));
		lower_ascii(e);
		for (k = 0; e[k] && e[k] != ' '; k++)
			;
		if (e[k])
			e[k] = rnd(2) ? '.' : '_';
		for (; e[k] && e[k + 1] != ' ' && e[k + 1]; k++)
			;
		e[k + 1] = 0;
		snprintf(o, n, "%s%u@pochta.example.ru", e, y);
		break;
	case G5_PHONE_E164:
		snprintf(o, n, "+447%03u%06u", rnd(1000), rnd(1000000));
		break;
	case G5_PHONE_DOTTED:
		snprintf(o, n, "%03u.555.%04u", 201 + rnd(700), rnd(10000));
		break;
	case G5_PHONE_IE:
		snprintf(o, n, "+353 8%u %03u %04u", 3 + rnd(7), rnd(1000), rnd(10000));
		break;
	case G5_PHONE_RU_PAREN:
		snprintf(o, n, "8 (9%02u) %03u-%02u-%02u", rnd(100), rnd(1000), rnd(100), rnd(100));
		break;
	case G5_PHONE_RU_DASH:
		snprintf(o, n, "+7-9%02u-%03u-%02u-%02u", rnd(100), rnd(1000), rnd(100), rnd(100));
		break;
	case G5_PHONE_UK_DASH:
		snprintf(o, n, "07%03u-%06u", rnd(1000), rnd(1000000));
		break;
	case G5_OSI:
		snprintf(o, n, "CTCM 447%03u%06u/EN", rnd(1000), rnd(1000000));
		break;
	case G5_ADDR_GB:
		if (rnd(3) == 0)
			snprintf(o, n, "Flat %u, %u %s, %s", 1 + rnd(30), 1 + rnd(150), PICK(streets_f),
			         PICK(towns_f));
		else
			snprintf(o, n, "%u %s, %s", 1 + rnd(250), PICK(streets_f), PICK(towns_f));
		break;
	case G5_ADDR_US:
		snprintf(o, n, "%u %s%s, %s", 100 + rnd(9000), PICK(streets_f),
		         rnd(3) == 0 ? " Unit 2" : "", PICK(us_towns_f));
		break;
	case G5_ADDR_RU:
		snprintf(o, n, "%s, %s, д. %u, кв. %u", PICK(ru_towns_f), PICK(ru_streets_f),
		         1 + rnd(80), 1 + rnd(220));
		break;
	case G5_ADDR_LINE1:
		snprintf(o, n, "%u %s", 1 + rnd(250), PICK(streets_f));
		break;
	case G5_BIRTH_US:
		snprintf(o, n, "%02u/%02u/%u", m, day, y);
		break;
	case G5_BIRTH_ISO_T:
		snprintf(o, n, "%u-%02u-%02uT00:00:00Z", y, m, day);
		break;
	case G5_BIRTH_AIR:
		snprintf(o, n, "%02u%s%02u", day, months_f[m - 1], y % 100);
		break;
	case G5_BIRTH_RU_TEXT:
		snprintf(o, n, "%u %s %u г.", day, months_ru_f[m - 1], y);
		break;
	case G5_BIRTH_DMY:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G5_DNI: {
		unsigned v = 10000000 + rnd(89999999);
		snprintf(o, n, "%08u%c", v, "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23]);
		break;
	}
	case G5_SNILS:
		value(G_SNILS, 5, o, n);
		break;
	case G5_INN12:
		value(G_INN12, 5, o, n);
		break;
	case G5_INN10:
		value(G_INN10, 5, o, n);
		break;
	case G5_DL_RU:
		snprintf(o, n, "%02u%02u %06u", 10 + rnd(89), 10 + rnd(89), rnd(1000000));
		break;
	case G5_PASSPORT_RU:
		snprintf(o, n, "%02u %02u %06u", 1 + rnd(98), rnd(25), rnd(1000000));
		break;
	case G5_PASSPORT_2L:
		snprintf(o, n, "%c%c%07u", 'A' + rnd(26), 'A' + rnd(26), rnd(10000000));
		break;
	case G5_KTN:
		snprintf(o, n, "98%07u", rnd(10000000));
		break;
	case G5_APIS:
		snprintf(e, sizeof e, "%s", PICK(last_f));
		snprintf(f, sizeof f, "%s", PICK(first_f));
		upper_ascii(e);
		upper_ascii(f);
		snprintf(o, n, "P/%s/%09u/%s/%02u%s%02u/%c/%02u%s%02u/%s/%s", PICK(iso3_f),
		         rnd(1000000000), PICK(iso3_f), day, months_f[m - 1], y % 100, rnd(2) ? 'F' : 'M',
		         1 + rnd(28), PICK(months_f), 27 + rnd(8), e, f);
		break;
	case G5_CARD:
		d[0] = '5';
		d[1] = (char)('1' + rnd(5));
		digits(d + 2, 13);
		luhn_fill(d, 16);
		snprintf(o, n, "%s", d);
		break;
	case G5_CARD_BULLET:
		snprintf(o, n, "%s •••• %04u", rnd(2) ? "VISA" : "MC", rnd(10000));
		break;
	case G5_CARD_MASK_SP:
		snprintf(o, n, "5%03u **** **** %04u", 100 + rnd(500), rnd(10000));
		break;
	case G5_IBAN_IE:
		/* IE kk AIBK + 14 digits; A=10 I=18 B=11 K=20, I=18 E=14 */
		digits(d, 14);
		snprintf(buf, sizeof buf, "10181120%s181400", d);
		snprintf(o, n, "IE%02u AIBK %.4s %.4s %.4s %.2s", iban_check(buf), d, d + 4, d + 8,
		         d + 12);
		break;
	case G5_IBAN_NL:
		/* NL kk ABNA + 10 digits; A=10 B=11 N=23 A=10, N=23 L=21 */
		digits(d, 10);
		snprintf(buf, sizeof buf, "10112310%s232100", d);
		snprintf(o, n, "NL%02uABNA%s", iban_check(buf), d);
		break;
	case G5_IP4:
		snprintf(o, n, "%u.%u.%u.%u", 81 + rnd(100), rnd(256), rnd(256), 1 + rnd(254));
		break;
	case G5_IP6:
		snprintf(o, n, "2a02:c7f:%x:%x:%x::%x", rnd(0xffff), rnd(0xffff), rnd(0xffff),
		         1 + rnd(0xfffe));
		break;
	case G5_LATLON:
		snprintf(o, n, "%.4f,%.4f", 50.0 + rnd(70000) / 10000.0, -6.0 + rnd(70000) / 10000.0);
		break;
	case G5_LAT:
		snprintf(o, n, "%.6f", 50.0 + rnd(7000000) / 1000000.0);
		break;
	case G5_LON:
		snprintf(o, n, "%.6f", -6.0 + rnd(7000000) / 1000000.0);
		break;
	case G5_PROSE:
		snprintf(o, n, "%s %s %s %s %s %s %s %s", PICK(words_f), PICK(words_f), PICK(words_f),
		         PICK(words_f), PICK(words_f), PICK(words_f), PICK(words_f), PICK(words_f));
		if (o[0] >= 'a' && o[0] <= 'z')
			o[0] = (char)(o[0] - 32);
		break;
	case G5_PROSE_RU:
		snprintf(o, n, "%s %s %s %s %s %s %s", PICK(words_ru_f), PICK(words_ru_f),
		         PICK(words_ru_f), PICK(words_ru_f), PICK(words_ru_f), PICK(words_ru_f),
		         PICK(words_ru_f));
		break;
	case G5_UUID:
	case G5_IDFA:
		hexs(d, 32, g == G5_IDFA);
		snprintf(o, n, "%.8s-%.4s-4%.3s-%c%.3s-%.12s", d, d + 8, d + 12,
		         g == G5_IDFA ? 'A' : 'a', d + 15, d + 18);
		break;
	case G5_PUSH:
		hexs(o, n > 64 ? 64 : (int)n - 1, false);
		break;
	case G5_PROMO:
		snprintf(o, n, "%s%u%s", rnd(2) ? "RIDE" : "WELCOME", 5 * (1 + rnd(8)),
		         rnd(2) ? "OFF" : "");
		break;
	case G5_COUNT:
		snprintf(o, n, "%u", rnd(300));
		break;
	case G5_RATING:
		snprintf(o, n, "4.%02u", rnd(100));
		break;
	case G5_TS:
		snprintf(o, n, "2026-%02u-%02uT%02u:%02u:00Z", m, day, rnd(24), rnd(60));
		break;
	case G5_AMOUNT:
		snprintf(o, n, "%u.%02u", 3 + rnd(400), rnd(100));
		break;
	case G5_SURGE:
		snprintf(o, n, "%u.%u", 1 + rnd(2), rnd(5));
		break;
	case G5_TEMPLATE: {
		static const char *const t[] = {
		    "Thanks for riding with us, {rider_first_name}! Your fare was {fare}.",
		    "Dear [APPLICANT_NAME], your application [REF] has been approved.",
		    "I just ran {distance} km with {app_name}!",
		    "Dear [APPLICANT_NAME], we need one more document: [DOC_TYPE]."};
		snprintf(o, n, "%s", PICK(t));
		break;
	}
	case G5_TEMPLATE_RU:
		snprintf(o, n, rnd(2) ? "Уважаемый(ая) <ФИО>! Ваше обращение № <НОМЕР> рассмотрено."
		                      : "#{imya}, ваше заявление принято, срок ответа #{srok} дней");
		break;
	case G5_PLATE_RU: {
		static const char *const l[] = {"А", "В", "Е", "К", "М", "Н", "О", "Р", "С", "Т"};
		snprintf(o, n, "%s%03u%s%s%u", PICK(l), rnd(1000), PICK(l), PICK(l), 10 + rnd(190));
		break;
	}
	case G5_APP_REF:
		snprintf(o, n, "APP-2026-%07u", rnd(10000000));
		break;
	case G5_ADDR_BIZ_GB:
		snprintf(o, n, "%s, %u %s, %s", rnd(2) ? "Civic Centre" : "Unit 3, Riverside Park",
		         1 + rnd(40), PICK(streets_f), PICK(towns_f));
		break;
	case G5_ADDR_BIZ_US:
		snprintf(o, n, "Suite %u, %u %s, %s", 100 * (1 + rnd(9)), 1000 + rnd(9000),
		         PICK(streets_f), PICK(us_towns_f));
		break;
	case G5_PHONE_BIZ:
		if (rnd(2))
			snprintf(o, n, "0300 %03u %04u", rnd(1000), rnd(10000));
		else
			snprintf(o, n, "01225 %06u", rnd(1000000));
		break;
	case G5_PHONE_TOLLFREE:
		snprintf(o, n, "+1 800 %03u %04u", rnd(1000), rnd(10000));
		break;
	case G5_SERVICE_CODE:
		snprintf(o, n, "10000%06u", rnd(1000000));
		break;
	case G5_DATE:
		snprintf(o, n, "2026-%02u-%02u", m, day);
		break;
	case G5_HEIGHT:
		snprintf(o, n, "%u", 150 + rnd(50));
		break;
	case G5_WEIGHT:
		snprintf(o, n, "%u.%u", 50 + rnd(60), rnd(10));
		break;
	case G5_MAC:
		hexs(d, 6, true);
		snprintf(o, n, "A4:C1:38:%.2s:%.2s:%.2s", d, d + 2, d + 4);
		break;
	case G5_HR:
		snprintf(o, n, "%u", 110 + rnd(70));
		break;
	case G5_KCAL:
		snprintf(o, n, "%u", 80 + rnd(900));
		break;
	case G5_DESCRIPTOR:
		snprintf(o, n, "FITAPP*%s %s", rnd(2) ? "PREMIUM" : "COACH", rnd(2) ? "BATH" : "LONDON");
		break;
	case G5_VAT:
		snprintf(o, n, "GB%09u", rnd(1000000000));
		break;
	case G5_LISTING_REF:
		snprintf(o, n, "%s-%02u-%04u", rnd(2) ? "BTH" : "EXE", 20 + rnd(7), rnd(10000));
		break;
	case G5_PRICE:
		snprintf(o, n, "%u", 1000 * (185 + rnd(800)));
		break;
	case G5_TITLE_NO:
		snprintf(o, n, "%s%06u", rnd(2) ? "ST" : "DN", rnd(1000000));
		break;
	case G5_COMPANY_NO:
		snprintf(o, n, "%08u", rnd(100000000));
		break;
	case G5_KADASTR:
		snprintf(o, n, "%02u:%02u:%07u:%u", 1 + rnd(89), rnd(60), rnd(10000000), 1 + rnd(9999));
		break;
	case G5_ACCT20:
		digits(d, 13);
		snprintf(o, n, "4070281%s", d);
		break;
	case G5_FFP_NO:
		snprintf(o, n, "%09u", rnd(1000000000));
		break;
	case G5_DATE_FUTURE:
		snprintf(o, n, "%u-%02u-%02u", 2027 + rnd(9), m, day);
		break;
	case G5_MILES:
		snprintf(o, n, "%u", rnd(400000));
		break;
	case G5_PNR:
		value(G_CONF, 5, o, n);
		break;
	case G5_FLIGHT:
		snprintf(o, n, "%s%04u", rnd(2) ? "BA" : "EI", rnd(2000));
		break;
	case G5_SEAT:
		snprintf(o, n, "%u%c", 1 + rnd(45), "ABCDEFK"[rnd(7)]);
		break;
	case G5_AGENT:
		snprintf(o, n, "%sGA%02u", PICK(iata_f), rnd(100));
		break;
	case G5_EARN_RATE:
		snprintf(o, n, "%u.%u", 1 + rnd(3), rnd(10));
		break;
	default:
		o[0] = 0; /* drawn from lists5[] above */
		break;
	}
}

/* ------------------------------------------------- fold 6 (blind) */

/* A seventh set for the sixth held-out fold, written blind like the fourth
 * and fifth (its author read neither src/map/pii.c, nor its unit tests,
 * nor the rules in docs/pii.md): a veterinary clinic, a German charity's
 * donors (German column names), a Spanish car-sharing service (Spanish
 * column names), a dating app with camelCase names, a Russian bank's KYC
 * onboarding (Cyrillic column names) and a courier marketplace (legacy
 * and transliterated names, Australian deliveries). Given names,
 * surnames, Russian names, streets, towns and postcodes in no other set.
 * Its generators are kept apart from the other folds' (build_db() hands
 * G6_* to value6()). */
static const char *const first_g[] = {"Cordelia",  "Cassius",    "Sigrid",   "Horatio",
                                      "Crispin",   "Imelda",     "Rafferty", "Ottoline",
                                      "Peregrine", "Marguerite", "Lavinia",  "Adaeze",
                                      "Tobiah",    "Esperanza",  "Wiebke",   "Ruprecht"};
static const char *const last_g[] = {
    "Ashcombe",  "Drummond",  "Fairweather", "Huxtable",    "Iwu",      "Jablonski", "Llewellyn",
    "Marchetti", "Northcott", "Quennell",    "Ravensworth", "Tremayne", "Umeh",      "Vandermeer"};
static const char *const first_de_g[] = {"Hannelore", "Kunigunde", "Lorenz", "Maximilian",
                                         "Wiebke",    "Ruprecht",  "Jördis", "Gottfried"};
static const char *const last_de_g[] = {"Trautmann",  "Pfefferkorn", "Brückner", "Zöllner",
                                        "Weißgerber", "Kohlhase",    "Ostendorf"};
static const char *const first_es_g[] = {"Esteban", "Remedios", "Itziar",  "Tomasa",
                                         "Joaquín", "Ainhoa",   "Baltasar"};
static const char *const last_es_g[] = {"Echeverría", "Zubizarreta", "Iriarte",  "Albacete",
                                        "Peñalver",   "Urquiza",     "Sotomayor"};
/* Russian names by gender: surname, given name and patronymic agree */
static const char *const ru_last_g[2][4] = {{"Зайцев", "Снегирёв", "Ширяев", "Волков"},
                                            {"Морозова", "Медведева", "Снегирёва", "Ширяева"}};
static const char *const ru_first_g[2][4] = {{"Савелий", "Прохор", "Демид", "Елисей"},
                                             {"Милана", "Алиса", "Таисия", "Агата"}};
static const char *const ru_patr_g[2][4] = {{"Савельевич", "Прохорович", "Демидович", "Елисеевич"},
                                            {"Савельевна", "Прохоровна", "Демидовна", "Елисеевна"}};
static const char *const lat_ru_g[] = {"Zaytsev Saveliy Prokhorovich", "Snegiryov Demid Eliseevich",
                                       "Shiryaev Prokhor Demidovich", "Volkov Elisey Savelyevich",
                                       "Zaitsev Demid Prokhorovich"};
static const char *const streets_g[] = {"Saddler Street",  "Thistle Gardens", "Wren Close",
                                        "Mariner's Wharf", "Tanners Hill",    "Cobbler's Row"};
static const char *const towns_g[] = {"Ludlow SY8 1PE", "Whitby YO21 3DN", "Kettering NN16 0AZ",
                                      "Truro TR1 2HN"};
static const char *const streets_de_g[] = {"Amselweg", "Lindenstraße", "Gartenstraße",
                                           "Am Mühlbach", "Schillerplatz"};
static const char *const streets_es_g[] = {"C/ Mayor", "Avda. de la Constitución", "C/ del Pilar",
                                           "Paseo de Zorrilla"};
static const char *const towns_es_g[] = {"28013 Madrid", "50001 Zaragoza", "37002 Salamanca",
                                         "47004 Valladolid"};
static const char *const ru_streets_g[] = {"ул. Садовая", "пр-т Космонавтов", "ул. Чкалова",
                                           "ул. Фрунзе"};
static const char *const ru_towns_g[] = {"600000, г. Владимир", "г. Кострома", "160000, г. Вологда",
                                         "Владимирская обл., г. Ковров"};
static const char *const streets_au_g[] = {"Wattle Street", "Banksia Parade", "Jacaranda Court",
                                           "Lyrebird Lane"};
static const char *const towns_au_g[] = {"Brunswick VIC 3056", "Ballarat VIC 3350",
                                         "Geelong VIC 3220", "Bendigo VIC 3550"};
static const char *const words_g[] = {
    "please", "ring",    "before",  "you",     "come",    "Biscuit", "hates",    "the",   "car",
    "my",     "husband", "will",    "collect", "her",     "on",      "Friday",   "leave", "parcel",
    "behind", "green",   "bin",     "side",    "gate",    "dog",     "friendly", "love",  "hiking",
    "and",    "coffee",  "looking", "for",     "someone", "honest",  "weekend",  "dinner"};
static const char *const words_de_g[] = {"bitte",      "keine",    "Post",   "mehr",   "schicken",
                                         "Spende",     "für",      "meinen", "Vater",  "im",
                                         "Pflegeheim", "Quittung", "per",    "E-Mail", "erwünscht",
                                         "nach",       "Umzug",    "neue",   "Adresse"};
static const char *const words_es_g[] = {"el",      "coche",   "tenía",  "arañazo", "en",
                                         "puerta",  "trasera", "llamar", "solo",    "por",
                                         "la",      "tarde",   "mi",     "hija",    "conduce",
                                         "también", "dejé",    "las",    "llaves",  "recepción"};
static const char *const words_ru_g[] = {
    "клиент", "предоставил", "справку", "с",      "работы",     "паспорт", "заменён",
    "в",      "связи",       "со",      "сменой", "фамилии",    "звонил",  "дважды",
    "просил", "перезвонить", "вечером", "доход",  "подтверждён"};
/* look-alikes */
static const char *const pets_g[] = {"Bella", "Oscar", "Poppy", "Charlie", "Biscuit",
                                     "Luna",  "Teddy", "Milo",  "Alfie",   "Daisy"};
static const char *const species_g[] = {"canine", "feline", "rabbit", "equine", "avian"};
static const char *const breeds_g[] = {"Cavalier King Charles Spaniel",
                                       "Jack Russell Terrier",
                                       "Gordon Setter",
                                       "Dobermann",
                                       "Maine Coon",
                                       "Labrador Retriever"};
static const char *const practices_g[] = {"St Francis Veterinary Centre", "Herriot House Vets",
                                          "Ludlow Pet Hospital", "Whitby Animal Clinic"};
static const char *const sal_g[] = {"Mr", "Mrs", "Miss", "Ms", "Dr", "Rev"};
static const char *const anrede_g[] = {"Herr", "Frau", "Divers", "Familie"};
static const char *const orte_g[] = {"Freiburg im Breisgau", "Augsburg", "Bonn", "Lübeck",
                                     "Göttingen"};
static const char *const zwecke_g[] = {"Kinderhilfe", "Nothilfe", "Tierschutz", "Bildung weltweit",
                                       "wo am nötigsten"};
static const char *const kampagnen_g[] = {"Weihnachtsaktion 2025", "Albert-Schweitzer-Sammlung",
                                          "Sommerfest Lübeck", "Mailing Frühjahr 2026"};
static const char *const firmen_g[] = {"Bäckerei Huber GmbH", "Autohaus Brückner KG", "Dr. Oetker",
                                       "Hugo Boss AG", "Schreinerei Vogt"};
static const char *const models_es_g[] = {"Seat Ibiza", "Renault Zoe", "Fiat 500e", "Peugeot e-208",
                                          "Cupra Born"};
static const char *const stations_es_g[] = {"Plaza de Cervantes", "Estación Atocha",
                                            "Glorieta de Bilbao", "Parking Santiago Bernabéu",
                                            "Plaza del Pilar"};
static const char *const promos_es_g[] = {"VERANO15", "BIENVENIDA10", "FINDE20", "UNIVERSIDAD"};
static const char *const phones_model_g[] = {"iPhone 15", "Pixel 8", "Galaxy S24", "Xperia 10 V"};
static const char *const tiers_g[] = {"free", "plus", "gold", "platinum"};
static const char *const venues_g[] = {"The Duke of Wellington", "The Lord Nelson",
                                       "Queen Victoria Tavern", "Café Picasso", "Frida's Taqueria"};
static const char *const kyc_status_g[] = {"новая", "на проверке", "одобрена", "отказ"};
static const char *const risk_g[] = {"низкий", "средний", "высокий"};
static const char *const employers_g[] = {"ООО Ломоносов", "АО Завод им. Лихачёва",
                                          "ООО Пётр Первый", "ПАО Северный порт"};
static const char *const senders_g[] = {"Bunnings Warehouse", "Dan Murphy's", "Jimmy Brings",
                                        "Aesop", "Harris Scarfe"};
static const char *const sender_mail_g[] = {"dispatch@danmurphys.example.com.au",
                                            "orders@bunnings.example.com.au",
                                            "logistics@aesop.example.com"};

enum {
	G6_FIRST = 2000,    /* above every G5_*: build_db() hands them to value6() */
	G6_NAME = G6_FIRST, /* "Cordelia Ashcombe" */
	G6_NAME_VET,        /* "Dr Cordelia Ashcombe MRCVS" */
	G6_GIVEN_DE,        /* a German given name alone */
	G6_SURNAME_DE,      /* a German surname alone */
	G6_NAME_ES,         /* "Itziar Echeverría Albacete" */
	G6_DISPLAY,         /* "Cordelia", "Cordelia A.", "cordelia_87" */
	G6_NAME_RU,         /* "Зайцев Савелий Прохорович" */
	G6_NAME_RU_LAT,     /* "Zaytsev Saveliy Prokhorovich" */
	G6_EMAIL,           /* cordelia.ashcombe@mailbox.example */
	G6_EMAIL_DE,        /* h.trautmann@web.example.de */
	G6_EMAIL_ES,        /* itziar.echeverria87@correo.example.es */
	G6_EMAIL_RU,        /* m.snegiryova@yandex.example.ru */
	G6_PHONE_00,        /* 0044 7700 912345 */
	G6_PHONE_DE,        /* 0151/23456789 */
	G6_PHONE_ES,        /* +34 612 345 678 */
	G6_PHONE_US,        /* +1 503-555-0142 */
	G6_PHONE_RU_SP,     /* 8 912 345 67 89 */
	G6_PHONE_RU_TIGHT,  /* 8(912)3456789 */
	G6_PHONE_AU,        /* +61 412 345 678 */
	G6_ADDR_GB,         /* "27 Saddler Street, Ludlow SY8 1PE" */
	G6_STREET_DE,       /* "Lindenstraße 12a" */
	G6_ADDR_ES,         /* "C/ Mayor, 45, 3º B, 28013 Madrid" */
	G6_ADDR_RU,     /* "600000, г. Владимир, ул. Садовая, д. 3, кв. 41" */
	G6_ADDR_AU,     /* "Unit 5, 27 Wattle Street, Brunswick VIC 3056" */
	G6_BIRTH_DE,    /* 14.03.1987 */
	G6_BIRTH_ES,    /* 14/03/1987 */
	G6_BIRTH_ISO,   /* 1987-03-14 */
	G6_STEUER_ID,   /* 11 digits */
	G6_AUSWEIS,     /* L01X00T47 */
	G6_NIE,         /* X1234567L or 12345678Z */
	G6_DNI,         /* 12345678Z */
	G6_PASSPORT_RU, /* 45 12 № 345678 */
	G6_INN12,
	G6_SNILS,
	G6_VU_RU,       /* 77 АВ 123456 */
	G6_CARD_XMASK,  /* XXXX-XXXX-XXXX-1234 */
	G6_CARD_SPACED, /* 4539 1488 0343 6467 */
	G6_CARD_DASHED, /* 4539-1488-0343-6467 */
	G6_CARD_STARS,  /* ************1234 */
	G6_CARD_MIR,    /* 2202 2012 3456 7890 */
	G6_CARD_BARE,   /* 4539148803436467 */
	G6_IBAN_DE,     /* DE89 3704 0044 0532 0130 00 */
	G6_IBAN_ES,     /* ES9121000418450200051332 */
	G6_IBAN_FR,     /* FR76 3000 6000 0112 3456 7890 189 */
	G6_IP4,
	G6_IP6,
	G6_LATLON_ES, /* "40.4168, -3.7038" */
	G6_LAT,       /* 51..54 */
	G6_LON,       /* -3..1 */
	G6_WKT_AU,    /* POINT(144.9789 -37.7990) */
	G6_PROSE,
	G6_PROSE_DE,
	G6_PROSE_ES,
	G6_PROSE_RU,
	/* look-alikes without PII */
	G6_OWNER_REF, /* VO-004512 */
	G6_SAL,       /* Mr, Mrs, Dr ... */
	G6_PET,       /* pets with people's names */
	G6_SPECIES,
	G6_BREED,   /* breeds named after people */
	G6_CHIP,    /* 15-digit microchip 826... */
	G6_PET_DOB, /* a pet's date of birth */
	G6_DATE,    /* 2026-03-14 */
	G6_AMOUNT,
	G6_PRACTICE,  /* practices named after people */
	G6_TEMPLATE,  /* "Hi {owner_first}, {pet_name} is due ..." */
	G6_BATCH,     /* NB-23A417 */
	G6_PHONE_BIZ, /* a practice's landline 01584 876543 */
	G6_WEIGHT,
	G6_POLICY, /* PP-12345678 */
	G6_NUM7,   /* donor number, 7 digits */
	G6_ANREDE,
	G6_PLZ, /* a postcode alone, 5 digits */
	G6_ORT, /* a town alone */
	G6_ZWECK,
	G6_KAMPAGNE,   /* campaigns named after people */
	G6_MANDAT,     /* MREF-2025-000123 */
	G6_GLAEUBIGER, /* SEPA creditor id DE98ZZZ09999999999 */
	G6_FIRMA,      /* companies named after people */
	G6_UST_ID,     /* DE123456789 */
	G6_CLI_ID,     /* CLI-000123 */
	G6_MATRICULA,  /* 1234 BCD */
	G6_MODEL_ES,
	G6_STATION_ES,  /* stations named after people */
	G6_STATION_LAT, /* 40.3..40.5 */
	G6_STATION_LON, /* -3.8..-3.6 */
	G6_KM,
	G6_PROMO_ES,
	G6_PHONE_900, /* 900 123 456 */
	G6_CIF,       /* B12345678 */
	G6_UUID,
	G6_SHA256,
	G6_SHA1,
	G6_FCM, /* an FCM registration token */
	G6_PHONE_MODEL,
	G6_INVITE,  /* codes named after people: CASSIUS-7F2K */
	G6_SCORE,   /* 0.00..0.99 */
	G6_AGE_MIN, /* 18..40 */
	G6_HEIGHT,
	G6_TIER,
	G6_TEMPLATE_EN, /* "Hey {{match_name}}, ..." */
	G6_TS,
	G6_VENUE,    /* pubs named after people */
	G6_KYC_NO,   /* KYC-2026-000123 */
	G6_KOD_PODR, /* passport office code 770-001 */
	G6_KYC_STATUS,
	G6_RISK,
	G6_INN10,    /* an employer's INN */
	G6_EMPLOYER, /* employers named after people */
	G6_BIK,
	G6_INCOME,
	G6_TEMPLATE_RU, /* "Уважаемый(ая) %ИМЯ% ..." */
	G6_JOB_NO,      /* CJ-26-0004512 */
	G6_HUB_ADDR,    /* a warehouse's address */
	G6_PHONE_1300,  /* 1300 655 506 */
	G6_EXT,         /* x4471 */
	G6_PARCEL,      /* AP1234567890AU */
	G6_LAST4,       /* 4 digits */
	G6_SENDER,      /* shops named after people */
	G6_SENDER_MAIL, /* a shop's shared mailbox */
	G6_RATING,
	G6_REGO /* 1AB 2CD */
};

static const struct {
	int g;
	const char *const *v;
	size_t n;
} lists6[] = {
    LIST(G6_NAME_RU_LAT, lat_ru_g),
    LIST(G6_GIVEN_DE, first_de_g),
    LIST(G6_SURNAME_DE, last_de_g),
    LIST(G6_PET, pets_g),
    LIST(G6_SPECIES, species_g),
    LIST(G6_BREED, breeds_g),
    LIST(G6_PRACTICE, practices_g),
    LIST(G6_ANREDE, anrede_g),
    LIST(G6_SAL, sal_g),
    LIST(G6_ORT, orte_g),
    LIST(G6_ZWECK, zwecke_g),
    LIST(G6_KAMPAGNE, kampagnen_g),
    LIST(G6_FIRMA, firmen_g),
    LIST(G6_MODEL_ES, models_es_g),
    LIST(G6_STATION_ES, stations_es_g),
    LIST(G6_PROMO_ES, promos_es_g),
    LIST(G6_PHONE_MODEL, phones_model_g),
    LIST(G6_TIER, tiers_g),
    LIST(G6_VENUE, venues_g),
    LIST(G6_KYC_STATUS, kyc_status_g),
    LIST(G6_RISK, risk_g),
    LIST(G6_EMPLOYER, employers_g),
    LIST(G6_SENDER, senders_g),
    LIST(G6_SENDER_MAIL, sender_mail_g),
};

/* the ASCII e-mail part of a Latin name: "Echeverría" -> "echeverria" */
static void mail_part(char *o, size_t n, const char *s)
{
	size_t k = 0;
	for (; *s && k + 1 < n; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 'A' && c <= 'Z')
			o[k++] = (char)(c + 32);
		else if ((c >= 'a' && c <= 'z') || c == '-')
			o[k++] = (char)c;
		else if (c == 0xC3 && s[1]) { /* Latin-1 letters: drop the accent */
			c = (unsigned char)*++s;
			o[k++] = c == 0x9F ? 's' : "aaaaaaaceeeeiiiidnooooo/ouuuuyty"[c & 0x1F];
		}
	}
	o[k] = 0;
}

static void prose6(char *o, size_t n, const char *const *w, unsigned nw, unsigned nwords)
{
	size_t len = 0;
	unsigned i;
	o[0] = 0;
	for (i = 0; i < nwords && len + 1 < n; i++)
		len += (size_t)snprintf(o + len, n - len, "%s%s", i ? " " : "", w[rnd(nw)]);
	if (o[0] >= 'a' && o[0] <= 'z')
		o[0] = (char)(o[0] - 32);
}

static void iban6(char *o, size_t n, const char *cc, const char *ccnum, int nd, bool groups)
{
	char d[40], buf[64], raw[48];
	size_t k, len;
	digits(d, nd);
	snprintf(buf, sizeof buf, "%s%s00", d, ccnum);
	snprintf(raw, sizeof raw, "%s%02u%s", cc, iban_check(buf), d);
	if (!groups) {
		snprintf(o, n, "%s", raw);
		return;
	}
	for (k = 0, len = 0; raw[k] && len + 2 < n; k++) {
		if (k && k % 4 == 0)
			o[len++] = ' ';
		o[len++] = raw[k];
	}
	o[len] = 0;
}

static void card6(char *d, char first)
{
	d[0] = first;
	digits(d + 1, 14);
	if (first == '5') /* Mastercard: 51..55 */
		d[1] = (char)('1' + rnd(5));
	luhn_fill(d, 16);
}

static void value6(int g, char *o, size_t n)
{
	char d[64], e[64], f[64];
	unsigned y, m, day;
	size_t k;
	for (k = 0; k < sizeof lists6 / sizeof lists6[0]; k++)
		if (lists6[k].g == g) {
			snprintf(o, n, "%s", lists6[k].v[rnd((unsigned)lists6[k].n)]);
			return;
		}
	y = 1950 + rnd(56);
	m = 1 + rnd(12);
	day = 1 + rnd(28);
	switch (g) {
	case G6_NAME:
		snprintf(o, n, "%s %s", PICK(first_g), PICK(last_g));
		break;
	case G6_NAME_VET:
		snprintf(o, n, "%s%s %s%s", rnd(3) ? "Dr " : "", PICK(first_g), PICK(last_g),
		         rnd(2) ? " MRCVS" : "");
		break;
	case G6_NAME_ES:
		snprintf(o, n, "%s %s %s", PICK(first_es_g), PICK(last_es_g), PICK(last_es_g));
		break;
	case G6_DISPLAY:
		snprintf(e, sizeof e, "%s", PICK(first_g));
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%s", e);
		else if (k == 1)
			snprintf(o, n, "%s %c.", e, PICK(last_g)[0]);
		else {
			lower_ascii(e);
			snprintf(o, n, "%s_%02u", e, y % 100);
		}
		break;
	case G6_NAME_RU:
		k = rnd(2);
		snprintf(o, n, "%s %s %s", PICK(ru_last_g[k]), PICK(ru_first_g[k]),
		         PICK(ru_patr_g[k]));
		break;
	case G6_EMAIL:
		mail_part(e, sizeof e, PICK(first_g));
		mail_part(f, sizeof f, PICK(last_g));
		if (rnd(2))
			snprintf(o, n, "%s.%s@mailbox.example", e, f);
		else
			snprintf(o, n, "%s%s%u@fastmail.example.co.uk", e, f, y % 100);
		break;
	case G6_EMAIL_DE:
		mail_part(e, sizeof e, PICK(first_de_g));
		mail_part(f, sizeof f, PICK(last_de_g));
		snprintf(o, n, "%c.%s@web.example.de", e[0], f);
		break;
	case G6_EMAIL_ES:
		mail_part(e, sizeof e, PICK(first_es_g));
		mail_part(f, sizeof f, PICK(last_es_g));
		snprintf(o, n, "%s.%s%u@correo.example.es", e, f, y % 100);
		break;
	case G6_EMAIL_RU:
		snprintf(e, sizeof e, "%s", PICK(lat_ru_g));
		mail_part(f, sizeof f, strchr(e, ' ') ? strchr(e, ' ') + 1 : e);
		f[1] = 0;
		*strchr(e, ' ') = 0;
		mail_part(d, sizeof d, e);
		snprintf(o, n, "%s.%s@yandex.example.ru", f, d);
		break;
	case G6_PHONE_00:
		snprintf(o, n, "0044 7%03u %06u", rnd(1000), rnd(1000000));
		break;
	case G6_PHONE_DE:
		snprintf(o, n, "01%u%u/%08u", 5 + rnd(3), rnd(10), rnd(100000000));
		break;
	case G6_PHONE_ES:
		snprintf(o, n, "+34 6%02u %03u %03u", rnd(100), rnd(1000), rnd(1000));
		break;
	case G6_PHONE_US:
		snprintf(o, n, "+1 %03u-555-%04u", 201 + rnd(700), rnd(10000));
		break;
	case G6_PHONE_RU_SP:
		snprintf(o, n, "8 9%02u %03u %02u %02u", rnd(100), rnd(1000), rnd(100), rnd(100));
		break;
	case G6_PHONE_RU_TIGHT:
		snprintf(o, n, "8(9%02u)%07u", rnd(100), rnd(10000000));
		break;
	case G6_PHONE_AU:
		snprintf(o, n, "+61 4%02u %03u %03u", rnd(100), rnd(1000), rnd(1000));
		break;
	case G6_ADDR_GB:
		if (rnd(3) == 0)
			snprintf(o, n, "Flat %c, %u %s, %s", 'A' + rnd(6), 1 + rnd(120),
			         PICK(streets_g), PICK(towns_g));
		else
			snprintf(o, n, "%u %s, %s", 1 + rnd(200), PICK(streets_g), PICK(towns_g));
		break;
	case G6_STREET_DE:
		snprintf(o, n, "%s %u%s", PICK(streets_de_g), 1 + rnd(120), rnd(4) ? "" : "a");
		break;
	case G6_ADDR_ES:
		snprintf(o, n, "%s, %u, %uº %c, %s", PICK(streets_es_g), 1 + rnd(150), 1 + rnd(8),
		         'A' + rnd(4), PICK(towns_es_g));
		break;
	case G6_ADDR_RU:
		snprintf(o, n, "%s, %s, д. %u, кв. %u", PICK(ru_towns_g), PICK(ru_streets_g),
		         1 + rnd(90), 1 + rnd(200));
		break;
	case G6_ADDR_AU:
		snprintf(o, n, "%s%u %s, %s", rnd(2) ? "" : "Unit 5, ", 1 + rnd(180),
		         PICK(streets_au_g), PICK(towns_au_g));
		break;
	case G6_BIRTH_DE:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G6_BIRTH_ES:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G6_BIRTH_ISO:
		snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G6_STEUER_ID:
		digits(d, 11);
		if (d[0] == '0')
			d[0] = '4';
		snprintf(o, n, "%s", d);
		break;
	case G6_AUSWEIS: {
		static const char al[] = "CFGHJKLMNPRTVWXYZ0123456789";
		o[0] = "LMNPRT"[rnd(6)];
		for (k = 1; k < 9 && k + 1 < n; k++)
			o[k] = al[rnd(sizeof al - 1)];
		o[k] = 0;
		break;
	}
	case G6_NIE: {
		unsigned p = rnd(3), v = rnd(10000000);
		snprintf(o, n, "%c%07u%c", "XYZ"[p], v,
		         "TRWAGMYFPDXBNJZSQVHLCKE"[(p * 10000000 + v) % 23]);
		break;
	}
	case G6_DNI: {
		unsigned v = 10000000 + rnd(89999999);
		snprintf(o, n, "%08u%c", v, "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23]);
		break;
	}
	case G6_PASSPORT_RU:
		snprintf(o, n, "%02u %02u № %06u", 1 + rnd(98), rnd(25), rnd(1000000));
		break;
	case G6_INN12:
		value(G_INN12, 6, o, n);
		break;
	case G6_SNILS:
		value(G_SNILS, 6, o, n);
		break;
	case G6_INN10:
		value(G_INN10, 6, o, n);
		break;
	case G6_BIK: /* 9 digits: 04, region, bank */
		snprintf(o, n, "04%02u%05u", rnd(100), rnd(100000));
		break;
	case G6_VU_RU: {
		static const char *const l[] = {"АВ", "ЕК", "МН", "ОР", "СТ"};
		snprintf(o, n, "%02u %s %06u", 10 + rnd(89), PICK(l), rnd(1000000));
		break;
	}
	case G6_CARD_XMASK:
		snprintf(o, n, "XXXX-XXXX-XXXX-%04u", rnd(10000));
		break;
	case G6_CARD_SPACED:
	case G6_CARD_DASHED:
		card6(d, rnd(2) ? '4' : '5');
		snprintf(o, n, g == G6_CARD_SPACED ? "%.4s %.4s %.4s %.4s" : "%.4s-%.4s-%.4s-%.4s",
		         d, d + 4, d + 8, d + 12);
		break;
	case G6_CARD_STARS:
		snprintf(o, n, "************%04u", rnd(10000));
		break;
	case G6_CARD_MIR:
		d[0] = '2';
		d[1] = '2';
		d[2] = '0';
		d[3] = (char)('0' + rnd(5));
		digits(d + 4, 11);
		luhn_fill(d, 16);
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G6_CARD_BARE:
		card6(d, '4');
		snprintf(o, n, "%s", d);
		break;
	case G6_IBAN_DE:
		iban6(o, n, "DE", "1314", 18, true);
		break;
	case G6_IBAN_ES:
		iban6(o, n, "ES", "1428", 20, false);
		break;
	case G6_IBAN_FR:
		iban6(o, n, "FR", "1527", 23, true);
		break;
	case G6_IP4:
		snprintf(o, n, "%u.%u.%u.%u", 31 + rnd(60), rnd(256), rnd(256), 1 + rnd(254));
		break;
	case G6_IP6:
		snprintf(o, n, "2a01:4f8:%x:%x::%x", rnd(0xffff), rnd(0xffff), 1 + rnd(0xfffe));
		break;
	case G6_LATLON_ES:
		snprintf(o, n, "%.4f, %.4f", 40.30 + rnd(2500) / 10000.0,
		         -3.80 + rnd(2500) / 10000.0);
		break;
	case G6_LAT:
		snprintf(o, n, "%.5f", 51.0 + rnd(300000) / 100000.0);
		break;
	case G6_LON:
		snprintf(o, n, "%.5f", -3.0 + rnd(400000) / 100000.0);
		break;
	case G6_WKT_AU:
		snprintf(o, n, "POINT(%.4f -%.4f)", 143.8 + rnd(15000) / 10000.0,
		         36.7 + rnd(15000) / 10000.0);
		break;
	case G6_PROSE:
		prose6(o, n, words_g, sizeof words_g / sizeof words_g[0], 6 + rnd(6));
		break;
	case G6_PROSE_DE:
		prose6(o, n, words_de_g, sizeof words_de_g / sizeof words_de_g[0], 6 + rnd(5));
		break;
	case G6_PROSE_ES:
		prose6(o, n, words_es_g, sizeof words_es_g / sizeof words_es_g[0], 6 + rnd(6));
		break;
	case G6_PROSE_RU:
		prose6(o, n, words_ru_g, sizeof words_ru_g / sizeof words_ru_g[0], 5 + rnd(6));
		break;
	case G6_OWNER_REF:
		snprintf(o, n, "VO-%06u", rnd(1000000));
		break;
	case G6_CHIP:
		snprintf(o, n, "826%06u%06u", rnd(1000000), rnd(1000000));
		break;
	case G6_PET_DOB:
		snprintf(o, n, "%u-%02u-%02u", 2010 + rnd(16), m, day);
		break;
	case G6_DATE:
		snprintf(o, n, "2026-%02u-%02u", m, day);
		break;
	case G6_AMOUNT:
		snprintf(o, n, "%u.%02u", rnd(900), rnd(100));
		break;
	case G6_TEMPLATE: {
		static const char *const t[] = {
		    "Hi {owner_first}, {pet_name} is due for a booster on {due_date}.",
		    "Dear {salutation} {owner_last}, your invoice {inv_no} is attached.",
		    "Reminder: {pet_name}'s appointment with {vet_name} at {time}."};
		snprintf(o, n, "%s", PICK(t));
		break;
	}
	case G6_BATCH:
		snprintf(o, n, "NB-%02u%c%03u", 20 + rnd(7), 'A' + rnd(6), rnd(1000));
		break;
	case G6_PHONE_BIZ:
		snprintf(o, n, "01584 %06u", rnd(1000000));
		break;
	case G6_WEIGHT:
		snprintf(o, n, "%u.%u", 1 + rnd(60), rnd(10));
		break;
	case G6_POLICY:
		snprintf(o, n, "PP-%08u", rnd(100000000));
		break;
	case G6_NUM7:
		snprintf(o, n, "%07u", rnd(10000000));
		break;
	case G6_PLZ:
		snprintf(o, n, "%05u", 1000 + rnd(98000));
		break;
	case G6_MANDAT:
		snprintf(o, n, "MREF-%u-%06u", 2019 + rnd(7), rnd(1000000));
		break;
	case G6_GLAEUBIGER:
		snprintf(o, n, "DE%02uZZZ%011u", 10 + rnd(89), rnd(100000000));
		break;
	case G6_UST_ID:
		snprintf(o, n, "DE%09u", rnd(1000000000));
		break;
	case G6_CLI_ID:
		snprintf(o, n, "CLI-%06u", rnd(1000000));
		break;
	case G6_MATRICULA: {
		static const char c[] = "BCDFGHJKLMNPRSTVWXYZ";
		snprintf(o, n, "%04u %c%c%c", rnd(10000), c[rnd(20)], c[rnd(20)], c[rnd(20)]);
		break;
	}
	case G6_STATION_LAT:
		snprintf(o, n, "%.6f", 40.30 + rnd(200000) / 1000000.0);
		break;
	case G6_STATION_LON:
		snprintf(o, n, "%.6f", -3.80 + rnd(200000) / 1000000.0);
		break;
	case G6_KM:
		snprintf(o, n, "%u", 1 + rnd(300));
		break;
	case G6_PHONE_900:
		snprintf(o, n, "900 %03u %03u", rnd(1000), rnd(1000));
		break;
	case G6_CIF:
		snprintf(o, n, "%c%08u", "ABB"[rnd(3)], rnd(100000000));
		break;
	case G6_UUID:
		hexs(d, 32, false);
		snprintf(o, n, "%.8s-%.4s-4%.3s-a%.3s-%.12s", d, d + 8, d + 12, d + 15, d + 18);
		break;
	case G6_SHA256:
		hexs(o, n > 64 ? 64 : (int)n - 1, false);
		break;
	case G6_SHA1:
		hexs(o, n > 40 ? 40 : (int)n - 1, false);
		break;
	case G6_FCM:
		hexs(d, 40, false);
		snprintf(o, n, "fcm:APA91b%s", d);
		break;
	case G6_INVITE:
		snprintf(e, sizeof e, "%s", PICK(first_g));
		upper_ascii(e);
		hexs(d, 4, true);
		snprintf(o, n, "%s-%s", e, d);
		break;
	case G6_SCORE:
		snprintf(o, n, "0.%02u", rnd(100));
		break;
	case G6_AGE_MIN:
		snprintf(o, n, "%u", 18 + rnd(23));
		break;
	case G6_HEIGHT:
		snprintf(o, n, "%u", 152 + rnd(45));
		break;
	case G6_TEMPLATE_EN: {
		static const char *const t[] = {
		    "Hey {{match_name}}, I see you like {{interest}} too!",
		    "{{match_name}} liked your photo", "You and {{match_name}} matched! Say hi."};
		snprintf(o, n, "%s", PICK(t));
		break;
	}
	case G6_TS:
		snprintf(o, n, "2026-%02u-%02u %02u:%02u:%02u", m, day, rnd(24), rnd(60), rnd(60));
		break;
	case G6_KYC_NO:
		snprintf(o, n, "KYC-2026-%06u", rnd(1000000));
		break;
	case G6_KOD_PODR:
		snprintf(o, n, "%03u-%03u", 100 + rnd(800), rnd(1000));
		break;
	case G6_INCOME:
		snprintf(o, n, "%u", 1000 * (25 + rnd(400)));
		break;
	case G6_TEMPLATE_RU:
		snprintf(o, n, "%s",
		         rnd(2) ? "Уважаемый(ая) %ИМЯ% %ОТЧЕСТВО%, ваша заявка %НОМЕР% одобрена."
		                : "Код подтверждения: %CODE%. Никому не сообщайте его.");
		break;
	case G6_JOB_NO:
		snprintf(o, n, "CJ-26-%07u", rnd(10000000));
		break;
	case G6_HUB_ADDR:
		snprintf(o, n, "Warehouse %u, %u Industrial Drive, %s", 1 + rnd(9), 10 + rnd(200),
		         PICK(towns_au_g));
		break;
	case G6_PHONE_1300:
		snprintf(o, n, "1300 %03u %03u", rnd(1000), rnd(1000));
		break;
	case G6_EXT:
		snprintf(o, n, "x%04u", rnd(10000));
		break;
	case G6_PARCEL:
		snprintf(o, n, "AP%010uAU", rnd(1000000000));
		break;
	case G6_LAST4:
		snprintf(o, n, "%04u", rnd(10000));
		break;
	case G6_RATING:
		snprintf(o, n, "%u.%u", 3 + rnd(2), rnd(10));
		break;
	case G6_REGO:
		snprintf(o, n, "%u%c%c %u%c%c", 1 + rnd(9), 'A' + rnd(26), 'A' + rnd(26), rnd(10),
		         'A' + rnd(26), 'A' + rnd(26));
		break;
	default:
		o[0] = 0; /* drawn from lists6[] above */
		break;
	}
}

/* ------------------------------------------------- fold 7 (blind) */

/* An eighth set for the seventh held-out fold, written blind like the
 * fourth to sixth (its author read neither src/map/pii.c, nor its unit
 * tests, nor the rules in docs/pii.md): a French building's co-owners, an
 * Italian winery's club, a Brazilian solar installer, a Dutch bike-lease
 * scheme (Dutch camelCase), a Polish shop's returns desk and a Turkish
 * beauty salon, with column names in those languages. Given names,
 * surnames, streets and towns of those countries, in no other set. Its
 * generators are kept apart from the other folds' (build_db() hands G7_*
 * to value7()). */
static const char *const first_fr_h[] = {"Gaspard",  "Solène",   "Anatole",
                                         "Clémence", "Aurélien", "Maëlle"};
static const char *const last_fr_h[] = {"Brossard", "Vaillancourt", "Quéméner", "Le Guennec",
                                        "Duplessis-Morin"};
static const char *const first_it_h[] = {"Ottavio",   "Ludovica", "Gianmarco",
                                         "Benedetta", "Ercole",   "Mariagrazia"};
static const char *const last_it_h[] = {"Scognamiglio", "Bonfiglioli", "Tagliaferri",
                                        "Esposito",     "Lo Bianco",   "D'Alessandro"};
static const char *const first_br_h[] = {"Thiago", "Luana",  "Caio",
                                         "Raissa", "Juçara", "Wellington"};
static const char *const last_br_h[] = {"Nascimento", "Figueiredo",  "Albuquerque",
                                        "Conceição",  "Bittencourt", "dos Anjos"};
static const char *const first_nl_h[] = {"Joost", "Femke", "Sjoerd", "Marieke", "Wouter", "Ilse"};
static const char *const last_nl_h[] = {"van Dijkhuizen", "de Wolff",        "Brouwer",
                                        "Hoekstra",       "van der Heijden", "Schuurmans"};
/* Polish surnames agree with the given name's gender */
static const char *const first_pl_h[2][3] = {{"Grzegorz", "Bartłomiej", "Przemysław"},
                                             {"Agnieszka", "Małgorzata", "Jadwiga"}};
static const char *const last_pl_h[2][3] = {{"Zieliński", "Kaczmarek", "Wróblewski"},
                                            {"Zielińska", "Kaczmarek", "Wróblewska"}};
static const char *const first_tr_h[] = {"Emre", "Zeynep", "Burak", "Elif", "Oğuzhan", "Gülşen"};
static const char *const last_tr_h[] = {"Yılmaz",  "Öztürk", "Karadeniz",
                                        "Aydoğan", "Çelik",  "Şahin"};
static const char *const streets_fr_h[] = {"rue des Tanneurs", "allée des Tilleuls",
                                           "avenue Jean Jaurès", "impasse du Moulin",
                                           "boulevard de la Liberté"};
static const char *const towns_fr_h[] = {"69001 Lyon", "35000 Rennes", "31000 Toulouse",
                                         "59800 Lille", "13006 Marseille"};
static const char *const streets_it_h[] = {"Via Garibaldi", "Corso Vittorio Emanuele II",
                                           "Viale dei Mille", "Piazza della Repubblica",
                                           "Vicolo del Pozzo"};
static const char *const towns_it_h[] = {"40121 Bologna BO", "10123 Torino TO", "80134 Napoli NA",
                                         "50122 Firenze FI", "37121 Verona VR"};
static const char *const streets_br_h[] = {"Rua das Palmeiras", "Av. Afonso Pena",
                                           "Rua Padre Eustáquio", "Travessa do Ouvidor",
                                           "Alameda Santos"};
static const char *const towns_br_h[] = {
    "Savassi, Belo Horizonte - MG, 30140-071", "Centro, Curitiba - PR, 80020-010",
    "Boa Viagem, Recife - PE, 51020-000", "Jardins, São Paulo - SP, 01419-001"};
static const char *const streets_nl_h[] = {"Prinsengracht", "Vondelstraat", "Oudegracht",
                                           "Kerkstraat", "Molenweg"};
static const char *const towns_nl_h[] = {"1016 GV Amsterdam", "3511 AX Utrecht",
                                         "9711 LM Groningen", "2512 AB Den Haag",
                                         "5611 EM Eindhoven"};
static const char *const streets_pl_h[] = {"ul. Piotrkowska", "ul. Długa", "al. Jerozolimskie",
                                           "ul. Ogrodowa", "os. Słoneczne"};
static const char *const towns_pl_h[] = {"90-006 Łódź", "80-831 Gdańsk", "00-697 Warszawa",
                                         "31-042 Kraków", "50-077 Wrocław"};
static const char *const streets_tr_h[] = {"Bağdat Cad.", "Atatürk Blv.", "Çiçek Sok.",
                                           "İstiklal Cad.", "Menekşe Sok."};
static const char *const towns_tr_h[] = {"34728 Kadıköy/İstanbul", "06690 Çankaya/Ankara",
                                         "35220 Konak/İzmir", "16110 Nilüfer/Bursa"};
static const char *const words_fr_h[] = {
    "copropriétaire", "injoignable", "le",      "soir",  "rappeler", "après",  "son",
    "divorce",        "Mme",         "règle",   "en",    "retard",   "depuis", "mars",
    "fils",           "sous",        "tutelle", "dégât", "des",      "eaux",   "chez",
    "elle",           "voisin"};
static const char *const words_it_h[] = {
    "lasciare", "il",     "pacco",      "alla",    "portineria", "mio",       "marito",
    "ritira",   "sabato", "citofonare", "secondo", "piano",      "allergico", "ai",
    "solfiti",  "regalo", "per",        "mia",     "suocera",    "non",       "suonare"};
static const char *const words_br_h[] = {
    "cliente", "pediu",   "para",    "ligar",  "depois",  "das",      "18h",
    "telhado", "com",     "goteira", "esposa", "grávida", "cachorro", "bravo",
    "no",      "quintal", "pagou",   "via",    "boleto",  "vizinho",  "reclamou"};
static const char *const words_nl_h[] = {"medewerker",  "is",        "met",   "ouderschapsverlof",
                                         "fiets",       "gestolen",  "bij",   "station",
                                         "aangifte",    "gedaan",    "wil",   "graag",
                                         "terugbellen", "na",        "de",    "verhuizing",
                                         "nieuwe",      "werkgever", "vanaf", "juni"};
static const char *const words_pl_h[] = {
    "klient", "twierdzi", "że",    "czajnik",  "przecieka", "proszę",     "dzwonić",
    "po",     "16",       "mąż",   "odbierze", "paczkę",    "reklamacja", "odrzucona",
    "brak",   "paragonu", "zwrot", "na",       "konto",     "żony"};
static const char *const words_tr_h[] = {
    "müşteri", "saçını",      "boyatmak", "istiyor",  "hamile",    "olduğu", "için",
    "amonyak", "kullanmayın", "eşi",      "arayacak", "randevuyu", "iptal",  "etti",
    "cilt",    "alerjisi",    "var",      "kızı",     "ile",       "geliyor"};
/* look-alikes */
static const char *const civ_h[] = {"M.", "Mme", "M. et Mme", "Indivision", "SCI"};
static const char *const residences_h[] = {"Résidence Victor Hugo", "Le Clos Saint-Exupéry",
                                           "Villa Marie Curie", "Les Jardins de Colette",
                                           "Résidence Jules Verne"};
static const char *const syndic_addr_h[] = {"Cabinet Foncia Part-Dieu, 40 rue Servient, 69003 Lyon",
                                            "Nexity Syndic, 12 quai Duguay-Trouin, 35000 Rennes",
                                            "Citya Capitole, 5 place Wilson, 31000 Toulouse"};
static const char *const templates_fr_h[] = {
    "Madame, Monsieur {NOM}, votre appel de fonds du {TRIMESTRE} reste impayé.",
    "Bonjour {{prenom}}, l'assemblée générale aura lieu le {{date_ag}}.",
    "Cher(e) copropriétaire %NOM%, merci de régler la somme de %MONTANT% EUR."};
static const char *const caves_h[] = {"Tenuta Don Aurelio", "Cascina Bartolomeo",
                                      "Fattoria Santa Lucia", "Cantina Giuseppe Garibaldi",
                                      "Poderi Leonardo"};
static const char *const wines_h[] = {"Brunello di Montalcino",  "Amarone della Valpolicella",
                                      "Barolo Riserva",          "Lacryma Christi del Vesuvio",
                                      "Montepulciano d'Abruzzo", "Vermentino di Gallura"};
static const char *const sconti_h[] = {"VENDEMMIA10", "SOCIO2026", "NATALE15", "BENVENUTO"};
static const char *const pec_h[] = {"amministrazione@pec.tenutadonaurelio.example.it",
                                    "ordini@pec.cascinabartolomeo.example.it",
                                    "info@pec.fattoriasantalucia.example.it"};
static const char *const razao_h[] = {"Solar Santos Dumont Ltda", "Energia Tiradentes ME",
                                      "Irmãos Bittencourt Engenharia Ltda",
                                      "Sol de Minas Instalações EIRELI", "Luz Chico Mendes Ltda"};
static const char *const inversores_h[] = {"Growatt MIN 5000TL-X", "Fronius Primo 6.0-1",
                                           "WEG SIW200G M050", "Deye SUN-8K-G05"};
static const char *const werkgevers_h[] = {"Albert Heijn B.V.", "Jan de Rijk Logistics",
                                           "Fokker Services", "Koninklijke Philips N.V.",
                                           "Bakkerij Van der Meulen"};
static const char *const hr_mail_h[] = {"hr@albertheijn.example.nl",
                                        "fietsplan@janderijk.example.nl",
                                        "personeelszaken@fokker.example.nl"};
static const char *const fietsen_h[] = {"Gazelle Ultimate C380", "VanMoof S5",
                                        "Cortina E-U4 Transport", "Batavus Finez E-go",
                                        "Sparta d-Burst"};
static const char *const produkty_h[] = {
    "Lampa biurkowa Kopernik", "Kubek Chopin 350 ml", "Czajnik Zelmer ZCK7921",
    "Zestaw klocków Maria Skłodowska", "Odkurzacz Jan Kowalski Edition"};
static const char *const magazyny_h[] = {"Magazyn Centralny, ul. Logistyczna 8, 95-040 Stryków",
                                         "Centrum Zwrotów, ul. Magazynowa 3, 62-023 Gądki"};
static const char *const subeler_h[] = {"Nişantaşı Şubesi", "Atatürk Bulvarı Şubesi",
                                        "Kadıköy Moda Şubesi", "Mimar Sinan Şubesi"};
static const char *const hizmetler_h[] = {"Keratin bakım", "Fön",      "Manikür",
                                          "Ombre boya",    "Kaş alma", "Gelin başı"};
static const char *const sablon_tr_h[] = {
    "Sayın {AD_SOYAD}, {TARIH} tarihli randevunuz onaylanmıştır.",
    "Merhaba {{musteri_adi}}, doğum gününüz kutlu olsun! %20 indirim sizi bekliyor.",
    "Sayın %ADSOYAD%, randevunuza 1 saat kaldı."};

enum {
	G7_FIRST = 3000,       /* above every G6_*: build_db() hands them to value7() */
	G7_NAME_FR = G7_FIRST, /* "BROSSARD Solène" */
	G7_NAME_IT,            /* "Ottavio Scognamiglio" */
	G7_NAME_BR,            /* "Raissa Figueiredo Nascimento" */
	G7_NAME_NL,            /* "Sjoerd van Dijkhuizen", "S.J. van Dijkhuizen" */
	G7_GIVEN_PL,           /* a Polish given name alone */
	G7_SURNAME_PL,         /* a Polish surname alone */
	G7_NAME_TR,            /* "Zeynep Öztürk" */
	G7_EMAIL_FR,
	G7_EMAIL_IT,
	G7_EMAIL_BR,
	G7_EMAIL_NL,
	G7_EMAIL_PL,
	G7_EMAIL_TR,
	G7_PHONE_FR,    /* 06 12 34 56 78 */
	G7_PHONE_IT,    /* +39 347 123 4567 */
	G7_PHONE_BR,    /* (11) 98765-4321 */
	G7_PHONE_BR_WA, /* +55 21 99876-5432 */
	G7_PHONE_NL,    /* 06-12345678 */
	G7_PHONE_PL,    /* +48 601 234 567 */
	G7_PHONE_TR,    /* 0532 123 45 67 */
	G7_ADDR_FR,     /* "12 bis rue des Tanneurs, 69001 Lyon" */
	G7_ADDR_IT,     /* "Via Garibaldi 12, 40121 Bologna BO" */
	G7_ADDR_BR,     /* "Rua das Palmeiras, 245, apto 32 - Savassi, ..." */
	G7_ADDR_NL,     /* "Prinsengracht 263-1, 1016 GV Amsterdam" */
	G7_ADDR_PL,     /* "ul. Piotrkowska 104 m. 7, 90-006 Łódź" */
	G7_ADDR_TR,     /* "Bağdat Cad. No: 45 D: 7, 34728 Kadıköy/İstanbul" */
	G7_BIRTH_SLASH, /* 14/03/1987 */
	G7_BIRTH_DASH,  /* 14-03-1987 */
	G7_BIRTH_DOT,   /* 14.03.1987 */
	G7_NIR,         /* 1 87 03 75 116 234 56 */
	G7_CF,          /* RSSMRA87C14F205X */
	G7_CPF,         /* 123.456.789-09 */
	G7_RG,          /* 12.345.678-9 */
	G7_BSN,         /* 9 digits, eleven-test */
	G7_PESEL,
	G7_DOWOD, /* ABA300000 */
	G7_TCKN,
	G7_CARD_IT, /* 4970 1012 3456 7890 */
	G7_CARD_BR, /* 5502123412341234 */
	G7_CARD_PL, /* 4242 42** **** 4242 */
	G7_CARD_TR, /* 540061******1234 */
	G7_IBAN_FR, /* FR76 3000 4000 ... */
	G7_IBAN_NL, /* NL91ABNA0417164300 */
	G7_IBAN_PL, /* PL61 1090 1014 ... */
	G7_IBAN_TR, /* TR33 0006 1005 ... */
	G7_IP4,
	G7_IP6,
	G7_LAT_BR,    /* -23.x */
	G7_LON_BR,    /* -46.x */
	G7_LATLON_TR, /* "41.0082,28.9784" */
	G7_PROSE_FR,
	G7_PROSE_IT,
	G7_PROSE_BR,
	G7_PROSE_NL,
	G7_PROSE_PL,
	G7_PROSE_TR,
	/* look-alikes without PII */
	G7_REF_CP, /* CP-001234 */
	G7_CIV,
	G7_LOT, /* Lot 12 - Bât. B */
	G7_TANTIEMES,
	G7_RESIDENCE,    /* residences named after people */
	G7_SYNDIC_ADDR,  /* a managing agent's office */
	G7_PHONE_FR_BIZ, /* 01 42 68 53 00 */
	G7_SIRET,
	G7_TVA_FR, /* FR 32 123456789 */
	G7_TEMPLATE_FR,
	G7_AMOUNT,
	G7_SOCIO, /* SOC-2026-0042 */
	G7_PIVA,  /* 11 digits */
	G7_CAVE,  /* wineries named after people */
	G7_WINE,
	G7_YEAR,
	G7_CAP,          /* a postcode alone */
	G7_PHONE_IT_BIZ, /* 0577 123456 */
	G7_PEC,          /* a winery's certified mailbox */
	G7_SCONTO,
	G7_CLI_BR, /* CLI-BR-00451 */
	G7_CNPJ,   /* 12.345.678/0001-95 */
	G7_RAZAO,  /* companies named after people */
	G7_KWP,
	G7_INVERSOR,
	G7_PROTOCOLO,    /* 2026.0412.558714 */
	G7_SAC,          /* 0800 725 4455 */
	G7_DEELNEMER,    /* FL-004512 */
	G7_WERKGEVER,    /* employers named after people */
	G7_KVK,          /* 8 digits */
	G7_PHONE_NL_BIZ, /* 020 512 3456 */
	G7_HR_MAIL,      /* an employer's shared mailbox */
	G7_FIETS,
	G7_FRAME,       /* WGZ123456789 */
	G7_POSTCODE_NL, /* 1012 AB */
	G7_RMA,         /* RMA/2026/04512 */
	G7_NIP,         /* 123-456-32-18 */
	G7_REGON,
	G7_PRODUKT, /* products named after people */
	G7_EAN,
	G7_MAGAZYN,   /* a warehouse's address */
	G7_PACZKOMAT, /* WAW123M */
	G7_MUSTERI,   /* MS-004512 */
	G7_VKN,       /* 10 digits */
	G7_SUBE,      /* branches named after people */
	G7_HIZMET,
	G7_PERSONEL,     /* STF-17 */
	G7_PHONE_TR_BIZ, /* 0212 345 67 89 */
	G7_SABLON_TR
};

static const struct {
	int g;
	const char *const *v;
	size_t n;
} lists7[] = {
    LIST(G7_CIV, civ_h),
    LIST(G7_RESIDENCE, residences_h),
    LIST(G7_SYNDIC_ADDR, syndic_addr_h),
    LIST(G7_TEMPLATE_FR, templates_fr_h),
    LIST(G7_CAVE, caves_h),
    LIST(G7_WINE, wines_h),
    LIST(G7_SCONTO, sconti_h),
    LIST(G7_PEC, pec_h),
    LIST(G7_RAZAO, razao_h),
    LIST(G7_INVERSOR, inversores_h),
    LIST(G7_WERKGEVER, werkgevers_h),
    LIST(G7_HR_MAIL, hr_mail_h),
    LIST(G7_FIETS, fietsen_h),
    LIST(G7_PRODUKT, produkty_h),
    LIST(G7_MAGAZYN, magazyny_h),
    LIST(G7_SUBE, subeler_h),
    LIST(G7_HIZMET, hizmetler_h),
    LIST(G7_SABLON_TR, sablon_tr_h),
};

/* free text: a word list and the fewest words drawn (up to seven more) */
static const struct {
	int g;
	const char *const *w;
	unsigned nw, min;
} prose7[] = {
#define PROSE7(g, a, k) {g, a, sizeof(a) / sizeof((a)[0]), k}
    PROSE7(G7_PROSE_FR, words_fr_h, 7), PROSE7(G7_PROSE_IT, words_it_h, 6),
    PROSE7(G7_PROSE_BR, words_br_h, 7), PROSE7(G7_PROSE_NL, words_nl_h, 6),
    PROSE7(G7_PROSE_PL, words_pl_h, 6), PROSE7(G7_PROSE_TR, words_tr_h, 6),
#undef PROSE7
};

/* the ASCII e-mail part of a name, each letter from[i] written to[i] */
static void mail_ascii(char *o, size_t n, const char *s, const char *const *from, size_t nf,
                       const char *to)
{
	char buf[128];
	size_t k = 0, i;
	for (; *s && k + 1 < sizeof buf; s++) {
		for (i = 0; i < nf; i++)
			if (!strncmp(s, from[i], strlen(from[i])))
				break;
		if (i < nf) {
			buf[k++] = to[i];
			s += strlen(from[i]) - 1;
		} else if (*s != ' ' && *s != '\'')
			buf[k++] = *s;
	}
	buf[k] = 0;
	mail_part(o, n, buf);
}

/* Polish and Turkish letters included: "Wróblewska" -> "wroblewska",
 * "Aydoğan" -> "aydogan" */
static void mail7(char *o, size_t n, const char *s)
{
	static const char *const from[] = {"ł", "ś", "ż", "ź", "ć", "ń", "ą", "ę", "ı", "ğ",
	                                   "ş", "İ", "Ş", "Ç", "Ö", "Ü", "Ł", "Ś", "Ż"};
	mail_ascii(o, n, s, from, sizeof from / sizeof from[0], "lszzcnaeigsiscoulsz");
}

/* an IBAN from its country and BBAN (digits and capitals), grouped by
 * four or not */
static void iban7(char *o, size_t n, const char *cc, const char *bban, bool groups)
{
	char buf[96], raw[48];
	size_t k, len = 0;
	const char *p;
	char tail[8];
	snprintf(tail, sizeof tail, "%s00", cc);
	for (p = bban; *p; p++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%d",
		                        *p >= 'A' ? *p - 'A' + 10 : *p - '0');
	for (p = tail; *p; p++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%d",
		                        *p >= 'A' ? *p - 'A' + 10 : *p - '0');
	snprintf(raw, sizeof raw, "%s%02u%s", cc, iban_check(buf), bban);
	for (k = 0, len = 0; raw[k] && len + 2 < n; k++) {
		if (groups && k && k % 4 == 0)
			o[len++] = ' ';
		o[len++] = raw[k];
	}
	o[len] = 0;
}

/* the codice fiscale's check letter */
static char cf_check(const char *s)
{
	static const int odd[] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
	                          20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
	int sum = 0, i;
	for (i = 0; i < 15; i++) {
		int v = s[i] >= 'A' ? s[i] - 'A' : s[i] - '0';
		sum += i % 2 == 0 ? odd[v] : v;
	}
	return (char)('A' + sum % 26);
}

/* CPF and CNPJ check digits: weights from w down */
static int mod11_br(const char *d, int len, const int *w)
{
	int sum = 0, i, r;
	for (i = 0; i < len; i++)
		sum += (d[i] - '0') * w[i];
	r = sum % 11;
	return r < 2 ? 0 : 11 - r;
}

static void value7(int g, char *o, size_t n)
{
	char d[64], e[64], f[64];
	unsigned y, m, day, k;
	int i, sum;
	for (k = 0; k < sizeof lists7 / sizeof lists7[0]; k++)
		if (lists7[k].g == g) {
			snprintf(o, n, "%s", lists7[k].v[rnd((unsigned)lists7[k].n)]);
			return;
		}
	y = 1948 + rnd(58);
	m = 1 + rnd(12);
	day = 1 + rnd(28);
	for (k = 0; k < sizeof prose7 / sizeof prose7[0]; k++)
		if (prose7[k].g == g) {
			prose6(o, n, prose7[k].w, prose7[k].nw, prose7[k].min + rnd(8));
			return;
		}
	switch (g) {
	case G7_NAME_FR:
		snprintf(e, sizeof e, "%s", PICK(last_fr_h));
		if (rnd(2)) {
			for (k = 0; e[k]; k++)
				if (e[k] >= 'a' && e[k] <= 'z')
					e[k] = (char)(e[k] - 32);
			snprintf(o, n, "%s %s", e, PICK(first_fr_h));
		} else
			snprintf(o, n, "%s %s", PICK(first_fr_h), e);
		break;
	case G7_NAME_IT:
		snprintf(o, n, "%s %s", PICK(first_it_h), PICK(last_it_h));
		break;
	case G7_NAME_BR:
		snprintf(o, n, "%s %s %s", PICK(first_br_h), PICK(last_br_h), PICK(last_br_h));
		break;
	case G7_NAME_NL:
		snprintf(e, sizeof e, "%s", PICK(first_nl_h));
		if (rnd(3) == 0)
			snprintf(o, n, "%c.%c. %s", e[0], "JPAMW"[rnd(5)], PICK(last_nl_h));
		else
			snprintf(o, n, "%s %s", e, PICK(last_nl_h));
		break;
	case G7_GIVEN_PL:
		snprintf(o, n, "%s", first_pl_h[rnd(2)][rnd(3)]);
		break;
	case G7_SURNAME_PL:
		snprintf(o, n, "%s", last_pl_h[rnd(2)][rnd(3)]);
		break;
	case G7_NAME_TR:
		snprintf(o, n, "%s %s", PICK(first_tr_h), PICK(last_tr_h));
		break;
	case G7_EMAIL_FR:
		mail7(e, sizeof e, PICK(first_fr_h));
		mail7(f, sizeof f, PICK(last_fr_h));
		snprintf(o, n, "%s.%s@orange.example.fr", e, f);
		break;
	case G7_EMAIL_IT:
		mail7(e, sizeof e, PICK(first_it_h));
		mail7(f, sizeof f, PICK(last_it_h));
		snprintf(o, n, "%s%s%u@libero.example.it", e, f, y % 100);
		break;
	case G7_EMAIL_BR:
		mail7(e, sizeof e, PICK(first_br_h));
		mail7(f, sizeof f, PICK(last_br_h));
		snprintf(o, n, "%s_%s@uol.example.com.br", e, f);
		break;
	case G7_EMAIL_NL:
		mail7(e, sizeof e, PICK(first_nl_h));
		mail7(f, sizeof f, PICK(last_nl_h));
		snprintf(o, n, "%c.%s@ziggo.example.nl", e[0], f);
		break;
	case G7_EMAIL_PL:
		k = rnd(2);
		mail7(e, sizeof e, first_pl_h[k][rnd(3)]);
		mail7(f, sizeof f, last_pl_h[k][rnd(3)]);
		snprintf(o, n, "%s.%s@wp.example.pl", e, f);
		break;
	case G7_EMAIL_TR:
		mail7(e, sizeof e, PICK(first_tr_h));
		mail7(f, sizeof f, PICK(last_tr_h));
		snprintf(o, n, "%s%s%u@hotmail.example.com.tr", e, f, y);
		break;
	case G7_PHONE_FR:
		if (rnd(3))
			snprintf(o, n, "0%u %02u %02u %02u %02u", 6 + rnd(2), rnd(100), rnd(100),
			         rnd(100), rnd(100));
		else
			snprintf(o, n, "+33 %u %02u %02u %02u %02u", 6 + rnd(2), rnd(100), rnd(100),
			         rnd(100), rnd(100));
		break;
	case G7_PHONE_IT:
		if (rnd(2))
			snprintf(o, n, "+39 3%02u %03u %04u", 20 + rnd(80), rnd(1000), rnd(10000));
		else
			snprintf(o, n, "3%02u %07u", 20 + rnd(80), rnd(10000000));
		break;
	case G7_PHONE_BR:
		snprintf(o, n, "(%u) 9%04u-%04u", 11 + rnd(80), rnd(10000), rnd(10000));
		break;
	case G7_PHONE_BR_WA:
		snprintf(o, n, "+55 %u 9%04u-%04u", 11 + rnd(80), rnd(10000), rnd(10000));
		break;
	case G7_PHONE_NL:
		if (rnd(2))
			snprintf(o, n, "06-%08u", rnd(100000000));
		else
			snprintf(o, n, "+31 6 %08u", rnd(100000000));
		break;
	case G7_PHONE_PL:
		if (rnd(2))
			snprintf(o, n, "+48 %u%02u %03u %03u", 5 + rnd(4), rnd(100), rnd(1000),
			         rnd(1000));
		else
			snprintf(o, n, "%u%02u-%03u-%03u", 5 + rnd(4), rnd(100), rnd(1000),
			         rnd(1000));
		break;
	case G7_PHONE_TR:
		snprintf(o, n, "05%02u %03u %02u %02u", 30 + rnd(30), rnd(1000), rnd(100),
		         rnd(100));
		break;
	case G7_ADDR_FR:
		if (rnd(3) == 0)
			snprintf(o, n, "Appt %u%c, %u %s, %s", 1 + rnd(6), 'A' + rnd(4),
			         1 + rnd(90), PICK(streets_fr_h), PICK(towns_fr_h));
		else
			snprintf(o, n, "%u%s %s, %s", 1 + rnd(90), rnd(4) ? "" : " bis",
			         PICK(streets_fr_h), PICK(towns_fr_h));
		break;
	case G7_ADDR_IT:
		snprintf(o, n, "%s %u%s, %s", PICK(streets_it_h), 1 + rnd(150), rnd(4) ? "" : "/B",
		         PICK(towns_it_h));
		break;
	case G7_ADDR_BR:
		snprintf(o, n, "%s, %u, apto %u - %s", PICK(streets_br_h), 10 + rnd(2000),
		         11 + rnd(150), PICK(towns_br_h));
		break;
	case G7_ADDR_NL:
		snprintf(o, n, "%s %u%s, %s", PICK(streets_nl_h), 1 + rnd(400), rnd(3) ? "" : "-2",
		         PICK(towns_nl_h));
		break;
	case G7_ADDR_PL:
		snprintf(o, n, "%s %u m. %u, %s", PICK(streets_pl_h), 1 + rnd(200), 1 + rnd(60),
		         PICK(towns_pl_h));
		break;
	case G7_ADDR_TR:
		snprintf(o, n, "%s No: %u D: %u, %s", PICK(streets_tr_h), 1 + rnd(200), 1 + rnd(20),
		         PICK(towns_tr_h));
		break;
	case G7_BIRTH_SLASH:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G7_BIRTH_DASH:
		snprintf(o, n, "%02u-%02u-%u", day, m, y);
		break;
	case G7_BIRTH_DOT:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G7_NIR: {
		/* sex, year, month, department, commune, order; key = 97 - n % 97 */
		unsigned long long v;
		snprintf(d, sizeof d, "%u%02u%02u%02u%03u%03u", 1 + rnd(2), y % 100, m, 1 + rnd(95),
		         1 + rnd(900), 1 + rnd(999));
		v = strtoull(d, NULL, 10);
		if (rnd(2))
			snprintf(o, n, "%c %.2s %.2s %.2s %.3s %.3s %02u", d[0], d + 1, d + 3,
			         d + 5, d + 7, d + 10, (unsigned)(97 - v % 97));
		else
			snprintf(o, n, "%s%02u", d, (unsigned)(97 - v % 97));
		break;
	}
	case G7_CF:
		for (k = 0; k < 6; k++)
			d[k] = "BCDFGLMNPRSTVZ"[rnd(14)];
		snprintf(d + 6, sizeof d - 6, "%02u%c%02u%c%03u", y % 100, "ABCDEHLMPRST"[m - 1],
		         day + (rnd(2) ? 40 : 0), "FHLA"[rnd(4)], 1 + rnd(999));
		d[15] = cf_check(d);
		d[16] = 0;
		snprintf(o, n, "%s", d);
		break;
	case G7_CPF: {
		static const int w1[] = {10, 9, 8, 7, 6, 5, 4, 3, 2},
		                 w2[] = {11, 10, 9, 8, 7, 6, 5, 4, 3, 2};
		digits(d, 9);
		d[9] = (char)('0' + mod11_br(d, 9, w1));
		d[10] = (char)('0' + mod11_br(d, 10, w2));
		d[11] = 0;
		snprintf(o, n, "%.3s.%.3s.%.3s-%.2s", d, d + 3, d + 6, d + 9);
		break;
	}
	case G7_RG:
		/* São Paulo RG: weights 2..9, check 11 - sum % 11 (10 = X, 11 = 0) */
		digits(d, 8);
		for (i = 0, sum = 0; i < 8; i++)
			sum += (d[i] - '0') * (i + 2);
		sum = 11 - sum % 11;
		snprintf(o, n, "%.2s.%.3s.%.3s-%c", d, d + 2, d + 5,
		         sum == 10   ? 'X'
		         : sum == 11 ? '0'
		                     : (char)('0' + sum));
		break;
	case G7_BSN:
		/* eleven-test: 9a + 8b + ... + 2h - i = 0 (mod 11) */
		do {
			digits(d, 8);
			for (i = 0, sum = 0; i < 8; i++)
				sum += (d[i] - '0') * (9 - i);
		} while (sum % 11 == 10 || d[0] == '0');
		d[8] = (char)('0' + sum % 11);
		d[9] = 0;
		snprintf(o, n, "%s", d);
		break;
	case G7_PESEL: {
		static const int w[] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
		snprintf(d, sizeof d, "%02u%02u%02u", y % 100, m + (y >= 2000 ? 20 : 0), day);
		digits(d + 6, 4);
		for (i = 0, sum = 0; i < 10; i++)
			sum += (d[i] - '0') * w[i];
		d[10] = (char)('0' + (10 - sum % 10) % 10);
		d[11] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G7_DOWOD: {
		/* three letters, the check digit, five digits; weights 7 3 1 9 7 3 1 7 3 */
		static const int w[] = {7, 3, 1, 0, 7, 3, 1, 7, 3};
		for (k = 0; k < 3; k++)
			d[k] = (char)('A' + rnd(26));
		digits(d + 3, 6);
		for (i = 0, sum = 0; i < 9; i++)
			sum += (i < 3 ? d[i] - 'A' + 10 : d[i] - '0') * w[i];
		d[3] = (char)('0' + sum % 10);
		snprintf(o, n, "%s", d);
		break;
	}
	case G7_TCKN: {
		int odd = 0, even = 0;
		digits(d, 9);
		d[0] = (char)('1' + rnd(9));
		for (i = 0; i < 9; i++)
			if (i % 2 == 0)
				odd += d[i] - '0';
			else
				even += d[i] - '0';
		d[9] = (char)('0' + ((odd * 7 - even) % 10 + 10) % 10);
		for (i = 0, sum = 0; i < 10; i++)
			sum += d[i] - '0';
		d[10] = (char)('0' + sum % 10);
		d[11] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G7_CARD_IT:
		card6(d, '4');
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G7_CARD_BR:
		card6(d, '5');
		snprintf(o, n, "%s", d);
		break;
	case G7_CARD_PL:
		card6(d, '4');
		snprintf(o, n, "%.4s %.2s** **** %.4s", d, d + 4, d + 12);
		break;
	case G7_CARD_TR:
		card6(d, '5');
		snprintf(o, n, "%.6s******%.4s", d, d + 12);
		break;
	case G7_IBAN_FR:
		digits(d, 23);
		iban7(o, n, "FR", d, true);
		break;
	case G7_IBAN_NL:
		snprintf(d, sizeof d, "%s",
		         (const char *[]){"ABNA", "INGB", "RABO", "SNSB"}[rnd(4)]);
		digits(d + 4, 10);
		iban7(o, n, "NL", d, rnd(2));
		break;
	case G7_IBAN_PL:
		digits(d, 24);
		iban7(o, n, "PL", d, true);
		break;
	case G7_IBAN_TR:
		digits(d, 22);
		d[5] = '0';
		iban7(o, n, "TR", d, true);
		break;
	case G7_IP4:
		snprintf(o, n, "%u.%u.%u.%u", 78 + rnd(100), rnd(256), rnd(256), 1 + rnd(254));
		break;
	case G7_IP6:
		snprintf(o, n, "2a02:a4%02x:%x:%x::%x", rnd(256), rnd(65536), rnd(65536),
		         1 + rnd(65535));
		break;
	case G7_LAT_BR:
		snprintf(o, n, "%.6f", -23.4 - rnd(300000) / 1e6);
		break;
	case G7_LON_BR:
		snprintf(o, n, "%.6f", -46.5 - rnd(300000) / 1e6);
		break;
	case G7_LATLON_TR:
		snprintf(o, n, "%.4f,%.4f", 40.95 + rnd(1500) / 1e4, 28.85 + rnd(3000) / 1e4);
		break;
	case G7_REF_CP:
		snprintf(o, n, "CP-%06u", rnd(1000000));
		break;
	case G7_LOT:
		snprintf(o, n, "Lot %u - Bât. %c", 1 + rnd(80), 'A' + rnd(4));
		break;
	case G7_TANTIEMES:
	case G7_KWP:
		snprintf(o, n, "%u", g == G7_KWP ? 3 + rnd(12) : 50 + rnd(400));
		break;
	case G7_PHONE_FR_BIZ:
		snprintf(o, n, "0%u %02u %02u %02u 00", 1 + rnd(5), rnd(100), rnd(100), rnd(100));
		break;
	case G7_SIRET:
		digits(d, 13);
		d[0] = (char)('3' + rnd(6));
		luhn_fill(d, 9);
		digits(d + 9, 4);
		d[9] = '0';
		d[10] = '0';
		luhn_fill(d, 14);
		snprintf(o, n, "%.3s %.3s %.3s %.5s", d, d + 3, d + 6, d + 9);
		break;
	case G7_TVA_FR: {
		unsigned long siren;
		digits(d, 9);
		d[0] = (char)('3' + rnd(6));
		luhn_fill(d, 9);
		siren = strtoul(d, NULL, 10);
		snprintf(o, n, "FR%02lu%s", (12 + 3 * (siren % 97)) % 97, d);
		break;
	}
	case G7_AMOUNT:
		snprintf(o, n, "%u,%02u", 10 + rnd(4000), rnd(100));
		break;
	case G7_SOCIO:
		snprintf(o, n, "SOC-%u-%04u", 2019 + rnd(8), rnd(10000));
		break;
	case G7_PIVA:
		digits(d, 11);
		d[0] = '0';
		luhn_fill(d, 11);
		snprintf(o, n, "%s", d);
		break;
	case G7_YEAR:
		snprintf(o, n, "%u", 2008 + rnd(17));
		break;
	case G7_CAP:
		snprintf(o, n, "%05u", 10000 + rnd(89999));
		break;
	case G7_PHONE_IT_BIZ:
		snprintf(o, n, "0%u %06u", 500 + rnd(300), rnd(1000000));
		break;
	case G7_CLI_BR:
		snprintf(o, n, "CLI-BR-%05u", rnd(100000));
		break;
	case G7_CNPJ: {
		static const int w1[] = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2},
		                 w2[] = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
		digits(d, 8);
		snprintf(d + 8, sizeof d - 8, "000%u", 1 + rnd(3));
		d[12] = (char)('0' + mod11_br(d, 12, w1));
		d[13] = (char)('0' + mod11_br(d, 13, w2));
		d[14] = 0;
		snprintf(o, n, "%.2s.%.3s.%.3s/%.4s-%.2s", d, d + 2, d + 5, d + 8, d + 12);
		break;
	}
	case G7_PROTOCOLO:
		snprintf(o, n, "%u.%02u%02u.%06u", 2024 + rnd(3), m, day, rnd(1000000));
		break;
	case G7_SAC:
		snprintf(o, n, "0800 %03u %04u", rnd(1000), rnd(10000));
		break;
	case G7_DEELNEMER:
		snprintf(o, n, "FL-%06u", rnd(1000000));
		break;
	case G7_KVK:
		snprintf(o, n, "%08u", 10000000 + rnd(89999999));
		break;
	case G7_PHONE_NL_BIZ:
		snprintf(o, n, "0%u %03u %04u", 10 + rnd(70), rnd(1000), rnd(10000));
		break;
	case G7_FRAME:
		snprintf(o, n, "%c%c%c%09u", 'A' + rnd(26), 'A' + rnd(26), 'A' + rnd(26),
		         rnd(1000000000));
		break;
	case G7_POSTCODE_NL:
		snprintf(o, n, "%u %c%c", 1000 + rnd(9000), 'A' + rnd(26), 'A' + rnd(26));
		break;
	case G7_RMA:
		snprintf(o, n, "RMA/%u/%05u", 2025 + rnd(2), rnd(100000));
		break;
	case G7_NIP: {
		static const int w[] = {6, 5, 7, 2, 3, 4, 5, 6, 7};
		do {
			digits(d, 9);
			d[0] = (char)('1' + rnd(9));
			for (i = 0, sum = 0; i < 9; i++)
				sum += (d[i] - '0') * w[i];
		} while (sum % 11 == 10);
		d[9] = (char)('0' + sum % 11);
		d[10] = 0;
		snprintf(o, n, "%.3s-%.3s-%.2s-%.2s", d, d + 3, d + 6, d + 8);
		break;
	}
	case G7_REGON: {
		static const int w[] = {8, 9, 2, 3, 4, 5, 6, 7};
		digits(d, 8);
		for (i = 0, sum = 0; i < 8; i++)
			sum += (d[i] - '0') * w[i];
		d[8] = (char)('0' + sum % 11 % 10);
		d[9] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G7_EAN:
		snprintf(d, sizeof d, "590");
		digits(d + 3, 9);
		for (i = 0, sum = 0; i < 12; i++)
			sum += (d[i] - '0') * (i % 2 ? 3 : 1);
		d[12] = (char)('0' + (10 - sum % 10) % 10);
		d[13] = 0;
		snprintf(o, n, "%s", d);
		break;
	case G7_PACZKOMAT:
		snprintf(o, n, "%s%02u%c", (const char *[]){"WAW", "KRA", "GDA", "POZ"}[rnd(4)],
		         1 + rnd(99), "MANP"[rnd(4)]);
		break;
	case G7_MUSTERI:
		snprintf(o, n, "MS-%06u", rnd(1000000));
		break;
	case G7_VKN:
		/* the Turkish tax number's check digit */
		digits(d, 9);
		for (i = 0, sum = 0; i < 9; i++) {
			int t = (d[i] - '0' + 9 - i) % 10, p = t ? (t << (9 - i)) % 9 : 0;
			sum += t && !p ? 9 : p;
		}
		d[9] = (char)('0' + (10 - sum % 10) % 10);
		d[10] = 0;
		snprintf(o, n, "%s", d);
		break;
	case G7_PERSONEL:
		snprintf(o, n, "STF-%02u", 1 + rnd(60));
		break;
	case G7_PHONE_TR_BIZ:
		snprintf(o, n, "0%u %03u %02u %02u", 212 + rnd(2) * 4, rnd(1000), rnd(100),
		         rnd(100));
		break;
	default:
		o[0] = 0; /* drawn from lists7[] above */
		break;
	}
}

/* ------------------------------------------------- fold 8 (blind) */

/* A ninth set for the eighth held-out fold, written blind like the fourth
 * to seventh (its author read neither src/map/pii.c, nor its unit tests,
 * nor the lexicon files, nor the rules in docs/pii.md): a Swedish
 * preschool's guardians, a Finnish marina's berth holders (legacy UPPER
 * names), a Czech library's readers (Czech camelCase), a Romanian
 * pharmacy's loyalty club, a Hungarian driving school and a Ukrainian
 * coworking space (Cyrillic and transliterated names), with column names in
 * those languages, some mixed with English. Given names, surnames, streets
 * and towns of those countries, in no other set. Its generators are kept
 * apart from the other folds' (build_db() hands G8_* to value8()). */
static const char *const first_se_i[] = {"Linnéa", "Björn", "Ebba", "Hampus", "Sigvard", "Tuva"};
static const char *const last_se_i[] = {"Bergqvist", "Sjöström", "Åkesson", "Wallin", "Hedlund"};
static const char *const first_fi_i[] = {"Aino", "Eetu", "Kerttu", "Onni", "Siiri", "Veikko"};
static const char *const last_fi_i[] = {"Korhonen", "Mäkinen", "Heikkilä", "Räsänen",
                                        "Leppänen"};
/* Czech surnames agree with the given name's gender */
static const char *const first_cz_i[2][3] = {{"Vojtěch", "Bohumil", "Přemysl"},
                                             {"Anežka", "Radka", "Zdeňka"}};
static const char *const last_cz_i[2][4] = {{"Dvořák", "Procházka", "Kučera", "Svoboda"},
                                            {"Dvořáková", "Procházková", "Kučerová", "Svobodová"}};
static const char *const first_ro_i[] = {"Ioana", "Răzvan", "Ilinca", "Mircea", "Dorina", "Tudor"};
static const char *const last_ro_i[] = {"Dumitrescu", "Constantinescu", "Vasilescu", "Munteanu",
                                        "Stănescu"};
static const char *const first_hu_i[] = {"Bence", "Réka", "Zsolt", "Ildikó", "Levente", "Enikő"};
static const char *const first_hu_f_i[] = {"Erzsébet", "Katalin", "Gizella", "Piroska"};
static const char *const last_hu_i[] = {"Kovács", "Szabó", "Tóth", "Farkas", "Horváth"};
/* Ukrainian: [sex][k], the transliteration at the same place */
static const char *const ua_first_i[2][3] = {{"Остап", "Мирослав", "Ярема"},
                                             {"Олена", "Соломія", "Оксана"}};
static const char *const ua_first_lat_i[2][3] = {{"Ostap", "Myroslav", "Yarema"},
                                                 {"Olena", "Solomiia", "Oksana"}};
static const char *const ua_last_i[] = {"Шевчук", "Бондаренко", "Ткаченко", "Кравчук",
                                        "Мельничук"};
static const char *const ua_last_lat_i[] = {"Shevchuk", "Bondarenko", "Tkachenko", "Kravchuk",
                                            "Melnychuk"};
static const char *const ua_patr_i[2][3] = {{"Миколайович", "Петрович", "Іванович"},
                                            {"Миколаївна", "Петрівна", "Іванівна"}};
static const char *const ua_patr_lat_i[2][3] = {{"Mykolaiovych", "Petrovych", "Ivanovych"},
                                                {"Mykolaivna", "Petrivna", "Ivanivna"}};
static const char *const streets_se_i[] = {"Storgatan", "Drottninggatan", "Björkvägen",
                                           "Kyrkogatan", "Sjövägen"};
static const char *const towns_se_i[] = {"114 55 Stockholm", "413 04 Göteborg", "211 22 Malmö",
                                         "753 20 Uppsala", "903 26 Umeå"};
static const char *const streets_fi_i[] = {"Rantakatu", "Koivukuja", "Satamatie", "Mäntytie",
                                           "Kirkkokatu"};
static const char *const towns_fi_i[] = {"00150 Helsinki", "33100 Tampere", "20100 Turku",
                                         "90100 Oulu", "40100 Jyväskylä"};
static const char *const streets_cz_i[] = {"Husova", "Palackého", "Nádražní", "Komenského",
                                           "Lidická"};
static const char *const towns_cz_i[] = {"110 00 Praha 1", "602 00 Brno", "370 01 České Budějovice",
                                         "779 00 Olomouc", "301 00 Plzeň"};
static const char *const streets_ro_i[] = {"Str. Avram Iancu", "Bd. Unirii", "Str. Florilor",
                                           "Calea Victoriei", "Str. Morii"};
static const char *const towns_ro_i[] = {"400117 Cluj-Napoca", "Sector 3, 030167 București",
                                         "700259 Iași", "300011 Timișoara", "500030 Brașov"};
static const char *const streets_hu_i[] = {"Váci utca", "Petőfi Sándor utca", "Rákóczi út",
                                           "Kossuth Lajos tér", "Fő utca"};
static const char *const towns_hu_i[] = {"1052 Budapest", "4025 Debrecen", "6720 Szeged",
                                         "7621 Pécs", "9021 Győr"};
static const char *const streets_ua_i[] = {"вул. Хрещатик", "вул. Франка", "просп. Свободи",
                                           "вул. Садова", "бульв. Шевченка"};
static const char *const towns_ua_i[] = {"м. Київ, 01001", "м. Львів, 79000", "м. Одеса, 65012",
                                         "м. Харків, 61002", "м. Вінниця, 21050"};
static const char *const words_se_i[] = {
    "pappa",   "hämtar", "på",      "fredagar", "mamma", "har",   "ensam",  "vårdnad",
    "barnet",  "är",     "allergisk", "mot",    "nötter", "får",  "inte",   "fotograferas",
    "skyddad", "identitet", "ring",  "mormor",  "om",    "sjuk"};
static const char *const words_fi_i[] = {
    "asiakas", "soitti", "vene",    "vuotaa", "poika", "hakee", "avaimet", "kesällä",
    "vaimo",   "ei",     "saa",     "tietää", "lasku", "maksettu", "myöhässä", "sairaalassa",
    "kesäkuussa", "soita", "illalla", "naapuri", "valitti"};
static const char *const words_cz_i[] = {
    "čtenář", "ztratil", "průkaz", "manželka", "vrátí", "knihy", "za",     "něj",
    "dlouhodobě", "nemocný", "neposílat", "upomínky", "na", "adresu",  "matky", "prosí",
    "o",      "prodloužení", "syn", "donese", "v", "pondělí"};
static const char *const words_ro_i[] = {
    "pacienta", "este", "însărcinată", "alergică", "la",   "penicilină", "soțul",  "ridică",
    "rețeta",   "tratament", "pentru", "diabet",  "nu",   "sunați",     "după",   "ora",
    "18",       "mama", "ei",         "a",        "murit", "recent"};
static const char *const words_hu_i[] = {
    "tanuló",   "szemüveges", "vizsgán", "ideges", "apja", "fizeti", "az",     "órákat",
    "epilepszia", "miatt",    "orvosi",  "igazolás", "kell", "hétfőn", "nem",   "ér",
    "rá",       "munka",      "után",    "hívni", "anyját"};
static const char *const words_ua_i[] = {
    "резидент", "просив", "не",     "дзвонити", "до",   "обіду", "дружина", "забере",
    "ключ",     "переїхав", "з",    "Харкова",  "оплата", "через", "ФОП",   "син",
    "має",      "алергію", "на",    "котів",    "борг", "за",    "березень"};
/* look-alikes */
static const char *const avdelningar_i[] = {"Avdelning Pippi Långstrump", "Avdelning Emil",
                                            "Avdelning Ronja", "Avdelning Alfons Åberg",
                                            "Avdelning Pettson"};
static const char *const veneet_i[] = {"Tuulikki", "Aurora", "Kalevala", "Meri-Helmi",
                                       "Aino II", "Ilmatar"};
static const char *const kotisatamat_i[] = {"Helsinki", "Espoo", "Porvoo", "Hanko", "Turku"};
static const char *const laiturit_i[] = {"60.1580,24.9560", "60.1612,24.9681", "60.1544,24.9502"};
static const char *const pobocky_i[] = {"Pobočka Karla Čapka", "Pobočka Boženy Němcové",
                                        "Knihovna Václava Havla", "Pobočka Jana Nerudy"};
static const char *const autori_i[] = {"Božena Němcová", "Karel Čapek", "Bohumil Hrabal",
                                       "Milan Kundera", "Jaroslav Seifert", "Franz Kafka"};
static const char *const knihy_i[] = {"Babička", "Válka s mloky", "Obsluhoval jsem anglického krále",
                                      "Nesnesitelná lehkost bytí", "Osudy dobrého vojáka Švejka"};
static const char *const sablony_cz_i[] = {
    "Vážený čtenáři {jmeno}, výpůjčka {titul} je po lhůtě.",
    "Dobrý den {{ctenar}}, rezervace je připravena k vyzvednutí.",
    "Upomínka č. %CISLO% pro %JMENO%: uhraďte %CASTKA% Kč."};
static const char *const produse_i[] = {"Sirop Dr. Theiss Pătlagină", "Ana Aslan Cremă antirid",
                                        "Gerovital H3 Elena Lupescu", "Ceai Plafar Sfântul Ioan",
                                        "Aspirină Bayer 500 mg", "Vitamina C Fiterman"};
static const char *const sablon_ro_i[] = {
    "Bună {{prenume}}, ai {{puncte}} puncte de fidelitate!",
    "Stimate client {NUME}, rețeta dvs. este gata de ridicare.",
    "Salut %PRENUME%, reducere 15% la dermatocosmetice."};
static const char *const szul_hely_i[] = {"Budapest", "Miskolc", "Kecskemét", "Sopron", "Eger"};
static const char *const kategoriak_i[] = {"B", "A2", "AM", "B automata", "C"};
static const char *const nyelvek_i[] = {"magyar", "angol", "német"};
static const char *const tarify_i[] = {"Hot Desk", "Fix Desk", "Офіс на 4", "Нічний", "Day Pass"};
static const char *const kompanii_i[] = {"ТОВ Сковорода Софт", "ФОП Франко І.Я.",
                                         "Kotliarevsky Labs", "ТОВ Леся Українка Медіа",
                                         "Shevchenko Digital"};
static const char *const buh_mail_i[] = {"buh@skovoroda-soft.example.ua",
                                         "invoices@kotliarevsky.example.com",
                                         "oplata@shevchenko-digital.example.ua"};
static const char *const sablon_ua_i[] = {"Вітаємо, {imya}! Ваш пропуск активовано.",
                                          "Шановний(а) {{pib}}, рахунок за {{misyats}} сформовано.",
                                          "%IMYA%, нагадуємо про оплату тарифу."};

enum {
	G8_FIRST = 4000,        /* above every G7_*: build_db() hands them to value8() */
	G8_GIVEN_SE = G8_FIRST, /* a Swedish given name alone */
	G8_SURNAME_SE,          /* a Swedish surname alone */
	G8_NAME_SE,             /* "Ebba Wallin" (a child) */
	G8_NAME_FI,             /* "KORHONEN AINO", "Aino Korhonen" */
	G8_NAME_CZ,             /* "Anežka Kučerová", "Ing. Vojtěch Dvořák" */
	G8_SURNAME_RO,
	G8_GIVEN_RO,
	G8_NAME_HU, /* "Kovács Bence" (surname first) */
	G8_MOTHER_HU,
	G8_NAME_UA,     /* "Шевчук Олена Миколаївна" */
	G8_NAME_UA_LAT, /* "Shevchuk Olena Mykolaivna" */
	G8_EMAIL_SE,
	G8_EMAIL_FI,
	G8_EMAIL_CZ,
	G8_EMAIL_RO,
	G8_EMAIL_HU,
	G8_EMAIL_UA,
	G8_PHONE_SE, /* 070-123 45 67, +46 70 123 45 67 */
	G8_PHONE_FI, /* 040 123 4567, +358 50 1234567 */
	G8_PHONE_CZ, /* +420 603 123 456 */
	G8_PHONE_RO, /* 0722 123 456 */
	G8_PHONE_HU, /* +36 30 123 4567, 06-20-123-4567 */
	G8_PHONE_UA, /* +380 67 123 45 67, 067-123-45-67 */
	G8_ADDR_SE,  /* "Storgatan 12 lgh 1102, 114 55 Stockholm" */
	G8_ADDR_FI,  /* "Rantakatu 5 B 12, 00150 Helsinki" */
	G8_ADDR_CZ,  /* "Husova 1234/5, 110 00 Praha 1" */
	G8_ADDR_RO,  /* "Str. Florilor nr. 12, bl. A3, sc. 2, ap. 14, 700259 Iași" */
	G8_ADDR_HU,  /* "1052 Budapest, Váci utca 12. 3/4." */
	G8_ADDR_UA,  /* "вул. Франка, 22, кв. 15, м. Львів, 79000" */
	G8_BIRTH_ISO_CHILD, /* 2021-03-14 */
	G8_BIRTH_FI,        /* 4.7.1968 */
	G8_BIRTH_CZ,        /* 14. 3. 1987 */
	G8_BIRTH_DOT,       /* 14.03.1987 */
	G8_BIRTH_HU,        /* 1987.03.14. */
	G8_PERSONNR,        /* 19870314-1234 (Luhn) */
	G8_HETU,            /* 140387-123X (mod 31) */
	G8_RODNE,           /* 875314/1234 (mod 11) */
	G8_CNP,             /* 13 digits */
	G8_TAJ,             /* 123 456 789 */
	G8_RNOKPP,          /* 10 digits */
	G8_CARD_FI,         /* 4xxx xxxx xxxx xxxx */
	G8_CARD_RO,         /* 5xxxxx******xxxx */
	G8_CARD_UA,         /* bare 16 digits */
	G8_IBAN_FI,
	G8_IBAN_CZ,
	G8_IBAN_HU,
	G8_IBAN_UA,
	G8_IP4,
	G8_IP46,
	G8_LAT_HU,
	G8_LON_HU,
	G8_LATLON_UA, /* "50.4501, 30.5234" */
	G8_PROSE_SE,
	G8_PROSE_FI,
	G8_PROSE_CZ,
	G8_PROSE_RO,
	G8_PROSE_HU,
	G8_PROSE_UA,
	/* look-alikes without PII */
	G8_VH_ID,     /* VH-00123 */
	G8_ORGNR,     /* 556123-4567 (Luhn) */
	G8_AVDELNING, /* named after book characters */
	G8_PHONE_SE_BIZ, /* 08-123 456 78 */
	G8_DATE_START,   /* 2025-08-18 */
	G8_AMOUNT,
	G8_BANKGIRO,     /* 5050-1055 */
	G8_SWISH_BIZ,    /* 123 456 78 90 */
	G8_KOMMUNKOD,    /* 0180 */
	G8_ASIAKASNRO,   /* A-004512 */
	G8_LAITURI,      /* a pier's coordinates */
	G8_YTUNNUS,      /* 1234567-8 */
	G8_VENE,         /* boats named after people */
	G8_REKISTERI,    /* A-12345 */
	G8_LENGTH,
	G8_PHONE_FI_BIZ, /* 09 310 12345 */
	G8_VIITE,        /* a payment reference, 7-3-1 */
	G8_KOTISATAMA,
	G8_CTENAR_ID, /* CT-0004512 */
	G8_ICO,       /* 8 digits, mod 11 */
	G8_POBOCKA,   /* branches named after people */
	G8_AUTOR,     /* a favourite author */
	G8_CAROVY,    /* a barcode */
	G8_PHONE_CZ_BIZ, /* 222 113 555 */
	G8_KNIHA,
	G8_COUNT,
	G8_SABLONA_CZ,
	G8_CLIENT_RO, /* CF-000451 */
	G8_CUI,       /* RO12345678 */
	G8_PRODUS,    /* products named after people */
	G8_COD_PRODUS, /* W12345001 */
	G8_PHONE_RO_BIZ, /* 021 312 4567 */
	G8_RETETA,       /* BUC-2025-000451 */
	G8_PARAFA,       /* 6 digits */
	G8_POSTCODE_RO,  /* a postcode alone */
	G8_SABLON_RO,
	G8_TANULO,      /* T-2025-0451 */
	G8_SZUL_HELY,   /* a town of birth */
	G8_ADOSZAM,     /* 12345678-2-41 */
	G8_OKTATO,      /* OKT-07 */
	G8_RENDSZAM,    /* AB-123, ABC-123 */
	G8_KATEGORIA,
	G8_PHONE_HU_BIZ, /* +36 1 234 5678 */
	G8_NYELV,
	G8_REZYDENT,     /* KR-0451 */
	G8_EDRPOU,       /* 8 digits */
	G8_KOMPANIYA,    /* companies named after people */
	G8_TARIF,
	G8_MISTSE,       /* A-12 */
	G8_PHONE_UA_BIZ, /* +380 44 123 4567 */
	G8_BUH_MAIL,     /* a company's billing mailbox */
	G8_SABLON_UA,
	G8_TS            /* 2025-03-14 09:31:07 */
};

static const struct {
	int g;
	const char *const *v;
	size_t n;
} lists8[] = {
    LIST(G8_AVDELNING, avdelningar_i), LIST(G8_VENE, veneet_i),
    LIST(G8_KOTISATAMA, kotisatamat_i), LIST(G8_LAITURI, laiturit_i),
    LIST(G8_POBOCKA, pobocky_i),        LIST(G8_AUTOR, autori_i),
    LIST(G8_KNIHA, knihy_i),            LIST(G8_SABLONA_CZ, sablony_cz_i),
    LIST(G8_PRODUS, produse_i),         LIST(G8_SABLON_RO, sablon_ro_i),
    LIST(G8_SZUL_HELY, szul_hely_i),    LIST(G8_KATEGORIA, kategoriak_i),
    LIST(G8_NYELV, nyelvek_i),          LIST(G8_TARIF, tarify_i),
    LIST(G8_KOMPANIYA, kompanii_i),     LIST(G8_BUH_MAIL, buh_mail_i),
    LIST(G8_SABLON_UA, sablon_ua_i),
};

static const struct {
	int g;
	const char *const *w;
	unsigned nw, min;
} prose8[] = {
#define PROSE8(g, a, k) {g, a, sizeof(a) / sizeof((a)[0]), k}
    PROSE8(G8_PROSE_SE, words_se_i, 6), PROSE8(G8_PROSE_FI, words_fi_i, 5),
    PROSE8(G8_PROSE_CZ, words_cz_i, 6), PROSE8(G8_PROSE_RO, words_ro_i, 6),
    PROSE8(G8_PROSE_HU, words_hu_i, 5), PROSE8(G8_PROSE_UA, words_ua_i, 6),
#undef PROSE8
};

/* the ASCII e-mail part of a name, Czech, Romanian and Hungarian letters
 * included ("Kučerová" -> "kucerova", "Stănescu" -> "stanescu") */
static void mail8(char *o, size_t n, const char *s)
{
	static const char *const from[] = {"ř", "š", "č", "ž", "ě", "ů", "ň", "ď", "ť",
	                                   "ă", "ș", "ț", "â", "î", "ő", "ű", "Ř", "Š",
	                                   "Č", "Ž"};
	mail_ascii(o, n, s, from, sizeof from / sizeof from[0], "rsczeundtastaiourscz");
}

/* a digit string's value modulo m */
static unsigned mod8(const char *d, unsigned m)
{
	unsigned r = 0;
	for (; *d; d++)
		r = (r * 10 + (unsigned)(*d - '0')) % m;
	return r;
}

static void value8(int g, char *o, size_t n)
{
	char d[64], e[64], f[64];
	unsigned y, m, day, k, s;
	int i, sum;
	for (k = 0; k < sizeof lists8 / sizeof lists8[0]; k++)
		if (lists8[k].g == g) {
			snprintf(o, n, "%s", lists8[k].v[rnd((unsigned)lists8[k].n)]);
			return;
		}
	y = 1950 + rnd(55);
	m = 1 + rnd(12);
	day = 1 + rnd(28);
	s = rnd(2);
	for (k = 0; k < sizeof prose8 / sizeof prose8[0]; k++)
		if (prose8[k].g == g) {
			prose6(o, n, prose8[k].w, prose8[k].nw, prose8[k].min + rnd(8));
			return;
		}
	switch (g) {
	case G8_GIVEN_SE:
		snprintf(o, n, "%s", PICK(first_se_i));
		break;
	case G8_SURNAME_SE:
		snprintf(o, n, "%s", PICK(last_se_i));
		break;
	case G8_NAME_SE:
		snprintf(o, n, "%s %s", PICK(first_se_i), PICK(last_se_i));
		break;
	case G8_NAME_FI:
		snprintf(e, sizeof e, "%s", PICK(last_fi_i));
		if (rnd(2)) {
			for (k = 0; e[k]; k++)
				if (e[k] >= 'a' && e[k] <= 'z')
					e[k] = (char)(e[k] - 32);
				else if ((unsigned char)e[k] == 0xC3 && (unsigned char)e[k + 1] >= 0xA0) {
					e[k + 1] = (char)((unsigned char)e[k + 1] - 0x20); /* ä -> Ä */
					k++;
				}
			snprintf(f, sizeof f, "%s", PICK(first_fi_i));
			for (k = 0; f[k]; k++)
				if (f[k] >= 'a' && f[k] <= 'z')
					f[k] = (char)(f[k] - 32);
			snprintf(o, n, "%s %s", e, f);
		} else
			snprintf(o, n, "%s %s", PICK(first_fi_i), e);
		break;
	case G8_NAME_CZ:
		snprintf(o, n, "%s%s %s", rnd(5) ? "" : (const char *[]){"Ing. ", "Mgr. ", "MUDr. "}[rnd(3)],
		         first_cz_i[s][rnd(3)], last_cz_i[s][rnd(4)]);
		break;
	case G8_SURNAME_RO:
		snprintf(o, n, "%s", PICK(last_ro_i));
		break;
	case G8_GIVEN_RO:
		snprintf(o, n, "%s", PICK(first_ro_i));
		break;
	case G8_NAME_HU:
		snprintf(o, n, "%s%s %s", rnd(6) ? "" : "dr. ", PICK(last_hu_i), PICK(first_hu_i));
		break;
	case G8_MOTHER_HU:
		snprintf(o, n, "%s %s", PICK(last_hu_i), PICK(first_hu_f_i));
		break;
	case G8_NAME_UA:
		k = rnd(5);
		snprintf(o, n, "%s %s %s", ua_last_i[k], ua_first_i[s][rnd(3)], ua_patr_i[s][rnd(3)]);
		break;
	case G8_NAME_UA_LAT:
		k = rnd(5);
		snprintf(o, n, "%s %s %s", ua_last_lat_i[k], ua_first_lat_i[s][rnd(3)],
		         ua_patr_lat_i[s][rnd(3)]);
		break;
	case G8_EMAIL_SE:
		mail8(e, sizeof e, PICK(first_se_i));
		mail8(f, sizeof f, PICK(last_se_i));
		snprintf(o, n, "%s.%s@telia.example.se", e, f);
		break;
	case G8_EMAIL_FI:
		mail8(e, sizeof e, PICK(first_fi_i));
		mail8(f, sizeof f, PICK(last_fi_i));
		snprintf(o, n, "%s.%s%u@elisa.example.fi", e, f, y % 100);
		break;
	case G8_EMAIL_CZ:
		mail8(e, sizeof e, first_cz_i[s][rnd(3)]);
		mail8(f, sizeof f, last_cz_i[s][rnd(4)]);
		snprintf(o, n, "%s.%s@seznam.example.cz", e, f);
		break;
	case G8_EMAIL_RO:
		mail8(e, sizeof e, PICK(first_ro_i));
		mail8(f, sizeof f, PICK(last_ro_i));
		snprintf(o, n, "%s_%s%u@yahoo.example.ro", e, f, y);
		break;
	case G8_EMAIL_HU:
		mail8(e, sizeof e, PICK(last_hu_i));
		mail8(f, sizeof f, PICK(first_hu_i));
		snprintf(o, n, "%s.%s@freemail.example.hu", e, f);
		break;
	case G8_EMAIL_UA:
		mail8(e, sizeof e, ua_first_lat_i[s][rnd(3)]);
		mail8(f, sizeof f, PICK(ua_last_lat_i));
		snprintf(o, n, "%c%s@ukr.example.net", e[0], f);
		break;
	case G8_PHONE_SE:
		k = (unsigned)"0236"[rnd(4)] - '0';
		if (rnd(2))
			snprintf(o, n, "07%u-%03u %02u %02u", k, rnd(1000), rnd(100), rnd(100));
		else
			snprintf(o, n, "+46 7%u %03u %02u %02u", k, rnd(1000), rnd(100), rnd(100));
		break;
	case G8_PHONE_FI:
		if (rnd(2))
			snprintf(o, n, "0%u %03u %04u", (unsigned[]){40, 50, 44, 45}[rnd(4)], rnd(1000),
			         rnd(10000));
		else
			snprintf(o, n, "+358 %u %07u", (unsigned[]){40, 50, 44, 45}[rnd(4)],
			         rnd(10000000));
		break;
	case G8_PHONE_CZ:
		snprintf(o, n, "%s%u%02u %03u %03u", rnd(2) ? "+420 " : "", 6 + rnd(2), rnd(100),
		         rnd(1000), rnd(1000));
		break;
	case G8_PHONE_RO:
		if (rnd(2))
			snprintf(o, n, "07%02u %03u %03u", rnd(100), rnd(1000), rnd(1000));
		else
			snprintf(o, n, "+40 7%02u %03u %03u", rnd(100), rnd(1000), rnd(1000));
		break;
	case G8_PHONE_HU:
		k = (unsigned[]){20, 30, 70}[rnd(3)];
		if (rnd(2))
			snprintf(o, n, "+36 %u %03u %04u", k, rnd(1000), rnd(10000));
		else
			snprintf(o, n, "06-%u-%03u-%04u", k, rnd(1000), rnd(10000));
		break;
	case G8_PHONE_UA:
		k = (unsigned[]){50, 63, 66, 67, 68, 73, 93, 95, 97}[rnd(9)];
		if (rnd(2))
			snprintf(o, n, "+380 %u %03u %02u %02u", k, rnd(1000), rnd(100), rnd(100));
		else
			snprintf(o, n, "0%u-%03u-%02u-%02u", k, rnd(1000), rnd(100), rnd(100));
		break;
	case G8_ADDR_SE:
		f[0] = 0;
		if (rnd(2))
			snprintf(f, sizeof f, " lgh %u", 1001 + rnd(500));
		snprintf(o, n, "%s %u%s, %s", PICK(streets_se_i), 1 + rnd(80), f, PICK(towns_se_i));
		break;
	case G8_ADDR_FI:
		snprintf(o, n, "%s %u %c %u, %s", PICK(streets_fi_i), 1 + rnd(60), 'A' + rnd(4),
		         1 + rnd(40), PICK(towns_fi_i));
		break;
	case G8_ADDR_CZ:
		snprintf(o, n, "%s %u/%u, %s", PICK(streets_cz_i), 100 + rnd(2900), 1 + rnd(60),
		         PICK(towns_cz_i));
		break;
	case G8_ADDR_RO:
		if (rnd(2))
			snprintf(o, n, "%s nr. %u, bl. %c%u, sc. %u, ap. %u, %s", PICK(streets_ro_i),
			         1 + rnd(150), 'A' + rnd(6), 1 + rnd(9), 1 + rnd(4), 1 + rnd(60),
			         PICK(towns_ro_i));
		else
			snprintf(o, n, "%s nr. %u, %s", PICK(streets_ro_i), 1 + rnd(150),
			         PICK(towns_ro_i));
		break;
	case G8_ADDR_HU:
		snprintf(o, n, "%s, %s %u. %u/%u.", PICK(towns_hu_i), PICK(streets_hu_i), 1 + rnd(120),
		         1 + rnd(6), 1 + rnd(12));
		break;
	case G8_ADDR_UA:
		snprintf(o, n, "%s, %u, кв. %u, %s", PICK(streets_ua_i), 1 + rnd(150), 1 + rnd(200),
		         PICK(towns_ua_i));
		break;
	case G8_BIRTH_ISO_CHILD:
		snprintf(o, n, "%u-%02u-%02u", 2019 + rnd(5), m, day);
		break;
	case G8_BIRTH_FI:
		snprintf(o, n, "%u.%u.%u", day, m, y);
		break;
	case G8_BIRTH_CZ:
		snprintf(o, n, "%u. %u. %u", day, m, y);
		break;
	case G8_BIRTH_DOT:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G8_BIRTH_HU:
		snprintf(o, n, "%u.%02u.%02u.", y, m, day);
		break;
	case G8_PERSONNR:
		/* YYMMDD NNN and a Luhn digit; printed with the century or not */
		snprintf(d, sizeof d, "%02u%02u%02u", y % 100, m, day);
		digits(d + 6, 3);
		luhn_fill(d, 10);
		if (rnd(3))
			snprintf(o, n, "%u%.6s-%s", y / 100, d, d + 6);
		else
			snprintf(o, n, "%.6s-%s", d, d + 6);
		break;
	case G8_HETU:
		snprintf(d, sizeof d, "%02u%02u%02u", day, m, y % 100);
		snprintf(d + 6, sizeof d - 6, "%03u", 2 + rnd(898));
		snprintf(o, n, "%.6s%c%s%c", d, y >= 2000 ? 'A' : '-', d + 6,
		         "0123456789ABCDEFHJKLMNPRSTUVWXY"[mod8(d, 31)]);
		break;
	case G8_RODNE:
		/* born 1954 on: ten digits divisible by 11; women's month + 50 */
		do {
			snprintf(d, sizeof d, "%02u%02u%02u", (1954 + rnd(50)) % 100, m + s * 50, day);
			digits(d + 6, 3);
		} while (mod8(d, 11) == 10);
		d[9] = (char)('0' + mod8(d, 11));
		d[10] = 0;
		snprintf(o, n, rnd(4) ? "%.6s/%s" : "%.6s%s", d, d + 6);
		break;
	case G8_CNP: {
		static const int w[] = {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9};
		snprintf(d, sizeof d, "%u%02u%02u%02u%02u", (y >= 2000 ? 5 : 1) + s, y % 100, m, day,
		         1 + rnd(46));
		digits(d + 9, 3);
		for (i = 0, sum = 0; i < 12; i++)
			sum += (d[i] - '0') * w[i];
		d[12] = (char)(sum % 11 == 10 ? '1' : '0' + sum % 11);
		d[13] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G8_TAJ:
		digits(d, 8);
		for (i = 0, sum = 0; i < 8; i++)
			sum += (d[i] - '0') * (i % 2 ? 7 : 3);
		d[8] = (char)('0' + sum % 10);
		d[9] = 0;
		if (rnd(2))
			snprintf(o, n, "%.3s %.3s %.3s", d, d + 3, d + 6);
		else
			snprintf(o, n, "%s", d);
		break;
	case G8_RNOKPP: {
		static const int w[] = {-1, 5, 7, 9, 4, 6, 10, 5, 7};
		/* days since 1899-12-31, four digits, the sex in the ninth */
		snprintf(d, sizeof d, "%05u", 18000 + rnd(20000));
		digits(d + 5, 4);
		d[8] = (char)('0' + (unsigned)(d[8] - '0') / 2 * 2 + !s);
		for (i = 0, sum = 0; i < 9; i++)
			sum += (d[i] - '0') * w[i];
		d[9] = (char)('0' + ((sum % 11) + 11) % 11 % 10);
		d[10] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G8_CARD_FI:
		card6(d, '4');
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G8_CARD_RO:
		card6(d, '5');
		snprintf(o, n, "%.6s******%.4s", d, d + 12);
		break;
	case G8_CARD_UA:
		card6(d, rnd(2) ? '4' : '5');
		snprintf(o, n, "%s", d);
		break;
	case G8_IBAN_FI:
		digits(d, 14);
		iban7(o, n, "FI", d, rnd(2));
		break;
	case G8_IBAN_CZ:
		snprintf(d, sizeof d, "%s", (const char *[]){"0800", "0100", "2010", "0300"}[rnd(4)]);
		digits(d + 4, 16);
		iban7(o, n, "CZ", d, rnd(2));
		break;
	case G8_IBAN_HU:
		digits(d, 24);
		iban7(o, n, "HU", d, true);
		break;
	case G8_IBAN_UA:
		snprintf(d, sizeof d, "%s", (const char *[]){"305299", "322001", "380805"}[rnd(3)]);
		digits(d + 6, 19);
		iban7(o, n, "UA", d, false);
		break;
	case G8_IP4:
		snprintf(o, n, "%u.%u.%u.%u", 31 + rnd(190), rnd(256), rnd(256), 1 + rnd(254));
		break;
	case G8_IP46:
		if (rnd(2))
			snprintf(o, n, "%u.%u.%u.%u", 46 + rnd(150), rnd(256), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "2a02:%x:%x:%x::%x", rnd(65536), rnd(65536), rnd(65536),
			         1 + rnd(65535));
		break;
	case G8_LAT_HU:
		snprintf(o, n, "%.6f", 46.0 + rnd(2000000) / 1e6);
		break;
	case G8_LON_HU:
		snprintf(o, n, "%.6f", 17.0 + rnd(5000000) / 1e6);
		break;
	case G8_LATLON_UA:
		snprintf(o, n, "%.4f, %.4f", 46.5 + rnd(40000) / 1e4, 24.0 + rnd(120000) / 1e4);
		break;
	/* look-alikes */
	case G8_VH_ID:
		snprintf(o, n, "VH-%05u", rnd(100000));
		break;
	case G8_ORGNR:
		snprintf(d, sizeof d, "55%u", rnd(10));
		digits(d + 3, 6);
		luhn_fill(d, 10);
		snprintf(o, n, "%.6s-%s", d, d + 6);
		break;
	case G8_PHONE_SE_BIZ:
		snprintf(o, n, "08-%03u %03u %02u", rnd(1000), rnd(1000), rnd(100));
		break;
	case G8_DATE_START:
		snprintf(o, n, "20%02u-08-%02u", 22 + rnd(4), 11 + rnd(10));
		break;
	case G8_AMOUNT:
		snprintf(o, n, "%u.%02u", 50 + rnd(3000), rnd(100));
		break;
	case G8_BANKGIRO:
		snprintf(o, n, "%u-%04u", 100 + rnd(9000), rnd(10000));
		break;
	case G8_SWISH_BIZ:
		snprintf(o, n, "123 %03u %02u %02u", rnd(1000), rnd(100), rnd(100));
		break;
	case G8_KOMMUNKOD:
		snprintf(o, n, "%s", (const char *[]){"0180", "1480", "1280", "0380", "2480"}[rnd(5)]);
		break;
	case G8_ASIAKASNRO:
		snprintf(o, n, "A-%06u", rnd(1000000));
		break;
	case G8_YTUNNUS: {
		static const int w[] = {7, 9, 10, 5, 8, 4, 2};
		do {
			digits(d, 7);
			for (i = 0, sum = 0; i < 7; i++)
				sum += (d[i] - '0') * w[i];
		} while (sum % 11 == 1);
		snprintf(o, n, "%s-%d", d, sum % 11 ? 11 - sum % 11 : 0);
		break;
	}
	case G8_REKISTERI:
		snprintf(o, n, "%c-%05u", "ABCDHM"[rnd(6)], rnd(100000));
		break;
	case G8_LENGTH:
		snprintf(o, n, "%u.%u", 4 + rnd(12), rnd(10));
		break;
	case G8_PHONE_FI_BIZ:
		snprintf(o, n, "09 %03u %05u", 300 + rnd(100), rnd(100000));
		break;
	case G8_VIITE:
		/* weights 7, 3, 1 from the right */
		digits(d, 6 + rnd(8));
		d[0] = (char)('1' + rnd(9));
		for (i = (int)strlen(d) - 1, sum = 0, k = 0; i >= 0; i--, k++)
			sum += (d[i] - '0') * (int[]){7, 3, 1}[k % 3];
		snprintf(o, n, "%s%d", d, (10 - sum % 10) % 10);
		break;
	case G8_CTENAR_ID:
		snprintf(o, n, "CT-%07u", rnd(10000000));
		break;
	case G8_ICO:
		digits(d, 7);
		for (i = 0, sum = 0; i < 7; i++)
			sum += (d[i] - '0') * (8 - i);
		snprintf(o, n, "%s%d", d, (11 - sum % 11) % 10);
		break;
	case G8_CAROVY:
		snprintf(d, sizeof d, "2590");
		digits(d + 4, 8);
		for (i = 0, sum = 0; i < 12; i++)
			sum += (d[i] - '0') * (i % 2 ? 3 : 1);
		snprintf(o, n, "%s%d", d, (10 - sum % 10) % 10);
		break;
	case G8_PHONE_CZ_BIZ:
		snprintf(o, n, "2%02u %03u %03u", rnd(100), rnd(1000), rnd(1000));
		break;
	case G8_COUNT:
		snprintf(o, n, "%u", rnd(400));
		break;
	case G8_CLIENT_RO:
		snprintf(o, n, "CF-%06u", rnd(1000000));
		break;
	case G8_CUI: {
		static const int w[] = {7, 5, 3, 2, 1, 7, 5, 3, 2};
		digits(d, 7);
		d[0] = (char)('1' + rnd(9));
		for (i = 0, sum = 0; i < 7; i++)
			sum += (d[i] - '0') * w[i + 2];
		sum = sum * 10 % 11;
		snprintf(o, n, "%s%s%d", rnd(2) ? "RO" : "", d, sum == 10 ? 0 : sum);
		break;
	}
	case G8_COD_PRODUS:
		snprintf(o, n, "W%05u%03u", rnd(100000), rnd(1000));
		break;
	case G8_PHONE_RO_BIZ:
		snprintf(o, n, "0%u %03u %04u", (unsigned[]){21, 264, 232, 256}[rnd(4)], rnd(1000),
		         rnd(10000));
		break;
	case G8_RETETA:
		snprintf(o, n, "%s-2025-%06u", (const char *[]){"BUC", "CJ", "IS", "TM"}[rnd(4)],
		         rnd(1000000));
		break;
	case G8_PARAFA:
		snprintf(o, n, "%06u", rnd(1000000));
		break;
	case G8_POSTCODE_RO:
		snprintf(o, n, "%06u", 10000 + rnd(900000));
		break;
	case G8_TANULO:
		snprintf(o, n, "T-2025-%04u", rnd(10000));
		break;
	case G8_ADOSZAM: {
		static const int w[] = {9, 7, 3, 1, 9, 7, 3};
		digits(d, 7);
		d[0] = (char)('1' + rnd(9));
		for (i = 0, sum = 0; i < 7; i++)
			sum += (d[i] - '0') * w[i];
		snprintf(o, n, "%s%d-%u-%02u", d, (10 - sum % 10) % 10, 2 + rnd(2), 2 + rnd(42));
		break;
	}
	case G8_OKTATO:
		snprintf(o, n, "OKT-%02u", 1 + rnd(30));
		break;
	case G8_RENDSZAM:
		if (rnd(2))
			snprintf(o, n, "%c%c%c-%03u", 'A' + rnd(26), 'A' + rnd(26), 'A' + rnd(26),
			         rnd(1000));
		else
			snprintf(o, n, "AA %c%c-%03u", 'A' + rnd(26), 'A' + rnd(26), rnd(1000));
		break;
	case G8_PHONE_HU_BIZ:
		snprintf(o, n, "+36 1 %03u %04u", rnd(1000), rnd(10000));
		break;
	case G8_REZYDENT:
		snprintf(o, n, "KR-%04u", rnd(10000));
		break;
	case G8_EDRPOU:
		/* weights 1..7 (7, 1..6 from 30000000 to 60000000), each +2 if
		 * the remainder is 10 */
		digits(d, 7);
		d[0] = (char)('1' + rnd(8));
		k = d[0] >= '3' && d[0] < '6';
		for (i = 0, sum = 0; i < 7; i++)
			sum += (d[i] - '0') * (k ? (i ? i : 7) : i + 1);
		if (sum % 11 == 10)
			for (i = 0, sum = 0; i < 7; i++)
				sum += (d[i] - '0') * ((k ? (i ? i : 7) : i + 1) + 2);
		snprintf(o, n, "%s%d", d, sum % 11 % 10);
		break;
	case G8_MISTSE:
		snprintf(o, n, "%c-%02u", 'A' + rnd(4), 1 + rnd(40));
		break;
	case G8_PHONE_UA_BIZ:
		snprintf(o, n, "+380 44 %03u %04u", rnd(1000), rnd(10000));
		break;
	case G8_TS:
		snprintf(o, n, "2025-%02u-%02u %02u:%02u:%02u", m, day, rnd(24), rnd(60), rnd(60));
		break;
	default:
		o[0] = 0; /* drawn from lists8[] above */
		break;
	}
}

/* ------------------------------------------------------------ labels */

/* ------------------------------------------------- fold 9 (blind) */

/* A tenth set for the ninth held-out fold, written blind like the fourth
 * to eighth (its author read neither src/map/pii.c, nor its unit tests,
 * nor the lexicon files, nor the rules in docs/pii.md): a Vietnamese
 * motorbike rental's customers, an Israeli dental clinic's patients
 * (transliterated Hebrew names), an Indian tiffin service's subscribers
 * (Hindi and Indian English names), a Japanese ryokan's guest register
 * (romaji names) and a Korean hagwon's students (romanized Korean names),
 * some mixed with English. Given names, surnames, streets and towns of
 * those countries, in no other set. Its generators are kept apart from the
 * other folds' (build_db() hands G9_* to value9()). */
static const char *const vn_ho_j[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"};
static const char *const vn_ho_ascii_j[] = {"NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG"};
static const char *const vn_dem_j[2][3] = {{"Văn", "Minh", "Đức"}, {"Thị", "Ngọc", "Thanh"}};
static const char *const vn_ten_j[2][3] = {{"Hùng", "Tuấn", "Dũng"}, {"Mai", "Hương", "Lan"}};
static const char *const vn_ten_ascii_j[2][3] = {{"hung", "tuan", "dung"}, {"mai", "huong", "lan"}};
static const char *const vn_addr_j[] = {
    "Số 45 ngõ 12 phố Huế, P. Phạm Đình Hổ, Q. Hai Bà Trưng, Hà Nội",
    "123/4 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh",
    "Tổ 7, KP 3, P. Tân Phong, TP. Biên Hòa, Đồng Nai",
    "Số 8 Lê Lợi, P. Vĩnh Ninh, TP. Huế",
    "K23/15 Hoàng Diệu, Q. Hải Châu, Đà Nẵng"};
static const char *const il_first_j[] = {"נועה", "יוסי", "תמר", "איתן", "שירה", "מיכל"};
static const char *const il_first_lat_j[] = {"Noa", "Yossi", "Tamar", "Eitan", "Shira", "Michal"};
static const char *const il_last_j[] = {"כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם"};
static const char *const il_last_lat_j[] = {"Cohen", "Levi", "Mizrahi", "Peretz", "Biton",
                                            "Avraham"};
static const char *const il_streets_j[] = {"רחוב הרצל", "שדרות רוטשילד", "רחוב ז'בוטינסקי",
                                           "Herzl St", "Ben Yehuda St", "Weizmann St"};
static const char *const il_towns_j[] = {"תל אביב-יפו", "חיפה", "ירושלים", "Ramat Gan",
                                         "Petah Tikva", "Be'er Sheva"};
static const char *const in_first_j[] = {"Sandeep", "Lakshmi", "Venkatesh", "Kavitha",
                                         "Rajesh", "Meenakshi", "Pradeep", "Deepika"};
static const char *const in_last_j[] = {"Iyer", "Reddy", "Chatterjee", "Deshpande", "Nair",
                                        "Gupta", "Bhattacharya"};
static const char *const in_father_j[] = {"Ramesh", "Suresh", "Gopal", "Mahesh", "Srinivasan",
                                          "Dinesh"};
static const char *const in_addr_j[] = {
    "Flat 302, Sai Krupa Apts, 14th Cross, Indiranagar, Bengaluru 560038",
    "H.No. 8-2-293/A, Road No. 12, Banjara Hills, Hyderabad 500034",
    "B-17, Sector 62, Noida, Uttar Pradesh 201301",
    "12/3 Rash Behari Avenue, Kolkata 700019",
    "Plot 45, Shivaji Nagar, Near Hanuman Mandir, Pune 411005",
    "Old No. 7, New No. 15, 2nd Street, T. Nagar, Chennai 600017"};
static const char *const jp_fam_j[] = {"清水", "井上", "渡辺", "松本", "小林"};
static const char *const jp_fam_kana_j[] = {"シミズ", "イノウエ", "ワタナベ", "マツモト", "コバヤシ"};
static const char *const jp_fam_lat_j[] = {"Shimizu", "Inoue", "Watanabe", "Matsumoto",
                                           "Kobayashi"};
static const char *const jp_given_j[] = {"陽翔", "結衣", "蒼太", "陽菜", "蓮", "葵"};
static const char *const jp_given_kana_j[] = {"ハルト", "ユイ", "ソウタ", "ヒナ", "レン", "アオイ"};
static const char *const jp_given_lat_j[] = {"haruto", "yui", "sota", "hina", "ren", "aoi"};
static const char *const jp_addr_j[] = {
    "〒150-0001 東京都渋谷区神宮前1-2-3 メゾン神宮前201",
    "〒604-8005 京都府京都市中京区恵比須町5-12",
    "大阪府大阪市北区梅田3丁目1番1号",
    "〒060-0042 北海道札幌市中央区大通西4-6-1 302号室",
    "福岡県福岡市博多区博多駅前2-19-24"};
static const char *const kr_last_j[] = {"김", "이", "박", "최", "정", "강"};
static const char *const kr_last_lat_j[] = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang"};
static const char *const kr_given_j[] = {"민준", "서연", "지호", "수아", "도윤", "하은"};
static const char *const kr_given_lat_j[] = {"Min-jun", "Seo-yeon", "Ji-ho", "Su-a", "Do-yun",
                                             "Ha-eun"};
static const char *const kr_addr_j[] = {
    "서울특별시 강남구 테헤란로 123, 456호 (06133)",
    "부산광역시 해운대구 우동 1407-3",
    "경기도 성남시 분당구 정자일로 95, 101동 1203호",
    "인천광역시 연수구 송도동 24-5 302호",
    "대전광역시 유성구 대학로 99"};
static const char *const words_vn_j[] = {"khách", "muốn", "nhận", "xe", "sớm", "hơn", "vì",
                                         "chuyến", "bay", "lúc", "sáng", "đã", "cọc", "tiền",
                                         "gọi", "lại", "trước", "khi", "giao", "anh", "chị"};
static const char *const words_he_j[] = {"המטופל", "ביקש", "לדחות", "את", "התור", "בגלל",
                                         "כאב", "שיניים", "חזק", "להתקשר", "אליו", "אחרי",
                                         "הצהריים", "רגישות", "לאלחוש", "בעבר"};
static const char *const words_in_j[] = {"please", "ring", "bell", "do", "not", "call",
                                         "gate", "pe", "rakh", "dena", "bhaiya", "kam",
                                         "mirchi", "no", "onion", "sunday", "ko", "band",
                                         "aunty", "ghar", "par", "hain"};
static const char *const words_jp_j[] = {"到着", "は", "夜", "遅く", "なります", "夕食",
                                         "不要", "です", "そばアレルギー", "あり", "ご主人",
                                         "の", "誕生日", "連絡", "お願いします"};
static const char *const words_kr_j[] = {"어머님", "요청으로", "수업", "시간", "변경",
                                         "학생이", "수학", "성적", "상담", "희망", "알레르기",
                                         "있음", "다음", "주", "결석", "예정", "연락", "바람"};
/* look-alikes */
static const char *const vn_xe_j[] = {"Honda Vision", "Yamaha Sirius", "Honda Air Blade",
                                      "Vespa Primavera", "Honda Wave Alpha"};
static const char *const vn_shop_j[] = {"Xe máy Trần Hưng Đạo", "Thuê xe Lê Lợi",
                                        "Motorbike Hai Bà Trưng", "Xe Phan Đình Phùng"};
static const char *const vn_tpl_j[] = {"Chào {ten_khach}, xe của bạn đã sẵn sàng tại cửa hàng.",
                                       "Kính gửi {{ho_ten}}, hợp đồng {ma_hd} sắp hết hạn.",
                                       "Cảm ơn {ten_khach} đã thuê xe!"};
static const char *const il_kupa_j[] = {"כללית", "מכבי", "מאוחדת", "לאומית"};
static const char *const il_tipul_j[] = {"טיפול שורש", "עקירה", "הלבנה", "Crown",
                                         "Scaling", "סתימה"};
static const char *const il_heder_j[] = {"Heder Rambam", "חדר הרמב\"ם", "Heder Golda",
                                         "חדר בן גוריון", "Heder Herzl"};
static const char *const il_tpl_j[] = {"שלום {shem}, מזכירים לך את התור ב-{taarich}",
                                       "Hi {first_name}, your appointment is on {date}",
                                       "{shem_prati} יקר/ה, נא לאשר הגעה"};
static const char *const in_plan_j[] = {"Maharaja Thali", "Rajma Chawal Combo",
                                        "Shivaji Special Veg", "Annapurna Mini",
                                        "Birbal Diet Box", "Jain Thali"};
static const char *const in_tpl_j[] = {"Hi {cust_name}, your tiffin is on the way!",
                                       "Namaste {naam} ji, aapka plan {plan} renew ho gaya",
                                       "Dear {{customer}}, payment of Rs {amt} received"};
static const char *const jp_heya_j[] = {"芭蕉の間", "Basho no Ma", "紫式部の間",
                                        "Sakura no Ma", "漱石の間", "Fuji"};
static const char *const jp_plan_j[] = {"Kaiseki Dinner Plan", "素泊まり", "一泊二食付き",
                                        "Early Bird 30", "Honeymoon Plan"};
static const char *const jp_tpl_j[] = {"{shimei} 様 ご予約ありがとうございます。",
                                       "Dear {guest_name}, your stay is confirmed.",
                                       "{{sei}} 様、チェックインは15時からです。"};
static const char *const jp_ichi_j[] = {"35.2325,139.1069", "35.2330,139.1072",
                                        "35.2319,139.1060"};
static const char *const kr_ban_j[] = {"세종반", "Sejong Ban", "이순신반", "Yi Sun-sin Ban",
                                       "장영실반", "신사임당반"};
static const char *const kr_gyojae_j[] = {"쎈 수학 중2", "Grammar in Use", "개념원리 수학",
                                          "Reading Explorer 3", "수능특강 국어"};
static const char *const kr_tpl_j[] = {"{학생명} 학생 오늘 수업 출석했습니다.",
                                       "안녕하세요 {{parent_name}}님, 이번 달 수강료 안내입니다.",
                                       "Dear {parent}, {student}'s report is ready."};

enum {
	G9_FIRST = 5000, /* above every G8_*: build_db() hands them to value9() */
	G9_NAME_VN = G9_FIRST, /* "Nguyễn Thị Mai", "NGUYEN THI MAI" */
	G9_BIRTH_VN,           /* 14/03/1987 */
	G9_CCCD,               /* 12 digits: province, sex and century, year, 6 */
	G9_PHONE_VN,           /* 0912 345 678, +84 912 345 678, 090.123.4567 */
	G9_EMAIL_VN,
	G9_ADDR_VN,
	G9_CARD_VN, /* 4123 45** **** 6789 */
	G9_PROSE_VN,
	G9_IP4,
	G9_GIVEN_IL, /* Hebrew script or transliterated */
	G9_SURNAME_IL,
	G9_TZ,        /* teudat zehut, 9 digits, check digit */
	G9_BIRTH_IL,  /* 14-03-1987 */
	G9_PHONE_IL,  /* 050-1234567, +972-52-123-4567 */
	G9_EMAIL_IL,
	G9_ADDR_IL,
	G9_PROSE_IL,
	G9_IBAN_IL,
	G9_CARD_IL,   /* grouped */
	G9_NAME_IN,   /* "Sandeep Iyer" */
	G9_FATHER_IN, /* "Ramesh Iyer", "S/o Ramesh Kumar" */
	G9_BIRTH_IN,  /* 14-Mar-1987 */
	G9_AADHAAR,   /* 12 digits, Verhoeff */
	G9_PAN,       /* ABCPE1234F */
	G9_PHONE_IN,  /* +91 98765 43210, 9876543210 */
	G9_EMAIL_IN,
	G9_ADDR_IN,
	G9_PROSE_IN,  /* Hinglish */
	G9_IP4_IN,
	G9_LATLON_IN, /* "12.9716, 77.5946" */
	G9_NAME_JP,   /* 山本 陽翔 */
	G9_KANA_JP,   /* ヤマモト ハルト */
	G9_BIRTH_JP,  /* 昭和62年3月14日, 1987/03/14 */
	G9_MYNUMBER,  /* 12 digits, check digit */
	G9_PHONE_JP,  /* 090-1234-5678 */
	G9_EMAIL_JP,
	G9_ADDR_JP,
	G9_CARD_JP,   /* bare 16 */
	G9_PROSE_JP,
	G9_NAME_KR,     /* 김민준 */
	G9_NAME_KR_LAT, /* Kim Min-jun */
	G9_BIRTH_KR,    /* 1987.03.14, 870314 */
	G9_RRN,         /* 870314-1234567, check digit */
	G9_PHONE_KR,    /* 010-1234-5678 */
	G9_EMAIL_KR,
	G9_ADDR_KR,
	G9_PROSE_KR,
	G9_LATLON_KR, /* "37.5012,127.0396" */
	G9_IP46,
	/* look-alikes */
	G9_HOPDONG,     /* HD-2025-00451 */
	G9_BIENSO,      /* 29A-123.45 */
	G9_XE,
	G9_MST,         /* a company's tax code, 10 digits, check digit */
	G9_HOTLINE_VN,  /* 1900 6868, 028 3822 1234 */
	G9_AMOUNT,
	G9_TPL_VN,
	G9_SHOP_VN,
	G9_DATE,        /* 2025-08-18 */
	G9_TIK,         /* 4-6 digits */
	G9_HP,          /* 51-123456-7, check digit */
	G9_KUPA,
	G9_TIPUL,
	G9_HEDER,
	G9_PHONE_IL_BIZ, /* 03-5271234 */
	G9_TPL_IL,
	G9_SUB_CODE,     /* TFN-004512 */
	G9_GSTIN,        /* 29AABCS1234F1Z5 */
	G9_FSSAI,        /* 14 digits */
	G9_PLAN_IN,
	G9_PHONE_IN_BIZ, /* 080-4123 4567 */
	G9_PINCODE,      /* 560038 */
	G9_IFSC,         /* HDFC0001234 */
	G9_TPL_IN,
	G9_HOJIN,        /* 13 digits, check digit first */
	G9_YOYAKU,       /* RSV-20250814-031 */
	G9_HEYA,
	G9_PHONE_JP_BIZ, /* 0460-85-1234 */
	G9_PLAN_JP,
	G9_ICHI,         /* the ryokan's coordinates */
	G9_TPL_JP,
	G9_BRN,          /* 123-45-67890, check digit */
	G9_PHONE_KR_BIZ, /* 02-555-1234 */
	G9_BAN,
	G9_GYOJAE,
	G9_HAKBEON,      /* 2025-0451 */
	G9_TPL_KR,
	G9_GANGSA        /* T07 */
};

static const struct {
	int g;
	const char *const *v;
	size_t n;
} lists9[] = {
    LIST(G9_ADDR_VN, vn_addr_j),  LIST(G9_ADDR_IN, in_addr_j),  LIST(G9_ADDR_JP, jp_addr_j),
    LIST(G9_ADDR_KR, kr_addr_j),  LIST(G9_XE, vn_xe_j),         LIST(G9_SHOP_VN, vn_shop_j),
    LIST(G9_TPL_VN, vn_tpl_j),    LIST(G9_KUPA, il_kupa_j),     LIST(G9_TIPUL, il_tipul_j),
    LIST(G9_HEDER, il_heder_j),   LIST(G9_TPL_IL, il_tpl_j),    LIST(G9_PLAN_IN, in_plan_j),
    LIST(G9_TPL_IN, in_tpl_j),    LIST(G9_HEYA, jp_heya_j),     LIST(G9_PLAN_JP, jp_plan_j),
    LIST(G9_TPL_JP, jp_tpl_j),    LIST(G9_ICHI, jp_ichi_j),     LIST(G9_BAN, kr_ban_j),
    LIST(G9_GYOJAE, kr_gyojae_j), LIST(G9_TPL_KR, kr_tpl_j),
};

static const struct {
	int g;
	const char *const *w;
	unsigned nw, min;
} prose9[] = {
#define PROSE9(g, a, k) {g, a, sizeof(a) / sizeof((a)[0]), k}
    PROSE9(G9_PROSE_VN, words_vn_j, 7), PROSE9(G9_PROSE_IL, words_he_j, 5),
    PROSE9(G9_PROSE_IN, words_in_j, 5), PROSE9(G9_PROSE_JP, words_jp_j, 4),
    PROSE9(G9_PROSE_KR, words_kr_j, 4),
#undef PROSE9
};

/* Israeli id check: digits weighted 1,2,1,2..., products' digits summed,
 * the total a multiple of 10; d holds 8 digits, the ninth is written */
static void tz9(char *d)
{
	int i, sum = 0;
	for (i = 0; i < 8; i++) {
		int x = (d[i] - '0') * (i % 2 ? 2 : 1);
		sum += x > 9 ? x - 9 : x;
	}
	d[8] = (char)('0' + (10 - sum % 10) % 10);
	d[9] = 0;
}

/* Verhoeff check digit of d (Aadhaar), appended */
static void verhoeff9(char *d)
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
	static const unsigned char inv[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};
	size_t len = strlen(d), i;
	unsigned c = 0;
	for (i = 0; i < len; i++)
		c = mul[c][perm[(i + 1) % 8][d[len - 1 - i] - '0']];
	d[len] = (char)('0' + inv[c]);
	d[len + 1] = 0;
}

/* a PAN: five letters (the fourth P for a person, C for a company), four
 * digits, a letter */
static void pan9(char *o, char kind, const char *surname)
{
	int i;
	for (i = 0; i < 3; i++)
		o[i] = (char)('A' + rnd(26));
	o[3] = kind;
	o[4] = surname[0];
	digits(o + 5, 4);
	o[9] = (char)('A' + rnd(26));
	o[10] = 0;
}

static void value9(int g, char *o, size_t n)
{
	char d[64], e[64], f[64];
	unsigned y, m, day, k, s;
	int i, sum;
	for (k = 0; k < sizeof lists9 / sizeof lists9[0]; k++)
		if (lists9[k].g == g) {
			snprintf(o, n, "%s", lists9[k].v[rnd((unsigned)lists9[k].n)]);
			return;
		}
	y = 1950 + rnd(55);
	m = 1 + rnd(12);
	day = 1 + rnd(28);
	s = rnd(2);
	for (k = 0; k < sizeof prose9 / sizeof prose9[0]; k++)
		if (prose9[k].g == g) {
			prose6(o, n, prose9[k].w, prose9[k].nw, prose9[k].min + rnd(8));
			return;
		}
	switch (g) {
	case G9_NAME_VN:
		k = rnd(7);
		if (rnd(3))
			snprintf(o, n, "%s %s %s", vn_ho_j[k], vn_dem_j[s][rnd(3)], vn_ten_j[s][rnd(3)]);
		else {
			snprintf(e, sizeof e, "%s", vn_ten_ascii_j[s][rnd(3)]);
			for (i = 0; e[i]; i++)
				e[i] = (char)(e[i] - 32);
			snprintf(o, n, "%s %s %s", vn_ho_ascii_j[k], s ? "THI" : "VAN", e);
		}
		break;
	case G9_BIRTH_VN:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G9_CCCD:
		snprintf(o, n, "%s%u%02u", (const char *[]){"001", "079", "048", "031", "092"}[rnd(5)],
		         (y >= 2000 ? 2 : 0) + s, y % 100);
		digits(o + 6, 6);
		break;
	case G9_PHONE_VN:
		snprintf(d, sizeof d, "%s", (const char *[]){"91", "98", "90", "35", "86", "97"}[rnd(6)]);
		digits(d + 2, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "0%.3s %.3s %.3s", d, d + 3, d + 6);
		else if (k == 1)
			snprintf(o, n, "+84 %.3s %.3s %.3s", d, d + 3, d + 6);
		else
			snprintf(o, n, "0%.2s.%.3s.%.4s", d, d + 2, d + 5);
		break;
	case G9_EMAIL_VN:
		snprintf(e, sizeof e, "%s", vn_ho_ascii_j[rnd(7)]);
		for (i = 0; e[i]; i++)
			e[i] = (char)(e[i] + 32);
		snprintf(o, n, "%s%s%u@gmail.example.vn", e, vn_ten_ascii_j[s][rnd(3)], y % 100);
		break;
	case G9_CARD_VN:
		card6(d, rnd(2) ? '4' : '5');
		snprintf(o, n, "%.4s %.2s** **** %.4s", d, d + 4, d + 12);
		break;
	case G9_IP4:
	case G9_IP4_IN:
		snprintf(o, n, "%u.%u.%u.%u", (g == G9_IP4 ? 113u : 49u) + rnd(60), rnd(256), rnd(256),
		         1 + rnd(254));
		break;
	case G9_GIVEN_IL:
		k = rnd(6);
		snprintf(o, n, "%s", rnd(3) ? il_first_j[k] : il_first_lat_j[k]);
		break;
	case G9_SURNAME_IL:
		k = rnd(6);
		snprintf(o, n, "%s", rnd(3) ? il_last_j[k] : il_last_lat_j[k]);
		break;
	case G9_TZ:
		digits(d, 8);
		d[0] = (char)('0' + rnd(4));
		tz9(d);
		snprintf(o, n, "%s", d);
		break;
	case G9_BIRTH_IL:
		snprintf(o, n, "%02u-%02u-%u", day, m, y);
		break;
	case G9_PHONE_IL:
		snprintf(d, sizeof d, "5%u", (unsigned)(const int[]){0, 2, 3, 4, 8}[rnd(5)]);
		digits(d + 2, 7);
		if (rnd(2))
			snprintf(o, n, "0%.2s-%s", d, d + 2);
		else
			snprintf(o, n, "+972-%.2s-%.3s-%.4s", d, d + 2, d + 5);
		break;
	case G9_EMAIL_IL:
		k = rnd(6);
		snprintf(e, sizeof e, "%s", il_first_lat_j[k]);
		snprintf(f, sizeof f, "%s", il_last_lat_j[rnd(6)]);
		e[0] = (char)(e[0] + 32);
		f[0] = (char)(f[0] + 32);
		snprintf(o, n, "%s.%s@walla.example.co.il", e, f);
		break;
	case G9_ADDR_IL:
		k = rnd(6);
		if (k < 3)
			snprintf(o, n, "%s %u דירה %u, %s %07u", il_streets_j[k], 1 + rnd(120),
			         1 + rnd(30), il_towns_j[rnd(3)], 1000000 + rnd(8999999));
		else
			snprintf(o, n, "%u %s, Apt %u, %s %07u", 1 + rnd(120), il_streets_j[k],
			         1 + rnd(30), il_towns_j[3 + rnd(3)], 1000000 + rnd(8999999));
		break;
	case G9_IBAN_IL:
		snprintf(d, sizeof d, "%s", (const char *[]){"010", "012", "020", "011"}[rnd(4)]);
		digits(d + 3, 16);
		iban7(o, n, "IL", d, rnd(2));
		break;
	case G9_CARD_IL:
		card6(d, rnd(2) ? '4' : '5');
		snprintf(o, n, "%.4s-%.4s-%.4s-%.4s", d, d + 4, d + 8, d + 12);
		break;
	case G9_NAME_IN:
		snprintf(o, n, "%s %s", PICK(in_first_j), PICK(in_last_j));
		break;
	case G9_FATHER_IN:
		if (rnd(2))
			snprintf(o, n, "%s %s", PICK(in_father_j), PICK(in_last_j));
		else
			snprintf(o, n, "%s Kumar %s", PICK(in_father_j), PICK(in_last_j));
		break;
	case G9_BIRTH_IN:
		snprintf(o, n, "%02u-%s-%u", day,
		         (const char *[]){"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
		                          "Oct", "Nov", "Dec"}[m - 1],
		         y);
		break;
	case G9_AADHAAR:
		digits(d, 11);
		d[0] = (char)('2' + rnd(8));
		verhoeff9(d);
		if (rnd(2))
			snprintf(o, n, "%.4s %.4s %.4s", d, d + 4, d + 8);
		else
			snprintf(o, n, "%s", d);
		break;
	case G9_PAN:
		pan9(o, 'P', PICK(in_last_j));
		break;
	case G9_PHONE_IN:
		digits(d, 10);
		d[0] = (char)('6' + rnd(4));
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+91 %.5s %.5s", d, d + 5);
		else if (k == 1)
			snprintf(o, n, "%s", d);
		else
			snprintf(o, n, "0%.5s %.5s", d, d + 5);
		break;
	case G9_EMAIL_IN:
		snprintf(e, sizeof e, "%s", PICK(in_first_j));
		e[0] = (char)(e[0] + 32);
		snprintf(o, n, "%s%u@rediffmail.example.in", e, 1 + rnd(999));
		break;
	case G9_LATLON_IN:
		snprintf(o, n, "%.4f, %.4f", 12.8 + rnd(4000) / 1e4, 77.4 + rnd(4000) / 1e4);
		break;
	case G9_NAME_JP:
		snprintf(o, n, "%s %s", PICK(jp_fam_j), PICK(jp_given_j));
		break;
	case G9_KANA_JP:
		snprintf(o, n, "%s %s", PICK(jp_fam_kana_j), PICK(jp_given_kana_j));
		break;
	case G9_BIRTH_JP:
		if (y >= 1989 || rnd(2))
			snprintf(o, n, "%u/%02u/%02u", y, m, day);
		else
			snprintf(o, n, "昭和%u年%u月%u日", y - 1925, m, day);
		break;
	case G9_MYNUMBER:
		digits(d, 11);
		for (i = 0, sum = 0; i < 11; i++) {
			int pos = 11 - i; /* 1 at the digit next to the check digit */
			sum += (d[i] - '0') * (pos <= 6 ? pos + 1 : pos - 5);
		}
		d[11] = (char)('0' + (sum % 11 <= 1 ? 0 : 11 - sum % 11));
		d[12] = 0;
		if (rnd(3))
			snprintf(o, n, "%s", d);
		else
			snprintf(o, n, "%.4s %.4s %.4s", d, d + 4, d + 8);
		break;
	case G9_PHONE_JP:
		digits(d, 8);
		if (rnd(4))
			snprintf(o, n, "0%s0-%.4s-%.4s", (const char *[]){"9", "8", "7"}[rnd(3)], d, d + 4);
		else
			snprintf(o, n, "+81 90-%.4s-%.4s", d, d + 4);
		break;
	case G9_EMAIL_JP:
		k = rnd(5);
		snprintf(e, sizeof e, "%s", jp_fam_lat_j[k]);
		e[0] = (char)(e[0] + 32);
		snprintf(o, n, "%s.%s@docomo.example.ne.jp", PICK(jp_given_lat_j), e);
		break;
	case G9_CARD_JP:
		card6(d, rnd(2) ? '4' : '5');
		snprintf(o, n, "%s", d);
		break;
	case G9_NAME_KR:
		snprintf(o, n, "%s%s", PICK(kr_last_j), PICK(kr_given_j));
		break;
	case G9_NAME_KR_LAT:
		snprintf(o, n, "%s %s", PICK(kr_last_lat_j), PICK(kr_given_lat_j));
		break;
	case G9_BIRTH_KR:
		if (rnd(2))
			snprintf(o, n, "%u.%02u.%02u", y, m, day);
		else
			snprintf(o, n, "%02u%02u%02u", y % 100, m, day);
		break;
	case G9_RRN: {
		static const int w[] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
		snprintf(d, sizeof d, "%02u%02u%02u%u", y % 100, m, day, (y >= 2000 ? 3 : 1) + s);
		digits(d + 7, 5);
		for (i = 0, sum = 0; i < 12; i++)
			sum += (d[i] - '0') * w[i];
		d[12] = (char)('0' + (11 - sum % 11) % 10);
		d[13] = 0;
		if (rnd(4))
			snprintf(o, n, "%.6s-%s", d, d + 6);
		else
			snprintf(o, n, "%.6s-%c******", d, d[6]);
		break;
	}
	case G9_PHONE_KR:
		digits(d, 8);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "010-%.4s-%.4s", d, d + 4);
		else if (k == 1)
			snprintf(o, n, "010%s", d);
		else
			snprintf(o, n, "+82 10-%.4s-%.4s", d, d + 4);
		break;
	case G9_EMAIL_KR:
		snprintf(e, sizeof e, "%s", PICK(kr_last_lat_j));
		e[0] = (char)(e[0] + 32);
		snprintf(o, n, "%s%u@naver.example.kr", e, 1000 + rnd(9000));
		break;
	case G9_LATLON_KR:
		snprintf(o, n, "%.4f,%.4f", 37.40 + rnd(2500) / 1e4, 126.90 + rnd(2500) / 1e4);
		break;
	case G9_IP46:
		if (rnd(2))
			snprintf(o, n, "%u.%u.%u.%u", 58 + rnd(70), rnd(256), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "2001:%x:%x:%x:%x::%x", 0x2d8 + rnd(4), rnd(65536), rnd(65536),
			         rnd(65536), 1 + rnd(65535));
		break;
	/* look-alikes */
	case G9_HOPDONG:
		snprintf(o, n, "HD-2025-%05u", rnd(100000));
		break;
	case G9_BIENSO:
		snprintf(o, n, "%u%c-%03u.%02u", 29 + rnd(70), "ABCDEFGH"[rnd(8)], rnd(1000), rnd(100));
		break;
	case G9_MST: {
		static const int w[] = {31, 29, 23, 19, 17, 13, 7, 5, 3};
		do {
			digits(d, 9);
			d[0] = (char)('0' + rnd(4));
			for (i = 0, sum = 0; i < 9; i++)
				sum += (d[i] - '0') * w[i];
		} while (10 - sum % 11 > 9);
		d[9] = (char)('0' + 10 - sum % 11);
		d[10] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G9_HOTLINE_VN:
		digits(d, 8);
		if (rnd(2))
			snprintf(o, n, "1900 %.4s", d);
		else
			snprintf(o, n, "0%s %.4s %.4s", rnd(2) ? "28" : "24", d, d + 4);
		break;
	case G9_AMOUNT:
		snprintf(o, n, "%u000", 50 + rnd(900));
		break;
	case G9_DATE:
		snprintf(o, n, "2025-%02u-%02u", m, day);
		break;
	case G9_TIK:
		snprintf(o, n, "%u", 1000 + rnd(99000));
		break;
	case G9_HP:
		snprintf(d, sizeof d, "51%u", rnd(10));
		digits(d + 3, 5);
		tz9(d);
		snprintf(o, n, rnd(2) ? "%.2s-%.6s-%s" : "%.2s%.6s%s", d, d + 2, d + 8);
		break;
	case G9_PHONE_IL_BIZ:
		digits(d, 7);
		snprintf(o, n, "0%c-%s", "2348"[rnd(4)], d);
		break;
	case G9_SUB_CODE:
		snprintf(o, n, "TFN-%06u", rnd(1000000));
		break;
	case G9_GSTIN: {
		static const char cs[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
		snprintf(d, sizeof d, "%s", (const char *[]){"29", "27", "36", "07", "33"}[rnd(5)]);
		pan9(d + 2, 'C', (const char *[]){"S", "A", "K", "R"}[rnd(4)]);
		d[12] = '1';
		d[13] = 'Z';
		for (i = 0, sum = 0; i < 14; i++) {
			int v = (int)(strchr(cs, d[i]) - cs) * (i % 2 ? 2 : 1);
			sum += v / 36 + v % 36;
		}
		d[14] = cs[(36 - sum % 36) % 36];
		d[15] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G9_FSSAI:
		digits(d, 13);
		snprintf(o, n, "1%s", d);
		break;
	case G9_PHONE_IN_BIZ:
		digits(d, 8);
		snprintf(o, n, "0%s-%.4s %.4s", rnd(2) ? "80" : "22", d, d + 4);
		break;
	case G9_PINCODE:
		snprintf(o, n, "%u", 110001 + rnd(750000));
		break;
	case G9_IFSC:
		digits(d, 6);
		snprintf(o, n, "%s0%s", (const char *[]){"HDFC", "SBIN", "ICIC", "UTIB", "KKBK"}[rnd(5)], d);
		break;
	case G9_HOJIN:
		digits(d + 1, 12);
		for (i = 0, sum = 0; i < 12; i++) {
			int pos = 12 - i; /* 1 at the rightmost digit */
			sum += (d[1 + i] - '0') * (pos % 2 ? 1 : 2);
		}
		d[0] = (char)('0' + 9 - sum % 9);
		d[13] = 0;
		snprintf(o, n, "%s", d);
		break;
	case G9_YOYAKU:
		snprintf(o, n, "RSV-2025%02u%02u-%03u", m, day, rnd(1000));
		break;
	case G9_PHONE_JP_BIZ:
		digits(d, 6);
		snprintf(o, n, "0460-%.2s-%.4s", d, d + 2);
		break;
	case G9_BRN: {
		static const int w[] = {1, 3, 7, 1, 3, 7, 1, 3, 5};
		digits(d, 9);
		d[0] = (char)('1' + rnd(8));
		for (i = 0, sum = 0; i < 9; i++)
			sum += (d[i] - '0') * w[i];
		sum += (d[8] - '0') * 5 / 10;
		d[9] = (char)('0' + (10 - sum % 10) % 10);
		d[10] = 0;
		snprintf(o, n, "%.3s-%.2s-%s", d, d + 3, d + 5);
		break;
	}
	case G9_PHONE_KR_BIZ:
		digits(d, 8);
		snprintf(o, n, "0%s-%.3s-%.4s", rnd(2) ? "2" : "31", d, d + 3);
		break;
	case G9_HAKBEON:
		snprintf(o, n, "2025-%04u", rnd(10000));
		break;
	case G9_GANGSA:
		snprintf(o, n, "T%02u", 1 + rnd(30));
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* ------------------------------------------------ the tenth held-out fold
 * heldout10, written blind like the fourth to ninth (its author read
 * neither src/map/pii.c, nor its unit tests, nor the lexicon files, nor
 * the rules in docs/pii.md): an Emirati Umrah travel agency's pilgrims
 * (Arabic column names, transliterated and in Arabic script), an Iranian
 * car-repair garage's customers (Finglish and Persian script), a Thai
 * rice mill's farmer suppliers (RTGS romanisation and Thai script), a
 * Philippine remittance centre's transfers (Tagalog and Taglish) and a
 * Kenyan savings group's members (Swahili). Given names, surnames,
 * streets and towns of those countries, in no other set. Its generators
 * are kept apart from the other folds' (build_db() hands G10_* to
 * value10()). */
static const char *const ae_given_k[2][4] = {{"سلطان", "حمدان", "خليفة", "عبدالرحمن"},
                                             {"مريم", "شمسة", "عائشة", "ميثاء"}};
static const char *const ae_given_lat_k[2][4] = {{"Sultan", "Hamdan", "Khalifa", "Abdulrahman"},
                                                 {"Maryam", "Shamsa", "Aisha", "Maitha"}};
static const char *const ae_father_k[] = {"راشد", "سعيد", "ماجد", "عبيد"};
static const char *const ae_father_lat_k[] = {"Rashid", "Saeed", "Majid", "Obaid"};
static const char *const ae_family_k[] = {"الكعبي",  "المهيري", "النعيمي",
                                          "الشامسي", "السويدي", "الظاهري"};
static const char *const ae_family_lat_k[] = {"Al Kaabi",  "Al Mheiri",  "Al Nuaimi",
                                              "Al Shamsi", "Al Suwaidi", "Al Dhaheri"};
static const char *const ae_addr_k[] = {"شقة 1203، برج الريم، شارع الشيخ زايد، دبي",
                                        "فيلا 14، شارع 7، البرشاء 2، دبي",
                                        "Villa 22, Street 15, Al Mushrif, Abu Dhabi",
                                        "Flat 804, Al Nahda Tower 2, Al Nahda, Sharjah",
                                        "ص.ب 12345، العين، أبوظبي",
                                        "Apt 3104, Marina Gate 1, Dubai Marina, Dubai",
                                        "منزل 9، فريج المرر، ديرة، دبي"};
static const char *const fa_given_k[] = {"محمدرضا", "مهسا",  "کوروش", "نیلوفر",
                                         "بهرام",   "پریسا", "آرش",   "شیرین"};
static const char *const fa_given_lat_k[] = {"Mohammadreza", "Mahsa",  "Kourosh", "Niloufar",
                                             "Bahram",       "Parisa", "Arash",   "Shirin"};
static const char *const fa_family_k[] = {"رضایی", "حسینی", "کریمی", "صادقی", "موسوی", "تهرانی"};
static const char *const fa_family_lat_k[] = {"Rezaei",  "Hosseini", "Karimi",
                                              "Sadeghi", "Mousavi",  "Tehrani"};
static const char *const fa_father_k[] = {"غلامرضا", "عباس", "منوچهر", "جمشید", "فریدون"};
static const char *const fa_father_lat_k[] = {"Gholamreza", "Abbas", "Manouchehr", "Jamshid",
                                              "Fereydoun"};
static const char *const fa_addr_k[] = {
    "تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، واحد ۳، کد پستی ۱۵۹۸۷۶۵۴۳۲",
    "اصفهان، خیابان چهارباغ عباسی، کوچه ۱۸، پلاک ۴۵",
    "Tehran, Shariati St, Golestan Alley, No. 7, Unit 2, Postal code 1943816511",
    "شیراز، بلوار زند، کوچه ۲۴، پلاک ۹",
    "مشهد، بلوار سجاد، خیابان بهارستان ۳، پلاک ۲۱، طبقه دوم",
    "کرج، گوهردشت، خیابان ۱۲ غربی، پلاک 310"};
static const char *const th_title_k[2] = {"นาย", "นางสาว"};
static const char *const th_given_k[2][3] = {{"สมศักดิ์", "บุญมี", "ประยูร"}, {"มาลี", "สุภาพร", "วันเพ็ญ"}};
static const char *const th_given_lat_k[2][3] = {{"Somsak", "Boonmee", "Prayoon"},
                                                 {"Malee", "Supaporn", "Wanpen"}};
static const char *const th_family_k[] = {"ศรีสุข", "แก้วมณี", "บุญเรือง", "ทองดี", "พรหมมา", "จันทร์หอม"};
static const char *const th_family_lat_k[] = {"Srisuk",   "Kaewmanee", "Boonruang",
                                              "Thongdee", "Promma",    "Janhom"};
static const char *const th_nick_k[] = {"นก", "เล็ก", "ต้อม", "แดง", "หนูนา",
                                        "ปุ๊",  "Nok", "Lek", "Tom", "Daeng"};
static const char *const th_month_k[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                         "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",  "พ.ย.", "ธ.ค."};
static const char *const th_addr_k[] = {"123/45 หมู่ 5 ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี 11120",
                                        "88 หมู่ 3 ตำบลท่าช้าง อำเภอเมือง จังหวัดอุบลราชธานี 34000",
                                        "45 Moo 7, Tambon Nong Khai, Amphoe Mueang, Surin 32000",
                                        "9/1 ม.12 ต.ในเมือง อ.เมือง จ.ร้อยเอ็ด 45000",
                                        "201 หมู่ 2 ต.โนนสูง อ.เมือง จ.ขอนแก่น 40000"};
static const char *const ph_given_k[] = {"Maricel", "Jerome", "Rowena",     "Jhun",
                                         "Analyn",  "Ramil",  "Cherry Mae", "Mark Anthony"};
static const char *const ph_middle_k[] = {"Bautista", "Macaraeg", "Manalo", "Pangilinan",
                                          "Dimaculangan"};
static const char *const ph_family_k[] = {"Dela Cruz", "Mercado",   "Manalastas",
                                          "Sison",     "Tolentino", "Ocampo"};
static const char *const ph_month_k[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
static const char *const ph_addr_k[] = {
    "Blk 12 Lot 5, Phase 2, Brgy. San Isidro, Antipolo City, Rizal 1870",
    "123 Mabini St., Brgy. 45, Tondo, Manila 1012",
    "Purok 3, Brgy. Poblacion, Tagum City, Davao del Norte 8100",
    "Unit 14B, Tower 2, Avida Towers, Sta. Mesa, Manila",
    "#27 Sampaguita St., Camella Homes, Bacoor, Cavite 4102",
    "Sitio Malinis, Brgy. Talisay, Lipa City, Batangas 4217"};
static const char *const ke_given_k[] = {"Wanjiru",  "Achieng", "Kiprono", "Mutua",
                                         "Nyambura", "Otieno",  "Chebet",  "Baraka"};
static const char *const ke_christian_k[] = {"Faith",  "Brian",  "Mercy",
                                             "Dennis", "Purity", "Collins"};
static const char *const ke_family_k[] = {"Kamau",   "Odhiambo", "Mwangi", "Kiprotich",
                                          "Njoroge", "Mutiso",   "Wekesa"};
static const char *const ke_month_k[] = {"Januari",  "Februari", "Machi",   "Aprili",
                                         "Mei",      "Juni",     "Julai",   "Agosti",
                                         "Septemba", "Oktoba",   "Novemba", "Desemba"};
static const char *const ke_addr_k[] = {"S.L.P. 4521-00100, Nairobi",
                                        "P.O. Box 1183-40100, Kisumu",
                                        "Nyumba Na. 14, Barabara ya Moi, Nakuru",
                                        "Kijiji cha Kiambaa, Kata ya Karuri, Kiambu",
                                        "Apartment B7, Kindaruma Road, Kilimani, Nairobi",
                                        "Plot 22, Mtaa wa Ronald Ngala, Mombasa"};
static const char *const words_ar_k[] = {
    "المعتمر", "يحتاج", "كرسي",  "متحرك",   "في",   "الحرم", "يرجى", "الاتصال", "قبل",  "السفر",
    "بيوم",    "مع",    "زوجته", "ووالدته", "غرفة", "قريبة", "من",   "المصعد",  "مريض", "سكري"};
static const char *const words_fa_k[] = {
    "مشتری", "گفت",  "صدای", "ترمز",   "از",    "دیروز", "بیشتر", "شده",    "لطفا", "قبل",
    "تعویض", "روغن", "تماس", "بگیرید", "ماشین", "را",    "پسرش",  "میاورد", "عجله", "دارد"};
static const char *const words_th_k[] = {
    "ข้าวชื้นมาก", "ขอเลื่อน", "วันขาย", "เป็น",          "สัปดาห์หน้า", "ลูกชาย",  "จะมารับเงิน",   "แทน",
    "โทรหาก่อน", "ส่งข้าว",  "รถเสีย", "ยังค้างเงินค่าปุ๋ย", "ป้า",       "ไม่สบาย", "นอนโรงพยาบาล"};
static const char *const words_tl_k[] = {
    "pakisabi", "kay",     "ate",   "na",     "darating", "ang",    "padala", "bukas",
    "ng",       "umaga",   "para",  "sa",     "tuition",  "ni",     "bunso",  "wag",
    "po",       "tawagan", "after", "office", "hours",    "salamat"};
static const char *const words_sw_k[] = {
    "mwanachama", "ameomba", "mkopo",   "wa",      "dharura", "kwa",        "ajili",   "ya",
    "ada",        "shule",   "atalipa", "mwezi",   "ujao",    "amechelewa", "mchango", "tafadhali",
    "mpigie",     "simu",    "kabla",   "mkutano", "mume",    "wake",       "ni",      "mdhamini"};
/* look-alikes */
static const char *const ae_hotel_k[] = {
    "Hilton Suites Makkah",  "فندق دار التوحيد إنتركونتيننتال", "Swissôtel Al Maqam",
    "Pullman ZamZam Makkah", "Jabal Omar Hyatt Regency",        "فندق الصفوة رويال أوركيد"};
static const char *const ae_package_k[] = {"Ramadan Gold 10 Nights", "باقة العمرة الاقتصادية",
                                           "Umrah Economy 7N", "باقة الشيخ زايد الذهبية",
                                           "Family Umrah Plus"};
static const char *const ae_tpl_k[] = {"عزيزي {الاسم}، تم تأكيد حجز العمرة رقم {رقم_الحجز}",
                                       "Dear {{pilgrim_name}}, your Umrah visa has been issued.",
                                       "تذكير: موعد الرحلة {التاريخ} الساعة {الوقت}"};
static const char *const fa_model_k[] = {"پژو ۲۰۶",  "Samand LX", "Pride 131", "Dena Plus",
                                         "پژو پارس", "Tiba 2",    "رانا"};
static const char *const fa_part_k[] = {"لنت ترمز", "تسمه تایم",   "Oil filter",
                                        "واتر پمپ", "کمک فنر جلو", "Spark plugs"};
static const char *const fa_tpl_k[] = {"{nam} عزیز، خودروی شما آماده تحویل است.",
                                       "جناب آقای {{famil}}، هزینه تعمیر {mablagh} ریال",
                                       "Dear {customer}, your car is ready for pickup."};
static const char *const th_rice_k[] = {"ข้าวหอมมะลิ 105", "กข 15",       "Pathum Thani 1",
                                        "ข้าวเหนียว กข 6", "Jasmine 105", "ข้าวหอมปทุม"};
static const char *const th_shop_k[] = {"ร้านปุ๋ยเจ๊หมวย", "ร้านลุงสมชายการเกษตร", "Pa Noi Farm Supply",
                                        "ร้านเฮียเม้งวัสดุ", "Khun Chai Rice Trading"};
static const char *const th_tpl_k[] = {"เรียน คุณ{ชื่อ} ยอดขายข้าว {จำนวน} บาท โอนแล้ว",
                                       "แจ้ง {{farmer_name}} ราคาข้าววันนี้ {price} บาท/ตัน",
                                       "Dear {name}, your weigh ticket {ticket} is ready."};
static const char *const ph_branch_k[] = {"Cebuana Lhuillier - Rizal Ave., Sta. Cruz",
                                          "M Lhuillier Quiapo", "Palawan Express - Mabini St.",
                                          "LBC Jose Abad Santos", "Villarica Pawnshop Taft"};
static const char *const ph_partner_k[] = {"Western Union", "MoneyGram", "Remitly",
                                           "Ria",           "Xoom",      "GCash Padala"};
static const char *const ph_purpose_k[] = {"Tuition",          "Pambayad ng kuryente",
                                           "Allowance",        "Gamot ni Lola",
                                           "Business capital", "Birthday gift"};
static const char *const ph_tpl_k[] = {
    "Hi {pangalan}, dumating na ang padala mo! Control no: {control_no}",
    "Magandang araw {{receiver}}, pwede nang i-claim ang PHP {halaga}.",
    "Dear {sender_name}, your transfer was sent."};
static const char *const ke_group_k[] = {
    "Umoja Women Group",         "Mama Ngina Self Help Group",  "Jomo Kenyatta Youth Chama",
    "Tujijenge Investment Club", "Wangari Maathai Tree Savers", "Bidii Boda Boda Sacco"};
static const char *const ke_tpl_k[] = {"Habari {jina}, mchango wako wa KES {kiasi} umepokelewa.",
                                       "Ndugu {{jina_la_mwanachama}}, mkutano ni tarehe {tarehe}.",
                                       "Dear {member}, your loan of KES {amount} is approved."};

enum {
	G10_FIRST = 6000, /* above every G9_*: build_db() hands them to value10() */
	G10_NAME_AR = G10_FIRST, /* سلطان راشد الكعبي, سلطان بن راشد الكعبي */
	G10_NAME_AR_LAT, /* Sultan Rashid Al Kaabi, SULTAN RASHID ALKAABI */
	G10_BIRTH_AR,    /* 1408/07/15 هـ, 15/03/1988, Arabic-Indic digits */
	G10_EID,         /* 784-1988-1234567-1, Luhn */
	G10_PHONE_AE,    /* 050 123 4567, +971 55 123 4567, 971501234567 */
	G10_EMAIL_AE,
	G10_ADDR_AE,
	G10_PROSE_AR,
	G10_IBAN_AE,
	G10_IP4_AE,
	G10_NAME_FA,   /* Persian script, sometimes Latin */
	G10_FATHER_FA, /* a father's given name */
	G10_BIRTH_FA,  /* 1367/05/12, Persian digits */
	G10_MELLI,     /* 10 digits, mod-11 check */
	G10_PHONE_IR,  /* 0912 345 6789, +98 912 345 6789, Persian digits */
	G10_EMAIL_IR,
	G10_ADDR_IR,
	G10_CARD_IR, /* 6037-9975-1234-5678, Luhn */
	G10_IBAN_IR,
	G10_PROSE_FA,
	G10_NAME_TH,  /* นายสมศักดิ์ ศรีสุข, Mr. Somsak Srisuk */
	G10_NICK_TH,  /* a nickname */
	G10_BIRTH_TH, /* Buddhist era: 15/03/2531, 15 มี.ค. 2531 */
	G10_THAI_ID,  /* 1-2345-67890-12-3, mod-11 check */
	G10_PHONE_TH, /* 081-234-5678, +66 81 234 5678 */
	G10_ADDR_TH,
	G10_LATLON_TH, /* 15.2286, 104.8564 */
	G10_PROSE_TH,
	G10_NAME_PH,  /* DELA CRUZ, MARICEL B. / Maricel Bautista Dela Cruz */
	G10_BIRTH_PH, /* March 14, 1987 / 03/14/1987 */
	G10_TIN_PH,   /* 123-456-789-000 */
	G10_PHONE_PH, /* 0917 123 4567, +63 917 123 4567 */
	G10_EMAIL_PH,
	G10_ADDR_PH,
	G10_PROSE_TL,
	G10_IP_PH,    /* IPv4 and IPv6 */
	G10_CARD_PH,  /* 462845******1234 */
	G10_NAME_KE,  /* Faith Wanjiru Kamau, Otieno Odhiambo */
	G10_BIRTH_KE, /* 14/03/1987, 14 Machi 1987 */
	G10_KE_ID,    /* 8 digits */
	G10_KRA_PIN,  /* A012345678Z */
	G10_PHONE_KE, /* 0712 345 678, +254 712 345 678, 254712345678 */
	G10_EMAIL_KE,
	G10_ADDR_KE,
	G10_PROSE_SW,
	G10_LATLON_KE, /* -0.4236, 36.9514 */
	/* look-alikes */
	G10_HAJZ,   /* UMR-1447-00451 */
	G10_RUKHSA, /* CN-1234567 */
	G10_TRN,    /* 100 and 12 digits */
	G10_PHONE_AE_BIZ,
	G10_HOTEL_AE,
	G10_PACKAGE_AE,
	G10_FLIGHT, /* EK 2817 */
	G10_TPL_AR,
	G10_DATE,     /* 2026-03-14 */
	G10_PAZIRESH, /* P-1403-0815 */
	G10_PELAK,    /* ۱۲ ب ۳۴۵ ایران ۶۷ */
	G10_SHENASE,  /* a company's national id, 11 digits */
	G10_PHONE_IR_BIZ,
	G10_MODEL_FA,
	G10_PART_FA,
	G10_RIAL,
	G10_JALALI, /* 1403/08/14 */
	G10_TPL_FA,
	G10_WEIGH,      /* WT-670315-0042 */
	G10_MILL_TAXID, /* 0105 and 9 digits, the Thai id's check */
	G10_RICE,
	G10_PHONE_TH_BIZ,
	G10_KG,
	G10_PRICE,
	G10_SHOP_TH,
	G10_BE_DATE, /* 15/03/2567 */
	G10_TPL_TH,
	G10_CONTROL,     /* 10 digits */
	G10_BRANCH_CODE, /* MNL-0451 */
	G10_BRANCH_PH,
	G10_PARTNER,
	G10_CO_TIN,     /* 004-567-890-00012 */
	G10_HOTLINE_PH, /* (02) 8123-4567 */
	G10_HALAGA,     /* PHP 5,000.00 */
	G10_PURPOSE,
	G10_TPL_TL,
	G10_DSD,     /* DSD/NRB/2019/0451 */
	G10_PAYBILL, /* 6 digits */
	G10_PHONE_KE_BIZ,
	G10_GROUP_KE,
	G10_MPESA, /* QGH7X2K9LM */
	G10_KIASI,
	G10_KRA_CO, /* P051234567X */
	G10_TPL_SW,
	G10_TS /* 2025-07-14 09:31 */
};

static const struct {
	int g;
	const char *const *v;
	size_t n;
} lists10[] = {
    LIST(G10_ADDR_AE, ae_addr_k),    LIST(G10_ADDR_IR, fa_addr_k),
    LIST(G10_ADDR_TH, th_addr_k),    LIST(G10_ADDR_PH, ph_addr_k),
    LIST(G10_ADDR_KE, ke_addr_k),    LIST(G10_NICK_TH, th_nick_k),
    LIST(G10_HOTEL_AE, ae_hotel_k),  LIST(G10_PACKAGE_AE, ae_package_k),
    LIST(G10_TPL_AR, ae_tpl_k),      LIST(G10_MODEL_FA, fa_model_k),
    LIST(G10_PART_FA, fa_part_k),    LIST(G10_TPL_FA, fa_tpl_k),
    LIST(G10_RICE, th_rice_k),       LIST(G10_SHOP_TH, th_shop_k),
    LIST(G10_TPL_TH, th_tpl_k),      LIST(G10_BRANCH_PH, ph_branch_k),
    LIST(G10_PARTNER, ph_partner_k), LIST(G10_PURPOSE, ph_purpose_k),
    LIST(G10_TPL_TL, ph_tpl_k),      LIST(G10_GROUP_KE, ke_group_k),
    LIST(G10_TPL_SW, ke_tpl_k),
};

static const struct {
	int g;
	const char *const *w;
	unsigned nw, min;
} prose10[] = {
#define PROSE10(g, a, k)                                                                           \
	{                                                                                          \
		g, a, sizeof(a) / sizeof((a)[0]), k                                                \
	}
    PROSE10(G10_PROSE_AR, words_ar_k, 5), PROSE10(G10_PROSE_FA, words_fa_k, 5),
    PROSE10(G10_PROSE_TH, words_th_k, 3), PROSE10(G10_PROSE_TL, words_tl_k, 6),
    PROSE10(G10_PROSE_SW, words_sw_k, 6),
#undef PROSE10
};

/* the ASCII digits of s written as Arabic-Indic (U+0660..) or Persian
 * (U+06F0..) digits */
static void eastern10(char *o, size_t n, const char *s, bool persian)
{
	size_t len = 0;
	for (; *s && len + 3 < n; s++) {
		if (*s >= '0' && *s <= '9') {
			o[len++] = (char)(persian ? 0xDB : 0xD9);
			o[len++] = (char)((persian ? 0xB0 : 0xA0) + (*s - '0'));
		} else
			o[len++] = *s;
	}
	o[len] = 0;
}

/* the Iranian national code's check digit: d holds 9 digits, the tenth
 * is written */
static void melli10(char *d)
{
	int i, sum = 0, r;
	for (i = 0; i < 9; i++)
		sum += (d[i] - '0') * (10 - i);
	r = sum % 11;
	d[9] = (char)('0' + (r < 2 ? r : 11 - r));
	d[10] = 0;
}

/* the Thai 13-digit id's check digit: d holds 12 digits, the 13th is
 * written */
static void thaiid10(char *d)
{
	int i, sum = 0;
	for (i = 0; i < 12; i++)
		sum += (d[i] - '0') * (13 - i);
	d[12] = (char)('0' + (11 - sum % 11) % 10);
	d[13] = 0;
}

static void lower10(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s + 32);
		else if (*s == ' ')
			*s = '.';
}

static void value10(int g, char *o, size_t n)
{
	char d[64], e[96], f[96];
	unsigned y, m, day, k, s;
	int i;
	for (k = 0; k < sizeof lists10 / sizeof lists10[0]; k++)
		if (lists10[k].g == g) {
			snprintf(o, n, "%s", lists10[k].v[rnd((unsigned)lists10[k].n)]);
			return;
		}
	y = 1950 + rnd(56);
	m = 1 + rnd(12);
	day = 1 + rnd(28);
	s = rnd(2);
	for (k = 0; k < sizeof prose10 / sizeof prose10[0]; k++)
		if (prose10[k].g == g) {
			prose6(o, n, prose10[k].w, prose10[k].nw, prose10[k].min + rnd(8));
			return;
		}
	switch (g) {
	case G10_NAME_AR:
		k = rnd(4);
		snprintf(o, n, rnd(3) ? "%s %s %s" : "%s بن %s %s", ae_given_k[s][k],
		         ae_father_k[rnd(4)], ae_family_k[rnd(6)]);
		break;
	case G10_NAME_AR_LAT:
		k = rnd(6);
		if (rnd(3))
			snprintf(o, n, "%s %s %s", ae_given_lat_k[s][rnd(4)],
			         ae_father_lat_k[rnd(4)], ae_family_lat_k[k]);
		else {
			snprintf(e, sizeof e, "%s %s AL%s", ae_given_lat_k[s][rnd(4)],
			         ae_father_lat_k[rnd(4)], ae_family_lat_k[k] + 3);
			for (i = 0; e[i]; i++)
				if (e[i] >= 'a' && e[i] <= 'z')
					e[i] = (char)(e[i] - 32);
			snprintf(o, n, "%s", e);
		}
		break;
	case G10_BIRTH_AR:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%u/%02u/%02u هـ", 1370 + rnd(55), m, day);
		else {
			snprintf(e, sizeof e, "%02u/%02u/%u", day, m, y);
			if (k == 1)
				snprintf(o, n, "%s", e);
			else
				eastern10(o, n, e, false);
		}
		break;
	case G10_EID:
		snprintf(d, sizeof d, "784%u", y);
		digits(d + 7, 7);
		luhn_fill(d, 15);
		if (rnd(3))
			snprintf(o, n, "%.3s-%.4s-%.7s-%c", d, d + 3, d + 7, d[14]);
		else
			snprintf(o, n, "%s", d);
		break;
	case G10_PHONE_AE:
		snprintf(d, sizeof d, "5%c", "024568"[rnd(6)]);
		digits(d + 2, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "0%.2s %.3s %.4s", d, d + 2, d + 5);
		else if (k == 1)
			snprintf(o, n, "+971 %.2s %.3s %.4s", d, d + 2, d + 5);
		else
			snprintf(o, n, "971%s", d);
		break;
	case G10_EMAIL_AE:
		snprintf(e, sizeof e, "%s", ae_given_lat_k[s][rnd(4)]);
		snprintf(f, sizeof f, "%s", ae_family_lat_k[rnd(6)] + 3);
		lower10(e);
		lower10(f);
		snprintf(o, n, "%s.al%s@%s", e, f,
		         rnd(2) ? "emirates.example.ae" : "gmail.example.com");
		break;
	case G10_IBAN_AE:
		snprintf(d, sizeof d, "%s", (const char *[]){"033", "026", "035", "030"}[rnd(4)]);
		digits(d + 3, 16);
		iban7(o, n, "AE", d, rnd(2));
		break;
	case G10_IP4_AE:
		snprintf(o, n, "%u.%u.%u.%u", 86 + rnd(10), rnd(256), rnd(256), 1 + rnd(254));
		break;
	case G10_NAME_FA:
		k = rnd(8);
		if (rnd(4))
			snprintf(o, n, "%s %s", fa_given_k[k], fa_family_k[rnd(6)]);
		else
			snprintf(o, n, "%s %s", fa_given_lat_k[k], fa_family_lat_k[rnd(6)]);
		break;
	case G10_FATHER_FA:
		k = rnd(5);
		snprintf(o, n, "%s", rnd(4) ? fa_father_k[k] : fa_father_lat_k[k]);
		break;
	case G10_BIRTH_FA:
		snprintf(e, sizeof e, "%u/%02u/%02u", 1330 + rnd(55), m, day);
		if (rnd(2))
			snprintf(o, n, "%s", e);
		else
			eastern10(o, n, e, true);
		break;
	case G10_MELLI:
		digits(d, 9);
		melli10(d);
		if (rnd(3))
			snprintf(o, n, "%s", d);
		else
			snprintf(o, n, "%.3s-%.6s-%c", d, d + 3, d[9]);
		break;
	case G10_PHONE_IR:
		snprintf(d, sizeof d, "9%s",
		         (const char *[]){"12", "35", "19", "01", "36"}[rnd(5)]);
		digits(d + 3, 7);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "0%.3s %.3s %.4s", d, d + 3, d + 6);
		else if (k == 1)
			snprintf(o, n, "+98 %.3s %.3s %.4s", d, d + 3, d + 6);
		else if (k == 2)
			snprintf(o, n, "0%s", d);
		else {
			snprintf(e, sizeof e, "0%s", d);
			eastern10(o, n, e, true);
		}
		break;
	case G10_EMAIL_IR:
		snprintf(e, sizeof e, "%s", fa_given_lat_k[rnd(8)]);
		snprintf(f, sizeof f, "%s", fa_family_lat_k[rnd(6)]);
		lower10(e);
		lower10(f);
		snprintf(o, n, "%s_%s%u@%s", e, f, y % 100,
		         rnd(2) ? "mail.example.ir" : "yahoo.example.com");
		break;
	case G10_CARD_IR:
		snprintf(
		    d, sizeof d, "%s",
		    (const char *[]){"603799", "610433", "589210", "627353", "622106"}[rnd(5)]);
		digits(d + 6, 9);
		luhn_fill(d, 16);
		if (rnd(2))
			snprintf(o, n, "%.4s-%.4s-%.4s-%.4s", d, d + 4, d + 8, d + 12);
		else
			snprintf(o, n, "%s", d);
		break;
	case G10_IBAN_IR:
		snprintf(d, sizeof d, "0%s0",
		         (const char *[]){"17", "12", "18", "56", "55"}[rnd(5)]);
		digits(d + 4, 18);
		iban7(o, n, "IR", d, rnd(2));
		break;
	case G10_NAME_TH:
		k = rnd(3);
		if (rnd(4))
			snprintf(o, n, "%s%s%s %s", th_title_k[s], rnd(3) ? "" : " ",
			         th_given_k[s][k], th_family_k[rnd(6)]);
		else
			snprintf(o, n, "%s %s %s", s ? "Ms." : "Mr.", th_given_lat_k[s][k],
			         th_family_lat_k[rnd(6)]);
		break;
	case G10_BIRTH_TH:
		if (rnd(2))
			snprintf(o, n, "%02u/%02u/%u", day, m, y + 543);
		else
			snprintf(o, n, "%u %s %u", day, th_month_k[m - 1], y + 543);
		break;
	case G10_THAI_ID:
		d[0] = (char)('1' + rnd(8));
		digits(d + 1, 11);
		thaiid10(d);
		if (rnd(2))
			snprintf(o, n, "%c-%.4s-%.5s-%.2s-%c", d[0], d + 1, d + 5, d + 10, d[12]);
		else
			snprintf(o, n, "%s", d);
		break;
	case G10_PHONE_TH:
		snprintf(d, sizeof d, "%c%c", "869"[rnd(3)], "1256789"[rnd(7)]);
		digits(d + 2, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "0%.2s-%.3s-%.4s", d, d + 2, d + 5);
		else if (k == 1)
			snprintf(o, n, "0%s", d);
		else
			snprintf(o, n, "+66 %.2s %.3s %.4s", d, d + 2, d + 5);
		break;
	case G10_LATLON_TH:
		snprintf(o, n, "%.4f, %.4f", 14.80 + rnd(9000) / 1e4, 103.20 + rnd(16000) / 1e4);
		break;
	case G10_NAME_PH:
		k = rnd(6);
		snprintf(e, sizeof e, "%s", PICK(ph_given_k));
		snprintf(f, sizeof f, "%s", PICK(ph_middle_k));
		if (rnd(3) == 0) {
			char u[96];
			snprintf(u, sizeof u, "%s, %s %c.", ph_family_k[k], e, f[0]);
			for (i = 0; u[i]; i++)
				if (u[i] >= 'a' && u[i] <= 'z')
					u[i] = (char)(u[i] - 32);
			snprintf(o, n, "%s", u);
		} else if (rnd(2))
			snprintf(o, n, "%s %s %s", e, f, ph_family_k[k]);
		else
			snprintf(o, n, "%s %c. %s", e, f[0], ph_family_k[k]);
		break;
	case G10_BIRTH_PH:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%s %u, %u", ph_month_k[m - 1], day, y);
		else if (k == 1)
			snprintf(o, n, "%02u/%02u/%u", m, day, y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G10_TIN_PH:
		digits(d, 9);
		if (rnd(3))
			snprintf(o, n, "%.3s-%.3s-%.3s-000", d, d + 3, d + 6);
		else
			snprintf(o, n, "%s", d);
		break;
	case G10_PHONE_PH:
		snprintf(d, sizeof d, "9%s",
		         (const char *[]){"17", "18", "27", "95", "06", "99"}[rnd(6)]);
		digits(d + 3, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "0%.3s %.3s %.4s", d, d + 3, d + 6);
		else if (k == 1)
			snprintf(o, n, "+63 %.3s %.3s %.4s", d, d + 3, d + 6);
		else
			snprintf(o, n, "0%s", d);
		break;
	case G10_EMAIL_PH:
		snprintf(e, sizeof e, "%s", PICK(ph_given_k));
		snprintf(f, sizeof f, "%s", PICK(ph_family_k));
		lower10(e);
		lower10(f);
		for (i = 0; f[i]; i++)
			if (f[i] == '.')
				f[i] = '_';
		snprintf(o, n, "%s%s%u@%s", e, f, 80 + rnd(20),
		         rnd(2) ? "yahoo.example.ph" : "gmail.example.com");
		break;
	case G10_IP_PH:
		if (rnd(3))
			snprintf(o, n, "%u.%u.%u.%u", 112 + rnd(10), rnd(256), rnd(256),
			         1 + rnd(254));
		else
			snprintf(o, n, "2001:4452:%x:%x::%x", rnd(65536), rnd(65536),
			         1 + rnd(65535));
		break;
	case G10_CARD_PH:
		card6(d, rnd(2) ? '4' : '5');
		snprintf(o, n, "%.6s******%.4s", d, d + 12);
		break;
	case G10_NAME_KE:
		if (rnd(2))
			snprintf(o, n, "%s %s %s", PICK(ke_christian_k), PICK(ke_given_k),
			         PICK(ke_family_k));
		else
			snprintf(o, n, "%s %s", PICK(ke_given_k), PICK(ke_family_k));
		break;
	case G10_BIRTH_KE:
		if (rnd(2))
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else
			snprintf(o, n, "%u %s %u", day, ke_month_k[m - 1], y);
		break;
	case G10_KE_ID:
		digits(d, 8);
		d[0] = (char)('1' + rnd(3));
		snprintf(o, n, "%s", d);
		break;
	case G10_KRA_PIN:
		digits(d, 9);
		d[0] = '0';
		snprintf(o, n, "A%s%c", d, 'A' + rnd(26));
		break;
	case G10_PHONE_KE:
		snprintf(d, sizeof d, "%s", (const char *[]){"71", "72", "79", "11", "74"}[rnd(5)]);
		digits(d + 2, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "0%.3s %.3s %.3s", d, d + 3, d + 6);
		else if (k == 1)
			snprintf(o, n, "+254 %.3s %.3s %.3s", d, d + 3, d + 6);
		else
			snprintf(o, n, "254%s", d);
		break;
	case G10_EMAIL_KE:
		snprintf(e, sizeof e, "%s", PICK(ke_given_k));
		snprintf(f, sizeof f, "%s", PICK(ke_family_k));
		lower10(e);
		lower10(f);
		snprintf(o, n, "%s%s%u@%s", e, f, y % 100,
		         rnd(2) ? "gmail.example.co.ke" : "yahoo.example.com");
		break;
	case G10_LATLON_KE:
		snprintf(o, n, "%.4f, %.4f", -1.30 + rnd(15000) / 1e4, 36.60 + rnd(8000) / 1e4);
		break;
	/* look-alikes */
	case G10_HAJZ:
		snprintf(o, n, "UMR-1447-%05u", rnd(100000));
		break;
	case G10_RUKHSA:
		snprintf(o, n, "CN-%07u", 1000000 + rnd(9000000));
		break;
	case G10_TRN:
		digits(d, 12);
		snprintf(o, n, "100%s", d);
		break;
	case G10_PHONE_AE_BIZ:
		digits(d, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "04 %.3s %.4s", d, d + 3);
		else if (k == 1)
			snprintf(o, n, "+971 4 %.3s %.4s", d, d + 3);
		else
			snprintf(o, n, "800 %.4s", d);
		break;
	case G10_FLIGHT:
		snprintf(o, n, "%s %u", (const char *[]){"EK", "SV", "FZ", "G9", "EY"}[rnd(5)],
		         100 + rnd(2900));
		break;
	case G10_DATE:
		snprintf(o, n, "2026-%02u-%02u", m, day);
		break;
	case G10_PAZIRESH:
		snprintf(o, n, "P-1403-%04u", rnd(10000));
		break;
	case G10_PELAK:
		snprintf(
		    e, sizeof e, "%02u %s %03u ایران %02u", 10 + rnd(89),
		    (const char *[]){"ب", "ج", "د", "س", "ص", "ط", "ق", "ل", "م", "ن"}[rnd(10)],
		    100 + rnd(900), 10 + rnd(89));
		if (rnd(2))
			snprintf(o, n, "%s", e);
		else
			eastern10(o, n, e, true);
		break;
	case G10_SHENASE:
		digits(d, 9);
		snprintf(o, n, "10%s", d);
		break;
	case G10_PHONE_IR_BIZ:
		digits(d, 8);
		if (rnd(2))
			snprintf(o, n, "021-%s", d);
		else
			snprintf(o, n, "(021) %.4s %.4s", d, d + 4);
		break;
	case G10_RIAL:
		snprintf(o, n, "%u0000", 100 + rnd(9900));
		break;
	case G10_JALALI:
		snprintf(o, n, "1403/%02u/%02u", m, day);
		break;
	case G10_WEIGH:
		snprintf(o, n, "WT-67%02u%02u-%04u", m, day, rnd(10000));
		break;
	case G10_MILL_TAXID:
		snprintf(d, sizeof d, "0105");
		digits(d + 4, 8);
		thaiid10(d);
		snprintf(o, n, "%s", d);
		break;
	case G10_PHONE_TH_BIZ:
		digits(d, 6);
		snprintf(o, n, "0%s-%.3s-%.3s", (const char *[]){"45", "44", "43"}[rnd(3)], d,
		         d + 3);
		break;
	case G10_KG:
		snprintf(o, n, "%u", 2000 + rnd(28000));
		break;
	case G10_PRICE:
		snprintf(o, n, "%u.00", 9000 + rnd(8000));
		break;
	case G10_BE_DATE:
		snprintf(o, n, "%02u/%02u/2567", day, m);
		break;
	case G10_CONTROL:
		digits(d, 10);
		snprintf(o, n, "%s", d);
		break;
	case G10_BRANCH_CODE:
		snprintf(o, n, "%s-%04u", (const char *[]){"MNL", "CEB", "DVO", "ILO"}[rnd(4)],
		         rnd(10000));
		break;
	case G10_CO_TIN:
		digits(d, 9);
		snprintf(o, n, "%.3s-%.3s-%.3s-%05u", d, d + 3, d + 6, 1 + rnd(40));
		break;
	case G10_HOTLINE_PH:
		digits(d, 8);
		if (rnd(2))
			snprintf(o, n, "(02) %.4s-%.4s", d, d + 4);
		else
			snprintf(o, n, "1-800-10-%.3s-%.4s", d, d + 3);
		break;
	case G10_HALAGA:
		snprintf(o, n, "PHP %u,%03u.00", 1 + rnd(49), rnd(1000));
		break;
	case G10_DSD:
		snprintf(o, n, "DSD/%s/%u/%04u",
		         (const char *[]){"NRB", "KSM", "NKR", "MSA"}[rnd(4)], 2010 + rnd(15),
		         rnd(10000));
		break;
	case G10_PAYBILL:
		snprintf(o, n, "%u", 100000 + rnd(900000));
		break;
	case G10_PHONE_KE_BIZ:
		digits(d, 7);
		if (rnd(2))
			snprintf(o, n, "020 %.3s %.4s", d, d + 3);
		else
			snprintf(o, n, "+254 20 %.3s %.4s", d, d + 3);
		break;
	case G10_MPESA:
		for (i = 0; i < 10; i++)
			d[i] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[rnd(34)];
		d[0] = "QRS"[rnd(3)];
		d[10] = 0;
		snprintf(o, n, "%s", d);
		break;
	case G10_KIASI:
		snprintf(o, n, "%u", 50 * (1 + rnd(400)));
		break;
	case G10_KRA_CO:
		digits(d, 9);
		d[0] = '0';
		snprintf(o, n, "P%s%c", d, 'A' + rnd(26));
		break;
	case G10_TS:
		snprintf(o, n, "2025-%02u-%02u %02u:%02u", m, day, rnd(24), rnd(60));
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* --------------------------------------------- the eleventh held-out fold
 * heldout11, written blind like the fourth to tenth (its author read
 * neither src/map/pii.c, nor its unit tests, nor the lexicon files, nor
 * the rules in docs/pii.md): a Tbilisi sulphur bath house's visitors
 * (Georgian, in Mkhedruli and transliterated), a Yerevan dance school's
 * pupils and parents (Armenian, in Armenian script and transliterated), a
 * Bangladeshi kazi office's marriage register (Bengali, in Bengali script
 * and romanised, with English), an Icelandic riding tour's bookings
 * (Icelandic) and a Lagos parish's members (Yoruba and Nigerian English).
 * Given names, surnames, streets and towns of those countries, in no
 * other set. Its generators are kept apart from the other folds'
 * (build_db() hands G11_* to value11()). */
static const char *const ka_given_l[] = {"ნინო", "თამარ", "გიორგი", "ლევან", "ეკატერინე", "დავით",
                                         "მარიამ", "ზურაბ"};
static const char *const ka_given_lat_l[] = {"Nino",  "Tamar",  "Giorgi", "Levan",
                                             "Ekaterine", "Davit", "Mariam", "Zurab"};
static const char *const ka_family_l[] = {"ბერიძე", "კაპანაძე", "გელაშვილი", "ლომიძე",
                                          "ჯავახიშვილი", "ხუციშვილი", "ცინცაძე"};
static const char *const ka_family_lat_l[] = {"Beridze", "Kapanadze", "Gelashvili", "Lomidze",
                                              "Javakhishvili", "Khutsishvili", "Tsintsadze"};
static const char *const ka_month_l[] = {"იანვარი", "თებერვალი", "მარტი", "აპრილი",
                                         "მაისი", "ივნისი", "ივლისი", "აგვისტო",
                                         "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"};
static const char *const ka_addr_l[] = {
    "თბილისი, ი. ჭავჭავაძის გამზ. 37, ბინა 12",
    "ქ. ბათუმი, რუსთაველის ქ. 14, ბ. 5",
    "Tbilisi, Aghmashenebeli Ave 118, apt 7",
    "თბილისი, ვაკე, აბაშიძის ქ. 22",
    "ქუთაისი, წერეთლის ქ. 9, ბინა 31",
    "Rustavi, Megobroba St 4, flat 56, 3700",
    "თბილისი 0179, საბურთალო, ვაჟა-ფშაველას გამზ. 71, კორპ. 3, ბ. 44"};
static const char *const hy_given_l[] = {"Անի", "Նարե", "Արամ", "Տիգրան", "Լիլիթ", "Գոռ", "Մանե",
                                         "Դավիթ"};
static const char *const hy_family_l[] = {"Հակոբյան", "Պետրոսյան", "Սարգսյան", "Մկրտչյան",
                                          "Ղազարյան", "Ավետիսյան"};
static const char *const hy_parent_lat_l[] = {"Armen", "Karen", "Ashot", "Gayane",
                                              "Anahit", "Hasmik", "Vardan", "Lusine"};
static const char *const hy_family_lat_l[] = {"Hakobyan", "Petrosyan", "Sargsyan", "Mkrtchyan",
                                              "Ghazaryan", "Avetisyan"};
static const char *const hy_month_l[] = {"հունվարի", "փետրվարի", "մարտի", "ապրիլի",
                                         "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի",
                                         "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"};
static const char *const hy_addr_l[] = {"ք. Երևան, Կոմիտասի պող. 45, բն. 12",
                                        "Yerevan, Baghramyan Ave 24, apt 8",
                                        "ք. Գյումրի, Ռիժկովի 17, բն. 3",
                                        "Երևան 0033, Արաբկիր, Մամիկոնյանց 6",
                                        "ք. Վանաձոր, Տիգրան Մեծի 58/2",
                                        "Yerevan 0014, Davtashen 3rd district, bld 21, apt 40"};
static const char *const bn_groom_l[] = {"Rafiqul Islam", "Shahadat Hossain", "Mizanur Rahman",
                                         "Tanvir Ahmed", "Sabbir Hasan", "Nazmul Huda"};
static const char *const bn_bride_l[] = {"ফারজানা আক্তার", "নুসরাত জাহান", "সুমাইয়া ইসলাম",
                                         "তাসলিমা খাতুন", "মৌসুমী বেগম", "রাবেয়া সুলতানা"};
static const char *const bn_father_l[] = {"আব্দুল করিম", "মোঃ জয়নাল আবেদীন", "Abul Kashem",
                                          "Md. Nurul Amin", "সিরাজুল হক", "Late Abdul Mannan"};
static const char *const bn_month_l[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const bn_addr_l[] = {
    "গ্রাম: চরপাড়া, ডাকঘর: শম্ভুগঞ্জ, উপজেলা: ময়মনসিংহ সদর, জেলা: ময়মনসিংহ",
    "House 12, Road 5, Dhanmondi, Dhaka-1205",
    "বাসা ৪৫/২, মিরপুর-১০, ঢাকা-১২১৬",
    "Vill: Kashimpur, PO: Jaydebpur, Gazipur-1700",
    "ফ্ল্যাট ৩বি, বাড়ি ৭, রোড ১১, উত্তরা সেক্টর ৬, ঢাকা",
    "Holding 221, Agrabad C/A, Chattogram-4100"};
static const char *const is_given_l[2][5] = {
    {"Sigurður", "Gunnar", "Ólafur", "Einar", "Hrafn"},
    {"Guðrún", "Sigríður", "Kristín", "Helga", "Ásdís"}};
static const char *const is_father_l[] = {"Jóns", "Magnús", "Einars", "Péturs", "Halldórs", "Gísla"};
static const char *const is_tourist_l[] = {"Emily Hartwell", "Lukas Brenner", "Chloé Marchand",
                                           "Hiroshi Tanabe", "Ines Vidal", "Mark O'Donnell"};
static const char *const is_month_l[] = {"janúar", "febrúar", "mars",      "apríl",
                                         "maí",    "júní",    "júlí",      "ágúst",
                                         "september", "október", "nóvember", "desember"};
static const char *const is_addr_l[] = {"Laugavegur 112, 105 Reykjavík",
                                        "Hringbraut 45, 220 Hafnarfirði",
                                        "Skólavörðustígur 8, íbúð 201, 101 Reykjavík",
                                        "Brekkugata 3, 600 Akureyri",
                                        "Furugrund 24, 200 Kópavogi",
                                        "Austurvegur 51, 800 Selfossi"};
static const char *const yo_given_l[] = {"Adébáyọ̀", "Olúwaseun", "Fúnmiláyọ̀", "Títílayọ̀",
                                         "Babátúndé", "Oyèwùmí", "Adeola", "Kehinde"};
static const char *const yo_given_lat_l[] = {"Adebayo", "Oluwaseun", "Funmilayo", "Titilayo",
                                             "Babatunde", "Oyewumi", "Adeola", "Kehinde"};
static const char *const yo_family_l[] = {"Ogunleye", "Adewale", "Olatunji", "Akinola",
                                          "Fashola",  "Oyelaran"};
static const char *const yo_month_l[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};
static const char *const yo_addr_l[] = {"No. 12, Adeola Odeku Street, Victoria Island, Lagos",
                                        "Plot 7, Ogunlana Drive, Surulere, Lagos",
                                        "15 Ikorodu Road, Onipanu, Lagos",
                                        "Block C, Flat 4, Jakande Estate, Isolo, Lagos State",
                                        "Ile 22, Opopona Ọba Akran, Ikeja",
                                        "House 9, Bodija Estate, Ibadan, Oyo State"};
static const char *const words_ka_l[] = {
    "სტუმარს", "სურს", "კერძო", "ოთახი", "მასაჟით", "ალერგია", "აქვს", "ზეთზე",
    "დარეკეთ", "წინა", "დღით", "მოვა", "მეუღლესთან", "ერთად", "ვიზიტი", "გადაიტანა"};
static const char *const words_hy_l[] = {
    "երեխան", "ունի", "ասթմա", "մայրը", "կգա", "ուշ", "խնդրում", "եմ", "զանգահարել",
    "նախքան", "փորձը", "վճարը", "կկատարի", "հայրը", "ամսվա", "վերջին"};
static const char *const words_bn_l[] = {
    "কনের", "অভিভাবক", "উপস্থিত", "ছিলেন", "দেনমোহর", "আংশিক", "পরিশোধিত", "বরের",
    "বাবা", "অসুস্থ", "সাক্ষী", "দুইজন", "পরে", "স্বাক্ষর", "করবেন", "ফোন"};
static const char *const words_is_l[] = {
    "gesturinn", "er", "byrjandi", "og", "vill", "rólegan", "hest", "sækja", "á",
    "hótelið", "klukkan", "níu", "hefur", "dottið", "af", "baki", "áður", "hringja"};
static const char *const words_yo_l[] = {
    "ó",   "ti",  "san",  "owó", "ìdáwó", "rẹ̀", "ọkọ", "rẹ̀", "wà",   "ní",  "ilé", "ìwòsàn",
    "ẹ",   "pè",  "é",    "kí",  "ìpàdé", "tó",  "bẹ̀rẹ̀", "please", "call", "before", "Sunday"};
/* look-alikes */
static const char *const ka_bath_l[] = {"Orbeliani Bath", "ჭრელი აბანო", "Gulo's Thermal Spa",
                                        "ირაკლი II-ის აბანო", "Royal Bath", "Sulphur Bath No. 5"};
static const char *const ka_service_l[] = {"კისა მასაჟი", "Private room 1h", "საერთო აბანო",
                                           "Scrub + massage", "ოჯახის ოთახი 2 სთ"};
static const char *const ka_tpl_l[] = {"გამარჯობა {სახელი}, თქვენი ჯავშანი {კოდი} დადასტურებულია",
                                       "Dear {{guest_name}}, your bath is booked for {time}.",
                                       "შეხსენება: ვიზიტი {თარიღი} {დრო}-ზე"};
static const char *const hy_group_l[] = {"Սայաթ-Նովա խումբ", "Komitas A", "Aram Khachaturian class",
                                         "Անուշ", "Sasuntsi Davit juniors", "Berd seniors"};
static const char *const hy_dance_l[] = {"Kochari", "Շալախո", "Berd", "Յարխուշտա",
                                         "Tamzara", "Ուզունդարա"};
static const char *const hy_tpl_l[] = {"Հարգելի {անուն}, վճարը {գումար} դրամ ընդունված է",
                                       "Dear {{parent_name}}, rehearsal moved to {date}.",
                                       "Barev {anun}, pordzy {zham}-in e"};
static const char *const bn_mosque_l[] = {"Baitul Mukarram", "হযরত শাহজালাল জামে মসজিদ",
                                          "Shah Ali Mazar Mosque", "Tara Masjid",
                                          "খান মোহাম্মদ মৃধা মসজিদ", "Chawkbazar Shahi Mosque"};
static const char *const bn_tpl_l[] = {"প্রিয় {নাম}, আপনার নিকাহ নিবন্ধন {নম্বর} সম্পন্ন হয়েছে",
                                       "Dear {{groom_name}}, certificate ready on {date}.",
                                       "জনাব {বরের_নাম}, দেনমোহর {টাকা} টাকা"};
static const char *const is_horse_l[] = {"Sleipnir", "Gráni", "Stjarna", "Blesi frá Hólum",
                                         "Skjóni", "Glói", "Perla", "Fengur frá Auðsholtshjáleigu"};
static const char *const is_tour_l[] = {"Gullni hringurinn 3 klst", "Lava tour 1,5 klst",
                                        "Reiðtúr við Rauðavatn", "Midnight sun ride",
                                        "Fjölskylduferð 1 klst"};
static const char *const is_tpl_l[] = {"Sæl/l {nafn}, bókun þín {bokun} er staðfest.",
                                       "Hi {{guest}}, pickup at {time} from {hotel}.",
                                       "Kæri {nafn}, ferðinni er frestað vegna veðurs."};
static const char *const yo_fellowship_l[] = {"St. Peter's Men Fellowship", "Dorcas Women Guild",
                                              "Ẹgbẹ́ Ọ̀dọ́ Joseph", "Good Women Fellowship",
                                              "Bishop Ajayi Crowther Choir", "Ẹgbẹ́ Abraham"};
static const char *const yo_parish_l[] = {"Christ Church Cathedral, Marina", "St. Jude's, Ebute Metta",
                                          "Our Saviour's Church, Onikan", "St. Paul's, Breadfruit",
                                          "Ìjọ Mímọ́ Kristi, Ìkòyí"};
static const char *const yo_tpl_l[] = {"Ẹ kú àárọ̀ {oruko}, ìpàdé wa ni {ojo}.",
                                       "Dear {{member_name}}, your tithe of N{amount} was received.",
                                       "Happy birthday {first_name}! God bless you."};

enum {
	G11_FIRST = 7000, /* above every G10_*: build_db() hands them to value11() */
	G11_NAME_KA = G11_FIRST, /* ნინო ბერიძე */
	G11_NAME_KA_LAT,         /* Nino Beridze, BERIDZE NINO */
	G11_BIRTH_KA,            /* 12.03.1988, 12 მარტი 1988 */
	G11_PIRADI,              /* 11 digits */
	G11_PHONE_KA,            /* 599 12 34 56, +995 599 123 456, 995599123456 */
	G11_EMAIL_KA,
	G11_ADDR_KA,
	G11_PROSE_KA,
	G11_IBAN_KA, /* GE29TB0000000101904917 */
	G11_IP_KA,
	G11_NAME_HY,   /* Անի Հակոբյան */
	G11_PARENT_HY, /* Armen Petrosyan, PETROSYAN ARMEN */
	G11_BIRTH_HY,  /* 14.03.2012, 2012 թ. մարտի 14 */
	G11_HCH,       /* 10 digits */
	G11_PHONE_HY,  /* +374 91 234567, 091 23 45 67 */
	G11_EMAIL_HY,
	G11_ADDR_HY,
	G11_CARD_HY, /* ArCa 9051..., Visa, Luhn */
	G11_PROSE_HY,
	G11_GROOM_BN,  /* Md. Rafiqul Islam, MD. RAFIQUL ISLAM */
	G11_BRIDE_BN,  /* Bengali script */
	G11_FATHER_BN, /* Bengali or Latin */
	G11_BIRTH_BN,  /* 15/03/1994, ১৫-০৩-১৯৯৪, 15 Mar 1994 */
	G11_NID_BN,    /* 10, 13 or 17 digits */
	G11_PHONE_BN,  /* 01712-345678, +880 1712-345678, Bengali digits */
	G11_EMAIL_BN,
	G11_ADDR_BN,
	G11_PROSE_BN,
	G11_NAME_IS,   /* Guðrún Jónsdóttir, or a tourist */
	G11_KENNITALA, /* 140385-2389, mod-11 check */
	G11_BIRTH_IS,  /* 14.3.1985, 14. mars 1985 */
	G11_PHONE_IS,  /* 862 1234, +354 862 1234 */
	G11_EMAIL_IS,
	G11_ADDR_IS,
	G11_CARD_IS, /* 4571 2345 6789 0123 */
	G11_IBAN_IS, /* IS14 0159 2600 7654 5510 7303 39 */
	G11_PROSE_IS,
	G11_LATLON_IS, /* 64.1355, -21.8954 */
	G11_NAME_YO,   /* Adébáyọ̀ Ogunleye, OGUNLEYE, Adebayo O., Mrs. ... */
	G11_BIRTH_YO,  /* 14/03/1985, 14th March 1985 */
	G11_NIN,       /* 11 digits */
	G11_PHONE_NG,  /* 0803 123 4567, +234 803 123 4567, 2348031234567 */
	G11_EMAIL_YO,
	G11_ADDR_YO,
	G11_CARD_NG, /* 5399 ..., Luhn */
	G11_PROSE_YO,
	G11_LATLON_NG, /* 6.5244, 3.3792 */
	G11_IP_NG,     /* IPv4 and IPv6 */
	/* look-alikes */
	G11_JAVSHANI, /* ABN-2026-04512 */
	G11_BATH_KA,
	G11_SK_KA, /* a company's identification code, 9 digits */
	G11_PHONE_KA_BIZ,
	G11_SERVICE_KA,
	G11_LARI,
	G11_TPL_KA,
	G11_DATE,     /* 2026-03-14 */
	G11_PAYMANAGIR, /* ՊՄ-2026/0451 */
	G11_HVHH,     /* a company's tax id, 8 digits */
	G11_PHONE_HY_BIZ,
	G11_GROUP_HY,
	G11_DANCE_HY,
	G11_AMD,
	G11_TPL_HY,
	G11_NIKAH_NO, /* NKH-2026-0451 */
	G11_KAZI_LIC, /* KL/DHK/2011/0231 */
	G11_TAKA,
	G11_PHONE_BN_BIZ,
	G11_MOSQUE_BN,
	G11_BOOK_PAGE, /* বই নং ১২, পৃষ্ঠা ৪৫ */
	G11_TRADE_LIC, /* TRAD/DNCC/045123/2022 */
	G11_TPL_BN,
	G11_BOKUN,      /* HR-26-04512 */
	G11_HORSE,
	G11_TOUR_IS,
	G11_KT_CO, /* a company's kennitala: day + 40, mod-11 check */
	G11_PHONE_IS_BIZ,
	G11_ISK,
	G11_TPL_IS,
	G11_MEMBER_NO, /* CCM/LA/0451 */
	G11_FELLOWSHIP,
	G11_PARISH,
	G11_RC_NG, /* RC 1234567 */
	G11_PHONE_NG_BIZ,
	G11_NAIRA,
	G11_TPL_YO,
	G11_TS /* 2025-07-14 09:31 */
};

static const struct {
	int g;
	const char *const *v;
	size_t n;
} lists11[] = {
    LIST(G11_ADDR_KA, ka_addr_l),       LIST(G11_ADDR_HY, hy_addr_l),
    LIST(G11_ADDR_BN, bn_addr_l),       LIST(G11_ADDR_IS, is_addr_l),
    LIST(G11_ADDR_YO, yo_addr_l),       LIST(G11_BRIDE_BN, bn_bride_l),
    LIST(G11_FATHER_BN, bn_father_l),   LIST(G11_BATH_KA, ka_bath_l),
    LIST(G11_SERVICE_KA, ka_service_l), LIST(G11_TPL_KA, ka_tpl_l),
    LIST(G11_GROUP_HY, hy_group_l),     LIST(G11_DANCE_HY, hy_dance_l),
    LIST(G11_TPL_HY, hy_tpl_l),         LIST(G11_MOSQUE_BN, bn_mosque_l),
    LIST(G11_TPL_BN, bn_tpl_l),         LIST(G11_HORSE, is_horse_l),
    LIST(G11_TOUR_IS, is_tour_l),       LIST(G11_TPL_IS, is_tpl_l),
    LIST(G11_FELLOWSHIP, yo_fellowship_l), LIST(G11_PARISH, yo_parish_l),
    LIST(G11_TPL_YO, yo_tpl_l),
};

static const struct {
	int g;
	const char *const *w;
	unsigned nw, min;
} prose11[] = {
#define PROSE11(g, a, k)                                                                           \
	{                                                                                          \
		g, a, sizeof(a) / sizeof((a)[0]), k                                                \
	}
    PROSE11(G11_PROSE_KA, words_ka_l, 4), PROSE11(G11_PROSE_HY, words_hy_l, 5),
    PROSE11(G11_PROSE_BN, words_bn_l, 5), PROSE11(G11_PROSE_IS, words_is_l, 6),
    PROSE11(G11_PROSE_YO, words_yo_l, 6),
#undef PROSE11
};

/* the ASCII digits of s written as Bengali digits (U+09E6..) */
static void bengali11(char *o, size_t n, const char *s)
{
	size_t len = 0;
	for (; *s && len + 4 < n; s++) {
		if (*s >= '0' && *s <= '9') {
			o[len++] = (char)0xE0;
			o[len++] = (char)0xA7;
			o[len++] = (char)(0xA6 + (*s - '0'));
		} else
			o[len++] = *s;
	}
	o[len] = 0;
}

/* a kennitala: DDMMYY, two digits, the mod-11 check, the century (9 for
 * the 1900s, 0 for the 2000s); day + 40 for a company */
static void kennitala11(char *o, size_t n, unsigned day, unsigned m, unsigned y, bool dash)
{
	static const int w[] = {3, 2, 7, 6, 5, 4, 3, 2};
	char d[16];
	int i, sum, r;
	do {
		snprintf(d, sizeof d, "%02u%02u%02u%02u", day, m, y % 100, 20 + rnd(80));
		for (sum = 0, i = 0; i < 8; i++)
			sum += (d[i] - '0') * w[i];
		r = 11 - sum % 11;
	} while (r == 10);
	d[8] = (char)('0' + (r == 11 ? 0 : r));
	d[9] = (char)(y >= 2000 ? '0' : '9');
	d[10] = 0;
	if (dash)
		snprintf(o, n, "%.6s-%s", d, d + 6);
	else
		snprintf(o, n, "%s", d);
}

static void value11(int g, char *o, size_t n)
{
	char d[64], e[96], f[96];
	unsigned y, m, day, k, s;
	int i;
	for (k = 0; k < sizeof lists11 / sizeof lists11[0]; k++)
		if (lists11[k].g == g) {
			snprintf(o, n, "%s", lists11[k].v[rnd((unsigned)lists11[k].n)]);
			return;
		}
	y = 1950 + rnd(56);
	m = 1 + rnd(12);
	day = 1 + rnd(28);
	s = rnd(2);
	for (k = 0; k < sizeof prose11 / sizeof prose11[0]; k++)
		if (prose11[k].g == g) {
			prose6(o, n, prose11[k].w, prose11[k].nw, prose11[k].min + rnd(8));
			return;
		}
	switch (g) {
	case G11_NAME_KA:
		snprintf(o, n, "%s %s", PICK(ka_given_l), PICK(ka_family_l));
		break;
	case G11_NAME_KA_LAT:
		if (rnd(3))
			snprintf(o, n, "%s %s", PICK(ka_given_lat_l), PICK(ka_family_lat_l));
		else {
			snprintf(e, sizeof e, "%s %s", PICK(ka_family_lat_l), PICK(ka_given_lat_l));
			for (i = 0; e[i]; i++)
				if (e[i] >= 'a' && e[i] <= 'z')
					e[i] = (char)(e[i] - 32);
			snprintf(o, n, "%s", e);
		}
		break;
	case G11_BIRTH_KA:
		if (rnd(3))
			snprintf(o, n, "%02u.%02u.%u", day, m, y);
		else
			snprintf(o, n, "%u %s %u", day, ka_month_l[m - 1], y);
		break;
	case G11_PIRADI:
		digits(d, 9);
		snprintf(o, n, "01%s", d);
		break;
	case G11_PHONE_KA:
		snprintf(d, sizeof d, "5%s",
		         (const char *[]){"99", "98", "95", "77", "55", "91", "93"}[rnd(7)]);
		digits(d + 3, 6);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%.3s %.2s %.2s %.2s", d, d + 3, d + 5, d + 7);
		else if (k == 1)
			snprintf(o, n, "+995 %.3s %.3s %.3s", d, d + 3, d + 6);
		else
			snprintf(o, n, "995%s", d);
		break;
	case G11_EMAIL_KA:
		k = rnd(8);
		snprintf(e, sizeof e, "%s.%s", ka_given_lat_l[k], PICK(ka_family_lat_l));
		lower10(e);
		snprintf(o, n, "%s%u@%s", e, y % 100, rnd(2) ? "mail.example.ge" : "gmail.example.com");
		break;
	case G11_IBAN_KA:
		digits(d + 2, 16);
		d[0] = 'T';
		d[1] = 'B';
		if (rnd(2)) {
			d[0] = 'B';
			d[1] = 'G';
		}
		iban7(o, n, "GE", d, rnd(3) == 0);
		break;
	case G11_IP_KA:
		if (rnd(4))
			snprintf(o, n, "%u.%u.%u.%u", (const unsigned[]){31, 46, 85, 188}[rnd(4)],
			         rnd(256), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "2a02:2c8:%x:%x::%x", rnd(65536), rnd(65536), 1 + rnd(65535));
		break;
	case G11_NAME_HY:
		snprintf(o, n, "%s %s", PICK(hy_given_l), PICK(hy_family_l));
		break;
	case G11_PARENT_HY:
		if (rnd(3))
			snprintf(o, n, "%s %s", PICK(hy_parent_lat_l), PICK(hy_family_lat_l));
		else {
			snprintf(e, sizeof e, "%s %s", PICK(hy_family_lat_l), PICK(hy_parent_lat_l));
			for (i = 0; e[i]; i++)
				if (e[i] >= 'a' && e[i] <= 'z')
					e[i] = (char)(e[i] - 32);
			snprintf(o, n, "%s", e);
		}
		break;
	case G11_BIRTH_HY:
		y = 2008 + rnd(12);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%02u.%02u.%u", day, m, y);
		else if (k == 1)
			snprintf(o, n, "%u թ. %s %u", y, hy_month_l[m - 1], day);
		else
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G11_HCH:
		digits(d, 10);
		d[0] = (char)('1' + rnd(9));
		snprintf(o, n, "%s", d);
		break;
	case G11_PHONE_HY:
		snprintf(d, sizeof d, "%s",
		         (const char *[]){"91", "93", "94", "77", "99", "98", "55", "96"}[rnd(8)]);
		digits(d + 2, 6);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+374 %.2s %s", d, d + 2);
		else if (k == 1)
			snprintf(o, n, "0%.2s %.2s %.2s %.2s", d, d + 2, d + 4, d + 6);
		else
			snprintf(o, n, "(0%.2s) %.2s-%.2s-%.2s", d, d + 2, d + 4, d + 6);
		break;
	case G11_EMAIL_HY:
		snprintf(e, sizeof e, "%s_%s", PICK(hy_parent_lat_l), PICK(hy_family_lat_l));
		lower10(e);
		snprintf(o, n, "%s%u@%s", e, 70 + rnd(30), rnd(2) ? "mail.example.am" : "yandex.example.ru");
		break;
	case G11_CARD_HY:
		if (rnd(2)) {
			snprintf(d, sizeof d, "9051");
			digits(d + 4, 11);
			luhn_fill(d, 16);
		} else
			card6(d, '4');
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G11_GROOM_BN:
		k = rnd(3);
		snprintf(e, sizeof e, "%s%s", k == 0 ? "" : "Md. ", PICK(bn_groom_l));
		if (k == 2)
			for (i = 0; e[i]; i++)
				if (e[i] >= 'a' && e[i] <= 'z')
					e[i] = (char)(e[i] - 32);
		snprintf(o, n, "%s", e);
		break;
	case G11_BIRTH_BN:
		y = 1975 + rnd(30);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else if (k == 1) {
			snprintf(e, sizeof e, "%02u-%02u-%u", day, m, y);
			bengali11(o, n, e);
		} else
			snprintf(o, n, "%02u %s %u", day, bn_month_l[m - 1], y);
		break;
	case G11_NID_BN:
		k = rnd(3);
		if (k == 0) {
			digits(d, 10);
			d[0] = (char)('1' + rnd(9));
		} else if (k == 1) {
			digits(d, 13);
			d[0] = (char)('1' + rnd(6));
		} else {
			snprintf(d, sizeof d, "%u", 1975 + rnd(30));
			digits(d + 4, 13);
		}
		snprintf(o, n, "%s", d);
		break;
	case G11_PHONE_BN:
		snprintf(d, sizeof d, "1%c", "7395846"[rnd(7)]);
		digits(d + 2, 8);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "0%.4s-%s", d, d + 4);
		else if (k == 1)
			snprintf(o, n, "+880 %.4s-%s", d, d + 4);
		else if (k == 2)
			snprintf(o, n, "880%s", d);
		else {
			snprintf(e, sizeof e, "0%s", d);
			bengali11(o, n, e);
		}
		break;
	case G11_EMAIL_BN:
		snprintf(e, sizeof e, "%s", PICK(bn_groom_l));
		lower10(e);
		snprintf(o, n, "%s%u@%s", e, y % 100, rnd(2) ? "gmail.example.com" : "yahoo.example.com.bd");
		break;
	case G11_NAME_IS:
		if (rnd(4))
			snprintf(o, n, "%s %s%s", is_given_l[s][rnd(5)], PICK(is_father_l),
			         s ? "dóttir" : "son");
		else
			snprintf(o, n, "%s", PICK(is_tourist_l));
		break;
	case G11_KENNITALA:
		kennitala11(o, n, day, m, y, rnd(3) != 0);
		break;
	case G11_BIRTH_IS:
		if (rnd(2))
			snprintf(o, n, "%u.%u.%u", day, m, y);
		else
			snprintf(o, n, "%u. %s %u", day, is_month_l[m - 1], y);
		break;
	case G11_PHONE_IS:
		digits(d, 7);
		d[0] = "678"[rnd(3)];
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%.3s %.4s", d, d + 3);
		else if (k == 1)
			snprintf(o, n, "+354 %.3s %.4s", d, d + 3);
		else
			snprintf(o, n, "%s", d);
		break;
	case G11_EMAIL_IS:
		snprintf(e, sizeof e, "%s", is_given_l[s][rnd(5)]);
		for (i = 0, k = 0; e[i] && k + 1 < sizeof f; i++) { /* ASCII only */
			unsigned char c = (unsigned char)e[i];
			if (c < 0x80)
				f[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			else if (c == 0xC3 && e[i + 1]) {
				c = (unsigned char)e[++i];
				f[k++] = c == 0xB0 || c == 0x90 ? 'd' : c == 0xA1 || c == 0x81 ? 'a'
				       : c == 0xAD || c == 0x8D ? 'i' : c == 0xB3 || c == 0x93 ? 'o'
				       : c == 0xBA || c == 0x9A ? 'u' : c == 0xA9 || c == 0x89 ? 'e' : 'x';
			}
		}
		f[k] = 0;
		snprintf(o, n, "%s%u@%s", f, y % 100, rnd(2) ? "simnet.example.is" : "gmail.example.com");
		break;
	case G11_CARD_IS:
		card6(d, rnd(2) ? '4' : '5');
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G11_IBAN_IS:
		snprintf(d, sizeof d, "0%u26", 101 + rnd(500));
		digits(e, 6);
		kennitala11(f, sizeof f, day, m, y, false);
		snprintf(d + 6, sizeof d - 6, "%s%s", e, f);
		iban7(o, n, "IS", d, rnd(3) != 0);
		break;
	case G11_LATLON_IS:
		snprintf(o, n, "%.4f, %.4f", 63.90 + rnd(3000) / 1e4, -22.10 + rnd(5000) / 1e4);
		break;
	case G11_NAME_YO:
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "%s %s", PICK(yo_given_l), PICK(yo_family_l));
		else if (k == 1) {
			snprintf(e, sizeof e, "%s", PICK(yo_family_l));
			for (i = 0; e[i]; i++)
				if (e[i] >= 'a' && e[i] <= 'z')
					e[i] = (char)(e[i] - 32);
			snprintf(o, n, "%s, %s %c.", e, PICK(yo_given_lat_l), 'A' + rnd(20));
		} else if (k == 2)
			snprintf(o, n, "%s %s %s", (const char *[]){"Mrs.", "Mr.", "Deacon", "Chief"}[rnd(4)],
			         PICK(yo_given_lat_l), PICK(yo_family_l));
		else
			snprintf(o, n, "%s %s %s", PICK(yo_given_lat_l), PICK(yo_given_lat_l),
			         PICK(yo_family_l));
		break;
	case G11_BIRTH_YO:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else if (k == 1)
			snprintf(o, n, "%u%s %s %u", day,
			         day % 10 == 1 && day != 11   ? "st"
			         : day % 10 == 2 && day != 12 ? "nd"
			         : day % 10 == 3 && day != 13 ? "rd"
			                                      : "th",
			         yo_month_l[m - 1], y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G11_NIN:
		digits(d, 11);
		d[0] = (char)('1' + rnd(9));
		snprintf(o, n, "%s", d);
		break;
	case G11_PHONE_NG:
		snprintf(d, sizeof d, "%s",
		         (const char *[]){"803", "806", "813", "703", "805", "807", "905", "817"}[rnd(8)]);
		digits(d + 3, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "0%.3s %.3s %.4s", d, d + 3, d + 6);
		else if (k == 1)
			snprintf(o, n, "+234 %.3s %.3s %.4s", d, d + 3, d + 6);
		else
			snprintf(o, n, "234%s", d);
		break;
	case G11_EMAIL_YO:
		snprintf(e, sizeof e, "%s", PICK(yo_given_lat_l));
		snprintf(f, sizeof f, "%s", PICK(yo_family_l));
		lower10(e);
		lower10(f);
		snprintf(o, n, "%s.%s%u@%s", e, f, y % 100, rnd(2) ? "yahoo.example.com" : "gmail.example.com");
		break;
	case G11_CARD_NG:
		snprintf(d, sizeof d, "%s", rnd(2) ? "5399" : "5061");
		digits(d + 4, 11);
		luhn_fill(d, 16);
		if (rnd(2))
			snprintf(o, n, "%s", d);
		else
			snprintf(o, n, "%.4s-%.4s-%.4s-%.4s", d, d + 4, d + 8, d + 12);
		break;
	case G11_LATLON_NG:
		snprintf(o, n, "%.4f, %.4f", 6.40 + rnd(2000) / 1e4, 3.20 + rnd(4000) / 1e4);
		break;
	case G11_IP_NG:
		if (rnd(3))
			snprintf(o, n, "%u.%u.%u.%u", (const unsigned[]){41, 102, 105, 197}[rnd(4)],
			         rnd(256), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "2c0f:f4c0:%x:%x::%x", rnd(65536), rnd(65536), 1 + rnd(65535));
		break;
	/* look-alikes */
	case G11_JAVSHANI:
		snprintf(o, n, "ABN-2026-%05u", rnd(100000));
		break;
	case G11_SK_KA:
		digits(d, 8);
		snprintf(o, n, "4%s", d);
		break;
	case G11_PHONE_KA_BIZ:
		digits(d, 6);
		if (rnd(2))
			snprintf(o, n, "032 2 %.2s %.2s %.2s", d, d + 2, d + 4);
		else
			snprintf(o, n, "+995 32 2%s", d);
		break;
	case G11_LARI:
		snprintf(o, n, "%u.00 ₾", 20 + 5 * rnd(60));
		break;
	case G11_DATE:
		snprintf(o, n, "2026-%02u-%02u", m, day);
		break;
	case G11_PAYMANAGIR:
		snprintf(o, n, "ՊՄ-2026/%04u", rnd(10000));
		break;
	case G11_HVHH:
		digits(d, 8);
		d[0] = "02"[rnd(2)];
		snprintf(o, n, "%s", d);
		break;
	case G11_PHONE_HY_BIZ:
		digits(d, 6);
		if (rnd(2))
			snprintf(o, n, "+374 10 %.2s %.2s %.2s", d, d + 2, d + 4);
		else
			snprintf(o, n, "(010) %.2s-%.2s-%.2s", d, d + 2, d + 4);
		break;
	case G11_AMD:
		snprintf(o, n, "%u000 AMD", 15 + rnd(30));
		break;
	case G11_NIKAH_NO:
		snprintf(o, n, "NKH-2026-%04u", rnd(10000));
		break;
	case G11_KAZI_LIC:
		snprintf(o, n, "KL/%s/%u/%04u", (const char *[]){"DHK", "CTG", "MYM", "SYL"}[rnd(4)],
		         2005 + rnd(18), rnd(10000));
		break;
	case G11_TAKA:
		snprintf(o, n, "%u", 10000 * (5 + rnd(200)));
		break;
	case G11_PHONE_BN_BIZ:
		digits(d, 7);
		if (rnd(2))
			snprintf(o, n, "02-%s", d);
		else
			snprintf(o, n, "+880 2 %s", d);
		break;
	case G11_BOOK_PAGE:
		snprintf(e, sizeof e, "বই নং %u, পৃষ্ঠা %u", 1 + rnd(40), 1 + rnd(200));
		bengali11(o, n, e);
		break;
	case G11_TRADE_LIC:
		snprintf(o, n, "TRAD/%s/%06u/%u", rnd(2) ? "DNCC" : "DSCC", rnd(1000000), 2015 + rnd(10));
		break;
	case G11_BOKUN:
		snprintf(o, n, "HR-26-%05u", rnd(100000));
		break;
	case G11_KT_CO:
		kennitala11(o, n, day + 40, m, 1970 + rnd(50), rnd(2) != 0);
		break;
	case G11_PHONE_IS_BIZ:
		digits(d, 4);
		if (rnd(2))
			snprintf(o, n, "+354 %s %s", (const char *[]){"555", "562", "588"}[rnd(3)], d);
		else
			snprintf(o, n, "%s %s", (const char *[]){"555", "562", "588"}[rnd(3)], d);
		break;
	case G11_ISK:
		snprintf(o, n, "%u.%03u kr.", 9 + rnd(40), 100 * rnd(10));
		break;
	case G11_MEMBER_NO:
		snprintf(o, n, "CCM/LA/%04u", rnd(10000));
		break;
	case G11_RC_NG:
		snprintf(o, n, "RC %u", 100000 + rnd(1800000));
		break;
	case G11_PHONE_NG_BIZ:
		digits(d, 7);
		if (rnd(2))
			snprintf(o, n, "01-%s", d);
		else
			snprintf(o, n, "+234 1 %.3s %.4s", d, d + 3);
		break;
	case G11_NAIRA:
		snprintf(o, n, "N%u,%03u", 1 + rnd(200), 500 * rnd(2));
		break;
	case G11_TS:
		snprintf(o, n, "2025-%02u-%02u %02u:%02u", m, day, rnd(24), rnd(60));
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* --------------------------------------------- the twelfth held-out fold
 * heldout12, written blind like the fourth to eleventh (its author read
 * neither src/map/pii.c, nor its unit tests, nor the lexicon files, nor
 * the rules in docs/pii.md): a Cretan olive-oil cooperative's growers
 * (Greek, in Greek script and Greeklish), a Hangzhou wedding photo
 * studio's orders (Chinese, in hanzi and pinyin), a Busan fishing
 * charter's passenger list (Korean in Hangul, with English), a Yogyakarta
 * boarding house's tenants (Indonesian) and a Vojvodina beekeepers'
 * association's members (Serbian, Cyrillic and Latin). Given names,
 * surnames, streets and towns of those countries, in no other set. Its
 * generators are kept apart from the other folds' (build_db() hands
 * G12_* to value12()). */
static const char *const el_given_m[] = {"Γεώργιος", "Εμμανουήλ", "Νικόλαος", "Ιωάννης", "Μιχάλης",
                                         "Σταύρος"};
static const char *const el_given_f[] = {"Ελένη", "Ειρήνη", "Κατερίνα", "Μαρία", "Δέσποινα",
                                         "Αργυρώ"};
static const char *const el_family[] = {"Μανουσάκης", "Ψαράκης", "Σφακιανάκης", "Παπαδάκης",
                                        "Τζανάκης", "Κουκουράκης"};
static const char *const el_given_lat[] = {"georgios", "manolis", "nikos",  "giannis",
                                           "michalis", "stavros", "eleni",  "eirini",
                                           "katerina", "maria",   "despoina", "argyro"};
static const char *const el_family_lat[] = {"manousakis", "psarakis", "sfakianakis",
                                            "papadakis",  "tzanakis", "koukourakis"};
static const char *const el_month[] = {"Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου",
                                       "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
                                       "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"};
static const char *const el_addr[] = {"Ικάρου 23, 713 07 Ηράκλειο",
                                      "Λεωφ. Κνωσού 112, Ηράκλειο 714 09",
                                      "Odos Dimokratias 8, 74100 Rethymno",
                                      "Πλατεία Ελευθερίας 4, Χανιά 731 34",
                                      "Κάτω Καλέσια, Δήμος Μινώα Πεδιάδας, 701 00",
                                      "Archanes, Kapetan Michali 17, TK 70100",
                                      "Γ. Παπανδρέου 45, Μοίρες 704 00, Κρήτη"};
static const char *const el_words[] = {
    "ο", "παραγωγός", "ζητά", "προκαταβολή", "για", "το", "λάδι", "τηλεφωνήστε", "μετά",
    "τις", "έξι", "λείπει", "στην", "Αθήνα", "θα", "φέρει", "ελιές", "Δευτέρα", "γιος",
    "του", "plirwmi", "meta", "ta", "Xristougenna", "έχει", "χρέος"};
static const char *const zh_family[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
static const char *const zh_given_m[] = {"浩然", "子轩", "思远", "一鸣", "俊杰", "宇航"};
static const char *const zh_given_f[] = {"欣怡", "梓涵", "雨桐", "佳琪", "诗涵", "若汐"};
static const char *const zh_family_lat[] = {"Wang", "Li",   "Zhang", "Liu",  "Chen",
                                            "Yang", "Zhao", "Huang", "Zhou", "Wu"};
static const char *const zh_given_f_lat[] = {"Xinyi", "Zihan", "Yutong", "Jiaqi", "Shihan",
                                             "Ruoxi"};
static const char *const zh_given_m_lat[] = {"Haoran", "Zixuan", "Siyuan", "Yiming", "Junjie",
                                             "Yuhang"};
static const char *const zh_addr[] = {
    "浙江省杭州市西湖区文三路478号华星大厦1幢1203室",
    "杭州市拱墅区莫干山路100号耀江国际大厦B座8楼",
    "浙江省绍兴市越城区解放北路218号",
    "上海市浦东新区张杨路1500号2单元601",
    "Room 1502, No. 88 Qingchun Rd, Shangcheng District, Hangzhou 310003",
    "浙江省宁波市鄞州区天童南路588号 邮编315100"};
static const char *const zh_phrases[] = {
    "新娘怀孕三个月", "请提前一天电话确认", "不要拍外景", "父母会来看拍摄", "婚期定在十月",
    "需要加急出片",   "对花粉过敏",         "新郎比较害羞", "预算有限", "朋友介绍来的"};
static const char *const ko_family[] = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
static const char *const ko_given[] = {"민준", "서연", "지훈", "수빈", "현우",
                                       "예은", "성민", "하은", "동현", "지민"};
static const char *const ko_given_lat[] = {"minjun", "seoyeon", "jihun", "subin", "hyunwoo",
                                           "yeeun",  "sungmin", "haeun", "donghyun", "jimin"};
static const char *const ko_family_lat[] = {"kim", "lee", "park", "choi", "jung",
                                            "kang", "cho", "yoon", "jang", "lim"};
static const char *const ko_addr[] = {"부산광역시 해운대구 우동 1408, 101동 1203호",
                                      "부산광역시 수영구 광안해변로 219, 3층",
                                      "경상남도 김해시 내외중앙로 55 (내동)",
                                      "서울특별시 마포구 월드컵북로 12길 7-3, 202호",
                                      "울산광역시 남구 삼산로 287",
                                      "부산 사하구 다대로 500번길 11"};
static const char *const ko_rel[] = {"배우자", "모", "부", "아들", "친구"};
static const char *const ko_words[] = {"멀미가", "심합니다", "초보자", "장비", "대여", "필요",
                                       "아이",   "동반",     "주차",   "문의", "늦을", "수",
                                       "있음",   "구명조끼", "사이즈", "XL",   "요청", "회"};
static const char *const id_first[2][6] = {
    {"Muhammad", "Agus", "Bagus", "Yohanes", "Rizky", "Eko"},
    {"Dwi", "Sri", "Putri", "Nur", "Fitri", "Ayu"}};
static const char *const id_last[2][5] = {
    {"Pratama", "Setiawan", "Nugroho", "Kristianto", "Susanto"},
    {"Lestari", "Wahyuni", "Rahmawati", "Aini", "Handayani"}};
static const char *const id_single[] = {"Sukarjo", "Sumarni", "Paiman", "Tukiyem"};
static const char *const id_town[] = {"Sleman", "Klaten", "Magelang", "Purworejo", "Semarang",
                                      "Balikpapan", "Kupang"};
static const char *const id_month[] = {"Januari", "Februari", "Maret",     "April",
                                       "Mei",     "Juni",     "Juli",      "Agustus",
                                       "September", "Oktober", "November", "Desember"};
static const char *const id_addr[] = {
    "Jl. Kaliurang Km 5 No. 12, RT 03/RW 05, Caturtunggal, Depok, Sleman 55281",
    "Dusun Krajan RT 02 RW 01, Ds. Jatinom, Kec. Jatinom, Kab. Klaten",
    "Perum Griya Asri Blok C-7, Mertoyudan, Magelang 56172",
    "Jl. Pemuda No. 45, Semarang Tengah, Kota Semarang, Jawa Tengah 50132",
    "Jl. MT Haryono Gg. Damai No. 3, Balikpapan 76114",
    "Kel. Oebobo RT 011/RW 004, Kota Kupang, NTT"};
static const char *const id_words[] = {
    "sering", "pulang", "malam", "orang", "tua", "minta", "kabar", "jika", "telat", "bayar",
    "punya",  "alergi", "udang", "motor", "diparkir", "di", "depan", "sudah", "lunas",
    "bulan",  "ini",    "tolong", "hubungi", "wali"};
static const char *const sr_given_cyr[] = {"Милош", "Јелена", "Ненад", "Драгана", "Бранислав",
                                           "Снежана", "Жарко", "Мирјана"};
static const char *const sr_family_cyr[] = {"Јовановић", "Петровић", "Ђорђевић", "Николић",
                                            "Стојановић", "Илић", "Бошњак", "Радуловић"};
static const char *const sr_given_lat[] = {"Miloš", "Jelena", "Nenad", "Dragana", "Branislav",
                                           "Snežana", "Žarko", "Mirjana"};
static const char *const sr_family_lat[] = {"Jovanović", "Petrović", "Đorđević", "Nikolić",
                                            "Stojanović", "Ilić", "Bošnjak", "Radulović"};
static const char *const sr_given_ascii[] = {"milos", "jelena", "nenad", "dragana", "branislav",
                                             "snezana", "zarko", "mirjana"};
static const char *const sr_family_ascii[] = {"jovanovic", "petrovic", "djordjevic", "nikolic",
                                              "stojanovic", "ilic", "bosnjak", "radulovic"};
static const char *const sr_month[] = {"januar", "februar", "mart",     "april",
                                       "maj",    "jun",     "jul",      "avgust",
                                       "septembar", "oktobar", "novembar", "decembar"};
static const char *const sr_addr[] = {"Булевар ослобођења 45, 21000 Нови Сад",
                                      "Železnička 12/4, 21000 Novi Sad",
                                      "Главна 88, 21460 Врбас",
                                      "Maršala Tita 7, 24300 Bačka Topola",
                                      "Светог Саве 3/12, 23000 Зрењанин",
                                      "Jovana Cvijića 19, 26000 Pančevo"};
static const char *const sr_words[] = {
    "član",  "plaća",  "članarinu", "u",      "rate",     "ima",   "alergiju", "na",
    "ubode", "zvati",  "posle",     "podne",  "košnice",  "prodaje", "proleće", "doneo",
    "uzorak", "meda",  "пријавио",  "рој",    "болестан", "је"};
/* look-alikes */
static const char *const el_mill[] = {"Ελαιουργείο Αφοί Μανουσάκη Ο.Ε.", "Elaiourgeio Agios Nikolaos",
                                      "Ελαιουργείο Καζαντζάκης", "Cooperative Mill of Peza",
                                      "Ελαιοτριβείο Γεωργίου Σταυράκη"};
static const char *const el_variety[] = {"Κορωνέικη", "Τσουνάτη", "Koroneiki", "Μαστοειδής",
                                         "Θρουμπολιά"};
static const char *const el_tpl[] = {"Αγαπητέ/ή {onoma}, η πληρωμή {poso} € κατατέθηκε.",
                                     "Dear {{member_name}}, delivery slot on {date}.",
                                     "Kalispera {onoma}, i paradosi sas kataxwrithike."};
static const char *const zh_package[] = {"韩式简约套餐", "法式浪漫全包", "Lisa 摄影师定制",
                                         "中式秀禾服套系", "旅拍·三亚", "Classic Package B"};
static const char *const zh_shop[] = {"玛丽婚纱·西湖店", "薇薇新娘 Vivian Bride", "金夫人摄影",
                                      "Michael Studio 杭州", "米兰婚纱·滨江店"};
static const char *const zh_spot[] = {"30.2592, 120.1497", "30.2421, 120.1011",
                                      "30.2316, 120.1481", "30.2744, 120.1551"};
static const char *const zh_tpl[] = {"亲爱的{姓名}，您的拍摄时间为{日期}，请准时到店。",
                                     "Dear {{bride_name}}, your album is ready.",
                                     "{客户}您好，尾款{金额}元请于{日期}前支付。"};
static const char *const ko_boat[] = {"해운호", "금성호 7", "Captain Kim 2호", "대박호",
                                      "영진호", "Blue Marlin"};
static const char *const ko_fish[] = {"참돔", "갈치", "우럭", "쭈꾸미", "광어", "방어"};
static const char *const ko_port[] = {"기장 대변항", "다대포항", "오륙도 선착장", "청사포항"};
static const char *const ko_tpl[] = {"{이름}님, {날짜} {시간} 출항 예정입니다.",
                                     "Hi {{name}}, departure from {port} at {time}.",
                                     "[해운호] {고객명}님 예약이 확정되었습니다."};
static const char *const id_kos[] = {"Kos Putri Bu Harti", "Wisma Pak Darmo", "Kos Exclusive Melati",
                                     "Griya Mahasiswa Pak Slamet", "Kos Bu Endang 2"};
static const char *const id_room[] = {"Standar", "AC + KM dalam", "Deluxe", "Non-AC KM luar"};
static const char *const id_tpl[] = {"Halo {nama}, tagihan kos bulan {bulan} Rp {jumlah}.",
                                     "Yth. {{nama_penghuni}}, mohon bayar sebelum tgl 10.",
                                     "Reminder: {nama}, listrik token habis {tanggal}."};
static const char *const sr_honey[] = {"bagremov", "lipov", "Сунцокретов", "livadski",
                                       "Багремов", "šumski"};
static const char *const sr_section[] = {"Sekcija Kralj Petar I", "ПД Јанко Веселиновић",
                                         "Sekcija Sveti Sava", "ПД Димитрије Давидовић",
                                         "Sekcija Bačka"};
static const char *const sr_tpl[] = {"Поштовани {име}, чланарина за {година} је {износ} RSD.",
                                     "Poštovani {{ime}}, sastanak je {datum} u {vreme}.",
                                     "Dragi {ime}, vaš uzorak meda je primljen."};

enum {
	G12_FIRST = 8000, /* above every G11_*: build_db() hands them to value12() */
	G12_NAME_EL = G12_FIRST, /* Γεώργιος Μανουσάκης, MANOUSAKIS GEORGIOS */
	G12_FATHER_EL,           /* a given name alone: Εμμανουήλ, Manolis */
	G12_BIRTH_EL,            /* 14/03/1962, 14-3-1962, 14 Μαρτίου 1962 */
	G12_AFM,                 /* 9 digits, mod-11 check */
	G12_AMKA,                /* DDMMYY + 4 + Luhn */
	G12_PHONE_EL,            /* 694 123 4567, +30 694 1234567, 00306941234567 */
	G12_EMAIL_EL,
	G12_ADDR_EL,
	G12_IBAN_EL,
	G12_PROSE_EL,
	G12_GROOM_ZH,  /* 王浩然 */
	G12_BRIDE_ZH,  /* 陈欣怡, Xinyi Chen, CHEN XINYI */
	G12_BIRTH_ZH,  /* 1994年3月14日, 1994-03-14, 1994/3/14 */
	G12_SFZ,       /* 18 characters, ISO 7064 check */
	G12_PHONE_ZH,  /* 138 1234 5678, 13812345678, +86 138-1234-5678 */
	G12_EMAIL_ZH,  /* 12345678@qq..., pinyin */
	G12_ADDR_ZH,
	G12_CARD_ZH,   /* UnionPay 62..., 16 or 19 digits, Luhn */
	G12_PROSE_ZH,  /* no spaces */
	G12_IP_ZH,
	G12_NAME_KO,   /* 김민준 */
	G12_BIRTH_KO,  /* 850314, 1985.03.14, 1985년 3월 14일 */
	G12_RRN,       /* 850314-1234567, check digit; a quarter masked */
	G12_PHONE_KO,  /* 010-1234-5678, 01012345678, +82 10-1234-5678 */
	G12_EMERG_KO,  /* 010-9876-5432 (배우자) */
	G12_EMAIL_KO,
	G12_ADDR_KO,
	G12_CARD_KO,   /* 4xxx-xxxx-xxxx-xxxx, Luhn */
	G12_PROSE_KO,
	G12_NAME_ID,   /* Dwi Ayu Lestari, Sukarjo */
	G12_WALI_ID,   /* Bpk. Agus Setiawan, Ibu Sri Wahyuni */
	G12_TTL_ID,    /* Sleman, 14-03-2002 */
	G12_NIK,       /* 16 digits, the birth date inside (+40 for women) */
	G12_PHONE_ID,  /* 0812-2745-6789, +62 813-2900-1234, 6285712345678 */
	G12_EMAIL_ID,
	G12_ADDR_ID,
	G12_PROSE_ID,
	G12_LATLON_ID, /* -7.7829, 110.3671 */
	G12_NAME_SR,   /* Милош Јовановић, Miloš Jovanović */
	G12_HOLDER_SR, /* ĐORĐEVIĆ Nenad, Đorđević Nenad */
	G12_BIRTH_SR,  /* 14.03.1968., 14. mart 1968. */
	G12_JMBG,      /* 13 digits, mod-11 check */
	G12_PHONE_SR,  /* 064/123-4567, +381 64 1234567, 0641234567 */
	G12_EMAIL_SR,
	G12_ADDR_SR,
	G12_IBAN_SR,
	G12_CARD_SR,   /* DinaCard 9891..., Luhn */
	G12_PROSE_SR,
	G12_LATLON_SR, /* 45.2671, 19.8335 */
	G12_IP_SR,
	/* look-alikes */
	G12_MEMBER_EL, /* ΣΕΛ-0451 */
	G12_MILL_EL,
	G12_AFM_CO,    /* a cooperative's AFM, valid check */
	G12_PHONE_EL_BIZ,
	G12_VARIETY_EL,
	G12_KG,
	G12_EUR_KG,
	G12_TPL_EL,
	G12_DATE_EL,   /* 2025-11-14 */
	G12_ORDER_ZH,  /* HS20260314-0451 */
	G12_PACKAGE_ZH,
	G12_SHOP_ZH,
	G12_USCC,      /* 18 characters, mod-31 check */
	G12_PHONE_ZH_BIZ,
	G12_SHOOT_DATE_ZH, /* 2026年5月20日 */
	G12_YUAN,
	G12_TPL_ZH,
	G12_SPOT_ZH,   /* a shoot spot's coordinates */
	G12_BOOKING_KO, /* FB-260314-045 */
	G12_BOAT_KO,
	G12_BRN_KO,    /* 123-45-67890, check digit */
	G12_PHONE_KO_BIZ,
	G12_FISH_KO,
	G12_DEPART_KO, /* 2026-03-14 05:30 */
	G12_WON,
	G12_TPL_KO,
	G12_PORT_KO,
	G12_ROOM_ID,   /* A-12 */
	G12_KOS_ID,
	G12_NIB,       /* 13 digits */
	G12_PHONE_ID_BIZ,
	G12_ROOMTYPE_ID,
	G12_RUPIAH,
	G12_TPL_ID,
	G12_VA_ID,     /* 16 digits, a virtual account */
	G12_MOVEIN_ID, /* 2025-08-01 */
	G12_MEMBER_SR, /* UPNS-0451 */
	G12_PIB,       /* 9 digits, ISO 7064 mod 11,10 */
	G12_MB_SR,     /* 8 digits */
	G12_PHONE_SR_BIZ,
	G12_HONEY_SR,
	G12_HIVES,
	G12_RSD,
	G12_TPL_SR,
	G12_JOINED_SR, /* 2019-04-22 */
	G12_SECTION_SR
};

static const struct {
	int g;
	const char *const *v;
	size_t n;
} lists12[] = {
    LIST(G12_ADDR_EL, el_addr),        LIST(G12_ADDR_ZH, zh_addr),
    LIST(G12_ADDR_KO, ko_addr),        LIST(G12_ADDR_ID, id_addr),
    LIST(G12_ADDR_SR, sr_addr),        LIST(G12_MILL_EL, el_mill),
    LIST(G12_VARIETY_EL, el_variety),  LIST(G12_TPL_EL, el_tpl),
    LIST(G12_PACKAGE_ZH, zh_package),  LIST(G12_SHOP_ZH, zh_shop),
    LIST(G12_TPL_ZH, zh_tpl),          LIST(G12_SPOT_ZH, zh_spot),
    LIST(G12_BOAT_KO, ko_boat),        LIST(G12_FISH_KO, ko_fish),
    LIST(G12_TPL_KO, ko_tpl),          LIST(G12_PORT_KO, ko_port),
    LIST(G12_KOS_ID, id_kos),          LIST(G12_ROOMTYPE_ID, id_room),
    LIST(G12_TPL_ID, id_tpl),          LIST(G12_HONEY_SR, sr_honey),
    LIST(G12_TPL_SR, sr_tpl),          LIST(G12_SECTION_SR, sr_section),
};

static const struct {
	int g;
	const char *const *w;
	unsigned nw, min;
} prose12[] = {
#define PROSE12(g, a, k)                                                                           \
	{                                                                                          \
		g, a, sizeof(a) / sizeof((a)[0]), k                                                \
	}
    PROSE12(G12_PROSE_EL, el_words, 5), PROSE12(G12_PROSE_KO, ko_words, 4),
    PROSE12(G12_PROSE_ID, id_words, 5), PROSE12(G12_PROSE_SR, sr_words, 5),
#undef PROSE12
};

static void upper12(char *s)
{
	for (; *s; s++)
		if (*s >= 'a' && *s <= 'z')
			*s = (char)(*s - 32);
}

/* a Greek AFM: eight digits, then sum(d[i] * 2^(8-i)) mod 11 mod 10 */
static void afm12(char *o, size_t n, char first)
{
	char d[16];
	int i, sum = 0;
	digits(d, 8);
	d[0] = first;
	for (i = 0; i < 8; i++)
		sum += (d[i] - '0') << (8 - i);
	d[8] = (char)('0' + sum % 11 % 10);
	d[9] = 0;
	snprintf(o, n, "%s", d);
}

static void value12(int g, char *o, size_t n)
{
	char d[64], e[128];
	unsigned y, m, day, k, s;
	int i, sum;
	for (k = 0; k < sizeof lists12 / sizeof lists12[0]; k++)
		if (lists12[k].g == g) {
			snprintf(o, n, "%s", lists12[k].v[rnd((unsigned)lists12[k].n)]);
			return;
		}
	y = 1950 + rnd(56);
	m = 1 + rnd(12);
	day = 1 + rnd(28);
	s = rnd(2);
	for (k = 0; k < sizeof prose12 / sizeof prose12[0]; k++)
		if (prose12[k].g == g) {
			prose6(o, n, prose12[k].w, prose12[k].nw, prose12[k].min + rnd(8));
			return;
		}
	switch (g) {
	case G12_NAME_EL:
		k = rnd(6);
		if (rnd(3)) {
			snprintf(e, sizeof e, "%s", el_family[k]);
			if (s) /* the feminine drops the final ς (2 bytes) */
				e[strlen(e) - 2] = 0;
			snprintf(o, n, "%s %s", s ? PICK(el_given_f) : PICK(el_given_m), e);
		} else {
			snprintf(e, sizeof e, "%s %s", el_family_lat[k], el_given_lat[rnd(6)]);
			upper12(e);
			snprintf(o, n, "%s", e);
		}
		break;
	case G12_FATHER_EL:
		if (rnd(2))
			snprintf(o, n, "%s", PICK(el_given_m));
		else {
			snprintf(o, n, "%s", el_given_lat[rnd(6)]);
			o[0] = (char)(o[0] - 32);
		}
		break;
	case G12_BIRTH_EL:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else if (k == 1)
			snprintf(o, n, "%u-%u-%u", day, m, y);
		else
			snprintf(o, n, "%u %s %u", day, el_month[m - 1], y);
		break;
	case G12_AFM:
		afm12(o, n, (char)('0' + rnd(2)));
		break;
	case G12_AMKA:
		snprintf(d, sizeof d, "%02u%02u%02u", day, m, y % 100);
		digits(d + 6, 4);
		luhn_fill(d, 11);
		snprintf(o, n, "%s", d);
		break;
	case G12_PHONE_EL:
		snprintf(d, sizeof d, "69%c", "34789"[rnd(5)]);
		digits(d + 3, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%.3s %.3s %s", d, d + 3, d + 6);
		else if (k == 1)
			snprintf(o, n, "+30 %s", d);
		else
			snprintf(o, n, "0030%s", d);
		break;
	case G12_EMAIL_EL:
		snprintf(o, n, "%s%s%s%u@%s", el_given_lat[rnd(12)], rnd(2) ? "." : "_",
		         PICK(el_family_lat), y % 100, rnd(2) ? "otenet.example.gr" : "gmail.example.com");
		break;
	case G12_IBAN_EL:
		snprintf(d, sizeof d, "%s", (const char *[]){"011", "014", "017", "026"}[rnd(4)]);
		digits(d + 3, 20);
		iban7(o, n, "GR", d, rnd(3) != 0);
		break;
	case G12_GROOM_ZH:
		snprintf(o, n, "%s%s", PICK(zh_family), PICK(zh_given_m));
		break;
	case G12_BRIDE_ZH:
		k = rnd(3);
		i = (int)rnd(10);
		if (k == 0)
			snprintf(o, n, "%s%s", zh_family[i], PICK(zh_given_f));
		else if (k == 1)
			snprintf(o, n, "%s %s", PICK(zh_given_f_lat), zh_family_lat[i]);
		else {
			snprintf(e, sizeof e, "%s %s", zh_family_lat[i], PICK(zh_given_f_lat));
			upper12(e);
			snprintf(o, n, "%s", e);
		}
		break;
	case G12_BIRTH_ZH:
		y = 1985 + rnd(15);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%u年%u月%u日", y, m, day);
		else if (k == 1)
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		else
			snprintf(o, n, "%u/%u/%u", y, m, day);
		break;
	case G12_SFZ: {
		static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
		snprintf(d, sizeof d, "%s%u%02u%02u",
		         (const char *[]){"330106", "330102", "330602", "310115", "330212"}[rnd(5)],
		         1975 + rnd(30), m, day);
		digits(d + 14, 3);
		for (sum = 0, i = 0; i < 17; i++)
			sum += (d[i] - '0') * w[i];
		d[17] = "10X98765432"[sum % 11];
		d[18] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G12_PHONE_ZH:
		snprintf(d, sizeof d, "1%s",
		         (const char *[]){"38", "39", "58", "86", "77", "35", "50"}[rnd(7)]);
		digits(d + 3, 8);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%.3s %.4s %s", d, d + 3, d + 7);
		else if (k == 1)
			snprintf(o, n, "%s", d);
		else
			snprintf(o, n, "+86 %.3s-%.4s-%s", d, d + 3, d + 7);
		break;
	case G12_EMAIL_ZH:
		if (rnd(2))
			snprintf(o, n, "%u@qq.example.com", 10000000 + rnd(900000000));
		else {
			snprintf(e, sizeof e, "%s.%s%u", s ? PICK(zh_given_f_lat) : PICK(zh_given_m_lat),
			         PICK(zh_family_lat), y % 100);
			lower10(e);
			snprintf(o, n, "%s@163.example.com", e);
		}
		break;
	case G12_CARD_ZH:
		k = rnd(2) ? 16 : 19;
		snprintf(d, sizeof d, "62%s", (const char *[]){"2202", "2848", "1700", "2588"}[rnd(4)]);
		digits(d + 6, (int)k - 7);
		luhn_fill(d, (int)k);
		snprintf(o, n, "%s", d);
		break;
	case G12_PROSE_ZH: {
		size_t len = 0;
		unsigned w = 2 + rnd(3);
		for (k = 0; k < w && len + 1 < n; k++)
			len += (size_t)snprintf(o + len, n - len, "%s%s", k ? "，" : "", PICK(zh_phrases));
		if (len + 4 < n)
			snprintf(o + len, n - len, "。");
		break;
	}
	case G12_IP_ZH:
		if (rnd(4))
			snprintf(o, n, "%u.%u.%u.%u", (const unsigned[]){60, 115, 183, 218}[rnd(4)],
			         rnd(256), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "240e:%x:%x:%x::%x", rnd(65536), rnd(65536), rnd(65536),
			         1 + rnd(65535));
		break;
	case G12_NAME_KO:
		snprintf(o, n, "%s%s", PICK(ko_family), PICK(ko_given));
		break;
	case G12_BIRTH_KO:
		y = 1955 + rnd(55);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%02u%02u%02u", y % 100, m, day);
		else if (k == 1)
			snprintf(o, n, "%u.%02u.%02u", y, m, day);
		else
			snprintf(o, n, "%u년 %u월 %u일", y, m, day);
		break;
	case G12_RRN: {
		static const int w[] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
		y = 1955 + rnd(55);
		snprintf(d, sizeof d, "%02u%02u%02u%c", y % 100, m, day,
		         (char)('1' + (y >= 2000 ? 2 : 0) + s));
		digits(d + 7, 5);
		for (sum = 0, i = 0; i < 12; i++)
			sum += (d[i] - '0') * w[i];
		d[12] = (char)('0' + (11 - sum % 11) % 10);
		d[13] = 0;
		if (rnd(4))
			snprintf(o, n, "%.6s-%s", d, d + 6);
		else
			snprintf(o, n, "%.6s-%c******", d, d[6]);
		break;
	}
	case G12_PHONE_KO:
	case G12_EMERG_KO:
		digits(d, 8);
		k = rnd(3);
		if (k == 0)
			snprintf(e, sizeof e, "010-%.4s-%s", d, d + 4);
		else if (k == 1)
			snprintf(e, sizeof e, "010%s", d);
		else
			snprintf(e, sizeof e, "+82 10-%.4s-%s", d, d + 4);
		if (g == G12_EMERG_KO && rnd(3))
			snprintf(o, n, "%s (%s)", e, PICK(ko_rel));
		else
			snprintf(o, n, "%s", e);
		break;
	case G12_EMAIL_KO:
		snprintf(o, n, "%s%s%u@%s", PICK(ko_given_lat), rnd(2) ? PICK(ko_family_lat) : "",
		         y % 100, rnd(2) ? "naver.example.com" : "daum.example.net");
		break;
	case G12_CARD_KO:
		card6(d, rnd(2) ? '4' : '5');
		snprintf(o, n, "%.4s-%.4s-%.4s-%.4s", d, d + 4, d + 8, d + 12);
		break;
	case G12_NAME_ID:
		k = rnd(4);
		i = (int)rnd(6);
		if (k == 0)
			snprintf(o, n, "%s", PICK(id_single));
		else if (k == 1)
			snprintf(o, n, "%s %s", id_first[s][i], id_last[s][rnd(5)]);
		else
			snprintf(o, n, "%s %s %s", id_first[s][i], id_first[s][(i + 1 + (int)rnd(5)) % 6],
			         id_last[s][rnd(5)]);
		break;
	case G12_WALI_ID:
		k = rnd(4);
		s = k == 1; /* Ibu: a woman */
		snprintf(e, sizeof e, "%s %s", id_first[s][rnd(6)], id_last[s][rnd(5)]);
		snprintf(o, n, "%s%s", (const char *[]){"Bpk. ", "Ibu ", "H. ", ""}[k],
		         rnd(3) ? e : PICK(id_single));
		break;
	case G12_TTL_ID:
		y = 1998 + rnd(9);
		if (rnd(2))
			snprintf(o, n, "%s, %02u-%02u-%u", PICK(id_town), day, m, y);
		else
			snprintf(o, n, "%s, %u %s %u", PICK(id_town), day, id_month[m - 1], y);
		break;
	case G12_NIK:
		snprintf(d, sizeof d, "%s%02u%02u%02u%02u",
		         (const char *[]){"3404", "3310", "3308", "3306", "3374", "6471"}[rnd(6)],
		         1 + rnd(17), day + (s ? 40 : 0), m, (1998 + rnd(9)) % 100);
		digits(d + 12, 4);
		d[12] = '0';
		snprintf(o, n, "%s", d);
		break;
	case G12_PHONE_ID:
		snprintf(d, sizeof d, "8%s", (const char *[]){"12", "13", "57", "56", "78", "95"}[rnd(6)]);
		digits(d + 3, 8);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "0%.3s-%.4s-%s", d, d + 3, d + 7);
		else if (k == 1)
			snprintf(o, n, "+62 %.3s-%.4s-%s", d, d + 3, d + 7);
		else
			snprintf(o, n, "62%s", d);
		break;
	case G12_EMAIL_ID:
		snprintf(e, sizeof e, "%s%s", id_first[s][rnd(6)], id_last[s][rnd(5)]);
		lower10(e);
		snprintf(o, n, "%s%u@%s", e, rnd(100),
		         rnd(2) ? "gmail.example.com" : "student.example.ac.id");
		break;
	case G12_LATLON_ID:
		snprintf(o, n, rnd(2) ? "%.4f, %.4f" : "%.6f,%.6f", -7.70 - rnd(2500) / 1e4,
		         110.30 + rnd(2500) / 1e4);
		break;
	case G12_NAME_SR:
		if (rnd(3))
			snprintf(o, n, "%s %s", PICK(sr_given_cyr), PICK(sr_family_cyr));
		else
			snprintf(o, n, "%s %s", PICK(sr_given_lat), PICK(sr_family_lat));
		break;
	case G12_HOLDER_SR:
		k = rnd(8);
		if (rnd(2))
			snprintf(o, n, "%s %s", sr_family_lat[k], PICK(sr_given_lat));
		else {
			snprintf(e, sizeof e, "%s", sr_family_ascii[k]);
			upper12(e);
			snprintf(o, n, "%s %s", e, PICK(sr_given_lat));
		}
		break;
	case G12_BIRTH_SR:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%02u.%02u.%u.", day, m, y);
		else if (k == 1)
			snprintf(o, n, "%u. %s %u.", day, sr_month[m - 1], y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G12_JMBG: {
		static const int w[] = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
		int c;
		do {
			snprintf(d, sizeof d, "%02u%02u%03u%02u%03u", day, m, y % 1000, 80 + rnd(10),
			         s ? 500 + rnd(500) : rnd(500));
			for (sum = 0, i = 0; i < 12; i++)
				sum += (d[i] - '0') * w[i];
			c = 11 - sum % 11;
		} while (c == 10);
		d[12] = (char)('0' + (c == 11 ? 0 : c));
		d[13] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G12_PHONE_SR:
		snprintf(d, sizeof d, "6%c", "0123459"[rnd(7)]);
		digits(d + 2, 7);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "0%.2s/%.3s-%s", d, d + 2, d + 5);
		else if (k == 1)
			snprintf(o, n, "+381 %.2s %s", d, d + 2);
		else if (k == 2)
			snprintf(o, n, "0%s", d);
		else
			snprintf(o, n, "0%.2s %.2s %.2s %s", d, d + 2, d + 4, d + 6);
		break;
	case G12_EMAIL_SR:
		k = rnd(8);
		snprintf(o, n, "%s.%s%u@%s", sr_given_ascii[k], PICK(sr_family_ascii), y % 100,
		         rnd(2) ? "gmail.example.com" : "eunet.example.rs");
		break;
	case G12_IBAN_SR:
		snprintf(d, sizeof d, "%s", (const char *[]){"160", "170", "205", "265", "325"}[rnd(5)]);
		digits(d + 3, 15);
		iban7(o, n, "RS", d, rnd(2) != 0);
		break;
	case G12_CARD_SR:
		snprintf(d, sizeof d, "9891");
		digits(d + 4, 11);
		luhn_fill(d, 16);
		if (rnd(2))
			snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		else
			snprintf(o, n, "%s", d);
		break;
	case G12_LATLON_SR:
		snprintf(o, n, "%.4f, %.4f", 45.10 + rnd(6000) / 1e4, 19.40 + rnd(9000) / 1e4);
		break;
	case G12_IP_SR:
		snprintf(o, n, "%u.%u.%u.%u", (const unsigned[]){93, 109, 178, 188}[rnd(4)], rnd(256),
		         rnd(256), 1 + rnd(254));
		break;
	/* look-alikes */
	case G12_MEMBER_EL:
		snprintf(o, n, "ΣΕΛ-%04u", rnd(10000));
		break;
	case G12_AFM_CO:
		afm12(o, n, rnd(2) ? '9' : '8');
		break;
	case G12_PHONE_EL_BIZ:
		digits(d, 4);
		snprintf(o, n, rnd(2) ? "2810 %s%s" : "+30 2810 %s%s", rnd(2) ? "75" : "31", d);
		break;
	case G12_KG:
		snprintf(o, n, "%u", 50 * (2 + rnd(80)));
		break;
	case G12_EUR_KG:
		snprintf(o, n, "%u,%02u €", 3 + rnd(4), 5 * rnd(20));
		break;
	case G12_DATE_EL:
		snprintf(o, n, "%u-%02u-%02u", 2024 + rnd(2), 10 + rnd(3), day);
		break;
	case G12_ORDER_ZH:
		snprintf(o, n, "HS2026%02u%02u-%04u", m, day, rnd(10000));
		break;
	case G12_USCC: {
		static const char cs[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		static const int w[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
		snprintf(d, sizeof d, "91%s", (const char *[]){"330106", "330105", "330108"}[rnd(3)]);
		for (i = 8; i < 17; i++)
			d[i] = cs[rnd(i == 8 ? 10 : 31)];
		d[17] = 0;
		for (sum = 0, i = 0; i < 17; i++)
			sum += (int)(strchr(cs, d[i]) - cs) * w[i];
		d[17] = cs[(31 - sum % 31) % 31];
		d[18] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G12_PHONE_ZH_BIZ:
		digits(d, 8);
		if (rnd(3))
			snprintf(o, n, "0571-%.4s %s", d, d + 4);
		else
			snprintf(o, n, "400-820-%.4s", d);
		break;
	case G12_SHOOT_DATE_ZH:
		snprintf(o, n, "2026年%u月%u日", m, day);
		break;
	case G12_YUAN:
		snprintf(o, n, "¥%u,%u99.00", 3 + rnd(20), rnd(10));
		break;
	case G12_BOOKING_KO:
		snprintf(o, n, "FB-26%02u%02u-%03u", m, day, rnd(1000));
		break;
	case G12_BRN_KO: {
		static const int w[] = {1, 3, 7, 1, 3, 7, 1, 3, 5};
		digits(d, 9);
		d[0] = (char)('1' + rnd(6));
		for (sum = 0, i = 0; i < 9; i++)
			sum += (d[i] - '0') * w[i];
		sum += (d[8] - '0') * 5 / 10;
		d[9] = (char)('0' + (10 - sum % 10) % 10);
		d[10] = 0;
		snprintf(o, n, "%.3s-%.2s-%s", d, d + 3, d + 5);
		break;
	}
	case G12_PHONE_KO_BIZ:
		digits(d, 4);
		snprintf(o, n, rnd(2) ? "051-742-%s" : "1588-%s", d);
		break;
	case G12_DEPART_KO:
		snprintf(o, n, "2026-%02u-%02u %02u:%02u", m, day, 4 + rnd(3), 30 * rnd(2));
		break;
	case G12_WON:
		snprintf(o, n, "%u,000원", 60 + 10 * rnd(10));
		break;
	case G12_ROOM_ID:
		snprintf(o, n, "%c-%02u", 'A' + rnd(3), 1 + rnd(24));
		break;
	case G12_NIB:
		digits(d, 13);
		d[0] = (char)('8' + rnd(2));
		snprintf(o, n, "%s", d);
		break;
	case G12_PHONE_ID_BIZ:
		digits(d, 4);
		snprintf(o, n, rnd(2) ? "(0274) 56%s" : "0274-88%s", d);
		break;
	case G12_RUPIAH:
		snprintf(o, n, "Rp %u.%03u.000", 1 + rnd(2), 50 * rnd(20));
		break;
	case G12_VA_ID:
		digits(d, 11);
		snprintf(o, n, "88080%s", d);
		break;
	case G12_MOVEIN_ID:
		snprintf(o, n, "20%02u-%02u-01", 22 + rnd(4), m);
		break;
	case G12_MEMBER_SR:
		snprintf(o, n, "UPNS-%04u", rnd(10000));
		break;
	case G12_PIB: {
		int p = 10, t;
		digits(d, 8);
		d[0] = (char)('1' + rnd(9));
		for (i = 0; i < 8; i++) {
			t = (d[i] - '0' + p) % 10;
			if (t == 0)
				t = 10;
			p = (2 * t) % 11;
		}
		d[8] = (char)('0' + (11 - p) % 10);
		d[9] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G12_MB_SR:
		digits(d, 8);
		d[0] = (char)(rnd(2) ? '2' : '0');
		snprintf(o, n, "%s", d);
		break;
	case G12_PHONE_SR_BIZ:
		digits(d, 3);
		snprintf(o, n, rnd(2) ? "021/452-%s" : "+381 21 452 %s", d);
		break;
	case G12_HIVES:
		snprintf(o, n, "%u", 5 + rnd(150));
		break;
	case G12_RSD:
		snprintf(o, n, "%u.%u00,00 RSD", 1 + rnd(5), rnd(10));
		break;
	case G12_JOINED_SR:
		snprintf(o, n, "%u-%02u-%02u", 2005 + rnd(21), m, day);
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* ------------------------------------------- the thirteenth held-out fold
 * heldout13, written blind like the fourth to twelfth (its author read
 * neither src/map/pii.c, nor its unit tests, nor the lexicon files, nor
 * the rules in docs/pii.md): a Lithuanian polyclinic's patients, a
 * Latvian bank's loan clients, an Estonian firm's staff (HR), a Kazakh
 * mobile operator's subscribers (Kazakh in Cyrillic and in the 2021 Latin
 * alphabet, with Russian-style values), a Tamil Nadu school's pupils
 * (Tamil script and transliterated), a Japanese online shop's customers
 * (kanji and kana) and an Addis Ababa microfinance's borrowers (Amharic in
 * Ge'ez script). Given names, surnames, streets and towns of those
 * countries, in no other set. Its generators are kept apart from the
 * other folds' (build_db() hands G13_* to value13()). */
static const char *const lt_given[2][6] = {
    {"Jonas", "Mindaugas", "Tomas", "Darius", "Vytautas", "Andrius"},
    {"Rūta", "Jurgita", "Ieva", "Austėja", "Gintarė", "Laima"}};
/* a surname in the man's, the married woman's and the unmarried woman's form */
static const char *const lt_family[3][8] = {
    {"Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius", "Vasiliauskas", "Žukauskas",
     "Butkus", "Paulauskas"},
    {"Kazlauskienė", "Petrauskienė", "Jankauskienė", "Stankevičienė", "Vasiliauskienė",
     "Žukauskienė", "Butkienė", "Paulauskienė"},
    {"Kazlauskaitė", "Petrauskaitė", "Jankauskaitė", "Stankevičiūtė", "Vasiliauskaitė",
     "Žukauskaitė", "Butkutė", "Paulauskaitė"}};
static const char *const lt_month[] = {"sausio",    "vasario",  "kovo",    "balandžio",
                                       "gegužės",   "birželio", "liepos",  "rugpjūčio",
                                       "rugsėjo",   "spalio",   "lapkričio", "gruodžio"};
static const char *const lt_addr[] = {"Gedimino pr. 12-5, LT-01103 Vilnius",
                                      "Savanorių pr. 178-34, LT-03154 Vilnius",
                                      "Laisvės al. 53-7, LT-44309 Kaunas",
                                      "Taikos pr. 105-12, LT-94226 Klaipėda",
                                      "Vilniaus g. 14, Ramygala, LT-38137 Panevėžio r.",
                                      "Šiaurės pr. 21-48, Kaunas LT-49186",
                                      "Sodų g. 3, Karmėlava, 54447 Kauno r. sav."};
static const char *const lt_words[] = {
    "pacientas", "skundžiasi", "galvos",  "skausmu", "jau",     "tris",    "dienas",
    "prašo",     "paskambinti", "po",     "pietų",   "alergija", "penicilinui", "dukra",
    "atveš",     "vaistus",   "kitą",     "savaitę", "nerūko",  "naktį",   "kosulys",
    "temperatūra", "38,2",    "mama",     "lydi",    "vyras",   "dirba",   "Norvegijoje"};
static const char *const lt_city[] = {"Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys",
                                      "Alytus"};
static const char *const lt_icd[] = {"J06.9", "I10", "E11.9", "M54.5", "K29.7", "Z00.0",
                                     "J20.9"};
static const char *const lv_given[2][6] = {
    {"Jānis", "Andris", "Māris", "Edgars", "Kristaps", "Raimonds"},
    {"Ilze", "Inese", "Līga", "Kristīne", "Dace", "Anna"}};
static const char *const lv_family[2][6] = {
    {"Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš", "Krūmiņš", "Zariņš"},
    {"Bērziņa", "Kalniņa", "Ozoliņa", "Liepiņa", "Krūmiņa", "Zariņa"}};
static const char *const lv_given_ascii[] = {"janis", "andris", "maris", "edgars", "kristaps",
                                             "raimonds", "ilze", "inese", "liga", "kristine",
                                             "dace", "anna"};
static const char *const lv_family_ascii[] = {"berzins", "kalnins", "ozolins", "liepins",
                                              "krumins", "zarins"};
static const char *const lv_month[] = {"janvāris",   "februāris", "marts",     "aprīlis",
                                       "maijs",      "jūnijs",    "jūlijs",    "augusts",
                                       "septembris", "oktobris",  "novembris", "decembris"};
static const char *const lv_addr[] = {"Brīvības iela 155-12, Rīga, LV-1012",
                                      "Krišjāņa Barona iela 41/43-8, Rīga, LV-1011",
                                      "Rīgas iela 22-3, Daugavpils, LV-5401",
                                      "\"Kalnāji\", Ropažu pag., Ropažu nov., LV-2135",
                                      "Lielā iela 7, Jelgava, LV-3001",
                                      "Dzirnavu iela 9 k-2 dz. 14, Liepāja, LV-3401",
                                      "Ganību dambis 17a-5, Rīga LV-1045"};
static const char *const lv_words[] = {
    "klients",  "lūdz",    "atlikt",   "maksājumu", "līdz",    "nākamajam", "mēnesim",
    "zvanīt",   "pēc",     "plkst",    "18",        "strādā",  "Norvēģijā", "sieva",
    "ir",       "galvotāja", "kavēts", "atkārtoti", "nav",     "sazvanāms", "vēlas",
    "refinansēt", "kredītu", "slimības", "lapa",    "bezdarbnieks", "pārdod", "auto"};
static const char *const lv_branch[] = {"Rīgas centrs", "Daugavpils filiāle", "Liepāja",
                                        "Valmiera", "Jelgavas klientu centrs"};
static const char *const lv_bic[] = {"HABALV22", "UNLALV2X", "RIKOLV2X", "PARXLV22",
                                     "NDEALV2X"};
static const char *const lv_product[] = {"Patēriņa kredīts", "Hipotekārais kredīts",
                                         "Auto līzings", "Kredītkarte Gold", "Studiju kredīts"};
static const char *const ee_given[2][6] = {{"Mart", "Tõnu", "Rein", "Andres", "Priit", "Jüri"},
                                           {"Kadri", "Ülle", "Tiina", "Kristiina", "Mari", "Liis"}};
static const char *const ee_family[] = {"Tamm", "Saar",   "Sepp",  "Mägi", "Kask",
                                        "Rebane", "Kukk", "Ilves", "Pärn", "Lepik"};
static const char *const ee_given_ascii[] = {"mart",  "tonu",  "rein",      "andres",
                                             "priit", "juri",  "kadri",     "ylle",
                                             "tiina", "kristiina", "mari",  "liis"};
static const char *const ee_family_ascii[] = {"tamm", "saar", "sepp", "magi", "kask",
                                              "rebane", "kukk", "ilves", "parn", "lepik"};
static const char *const ee_rel[] = {"abikaasa", "ema", "isa", "elukaaslane", "õde"};
static const char *const ee_addr[] = {"Narva mnt 7-15, 10117 Tallinn",
                                      "Tartu mnt 83-41, 10115 Tallinn",
                                      "Riia 140-5, 50411 Tartu",
                                      "Rüütli 12, 80010 Pärnu",
                                      "Kalda tee 30-8, 11625 Tallinn",
                                      "Pargi 4, Keila linn, 76607 Harju maakond",
                                      "Männi tn 9, Viimsi, 74001 Harjumaa"};
static const char *const ee_words[] = {
    "töötaja", "palub",   "puhkust",  "juulis",  "haigusleht", "alates", "esmaspäevast",
    "lapsed",  "on",      "haiged",   "töötab",  "kodus",      "reedeti", "helistada",
    "pärast",  "kella",   "kolme",    "sõidab",  "autoga",     "tööle",  "soovib",
    "palgatõusu", "katseaeg", "lõppeb", "hilines", "kaks", "korda", "rasedus"};
static const char *const ee_job[] = {"Tarkvaraarendaja", "Raamatupidaja", "Müügijuht",
                                     "Laotöötaja", "Personalijuht", "Klienditeenindaja"};
static const char *const ee_dept[] = {"Raamatupidamine", "IT-osakond", "Müük", "Ladu",
                                      "Personaliosakond"};
static const char *const ee_town[] = {"Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi"};
static const char *const kz_given[2][6] = {
    {"Ерлан", "Нұрлан", "Асқар", "Дәурен", "Бауыржан", "Серік"},
    {"Әлия", "Айгерім", "Гүлнар", "Дана", "Жанар", "Мөлдір"}};
static const char *const kz_family[2][6] = {
    {"Сәрсенбаев", "Қасымов", "Жұмабаев", "Тоқтаров", "Әбдірахманов", "Нұрғалиев"},
    {"Сәрсенбаева", "Қасымова", "Жұмабаева", "Тоқтарова", "Әбдірахманова", "Нұрғалиева"}};
static const char *const kz_patr[2][4] = {{"Нұрланұлы", "Серікұлы", "Асқарұлы", "Ерланұлы"},
                                          {"Нұрланқызы", "Серікқызы", "Асқарқызы", "Ерланқызы"}};
static const char *const kz_given_lat[2][6] = {
    {"Erlan", "Nūrlan", "Asqar", "Däuren", "Bauyrjan", "Serik"},
    {"Älia", "Aigerim", "Gülnar", "Dana", "Janar", "Möldir"}};
static const char *const kz_family_lat[2][6] = {
    {"Särsenbaev", "Qasymov", "Jūmabaev", "Toqtarov", "Äbdirahmanov", "Nūrğaliev"},
    {"Särsenbaeva", "Qasymova", "Jūmabaeva", "Toqtarova", "Äbdirahmanova", "Nūrğalieva"}};
static const char *const kz_pass_lat[] = {"SARSENBAYEV YERLAN", "KASSYMOVA AIGERIM",
                                          "ZHUMABAYEV ASKAR", "TOKTAROVA GULNAR",
                                          "ABDRAKHMANOV DAUREN", "NURGALIYEVA MOLDIR"};
static const char *const kz_month[] = {"қаңтар", "ақпан", "наурыз", "сәуір",
                                       "мамыр",  "маусым", "шілде", "тамыз",
                                       "қыркүйек", "қазан", "қараша", "желтоқсан"};
static const char *const kz_addr[] = {"Алматы қ., Абай даңғылы, 150-үй, 23-пәтер",
                                      "Астана қ., Қабанбай батыр даңғылы 53, 112 пәтер",
                                      "Шымкент қ., Тауке хан даңғ., 35-үй, 8-п.",
                                      "Qarağandy q., Buqar jyrau d-ly 47, 15-päter",
                                      "г. Алматы, мкр. Самал-2, д. 58, кв. 14",
                                      "Ақтөбе қ., Әбілқайыр хан даңғылы 61, 7-пәтер",
                                      "Astana q., Turan d-ly 24, 301 päter"};
static const char *const kz_words[] = {
    "интернет", "жылдамдығы", "өте",   "төмен",   "кешке",  "қоңырау", "шалыңыз",
    "ақша",     "екі",        "рет",   "алынды",  "тарифті", "ауыстырғым", "келеді",
    "үйде",     "байланыс",   "жоқ",   "апта",    "бойы",   "роуминг", "қосыңыз",
    "срочно",   "pls",        "балам", "нөмірін", "бұғаттаңыз", "телефон", "жоғалды"};
static const char *const kz_tariff[] = {"Бизнес 5000", "Жастар 3000", "Тәулік+", "Unlimited Max",
                                        "Отбасы", "Smart Base"};
static const char *const kz_city[] = {"Алматы", "Астана", "Шымкент", "Qarağandy", "Ақтөбе",
                                      "Aqtau"};
static const char *const ta_given[2][6] = {
    {"அருண்", "விக்னேஷ்", "சரவணன்", "கார்த்திக்", "பிரகாஷ்", "தினேஷ்"},
    {"கார்த்திகா", "பிரியா", "செல்வி", "லக்ஷ்மி", "தீபா", "மீனா"}};
static const char *const ta_given_lat[2][6] = {
    {"Arun", "Vignesh", "Saravanan", "Karthik", "Prakash", "Dinesh"},
    {"Karthika", "Priya", "Selvi", "Lakshmi", "Deepa", "Meena"}};
static const char *const ta_father[] = {"செல்வராஜ்", "முருகன்", "பழனிசாமி", "ராமசாமி",
                                        "சுப்பிரமணியன்", "ஆறுமுகம்"};
static const char *const ta_father_lat[] = {"Selvaraj", "Murugan", "Palanisamy", "Ramasamy",
                                            "Subramanian", "Arumugam"};
static const char *const ta_init[] = {"செ.", "மு.", "ப.", "ரா.", "சு.", "ஆ."};
static const char *const ta_init_lat[] = {"S.", "M.", "P.", "R.", "S.", "A."};
static const char *const ta_addr[] = {"12, Gandhi Street, T. Nagar, Chennai - 600017",
                                      "Door No. 4/118, Kamarajar Salai, Madurai 625009",
                                      "எண் 5, காமராஜர் சாலை, மதுரை - 625001",
                                      "23/7, பெரியார் நகர், கோயம்புத்தூர் 641012",
                                      "Plot 45, 3rd Cross, Anna Nagar West, Chennai 600040",
                                      "No. 8, Kovil Street, Srirangam, Tiruchirappalli 620006",
                                      "7, மேல வீதி, தஞ்சாவூர் 613001"};
static const char *const ta_words[] = {
    "பையன்",  "வீட்டுப்பாடம்", "செய்யவில்லை", "அம்மா",  "phone", "பண்ணுங்க", "fees",
    "pending", "நாளை",   "leave",   "காய்ச்சல்", "paiyan", "romba",   "nalla",
    "padikiran", "amma", "kitta",   "pesunga",  "class",  "la",      "thoongaran",
    "sick",   "vendum",  "மதிப்பெண்", "குறைவு",  "அப்பா",  "வரணும்",   "tuition"};
static const char *const ta_class[] = {"VIII-B", "X-A", "XII-Sci", "6 ஆ", "IX-C", "7 அ"};
static const char *const ta_route[] = {"Route 7 - Tambaram", "Route 12 - Velachery",
                                       "Route 3 - Anna Nagar", "Route 9 - Porur",
                                       "Van 2 - Thiruvanmiyur"};
static const char *const ta_town[] = {"மதுரை", "Chennai", "Coimbatore", "திருச்சி", "Salem",
                                      "தஞ்சாவூர்"};
static const char *const jp_family[] = {"山田", "佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤",
                                        "中村"};
static const char *const jp_family_kana[] = {"ヤマダ", "サトウ", "スズキ", "タカハシ",
                                             "タナカ", "ワタナベ", "イトウ", "ナカムラ"};
static const char *const jp_family_hira[] = {"やまだ", "さとう", "すずき", "たかはし",
                                             "たなか", "わたなべ", "いとう", "なかむら"};
static const char *const jp_family_lat[] = {"yamada", "sato", "suzuki", "takahashi",
                                            "tanaka", "watanabe", "ito", "nakamura"};
static const char *const jp_given[] = {"太郎", "花子", "翔太", "美咲", "健一", "由美", "大輔",
                                       "陽子"};
static const char *const jp_given_kana[] = {"タロウ", "ハナコ", "ショウタ", "ミサキ",
                                            "ケンイチ", "ユミ", "ダイスケ", "ヨウコ"};
static const char *const jp_given_hira[] = {"たろう", "はなこ", "しょうた", "みさき",
                                            "けんいち", "ゆみ", "だいすけ", "ようこ"};
static const char *const jp_given_lat[] = {"taro", "hanako", "shota", "misaki",
                                           "kenichi", "yumi", "daisuke", "yoko"};
static const char *const jp_addr[] = {"〒150-0001 東京都渋谷区神宮前1-2-3 メゾン青山101",
                                      "〒530-0001 大阪府大阪市北区梅田3丁目1番3号",
                                      "〒460-0008 愛知県名古屋市中区栄4-5-6 栄ハイツ305号室",
                                      "北海道札幌市中央区北1条西2丁目1-1",
                                      "〒812-0011 福岡県福岡市博多区博多駅前2-1-1",
                                      "神奈川県横浜市青葉区美しが丘2-15-7",
                                      "〒980-0811 宮城県仙台市青葉区一番町4丁目7-17 コーポ一番町202"};
static const char *const jp_phrases[] = {
    "商品がまだ届きません",       "サイズを交換したいです",   "領収書の宛名は会社名でお願いします",
    "不在のため再配達を希望します", "夫の携帯に連絡してください", "ギフト包装をお願いします",
    "箱が潰れていました",         "平日の夜に届けてほしい",   "母へのプレゼントです",
    "前回と同じ色でお願いします"};
static const char *const jp_product[] = {"国産ひのきまな板 Lサイズ", "南部鉄器 急須 0.6L",
                                         "今治タオル バスタオル 2枚組", "有田焼 マグカップ 桜",
                                         "信楽焼 土鍋 8号", "越前漆器 お椀 ペア"};
static const char *const jp_carrier[] = {"ヤマト運輸", "佐川急便", "日本郵便", "西濃運輸"};
static const char *const jp_pref[] = {"東京都", "大阪府", "北海道", "福岡県", "愛知県",
                                      "神奈川県", "宮城県"};
/* men's given names first (a father's and grandfather's name is a man's) */
static const char *const am_given[] = {"አበበ", "ከበደ", "ተሰማ", "ኃይሌ", "ዳዊት", "ሙሉጌታ",
                                       "ጥሩነሽ", "ትዕግስት", "መሰረት", "አልማዝ"};
static const char *const am_month[] = {"መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት",
                                       "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ"};
static const char *const am_addr[] = {"አዲስ አበባ፣ ቦሌ ክ/ከተማ፣ ወረዳ 03፣ የቤት ቁ. 1234",
                                      "አዲስ አበባ፣ ጉለሌ ክ/ከተማ፣ ወረዳ 9፣ ቤት ቁ. 567",
                                      "Addis Ababa, Yeka Sub-city, Woreda 08, House No. 112",
                                      "ባሕር ዳር፣ ቀበሌ 14፣ የቤት ቁ. 45",
                                      "አዳማ፣ ቀበሌ 04፣ የቤት ቁ. 2210",
                                      "አዲስ አበባ፣ ልደታ ክ/ከተማ፣ ወረዳ 07፣ ቤት ቁ. አዲስ"};
static const char *const am_words[] = {
    "ደንበኛው", "ብድሩን", "በሰዓቱ", "ይከፍላል", "ስልክ",  "አይመልስም", "ባለቤቱ", "ዋስ",
    "ናት",     "ሱቅ",    "አላት",  "መርካቶ", "ውስጥ", "ቀጣይ",    "ወር",   "ይመጣል",
    "ታሟል",   "ልጁ",    "ትምህርት", "ቤት",  "ክፍያ", "ዘግይቷል"};
static const char *const am_branch[] = {"ቦሌ ቅርንጫፍ", "መርካቶ ቅርንጫፍ", "Piassa Branch",
                                        "አዳማ ቅርንጫፍ", "ባሕር ዳር ቅርንጫፍ"};

enum {
	G13_FIRST = 9000, /* above every G12_*: build_db() hands them to value13() */
	G13_AK_LT = G13_FIRST, /* asmens kodas: G YYMMDD NNN C */
	G13_GIVEN_LT,          /* Jonas, Rūta */
	G13_FAMILY_LT,         /* Kazlauskas, Kazlauskienė, Kazlauskaitė */
	G13_BIRTH_LT,          /* 1984-03-14, 1984 m. kovo 14 d. */
	G13_PHONE_LT,          /* +370 612 34567, 8 612 34567, 861234567 */
	G13_EMAIL_LT,
	G13_ADDR_LT,
	G13_GUARD_LT,          /* Rūta Kazlauskienė (mama) */
	G13_PROSE_LT,
	G13_PK_LV,             /* personas kods DDMMYY-CNNNN, or 32xxxx-xxxxx */
	G13_NAME_LV,           /* Jānis Bērziņš, Bērziņa Ilze */
	G13_BIRTH_LV,          /* 14.03.1984., 1984. gada 14. marts */
	G13_PHONE_LV,          /* +371 2612 3456, 26123456 */
	G13_EMAIL_LV,
	G13_ADDR_LV,
	G13_IBAN_LV,
	G13_CARD_LV,           /* Visa/MC, a fifth masked */
	G13_IP_LV,
	G13_PROSE_LV,
	G13_IK_EE,             /* isikukood: G YYMMDD SSS C */
	G13_GIVEN_EE,
	G13_FAMILY_EE,         /* Tamm, Saar, Sepp, Mägi: surnames that are words */
	G13_BIRTH_EE,          /* 14.03.1984 */
	G13_PHONE_EE,          /* +372 5123 4567, 5123 4567, 56123456 */
	G13_EMAIL_EE,
	G13_ADDR_EE,
	G13_IBAN_EE,
	G13_IP_EE,
	G13_PROSE_EE,
	G13_EMERG_EE,          /* Kadri Tamm (abikaasa) */
	G13_IIN_KZ,            /* 12 digits, YYMMDD, century/sex, mod-11 check */
	G13_NAME_KZ,           /* Сәрсенбаев Ерлан Нұрланұлы */
	G13_NAME_KZ_LAT,       /* Särsenbaev Erlan, SARSENBAYEV YERLAN */
	G13_BIRTH_KZ,          /* 14.03.1984, 1984 жылғы 14 наурыз */
	G13_PHONE_KZ,          /* +7 701 234 56 78, 8 (747) 123-45-67, 87011234567 */
	G13_ADDR_KZ,
	G13_CARD_KZ,           /* Visa 4400 43.., Luhn */
	G13_LATLON_KZ,         /* a subscriber's last position */
	G13_PROSE_KZ,
	G13_IBAN_KZ,
	G13_NAME_TA,           /* ப. கார்த்திகா */
	G13_NAME_TA_LAT,       /* Karthika P, S. Arun, VIGNESH R */
	G13_FATHER_TA,         /* Selvaraj P, செல்வராஜ் */
	G13_BIRTH_TA,          /* 14/03/2011, 14-03-2011, 14.3.2011 */
	G13_AADHAAR,           /* 12 digits, Verhoeff; a fifth masked */
	G13_PHONE_TA,          /* +91 98401 23456, 9840123456, 098401 23456 */
	G13_EMAIL_TA,
	G13_ADDR_TA,
	G13_PROSE_TA,          /* Tamil script and Tanglish */
	G13_NAME_JP,           /* 山田 太郎, 山田太郎 */
	G13_KANA_JP,           /* ヤマダ タロウ, やまだ たろう */
	G13_BIRTH_JP,          /* 昭和59年3月14日, 1984年3月14日, S59.3.14, 1984/03/14 */
	G13_MYNUMBER,          /* 12 digits, check digit */
	G13_PHONE_JP,          /* 090-1234-5678, 03-3456-7890, 09012345678 */
	G13_EMAIL_JP,
	G13_ADDR_JP,
	G13_CARD_JP,           /* JCB 3528..3589, Luhn; a fifth masked */
	G13_PROSE_JP,          /* no spaces */
	G13_IP_JP,
	G13_NAME_AM,           /* አበበ ከበደ ተሰማ */
	G13_BIRTH_AM,          /* Ethiopian calendar: 12/04/1977 ዓ.ም, መጋቢት 5 ቀን 1976 ዓ.ም */
	G13_FAYDA,             /* FIN, 12 digits in fours */
	G13_PHONE_AM,          /* +251 911 23 45 67, 0911234567 */
	G13_ADDR_AM,
	G13_PROSE_AM,
	/* look-alikes */
	G13_REFERRAL_LT,       /* S-2026-004512 */
	G13_ROOM_LT,           /* 215 kab. */
	G13_COMPANY_LT,        /* įmonės kodas, 9 digits */
	G13_PHONE_LT_BIZ,      /* +370 5 236 4100 */
	G13_VISIT_LT,          /* 2026-03-14 10:30 */
	G13_ICD_LT,
	G13_CITY_LT,
	G13_CONTRACT_LV,       /* KR-2026/04512 */
	G13_BRANCH_LV,
	G13_BIC_LV,
	G13_PRODUCT_LV,
	G13_REGNR_LV,          /* 11 digits, 4000... */
	G13_PHONE_LV_BIZ,      /* +371 67 444 444 */
	G13_HASH_LV,           /* 40 hex */
	G13_EMPNO_EE,          /* T-0451 */
	G13_JOB_EE,
	G13_DEPT_EE,
	G13_REGCODE_EE,        /* registrikood, 8 digits, check digit */
	G13_START_EE,          /* 2019-09-01 */
	G13_PHONE_EE_BIZ,      /* +372 640 1234 */
	G13_TOWN_EE,
	G13_CONTRACT_KZ,       /* ДГ-2026-0451 */
	G13_TARIFF_KZ,
	G13_BIN_KZ,            /* 12 digits, same check as the IIN */
	G13_TOWER_KZ,          /* a base station's coordinates */
	G13_PHONE_KZ_BIZ,      /* +7 727 258 88 88, 8 800 080 7000 */
	G13_ICCID_KZ,          /* 19 digits, 897..., Luhn */
	G13_CITY_KZ,
	G13_CLASS_TA,
	G13_PHONE_TA_BIZ,      /* 044-2434 5678 */
	G13_FEE_TA,            /* ₹12,500 */
	G13_UDISE,             /* 11 digits, 33... */
	G13_ROUTE_TA,
	G13_EXAM_TA,           /* 2026-03-14 */
	G13_TOWN_TA,
	G13_ORDER_JP,          /* 20260314-0451238 */
	G13_PRODUCT_JP,
	G13_JAN,               /* EAN-13, 45/49 */
	G13_HOJIN,             /* 13 digits, check digit first */
	G13_PHONE_JP_BIZ,      /* 0120-123-456, 03-5412-xxxx */
	G13_SHIP_JP,           /* 令和8年5月20日, 2026/05/20 */
	G13_CARRIER_JP,
	G13_TRACK_JP,          /* 4512-3456-7890 */
	G13_PREF_JP,
	G13_LOAN_AM,           /* ML-2026-0451 */
	G13_BRANCH_AM,
	G13_BIRR,              /* 25,000 ብር */
	G13_PHONE_AM_BIZ       /* +251 11 551 2345 */
};

static const struct {
	int g;
	const char *const *v;
	size_t n;
} lists13[] = {
    LIST(G13_ADDR_LT, lt_addr),       LIST(G13_ADDR_LV, lv_addr),
    LIST(G13_ADDR_EE, ee_addr),       LIST(G13_ADDR_KZ, kz_addr),
    LIST(G13_ADDR_TA, ta_addr),       LIST(G13_ADDR_JP, jp_addr),
    LIST(G13_ADDR_AM, am_addr),       LIST(G13_ICD_LT, lt_icd),
    LIST(G13_CITY_LT, lt_city),       LIST(G13_BRANCH_LV, lv_branch),
    LIST(G13_BIC_LV, lv_bic),         LIST(G13_PRODUCT_LV, lv_product),
    LIST(G13_JOB_EE, ee_job),         LIST(G13_DEPT_EE, ee_dept),
    LIST(G13_TOWN_EE, ee_town),       LIST(G13_TARIFF_KZ, kz_tariff),
    LIST(G13_CITY_KZ, kz_city),       LIST(G13_CLASS_TA, ta_class),
    LIST(G13_ROUTE_TA, ta_route),     LIST(G13_TOWN_TA, ta_town),
    LIST(G13_PRODUCT_JP, jp_product), LIST(G13_CARRIER_JP, jp_carrier),
    LIST(G13_PREF_JP, jp_pref),       LIST(G13_BRANCH_AM, am_branch),
};

/* free text: min to min + span - 1 words, whole words only (the value
 * buffer is 256 bytes, and a Tamil or Ge'ez letter is 3) */
static const struct {
	int g;
	const char *const *w;
	unsigned nw, min, span;
} prose13[] = {
#define PROSE13(g, a, k, s)                                                                        \
	{                                                                                          \
		g, a, sizeof(a) / sizeof((a)[0]), k, s                                             \
	}
    PROSE13(G13_PROSE_LT, lt_words, 5, 8), PROSE13(G13_PROSE_LV, lv_words, 5, 8),
    PROSE13(G13_PROSE_EE, ee_words, 5, 8), PROSE13(G13_PROSE_KZ, kz_words, 4, 7),
    PROSE13(G13_PROSE_TA, ta_words, 4, 5), PROSE13(G13_PROSE_AM, am_words, 4, 6),
#undef PROSE13
};

static void prose13w(char *o, size_t n, const char *const *w, unsigned nw, unsigned nwords)
{
	size_t len = 0, l;
	unsigned i;
	o[0] = 0;
	for (i = 0; i < nwords; i++) {
		const char *x = w[rnd(nw)];
		l = strlen(x);
		if (len + l + 2 >= n)
			break;
		if (i)
			o[len++] = ' ';
		memcpy(o + len, x, l + 1);
		len += l;
	}
	if (o[0] >= 'a' && o[0] <= 'z')
		o[0] = (char)(o[0] - 32);
}

/* the check digit the Lithuanian asmens kodas, the Estonian isikukood and
 * registrikood and the Kazakh IIN/BIN share: weights 1, 2, 3 ... (back to
 * 1 after wrap) mod 11, then the weights shifted by two; -1 where the
 * second pass gives 10 too */
static int check11_13(const char *d, int nd, int wrap)
{
	int i, sum = 0, c;
	for (i = 0; i < nd; i++)
		sum += (d[i] - '0') * (i % wrap + 1);
	c = sum % 11;
	if (c < 10)
		return c;
	for (sum = 0, i = 0; i < nd; i++)
		sum += (d[i] - '0') * ((i + 2) % wrap + 1);
	c = sum % 11;
	return c < 10 ? c : -1;
}

/* a Baltic personal code: G YYMMDD NNN C (LT and EE alike); the second
 * pass giving 10 writes 0 */
static void baltic13(char *o, size_t n, unsigned y, unsigned m, unsigned day, unsigned woman)
{
	char d[16];
	int c;
	snprintf(d, sizeof d, "%c%02u%02u%02u", (char)('3' + (y >= 2000 ? 2 : 0) + woman), y % 100,
	         m, day);
	digits(d + 7, 3);
	c = check11_13(d, 10, 9);
	d[10] = (char)('0' + (c < 0 ? 0 : c));
	d[11] = 0;
	snprintf(o, n, "%s", d);
}

/* a Kazakh IIN (kind 0: YYMMDD, century and sex, 4 digits) or BIN (kind
 * 1: YYMM, 4, 0, 6 digits); redrawn while no check digit exists */
static void iin13(char *o, size_t n, int kind, unsigned y, unsigned m, unsigned day,
                  unsigned woman)
{
	char d[16];
	int c;
	do {
		if (kind == 0) {
			snprintf(d, sizeof d, "%02u%02u%02u%c", y % 100, m, day,
			         (char)('3' + (y >= 2000 ? 2 : 0) + woman));
			digits(d + 7, 4);
		} else {
			snprintf(d, sizeof d, "%02u%02u4%c", y % 100, m, rnd(4) ? '0' : '1');
			digits(d + 6, 5);
		}
		c = check11_13(d, 11, 11);
	} while (c < 0);
	d[11] = (char)('0' + c);
	d[12] = 0;
	snprintf(o, n, "%s", d);
}

/* Verhoeff check digit (Aadhaar) */
static char verhoeff13(const char *s)
{
	static const unsigned char dt[10][10] = {
	    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
	    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
	    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
	    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
	    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
	static const unsigned char pt[8][10] = {
	    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
	    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
	    {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
	    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
	static const unsigned char inv[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};
	int c = 0, i, len = (int)strlen(s);
	for (i = 0; i < len; i++)
		c = dt[c][pt[(i + 1) % 8][s[len - 1 - i] - '0']];
	return (char)('0' + inv[c]);
}

static void value13(int g, char *o, size_t n)
{
	char d[64], e[160];
	unsigned y, m, day, k, s;
	int i, sum;
	for (k = 0; k < sizeof lists13 / sizeof lists13[0]; k++)
		if (lists13[k].g == g) {
			snprintf(o, n, "%s", lists13[k].v[rnd((unsigned)lists13[k].n)]);
			return;
		}
	y = 1950 + rnd(56);
	m = 1 + rnd(12);
	day = 1 + rnd(28);
	s = rnd(2);
	for (k = 0; k < sizeof prose13 / sizeof prose13[0]; k++)
		if (prose13[k].g == g) {
			prose13w(o, n, prose13[k].w, prose13[k].nw,
			         prose13[k].min + rnd(prose13[k].span));
			return;
		}
	switch (g) {
	case G13_AK_LT:
	case G13_IK_EE:
		baltic13(o, n, y, m, day, s);
		break;
	case G13_GIVEN_LT:
		snprintf(o, n, "%s", lt_given[s][rnd(6)]);
		break;
	case G13_FAMILY_LT:
		snprintf(o, n, "%s", lt_family[s ? 1 + rnd(2) : 0][rnd(8)]);
		break;
	case G13_BIRTH_LT:
		if (rnd(2))
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		else
			snprintf(o, n, "%u m. %s %u d.", y, lt_month[m - 1], day);
		break;
	case G13_PHONE_LT:
		snprintf(d, sizeof d, "6%c", '0' + rnd(10));
		digits(d + 2, 6);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+370 %.3s %s", d, d + 3);
		else if (k == 1)
			snprintf(o, n, "8 %.3s %s", d, d + 3);
		else
			snprintf(o, n, "8%s", d);
		break;
	case G13_EMAIL_LT:
		/* a man's given name with a man's surname, a woman's with a woman's */
		snprintf(e, sizeof e, "%s", (const char *[]){"jonas", "mindaugas", "tomas", "ruta",
		                                             "ieva", "laima"}[3 * s + rnd(3)]);
		snprintf(o, n, "%s.%s%u@%s", e,
		         (const char *[]){"kazlauskas", "butkus", "zukauskas", "petrauskiene",
		                          "jankauskaite", "paulauskiene"}[3 * s + rnd(3)],
		         y % 100, rnd(2) ? "gmail.example.com" : "one.example.lt");
		break;
	case G13_GUARD_LT:
		k = rnd(8);
		if (rnd(2))
			snprintf(o, n, "%s %s (%s)", lt_given[1][rnd(6)], lt_family[1][k],
			         rnd(2) ? "mama" : "žmona");
		else
			snprintf(o, n, "%s %s", lt_given[0][rnd(6)], lt_family[0][k]);
		break;
	case G13_PK_LV:
		if (rnd(5)) {
			static const int w[] = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
			int c;
			do {
				snprintf(d, sizeof d, "%02u%02u%02u%c", day, m, y % 100,
				         y >= 2000 ? '2' : '1');
				digits(d + 7, 3);
				for (sum = 0, i = 0; i < 10; i++)
					sum += (d[i] - '0') * w[i];
				c = (1101 - sum) % 11;
			} while (c == 10);
			d[10] = (char)('0' + c);
			d[11] = 0;
			snprintf(o, n, "%.6s-%s", d, d + 6);
		} else {
			digits(d, 9);
			snprintf(o, n, "32%.4s-%.5s", d, d + 4);
		}
		break;
	case G13_NAME_LV:
		k = rnd(6);
		if (rnd(3))
			snprintf(o, n, "%s %s", lv_given[s][rnd(6)], lv_family[s][k]);
		else
			snprintf(o, n, "%s %s", lv_family[s][k], lv_given[s][rnd(6)]);
		break;
	case G13_BIRTH_LV:
		if (rnd(2))
			snprintf(o, n, "%02u.%02u.%u.", day, m, y);
		else
			snprintf(o, n, "%u. gada %u. %s", y, day, lv_month[m - 1]);
		break;
	case G13_PHONE_LV:
		digits(d, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+371 2%.3s %s", d, d + 3);
		else if (k == 1)
			snprintf(o, n, "2%s", d);
		else
			snprintf(o, n, "(+371) 2%.1s %.3s %s", d, d + 1, d + 4);
		break;
	case G13_EMAIL_LV:
		k = rnd(12);
		snprintf(e, sizeof e, "%s", lv_family_ascii[rnd(6)]);
		if (k >= 6) /* a woman: Bērziņa, berzina */
			e[strlen(e) - 1] = 'a';
		snprintf(o, n, "%s.%s@%s", lv_given_ascii[k], e,
		         rnd(2) ? "inbox.example.lv" : "gmail.example.com");
		break;
	case G13_IBAN_LV:
		snprintf(d, sizeof d, "%s", (const char *[]){"HABA", "UNLA", "RIKO", "PARX"}[rnd(4)]);
		digits(d + 4, 13);
		iban7(o, n, "LV", d, rnd(2) != 0);
		break;
	case G13_CARD_LV:
		card6(d, rnd(2) ? '4' : '5');
		if (!rnd(5))
			snprintf(o, n, "%.4s %.2s** **** %s", d, d + 4, d + 12);
		else
			snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G13_IP_LV:
		snprintf(o, n, "%u.%u.%u.%u", (const unsigned[]){87, 91, 195, 213}[rnd(4)], rnd(256),
		         rnd(256), 1 + rnd(254));
		break;
	case G13_GIVEN_EE:
		snprintf(o, n, "%s", ee_given[s][rnd(6)]);
		break;
	case G13_FAMILY_EE:
		snprintf(o, n, "%s", PICK(ee_family));
		break;
	case G13_BIRTH_EE:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G13_PHONE_EE:
		digits(d, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+372 5%.3s %s", d, d + 3);
		else if (k == 1)
			snprintf(o, n, "5%.3s %s", d, d + 3);
		else
			snprintf(o, n, "5%s", d);
		break;
	case G13_EMAIL_EE:
		k = rnd(12);
		snprintf(o, n, "%s.%s@%s", ee_given_ascii[k], PICK(ee_family_ascii),
		         rnd(2) ? "hot.example.ee" : "firma.example.ee");
		break;
	case G13_IBAN_EE:
		snprintf(d, sizeof d, "%s", (const char *[]){"22", "10", "77", "17"}[rnd(4)]);
		digits(d + 2, 14);
		iban7(o, n, "EE", d, rnd(2) != 0);
		break;
	case G13_IP_EE:
		if (rnd(4))
			snprintf(o, n, "10.%u.%u.%u", 8 + rnd(4), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "%u.%u.%u.%u", (const unsigned[]){90, 84, 194, 213}[rnd(4)],
			         rnd(256), rnd(256), 1 + rnd(254));
		break;
	case G13_EMERG_EE:
		snprintf(o, n, "%s %s (%s)", ee_given[rnd(2)][rnd(6)], PICK(ee_family), PICK(ee_rel));
		break;
	case G13_IIN_KZ:
		iin13(o, n, 0, y, m, day, s);
		break;
	case G13_NAME_KZ:
		k = rnd(6);
		if (rnd(3))
			snprintf(o, n, "%s %s %s", kz_family[s][k], kz_given[s][rnd(6)],
			         kz_patr[s][rnd(4)]);
		else
			snprintf(o, n, "%s %s", kz_family[s][k], kz_given[s][rnd(6)]);
		break;
	case G13_NAME_KZ_LAT:
		if (rnd(3))
			snprintf(o, n, "%s %s", kz_family_lat[s][rnd(6)], kz_given_lat[s][rnd(6)]);
		else
			snprintf(o, n, "%s", PICK(kz_pass_lat));
		break;
	case G13_BIRTH_KZ:
		if (rnd(2))
			snprintf(o, n, "%02u.%02u.%u", day, m, y);
		else
			snprintf(o, n, "%u жылғы %u %s", y, day, kz_month[m - 1]);
		break;
	case G13_PHONE_KZ:
		snprintf(d, sizeof d, "7%s", (const char *[]){"01", "02", "05", "07", "47", "71", "75",
		                                              "77"}[rnd(8)]);
		digits(d + 3, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+7 %.3s %.3s %.2s %s", d, d + 3, d + 6, d + 8);
		else if (k == 1)
			snprintf(o, n, "8 (%.3s) %.3s-%.2s-%s", d, d + 3, d + 6, d + 8);
		else
			snprintf(o, n, "8%s", d);
		break;
	case G13_CARD_KZ:
		snprintf(d, sizeof d, "440043");
		digits(d + 6, 9);
		luhn_fill(d, 16);
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G13_LATLON_KZ:
		snprintf(o, n, "%.5f, %.5f", 43.18 + rnd(1200) / 1e4, 76.80 + rnd(1500) / 1e4);
		break;
	case G13_IBAN_KZ:
		snprintf(d, sizeof d, "%s", (const char *[]){"722", "601", "998", "826"}[rnd(4)]);
		digits(d + 3, 13);
		if (d[0] == '7')
			d[3] = 'C'; /* Kaspi's account numbers hold a letter */
		iban7(o, n, "KZ", d, rnd(2) != 0);
		break;
	case G13_NAME_TA:
		k = rnd(6);
		if (rnd(2))
			snprintf(o, n, "%s %s", ta_init[k], ta_given[s][rnd(6)]);
		else
			snprintf(o, n, "%s %s", ta_given[s][rnd(6)], ta_father[k]);
		break;
	case G13_NAME_TA_LAT:
		k = rnd(6);
		i = (int)rnd(3);
		if (i == 0)
			snprintf(o, n, "%s %s", ta_given_lat[s][rnd(6)], ta_init_lat[k]);
		else if (i == 1)
			snprintf(o, n, "%s %s", ta_init_lat[k], ta_given_lat[s][rnd(6)]);
		else {
			snprintf(e, sizeof e, "%s %c", ta_given_lat[s][rnd(6)], ta_father_lat[k][0]);
			upper12(e);
			snprintf(o, n, "%s", e);
		}
		break;
	case G13_FATHER_TA:
		if (rnd(2))
			snprintf(o, n, "%s %c", PICK(ta_father_lat), "PMSRKA"[rnd(6)]);
		else
			snprintf(o, n, "%s", PICK(ta_father));
		break;
	case G13_BIRTH_TA:
		y = 2008 + rnd(10);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else if (k == 1)
			snprintf(o, n, "%02u-%02u-%u", day, m, y);
		else
			snprintf(o, n, "%u.%u.%u", day, m, y);
		break;
	case G13_AADHAAR:
		digits(d, 11);
		d[0] = (char)('2' + rnd(8));
		d[11] = verhoeff13(d);
		d[12] = 0;
		if (!rnd(5))
			snprintf(o, n, "XXXX XXXX %s", d + 8);
		else if (rnd(2))
			snprintf(o, n, "%.4s %.4s %s", d, d + 4, d + 8);
		else
			snprintf(o, n, "%s", d);
		break;
	case G13_PHONE_TA:
		snprintf(d, sizeof d, "%c", "9876"[rnd(4)]);
		digits(d + 1, 9);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+91 %.5s %s", d, d + 5);
		else if (k == 1)
			snprintf(o, n, "%s", d);
		else
			snprintf(o, n, "0%.5s %s", d, d + 5);
		break;
	case G13_EMAIL_TA:
		if (rnd(2))
			snprintf(e, sizeof e, "%s%s", ta_father_lat[rnd(6)], rnd(2) ? "" : ".k");
		else
			snprintf(e, sizeof e, "%s.%s", ta_given_lat[s][rnd(6)], ta_father_lat[rnd(6)]);
		lower10(e);
		snprintf(o, n, "%s%u@%s", e, rnd(1000), rnd(2) ? "gmail.example.com" : "yahoo.example.co.in");
		break;
	case G13_NAME_JP:
		k = rnd(8);
		snprintf(o, n, rnd(2) ? "%s　%s" : "%s%s", jp_family[k], jp_given[rnd(8)]);
		break;
	case G13_KANA_JP:
		k = rnd(8);
		i = (int)rnd(8);
		if (rnd(4))
			snprintf(o, n, "%s %s", jp_family_kana[k], jp_given_kana[i]);
		else
			snprintf(o, n, "%s　%s", jp_family_hira[k], jp_given_hira[i]);
		break;
	case G13_BIRTH_JP:
		k = rnd(4);
		if (k == 0 || k == 2) {
			/* 昭和 to 1988, 平成 from 1989 (its first year written 元) */
			const char *era = y <= 1988 ? "昭和" : "平成";
			unsigned ey = y <= 1988 ? y - 1925 : y - 1988;
			if (k == 0 && ey == 1)
				snprintf(o, n, "%s元年%u月%u日", era, m, day);
			else if (k == 0)
				snprintf(o, n, "%s%u年%u月%u日", era, ey, m, day);
			else
				snprintf(o, n, "%c%u.%u.%u", y <= 1988 ? 'S' : 'H', ey, m, day);
		} else if (k == 1)
			snprintf(o, n, "%u年%u月%u日", y, m, day);
		else
			snprintf(o, n, "%u/%02u/%02u", y, m, day);
		break;
	case G13_MYNUMBER: {
		/* check = 11 - (sum of P_n * Q_n mod 11), 0 when that mod is 0 or
		 * 1; P_n the n-th digit from the right of the first eleven, Q_n
		 * n + 1 for n <= 6, else n - 5 */
		int r;
		digits(d, 11);
		for (sum = 0, i = 1; i <= 11; i++)
			sum += (d[11 - i] - '0') * (i <= 6 ? i + 1 : i - 5);
		r = sum % 11;
		d[11] = (char)('0' + (r <= 1 ? 0 : 11 - r));
		d[12] = 0;
		if (rnd(2))
			snprintf(o, n, "%.4s %.4s %s", d, d + 4, d + 8);
		else
			snprintf(o, n, "%s", d);
		break;
	}
	case G13_PHONE_JP:
		digits(d, 8);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "0%c0-%.4s-%s", "987"[rnd(3)], d, d + 4);
		else if (k == 1)
			snprintf(o, n, "0%c0%s", "98"[rnd(2)], d);
		else if (k == 2)
			snprintf(o, n, "0%c-%.4s-%s", "36"[rnd(2)], d, d + 4);
		else
			snprintf(o, n, "+81 90-%.4s-%s", d, d + 4);
		break;
	case G13_EMAIL_JP:
		k = rnd(8);
		snprintf(o, n, "%s%s%s%u@%s", jp_given_lat[rnd(8)], rnd(2) ? "." : "_",
		         jp_family_lat[k], y % 100,
		         (const char *[]){"docomo.example.ne.jp", "ezweb.example.ne.jp",
		                          "yahoo.example.co.jp", "gmail.example.com"}[rnd(4)]);
		break;
	case G13_CARD_JP:
		snprintf(d, sizeof d, "35%02u", 28 + rnd(62));
		digits(d + 4, 11);
		luhn_fill(d, 16);
		if (!rnd(5))
			snprintf(o, n, "%.4s-****-****-%s", d, d + 12);
		else if (rnd(2))
			snprintf(o, n, "%.4s-%.4s-%.4s-%s", d, d + 4, d + 8, d + 12);
		else
			snprintf(o, n, "%s", d);
		break;
	case G13_PROSE_JP: {
		size_t len = 0, l;
		unsigned w = 1 + rnd(3);
		o[0] = 0;
		for (k = 0; k < w; k++) {
			const char *x = PICK(jp_phrases);
			l = strlen(x);
			if (len + l + 8 >= n)
				break;
			len += (size_t)snprintf(o + len, n - len, "%s%s", x, "。");
		}
		break;
	}
	case G13_IP_JP:
		if (rnd(4))
			snprintf(o, n, "%u.%u.%u.%u", (const unsigned[]){126, 153, 133, 219}[rnd(4)],
			         rnd(256), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "2400:4050:%x:%x::%x", rnd(65536), rnd(65536), 1 + rnd(65535));
		break;
	case G13_NAME_AM:
		k = rnd(6);
		snprintf(o, n, "%s %s %s", am_given[rnd(10)], am_given[k], am_given[(k + 1 + rnd(5)) % 6]);
		break;
	case G13_BIRTH_AM:
		y = 1950 + rnd(50); /* Ethiopian years */
		m = 1 + rnd(12);
		day = 1 + rnd(30);
		if (rnd(2))
			snprintf(o, n, "%02u/%02u/%u ዓ.ም", day, m, y);
		else
			snprintf(o, n, "%s %u ቀን %u ዓ.ም", am_month[m - 1], day, y);
		break;
	case G13_FAYDA:
		digits(d, 12);
		snprintf(o, n, "%.4s %.4s %s", d, d + 4, d + 8);
		break;
	case G13_PHONE_AM:
		snprintf(d, sizeof d, "9%c", "1234"[rnd(4)]);
		digits(d + 2, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+251 %.3s %.2s %.2s %s", d, d + 3, d + 5, d + 7);
		else if (k == 1)
			snprintf(o, n, "0%s", d);
		else
			snprintf(o, n, "0%.3s-%s", d, d + 3);
		break;
	/* look-alikes */
	case G13_REFERRAL_LT:
		snprintf(o, n, "S-2026-%06u", rnd(1000000));
		break;
	case G13_ROOM_LT:
		snprintf(o, n, "%u kab.", 100 * (1 + rnd(4)) + rnd(40));
		break;
	case G13_COMPANY_LT:
		digits(d, 9);
		d[0] = rnd(2) ? '1' : '3';
		snprintf(o, n, "%s", d);
		break;
	case G13_PHONE_LT_BIZ:
		digits(d, 4);
		snprintf(o, n, rnd(2) ? "+370 5 236 %s" : "8 37 32%s", d);
		break;
	case G13_VISIT_LT:
		snprintf(o, n, "2026-%02u-%02u %02u:%02u", m, day, 8 + rnd(10), 15 * rnd(4));
		break;
	case G13_CONTRACT_LV:
		snprintf(o, n, "KR-2026/%05u", rnd(100000));
		break;
	case G13_REGNR_LV:
		digits(d, 6);
		snprintf(o, n, "40003%s", d);
		break;
	case G13_PHONE_LV_BIZ:
		digits(d, 3);
		snprintf(o, n, rnd(2) ? "+371 67 444 %s" : "67092%s", d);
		break;
	case G13_HASH_LV:
		for (i = 0; i < 40; i++)
			e[i] = "0123456789abcdef"[rnd(16)];
		e[40] = 0;
		snprintf(o, n, "%s", e);
		break;
	case G13_EMPNO_EE:
		snprintf(o, n, "T-%04u", rnd(10000));
		break;
	case G13_REGCODE_EE: {
		int c;
		digits(d, 8);
		d[0] = '1';
		d[1] = (char)('0' + rnd(7));
		c = check11_13(d, 7, 9);
		d[7] = (char)('0' + (c < 0 ? 0 : c));
		d[8] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G13_START_EE:
		snprintf(o, n, "%u-%02u-01", 2012 + rnd(14), m);
		break;
	case G13_PHONE_EE_BIZ:
		digits(d, 4);
		snprintf(o, n, rnd(2) ? "+372 640 %s" : "+372 7 30%s", d);
		break;
	case G13_CONTRACT_KZ:
		snprintf(o, n, "ДГ-2026-%04u", rnd(10000));
		break;
	case G13_BIN_KZ:
		iin13(o, n, 1, 1995 + rnd(30), m, day, 0);
		break;
	case G13_TOWER_KZ:
		snprintf(o, n, "%.5f, %.5f", 43.18 + rnd(1200) / 1e4, 76.80 + rnd(1500) / 1e4);
		break;
	case G13_PHONE_KZ_BIZ:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+7 727 258 88 %02u", rnd(100));
		else if (k == 1)
			snprintf(o, n, "8 800 080 %04u", rnd(10000));
		else
			snprintf(o, n, "%s", rnd(2) ? "611" : "1414");
		break;
	case G13_ICCID_KZ:
		snprintf(d, sizeof d, "897%s", rnd(2) ? "02" : "77");
		digits(d + 5, 13);
		luhn_fill(d, 19);
		snprintf(o, n, "%s", d);
		break;
	case G13_PHONE_TA_BIZ:
		digits(d, 4);
		snprintf(o, n, rnd(2) ? "044-2434 %s" : "0452-253%s", d);
		break;
	case G13_FEE_TA:
		snprintf(o, n, "₹%u,%u00", 8 + rnd(30), rnd(10));
		break;
	case G13_UDISE:
		digits(d, 9);
		snprintf(o, n, "33%s", d);
		break;
	case G13_EXAM_TA:
		snprintf(o, n, "2026-%02u-%02u", 2 + rnd(3), day);
		break;
	case G13_ORDER_JP:
		snprintf(o, n, "2026%02u%02u-%07u", m, day, rnd(10000000));
		break;
	case G13_JAN:
		digits(d, 12);
		d[0] = '4';
		d[1] = rnd(2) ? '5' : '9';
		for (sum = 0, i = 0; i < 12; i++)
			sum += (d[i] - '0') * (i % 2 ? 3 : 1);
		d[12] = (char)('0' + (10 - sum % 10) % 10);
		d[13] = 0;
		snprintf(o, n, "%s", d);
		break;
	case G13_HOJIN:
		/* check = 9 - (sum of P_n * Q_n mod 9), P_n the n-th of the twelve
		 * base digits from the right, Q_n 1 for odd n, 2 for even */
		digits(d + 1, 12);
		for (sum = 0, i = 1; i <= 12; i++)
			sum += (d[13 - i] - '0') * (i % 2 ? 1 : 2);
		d[0] = (char)('0' + 9 - sum % 9);
		snprintf(o, n, "%s", d);
		break;
	case G13_PHONE_JP_BIZ:
		digits(d, 6);
		if (rnd(2))
			snprintf(o, n, "0120-%.3s-%s", d, d + 3);
		else
			snprintf(o, n, "03-54%.2s-%.4s", d, d + 2);
		break;
	case G13_SHIP_JP:
		if (rnd(2))
			snprintf(o, n, "令和8年%u月%u日", m, day);
		else
			snprintf(o, n, "2026/%02u/%02u", m, day);
		break;
	case G13_TRACK_JP:
		digits(d, 12);
		snprintf(o, n, "%.4s-%.4s-%s", d, d + 4, d + 8);
		break;
	case G13_LOAN_AM:
		snprintf(o, n, "ML-2026-%04u", rnd(10000));
		break;
	case G13_BIRR:
		snprintf(o, n, "%u,%u00 ብር", 5 + rnd(95), rnd(10));
		break;
	case G13_PHONE_AM_BIZ:
		digits(d, 4);
		snprintf(o, n, "+251 11 551 %s", d);
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* ------------------------------------------- the fourteenth held-out fold
 * heldout14, written blind like the fourth to thirteenth (its author read
 * neither src/map/pii.c, nor its unit tests, nor the lexicon files, nor
 * the rules in docs/pii.md): a Rijeka water utility's customers
 * (Croatian), a Copenhagen rowing club's members (Danish), a Tromsø
 * fishing vessel's crew (Norwegian), a Kuala Lumpur e-hailing firm's
 * drivers (Malay), an Ulaanbaatar pawnshop's borrowers (Mongolian
 * Cyrillic) and a Durban burial society's members (isiZulu). Given names,
 * surnames, streets and towns of those countries, in no other set. Its
 * generators are kept apart from the other folds' (build_db() hands
 * G14_* to value14()). */
static const char *const hr_given[2][6] = {{"Ivan", "Luka", "Marko", "Josip", "Tomislav", "Ante"},
                                           {"Ana", "Marija", "Ivana", "Petra", "Kata", "Mirjana"}};
static const char *const hr_family[] = {"Horvat", "Kovačević", "Babić", "Marić",   "Jurić",
                                        "Novak",  "Knežević",  "Vuković", "Perić", "Šimić"};
static const char *const hr_given_ascii[] = {"ivan", "luka", "marko", "josip", "tomislav", "ante",
                                             "ana",  "marija", "ivana", "petra", "kata", "mirjana"};
static const char *const hr_family_ascii[] = {"horvat", "kovacevic", "babic", "maric", "juric",
                                              "novak",  "knezevic",  "vukovic", "peric", "simic"};
static const char *const hr_addr[] = {"Korzo 16, 51000 Rijeka",
                                      "Ulica Ivana Zajca 5/II, 51000 Rijeka",
                                      "Vukovarska 118, 51000 Rijeka",
                                      "Ul. Franje Čandeka 23b, 51000 Rijeka",
                                      "Trg Matije Vlačića Flaciusa 2, 51000 Rijeka",
                                      "Ulica Ruđera Boškovića 12, 21000 Split",
                                      "Put Kostrene 44, 51221 Kostrena",
                                      "Ilica 45, 10000 Zagreb"};
static const char *const hr_words[] = {
    "potrošač", "prijavio", "curenje", "vode",   "u",        "podrumu", "molim",
    "nazvati",  "nakon",    "17",      "sati",   "ključ",    "kod",     "susjede",
    "kasni",    "s",        "plaćanjem", "dva",  "računa",   "traži",   "zamjenu",
    "vodomjera", "na",      "godišnjem", "odmoru", "reklamira", "očitanje", "preminuo"};
static const char *const hr_street[] = {"Korzo", "Vukovarska", "Krešimirova", "Zvonimirova",
                                        "Strossmayerova", "Trsatska"};
static const char *const dk_given[2][6] = {
    {"Søren", "Mads", "Rasmus", "Anders", "Frederik", "Jesper"},
    {"Mette", "Signe", "Ida", "Camilla", "Louise", "Sofie"}};
static const char *const dk_family[] = {"Jensen",  "Nielsen", "Hansen",  "Pedersen",
                                        "Andersen", "Christensen", "Larsen", "Sørensen",
                                        "Rasmussen", "Jørgensen"};
static const char *const dk_family_ascii[] = {"jensen",   "nielsen",     "hansen", "pedersen",
                                              "andersen", "christensen", "larsen", "soerensen",
                                              "rasmussen", "joergensen"};
static const char *const dk_given_ascii[] = {"soeren", "mads",    "rasmus", "anders",
                                             "frederik", "jesper", "mette", "signe",
                                             "ida",    "camilla", "louise", "sofie"};
static const char *const dk_rel[] = {"hustru", "ægtefælle", "mor", "far", "samlever",
                                     "søster"};
static const char *const dk_addr[] = {"Nørrebrogade 12, 2. tv., 2200 København N",
                                      "Strandvejen 144, 1. th., 2900 Hellerup",
                                      "Vesterbrogade 61, st., 1620 København V",
                                      "Amagerbrogade 210, 4. mf., 2300 København S",
                                      "Jægersborg Allé 33, 2920 Charlottenlund",
                                      "Søndergade 8, 8000 Aarhus C",
                                      "Kongevejen 95, 2840 Holte"};
static const char *const dk_words[] = {
    "medlemmet", "har",    "betalt",  "kontingent", "for",     "sent",  "ønsker",
    "at",        "skifte", "hold",    "ringer",     "efter",   "kl",    "16",
    "skadet",    "knæ",    "pause",   "til",        "august",  "roer",  "kun",
    "om",        "morgenen", "søn",   "melder",     "sig",     "også",  "ud"};
static const char *const dk_team[] = {"Motion morgen", "Kaproning senior", "Begynderhold",
                                      "Veteranroning", "Inrigger weekend"};
/* boats carry women's and old names, as rowing clubs name them */
static const char *const dk_boat[] = {"Freja", "Dagmar", "Thyra", "Ingrid", "Skjold",
                                      "Valkyrien", "Gefion"};
static const char *const no_given[2][6] = {{"Ole", "Lars", "Kjetil", "Eirik", "Magnus", "Arne"},
                                           {"Kari", "Ingrid", "Silje", "Marit", "Ragnhild", "Hege"}};
static const char *const no_family[] = {"Hansen", "Johansen", "Olsen",   "Pedersen", "Nilsen",
                                        "Karlsen", "Jakobsen", "Berntsen", "Eliassen", "Solbakken"};
static const char *const no_given_ascii[] = {"ole",  "lars",   "kjetil", "eirik", "magnus",
                                             "arne", "kari",   "ingrid", "silje", "marit",
                                             "ragnhild", "hege"};
static const char *const no_family_ascii[] = {"hansen",  "johansen", "olsen",    "pedersen",
                                              "nilsen",  "karlsen",  "jakobsen", "berntsen",
                                              "eliassen", "solbakken"};
static const char *const no_rel[] = {"kone", "samboer", "mor", "far", "bror", "ektemann"};
static const char *const no_addr[] = {"Storgata 12, 9008 Tromsø",
                                      "Skippergata 7 B, 9008 Tromsø",
                                      "Kvaløyvegen 301, 9100 Kvaløysletta",
                                      "Strandvegen 88, H0203, 9006 Tromsø",
                                      "Fiskeværsveien 4, 8380 Ramberg",
                                      "Havnegata 21, 8300 Svolvær",
                                      "Postboks 45, 9280 Torsken"};
static const char *const no_words[] = {
    "mannskapet", "er",    "sjøsyk",  "første",  "tur",     "må",     "av",
    "i",          "Båtsfjord", "kona", "venter", "barn",    "i",      "mars",
    "har",        "gyldig", "helseattest", "til", "2027",   "ringer", "ikke",
    "etter",      "kl",    "22",      "skadet",  "hånden",  "under",  "garnhaling"};
static const char *const no_vessel[] = {"Havbris", "Nordstjerna", "Senjahav", "Kvitbjørn",
                                        "Polarfangst", "Ramoen"};
static const char *const no_port[] = {"Tromsø", "Båtsfjord", "Honningsvåg", "Svolvær",
                                      "Hammerfest", "Skjervøy"};
static const char *const my_given_m[] = {"Ahmad Faizal", "Muhammad Hafiz", "Mohd Azlan",
                                         "Nur Iskandar", "Khairul Anuar", "Syed Amirul"};
static const char *const my_given_f[] = {"Siti Aminah", "Nurul Izzah", "Farah Nadia",
                                         "Nor Azizah", "Aisyah", "Zaharah"};
static const char *const my_father[] = {"Ismail", "Hassan", "Abdullah", "Othman", "Yusof",
                                        "Rahman"};
static const char *const my_chinese[] = {"Tan Mei Ling", "Lim Wei Jie", "Wong Kar Hoe",
                                         "Lee Chong Wei", "Ng Siew Lan", "Chan Kok Leong"};
static const char *const my_indian[] = {"Kavitha a/p Subramaniam", "Rajesh a/l Muniandy",
                                        "Saravanan a/l Krishnan", "Devi a/p Ramasamy"};
static const char *const my_addr[] = {"No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor",
                                      "Blok C-3-12, Pangsapuri Seri Kenanga, Jalan Kuchai Lama, 58200 Kuala Lumpur",
                                      "23, Lorong Bukit Raja 5, Taman Bukit Raja, 41150 Klang, Selangor",
                                      "Lot 4521, Kampung Baru Sungai Buloh, 47000 Sungai Buloh",
                                      "No. 8, Jalan Kenari 3, Bandar Puchong Jaya, 47100 Puchong",
                                      "A-10-5, Residensi Wangsamas, Jalan 1/27C, 53300 Kuala Lumpur",
                                      "15, Jalan Tun Razak, Kampung Datuk Keramat, 54000 KL"};
static const char *const my_words[] = {
    "pemandu",  "selalu", "lewat",   "ambil",   "penumpang", "tolong", "call",
    "dia",      "lepas",  "pukul",   "5",       "petang",    "kereta", "rosak",
    "minggu",   "lepas",  "isteri",  "bersalin", "cuti",     "sampai", "raya",
    "akaun",    "bank",   "tukar",   "rating",  "rendah",    "aduan",  "customer"};
static const char *const my_car[] = {"Perodua Myvi 1.5 AV", "Proton Saga 1.3", "Honda City 1.5V",
                                     "Perodua Bezza", "Toyota Vios 1.5G", "Proton X50"};
static const char *const my_promo[] = {"RAYA2026", "JOMGERAK", "MERDEKA10", "NEWRIDER5",
                                       "KLCC20"};
static const char *const mn_given[2][6] = {
    {"Тэмүүлэн", "Болд", "Ганбаатар", "Энхболд", "Мөнхбат", "Бат-Эрдэнэ"},
    {"Оюунчимэг", "Сарангэрэл", "Наранцэцэг", "Энхжаргал", "Хулан", "Болормаа"}};
/* the father's name in the genitive, the "ovog" */
static const char *const mn_ovog[] = {"Батбаярын", "Доржийн", "Ганболдын", "Цэрэнгийн",
                                      "Пүрэвийн",  "Лхагвасүрэнгийн", "Энхтайваны", "Сүхийн"};
static const char *const mn_init[] = {"Б.", "Д.", "Г.", "Ц.", "П.", "Л.", "Э.", "С."};
static const char *const mn_addr[] = {
    "Улаанбаатар, Сүхбаатар дүүрэг, 1-р хороо, Бага тойруу 8-р байр, 45 тоот",
    "УБ, Баянзүрх дүүрэг, 26-р хороо, 112-р байр, 3 орц, 58 тоот",
    "Улаанбаатар, Чингэлтэй дүүрэг, 19-р хороо, Дамбадаржаа, 5-р гудамж, 231 тоот",
    "Сонгинохайрхан дүүрэг, 32-р хороо, Толгойт, 14-р гудамж, 8 тоот",
    "Дархан-Уул аймаг, Дархан сум, 7-р баг, 3-р байр, 21 тоот",
    "УБ, Хан-Уул дүүрэг, 15-р хороо, Нарны хороолол, 41/2-р байр, 77 тоот"};
static const char *const mn_words[] = {
    "зээлдэгч", "утсаа",  "авахгүй", "байна",   "эхнэр",  "нь",     "батлан",
    "даагч",    "сарын",  "20-нд",   "төлнө",   "гэсэн",  "хүүгээ", "сургуульд",
    "оруулна",  "хөдөө",  "явсан",   "малчин",  "машинаа", "барьцаалсан", "хүү",
    "төлөлт",   "хоцорсон", "дахин", "залгах",  "өвчтэй", "эмнэлэгт", "хэвтсэн"};
static const char *const mn_collateral[] = {"Toyota Prius 20, 2012 он", "Алтан бөгж 5 гр",
                                            "Samsung Galaxy S23", "Зурагт LG 55\"",
                                            "Hyundai Accent, 2015 он", "Ноосон хивс 2x3 м"};
static const char *const mn_district[] = {"Сүхбаатар", "Баянзүрх", "Чингэлтэй", "Хан-Уул",
                                          "Сонгинохайрхан", "Баянгол"};
static const char *const mn_region[] = {"УБ", "УЕ", "ЧЕ", "ФА", "ЙЮ", "ТА", "ДА", "ЖИ"};
static const char *const zu_given[2][6] = {
    {"Sipho", "Themba", "Mandla", "Bongani", "Sibusiso", "Lwazi"},
    {"Thandi", "Nomvula", "Zanele", "Lindiwe", "Nokuthula", "Thandeka"}};
static const char *const zu_family[] = {"Dlamini", "Ngcobo", "Zulu",   "Mthembu", "Khumalo",
                                        "Ndlovu",  "Mkhize", "Shezi",  "Cele",    "Zungu"};
static const char *const zu_rel[] = {"umama", "unkosikazi", "umyeni", "indodana", "indodakazi",
                                     "udadewabo"};
static const char *const zu_addr[] = {"12 Mthembu Street, KwaMashu, 4360",
                                      "Unit 4, 23 Florida Road, Morningside, Durban, 4001",
                                      "E 1234 Umlazi Township, Umlazi, 4031",
                                      "45 Chief Albert Luthuli Rd, Pietermaritzburg, 3201",
                                      "Stand 112, Ohlange, Inanda, 4310",
                                      "7 Sibiya Road, Clermont, 3610",
                                      "Flat 12, Kingsway Court, 88 Anton Lembede St, Durban, 4001"};
static const char *const zu_words[] = {
    "ilungu",   "likhokhe", "imali",  "yenyanga", "kusasa",  "ushonelwe", "ngumama",
    "ucela",    "ukuboleka", "umngcwabo", "ngoMgqibelo", "akaphenduli", "ucingo",
    "usebenza", "eGoli",    "uzokhokha", "ngesonto", "elizayo", "uyagula",
    "usesibhedlela", "umyeni", "wakhe", "ushintshe", "inombolo", "sicela", "ufike", "emhlanganweni"};
static const char *const zu_plan[] = {"Umndeni Plan A", "Umndeni Plan B", "Single Member",
                                      "Extended Family", "Pensioner Plan"};

enum {
	G14_FIRST = 10000, /* above every G13_*: build_db() hands them to value14() */
	G14_OIB = G14_FIRST,   /* 11 digits, ISO 7064 MOD 11,10 */
	G14_GIVEN_HR,
	G14_FAMILY_HR,
	G14_BIRTH_HR,          /* 14. 3. 1984., 14.03.1984. */
	G14_PHONE_HR,          /* +385 91 234 5678, 091/234-5678, 0912345678 */
	G14_EMAIL_HR,
	G14_ADDR_HR,
	G14_IBAN_HR,
	G14_IP_HR,
	G14_PROSE_HR,
	G14_CPR,               /* DDMMYY-SSSS, mod 11 */
	G14_GIVEN_DK,
	G14_FAMILY_DK,
	G14_BIRTH_DK,          /* 14-03-1984, 14. marts 1984 */
	G14_PHONE_DK,          /* +45 20 12 34 56, 20123456 */
	G14_EMAIL_DK,
	G14_ADDR_DK,
	G14_IBAN_DK,
	G14_CARD_DK,           /* Dankort 5019 / Visa-Dankort 4571, masked */
	G14_IP_DK,
	G14_KIN_DK,            /* Mette Jensen (hustru) */
	G14_PROSE_DK,
	G14_FNR,               /* fødselsnummer, two mod-11 check digits */
	G14_NAME_NO,           /* Ole Hansen, Hansen, Ole */
	G14_BIRTH_NO,          /* 14.03.1984 */
	G14_PHONE_NO,          /* +47 912 34 567, 41234567 */
	G14_EMAIL_NO,
	G14_ADDR_NO,
	G14_IBAN_NO,
	G14_KIN_NO,
	G14_PROSE_NO,
	G14_MYKAD,             /* YYMMDD-PB-###G */
	G14_NAME_MY,           /* Ahmad Faizal bin Ismail, Tan Mei Ling, Kavitha a/p ... */
	G14_BIRTH_MY,          /* 14/03/1984 */
	G14_PHONE_MY,          /* 012-345 6789, +6011-2345 6789 */
	G14_EMAIL_MY,
	G14_ADDR_MY,
	G14_CARD_MY,
	G14_LATLON_MY,         /* a driver's live position */
	G14_IP_MY,
	G14_PROSE_MY,
	G14_KIN_MY,            /* Siti Aminah binti Hassan (isteri) */
	G14_REG_MN,            /* УБ84031412 */
	G14_OVOG_MN,           /* Батбаярын */
	G14_GIVEN_MN,
	G14_BIRTH_MN,          /* 1984.03.14, 1984 оны 3 сарын 14 */
	G14_PHONE_MN,          /* 9911 2345, 88112345, +976 9911-2345 */
	G14_EMAIL_MN,
	G14_ADDR_MN,
	G14_HOME_GPS_MN,       /* a ger's coordinates */
	G14_GUAR_MN,           /* Д.Оюунчимэг */
	G14_PROSE_MN,
	G14_SAID,              /* 13 digits, Luhn */
	G14_GIVEN_ZU,
	G14_FAMILY_ZU,
	G14_BIRTH_ZU,          /* 1984/03/14, 14 March 1984 */
	G14_PHONE_ZU,          /* 072 123 4567, +27 82 123 4567 */
	G14_EMAIL_ZU,
	G14_ADDR_ZU,
	G14_BENEF_ZU,          /* Thandi Dlamini (umama) */
	G14_PROSE_ZU,
	/* look-alikes */
	G14_METER_HR,          /* vodomjer serial */
	G14_OIB_FIRM,          /* a company's OIB, same check */
	G14_MBS_HR,            /* court register, 9 digits */
	G14_READ_HR,           /* 14.03.2026. */
	G14_PHONE_HR_BIZ,      /* 051 353 222 */
	G14_M3_HR,             /* 12,4 m³ */
	G14_METER_GPS_HR,      /* a meter shaft's coordinates */
	G14_STREET_HR,
	G14_CVR,               /* 8 digits, mod 11 */
	G14_TEAM_DK,
	G14_BOAT_DK,
	G14_FEE_DK,            /* 1.250,00 kr. */
	G14_PHONE_DK_BIZ,      /* +45 33 12 34 56 */
	G14_GLN_DK,            /* EAN location number 5790..., check digit */
	G14_TRIP_DK,           /* 2026-05-14 06:30 */
	G14_ORGNR,             /* 9 digits, mod 11 */
	G14_VESSEL_NO,
	G14_FISKREG_NO,        /* T-45-T */
	G14_CALLSIGN_NO,       /* LK2345 */
	G14_POS_NO,            /* the vessel's position */
	G14_CATCH_NO,          /* 12 450 kg */
	G14_PHONE_NO_BIZ,      /* +47 77 60 12 34 */
	G14_PORT_NO,
	G14_PLATE_MY,          /* WXY 1234 */
	G14_SSM_MY,            /* 201901012345 (1234567-A) */
	G14_CAR_MY,
	G14_PROMO_MY,
	G14_PHONE_MY_BIZ,      /* 03-2161 8888, 1-300-88-1234 */
	G14_HUB_MY,            /* a hub's coordinates */
	G14_TRIP_MY,           /* 14/03/2026 18:45 */
	G14_CONTRACT_MN,       /* ЗГ-2026/0451 */
	G14_COLLAT_MN,
	G14_AMOUNT_MN,         /* 1,500,000₮ */
	G14_PHONE_MN_BIZ,      /* 7011-2345 */
	G14_ORGREG_MN,         /* 7 digits */
	G14_ISSUED_MN,         /* 2026.03.14 */
	G14_DISTRICT_MN,
	G14_NPO_ZU,            /* 123-456 NPO */
	G14_CIPC_ZU,           /* 2019/123456/07 */
	G14_PHONE_ZU_BIZ,      /* 031 305 1234 */
	G14_MEETING_ZU,        /* 2026-04-25 */
	G14_PREMIUM_ZU,        /* R 250,00 */
	G14_PLAN_ZU
};

static const struct {
	int g;
	const char *const *v;
	size_t n;
} lists14[] = {
    LIST(G14_ADDR_HR, hr_addr),         LIST(G14_STREET_HR, hr_street),
    LIST(G14_ADDR_DK, dk_addr),         LIST(G14_TEAM_DK, dk_team),
    LIST(G14_BOAT_DK, dk_boat),         LIST(G14_ADDR_NO, no_addr),
    LIST(G14_VESSEL_NO, no_vessel),     LIST(G14_PORT_NO, no_port),
    LIST(G14_ADDR_MY, my_addr),         LIST(G14_CAR_MY, my_car),
    LIST(G14_PROMO_MY, my_promo),       LIST(G14_ADDR_MN, mn_addr),
    LIST(G14_OVOG_MN, mn_ovog),         LIST(G14_COLLAT_MN, mn_collateral),
    LIST(G14_DISTRICT_MN, mn_district), LIST(G14_ADDR_ZU, zu_addr),
    LIST(G14_FAMILY_ZU, zu_family),     LIST(G14_PLAN_ZU, zu_plan),
};

/* free text: min to min + span - 1 words, whole words only (the value
 * buffer is 256 bytes) */
static const struct {
	int g;
	const char *const *w;
	unsigned nw, min, span;
} prose14[] = {
#define PROSE14(g, a, k, s)                                                                        \
	{                                                                                          \
		g, a, sizeof(a) / sizeof((a)[0]), k, s                                             \
	}
    PROSE14(G14_PROSE_HR, hr_words, 5, 8), PROSE14(G14_PROSE_DK, dk_words, 5, 8),
    PROSE14(G14_PROSE_NO, no_words, 5, 8), PROSE14(G14_PROSE_MY, my_words, 5, 8),
    PROSE14(G14_PROSE_MN, mn_words, 4, 6), PROSE14(G14_PROSE_ZU, zu_words, 4, 7),
#undef PROSE14
};

static const char *const dk_month[] = {"januar", "februar", "marts",     "april",
                                       "maj",    "juni",    "juli",      "august",
                                       "september", "oktober", "november", "december"};
static const char *const en_month14[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};

/* ISO 7064 MOD 11,10 over the first nd digits (OIB, Croatian accounts) */
static char mod1110_14(const char *d, int nd)
{
	int a = 10, i;
	for (i = 0; i < nd; i++) {
		a = (a + d[i] - '0') % 10;
		if (a == 0)
			a = 10;
		a = (a * 2) % 11;
	}
	a = 11 - a;
	return (char)('0' + (a == 10 ? 0 : a));
}

/* weighted mod 11: the digit that makes the sum 0 mod 11 (weight 1 on it);
 * -1 where it would be 10 */
static int mod11w14(const char *d, const int *w, int nd)
{
	int i, s = 0, c;
	for (i = 0; i < nd; i++)
		s += (d[i] - '0') * w[i];
	c = (11 - s % 11) % 11;
	return c == 10 ? -1 : c;
}

static void value14(int g, char *o, size_t n)
{
	char d[64], e[160];
	unsigned y, m, day, k, s;
	int c = 0, c2 = 0;
	for (k = 0; k < sizeof lists14 / sizeof lists14[0]; k++)
		if (lists14[k].g == g) {
			snprintf(o, n, "%s", lists14[k].v[rnd((unsigned)lists14[k].n)]);
			return;
		}
	y = 1950 + rnd(56);
	m = 1 + rnd(12);
	day = 1 + rnd(28);
	s = rnd(2);
	for (k = 0; k < sizeof prose14 / sizeof prose14[0]; k++)
		if (prose14[k].g == g) {
			prose13w(o, n, prose14[k].w, prose14[k].nw,
			         prose14[k].min + rnd(prose14[k].span));
			return;
		}
	switch (g) {
	case G14_OIB:
	case G14_OIB_FIRM:
		digits(d, 10);
		if (d[0] == '0')
			d[0] = (char)('1' + rnd(9));
		d[10] = mod1110_14(d, 10);
		d[11] = 0;
		snprintf(o, n, "%s", d);
		break;
	case G14_GIVEN_HR:
		snprintf(o, n, "%s", hr_given[s][rnd(6)]);
		break;
	case G14_FAMILY_HR:
		snprintf(o, n, "%s", PICK(hr_family));
		break;
	case G14_BIRTH_HR:
		if (rnd(2))
			snprintf(o, n, "%u. %u. %u.", day, m, y);
		else
			snprintf(o, n, "%02u.%02u.%u.", day, m, y);
		break;
	case G14_PHONE_HR:
		snprintf(d, sizeof d, "9%c", "125789"[rnd(6)]);
		digits(d + 2, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+385 %.2s %.3s %s", d, d + 2, d + 5);
		else if (k == 1)
			snprintf(o, n, "0%.2s/%.3s-%s", d, d + 2, d + 5);
		else
			snprintf(o, n, "0%s", d);
		break;
	case G14_EMAIL_HR:
		k = rnd(12);
		snprintf(o, n, "%s.%s%s@%s", hr_given_ascii[k], PICK(hr_family_ascii),
		         rnd(3) ? "" : "1", (const char *[]){"gmail.example.com", "net.example.hr",
		                                             "t-com.example.hr"}[rnd(3)]);
		break;
	case G14_IBAN_HR:
		snprintf(d, sizeof d, "%s",
		         (const char *[]){"2340009", "2360000", "2484008", "2402006"}[rnd(4)]);
		d[7] = (char)('1' + rnd(2) * 2); /* 1... current, 3... savings */
		digits(d + 8, 8);
		d[16] = mod1110_14(d + 7, 9);
		d[17] = 0;
		iban7(o, n, "HR", d, rnd(2) != 0);
		break;
	case G14_IP_HR:
		snprintf(o, n, "%u.%u.%u.%u", (const unsigned[]){78, 93, 161, 213}[rnd(4)], rnd(256),
		         rnd(256), 1 + rnd(254));
		break;
	case G14_CPR: {
		static const int w[] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
		do {
			snprintf(d, sizeof d, "%02u%02u%02u", day, m, y % 100);
			if (y >= 2000) /* 4..9 are 20xx for these years */
				d[6] = "456789"[rnd(6)];
			else
				d[6] = (char)('0' + rnd(4));
			digits(d + 7, 2);
			d[9] = '0';
			c = mod11w14(d, w, 9);
		} while (c < 0);
		d[9] = (char)('0' + c);
		d[10] = 0;
		snprintf(o, n, rnd(4) ? "%.6s-%s" : "%.6s%s", d, d + 6);
		break;
	}
	case G14_GIVEN_DK:
		snprintf(o, n, "%s", dk_given[s][rnd(6)]);
		break;
	case G14_FAMILY_DK:
		snprintf(o, n, "%s", PICK(dk_family));
		break;
	case G14_BIRTH_DK:
		if (rnd(3))
			snprintf(o, n, "%02u-%02u-%u", day, m, y);
		else
			snprintf(o, n, "%u. %s %u", day, dk_month[m - 1], y);
		break;
	case G14_PHONE_DK:
		snprintf(d, sizeof d, "%c", "2345"[rnd(4)]);
		digits(d + 1, 7);
		if (rnd(2))
			snprintf(o, n, "+45 %.2s %.2s %.2s %.2s", d, d + 2, d + 4, d + 6);
		else
			snprintf(o, n, "%s", d);
		break;
	case G14_EMAIL_DK:
		k = rnd(12);
		snprintf(o, n, "%s%s%s@%s", dk_given_ascii[k], rnd(2) ? "." : "",
		         PICK(dk_family_ascii),
		         (const char *[]){"gmail.example.com", "hotmail.example.dk",
		                          "mail.example.dk"}[rnd(3)]);
		break;
	case G14_IBAN_DK:
		snprintf(d, sizeof d, "%s", (const char *[]){"3409", "2191", "9570", "0400"}[rnd(4)]);
		digits(d + 4, 10);
		iban7(o, n, "DK", d, rnd(3) != 0);
		break;
	case G14_CARD_DK:
		if (rnd(2)) { /* Dankort 5019, Visa/Dankort 4571 */
			snprintf(d, sizeof d, "5019");
		} else {
			snprintf(d, sizeof d, "4571");
		}
		digits(d + 4, 11);
		luhn_fill(d, 16);
		if (rnd(3))
			snprintf(o, n, "%.4s XXXX XXXX %s", d, d + 12);
		else
			snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G14_IP_DK:
		if (rnd(4))
			snprintf(o, n, "%u.%u.%u.%u", (const unsigned[]){80, 87, 188, 212}[rnd(4)],
			         rnd(256), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "2a05:f6c7:%x:%x::%x", rnd(65536), rnd(65536), 1 + rnd(4095));
		break;
	case G14_KIN_DK:
		/* hustru, ægtefælle, mor, far, samlever, søster: a woman, either, ... */
		k = rnd(6);
		c = (int[]){1, -1, 1, 0, -1, 1}[k];
		snprintf(o, n, "%s %s (%s)", dk_given[c < 0 ? rnd(2) : (unsigned)c][rnd(6)],
		         PICK(dk_family), dk_rel[k]);
		break;
	case G14_FNR: {
		static const int w1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
		static const int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
		do {
			snprintf(d, sizeof d, "%02u%02u%02u", day, m, y % 100);
			snprintf(d + 6, 8, "%03u", y >= 2000 ? 500 + rnd(500) : rnd(500));
			c = mod11w14(d, w1, 9);
			if (c < 0)
				continue;
			d[9] = (char)('0' + c);
			c2 = mod11w14(d, w2, 10);
		} while (c < 0 || c2 < 0);
		d[10] = (char)('0' + c2);
		d[11] = 0;
		snprintf(o, n, rnd(5) ? "%s" : "%.6s %s", d, d + 6);
		break;
	}
	case G14_NAME_NO:
		if (rnd(3))
			snprintf(o, n, "%s %s", no_given[s][rnd(6)], PICK(no_family));
		else
			snprintf(o, n, "%s, %s", PICK(no_family), no_given[s][rnd(6)]);
		break;
	case G14_BIRTH_NO:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G14_PHONE_NO:
		snprintf(d, sizeof d, "%c", "49"[rnd(2)]);
		digits(d + 1, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+47 %.3s %.2s %.3s", d, d + 3, d + 5);
		else if (k == 1)
			snprintf(o, n, "%s", d);
		else
			snprintf(o, n, "%.3s %.2s %.3s", d, d + 3, d + 5);
		break;
	case G14_EMAIL_NO:
		k = rnd(12);
		snprintf(o, n, "%s.%s@%s", no_given_ascii[k], PICK(no_family_ascii),
		         rnd(2) ? "online.example.no" : "gmail.example.com");
		break;
	case G14_IBAN_NO: {
		static const int w[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
		do {
			snprintf(d, sizeof d, "%s", (const char *[]){"1503", "1254", "4202", "9710"}[rnd(4)]);
			digits(d + 4, 6);
			c = mod11w14(d, w, 10);
		} while (c < 0);
		d[10] = (char)('0' + c);
		d[11] = 0;
		iban7(o, n, "NO", d, rnd(2) != 0);
		break;
	}
	case G14_KIN_NO:
		/* kone, samboer, mor, far, bror, ektemann */
		k = rnd(6);
		c = (int[]){1, -1, 1, 0, 0, 0}[k];
		snprintf(o, n, "%s %s (%s)", no_given[c < 0 ? rnd(2) : (unsigned)c][rnd(6)],
		         PICK(no_family), no_rel[k]);
		break;
	case G14_MYKAD:
		snprintf(o, n, "%02u%02u%02u-%02u-%03u%u", y % 100, m, day,
		         (const unsigned[]){14, 10, 7, 1, 8, 12, 13, 6}[rnd(8)], rnd(1000),
		         2 * rnd(5) + (s ? 0 : 1));
		break;
	case G14_NAME_MY:
		k = rnd(6);
		if (k < 3)
			snprintf(o, n, "%s %s %s", s ? PICK(my_given_f) : PICK(my_given_m),
			         s ? "binti" : "bin", PICK(my_father));
		else if (k < 5)
			snprintf(o, n, "%s", PICK(my_chinese));
		else
			snprintf(o, n, "%s", PICK(my_indian));
		if (rnd(5) == 0)
			for (c = 0; o[c]; c++)
				if (o[c] >= 'a' && o[c] <= 'z')
					o[c] = (char)(o[c] - 32);
		break;
	case G14_BIRTH_MY:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G14_PHONE_MY:
		snprintf(d, sizeof d, "1%c", "0236789"[rnd(7)]);
		digits(d + 2, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "0%.2s-%.3s %s", d, d + 2, d + 5);
		else if (k == 1)
			snprintf(o, n, "+60%.2s-%s", d, d + 2);
		else
			snprintf(o, n, "0%s", d);
		break;
	case G14_EMAIL_MY:
		snprintf(o, n, "%s%u@%s",
		         (const char *[]){"faizal.ismail", "hafiz_hassan", "meiling.tan", "kavitha.s",
		                          "nurul.izzah", "azlan88", "weijie.lim", "aisyah.othman"}[rnd(8)],
		         rnd(100), rnd(2) ? "gmail.example.com" : "yahoo.example.com.my");
		break;
	case G14_CARD_MY:
		card6(d, rnd(2) ? '4' : '5');
		if (!rnd(4))
			snprintf(o, n, "%.6s******%s", d, d + 12);
		else
			snprintf(o, n, "%.4s-%.4s-%.4s-%.4s", d, d + 4, d + 8, d + 12);
		break;
	case G14_LATLON_MY:
		snprintf(o, n, "%.6f,%.6f", 3.05 + rnd(2000) / 1e4, 101.55 + rnd(2000) / 1e4);
		break;
	case G14_IP_MY:
		snprintf(o, n, "%u.%u.%u.%u", (const unsigned[]){60, 115, 175, 202}[rnd(4)], rnd(256),
		         rnd(256), 1 + rnd(254));
		break;
	case G14_KIN_MY:
		if (rnd(2))
			snprintf(o, n, "%s binti %s (isteri)", PICK(my_given_f), PICK(my_father));
		else
			snprintf(o, n, "%s bin %s (%s)", PICK(my_given_m), PICK(my_father),
			         rnd(2) ? "bapa" : "abang");
		break;
	case G14_REG_MN:
		snprintf(o, n, "%s%02u%02u%02u%u%u", PICK(mn_region), y % 100,
		         y >= 2000 ? m + 20 : m, day, 2 * rnd(5) + (s ? 0 : 1), rnd(10));
		break;
	case G14_GIVEN_MN:
		snprintf(o, n, "%s", mn_given[s][rnd(6)]);
		break;
	case G14_BIRTH_MN:
		if (rnd(2))
			snprintf(o, n, "%u.%02u.%02u", y, m, day);
		else
			snprintf(o, n, "%u оны %u сарын %u", y, m, day);
		break;
	case G14_PHONE_MN:
		snprintf(d, sizeof d, "%s", (const char *[]){"99", "88", "95", "94", "80", "86"}[rnd(6)]);
		digits(d + 2, 6);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%.4s %s", d, d + 4);
		else if (k == 1)
			snprintf(o, n, "%s", d);
		else
			snprintf(o, n, "+976 %.4s-%s", d, d + 4);
		break;
	case G14_EMAIL_MN:
		snprintf(o, n, "%s%u@%s",
		         (const char *[]){"temuulen", "bold.g", "oyunaa", "saraa_e", "naraa",
		                          "munkhbat", "khulan.b", "bolormaa"}[rnd(8)],
		         rnd(100), rnd(2) ? "gmail.example.com" : "yahoo.example.com");
		break;
	case G14_HOME_GPS_MN:
		snprintf(o, n, "%.5f, %.5f", 47.88 + rnd(900) / 1e4, 106.75 + rnd(2500) / 1e4);
		break;
	case G14_GUAR_MN:
		k = rnd(8);
		snprintf(o, n, "%s%s", mn_init[k], mn_given[rnd(2)][rnd(6)]);
		break;
	case G14_SAID:
		snprintf(d, sizeof d, "%02u%02u%02u%04u%c8", y % 100, m, day,
		         s ? rnd(5000) : 5000 + rnd(5000), rnd(10) ? '0' : '1');
		luhn_fill(d, 13);
		snprintf(o, n, rnd(5) ? "%s" : "%.6s %.4s %.3s", d, d + 6, d + 10);
		break;
	case G14_GIVEN_ZU:
		snprintf(o, n, "%s", zu_given[s][rnd(6)]);
		break;
	case G14_BIRTH_ZU:
		if (rnd(3))
			snprintf(o, n, "%u/%02u/%02u", y, m, day);
		else
			snprintf(o, n, "%u %s %u", day, en_month14[m - 1], y);
		break;
	case G14_PHONE_ZU:
		snprintf(d, sizeof d, "%c%c", "678"[rnd(3)], '0' + rnd(10));
		digits(d + 2, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "0%.2s %.3s %s", d, d + 2, d + 5);
		else if (k == 1)
			snprintf(o, n, "+27 %.2s %.3s %s", d, d + 2, d + 5);
		else
			snprintf(o, n, "0%s", d);
		break;
	case G14_EMAIL_ZU:
		k = rnd(12);
		snprintf(e, sizeof e, "%s", zu_given[k / 6][k % 6]);
		e[0] = (char)(e[0] + 32);
		snprintf(d, sizeof d, "%s", PICK(zu_family));
		d[0] = (char)(d[0] + 32);
		snprintf(o, n, "%s.%s@%s", e, d, rnd(2) ? "gmail.example.com" : "webmail.example.co.za");
		break;
	case G14_BENEF_ZU:
		k = rnd(6);
		snprintf(o, n, "%s %s (%s)",
		         zu_given[k == 2 || k == 3 ? 0 : 1][rnd(6)], PICK(zu_family), zu_rel[k]);
		break;
	/* look-alikes */
	case G14_METER_HR:
		digits(d, 8);
		snprintf(o, n, "%s-%s", rnd(2) ? "SN" : "ZN", d);
		break;
	case G14_MBS_HR:
		digits(d, 8);
		snprintf(o, n, "0%s", d);
		break;
	case G14_READ_HR:
		snprintf(o, n, "%02u.%02u.2026.", day, 1 + rnd(6));
		break;
	case G14_PHONE_HR_BIZ:
		digits(d, 3);
		snprintf(o, n, rnd(2) ? "051 353 %s" : "+385 51 353 %s", d);
		break;
	case G14_M3_HR:
		snprintf(o, n, "%u,%u m³", rnd(40), rnd(10));
		break;
	case G14_METER_GPS_HR:
		snprintf(o, n, "%.6f %.6f", 45.32 + rnd(400) / 1e4, 14.40 + rnd(600) / 1e4);
		break;
	case G14_CVR: {
		static const int w[] = {2, 7, 6, 5, 4, 3, 2};
		do {
			digits(d, 7);
			if (d[0] == '0')
				d[0] = (char)('1' + rnd(9));
			/* weights 2,7,6,5,4,3,2,1 sum to 0 mod 11 */
			c = mod11w14(d, w, 7);
		} while (c < 0);
		d[7] = (char)('0' + c);
		d[8] = 0;
		snprintf(o, n, rnd(3) ? "%s" : "DK%s", d);
		break;
	}
	case G14_FEE_DK:
		snprintf(o, n, "%u.%u50,00 kr.", 1 + rnd(2), rnd(10));
		break;
	case G14_PHONE_DK_BIZ:
		digits(d, 4);
		snprintf(o, n, "+45 33 12 %.2s %.2s", d, d + 2);
		break;
	case G14_GLN_DK: {
		int i, sum = 0;
		snprintf(d, sizeof d, "57900");
		digits(d + 5, 7);
		for (i = 0; i < 12; i++)
			sum += (d[i] - '0') * (i % 2 ? 3 : 1);
		d[12] = (char)('0' + (10 - sum % 10) % 10);
		d[13] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G14_TRIP_DK:
		snprintf(o, n, "2026-%02u-%02u %02u:%s", 4 + rnd(6), day, 6 + rnd(12),
		         rnd(2) ? "00" : "30");
		break;
	case G14_ORGNR: {
		static const int w[] = {3, 2, 7, 6, 5, 4, 3, 2};
		do {
			d[0] = (char)('8' + rnd(2));
			digits(d + 1, 7);
			c = mod11w14(d, w, 8);
		} while (c < 0);
		d[8] = (char)('0' + c);
		d[9] = 0;
		snprintf(o, n, rnd(2) ? "%s" : "%.3s %.3s %s", d, d + 3, d + 6);
		break;
	}
	case G14_FISKREG_NO:
		k = rnd(4);
		snprintf(o, n, "%s-%u-%s", (const char *[]){"T", "F", "N", "M"}[k], 1 + rnd(299),
		         (const char *[]){"T", "H", "VV", "A"}[k]);
		break;
	case G14_CALLSIGN_NO:
		digits(d, 4);
		snprintf(o, n, "L%c%s", "ACFGHIJKLMN"[rnd(11)], d);
		break;
	case G14_POS_NO:
		snprintf(o, n, "%.4f N, %.4f E", 69.5 + rnd(15000) / 1e4, 16.0 + rnd(140000) / 1e4);
		break;
	case G14_CATCH_NO:
		snprintf(o, n, "%u %03u kg", 1 + rnd(40), rnd(1000));
		break;
	case G14_PHONE_NO_BIZ:
		digits(d, 4);
		snprintf(o, n, "+47 77 60 %.2s %.2s", d, d + 2);
		break;
	case G14_PLATE_MY:
		snprintf(o, n, "%c%c%c %u", "WVBJP"[rnd(5)], 'A' + rnd(26), 'A' + rnd(26),
		         1 + rnd(9999));
		break;
	case G14_SSM_MY:
		digits(d, 7);
		snprintf(o, n, "20%02u01%06u (%s-%c)", 10 + rnd(16), rnd(1000000), d,
		         "ADHKMPTUVWX"[rnd(11)]);
		break;
	case G14_PHONE_MY_BIZ:
		digits(d, 4);
		snprintf(o, n, rnd(2) ? "03-2161 %s" : "1-300-88-%s", d);
		break;
	case G14_HUB_MY:
		k = rnd(3);
		snprintf(o, n, "%.6f,%.6f", (const double[]){3.1390, 3.0738, 3.1569}[k],
		         (const double[]){101.6869, 101.5183, 101.7123}[k]);
		break;
	case G14_TRIP_MY:
		snprintf(o, n, "%02u/%02u/2026 %02u:%02u", day, 1 + rnd(6), rnd(24), rnd(60));
		break;
	case G14_CONTRACT_MN:
		snprintf(o, n, "ЗГ-2026/%04u", rnd(10000));
		break;
	case G14_AMOUNT_MN:
		snprintf(o, n, "%u,%u00,000₮", 1 + rnd(9), rnd(10));
		break;
	case G14_PHONE_MN_BIZ:
		digits(d, 4);
		snprintf(o, n, "7011-%s", d);
		break;
	case G14_ORGREG_MN:
		digits(d, 6);
		snprintf(o, n, "%c%s", '2' + rnd(5), d);
		break;
	case G14_ISSUED_MN:
		snprintf(o, n, "2026.%02u.%02u", 1 + rnd(6), day);
		break;
	case G14_NPO_ZU:
		snprintf(o, n, "%03u-%03u NPO", rnd(1000), rnd(1000));
		break;
	case G14_CIPC_ZU:
		snprintf(o, n, "%u/%06u/%s", 1995 + rnd(30), rnd(1000000), rnd(2) ? "07" : "08");
		break;
	case G14_PHONE_ZU_BIZ:
		digits(d, 4);
		snprintf(o, n, "031 305 %s", d);
		break;
	case G14_MEETING_ZU:
		snprintf(o, n, "2026-%02u-%02u", 1 + rnd(12), day);
		break;
	case G14_PREMIUM_ZU:
		snprintf(o, n, "R %u,00", 50 * (2 + rnd(10)));
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* --------------------------------------------- the fifteenth held-out fold
 * heldout15, written blind like the fourth to fourteenth (its author read
 * neither src/map/, nor the unit tests, nor the lexicon and name files,
 * nor the rules in docs/pii.md): a Guadalajara street market's vendor
 * register (Mexican Spanish), a Ljubljana student hall's residents
 * (Slovenian), a Bansko ski-rental shop's customers (Bulgarian, Cyrillic
 * and transliterated), a Paarl wine farm's seasonal workers (Afrikaans),
 * a Lahore cricket academy's trainees (Roman Urdu and Urdu script) and a
 * Tashkent payment wallet's users (Uzbek Latin). Given names, surnames,
 * streets and towns of those countries, with their id formats and check
 * digits (CURP, RFC, NSS, EMŠO, davčna številka, EGN, LNCh, South African
 * ID, CNIC, JShShIR). Its generators are kept apart from the other folds'
 * (build_db() hands G15_* to value15()). */

/* Mexico */
static const char *const mx_given15[2][10] = {
    {"José Luis", "Juan Carlos", "Jesús", "Miguel Ángel", "Francisco Javier", "Alejandro",
     "Ricardo", "Héctor", "Raúl", "Arturo"},
    {"María Guadalupe", "Guadalupe", "Juana", "Verónica", "Leticia", "Rosa María", "Alejandra",
     "Margarita", "Yolanda", "Araceli"}};
static const char *const mx_surname15[] = {
    "Hernández", "García",  "Martínez", "López",   "González", "Rodríguez", "Pérez",
    "Sánchez",   "Ramírez", "Cruz",     "Flores",  "Gómez",    "Morales",   "Vázquez",
    "Jiménez",   "Reyes",   "Díaz",     "Torres",  "Gutiérrez", "Ruiz",     "Mendoza",
    "Aguilar",   "Ortiz",   "Castillo", "Romero",  "Álvarez",  "Ávila",     "Ochoa"};
static const char *const mx_state15[] = {"JC", "JC", "JC", "JC", "MN", "ZS", "NT", "GT", "DF", "MC", "CL"};
static const char *const mx_street15[] = {
    "Av. Revolución", "Calle Morelos",      "Av. Juárez",      "Calle Pedro Moreno",
    "Calz. Independencia Sur", "Av. Patria", "Calle Herrera y Cairo", "Av. Río Nilo",
    "Calle Analco",   "Av. Javier Mina",    "Calle Hidalgo",   "Av. Malecón"};
static const struct {
	const char *col, *cp, *mun;
} mx_col15[] = {{"Las Huertas", "44739", "Guadalajara"},
                {"Oblatos", "44700", "Guadalajara"},
                {"Santa Teresita", "44600", "Guadalajara"},
                {"Analco", "44450", "Guadalajara"},
                {"Jardines del Bosque", "44520", "Guadalajara"},
                {"Miravalle", "44990", "Guadalajara"},
                {"Constitución", "45180", "Zapopan"},
                {"Centro", "45500", "San Pedro Tlaquepaque"},
                {"Centro", "45400", "Tonalá"},
                {"Santa Cecilia", "44700", "Guadalajara"}};
static const char *const mx_mail15[] = {"gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com",
                                        "prodigy.net.mx", "live.com.mx"};
static const char *const mx_obs15[] = {
    "El comerciante pide cambio de lugar por la sombra.",
    "Se le notificó adeudo de tres semanas.",
    "Vende comida sin permiso de salubridad, se le avisó.",
    "La señora dejó el puesto a cargo de su hijo.",
    "No se presentó el domingo, avisó por WhatsApp que estaba enferma.",
    "Pagó por transferencia, falta el comprobante.",
    "Solicita toldo nuevo, el suyo está roto.",
    "Hay queja de los vecinos por el ruido de la bocina.",
    "Se le retiró mercancía pirata, firmó el acta.",
    "Quiere pasar el permiso a nombre de su esposa.",
    "Ya entregó copia de su INE y comprobante de domicilio."};
static const char *const mx_giro15[] = {"Frutas y verduras", "Ropa usada", "Antojitos",
                                        "Tacos de canasta", "Juguetes", "Películas y música",
                                        "Abarrotes", "Plantas", "Herramienta usada",
                                        "Calzado", "Aguas frescas", "Bisutería"};
static const char *const mx_tianguis15[] = {"Tianguis del Sol", "El Baratillo", "Tianguis Cultural",
                                            "Tianguis Santa Tere", "Tianguis Benito Juárez",
                                            "Tianguis Lázaro Cárdenas", "Tianguis de Oblatos",
                                            "Tianguis Francisco Villa", "Tianguis del Álamo"};
static const char *const mx_sms15[] = {
    "Estimado(a) {{nombre}}, su cuota del puesto {{puesto}} vence el {{fecha}}.",
    "Hola {{nombre_comerciante}}, recuerde renovar su permiso {{folio}} antes del {{fecha}}.",
    "{{nombre}}: el tianguis {{tianguis}} no se instalará este domingo por obras.",
    "Aviso: su pago de ${{monto}} fue recibido. Gracias, {{nombre}}.",
    "Sr(a). {{apellido_paterno}}, presente su INE en la oficina de Plazas y Tianguis."};
static const char *const mx_assoc15[] = {"UTC", "ACT", "FCT", "UCL", "AVT", "UMT"};
static const char *const mx_bin15[] = {"415231", "477213", "557907", "520416", "491381", "546781"};

/* Slovenia */
static const char *const si_given15[2][10] = {
    {"Luka", "Jan", "Žan", "Nejc", "Matic", "Gašper", "Anže", "Rok", "Tilen", "Miha"},
    {"Nina", "Eva", "Ana", "Maja", "Lara", "Zala", "Neža", "Špela", "Tjaša", "Urška"}};
static const char *const si_parent15[] = {"Mojca", "Bojan", "Darja",    "Igor",  "Alenka",
                                          "Marjan", "Irena", "Janez",   "Tatjana", "Boštjan"};
static const char *const si_surname15[] = {
    "Novak",  "Krajnc", "Kovačič", "Zupančič", "Potočnik", "Kovač",   "Mlakar", "Vidmar",
    "Golob",  "Turk",   "Kos",     "Božič",    "Korošec",  "Zupan",   "Hribar", "Kavčič",
    "Rozman", "Kastelic", "Oblak", "Petek",    "Žagar",    "Kolar",   "Košir"};
static const char *const si_street15[] = {
    "Prešernova ulica", "Cesta talcev",    "Gregorčičeva ulica", "Trubarjeva cesta",
    "Kidričeva ulica",  "Partizanska cesta", "Ljubljanska cesta", "Glavni trg",
    "Cankarjeva ulica", "Tržaška cesta",   "Ulica bratov Učakar", "Šmartinska cesta"};
static const char *const si_town15[] = {"4000 Kranj",      "1230 Domžale",     "2000 Maribor",
                                        "5000 Nova Gorica", "1000 Ljubljana",   "3000 Celje",
                                        "6000 Koper",      "8000 Novo mesto",  "2380 Slovenj Gradec",
                                        "9000 Murska Sobota", "4260 Bled",     "3320 Velenje"};
static const char *const si_bank15[] = {"02", "03", "04", "05", "10", "19", "33", "61"};
static const char *const si_note15[] = {
    "Radiator v sobi ne greje, prosim za popravilo.",
    "Izgubila sem ključ, potrebujem novo kartico.",
    "Sostanovalec ponoči glasno posluša glasbo.",
    "V kopalnici že teden dni pušča pipa.",
    "Prosim za menjavo sobe v drugo nadstropje.",
    "Najemnino bom plačal z zamudo, ker štipendija še ni prišla.",
    "Internet v sobi ne deluje od ponedeljka.",
    "Okna se ne da zapreti do konca, piha.",
    "Med počitnicami bom doma, soba naj ostane zaklenjena.",
    "Mama bo prišla po moje stvari v petek popoldne."};
static const char *const si_dorm15[] = {"Dom Ivana Cankarja", "ŠD Rožna dolina", "Dom Tivoli",
                                        "Dom Kardeljeva ploščad", "Dom Akademski kolegij",
                                        "Dom Bežigrad", "Dom Vič"};
static const char *const si_fac15[] = {"FRI", "FE", "FF", "EF", "PF", "FGG", "BF", "MF", "FDV",
                                       "FKKT"};
static const char *const si_mail15[] = {"gmail.com", "siol.net", "student.uni-lj.si",
                                        "student.uni-lj.si", "gmail.com", "t-2.net"};

/* Bulgaria: {Cyrillic, Latin} */
static const char *const bg_given15[2][10][2] = {
    {{"Георги", "georgi"}, {"Иван", "ivan"}, {"Димитър", "dimitar"}, {"Николай", "nikolay"},
     {"Христо", "hristo"}, {"Стоян", "stoyan"}, {"Петър", "petar"}, {"Васил", "vasil"},
     {"Тодор", "todor"}, {"Красимир", "krasimir"}},
    {{"Мария", "maria"}, {"Иванка", "ivanka"}, {"Елена", "elena"}, {"Йорданка", "yordanka"},
     {"Десислава", "desislava"}, {"Цветелина", "tsvetelina"}, {"Гергана", "gergana"},
     {"Радостина", "radostina"}, {"Милена", "milena"}, {"Теодора", "teodora"}}};
static const char *const bg_family15[][2] = {
    {"Иванов", "ivanov"},   {"Георгиев", "georgiev"}, {"Димитров", "dimitrov"},
    {"Петров", "petrov"},   {"Николов", "nikolov"},   {"Христов", "hristov"},
    {"Стоянов", "stoyanov"}, {"Тодоров", "todorov"},  {"Илиев", "iliev"},
    {"Василев", "vasilev"}, {"Атанасов", "atanasov"}, {"Ангелов", "angelov"},
    {"Маринов", "marinov"}, {"Колев", "kolev"},       {"Йорданов", "yordanov"}};
static const char *const bg_town15[] = {"гр. Пловдив", "гр. София",      "гр. Варна",
                                        "гр. Благоевград", "гр. Банско", "гр. Разлог",
                                        "гр. Бургас",  "гр. Стара Загора", "гр. Русе"};
static const char *const bg_street15[] = {"ул. „Капитан Райчо“", "бул. „Витоша“",
                                          "ул. „Тодор Александров“", "ул. „Христо Ботев“",
                                          "ул. „Пирин“", "бул. „България“",
                                          "ул. „Граф Игнатиев“", "ул. „Цар Симеон“"};
static const char *const bg_post15[] = {"4000 Пловдив", "1000 София", "9000 Варна",
                                        "2770 Банско", "2760 Разлог", "8000 Бургас"};
static const char *const bg_entr15[] = {"А", "Б", "В", "Г"};
static const char *const bg_jk15[] = {"ж.к. „Младост“", "ж.к. „Люлин“", "ж.к. „Тракия“",
                                      "ж.к. „Възраждане“"};
static const char *const bg_bank15[] = {"UNCR", "STSA", "FINV", "UBBS", "RZBB", "BPBI"};
static const char *const bg_bin15[] = {"455951", "516795", "402360", "535470", "479769"};
static const char *const bg_mail15[] = {"abv.bg", "mail.bg", "gmail.com", "yahoo.com", "dir.bg"};
static const char *const bg_note15[] = {
    "Клиентът ще върне ските в неделя сутринта.",
    "Обувките са му малки, сменени с номер 28.",
    "Депозитът е върнат в брой.",
    "Иска каска и за детето, на 6 години е.",
    "Платено предварително през сайта, да се провери картата.",
    "При връщането липсват щеките.",
    "Да му се обадим преди 9 ч., отсяда в хотела до лифта.",
    "Сноуборд с драскотина на ръба, отбелязано при даване.",
    "Удължава наема с още два дни."};
static const char *const bg_ski15[] = {"Atomic Redster X9", "Rossignol Hero Elite", "Elan Amphibio 14",
                                       "Head Supershape e-Magnum", "Fischer RC4", "Salomon S/Max 10",
                                       "Völkl Deacon 76", "Burton Custom 158"};

/* South Africa */
static const char *const za_given15[2][12] = {
    {"Jan Hendrik", "Pieter", "Johannes", "Willem", "Gert", "Frikkie", "Jacobus", "Hennie",
     "Dawid", "Ricardo", "Jerome", "Ashwin"},
    {"Sarie", "Anna", "Magdalena", "Elna", "Marietjie", "Susanna", "Chantelle", "Riana", "Elize",
     "Bettie", "Natasha", "Charmaine"}};
static const char *const za_surname15[] = {
    "van der Merwe", "Botha",    "Fourie", "Pretorius", "du Plessis", "Jacobs",
    "Adams",         "Pietersen", "Smit",  "Kotzé",     "Swartz",     "Hendricks",
    "Booysen",       "Arendse",  "Cloete", "le Roux",   "Steenkamp",  "Februarie"};
static const char *const za_street15[] = {"Hoofstraat",        "Lady Grey-straat", "Kerkstraat",
                                          "Langstraat",        "Bergrivier-rylaan", "Pastorielaan",
                                          "Jan van Riebeeckweg", "Daljosafatweg"};
static const char *const za_town15[] = {"Paarl, 7646", "Wellington, 7655", "Franschhoek, 7690",
                                        "Stellenbosch, 7600", "Mbekweni, 7626", "Klapmuts, 7625",
                                        "Paarl-Oos, 7646"};
static const char *const za_farm15[] = {"Vrede en Lust", "Rustenberg", "Babylonstoren",
                                        "Boschendal", "Fairview", "Landskroon"};
static const char *const za_mail15[] = {"gmail.com", "webmail.co.za", "telkomsa.net", "mweb.co.za",
                                        "vodamail.co.za"};
static const char *const za_kin15[] = {"(ma)", "(pa)", "(vrou)", "(man)", "(broer)", "(suster)"};
static const char *const za_note15[] = {
    "Het vandag siek geroep, kom môre terug.",
    "Werk net in die oggende weens die kinders.",
    "Wil oortyd werk in die parstyd.",
    "Ry saam met die bakkie van Mbekweni af.",
    "Het sy snoeiskêr verloor, moet dit betaal.",
    "Goeie werker, vra vir 'n permanente pos.",
    "Sy ma lê in die hospitaal in Paarl.",
    "Loon moet in sy rekening inbetaal word, nie kontant nie.",
    "Was laat by die hek, tweede waarskuwing."};
static const char *const za_cultivar15[] = {"Chenin Blanc", "Pinotage", "Shiraz", "Cabernet Sauvignon",
                                            "Sauvignon Blanc", "Chardonnay", "Cinsault", "Merlot"};

/* Pakistan */
static const char *const pk_given15[] = {"Muhammad Hamza", "Ali", "Usman", "Ahmed", "Hassan",
                                         "Bilal", "Muhammad Umar", "Abdullah", "Zain", "Haris",
                                         "Ayesha", "Fatima", "Sidra", "Kainat"};
static const char *const pk_father15[] = {"Muhammad Iqbal", "Javed", "Tariq Mehmood", "Khalid",
                                          "Shahid", "Naveed", "Arshad", "Zafar", "Imran",
                                          "Asif"};
static const char *const pk_family15[] = {"Iqbal", "Khan", "Butt",  "Chaudhry", "Malik", "Sheikh",
                                          "Qureshi", "Awan", "Rana", "Mirza",  "Javed", "Anwar"};
static const char *const pk_guard_ur15[] = {"محمد اقبال", "طارق محمود", "جاوید اختر",
                                            "خالد حسین",  "شاہد علی",  "نوید انور",
                                            "ارشد",       "ظفر اقبال", "عمران"};
static const char *const pk_fam_ur15[] = {"خان", "بٹ", "چوہدری", "ملک", "قریشی", "اعوان", "رانا"};
static const char *const pk_loc15[] = {"35202", "35201", "35202", "35200", "34101", "33100",
                                       "35401", "37405"};
static const char *const pk_mob15[] = {"0300", "0301", "0302", "0303", "0310", "0312",
                                       "0321", "0322", "0331", "0333", "0345", "0346"};
static const char *const pk_mail15[] = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com"};
static const char *const pk_area15[][2] = {{"Model Town", "54700"}, {"Gulberg III", "54660"},
                                           {"Johar Town", "54782"}, {"DHA Phase 5", "54792"},
                                           {"Samanabad", "54500"},  {"Iqbal Town", "54570"},
                                           {"Garden Town", "54600"}};
static const char *const pk_bank15[] = {"HABB", "MUCB", "UNIL", "ABPA", "MEZN", "BAHL", "ALFH",
                                        "SCBL"};
static const char *const pk_ip15[] = {"39.", "103.", "111.119.", "119.", "182.", "202."};
static const char *const pk_note15[] = {
    "Bowling action theek hai lekin run-up bohat lamba hai.",
    "Fitness par kaam karna hoga, do din se nahi aaya.",
    "Batting mein footwork acha hai, cover drive kamzor hai.",
    "Walid sahab se baat hui, fee agle hafte jama hogi.",
    "Under-16 trials ke liye recommend kiya hai.",
    "Ungli par chot lagi hai, ek hafta aram karega.",
    "Waqt ka pabandi nahi karta, warning di hai.",
    "Wicket keeping mein behtar hai, gloves naye chahiye.",
    "Ammi ne phone kiya ke exams ki wajah se chhutti chahiye."};
static const char *const pk_batch15[] = {"U-13 Morning A", "U-16 Evening B", "U-19 Weekend",
                                         "Women's U-19", "U-16 Morning A", "Senior Nets"};
static const char *const pk_ground15[] = {"Gaddafi Stadium Nets", "LCCA Ground",
                                          "Aitchison College Ground", "Bagh-e-Jinnah Ground",
                                          "Model Town Greens", "Iqbal Park Ground"};
static const char *const pk_kit15[] = {"S", "M", "L", "XL", "Youth L", "28", "30", "32"};
static const char *const pk_bowl15[] = {"Right-arm fast",     "Right-arm medium",
                                        "Left-arm fast",      "Right-arm off-break",
                                        "Right-arm leg-break", "Slow left-arm orthodox",
                                        "Does not bowl"};

/* Uzbekistan */
static const char *const uz_given15[2][10] = {
    {"Dilshod", "Jasur", "Sardor", "Bekzod", "Otabek", "Aziz", "Shohruh", "Javohir", "Sherzod",
     "Ulug'bek"},
    {"Dilnoza", "Madina", "Gulnora", "Nilufar", "Shahnoza", "Malika", "Zarina", "Mohira",
     "Sevara", "Feruza"}};
static const char *const uz_family15[] = {"Karimov", "Rashidov", "Yusupov", "Abdullayev",
                                          "Tursunov", "Ergashev", "Xolmatov", "Nazarov",
                                          "Saidov",  "Mirzayev", "Qodirov", "Islomov"};
static const char *const uz_father15[] = {"Rustam", "Bahodir", "Akmal", "Shavkat", "Anvar",
                                          "Farhod", "Ravshan", "Alisher", "Nodir", "Baxtiyor"};
static const char *const uz_pass15[] = {"AA", "AB", "AC", "AD"};
static const char *const uz_op15[] = {"90", "91", "93", "94", "95", "97", "98", "99", "33", "88"};
static const char *const uz_ip15[] = {"84.54.", "213.230.", "185.139.", "195.158.", "37.110.",
                                      "82.215."};
static const char *const uz_note15[] = {
    "Ijara uchun, dekabr oyi", "Aziz akaga qarz qaytarildi", "Onamga dori uchun",
    "To'y uchun sovg'a, tabriklayman!", "Kvartira puli, yarmi", "Ingliz tili kursi uchun to'lov",
    "Telefon uchun qolgan summa", "Ertaga qaytaraman, rahmat", "Dilnoza opaga tug'ilgan kun uchun",
    "Mashina ta'miri, usta Rustamga"};
static const char *const uz_district15[] = {"Chilonzor", "Yunusobod", "Mirzo Ulug'bek", "Yakkasaroy",
                                            "Shayxontohur", "Olmazor", "Sergeli", "Uchtepa",
                                            "Mirobod", "Yashnobod"};
static const char *const uz_street15[] = {"Bunyodkor", "Amir Temur", "Shota Rustaveli", "Bobur",
                                          "Navoiy", "Muqimiy", "Qatortol", "Farg'ona yo'li"};
static const char *const uz_mail15[] = {"mail.ru", "gmail.com", "inbox.uz", "umail.uz", "yandex.ru"};
static const char *const uz_atm15[] = {"41.299496,69.240074", "41.311151,69.279737",
                                       "41.326543,69.228411", "41.285823,69.203934",
                                       "41.338519,69.334606", "41.271742,69.216411",
                                       "41.349812,69.286735", "41.316410,69.248421"};
static const char *const uz_mfo15[] = {"00014", "00873", "00401", "00446", "01158", "00974",
                                       "00440"};
static const char *const uz_merchant15[] = {"Korzinka", "Makro", "Uzum Market", "Havas",
                                            "Yandex Go", "Evos", "Texnomart", "Beeline"};
static const char *const uz_sms15[] = {
    "Hurmatli {ism}, kartangizga {summa} so'm tushdi. Balans: {balans}",
    "{ism} {familiya}, Humo kartangiz {sana} kuni bloklandi.",
    "Tasdiqlash kodi: {kod}. Uni hech kimga bermang!",
    "Hurmatli mijoz, {karta_mask} kartadan {summa} so'm yechildi.",
    "{ism}, hamyoningiz {sana} gacha yangilanishi kerak."};

enum {
	G15_FIRST = 11000, /* above every G14_*: build_db() hands them to value15() */
	G15_NAME_MX = G15_FIRST, /* "María Guadalupe Hernández López" */
	G15_CURP,
	G15_RFC_PF,              /* persona física, 13 characters */
	G15_BIRTH_MX,            /* 14/03/1987 */
	G15_PHONE_MX,            /* 33 1234 5678, +52 1 33 1234 5678 */
	G15_EMAIL_MX,
	G15_ADDR_MX,
	G15_NSS_MX,              /* IMSS, 11 digits, Luhn */
	G15_CARD_MASK_MX,        /* 4152 31** **** 4821 */
	G15_PROSE_MX,
	G15_PUESTO_MX,           /* P-0412 */
	G15_GIRO_MX,
	G15_FOLIO_MX,            /* TGDL/2025/004512 */
	G15_CUOTA_MX,            /* $85.00 MXN */
	G15_RFC_PM,              /* persona moral, 12 characters */
	G15_TIANGUIS_MX,
	G15_SMS_MX,
	G15_GIVEN_SI,
	G15_FAMILY_SI,
	G15_EMSO,
	G15_DAVCNA,
	G15_BIRTH_SI,            /* 14. 3. 2003 */
	G15_PHONE_SI,
	G15_EMAIL_SI,
	G15_ADDR_SI,
	G15_IBAN_SI,
	G15_IPV6_SI,
	G15_NAME_SI,             /* a parent as contact person */
	G15_PROSE_SI,
	G15_ROOM_SI,             /* B-214 */
	G15_DORM_SI,
	G15_RENT_SI,             /* 152,40 € */
	G15_CONTRACT_SI,         /* PG-2025/01412 */
	G15_UID_SI,              /* 04:A2:3B:1C:5D:80:00 */
	G15_FAC_SI,
	G15_NAME_BG,             /* "Георги Иванов Петров" */
	G15_EGN,
	G15_LNCH,
	G15_BIRTH_BG,            /* 14.03.1987 г. */
	G15_PHONE_BG,
	G15_EMAIL_BG,
	G15_ADDR_BG,
	G15_IBAN_BG,
	G15_CARD_BG,             /* 16 digits, Luhn */
	G15_IP_BG,
	G15_PROSE_BG,
	G15_HEIGHT_BG,           /* 140..198 */
	G15_DIN_BG,              /* 6.5 */
	G15_BOOT_BG,             /* mondopoint 27.5 */
	G15_SKI_BG,
	G15_INV_BG,              /* SK-00412 */
	G15_SUM_BG,              /* 84,00 лв. */
	G15_EIK_BG,              /* a firm's 9-digit EIK */
	G15_GIVEN_ZA,
	G15_FAMILY_ZA,
	G15_ID_ZA,               /* 13 digits, Luhn */
	G15_BIRTH_ZA,            /* 1985/03/14 */
	G15_PHONE_ZA,
	G15_EMAIL_ZA,
	G15_ADDR_ZA,
	G15_GPS_ZA,              /* -33.734210, 18.962105 */
	G15_KIN_ZA,              /* "Sarie Botha (ma)" */
	G15_PROSE_ZA,
	G15_WORKER_ZA,           /* PW-0412 */
	G15_BLOCK_ZA,            /* C07 */
	G15_CRATES_ZA,
	G15_WAGE_ZA,             /* R28,79 */
	G15_VAT_ZA,              /* 4xxxxxxxxx */
	G15_TRACTOR_ZA,          /* CJ 12345 */
	G15_CULTIVAR_ZA,
	G15_NAME_PK,
	G15_FATHER_PK,
	G15_GUARD_UR,            /* Urdu script */
	G15_CNIC,                /* 35202-1234567-3 */
	G15_BIRTH_PK,            /* 14-Mar-2007 */
	G15_PHONE_PK,
	G15_EMAIL_PK,
	G15_ADDR_PK,
	G15_IBAN_PK,
	G15_IP_PK,
	G15_PROSE_PK,
	G15_BATCH_PK,
	G15_GROUND_PK,
	G15_FEE_PK,              /* Rs. 4,500 */
	G15_KIT_PK,
	G15_BOWL_PK,
	G15_CHALLAN_PK,          /* FC-2025-004512 */
	G15_JERSEY_PK,
	G15_FAMILY_UZ,
	G15_GIVEN_UZ,
	G15_PATR_UZ,             /* Rustamovich, Rustam o'g'li */
	G15_JSHSHIR,             /* 14 digits */
	G15_PASS_UZ,             /* AA1234567 */
	G15_BIRTH_UZ,            /* 14.03.1992 */
	G15_PHONE_UZ,
	G15_CARD_UZ,             /* 8600 / 9860, Luhn */
	G15_IP_UZ,
	G15_GEO_UZ,              /* 41.311081,69.240562 */
	G15_PROSE_UZ,
	G15_EMAIL_UZ,
	G15_ADDR_UZ,
	G15_ATM_UZ,              /* an ATM's coordinates */
	G15_TXN_UZ,              /* UUID */
	G15_SUM_UZ,              /* 1 250 000 so'm */
	G15_MFO_UZ,
	G15_MERCHANT_UZ,
	G15_SMS_UZ
};

#define N15(a) ((unsigned)(sizeof(a) / sizeof((a)[0])))
#define P15(a) (a)[rnd(N15(a))]

/* ASCII of a Latin name: accents dropped, apostrophes and (unless keep)
 * spaces and hyphens dropped, upper or lower case */
static void asc15(const char *s, char *o, size_t n, bool upper, bool keep)
{
	size_t k = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (*p && k + 1 < n) {
		char c = 0;
		if (*p < 0x80) {
			c = (char)*p++;
			if (c == '\'' || (!keep && (c == ' ' || c == '-')))
				continue;
		} else if (p[0] == 0xC3 && p[1]) {
			unsigned b = p[1] & 0xDF; /* fold case: 0xA0.. onto 0x80.. */
			p += 2;
			if (b >= 0x80 && b <= 0x85)
				c = 'a';
			else if (b == 0x87)
				c = 'c';
			else if (b >= 0x88 && b <= 0x8B)
				c = 'e';
			else if (b >= 0x8C && b <= 0x8F)
				c = 'i';
			else if (b == 0x91)
				c = 'n';
			else if (b >= 0x92 && b <= 0x96)
				c = 'o';
			else if (b >= 0x99 && b <= 0x9C)
				c = 'u';
			else
				continue;
		} else if ((p[0] == 0xC4 || p[0] == 0xC5) && p[1]) {
			unsigned a = p[0], b = p[1];
			p += 2;
			if (a == 0xC4 && (b == 0x8C || b == 0x8D || b == 0x86 || b == 0x87))
				c = 'c';
			else if (a == 0xC5 && (b == 0xA0 || b == 0xA1))
				c = 's';
			else if (a == 0xC5 && (b == 0xBD || b == 0xBE))
				c = 'z';
			else
				continue;
		} else {
			p++;
			while ((*p & 0xC0) == 0x80)
				p++;
			continue;
		}
		if (c >= 'a' && c <= 'z' && upper)
			c = (char)(c - 'a' + 'A');
		else if (c >= 'A' && c <= 'Z' && !upper)
			c = (char)(c - 'A' + 'a');
		o[k++] = c;
	}
	o[k] = 0;
}

static bool vowel15(char c)
{
	return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

/* the first vowel (want 1) or consonant (want 0) after the first letter of
 * the first word; 'X' where there is none */
static char inner15(const char *s, int want)
{
	int i;
	for (i = 1; s[i] && s[i] != ' '; i++)
		if (s[i] >= 'A' && s[i] <= 'Z' && vowel15(s[i]) == (want == 1))
			return s[i];
	return 'X';
}

/* the given name CURP and RFC use: the second of "MARIA x" and "JOSE x" */
static const char *given_used15(const char *g)
{
	if ((!strncmp(g, "MARIA ", 6) || !strncmp(g, "JOSE ", 5)) && strchr(g, ' '))
		return strchr(g, ' ') + 1;
	return g;
}

static const char *const mx_bad15[] = {
    "BACA", "BAKA", "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE",
    "COGI", "COJA", "COJE", "COJI", "COJO", "COLA", "CULO", "FALO", "FETO", "GETA", "GUEI",
    "GUEY", "JETA", "JOTO", "KACA", "KACO", "KAGA", "KAGO", "KAKA", "KAKO", "KOGE", "KOGI",
    "KOJA", "KOJE", "KOJI", "KOJO", "KOLA", "KULO", "LILO", "LOCA", "LOCO", "LOKA", "LOKO",
    "MAME", "MAMO", "MEAR", "MEAS", "MEON", "MIAR", "MION", "MOCO", "MOKO", "MULA", "MULO",
    "NACA", "NACO", "PEDA", "PEDO", "PENE", "PIPI", "PITO", "POPO", "PUTA", "PUTO", "QULO",
    "RATA", "ROBA", "ROBE", "ROBO", "RUIN", "SENO", "TETA", "VACA", "VAGA", "VAGO", "VAKA",
    "VUEI", "VUEY", "WUEI", "WUEY"};

/* the four letters of CURP and RFC; curp: the CURP's replacement (second
 * letter X) or the RFC's (fourth letter X) for an unfit word */
static void four15(char *o, const char *a1, const char *a2, const char *gu, bool curp)
{
	unsigned k;
	o[0] = a1[0];
	o[1] = inner15(a1, 1);
	o[2] = a2[0];
	o[3] = gu[0];
	o[4] = 0;
	for (k = 0; k < N15(mx_bad15); k++)
		if (!strcmp(o, mx_bad15[k]))
			o[curp ? 1 : 3] = 'X';
}

static int curp_val15(char c)
{
	static const char set[] = "0123456789ABCDEFGHIJKLMN#OPQRSTUVWXYZ"; /* # stands for Ñ */
	const char *p = strchr(set, c);
	return p ? (int)(p - set) : 0;
}

static int rfc_val15(char c)
{
	static const char set[] = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ "; /* then Ñ = 38 */
	const char *p = c ? strchr(set, c) : NULL;
	return p ? (int)(p - set) : 0;
}

/* RFC check character over 12 characters (a moral person's 11 with a
 * leading space) */
static char rfc_check15(const char *s12)
{
	int i, sum = 0, r;
	for (i = 0; i < 12; i++)
		sum += rfc_val15(s12[i]) * (13 - i);
	r = 11 - sum % 11;
	return r == 11 ? '0' : r == 10 ? 'A' : (char)('0' + r);
}

static void homoclave15(char *o)
{
	static const char set[] = "123456789ABCDEFGHIJKLMNPQRSTUVWXYZ";
	o[0] = set[rnd((unsigned)strlen(set))];
	o[1] = set[rnd((unsigned)strlen(set))];
	o[2] = 0;
}

struct mx_person15 {
	char s1[40], s2[40], g[40]; /* ASCII upper */
	const char *gs, *ss1, *ss2; /* as written */
	unsigned y, m, d, woman;
};

static void mx_draw15(struct mx_person15 *p)
{
	p->woman = rnd(2);
	p->gs = mx_given15[p->woman][rnd(10)];
	p->ss1 = P15(mx_surname15);
	p->ss2 = P15(mx_surname15);
	asc15(p->gs, p->g, sizeof p->g, true, true);
	asc15(p->ss1, p->s1, sizeof p->s1, true, true);
	asc15(p->ss2, p->s2, sizeof p->s2, true, true);
	p->y = 1955 + rnd(50);
	p->m = 1 + rnd(12);
	p->d = 1 + rnd(28);
}

/* ISO 7064 mod 97 of a string of digits and capital letters */
static unsigned mod97_15(const char *s)
{
	unsigned r = 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			r = (r * 10 + (unsigned)(*s - '0')) % 97;
		else if (*s >= 'A' && *s <= 'Z')
			r = (r * 100 + (unsigned)(*s - 'A' + 10)) % 97;
	}
	return r;
}

/* IBAN: country, BBAN; compact or in groups of four */
static void iban15(char *o, size_t n, const char *cc, const char *bban, bool groups)
{
	char t[64], ib[64];
	unsigned ck, i, k = 0;
	snprintf(t, sizeof t, "%s%s00", bban, cc);
	ck = 98 - mod97_15(t);
	snprintf(ib, sizeof ib, "%s%02u%s", cc, ck, bban);
	for (i = 0; ib[i] && k + 2 < n; i++) {
		if (groups && i && i % 4 == 0)
			o[k++] = ' ';
		o[k++] = ib[i];
	}
	o[k] = 0;
}

static void card15(char *d, const char *bin)
{
	size_t l = strlen(bin);
	memcpy(d, bin, l);
	digits(d + l, (int)(15 - l));
	luhn_fill(d, 16);
}

static void prose15(char *o, size_t n, const char *const *s, unsigned ns)
{
	unsigned a = rnd(ns), b = rnd(ns);
	if (rnd(3) == 0 || a == b)
		snprintf(o, n, "%s", s[a]);
	else
		snprintf(o, n, "%s %s", s[a], s[b]);
}

static const char *const mon_en15[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static void value15(int g, char *o, size_t n)
{
	char d[64], e[128], f[128], h[64];
	struct mx_person15 p;
	unsigned y = 1950 + rnd(56), m = 1 + rnd(12), day = 1 + rnd(28), woman = rnd(2), k, s;
	int i;
	switch (g) {
	/* ---- Mexico */
	case G15_NAME_MX:
		mx_draw15(&p);
		if (rnd(5) == 0) {
			asc15(p.gs, e, sizeof e, true, true);
			snprintf(o, n, "%s %s %s", p.s1, p.s2, e); /* HERNANDEZ LOPEZ MARIA */
		} else
			snprintf(o, n, "%s %s %s", p.gs, p.ss1, p.ss2);
		break;
	case G15_CURP:
		mx_draw15(&p);
		four15(d, p.s1, p.s2, given_used15(p.g), true);
		snprintf(e, sizeof e, "%s%02u%02u%02u%c%s%c%c%c%c", d, p.y % 100, p.m, p.d,
		         p.woman ? 'M' : 'H', P15(mx_state15), inner15(p.s1, 0), inner15(p.s2, 0),
		         inner15(given_used15(p.g), 0), p.y < 2000 ? '0' : 'A');
		for (i = 0, s = 0; i < 17; i++)
			s += (unsigned)(curp_val15(e[i]) * (18 - i));
		snprintf(o, n, "%s%u", e, (10 - s % 10) % 10);
		break;
	case G15_RFC_PF:
		mx_draw15(&p);
		four15(d, p.s1, p.s2, given_used15(p.g), false);
		homoclave15(h);
		snprintf(e, sizeof e, "%s%02u%02u%02u%s", d, p.y % 100, p.m, p.d, h);
		snprintf(o, n, "%s%c", e, rfc_check15(e));
		break;
	case G15_RFC_PM:
		homoclave15(h);
		k = rnd(N15(mx_assoc15));
		snprintf(e, sizeof e, " %s%02u%02u%02u%s", mx_assoc15[k], 90 + k, 1 + k, 10 + 3 * k, h);
		snprintf(o, n, "%s%c", e + 1, rfc_check15(e));
		break;
	case G15_BIRTH_MX:
		snprintf(o, n, "%02u/%02u/%u", day, m, 1955 + rnd(50));
		break;
	case G15_PHONE_MX:
		digits(d, 8);
		switch (rnd(5)) {
		case 0:
			snprintf(o, n, "33 %.4s %s", d, d + 4);
			break;
		case 1:
			snprintf(o, n, "+52 1 33 %.4s %s", d, d + 4);
			break;
		case 2:
			snprintf(o, n, "33%s", d);
			break;
		case 3:
			snprintf(o, n, "(33) %.4s-%s", d, d + 4);
			break;
		default:
			snprintf(o, n, "+52 33 %.4s %s", d, d + 4);
		}
		break;
	case G15_EMAIL_MX:
		mx_draw15(&p);
		asc15(p.gs, e, sizeof e, false, false);
		asc15(p.ss1, f, sizeof f, false, false);
		switch (rnd(4)) {
		case 0:
			snprintf(o, n, "%s.%s%02u@%s", e, f, p.y % 100, P15(mx_mail15));
			break;
		case 1:
			snprintf(o, n, "%c%s%u@%s", e[0], f, rnd(1000), P15(mx_mail15));
			break;
		case 2:
			snprintf(o, n, "%s_%.3s@%s", e, f, P15(mx_mail15));
			break;
		default:
			snprintf(o, n, "%s.%s.%c@%s", f, e, p.s2[0] + 32, P15(mx_mail15));
		}
		break;
	case G15_ADDR_MX:
		k = rnd(N15(mx_col15));
		s = 10 + rnd(3900);
		if (rnd(4) == 0) {
			asc15(P15(mx_street15), e, sizeof e, true, true);
			asc15(mx_col15[k].col, f, sizeof f, true, true);
			asc15(mx_col15[k].mun, h, sizeof h, true, true);
			snprintf(o, n, "%s %u, COL %s, %s JALISCO CP %s", e, s, f, h, mx_col15[k].cp);
		} else if (rnd(2))
			snprintf(o, n, "%s %u Int. %u, Col. %s, C.P. %s, %s, Jal.", P15(mx_street15), s,
			         1 + rnd(12), mx_col15[k].col, mx_col15[k].cp, mx_col15[k].mun);
		else
			snprintf(o, n, "%s #%u, Col. %s, %s %s, Jal.", P15(mx_street15), s,
			         mx_col15[k].col, mx_col15[k].cp, mx_col15[k].mun);
		break;
	case G15_NSS_MX:
		y = 1955 + rnd(50);
		k = y + 16 + rnd(10); /* the year of registration */
		snprintf(d, sizeof d, "%02u%02u%02u%04u", 1 + rnd(60), (k > 2025 ? 2025 : k) % 100,
		         y % 100, rnd(10000));
		luhn_fill(d, 11);
		snprintf(o, n, "%s", d);
		break;
	case G15_CARD_MASK_MX:
		card15(d, P15(mx_bin15));
		if (rnd(2))
			snprintf(o, n, "%.4s %.2s** **** %s", d, d + 4, d + 12);
		else
			snprintf(o, n, "%.6s******%s", d, d + 12);
		break;
	case G15_PROSE_MX:
		prose15(o, n, mx_obs15, N15(mx_obs15));
		break;
	case G15_PUESTO_MX:
		snprintf(o, n, "%c-%04u", "PLMC"[rnd(4)], 1 + rnd(1200));
		break;
	case G15_GIRO_MX:
		snprintf(o, n, "%s", P15(mx_giro15));
		break;
	case G15_FOLIO_MX:
		snprintf(o, n, "TGDL/%u/%06u", 2019 + rnd(7), rnd(20000));
		break;
	case G15_CUOTA_MX:
		snprintf(o, n, "$%u.00 MXN", 45 + 5 * rnd(28));
		break;
	case G15_TIANGUIS_MX:
		snprintf(o, n, "%s", P15(mx_tianguis15));
		break;
	case G15_SMS_MX:
		snprintf(o, n, "%s", P15(mx_sms15));
		break;
	/* ---- Slovenia */
	case G15_GIVEN_SI:
		snprintf(o, n, "%s", si_given15[woman][rnd(10)]);
		break;
	case G15_FAMILY_SI:
		snprintf(o, n, "%s", P15(si_surname15));
		break;
	case G15_NAME_SI:
		snprintf(o, n, "%s %s", P15(si_parent15), P15(si_surname15));
		break;
	case G15_EMSO:
		for (;;) {
			static const int w[12] = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
			y = 1996 + rnd(11);
			snprintf(d, sizeof d, "%02u%02u%03u50%03u", day, m, y % 1000,
			         woman ? 500 + rnd(500) : rnd(500));
			for (i = 0, s = 0; i < 12; i++)
				s += (unsigned)((d[i] - '0') * w[i]);
			k = 11 - s % 11;
			if (k == 10)
				continue;
			snprintf(o, n, "%s%u", d, k == 11 ? 0 : k);
			break;
		}
		break;
	case G15_DAVCNA:
		for (;;) {
			d[0] = (char)('1' + rnd(9));
			digits(d + 1, 6);
			for (i = 0, s = 0; i < 7; i++)
				s += (unsigned)((d[i] - '0') * (8 - i));
			k = 11 - s % 11;
			if (k == 11)
				continue;
			snprintf(o, n, "%s%u", d, k == 10 ? 0 : k);
			break;
		}
		break;
	case G15_BIRTH_SI:
		y = 1996 + rnd(11);
		if (rnd(2))
			snprintf(o, n, "%u. %u. %u", day, m, y);
		else
			snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G15_PHONE_SI: {
		static const char *const pre[] = {"030", "031", "040", "041", "051", "064", "068",
		                                  "069", "070", "071"};
		const char *pp = P15(pre);
		digits(d, 6);
		switch (rnd(4)) {
		case 0:
			snprintf(o, n, "%s %.3s %s", pp, d, d + 3);
			break;
		case 1:
			snprintf(o, n, "+386 %s %.3s %s", pp + 1, d, d + 3);
			break;
		case 2:
			snprintf(o, n, "%s/%.3s-%s", pp, d, d + 3);
			break;
		default:
			snprintf(o, n, "00386%s%s", pp + 1, d);
		}
		break;
	}
	case G15_EMAIL_SI: {
		const char *dom = P15(si_mail15);
		asc15(si_given15[woman][rnd(10)], e, sizeof e, false, false);
		asc15(P15(si_surname15), f, sizeof f, false, false);
		if (!strcmp(dom, "student.uni-lj.si"))
			snprintf(o, n, "%c%c%04u@%s", e[0], f[0], rnd(10000), dom);
		else if (rnd(2))
			snprintf(o, n, "%s.%s@%s", e, f, dom);
		else
			snprintf(o, n, "%s%s%02u@%s", e, f, rnd(100), dom);
		break;
	}
	case G15_ADDR_SI:
		snprintf(o, n, "%s %u%s, %s", P15(si_street15), 1 + rnd(80), rnd(5) ? "" : "a",
		         P15(si_town15));
		break;
	case G15_IBAN_SI: {
		unsigned cc;
		snprintf(d, sizeof d, "%s%03u%08u", P15(si_bank15), rnd(1000), rnd(100000000));
		snprintf(e, sizeof e, "%s00", d);
		cc = (98 - mod97_15(e)) % 97; /* the BBAN then is 1 mod 97 */
		snprintf(f, sizeof f, "%s%02u", d, cc);
		iban15(o, n, "SI", f, rnd(3) != 0);
		break;
	}
	case G15_IPV6_SI:
		snprintf(o, n, "2001:1470:%x:%x:%x:%x:%x:%x", 0xff00 + rnd(256), rnd(0x10000),
		         rnd(0x10000), rnd(0x10000), rnd(0x10000), rnd(0x10000));
		break;
	case G15_PROSE_SI:
		prose15(o, n, si_note15, N15(si_note15));
		break;
	case G15_ROOM_SI:
		snprintf(o, n, "%c-%u%02u", 'A' + rnd(5), 1 + rnd(4), 1 + rnd(30));
		break;
	case G15_DORM_SI:
		snprintf(o, n, "%s", P15(si_dorm15));
		break;
	case G15_RENT_SI:
		snprintf(o, n, "%u,%02u €", 120 + rnd(140), rnd(100));
		break;
	case G15_CONTRACT_SI:
		snprintf(o, n, "PG-%u/%05u", 2021 + rnd(5), rnd(4000));
		break;
	case G15_UID_SI:
		snprintf(o, n, "04:%02X:%02X:%02X:%02X:%02X:80", rnd(256), rnd(256), rnd(256), rnd(256),
		         rnd(256));
		break;
	case G15_FAC_SI:
		snprintf(o, n, "%s", P15(si_fac15));
		break;
	/* ---- Bulgaria */
	case G15_NAME_BG: {
		unsigned fk = rnd(10), fam = rnd(N15(bg_family15)), mid = rnd(N15(bg_family15));
		snprintf(o, n, "%s %s%s %s%s", bg_given15[woman][fk][0], bg_family15[mid][0],
		         woman ? "а" : "", bg_family15[fam][0], woman ? "а" : "");
		break;
	}
	case G15_EGN: {
		static const int w[9] = {2, 4, 8, 5, 10, 9, 7, 3, 6};
		y = 1950 + rnd(56);
		k = rnd(1000);
		if ((k % 2 == 1) != (woman == 1))
			k = (k + 1) % 1000;
		snprintf(d, sizeof d, "%02u%02u%02u%03u", y % 100, y >= 2000 ? m + 40 : m, day, k);
		for (i = 0, s = 0; i < 9; i++)
			s += (unsigned)((d[i] - '0') * w[i]);
		snprintf(o, n, "%s%u", d, s % 11 == 10 ? 0 : s % 11);
		break;
	}
	case G15_LNCH: {
		static const int w[9] = {21, 19, 17, 13, 11, 9, 7, 3, 1};
		d[0] = (char)('1' + rnd(9));
		digits(d + 1, 8);
		for (i = 0, s = 0; i < 9; i++)
			s += (unsigned)((d[i] - '0') * w[i]);
		snprintf(o, n, "%s%u", d, s % 10);
		break;
	}
	case G15_BIRTH_BG:
		snprintf(o, n, "%02u.%02u.%u%s", day, m, y, rnd(2) ? " г." : "");
		break;
	case G15_PHONE_BG: {
		static const char *const pre[] = {"87", "88", "89", "98", "88", "89"};
		const char *pp = P15(pre);
		digits(d, 7);
		switch (rnd(4)) {
		case 0:
			snprintf(o, n, "0%s%c %.3s %s", pp, d[0], d + 1, d + 4);
			break;
		case 1:
			snprintf(o, n, "+359 %s %.3s %s", pp, d, d + 3);
			break;
		case 2:
			snprintf(o, n, "+359%s%s", pp, d);
			break;
		default:
			snprintf(o, n, "0%s/%.3s-%.2s-%s", pp, d, d + 3, d + 5);
		}
		break;
	}
	case G15_EMAIL_BG: {
		unsigned fk = rnd(10), fam = rnd(N15(bg_family15));
		const char *gl = bg_given15[woman][fk][1], *fl = bg_family15[fam][1];
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "%s.%s%s@%s", gl, fl, woman ? "a" : "", P15(bg_mail15));
			break;
		case 1:
			snprintf(o, n, "%s_%c%u@%s", gl, fl[0], 70 + rnd(36), P15(bg_mail15));
			break;
		default:
			snprintf(o, n, "%c%s%s@%s", gl[0], fl, woman ? "a" : "", P15(bg_mail15));
		}
		break;
	}
	case G15_ADDR_BG:
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "%s, %s № %u, ет. %u, ап. %u", P15(bg_town15), P15(bg_street15),
			         1 + rnd(120), 1 + rnd(8), 1 + rnd(40));
			break;
		case 1:
			snprintf(o, n, "%s, %s, бл. %u, вх. %s, ет. %u, ап. %u", P15(bg_town15),
			         P15(bg_jk15), 1 + rnd(300), P15(bg_entr15), 1 + rnd(8), 1 + rnd(90));
			break;
		default:
			snprintf(o, n, "%s, %s %u", P15(bg_post15), P15(bg_street15), 1 + rnd(120));
		}
		break;
	case G15_IBAN_BG:
		snprintf(d, sizeof d, "%s%04u%s%08u", P15(bg_bank15), rnd(10000),
		         rnd(2) ? "10" : "15", rnd(100000000));
		iban15(o, n, "BG", d, rnd(2));
		break;
	case G15_CARD_BG:
		card15(d, P15(bg_bin15));
		snprintf(o, n, "%s", d);
		break;
	case G15_IP_BG: {
		static const unsigned first[] = {78, 85, 95, 149, 151, 212, 213, 46, 87, 93, 176, 188, 194};
		snprintf(o, n, "%u.%u.%u.%u", P15(first), rnd(256), rnd(256), 1 + rnd(254));
		break;
	}
	case G15_PROSE_BG:
		prose15(o, n, bg_note15, N15(bg_note15));
		break;
	case G15_HEIGHT_BG:
		snprintf(o, n, "%u", 140 + rnd(59));
		break;
	case G15_DIN_BG:
		snprintf(o, n, "%u.%u", 3 + rnd(8), rnd(2) ? 5 : 0);
		break;
	case G15_BOOT_BG:
		snprintf(o, n, "%u.%u", 22 + rnd(10), rnd(2) ? 5 : 0);
		break;
	case G15_SKI_BG:
		snprintf(o, n, "%s", P15(bg_ski15));
		break;
	case G15_INV_BG:
		snprintf(o, n, "%s-%05u", rnd(4) ? "SK" : "SB", rnd(3000));
		break;
	case G15_SUM_BG:
		snprintf(o, n, "%u,%s лв.", 15 + rnd(300), rnd(3) ? "00" : "50");
		break;
	case G15_EIK_BG:
		for (;;) {
			d[0] = (char)('1' + rnd(9));
			digits(d + 1, 7);
			for (i = 0, s = 0; i < 8; i++)
				s += (unsigned)((d[i] - '0') * (i + 1));
			k = s % 11;
			if (k == 10) {
				for (i = 0, s = 0; i < 8; i++)
					s += (unsigned)((d[i] - '0') * (i + 3));
				k = s % 11 == 10 ? 0 : s % 11;
			}
			snprintf(o, n, "%s%u", d, k);
			break;
		}
		break;
	/* ---- South Africa */
	case G15_GIVEN_ZA:
		snprintf(o, n, "%s", za_given15[woman][rnd(12)]);
		break;
	case G15_FAMILY_ZA:
		snprintf(o, n, "%s", P15(za_surname15));
		break;
	case G15_KIN_ZA:
		if (rnd(5) == 0)
			snprintf(o, n, "%s %s %s", za_given15[woman][rnd(12)], P15(za_surname15),
			         P15(za_kin15));
		else
			snprintf(o, n, "%s %s", za_given15[woman][rnd(12)], P15(za_surname15));
		break;
	case G15_ID_ZA:
		y = 1960 + rnd(46);
		snprintf(d, sizeof d, "%02u%02u%02u%04u%u8", y % 100, m, day,
		         woman ? rnd(5000) : 5000 + rnd(5000), rnd(8) ? 0 : 1);
		luhn_fill(d, 13);
		if (rnd(4) == 0)
			snprintf(o, n, "%.6s %.4s %.2s %s", d, d + 6, d + 10, d + 12);
		else
			snprintf(o, n, "%s", d);
		break;
	case G15_BIRTH_ZA:
		y = 1960 + rnd(46);
		if (rnd(3))
			snprintf(o, n, "%u/%02u/%02u", y, m, day);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G15_PHONE_ZA: {
		static const char *const pre[] = {"72", "73", "74", "76", "78", "79", "82",
		                                  "83", "84", "61", "63", "71", "81"};
		const char *pp = P15(pre);
		digits(d, 7);
		switch (rnd(4)) {
		case 0:
			snprintf(o, n, "0%s %.3s %s", pp, d, d + 3);
			break;
		case 1:
			snprintf(o, n, "+27 %s %.3s %s", pp, d, d + 3);
			break;
		case 2:
			snprintf(o, n, "0%s%s", pp, d);
			break;
		default:
			snprintf(o, n, "27%s%s", pp, d);
		}
		break;
	}
	case G15_EMAIL_ZA:
		asc15(za_given15[woman][rnd(12)], e, sizeof e, false, false);
		asc15(P15(za_surname15), f, sizeof f, false, false);
		if (rnd(2))
			snprintf(o, n, "%s.%s@%s", e, f, P15(za_mail15));
		else
			snprintf(o, n, "%s%s%02u@%s", e, f, rnd(100), P15(za_mail15));
		break;
	case G15_ADDR_ZA:
		switch (rnd(4)) {
		case 0:
			snprintf(o, n, "Plaas %s, Simondium, 7670", P15(za_farm15));
			break;
		case 1:
			snprintf(o, n, "Posbus %u, %s", 10 + rnd(990), P15(za_town15));
			break;
		default:
			snprintf(o, n, "%s %u, %s", P15(za_street15), 1 + rnd(150), P15(za_town15));
		}
		break;
	case G15_GPS_ZA:
		k = 18930000 + rnd(90000); /* 18.930000 .. 19.019999 */
		snprintf(o, n, "-33.%06u, %u.%06u", 680000 + rnd(100000), k / 1000000, k % 1000000);
		break;
	case G15_PROSE_ZA:
		prose15(o, n, za_note15, N15(za_note15));
		break;
	case G15_WORKER_ZA:
		snprintf(o, n, "PW-%04u", rnd(2000));
		break;
	case G15_BLOCK_ZA:
		snprintf(o, n, "%c%02u", 'A' + rnd(8), 1 + rnd(24));
		break;
	case G15_CRATES_ZA:
		snprintf(o, n, "%u", rnd(141));
		break;
	case G15_WAGE_ZA:
		snprintf(o, n, "R%u,%02u", 28 + rnd(18), rnd(100));
		break;
	case G15_VAT_ZA:
		snprintf(o, n, "4%09u", rnd(1000000000));
		break;
	case G15_TRACTOR_ZA: {
		static const char *const reg[] = {"CJ", "CL", "CN", "CAW"};
		snprintf(o, n, "%s %u", P15(reg), 1000 + rnd(99000));
		break;
	}
	case G15_CULTIVAR_ZA:
		snprintf(o, n, "%s", P15(za_cultivar15));
		break;
	/* ---- Pakistan */
	case G15_NAME_PK:
		snprintf(o, n, "%s %s", P15(pk_given15), P15(pk_family15));
		break;
	case G15_FATHER_PK:
		if (rnd(3))
			snprintf(o, n, "%s %s", P15(pk_father15), P15(pk_family15));
		else
			snprintf(o, n, "%s", P15(pk_father15));
		break;
	case G15_GUARD_UR:
		if (rnd(2))
			snprintf(o, n, "%s %s", P15(pk_guard_ur15), P15(pk_fam_ur15));
		else
			snprintf(o, n, "%s", P15(pk_guard_ur15));
		break;
	case G15_CNIC:
		digits(d, 7);
		k = rnd(10);
		if ((k % 2 == 0) != (woman == 1))
			k = (k + 1) % 10;
		if (rnd(5) == 0)
			snprintf(o, n, "%s%s%u", P15(pk_loc15), d, k);
		else
			snprintf(o, n, "%s-%s-%u", P15(pk_loc15), d, k);
		break;
	case G15_BIRTH_PK:
		y = 2003 + rnd(13);
		if (rnd(3))
			snprintf(o, n, "%02u-%s-%u", day, mon_en15[m - 1], y);
		else
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G15_PHONE_PK: {
		const char *pp = P15(pk_mob15);
		digits(d, 7);
		switch (rnd(4)) {
		case 0:
			snprintf(o, n, "%s-%s", pp, d);
			break;
		case 1:
			snprintf(o, n, "+92 %s %s", pp + 1, d);
			break;
		case 2:
			snprintf(o, n, "92%s%s", pp + 1, d);
			break;
		default:
			snprintf(o, n, "%s %s", pp, d);
		}
		break;
	}
	case G15_EMAIL_PK: {
		const char *gv = P15(pk_given15), *sp = strrchr(gv, ' ');
		asc15(sp ? sp + 1 : gv, e, sizeof e, false, false);
		asc15(P15(pk_family15), f, sizeof f, false, false);
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "%s.%s%02u@%s", e, f, rnd(20), P15(pk_mail15));
			break;
		case 1:
			snprintf(o, n, "%s%s@%s", e, f, P15(pk_mail15));
			break;
		default:
			snprintf(o, n, "%s_%s%u@%s", f, e, rnd(1000), P15(pk_mail15));
		}
		break;
	}
	case G15_ADDR_PK:
		k = rnd(N15(pk_area15));
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "House %u, Street %u, Block %c, %s, Lahore", 1 + rnd(400), 1 + rnd(30),
			         'A' + rnd(8), pk_area15[k][0]);
			break;
		case 1:
			snprintf(o, n, "H# %u-%c, %s, Lahore %s", 1 + rnd(300), 'A' + rnd(6), pk_area15[k][0],
			         pk_area15[k][1]);
			break;
		default:
			snprintf(o, n, "Mohalla Islampura, Gali %u, Makan %u, Lahore", 1 + rnd(20),
			         1 + rnd(90));
		}
		break;
	case G15_IBAN_PK:
		snprintf(d, sizeof d, "%s%08u%08u", P15(pk_bank15), rnd(100000000), rnd(100000000));
		iban15(o, n, "PK", d, rnd(3) == 0);
		break;
	case G15_IP_PK: {
		const char *pp = P15(pk_ip15);
		if (!strcmp(pp, "111.119."))
			snprintf(o, n, "%s%u.%u", pp, rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "%s%u.%u.%u", pp, rnd(256), rnd(256), 1 + rnd(254));
		break;
	}
	case G15_PROSE_PK:
		prose15(o, n, pk_note15, N15(pk_note15));
		break;
	case G15_BATCH_PK:
		snprintf(o, n, "%s", P15(pk_batch15));
		break;
	case G15_GROUND_PK:
		snprintf(o, n, "%s", P15(pk_ground15));
		break;
	case G15_FEE_PK:
		snprintf(o, n, "Rs. %u,%s", 3 + rnd(6), rnd(2) ? "000" : "500");
		break;
	case G15_KIT_PK:
		snprintf(o, n, "%s", P15(pk_kit15));
		break;
	case G15_BOWL_PK:
		snprintf(o, n, "%s", P15(pk_bowl15));
		break;
	case G15_CHALLAN_PK:
		snprintf(o, n, "FC-%u-%06u", 2023 + rnd(3), rnd(20000));
		break;
	case G15_JERSEY_PK:
		snprintf(o, n, "%u", 1 + rnd(99));
		break;
	/* ---- Uzbekistan */
	case G15_FAMILY_UZ:
		snprintf(o, n, "%s%s", P15(uz_family15), woman ? "a" : "");
		break;
	case G15_GIVEN_UZ:
		snprintf(o, n, "%s", uz_given15[woman][rnd(10)]);
		break;
	case G15_PATR_UZ: {
		const char *fa = P15(uz_father15);
		if (rnd(2))
			snprintf(o, n, "%s %s", fa, woman ? "qizi" : "o'g'li");
		else
			snprintf(o, n, "%s%s", fa, woman ? "ovna" : "ovich");
		break;
	}
	case G15_JSHSHIR: {
		static const int w[3] = {7, 3, 1};
		y = 1955 + rnd(50);
		snprintf(d, sizeof d, "%u%02u%02u%02u%03u%03u", (y >= 2000 ? 5 : 3) + woman, day, m,
		         y % 100, 1 + rnd(400), rnd(1000));
		for (i = 0, s = 0; i < 13; i++)
			s += (unsigned)((d[i] - '0') * w[i % 3]);
		snprintf(o, n, "%s%u", d, s % 10);
		break;
	}
	case G15_PASS_UZ:
		snprintf(o, n, "%s%s%07u", P15(uz_pass15), rnd(4) ? "" : " ", rnd(10000000));
		break;
	case G15_BIRTH_UZ:
		snprintf(o, n, "%02u.%02u.%u", day, m, 1955 + rnd(50));
		break;
	case G15_PHONE_UZ: {
		const char *pp = P15(uz_op15);
		digits(d, 7);
		switch (rnd(4)) {
		case 0:
			snprintf(o, n, "+998 %s %.3s %.2s %s", pp, d, d + 3, d + 5);
			break;
		case 1:
			snprintf(o, n, "998%s%s", pp, d);
			break;
		case 2:
			snprintf(o, n, "+998(%s)%.3s-%.2s-%s", pp, d, d + 3, d + 5);
			break;
		default:
			snprintf(o, n, "%s %.3s %.2s %s", pp, d, d + 3, d + 5);
		}
		break;
	}
	case G15_CARD_UZ:
		card15(d, rnd(2) ? "8600" : "9860");
		if (rnd(2))
			snprintf(o, n, "%.4s %.4s %.4s %s", d, d + 4, d + 8, d + 12);
		else
			snprintf(o, n, "%s", d);
		break;
	case G15_IP_UZ:
		snprintf(o, n, "%s%u.%u", P15(uz_ip15), rnd(256), 1 + rnd(254));
		break;
	case G15_GEO_UZ:
		snprintf(o, n, "41.%06u,69.%06u", 250000 + rnd(110000), 170000 + rnd(180000));
		break;
	case G15_PROSE_UZ:
		snprintf(o, n, "%s", P15(uz_note15));
		break;
	case G15_EMAIL_UZ:
		asc15(uz_given15[woman][rnd(10)], e, sizeof e, false, false);
		asc15(P15(uz_family15), f, sizeof f, false, false);
		if (rnd(2))
			snprintf(o, n, "%s.%s%s@%s", e, f, woman ? "a" : "", P15(uz_mail15));
		else
			snprintf(o, n, "%s%u@%s", e, 80 + rnd(26), P15(uz_mail15));
		break;
	case G15_ADDR_UZ:
		if (rnd(2))
			snprintf(o, n, "Toshkent sh., %s tumani, %s ko'chasi, %u-uy, %u-xonadon",
			         P15(uz_district15), P15(uz_street15), 1 + rnd(120), 1 + rnd(80));
		else
			snprintf(o, n, "Toshkent shahri, %s tumani, %u-mavze, %u-uy, %u-xonadon",
			         P15(uz_district15), 1 + rnd(20), 1 + rnd(60), 1 + rnd(80));
		break;
	case G15_ATM_UZ:
		snprintf(o, n, "%s", P15(uz_atm15));
		break;
	case G15_TXN_UZ:
		snprintf(o, n, "%08x-%04x-4%03x-%x%03x-%04x%08x", rnd(0xFFFFFFFFu), rnd(0x10000),
		         rnd(0x1000), 8 + rnd(4), rnd(0x1000), rnd(0x10000), rnd(0xFFFFFFFFu));
		break;
	case G15_SUM_UZ:
		k = 10 + rnd(5000);
		if (k >= 1000)
			snprintf(o, n, "%u %03u 000 so'm", k / 1000, k % 1000);
		else
			snprintf(o, n, "%u 000 so'm", k);
		break;
	case G15_MFO_UZ:
		snprintf(o, n, "%s", P15(uz_mfo15));
		break;
	case G15_MERCHANT_UZ:
		snprintf(o, n, "%s", P15(uz_merchant15));
		break;
	case G15_SMS_UZ:
		snprintf(o, n, "%s", P15(uz_sms15));
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* --------------------------------------------- the sixteenth held-out fold
 * heldout16, written blind like the fourth to fifteenth (its author read
 * neither src/map/, nor the unit tests, nor the lexicon and name files,
 * nor the rules in docs/pii.md): a Valparaíso fishermen's union's members
 * (Chilean Spanish), a Košice climbing gym's members (Slovak camelCase), a
 * Baku carpet workshop's online orders (Azerbaijani), an eisteddfod's
 * competitors (Welsh) and a Sarandë holiday flat's guests (Albanian).
 * Given names, surnames, streets and towns of those countries, with their
 * id formats and check digits (RUT, rodné číslo, IČO, FIN and ID card
 * series, National Insurance and NHS numbers, NID and NIPT, SK and AL
 * IBANs, UPU S10 tracking numbers). Its generators are kept apart from the
 * other folds' (build_db() hands G16_* to value16()). */

#define N16(a) (sizeof(a) / sizeof((a)[0]))
#define P16(a) (a)[rnd(N16(a))]

/* Chile */
static const char *const cl_given16[2][10] = {
    {"Juan Carlos", "Luis Alberto", "José Miguel", "Cristián", "Rodrigo", "Patricio", "Héctor",
     "Manuel", "Segundo", "Nelson"},
    {"María José", "Carolina", "Daniela", "Paz", "Javiera", "Constanza", "Marisol", "Ximena",
     "Valeria", "Francisca"}};
static const char *const cl_surname16[] = {
    "Muñoz",   "Rojas",    "Díaz",      "Pérez",     "Soto",     "Contreras", "Silva",
    "Sepúlveda", "Morales", "Fuentes",  "Araya",     "Espinoza", "Valenzuela", "Tapia",
    "Reyes",   "Castro",   "Pizarro",   "Vásquez",   "Carrasco", "Cortés",    "Núñez",
    "Jara",    "Vergara",  "Figueroa",  "Riquelme",  "Olivares", "Zamorano",  "Bustos"};
static const char *const cl_street16[] = {
    "Pasaje Los Aromos", "Av. Altamirano",   "Almirante Montt", "Los Lirios",
    "Av. España",        "Camino Costero",   "San Martín",      "Subida Ecuador",
    "Pasaje Templeman",  "Av. Gran Bretaña", "Calle Serrano",   "Av. Borgoño"};
static const char *const cl_place16[] = {
    "Cerro Alegre, Valparaíso", "Playa Ancha, Valparaíso", "Cerro Barón, Valparaíso",
    "Villa Independencia, Viña del Mar", "Reñaca, Viña del Mar", "Quintero",
    "Quilpué", "Cerro Cordillera, Valparaíso", "Caleta Portales, Valparaíso",
    "Concón"};
static const char *const cl_rel16[2][4] = {{"hermano", "hijo", "cuñado", "papá"},
                                           {"esposa", "hija", "señora", "mamá"}};
static const char *const cl_obs16[] = {
    "Socio al día con las cuotas.",
    "Debe dos meses de cuota social, se le avisó por WhatsApp.",
    "Perdió el carnet, trae fotocopia la próxima semana.",
    "Se accidentó en la mano, con licencia médica hasta fin de mes.",
    "Pidió que la liquidación se la depositen en la cuenta RUT de la señora.",
    "No sale a pescar durante la veda, anda trabajando en la construcción.",
    "Presentó reclamo por el pesaje del jueves, dice que faltaron kilos.",
    "Renunció al sindicato, pero sigue ocupando el box de la caleta.",
    "Hay que actualizar su inscripción en el RPA antes de marzo."};
static const char *const cl_boat16[] = {"Don Lucho II", "Santa Rosa", "María Ignacia",
                                        "Estrella del Mar", "Tío Pepe", "San Pedro I",
                                        "Doña Juanita", "Caleta Portales III", "Javierita",
                                        "Hijo de Dios"};
static const char *const cl_species16[] = {"Merluza común", "Jibia", "Congrio colorado",
                                           "Reineta", "Corvina", "Sierra", "Jaiba marmola",
                                           "Pejerrey de mar", "Albacora"};
static const char *const cl_bin16[] = {"454700", "520048", "491287", "402318", "552180",
                                       "530028"};

/* Slovakia */
static const char *const sk_given16[2][10] = {
    {"Peter", "Martin", "Tomáš", "Marek", "Michal", "Jakub", "Lukáš", "Juraj", "Matúš",
     "Ondrej"},
    {"Zuzana", "Katarína", "Lucia", "Jana", "Veronika", "Simona", "Ivana", "Barbora",
     "Kristína", "Natália"}};
static const char *const sk_surname16[][2] = {
    {"Horváth", "Horváthová"}, {"Kováč", "Kováčová"},   {"Varga", "Vargová"},
    {"Tóth", "Tóthová"},       {"Baláž", "Balážová"},   {"Molnár", "Molnárová"},
    {"Lukáč", "Lukáčová"},     {"Hudák", "Hudáková"},   {"Šimko", "Šimková"},
    {"Novotný", "Novotná"},    {"Kollár", "Kollárová"}, {"Polák", "Poláková"},
    {"Kráľ", "Kráľová"},       {"Hruška", "Hrušková"},  {"Čierny", "Čierna"},
    {"Fedor", "Fedorová"}};
static const char *const sk_street16[] = {"Hlavná",    "Moyzesova",    "Komenského",
                                          "Popradská", "Štúrova",      "Jesenského",
                                          "Námestie SNP", "Alejová",   "Trieda SNP",
                                          "Južná trieda", "Rastislavova", "Kuzmányho"};
static const char *const sk_town16[] = {"040 01 Košice", "040 11 Košice", "040 22 Košice",
                                        "080 01 Prešov", "811 02 Bratislava",
                                        "974 01 Banská Bystrica", "058 01 Poprad",
                                        "071 01 Michalovce", "044 31 Družstevná pri Hornáde"};
static const char *const sk_bank16[] = {"0900", "0200", "1100", "7500", "5600", "8330",
                                        "3100"};
static const char *const sk_ip16[] = {"95.102.", "178.40.", "188.167.", "87.197.", "78.98.",
                                      "213.151."};
static const char *const sk_note16[] = {
    "Prvýkrát na stene, absolvoval inštruktáž s Jakubom.",
    "Má zľavu ISIC, skontrolovať platnosť karty.",
    "Zabudla čip, vstup povolený na meno.",
    "Po úraze ramena nelezie s lanom, iba boulder.",
    "Mamka volala, že dcéra príde na tréning až o šiestej.",
    "Zaplatené prevodom, čakáme na pripísanie platby.",
    "Chce prerušiť permanentku na dva mesiace kvôli operácii kolena.",
    "Požičal si lezečky a nevrátil ich, ozvať sa mu."};
static const char *const sk_type16[] = {"Permanentka 10 vstupov", "Mesačná", "Ročná študent",
                                        "Jednorazový vstup", "Rodinná", "MultiSport"};

/* Azerbaijan */
static const char *const az_given16[2][10] = {
    {"Elvin", "Rəşad", "Tural", "Orxan", "Kamran", "Elnur", "Vüsal", "Ramil", "Anar", "Fuad"},
    {"Aysel", "Günel", "Nərmin", "Leyla", "Səbinə", "Könül", "Aytən", "Nigar", "Fidan",
     "Ülviyyə"}};
static const char *const az_surname16[] = {"Məmmədov", "Əliyev",    "Həsənov",  "Hüseynov",
                                           "Quliyev",  "Abdullayev", "İsmayılov", "Rzayev",
                                           "Cəfərov",  "Nəsirov",   "Babayev",  "Kərimov",
                                           "Orucov",   "Səfərov"};
static const char *const az_father16[] = {"Rauf", "Vaqif", "Elçin", "Tofiq", "Arif", "Zaur",
                                          "Mübariz", "Akif"};
static const char *const az_street16[] = {"Səməd Vurğun küç.", "Nizami küç.", "Azadlıq pr.",
                                          "Atatürk pr.",       "Füzuli küç.", "Təbriz küç.",
                                          "Həsən bəy Zərdabi pr.", "Şərifzadə küç.",
                                          "Xətai pr.", "Babək pr."};
static const char *const az_district16[] = {"Bakı ş., Nəsimi r-nu", "Bakı ş., Yasamal r-nu",
                                            "Bakı ş., Nərimanov r-nu", "Bakı ş., Xətai r-nu",
                                            "Bakı ş., Binəqədi r-nu", "Sumqayıt ş.",
                                            "Gəncə ş.", "Bakı ş., Səbail r-nu"};
static const char *const az_op16[] = {"50", "51", "55", "70", "77", "99", "10"};
static const char *const az_ip16[] = {"5.191.", "85.132.", "94.20.", "213.154.", "185.81.",
                                      "62.212."};
static const char *const az_bin16[] = {"416973", "522173", "404030", "539728", "427753"};
static const char *const az_note16[] = {
    "Müştəri zəng edib çatdırılmanı şənbəyə keçirməyi xahiş etdi.",
    "Xalçanın rəngi şəkildəkindən fərqlidir, geri qaytarmaq istəyir.",
    "Ödəniş kuryerə nağd ediləcək.",
    "Hədiyyə üçün qablaşdırma istədi, kart yazılmalıdır.",
    "Ünvanda heç kim yox idi, yenidən zəng etmək lazımdır.",
    "Köhnə xalçanın təmiri üçün də qiymət soruşdu.",
    "Qapıçıya təhvil verilsin, müştəri işdədir."};
static const char *const az_pattern16[] = {"Qarabağ", "Quba",  "Şirvan", "Qazax", "Gəncə",
                                           "Təbriz",  "Xətai", "Ləmpə",  "Çələbi", "Bahmanlı"};
static const char *const az_sms16[] = {
    "Hörmətli {ad}, {sifaris_no} nömrəli sifarişiniz yola salındı.",
    "{ad} {soyad}, xalçanız hazırdır. Çatdırılma ünvanı: {unvan}",
    "Salam {musteri_adi}! {mebleg} AZN ödənişiniz qəbul edildi.",
    "Hörmətli müştəri, {tarix} tarixində kuryer sizinlə əlaqə saxlayacaq.",
    "{ad}, endirim kodunuz: {kod}. Etibarlıdır {tarix} tarixinədək."};
static const char *const az_size16[] = {"2 x 3 m", "1,5 x 2,2 m", "1 x 1,5 m", "3 x 4 m",
                                        "0,8 x 2,5 m", "2,5 x 3,5 m"};

/* Wales */
static const char *const cy_given16[2][10] = {
    {"Dafydd", "Rhodri", "Gareth", "Emyr", "Gruffydd", "Iwan", "Huw", "Owain", "Meirion",
     "Aled"},
    {"Ffion", "Catrin", "Nia", "Siân", "Mererid", "Lowri", "Elin", "Angharad", "Gwenllian",
     "Heledd"}};
static const char *const cy_surname16[] = {"Jones",    "Williams", "Davies", "Evans",  "Thomas",
                                           "Roberts",  "Hughes",   "Lewis",  "Morgan", "Griffiths",
                                           "Owen",     "Pritchard", "Parry", "Lloyd",  "ap Iorwerth",
                                           "Rees",     "Vaughan",  "Puw"};
static const char *const cy_street16[] = {"Heol y Bont",    "Stryd Fawr",     "Ffordd Penglais",
                                          "Lôn Las",        "Stryd y Castell", "Rhodfa'r Môr",
                                          "Heol Awst",      "Maes y Dre",     "Ffordd Caergybi",
                                          "Stryd y Capel"};
static const char *const cy_house16[] = {"Bryn Awel", "Tŷ Gwyn", "Hafod", "Y Berllan",
                                         "Gwêl y Môr", "Pen y Bryn"};
static const char *const cy_town16[] = {
    "Aberystwyth SY23 2LR", "Caernarfon LL55 1SE", "Caerfyrddin SA31 1DX", "Bangor LL57 1UT",
    "Llanbedr Pont Steffan SA48 7ED", "Pwllheli LL53 5HE", "Dolgellau LL40 1AU",
    "Machynlleth SY20 8EE", "Y Bala LL23 7AB", "Caerdydd CF11 9LJ"};
static const char *const cy_note16[] = {
    "Angen mynediad i gadair olwyn i'r llwyfan.",
    "Wedi newid y darn gosod, gweler ebost gan yr athrawes.",
    "Mae ei mam yn dod gyda hi ar y bws o Fangor.",
    "Dim ffotograffau os gwelwch yn dda, cais gan y rhieni.",
    "Alergedd i gnau, rhoi gwybod i'r arlwywyr.",
    "Talwyd y ffi ar-lein, dim derbynneb eto.",
    "Yn cystadlu hefyd yn yr unawd cerdd dant ddydd Iau.",
    "Wedi colli'r rhagbrawf llynedd oherwydd salwch."};
static const char *const cy_song16[] = {"Calon Lân", "Myfanwy", "Ar Lan y Môr", "Suo Gân",
                                        "Gwahoddiad", "Anfonaf Angel", "Dafydd y Garreg Wen",
                                        "Tydi a Roddaist", "Llongau Caernarfon",
                                        "Mae Hen Wlad Fy Nhadau"};
static const char *const cy_choir16[] = {"Côr Meibion Treorci", "Côr Godre'r Aran",
                                         "Côr Seiriol", "Côr Merched Sir Gâr",
                                         "Côr Meibion Llanelli", "Côr Dyffryn Dyfi",
                                         "Côr Ieuenctid Môn", "Côr CF1"};
static const char *const cy_voice16[] = {"Soprano", "Alto", "Tenor", "Bas", "Bariton",
                                         "Mezzo"};

/* Albania */
static const char *const al_given16[2][10] = {
    {"Arben", "Ergys", "Klodian", "Besnik", "Erion", "Gentian", "Dritan", "Altin", "Ilir",
     "Fatmir"},
    {"Elira", "Anisa", "Brunilda", "Jonida", "Ermira", "Klea", "Megi", "Dorina", "Elona",
     "Xhesika"}};
static const char *const al_surname16[] = {"Hoxha", "Shehu", "Dervishi", "Leka",  "Marku",
                                           "Çela",  "Gjoka", "Kola",     "Basha", "Duka",
                                           "Hysa",  "Prifti", "Lika",    "Koçi",  "Bregu",
                                           "Muça"};
static const char *const al_addr16[][2] = {
    {"Rruga e Durrësit, Nr. ", ", Tiranë 1001"},
    {"Rruga Myslym Shyri, Pall. ", ", Shk. 2, Ap. 8, Tiranë 1019"},
    {"Bulevardi Dyrrah, Nr. ", ", Durrës 2001"},
    {"Lagjja 18 Shtatori, Rruga Kalaja ", ", Gjirokastër 6001"},
    {"Rruga Ismail Qemali, Nr. ", ", Vlorë 9401"},
    {"Lagjja Kongresi i Lushnjës, Pall. ", ", Elbasan 3001"},
    {"Rruga Kolë Idromeno ", ", Shkodër 4001"},
    {"Bulevardi Republika, Nr. ", ", Korçë 7001"},
    {"Rr. Sami Frashëri, Pall. ", "/1, Ap. 14, Tiranë 1001"},
    {"Lagjja Kodra e Diellit, Rr. Fier ", ", Fier 9301"}};
static const char *const al_bank16[] = {"20211015", "21211009", "20510009", "20811041",
                                        "21811034", "20611018"};
static const char *const al_note16[] = {
    "Mysafiri kërkoi check-in të vonë, rreth orës 23:00.",
    "Kanë ardhur me një fëmijë të vogël, u vendos krevat shtesë.",
    "Pagesa u bë në cash në mbërritje.",
    "Ankesë për kondicionerin në dhomën e gjumit, erdhi mjeshtri.",
    "Kërkojnë transfertë nga porti i Sarandës të shtunën.",
    "U la depozitë për çelësin 50 euro, t'i kthehen në largim.",
    "Vizitë e përsëritur, herën e kaluar ishin në apartamentin A-3."};
static const char *const al_channel16[] = {"Booking.com", "Airbnb", "Direkt", "Telefon",
                                           "Instagram", "Expedia"};
static const char *const al_country16[] = {"Shqipëri", "Kosovë", "Maqedoni e Veriut",
                                           "Itali", "Greqi", "Mal i Zi"};
static const char *const al_flat16[] = {"A-1", "A-2", "A-3", "B-1", "B-4", "Vila Mare 2",
                                        "Studio 5", "Penthouse"};

enum {
	G16_FIRST = 12000, /* above every G15_*: build_db() hands them to value16() */
	G16_NAME_CL = G16_FIRST, /* "Juan Carlos Muñoz Rojas" */
	G16_RUT_CL,              /* 12.345.678-5 */
	G16_BIRTH_CL,            /* 14-03-1978 */
	G16_PHONE_CL,            /* +56 9 8765 4321 */
	G16_EMAIL_CL,
	G16_ADDR_CL,
	G16_CARD_CL,             /* 16 digits, Luhn */
	G16_KIN_CL,              /* "María Rojas (esposa)" */
	G16_PROSE_CL,
	G16_RUT_FIRM_CL,         /* a buyer firm's RUT, 76.xxx.xxx-x */
	G16_MATRICULA_CL,        /* VAL-4521 */
	G16_BOAT_CL,
	G16_SPECIES_CL,
	G16_KILOS_CL,            /* 1.250,5 */
	G16_PRICE_CL,            /* $2.300 */
	G16_GUIA_CL,             /* 45123 */
	G16_PLATE_CL,            /* BBCL-23 */
	G16_GIVEN_SK,
	G16_FAMILY_SK,
	G16_RC_SK,               /* 855314/1234 */
	G16_BIRTH_SK,            /* 14. 3. 1987 */
	G16_PHONE_SK,
	G16_EMAIL_SK,
	G16_ADDR_SK,
	G16_IBAN_SK,
	G16_IP_SK,
	G16_PROSE_SK,
	G16_PASS_SK,             /* KE-004512 */
	G16_TYPE_SK,
	G16_PRICE_SK,            /* 39,90 € */
	G16_VS_SK,               /* variabilný symbol, 10 digits */
	G16_ICO_SK,              /* employer's IČO, 8 digits */
	G16_BCRYPT_SK,
	G16_SHOE_SK,             /* 41,5 */
	G16_VOUCHER_SK,          /* DARCEK-7F3K2 */
	G16_NAME_AZ,
	G16_FIN_AZ,              /* 5ZK7H2A */
	G16_IDCARD_AZ,           /* AZE12345678, AA1234567 */
	G16_BIRTH_AZ,
	G16_PHONE_AZ,
	G16_EMAIL_AZ,
	G16_ADDR_AZ,
	G16_CARD_MASK_AZ,        /* 4169 73** **** 1234 */
	G16_IP_AZ,
	G16_PROSE_AZ,
	G16_ORDER_AZ,            /* AZ-2025-004512 */
	G16_SIZE_AZ,
	G16_PRICE_AZ,            /* 1 250,00 AZN */
	G16_VOEN_AZ,             /* a firm's 10-digit tax number */
	G16_S10_AZ,              /* RR123456785AZ */
	G16_PATTERN_AZ,
	G16_SMS_AZ,
	G16_SKU_AZ,              /* XL-QRB-0412 */
	G16_NAME_CY,
	G16_NINO_CY,             /* QQ 12 34 56 C */
	G16_NHS_CY,              /* 943 476 5919 */
	G16_BIRTH_CY,            /* 14/03/2009 */
	G16_PHONE_CY,
	G16_EMAIL_CY,
	G16_ADDR_CY,
	G16_GPS_CY,              /* 52.41532, -4.08291 */
	G16_PARENT_CY,
	G16_PROSE_CY,
	G16_ENTRANT_CY,          /* C-0412 */
	G16_SONG_CY,
	G16_CHOIR_CY,
	G16_VOICE_CY,
	G16_FEE_CY,              /* £12.50 */
	G16_INVOICE_CY,          /* ANF-2025-0412 */
	G16_COMP_CY,             /* EIS25-114 */
	G16_UUID_CY,
	G16_GIVEN_AL,
	G16_FAMILY_AL,
	G16_NID_AL,              /* I55101999S */
	G16_BIRTH_AL,
	G16_PHONE_AL,
	G16_EMAIL_AL,
	G16_ADDR_AL,
	G16_IBAN_AL,
	G16_IP_AL,               /* IPv4 and IPv6 */
	G16_GPS_AL,              /* 39.875412,20.005123 */
	G16_PROSE_AL,
	G16_FLAT_AL,
	G16_PRICE_AL,            /* €45.00 */
	G16_NIPT_AL,             /* L71812345A */
	G16_BOOKING_AL,          /* HMXK2R4Z9B or 10 digits */
	G16_CHANNEL_AL,
	G16_SHA_AL,
	G16_COUNTRY_AL,
	G16_CHECKIN_AL           /* 14:00 */
};

/* Lower-case ASCII of a name for an e-mail: drops the diacritics this fold
 * uses (two-byte UTF-8 Latin letters map to their base letter). */
static void asc16(const char *s, char *o, size_t n)
{
	static const char *const from[] = {"á", "é", "í", "ó", "ú", "ñ", "ü", "č", "š", "ž", "ť",
	                                   "ď", "ľ", "ň", "ý", "ô", "ä", "ə", "ı", "ğ", "ç", "ş",
	                                   "ö", "â", "ŵ", "ŷ", "ë", "Ç", "Ş", "Ə", "İ", "Ü", "Ö",
	                                   "Č", "Š", "Ž", "Ľ", "Á", "É"};
	static const char to[] = "aeiounucsztdlnyoaeigcsoawyecseiuocszlae";
	size_t k = 0, i;
	while (*s && k + 1 < n) {
		int hit = 0;
		for (i = 0; i < N16(from); i++) {
			size_t l = strlen(from[i]);
			if (!strncmp(s, from[i], l)) {
				o[k++] = to[i];
				s += l;
				hit = 1;
				break;
			}
		}
		if (hit)
			continue;
		if (*s == ' ' || *s == '\'') {
			s++;
			continue;
		}
		o[k++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
		s++;
	}
	o[k] = 0;
}

static void digits16(char *o, int n)
{
	int i;
	for (i = 0; i < n; i++)
		o[i] = (char)('0' + rnd(10));
	o[n] = 0;
}

/* Appends the Luhn check digit to a string of digits. */
static void luhn16(char *d)
{
	size_t len = strlen(d), i;
	unsigned s = 0;
	for (i = 0; i < len; i++) {
		unsigned v = (unsigned)(d[len - 1 - i] - '0');
		if (i % 2 == 0) {
			v *= 2;
			if (v > 9)
				v -= 9;
		}
		s += v;
	}
	d[len] = (char)('0' + (10 - s % 10) % 10);
	d[len + 1] = 0;
}

/* IBAN check digits over country cc and bban (ISO 13616, mod 97). */
static unsigned iban_check16(const char *cc, const char *bban)
{
	char t[64];
	unsigned r = 0;
	const char *p;
	snprintf(t, sizeof t, "%s%s00", bban, cc);
	for (p = t; *p; p++) {
		if (*p >= '0' && *p <= '9')
			r = (r * 10 + (unsigned)(*p - '0')) % 97;
		else
			r = (r * 100 + (unsigned)(*p - 'A' + 10)) % 97;
	}
	return 98 - r;
}

/* Groups a string in fours with spaces. */
static void group16(const char *s, char *o, size_t n)
{
	size_t k = 0, i;
	for (i = 0; s[i] && k + 2 < n; i++) {
		if (i && i % 4 == 0)
			o[k++] = ' ';
		o[k++] = s[i];
	}
	o[k] = 0;
}

static void rut16(char *o, size_t n, unsigned body, int dots)
{
	unsigned s = 0, w = 2, b = body, r;
	char dv;
	while (b) {
		s += (b % 10) * w;
		b /= 10;
		w = w == 7 ? 2 : w + 1;
	}
	r = 11 - s % 11;
	dv = r == 11 ? '0' : r == 10 ? 'K' : (char)('0' + r);
	if (dots)
		snprintf(o, n, "%u.%03u.%03u-%c", body / 1000000, body / 1000 % 1000, body % 1000, dv);
	else
		snprintf(o, n, "%u-%c", body, dv);
}

static void value16(int g, char *o, size_t n)
{
	char d[96], e[160], f[160];
	unsigned y = 1955 + rnd(50), m = 1 + rnd(12), day = 1 + rnd(28), woman = rnd(2), k, s;
	int i;
	switch (g) {
	/* ---- Chile */
	case G16_NAME_CL:
		snprintf(o, n, "%s %s %s", cl_given16[woman][rnd(10)], P16(cl_surname16),
		         P16(cl_surname16));
		break;
	case G16_RUT_CL:
		rut16(o, n, 5000000 + rnd(19000000), rnd(4) != 0);
		break;
	case G16_BIRTH_CL:
		snprintf(o, n, rnd(3) ? "%02u-%02u-%u" : "%02u/%02u/%u", day, m, y);
		break;
	case G16_PHONE_CL:
		digits16(d, 8);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "+56 9 %.4s %s", d, d + 4);
		else if (k == 1)
			snprintf(o, n, "9 %.4s %s", d, d + 4);
		else if (k == 2)
			snprintf(o, n, "+569%s", d);
		else
			snprintf(o, n, "(32) 2%.2s %s", d, d + 4);
		break;
	case G16_EMAIL_CL:
		asc16(cl_given16[woman][rnd(10)], e, sizeof e);
		asc16(P16(cl_surname16), f, sizeof f);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "%s.%s@gmail.com", e, f);
		else if (k == 1)
			snprintf(o, n, "%s%s%02u@hotmail.com", e, f, y % 100);
		else if (k == 2)
			snprintf(o, n, "%s_%s@yahoo.es", e, f);
		else
			snprintf(o, n, "%s.%s@vtr.net", e, f);
		break;
	case G16_ADDR_CL:
		if (rnd(3))
			snprintf(o, n, "%s %u, %s", P16(cl_street16), 100 + rnd(3900), P16(cl_place16));
		else
			snprintf(o, n, "%s %u, depto %u, %s", P16(cl_street16), 100 + rnd(3900),
			         11 + rnd(80), P16(cl_place16));
		break;
	case G16_CARD_CL:
		snprintf(d, sizeof d, "%s", P16(cl_bin16));
		digits16(d + 6, 9);
		luhn16(d);
		if (rnd(2))
			snprintf(o, n, "%s", d);
		else
			group16(d, o, n);
		break;
	case G16_KIN_CL:
		k = rnd(3);
		snprintf(f, sizeof f, "%s", cl_given16[woman][rnd(10)]);
		if (strchr(f, ' '))
			*strchr(f, ' ') = 0; /* "María José" -> "María" */
		snprintf(e, sizeof e, "%s %s", f, P16(cl_surname16));
		snprintf(o, n, k == 0 ? "%s (%s)" : k == 1 ? "%s - %s" : "%s, %s", e,
		         cl_rel16[woman][rnd(4)]);
		break;
	case G16_PROSE_CL:
		snprintf(o, n, "%s", P16(cl_obs16));
		break;
	case G16_RUT_FIRM_CL:
		rut16(o, n, 76000000 + rnd(1999999), 1);
		break;
	case G16_MATRICULA_CL:
		snprintf(o, n, "VAL-%u", 1000 + rnd(9000));
		break;
	case G16_BOAT_CL:
		snprintf(o, n, "%s", P16(cl_boat16));
		break;
	case G16_SPECIES_CL:
		snprintf(o, n, "%s", P16(cl_species16));
		break;
	case G16_KILOS_CL:
		k = 20 + rnd(4000);
		if (k >= 1000)
			snprintf(o, n, "%u.%03u,%u", k / 1000, k % 1000, rnd(10));
		else
			snprintf(o, n, "%u,%u", k, rnd(10));
		break;
	case G16_PRICE_CL:
		k = 600 + 50 * rnd(120);
		if (k >= 1000)
			snprintf(o, n, "$%u.%03u", k / 1000, k % 1000);
		else
			snprintf(o, n, "$%u", k);
		break;
	case G16_GUIA_CL:
		snprintf(o, n, "%u", 40000 + rnd(9000));
		break;
	case G16_PLATE_CL: {
		static const char L[] = "BCDFGHJKLPRSTVWXYZ";
		snprintf(o, n, "%c%c%c%c-%02u", L[rnd(18)], L[rnd(18)], L[rnd(18)], L[rnd(18)],
		         10 + rnd(90));
		break;
	}
	/* ---- Slovakia */
	case G16_GIVEN_SK:
		snprintf(o, n, "%s", sk_given16[woman][rnd(10)]);
		break;
	case G16_FAMILY_SK:
		snprintf(o, n, "%s", sk_surname16[rnd(N16(sk_surname16))][woman]);
		break;
	case G16_RC_SK: {
		unsigned long long n9;
		/* YYMMDD (a woman's month + 50), three digits, a check digit
		 * that makes the ten-digit number divisible by 11 (a remainder
		 * of 10 is not issued: draw again) */
		do {
			k = rnd(1000);
			n9 = (unsigned long long)(y % 100) * 10000000ull +
			     (unsigned long long)(m + (woman ? 50 : 0)) * 100000ull +
			     (unsigned long long)day * 1000ull + k;
			s = (unsigned)(n9 % 11);
		} while (s == 10);
		snprintf(o, n, rnd(5) ? "%02u%02u%02u/%03u%u" : "%02u%02u%02u%03u%u", y % 100,
		         m + (woman ? 50 : 0), day, k, s);
		break;
	}
	case G16_BIRTH_SK:
		snprintf(o, n, rnd(2) ? "%u. %u. %u" : "%02u.%02u.%u", day, m, y);
		break;
	case G16_PHONE_SK:
		digits16(d, 6);
		k = rnd(3);
		s = 900 + rnd(50);
		if (k == 0)
			snprintf(o, n, "+421 %u %.3s %s", s, d, d + 3);
		else if (k == 1)
			snprintf(o, n, "0%u %.3s %s", s, d, d + 3);
		else
			snprintf(o, n, "0%u%s", s, d);
		break;
	case G16_EMAIL_SK:
		asc16(sk_given16[woman][rnd(10)], e, sizeof e);
		asc16(sk_surname16[rnd(N16(sk_surname16))][woman], f, sizeof f);
		k = rnd(4);
		snprintf(o, n, "%s%s%s@%s", e, k == 2 ? "" : ".", f,
		         k == 0 ? "gmail.com" : k == 1 ? "azet.sk" : k == 2 ? "zoznam.sk" : "centrum.sk");
		break;
	case G16_ADDR_SK:
		snprintf(o, n, "%s %u%s, %s", P16(sk_street16), 1 + rnd(120), rnd(4) ? "" : "/A",
		         P16(sk_town16));
		break;
	case G16_IBAN_SK:
		snprintf(d, sizeof d, "%s", P16(sk_bank16));
		snprintf(d + 4, sizeof d - 4, "%06u", rnd(3) ? 0 : rnd(100000));
		digits16(d + 10, 10);
		k = iban_check16("SK", d);
		snprintf(e, sizeof e, "SK%02u%s", k, d);
		if (rnd(2))
			group16(e, o, n);
		else
			snprintf(o, n, "%s", e);
		break;
	case G16_IP_SK:
		snprintf(o, n, "%s%u.%u", P16(sk_ip16), rnd(256), 1 + rnd(254));
		break;
	case G16_PROSE_SK:
		snprintf(o, n, "%s", P16(sk_note16));
		break;
	case G16_PASS_SK:
		snprintf(o, n, "KE-%06u", rnd(20000));
		break;
	case G16_TYPE_SK:
		snprintf(o, n, "%s", P16(sk_type16));
		break;
	case G16_PRICE_SK: {
		static const char *const pr[] = {"39,90 €", "8,50 €", "75,00 €", "349,00 €",
		                                 "6,00 €", "120,00 €"};
		snprintf(o, n, "%s", P16(pr));
		break;
	}
	case G16_VS_SK:
		snprintf(o, n, "2025%06u", rnd(1000000));
		break;
	case G16_ICO_SK:
		for (;;) {
			digits16(d, 7);
			for (i = 0, s = 0; i < 7; i++)
				s += (unsigned)(d[i] - '0') * (unsigned)(8 - i);
			k = 11 - s % 11;
			d[7] = (char)('0' + (k == 10 ? 0 : k == 11 ? 1 : k));
			d[8] = 0;
			if (d[0] != '0')
				break;
		}
		snprintf(o, n, "%s", d);
		break;
	case G16_BCRYPT_SK: {
		static const char B[] =
		    "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
		for (i = 0; i < 53; i++)
			e[i] = B[rnd(64)];
		e[53] = 0;
		snprintf(o, n, "$2b$10$%s", e);
		break;
	}
	case G16_SHOE_SK:
		k = 35 + rnd(12);
		snprintf(o, n, rnd(2) ? "%u" : "%u,5", k);
		break;
	case G16_VOUCHER_SK: {
		static const char A[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		for (i = 0; i < 5; i++)
			e[i] = A[rnd(32)];
		e[5] = 0;
		snprintf(o, n, "DARCEK-%s", e);
		break;
	}
	/* ---- Azerbaijan */
	case G16_NAME_AZ:
		snprintf(e, sizeof e, "%s%s", P16(az_surname16), woman ? "a" : "");
		if (rnd(2))
			snprintf(o, n, "%s %s", az_given16[woman][rnd(10)], e);
		else
			snprintf(o, n, "%s %s %s %s", e, az_given16[woman][rnd(10)], P16(az_father16),
			         woman ? "qızı" : "oğlu");
		break;
	case G16_FIN_AZ: {
		static const char F[] = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
		for (i = 0; i < 7; i++)
			e[i] = F[rnd(33)];
		e[7] = 0;
		snprintf(o, n, "%s", e);
		break;
	}
	case G16_IDCARD_AZ:
		if (rnd(3)) {
			digits16(d, 8);
			snprintf(o, n, "AZE%s", d);
		} else {
			digits16(d, 7);
			snprintf(o, n, "AA%s", d);
		}
		break;
	case G16_BIRTH_AZ:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G16_PHONE_AZ:
		digits16(d, 7);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "+994 %s %.3s %.2s %s", P16(az_op16), d, d + 3, d + 5);
		else if (k == 1)
			snprintf(o, n, "0%s %.3s %.2s %s", P16(az_op16), d, d + 3, d + 5);
		else
			snprintf(o, n, "994%s%s", P16(az_op16), d);
		break;
	case G16_EMAIL_AZ:
		asc16(az_given16[woman][rnd(10)], e, sizeof e);
		asc16(P16(az_surname16), f, sizeof f);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%s.%s@mail.ru", e, f);
		else if (k == 1)
			snprintf(o, n, "%s%s%02u@gmail.com", e, f, y % 100);
		else
			snprintf(o, n, "%s_%s@box.az", e, f);
		break;
	case G16_ADDR_AZ:
		snprintf(o, n, "%s, %s %u, m. %u", P16(az_district16), P16(az_street16), 1 + rnd(150),
		         1 + rnd(90));
		break;
	case G16_CARD_MASK_AZ:
		digits16(d, 4);
		snprintf(e, sizeof e, "%s", P16(az_bin16));
		if (rnd(2))
			snprintf(o, n, "%.4s %.2s** **** %s", e, e + 4, d);
		else
			snprintf(o, n, "%s******%s", e, d);
		break;
	case G16_IP_AZ:
		snprintf(o, n, "%s%u.%u", P16(az_ip16), rnd(256), 1 + rnd(254));
		break;
	case G16_PROSE_AZ:
		snprintf(o, n, "%s", P16(az_note16));
		break;
	case G16_ORDER_AZ:
		snprintf(o, n, "AZ-2025-%06u", rnd(10000));
		break;
	case G16_SIZE_AZ:
		snprintf(o, n, "%s", P16(az_size16));
		break;
	case G16_PRICE_AZ:
		k = 80 + rnd(4000);
		if (k >= 1000)
			snprintf(o, n, "%u %03u,00 AZN", k / 1000, k % 1000);
		else
			snprintf(o, n, "%u,00 AZN", k);
		break;
	case G16_VOEN_AZ:
		digits16(d, 9);
		d[0] = (char)('1' + rnd(9));
		snprintf(o, n, "%s1", d);
		break;
	case G16_S10_AZ: {
		static const char *const pre[] = {"RR", "EE", "CP", "LX", "RA"};
		static const unsigned w[] = {8, 6, 4, 2, 3, 5, 9, 7};
		digits16(d, 8);
		for (i = 0, s = 0; i < 8; i++)
			s += (unsigned)(d[i] - '0') * w[i];
		k = 11 - s % 11;
		k = k == 10 ? 0 : k == 11 ? 5 : k;
		snprintf(o, n, "%s%s%uAZ", P16(pre), d, k);
		break;
	}
	case G16_PATTERN_AZ:
		snprintf(o, n, "%s", P16(az_pattern16));
		break;
	case G16_SMS_AZ:
		snprintf(o, n, "%s", P16(az_sms16));
		break;
	case G16_SKU_AZ: {
		static const char *const t[] = {"XL", "KL", "SM", "ZL"};
		static const char *const p[] = {"QRB", "QUB", "SRV", "QZX", "GNC", "TBR"};
		snprintf(o, n, "%s-%s-%04u", P16(t), P16(p), rnd(2000));
		break;
	}
	/* ---- Wales */
	case G16_NAME_CY:
	case G16_PARENT_CY:
		if (g == G16_NAME_CY && rnd(4) == 0)
			snprintf(o, n, "%s %s %s", cy_given16[woman][rnd(10)], cy_given16[woman][rnd(10)],
			         P16(cy_surname16));
		else
			snprintf(o, n, "%s %s", cy_given16[woman][rnd(10)], P16(cy_surname16));
		break;
	case G16_NINO_CY: {
		static const char A1[] = "ABCEGHJKLMNOPRSTWXYZ";
		static const char A2[] = "ABCEGHJKLMNPRSTWXYZ";
		char a, b;
		do {
			a = A1[rnd(20)];
			b = A2[rnd(19)];
		} while ((a == 'B' && b == 'G') || (a == 'G' && b == 'B') || (a == 'N' && b == 'K') ||
		         (a == 'K' && b == 'N') || (a == 'T' && b == 'N') || (a == 'N' && b == 'T') ||
		         (a == 'Z' && b == 'Z'));
		digits16(d, 6);
		if (rnd(2))
			snprintf(o, n, "%c%c %.2s %.2s %.2s %c", a, b, d, d + 2, d + 4, "ABCD"[rnd(4)]);
		else
			snprintf(o, n, "%c%c%s%c", a, b, d, "ABCD"[rnd(4)]);
		break;
	}
	case G16_NHS_CY:
		for (;;) {
			digits16(d, 9);
			d[0] = (char)('4' + rnd(3));
			for (i = 0, s = 0; i < 9; i++)
				s += (unsigned)(d[i] - '0') * (unsigned)(10 - i);
			k = 11 - s % 11;
			if (k == 10)
				continue;
			d[9] = (char)('0' + (k == 11 ? 0 : k));
			d[10] = 0;
			break;
		}
		if (rnd(2))
			snprintf(o, n, "%.3s %.3s %s", d, d + 3, d + 6);
		else
			snprintf(o, n, "%s", d);
		break;
	case G16_BIRTH_CY:
		snprintf(o, n, "%02u/%02u/%u", day, m, 1995 + rnd(25));
		break;
	case G16_PHONE_CY:
		digits16(d, 6);
		s = 7400 + rnd(590);
		if (rnd(2))
			snprintf(o, n, "0%u %s", s, d);
		else
			snprintf(o, n, "+44 %u %s", s, d);
		break;
	case G16_EMAIL_CY:
		asc16(cy_given16[woman][rnd(10)], e, sizeof e);
		asc16(P16(cy_surname16), f, sizeof f);
		k = rnd(4);
		snprintf(o, n, "%s%s%s@%s", e, k == 1 ? "" : k == 3 ? "_" : ".", f,
		         k == 0 ? "btinternet.com" : k == 1 ? "gmail.com"
		                : k == 2 ? "hotmail.co.uk" : "outlook.com");
		break;
	case G16_ADDR_CY:
		if (rnd(3))
			snprintf(o, n, "%u %s, %s", 1 + rnd(90), P16(cy_street16), P16(cy_town16));
		else
			snprintf(o, n, "%s, %s, %s", P16(cy_house16), P16(cy_street16), P16(cy_town16));
		break;
	case G16_GPS_CY:
		snprintf(o, n, "%u.%05u, -%u.%05u", 51 + rnd(2), 40000 + rnd(59999), 3 + rnd(2),
		         rnd(99999));
		break;
	case G16_PROSE_CY:
		snprintf(o, n, "%s", P16(cy_note16));
		break;
	case G16_ENTRANT_CY:
		snprintf(o, n, "C-%04u", rnd(3000));
		break;
	case G16_SONG_CY:
		snprintf(o, n, "%s", P16(cy_song16));
		break;
	case G16_CHOIR_CY:
		snprintf(o, n, "%s", P16(cy_choir16));
		break;
	case G16_VOICE_CY:
		snprintf(o, n, "%s", P16(cy_voice16));
		break;
	case G16_FEE_CY: {
		static const char *const fee[] = {"£12.50", "£8.00", "£25.00", "£5.00", "£40.00"};
		snprintf(o, n, "%s", P16(fee));
		break;
	}
	case G16_INVOICE_CY:
		snprintf(o, n, "ANF-2025-%04u", rnd(5000));
		break;
	case G16_COMP_CY:
		snprintf(o, n, "EIS25-%03u", 1 + rnd(250));
		break;
	case G16_UUID_CY:
		for (i = 0; i < 32; i++)
			e[i] = "0123456789abcdef"[rnd(16)];
		e[12] = '4';
		e[16] = "89ab"[rnd(4)];
		snprintf(o, n, "%.8s-%.4s-%.4s-%.4s-%.12s", e, e + 8, e + 12, e + 16, e + 20);
		break;
	/* ---- Albania */
	case G16_GIVEN_AL:
		snprintf(o, n, "%s", al_given16[woman][rnd(10)]);
		break;
	case G16_FAMILY_AL:
		snprintf(o, n, "%s", P16(al_surname16));
		break;
	case G16_NID_AL: {
		/* decade letter (A = 1900s), last digit of the year, month (+50
		 * for a woman), day, three digits, a check letter (mod 23) */
		char L = (char)('A' + (y - 1900) / 10);
		snprintf(e, sizeof e, "%c%u%02u%02u%03u", L, y % 10, m + (woman ? 50 : 0), day,
		         rnd(1000));
		for (i = 0, s = (unsigned)(L - 'A'); e[i]; i++)
			if (e[i] >= '0' && e[i] <= '9')
				s += (unsigned)(e[i] - '0') * (unsigned)(i + 1);
		snprintf(o, n, "%s%c", e, "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]);
		break;
	}
	case G16_BIRTH_AL:
		if (rnd(3))
			snprintf(o, n, "%02u.%02u.%u", day, m, y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G16_PHONE_AL:
		digits16(d, 7);
		k = rnd(3);
		s = 67 + rnd(3);
		if (k == 0)
			snprintf(o, n, "+355 %u %.3s %s", s, d, d + 3);
		else if (k == 1)
			snprintf(o, n, "0%u %.3s %s", s, d, d + 3);
		else
			snprintf(o, n, "00355%u%s", s, d);
		break;
	case G16_EMAIL_AL:
		asc16(al_given16[woman][rnd(10)], e, sizeof e);
		asc16(P16(al_surname16), f, sizeof f);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%s.%s@gmail.com", e, f);
		else if (k == 1)
			snprintf(o, n, "%s%s%02u@yahoo.com", e, f, y % 100);
		else
			snprintf(o, n, "%s_%s@hotmail.com", e, f);
		break;
	case G16_ADDR_AL:
		k = rnd(N16(al_addr16));
		snprintf(o, n, "%s%u%s", al_addr16[k][0], 1 + rnd(120), al_addr16[k][1]);
		break;
	case G16_IBAN_AL: {
		static const char C[] = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
		snprintf(d, sizeof d, "%s", P16(al_bank16));
		for (i = 0; i < 16; i++)
			d[8 + i] = i < 4 ? '0' : C[rnd(rnd(3) ? 10 : 33)];
		d[24] = 0;
		k = iban_check16("AL", d);
		snprintf(e, sizeof e, "AL%02u%s", k, d);
		if (rnd(2))
			group16(e, o, n);
		else
			snprintf(o, n, "%s", e);
		break;
	}
	case G16_IP_AL:
		if (rnd(3))
			snprintf(o, n, "%s%u.%u", rnd(2) ? "79.106." : "46.99.", rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "2a02:2f0e:%x:%x::%x", rnd(0x10000), rnd(0x10000), 1 + rnd(0xfff));
		break;
	case G16_GPS_AL:
		snprintf(o, n, "39.%06u,20.%06u", 850000 + rnd(60000), rnd(30000));
		break;
	case G16_PROSE_AL:
		snprintf(o, n, "%s", P16(al_note16));
		break;
	case G16_FLAT_AL:
		snprintf(o, n, "%s", P16(al_flat16));
		break;
	case G16_PRICE_AL:
		k = 25 + rnd(120);
		snprintf(o, n, rnd(2) ? "€%u.00" : "%u €", k);
		break;
	case G16_NIPT_AL:
		digits16(d, 8);
		snprintf(o, n, "%c%s%c", "JKLM"[rnd(4)], d, 'A' + (char)rnd(26));
		break;
	case G16_BOOKING_AL:
		if (rnd(2)) {
			static const char A[] = "ABCDEFGHJKMNPQRSTWXYZ23456789";
			for (i = 0; i < 8; i++)
				e[i] = A[rnd(29)];
			e[8] = 0;
			snprintf(o, n, "HM%s", e);
		} else {
			digits16(d, 10);
			d[0] = (char)('1' + rnd(9));
			snprintf(o, n, "%s", d);
		}
		break;
	case G16_CHANNEL_AL:
		snprintf(o, n, "%s", P16(al_channel16));
		break;
	case G16_SHA_AL:
		for (i = 0; i < 64; i++)
			e[i] = "0123456789abcdef"[rnd(16)];
		e[64] = 0;
		snprintf(o, n, "%s", e);
		break;
	case G16_COUNTRY_AL:
		snprintf(o, n, "%s", P16(al_country16));
		break;
	case G16_CHECKIN_AL:
		snprintf(o, n, "%02u:%s", 12 + rnd(11), rnd(2) ? "00" : "30");
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* -------------------------------------------- the seventeenth held-out fold
 * heldout17, written blind like the fourth to sixteenth (its author read
 * neither src/map/, nor the unit tests, nor the lexicon and name files,
 * nor the rules in docs/pii.md): a Rosario neighbourhood sports club's
 * members (Argentine Spanish), a Vilafranca castellers colla's members
 * (Catalan), a Skopje car-service's work orders (Macedonian, Cyrillic and
 * Latin), a Connemara GAA club's members (Irish) and a Kathmandu trekking
 * agency's porters (Nepali, romanised and Devanagari). Given names,
 * surnames, streets and towns of those places, with their id formats and
 * check digits (DNI, CUIL and CUIT, DNI/NIE and CIF letters, EMBG, PPSN,
 * ES, MK and IE IBANs, VINs). Its generators are kept apart from the
 * other folds' (build_db() hands G17_* to value17()). */

#define N17(a) (sizeof(a) / sizeof((a)[0]))
#define P17(a) (a)[rnd(N17(a))]

/* Argentina (Rosario) */
static const char *const ar_given17[2][10] = {
    {"Juan Martín", "Santiago", "Facundo", "Matías", "Nicolás", "Gonzalo", "Lautaro", "Franco",
     "Tomás", "Ezequiel"},
    {"María Belén", "Sofía", "Valentina", "Camila", "Florencia", "Agustina", "Lucía", "Micaela",
     "Rocío", "Julieta"}};
/* surname, in capitals, in ASCII for an e-mail */
static const char *const ar_surname17[][3] = {
    {"González", "GONZÁLEZ", "gonzalez"}, {"Rodríguez", "RODRÍGUEZ", "rodriguez"},
    {"Fernández", "FERNÁNDEZ", "fernandez"}, {"López", "LÓPEZ", "lopez"},
    {"Martínez", "MARTÍNEZ", "martinez"}, {"Gómez", "GÓMEZ", "gomez"},
    {"Romero", "ROMERO", "romero"},       {"Sosa", "SOSA", "sosa"},
    {"Benítez", "BENÍTEZ", "benitez"},    {"Acosta", "ACOSTA", "acosta"},
    {"Ferrari", "FERRARI", "ferrari"},    {"Bianchi", "BIANCHI", "bianchi"},
    {"Lombardo", "LOMBARDO", "lombardo"}, {"Aguirre", "AGUIRRE", "aguirre"}};
static const char *const ar_given_ascii17[2][10] = {
    {"juanmartin", "santi", "facu", "matias", "nico", "gonza", "lautaro", "franco", "tomas",
     "eze"},
    {"mbelen", "sofi", "valen", "cami", "flor", "agus", "lucia", "mica", "rocio", "juli"}};
static const char *const ar_street17[] = {"Bv. Oroño", "Córdoba", "Mendoza", "San Luis",
                                          "Av. Pellegrini", "Entre Ríos", "Pje. Gould",
                                          "Bv. Rondeau", "Av. Francia", "Alem", "Zeballos"};
static const char *const ar_place17[] = {"S2000 Rosario", "(2000) Rosario, Santa Fe",
                                         "Rosario, Santa Fe", "S2005ABK Rosario",
                                         "S2013 Rosario", "Funes, Santa Fe",
                                         "Granadero Baigorria, Santa Fe"};
static const char *const ar_obs17[] = {
    "Debe marzo y abril, dice que paga el viernes",
    "Hermano de %s, pidió descuento grupo familiar",
    "Certificado médico vence en agosto, recordarle",
    "La mamá (%s) retira al nene los martes, llamar al 341 15-%s",
    "Se lesionó el tobillo en el partido del sábado",
    "Pasó de cadete a activo, actualizar cuota",
    "No tiene WhatsApp, avisar por mail o al fijo 4%s",
    "Pidió la baja temporal hasta que vuelva de Córdoba"};
static const char *const ar_cat17[] = {"Activo", "Cadete", "Vitalicio", "Grupo Familiar",
                                       "Menor", "Jubilado", "Social"};
static const char *const ar_sport17[] = {"Básquet", "Vóley", "Natación", "Patín artístico",
                                         "Fútbol infantil", "Hockey", "Taekwondo", "Pileta libre"};
static const char *const ar_bin17[] = {"450799", "454618", "517562", "546553", "589562",
                                       "377798"};
static const char *const ar_tpl17[] = {
    "Hola {nombre}! Tu cuota de {mes} vence el {vencimiento}. Club Atlético Alberdi",
    "Hola {{nombre}}, te recordamos que debés {{meses}} cuotas. Podés pagar en secretaría.",
    "{nombre}, el {fecha} hay asamblea de socios a las 20 hs. Te esperamos!",
    "Estimado/a {apellido}: su apto físico vence el {fecha_apto}."};
static const char *const ar_vers17[] = {"3.2.14", "3.2.15", "3.3.0", "3.1.9", "2.9.27"};
static const char *const ar_ip17[] = {"181.", "190.", "186.", "200.", "152.171.", "201.235."};
static const char *const ar_mail17[] = {"gmail.com", "hotmail.com", "hotmail.com.ar",
                                        "yahoo.com.ar", "outlook.com", "fibertel.com.ar"};

/* Catalonia (Vilafranca del Penedès) */
static const char *const ca_given17[2][10] = {
    {"Jordi", "Pau", "Oriol", "Arnau", "Marc", "Pere", "Joan", "Xavier", "Jaume", "Biel"},
    {"Montserrat", "Núria", "Laia", "Mireia", "Anna", "Meritxell", "Roser", "Aina", "Júlia",
     "Carla"}};
static const char *const ca_given_ascii17[2][10] = {
    {"jordi", "pau", "oriol", "arnau", "marc", "pere", "joan", "xavier", "jaume", "biel"},
    {"montse", "nuria", "laia", "mireia", "anna", "meritxell", "roser", "aina", "julia", "carla"}};
static const char *const ca_surname17[][2] = {
    {"Puig", "puig"},   {"Ferrer", "ferrer"}, {"Vila", "vila"},     {"Soler", "soler"},
    {"Serra", "serra"}, {"Font", "font"},     {"Bosch", "bosch"},   {"Roca", "roca"},
    {"Casals", "casals"}, {"Mas", "mas"},     {"Pujol", "pujol"},   {"Vidal", "vidal"},
    {"Riera", "riera"}, {"Sala", "sala"},     {"Batlle", "batlle"}, {"Güell", "guell"}};
static const char *const ca_street17[] = {
    "C. de la Font", "Rambla de Nostra Senyora", "Carrer de Sant Joan", "Pl. de la Vila",
    "C/ Amàlia Soler", "Av. de Tarragona", "C. del Comerç", "Passeig de Manuel Milà i Fontanals"};
static const char *const ca_town17[] = {"08720 Vilafranca del Penedès", "08720 Vilafranca",
                                        "08730 Santa Margarida i els Monjos",
                                        "08770 Sant Sadurní d'Anoia", "08739 Pacs del Penedès"};
static const char *const ca_floor17[] = {"", ", 1r 2a", ", 2n 1a", ", 3r", ", baixos",
                                         ", àtic", ", 4t 3a"};
static const char *const ca_rel17[2][4] = {{"pare", "germà", "avi", "parella"},
                                           {"mare", "germana", "àvia", "parella"}};
static const char *const ca_obs17[] = {
    "Ve als assajos dels divendres, els dimecres treballa",
    "Lesió a l'espatlla, no pot fer de baix fins al setembre",
    "És la canalla de la %s, cal autorització signada pels pares",
    "Ha pagat la quota del 2025 en efectiu a la tresorera",
    "Vol passar de segona a terços, parlar-ne amb el cap de colla",
    "Avisar la seva mare al %s si hi ha canvi d'horari",
    "Nova incorporació després de la diada de Sant Fèlix",
    "Porta la faixa de la colla, falta tornar el mocador"};
static const char *const ca_pos17[] = {"baix", "segona", "terç", "quart", "dosos", "acotxador",
                                       "enxaneta", "crossa", "contrafort", "agulla", "pinya",
                                       "lateral", "mans"};
static const char *const ca_castell17[] = {"3d9f", "4d8", "2d8f", "pd6", "5d7", "3d8",
                                           "4d9f", "7d7", "pd7f", "9d7"};
static const char *const ca_size17[] = {"XS", "S", "M", "L", "XL", "XXL", "10 anys",
                                        "12 anys", "14 anys"};
static const char *const ca_mail17[] = {"gmail.com", "hotmail.com", "yahoo.es", "xtec.cat",
                                        "outlook.es", "telefonica.net"};

/* North Macedonia (Skopje) */
static const char *const mk_given17[2][8][2] = {
    {{"Александар", "aleksandar"},
     {"Горан", "goran"},
     {"Никола", "nikola"},
     {"Дејан", "dejan"},
     {"Игор", "igor"},
     {"Зоран", "zoran"},
     {"Бојан", "bojan"},
     {"Филип", "filip"}},
    {{"Марија", "marija"},
     {"Елена", "elena"},
     {"Ивана", "ivana"},
     {"Сашка", "saska"},
     {"Билјана", "biljana"},
     {"Катерина", "katerina"},
     {"Весна", "vesna"},
     {"Даниела", "daniela"}}};
/* the surname's masculine and feminine forms, and its ASCII stem */
static const char *const mk_surname17[][3] = {
    {"Стојановски", "Стојановска", "stojanovsk"}, {"Петровски", "Петровска", "petrovsk"},
    {"Николовски", "Николовска", "nikolovsk"},    {"Трајковски", "Трајковска", "trajkovsk"},
    {"Јовановски", "Јовановска", "jovanovsk"},    {"Димитриевски", "Димитриевска", "dimitrievsk"},
    {"Ристовски", "Ристовска", "ristovsk"},       {"Андоновски", "Андоновска", "andonovsk"},
    {"Ангеловски", "Ангеловска", "angelovsk"}};
static const char *const mk_street17[] = {
    "ул. Партизански одреди бр.", "бул. Илинден бр.", "ул. Македонија бр.",
    "бул. Јане Сандански бр.",    "ул. Васил Главинов бр.", "ул. Никола Вапцаров бр.",
    "бул. Кочо Рацин бр.",        "ул. Рузвелтова бр."};
static const char *const mk_town17[] = {"1000 Скопје", "Скопје", "1000 Skopje",
                                        "1060 Скопје, Гази Баба", "1040 Скопје, Кисела Вода",
                                        "1000 Скопје, Аеродром"};
static const char *const mk_obs17[] = {
    "Клиентот бара стар дел да му се врати",
    "Да се јави пред да се почне со работа, %s",
    "Возилото го донесе сопругата, %s",
    "Гаранција на аку до март, не наплаќај",
    "Kupuvacot ke dojde po kolata vo petok po 16h",
    "Тропа од предниот десен тркалач, проверено на тест-возење",
    "Звони на %s ако доцнат деловите",
    "Редовен клиент, 10%% попуст на работа"};
static const char *const mk_wmi17[] = {"WVW", "VF1", "ZFA", "WBA", "TMB", "KMH", "WF0", "VF3"};
static const char *const mk_part17[] = {"06J 115 403 Q", "03L 115 562", "1K0 615 301 AA",
                                        "5Q0 698 151 B", "04E 905 612", "7701 478 017",
                                        "1109 CK", "13 62 7 800 023"};
static const char *const mk_dtc17[] = {"P0301", "P0420", "P0171", "U0100", "C1145", "B1000",
                                       "P2463", "P0087"};
static const char *const mk_bin17[] = {"4176 33", "5168 74", "4097 62", "5440 31", "4147 21"};
static const char *const mk_bank17[] = {"300", "200", "210", "250", "270", "380"};
static const char *const mk_mail17[] = {"gmail.com", "yahoo.com", "t-home.mk", "live.com",
                                        "hotmail.com", "outlook.com"};

/* Ireland (Connemara): Irish-language club */
static const char *const ie_given17[2][8][2] = {
    {{"Seán", "sean"},
     {"Pádraig", "padraig"},
     {"Ciarán", "ciaran"},
     {"Tadhg", "tadhg"},
     {"Colm", "colm"},
     {"Eoin", "eoin"},
     {"Darragh", "darragh"},
     {"Cathal", "cathal"}},
    {{"Máire", "maire"},
     {"Siobhán", "siobhan"},
     {"Aoife", "aoife"},
     {"Niamh", "niamh"},
     {"Caoimhe", "caoimhe"},
     {"Róisín", "roisin"},
     {"Sorcha", "sorcha"},
     {"Gráinne", "grainne"}}};
/* the surname's form for a man and for a woman (born to it), and ASCII */
static const char *const ie_surname17[][3] = {
    {"Ó Flaithearta", "Ní Fhlaithearta", "oflaherty"},
    {"Mac Donncha", "Nic Dhonncha", "mcdonagh"},
    {"Ó Conghaile", "Ní Chonghaile", "conneely"},
    {"Ó Máille", "Ní Mháille", "omalley"},
    {"Ó Ceallaigh", "Ní Cheallaigh", "kelly"},
    {"Breathnach", "Bhreathnach", "walsh"},
    {"Mac an Iomaire", "Nic an Iomaire", "keaney"},
    {"Seoighe", "Seoighe", "joyce"},
    {"Ó Fátharta", "Ní Fhátharta", "faherty"}};
static const char *const ie_addr17[] = {
    "Bóthar na Trá, An Spidéal, Co. na Gaillimhe",   "An Cheathrú Rua, Co. na Gaillimhe",
    "Baile na hAbhann, Co. na Gaillimhe",            "Indreabhán, Co. na Gaillimhe",
    "Ros an Mhíl, Co. na Gaillimhe",                 "Bearna, Gaillimh",
    "Bóthar an Choláiste, Gaillimh",                 "Cnoc na Cathrach, Gaillimh",
    "Seanbhóthar na Ceapaí, Bearna, Co. Galway"};
static const char *const ie_house17[] = {"Teach na Coille", "Radharc na Mara", "Tigh Mhóráin",
                                         "An Gleann", "Cois Cuain"};
static const char *const ie_obs17[] = {
    "Gortú rúitín, ná himir go dtí tar éis na Cásca",
    "Tá cead ón tuismitheoir le grianghraif a úsáid",
    "Asthma - inhaler sa mhála, cuir glaoch ar a mháthair %s",
    "Aistrithe ó CLG Mhaigh Cuilinn, cead faighte",
    "Bíonn sé ag obair ar an mbád Dé Sathairn, ní bhíonn sé ar fáil",
    "Táille íoctha ag a athair %s, admháil le seoladh",
    "Allergic to peanuts - EpiPen with coach",
    "Ag iarraidh imirt leis na mionúir agus na sinsir"};
static const char *const ie_team17[] = {"Faoi 8", "Faoi 10", "Faoi 12", "Faoi 14", "Faoi 16",
                                        "Mionúir", "Sinsir", "Camógaíocht Faoi 14",
                                        "Peil na mBan Sinsir", "Jabaí"};
static const char *const ie_bank17[][2] = {{"AIBK", "93"}, {"BOFI", "90"}, {"IPBS", "99"},
                                           {"ULSB", "98"}, {"AIBK", "93"}};
static const char *const ie_mail17[] = {"gmail.com", "eircom.net", "hotmail.com",
                                        "icloud.com", "yahoo.ie", "live.ie"};
static const char *const ie_ip17[] = {"89.101.", "86.40.", "79.97.", "37.228.", "109.255.",
                                      "213.233."};

/* Nepal (Solukhumbu porters of a Kathmandu agency) */
static const char *const ne_given17[2][8] = {
    {"Pasang", "Ang Dorje", "Ram Bahadur", "Mingma", "Tenzing", "Lhakpa", "Dawa", "Hari Prasad"},
    {"Pemba Lhamu", "Dolma", "Sita", "Sunita", "Ang Phuti", "Lhakpa Diki", "Nima Doma",
     "Kamala"}};
static const char *const ne_surname17[] = {"Sherpa", "Tamang", "Rai", "Gurung", "Magar",
                                           "Limbu", "Thapa", "Shrestha", "Sherpa", "Rai"};
static const char *const ne_given_dev17[] = {"पासाङ", "राम बहादुर", "मिङमा", "हरि प्रसाद",
                                             "लाक्पा", "कृष्ण",      "तेन्जिङ", "सुनिता",
                                             "दावा",  "निमा डोमा"};
static const char *const ne_surname_dev17[] = {"शेर्पा", "तामाङ", "राई", "गुरुङ",
                                               "मगर",   "लिम्बु", "थापा", "श्रेष्ठ"};
static const char *const ne_addr17[] = {
    "Khumjung-4, Solukhumbu",
    "Namche Bazaar, Khumbu Pasanglhamu Gaunpalika-5, Solukhumbu",
    "Lukla-2, Solukhumbu",
    "Salleri, Solududhkunda Nagarpalika-1, Solukhumbu",
    "Gorkha Nagarpalika-7, Gorkha",
    "Phaplu-3, Solukhumbu",
    "Okhaldhunga Nagarpalika-9, Okhaldhunga",
    "Budhanilkantha-10, Kathmandu",
    "Ward No. 6, Mapya Dudhkoshi Gaunpalika, Solukhumbu"};
static const char *const ne_obs17[] = {"सामान ठिक समयमा पुर्‍याए", "नाम्चेमा एक दिन बिरामी भए",
                                       "अग्रिम रु ५००० लिएको छ",
                                       "Altitude sickness at Lobuche, sent down with guide",
                                       "Ramro kaam garyo, arko season ma pani bolaune",
                                       "लुक्लाबाट फर्किए, जुत्ता फाटेको",
                                       "Didn't turn up at Lukla airport, phone switched off",
                                       "भाइ पनि पोर्टरको काम खोज्दैछन्"};
static const char *const ne_permit17[] = {"SNP", "ACAP", "MCAP", "LNP", "GCAP"};
static const char *const ne_lodge17[] = {"Namaste Lodge",       "Himalayan Lodge",
                                         "Everest Summit Lodge", "Khumbu Resort",
                                         "Sherpa Guide Lodge",  "Hotel Buddha",
                                         "Yak & Yeti Lodge",     "Tashi Delek Guest House"};
static const char *const ne_route17[] = {"EBC via Gokyo", "Everest Base Camp", "Three Passes",
                                         "Annapurna Circuit", "Manaslu Circuit",
                                         "Langtang Valley", "Island Peak Climb", "Upper Mustang"};
static const char *const ne_mail17[] = {"gmail.com", "yahoo.com", "hotmail.com",
                                        "wlink.com.np", "outlook.com"};

enum {
	G17_FIRST = 13000, /* above every G16_*: build_db() hands them to value17() */
	G17_NAME_AR = G17_FIRST, /* "GONZÁLEZ, María Belén" */
	G17_DNI_AR,              /* 30.123.456 */
	G17_CUIL_AR,             /* 27-30123456-4 */
	G17_BIRTH_AR,            /* 14/03/1987 */
	G17_PHONE_AR,            /* +54 9 341 555-1234 */
	G17_EMAIL_AR,
	G17_ADDR_AR,
	G17_CARD_AR,             /* 16 digits (15 for Amex), Luhn */
	G17_IP_AR,
	G17_PROSE_AR,
	G17_MPJSON_AR,           /* a payment webhook's JSON, the payer's e-mail inside */
	G17_SOCIO_AR,            /* 12045 */
	G17_CUIT_FIRM_AR,        /* a sponsor firm's CUIT, 30-xxxxxxxx-x */
	G17_CAT_AR,
	G17_SPORT_AR,
	G17_FEE_AR,              /* $ 18.500,00 */
	G17_RECEIPT_AR,          /* 0003-00012345 */
	G17_TPL_AR,
	G17_VERSION_AR,
	G17_GIVEN_CA,
	G17_FAMILY_CA,           /* "Puig i Ferrer" */
	G17_DNI_CA,              /* 12345678Z, X1234567L */
	G17_BIRTH_CA,            /* 17/05/1998 */
	G17_PHONE_CA,
	G17_EMAIL_CA,
	G17_ADDR_CA,
	G17_IBAN_CA,             /* ES91 2100 0418 4502 0005 1332 */
	G17_IP_CA,
	G17_KIN_CA,              /* "Roser Vila (mare)" */
	G17_PROSE_CA,
	G17_POS_CA,
	G17_HEIGHT_CA,           /* 142,5 */
	G17_CASTELL_CA,          /* 3d9f */
	G17_SIZE_CA,
	G17_CIF_CA,              /* the colla's CIF, G65123456 */
	G17_SHA_CA,
	G17_NAME_MK,             /* Cyrillic */
	G17_EMBG_MK,             /* 13 digits */
	G17_BIRTH_MK,            /* 14.03.1985 */
	G17_PHONE_MK,
	G17_EMAIL_MK,
	G17_ADDR_MK,
	G17_CARD_MASK_MK,        /* 4176 33** **** 1234 */
	G17_IBAN_MK,             /* MK07 3000 0000 0042 425 */
	G17_GPS_MK,              /* 41.99812, 21.42543 */
	G17_PROSE_MK,
	G17_ORDER_MK,            /* РН-2025-00412 */
	G17_VIN_MK,
	G17_KM_MK,               /* 184 320 */
	G17_PART_MK,             /* 06J 115 403 Q */
	G17_PRICE_MK,            /* 4.850,00 ден. */
	G17_EDB_MK,              /* a firm's 13-digit tax number, 4030... */
	G17_MD5_MK,
	G17_DTC_MK,              /* P0301 */
	G17_NAME_IE,             /* "Seán Ó Flaithearta" */
	G17_PPSN_IE,             /* 1234567T, 1234567FA */
	G17_BIRTH_IE,            /* 14/03/2011 */
	G17_PHONE_IE,
	G17_EMAIL_IE,
	G17_ADDR_IE,             /* with an Eircode */
	G17_IBAN_IE,
	G17_IP_IE,               /* IPv4 and IPv6 */
	G17_PARENT_IE,
	G17_PROSE_IE,
	G17_MEMBER_IE,           /* GA-2025-004512 */
	G17_TEAM_IE,
	G17_JERSEY_IE,
	G17_FEE_IE,              /* €120.00 */
	G17_LOTTO_IE,            /* 04 11 19 27 */
	G17_VERSION_IE,          /* v4.12.0 (build 812) */
	G17_UUID_IE,
	G17_NAME_NE,             /* "Pasang Dorje Sherpa" */
	G17_NAME_DEV_NE,         /* Devanagari */
	G17_CITIZEN_NE,          /* 27-01-70-04512 */
	G17_BIRTH_NE,            /* Bikram Sambat, 2045-03-12 */
	G17_PHONE_NE,
	G17_EMAIL_NE,
	G17_ADDR_NE,
	G17_GPS_NE,
	G17_PROSE_NE,
	G17_PERMIT_NE,           /* SNP-2025-004512 */
	G17_ALT_NE,              /* 5364 */
	G17_LOAD_NE,             /* 28.5 */
	G17_WAGE_NE,             /* रु 2,500 */
	G17_LODGE_NE,
	G17_ROUTE_NE,
	G17_TEMP_NE              /* -12.4 */
};

/* CUIL / CUIT check digit over 10 digits (weights 5432765432, mod 11);
 * returns 10 where no digit fits. */
static unsigned cuit_check17(const char *d10)
{
	static const unsigned w[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
	unsigned s = 0, i, r;
	for (i = 0; i < 10; i++)
		s += (unsigned)(d10[i] - '0') * w[i];
	r = 11 - s % 11;
	return r == 11 ? 0 : r;
}

/* Spanish bank-account control digit over 10 digits. */
static unsigned ccc_dc17(const char *d10)
{
	static const unsigned w[10] = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
	unsigned s = 0, i, r;
	for (i = 0; i < 10; i++)
		s += (unsigned)(d10[i] - '0') * w[i];
	r = 11 - s % 11;
	return r == 11 ? 0 : r == 10 ? 1 : r;
}

/* The VIN check digit (ISO 3779 / North American position 9). */
static char vin_check17(const char *v)
{
	static const unsigned w[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
	static const char *const al = "ABCDEFGHJKLMNPRSTUVWXYZ";
	static const unsigned val[23] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4,
	                                 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
	unsigned s = 0, i, x, r;
	for (i = 0; i < 17; i++) {
		const char *p;
		if (v[i] >= '0' && v[i] <= '9')
			x = (unsigned)(v[i] - '0');
		else {
			p = strchr(al, v[i]);
			x = p ? val[p - al] : 0;
		}
		s += x * w[i];
	}
	r = s % 11;
	return r == 10 ? 'X' : (char)('0' + r);
}

static void hex17(char *o, int n)
{
	int i;
	for (i = 0; i < n; i++)
		o[i] = "0123456789abcdef"[rnd(16)];
	o[n] = 0;
}

static void value17(int g, char *o, size_t n)
{
	char d[96], e[160], f[160];
	unsigned y = 1955 + rnd(50), m = 1 + rnd(12), day = 1 + rnd(28), woman = rnd(2), k, s, i;
	switch (g) {
	/* ---- Argentina */
	case G17_NAME_AR:
		k = rnd(N17(ar_surname17));
		s = rnd(N17(ar_surname17));
		i = rnd(10);
		if (rnd(3))
			snprintf(o, n, "%s, %s", ar_surname17[k][1], ar_given17[woman][i]);
		else if (rnd(2))
			snprintf(o, n, "%s %s", ar_given17[woman][i], ar_surname17[k][0]);
		else
			snprintf(o, n, "%s %s %s", ar_given17[woman][i], ar_surname17[k][0],
			         ar_surname17[s][0]);
		break;
	case G17_DNI_AR:
		k = 14000000 + rnd(32000000);
		if (rnd(2))
			snprintf(o, n, "%u.%03u.%03u", k / 1000000, k / 1000 % 1000, k % 1000);
		else
			snprintf(o, n, "%u", k);
		break;
	case G17_CUIL_AR:
		k = 14000000 + rnd(32000000);
		snprintf(d, sizeof d, "%s%08u", woman ? "27" : "20", k);
		s = cuit_check17(d);
		if (s == 10) {
			d[0] = '2';
			d[1] = '3';
			s = woman ? 4 : 9;
		}
		if (rnd(4))
			snprintf(o, n, "%.2s-%s-%u", d, d + 2, s);
		else
			snprintf(o, n, "%s%u", d, s);
		break;
	case G17_BIRTH_AR:
		/* mostly dd/mm/yyyy; now and then ISO from the app's export */
		if (rnd(5))
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G17_PHONE_AR:
		digits16(d, 7);
		k = rnd(5);
		if (k == 0)
			snprintf(o, n, "+54 9 341 %.3s-%s", d, d + 3);
		else if (k == 1)
			snprintf(o, n, "0341 15-%.3s-%s", d, d + 3);
		else if (k == 2)
			snprintf(o, n, "341%s", d);
		else if (k == 3)
			snprintf(o, n, "+549341%s", d);
		else
			snprintf(o, n, "(0341) 4%.2s-%s", d + 1, d + 3);
		break;
	case G17_EMAIL_AR:
		k = rnd(N17(ar_surname17));
		s = rnd(4);
		if (s == 0)
			snprintf(o, n, "%s.%s@%s", ar_given_ascii17[woman][rnd(10)], ar_surname17[k][2],
			         P17(ar_mail17));
		else if (s == 1)
			snprintf(o, n, "%s%s%02u@%s", ar_given_ascii17[woman][rnd(10)],
			         ar_surname17[k][2], rnd(100), P17(ar_mail17));
		else if (s == 2)
			snprintf(o, n, "%c%s_ros@%s", ar_given_ascii17[woman][rnd(10)][0],
			         ar_surname17[k][2], P17(ar_mail17));
		else
			snprintf(o, n, "%s.%s%u@%s", ar_surname17[k][2], ar_given_ascii17[woman][rnd(10)],
			         y, P17(ar_mail17));
		break;
	case G17_ADDR_AR:
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "%s %u %u° %c, %s", P17(ar_street17), 100 + rnd(5800), 1 + rnd(12),
			         'A' + rnd(6), P17(ar_place17));
		else if (k == 1)
			snprintf(o, n, "%s %u, %s", P17(ar_street17), 100 + rnd(5800), P17(ar_place17));
		else if (k == 2)
			snprintf(o, n, "%s %u PB %u, %s", P17(ar_street17), 100 + rnd(5800), 1 + rnd(4),
			         P17(ar_place17));
		else
			snprintf(o, n, "%s N° %u - Dpto %u%c", P17(ar_street17), 100 + rnd(5800),
			         1 + rnd(9), 'A' + rnd(4));
		break;
	case G17_CARD_AR:
		snprintf(d, sizeof d, "%s", P17(ar_bin17));
		if (!strncmp(d, "37", 2)) {
			digits16(d + 6, 8);
			luhn16(d);
			snprintf(o, n, "%.4s %.6s %s", d, d + 4, d + 10);
		} else {
			digits16(d + 6, 9);
			luhn16(d);
			if (rnd(2))
				snprintf(o, n, "%s", d);
			else
				group16(d, o, n);
		}
		break;
	case G17_IP_AR:
		snprintf(d, sizeof d, "%s", P17(ar_ip17));
		if (strlen(d) <= 4)
			snprintf(o, n, "%s%u.%u.%u", d, rnd(256), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "%s%u.%u", d, rnd(256), 1 + rnd(254));
		break;
	case G17_PROSE_AR:
		k = rnd(N17(ar_obs17));
		if (k == 1)
			snprintf(o, n, ar_obs17[k], ar_given17[rnd(2)][rnd(10)]);
		else if (k == 3) {
			digits16(d, 7);
			snprintf(o, n, ar_obs17[k], ar_given17[1][rnd(10)], d);
		} else if (k == 6) {
			digits16(d, 6);
			snprintf(o, n, ar_obs17[k], d);
		} else
			snprintf(o, n, "%s", ar_obs17[k]);
		break;
	case G17_MPJSON_AR:
		k = rnd(N17(ar_surname17));
		digits16(d, 11);
		snprintf(o, n,
		         "{\"id\":%s,\"status\":\"%s\",\"transaction_amount\":%u,\"payer\":{\"email\":\"%s.%s@%s\","
		         "\"identification\":{\"type\":\"DNI\"}}}",
		         d, rnd(5) ? "approved" : "rejected", 12000 + 500 * rnd(20),
		         ar_given_ascii17[woman][rnd(10)], ar_surname17[k][2], P17(ar_mail17));
		break;
	case G17_SOCIO_AR:
		snprintf(o, n, "%u", 1000 + rnd(14000));
		break;
	case G17_CUIT_FIRM_AR:
		do {
			snprintf(d, sizeof d, "%s%08u", rnd(4) ? "30" : "33", 50000000 + rnd(22000000));
			s = cuit_check17(d);
		} while (s == 10);
		snprintf(o, n, "%.2s-%s-%u", d, d + 2, s);
		break;
	case G17_CAT_AR:
		snprintf(o, n, "%s", P17(ar_cat17));
		break;
	case G17_SPORT_AR:
		snprintf(o, n, "%s", P17(ar_sport17));
		break;
	case G17_FEE_AR:
		snprintf(o, n, "$ %u.%03u,00", 8 + rnd(20), 500 * rnd(2));
		break;
	case G17_RECEIPT_AR:
		snprintf(o, n, "%04u-%08u", 1 + rnd(4), 1000 + rnd(40000));
		break;
	case G17_TPL_AR:
		snprintf(o, n, "%s", P17(ar_tpl17));
		break;
	case G17_VERSION_AR:
		snprintf(o, n, "%s", P17(ar_vers17));
		break;
	/* ---- Catalonia */
	case G17_GIVEN_CA:
		snprintf(o, n, "%s", ca_given17[woman][rnd(10)]);
		break;
	case G17_FAMILY_CA:
		k = rnd(N17(ca_surname17));
		s = rnd(N17(ca_surname17));
		snprintf(o, n, rnd(3) ? "%s %s" : "%s i %s", ca_surname17[k][0], ca_surname17[s][0]);
		break;
	case G17_DNI_CA:
		if (rnd(5)) {
			k = 30000000 + rnd(69000000);
			snprintf(o, n, rnd(6) ? "%08u%c" : "%08u-%c", k,
			         "TRWAGMYFPDXBNJZSQVHLCKE"[k % 23]);
		} else {
			s = rnd(3);
			k = rnd(10000000);
			snprintf(o, n, "%c%07u%c", "XYZ"[s], k,
			         "TRWAGMYFPDXBNJZSQVHLCKE"[(s * 10000000 + k) % 23]);
		}
		break;
	case G17_BIRTH_CA:
		snprintf(o, n, "%02u/%02u/%u", day, m, y + 10);
		break;
	case G17_PHONE_CA:
		digits16(d, 8);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "6%.2s %.2s %.2s %.2s", d, d + 2, d + 4, d + 6);
		else if (k == 1)
			snprintf(o, n, "+34 6%.2s %.3s %.3s", d, d + 2, d + 5);
		else if (k == 2)
			snprintf(o, n, "%c%s", rnd(3) ? '6' : '7', d);
		else
			snprintf(o, n, "938 %.2s %.2s %.2s", d, d + 2, d + 4);
		break;
	case G17_EMAIL_CA:
		k = rnd(N17(ca_surname17));
		s = rnd(3);
		if (s == 0)
			snprintf(o, n, "%s.%s@%s", ca_given_ascii17[woman][rnd(10)], ca_surname17[k][1],
			         P17(ca_mail17));
		else if (s == 1)
			snprintf(o, n, "%s%s%u@%s", ca_given_ascii17[woman][rnd(10)], ca_surname17[k][1],
			         rnd(100), P17(ca_mail17));
		else
			snprintf(o, n, "%c%s@%s", ca_given_ascii17[woman][rnd(10)][0],
			         ca_surname17[k][1], P17(ca_mail17));
		break;
	case G17_ADDR_CA:
		snprintf(o, n, "%s, %u%s, %s", P17(ca_street17), 1 + rnd(90), P17(ca_floor17),
		         P17(ca_town17));
		break;
	case G17_IBAN_CA: {
		static const char *const bank[] = {"2100", "0182", "0081", "2085", "0049", "1465"};
		char bb[32];
		snprintf(d, sizeof d, "%s%04u", P17(bank), rnd(10000));
		digits16(e, 10);
		snprintf(f, sizeof f, "00%s", d);
		snprintf(bb, sizeof bb, "%s%u%u%s", d, ccc_dc17(f), ccc_dc17(e), e);
		snprintf(f, sizeof f, "ES%02u%s", iban_check16("ES", bb), bb);
		if (rnd(3))
			group16(f, o, n);
		else
			snprintf(o, n, "%s", f);
		break;
	}
	case G17_IP_CA:
		if (rnd(4))
			snprintf(o, n, "%u.%u.%u.%u", P17(((const unsigned[]){83, 88, 79, 80, 95})),
			         rnd(256), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "2a0c:5a80:%x:%x::%x", rnd(0x10000), rnd(0x10000), 1 + rnd(0xfff));
		break;
	case G17_KIN_CA:
		k = rnd(N17(ca_surname17));
		snprintf(o, n, "%s %s (%s)", ca_given17[woman][rnd(10)], ca_surname17[k][0],
		         ca_rel17[woman][rnd(4)]);
		break;
	case G17_PROSE_CA:
		k = rnd(N17(ca_obs17));
		if (k == 2)
			snprintf(o, n, ca_obs17[k], ca_given17[1][rnd(10)]);
		else if (k == 5) {
			digits16(d, 8);
			snprintf(e, sizeof e, "6%.2s %.2s %.2s %.2s", d, d + 2, d + 4, d + 6);
			snprintf(o, n, ca_obs17[k], e);
		} else
			snprintf(o, n, "%s", ca_obs17[k]);
		break;
	case G17_POS_CA:
		snprintf(o, n, "%s", P17(ca_pos17));
		break;
	case G17_HEIGHT_CA:
		snprintf(o, n, "%u,%u", 95 + rnd(70), rnd(10));
		break;
	case G17_CASTELL_CA:
		snprintf(o, n, "%s", P17(ca_castell17));
		break;
	case G17_SIZE_CA:
		snprintf(o, n, "%s", P17(ca_size17));
		break;
	case G17_CIF_CA:
		/* G, the province (08 Barcelona, 65 and 66 its later blocks), five
		 * digits and the control digit */
		digits16(d + 2, 5);
		memcpy(d, P17(((const char *const[]){"08", "65", "66"})), 2);
		s = 0;
		for (i = 0; i < 7; i++) {
			unsigned v = (unsigned)(d[i] - '0');
			if (i % 2 == 0) {
				v *= 2;
				v = v / 10 + v % 10;
			}
			s += v;
		}
		snprintf(o, n, "G%s%u", d, (10 - s % 10) % 10);
		break;
	case G17_SHA_CA:
		hex17(o, 64);
		break;
	/* ---- North Macedonia */
	case G17_NAME_MK:
		k = rnd(N17(mk_surname17));
		if (rnd(3))
			snprintf(o, n, "%s %s", mk_given17[woman][rnd(8)][0], mk_surname17[k][woman]);
		else
			snprintf(o, n, "%s %s", mk_surname17[k][woman], mk_given17[woman][rnd(8)][0]);
		break;
	case G17_EMBG_MK:
		for (;;) {
			static const unsigned w[12] = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
			unsigned r;
			snprintf(d, sizeof d, "%02u%02u%03u%02u%03u", day, m, y % 1000, 41 + rnd(9),
			         woman ? 500 + rnd(500) : rnd(500));
			s = 0;
			for (i = 0; i < 12; i++)
				s += (unsigned)(d[i] - '0') * w[i];
			r = 11 - s % 11;
			if (r == 10)
				continue;
			snprintf(o, n, "%s%u", d, r == 11 ? 0 : r);
			break;
		}
		break;
	case G17_BIRTH_MK:
		snprintf(o, n, rnd(4) ? "%02u.%02u.%u" : "%u.%u.%u г.", day, m, y);
		break;
	case G17_PHONE_MK:
		digits16(d, 6);
		k = rnd(4);
		s = 70 + rnd(9);
		if (k == 0)
			snprintf(o, n, "0%u %.3s %s", s, d, d + 3);
		else if (k == 1)
			snprintf(o, n, "+389 %u %.3s %s", s, d, d + 3);
		else if (k == 2)
			snprintf(o, n, "0%u/%.3s-%s", s, d, d + 3);
		else
			snprintf(o, n, "02 3%.3s %.3s", d, d + 3);
		break;
	case G17_EMAIL_MK:
		k = rnd(N17(mk_surname17));
		s = rnd(3);
		if (s == 0)
			snprintf(o, n, "%s.%s%s@%s", mk_given17[woman][rnd(8)][1], mk_surname17[k][2],
			         woman ? "a" : "i", P17(mk_mail17));
		else if (s == 1)
			snprintf(o, n, "%s_%s%s%02u@%s", mk_given17[woman][rnd(8)][1],
			         mk_surname17[k][2], woman ? "a" : "i", rnd(100), P17(mk_mail17));
		else
			snprintf(o, n, "%c%s%s@%s", mk_given17[woman][rnd(8)][1][0], mk_surname17[k][2],
			         woman ? "a" : "i", P17(mk_mail17));
		break;
	case G17_ADDR_MK:
		if (rnd(3))
			snprintf(o, n, "%s %u/%u-%u, %s", P17(mk_street17), 1 + rnd(150), 1 + rnd(4),
			         1 + rnd(20), P17(mk_town17));
		else
			snprintf(o, n, "%s %u, %s", P17(mk_street17), 1 + rnd(150), P17(mk_town17));
		break;
	case G17_CARD_MASK_MK:
		digits16(d, 4);
		snprintf(o, n, "%s** **** %s", P17(mk_bin17), d);
		break;
	case G17_IBAN_MK: {
		char bb[32];
		unsigned r = 0;
		digits16(e, 10);
		snprintf(d, sizeof d, "%s%s", P17(mk_bank17), e);
		for (i = 0; d[i]; i++)
			r = (r * 10 + (unsigned)(d[i] - '0')) % 97;
		r = (r * 100) % 97;
		snprintf(bb, sizeof bb, "%s%02u", d, 98 - r);
		snprintf(f, sizeof f, "MK%02u%s", iban_check16("MK", bb), bb);
		if (rnd(2))
			group16(f, o, n);
		else
			snprintf(o, n, "%s", f);
		break;
	}
	case G17_GPS_MK:
		snprintf(o, n, rnd(3) ? "%.5f, %.5f" : "%.6f,%.6f", 41.96 + rnd(7000) / 100000.0,
		         21.33 + rnd(17000) / 100000.0);
		break;
	case G17_PROSE_MK:
		k = rnd(N17(mk_obs17));
		if (k == 1 || k == 6) {
			digits16(d, 6);
			snprintf(e, sizeof e, "07%u %.3s %s", rnd(9), d, d + 3);
			snprintf(o, n, mk_obs17[k], e);
		} else if (k == 2)
			snprintf(o, n, mk_obs17[k], mk_given17[1][rnd(8)][0]);
		else
			snprintf(o, n, mk_obs17[k], "");
		break;
	case G17_ORDER_MK:
		snprintf(o, n, "РН-%u-%05u", 2023 + rnd(3), rnd(20000));
		break;
	case G17_VIN_MK: {
		static const char *const al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
		snprintf(d, sizeof d, "%s", P17(mk_wmi17));
		for (i = 3; i < 17; i++)
			d[i] = i >= 11 ? (char)('0' + rnd(10)) : al[rnd(33)];
		d[17] = 0;
		d[8] = vin_check17(d);
		snprintf(o, n, "%s", d);
		break;
	}
	case G17_KM_MK:
		k = 8000 + rnd(320000);
		snprintf(o, n, rnd(2) ? "%u %03u" : "%u%03u", k / 1000, k % 1000);
		break;
	case G17_PART_MK:
		snprintf(o, n, "%s", P17(mk_part17));
		break;
	case G17_PRICE_MK:
		k = 300 + rnd(40000);
		if (k >= 1000)
			snprintf(o, n, "%u.%03u,00 ден.", k / 1000, k % 1000);
		else
			snprintf(o, n, "%u,00 ден.", k);
		break;
	case G17_EDB_MK:
		digits16(d, 9);
		snprintf(o, n, "%s%s", rnd(3) ? "4030" : "4080", d);
		break;
	case G17_MD5_MK:
		hex17(o, 32);
		break;
	case G17_DTC_MK:
		snprintf(o, n, "%s", P17(mk_dtc17));
		break;
	/* ---- Ireland */
	case G17_NAME_IE:
		k = rnd(N17(ie_surname17));
		snprintf(o, n, "%s %s", ie_given17[woman][rnd(8)][0], ie_surname17[k][woman]);
		break;
	case G17_PPSN_IE: {
		static const unsigned w[7] = {8, 7, 6, 5, 4, 3, 2};
		char second = rnd(3) ? 0 : 'A';
		digits16(d, 7);
		s = second ? 9 * (unsigned)(second - 'A' + 1) : 0;
		for (i = 0; i < 7; i++)
			s += (unsigned)(d[i] - '0') * w[i];
		s %= 23;
		snprintf(o, n, second ? "%s%c%c" : "%s%c", d, s ? 'A' + (char)(s - 1) : 'W', second);
		break;
	}
	case G17_BIRTH_IE:
		snprintf(o, n, "%02u/%02u/%u", day, m, 1960 + rnd(60));
		break;
	case G17_PHONE_IE:
		digits16(d, 7);
		k = rnd(4);
		s = P17(((const unsigned[]){83, 85, 86, 87, 89}));
		if (k == 0)
			snprintf(o, n, "0%u %.3s %s", s, d, d + 3);
		else if (k == 1)
			snprintf(o, n, "+353 %u %.3s %s", s, d, d + 3);
		else if (k == 2)
			snprintf(o, n, "0%u%s", s, d);
		else
			snprintf(o, n, "091 5%.2s %.3s", d, d + 2);
		break;
	case G17_EMAIL_IE:
		k = rnd(N17(ie_surname17));
		s = rnd(3);
		if (s == 0)
			snprintf(o, n, "%s.%s@%s", ie_given17[woman][rnd(8)][1], ie_surname17[k][2],
			         P17(ie_mail17));
		else if (s == 1)
			snprintf(o, n, "%s%s%u@%s", ie_given17[woman][rnd(8)][1], ie_surname17[k][2],
			         70 + rnd(30), P17(ie_mail17));
		else
			snprintf(o, n, "%s.%c@%s", ie_surname17[k][2], ie_given17[woman][rnd(8)][1][0],
			         P17(ie_mail17));
		break;
	case G17_ADDR_IE: {
		static const char *const al = "0123456789ACDEFHKNPRTVWXY";
		char ec[8];
		ec[0] = al[10 + rnd(15)];
		for (i = 1; i < 4; i++)
			ec[i] = al[rnd(25)];
		ec[4] = 0;
		if (rnd(2))
			snprintf(o, n, "%s, %s H91 %s", P17(ie_house17), P17(ie_addr17), ec);
		else
			snprintf(o, n, "%u %s H91%s", 1 + rnd(60), P17(ie_addr17), ec);
		break;
	}
	case G17_IBAN_IE: {
		char bb[32];
		k = rnd(N17(ie_bank17));
		digits16(d, 4);
		digits16(e, 8);
		snprintf(bb, sizeof bb, "%s%s%s%s", ie_bank17[k][0], ie_bank17[k][1], d, e);
		snprintf(f, sizeof f, "IE%02u%s", iban_check16("IE", bb), bb);
		if (rnd(2))
			group16(f, o, n);
		else
			snprintf(o, n, "%s", f);
		break;
	}
	case G17_IP_IE:
		if (rnd(4))
			snprintf(o, n, "%s%u.%u", P17(ie_ip17), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "2001:bb6:%x:%x00:%x:%x:%x:%x", rnd(0x10000), 1 + rnd(0xff),
			         rnd(0x10000), rnd(0x10000), rnd(0x10000), rnd(0x10000));
		break;
	case G17_PARENT_IE:
		k = rnd(N17(ie_surname17));
		snprintf(o, n, "%s %s", ie_given17[woman][rnd(8)][0], ie_surname17[k][woman]);
		break;
	case G17_PROSE_IE:
		k = rnd(N17(ie_obs17));
		if (k == 2) {
			digits16(d, 7);
			snprintf(e, sizeof e, "087 %.3s %s", d, d + 3);
			snprintf(o, n, ie_obs17[k], e);
		} else if (k == 5)
			snprintf(o, n, ie_obs17[k], ie_given17[0][rnd(8)][0]);
		else
			snprintf(o, n, "%s", ie_obs17[k]);
		break;
	case G17_MEMBER_IE:
		snprintf(o, n, "GA-%u-%06u", 2022 + rnd(4), rnd(20000));
		break;
	case G17_TEAM_IE:
		snprintf(o, n, "%s", P17(ie_team17));
		break;
	case G17_JERSEY_IE:
		snprintf(o, n, "%u", 1 + rnd(30));
		break;
	case G17_FEE_IE:
		snprintf(o, n, "€%u.00", P17(((const unsigned[]){30, 50, 60, 80, 100, 120, 150})));
		break;
	case G17_LOTTO_IE: {
		unsigned a = 1 + rnd(7), b = a + 1 + rnd(7), c = b + 1 + rnd(7), dd = c + 1 + rnd(8);
		snprintf(o, n, "%02u %02u %02u %02u", a, b, c, dd);
		break;
	}
	case G17_VERSION_IE:
		snprintf(o, n, "v4.%u.%u (build %u)", 10 + rnd(4), rnd(6), 780 + rnd(60));
		break;
	case G17_UUID_IE:
		hex17(d, 32);
		snprintf(o, n, "%.8s-%.4s-4%.3s-a%.3s-%.12s", d, d + 8, d + 12, d + 15, d + 18);
		break;
	/* ---- Nepal */
	case G17_NAME_NE:
		woman = rnd(5) == 0;
		snprintf(o, n, "%s %s", ne_given17[woman][rnd(8)], P17(ne_surname17));
		break;
	case G17_NAME_DEV_NE:
		snprintf(o, n, "%s %s", P17(ne_given_dev17), P17(ne_surname_dev17));
		break;
	case G17_CITIZEN_NE:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%02u-01-%02u-%05u", 1 + rnd(75), 50 + rnd(32), rnd(30000));
		else if (k == 1)
			snprintf(o, n, "%u/%u", 100 + rnd(9000), 2050 + rnd(31));
		else
			snprintf(o, n, "%02u%02u%02u%05u", 1 + rnd(75), 1 + rnd(3), 50 + rnd(32),
			         rnd(30000));
		break;
	case G17_BIRTH_NE:
		snprintf(o, n, rnd(4) ? "%u-%02u-%02u" : "%u/%02u/%02u", 2025 + rnd(40), m,
		         1 + rnd(32));
		break;
	case G17_PHONE_NE:
		digits16(d, 7);
		k = rnd(4);
		s = P17(((const unsigned[]){980, 981, 982, 984, 985, 986}));
		if (k == 0)
			snprintf(o, n, "%u%s", s, d);
		else if (k == 1)
			snprintf(o, n, "+977-%u%s", s, d);
		else if (k == 2)
			snprintf(o, n, "977 %u%s", s, d);
		else
			snprintf(o, n, "%u-%s", s, d);
		break;
	case G17_EMAIL_NE:
		snprintf(e, sizeof e, "%s", ne_given17[0][rnd(8)]);
		for (i = 0; e[i]; i++)
			e[i] = e[i] == ' ' ? '.' : (char)(e[i] | 0x20);
		snprintf(f, sizeof f, "%s", P17(ne_surname17));
		for (i = 0; f[i]; i++)
			f[i] = (char)(f[i] | 0x20);
		if (rnd(2))
			snprintf(o, n, "%s.%s%u@%s", e, f, rnd(100), P17(ne_mail17));
		else
			snprintf(o, n, "%s%s@%s", f, e, P17(ne_mail17));
		break;
	case G17_ADDR_NE:
		snprintf(o, n, "%s", P17(ne_addr17));
		break;
	case G17_GPS_NE:
		snprintf(o, n, "%.4f, %.4f", 27.68 + rnd(30000) / 100000.0, 86.65 + rnd(20000) / 100000.0);
		break;
	case G17_PROSE_NE:
		snprintf(o, n, "%s", P17(ne_obs17));
		break;
	case G17_PERMIT_NE:
		snprintf(o, n, "%s-%u-%06u", P17(ne_permit17), 2024 + rnd(2), rnd(90000));
		break;
	case G17_ALT_NE:
		snprintf(o, n, "%u", 2600 + rnd(3000));
		break;
	case G17_LOAD_NE:
		snprintf(o, n, "%u.%u", 15 + rnd(20), rnd(10));
		break;
	case G17_WAGE_NE:
		k = 1800 + 100 * rnd(15);
		if (rnd(2))
			snprintf(o, n, "NPR %u", k);
		else
			snprintf(o, n, "रु %u,%03u", k / 1000, k % 1000);
		break;
	case G17_LODGE_NE:
		snprintf(o, n, "%s", P17(ne_lodge17));
		break;
	case G17_ROUTE_NE:
		snprintf(o, n, "%s", P17(ne_route17));
		break;
	case G17_TEMP_NE:
		snprintf(o, n, "%d.%u", (int)rnd(30) - 20, rnd(10));
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* -------------------------------------------- the eighteenth held-out fold
 * heldout18, written blind like the fourth to seventeenth (its author read
 * neither src/map/, nor the unit tests, nor the lexicon and name files,
 * nor the rules in docs/pii.md): an Arequipa alpaca-fibre collection
 * cooperative's suppliers (Peruvian Spanish), a Donostia gastronomic
 * society's members (Basque), a Gozo dive centre's divers (Maltese), a
 * Kano mobile-money agent network's customers (Hausa) and an Ösling
 * heating-oil dealer's customers (Luxembourgish). Given names, surnames,
 * streets and towns of those places, with their id formats and check
 * digits (DNI and RUC of Peru, DNI letters of Spain, Maltese identity
 * cards, NIN and BVN, the Luxembourg matricule with its Luhn and Verhoeff
 * digits, ES, MT and LU IBANs). Its generators are kept apart from the
 * other folds' (build_db() hands G18_* to value18()). */

#define N18(a) (sizeof(a) / sizeof((a)[0]))
#define P18(a) (a)[rnd(N18(a))]

/* Peru (Arequipa, Caylloma) */
static const char *const pe_given18[] = {
    "Teodoro", "Juana Rosa", "Fortunato", "Yolanda", "Hilario", "Eulogia", "Saturnino",
    "Marleni", "Justo Pastor", "Nely", "Wilber", "Gladys", "Edwin Rolando", "Santusa"};
static const char *const pe_surname18[][2] = {
    {"Quispe", "quispe"},     {"Mamani", "mamani"},   {"Huamaní", "huamani"},
    {"Condori", "condori"},   {"Ccama", "ccama"},     {"Choque", "choque"},
    {"Apaza", "apaza"},       {"Llerena", "llerena"}, {"Huarca", "huarca"},
    {"Cutipa", "cutipa"},     {"Sullca", "sullca"},   {"Taco", "taco"},
    {"Ticona", "ticona"},     {"Zapana", "zapana"}};
static const char *const pe_place18[] = {
    "Chivay, Caylloma - Arequipa", "Callalli, Caylloma, Arequipa",
    "Sibayo - Caylloma - Arequipa", "Cayma, Arequipa", "Cerro Colorado, Arequipa",
    "Yanque, Caylloma", "Tisco, Caylloma - AREQUIPA"};
static const char *const pe_street18[] = {"Jr. Los Incas", "Av. Siglo XX", "Calle Arequipa",
                                          "Jr. Bolognesi", "Av. Ramón Castilla", "Calle Puno",
                                          "Psje. San Martín"};
static const char *const pe_obs18[] = {
    "Entregó %s kg de fibra húmeda, se descontó 8%%. Avisar a su hijo %s",
    "Su esposa %s cobra en su nombre, trae carta poder",
    "Pide adelanto para la campaña de esquila, llamar al %s",
    "Vive en la estancia, solo baja a Chivay los domingos",
    "Tiene deuda de S/ 350 con la cooperativa desde marzo",
    "Alpacas con sarna, no recibir fibra hasta nueva revisión del técnico",
    "Cambió de celular, el nuevo es %s"};
static const char *const pe_color18[] = {"Blanco", "LF", "Fawn", "Marrón", "Gris", "Negro",
                                         "Vicuña"};
static const char *const pe_grade18[] = {"Royal", "Baby", "Fleece", "Medium", "Huarizo",
                                         "Gruesa", "Corta"};
static const char *const pe_mail18[] = {"gmail.com", "hotmail.com", "yahoo.es", "outlook.com",
                                        "hotmail.es"};

/* Basque Country (Donostia) */
static const char *const eu_given18[2][10] = {
    {"Iñaki", "Aitor", "Jon", "Mikel", "Unai", "Koldo", "Xabier", "Gorka", "Asier", "Joxe Mari"},
    {"Ainhoa", "Nerea", "Maite", "Amaia", "Itziar", "Miren", "Edurne", "Garazi", "Leire",
     "Arantxa"}};
static const char *const eu_given_ascii18[2][10] = {
    {"inaki", "aitor", "jon", "mikel", "unai", "koldo", "xabier", "gorka", "asier", "joxemari"},
    {"ainhoa", "nerea", "maite", "amaia", "itziar", "miren", "edurne", "garazi", "leire",
     "arantxa"}};
static const char *const eu_surname18[][2] = {
    {"Etxeberria", "etxeberria"}, {"Goikoetxea", "goikoetxea"}, {"Arrieta", "arrieta"},
    {"Zubizarreta", "zubizarreta"}, {"Agirre", "agirre"},       {"Lasa", "lasa"},
    {"Olaizola", "olaizola"},     {"Urkiola", "urkiola"},       {"Garmendia", "garmendia"},
    {"Iturralde", "iturralde"},   {"Mendizabal", "mendizabal"}, {"Ibarguren", "ibarguren"},
    {"Azpiroz", "azpiroz"},       {"Elosegi", "elosegi"}};
static const char *const eu_street18[] = {"Matia kalea", "Zabaleta kalea", "Fermin Calbeton",
                                          "Nafarroa etorbidea", "Aldamar kalea",
                                          "Errotaburu pasealekua", "Egia kalea",
                                          "Karlos I.a etorbidea", "Iparragirre kalea"};
static const char *const eu_town18[] = {"20008 Donostia", "20002 Donostia",
                                        "20003 Donostia / San Sebastián", "20012 Donostia",
                                        "20100 Errenteria", "20160 Lasarte-Oria",
                                        "20110 Pasaia"};
static const char *const eu_floor18[] = {"1. ezk.", "2. esk.", "3. A", "4. ezk.", "behea",
                                         "5. B", "2. erd."};
static const char *const eu_mail18[] = {"euskaltel.net", "gmail.com", "hotmail.com",
                                        "telefonica.net", "yahoo.es"};
static const char *const eu_shift18[] = {"eguerdia", "afaria", "gosaria", "afaria"};
static const char *const eu_tpl18[] = {
    "Kaixo {izena}! Zure erreserba {data} egunerako baieztatuta dago, {mahaia}. mahaia.",
    "Kaixo {{izena}}, gogoratu: {{hilabetea}} hilabeteko kuota {{zenbatekoa}} € da.",
    "{izena} {abizena}: sukaldea {txanda} txandan garbitu gabe geratu da. Mesedez...",
    "Batzar nagusia {data} egunean, 20:00etan. Ez ahaztu!"};

/* Malta (Gozo) */
static const char *const mt_given18[2][9] = {
    {"Ġużeppi", "Pawlu", "Ċensu", "Ġorġ", "Kurt", "Jean Paul", "Mario", "Raymond", "Ċikku"},
    {"Marija", "Rita", "Doris", "Graziella", "Josette", "Carmen", "Antoinette", "Maryanne",
     "Rebekah"}};
static const char *const mt_surname18[] = {"Borg",   "Camilleri", "Vella",    "Farrugia",
                                           "Zammit", "Galea",     "Grech",    "Attard",
                                           "Spiteri", "Micallef", "Azzopardi", "Xuereb",
                                           "Mifsud", "Buttiġieġ", "Cassar",   "Debono"};
static const char *const mt_surname_ascii18[] = {
    "borg",    "camilleri", "vella",     "farrugia", "zammit", "galea",
    "grech",   "attard",    "spiteri",   "micallef", "azzopardi", "xuereb",
    "mifsud",  "buttigieg", "cassar",    "debono"};
static const char *const mt_given_ascii18[2][9] = {
    {"guzeppi", "pawlu", "censu", "gorg", "kurt", "jeanpaul", "mario", "raymond", "cikku"},
    {"marija", "rita", "doris", "graziella", "josette", "carmen", "antoinette", "maryanne",
     "rebekah"}};
static const char *const mt_street18[] = {"Triq il-Knisja", "Triq ir-Repubblika",
                                          "Triq San Ġorġ", "Triq il-Kapuċċini",
                                          "Triq Marsalforn", "Triq it-Tiġrija",
                                          "Triq il-Wied", "Triq Santa Marija"};
static const char *const mt_town18[] = {"Victoria VCT 2520", "Xagħra XRA 1203",
                                        "Nadur NDR 1012", "Għajnsielem GSM 1330",
                                        "Żebbuġ ZBB 1410", "Sliema SLM 1549",
                                        "Birkirkara BKR 4012", "Naxxar NXR 2410"};
static const char *const mt_house18[] = {"Dar il-Ward", "Ta' Ċensa", "Villa Marija",
                                         "Il-Girna", "Flat 4, Block B", "Flat 2",
                                         "Sunny Court, Flat 7"};
static const char *const mt_notes18[] = {
    "Għandu l-ażma, jieħu Ventolin qabel l-għadsa. Martu %s tistennieh fil-port",
    "Ma għaddasx għal sentejn, refresher ma' %s qabel il-Blue Hole",
    "Qalet li tbati bil-widnejn, toqgħod attenta fl-ekwalizzazzjoni",
    "Ħallas depożitu, il-bqija jħallashom il-Ġimgħa. Ċempel fuq %s",
    "Kellu dekompressjoni f'2021, ċertifikat tat-tabib %s iffirmat",
    "Iġib l-ekwipaġġ tiegħu, jikri biss tank u piżijiet"};
static const char *const mt_cert18[] = {"PADI OWD", "PADI AOWD", "SSI OWD", "CMAS 2*",
                                        "PADI Rescue", "BSAC Sports Diver", "PADI DM"};
static const char *const mt_site18[] = {"Blue Hole", "Inland Sea", "Cathedral Cave",
                                        "MV Karwela", "Xlendi Reef", "Wied il-Mielaħ",
                                        "Reqqa Point", "Billinghurst Cave"};
static const double mt_site_xy18[][2] = {{36.0533, 14.1880}, {36.0519, 14.1913},
                                         {36.0790, 14.2353}, {36.0203, 14.2681},
                                         {36.0300, 14.2141}, {36.0674, 14.2001},
                                         {36.0817, 14.2197}, {36.0811, 14.2209}};
static const char *const mt_mix18[] = {"Air", "EAN32", "EAN36", "EAN28", "Air"};
static const char *const mt_bic18[] = {"VALL", "MALT", "APSB", "LOMB"};
static const char *const mt_mail18[] = {"gmail.com", "maltanet.net", "onvol.net",
                                        "yahoo.com", "go.net.mt", "hotmail.co.uk"};

/* Nigeria (Kano) */
static const char *const ha_given18[2][10] = {
    {"Abubakar", "Aminu", "Ibrahim", "Musa", "Sani", "Yusuf", "Garba", "Lawan", "Bashir",
     "Nasiru"},
    {"Aisha", "Hauwa'u", "Fatima", "Zainab", "Maryam", "Hadiza", "Binta", "Khadija", "Amina",
     "Rabi"}};
static const char *const ha_surname18[] = {"Bello", "Abdullahi", "Ibrahim", "Usman",
                                           "Lawal", "Ɗanjuma", "Gambo", "Shehu",
                                           "Tijjani", "Garba", "Sule", "Yakubu",
                                           "Ɗantata", "Kabir"};
static const char *const ha_area18[] = {"Gyadi-Gyadi", "Sabon Gari", "Fagge", "Nassarawa GRA",
                                        "Tarauni", "Dala", "Kurna", "Hotoro", "Unguwa Uku",
                                        "Kabuga"};
static const char *const ha_street18[] = {"Zoo Road", "Zaria Road", "Murtala Mohammed Way",
                                          "Ibrahim Taiwo Road", "Bompai Road", "Katsina Road",
                                          "France Road", "Court Road"};
static const char *const ha_notes18[] = {
    "Ya zo da katin NIN amma hoton bai fito sosai ba",
    "Matarsa %s ce take karbar kudi a madadinsa",
    "Ta ce a kira ta bayan la'asar a %s",
    "An rufe asusun na wucin gadi, ana bincike",
    "Yana son ya koma tier 3, ya kawo utility bill",
    "Ɗan uwansa %s ya kawo shi, shi ne shaida"};
static const char *const ha_kind18[] = {"cash-in", "cash-out", "transfer", "airtime",
                                        "bill-pay", "cash-out"};
static const char *const ha_tpl18[] = {
    "Kun tura N{amount} zuwa {name}. Ragowar kudi: N{balance}. Ref {ref}",
    "Barka {first_name}! An karbi N{amount} daga {sender}.",
    "An cire N{amount} a wajen agent {agent_code}. Kada ku bayyana PIN dinku.",
    "{name}, lambar OTP dinku ita ce {otp}. Zata kare cikin minti 5."};
static const char *const ha_ip18[] = {"41.190.", "105.112.", "102.89.", "197.210.",
                                      "129.205.", "154.118."};
static const char *const ha_bin18[] = {"539983", "506102", "519911", "418742", "506105"};
static const char *const ha_prefix18[] = {"803", "806", "813", "816", "703", "706", "903",
                                          "802", "808", "708", "812", "805", "807", "905"};

/* Luxembourg (Ösling) */
static const char *const lb_given18[2][9] = {
    {"Jean", "Marc", "Claude", "Paul", "Romain", "Fernand", "Gilles", "Jos", "Carlo"},
    {"Marie-Josée", "Nathalie", "Carole", "Sandra", "Monique", "Josiane", "Anne", "Nicole",
     "Tessy"}};
static const char *const lb_given_ascii18[2][9] = {
    {"jean", "marc", "claude", "paul", "romain", "fernand", "gilles", "jos", "carlo"},
    {"mariejosee", "nathalie", "carole", "sandra", "monique", "josiane", "anne", "nicole",
     "tessy"}};
static const char *const lb_surname18[] = {"Schmit",  "Muller", "Weber",   "Wagner",
                                           "Hoffmann", "Thill", "Kremer",  "Reuter",
                                           "Klein",   "Schroeder", "Faber", "Welter",
                                           "Majerus", "Hansen", "Goergen", "Kieffer"};
static const char *const lb_surname_ascii18[] = {
    "schmit", "muller", "weber", "wagner", "hoffmann", "thill", "kremer", "reuter",
    "klein",  "schroeder", "faber", "welter", "majerus", "hansen", "goergen", "kieffer"};
static const char *const lb_street18[] = {"Grand-Rue", "rue de la Gare", "Haaptstrooss",
                                          "rue Principale", "route d'Ettelbruck",
                                          "am Duerf", "op der Heed", "rue du Moulin",
                                          "Bei der Kierch"};
static const char *const lb_town18[] = {"L-9530 Wiltz", "L-9710 Clervaux", "L-9201 Diekirch",
                                        "L-9080 Ettelbruck", "L-9670 Mecher", "L-9940 Asselborn",
                                        "L-9834 Holzthum", "L-9656 Harlange"};
static const char *const lb_notes18[] = {
    "Tank am Keller, Schlëssel beim Noper (Här %s)",
    "W.e.g. 30 Minutte virdrun uruffen op %s",
    "Hond am Gaart! Net eragoen ouni dass d'Madame %s do ass",
    "Schlauch 40 m mathuelen, Tank hannert der Garage",
    "Rechnung un d'Duechter schécken: %s",
    "Bezuelt ëmmer bar, keng Domiciliatioun"};
static const char *const lb_fuel18[] = {"Heizueleg Extra", "Heizueleg Premium", "Mazout EL",
                                        "Gasoil Chauffage"};
static const char *const lb_mail18[] = {"pt.lu", "internet.lu", "gmail.com", "tango.lu",
                                        "education.lu", "hotmail.com"};

enum {
	G18_FIRST = 14000, /* above every G17_*: build_db() hands them to value18() */
	/* Peru */
	G18_NAME_PE = G18_FIRST, /* "Teodoro Huamaní Condori" */
	G18_DNI_PE,              /* 43125678 */
	G18_RUC10_PE,            /* 10431256784: a person's RUC */
	G18_PHONE_PE,            /* 987 654 321 */
	G18_BIRTH_PE,            /* 14/03/1987 */
	G18_EMAIL_PE,
	G18_ADDR_PE,
	G18_GPS_PE,              /* the supplier's estancia */
	G18_IP_PE,
	G18_PROSE_PE,
	G18_LOT_PE,              /* LT-2025-0412 */
	G18_WEIGHT_PE,           /* 12.45 */
	G18_MICRON_PE,           /* 21.8 */
	G18_COLOR_PE,
	G18_GRADE_PE,
	G18_PRICE_PE,            /* S/ 14.50 */
	G18_GUIA_PE,             /* T001-00004512 */
	G18_RUC20_PE,            /* 20455123456: a firm's RUC */
	/* Basque */
	G18_GIVEN_EU,
	G18_SURNAMES_EU,         /* "Etxeberria Goikoetxea" */
	G18_DNI_EU,              /* 12345678Z */
	G18_BIRTH_EU,            /* 1968-04-12 */
	G18_PHONE_EU,
	G18_ADDR_EU,
	G18_IBAN_EU,             /* ES91 2095 ... */
	G18_EMAIL_EU,
	G18_MEMBER_EU,           /* 0142 */
	G18_FEE_EU,              /* 45,00 € */
	G18_BOOKING_EU,          /* ERR-2025-0311 */
	G18_SHIFT_EU,
	G18_BOTTLES_EU,
	G18_TPL_EU,
	G18_FRIDGE_EU,           /* 3.8 */
	/* Malta */
	G18_NAME_MT,
	G18_ID_MT,               /* 0123456M */
	G18_BIRTH_MT,            /* 12/05/1984 */
	G18_PHONE_MT,
	G18_ADDR_MT,
	G18_IBAN_MT,
	G18_EMAIL_MT,
	G18_KIN_MT,
	G18_CARD_MT,             /* Luhn, spaced */
	G18_NOTES_MT,
	G18_CERT_MT,
	G18_BAR_MT,              /* 200, 232 */
	G18_DEPTH_MT,            /* 28.4 */
	G18_SITE_MT,
	G18_SITE_XY_MT,          /* the dive site's coordinates */
	G18_SERIAL_MT,           /* dive computer serial */
	G18_PRICE_MT,            /* €65.00 */
	G18_MIX_MT,
	/* Nigeria (Hausa) */
	G18_NAME_HA,
	G18_NIN_HA,
	G18_BVN_HA,
	G18_PHONE_HA,
	G18_BIRTH_HA,            /* 14-Mar-1985 */
	G18_ADDR_HA,
	G18_CARD_HA,             /* masked PAN */
	G18_IP_HA,
	G18_GPS_HA,
	G18_KYC_JSON_HA,         /* {"msisdn":"2348031234567",...} */
	G18_NOTES_HA,
	G18_TXN_HA,              /* TRF|2025|0713|88412 */
	G18_AMOUNT_HA,           /* ₦5,000.00 */
	G18_FEE_HA,
	G18_AGENT_HA,            /* AGT-KN-00412 */
	G18_KIND_HA,
	G18_TPL_HA,
	G18_PINHASH_HA,
	G18_VERSION_HA,
	/* Luxembourg */
	G18_GIVEN_LB,
	G18_SURNAME_LB,
	G18_MATRICULE_LB,        /* 1975 0312 123 45 */
	G18_BIRTH_LB,            /* 12.03.1975 */
	G18_PHONE_LB,
	G18_ADDR_LB,
	G18_IBAN_LB,
	G18_EMAIL_LB,
	G18_NOTES_LB,
	G18_TANK_LB,             /* 3000 */
	G18_LEVEL_LB,            /* 42.5 */
	G18_NOTE_NO_LB,          /* LS-2025-004512 */
	G18_PRICE_LB,            /* 0,9870 */
	G18_FUEL_LB,
	G18_PLATE_LB,            /* a delivery truck's plate */
	G18_FIRMWARE_LB,         /* v2.4.1-lux */
	G18_TVA_LB               /* LU12345678: a firm's VAT number */
};

static const char *const months18[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* ISO 13616 check digits over a BBAN (digits and capitals) and a country
 * code: writes "CCkk" + BBAN into o. */
static void iban18(char *o, size_t n, const char *cc, const char *bban)
{
	char t[64];
	unsigned mod = 0;
	const char *p;
	snprintf(t, sizeof t, "%s%s00", bban, cc);
	for (p = t; *p; p++) {
		if (*p >= '0' && *p <= '9')
			mod = (mod * 10 + (unsigned)(*p - '0')) % 97;
		else
			mod = (mod * 100 + (unsigned)(*p - 'A' + 10)) % 97;
	}
	snprintf(o, n, "%s%02u%s", cc, 98 - mod, bban);
}

/* The same, grouped by four as printed on a statement. */
static void iban18_spaced(char *o, size_t n, const char *cc, const char *bban)
{
	char t[64];
	size_t i, k = 0;
	iban18(t, sizeof t, cc, bban);
	for (i = 0; t[i] && k + 2 < n; i++) {
		if (i && i % 4 == 0)
			o[k++] = ' ';
		o[k++] = t[i];
	}
	o[k] = 0;
}

/* Peru's RUC check digit over its first 10 digits. */
static char ruc_check18(const char *d10)
{
	static const unsigned w[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
	unsigned s = 0, i, r;
	for (i = 0; i < 10; i++)
		s += (unsigned)(d10[i] - '0') * w[i];
	r = 11 - s % 11;
	return (char)('0' + (r == 10 ? 0 : r == 11 ? 1 : r));
}

/* Verhoeff check digit over a string of digits. */
static char verhoeff18(const char *s)
{
	static const unsigned char dm[10][10] = {
	    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
	    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
	    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
	    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
	    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
	static const unsigned char pm[8][10] = {
	    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
	    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
	    {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
	    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
	static const unsigned char inv[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};
	size_t len = strlen(s), i;
	unsigned c = 0;
	for (i = 0; i < len; i++)
		c = dm[c][pm[(i + 1) % 8][s[len - 1 - i] - '0']];
	return (char)('0' + inv[c]);
}

/* A Luhn digit over a string of digits (the digit that follows it). */
static char luhn18(const char *s)
{
	size_t len = strlen(s), i;
	unsigned sum = 0, x;
	for (i = 0; i < len; i++) {
		x = (unsigned)(s[len - 1 - i] - '0');
		if (i % 2 == 0) {
			x *= 2;
			if (x > 9)
				x -= 9;
		}
		sum += x;
	}
	return (char)('0' + (10 - sum % 10) % 10);
}

static void value18(int g, char *o, size_t n)
{
	char d[64], e[96], f[96];
	unsigned y = 1950 + rnd(55), m = 1 + rnd(12), day = 1 + rnd(28), woman = rnd(2), k, s,
		 i;
	switch (g) {
	/* ---- Peru */
	case G18_NAME_PE:
		k = rnd(N18(pe_surname18));
		s = rnd(N18(pe_surname18));
		if (rnd(3))
			snprintf(o, n, "%s %s %s", P18(pe_given18), pe_surname18[k][0],
			         pe_surname18[s][0]);
		else
			snprintf(o, n, "%s %s, %s", pe_surname18[k][0], pe_surname18[s][0],
			         P18(pe_given18));
		break;
	case G18_DNI_PE:
		digits(d, 8);
		if (d[0] == '0')
			d[0] = (char)('1' + rnd(8));
		snprintf(o, n, "%s", d);
		break;
	case G18_RUC10_PE:
		d[0] = '1';
		d[1] = '0';
		digits(d + 2, 8);
		if (d[2] == '0')
			d[2] = '4';
		d[10] = ruc_check18(d);
		d[11] = 0;
		snprintf(o, n, "%s", d);
		break;
	case G18_PHONE_PE:
		digits(d, 8);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "9%.2s %.3s %.3s", d, d + 2, d + 5);
		else if (k == 1)
			snprintf(o, n, "+51 9%s", d);
		else if (k == 2)
			snprintf(o, n, "9%s", d);
		else
			snprintf(o, n, "(054) %.3s%.3s", d, d + 3);
		break;
	case G18_BIRTH_PE:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G18_EMAIL_PE:
		k = rnd(N18(pe_surname18));
		snprintf(e, sizeof e, "%s", pe_surname18[k][1]);
		s = rnd(3);
		if (s == 0)
			snprintf(o, n, "%s.%s%u@%s", e, pe_surname18[rnd(N18(pe_surname18))][1],
			         rnd(90) + 10, P18(pe_mail18));
		else if (s == 1)
			snprintf(o, n, "%c%s_%u@%s", "tjfyhesmwgenas"[rnd(14)], e, 1960 + rnd(45),
			         P18(pe_mail18));
		else
			snprintf(o, n, "coop.%s.caylloma@%s", e, P18(pe_mail18));
		break;
	case G18_ADDR_PE:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%s %u, %s", P18(pe_street18), 100 + rnd(900), P18(pe_place18));
		else if (k == 1)
			snprintf(o, n, "Mz. %c Lt. %u Asoc. Villa %s, %s", 'A' + (char)rnd(8),
			         1 + rnd(24), rnd(2) ? "Continental" : "El Sol", P18(pe_place18));
		else
			snprintf(o, n, "Anexo %s s/n, %s", rnd(2) ? "Pulpera" : "Tolconi",
			         P18(pe_place18));
		break;
	case G18_GPS_PE:
		snprintf(o, n, "-15.%04u, -71.%04u", 4000 + rnd(3500), 3000 + rnd(5000));
		break;
	case G18_IP_PE:
		snprintf(o, n, "%s.%u.%u.%u", rnd(2) ? "190" : "181", 40 + rnd(200), rnd(256),
		         1 + rnd(254));
		break;
	case G18_PROSE_PE:
		k = rnd(N18(pe_obs18));
		digits(d, 8);
		snprintf(e, sizeof e, "9%.2s %.3s %.3s", d, d + 2, d + 5);
		if (k == 0)
			snprintf(f, sizeof f, "%u", 5 + rnd(40));
		else
			snprintf(f, sizeof f, "%s %s", pe_given18[1 + 2 * rnd(7)],
			         pe_surname18[rnd(N18(pe_surname18))][0]);
		if (k == 0)
			snprintf(o, n, pe_obs18[k], f, pe_given18[2 * rnd(7)]);
		else if (k == 1)
			snprintf(o, n, pe_obs18[k], f);
		else if (k == 2 || k == 6)
			snprintf(o, n, pe_obs18[k], e);
		else
			snprintf(o, n, "%s", pe_obs18[k]);
		break;
	case G18_LOT_PE:
		snprintf(o, n, "LT-%u-%04u", 2023 + rnd(3), 1 + rnd(2000));
		break;
	case G18_WEIGHT_PE:
		snprintf(o, n, "%u.%02u", 1 + rnd(60), rnd(100));
		break;
	case G18_MICRON_PE:
		snprintf(o, n, "%u.%u", 17 + rnd(12), rnd(10));
		break;
	case G18_COLOR_PE:
		snprintf(o, n, "%s", P18(pe_color18));
		break;
	case G18_GRADE_PE:
		snprintf(o, n, "%s", P18(pe_grade18));
		break;
	case G18_PRICE_PE:
		snprintf(o, n, "S/ %u.%02u", 8 + rnd(20), rnd(20) * 5);
		break;
	case G18_GUIA_PE:
		snprintf(o, n, "%c%03u-%08u", rnd(3) ? 'T' : 'E', 1 + rnd(3), 1 + rnd(20000));
		break;
	case G18_RUC20_PE:
		d[0] = '2';
		d[1] = '0';
		digits(d + 2, 8);
		d[10] = ruc_check18(d);
		d[11] = 0;
		snprintf(o, n, "%s", d);
		break;
	/* ---- Basque */
	case G18_GIVEN_EU:
		snprintf(o, n, "%s", eu_given18[woman][rnd(10)]);
		break;
	case G18_SURNAMES_EU:
		k = rnd(N18(eu_surname18));
		s = rnd(N18(eu_surname18));
		snprintf(o, n, "%s %s", eu_surname18[k][0], eu_surname18[s][0]);
		break;
	case G18_DNI_EU:
		k = 10000000 + rnd(70000000);
		snprintf(o, n, "%08u%c", k, "TRWAGMYFPDXBNJZSQVHLCKE"[k % 23]);
		break;
	case G18_BIRTH_EU:
		snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G18_PHONE_EU:
		digits(d, 8);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "6%.2s %.3s %.3s", d, d + 2, d + 5);
		else if (k == 1)
			snprintf(o, n, "+34 6%.2s%.3s%.3s", d, d + 2, d + 5);
		else
			snprintf(o, n, "943 %.2s %.2s %.2s", d, d + 2, d + 4);
		break;
	case G18_ADDR_EU:
		snprintf(o, n, "%s %u, %s, %s", P18(eu_street18), 1 + rnd(60), P18(eu_floor18),
		         P18(eu_town18));
		break;
	case G18_IBAN_EU:
		digits(e, 10);
		digits(f, 10);
		snprintf(d, sizeof d, "%s%04u%s", rnd(2) ? "2095" : "3035", 100 + rnd(8000), "00");
		/* entity + office, two control digits (as two zeros, fixed
		 * below), then the account */
		{
			char bank[12], acct[12], bban[48];
			static const unsigned w[10] = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
			unsigned s1 = 0, s2 = 0, c1, c2;
			snprintf(bank, sizeof bank, "00%.8s", d);
			snprintf(acct, sizeof acct, "%.10s", f);
			for (i = 0; i < 10; i++) {
				s1 += (unsigned)(bank[i] - '0') * w[i];
				s2 += (unsigned)(acct[i] - '0') * w[i];
			}
			c1 = 11 - s1 % 11;
			c1 = c1 == 11 ? 0 : c1 == 10 ? 1 : c1;
			c2 = 11 - s2 % 11;
			c2 = c2 == 11 ? 0 : c2 == 10 ? 1 : c2;
			snprintf(bban, sizeof bban, "%.8s%u%u%s", d, c1, c2, acct);
			if (rnd(2))
				iban18_spaced(o, n, "ES", bban);
			else
				iban18(o, n, "ES", bban);
		}
		break;
	case G18_EMAIL_EU:
		k = rnd(10);
		s = rnd(N18(eu_surname18));
		i = rnd(3);
		if (i == 0)
			snprintf(o, n, "%s.%s@%s", eu_given_ascii18[woman][k], eu_surname18[s][1],
			         P18(eu_mail18));
		else if (i == 1)
			snprintf(o, n, "%c%s%u@%s", eu_given_ascii18[woman][k][0], eu_surname18[s][1],
			         rnd(100), P18(eu_mail18));
		else
			snprintf(o, n, "%s_%s@%s", eu_given_ascii18[woman][k], eu_surname18[s][1],
			         P18(eu_mail18));
		break;
	case G18_MEMBER_EU:
		snprintf(o, n, "%04u", 1 + rnd(420));
		break;
	case G18_FEE_EU:
		snprintf(o, n, "%u,%s €", 30 + rnd(4) * 15, rnd(4) ? "00" : "50");
		break;
	case G18_BOOKING_EU:
		snprintf(o, n, "ERR-%u-%04u", 2024 + rnd(2), 1 + rnd(1500));
		break;
	case G18_SHIFT_EU:
		snprintf(o, n, "%s", P18(eu_shift18));
		break;
	case G18_BOTTLES_EU:
		snprintf(o, n, "%u", rnd(24));
		break;
	case G18_TPL_EU:
		snprintf(o, n, "%s", P18(eu_tpl18));
		break;
	case G18_FRIDGE_EU:
		snprintf(o, n, "%u.%u", 2 + rnd(5), rnd(10));
		break;
	/* ---- Malta */
	case G18_NAME_MT:
	case G18_KIN_MT:
		snprintf(o, n, "%s %s", mt_given18[woman][rnd(9)], P18(mt_surname18));
		break;
	case G18_ID_MT:
		k = rnd(1000000) + (rnd(3) ? 0 : 1000000);
		snprintf(o, n, rnd(2) ? "%07u%c" : "%u%c", k, "MMMMGGAPLHBZ"[rnd(12)]);
		break;
	case G18_BIRTH_MT:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G18_PHONE_MT:
		digits(d, 6);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "79%.2s %.4s", d, d + 2);
		else if (k == 1)
			snprintf(o, n, "+356 99%.2s %.4s", d, d + 2);
		else if (k == 2)
			snprintf(o, n, "+3567%c%s", "79"[rnd(2)], d);
		else
			snprintf(o, n, "2155 %.4s", d);
		break;
	case G18_ADDR_MT:
		snprintf(o, n, "%s, %u, %s, %s", P18(mt_house18), 1 + rnd(120), P18(mt_street18),
		         P18(mt_town18));
		break;
	case G18_IBAN_MT:
		digits(d, 5);
		digits(e, 18);
		if (rnd(2))
			memcpy(e, "4000", 4);
		{
			char bban[40];
			snprintf(bban, sizeof bban, "%s%s%s", P18(mt_bic18), d, e);
			if (rnd(3))
				iban18_spaced(o, n, "MT", bban);
			else
				iban18(o, n, "MT", bban);
		}
		break;
	case G18_EMAIL_MT:
		k = rnd(N18(mt_surname18));
		s = rnd(9);
		if (rnd(2))
			snprintf(o, n, "%s.%s@%s", mt_given_ascii18[woman][s], mt_surname_ascii18[k],
			         P18(mt_mail18));
		else
			snprintf(o, n, "%s%s%u@%s", mt_given_ascii18[woman][s], mt_surname_ascii18[k],
			         rnd(100), P18(mt_mail18));
		break;
	case G18_CARD_MT:
		snprintf(d, sizeof d, "%s", rnd(2) ? "4" : "5");
		digits(d + 1, 14);
		if (d[0] == '5')
			d[1] = (char)('1' + rnd(5));
		d[15] = luhn18(d);
		d[16] = 0;
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G18_NOTES_MT:
		k = rnd(N18(mt_notes18));
		digits(d, 6);
		snprintf(e, sizeof e, "%s %s", mt_given18[k == 0 ? 1 : k % 2][rnd(9)], P18(mt_surname18));
		if (k == 3)
			snprintf(f, sizeof f, "79%.2s %.4s", d, d + 2);
		else
			snprintf(f, sizeof f, "%s", e);
		snprintf(o, n, mt_notes18[k], f);
		break;
	case G18_CERT_MT:
		snprintf(o, n, "%s", P18(mt_cert18));
		break;
	case G18_BAR_MT:
		snprintf(o, n, "%u", rnd(4) ? 200 + rnd(33) : 50 + rnd(60));
		break;
	case G18_DEPTH_MT:
		snprintf(o, n, "%u.%u", 8 + rnd(33), rnd(10));
		break;
	case G18_SITE_MT:
		snprintf(o, n, "%s", P18(mt_site18));
		break;
	case G18_SITE_XY_MT:
		k = rnd(N18(mt_site_xy18));
		snprintf(o, n, "%.4f, %.4f", mt_site_xy18[k][0], mt_site_xy18[k][1]);
		break;
	case G18_SERIAL_MT:
		hex17(d, 8);
		for (i = 0; d[i]; i++)
			if (d[i] >= 'a')
				d[i] = (char)(d[i] - 32);
		snprintf(o, n, "%s-%.4s-%.4s", rnd(2) ? "SN" : "PRD", d, d + 4);
		break;
	case G18_PRICE_MT:
		snprintf(o, n, "€%u.00", 35 + rnd(8) * 5);
		break;
	case G18_MIX_MT:
		snprintf(o, n, "%s", P18(mt_mix18));
		break;
	/* ---- Nigeria (Hausa) */
	case G18_NAME_HA:
		k = rnd(N18(ha_surname18));
		if (rnd(3))
			snprintf(o, n, "%s %s", ha_given18[woman][rnd(10)], ha_surname18[k]);
		else
			snprintf(o, n, "%s %s %s", ha_given18[woman][rnd(10)], ha_given18[0][rnd(10)],
			         ha_surname18[k]);
		break;
	case G18_NIN_HA:
		digits(d, 11);
		if (d[0] == '0')
			d[0] = (char)('1' + rnd(9));
		snprintf(o, n, "%s", d);
		break;
	case G18_BVN_HA:
		digits(d, 9);
		snprintf(o, n, "22%s", d);
		break;
	case G18_PHONE_HA:
		digits(d, 7);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "0%s %.3s %.4s", P18(ha_prefix18), d, d + 3);
		else if (k == 1)
			snprintf(o, n, "+234%s%s", P18(ha_prefix18), d);
		else if (k == 2)
			snprintf(o, n, "0%s%s", P18(ha_prefix18), d);
		else
			snprintf(o, n, "234%s%s", P18(ha_prefix18), d);
		break;
	case G18_BIRTH_HA:
		if (rnd(2))
			snprintf(o, n, "%02u-%s-%u", day, months18[m - 1], y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G18_ADDR_HA:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "No. %u %s, %s, Kano", 1 + rnd(120), P18(ha_street18),
			         P18(ha_area18));
		else if (k == 1)
			snprintf(o, n, "Gidan Alhaji %s, Unguwar %s, Kano", ha_given18[0][rnd(10)],
			         P18(ha_area18));
		else
			snprintf(o, n, "Plot %u, %s Layout, %s LGA, Kano State", 10 + rnd(900),
			         rnd(2) ? "Sharada" : "Dorayi", rnd(2) ? "Kumbotso" : "Gwale");
		break;
	case G18_CARD_HA:
		snprintf(d, sizeof d, "%s", P18(ha_bin18));
		if (d[0] == '5' && d[1] == '0') {
			digits(d + 6, 12);
			d[18] = luhn18(d);
			d[19] = 0;
			snprintf(o, n, "%.6s*********%s", d, d + 15);
		} else {
			digits(d + 6, 9);
			d[15] = luhn18(d);
			d[16] = 0;
			snprintf(o, n, "%.6s******%s", d, d + 12);
		}
		break;
	case G18_IP_HA:
		snprintf(o, n, "%s%u.%u", P18(ha_ip18), rnd(256), 1 + rnd(254));
		break;
	case G18_GPS_HA:
		if (rnd(4))
			snprintf(o, n, "12.0%05u,8.%06u", rnd(80000), 450000 + rnd(200000));
		else
			snprintf(o, n, "11.9%05u,8.%06u", 20000 + rnd(80000), 450000 + rnd(200000));
		break;
	case G18_KYC_JSON_HA:
		digits(d, 7);
		snprintf(o, n, "{\"msisdn\":\"234%s%s\",\"kyc_tier\":%u,\"channel\":\"%s\"}",
		         P18(ha_prefix18), d, 1 + rnd(3), rnd(2) ? "USSD" : "APP");
		break;
	case G18_NOTES_HA:
		k = rnd(N18(ha_notes18));
		digits(d, 7);
		if (k == 1 || k == 5)
			snprintf(f, sizeof f, "%s %s", ha_given18[k == 1][rnd(10)],
			         P18(ha_surname18));
		else
			snprintf(f, sizeof f, "0%s %.3s %.4s", P18(ha_prefix18), d, d + 3);
		snprintf(o, n, ha_notes18[k], f);
		break;
	case G18_TXN_HA:
		snprintf(o, n, "TRF|%u|%02u%02u|%05u", 2024 + rnd(2), m, day, rnd(100000));
		break;
	case G18_AMOUNT_HA:
		k = (1 + rnd(200)) * 500;
		if (k >= 1000)
			snprintf(o, n, "₦%u,%03u.00", k / 1000, k % 1000);
		else
			snprintf(o, n, "₦%u.00", k);
		break;
	case G18_FEE_HA:
		snprintf(o, n, "%u", 10 + rnd(10) * 10);
		break;
	case G18_AGENT_HA:
		snprintf(o, n, "AGT-KN-%05u", 1 + rnd(3000));
		break;
	case G18_KIND_HA:
		snprintf(o, n, "%s", P18(ha_kind18));
		break;
	case G18_TPL_HA:
		snprintf(o, n, "%s", P18(ha_tpl18));
		break;
	case G18_PINHASH_HA:
		hex17(d, 63);
		snprintf(o, n, "%s%c", d, "0123456789abcdef"[rnd(16)]);
		break;
	case G18_VERSION_HA:
		snprintf(o, n, "%u.%u.%u", 4, 10 + rnd(4), rnd(12));
		break;
	/* ---- Luxembourg */
	case G18_GIVEN_LB:
		snprintf(o, n, "%s", lb_given18[woman][rnd(9)]);
		break;
	case G18_SURNAME_LB:
		snprintf(o, n, "%s", P18(lb_surname18));
		break;
	case G18_MATRICULE_LB:
		snprintf(d, sizeof d, "%u%02u%02u%03u", y, m, day, rnd(1000));
		e[0] = luhn18(d);
		e[1] = verhoeff18(d);
		e[2] = 0;
		if (rnd(2))
			snprintf(o, n, "%s%s", d, e);
		else
			snprintf(o, n, "%.4s %.4s %.3s %s", d, d + 4, d + 8, e);
		break;
	case G18_BIRTH_LB:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G18_PHONE_LB:
		digits(d, 6);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "+352 6%c1 %.3s %.3s", "259"[rnd(3)], d, d + 3);
		else if (k == 1)
			snprintf(o, n, "6%c1 %.3s %.3s", "259"[rnd(3)], d, d + 3);
		else if (k == 2)
			snprintf(o, n, "%c%.1s %.2s %.2s", "89"[rnd(2)], d + 1, d + 2, d + 4);
		else
			snprintf(o, n, "00352 9%.5s", d + 1);
		break;
	case G18_ADDR_LB:
		if (rnd(3))
			snprintf(o, n, "%u, %s, %s", 1 + rnd(80), P18(lb_street18), P18(lb_town18));
		else
			snprintf(o, n, "%s %u, %s", P18(lb_street18), 1 + rnd(80), P18(lb_town18));
		break;
	case G18_IBAN_LB:
		digits(e, 13);
		{
			static const char *const banks[] = {"001", "002", "003", "009", "014"};
			char bban[32];
			snprintf(bban, sizeof bban, "%s%s", P18(banks), e);
			if (rnd(3))
				iban18_spaced(o, n, "LU", bban);
			else
				iban18(o, n, "LU", bban);
		}
		break;
	case G18_EMAIL_LB:
		k = rnd(N18(lb_surname18));
		s = rnd(9);
		if (rnd(2))
			snprintf(o, n, "%s.%s@%s", lb_given_ascii18[woman][s], lb_surname_ascii18[k],
			         P18(lb_mail18));
		else
			snprintf(o, n, "%c%s@%s", lb_given_ascii18[woman][s][0], lb_surname_ascii18[k],
			         P18(lb_mail18));
		break;
	case G18_NOTES_LB:
		k = rnd(N18(lb_notes18));
		digits(d, 6);
		if (k == 1)
			snprintf(f, sizeof f, "621 %.3s %.3s", d, d + 3);
		else if (k == 4)
			snprintf(f, sizeof f, "%s.%s@pt.lu", lb_given_ascii18[1][rnd(9)],
			         P18(lb_surname_ascii18));
		else
			snprintf(f, sizeof f, "%s", P18(lb_surname18));
		snprintf(o, n, lb_notes18[k], f);
		break;
	case G18_TANK_LB:
		snprintf(o, n, "%u", 1500 + rnd(8) * 500);
		break;
	case G18_LEVEL_LB:
		snprintf(o, n, "%u.%u", 3 + rnd(95), rnd(10));
		break;
	case G18_NOTE_NO_LB:
		snprintf(o, n, "LS-%u-%06u", 2024 + rnd(2), 1 + rnd(20000));
		break;
	case G18_PRICE_LB:
		snprintf(o, n, "0,%04u", 8800 + rnd(1200));
		break;
	case G18_FUEL_LB:
		snprintf(o, n, "%s", P18(lb_fuel18));
		break;
	case G18_PLATE_LB:
		snprintf(o, n, "%c%c %04u", "CGHKLMNPRSTVWX"[rnd(14)], "ABCDEFGHJKLMNPR"[rnd(15)],
		         rnd(10000));
		break;
	case G18_FIRMWARE_LB:
		snprintf(o, n, "v%u.%u.%u-lux", 2, rnd(5), rnd(20));
		break;
	case G18_TVA_LB:
		k = 1000000 + rnd(9000000);
		snprintf(o, n, "LU%06u%02u", k / 10, (k / 10) % 89);
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* -------------------------------------------- the nineteenth held-out fold
 * heldout19, written blind like the fourth to eighteenth (its author read
 * neither src/map/, nor the unit tests, nor the lexicon and name files,
 * nor the rules in docs/pii.md): a Bogotá florist's home-delivery orders
 * (Colombian Spanish, camelCase), a Narach sanatorium's guests
 * (Belarusian, Cyrillic and transliterated), a Faroese ferry operator's
 * travel-card holders (Faroese), a Kandy A/L tuition class's students
 * (Sinhala, script and romanised, with Sri Lankan English) and a Hargeysa
 * hospital's outpatients (Somali). Given names, surnames, streets and towns
 * of those places, with their id formats and check digits (the Colombian
 * cédula and a firm's NIT with its digit, the Belarusian personal number
 * and passport, the Faroese P-tal, old and new Sri Lankan NICs, BY and FO
 * IBANs, Dankort). Its generators are kept apart from the other folds'
 * (build_db() hands G19_* to value19()). */

#define N19(a) (sizeof(a) / sizeof((a)[0]))
#define P19(a) (a)[rnd(N19(a))]

/* Colombia (Bogotá) */
static const char *const co_given19[][3] = {
    {"Luz Marina", "luzmarina", "LUZ MARINA"},
    {"Jhon Fredy", "jhonfredy", "JHON FREDY"},
    {"Leidy Johana", "leidyjohana", "LEIDY JOHANA"},
    {"Andrés Felipe", "andresfelipe", "ANDRES FELIPE"},
    {"María Camila", "mariacamila", "MARIA CAMILA"},
    {"Juan Sebastián", "juansebastian", "JUAN SEBASTIAN"},
    {"Diana Marcela", "dianamarcela", "DIANA MARCELA"},
    {"Yeison", "yeison", "YEISON"},
    {"Yuly Paola", "yulypaola", "YULY PAOLA"},
    {"Carlos Arturo", "carlosarturo", "CARLOS ARTURO"},
    {"Sandra Milena", "sandramilena", "SANDRA MILENA"},
    {"Wilmar", "wilmar", "WILMAR"},
    {"Ángela Patricia", "angelapatricia", "ANGELA PATRICIA"},
    {"Brayan Stiven", "brayanstiven", "BRAYAN STIVEN"}};
static const char *const co_surname19[][3] = {
    {"Rodríguez", "RODRIGUEZ", "rodriguez"}, {"Gómez", "GOMEZ", "gomez"},
    {"Cárdenas", "CARDENAS", "cardenas"},    {"Ospina", "OSPINA", "ospina"},
    {"Restrepo", "RESTREPO", "restrepo"},    {"Muñoz", "MUÑOZ", "munoz"},
    {"Castañeda", "CASTAÑEDA", "castaneda"}, {"Bermúdez", "BERMUDEZ", "bermudez"},
    {"Suárez", "SUAREZ", "suarez"},          {"Velandia", "VELANDIA", "velandia"},
    {"Patiño", "PATIÑO", "patino"},          {"Londoño", "LONDOÑO", "londono"},
    {"Zuluaga", "ZULUAGA", "zuluaga"},       {"Quintero", "QUINTERO", "quintero"},
    {"Rincón", "RINCON", "rincon"},          {"Beltrán", "BELTRAN", "beltran"}};
static const char *const co_mail19[] = {"gmail.com",   "hotmail.com", "yahoo.com",
                                        "outlook.com", "hotmail.es",  "une.net.co",
                                        "etb.net.co",  "yahoo.es"};
static const char *const co_mobile19[] = {"300", "301", "302", "304", "305", "310", "311",
                                          "312", "313", "314", "315", "316", "317", "318",
                                          "319", "320", "321", "322", "323", "350", "351"};
static const char *const co_via19[] = {"Calle",      "Cl.",       "Carrera",   "Cra.",
                                       "Kr",         "Av. Cra.",  "Transversal", "Diagonal",
                                       "Av. Calle",  "CALLE",     "KR"};
static const char *const co_suffix19[] = {"", "", "", "A", "B", "C", " Bis", "A Bis"};
static const char *const co_compl19[] = {"Apto 302",          "Torre 2 Apto 501", "Casa 14",
                                         "Int. 4 Apto 201",   "Of. 801",          "",
                                         "Conjunto Los Cerezos Casa 23", "Local 2", "Apto 1103"};
static const char *const co_city19[] = {"Bogotá",        "Bogotá D.C.",      "Chía",
                                        "Soacha",        "Bogotá - Suba",    "Bogotá, Kennedy",
                                        "Bogotá (Usaquén)", "Barrio Modelia, Bogotá",
                                        "Cedritos, Bogotá"};
static const char *const co_ip19[] = {"181.49.", "190.25.", "186.86.", "191.95.",
                                      "201.244.", "186.155.", "190.146."};
static const char *const co_card_msg19[] = {
    "Feliz cumpleaños mi amor %s, que Dios te bendiga. Te ama %s",
    "Para %s: gracias por todo, eres la mejor mamá del mundo. %s",
    "Con cariño para la familia de %s, nuestro más sentido pésame. %s y familia",
    "%s, ¿quieres ser mi novia? Atte: %s",
    "Felices 15 años %s!! Te queremos mucho, tu tía %s",
    "Perdóname %s, te extraño. %s"};
static const char *const co_bin19[] = {"451307", "454600", "530372", "549157", "491268",
                                       "522167", "406136"};
static const char *const co_arreglo19[] = {
    "Ramo 24 rosas rojas", "Bouquet de girasoles", "Corona fúnebre mediana",
    "Caja de rosas + chocolates Jet", "Orquídea Phalaenopsis blanca",
    "Arreglo tropical heliconias", "Ramo 12 rosas + globo", "Desayuno sorpresa con flores",
    "Cesta de frutas y lirios"};
static const char *const co_franja19[] = {"8:00 a.m. - 12:00 m.", "12:00 m. - 3:00 p.m.",
                                          "2:00 p.m. - 6:00 p.m.", "Hora exacta 10:00 a.m.",
                                          "Entrega nocturna 6-9 p.m.", "Todo el día"};
static const char *const co_dane19[] = {"11001", "25754", "25175", "25899", "25473",
                                        "25286", "25430", "25126"};
static const char *const co_nit_pre19[] = {"800", "830", "860", "900", "901"};

/* Belarus (Narach sanatorium) */
static const char *const by_surname19[][3] = {
    /* male, female, transliterated for an e-mail */
    {"Каваленка", "Каваленка", "kovalenko"},  {"Шаўчук", "Шаўчук", "shevchuk"},
    {"Навіцкі", "Навіцкая", "novitski"},      {"Лукашэвіч", "Лукашэвіч", "lukashevich"},
    {"Жук", "Жук", "zhuk"},                   {"Макарэвіч", "Макарэвіч", "makarevich"},
    {"Дуброўскі", "Дуброўская", "dubrovski"}, {"Пашкевіч", "Пашкевіч", "pashkevich"},
    {"Грыгаровіч", "Грыгаровіч", "grigorovich"}, {"Бародка", "Бародка", "borodko"},
    {"Мароз", "Мароз", "moroz"},              {"Ярашэвіч", "Ярашэвіч", "yaroshevich"},
    {"Сушко", "Сушко", "sushko"},             {"Садоўскі", "Садоўская", "sadovski"},
    {"Коваленко", "Коваленко", "kovalenko"},  {"Новицкая", "Новицкая", "novitskaya"}};
static const char *const by_given19[2][9][2] = {
    {{"Алесь", "ales"}, {"Янка", "yanka"}, {"Аляксандр", "alex"}, {"Сяргей", "sergey"},
     {"Андрэй", "andrei"}, {"Уладзімір", "vova"}, {"Міхась", "misha"}, {"Дзмітрый", "dima"},
     {"Павел", "pasha"}},
    {{"Святлана", "sveta"}, {"Алена", "lena"}, {"Вольга", "olga"}, {"Наталля", "natasha"},
     {"Ганна", "anna"}, {"Таццяна", "tanya"}, {"Ірына", "ira"}, {"Марына", "marina"},
     {"Юлія", "yulia"}}};
static const char *const by_mail19[] = {"tut.by",    "mail.ru",   "gmail.com",
                                        "yandex.by", "yandex.ru", "rambler.ru"};
static const char *const by_op19[] = {"29", "33", "44", "25"};
static const struct {
	const char *town;
	unsigned index;
} by_town19[] = {{"г. Мінск", 220}, {"г. Гродна", 230}, {"г. Брэст", 224},
                 {"г. Віцебск", 210}, {"г. Гомель", 246}, {"г. Магілёў", 212},
                 {"г. Маладзечна", 222}, {"г. Баранавічы", 225}};
static const char *const by_street19[] = {
    "вул. Савецкая", "пр-т Незалежнасці", "вул. Леніна",     "вул. Кірава",
    "вул. Горкага",  "пр-т Пераможцаў",   "вул. Янкі Купалы", "вул. Сурганава",
    "ул. Притыцкого", "ул. Якуба Коласа"};
static const char *const by_bank19[] = {"AKBB", "BPSB", "PJCB", "ALFA", "BLBB", "MTBK",
                                        "BELB"};
static const char *const by_pass19[] = {"MP", "MC", "HB", "KH", "AB", "BM", "KB", "PP",
                                        "МР", "НВ"};
static const char *const by_notes19[] = {
    "Алергія на пеніцылін. Пры выпісцы патэлефанаваць дачцэ %s, %s",
    "Заезд разам з мужам (%s), патрэбны двухмесны нумар",
    "Просіць ціхі пакой, працуе ноччу",
    "Пуцёўку аплаціў прафсаюз, дакументы ў %s з бухгалтэрыі",
    "Пасля інсульту, ходзіць з кіёчкам. Суправаджае сын %s, тэл. %s",
    "Не прыехала 12-га, перанеслі на наступны заезд",
    "Просит диетстол, звонить на %s"};
static const char *const by_diet19[] = {"стол № 5",  "стол № 9", "стол № 10",
                                        "стол № 15", "агульны",  "стол № 1"};

/* Faroe Islands (ferry travel cards) */
static const char *const fo_given19[2][10][2] = {
    {{"Jógvan", "jogvan"}, {"Rógvi", "rogvi"}, {"Heðin", "hedin"}, {"Sámal", "samal"},
     {"Bárður", "bardur"}, {"Sjúrður", "sjurdur"}, {"Hans Pauli", "hanspauli"},
     {"Óli", "oli"}, {"Tróndur", "trondur"}, {"Eyðun", "eydun"}},
    {{"Turið", "turid"}, {"Guðrun", "gudrun"}, {"Rannvá", "rannva"}, {"Sigrid", "sigrid"},
     {"Ásla", "asla"}, {"Marjun", "marjun"}, {"Elin", "elin"}, {"Beinta", "beinta"},
     {"Bjørg", "bjorg"}, {"Sunneva", "sunneva"}}};
static const char *const fo_surname19[][2] = {
    {"Joensen", "joensen"},   {"Hansen", "hansen"},       {"Jacobsen", "jacobsen"},
    {"Olsen", "olsen"},       {"Poulsen", "poulsen"},     {"Petersen", "petersen"},
    {"Dam", "dam"},           {"Johannesen", "johannesen"}, {"Mikkelsen", "mikkelsen"},
    {"Háberg", "haberg"},     {"í Líð", "ilid"},          {"á Rógvi", "arogvi"},
    {"Nolsøe", "nolsoe"},     {"Dahl", "dahl"},           {"Ellefsen", "ellefsen"},
    {"Rasmussen", "rasmussen"}, {"Zachariasen", "zachariasen"}, {"Simonsen", "simonsen"}};
static const char *const fo_mail19[] = {"olivant.fo", "post.olivant.fo", "gmail.com",
                                        "hotmail.com", "kallnet.fo", "setur.fo", "live.dk"};
static const char *const fo_street19[] = {
    "Jóannes Patursonargøta", "Niels Finsens gøta", "Dalavegur",  "Heygsvegur",
    "Við Ánna",               "Undir Bakka",        "Landavegur", "Hoydalsvegur",
    "Kongagøta",              "Tróndargøta",        "Fjarðavegur", "Gundadalsvegur"};
static const char *const fo_town19[] = {
    "FO-100 Tórshavn", "100 Tórshavn", "188 Hoyvík",   "700 Klaksvík",
    "410 Kollafjørður", "370 Miðvágur", "620 Runavík", "800 Tvøroyri",
    "900 Vágur",       "530 Fuglafjørður", "165 Argir", "360 Sandavágur"};
static const char *const fo_reg19[] = {"6460", "9181", "9865", "7930"};
static const char *const fo_notes19[] = {
    "Ringið til %s á %s um ferjan er seinkað",
    "Hevur bil við á ferjuni, Toyota Hilux, kemur við 7:30",
    "Kortið mist, nýtt kort sent til %s",
    "Studentur á Setrinum, hálvur prísur til 31.12",
    "%s rindar fyri hana, sama konto",
    "Brúkar koyristól, hjálp við umborðferð. Kontakt: %s"};
static const char *const fo_route19[] = {
    "Rutu 7: Tórshavn - Krambatangi", "Rutu 60: Gamlarætt - Skopun",
    "Rutu 56: Klaksvík - Syðradalur", "Rutu 61: Gamlarætt - Hestur",
    "Rutu 66: Hvannasund - Svínoy",   "Rutu 90: Tórshavn - Nólsoy"};
static const char *const fo_sms19[] = {
    "Hey {fornavn}! Ferjan kl. {tid} er avlýst vegna veður.",
    "Kæri {navn}, títt ferðakort gongur út {dato}.",
    "{fornavn}: tú hevur keypt {tal} ferðir. Takk fyri!",
    "Seinking: {ruta} fer {min} min seinni enn ætlað."};

/* Sri Lanka (Kandy) */
static const char *const lk_given19[][2] = {
    {"Kasun", "කසුන්"},     {"Nimesha", "නිමේෂා"}, {"Dilshan", "දිල්ශාන්"},
    {"Sachini", "සචිනි"},   {"Tharindu", "තරිඳු"}, {"Hiruni", "හිරුණි"},
    {"Chamod", "චමෝද්"},    {"Isuru", "ඉසුරු"},    {"Sandali", "සඳලි"},
    {"Pasindu", "පසිඳු"}};
static const char *const lk_surname19[][2] = {
    {"Bandara", "බණ්ඩාර"},       {"Perera", "පෙරේරා"},      {"Jayasinghe", "ජයසිංහ"},
    {"Herath", "හේරත්"},         {"Rathnayake", "රත්නායක"}, {"Dissanayake", "දිසානායක"},
    {"Wijesinghe", "විජේසිංහ"},   {"Gunawardena", "ගුණවර්ධන"}, {"Kumara", "කුමාර"},
    {"Rajapaksha", "රාජපක්ෂ"}};
static const char *const lk_init19[] = {"W.M.", "H.M.", "K.A.", "R.M.S.", "D.G.", "A.P.",
                                        "J.M.", "G.G."};
static const char *const lk_parent19[2][5] = {{"Sunil", "Nimal", "Ajith", "Priyantha",
                                               "Mahinda"},
                                              {"Chandrika", "Kumari", "Dilrukshi",
                                               "Shyamali", "Renuka"}};
static const char *const lk_mobile19[] = {"070", "071", "072", "074", "075", "076", "077",
                                          "078"};
static const char *const lk_street19[] = {"Peradeniya Road",   "William Gopallawa Mawatha",
                                          "Katugastota Road",  "Temple Lane",
                                          "Dharmaraja Mawatha", "Ampitiya Road",
                                          "Hantana Road",      "2nd Lane, Aniwatta"};
static const char *const lk_town19[] = {"Kandy",   "Kandy 20000", "Peradeniya", "Katugastota",
                                        "Gampola", "Digana",      "Kundasale",  "Ampitiya"};
static const char *const lk_mail19[] = {"gmail.com", "yahoo.com", "sltnet.lk", "hotmail.com"};
static const char *const lk_ip19[] = {"112.134.", "175.157.", "123.231.", "124.43.",
                                      "43.250.",  "220.247."};
static const char *const lk_notes19[] = {
    "Amma kiwwa heta class enne nehe, call karanna %s",
    "Paper eka miss una, %s sir ekka katha karanna",
    "Fees ithuru Rs. 1500, thaththa %s genath denawa",
    "ළමයා අසනීපයි, අම්මා %s ට කතා කරන්න",
    "Good progress in mechanics, weak in organic chem",
    "Transport: van uncle %s, %s",
    "සති දෙකක් පංතියට ආවේ නැහැ"};
static const char *const lk_subject19[] = {"Combined Maths", "Physics", "Chemistry", "Biology",
                                           "ICT", "Sinhala", "English", "Accounting"};
static const char *const lk_subj_code19[] = {"CMT", "PHY", "CHE", "BIO", "ICT", "SIN", "ENG",
                                             "ACC"};
static const char *const lk_hall19[] = {"Hall A", "Hall B - 1st floor", "Main hall",
                                        "Online (Zoom)", "Hall C"};
static const char *const lk_sms19[] = {
    "Dear Parent, {name} was absent for {subject} class on {date}.",
    "Ayubowan! {name} ge masika gasthuwa Rs. {amount} gewanna thiyenawa.",
    "Paper class {date} {time} - {hall}. Please be on time.",
    "{student_name}, your marks: {marks}/100. Rank {rank}."};

/* Somaliland (Hargeysa) */
static const char *const so_male19[][2] = {
    {"Cabdiraxmaan", "Abdirahman"}, {"Maxamed", "Mohamed"}, {"Axmed", "Ahmed"},
    {"Cabdillaahi", "Abdullahi"},   {"Xasan", "Hassan"},    {"Yuusuf", "Yusuf"},
    {"Faarax", "Farah"},            {"Jaamac", "Jama"},     {"Muuse", "Musa"},
    {"Ismaaciil", "Ismail"},        {"Cali", "Ali"},        {"Cumar", "Omar"}};
static const char *const so_female19[][2] = {
    {"Hodan", "Hodan"}, {"Sahra", "Sahra"}, {"Faadumo", "Fadumo"}, {"Nimco", "Nimo"},
    {"Ifrah", "Ifrah"}, {"Hibo", "Hibo"},   {"Ayaan", "Ayan"},     {"Deeqa", "Deka"},
    {"Khadra", "Khadra"}, {"Ubax", "Ubah"}};
static const char *const so_area19[] = {"Jigjiga Yar",   "Masalaha",     "Calaamadaha",
                                        "Sha'ab",        "New Hargeisa", "Koodbuur",
                                        "Dami",          "Goljanno",     "Axmed Dhagax",
                                        "Maxamed Mooge"};
static const char *const so_district19[] = {"Degmada Koodbuur",    "Degmada 26 June",
                                            "Degmada Maxamed Mooge", "Degmada Gacan Libaax",
                                            "Degmada Axmed Dhagax", "Degmada Maxamuud Haybe"};
static const char *const so_mail19[] = {"gmail.com", "hotmail.com", "yahoo.com",
                                        "outlook.com"};
static const char *const so_notes19[] = {
    "Bukaanku wuxuu qabaa qandho iyo madax xanuun 3 maalmood. Walaalkiis %s ayaa keenay",
    "Dhiig-kar, dawada ha joojin. Wac %s haddii xaaladdu xumaato",
    "Waxay uur leedahay 7 bilood, ballan kale 2 toddobaad kadib",
    "Aabihii %s ayaa lacagta bixinaya, tel %s",
    "Xasaasiyad: penicillin. Ha siin amoxicillin",
    "Shil baabuur, lugta midig ayaa jabtay, raajo la qaaday"};
static const char *const so_test19[] = {"CBC", "Malaria RDT", "Widal test", "HbA1c",
                                        "Urinalysis", "Stool exam", "H. pylori Ag", "RBS"};
static const char *const so_drug19[] = {"Amoxicillin 500mg x3", "Paracetamol 500mg",
                                        "Metformin 850mg", "ORS + Zinc",
                                        "Artemether/Lumefantrine", "Omeprazole 20mg",
                                        "Amlodipine 5mg"};
static const char *const so_sms19[] = {
    "Mudane {magaca}, ballantaada waa {taariikh} saacadda {saac}.",
    "Natiijada baaritaanka {baaritaan} waa diyaar. Kaalay isbitaalka.",
    "{magaca}: lacagta laga rabo waa ${qiime}. Ku bixi ZAAD {lambar}.",
    "Xusuusin: qaado dawadaada {dawo} {jeer} jeer maalintii."};

enum {
	G19_FIRST = 15000, /* above every G18_*: build_db() hands them to value19() */
	/* Colombia */
	G19_NAME_CO = G19_FIRST, /* "Luz Marina Rodríguez Cárdenas", "RODRIGUEZ CARDENAS LUZ MARINA" */
	G19_CEDULA_CO,           /* 52.418.903, 1019087654 */
	G19_MOBILE_CO,           /* 311 456 7890 */
	G19_EMAIL_CO,
	G19_RECIPIENT_CO,
	G19_ADDR_CO,             /* Cl. 134 # 19A-45 Apto 302, Bogotá */
	G19_GPS_CO,
	G19_IP_CO,
	G19_CARD_MSG_CO,
	G19_CARD_CO,             /* masked PAN */
	G19_ORDER_CO,            /* PED-0045123 */
	G19_TOTAL_CO,            /* $ 185.000 */
	G19_ARREGLO_CO,
	G19_FRANJA_CO,
	G19_GUIA_CO,             /* a carrier's ten-digit waybill */
	G19_DANE_CO,             /* 11001 */
	G19_NIT_FIRM_CO,         /* 900.458.213-7: an affiliated florist's NIT */
	/* Belarus */
	G19_SURNAME_BY,
	G19_GIVEN_BY,
	G19_IDNUM_BY,            /* 3120589A001PB5 */
	G19_PASSPORT_BY,         /* MP3456789 */
	G19_BIRTH_BY,            /* 12.05.1978 */
	G19_PHONE_BY,
	G19_EMAIL_BY,
	G19_ADDR_BY,
	G19_IBAN_BY,
	G19_NOTES_BY,
	G19_ROOM_BY,             /* 2-314 */
	G19_VOUCHER_BY,          /* 004512/25 */
	G19_DIET_BY,
	G19_COST_BY,             /* 1 245,60 */
	G19_BP_BY,               /* 135/85 */
	G19_UNP_BY,              /* the employer's 9-digit UNP */
	/* Faroe Islands */
	G19_GIVEN_FO,
	G19_SURNAME_FO,
	G19_PTAL_FO,             /* 120385-123 */
	G19_BIRTH_FO,
	G19_PHONE_FO,
	G19_EMAIL_FO,
	G19_ADDR_FO,
	G19_IBAN_FO,
	G19_CARD_FO,             /* Dankort / Visa-Dankort, Luhn */
	G19_NOTES_FO,
	G19_GEO_FO,
	G19_TRAVELCARD_FO,       /* FK00412345 */
	G19_ROUTE_FO,
	G19_PRICE_FO,            /* 1.250,00 kr. */
	G19_SMS_FO,
	G19_APPVER_FO,           /* 4.2.1 (312) */
	G19_WIND_FO,             /* 12.4 */
	/* Sri Lanka */
	G19_NAME_SI_LK,          /* Sinhala script */
	G19_NAME_EN_LK,          /* "W.M. Kasun Bandara" */
	G19_PARENT_LK,
	G19_NIC_LK,              /* 853202937V, 198532002937 */
	G19_BIRTH_LK,
	G19_PHONE_LK,
	G19_ADDR_LK,
	G19_EMAIL_LK,
	G19_IP_LK,
	G19_NOTES_LK,
	G19_CLASS_LK,            /* AL26-PHY-T */
	G19_FEE_LK,              /* Rs. 2,500.00 */
	G19_SUBJECT_LK,
	G19_HALL_LK,
	G19_QRHASH_LK,           /* sha1 hex */
	G19_SMS_LK,
	G19_RECEIPT_LK,          /* RCPT/25/004512 */
	/* Somaliland */
	G19_NAME_SO,             /* "Cabdiraxmaan Maxamed Cali" */
	G19_MOTHER_SO,
	G19_BIRTH_SO,
	G19_PHONE_SO,
	G19_EMAIL_SO,
	G19_ADDR_SO,
	G19_PASSPORT_SO,         /* P00412345 */
	G19_GEO_SO,
	G19_NOTES_SO,
	G19_ZAAD_SO,             /* 634123456 */
	G19_RECEIPT_SO,          /* RS-2025-04512 */
	G19_PRICE_SO,            /* $15.00 */
	G19_TEST_SO,
	G19_TEMP_SO,             /* 37.8 */
	G19_BED_SO,              /* W3-B12 */
	G19_DRUG_SO,
	G19_SMS_SO
};

/* Colombia's NIT check digit (DIAN): prime weights from the right, mod 11. */
static char nit_dv19(const char *d)
{
	static const unsigned w[] = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
	size_t len = strlen(d), i;
	unsigned s = 0, r;
	for (i = 0; i < len && i < N19(w); i++)
		s += (unsigned)(d[len - 1 - i] - '0') * w[i];
	r = s % 11;
	return (char)('0' + (r > 1 ? 11 - r : r));
}

/* Groups 1234567890 as 1.234.567.890 (or 12345678 as 12.345.678). */
static void dots19(char *o, size_t n, const char *d)
{
	size_t len = strlen(d), i, k = 0;
	for (i = 0; i < len && k + 2 < n; i++) {
		if (i && (len - i) % 3 == 0)
			o[k++] = '.';
		o[k++] = d[i];
	}
	o[k] = 0;
}

/* A Colombian given name and two surnames, in one of the usual orders. */
static void co_name19(char *o, size_t n)
{
	unsigned g = rnd(N19(co_given19)), a = rnd(N19(co_surname19)),
		 b = rnd(N19(co_surname19));
	if (rnd(3) == 0) /* the upper-case, surnames-first form of a bank form */
		snprintf(o, n, "%s %s %s", co_surname19[a][1], co_surname19[b][1], co_given19[g][2]);
	else
		snprintf(o, n, "%s %s %s", co_given19[g][0], co_surname19[a][0], co_surname19[b][0]);
}

/* Belarus's personal number check digit: 7-3-1 weights, letters A=10. */
static char by_check19(const char *s)
{
	static const unsigned w[3] = {7, 3, 1};
	unsigned sum = 0, i, v;
	for (i = 0; s[i]; i++) {
		v = s[i] >= 'A' ? (unsigned)(s[i] - 'A' + 10) : (unsigned)(s[i] - '0');
		sum += v * w[i % 3];
	}
	return (char)('0' + sum % 10);
}

/* The Faroese P-tal: DDMMYY and three digits whose weighted sum (3 2 7 6 5 4
 * 3 2 1) is a multiple of 11. */
static void ptal19(char *o, size_t n, unsigned day, unsigned m, unsigned y, int dash)
{
	static const unsigned w[9] = {3, 2, 7, 6, 5, 4, 3, 2, 1};
	char d[16];
	unsigned s, i, c;
	for (;;) {
		snprintf(d, sizeof d, "%02u%02u%02u%02u", day % 100, m % 100, y % 100, rnd(100));
		for (s = 0, i = 0; i < 8; i++)
			s += (unsigned)(d[i] - '0') * w[i];
		c = (11 - s % 11) % 11;
		if (c < 10)
			break;
	}
	if (dash)
		snprintf(o, n, "%.6s-%.2s%u", d, d + 6, c);
	else
		snprintf(o, n, "%.8s%u", d, c);
}

/* An old Sri Lankan NIC's check digit over its first eight digits. */
static unsigned nic_check19(const char *d)
{
	static const unsigned w[8] = {3, 2, 7, 6, 5, 4, 3, 2};
	unsigned s = 0, i, r;
	for (i = 0; i < 8; i++)
		s += (unsigned)(d[i] - '0') * w[i];
	r = 11 - s % 11;
	return r >= 10 ? 0 : r;
}

static void value19(int g, char *o, size_t n)
{
	char d[64], e[128], f[128];
	unsigned y = 1950 + rnd(55), m = 1 + rnd(12), day = 1 + rnd(28), woman = rnd(2), k, s;
	switch (g) {
	/* ---- Colombia */
	case G19_NAME_CO:
		co_name19(o, n);
		break;
	case G19_CEDULA_CO:
		k = rnd(4);
		if (k < 2) {
			static const char *const pre[] = {"52", "51", "39", "41", "79", "80", "19"};
			digits(e, 6);
			snprintf(d, sizeof d, "%s%s", P19(pre), e);
		} else {
			digits(e, 8);
			snprintf(d, sizeof d, "10%s", e);
		}
		if (k == 0 || k == 3) {
			dots19(f, sizeof f, d);
			snprintf(o, n, "%s%s", rnd(4) ? "" : "CC ", f);
		} else {
			snprintf(o, n, "%s", d);
		}
		break;
	case G19_MOBILE_CO:
		digits(d, 7);
		k = rnd(4);
		if (k == 0)
			snprintf(o, n, "%s%s", P19(co_mobile19), d);
		else if (k == 1)
			snprintf(o, n, "%s %.3s %.4s", P19(co_mobile19), d, d + 3);
		else if (k == 2)
			snprintf(o, n, "+57 %s %s", P19(co_mobile19), d);
		else
			snprintf(o, n, "(+57) %s-%.3s-%.4s", P19(co_mobile19), d, d + 3);
		break;
	case G19_EMAIL_CO:
		k = rnd(N19(co_given19));
		s = rnd(N19(co_surname19));
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "%s.%s@%s", co_given19[k][1], co_surname19[s][2], P19(co_mail19));
			break;
		case 1:
			snprintf(o, n, "%c%c%s%u@%s", co_given19[k][1][0], "jmlacdsy"[rnd(8)],
			         co_surname19[s][2], 70 + rnd(30), P19(co_mail19));
			break;
		default:
			snprintf(o, n, "%s_%s%u@%s", co_surname19[s][2], co_given19[k][1], rnd(100),
			         P19(co_mail19));
		}
		break;
	case G19_RECIPIENT_CO:
		if (rnd(3))
			co_name19(o, n);
		else
			snprintf(o, n, "%s %s", co_given19[rnd(N19(co_given19))][0],
			         co_surname19[rnd(N19(co_surname19))][0]);
		break;
	case G19_ADDR_CO:
		snprintf(e, sizeof e, "%s", P19(co_compl19));
		snprintf(o, n, "%s %u%s # %u%s-%u%s%s%s%s", P19(co_via19), 1 + rnd(180),
		         P19(co_suffix19), 1 + rnd(120), P19(co_suffix19), 2 + rnd(97), *e ? " " : "",
		         e, rnd(3) ? ", " : " ", P19(co_city19));
		break;
	case G19_GPS_CO:
		if (rnd(4))
			snprintf(o, n, "4.%04u,-74.%04u", 5700 + rnd(1900), 300 + rnd(1500));
		else
			snprintf(o, n, "{\"lat\": 4.%06u, \"lng\": -74.%06u}", 570000 + rnd(190000),
			         30000 + rnd(150000));
		break;
	case G19_IP_CO:
		if (rnd(5))
			snprintf(o, n, "%s%u.%u", P19(co_ip19), rnd(256), 1 + rnd(254));
		else
			snprintf(o, n, "2800:484:%x:%x:%x:%x:%x:%x", rnd(0xffff), rnd(0xffff),
			         rnd(0xffff), rnd(0xffff), rnd(0xffff), rnd(0xffff));
		break;
	case G19_CARD_MSG_CO:
		k = rnd(N19(co_card_msg19));
		snprintf(e, sizeof e, "%s", co_given19[rnd(N19(co_given19))][0]);
		if (strchr(e, ' '))
			*strchr(e, ' ') = 0; /* "Luz Marina" is "Luz" on a card */
		snprintf(f, sizeof f, "%s", co_given19[rnd(N19(co_given19))][0]);
		if (k == 2)
			snprintf(e, sizeof e, "%s %s", co_given19[rnd(N19(co_given19))][0],
			         co_surname19[rnd(N19(co_surname19))][0]);
		snprintf(o, n, co_card_msg19[k], e, f);
		break;
	case G19_CARD_CO:
		digits(d, 4);
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%s******%s", P19(co_bin19), d);
		else if (k == 1) {
			s = rnd(N19(co_bin19));
			snprintf(o, n, "%.4s %.2s** **** %s", co_bin19[s], co_bin19[s] + 4, d);
		}
		else
			snprintf(o, n, "XXXX-XXXX-XXXX-%s", d);
		break;
	case G19_ORDER_CO:
		snprintf(o, n, "PED-%07u", 40000 + rnd(60000));
		break;
	case G19_TOTAL_CO:
		k = 45 + rnd(600);
		if (rnd(3))
			snprintf(o, n, "$ %u.%03u", k, rnd(20) * 50);
		else
			snprintf(o, n, "%u%03u", k, rnd(20) * 50);
		break;
	case G19_ARREGLO_CO:
		snprintf(o, n, "%s", P19(co_arreglo19));
		break;
	case G19_FRANJA_CO:
		snprintf(o, n, "%s", P19(co_franja19));
		break;
	case G19_GUIA_CO:
		digits(d, 9);
		snprintf(o, n, "2%s", d);
		break;
	case G19_DANE_CO:
		snprintf(o, n, "%s", P19(co_dane19));
		break;
	case G19_NIT_FIRM_CO:
		digits(e, 6);
		snprintf(d, sizeof d, "%s%s", P19(co_nit_pre19), e);
		dots19(f, sizeof f, d);
		snprintf(o, n, "%s-%c", f, nit_dv19(d));
		break;

	/* ---- Belarus */
	case G19_SURNAME_BY:
		snprintf(o, n, "%s", by_surname19[rnd(N19(by_surname19))][woman]);
		break;
	case G19_GIVEN_BY:
		snprintf(o, n, "%s", by_given19[woman][rnd(9)][0]);
		break;
	case G19_IDNUM_BY:
		snprintf(d, sizeof d, "%u%02u%02u%02u%c%03u%s", (y >= 2000 ? 5u : 3u) + woman, day, m,
		         y % 100, "ABCHKEM"[rnd(7)], rnd(1000), rnd(12) ? "PB" : "BA");
		snprintf(o, n, "%s%c", d, by_check19(d));
		break;
	case G19_PASSPORT_BY:
		digits(d, 7);
		snprintf(o, n, "%s%s%s", P19(by_pass19), rnd(5) ? "" : " ", d);
		break;
	case G19_BIRTH_BY:
		if (rnd(5))
			snprintf(o, n, "%02u.%02u.%u", day, m, y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G19_PHONE_BY:
		digits(d, 7);
		switch (rnd(5)) {
		case 0:
			snprintf(o, n, "+375 %s %.3s-%.2s-%.2s", P19(by_op19), d, d + 3, d + 5);
			break;
		case 1:
			snprintf(o, n, "+375(%s)%s", P19(by_op19), d);
			break;
		case 2:
			snprintf(o, n, "8 0%s %.3s %.2s %.2s", P19(by_op19), d, d + 3, d + 5);
			break;
		case 3:
			snprintf(o, n, "80%s%s", P19(by_op19), d);
			break;
		default:
			snprintf(o, n, "375%s%s", P19(by_op19), d);
		}
		break;
	case G19_EMAIL_BY:
		k = rnd(N19(by_surname19));
		s = rnd(9);
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "%s.%s@%s", by_given19[woman][s][1], by_surname19[k][2],
			         P19(by_mail19));
			break;
		case 1:
			snprintf(o, n, "%s%u@%s", by_surname19[k][2], 60 + rnd(40), P19(by_mail19));
			break;
		default:
			snprintf(o, n, "%s_%c@%s", by_surname19[k][2], by_given19[woman][s][1][0],
			         P19(by_mail19));
		}
		break;
	case G19_ADDR_BY:
		k = rnd(N19(by_town19));
		if (rnd(2))
			snprintf(o, n, "%03u%03u, %s, %s, д. %u, кв. %u", by_town19[k].index, rnd(100),
			         by_town19[k].town, P19(by_street19), 1 + rnd(150), 1 + rnd(200));
		else
			snprintf(o, n, "%s, %s %u-%u", by_town19[k].town, P19(by_street19), 1 + rnd(150),
			         1 + rnd(200));
		break;
	case G19_IBAN_BY:
		digits(e, 16);
		snprintf(d, sizeof d, "%s3014%s", P19(by_bank19), e);
		if (rnd(2))
			iban18_spaced(o, n, "BY", d);
		else
			iban18(o, n, "BY", d);
		break;
	case G19_NOTES_BY:
		k = rnd(N19(by_notes19));
		digits(d, 7);
		snprintf(f, sizeof f, "+375 %s %.3s-%.2s-%.2s", P19(by_op19), d, d + 3, d + 5);
		snprintf(e, sizeof e, "%s %s", by_given19[k == 0 ? 1 : 0][rnd(9)][0],
		         by_surname19[rnd(N19(by_surname19))][k == 0 ? 1 : 0]);
		if (k == 0 || k == 4)
			snprintf(o, n, by_notes19[k], e, f);
		else if (k == 1 || k == 3)
			snprintf(o, n, by_notes19[k], e);
		else if (k == 6)
			snprintf(o, n, by_notes19[k], f);
		else
			snprintf(o, n, "%s", by_notes19[k]);
		break;
	case G19_ROOM_BY:
		snprintf(o, n, "%u-%u%02u", 1 + rnd(4), 1 + rnd(6), 1 + rnd(30));
		break;
	case G19_VOUCHER_BY:
		snprintf(o, n, "%06u/%u", rnd(20000), 24 + rnd(2));
		break;
	case G19_DIET_BY:
		snprintf(o, n, "%s", P19(by_diet19));
		break;
	case G19_COST_BY:
		k = 400 + rnd(2600);
		if (k >= 1000)
			snprintf(o, n, "%u %03u,%02u", k / 1000, k % 1000, rnd(100));
		else
			snprintf(o, n, "%u,%02u", k, rnd(100));
		break;
	case G19_BP_BY:
		snprintf(o, n, "%u/%u", 105 + rnd(70), 60 + rnd(40));
		break;
	case G19_UNP_BY:
		digits(d, 8);
		snprintf(o, n, "%u%s", 1 + rnd(7), d);
		break;

	/* ---- Faroe Islands */
	case G19_GIVEN_FO:
		snprintf(o, n, "%s", fo_given19[woman][rnd(10)][0]);
		break;
	case G19_SURNAME_FO:
		snprintf(o, n, "%s", fo_surname19[rnd(N19(fo_surname19))][0]);
		break;
	case G19_PTAL_FO:
		ptal19(o, n, day, m, y, (int)rnd(2));
		break;
	case G19_BIRTH_FO:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%02u.%02u.%u", day, m, y);
		else if (k == 1)
			snprintf(o, n, "%02u-%02u-%u", day, m, y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G19_PHONE_FO:
		digits(d, 5);
		s = "25723"[rnd(5)] - '0';
		switch (rnd(4)) {
		case 0:
			snprintf(o, n, "%u%.1s %.2s %.2s", s, d, d + 1, d + 3);
			break;
		case 1:
			snprintf(o, n, "+298 %u%s", s, d);
			break;
		case 2:
			snprintf(o, n, "%u%s", s, d);
			break;
		default:
			snprintf(o, n, "+298 %u%.1s %.2s %.2s", s, d, d + 1, d + 3);
		}
		break;
	case G19_EMAIL_FO:
		k = rnd(10);
		s = rnd(N19(fo_surname19));
		if (rnd(2))
			snprintf(o, n, "%s@%s", fo_given19[woman][k][1], P19(fo_mail19));
		else
			snprintf(o, n, "%s.%s@%s", fo_given19[woman][k][1], fo_surname19[s][1],
			         P19(fo_mail19));
		break;
	case G19_ADDR_FO:
		snprintf(o, n, "%s %u%s, %s", P19(fo_street19), 1 + rnd(60), rnd(6) ? "" : "B",
		         P19(fo_town19));
		break;
	case G19_IBAN_FO:
		digits(e, 10);
		snprintf(d, sizeof d, "%s%s", P19(fo_reg19), e);
		if (rnd(2))
			iban18_spaced(o, n, "FO", d);
		else
			iban18(o, n, "FO", d);
		break;
	case G19_CARD_FO:
		digits(e, 11);
		snprintf(d, sizeof d, "%s%s", rnd(2) ? "5019" : "4571", e);
		d[15] = luhn18(d);
		d[16] = 0;
		if (rnd(2))
			snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		else
			snprintf(o, n, "%s", d);
		break;
	case G19_NOTES_FO:
		k = rnd(N19(fo_notes19));
		digits(d, 5);
		snprintf(f, sizeof f, "%u%.1s %.2s %.2s", (unsigned)("257"[rnd(3)] - '0'), d, d + 1,
		         d + 3);
		snprintf(e, sizeof e, "%s %s", fo_given19[rnd(2)][rnd(10)][0],
		         fo_surname19[rnd(N19(fo_surname19))][0]);
		if (k == 0)
			snprintf(o, n, fo_notes19[k], e, f);
		else if (k == 2)
			snprintf(o, n, fo_notes19[k], "Hoydalsvegur 12, 100 Tórshavn");
		else if (k == 4)
			snprintf(o, n, fo_notes19[k], e);
		else if (k == 5)
			snprintf(o, n, fo_notes19[k], f);
		else
			snprintf(o, n, "%s", fo_notes19[k]);
		break;
	case G19_GEO_FO:
		if (rnd(5))
			snprintf(o, n, "62.%04u, -6.%04u", rnd(3500), 6000 + rnd(3900));
		else
			snprintf(o, n, "61.%04u, -6.%04u", 4000 + rnd(2000), 7000 + rnd(2000));
		break;
	case G19_TRAVELCARD_FO:
		snprintf(o, n, "FK%08u", rnd(1000000));
		break;
	case G19_ROUTE_FO:
		snprintf(o, n, "%s", P19(fo_route19));
		break;
	case G19_PRICE_FO:
		k = 40 + rnd(2000);
		if (k >= 1000)
			snprintf(o, n, "%u.%03u,00 kr.", k / 1000, k % 1000);
		else
			snprintf(o, n, "%u,00 kr.", k);
		break;
	case G19_SMS_FO:
		snprintf(o, n, "%s", P19(fo_sms19));
		break;
	case G19_APPVER_FO:
		snprintf(o, n, "%u.%u.%u (%u)", 3 + rnd(2), rnd(10), rnd(6), 200 + rnd(200));
		break;
	case G19_WIND_FO:
		snprintf(o, n, "%u.%u", rnd(28), rnd(10));
		break;

	/* ---- Sri Lanka */
	case G19_NAME_SI_LK:
		snprintf(o, n, "%s %s", lk_given19[rnd(N19(lk_given19))][1],
		         lk_surname19[rnd(N19(lk_surname19))][1]);
		break;
	case G19_NAME_EN_LK:
		k = rnd(3);
		if (k == 0)
			snprintf(o, n, "%s %s %s", P19(lk_init19), lk_given19[rnd(N19(lk_given19))][0],
			         lk_surname19[rnd(N19(lk_surname19))][0]);
		else if (k == 1)
			snprintf(o, n, "%s %s", lk_given19[rnd(N19(lk_given19))][0],
			         lk_surname19[rnd(N19(lk_surname19))][0]);
		else
			snprintf(o, n, "%s%c. %s", P19(lk_init19), "KNDSTHCIP"[rnd(9)],
			         lk_surname19[rnd(N19(lk_surname19))][0]);
		break;
	case G19_PARENT_LK:
		snprintf(o, n, "%s %s %s %s", woman ? "Mrs." : "Mr.", P19(lk_init19),
		         lk_parent19[woman][rnd(5)], lk_surname19[rnd(N19(lk_surname19))][0]);
		break;
	case G19_NIC_LK:
		y = 1962 + rnd(30);
		s = 1 + rnd(365) + (woman ? 500 : 0);
		snprintf(d, sizeof d, "%02u%03u%03u", y % 100, s, rnd(1000));
		k = nic_check19(d);
		if (y >= 1985 && rnd(2))
			snprintf(o, n, "%u%03u0%.3s%u", y, s, d + 5, k);
		else
			snprintf(o, n, "%s%u%c", d, k, rnd(8) ? 'V' : (rnd(2) ? 'v' : 'X'));
		break;
	case G19_BIRTH_LK:
		y = 2005 + rnd(6);
		if (rnd(2))
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		else
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G19_PHONE_LK:
		digits(d, 7);
		switch (rnd(5)) {
		case 0:
			snprintf(o, n, "%s%s", P19(lk_mobile19), d);
			break;
		case 1:
			snprintf(o, n, "%s %.3s %.4s", P19(lk_mobile19), d, d + 3);
			break;
		case 2:
			snprintf(o, n, "+94 %s %.3s %.4s", P19(lk_mobile19) + 1, d, d + 3);
			break;
		case 3:
			snprintf(o, n, "+94%s%s", P19(lk_mobile19) + 1, d);
			break;
		default:
			snprintf(o, n, "081-2%.6s", d);
		}
		break;
	case G19_ADDR_LK:
		if (rnd(3))
			snprintf(o, n, "No. %u%s, %s, %s", 1 + rnd(250), rnd(3) ? "" : "/2",
			         P19(lk_street19), P19(lk_town19));
		else
			snprintf(o, n, "%u/%c, %s, %s", 1 + rnd(90), "ABC"[rnd(3)], P19(lk_street19),
			         P19(lk_town19));
		break;
	case G19_EMAIL_LK:
		k = rnd(N19(lk_given19));
		s = rnd(N19(lk_surname19));
		snprintf(e, sizeof e, "%s", lk_given19[k][0]);
		snprintf(f, sizeof f, "%s", lk_surname19[s][0]);
		e[0] = (char)(e[0] - 'A' + 'a');
		f[0] = (char)(f[0] - 'A' + 'a');
		if (rnd(2))
			snprintf(o, n, "%s%s%u@%s", e, f, 2005 + rnd(6), P19(lk_mail19));
		else
			snprintf(o, n, "%s.%s@%s", e, f, P19(lk_mail19));
		break;
	case G19_IP_LK:
		snprintf(o, n, "%s%u.%u", P19(lk_ip19), rnd(256), 1 + rnd(254));
		break;
	case G19_NOTES_LK:
		k = rnd(N19(lk_notes19));
		digits(d, 7);
		snprintf(f, sizeof f, "%s%s", P19(lk_mobile19), d);
		if (k == 3)
			snprintf(e, sizeof e, "%s", lk_parent19[1][rnd(5)]);
		else
			snprintf(e, sizeof e, "%s", lk_parent19[0][rnd(5)]);
		if (k == 0)
			snprintf(o, n, lk_notes19[k], f);
		else if (k == 1 || k == 2 || k == 3)
			snprintf(o, n, lk_notes19[k], e);
		else if (k == 5)
			snprintf(o, n, lk_notes19[k], e, f);
		else
			snprintf(o, n, "%s", lk_notes19[k]);
		break;
	case G19_CLASS_LK:
		snprintf(o, n, "AL%u-%s-%c", 25 + rnd(3), P19(lk_subj_code19), "TRP"[rnd(3)]);
		break;
	case G19_FEE_LK:
		snprintf(o, n, "Rs. %u,%03u.00", 1 + rnd(4), rnd(2) * 500);
		break;
	case G19_SUBJECT_LK:
		snprintf(o, n, "%s", P19(lk_subject19));
		break;
	case G19_HALL_LK:
		snprintf(o, n, "%s", P19(lk_hall19));
		break;
	case G19_QRHASH_LK:
		for (k = 0; k < 40; k++)
			o[k] = "0123456789abcdef"[rnd(16)];
		o[40] = 0;
		break;
	case G19_SMS_LK:
		snprintf(o, n, "%s", P19(lk_sms19));
		break;
	case G19_RECEIPT_LK:
		snprintf(o, n, "RCPT/%u/%06u", 24 + rnd(2), rnd(20000));
		break;

	/* ---- Somaliland */
	case G19_NAME_SO:
	case G19_MOTHER_SO:
		s = rnd(3) ? 0 : 1; /* 0: Somali spelling, 1: English */
		if (g == G19_MOTHER_SO || woman)
			snprintf(o, n, "%s %s %s", so_female19[rnd(N19(so_female19))][s],
			         so_male19[rnd(N19(so_male19))][s], so_male19[rnd(N19(so_male19))][s]);
		else
			snprintf(o, n, "%s %s %s", so_male19[rnd(N19(so_male19))][s],
			         so_male19[rnd(N19(so_male19))][s], so_male19[rnd(N19(so_male19))][s]);
		break;
	case G19_BIRTH_SO:
		if (rnd(2))
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		else
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G19_PHONE_SO:
		digits(d, 6);
		k = rnd(3);
		snprintf(e, sizeof e, "%s", k == 0 ? "634" : k == 1 ? "633" : "65");
		if (k == 2)
			snprintf(e, sizeof e, "65%u", 1 + rnd(9));
		switch (rnd(5)) {
		case 0:
			snprintf(o, n, "+252 %.2s %s%s", e, e + 2, d);
			break;
		case 1:
			snprintf(o, n, "0%s%s", e, d);
			break;
		case 2:
			snprintf(o, n, "0%.2s-%s%s", e, e + 2, d);
			break;
		case 3:
			snprintf(o, n, "252%s%s", e, d);
			break;
		default:
			snprintf(o, n, "%.2s %s%.2s %.4s", e, e + 2, d, d + 2);
		}
		break;
	case G19_EMAIL_SO:
		s = rnd(N19(so_male19));
		k = rnd(N19(so_male19));
		snprintf(e, sizeof e, "%s", woman ? so_female19[rnd(N19(so_female19))][1]
		                                  : so_male19[s][1]);
		snprintf(f, sizeof f, "%s", so_male19[k][1]);
		e[0] = (char)(e[0] - 'A' + 'a');
		f[0] = (char)(f[0] - 'A' + 'a');
		if (rnd(2))
			snprintf(o, n, "%s%s%u@%s", e, f, rnd(100), P19(so_mail19));
		else
			snprintf(o, n, "%s.%s@%s", e, f, P19(so_mail19));
		break;
	case G19_ADDR_SO:
		if (rnd(2))
			snprintf(o, n, "Xaafadda %s, %s, Hargeysa", P19(so_area19), P19(so_district19));
		else
			snprintf(o, n, "%s, Jidka %u-aad, Guriga %u, Hargeysa", P19(so_area19),
			         1 + rnd(40), 1 + rnd(300));
		break;
	case G19_PASSPORT_SO:
		snprintf(o, n, "P%08u", rnd(2000000));
		break;
	case G19_GEO_SO:
		snprintf(o, n, "9.%04u, 44.%04u", 5300 + rnd(600), 200 + rnd(800));
		break;
	case G19_NOTES_SO:
		k = rnd(N19(so_notes19));
		digits(d, 6);
		snprintf(f, sizeof f, "063 4%s", d);
		snprintf(e, sizeof e, "%s %s", so_male19[rnd(N19(so_male19))][0],
		         so_male19[rnd(N19(so_male19))][0]);
		if (k == 0)
			snprintf(o, n, so_notes19[k], e);
		else if (k == 1)
			snprintf(o, n, so_notes19[k], f);
		else if (k == 3)
			snprintf(o, n, so_notes19[k], e, f);
		else
			snprintf(o, n, "%s", so_notes19[k]);
		break;
	case G19_ZAAD_SO:
		digits(d, 6);
		snprintf(o, n, "63%u%s", rnd(2) ? 4u : 3u, d);
		break;
	case G19_RECEIPT_SO:
		snprintf(o, n, "RS-%u-%05u", 2024 + rnd(2), rnd(30000));
		break;
	case G19_PRICE_SO:
		snprintf(o, n, "$%u.00", 5 + rnd(120));
		break;
	case G19_TEST_SO:
		snprintf(o, n, "%s", P19(so_test19));
		break;
	case G19_TEMP_SO:
		snprintf(o, n, "%u.%u", 36 + rnd(4), rnd(10));
		break;
	case G19_BED_SO:
		snprintf(o, n, "W%u-B%02u", 1 + rnd(6), 1 + rnd(24));
		break;
	case G19_DRUG_SO:
		snprintf(o, n, "%s", P19(so_drug19));
		break;
	case G19_SMS_SO:
		snprintf(o, n, "%s", P19(so_sms19));
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* -------------------------------------------- the twentieth held-out fold
 * heldout20, written blind like the fourth to nineteenth (its author read
 * neither src/map/, nor the unit tests, nor the lexicon and name files,
 * nor the rules in docs/pii.md): a Guayaquil fibre operator's subscribers
 * (Ecuadorian Spanish), an Arousa shellfish gatherers' guild's members
 * (Galician), a Bihać rafting camp's guests (Bosnian), a Karakol ski
 * base's season-pass holders (Kyrgyz, Cyrillic and transliterated) and a
 * Phnom Penh garment factory's workers (Khmer, script and romanised, with
 * the English of a factory's HR system). Given names, surnames, streets
 * and towns of those places, with their id formats and check digits (the
 * Ecuadorian cédula and RUC, the Spanish DNI and NIE, ES IBANs with their
 * CCC digits, the JMBG, BA IBANs with their national digits, the Kyrgyz
 * PIN, Elcart cards, Cambodian id cards). Its generators are kept apart
 * from the other folds' (build_db() hands G20_* to value20()). */

#define N20(a) (sizeof(a) / sizeof((a)[0]))
#define P20(a) (a)[rnd(N20(a))]

/* Ecuador (Guayaquil) */
static const char *const ec_given20[][2] = {
    {"JOSÉ LUIS", "joseluis"},   {"JEFFERSON", "jefferson"}, {"KLÉBER", "kleber"},
    {"WASHINGTON", "washington"}, {"BYRON ANDRÉS", "byron"}, {"SEGUNDO", "segundo"},
    {"DIGNA MERCEDES", "digna"}, {"NARCISA", "narcisa"},     {"JESSENIA", "jessenia"},
    {"GISSELA XIMENA", "gissela"}, {"LADY JOHANNA", "lady"}, {"WILSON ENRIQUE", "wilson"},
    {"MARÍA AUXILIADORA", "mariaaux"}, {"BRYAN JOEL", "bryan"}};
static const char *const ec_surname20[][2] = {
    {"MACÍAS", "macias"},   {"ZAMBRANO", "zambrano"}, {"VERA", "vera"},
    {"MENDOZA", "mendoza"}, {"CEDEÑO", "cedeno"},     {"INTRIAGO", "intriago"},
    {"ALVARADO", "alvarado"}, {"CHÓEZ", "choez"},     {"PINCAY", "pincay"},
    {"QUIMÍ", "quimi"},     {"TUMBACO", "tumbaco"},   {"VILLÓN", "villon"},
    {"BAJAÑA", "bajana"},   {"YAGUAL", "yagual"},     {"GUAMÁN", "guaman"}};
static const char *const ec_mail20[] = {"gmail.com", "hotmail.com", "yahoo.es", "outlook.com",
                                        "hotmail.es", "live.com"};
static const char *const ec_addr20[] = {
    "Cdla. Alborada 9na etapa Mz. %u V. %u",   "Sauces 6 Mz. %u-F V. %u",
    "Urdesa Central, Circunvalación Sur %u y Ficus, dpto. %u",
    "Av. 9 de Octubre %u y Pedro Moncayo, piso %u", "Coop. Sergio Toral Mz. %u Sl. %u",
    "Cdla. Kennedy Norte, calle José Falconí Mz. %u V. %u",
    "Mucho Lote 2, 4ta etapa Mz. %u V. %u",    "Los Ceibos, calle 5ta %u y Av. del Bombero, casa %u",
    "Bastión Popular Bloque %u Mz. %u",        "Guasmo Sur, Coop. Unión de Bananeros Mz. %u Sl. %u"};
static const char *const ec_city20[] = {", Guayaquil", " - Guayaquil", " (Guayaquil)", "",
                                        ", Guayaquil, Guayas"};
static const char *const ec_person20[] = {"Narcisa Pincay", "don Segundo Quimí", "Jessenia Vera",
                                          "Kléber Tumbaco", "Digna Macías", "Byron Yagual",
                                          "Lady Cedeño", "Washington Chóez", "María Auxiliadora Villón"};
static const char *const ec_ip20[] = {"186.46.", "190.152.", "181.199.", "200.93.", "186.3.",
                                      "201.183."};
static const char *const ec_obs20[] = {
    "Cliente %s pide router en el cuarto del hijo; llamar antes al %s",
    "No hay nadie en la mañana; recibe al técnico la vecina de al lado. Dueño: %s, cel %s",
    "Perro bravo en el patio, avisar a %s antes de entrar (%s)",
    "Adulto mayor, vive solo; le ayuda con el pago %s, tel %s",
    "Reclama cobro doble en su tarjeta, se escaló a facturación. Titular %s, %s",
    "Cambio de titular a nombre de %s por fallecimiento del padre; contacto %s"};
static const char *const ec_plan20[] = {"Fibra Hogar 300 Mbps", "Fibra Hogar 500 Mbps",
                                        "Gamer 600 Mbps", "Pyme 1000 Mbps", "Plan Básico 100 Mbps",
                                        "Combo Fibra + TV 400"};
static const char *const ec_olt20[] = {"OLT-GYE-NORTE-03", "OLT-GYE-SUR-01", "OLT-SAMB-02",
                                       "OLT-DURAN-01", "OLT-GYE-CENTRO-04"};
static const char *const ec_onu20[] = {"ZTEG", "HWTC", "FHTT", "ALCL"};
static const char *const ec_sms20[] = {
    "Estimado/a {nombre}, su servicio de fibra fue activado. Contrato {contrato}.",
    "{nombre}, su factura de {mes} por ${valor} vence el {fecha}. Pague en www.fibra.ec",
    "Hola {primer_nombre}: el técnico {tecnico} llegará entre {hora_ini} y {hora_fin}.",
    "Su servicio será suspendido el {fecha} por falta de pago. Ref: {cedula_ruc}"};

/* Galicia (ría de Arousa) */
static const char *const gl_given20[][2] = {
    {"Uxía", "uxia"},     {"Antía", "antia"},       {"Xiana", "xiana"},   {"Iria", "iria"},
    {"Sabela", "sabela"}, {"Carme", "carme"},       {"Maruxa", "maruxa"}, {"Manuela", "manuela"},
    {"Generosa", "generosa"}, {"Dolores", "lola"},  {"Rosa María", "rosamari"},
    {"Pilar", "pilar"},   {"Xosé Manuel", "xosem"}, {"Brais", "brais"},   {"Noemí", "noemi"},
    {"María do Carme", "mcarme"}};
static const char *const gl_surname20[][2] = {
    {"Otero", "otero"},     {"Lorenzo", "lorenzo"},   {"Pazos", "pazos"},
    {"Costas", "costas"},   {"Vilas", "vilas"},       {"Bouzas", "bouzas"},
    {"Piñeiro", "pineiro"}, {"Souto", "souto"},       {"Rial", "rial"},
    {"Outeiral", "outeiral"}, {"Abelleira", "abelleira"}, {"Miguéns", "miguens"},
    {"Comesaña", "comesana"}, {"Lema", "lema"},       {"Castro", "castro"},
    {"Dios", "dios"},       {"Chaves", "chaves"},     {"Martínez", "martinez"}};
static const char *const gl_mail20[] = {"gmail.com", "hotmail.com", "hotmail.es", "yahoo.es",
                                        "mundo-r.com", "telefonica.net"};
static const struct {
	const char *place;
	const char *cp;
} gl_town20[] = {{"O Grove", "36980"},     {"Cambados", "36630"},  {"Vilanova de Arousa", "36620"},
                 {"Vilagarcía de Arousa", "36600"}, {"Carril", "36610"}, {"A Illa de Arousa", "36626"},
                 {"Ribadumia", "36636"},   {"Meaño", "36968"},     {"Sanxenxo", "36960"}};
static const char *const gl_street20[] = {"Rúa do Mar", "Rúa Real", "Avda. da Mariña",
                                          "Rúa Castelao", "Camiño da Pedreira", "Lugar de Outeiro",
                                          "Rúa Rosalía de Castro", "Praza do Peirao", "Rúa San Roque"};
static const char *const gl_floor20[] = {"", ", baixo", ", 1º A", ", 2º B", ", 3º esq.", ", 1º dta.",
                                         ""};
static const char *const gl_bank20[] = {"2080", "0049", "0182", "2100", "3070", "0081", "0238"};
static const char *const gl_obs20[] = {
    "Baixa médica desde marzo pola operación do xeonllo",
    "A súa filla %s recolle as facturas na lonxa",
    "Non pode ir á marea nocturna por coidar da nai, que ten alzhéimer",
    "Pediu cambio de conta o %02u/%02u/2025; chamar ao %s",
    "Embarazada de seis meses, exenta dos bancos de area ata o parto",
    "Viúva, cobra a pensión na Caixa Rural; o permex segue a nome de %s"};
static const char *const gl_zone20[] = {"Banco do Sarrido", "Lombos do Ulla", "Praia da Xunqueira",
                                        "Bancos da Illa", "O Bohído", "Areal de Cabanas",
                                        "Enseada da Lourida"};
static const char *const gl_species20[] = {"Ameixa fina", "Ameixa babosa", "Berberecho",
                                           "Ameixa xapónica", "Longueirón", "Navalla",
                                           "Cadelucha", "Ameixa rubia"};
static const char *const gl_district20[] = {"VILL", "VI", "CAMB", "GROVE", "CARR"};

/* Bosnia and Herzegovina (Bihać) */
static const char *const ba_given20[][3] = {
    /* name, ascii for an e-mail, female */
    {"Emir", "emir", ""},   {"Adnan", "adnan", ""},   {"Haris", "haris", ""},
    {"Mirza", "mirza", ""}, {"Dženan", "dzenan", ""}, {"Tarik", "tarik", ""},
    {"Jasmin", "jasmin", ""}, {"Nikola", "nikola", ""}, {"Amra", "amra", "f"},
    {"Lejla", "lejla", "f"}, {"Selma", "selma", "f"}, {"Ajla", "ajla", "f"},
    {"Nermina", "nermina", "f"}, {"Dragana", "dragana", "f"}, {"Ivana", "ivana", "f"},
    {"Merima", "merima", "f"}};
static const char *const ba_surname20[][2] = {
    {"Hadžić", "hadzic"},     {"Mujić", "mujic"},     {"Kovačević", "kovacevic"},
    {"Begović", "begovic"},   {"Delić", "delic"},     {"Hodžić", "hodzic"},
    {"Šehić", "sehic"},       {"Husić", "husic"},     {"Alić", "alic"},
    {"Omerović", "omerovic"}, {"Softić", "softic"},   {"Mehmedović", "mehmedovic"},
    {"Petrović", "petrovic"}, {"Jurić", "juric"},     {"Halilović", "halilovic"}};
static const char *const ba_mail20[] = {"gmail.com", "hotmail.com", "bih.net.ba", "outlook.com",
                                        "yahoo.com", "live.com", "icloud.com"};
static const char *const ba_addr20[] = {
    "Ferhadija %u, 71000 Sarajevo",                 "Zmaja od Bosne %u, 71000 Sarajevo",
    "Bulevar Meše Selimovića %u, 71000 Sarajevo",   "Kralja Tvrtka %u, 75000 Tuzla",
    "Bihaćkih branilaca %u, 77000 Bihać",           "Braće Fejića %u, 88000 Mostar",
    "Maršala Tita %u, 72000 Zenica",                "Kralja Petra I Karađorđevića %u, 78000 Banja Luka",
    "Ulica Hamdije Kreševljakovića %u, 71000 Sarajevo", "Trg slobode %u, 76000 Brčko"};
static const char *const ba_rel20[2][4] = {{"", " (otac)", " (suprug)", " (brat)"},
                                          {"", " (majka)", " (supruga)", " (sestra)"}};
static const char *const ba_note20[] = {
    "Ne zna plivati, dobio dodatni prsluk",
    "Alergična na ubod pčele, nosi EpiPen",
    "Dijabetičar, inzulin ostavljen u frižideru kampa",
    "Trudna, odustala od ture - vraćen novac na karticu",
    "Maloljetan, u pratnji oca (%s)",
    "Operisano koljeno prošle godine, ide na lakšu dionicu",
    "Pao iz čamca kod slapa, ogrebotine na ruci, potpisao izjavu"};
static const char *const ba_tour20[] = {"Una - Štrbački buk (14 km)", "Una - Lohovo (8 km)",
                                        "Una safari 2 dana", "Kajak Klokot", "Una - Kostela (6 km)"};
static const char *const ba_bank20[] = {"161", "134", "338", "154", "194", "141", "187"};
static const char *const ba_bin20[] = {"4563", "5389", "4024", "5168", "4176"};
static const char *const ba_size20[] = {"S", "M", "L", "XL", "XXL", "M", "L"};

/* Kyrgyzstan (Karakol ski base) */
static const char *const kg_surname20[][2] = {
    {"Асанов", "asanov"},       {"Жумабеков", "zhumabekov"}, {"Токтогулов", "toktogulov"},
    {"Сыдыков", "sydykov"},     {"Осмонов", "osmonov"},      {"Абдыкадыров", "abdykadyrov"},
    {"Мамбетов", "mambetov"},   {"Бакиров", "bakirov"},      {"Турдубаев", "turdubaev"},
    {"Иманалиев", "imanaliev"}, {"Эсенгулов", "esengulov"},  {"Шаршеев", "sharsheev"}};
static const char *const kg_given20[2][8][2] = {
    {{"Азамат", "azamat"}, {"Бакыт", "bakyt"}, {"Нурлан", "nurlan"}, {"Эрлан", "erlan"},
     {"Айбек", "aibek"}, {"Улан", "ulan"}, {"Канат", "kanat"}, {"Медер", "meder"}},
    {{"Айгерим", "aigerim"}, {"Элмира", "elmira"}, {"Жылдыз", "jyldyz"}, {"Гүлзат", "gulzat"},
     {"Нургүл", "nurgul"}, {"Бегимай", "begimai"}, {"Чынара", "chynara"}, {"Айпери", "aiperi"}}};
static const char *const kg_father20[] = {"Бакыт", "Нурлан", "Жумабек", "Эркинбек", "Асанбек",
                                          "Кубанычбек", "Мелис", "Талант"};
static const char *const kg_mail20[] = {"mail.ru", "gmail.com", "yandex.ru", "inbox.ru",
                                        "list.ru", "mail.kg"};
static const char *const kg_op20[] = {"555", "550", "700", "705", "770", "777", "779", "220",
                                      "501", "999"};
static const char *const kg_addr20[] = {
    "г. Бишкек, мкр. Джал-29, д. %u, кв. %u",   "г. Бишкек, ул. Ахунбаева, %u-%u",
    "Бишкек ш., Чүй пр., %u/%u",                "г. Каракол, ул. Абдрахманова, д. %u, кв. %u",
    "720040, г. Бишкек, ул. Токтогула, %u, кв. %u", "Ысык-Көл обл., Түп р-ну, с. Түп, Ленин көч., %u/%u",
    "г. Бишкек, мкр. Асанбай, %u-%u",           "722200, Каракол ш., Гагарин көч., %u, %u-бөлмө"};
static const char *const kg_ip20[] = {"212.112.", "213.109.", "92.62.", "46.251.", "158.181.",
                                      "176.123."};
static const char *const kg_note20[] = {
    "Кызы %s 8 жашта, инструктор менен гана түшөт",
    "Тизесине операция жасалган, кара трассага чыкпасын",
    "Жубайы %s төлөйт, тел. 0555 %06u",
    "Карта жоголду, кайра чыгарылды; паспортун көрсөттү",
    "Абонемент апасынын атына: %s",
    "Упал на бугеле, ушиб плеча, отказ от скорой подписал"};
static const char *const kg_pass_type20[] = {"Сезондук", "10 күн", "Түнкү лыжа", "Студенттик",
                                             "Балдар (7-14)", "Дем алыш күндөр"};
static const char *const kg_lift20[] = {"Кресельный №1", "Кресельный №2", "Кресельный №3",
                                        "Бугель-1", "Бугель-2", "Травелатор"};

/* Cambodia (Phnom Penh garment factory) */
static const char *const kh_name20[][2] = {
    {"សុខ ចាន់ធី", "SOK CHANTHY"},   {"ចាន់ សុភា", "CHAN SOPHEA"},   {"ហេង សុខលី", "HENG SOKLY"},
    {"គឹម ស្រីមុំ", "KIM SREYMOM"},  {"ម៉ៅ សុផល", "MAO SOPHAL"},    {"សេង ដារ៉ា", "SENG DARA"},
    {"ឡុង ស្រីនី", "LONG SREYNY"},  {"ប៊ុន ធារី", "BUN THEARY"},    {"ផាន់ សុខា", "PHAN SOKHA"},
    {"អ៊ុក វណ្ណៈ", "OUK VANNAK"},   {"ទេព ស្រីលក្ខណ៍", "TEP SREYLEAK"}, {"ស៊ុន ពិសី", "SUN PISEY"},
    {"ចាន់ ស្រីពៅ", "CHAN SREYPOV"}, {"ជា បុប្ផា", "CHEA BOPHA"}};
static const char *const kh_sur20[] = {"SOK", "CHAN", "HENG", "KIM", "MAO", "SENG", "LONG", "BUN",
                                       "PHAN", "OUK", "TEP", "NHEM", "SUN", "CHEA", "PROM", "KHIEU"};
static const char *const kh_giv20[] = {"CHANTHY", "SOPHEA", "SOKLY", "SREYMOM", "SOPHAL",
                                       "DARA", "SREYNY", "THEARY", "SOKHA", "VANNAK", "SREYLEAK",
                                       "RATANA", "PISEY", "SREYPOV", "CHANNARY", "BOPHA",
                                       "SOKUNTHEA", "VICHEKA"};
static const char *const kh_mob20[] = {"012", "011", "017", "077", "078", "085", "086", "089",
                                       "092", "093", "095", "010", "070", "069", "015"};
static const char *const kh_mob10_20[] = {"096", "097", "088", "071", "031"};
static const char *const kh_pp20[][2] = {
    {"Chaom Chau", "Pou Senchey"}, {"Kakab", "Pou Senchey"}, {"Stueng Mean Chey", "Mean Chey"},
    {"Boeng Tumpun", "Mean Chey"}, {"Tuol Sangkae", "Russey Keo"}, {"Veal Sbov", "Chbar Ampov"},
    {"Phsar Depou III", "Tuol Kouk"}};
static const char *const kh_prov20[][3] = {
    {"Prey Kduoch", "Kampong Tralach", "Kampong Chhnang"},
    {"Trapeang Chhuk", "Chamkar Leu", "Kampong Cham"},
    {"Chrey", "Peam Ro", "Prey Veng"},
    {"Ta Sal", "Basedth", "Kampong Speu"},
    {"Angk Ta Saom", "Tram Kak", "Takeo"}};
static const char *const kh_addr_km20[] = {
    "ផ្ទះលេខ %s ផ្លូវ %s សង្កាត់ចោមចៅ ខណ្ឌពោធិ៍សែនជ័យ រាជធានីភ្នំពេញ",
    "ផ្ទះលេខ %s ផ្លូវ %s សង្កាត់កាកាប ខណ្ឌពោធិ៍សែនជ័យ ភ្នំពេញ",
    "ភូមិត្រពាំងឈូក ឃុំស្វាយទាប ស្រុកចំការលើ ខេត្តកំពង់ចាម (ផ្ទះ %s, ក្រុម %s)",
    "ភូមិព្រៃខ្លូត ឃុំពាមរ ស្រុកពាមរ ខេត្តព្រៃវែង ផ្ទះលេខ %s ក្រុមទី %s"};
static const char *const kh_note20[] = {
    "សុំច្បាប់ ៣ ថ្ងៃ ព្រោះម្ដាយឈឺ នៅខេត្តព្រៃវែង",
    "មានផ្ទៃពោះ ៥ ខែ សុំធ្វើការវេនព្រឹកតែប៉ុណ្ណោះ",
    "ប្ដីឈ្មោះ %s ទូរស័ព្ទ %s",
    "Maternity leave from 01/04/2025, husband %s called, tel %s",
    "Fainted on line 07 at 10:30, sent to clinic; sister %s informed (%s)",
    "ឈឺក្រពះ ទៅពេទ្យកាល់ម៉ែត ថ្ងៃទី ១២ មានលិខិតពេទ្យ"};
static const char *const kh_shift20[] = {"វេនព្រឹក", "វេនរសៀល", "OT 2h", "វេនយប់", "Day",
                                         "OT Sunday"};
static const char *const kh_machine20[] = {"JUKI DDL-9000C", "JUKI MO-6814S", "Brother S-7300A",
                                           "Pegasus W664", "Siruba 757F", "JACK A4"};

enum {
	G20_FIRST = 16000, /* above every G19_*: build_db() hands them to value20() */
	/* Ecuador */
	G20_CEDULA_EC = G20_FIRST, /* 0912345675, 0912345675001 */
	G20_NAME_EC,               /* "MACÍAS ZAMBRANO JOSÉ LUIS" */
	G20_BIRTH_EC,
	G20_EMAIL_EC,
	G20_MOBILE_EC,             /* 0991234567, +593 99 123 4567 */
	G20_ADDR_EC,
	G20_GEO_EC,
	G20_IP_EC,
	G20_OBS_EC,
	G20_CONTRACT_EC,           /* GYE-2025-0045123 */
	G20_PLAN_EC,
	G20_FEE_EC,                /* $ 25,99 */
	G20_ONU_EC,                /* ZTEGC8A1B2C3 */
	G20_PORT_EC,               /* OLT-GYE-NORTE-03 0/1/5:12 */
	G20_RXPOWER_EC,            /* -19.42 */
	G20_INSTALL_EC,            /* an installation date */
	G20_SMS_EC,
	G20_MD5_EC,
	/* Galicia */
	G20_GIVEN_GL,
	G20_SURNAMES_GL,
	G20_DNI_GL,                /* 36123456T, X1234567L */
	G20_BIRTH_GL,
	G20_ADDR_GL,
	G20_MOBILE_GL,
	G20_EMAIL_GL,
	G20_IBAN_GL,
	G20_OBS_GL,
	G20_ZONE_GL,
	G20_SPECIES_GL,
	G20_KG_GL,                 /* 12,5 */
	G20_LOT_GL,                /* LX36-20250412-0087 */
	G20_PRICE_GL,              /* 18,75 € */
	G20_BOAT_GL,               /* 3ª-VILL-1-2345-07 */
	G20_SALINITY_GL,           /* 33,8 */
	/* Bosnia and Herzegovina */
	G20_NAME_BA,
	G20_JMBG_BA,               /* 1403987175007 */
	G20_BIRTH_BA,              /* 14.03.1987. */
	G20_MOBILE_BA,             /* 061/123-456 */
	G20_EMAIL_BA,
	G20_ADDR_BA,
	G20_EMERGENCY_BA,
	G20_CARD_BA,               /* a deposit card, Luhn */
	G20_IBAN_BA,               /* BA39 ... */
	G20_NOTE_BA,
	G20_TOUR_BA,
	G20_BOOKING_BA,            /* UNA-25-00412 */
	G20_PRICE_BA,              /* 85,00 KM */
	G20_SIZE_BA,
	G20_LEVEL_BA,              /* river level, cm */
	G20_HELMET_BA,             /* K-017 */
	G20_IMEI_BA,               /* a rented tracker's IMEI, Luhn */
	/* Kyrgyzstan */
	G20_NAME_KG,               /* "Асанов Бакыт Нурланович", "Азамат Нурлан уулу" */
	G20_PIN_KG,                /* 21503198500123 */
	G20_PASSPORT_KG,           /* ID1234567, AC1234567 */
	G20_BIRTH_KG,
	G20_PHONE_KG,
	G20_EMAIL_KG,
	G20_ADDR_KG,
	G20_ELCART_KG,             /* 9417 ..., Luhn */
	G20_IP_KG,
	G20_GEO_KG,
	G20_NOTE_KG,
	G20_PASSTYPE_KG,
	G20_PRICE_KG,              /* 24 500 сом */
	G20_RFID_KG,               /* 04A23BC4D5E680 */
	G20_SNOW_KG,               /* cm */
	G20_LIFT_KG,
	G20_APPVER_KG,             /* 2.14.3 (415) */
	G20_TEMP_KG,               /* -12.4 */
	/* Cambodia */
	G20_NAME_KM,               /* Khmer script */
	G20_NAME_LAT_KH,           /* "SOK CHANTHY", "Kim Sreymom" */
	G20_IDCARD_KH,             /* 9 digits */
	G20_BIRTH_KH,
	G20_PHONE_KH,
	G20_ADDR_KH,
	G20_EMAIL_KH,
	G20_GEO_KH,
	G20_NOTE_KH,
	G20_LINE_KH,               /* Line 07 */
	G20_STYLE_KH,              /* ST-24-0981 / PO 4500123456 */
	G20_WAGE_KH,               /* $208.00 */
	G20_PIECE_KH,              /* 0.045 */
	G20_MACHINE_KH,
	G20_SHIFT_KH,
	G20_EAN_KH                 /* carton EAN-13, 884... */
};

static const char *const months_en20[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* Ecuador's cédula: province, a third digit under 6, six digits, and a
 * check digit (weights 2,1,2,... mod 10). */
static void cedula20(char *d)
{
	static const char *const prov[] = {"09", "09", "09", "13", "12", "17", "07", "24", "01"};
	int i, s = 0;
	snprintf(d, 3, "%s", P20(prov));
	d[2] = (char)('0' + rnd(6));
	digits(d + 3, 6);
	for (i = 0; i < 9; i++) {
		int x = (d[i] - '0') * (i % 2 ? 1 : 2);
		s += x > 9 ? x - 9 : x;
	}
	d[9] = (char)('0' + (10 - s % 10) % 10);
	d[10] = 0;
}

/* mod 97 of a string of digits and upper-case letters (A = 10). */
static unsigned mod97_20(const char *s)
{
	unsigned r = 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			r = (r * 10 + (unsigned)(*s - '0')) % 97;
		else if (*s >= 'A' && *s <= 'Z')
			r = (r * 100 + (unsigned)(*s - 'A' + 10)) % 97;
	}
	return r;
}

/* An IBAN from a country code and its BBAN, compact or in groups of four. */
static void iban20(char *o, size_t n, const char *cc, const char *bban, bool groups)
{
	char t[64], c[64];
	size_t i, k = 0;
	snprintf(t, sizeof t, "%s%s00", bban, cc);
	snprintf(c, sizeof c, "%s%02u%s", cc, 98 - mod97_20(t), bban);
	for (i = 0; c[i] && k + 2 < n; i++) {
		if (groups && i && i % 4 == 0)
			o[k++] = ' ';
		o[k++] = c[i];
	}
	o[k] = 0;
}

/* A Spanish CCC check digit over ten digits (weights 1,2,4,8,5,10,9,7,3,6). */
static char ccc_dc20(const char *d10)
{
	static const int w[] = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
	int i, s = 0, r;
	for (i = 0; i < 10; i++)
		s += (d10[i] - '0') * w[i];
	r = 11 - s % 11;
	return (char)('0' + (r == 11 ? 0 : r == 10 ? 1 : r));
}

/* Khmer digits for an ASCII number. */
static void khdigits20(char *o, size_t n, const char *a)
{
	size_t k = 0;
	for (; *a && k + 4 < n; a++) {
		if (*a >= '0' && *a <= '9') {
			o[k++] = (char)0xE1;
			o[k++] = (char)0x9F;
			o[k++] = (char)(0xA0 + (*a - '0'));
		} else {
			o[k++] = *a;
		}
	}
	o[k] = 0;
}

static void ec_mobile20(char *o, size_t n)
{
	char d[16];
	unsigned p;
	digits(d, 7);
	p = 6 + rnd(4); /* 096..099 */
	switch (rnd(4)) {
	case 0:
		snprintf(o, n, "09%u%s", p, d);
		break;
	case 1:
		snprintf(o, n, "+593 9%u %.3s %.4s", p, d, d + 3);
		break;
	case 2:
		snprintf(o, n, "09%u-%.3s-%.4s", p, d, d + 3);
		break;
	default:
		snprintf(o, n, "5939%u%s", p, d);
	}
}

static void gl_mobile20(char *o, size_t n)
{
	char d[16];
	digits(d, 8);
	switch (rnd(3)) {
	case 0:
		snprintf(o, n, "6%.2s %.3s %.3s", d, d + 2, d + 5);
		break;
	case 1:
		snprintf(o, n, "+34 6%.2s %.2s %.2s %.2s", d, d + 2, d + 4, d + 6);
		break;
	default:
		snprintf(o, n, "6%s", d);
	}
}

static void ba_mobile20(char *o, size_t n)
{
	static const char *const op[] = {"61", "62", "63", "65", "66", "60"};
	const char *p = P20(op);
	char d[16];
	digits(d, 7);
	if (p[1] == '0') { /* 060 numbers have seven digits */
		snprintf(o, n, "0%s/%.3s-%.4s", p, d, d + 3);
		return;
	}
	switch (rnd(4)) {
	case 0:
		snprintf(o, n, "+387 %s %.3s %.3s", p, d, d + 3);
		break;
	case 1:
		snprintf(o, n, "0%s/%.3s-%.3s", p, d, d + 3);
		break;
	case 2:
		snprintf(o, n, "0%s %.3s %.3s", p, d, d + 3);
		break;
	default:
		snprintf(o, n, "00387%s%.6s", p, d);
	}
}

static void kh_mobile20(char *o, size_t n)
{
	char d[16];
	digits(d, 7);
	if (rnd(4) == 0) {
		const char *p = P20(kh_mob10_20);
		if (rnd(2))
			snprintf(o, n, "%s %.3s %.4s", p, d, d + 3);
		else
			snprintf(o, n, "+855 %s %.3s %.4s", p + 1, d, d + 3);
		return;
	}
	switch (rnd(3)) {
	case 0:
		snprintf(o, n, "%s %.3s %.3s", P20(kh_mob20), d, d + 3);
		break;
	case 1:
		snprintf(o, n, "+855%s%.6s", P20(kh_mob20) + 1, d);
		break;
	default:
		snprintf(o, n, "%s%.6s", P20(kh_mob20), d);
	}
}

static void ba_name20(char *o, size_t n)
{
	snprintf(o, n, "%s %s", ba_given20[rnd(N20(ba_given20))][0],
	         ba_surname20[rnd(N20(ba_surname20))][0]);
}

static void kg_name20(char *o, size_t n)
{
	unsigned w = rnd(2), g = rnd(8), s = rnd(N20(kg_surname20));
	const char *f = P20(kg_father20);
	switch (rnd(4)) {
	case 0:
		snprintf(o, n, "%s %s %s", kg_given20[w][g][0], f, w ? "кызы" : "уулу");
		break;
	case 1:
		snprintf(o, n, "%s%s %s", kg_surname20[s][0], w ? "а" : "", kg_given20[w][g][0]);
		break;
	default:
		snprintf(o, n, "%s%s %s %s%s", kg_surname20[s][0], w ? "а" : "", kg_given20[w][g][0],
		         f, w ? "овна" : "ович");
	}
}

static void kh_latin20(char *o, size_t n)
{
	const char *s = P20(kh_sur20), *g = P20(kh_giv20);
	char a[32], b[32];
	size_t i;
	if (rnd(3)) {
		snprintf(o, n, "%s %s", s, g);
		return;
	}
	snprintf(a, sizeof a, "%s", s);
	snprintf(b, sizeof b, "%s", g);
	for (i = 1; a[i]; i++)
		a[i] = (char)(a[i] - 'A' + 'a');
	for (i = 1; b[i]; i++)
		b[i] = (char)(b[i] - 'A' + 'a');
	snprintf(o, n, "%s %s", a, b);
}

/* A Luhn-valid card number from a BIN, in groups of four or not. */
static void card20(char *o, size_t n, const char *bin, bool groups)
{
	char d[24];
	size_t len = strlen(bin);
	snprintf(d, sizeof d, "%s", bin);
	digits(d + len, (int)(15 - len));
	luhn_fill(d, 16);
	if (groups)
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
	else
		snprintf(o, n, "%s", d);
}

static void value20(int g, char *o, size_t n)
{
	char d[64], e[128], f[128];
	unsigned y = 1950 + rnd(56), m = 1 + rnd(12), day = 1 + rnd(28), k, s;
	int i;
	switch (g) {
	/* ---- Ecuador */
	case G20_CEDULA_EC:
		cedula20(d);
		k = rnd(5);
		if (k == 0)
			snprintf(o, n, "%s001", d); /* a natural person's RUC */
		else if (k == 1)
			snprintf(o, n, "%.9s-%c", d, d[9]);
		else
			snprintf(o, n, "%s", d);
		break;
	case G20_NAME_EC:
		k = rnd(N20(ec_given20));
		if (rnd(4))
			snprintf(o, n, "%s %s %s", ec_surname20[rnd(N20(ec_surname20))][0],
			         ec_surname20[rnd(N20(ec_surname20))][0], ec_given20[k][0]);
		else
			snprintf(o, n, "%s %s", ec_given20[k][0], ec_surname20[rnd(N20(ec_surname20))][0]);
		break;
	case G20_BIRTH_EC:
		if (rnd(2))
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		else
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G20_EMAIL_EC:
		k = rnd(N20(ec_given20));
		s = rnd(N20(ec_surname20));
		if (rnd(2))
			snprintf(o, n, "%s.%s%u@%s", ec_given20[k][1], ec_surname20[s][1], rnd(100),
			         P20(ec_mail20));
		else
			snprintf(o, n, "%c%s_%s@%s", ec_given20[k][1][0], ec_surname20[s][1],
			         ec_surname20[rnd(N20(ec_surname20))][1], P20(ec_mail20));
		break;
	case G20_MOBILE_EC:
		ec_mobile20(o, n);
		break;
	case G20_ADDR_EC:
		snprintf(e, sizeof e, P20(ec_addr20), 1 + rnd(2400), 1 + rnd(40));
		snprintf(o, n, "%s%s", e, P20(ec_city20));
		break;
	case G20_GEO_EC:
		snprintf(o, n, "-2.%06u,-79.%06u", 90000 + rnd(160000), 860000 + rnd(100000));
		break;
	case G20_IP_EC:
		snprintf(o, n, "%s%u.%u", P20(ec_ip20), rnd(256), 1 + rnd(254));
		break;
	case G20_OBS_EC:
		snprintf(e, sizeof e, "%s", P20(ec_person20));
		ec_mobile20(f, sizeof f);
		snprintf(o, n, P20(ec_obs20), e, f);
		break;
	case G20_CONTRACT_EC:
		snprintf(o, n, "GYE-%u-%07u", 2019 + rnd(7), rnd(200000));
		break;
	case G20_PLAN_EC:
		snprintf(o, n, "%s", P20(ec_plan20));
		break;
	case G20_FEE_EC:
		k = 18 + rnd(60);
		if (rnd(2))
			snprintf(o, n, "$ %u,%02u", k, rnd(100));
		else
			snprintf(o, n, "%u.%02u", k, rnd(100));
		break;
	case G20_ONU_EC:
		for (i = 0; i < 8; i++)
			d[i] = "0123456789ABCDEF"[rnd(16)];
		d[8] = 0;
		snprintf(o, n, "%s%s", P20(ec_onu20), d);
		break;
	case G20_PORT_EC:
		snprintf(o, n, "%s 0/%u/%u:%u", P20(ec_olt20), 1 + rnd(16), rnd(16), 1 + rnd(128));
		break;
	case G20_RXPOWER_EC:
		snprintf(o, n, "-%u.%02u", 14 + rnd(14), rnd(100));
		break;
	case G20_INSTALL_EC:
		snprintf(o, n, "%u-%02u-%02u", 2019 + rnd(7), m, day);
		break;
	case G20_SMS_EC:
		snprintf(o, n, "%s", P20(ec_sms20));
		break;
	case G20_MD5_EC:
		for (i = 0; i < 32; i++)
			d[i] = "0123456789abcdef"[rnd(16)];
		d[32] = 0;
		snprintf(o, n, "%s", d);
		break;
	/* ---- Galicia */
	case G20_GIVEN_GL:
		snprintf(o, n, "%s", gl_given20[rnd(N20(gl_given20))][0]);
		break;
	case G20_SURNAMES_GL:
		snprintf(o, n, "%s %s", gl_surname20[rnd(N20(gl_surname20))][0],
		         gl_surname20[rnd(N20(gl_surname20))][0]);
		break;
	case G20_DNI_GL:
		if (rnd(6)) {
			k = 30000000 + rnd(50000000);
			snprintf(o, n, "%08u%c", k, "TRWAGMYFPDXBNJZSQVHLCKE"[k % 23]);
		} else {
			unsigned x = rnd(3);
			k = rnd(10000000);
			snprintf(o, n, "%c%07u%c", "XYZ"[x], k,
			         "TRWAGMYFPDXBNJZSQVHLCKE"[(x * 10000000 + k) % 23]);
		}
		break;
	case G20_BIRTH_GL:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G20_ADDR_GL:
		k = rnd(N20(gl_town20));
		snprintf(o, n, "%s, %u%s, %s %s", P20(gl_street20), 1 + rnd(80), P20(gl_floor20),
		         gl_town20[k].cp, gl_town20[k].place);
		break;
	case G20_MOBILE_GL:
		gl_mobile20(o, n);
		break;
	case G20_EMAIL_GL:
		k = rnd(N20(gl_given20));
		s = rnd(N20(gl_surname20));
		if (rnd(2))
			snprintf(o, n, "%s.%s@%s", gl_given20[k][1], gl_surname20[s][1], P20(gl_mail20));
		else
			snprintf(o, n, "%s%s%u@%s", gl_given20[k][1], gl_surname20[s][1], 50 + rnd(50),
			         P20(gl_mail20));
		break;
	case G20_IBAN_GL: {
		char bb[16], acc[16], t[16];
		snprintf(bb, sizeof bb, "%s", P20(gl_bank20));
		digits(bb + 4, 4);
		digits(acc, 10);
		snprintf(t, sizeof t, "00%s", bb);
		snprintf(d, sizeof d, "%s%c%c%s", bb, ccc_dc20(t), ccc_dc20(acc), acc);
		iban20(o, n, "ES", d, rnd(2));
		break;
	}
	case G20_OBS_GL:
		k = rnd(N20(gl_obs20));
		/* a daughter (the first twelve given names are women's) or a late husband */
		snprintf(e, sizeof e, "%s %s", gl_given20[k == 1 ? rnd(12) : 12 + rnd(2)][0],
		         gl_surname20[rnd(N20(gl_surname20))][0]);
		if (k == 3) {
			gl_mobile20(f, sizeof f);
			snprintf(o, n, gl_obs20[k], day, m, f);
		} else {
			snprintf(o, n, gl_obs20[k], e);
		}
		break;
	case G20_ZONE_GL:
		snprintf(o, n, "%s", P20(gl_zone20));
		break;
	case G20_SPECIES_GL:
		snprintf(o, n, "%s", P20(gl_species20));
		break;
	case G20_KG_GL:
		snprintf(o, n, "%u,%u", 2 + rnd(25), rnd(10));
		break;
	case G20_LOT_GL:
		snprintf(o, n, "LX36-2025%02u%02u-%04u", m, day, 1 + rnd(400));
		break;
	case G20_PRICE_GL:
		snprintf(o, n, "%u,%02u €", 4 + rnd(30), rnd(100));
		break;
	case G20_BOAT_GL:
		snprintf(o, n, "3ª-%s-%u-%u-%02u", P20(gl_district20), 1 + rnd(5), 1000 + rnd(9000),
		         rnd(25));
		break;
	case G20_SALINITY_GL:
		snprintf(o, n, "%u,%u", 28 + rnd(8), rnd(10));
		break;
	/* ---- Bosnia and Herzegovina */
	case G20_NAME_BA:
		ba_name20(o, n);
		break;
	case G20_JMBG_BA: {
		static const int w[] = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
		int c;
		do {
			k = rnd(2) ? rnd(500) : 500 + rnd(500);
			snprintf(d, sizeof d, "%02u%02u%03u%u%03u", day, m, y % 1000, 10 + rnd(10), k);
			for (i = 0, c = 0; i < 12; i++)
				c += (d[i] - '0') * w[i];
			c = 11 - c % 11;
		} while (c == 10);
		snprintf(o, n, "%s%d", d, c == 11 ? 0 : c);
		break;
	}
	case G20_BIRTH_BA:
		snprintf(o, n, rnd(4) ? "%02u.%02u.%u." : "%u.%u.%u", day, m, y);
		break;
	case G20_MOBILE_BA:
		ba_mobile20(o, n);
		break;
	case G20_EMAIL_BA:
		k = rnd(N20(ba_given20));
		s = rnd(N20(ba_surname20));
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "%s.%s@%s", ba_given20[k][1], ba_surname20[s][1], P20(ba_mail20));
			break;
		case 1:
			snprintf(o, n, "%s_%s%u@%s", ba_given20[k][1], ba_surname20[s][1], 80 + rnd(20),
			         P20(ba_mail20));
			break;
		default:
			snprintf(o, n, "%c%s@%s", ba_given20[k][1][0], ba_surname20[s][1], P20(ba_mail20));
		}
		break;
	case G20_ADDR_BA:
		snprintf(o, n, P20(ba_addr20), 1 + rnd(120));
		break;
	case G20_EMERGENCY_BA:
		k = rnd(2); /* the first eight given names are men's */
		snprintf(o, n, "%s %s%s", ba_given20[8 * k + rnd(8)][0],
		         ba_surname20[rnd(N20(ba_surname20))][0], ba_rel20[k][rnd(4)]);
		break;
	case G20_CARD_BA:
		card20(o, n, P20(ba_bin20), rnd(2));
		break;
	case G20_IBAN_BA: {
		char t[32];
		unsigned r;
		snprintf(d, sizeof d, "%s", P20(ba_bank20));
		digits(d + 3, 11);
		snprintf(t, sizeof t, "%s00", d);
		r = 98 - mod97_20(t);
		snprintf(d + 14, sizeof d - 14, "%02u", r);
		iban20(o, n, "BA", d, rnd(3) != 0);
		break;
	}
	case G20_NOTE_BA:
		k = rnd(N20(ba_note20));
		snprintf(e, sizeof e, "%s %s", ba_given20[rnd(8)][0],
		         ba_surname20[rnd(N20(ba_surname20))][0]);
		snprintf(o, n, ba_note20[k], e);
		break;
	case G20_TOUR_BA:
		snprintf(o, n, "%s", P20(ba_tour20));
		break;
	case G20_BOOKING_BA:
		snprintf(o, n, "UNA-%u-%05u", 22 + rnd(4), rnd(3000));
		break;
	case G20_PRICE_BA:
		snprintf(o, n, "%u,00 KM", 40 + 5 * rnd(30));
		break;
	case G20_SIZE_BA:
		snprintf(o, n, "%s", P20(ba_size20));
		break;
	case G20_LEVEL_BA:
		snprintf(o, n, "%u", 60 + rnd(140));
		break;
	case G20_HELMET_BA:
		snprintf(o, n, "K-%03u", 1 + rnd(120));
		break;
	case G20_IMEI_BA: {
		static const char *const tac[] = {"35332509", "86471203", "35209810", "86257105"};
		snprintf(d, sizeof d, "%s", P20(tac));
		digits(d + 8, 6);
		luhn_fill(d, 15);
		snprintf(o, n, "%s", d);
		break;
	}
	/* ---- Kyrgyzstan */
	case G20_NAME_KG:
		kg_name20(o, n);
		break;
	case G20_PIN_KG:
		digits(d, 5);
		snprintf(o, n, "%u%02u%02u%u%s", 1 + rnd(2), day, m, y, d);
		break;
	case G20_PASSPORT_KG:
		digits(d, 7);
		snprintf(o, n, "%s%s", rnd(3) ? "ID" : rnd(2) ? "AC" : "AN", d);
		break;
	case G20_BIRTH_KG:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G20_PHONE_KG:
		digits(d, 6);
		switch (rnd(4)) {
		case 0:
			snprintf(o, n, "+996 %s %.3s %.3s", P20(kg_op20), d, d + 3);
			break;
		case 1:
			snprintf(o, n, "0%s %.2s %.2s %.2s", P20(kg_op20), d, d + 2, d + 4);
			break;
		case 2:
			snprintf(o, n, "996%s%s", P20(kg_op20), d);
			break;
		default:
			snprintf(o, n, "0(%s)%s", P20(kg_op20), d);
		}
		break;
	case G20_EMAIL_KG:
		k = rnd(8);
		s = rnd(N20(kg_surname20));
		i = (int)rnd(2);
		if (rnd(2))
			snprintf(o, n, "%s.%s%s@%s", kg_given20[i][k][1], kg_surname20[s][1], i ? "a" : "",
			         P20(kg_mail20));
		else
			snprintf(o, n, "%s_%u@%s", kg_given20[i][k][1], 80 + rnd(25), P20(kg_mail20));
		break;
	case G20_ADDR_KG:
		snprintf(o, n, P20(kg_addr20), 1 + rnd(160), 1 + rnd(90));
		break;
	case G20_ELCART_KG:
		card20(o, n, rnd(4) ? "9417" : "4214", rnd(2));
		break;
	case G20_IP_KG:
		snprintf(o, n, "%s%u.%u", P20(kg_ip20), rnd(256), 1 + rnd(254));
		break;
	case G20_GEO_KG:
		if (rnd(3))
			snprintf(o, n, "42.%04u, 78.%04u", 4400 + rnd(400), 3600 + rnd(900));
		else
			snprintf(o, n, "N 42.%04u° E 78.%04u°", 4400 + rnd(400), 3600 + rnd(900));
		break;
	case G20_NOTE_KG:
		k = rnd(N20(kg_note20));
		kg_name20(e, sizeof e);
		if (k == 0)
			snprintf(o, n, kg_note20[k], kg_given20[1][rnd(8)][0]);
		else if (k == 4)
			snprintf(o, n, kg_note20[k], kg_given20[1][rnd(8)][0]);
		else if (k == 2)
			snprintf(o, n, kg_note20[k], e, rnd(1000000));
		else
			snprintf(o, n, kg_note20[k], e);
		break;
	case G20_PASSTYPE_KG:
		snprintf(o, n, "%s", P20(kg_pass_type20));
		break;
	case G20_PRICE_KG:
		k = 1500 + 500 * rnd(50);
		if (k >= 10000 && rnd(2))
			snprintf(o, n, "%u %03u сом", k / 1000, k % 1000);
		else
			snprintf(o, n, "%u", k);
		break;
	case G20_RFID_KG:
		for (i = 0; i < 12; i++)
			d[i] = "0123456789ABCDEF"[rnd(16)];
		d[12] = 0;
		snprintf(o, n, "04%s", d);
		break;
	case G20_SNOW_KG:
		snprintf(o, n, "%u", 40 + rnd(180));
		break;
	case G20_LIFT_KG:
		snprintf(o, n, "%s", P20(kg_lift20));
		break;
	case G20_APPVER_KG:
		snprintf(o, n, "2.%u.%u (%u)", 10 + rnd(6), rnd(8), 380 + rnd(60));
		break;
	case G20_TEMP_KG:
		snprintf(o, n, "-%u.%u", rnd(22), rnd(10));
		break;
	/* ---- Cambodia */
	case G20_NAME_KM:
		snprintf(o, n, "%s", kh_name20[rnd(N20(kh_name20))][0]);
		break;
	case G20_NAME_LAT_KH:
		if (rnd(4))
			kh_latin20(o, n);
		else
			snprintf(o, n, "%s", kh_name20[rnd(N20(kh_name20))][1]);
		break;
	case G20_IDCARD_KH:
		digits(d, 8);
		snprintf(o, n, "%u%s", rnd(2), d);
		break;
	case G20_BIRTH_KH:
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "%02u-%s-%u", day, months_en20[m - 1], 1975 + rnd(32));
			break;
		case 1:
			snprintf(o, n, "%u-%02u-%02u", 1975 + rnd(32), m, day);
			break;
		default:
			snprintf(e, sizeof e, "%02u/%02u/%u", day, m, 1975 + rnd(32));
			khdigits20(o, n, e);
		}
		break;
	case G20_PHONE_KH:
		kh_mobile20(o, n);
		break;
	case G20_ADDR_KH:
		switch (rnd(3)) {
		case 0:
			k = rnd(N20(kh_pp20));
			snprintf(o, n, "#%u, St. %u, Sangkat %s, Khan %s, Phnom Penh", 1 + rnd(300),
			         100 + rnd(1900), kh_pp20[k][0], kh_pp20[k][1]);
			break;
		case 1:
			k = rnd(N20(kh_prov20));
			snprintf(o, n, "Phum %s, Khum %s, Srok %s, Khet %s", kh_prov20[k][0],
			         kh_prov20[k][1], kh_prov20[k][1], kh_prov20[k][2]);
			break;
		default:
			k = rnd(N20(kh_addr_km20));
			snprintf(d, sizeof d, "%u", 1 + rnd(200));
			khdigits20(e, sizeof e, d);
			snprintf(d, sizeof d, "%u", k < 2 ? 100 + rnd(1900) : 1 + rnd(12)); /* street, group */
			khdigits20(f, sizeof f, d);
			snprintf(o, n, kh_addr_km20[k], e, f);
		}
		break;
	case G20_EMAIL_KH:
		snprintf(e, sizeof e, "%s.%s%02u", P20(kh_giv20), P20(kh_sur20), (90 + rnd(16)) % 100);
		for (i = 0; e[i]; i++)
			if (e[i] >= 'A' && e[i] <= 'Z')
				e[i] = (char)(e[i] - 'A' + 'a');
		snprintf(o, n, "%s@%s", e, rnd(5) ? "gmail.com" : "yahoo.com");
		break;
	case G20_GEO_KH:
		snprintf(o, n, "11.%04u, 104.%04u", 4800 + rnd(1200), 8200 + rnd(1000));
		break;
	case G20_NOTE_KH:
		k = rnd(N20(kh_note20));
		kh_latin20(e, sizeof e);
		kh_mobile20(f, sizeof f);
		if (k == 2)
			snprintf(o, n, kh_note20[k], kh_name20[rnd(N20(kh_name20))][0], f);
		else
			snprintf(o, n, kh_note20[k], e, f);
		break;
	case G20_LINE_KH:
		snprintf(o, n, rnd(2) ? "Line %02u" : "L-%u", 1 + rnd(24));
		break;
	case G20_STYLE_KH:
		snprintf(o, n, "ST-%u-%04u / PO 45%08u", 23 + rnd(3), rnd(10000), rnd(100000000));
		break;
	case G20_WAGE_KH:
		snprintf(o, n, "$%u.%02u", 208 + rnd(90), rnd(4) * 25);
		break;
	case G20_PIECE_KH:
		snprintf(o, n, "0.0%02u", 20 + rnd(60));
		break;
	case G20_MACHINE_KH:
		for (i = 0; i < 7; i++)
			d[i] = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"[rnd(33)];
		d[7] = 0;
		snprintf(o, n, "%s #%s", P20(kh_machine20), d);
		break;
	case G20_SHIFT_KH:
		snprintf(o, n, "%s", P20(kh_shift20));
		break;
	case G20_EAN_KH: {
		int c = 0;
		snprintf(d, sizeof d, "884");
		digits(d + 3, 9);
		for (i = 0; i < 12; i++)
			c += (d[i] - '0') * (i % 2 ? 3 : 1);
		snprintf(o, n, "%s%d", d, (10 - c % 10) % 10);
		break;
	}
	default:
		snprintf(o, n, "?");
	}
}

/* ------------------------------------------ the twenty-first held-out fold
 * heldout21, written blind like the fourth to twentieth (its author read
 * neither src/map/, nor the unit tests, nor the lexicon and name files,
 * nor the rules in docs/pii.md): a Maracaibo pharmacy's home-delivery
 * orders (Venezuelan Spanish), a Potosí quinoa growers' association's
 * members (Quechua, with the Spanish of Bolivian paperwork), a Khujand
 * wedding hall's bookings (Tajik, Cyrillic), a Jalandhar tractor dealer's
 * customers (Punjabi, romanised and Gurmukhi) and a Kigali moto-taxi
 * cooperative's members (Kinyarwanda). Given names, surnames, streets and
 * towns of those places, with their id formats and check digits (the
 * Venezuelan cédula and RIF, the Bolivian CI with its department, the
 * Tajik passport and taxpayer number, Aadhaar with its Verhoeff digit, PAN,
 * GSTIN, the Rwandan indangamuntu, ES and GB IBANs, Korti Milli cards). Its
 * generators are kept apart from the other folds' (build_db() hands G21_*
 * to value21()). */

#define N21(a) (sizeof(a) / sizeof((a)[0]))
#define P21(a) (a)[rnd(N21(a))]

/* Venezuela (Maracaibo) */
static const char *const ve_given21[][2] = {
    {"Yusmary", "yusmary"}, {"Yorman", "yorman"},     {"Dayana", "dayana"},
    {"Yeferson", "yeferson"}, {"Oriana", "oriana"},   {"Wuilmer", "wuilmer"},
    {"Maryelis", "maryelis"}, {"Jhonny", "jhonny"},   {"Rosangela", "rosangela"},
    {"Eudomar", "eudomar"}, {"Yelitza", "yelitza"},   {"Douglas", "douglas"},
    {"Nakary", "nakary"},   {"Franklin", "franklin"}, {"María Gabriela", "mariagabriela"},
    {"José Gregorio", "josegregorio"}};
static const char *const ve_surname21[][2] = {
    {"Urdaneta", "urdaneta"}, {"Fernández", "fernandez"}, {"Villalobos", "villalobos"},
    {"Añez", "anez"},         {"Finol", "finol"},         {"Chacín", "chacin"},
    {"González", "gonzalez"}, {"Paz", "paz"},             {"Atencio", "atencio"},
    {"Morillo", "morillo"},   {"Semprún", "semprun"},     {"Bracho", "bracho"},
    {"Montiel", "montiel"},   {"Boscán", "boscan"},       {"Parra", "parra"}};
static const char *const ve_mail21[] = {"gmail.com", "hotmail.com", "yahoo.com", "cantv.net",
                                        "outlook.com", "yahoo.es"};
static const char *const ve_addr21[] = {
    "Av. 5 de Julio con calle 72, Edif. Los Olivos, piso %u, apto %u-B, Maracaibo",
    "Urb. La Victoria, calle 67 #%u-%u, Maracaibo, Zulia",
    "Sector Amparo, calle 95 con av. 55, casa #%u-%u, Maracaibo",
    "Circunvalación 2, Res. San Miguel, torre %u, apto %u, Maracaibo",
    "Urb. San Jacinto, sector 4, vereda %u, casa #%u, Maracaibo 4005",
    "Barrio Los Robles, calle 104 #%u-%u, San Francisco, Zulia",
    "Av. Bella Vista con calle 76, Res. Aurora, piso %u apto %uA, Maracaibo",
    "Urb. Santa María, av. 2G #%u-%u, frente a la panadería, Maracaibo"};
static const char *const ve_op21[] = {"0414", "0424", "0412", "0416", "0426", "0414", "0424"};
static const char *const ve_ip21[] = {"186.185.", "190.202.", "200.44.", "190.75.", "201.248.",
                                      "186.88.", "190.36."};
static const char *const ve_note21[] = {
    "Entregar a la señora %s, llamar al %s antes de subir",
    "Es para mi mamá que es hipertensa; paga mi hermana %s desde Madrid",
    "Récipe a nombre de %s, Losartán 50 mg x 30",
    "No hay luz en el sector, escribir por WhatsApp al %s",
    "Dejar con el vigilante de la torre, el Sr. %s",
    "Insulina, mantener refrigerada. Recibe %s (%s)"};
static const char *const ve_bank21[] = {"0102 - Banco de Venezuela", "0134 - Banesco",
                                        "0105 - Mercantil", "0108 - Provincial",
                                        "0191 - BNC", "0172 - Bancamiga", "0114 - Bancaribe"};

/* Bolivia (Potosí, quinoa real) */
static const char *const bo_given21[] = {"Juana", "Eulogio", "Felipa", "Cirilo", "Marcelina",
                                         "Teodoro", "Basilia", "Florencio", "Santusa",
                                         "Gregorio", "Nicolasa", "Tiburcio", "Vicenta",
                                         "Hilarión", "Rufina", "Saturnino"};
static const char *const bo_surname21[] = {"Mamani", "Quispe", "Choque", "Condori", "Colque",
                                           "Huanca", "Cruz", "Yucra", "Ticona", "Limachi",
                                           "Flores", "Copa", "Mollo", "Achu", "Huarachi"};
static const char *const bo_dep21[] = {"PT", "PT", "PT", "OR", "LP", "CB", "PT"};
static const char *const bo_addr21[] = {
    "Calle Arce Nº %u entre Potosí y Sucre, Uyuni",
    "Comunidad Jirira, Cantón Tahua, Prov. Daniel Campos, Potosí (casa %u)",
    "Av. Ferroviaria Nº %u, zona Norte, Uyuni, Potosí",
    "Comunidad Colcha K, Prov. Nor Lípez, Potosí, casa %u",
    "Calle Bolívar Nº %u, Salinas de Garci Mendoza, Oruro",
    "Comunidad Chacala, Cantón Llica, Prov. Daniel Campos, Potosí, lote %u",
    "Zona San Cristóbal, calle 6 de Agosto Nº %u, Potosí"};
static const char *const bo_mail21[] = {"gmail.com", "hotmail.com", "yahoo.es", "outlook.com",
                                        "gmail.com"};
static const char *const bo_note21[] = {
    "Tata %s mana chayamunchu asambleaman, warmin %s rantinpi kachkan",
    "Chakran chhullunkusqa (helada 12 de marzo); %s celularninman waqyana: %s",
    "Qullqi manukusqa Bs 3000, garante %s",
    "Unquspa hospitalpi kachkan Uyunipi, churin %s yanapachkan",
    "Mana certificadoyuqchu kay watapi, llamk'ay qhipakun",
    "Warmi ayllu representante; sutin %s, yapamanta waqyana %s"};
static const char *const bo_tech21[] = {"Ing. Rolando Quispe", "Téc. Marcela Choque",
                                        "Ing. Wilber Mamani Copa", "Lic. Ana María Colque",
                                        "Téc. Edwin Huanca", "Ing. Nelly Ticona"};
static const char *const bo_variety21[] = {"Real Blanca", "Pandela Rosada", "Toledo Negra",
                                           "Real Roja", "Quinua Chillpi", "Mañiqueña"};

/* Tajikistan (Khujand) */
static const char *const tj_given21[2][10] = {
    {"Фирӯз", "Шариф", "Баҳром", "Ҷамшед", "Фаррух", "Далер", "Сӯҳроб", "Умед", "Қурбон", "Зафар"},
    {"Мадина", "Шаҳноза", "Гулнора", "Нигина", "Малика", "Зарина", "Таҳмина", "Фотима",
     "Меҳрангез", "Дилноза"}};
static const char *const tj_father21[] = {"Шариф", "Баҳром", "Зафар", "Умед", "Қурбон", "Далер",
                                          "Раҳим", "Назар"};
static const char *const tj_sur21[] = {"Раҳмонов", "Каримов", "Назаров", "Саидов", "Шарипов",
                                       "Қодиров", "Ҷӯраев", "Исмоилов"};
static const char *const tj_zoda21[] = {"Шарифзода", "Раҳимзода", "Назарзода", "Иброҳимзода",
                                        "Қурбонзода", "Саидзода"};
static const char *const tj_lat21[] = {"firuz", "madina", "shahnoza", "jamshed", "farrukh",
                                       "daler", "nigina", "zarina", "umed", "malika", "bahrom"};
static const char *const tj_latsur21[] = {"rahmonov", "karimov", "nazarov", "saidov",
                                          "sharifzoda", "rahimzoda", "kodirov", "juraev"};
static const char *const tj_mail21[] = {"mail.ru", "gmail.com", "inbox.ru", "yandex.ru",
                                        "list.ru", "bk.ru"};
static const char *const tj_op21[] = {"93", "92", "90", "88", "98", "918", "55", "50", "91"};
static const char *const tj_addr21[] = {
    "ш. Хуҷанд, кӯч. Ленин, %u, ҳуҷраи %u",
    "ш. Душанбе, н. Сино, кӯч. Н. Қарабоев, %u/%u",
    "ш. Бохтар, кӯч. Вахш, хонаи %u, ҳуҷраи %u",
    "н. Б. Ғафуров, деҳаи Ёва, кӯч. Сомонӣ %u-%u",
    "г. Худжанд, 19 мкр., д. %u, кв. %u",
    "ш. Истаравшан, кӯч. Шарқ %u, хонаи %u",
    "735700, ш. Хуҷанд, 12 мкр., бинои %u, ҳуҷраи %u"};
static const char *const tj_note21[] = {
    "Домод — %s, тел. %s; ош барои 300 нафар",
    "Пешпардохтро падари арӯс %s супурд",
    "Модари арӯс %s занг мезанад: %s",
    "Мизоҷ дар Русия, пулро бародараш %s меорад",
    "Мусиқӣ то соати 23:00, сурудхон аз худашон",
    "Тӯйи хатна, на никоҳ; масъул %s"};
static const char *const tj_hall21[] = {"Толори Зумрад", "Толори Шаҳрзод", "Ҷавоҳир",
                                        "Толори Навбаҳор", "Кохи Арбоб (хурд)", "Садбарг"};
static const char *const tj_menu21[] = {"Ош + 3 хӯрок", "Менюи VIP", "Шашлык, ош, ширинӣ",
                                        "Менюи стандартӣ", "Бе машрубот, 2 навъ ош"};

/* Punjab (Jalandhar) */
static const char *const pb_given21[][2] = {
    {"Gurpreet", "ਗੁਰਪ੍ਰੀਤ"},   {"Harjinder", "ਹਰਜਿੰਦਰ"}, {"Jaswinder", "ਜਸਵਿੰਦਰ"},
    {"Kulwant", "ਕੁਲਵੰਤ"},     {"Balwinder", "ਬਲਵਿੰਦਰ"}, {"Sukhdev", "ਸੁਖਦੇਵ"},
    {"Paramjit", "ਪਰਮਜੀਤ"},    {"Manpreet", "ਮਨਪ੍ਰੀਤ"},   {"Harpreet", "ਹਰਪ੍ਰੀਤ"},
    {"Amandeep", "ਅਮਨਦੀਪ"},    {"Rajinder", "ਰਾਜਿੰਦਰ"},   {"Navjot", "ਨਵਜੋਤ"}};
static const char *const pb_sur21[][2] = {
    {"Sandhu", "ਸੰਧੂ"},  {"Gill", "ਗਿੱਲ"},      {"Dhillon", "ਢਿੱਲੋਂ"}, {"Sidhu", "ਸਿੱਧੂ"},
    {"Brar", "ਬਰਾੜ"},    {"Grewal", "ਗਰੇਵਾਲ"},  {"Bains", "ਬੈਂਸ"},     {"Randhawa", "ਰੰਧਾਵਾ"},
    {"Cheema", "ਚੀਮਾ"},  {"Virk", "ਵਿਰਕ"},      {"Bajwa", "ਬਾਜਵਾ"},    {"Aulakh", "ਔਲਖ"}};
static const char *const pb_father21[] = {"Harbhajan", "Kartar", "Mohinder", "Gurdev",
                                          "Joginder", "Ajit", "Darshan", "Surjit"};
static const char *const pb_addr21[][4] = {
    {"Nurmahal", "Nakodar", "Jalandhar", "144039"},
    {"Jandiala Manjki", "Jalandhar-I", "Jalandhar", "144033"},
    {"Bilga", "Phillaur", "Jalandhar", "144036"},
    {"Sidhwan Bet", "Jagraon", "Ludhiana", "142033"},
    {"Mehatpur", "Shahkot", "Jalandhar", "144041"},
    {"Dhilwan", "Bholath", "Kapurthala", "144804"},
    {"Rurka Kalan", "Phillaur", "Jalandhar", "144030"}};
static const char *const pb_bank21[][2] = {{"NWBK", "60"}, {"BARC", "20"}, {"LOYD", "30"},
                                           {"MIDL", "40"}, {"HBUK", "40"}};
static const char *const pb_note21[] = {
    "Loan sanctioned by PNB Nakodar, guarantor %s (%s)",
    "Son in Brampton, will pay EMI from Canada; contact %s",
    "KCC holder, 6 killa land in name of father %s",
    "ਪੁੱਤਰ %s ਨਾਲ ਗੱਲ ਕਰੋ, ਫ਼ੋਨ %s",
    "Delivery at farm, sarpanch %s witness",
    "Old tractor exchanged (Swaraj 735, 2009 model), RC transfer pending"};
static const char *const pb_model21[] = {"Swaraj 744 FE", "Mahindra 575 DI XP Plus",
                                         "Sonalika DI 745 III", "John Deere 5050 D",
                                         "New Holland 3630 TX Plus", "Eicher 485",
                                         "Mahindra Arjun Novo 605"};

/* Rwanda (Kigali) */
static const char *const rw_sur21[] = {"NSENGIMANA", "UWIMANA",    "MUKAMANA",   "HABIMANA",
                                       "NIYONZIMA",  "UWASE",      "MUGISHA",    "NDAYISABA",
                                       "IRADUKUNDA", "MUHIRE",     "TUYISENGE",  "NIYONSABA",
                                       "HAKIZIMANA", "UMUTONI",    "BIZIMANA",   "NSHIMIYIMANA"};
static const char *const rw_given21[] = {"Jean Claude", "Emmanuel", "Eric",    "Jean de Dieu",
                                         "Olivier",     "Patrick",  "Innocent", "Theoneste",
                                         "Alice",       "Aline",    "Diane",   "Claudine",
                                         "Fabrice",     "Vestine"};
static const char *const rw_rel21[] = {" (umugore)", " (umugabo)", " (murumuna)", " (mama)",
                                       " (papa)", ""};
static const char *const rw_op21[] = {"078", "079", "072", "073", "078"};
static const char *const rw_mail21[] = {"gmail.com", "yahoo.fr", "yahoo.com", "outlook.com",
                                        "gmail.com"};
static const char *const rw_addr21[] = {
    "KG 11 Ave, No %u, Kimironko, Gasabo", "KN 3 Rd, inzu %u, Nyamirambo, Nyarugenge",
    "KK 15 St, No %u, Kicukiro, Kigali",   "KG 540 St, No %u, Kacyiru, Gasabo",
    "KN 7 Ave, inzu %u, Nyabugogo, Kigali"};
static const char *const rw_cell21[][4] = {
    {"Kabeza", "Kabeza", "Kanombe", "Kicukiro"},
    {"Amahoro", "Rukiri II", "Remera", "Gasabo"},
    {"Kigarama", "Kigarama", "Kigarama", "Kicukiro"},
    {"Rugunga", "Rwezamenyo", "Nyamirambo", "Nyarugenge"}};
static const char *const rw_ip21[] = {"41.186.", "197.243.", "105.178.", "41.216.", "197.157."};
static const char *const rw_note21[] = {
    "Yakoze impanuka i Remera, yajyanywe CHUK; umugore we %s: %s",
    "Ntiyishyuye umusanzu amezi 2; muhamagare kuri %s",
    "Yatakaje perimi, ari gusaba indi",
    "Moto ye yibwe i Nyabugogo, yareze kuri RIB; umuvandimwe we %s",
    "Umuvandimwe we %s ni we wishyura umusanzu",
    "Yahinduye nimero ya telefone: %s"};

enum {
	G21_FIRST = 17000, /* above every G20_*: build_db() hands them to value21() */
	/* Venezuela */
	G21_CEDULA_VE = G21_FIRST, /* V-12.345.678 */
	G21_RIF_VE,                /* V-12345678-9 */
	G21_NAME_VE,
	G21_BIRTH_VE,
	G21_PHONE_VE,              /* 0414-1234567 */
	G21_EMAIL_VE,
	G21_ADDR_VE,
	G21_GEO_VE,
	G21_IBAN_VE,               /* ES IBAN of a relative in Spain */
	G21_IP_VE,
	G21_NOTE_VE,
	G21_EAN_VE,                /* 759... */
	G21_REF_VE,                /* pago móvil reference, 12 digits */
	G21_AMOUNT_VE,             /* Bs. 1.234,56 */
	G21_RATE_VE,               /* 36,4521 */
	G21_LOT_VE,                /* L2403A15 */
	G21_BANK_VE,               /* 0102 - Banco de Venezuela */
	G21_ORDER_VE,              /* MCBO-25-001234 */
	/* Bolivia */
	G21_NAME_BO,
	G21_CI_BO,                 /* 5123456 PT, 4123456-1K OR */
	G21_BIRTH_BO,
	G21_ADDR_BO,
	G21_PHONE_BO,
	G21_GEO_BO,
	G21_NOTE_BO,
	G21_EMAIL_BO,
	G21_TECH_BO,
	G21_VARIETY_BO,
	G21_KG_BO,                 /* 1.245,50 */
	G21_LOT_BO,                /* QRB-PT-2025-0412 */
	G21_PRICE_BO,              /* Bs 780/qq */
	G21_HUMID_BO,              /* 11,8 % */
	G21_CERT_BO,               /* BO-ORG-IMO-2025-0156 */
	G21_HA_BO,
	/* Tajikistan */
	G21_NAME_TJ,
	G21_PASS_TJ,               /* 401234567, А 1234567 */
	G21_INN_TJ,                /* 9 digits */
	G21_BIRTH_TJ,
	G21_PHONE_TJ,
	G21_EMAIL_TJ,
	G21_ADDR_TJ,
	G21_CARD_TJ,               /* Korti Milli 9762, Luhn */
	G21_NOTE_TJ,
	G21_HALL_TJ,
	G21_GUESTS_TJ,
	G21_PRICE_TJ,              /* 12 500 сомонӣ */
	G21_MENU_TJ,
	G21_EVENT_TJ,              /* the wedding's date */
	G21_CONTRACT_TJ,           /* ТХ-2025/0412 */
	G21_DEPOSIT_TJ,
	/* Punjab */
	G21_NAME_PB,
	G21_NAME_GU,               /* Gurmukhi */
	G21_FATHER_PB,
	G21_AADHAAR_PB,
	G21_PAN_PB,
	G21_BIRTH_PB,
	G21_MOBILE_PB,
	G21_ADDR_PB,
	G21_IBAN_PB,               /* GB IBAN of an NRI buyer */
	G21_GEO_PB,
	G21_NOTE_PB,
	G21_MODEL_PB,
	G21_CHASSIS_PB,
	G21_ENGINE_PB,
	G21_EMI_PB,                /* ₹ 18,450 */
	G21_HP_PB,
	G21_SCHEME_PB,             /* CRM-2024-PB-0123 */
	G21_INVOICE_PB,            /* PB/JAL/24-25/01234 */
	G21_GSTIN_PB,              /* the dealer's GSTIN */
	/* Rwanda */
	G21_NAME_RW,
	G21_NID_RW,                /* 1 1985 8 0012345 0 12 */
	G21_BIRTH_RW,
	G21_PHONE_RW,
	G21_MOMO_RW,
	G21_EMAIL_RW,
	G21_ADDR_RW,
	G21_GEO_RW,
	G21_IP_RW,
	G21_NOTE_RW,
	G21_NEXTKIN_RW,
	G21_CARD_RW,
	G21_PLATE_RW,              /* RD 123 A */
	G21_HELMET_RW,             /* KSK-01234 */
	G21_FEE_RW,                /* 5,000 FRw */
	G21_POLICY_RW,             /* SONARWA/MTP/2025/012345 */
	G21_HOURS_RW,
	G21_EBM_RW,                /* an EBM receipt's SHA-1 */
	G21_APPVER_RW              /* 3.4.1 (212) */
};

/* The Venezuelan RIF's check digit: the type letter's value and the eight
 * digits weighted 4,3,2,7,6,5,4,3,2, 11 - sum mod 11 (10 and 11 give 0). */
static char rif_dv21(char type, const char *d8)
{
	static const int w[] = {3, 2, 7, 6, 5, 4, 3, 2};
	int s = (type == 'V' ? 1 : type == 'E' ? 2 : type == 'J' ? 3 : type == 'P' ? 4 : 5) * 4;
	int i, r;
	for (i = 0; i < 8; i++)
		s += (d8[i] - '0') * w[i];
	r = 11 - s % 11;
	return (char)('0' + (r >= 10 ? 0 : r));
}

/* Spanish CCC control digit over ten digits. */
static int ccc21(const char *d10)
{
	static const int w[] = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
	int i, s = 0, r;
	for (i = 0; i < 10; i++)
		s += (d10[i] - '0') * w[i];
	r = 11 - s % 11;
	return r == 11 ? 0 : r == 10 ? 1 : r;
}

/* Verhoeff check digit (Aadhaar). */
static char verhoeff21(const char *s)
{
	static const unsigned char dm[10][10] = {
	    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
	    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
	    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
	    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
	    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
	static const unsigned char pm[8][10] = {
	    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
	    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
	    {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
	    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
	static const unsigned char inv[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};
	size_t len = strlen(s), i;
	int c = 0;
	for (i = 0; i < len; i++)
		c = dm[c][pm[(i + 1) % 8][s[len - 1 - i] - '0']];
	return (char)('0' + inv[c]);
}

/* GSTIN check character (mod 36, factors 1,2 alternating). */
static char gstin21(const char *s14)
{
	static const char cs[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
	int i, s = 0;
	for (i = 0; i < 14; i++) {
		int c = (int)(strchr(cs, s14[i]) - cs), p = c * (i % 2 ? 2 : 1);
		s += p / 36 + p % 36;
	}
	return cs[(36 - s % 36) % 36];
}

static void upper21(char *o, size_t n)
{
	for (; *o && n; o++, n--)
		if (*o >= 'a' && *o <= 'z')
			*o = (char)(*o - 'a' + 'A');
}

static void letters21(char *o, int k)
{
	int i;
	for (i = 0; i < k; i++)
		o[i] = (char)('A' + rnd(26));
	o[k] = 0;
}

static void ve_phone21(char *o, size_t n)
{
	char d[16];
	const char *op = P21(ve_op21);
	digits(d, 7);
	switch (rnd(5)) {
	case 0: snprintf(o, n, "%s-%s", op, d); break;
	case 1: snprintf(o, n, "%s%s", op, d); break;
	case 2: snprintf(o, n, "+58 %s-%.3s.%.2s.%.2s", op + 1, d, d + 3, d + 5); break;
	case 3: snprintf(o, n, "(%s) %.3s %.4s", op, d, d + 3); break;
	default: snprintf(o, n, "58%s%s", op + 1, d);
	}
}

static void bo_phone21(char *o, size_t n)
{
	char d[16];
	digits(d, 7);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "+591 %c%s", rnd(3) ? '7' : '6', d); break;
	case 1: snprintf(o, n, "(591) %c%.3s-%.4s", rnd(3) ? '7' : '6', d, d + 3); break;
	default: snprintf(o, n, "%c%s", rnd(3) ? '7' : '6', d);
	}
}

static void tj_phone21(char *o, size_t n)
{
	char d[16];
	const char *op = P21(tj_op21);
	digits(d, strlen(op) == 3 ? 6 : 7);
	if (strlen(op) == 3) {
		if (rnd(2))
			snprintf(o, n, "+992 %s %.2s %.2s %.2s", op, d, d + 2, d + 4);
		else
			snprintf(o, n, "(%s) %.2s-%.2s-%.2s", op, d, d + 2, d + 4);
		return;
	}
	switch (rnd(4)) {
	case 0: snprintf(o, n, "+992 %s %.3s %.4s", op, d, d + 3); break;
	case 1: snprintf(o, n, "%s-%.3s-%.2s-%.2s", op, d, d + 3, d + 5); break;
	case 2: snprintf(o, n, "992%s%s", op, d); break;
	default: snprintf(o, n, "%s %.3s %.2s %.2s", op, d, d + 3, d + 5);
	}
}

static void pb_mobile21(char *o, size_t n)
{
	char d[16];
	d[0] = (char)('6' + rnd(4));
	digits(d + 1, 9);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "%.5s %.5s", d, d + 5); break;
	case 1: snprintf(o, n, "+91 %.5s %.5s", d, d + 5); break;
	case 2: snprintf(o, n, "+91-%s", d); break;
	default: snprintf(o, n, "%s", d);
	}
}

static void rw_phone21(char *o, size_t n, bool plain)
{
	char d[16];
	const char *op = P21(rw_op21);
	digits(d, 7);
	if (plain) {
		if (rnd(3))
			snprintf(o, n, "%s%s", op, d);
		else
			snprintf(o, n, "25%s%s", op, d);
		return;
	}
	switch (rnd(4)) {
	case 0: snprintf(o, n, "%s%.1s %.3s %.3s", op, d, d + 1, d + 4); break;
	case 1: snprintf(o, n, "+250 %s%.1s %.3s %.3s", op + 1, d, d + 1, d + 4); break;
	case 2: snprintf(o, n, "250%s%s", op + 1, d); break;
	default: snprintf(o, n, "%s%s", op, d);
	}
}

static void ve_name21(char *o, size_t n)
{
	if (rnd(3))
		snprintf(o, n, "%s %s", P21(ve_given21)[0], P21(ve_surname21)[0]);
	else
		snprintf(o, n, "%s %s %s", P21(ve_given21)[0], P21(ve_surname21)[0],
		         P21(ve_surname21)[0]);
}

static void tj_name21(char *o, size_t n)
{
	unsigned f = rnd(2);
	const char *g = tj_given21[f][rnd(10)];
	switch (rnd(3)) {
	case 0:
		snprintf(o, n, "%s%s %s %s%s", P21(tj_sur21), f ? "а" : "", g, P21(tj_father21),
		         f ? "овна" : "ович");
		break;
	case 1: snprintf(o, n, "%s %s", g, P21(tj_zoda21)); break;
	default: snprintf(o, n, "%s %s", P21(tj_zoda21), g);
	}
}

static void pb_name21(char *o, size_t n)
{
	unsigned f = rnd(3) == 0;
	snprintf(o, n, "%s %s %s", P21(pb_given21)[0], f ? "Kaur" : "Singh", P21(pb_sur21)[0]);
}

static void rw_name21(char *o, size_t n)
{
	const char *s = P21(rw_sur21), *g = P21(rw_given21);
	char t[64];
	switch (rnd(3)) {
	case 0: snprintf(o, n, "%s %s", s, g); break;
	case 1:
		snprintf(t, sizeof t, "%s", s);
		for (size_t i = 1; t[i]; i++)
			t[i] = (char)(t[i] - 'A' + 'a');
		snprintf(o, n, "%s %s", g, t);
		break;
	default: snprintf(o, n, "%s %s", s, g);
	}
}

static void value21(int g, char *o, size_t n)
{
	char d[64], e[128], f[128];
	unsigned y = 1950 + rnd(56), m = 1 + rnd(12), day = 1 + rnd(28), k;
	int i;
	switch (g) {
	/* ---- Venezuela */
	case G21_CEDULA_VE:
		k = 4000000 + rnd(28000000);
		if (rnd(8) == 0)
			k = 81000000 + rnd(900000);
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "%c-%u.%03u.%03u", k > 80000000 ? 'E' : 'V', k / 1000000,
			         k / 1000 % 1000, k % 1000);
			break;
		case 1: snprintf(o, n, "%c%u", k > 80000000 ? 'E' : 'V', k); break;
		default: snprintf(o, n, "%u", k);
		}
		break;
	case G21_RIF_VE: {
		char t = rnd(6) ? 'V' : 'E';
		snprintf(d, sizeof d, "%08u",
		         t == 'V' ? 4000000 + rnd(28000000) : 81000000 + rnd(900000));
		snprintf(o, n, rnd(3) ? "%c-%s-%c" : "%c%s%c", t, d, rif_dv21(t, d));
		break;
	}
	case G21_NAME_VE:
		ve_name21(o, n);
		break;
	case G21_BIRTH_VE:
		if (rnd(3))
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G21_PHONE_VE:
		ve_phone21(o, n);
		break;
	case G21_EMAIL_VE:
		k = rnd(N21(ve_given21));
		if (rnd(2))
			snprintf(o, n, "%s.%s@%s", ve_given21[k][1], P21(ve_surname21)[1],
			         P21(ve_mail21));
		else
			snprintf(o, n, "%s%s%02u@%s", ve_given21[k][1], P21(ve_surname21)[1], rnd(100),
			         P21(ve_mail21));
		break;
	case G21_ADDR_VE:
		snprintf(o, n, P21(ve_addr21), 1 + rnd(40), 1 + rnd(90));
		break;
	case G21_GEO_VE:
		snprintf(o, n, "%.6f,%.6f", 10.60 + rnd(12000) / 100000.0, -71.70 + rnd(12000) / 100000.0);
		break;
	case G21_IBAN_VE: {
		char b[32], acc[16], c1[16];
		static const char *const banks[] = {"0049", "2100", "0182", "0081", "2080", "0128",
		                                    "1465"};
		snprintf(c1, sizeof c1, "00%s", P21(banks));
		digits(c1 + 6, 4);
		digits(acc, 10);
		snprintf(b, sizeof b, "%.8s%d%d%s", c1 + 2, ccc21(c1), ccc21(acc), acc);
		iban20(o, n, "ES", b, rnd(3) != 0);
		break;
	}
	case G21_IP_VE:
		snprintf(o, n, "%s%u.%u", P21(ve_ip21), rnd(256), 1 + rnd(254));
		break;
	case G21_NOTE_VE:
		k = rnd(N21(ve_note21));
		ve_name21(e, sizeof e);
		ve_phone21(f, sizeof f);
		snprintf(o, n, ve_note21[k], e, f);
		break;
	case G21_EAN_VE: {
		int c = 0;
		snprintf(d, sizeof d, "759");
		digits(d + 3, 9);
		for (i = 0; i < 12; i++)
			c += (d[i] - '0') * (i % 2 ? 3 : 1);
		snprintf(o, n, "%s%d", d, (10 - c % 10) % 10);
		break;
	}
	case G21_REF_VE:
		digits(d, 12);
		snprintf(o, n, "%s", d);
		break;
	case G21_AMOUNT_VE:
		k = 150 + rnd(9000);
		if (k >= 1000)
			snprintf(o, n, "Bs. %u.%03u,%02u", k / 1000, k % 1000, rnd(100));
		else
			snprintf(o, n, "Bs. %u,%02u", k, rnd(100));
		break;
	case G21_RATE_VE:
		snprintf(o, n, "%u,%04u", 36 + rnd(8), rnd(10000));
		break;
	case G21_LOT_VE:
		snprintf(o, n, "L%02u%02u%c%02u", 23 + rnd(3), 1 + rnd(12), 'A' + rnd(6), rnd(60));
		break;
	case G21_BANK_VE:
		snprintf(o, n, "%s", P21(ve_bank21));
		break;
	case G21_ORDER_VE:
		snprintf(o, n, "MCBO-25-%06u", rnd(40000));
		break;
	/* ---- Bolivia */
	case G21_NAME_BO:
		if (rnd(3))
			snprintf(o, n, "%s %s %s", P21(bo_given21), P21(bo_surname21), P21(bo_surname21));
		else
			snprintf(o, n, "%s %s, %s", P21(bo_surname21), P21(bo_surname21), P21(bo_given21));
		break;
	case G21_CI_BO:
		k = 1000000 + rnd(12000000);
		switch (rnd(4)) {
		case 0: snprintf(o, n, "%u-1%c %s", k, 'A' + rnd(6), P21(bo_dep21)); break;
		case 1: snprintf(o, n, "%u%s", k, P21(bo_dep21)); break;
		default: snprintf(o, n, "%u %s", k, P21(bo_dep21));
		}
		break;
	case G21_BIRTH_BO:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G21_ADDR_BO:
		snprintf(o, n, P21(bo_addr21), 1 + rnd(300));
		break;
	case G21_PHONE_BO:
		bo_phone21(o, n);
		break;
	case G21_GEO_BO:
		snprintf(o, n, "%.5f, %.5f", -19.5 - rnd(150000) / 100000.0,
		         -66.8 - rnd(140000) / 100000.0);
		break;
	case G21_NOTE_BO:
		k = rnd(N21(bo_note21));
		snprintf(e, sizeof e, "%s %s", P21(bo_given21), P21(bo_surname21));
		if (k == 0)
			snprintf(f, sizeof f, "%s %s", P21(bo_given21), P21(bo_surname21));
		else
			bo_phone21(f, sizeof f);
		snprintf(o, n, bo_note21[k], e, f);
		break;
	case G21_EMAIL_BO:
		snprintf(d, sizeof d, "%s", P21(bo_given21));
		d[0] = (char)(d[0] - 'A' + 'a');
		if (strstr(d, "ó"))
			snprintf(d, sizeof d, "hilarion");
		snprintf(e, sizeof e, "%s", P21(bo_surname21));
		e[0] = (char)(e[0] - 'A' + 'a');
		if (rnd(2))
			snprintf(o, n, "%s.%s%u@%s", d, e, rnd(90), P21(bo_mail21));
		else
			snprintf(o, n, "%s_%s%u@%s", d, e, rnd(90), P21(bo_mail21));
		break;
	case G21_TECH_BO:
		snprintf(o, n, "%s", P21(bo_tech21));
		break;
	case G21_VARIETY_BO:
		snprintf(o, n, "%s", P21(bo_variety21));
		break;
	case G21_KG_BO:
		k = 200 + rnd(4800);
		if (k >= 1000)
			snprintf(o, n, "%u.%03u,%02u", k / 1000, k % 1000, rnd(2) ? 50 : 0);
		else
			snprintf(o, n, "%u,%02u", k, rnd(2) ? 50 : 0);
		break;
	case G21_LOT_BO:
		snprintf(o, n, "QRB-%s-2025-%04u", rnd(3) ? "PT" : "OR", rnd(2000));
		break;
	case G21_PRICE_BO:
		snprintf(o, n, "Bs %u/qq", 600 + 10 * rnd(40));
		break;
	case G21_HUMID_BO:
		snprintf(o, n, "%u,%u %%", 9 + rnd(5), rnd(10));
		break;
	case G21_CERT_BO:
		snprintf(o, n, "BO-ORG-%s-2025-%04u", rnd(2) ? "IMO" : "BIOLATINA", rnd(900));
		break;
	case G21_HA_BO:
		snprintf(o, n, "%.2f", 0.5 + rnd(1500) / 100.0);
		break;
	/* ---- Tajikistan */
	case G21_NAME_TJ:
		tj_name21(o, n);
		break;
	case G21_PASS_TJ:
		if (rnd(3)) {
			digits(d, 7);
			snprintf(o, n, "40%s", d);
		} else {
			digits(d, 7);
			snprintf(o, n, rnd(2) ? "А %s" : "A%s", d);
		}
		break;
	case G21_INN_TJ:
		digits(d, 8);
		snprintf(o, n, "%c%s", '1' + rnd(9), d);
		break;
	case G21_BIRTH_TJ:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G21_PHONE_TJ:
		tj_phone21(o, n);
		break;
	case G21_EMAIL_TJ:
		if (rnd(2))
			snprintf(o, n, "%s.%s@%s", P21(tj_lat21), P21(tj_latsur21), P21(tj_mail21));
		else
			snprintf(o, n, "%s_%s%u@%s", P21(tj_lat21), P21(tj_latsur21), 80 + rnd(20),
			         P21(tj_mail21));
		break;
	case G21_ADDR_TJ:
		snprintf(o, n, P21(tj_addr21), 1 + rnd(120), 1 + rnd(80));
		break;
	case G21_CARD_TJ:
		card20(o, n, rnd(4) ? "9762" : "4177", rnd(3) != 0);
		break;
	case G21_NOTE_TJ:
		k = rnd(N21(tj_note21));
		tj_name21(e, sizeof e);
		tj_phone21(f, sizeof f);
		snprintf(o, n, tj_note21[k], e, f);
		break;
	case G21_HALL_TJ:
		snprintf(o, n, "%s", P21(tj_hall21));
		break;
	case G21_GUESTS_TJ:
		snprintf(o, n, "%u", 100 + 10 * rnd(70));
		break;
	case G21_PRICE_TJ:
		k = 4 + rnd(40);
		snprintf(o, n, "%u %03u сомонӣ", k, 500 * rnd(2));
		break;
	case G21_MENU_TJ:
		snprintf(o, n, "%s", P21(tj_menu21));
		break;
	case G21_EVENT_TJ:
		snprintf(o, n, "%02u.%02u.%u", day, m, 2025 + rnd(2));
		break;
	case G21_CONTRACT_TJ:
		snprintf(o, n, "ТХ-%u/%04u", 2024 + rnd(3), rnd(1500));
		break;
	case G21_DEPOSIT_TJ:
		snprintf(o, n, "%u 000 сом.", 1 + rnd(9));
		break;
	/* ---- Punjab */
	case G21_NAME_PB:
		pb_name21(o, n);
		if (rnd(5) == 0)
			upper21(o, n);
		break;
	case G21_NAME_GU:
		k = rnd(3) == 0;
		snprintf(o, n, "%s %s %s", P21(pb_given21)[1], k ? "ਕੌਰ" : "ਸਿੰਘ", P21(pb_sur21)[1]);
		break;
	case G21_FATHER_PB:
		switch (rnd(4)) {
		case 0: snprintf(o, n, "S. %s Singh", P21(pb_father21)); break;
		case 1: snprintf(o, n, "Sh. %s Singh %s", P21(pb_father21), P21(pb_sur21)[0]); break;
		case 2: snprintf(o, n, "Late S. %s Singh", P21(pb_father21)); break;
		default: snprintf(o, n, "%s Singh %s", P21(pb_father21), P21(pb_sur21)[0]);
		}
		break;
	case G21_AADHAAR_PB:
		d[0] = (char)('2' + rnd(8));
		digits(d + 1, 10);
		d[11] = verhoeff21(d);
		d[12] = 0;
		if (rnd(3))
			snprintf(o, n, "%.4s %.4s %.4s", d, d + 4, d + 8);
		else
			snprintf(o, n, "%s", d);
		break;
	case G21_PAN_PB: {
		const char *s = P21(pb_sur21)[0];
		letters21(d, 3);
		digits(e, 4);
		snprintf(o, n, "%sP%c%s%c", d, s[0], e, 'A' + rnd(26));
		break;
	}
	case G21_BIRTH_PB:
		switch (rnd(3)) {
		case 0: snprintf(o, n, "%02u-%02u-%u", day, m, y); break;
		case 1: snprintf(o, n, "%02u/%02u/%u", day, m, y); break;
		default: snprintf(o, n, "%u-%02u-%02u", y, m, day);
		}
		break;
	case G21_MOBILE_PB:
		pb_mobile21(o, n);
		break;
	case G21_ADDR_PB:
		k = rnd(N21(pb_addr21));
		if (rnd(4))
			snprintf(o, n, "VPO %s, Teh. %s, Distt. %s, Punjab %s", pb_addr21[k][0],
			         pb_addr21[k][1], pb_addr21[k][2], pb_addr21[k][3]);
		else
			snprintf(o, n, "H.No. %u, %s, Jalandhar City 14400%u", 10 + rnd(900),
			         rnd(2) ? "Model Town" : "Urban Estate Phase II", 1 + rnd(8));
		break;
	case G21_IBAN_PB: {
		k = rnd(N21(pb_bank21));
		digits(e, 12);
		snprintf(d, sizeof d, "%s%s%s", pb_bank21[k][0], pb_bank21[k][1], e);
		iban20(o, n, "GB", d, rnd(3) != 0);
		break;
	}
	case G21_GEO_PB:
		snprintf(o, n, "%.4f, %.4f", 30.9 + rnd(5000) / 10000.0, 75.3 + rnd(6000) / 10000.0);
		break;
	case G21_NOTE_PB:
		k = rnd(N21(pb_note21));
		if (k == 3)
			snprintf(e, sizeof e, "%s ਸਿੰਘ", P21(pb_given21)[1]);
		else
			pb_name21(e, sizeof e);
		pb_mobile21(f, sizeof f);
		snprintf(o, n, pb_note21[k], e, f);
		break;
	case G21_MODEL_PB:
		snprintf(o, n, "%s", P21(pb_model21));
		break;
	case G21_CHASSIS_PB:
		digits(d, 6);
		snprintf(o, n, "%s%u%c%s", rnd(2) ? "MBNAA" : "SW744FE", 22 + rnd(4), 'A' + rnd(12), d);
		break;
	case G21_ENGINE_PB:
		digits(d, 6);
		snprintf(o, n, "%s%s", rnd(2) ? "RJ4LS" : "NBH2", d);
		break;
	case G21_EMI_PB:
		k = 8000 + rnd(30000);
		snprintf(o, n, "₹ %u,%03u", k / 1000, k % 1000);
		break;
	case G21_HP_PB:
		snprintf(o, n, "%u", 35 + 5 * rnd(12));
		break;
	case G21_SCHEME_PB:
		snprintf(o, n, "CRM-%u-PB-%04u", 2023 + rnd(3), rnd(5000));
		break;
	case G21_INVOICE_PB:
		snprintf(o, n, "PB/JAL/24-25/%05u", rnd(20000));
		break;
	case G21_GSTIN_PB: {
		static const char *const pans[] = {"AABCS1234F", "AAFFJ7788K", "AADCM4521Q"};
		char s[20];
		snprintf(s, sizeof s, "03%s1Z", P21(pans));
		snprintf(o, n, "%s%c", s, gstin21(s));
		break;
	}
	/* ---- Rwanda */
	case G21_NAME_RW:
		rw_name21(o, n);
		break;
	case G21_NID_RW:
		y = 1960 + rnd(46);
		digits(d, 7);
		digits(e, 2);
		if (rnd(2))
			snprintf(o, n, "1 %u %c %s 0 %s", y, rnd(2) ? '8' : '7', d, e);
		else
			snprintf(o, n, "1%u%c%s0%s", y, rnd(2) ? '8' : '7', d, e);
		break;
	case G21_BIRTH_RW:
		switch (rnd(3)) {
		case 0: snprintf(o, n, "%02u/%02u/%u", day, m, y); break;
		case 1: snprintf(o, n, "%02u-%02u-%u", day, m, y); break;
		default: snprintf(o, n, "%u-%02u-%02u", y, m, day);
		}
		break;
	case G21_PHONE_RW:
		rw_phone21(o, n, false);
		break;
	case G21_MOMO_RW:
		rw_phone21(o, n, true);
		break;
	case G21_EMAIL_RW:
		snprintf(d, sizeof d, "%s", P21(rw_sur21));
		for (i = 0; d[i]; i++)
			d[i] = (char)(d[i] - 'A' + 'a');
		if (rnd(2))
			snprintf(o, n, "%s%u@%s", d, rnd(100), P21(rw_mail21));
		else
			snprintf(o, n, "%s.moto%u@%s", d, rnd(100), P21(rw_mail21));
		break;
	case G21_ADDR_RW:
		if (rnd(3)) {
			snprintf(o, n, P21(rw_addr21), 1 + rnd(200));
		} else {
			k = rnd(N21(rw_cell21));
			snprintf(o, n, "Umudugudu wa %s, Akagari ka %s, Umurenge wa %s, Akarere ka %s",
			         rw_cell21[k][0], rw_cell21[k][1], rw_cell21[k][2], rw_cell21[k][3]);
		}
		break;
	case G21_GEO_RW:
		snprintf(o, n, "%.5f, %.5f", -1.90 - rnd(10000) / 100000.0, 30.03 + rnd(12000) / 100000.0);
		break;
	case G21_IP_RW:
		snprintf(o, n, "%s%u.%u", P21(rw_ip21), rnd(256), 1 + rnd(254));
		break;
	case G21_NOTE_RW:
		k = rnd(N21(rw_note21));
		rw_name21(e, sizeof e);
		rw_phone21(f, sizeof f, false);
		if (k == 1 || k == 5)
			snprintf(o, n, rw_note21[k], f);
		else
			snprintf(o, n, rw_note21[k], e, f);
		break;
	case G21_NEXTKIN_RW:
		rw_name21(e, sizeof e);
		snprintf(o, n, "%s%s", e, P21(rw_rel21));
		break;
	case G21_CARD_RW:
		card20(o, n, rnd(2) ? "4034" : "5235", rnd(2) != 0);
		break;
	case G21_PLATE_RW:
		snprintf(o, n, "R%c %03u %c", rnd(2) ? 'D' : 'E', rnd(1000), 'A' + rnd(26));
		break;
	case G21_HELMET_RW:
		snprintf(o, n, "KSK-%05u", rnd(20000));
		break;
	case G21_FEE_RW:
		snprintf(o, n, "%u,000 FRw", 2 + rnd(9));
		break;
	case G21_POLICY_RW:
		snprintf(o, n, "%s/MTP/2025/%06u", rnd(2) ? "SONARWA" : "RADIANT", rnd(300000));
		break;
	case G21_HOURS_RW:
		snprintf(o, n, "%.1f", 2 + rnd(120) / 10.0);
		break;
	case G21_EBM_RW:
		for (i = 0; i < 40; i++)
			d[i] = "0123456789abcdef"[rnd(16)];
		d[40] = 0;
		snprintf(o, n, "%s", d);
		break;
	case G21_APPVER_RW:
		snprintf(o, n, "%u.%u.%u (%u)", 3, rnd(6), rnd(10), 180 + rnd(60));
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* ---------------------------------------- the twenty-second held-out fold
 * heldout22, written blind like the fourth to twenty-first (its author read
 * neither src/map/, nor the unit tests, nor the lexicon and name files, nor
 * the rules in docs/pii.md): a Montevideo mutual-aid housing cooperative's
 * members (Uruguayan Spanish), a Mandalay gold shop's buyers (Burmese,
 * romanised and in Myanmar script), a Kolhapur sugar cooperative's cane
 * growers (Marathi, romanised and Devanagari), a Cap-Haïtien school's
 * enrolments (Haitian Creole) and an Ashgabat phone shop's instalment
 * buyers (Turkmen). Given names, surnames, streets and towns of those
 * places, with their id formats and check digits (the Uruguayan cédula and
 * its digit, the Myanmar NRC, Aadhaar with its Verhoeff digit, the voter
 * EPIC, the Haitian NIF, the Turkmen passport, FR and TR IBANs, Luhn cards
 * and IMEIs). Its generators are kept apart from the other folds' (build_db()
 * hands G22_* to value22()). */

#define N22(a) (sizeof(a) / sizeof((a)[0]))
#define P22(a) (a)[rnd(N22(a))]

/* Uruguay (Montevideo) */
static const char *const uy_given22[][2] = {
    {"Gonzalo", "gonzalo"},   {"Florencia", "florencia"}, {"Martín", "martin"},
    {"Agustina", "agustina"}, {"Rodrigo", "rodrigo"},     {"Camila", "camila"},
    {"Nicolás", "nicolas"},   {"Lucía", "lucia"},         {"Matías", "matias"},
    {"Valentina", "valentina"}, {"Washington", "washington"}, {"Romina", "romina"},
    {"Facundo", "facundo"},   {"Mirtha", "mirtha"},       {"Sebastián", "sebastian"},
    {"Micaela", "micaela"}};
static const char *const uy_surname22[][2] = {
    {"Rodríguez", "rodriguez"}, {"Pereira", "pereira"}, {"Silva", "silva"},
    {"Sosa", "sosa"},           {"Techera", "techera"}, {"Acosta", "acosta"},
    {"Olivera", "olivera"},     {"Núñez", "nunez"},     {"Cabrera", "cabrera"},
    {"De León", "deleon"},      {"Barreto", "barreto"}, {"Gularte", "gularte"},
    {"Méndez", "mendez"},       {"Correa", "correa"},   {"Castro", "castro"}};
static const char *const uy_mail22[] = {"gmail.com", "hotmail.com", "adinet.com.uy",
                                        "vera.com.uy", "outlook.com", "yahoo.com"};
static const char *const uy_addr22[] = {
    "Av. General Flores %u apto %u, 11800 Montevideo",
    "Camino Carrasco %u, casa %u, 12000 Montevideo",
    "Av. 8 de Octubre %u bis, apto %u, Montevideo",
    "Bvar. José Batlle y Ordóñez %u, block C apto %u, 11600 Montevideo",
    "Cno. Maldonado %u, vivienda %u, Coop. COVIMT 9, Montevideo",
    "Santiago Rivas %u esq. Gral. Urquiza, apto %u, Montevideo",
    "Av. Millán %u, torre 2 apto %u, 12900 Montevideo",
    "Rambla Rep. de México %u apto %u, 11400 Montevideo"};
static const char *const uy_note22[] = {
    "Debe %u horas de ayuda mutua, hablar con %s",
    "Autoriza a %s a retirar la llave del depósito",
    "Cambió de celular: %s",
    "Comisión de fomento; suplente de %s",
    "Pide plan de pagos por %u cuotas, llamar al %s",
    "Baja de la lista de espera, renuncia presentada",
    "Certificado médico hasta el %u/%u, la reemplaza %s en obra"};

/* Myanmar (Mandalay) */
static const char *const mm_male22[] = {"Aung Ko Ko", "Kyaw Zin Htet", "Min Thu", "Zaw Win Naing",
                                        "Htet Aung Lwin", "Thant Zin Oo", "Ye Yint Aung",
                                        "Soe Moe Kyaw", "Nay Lin Tun", "Wai Yan Phyo"};
static const char *const mm_female22[] = {"Khin Myat Noe", "Aye Aye Thant", "Thiri Nandar",
                                          "Su Myat Mon",   "Hnin Wai Phyo", "May Thu Kyaw",
                                          "Ei Ei Phyu",    "Nwe Ni Win",    "Thet Htar Swe",
                                          "Yadanar Oo"};
static const char *const mm_script_m22[] = {"အောင်ကိုကို", "ဇော်ဝင်းနိုင်", "မင်းသူ",
                                            "ထက်အောင်လွင်", "စိုးမိုးကျော်", "ဝေယံဖြိုး"};
static const char *const mm_script_f22[] = {"ခင်မြတ်နိုး", "အေးအေးသန့်", "သီရိနန္ဒာ",
                                            "စုမြတ်မွန်", "နွယ်နီဝင်း", "မေသူကျော်"};
static const char *const mm_tsp22[][2] = {
    {"9", "MaHaMa"}, {"9", "AhMaZa"}, {"9", "ChaAhTa"}, {"9", "ChaMaTha"}, {"9", "PaKaKha"},
    {"9", "PaThaKa"}, {"12", "KaMaYa"}, {"12", "BaHaNa"}, {"5", "MaYaNa"}, {"7", "PaKhaNa"}};
static const char *const mm_prefix22[] = {"25", "26", "40", "42", "44", "45", "75", "76",
                                          "77", "78", "79", "95", "96", "97", "98", "99",
                                          "66", "67", "68", "69"};
static const char *const mm_tspname22[] = {"Chan Aye Thar Zan", "Maha Aung Myay",
                                           "Aung Myay Thar Zan", "Chan Mya Thazi",
                                           "Pyigyidagun"};
static const char *const mm_note22[] = {
    "%s ၏ သမီးအတွက် လက်ဆောင်, ဖုန်း %s",
    "Deposit 500,000 Ks paid, balance on pickup; contact %s",
    "Ring size 14, engraving for %s",
    "ပြန်လဲရန် - %s ထံ ဖုန်းဆက်ပါ %s",
    "Old gold traded in, 1 kyat 2 pe; husband U %s will collect",
    "VIP customer, call before new stock arrives",
    "Pawn ticket returned, son Ko %s phone %s"};
static const char *const mm_items22[] = {"NK", "BR", "RG", "ER", "PD", "BG"};

/* Maharashtra (Kolhapur) */
static const char *const mr_sur22[][2] = {
    {"Patil", "पाटील"},     {"Jadhav", "जाधव"},   {"Pawar", "पवार"},     {"Shinde", "शिंदे"},
    {"Kumbhar", "कुंभार"},  {"Chougule", "चौगुले"}, {"Mane", "माने"},      {"Desai", "देसाई"},
    {"Powar", "पोवार"},     {"Salunkhe", "साळुंखे"}, {"Mahadik", "महाडिक"}, {"Kadam", "कदम"}};
static const char *const mr_given22[][2] = {
    {"Sandip", "संदीप"},   {"Shivaji", "शिवाजी"}, {"Ganpat", "गणपत"},   {"Dattatray", "दत्तात्रय"},
    {"Vishwas", "विश्वास"}, {"Sanjay", "संजय"},    {"Balaso", "बाळासो"}, {"Rajaram", "राजाराम"},
    {"Sunita", "सुनीता"},   {"Mangal", "मंगल"},    {"Shobha", "शोभा"},   {"Amol", "अमोल"}};
static const char *const mr_father22[][2] = {
    {"Ramchandra", "रामचंद्र"}, {"Shankar", "शंकर"},   {"Maruti", "मारुती"},
    {"Dnyandev", "ज्ञानदेव"},   {"Yashwant", "यशवंत"}, {"Tukaram", "तुकाराम"},
    {"Pandurang", "पांडुरंग"},  {"Bapuso", "बापूसो"}};
static const char *const mr_village22[][4] = {
    {"Bidri", "Kagal", "416208", "बिद्री, ता. कागल"},
    {"Murgud", "Kagal", "416219", "मुरगूड, ता. कागल"},
    {"Shiroli", "Hatkanangale", "416122", "शिरोली, ता. हातकणंगले"},
    {"Kurundwad", "Shirol", "416106", "कुरुंदवाड, ता. शिरोळ"},
    {"Gadhinglaj", "Gadhinglaj", "416502", "गडहिंग्लज, ता. गडहिंग्लज"},
    {"Sarvade", "Radhanagari", "416212", "सरवडे, ता. राधानगरी"},
    {"Kale", "Panhala", "416205", "काळे, ता. पन्हाळा"}};
static const char *const mr_variety22[] = {"Co 86032", "CoM 0265", "Co VSI 18121", "CoC 671",
                                           "Co 92005", "MS 10001", "Co 0238"};
static const char *const mr_note22[] = {
    "ऊस तोड झाली, वाहतूकदार %s, मो. %s",
    "Sabhasad mayat, varas %s yanchya navavar bil",
    "बिल खात्यावर जमा, संपर्क %s",
    "Tod late, call farmer on %s",
    "Khodva oos; %s yanni gat badalla",
    "नोंद अपूर्ण - ७/१२ उतारा बाकी"};
static const char *const mr_epic22[] = {"MTD", "KLP", "YSQ", "ZRX", "HTG", "BJS"};

/* Haiti (Cap-Haïtien) */
static const char *const ht_given22[][2] = {
    {"Wideline", "wideline"}, {"Mackenson", "mackenson"}, {"Dieunie", "dieunie"},
    {"Ricardo", "ricardo"},   {"Guerline", "guerline"},   {"Wilner", "wilner"},
    {"Nadège", "nadege"},     {"Fritznel", "fritznel"},   {"Roseline", "roseline"},
    {"Jameson", "jameson"},   {"Sherline", "sherline"},   {"Kervens", "kervens"},
    {"Medjine", "medjine"},   {"Jean Robert", "jeanrobert"}};
static const char *const ht_mother22[] = {"Marie Carmel", "Marie Ange", "Rose Marie", "Mireille",
                                          "Lourdes",      "Yolette",    "Edeline",    "Marie Lourdes",
                                          "Nadia",        "Guerda"};
static const char *const ht_sur22[][2] = {
    {"Jean-Baptiste", "jeanbaptiste"}, {"Pierre", "pierre"},         {"Joseph", "joseph"},
    {"Louis", "louis"},                {"Charles", "charles"},       {"Saint-Fleur", "saintfleur"},
    {"Dorvil", "dorvil"},              {"Exantus", "exantus"},       {"Désir", "desir"},
    {"Augustin", "augustin"},          {"Pierre-Louis", "pierrelouis"}, {"Célestin", "celestin"},
    {"Alexis", "alexis"},              {"Jean-Louis", "jeanlouis"}};
static const char *const ht_mail22[] = {"gmail.com", "yahoo.fr", "hotmail.com", "yahoo.com",
                                        "outlook.fr"};
static const char *const ht_addr22[] = {
    "Rue 17 H, #%u, Cap-Haïtien",
    "Rue 24 K, #%u, Cap-Haïtien, HT1110",
    "Carénage, Rue 3, #%u, Cap-Haïtien",
    "Bel-Air, Ruelle Sainte-Philomène #%u, Cap-Haïtien",
    "Vertières, Route Nationale #1, kay #%u, Okap",
    "Petite-Anse, Rue Saint-Joseph #%u, Cap-Haïtien",
    "Champin, Rue 12 A, #%u, Cap-Haïtien",
    "Barrière Bouteille, Impasse Lamour #%u, Cap-Haïtien"};
static const char *const ht_ip22[] = {"190.115.", "200.113.", "186.1.", "190.102.", "181.189."};
static const char *const ht_note22[] = {
    "Se %s ki pral vin chèche l apre lekòl",
    "Manman an peye mwatye, l ap fini nan mwa me. Tel %s",
    "Elèv la gen opresyon, rele %s si gen pwoblèm",
    "Bous PSUGO, dosye konplè",
    "Papa l nan Lafrans, kontak: %s",
    "Li soti lekòl %s nan Limonade, tanpri mande kanè a",
    "Pa kite l ale ak okenn lòt moun ke %s"};
static const char *const ht_class22[] = {"1e AF", "2e AF", "3e AF", "4e AF", "5e AF", "6e AF",
                                         "7e AF", "8e AF", "9e AF", "NS1",   "NS2",   "NS3",
                                         "NS4"};

/* Turkmenistan (Ashgabat) */
static const char *const tm_given_m22[] = {"Merdan", "Serdar", "Batyr", "Döwlet", "Maksat",
                                           "Arslan", "Meret",  "Kakajan", "Rustam", "Döwran"};
static const char *const tm_given_f22[] = {"Aýgül", "Ogulgerek", "Jeren", "Maýsa", "Bahar",
                                           "Leýla", "Gülälek",   "Enejan", "Sona", "Mähri"};
static const char *const tm_sur22[][2] = {
    {"Annaýew", "annayew"},   {"Orazow", "orazow"},     {"Berdiýew", "berdiyew"},
    {"Gurbanow", "gurbanow"}, {"Ataýew", "atayew"},     {"Hojamyradow", "hojamyradow"},
    {"Baýramow", "bayramow"}, {"Nurmuhammedow", "nurmuhammedow"}, {"Saparow", "saparow"},
    {"Çaryýew", "charyyew"}};
static const char *const tm_patr22[][2] = {
    {"Gurbanowiç", "Gurbanowna"}, {"Orazowiç", "Orazowna"},   {"Baýramowiç", "Baýramowna"},
    {"Annaýewiç", "Annaýewna"},   {"Saparowiç", "Saparowna"}, {"Berdiýewiç", "Berdiýewna"}};
static const char *const tm_mail22[] = {"gmail.com", "mail.ru", "online.tm", "yandex.ru",
                                        "inbox.ru"};
static const char *const tm_region22[] = {"AŞ", "AH", "BN", "DZ", "LB", "MR"};
static const char *const tm_addr22[] = {
    "Aşgabat ş., Bitarap Türkmenistan şaýoly, jaý %u, öý %u",
    "Aşgabat ş., Andalyp köçesi, %u-nji jaý, %u-nji öý",
    "Aşgabat ş., 30-njy mkr., jaý %u, öý %u",
    "Aşgabat ş., Parahat 7, %u/2 jaý, %u öý",
    "Aşgabat ş., Atamyrat Nyýazow şaýoly, jaý %u, öý %u",
    "Mary ş., Magtymguly köçesi, %u-nji jaý, %u öý",
    "Türkmenabat ş., Seýitnazar Seýdi köçesi, jaý %u, öý %u",
    "Ahal welaýaty, Änew ş., Garaşsyzlyk köçesi, %u jaý, %u öý"};
static const char *const tm_models22[] = {
    "Samsung Galaxy A15 128GB", "Samsung Galaxy A35 256GB", "Redmi Note 13 8/256",
    "iPhone 13 128GB",          "Honor X8b 8/128",          "Tecno Spark 20 Pro",
    "Xiaomi 14T 12/512",        "Samsung Galaxy S24 FE"};
static const char *const tm_tac22[] = {"35", "86", "35", "35", "86"};
static const char *const tm_note22[] = {
    "Kepil: %s, tel %s",
    "Iki aý töleg gijikdirdi, %s bilen gürleşildi",
    "Telefon bellik: aýaly %s alar",
    "Töleg wagtynda jaň etmeli: %s",
    "Türkiýede işleýär, pul geçirimini dogany %s edýär",
    "Ekrany çat, kepillik hasaby bilen çalşyldy",
    "Şertnama ýapyldy, hemme töleg geçdi"};

enum {
	G22_FIRST = 18000, /* above every G21_*: build_db() hands them to value22() */
	/* Uruguay */
	G22_CI_UY = G22_FIRST, /* 1.234.567-2 */
	G22_NAME_UY,
	G22_SPOUSE_UY,
	G22_BIRTH_UY,
	G22_PHONE_UY,          /* 099 123 456 */
	G22_EMAIL_UY,
	G22_ADDR_UY,
	G22_CARD_UY,
	G22_NOTE_UY,
	G22_HOURS_UY,          /* hours of mutual aid */
	G22_FEE_UY,            /* 12,45 UR */
	G22_UNIT_UY,           /* Bloque B - 204 */
	G22_PADRON_UY,         /* cadastral parcel */
	G22_RUT_UY,            /* the cooperative's RUT */
	G22_FILE_UY,           /* 2023-14-0001-01234 */
	G22_RECEIPT_UY,        /* A-004512 */
	/* Myanmar */
	G22_NAME_MM,
	G22_NAME_MY,           /* Myanmar script */
	G22_NRC_MM,            /* 9/MaHaMa(N)123456 */
	G22_FATHER_MM,
	G22_PHONE_MM,
	G22_VIBER_MM,
	G22_BIRTH_MM,
	G22_ADDR_MM,
	G22_NOTE_MM,
	G22_WEIGHT_MM,         /* 1 kyat 2 pe 3 yway */
	G22_PURITY_MM,         /* 16 pe ye */
	G22_PRICE_MM,          /* 4,850,000 Ks */
	G22_VOUCHER_MM,        /* MDY-2412-00451 */
	G22_ITEM_MM,           /* NK-22K-0412 */
	G22_TXN_MM,            /* KBZPay transaction, 20 digits */
	G22_RATEDATE_MM,       /* the gold rate's date */
	/* Maharashtra */
	G22_NAME_MR,
	G22_NAME_DV,           /* Devanagari */
	G22_AADHAAR_MR,
	G22_EPIC_MR,           /* MTD1234567 */
	G22_MOBILE_MR,
	G22_BIRTH_MR,
	G22_ADDR_MR,
	G22_GEO_MR,
	G22_NOTE_MR,
	G22_GAT_MR,            /* गट नं. 412/2 */
	G22_VARIETY_MR,        /* Co 86032 */
	G22_TONNES_MR,         /* 42.350 */
	G22_RECOVERY_MR,       /* 12.45 % */
	G22_FRP_MR,            /* ₹ 3,150/टन */
	G22_SCHEDULE_MR,       /* TK-2025-S3-0412 */
	G22_TRUCK_MR,          /* MH 09 AB 1234 */
	/* Haiti */
	G22_NAME_HT,
	G22_MOTHER_HT,
	G22_BIRTH_HT,
	G22_PHONE_HT,
	G22_EMAIL_HT,
	G22_ADDR_HT,
	G22_NIF_HT,            /* 003-123-456-7 */
	G22_IP_HT,
	G22_IBAN_HT,           /* FR IBAN of a relative in France */
	G22_NOTE_HT,
	G22_CLASS_HT,          /* 6e AF, NS1 */
	G22_FEE_HT,            /* HTG 18 500,00 */
	G22_MONCASH_HT,        /* MonCash transaction id */
	G22_AVG_HT,            /* 6,85 */
	G22_ROOM_HT,           /* Sal 12-B */
	G22_BOOKS_HT,
	/* Turkmenistan */
	G22_NAME_TM,
	G22_PASS_TM,           /* I-AŞ 123456 */
	G22_BIRTH_TM,
	G22_PHONE_TM,
	G22_EMAIL_TM,
	G22_ADDR_TM,
	G22_CARD_TM,
	G22_IBAN_TM,           /* TR IBAN of a buyer who works in Turkey */
	G22_IP_TM,
	G22_GEO_TM,
	G22_NOTE_TM,
	G22_GUARANTOR_TM,
	G22_IMEI_TM,           /* 15 digits, Luhn */
	G22_MODEL_TM,
	G22_PRICE_TM,          /* 3 450 TMT */
	G22_MONTHS_TM,
	G22_MONTHLY_TM,        /* 287,50 manat */
	G22_CONTRACT_TM,       /* KR-2025/00412 */
	G22_SERIAL_TM,         /* R58W20ABCDE */
	G22_ORDERDATE_TM
};

/* The Uruguayan cédula's digit: the seven digits weighted 2,9,8,7,6,3,4,
 * (10 - sum mod 10) mod 10. */
static int ci_dv22(unsigned k)
{
	static const int w[] = {2, 9, 8, 7, 6, 3, 4};
	char d[16];
	int i, s = 0;
	snprintf(d, sizeof d, "%07u", k);
	for (i = 0; i < 7; i++)
		s += (d[i] - '0') * w[i];
	return (10 - s % 10) % 10;
}

/* An IBAN from its country and an all-digit BBAN: ISO 13616 mod 97. */
static void iban22(char *o, size_t n, const char *cc, const char *bban, int spaced)
{
	char s[64], t[64];
	unsigned long long r = 0;
	size_t i, k;
	snprintf(s, sizeof s, "%s%d%d00", bban, cc[0] - 'A' + 10, cc[1] - 'A' + 10);
	for (i = 0; s[i]; i++)
		r = (r * 10 + (unsigned)(s[i] - '0')) % 97;
	snprintf(t, sizeof t, "%s%02llu%s", cc, 98 - r, bban);
	if (!spaced) {
		snprintf(o, n, "%s", t);
		return;
	}
	for (i = 0, k = 0; t[i] && k + 2 < n; i++) {
		if (i && i % 4 == 0)
			o[k++] = ' ';
		o[k++] = t[i];
	}
	o[k] = 0;
}

static void card22(char *o, size_t n, const char *bin)
{
	char d[32];
	size_t l = strlen(bin);
	memcpy(d, bin, l);
	digits(d + l, (int)(15 - l));
	luhn_fill(d, 16);
	if (rnd(2))
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
	else
		snprintf(o, n, "%s", d);
}

static void uy_name22(char *o, size_t n)
{
	const char *g = P22(uy_given22)[0], *a = P22(uy_surname22)[0], *b = P22(uy_surname22)[0];
	switch (rnd(3)) {
	case 0: snprintf(o, n, "%s %s %s", g, a, b); break;
	case 1: snprintf(o, n, "%s %s", g, a); break;
	default: snprintf(o, n, "%s %s, %s", a, b, g);
	}
}

static void uy_phone22(char *o, size_t n)
{
	char d[16];
	unsigned p = 1 + rnd(9);
	digits(d, 6);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "09%u %.3s %.3s", p, d, d + 3); break;
	case 1: snprintf(o, n, "09%u%s", p, d); break;
	case 2: snprintf(o, n, "+598 9%u %.3s %.3s", p, d, d + 3); break;
	default: snprintf(o, n, "5989%u%s", p, d);
	}
}

static void mm_name22(char *o, size_t n)
{
	if (rnd(2))
		snprintf(o, n, "%s %s", rnd(3) ? "U" : "Ko", P22(mm_male22));
	else
		snprintf(o, n, "%s %s", rnd(3) ? "Daw" : "Ma", P22(mm_female22));
}

static void mm_script22(char *o, size_t n)
{
	if (rnd(2))
		snprintf(o, n, "%s%s", rnd(3) ? "ဦး" : "ကို", P22(mm_script_m22));
	else
		snprintf(o, n, "%s%s", rnd(3) ? "ဒေါ်" : "မ", P22(mm_script_f22));
}

static void mm_phone22(char *o, size_t n)
{
	char d[16];
	const char *p = P22(mm_prefix22);
	digits(d, 7);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "09 %s%.1s %.3s %.3s", p, d, d + 1, d + 4); break;
	case 1: snprintf(o, n, "09%s%s", p, d); break;
	case 2: snprintf(o, n, "+95 9 %s%.1s %.3s %.3s", p, d, d + 1, d + 4); break;
	default: snprintf(o, n, "959%s%s", p, d);
	}
}

static void mr_name22(char *o, size_t n, int script)
{
	unsigned a = rnd(N22(mr_sur22)), b = rnd(N22(mr_given22)), c = rnd(N22(mr_father22));
	if (rnd(4))
		snprintf(o, n, "%s %s %s", mr_sur22[a][script], mr_given22[b][script],
		         mr_father22[c][script]);
	else
		snprintf(o, n, "%s %s", mr_given22[b][script], mr_sur22[a][script]);
}

static void mr_mobile22(char *o, size_t n)
{
	char d[16];
	unsigned f = 7 + rnd(3);
	digits(d, 9);
	switch (rnd(3)) {
	case 0: snprintf(o, n, "%u%s", f, d); break;
	case 1: snprintf(o, n, "+91 %u%.4s %.5s", f, d, d + 4); break;
	default: snprintf(o, n, "0%u%s", f, d);
	}
}

static void ht_name22(char *o, size_t n)
{
	snprintf(o, n, "%s %s", P22(ht_given22)[0], P22(ht_sur22)[0]);
}

static void ht_phone22(char *o, size_t n)
{
	char d[16];
	static const char *const p[] = {"31", "34", "36", "37", "38", "39", "40", "41", "42", "46", "47", "48", "49", "55"};
	const char *q = P22(p);
	digits(d, 6);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "+509 %s%.2s-%.4s", q, d, d + 2); break;
	case 1: snprintf(o, n, "%s%.2s-%.4s", q, d, d + 2); break;
	case 2: snprintf(o, n, "(509) %s %.2s %.4s", q, d, d + 2); break;
	default: snprintf(o, n, "509%s%s", q, d);
	}
}

static void tm_name22(char *o, size_t n, int patr)
{
	int f = (int)rnd(2);
	const char *sur = P22(tm_sur22)[0];
	const char *g = f ? P22(tm_given_f22) : P22(tm_given_m22);
	if (patr && rnd(2))
		snprintf(o, n, "%s%s %s %s", sur, f ? "a" : "", g, P22(tm_patr22)[f]);
	else
		snprintf(o, n, "%s%s %s", sur, f ? "a" : "", g);
}

static void tm_phone22(char *o, size_t n)
{
	char d[16];
	static const char *const p[] = {"61", "62", "63", "64", "65", "71"};
	const char *q = P22(p);
	digits(d, 6);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "+993 %s %.2s-%.2s-%.2s", q, d, d + 2, d + 4); break;
	case 1: snprintf(o, n, "8 %s %s", q, d); break;
	case 2: snprintf(o, n, "+993%s%s", q, d); break;
	default: snprintf(o, n, "8%s%s", q, d);
	}
}

static void value22(int g, char *o, size_t n)
{
	char d[64], e[128], f[128];
	unsigned y = 1950 + rnd(56), m = 1 + rnd(12), day = 1 + rnd(28), k;
	switch (g) {
	/* ---- Uruguay */
	case G22_CI_UY:
		k = 1000000 + rnd(5500000);
		switch (rnd(3)) {
		case 0: snprintf(o, n, "%u.%03u.%03u-%d", k / 1000000, k / 1000 % 1000, k % 1000, ci_dv22(k)); break;
		case 1: snprintf(o, n, "%u%d", k, ci_dv22(k)); break;
		default: snprintf(o, n, "%u-%d", k, ci_dv22(k));
		}
		break;
	case G22_NAME_UY:
	case G22_SPOUSE_UY:
		uy_name22(o, n);
		break;
	case G22_BIRTH_UY:
		if (rnd(4))
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G22_PHONE_UY:
		uy_phone22(o, n);
		break;
	case G22_EMAIL_UY:
		k = rnd(N22(uy_given22));
		if (rnd(2))
			snprintf(o, n, "%s.%s@%s", uy_given22[k][1], P22(uy_surname22)[1], P22(uy_mail22));
		else
			snprintf(o, n, "%.1s%s%02u@%s", uy_given22[k][1], P22(uy_surname22)[1], rnd(100),
			         P22(uy_mail22));
		break;
	case G22_ADDR_UY:
		snprintf(o, n, P22(uy_addr22), 100 + rnd(5000), 1 + rnd(40));
		break;
	case G22_CARD_UY: {
		static const char *const bins[] = {"4509", "4546", "5417", "5897", "4213", "5443"};
		card22(o, n, P22(bins));
		break;
	}
	case G22_NOTE_UY:
		uy_name22(e, sizeof e);
		uy_phone22(f, sizeof f);
		switch (rnd(N22(uy_note22))) {
		case 0: snprintf(o, n, uy_note22[0], 4 + rnd(60), e); break;
		case 1: snprintf(o, n, uy_note22[1], e); break;
		case 2: snprintf(o, n, uy_note22[2], f); break;
		case 3: snprintf(o, n, uy_note22[3], e); break;
		case 4: snprintf(o, n, uy_note22[4], 3 + rnd(10), f); break;
		case 5: snprintf(o, n, "%s", uy_note22[5]); break;
		default: snprintf(o, n, uy_note22[6], day, m, e);
		}
		break;
	case G22_HOURS_UY:
		snprintf(o, n, "%u.%u", 4 + rnd(40), rnd(2) * 5);
		break;
	case G22_FEE_UY:
		snprintf(o, n, "%u,%02u UR", 8 + rnd(12), rnd(100));
		break;
	case G22_UNIT_UY:
		snprintf(o, n, "Bloque %c - %u%02u", 'A' + rnd(5), 1 + rnd(4), 1 + rnd(8));
		break;
	case G22_PADRON_UY:
		snprintf(o, n, "%u", 400000 + rnd(30000));
		break;
	case G22_RUT_UY:
		snprintf(o, n, "21%04u%04u1%u", 1000 + rnd(9000), rnd(10000), rnd(10));
		break;
	case G22_FILE_UY:
		snprintf(o, n, "20%02u-14-0001-%05u", 15 + rnd(10), rnd(20000));
		break;
	case G22_RECEIPT_UY:
		snprintf(o, n, "%c-%06u", 'A' + rnd(2), rnd(20000));
		break;
	/* ---- Myanmar */
	case G22_NAME_MM:
		mm_name22(o, n);
		break;
	case G22_NAME_MY:
		mm_script22(o, n);
		break;
	case G22_NRC_MM: {
		unsigned t = rnd(N22(mm_tsp22));
		snprintf(o, n, rnd(4) ? "%s/%s(N)%06u" : "%s/%s(Naing)%06u", mm_tsp22[t][0],
		         mm_tsp22[t][1], rnd(300000));
		break;
	}
	case G22_FATHER_MM:
		snprintf(o, n, "U %s", P22(mm_male22));
		break;
	case G22_PHONE_MM:
	case G22_VIBER_MM:
		mm_phone22(o, n);
		break;
	case G22_BIRTH_MM:
		snprintf(o, n, rnd(3) ? "%02u-%02u-%u" : "%u.%u.%u", day, m, y);
		break;
	case G22_ADDR_MM: {
		unsigned st = 26 + rnd(60);
		snprintf(o, n, "No. %u, %u St, (%u x %u) St, %s Tsp, Mandalay", 1 + rnd(300),
		         60 + rnd(30), st, st + 1, P22(mm_tspname22));
		break;
	}
	case G22_NOTE_MM:
		mm_name22(e, sizeof e);
		mm_phone22(f, sizeof f);
		switch (rnd(N22(mm_note22))) {
		case 0: mm_script22(e, sizeof e); snprintf(o, n, mm_note22[0], e, f); break;
		case 1: snprintf(o, n, mm_note22[1], f); break;
		case 2: snprintf(o, n, mm_note22[2], e); break;
		case 3: mm_script22(e, sizeof e); snprintf(o, n, mm_note22[3], e, f); break;
		case 4: snprintf(o, n, mm_note22[4], P22(mm_male22)); break;
		case 5: snprintf(o, n, "%s", mm_note22[5]); break;
		default: snprintf(o, n, mm_note22[6], P22(mm_male22), f);
		}
		break;
	case G22_WEIGHT_MM:
		if (rnd(2))
			snprintf(o, n, "%u kyat %u pe %u yway", rnd(3), rnd(16), rnd(8));
		else
			snprintf(o, n, "%u ကျပ် %u ပဲ %u ရွေး", rnd(3), rnd(16), rnd(8));
		break;
	case G22_PURITY_MM:
		snprintf(o, n, rnd(2) ? "%u pe ye" : "%u ပဲရည်", 14 + rnd(3));
		break;
	case G22_PRICE_MM:
		k = 1000 + rnd(9000);
		snprintf(o, n, "%u,%03u,000 Ks", k / 1000, k % 1000);
		break;
	case G22_VOUCHER_MM:
		snprintf(o, n, "MDY-%02u%02u-%05u", 23 + rnd(3), m, rnd(3000));
		break;
	case G22_ITEM_MM:
		snprintf(o, n, "%s-%uK-%04u", P22(mm_items22), rnd(2) ? 22 : 18, rnd(5000));
		break;
	case G22_TXN_MM:
		digits(d, 12);
		snprintf(o, n, "0100%02u%02u%s", 24 + rnd(2), m, d);
		break;
	case G22_RATEDATE_MM:
		snprintf(o, n, "20%02u-%02u-%02u", 23 + rnd(3), m, day);
		break;
	/* ---- Maharashtra */
	case G22_NAME_MR:
		mr_name22(o, n, 0);
		break;
	case G22_NAME_DV:
		mr_name22(o, n, 1);
		break;
	case G22_AADHAAR_MR:
		d[0] = (char)('2' + rnd(8));
		digits(d + 1, 10);
		d[11] = verhoeff21(d);
		d[12] = 0;
		snprintf(o, n, rnd(2) ? "%.4s %.4s %.4s" : "%.4s%.4s%.4s", d, d + 4, d + 8);
		break;
	case G22_EPIC_MR:
		snprintf(o, n, "%s%07u", P22(mr_epic22), rnd(10000000));
		break;
	case G22_MOBILE_MR:
		mr_mobile22(o, n);
		break;
	case G22_BIRTH_MR:
		snprintf(o, n, rnd(3) ? "%02u/%02u/%u" : "%02u-%02u-%u", day, m, y);
		break;
	case G22_ADDR_MR: {
		unsigned v = rnd(N22(mr_village22));
		if (rnd(3) == 0)
			snprintf(o, n, "H. No. %u, %s Galli, At Post %s, Tal. %s, Dist. Kolhapur %s",
			         1 + rnd(800), P22(mr_sur22)[0], mr_village22[v][0],
			         mr_village22[v][1], mr_village22[v][2]);
		else if (rnd(2))
			snprintf(o, n, "At Post %s, Tal. %s, Dist. Kolhapur %s", mr_village22[v][0],
			         mr_village22[v][1], mr_village22[v][2]);
		else
			snprintf(o, n, "मु. पो. %s, जि. कोल्हापूर - %s", mr_village22[v][3],
			         mr_village22[v][2]);
		break;
	}
	case G22_GEO_MR:
		snprintf(o, n, "%.5f, %.5f", 16.30 + rnd(60000) / 100000.0, 74.00 + rnd(60000) / 100000.0);
		break;
	case G22_NOTE_MR:
		mr_name22(e, sizeof e, rnd(2));
		mr_mobile22(f, sizeof f);
		switch (rnd(N22(mr_note22))) {
		case 0: snprintf(o, n, mr_note22[0], e, f); break;
		case 1: snprintf(o, n, mr_note22[1], e); break;
		case 2: snprintf(o, n, mr_note22[2], f); break;
		case 3: snprintf(o, n, mr_note22[3], f); break;
		case 4: snprintf(o, n, mr_note22[4], e); break;
		default: snprintf(o, n, "%s", mr_note22[5]);
		}
		break;
	case G22_GAT_MR:
		snprintf(o, n, rnd(2) ? "गट नं. %u/%u" : "Gat No. %u/%u", 10 + rnd(900), 1 + rnd(4));
		break;
	case G22_VARIETY_MR:
		snprintf(o, n, "%s", P22(mr_variety22));
		break;
	case G22_TONNES_MR:
		snprintf(o, n, "%u.%03u", 5 + rnd(180), rnd(1000));
		break;
	case G22_RECOVERY_MR:
		snprintf(o, n, "%u.%02u %%", 10 + rnd(4), rnd(100));
		break;
	case G22_FRP_MR:
		snprintf(o, n, "₹ %u,%03u/टन", 2 + rnd(2), rnd(1000));
		break;
	case G22_SCHEDULE_MR:
		snprintf(o, n, "TK-20%02u-S%u-%04u", 23 + rnd(3), 1 + rnd(6), rnd(5000));
		break;
	case G22_TRUCK_MR: {
		static const char *const rto[] = {"09", "10", "50", "51", "11", "13"};
		snprintf(o, n, "MH %s %c%c %04u", P22(rto), 'A' + rnd(26), 'A' + rnd(26), 1 + rnd(9999));
		break;
	}
	/* ---- Haiti */
	case G22_NAME_HT:
		ht_name22(o, n);
		break;
	case G22_MOTHER_HT:
		snprintf(o, n, "%s %s", P22(ht_mother22), P22(ht_sur22)[0]);
		break;
	case G22_BIRTH_HT:
		y = 2006 + rnd(14);
		if (rnd(4))
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G22_PHONE_HT:
		ht_phone22(o, n);
		break;
	case G22_EMAIL_HT:
		k = rnd(N22(ht_given22));
		if (rnd(2))
			snprintf(o, n, "%s.%s@%s", ht_given22[k][1], P22(ht_sur22)[1], P22(ht_mail22));
		else
			snprintf(o, n, "%s%s%u@%s", ht_given22[k][1], P22(ht_sur22)[1], 80 + rnd(20),
			         P22(ht_mail22));
		break;
	case G22_ADDR_HT:
		snprintf(o, n, P22(ht_addr22), 1 + rnd(120));
		break;
	case G22_NIF_HT:
		digits(d, 10);
		if (rnd(3))
			snprintf(o, n, "%.3s-%.3s-%.3s-%.1s", d, d + 3, d + 6, d + 9);
		else
			snprintf(o, n, "%s", d);
		break;
	case G22_IP_HT:
		snprintf(o, n, "%s%u.%u", P22(ht_ip22), rnd(256), 1 + rnd(254));
		break;
	case G22_IBAN_HT: {
		static const char *const banks[] = {"30004", "30003", "20041", "10278", "30002",
		                                    "11315"};
		char acc[16];
		unsigned long long b, br, a;
		int key;
		snprintf(d, sizeof d, "%s", P22(banks));
		digits(e, 5);
		digits(acc, 11);
		b = strtoull(d, NULL, 10);
		br = strtoull(e, NULL, 10);
		a = strtoull(acc, NULL, 10);
		key = (int)(97 - (89 * b + 15 * br + 3 * a) % 97);
		snprintf(f, sizeof f, "%s%s%s%02d", d, e, acc, key);
		iban22(o, n, "FR", f, (int)rnd(3));
		break;
	}
	case G22_NOTE_HT:
		ht_name22(e, sizeof e);
		ht_phone22(f, sizeof f);
		switch (rnd(N22(ht_note22))) {
		case 0: snprintf(o, n, ht_note22[0], e); break;
		case 1: snprintf(o, n, ht_note22[1], f); break;
		case 2: snprintf(o, n, ht_note22[2], f); break;
		case 3: snprintf(o, n, "%s", ht_note22[3]); break;
		case 4: snprintf(o, n, ht_note22[4], f); break;
		case 5: snprintf(o, n, ht_note22[5], "Sainte-Anne"); break;
		default: snprintf(o, n, ht_note22[6], e);
		}
		break;
	case G22_CLASS_HT:
		snprintf(o, n, "%s", P22(ht_class22));
		break;
	case G22_FEE_HT:
		snprintf(o, n, "HTG %u %03u,00", 8 + rnd(40), rnd(2) * 500);
		break;
	case G22_MONCASH_HT:
		digits(d, 9);
		snprintf(o, n, "1%s", d);
		break;
	case G22_AVG_HT:
		snprintf(o, n, "%u,%02u", 4 + rnd(6), rnd(100));
		break;
	case G22_ROOM_HT:
		snprintf(o, n, "Sal %u-%c", 1 + rnd(20), 'A' + rnd(3));
		break;
	case G22_BOOKS_HT:
		snprintf(o, n, "%u", 3 + rnd(12));
		break;
	/* ---- Turkmenistan */
	case G22_NAME_TM:
		tm_name22(o, n, 1);
		break;
	case G22_GUARANTOR_TM:
		tm_name22(o, n, 0);
		break;
	case G22_PASS_TM:
		snprintf(o, n, rnd(4) ? "%s-%s %06u" : "%s-%s №%06u", rnd(3) ? "I" : "II",
		         P22(tm_region22), rnd(1000000));
		break;
	case G22_BIRTH_TM:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G22_PHONE_TM:
		tm_phone22(o, n);
		break;
	case G22_EMAIL_TM: {
		int fem = (int)rnd(2);
		static const char *const gm[] = {"merdan", "serdar", "batyr", "dowlet", "maksat", "arslan"};
		static const char *const gf[] = {"aygul", "jeren", "maysa", "bahar", "leyla", "enejan"};
		const char *s = P22(tm_sur22)[1];
		if (rnd(2))
			snprintf(o, n, "%s.%s%s@%s", fem ? P22(gf) : P22(gm), s, fem ? "a" : "",
			         P22(tm_mail22));
		else
			snprintf(o, n, "%s%s%u@%s", fem ? P22(gf) : P22(gm), fem ? "_" : "", 1985 + rnd(20),
			         P22(tm_mail22));
		break;
	}
	case G22_ADDR_TM:
		snprintf(o, n, P22(tm_addr22), 1 + rnd(200), 1 + rnd(90));
		break;
	case G22_CARD_TM: {
		static const char *const bins[] = {"4183", "4256", "5310", "4400"};
		card22(o, n, P22(bins));
		break;
	}
	case G22_IBAN_TM: {
		static const char *const banks[] = {"00010", "00012", "00015", "00046", "00062",
		                                    "00064", "00067"};
		digits(d, 16);
		snprintf(f, sizeof f, "%s0%s", P22(banks), d);
		iban22(o, n, "TR", f, (int)rnd(2));
		break;
	}
	case G22_IP_TM:
		if (rnd(2))
			snprintf(o, n, "217.174.%u.%u", 224 + rnd(32), 1 + rnd(254));
		else
			snprintf(o, n, "95.85.%u.%u", 96 + rnd(32), 1 + rnd(254));
		break;
	case G22_GEO_TM:
		snprintf(o, n, "%.6f,%.6f", 37.88 + rnd(9000) / 100000.0, 58.30 + rnd(15000) / 100000.0);
		break;
	case G22_NOTE_TM:
		tm_name22(e, sizeof e, 0);
		tm_phone22(f, sizeof f);
		switch (rnd(N22(tm_note22))) {
		case 0: snprintf(o, n, tm_note22[0], e, f); break;
		case 1: snprintf(o, n, tm_note22[1], e); break;
		case 2: snprintf(o, n, tm_note22[2], e); break;
		case 3: snprintf(o, n, tm_note22[3], f); break;
		case 4: snprintf(o, n, tm_note22[4], e); break;
		case 5: snprintf(o, n, "%s", tm_note22[5]); break;
		default: snprintf(o, n, "%s", tm_note22[6]);
		}
		break;
	case G22_IMEI_TM:
		snprintf(d, sizeof d, "%s", P22(tm_tac22));
		digits(d + 2, 12);
		luhn_fill(d, 15);
		snprintf(o, n, "%s", d);
		break;
	case G22_MODEL_TM:
		snprintf(o, n, "%s", P22(tm_models22));
		break;
	case G22_PRICE_TM:
		k = 1200 + rnd(14000);
		snprintf(o, n, "%u %03u TMT", k / 1000, k % 1000);
		break;
	case G22_MONTHS_TM:
		snprintf(o, n, "%u", 3 * (1 + rnd(4)));
		break;
	case G22_MONTHLY_TM:
		snprintf(o, n, "%u,%02u manat", 100 + rnd(1200), rnd(2) * 50);
		break;
	case G22_CONTRACT_TM:
		snprintf(o, n, "KR-20%02u/%05u", 23 + rnd(3), rnd(20000));
		break;
	case G22_SERIAL_TM:
		digits(d, 2);
		letters21(e, 5);
		snprintf(o, n, "R58%c%s%s", 'M' + rnd(12), d, e);
		break;
	case G22_ORDERDATE_TM:
		snprintf(o, n, "%02u.%02u.20%02u", day, m, 23 + rnd(3));
		break;
	default:
		snprintf(o, n, "?");
	}
}


/* ---------------------------------------- the twenty-third held-out fold
 * heldout23, written blind like the fourth to twenty-second (its author
 * read neither src/map/, nor the unit tests, nor the lexicon and name
 * files, nor the rules in docs/pii.md): a Quillacollo dairy cooperative's
 * milk suppliers (Bolivian Spanish), a Vientiane motorbike-leasing shop's
 * customers (Lao, romanised and in Lao script), an Onitsha market traders'
 * union's members (Igbo), a Sambava vanilla exporter's growers (Malagasy)
 * and a Kandahar pomegranate exporter's orchard owners (Pashto, romanised
 * and in Arabic script). Given names, surnames, villages and towns of those
 * places, with their id formats and check digits where they have one (the
 * Bolivian CI with its department, the Nigerian NIN and BVN, the Malagasy
 * CIN, the Afghan e-tazkira, an MG IBAN with its mod-97 digits, Luhn cards).
 * Its generators are kept apart from the other folds' (build_db() hands
 * G23_* to value23()). */

#define N23(a) (sizeof(a) / sizeof((a)[0]))
#define P23(a) (a)[rnd(N23(a))]

/* Bolivia (Quillacollo, Cochabamba) */
static const char *const bo_given23[][2] = {
    {"Juan Carlos", "juancarlos"}, {"Rosmery", "rosmery"}, {"Wilfredo", "wilfredo"},
    {"Marisol", "marisol"},        {"Edwin", "edwin"},     {"Ximena", "ximena"},
    {"Limbert", "limbert"},        {"Jhenny", "jhenny"},   {"Freddy", "freddy"},
    {"Roxana", "roxana"},          {"Grover", "grover"},   {"Wara", "wara"},
    {"Teodoro", "teodoro"},        {"Nelly", "nelly"}};
static const char *const bo_sur23[][2] = {
    {"Mamani", "mamani"},   {"Quispe", "quispe"},       {"Choque", "choque"},
    {"Condori", "condori"}, {"Vargas", "vargas"},       {"Rojas", "rojas"},
    {"Céspedes", "cespedes"}, {"Gutiérrez", "gutierrez"}, {"Huanca", "huanca"},
    {"Claros", "claros"},   {"Villarroel", "villarroel"}, {"Zurita", "zurita"},
    {"Ayala", "ayala"},     {"Terrazas", "terrazas"}};
static const char *const bo_dep23[] = {"CB", "CB", "CB", "LP", "OR", "PT", "SC", "CH"};
static const char *const bo_mail23[] = {"gmail.com", "hotmail.com", "yahoo.es", "outlook.com",
                                        "entelnet.bo"};
static const char *const bo_addr23[] = {
    "Av. Blanco Galindo Km %u, Quillacollo",
    "Calle Waldo Ballivián #%u, zona Central, Quillacollo",
    "OTB Villa Urkupiña, calle %u s/n, Quillacollo",
    "Comunidad Paucarpata, a %u m de la escuela, Sipe Sipe",
    "Av. Martín Cárdenas #%u, El Paso, Quillacollo",
    "Calle Sucre esq. Bolívar #%u, Vinto",
    "Zona Bella Vista, pasaje %u, Tiquipaya"};
static const char *const bo_ruta23[] = {"Ruta 1 - Sipe Sipe", "Ruta 2 - Vinto", "Ruta 3 - Tiquipaya",
                                        "Ruta 4 - El Paso", "Ruta 5 - Paucarpata"};
static const char *const bo_note23[] = {
    "Entrega la leche su hijo %s, cel %s",
    "Vaca con mastitis, no recibir hasta nuevo aviso",
    "Pago a nombre de %s (esposa)",
    "Pide adelanto de %u Bs, habló con don %s",
    "Cambio de número: %s",
    "Recolector reporta leche aguada, segunda advertencia",
    "Socio fallecido, hereda la cuota %s"};

/* Laos (Vientiane) */
static const char *const la_given23[][3] = {
    {"Souksavanh", "ສຸກສະຫວັນ", "souksavanh"}, {"Khamphone", "ຄຳພອນ", "khamphone"},
    {"Bounmy", "ບຸນມີ", "bounmy"},             {"Phetsamone", "ເພັດສະໝອນ", "phetsamone"},
    {"Vilayphone", "ວິໄລພອນ", "vilayphone"},   {"Sengdao", "ແສງດາວ", "sengdao"},
    {"Thongchanh", "ທອງຈັນ", "thongchanh"},    {"Noy", "ນ້ອຍ", "noy"},
    {"Khamla", "ຄຳລາ", "khamla"},              {"Chanthaly", "ຈັນທະລີ", "chanthaly"},
    {"Somphone", "ສົມພອນ", "somphone"},         {"Manivanh", "ມະນີວັນ", "manivanh"}};
static const char *const la_sur23[][3] = {
    {"Phommachanh", "ພົມມະຈັນ", "phommachanh"}, {"Vongsa", "ວົງສາ", "vongsa"},
    {"Sisouphanh", "ສີສຸພັນ", "sisouphanh"},   {"Keomany", "ແກ້ວມະນີ", "keomany"},
    {"Inthavong", "ອິນທະວົງ", "inthavong"},    {"Souvannavong", "ສຸວັນນະວົງ", "souvannavong"},
    {"Phimmasone", "ພິມມະສອນ", "phimmasone"},  {"Luangrath", "ຫຼວງລາດ", "luangrath"},
    {"Xayavong", "ໄຊຍະວົງ", "xayavong"},       {"Bounthavy", "ບຸນທະວີ", "bounthavy"}};
static const char *const la_ban23[][2] = {
    {"Ban Sisavath Tai", "Chanthabouly"}, {"Ban Phonxay", "Xaysettha"},
    {"Ban Dongpalane Thong", "Sisattanak"}, {"Ban Nongbone", "Xaysettha"},
    {"Ban Thongkhankham", "Chanthabouly"}, {"Ban Dongdok", "Xaythany"},
    {"Ban Sikhottabong", "Sikhottabong"},  {"Ban Hatsady", "Chanthabouly"}};
static const char *const la_ip23[] = {"115.84.", "202.137.", "183.182.", "103.43.", "43.252."};
static const char *const la_model23[] = {"Honda Wave 110i", "Honda Scoopy i", "Honda Click 125i",
                                         "Yamaha Grand Filano", "Suzuki Smash 115",
                                         "Honda PCX 160", "Kolao Pro 125"};
static const char *const la_plate23[] = {"ກຂ", "ກງ", "ຂຄ", "ງຈ", "ນວ", "ບມ", "ຫມ"};
static const char *const la_note23[] = {
    "ລູກຄ້າຈ່າຍຊ້າ 2 ງວດ, ໂທຫາ %s",
    "Guarantor: %s, tel %s",
    "ຜູ້ຄ້ຳປະກັນ %s",
    "Paid cash at BCEL Thatluang branch",
    "Moved to Savannakhet, sister %s pays",
    "ເອົາລົດຄືນແລ້ວ, ສັນຍາປິດ",
    "Call after 6pm, works at Talat Sao; wife %s"};

/* Nigeria (Onitsha, Anambra) */
static const char *const ig_given23[][2] = {
    {"Chukwuemeka", "chukwuemeka"}, {"Obiageli", "obiageli"}, {"Nnamdi", "nnamdi"},
    {"Ifeoma", "ifeoma"},           {"Ebuka", "ebuka"},       {"Chinwe", "chinwe"},
    {"Obinna", "obinna"},           {"Adaeze", "adaeze"},     {"Ikechukwu", "ikechukwu"},
    {"Nkechi", "nkechi"},           {"Somtochukwu", "somto"}, {"Uchenna", "uchenna"},
    {"Chidinma", "chidinma"},       {"Kenechukwu", "kene"}};
static const char *const ig_sur23[][2] = {
    {"Okeke", "okeke"},     {"Nwosu", "nwosu"},   {"Eze", "eze"},
    {"Obi", "obi"},         {"Anyanwu", "anyanwu"}, {"Nwankwo", "nwankwo"},
    {"Udeh", "udeh"},       {"Ezeani", "ezeani"}, {"Okoye", "okoye"},
    {"Igwe", "igwe"},       {"Chukwu", "chukwu"}, {"Onwuachu", "onwuachu"},
    {"Nwachukwu", "nwachukwu"}, {"Ibekwe", "ibekwe"}};
static const char *const ig_mail23[] = {"gmail.com", "yahoo.com", "ymail.com", "outlook.com",
                                        "yahoo.co.uk"};
static const char *const ig_net23[] = {"0803", "0806", "0813", "0816", "0703", "0706", "0805",
                                       "0807", "0815", "0802", "0808", "0812", "0902", "0909"};
static const char *const ig_addr23[] = {
    "No. %u Zik Avenue, Fegge, Onitsha, Anambra State",
    "%u Old Market Road, Onitsha",
    "No. %u Modebe Avenue, GRA, Onitsha",
    "%u Awka Road, by Borromeo junction, Onitsha",
    "Plot %u, Federal Housing Estate 33, Onitsha",
    "No. %u Iweka Road, Upper Iweka, Onitsha, Anambra",
    "%u Nkpor-Obosi Road, Nkpor, Idemili North LGA"};
static const char *const ig_line23[] = {"Bright Street", "New Cathedral", "Ose Okwodu",
                                        "Main Market Line", "Bridge Head", "Emeka Offor Plaza"};
static const char *const ig_goods23[] = {"Akwa / Textiles", "Ngwa ụgbọ ala / Spare parts",
                                         "Ọgwụ / Pharmacy", "Electronics", "Stockfish & Crayfish",
                                         "Shoes & Bags", "Building materials"};
static const char *const ig_note23[] = {
    "Nwanne ya nwoke %s ga-akwụ levy, kpọọ %s",
    "Shop locked since Dec, owner in Lagos",
    "Ọ na-ere n'aha %s",
    "Pay into %s account only, no cash",
    "Member fined for blocking walkway",
    "Oyi ya %s bụ onye guarantor, %s",
    "Ọ gbanwere nọmba: %s"};

/* Madagascar (Sambava, SAVA) */
static const char *const mg_sur23[][2] = {
    {"RAKOTOMALALA", "rakotomalala"}, {"RANDRIANARISOA", "randrianarisoa"},
    {"RASOANAIVO", "rasoanaivo"},     {"RAZAFINDRAKOTO", "razafindrakoto"},
    {"ANDRIAMANANTENA", "andriamanantena"}, {"RAHARIMALALA", "raharimalala"},
    {"RAVELOSON", "raveloson"},       {"RANDRIAMAMPIONONA", "randriamampionona"},
    {"TSIMIHETY", "tsimihety"},       {"BEZARA", "bezara"},
    {"RAZANAMAHEFA", "razanamahefa"}, {"VELOMANANA", "velomanana"}};
static const char *const mg_given23[][2] = {
    {"Hery Nirina", "hery"},   {"Fanja", "fanja"},       {"Tiana", "tiana"},
    {"Mamy", "mamy"},          {"Voahangy", "voahangy"}, {"Haingo", "haingo"},
    {"Andry Tahina", "andry"}, {"Lalao", "lalao"},       {"Jean Claude", "jeanclaude"},
    {"Marie Olga", "olga"},    {"Tsiory", "tsiory"},     {"Fidy", "fidy"}};
static const char *const mg_fkt23[][2] = {
    {"Ambodisatrana", "Farahalana"}, {"Antsahavaribe", "Antsahavaribe"},
    {"Analamaho", "Sambava"},        {"Amboangibe", "Amboangibe"},
    {"Marogaona", "Sambava"},        {"Ambariomiambana", "Ambariomiambana"},
    {"Andrahanjo", "Anjangoveratra"}};
static const char *const mg_op23[] = {"34", "34", "38", "32", "33", "37"};
static const char *const mg_grade23[] = {"Gousse noire TK", "Noire extra", "Rouge 1", "Rouge 2",
                                         "Fendue", "Cuts", "Vanille verte"};
static const char *const mg_note23[] = {
    "Nandray avance 500 000 Ar, miantoka i %s",
    "Vanille volaina, nampitandrina ny zandary",
    "Antsoy amin'ny %s raha tsy tonga",
    "Zanany %s no mitondra ny vanille",
    "Planteur certifié Rainforest, parcelle visitée",
    "Nova ny laharana finday: %s",
    "Lavanila maitso, tsy raisina"};

/* Afghanistan (Kandahar) */
static const char *const af_given23[][2] = {
    {"احمد شاه", "Ahmad Shah"},   {"ګل محمد", "Gul Mohammad"}, {"عبدالرحیم", "Abdul Rahim"},
    {"نور احمد", "Noor Ahmad"},   {"حاجي لالا", "Haji Lala"},  {"محمد نادر", "Mohammad Nadir"},
    {"ملالۍ", "Malalai"},         {"زرغونه", "Zarghuna"},      {"عبدالباري", "Abdul Bari"},
    {"سید محمد", "Sayed Mohammad"}, {"خان آغا", "Khan Agha"},  {"شیرین", "Shirin"}};
static const char *const af_sur23[][2] = {
    {"پوپلزی", "Popalzai"}, {"بارکزی", "Barakzai"},  {"اڅکزی", "Achakzai"},
    {"نورزی", "Noorzai"},  {"علیزی", "Alizai"},     {"احمدزی", "Ahmadzai"},
    {"الکوزی", "Alokozai"}, {"اسحاقزی", "Ishaqzai"}};
static const char *const af_mail23[] = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com"};
static const char *const af_net23[] = {"70", "72", "79", "77", "78", "73", "74", "76"};
static const char *const af_addr23[] = {
    "Arghandab District, Kohak village, Kandahar",
    "کندهار ښار، %u ناحیه، کوڅه %u",
    "Zhari District, Sangisar, house %u, Kandahar",
    "Kandahar City, District %u, near Eidgah Darwaza, house %u",
    "ارغنداب ولسوالي، جلاوګیر کلی، کور %u",
    "Dand District, Malajat, street %u, Kandahar",
    "Panjwayi, Zangabad village, Kandahar province"};
static const char *const af_ip23[] = {"180.94.", "117.104.", "103.13.", "182.50.", "43.231."};
static const char *const af_note23[] = {
    "د %s زوی به پیسې راوړي، تلیفون %s",
    "Payment through hawala, contact %s",
    "باغ ته اوبه نه رسېږي، حاصل کم",
    "Brother %s signs for him, phone %s",
    "Cold store Haji %s, pick up Thursday",
    "د اناروو کیفیت ښه دی، A درجه",
    "Farmer moved to Quetta; cousin %s handles"};
static const char *const af_grade23[] = {"A", "A+", "B", "Export", "Juice", "Local"};

enum {
	G23_FIRST = 19000, /* above every G22_*: build_db() hands them to value23() */
	/* Bolivia */
	G23_CI_BO = G23_FIRST, /* 4567891 CB, 4567891-1B LP */
	G23_NAME_BO,
	G23_BIRTH_BO,
	G23_CEL_BO,            /* 72345678, +591 71234567 */
	G23_EMAIL_BO,
	G23_ADDR_BO,
	G23_GEO_BO,            /* "-17.3921, -66.2784" */
	G23_NOTE_BO,
	G23_SOCIO_BO,          /* QLL-0412 */
	G23_LITROS_BO,         /* 184.5 */
	G23_GRASA_BO,          /* 3.45 */
	G23_PRECIO_BO,         /* 3,60 Bs */
	G23_PLANILLA_BO,       /* PL-2025-07-Q2 */
	G23_RUTA_BO,
	G23_TEMP_BO,           /* 4.2 */
	/* Laos */
	G23_NAME_LAO,          /* Lao script */
	G23_NAME_LA,           /* romanised */
	G23_PHONE_LA,          /* 020 5512 3456 */
	G23_BIRTH_LA,
	G23_ADDR_LA,
	G23_IDC_LA,            /* ID card number */
	G23_EMAIL_LA,
	G23_IP_LA,
	G23_CARD_LA,           /* UnionPay 62..., full or masked */
	G23_NOTE_LA,
	G23_PLATE_LA,          /* ກຂ 1234 */
	G23_FRAME_LA,          /* MH1JF8311NK123456 */
	G23_PRICE_LA,          /* 18,500,000 ₭ */
	G23_TERMS_LA,
	G23_MODEL_LA,
	G23_CONTRACT_LA,       /* VTE-LS-2025-00451 */
	G23_APPVER_LA,         /* 2.4.1 */
	/* Nigeria (Igbo) */
	G23_NAME_IG,
	G23_FATHER_IG,
	G23_PHONE_IG,
	G23_EMAIL_IG,
	G23_BIRTH_IG,
	G23_ADDR_IG,
	G23_NIN_IG,            /* 11 digits */
	G23_BVN_IG,            /* 22 + 9 digits */
	G23_CARD_IG,           /* 539983******4821 */
	G23_NOTE_IG,
	G23_SHOP_IG,           /* Bright Street, Block C 45 */
	G23_GOODS_IG,
	G23_LEVY_IG,           /* ₦25,000.00 */
	G23_RECEIPT_IG,        /* OMTA/2025/004512 */
	G23_TID_IG,            /* POS terminal id 2058KQ12 */
	G23_JOINED_IG,
	/* Madagascar */
	G23_NAME_MG,           /* RAKOTOMALALA Hery Nirina */
	G23_GIVEN_MG,          /* Hery Nirina */
	G23_BIRTH_MG,
	G23_CIN_MG,            /* 701 211 012 345 */
	G23_PHONE_MG,          /* 034 12 345 67 */
	G23_MVOLA_MG,          /* 0341234567 */
	G23_ADDR_MG,
	G23_GEO_MG,
	G23_IBAN_MG,           /* MG46 0000 5030 ... */
	G23_NOTE_MG,
	G23_KG_MG,
	G23_GRADE_MG,
	G23_PRICE_MG,          /* 75 000 Ar/kg */
	G23_LOT_MG,            /* SBV-25-0412 */
	G23_HUMID_MG,          /* 28.4 */
	G23_SACK_MG,           /* sack QR payload: 12 hex */
	/* Afghanistan (Pashto) */
	G23_NAME_PS,           /* Arabic script */
	G23_FATHER_AF,         /* romanised */
	G23_TAZKIRA_AF,        /* 1401-0101-12345 */
	G23_PHONE_AF,          /* 0700 123 456 */
	G23_BIRTH_AF,          /* 1365/04/12 or 1986-07-03 */
	G23_ADDR_AF,
	G23_EMAIL_AF,
	G23_IP_AF,
	G23_LAT_AF,
	G23_LON_AF,
	G23_NOTE_AF,
	G23_SER_AF,            /* weight in ser */
	G23_GRADE_AF,
	G23_PRICE_AF,          /* AFN 1,250 */
	G23_INVOICE_AF,        /* KDR-1403-00412 */
	G23_COLD_AF,           /* 2.8 */
	G23_EAN_AF,            /* crate EAN-13 */
	G23_SMS_AF,            /* SMS template with placeholders */
	/* look-alikes added to the other tables before the run */
	G23_NIT_BO,            /* the collection centre's NIT */
	G23_PHOTO_IG           /* sha1 of the member's photo file */
};

static void bo_name23(char *o, size_t n)
{
	snprintf(o, n, "%s %s %s", P23(bo_given23)[0], P23(bo_sur23)[0], P23(bo_sur23)[0]);
}

static void bo_cel23(char *o, size_t n)
{
	char d[16];
	digits(d, 7);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "+591 %c%s", rnd(3) ? '7' : '6', d); break;
	case 1: snprintf(o, n, "591%c%s", rnd(3) ? '7' : '6', d); break;
	default: snprintf(o, n, "%c%s", rnd(3) ? '7' : '6', d);
	}
}

static void la_name23(char *o, size_t n)
{
	snprintf(o, n, "%s %s", P23(la_given23)[0], P23(la_sur23)[0]);
}

static void la_phone23(char *o, size_t n)
{
	char d[16];
	char p = "2579"[rnd(4)];
	digits(d, 7);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "020 %c%.3s %.4s", p, d, d + 3); break;
	case 1: snprintf(o, n, "+856 20 %c%.3s %.4s", p, d, d + 3); break;
	case 2: snprintf(o, n, "85620%c%s", p, d); break;
	default: snprintf(o, n, "020%c%s", p, d);
	}
}

static void ig_name23(char *o, size_t n)
{
	snprintf(o, n, "%s %s", P23(ig_given23)[0], P23(ig_sur23)[0]);
}

static void ig_phone23(char *o, size_t n)
{
	char d[16];
	const char *p = P23(ig_net23);
	digits(d, 7);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "%s %.3s %.4s", p, d, d + 3); break;
	case 1: snprintf(o, n, "+234%s%s", p + 1, d); break;
	case 2: snprintf(o, n, "+234 %s %.3s %.4s", p + 1, d, d + 3); break;
	default: snprintf(o, n, "%s%s", p, d);
	}
}

static void mg_phone23(char *o, size_t n, int bare)
{
	char d[16];
	const char *p = P23(mg_op23);
	digits(d, 7);
	if (bare || !rnd(3))
		snprintf(o, n, "0%s%s", p, d);
	else if (rnd(2))
		snprintf(o, n, "0%s %.2s %.3s %.2s", p, d, d + 2, d + 5);
	else
		snprintf(o, n, "+261 %s %.2s %.3s %.2s", p, d, d + 2, d + 5);
}

static void af_phone23(char *o, size_t n)
{
	char d[16];
	const char *p = P23(af_net23);
	digits(d, 7);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "0%s %.3s %.4s", p, d, d + 3); break;
	case 1: snprintf(o, n, "+93 %s %.3s %.4s", p, d, d + 3); break;
	case 2: snprintf(o, n, "+93%s%s", p, d); break;
	default: snprintf(o, n, "0%s%s", p, d);
	}
}

/* An IBAN from its country and an all-digit BBAN: ISO 13616 mod 97. */
static void iban23(char *o, size_t n, const char *cc, const char *bban)
{
	char s[64], t[64];
	unsigned long long r = 0;
	size_t i, k;
	snprintf(s, sizeof s, "%s%d%d00", bban, cc[0] - 'A' + 10, cc[1] - 'A' + 10);
	for (i = 0; s[i]; i++)
		r = (r * 10 + (unsigned)(s[i] - '0')) % 97;
	snprintf(t, sizeof t, "%s%02llu%s", cc, 98 - r, bban);
	if (rnd(3) == 0) {
		snprintf(o, n, "%s", t);
		return;
	}
	for (i = 0, k = 0; t[i] && k + 2 < n; i++) {
		if (i && i % 4 == 0)
			o[k++] = ' ';
		o[k++] = t[i];
	}
	o[k] = 0;
}

static void value23(int g, char *o, size_t n)
{
	char d[64], e[128], f[128];
	unsigned y = 1950 + rnd(56), m = 1 + rnd(12), day = 1 + rnd(28), k;
	switch (g) {
	/* ---- Bolivia */
	case G23_CI_BO:
		k = 1000000 + rnd(12000000);
		switch (rnd(4)) {
		case 0: snprintf(o, n, "%u %s", k, P23(bo_dep23)); break;
		case 1: snprintf(o, n, "%u-1%c %s", k, 'A' + rnd(26), P23(bo_dep23)); break;
		case 2: snprintf(o, n, "%u %s.", k, rnd(2) ? "Cbba" : "Cba"); break;
		default: snprintf(o, n, "%u", k);
		}
		break;
	case G23_NAME_BO:
		bo_name23(o, n);
		break;
	case G23_BIRTH_BO:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G23_CEL_BO:
		bo_cel23(o, n);
		break;
	case G23_EMAIL_BO:
		k = rnd(N23(bo_given23));
		if (rnd(2))
			snprintf(o, n, "%s.%s@%s", bo_given23[k][1], P23(bo_sur23)[1], P23(bo_mail23));
		else
			snprintf(o, n, "%s%s%u@%s", bo_given23[k][1], P23(bo_sur23)[1], 70 + rnd(35),
			         P23(bo_mail23));
		break;
	case G23_ADDR_BO:
		snprintf(o, n, P23(bo_addr23), 1 + rnd(900));
		break;
	case G23_GEO_BO:
		snprintf(o, n, "-17.%04u, -66.%04u", 3300 + rnd(900), 1500 + rnd(1800));
		break;
	case G23_NOTE_BO:
		bo_name23(e, sizeof e);
		bo_cel23(f, sizeof f);
		switch (rnd(N23(bo_note23))) {
		case 0: snprintf(o, n, bo_note23[0], P23(bo_given23)[0], f); break;
		case 1: snprintf(o, n, "%s", bo_note23[1]); break;
		case 2: snprintf(o, n, bo_note23[2], e); break;
		case 3: snprintf(o, n, bo_note23[3], 100 + 50 * rnd(10), e); break;
		case 4: snprintf(o, n, bo_note23[4], f); break;
		case 5: snprintf(o, n, "%s", bo_note23[5]); break;
		default: snprintf(o, n, bo_note23[6], e);
		}
		break;
	case G23_SOCIO_BO:
		snprintf(o, n, "QLL-%04u", rnd(2000));
		break;
	case G23_LITROS_BO:
		snprintf(o, n, "%u.%u", 20 + rnd(380), rnd(10));
		break;
	case G23_GRASA_BO:
		snprintf(o, n, "%u.%02u", 3, 10 + rnd(80));
		break;
	case G23_PRECIO_BO:
		snprintf(o, n, "%u,%02u Bs", 3, 40 + rnd(40));
		break;
	case G23_PLANILLA_BO:
		snprintf(o, n, "PL-20%02u-%02u-Q%u", 24 + rnd(2), m, 1 + rnd(2));
		break;
	case G23_RUTA_BO:
		snprintf(o, n, "%s", P23(bo_ruta23));
		break;
	case G23_TEMP_BO:
		snprintf(o, n, "%u.%u", 2 + rnd(5), rnd(10));
		break;
	/* ---- Laos */
	case G23_NAME_LAO:
		snprintf(o, n, "%s%s %s", rnd(2) ? "ທ້າວ " : "ນາງ ", P23(la_given23)[1],
		         P23(la_sur23)[1]);
		break;
	case G23_NAME_LA:
		la_name23(o, n);
		break;
	case G23_PHONE_LA:
		la_phone23(o, n);
		break;
	case G23_BIRTH_LA:
		if (rnd(3))
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G23_ADDR_LA:
		k = rnd(N23(la_ban23));
		snprintf(o, n, "%s, Muang %s, %s", la_ban23[k][0], la_ban23[k][1],
		         rnd(2) ? "Vientiane Capital" : "Nakhonluang Vientiane");
		break;
	case G23_IDC_LA:
		digits(d, 8);
		snprintf(o, n, "%02u%s", 1 + rnd(18), d);
		break;
	case G23_EMAIL_LA:
		snprintf(o, n, "%s.%s%s@%s", P23(la_given23)[2], P23(la_sur23)[2],
		         rnd(2) ? "" : "99", rnd(4) ? "gmail.com" : "yahoo.com");
		break;
	case G23_IP_LA:
		snprintf(o, n, "%s%u.%u", P23(la_ip23), rnd(256), 1 + rnd(254));
		break;
	case G23_CARD_LA:
		memcpy(d, rnd(2) ? "624419" : "621666", 6);
		digits(d + 6, 9);
		luhn_fill(d, 16);
		if (rnd(2))
			snprintf(o, n, "%.4s %.2s** **** %.4s", d, d + 4, d + 12);
		else
			snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		break;
	case G23_NOTE_LA:
		la_name23(e, sizeof e);
		la_phone23(f, sizeof f);
		switch (rnd(N23(la_note23))) {
		case 0: snprintf(o, n, la_note23[0], f); break;
		case 1: snprintf(o, n, la_note23[1], e, f); break;
		case 2: snprintf(o, n, la_note23[2], P23(la_given23)[1]); break;
		case 3: snprintf(o, n, "%s", la_note23[3]); break;
		case 4: snprintf(o, n, la_note23[4], P23(la_given23)[0]); break;
		case 5: snprintf(o, n, "%s", la_note23[5]); break;
		default: snprintf(o, n, la_note23[6], P23(la_given23)[0]);
		}
		break;
	case G23_PLATE_LA:
		snprintf(o, n, "%s %04u", P23(la_plate23), rnd(10000));
		break;
	case G23_FRAME_LA:
		digits(d, 6);
		snprintf(o, n, "MH1JF%03u%c%cK%s", 800 + rnd(100), '0' + rnd(10), "LMNP"[rnd(4)], d);
		break;
	case G23_PRICE_LA:
		snprintf(o, n, "%u,%03u,000 ₭", 14 + rnd(40), 100 * rnd(10));
		break;
	case G23_TERMS_LA:
		snprintf(o, n, "%u", 6 * (1 + rnd(6)));
		break;
	case G23_MODEL_LA:
		snprintf(o, n, "%s", P23(la_model23));
		break;
	case G23_CONTRACT_LA:
		snprintf(o, n, "VTE-LS-20%02u-%05u", 23 + rnd(3), rnd(30000));
		break;
	case G23_APPVER_LA:
		snprintf(o, n, "%u.%u.%u", 2, rnd(8), rnd(12));
		break;
	/* ---- Nigeria (Igbo) */
	case G23_NAME_IG:
		ig_name23(o, n);
		break;
	case G23_FATHER_IG:
		snprintf(o, n, "%s%s %s", rnd(3) ? "" : "Mazi ", P23(ig_given23)[0], P23(ig_sur23)[0]);
		break;
	case G23_PHONE_IG:
		ig_phone23(o, n);
		break;
	case G23_EMAIL_IG:
		k = rnd(N23(ig_given23));
		if (rnd(2))
			snprintf(o, n, "%s%s@%s", ig_given23[k][1], P23(ig_sur23)[1], P23(ig_mail23));
		else
			snprintf(o, n, "%s.%s%u@%s", ig_given23[k][1], P23(ig_sur23)[1], rnd(100),
			         P23(ig_mail23));
		break;
	case G23_BIRTH_IG:
		snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G23_ADDR_IG:
		snprintf(o, n, P23(ig_addr23), 1 + rnd(120));
		break;
	case G23_NIN_IG:
		digits(d, 10);
		snprintf(o, n, "%c%s", '1' + rnd(9), d);
		break;
	case G23_BVN_IG:
		digits(d, 9);
		snprintf(o, n, "22%s", d);
		break;
	case G23_CARD_IG:
		digits(d, 4);
		snprintf(o, n, "%s******%s", rnd(2) ? "539983" : "506099", d);
		break;
	case G23_NOTE_IG:
		ig_name23(e, sizeof e);
		ig_phone23(f, sizeof f);
		switch (rnd(N23(ig_note23))) {
		case 0: snprintf(o, n, ig_note23[0], P23(ig_given23)[0], f); break;
		case 1: snprintf(o, n, "%s", ig_note23[1]); break;
		case 2: snprintf(o, n, ig_note23[2], e); break;
		case 3: snprintf(o, n, ig_note23[3], e); break;
		case 4: snprintf(o, n, "%s", ig_note23[4]); break;
		case 5: snprintf(o, n, ig_note23[5], e, f); break;
		default: snprintf(o, n, ig_note23[6], f);
		}
		break;
	case G23_SHOP_IG:
		snprintf(o, n, "%s, Block %c %u", P23(ig_line23), 'A' + rnd(8), 1 + rnd(99));
		break;
	case G23_GOODS_IG:
		snprintf(o, n, "%s", P23(ig_goods23));
		break;
	case G23_LEVY_IG:
		snprintf(o, n, "₦%u,%03u.00", 5 + rnd(45), 500 * rnd(2));
		break;
	case G23_RECEIPT_IG:
		snprintf(o, n, "OMTA/20%02u/%06u", 23 + rnd(3), rnd(20000));
		break;
	case G23_TID_IG:
		snprintf(o, n, "2%03u%c%c%02u", rnd(1000), 'A' + rnd(26), 'A' + rnd(26), rnd(100));
		break;
	case G23_JOINED_IG:
		snprintf(o, n, "20%02u-%02u-%02u", 5 + rnd(20), m, day);
		break;
	/* ---- Madagascar */
	case G23_NAME_MG:
		snprintf(o, n, "%s %s", P23(mg_sur23)[0], P23(mg_given23)[0]);
		break;
	case G23_GIVEN_MG:
		snprintf(o, n, "%s", P23(mg_given23)[0]);
		break;
	case G23_BIRTH_MG:
		if (rnd(4))
			snprintf(o, n, "%02u/%02u/%u", day, m, y);
		else
			snprintf(o, n, "%u %s %u", day,
			         (const char *[]){"Janoary", "Febroary", "Martsa", "Aprily", "Mey",
			                          "Jona", "Jolay", "Aogositra", "Septambra", "Oktobra",
			                          "Novambra", "Desambra"}[m - 1],
			         y);
		break;
	case G23_CIN_MG:
		/* 12 digits: 7 (Antsiranana province), district, commune, sex
		 * (1 man, 2 woman), serial */
		digits(d, 7);
		snprintf(e, sizeof e, "7%02u%u%c%s", 1 + rnd(40), rnd(10), '1' + rnd(2), d);
		if (rnd(3))
			snprintf(o, n, "%.3s %.3s %.3s %.3s", e, e + 3, e + 6, e + 9);
		else
			snprintf(o, n, "%s", e);
		break;
	case G23_PHONE_MG:
		mg_phone23(o, n, 0);
		break;
	case G23_MVOLA_MG:
		mg_phone23(o, n, 1);
		break;
	case G23_ADDR_MG:
		k = rnd(N23(mg_fkt23));
		if (rnd(2))
			snprintf(o, n, "Fokontany %s, Kaominina %s, Distrika Sambava", mg_fkt23[k][0],
			         mg_fkt23[k][1]);
		else
			snprintf(o, n, "Lot %s %u%s %s, Sambava 208", rnd(2) ? "II" : "IV", 1 + rnd(200),
			         rnd(3) ? "" : " Bis", mg_fkt23[k][0]);
		break;
	case G23_GEO_MG:
		snprintf(o, n, "-14.%04u, 50.%04u", 1000 + rnd(3000), 500 + rnd(1500));
		break;
	case G23_IBAN_MG:
		digits(d, 23);
		memcpy(d, "00005", 5);
		iban23(o, n, "MG", d);
		break;
	case G23_NOTE_MG:
		snprintf(e, sizeof e, "%s %s", P23(mg_given23)[0], P23(mg_sur23)[0]);
		mg_phone23(f, sizeof f, 0);
		switch (rnd(N23(mg_note23))) {
		case 0: snprintf(o, n, mg_note23[0], e); break;
		case 1: snprintf(o, n, "%s", mg_note23[1]); break;
		case 2: snprintf(o, n, mg_note23[2], f); break;
		case 3: snprintf(o, n, mg_note23[3], P23(mg_given23)[0]); break;
		case 4: snprintf(o, n, "%s", mg_note23[4]); break;
		case 5: snprintf(o, n, mg_note23[5], f); break;
		default: snprintf(o, n, "%s", mg_note23[6]);
		}
		break;
	case G23_KG_MG:
		snprintf(o, n, "%u.%02u", 2 + rnd(180), rnd(100));
		break;
	case G23_GRADE_MG:
		snprintf(o, n, "%s", P23(mg_grade23));
		break;
	case G23_PRICE_MG:
		snprintf(o, n, "%u 000 Ar/kg", 40 + 5 * rnd(20));
		break;
	case G23_LOT_MG:
		snprintf(o, n, "SBV-%02u-%04u", 23 + rnd(3), rnd(5000));
		break;
	case G23_HUMID_MG:
		snprintf(o, n, "%u.%u", 22 + rnd(14), rnd(10));
		break;
	case G23_SACK_MG:
		for (k = 0; k < 12; k++)
			d[k] = "0123456789ABCDEF"[rnd(16)];
		d[12] = 0;
		snprintf(o, n, "VNL:%s", d);
		break;
	/* ---- Afghanistan (Pashto) */
	case G23_NAME_PS:
		snprintf(o, n, "%s %s", P23(af_given23)[0], P23(af_sur23)[0]);
		break;
	case G23_FATHER_AF:
		snprintf(o, n, "%s%s", rnd(3) ? "" : "Haji ", P23(af_given23)[1]);
		break;
	case G23_TAZKIRA_AF:
		snprintf(o, n, "14%02u-%02u%02u-%05u", rnd(4), 1 + rnd(34), 1 + rnd(20), rnd(100000));
		break;
	case G23_PHONE_AF:
		af_phone23(o, n);
		break;
	case G23_BIRTH_AF:
		if (rnd(2))
			snprintf(o, n, "13%02u/%02u/%02u", 30 + rnd(55), m, day);
		else
			snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G23_ADDR_AF:
		snprintf(o, n, P23(af_addr23), 1 + rnd(15), 1 + rnd(60));
		break;
	case G23_EMAIL_AF:
		k = rnd(N23(af_given23));
		snprintf(e, sizeof e, "%s", af_given23[k][1]);
		{
			size_t i, j = 0;
			for (i = 0; e[i] && j + 1 < sizeof f; i++)
				if (e[i] != ' ')
					f[j++] = (char)(e[i] >= 'A' && e[i] <= 'Z' ? e[i] + 32 : e[i]);
			f[j] = 0;
		}
		snprintf(o, n, "%s.%s%u@%s", f, rnd(2) ? "kdr" : "afg", rnd(1000), P23(af_mail23));
		break;
	case G23_IP_AF:
		snprintf(o, n, "%s%u.%u", P23(af_ip23), rnd(256), 1 + rnd(254));
		break;
	case G23_LAT_AF:
		snprintf(o, n, "31.%04u", 5000 + rnd(2500));
		break;
	case G23_LON_AF:
		snprintf(o, n, "65.%04u", 4000 + rnd(4000));
		break;
	case G23_NOTE_AF:
		snprintf(e, sizeof e, "%s", P23(af_given23)[1]);
		af_phone23(f, sizeof f);
		switch (rnd(N23(af_note23))) {
		case 0: snprintf(o, n, af_note23[0], P23(af_given23)[0], f); break;
		case 1: snprintf(o, n, af_note23[1], f); break;
		case 2: snprintf(o, n, "%s", af_note23[2]); break;
		case 3: snprintf(o, n, af_note23[3], e, f); break;
		case 4: snprintf(o, n, af_note23[4], e); break;
		case 5: snprintf(o, n, "%s", af_note23[5]); break;
		default: snprintf(o, n, af_note23[6], e);
		}
		break;
	case G23_SER_AF:
		snprintf(o, n, "%u", 5 + rnd(400));
		break;
	case G23_GRADE_AF:
		snprintf(o, n, "%s", P23(af_grade23));
		break;
	case G23_PRICE_AF:
		snprintf(o, n, "AFN %u,%03u", 1 + rnd(3), 50 * rnd(20));
		break;
	case G23_INVOICE_AF:
		snprintf(o, n, "KDR-140%u-%05u", 2 + rnd(3), rnd(20000));
		break;
	case G23_COLD_AF:
		snprintf(o, n, "%u.%u", 1 + rnd(5), rnd(10));
		break;
	case G23_EAN_AF:
	{
		int s = 0, i;
		memcpy(d, "471", 3); /* the crates' printer's GS1 prefix */
		digits(d + 3, 9);
		for (i = 0; i < 12; i++)
			s += (d[i] - '0') * (i % 2 ? 3 : 1);
		d[12] = (char)('0' + (10 - s % 10) % 10);
		d[13] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G23_SMS_AF:
		switch (rnd(3)) {
		case 0: snprintf(o, n, "ګرانه {name}، ستاسو بیل {bill_no} چمتو دی"); break;
		case 1: snprintf(o, n, "Dear {name}, your payment of {amount} AFN is ready at {branch}"); break;
		default: snprintf(o, n, "سلام {name}، انار په {date} راوړئ");
		}
		break;
	case G23_NIT_BO:
		snprintf(o, n, "%s", (const char *[]){"1023581025", "3654210017", "1020415021",
		                                      "7801232019", "2956100018"}[rnd(5)]);
		break;
	case G23_PHOTO_IG:
		for (k = 0; k < 40; k++)
			d[k] = "0123456789abcdef"[rnd(16)];
		d[40] = 0;
		snprintf(o, n, "%s", d);
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* ---------------------------------------- the twenty-fourth held-out fold
 * heldout24, written blind like the fourth to twenty-third (its author
 * read neither src/map/, nor the unit tests, nor the lexicon and name
 * files, nor the rules in docs/pii.md): a Kazan chak-chak confectioner's
 * online orders (Tatar, Cyrillic with a few Latin names), a Vijayawada
 * chit fund's subscribers (Telugu, romanised and in Telugu script), a
 * Dakar Tabaski sheep seller's delivery orders (Wolof), an Apia car-hire
 * firm's customers (Samoan, camelCase) and a Surat sari wholesaler's
 * credit ledger (Gujarati, romanised and in Gujarati script). Names,
 * streets and towns of those places, with their id formats and check
 * digits where they have one (the Russian 12-digit INN, the Aadhaar with
 * its Verhoeff digit, the PAN, the Senegalese NIN, an SN and an AE IBAN
 * with their mod-97 digits, the NZ driver licence, the voter EPIC, Luhn
 * cards; as look-alikes a Russian Post tracking number with its check
 * digit and company GSTINs with their mod-36 check character). Its
 * generators are kept apart from the other folds' (build_db() hands G24_*
 * to value24()). */

#define N24(a) (sizeof(a) / sizeof((a)[0]))
#define P24(a) (a)[rnd(N24(a))]

/* Tatarstan (Kazan) */
static const char *const tt_given24[][3] = {
    /* Cyrillic, Latin, male "1" / female "0" */
    {"Айдар", "aidar", "1"},    {"Гөлнара", "gulnara", "0"}, {"Ринат", "rinat", "1"},
    {"Алсу", "alsu", "0"},      {"Ильнур", "ilnur", "1"},    {"Ләйсән", "laysan", "0"},
    {"Рамил", "ramil", "1"},    {"Чулпан", "chulpan", "0"},  {"Фәрит", "farit", "1"},
    {"Гүзәл", "guzel", "0"},    {"Марсель", "marsel", "1"},  {"Зөлфия", "zulfiya", "0"},
    {"Нияз", "niyaz", "1"},     {"Рәзинә", "razina", "0"}};
static const char *const tt_sur24[][2] = {
    {"Гарипов", "garipov"},  {"Хәйруллин", "khairullin"}, {"Сабиров", "sabirov"},
    {"Вәлиев", "valiev"},    {"Галиев", "galiev"},         {"Миңнеханов", "minnekhanov"},
    {"Зарипов", "zaripov"},  {"Шәрәфиев", "sharafiev"},    {"Нуриев", "nuriev"},
    {"Гыйззәтуллин", "gizzatullin"}, {"Мөхәммәтҗанов", "mukhametzyanov"}, {"Юнысов", "yunysov"}};
static const char *const tt_patr24[][2] = {
    {"Ринатович", "Ринатовна"}, {"Фаритович", "Фаритовна"}, {"Рашидович", "Рашидовна"},
    {"Ильдарович", "Ильдаровна"}, {"Маратович", "Маратовна"}, {"Габдуллович", "Габдулловна"}};
static const char *const tt_lat24[][2] = {
    {"Aidar", "Garipov"}, {"Gulnara", "Khairullina"}, {"Alsu", "Sabirova"},
    {"Ilnur", "Valiev"},  {"Chulpan", "Zaripova"},    {"Ramil", "Nuriev"}};
static const char *const tt_mail24[] = {"mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru",
                                        "inbox.ru"};
static const char *const tt_op24[] = {"917", "919", "987", "903", "960", "965", "927", "937"};
static const char *const tt_addr24[] = {
    "г. Казань, ул. Баумана, д. %u, кв. %u",
    "420%03u, Казань, пр-т Победы, %u-%u",
    "РТ, г. Зеленодольск, ул. Ленина, д. %u, кв. %u",
    "Казан, Тукай урамы, %u йорт, %u фатир",
    "Республика Татарстан, Альметьевск, ул. Шевченко, %u/%u",
    "г. Набережные Челны, пр-т Мира, д. %u, кв. %u",
    "Казань, ЖК Салават Купере, ул. Гаврилова, %u, кв %u"};
static const char *const tt_ipnet24[] = {"95.188.", "178.204.", "85.26.", "188.187.", "92.255."};
static const char *const tt_item24[] = {"Чәкчәк 500 г", "Чәкчәк 1 кг, бал белән", "Өчпочмак, 6 шт",
                                        "Талкыш калеве 250 г", "Кош теле 300 г", "Зур бәлеш",
                                        "Гөбәдия, кисәк", "Бавырсак 400 г"};
static const char *const tt_promo24[] = {"TUKAY24", "SABANTUY", "CHAKCHAK10", "KAZAN1000",
                                         "YANAEL25", "", "", ""};
static const char *const tt_note24[] = {
    "Чәкчәк бик тәмле, рәхмәт! Апам %s өчен алдым",
    "Курьер соңга калды, кабат шалтыраттым %s",
    "Очень вкусно, заказываю второй раз",
    "Подъезд 3, домофон не работает, звонить %s",
    "Әбием бик риза булды, рәхмәт сезгә!",
    "Коробка помялась, чак-чак целый. Получала %s",
    "Туй өчен 5 кг кирәк иде, %s белән сөйләштек"};

/* Andhra Pradesh (Vijayawada) */
static const char *const te_given24[][2] = {
    {"Venkata Ramana", "venkataramana"}, {"Lakshmi Prasanna", "lakshmi"},
    {"Srinivasa Rao", "srinivas"},       {"Durga Bhavani", "bhavani"},
    {"Naga Chaitanya", "chaitanya"},     {"Sai Kiran", "saikiran"},
    {"Padmavathi", "padma"},             {"Satyanarayana", "satya"},
    {"Swathi", "swathi"},                {"Ravi Teja", "raviteja"},
    {"Anjaneyulu", "anji"},              {"Sowjanya", "sowji"}};
static const char *const te_sur24[][2] = {
    {"Gunda", "gunda"},         {"Kolli", "kolli"},     {"Bommisetty", "bommisetty"},
    {"Pothula", "pothula"},     {"Vemula", "vemula"},   {"Nallamothu", "nallamothu"},
    {"Chilukuri", "chilukuri"}, {"Yarlagadda", "yarlagadda"}, {"Dasari", "dasari"},
    {"Peddireddy", "peddireddy"}, {"Kommineni", "kommineni"}};
static const char *const te_sur_te24[] = {"గుండా",   "కొల్లి",  "బొమ్మిశెట్టి", "పోతుల",
                                          "వేముల",   "దాసరి",   "చిలుకూరి",   "యార్లగడ్డ",
                                          "నల్లమోతు"};
static const char *const te_father_te24[] = {"వెంకటేశ్వర్లు", "సత్యనారాయణ", "రామారావు",
                                             "సుబ్బారావు",    "నాగేశ్వరరావు", "కృష్ణమూర్తి",
                                             "శ్రీనివాసులు",  "అప్పారావు",   "వీరయ్య"};
static const char *const te_mail24[] = {"gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com",
                                        "outlook.com"};
static const char *const te_addr24[] = {
    "D.No. %u-%u-%u, Governorpet, Vijayawada - 520002",
    "H.No. %u-%u-%u, Srinivasa Nagar, Ameerpet, Hyderabad - 500038",
    "Flat %u, Sai Residency, Benz Circle, Vijayawada 520010",
    "%u-%u, Main Road, Tenali, Guntur Dt., AP - 522201",
    "D.No %u-%u, Patamata, Vijayawada, Krishna Dist 520010",
    "Door No. %u/%u, Gandhi Nagar, Gudivada - 521301"};
static const char *const te_bank24[] = {"SBIN0", "UBIN0", "HDFC0", "ICIC0", "APGB0", "KVBL0"};
static const char *const te_sms24[] = {
    "ప్రియమైన {{member_name}} గారు, {{group}} వాయిదా ₹{{amount}} {{due_date}} లోపు "
    "చెల్లించండి.",
    "Dear {{name}}, your chit {{group_code}} auction is on {{date}} at {{branch}}.",
    "{{name}} గారు, మీ రసీదు {{receipt_no}} జారీ చేయబడింది. ధన్యవాదాలు.",
    "Reminder: instalment #{{inst_no}} of Rs.{{amount}} is due. Ignore if paid."};
static const char *const te_note24[] = {
    "Nominee: bharya %s, ph %s",
    "చందా ఆలస్యం, గ్యారంటర్ %s కి ఫోన్ చేయాలి",
    "Auction lo paadi teesukunnaru, cheque bounce ayyindi",
    "Collection agent daily vastadu, shop at One Town",
    "సభ్యుడు చనిపోయారు, కొడుకు %s కట్టుతున్నారు",
    "Surety given by %s (brother-in-law), Machilipatnam"};

/* Senegal (Dakar, Tabaski) */
static const char *const wo_given24[][2] = {
    {"Moussa", "moussa"},    {"Awa", "awa"},       {"Mamadou", "mamadou"},
    {"Fatou", "fatou"},      {"Cheikh", "cheikh"}, {"Aminata", "aminata"},
    {"Ousmane", "ousmane"},  {"Khady", "khady"},   {"Serigne Fallou", "fallou"},
    {"Ndeye Coumba", "ndeyecoumba"}, {"Ibrahima", "ibou"}, {"Mame Diarra", "mamediarra"},
    {"Modou", "modou"},      {"Astou", "astou"}};
static const char *const wo_sur24[][2] = {
    {"Diop", "diop"},     {"Ndiaye", "ndiaye"}, {"Fall", "fall"},   {"Sarr", "sarr"},
    {"Mbaye", "mbaye"},   {"Gueye", "gueye"},   {"Faye", "faye"},   {"Seck", "seck"},
    {"Mbacké", "mbacke"}, {"Thiam", "thiam"},   {"Sow", "sow"},     {"Cissé", "cisse"},
    {"Diouf", "diouf"},   {"Ba", "ba"}};
static const char *const wo_mail24[] = {"gmail.com", "yahoo.fr", "orange.sn", "hotmail.fr",
                                        "gmail.com"};
static const char *const wo_op24[] = {"77", "78", "76", "70", "75", "77", "78"};
static const char *const wo_addr24[] = {
    "Parcelles Assainies Unité %u, Villa n°%u, Dakar",
    "HLM Grand Yoff, Villa %u, Dakar",
    "Sicap Liberté %u, Villa %u, Dakar",
    "Médina, Rue %u x %u, Dakar",
    "Cité Keur Gorgui, Lot %u, Dakar",
    "Keur Massar, Cité Aliou Sow, Villa %u",
    "Guédiawaye, Golf Sud, maison %u, près de la mosquée",
    "Rufisque, Keury Souf, Villa %u"};
static const char *const wo_breed24[] = {"Ladoum", "Touabire", "Bali-Bali", "Peul-Peul",
                                         "Ladoum x Touabire", "Waralé"};
static const char *const wo_tag24[] = {"DK", "TH", "KL", "LG", "DB", "SL"};
static const char *const wo_note24[] = {
    "Dafa bëgg xar bu rëy, woo ko ci %s",
    "Yobbu xar bi ci këru %s, Parcelles",
    "Fey na avance 100 000 FCFA ci Wave",
    "Xar bi dafa feebar, soppi ko",
    "Jabaram %s moo koy jot, tel %s",
    "Livraison annulée, dafa dem Touba",
    "Client bi neex na, dina délou déwén"};

/* Samoa (Apia) */
static const char *const sm_given24[][2] = {
    {"Tavita", "tavita"},   {"Malia", "malia"},   {"Sione", "sione"},  {"Losa", "losa"},
    {"Ioane", "ioane"},     {"Sina", "sina"},     {"Fetu", "fetu"},    {"Lagi", "lagi"},
    {"Pita", "pita"},       {"Fiaola", "fiaola"}, {"Leilani", "leilani"}, {"Tautua", "tautua"},
    {"Seumalo", "seumalo"}, {"Mele", "mele"}};
static const char *const sm_sur24[][2] = {
    {"Leota", "leota"},       {"Faamausili", "faamausili"}, {"Tuilagi", "tuilagi"},
    {"Aiono", "aiono"},       {"Pouono", "pouono"},         {"Schwenke", "schwenke"},
    {"Fuimaono", "fuimaono"}, {"Lauina", "lauina"},         {"Sapolu", "sapolu"},
    {"Tanuvasa", "tanuvasa"}, {"Meleisea", "meleisea"},     {"Ah Chong", "ahchong"}};
static const char *const sm_matai24[] = {"Tuala", "Seiuli", "Afamasaga", "Lealaiauloto", "Toleafoa"};
static const char *const sm_mail24[] = {"gmail.com", "yahoo.com", "hotmail.com", "samoa.ws",
                                        "xtra.co.nz"};
static const char *const sm_addr24[] = {
    "Vaitele-uta, Faleata, Upolu",   "PO Box %u, Apia, Samoa",
    "Lotopa, Apia",                  "%u Queen Street, Onehunga, Auckland 1061",
    "Saleimoa, Upolu",               "Salelologa, Savai'i",
    "Fagali'i-uta, Vaimauga West",   "Lot %u, Vaitele-fou, Apia",
    "%u Mahia Road, Manurewa, Auckland 2102"};
static const char *const sm_ipnet24[] = {"202.4.", "119.224.", "49.156.", "103.1.", "122.56."};
static const char *const sm_model24[] = {"Toyota Vitz", "Toyota Hilux", "Nissan Note",
                                         "Suzuki Swift", "Toyota RAV4", "Mazda Demio",
                                         "Toyota Noah"};
static const char *const sm_chassis24[] = {"NCP91", "KSP130", "ZC72S", "E12", "DE3FS", "ZRR70"};
static const char *const sm_note24[] = {
    "Na toe faafoi le taavale i le 4 i le afiafi, ua mafiti le tioata. Telefoni %s",
    "Customer requested baby seat, pick up Faleolo 2am",
    "E alu i Savaii i le vaa, ua faatagaina",
    "Uncle %s will return the car, ph %s",
    "Ua uma ona totogi le deposit",
    "Lost key, charged WST 150, husband %s paid",
    "Leai se faafitauli"};

/* Gujarat (Surat) */
static const char *const gu_sur_gu24[] = {"પટેલ", "શાહ", "દેસાઈ", "મહેતા", "પંચાલ", "સોલંકી",
                                          "ચૌધરી", "ગોહિલ", "કાપડિયા"};
static const char *const gu_given_gu24[] = {"રમેશભાઈ", "જયેશભાઈ", "હિતેશભાઈ", "ભાવેશભાઈ",
                                            "કિરીટભાઈ", "મનસુખભાઈ", "હેતલબેન", "દક્ષાબેન",
                                            "નીતાબેન", "ભાવનાબેન"};
static const char *const gu_father_gu24[] = {"કાનજીભાઈ", "રણછોડભાઈ", "નાનજીભાઈ", "ગોવિંદભાઈ",
                                             "વલ્લભભાઈ", "ધીરુભાઈ"};
static const char *const gu_given24[] = {"ramesh", "jayesh", "hitesh", "bhavesh", "kirit",
                                         "mansukh", "hetal", "daksha", "nita", "bhavna"};
static const char *const gu_sur24[] = {"patel", "shah", "desai", "mehta", "panchal", "solanki",
                                       "chaudhary", "gohil", "kapadia"};
static const char *const gu_mail24[] = {"gmail.com", "yahoo.co.in", "yahoo.com", "rediffmail.com"};
static const char *const gu_addr24[] = {
    "%u, Shivshakti Society, Varachha Road, Surat - 395006",
    "B-%u, Sahjanand Apartment, Adajan, Surat 395009",
    "%u/%u, Gopipura, Main Road, Surat",
    "%u, ગોકુલધામ સોસાયટી, કતારગામ, સુરત - 395004",
    "Shop %u, Millennium Textile Market, Ring Road, Surat",
    "%u, Yogi Chowk, Puna Gam, Surat 395010",
    "Plot %u, GIDC, Pandesara, Surat - 394221"};
static const char *const gu_ipnet24[] = {"49.36.", "103.250.", "157.32.", "117.99.", "27.61."};
static const char *const gu_design24[] = {"RD", "BL", "GR", "MG", "YL", "PK", "NV"};
static const char *const gu_hsn24[] = {"5407", "5208", "5407 10", "6211", "5512", "5408"};
static const char *const gu_ae_bank24[] = {"033", "030", "026", "035", "044", "050"};
static const char *const gu_note24[] = {
    "રમેશભાઈ ના દીકરા %s ને માલ આપવો, ફોન %s",
    "Payment 30 divas pachhi, dalal %s",
    "માલ પરત આવ્યો, ડાઘ વાળો",
    "Party reliable che, juna grahak",
    "Dubai party, bhai %s mal uchke che",
    "ઉધાર બંધ કરો, ચેક પાછો આવ્યો",
    "Dalal %s ni guarantee par udhar"};

enum {
	G24_FIRST = 20000, /* above every G23_*: build_db() hands them to value24() */
	/* Tatarstan */
	G24_NAME_TT = G24_FIRST,
	G24_PHONE_TT,
	G24_EMAIL_TT,
	G24_BIRTH_TT,
	G24_ADDR_TT,
	G24_INN_TT,
	G24_CARD_TT,   /* masked Mir */
	G24_IP_TT,
	G24_GEO_TT,
	G24_NOTE_TT,
	G24_ORDER_TT,
	G24_ITEM_TT,
	G24_PRICE_TT,
	G24_WEIGHT_TT,
	G24_RPO_TT,    /* Russian Post tracking, 14 digits with a check digit */
	G24_PROMO_TT,
	G24_HASH_TT,
	/* Andhra Pradesh */
	G24_NAME_TE,
	G24_FATHER_TE, /* Telugu script */
	G24_AADHAAR_TE,
	G24_PAN_TE,
	G24_MOBILE_TE,
	G24_BIRTH_TE,
	G24_ADDR_TE,
	G24_EMAIL_TE,
	G24_NOTE_TE,
	G24_GROUP_TE,
	G24_INST_TE,
	G24_AMOUNT_TE,
	G24_IFSC_TE,
	G24_RECEIPT_TE,
	G24_DISC_TE,
	G24_SMS_TE,
	/* Senegal */
	G24_NAME_WO,
	G24_RECV_WO,
	G24_PHONE_WO,
	G24_BIRTH_WO,
	G24_NIN_WO,
	G24_IBAN_WO,
	G24_EMAIL_WO,
	G24_ADDR_WO,
	G24_GEO_WO,
	G24_NOTE_WO,
	G24_BREED_WO,
	G24_PRICE_WO,
	G24_WEIGHT_WO,
	G24_TAG_WO,
	G24_ORDER_WO,
	G24_DELIV_WO,  /* a delivery date, not a birth date */
	G24_TXN_WO,
	/* Samoa */
	G24_NAME_SM,
	G24_PHONE_SM,
	G24_BIRTH_SM,
	G24_LICENCE_SM,
	G24_CARD_SM,
	G24_EMAIL_SM,
	G24_ADDR_SM,
	G24_IP_SM,
	G24_NOTE_SM,
	G24_FLEET_SM,
	G24_MODEL_SM,
	G24_RATE_SM,
	G24_ODO_SM,
	G24_FUEL_SM,
	G24_BOOKING_SM,
	G24_CHASSIS_SM,
	/* Gujarat */
	G24_NAME_GU,
	G24_MOBILE_GU,
	G24_EMAIL_GU,
	G24_EPIC_GU,
	G24_BIRTH_GU,
	G24_ADDR_GU,
	G24_CARD_GU,
	G24_IP_GU,
	G24_IBAN_GU,
	G24_NOTE_GU,
	G24_GSTIN_GU,
	G24_BILL_GU,
	G24_DESIGN_GU,
	G24_METER_GU,
	G24_AMOUNT_GU,
	G24_HSN_GU,
	G24_LR_GU
};

/* Luhn: the check digit for the n digits in d. */
static int luhn24(const char *d, size_t n)
{
	int s = 0;
	size_t i;
	for (i = 0; i < n; i++) {
		int x = d[n - 1 - i] - '0';
		if (i % 2 == 0) {
			x *= 2;
			if (x > 9)
				x -= 9;
		}
		s += x;
	}
	return (10 - s % 10) % 10;
}

/* ISO 13616: cc + two check digits + bban. */
static void iban24(char *o, size_t n, const char *cc, const char *bban)
{
	char t[64];
	unsigned rem = 0;
	size_t i;
	snprintf(t, sizeof t, "%s%s00", bban, cc);
	for (i = 0; t[i]; i++) {
		unsigned v = t[i] >= 'A' ? (unsigned)(t[i] - 'A' + 10) : (unsigned)(t[i] - '0');
		rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
	}
	snprintf(o, n, "%s%02u%s", cc, 98 - rem, bban);
}

/* Verhoeff, for the Aadhaar's last digit. */
static int verhoeff24(const char *d, size_t n)
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
	static const unsigned char inv[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};
	unsigned c = 0;
	size_t i;
	for (i = 0; i < n; i++)
		c = mul[c][perm[(i + 1) % 8][d[n - 1 - i] - '0']];
	return inv[c];
}

static void digits24(char *d, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		d[i] = (char)('0' + rnd(10));
	d[n] = 0;
}

static void tt_phone24(char *o, size_t n)
{
	const char *op = P24(tt_op24);
	unsigned a = rnd(1000), b = rnd(100), c = rnd(100);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "+7 (%s) %03u-%02u-%02u", op, a, b, c); break;
	case 1: snprintf(o, n, "8%s%03u%02u%02u", op, a, b, c); break;
	case 2: snprintf(o, n, "+7%s%03u%02u%02u", op, a, b, c); break;
	default: snprintf(o, n, "8 %s %03u %02u %02u", op, a, b, c);
	}
}

static void te_mobile24(char *o, size_t n)
{
	unsigned a = 6 + rnd(4), b = rnd(10000), c = rnd(100000);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "+91 %u%04u %05u", a, b, c); break;
	case 1: snprintf(o, n, "%u%04u%05u", a, b, c); break;
	case 2: snprintf(o, n, "+91-%u%04u%05u", a, b, c); break;
	default: snprintf(o, n, "0%u%04u%05u", a, b, c);
	}
}

static void wo_phone24(char *o, size_t n)
{
	const char *op = P24(wo_op24);
	unsigned a = rnd(1000), b = rnd(100), c = rnd(100);
	switch (rnd(4)) {
	case 0: snprintf(o, n, "+221 %s %03u %02u %02u", op, a, b, c); break;
	case 1: snprintf(o, n, "%s%03u%02u%02u", op, a, b, c); break;
	case 2: snprintf(o, n, "00221%s%03u%02u%02u", op, a, b, c); break;
	default: snprintf(o, n, "%s %03u %02u %02u", op, a, b, c);
	}
}

static void sm_phone24(char *o, size_t n)
{
	switch (rnd(4)) {
	case 0: snprintf(o, n, "+685 7%u %05u", 2 + rnd(6), rnd(100000)); break;
	case 1: snprintf(o, n, "7%u%05u", 2 + rnd(6), rnd(100000)); break;
	case 2: snprintf(o, n, "+64 21 %03u %04u", rnd(1000), rnd(10000)); break;
	default: snprintf(o, n, "(685) 7%u-%05u", 2 + rnd(6), rnd(100000));
	}
}

static void value24(int g, char *o, size_t n)
{
	char d[64], e[128], f[128];
	unsigned y = 1948 + rnd(57), m = 1 + rnd(12), day = 1 + rnd(28), k, i, s;
	switch (g) {
	/* ---- Tatarstan */
	case G24_NAME_TT:
		k = rnd(N24(tt_given24));
		i = rnd(N24(tt_sur24));
		s = tt_given24[k][2][0] == '1';
		switch (rnd(4)) {
		case 0:
		case 1:
			snprintf(o, n, "%s%s %s %s", tt_sur24[i][0], s ? "" : "а", tt_given24[k][0],
			         P24(tt_patr24)[s ? 0 : 1]);
			break;
		case 2: snprintf(o, n, "%s %s%s", tt_given24[k][0], tt_sur24[i][0], s ? "" : "а"); break;
		default:
			k = rnd(N24(tt_lat24));
			snprintf(o, n, "%s %s", tt_lat24[k][0], tt_lat24[k][1]);
		}
		break;
	case G24_PHONE_TT:
		tt_phone24(o, n);
		break;
	case G24_EMAIL_TT:
		k = rnd(N24(tt_given24));
		i = rnd(N24(tt_sur24));
		switch (rnd(3)) {
		case 0: snprintf(o, n, "%s.%s@%s", tt_given24[k][1], tt_sur24[i][1], P24(tt_mail24)); break;
		case 1: snprintf(o, n, "%s%u@%s", tt_given24[k][1], 70 + rnd(30), P24(tt_mail24)); break;
		default: snprintf(o, n, "%s_%s@%s", tt_sur24[i][1], tt_given24[k][1], P24(tt_mail24));
		}
		break;
	case G24_BIRTH_TT:
		snprintf(o, n, "%02u.%02u.%u", day, m, y);
		break;
	case G24_ADDR_TT:
		snprintf(o, n, P24(tt_addr24), 1 + rnd(120), 1 + rnd(240), 1 + rnd(90));
		break;
	case G24_INN_TT: {
		static const int w1[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
		static const int w2[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
		int c1 = 0, c2 = 0;
		snprintf(d, sizeof d, "16%02u", 1 + rnd(60));
		digits24(d + 4, 6);
		for (k = 0; k < 10; k++)
			c1 += w1[k] * (d[k] - '0');
		d[10] = (char)('0' + c1 % 11 % 10);
		for (k = 0; k < 11; k++)
			c2 += w2[k] * (d[k] - '0');
		d[11] = (char)('0' + c2 % 11 % 10);
		d[12] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G24_CARD_TT:
		switch (rnd(3)) {
		case 0: snprintf(o, n, "2202 20** **** %04u", rnd(10000)); break;
		case 1: snprintf(o, n, "22007%u******%04u", rnd(10), rnd(10000)); break;
		default: snprintf(o, n, "MIR *%04u", rnd(10000));
		}
		break;
	case G24_IP_TT:
		snprintf(o, n, "%s%u.%u", P24(tt_ipnet24), rnd(256), 1 + rnd(254));
		break;
	case G24_GEO_TT:
		snprintf(o, n, "%.6f, %.6f", 55.73 + rnd(13000) / 100000.0, 49.05 + rnd(20000) / 100000.0);
		break;
	case G24_NOTE_TT:
		k = rnd(N24(tt_given24));
		i = rnd(N24(tt_sur24));
		snprintf(e, sizeof e, "%s %s%s", tt_given24[k][0], tt_sur24[i][0],
		         tt_given24[k][2][0] == '1' ? "" : "а");
		tt_phone24(f, sizeof f);
		switch (rnd(7)) {
		case 0: snprintf(o, n, tt_note24[0], e); break;
		case 1: snprintf(o, n, tt_note24[1], f); break;
		case 2: snprintf(o, n, "%s", tt_note24[2]); break;
		case 3: snprintf(o, n, tt_note24[3], f); break;
		case 4: snprintf(o, n, "%s", tt_note24[4]); break;
		case 5: snprintf(o, n, tt_note24[5], e); break;
		default: snprintf(o, n, tt_note24[6], e);
		}
		break;
	case G24_ORDER_TT:
		snprintf(o, n, "KZN-%02u%02u-%05u", 23 + rnd(2), m, rnd(100000));
		break;
	case G24_ITEM_TT:
		snprintf(o, n, "%s", P24(tt_item24));
		break;
	case G24_PRICE_TT:
		snprintf(o, n, "%u,00 ₽", 250 + 10 * rnd(300));
		break;
	case G24_WEIGHT_TT:
		snprintf(o, n, "%u", 250 + 50 * rnd(100));
		break;
	case G24_RPO_TT: {
		/* postcode of the sending office, month, serial, check digit */
		int sum = 0;
		snprintf(d, sizeof d, "420%03u%02u%05u", 1 + rnd(140), m, rnd(100000));
		for (k = 0; k < 13; k++)
			sum += (d[k] - '0') * (k % 2 == 0 ? 3 : 1);
		d[13] = (char)('0' + (10 - sum % 10) % 10);
		d[14] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G24_PROMO_TT:
		snprintf(o, n, "%s", P24(tt_promo24));
		break;
	case G24_HASH_TT:
		for (k = 0; k < 40; k++)
			d[k] = "0123456789abcdef"[rnd(16)];
		d[40] = 0;
		snprintf(o, n, "%s", d);
		break;

	/* ---- Andhra Pradesh */
	case G24_NAME_TE:
		k = rnd(N24(te_given24));
		i = rnd(N24(te_sur24));
		switch (rnd(4)) {
		case 0:
		case 1: snprintf(o, n, "%s %s", te_sur24[i][0], te_given24[k][0]); break;
		case 2: snprintf(o, n, "%c. %s", te_sur24[i][0][0], te_given24[k][0]); break;
		default:
			snprintf(e, sizeof e, "%s %s", te_given24[k][0], te_sur24[i][0]);
			for (s = 0; e[s]; s++)
				if (e[s] >= 'a' && e[s] <= 'z')
					e[s] = (char)(e[s] - 32);
			snprintf(o, n, "%s", e);
		}
		break;
	case G24_FATHER_TE:
		snprintf(o, n, "%s %s", P24(te_sur_te24), P24(te_father_te24));
		break;
	case G24_AADHAAR_TE:
		d[0] = (char)('2' + rnd(8));
		digits24(d + 1, 10);
		d[11] = (char)('0' + verhoeff24(d, 11));
		d[12] = 0;
		switch (rnd(3)) {
		case 0: snprintf(o, n, "%.4s %.4s %.4s", d, d + 4, d + 8); break;
		case 1: snprintf(o, n, "%s", d); break;
		default: snprintf(o, n, "%.4s-%.4s-%.4s", d, d + 4, d + 8);
		}
		break;
	case G24_PAN_TE:
		i = rnd(N24(te_sur24));
		snprintf(o, n, "%c%c%cP%c%04u%c", 'A' + rnd(26), 'A' + rnd(26), 'A' + rnd(26),
		         te_sur24[i][0][0], rnd(10000), 'A' + rnd(26));
		break;
	case G24_MOBILE_TE:
		te_mobile24(o, n);
		break;
	case G24_BIRTH_TE:
		snprintf(o, n, "%02u-%02u-%u", day, m, y);
		break;
	case G24_ADDR_TE:
		snprintf(o, n, P24(te_addr24), 1 + rnd(40), 1 + rnd(300), 1 + rnd(30));
		break;
	case G24_EMAIL_TE:
		k = rnd(N24(te_given24));
		i = rnd(N24(te_sur24));
		switch (rnd(3)) {
		case 0: snprintf(o, n, "%s.%s@%s", te_given24[k][1], te_sur24[i][1], P24(te_mail24)); break;
		case 1: snprintf(o, n, "%s%s%u@%s", te_sur24[i][1], te_given24[k][1], rnd(100), P24(te_mail24)); break;
		default: snprintf(o, n, "%c%s@%s", te_given24[k][1][0], te_sur24[i][1], P24(te_mail24));
		}
		break;
	case G24_NOTE_TE:
		k = rnd(N24(te_given24));
		i = rnd(N24(te_sur24));
		snprintf(e, sizeof e, "%s %s", te_sur24[i][0], te_given24[k][0]);
		te_mobile24(f, sizeof f);
		switch (rnd(6)) {
		case 0: snprintf(o, n, te_note24[0], e, f); break;
		case 1: snprintf(o, n, te_note24[1], e); break;
		case 2: snprintf(o, n, "%s", te_note24[2]); break;
		case 3: snprintf(o, n, "%s", te_note24[3]); break;
		case 4: snprintf(o, n, te_note24[4], e); break;
		default: snprintf(o, n, te_note24[5], e);
		}
		break;
	case G24_GROUP_TE:
		snprintf(o, n, "VJA-%uL-%c%02u", 1 + rnd(10), 'A' + rnd(8), 1 + rnd(40));
		break;
	case G24_INST_TE:
		snprintf(o, n, "%u", 1 + rnd(40));
		break;
	case G24_AMOUNT_TE:
		snprintf(o, n, "₹%u,%03u", 2 + rnd(48), 500 * rnd(2));
		break;
	case G24_IFSC_TE:
		snprintf(o, n, "%s%06u", P24(te_bank24), rnd(1000000));
		break;
	case G24_RECEIPT_TE:
		snprintf(o, n, "RCPT/2024-25/%05u", rnd(100000));
		break;
	case G24_DISC_TE:
		snprintf(o, n, "%.2f", 5 + rnd(2500) / 100.0);
		break;
	case G24_SMS_TE:
		snprintf(o, n, "%s", P24(te_sms24));
		break;

	/* ---- Senegal */
	case G24_NAME_WO:
	case G24_RECV_WO:
		k = rnd(N24(wo_given24));
		i = rnd(N24(wo_sur24));
		switch (rnd(4)) {
		case 0:
		case 1: snprintf(o, n, "%s %s", wo_given24[k][0], wo_sur24[i][0]); break;
		case 2:
			snprintf(e, sizeof e, "%s", wo_sur24[i][1]);
			for (s = 0; e[s]; s++)
				e[s] = (char)(e[s] - 32);
			snprintf(o, n, "%s %s", e, wo_given24[k][0]);
			break;
		default:
			if (g == G24_RECV_WO)
				snprintf(o, n, "%s %s", wo_given24[k][0], wo_sur24[i][0]);
			else
				snprintf(o, n, "%c. %s", wo_given24[k][0][0], wo_sur24[i][0]);
		}
		break;
	case G24_PHONE_WO:
		wo_phone24(o, n);
		break;
	case G24_BIRTH_WO:
		snprintf(o, n, "%u-%02u-%02u", y, m, day);
		break;
	case G24_NIN_WO:
		/* sex, registration centre, year of birth, serial */
		if (rnd(2))
			snprintf(o, n, "%u %03u %u %05u", 1 + rnd(2), 100 + rnd(900), y, rnd(100000));
		else
			snprintf(o, n, "%u%03u%u%05u", 1 + rnd(2), 100 + rnd(900), y, rnd(100000));
		break;
	case G24_IBAN_WO:
		/* BCEAO bank code SN0nn, branch, account, RIB key */
		snprintf(d, sizeof d, "SN%03u%05u", 10 + rnd(200), rnd(100000));
		digits24(d + 10, 14);
		iban24(e, sizeof e, "SN", d);
		if (rnd(2))
			snprintf(o, n, "%s", e);
		else
			snprintf(o, n, "%.4s %.4s %.4s %.4s %.4s %.4s %.4s", e, e + 4, e + 8, e + 12,
			         e + 16, e + 20, e + 24);
		break;
	case G24_EMAIL_WO:
		k = rnd(N24(wo_given24));
		i = rnd(N24(wo_sur24));
		switch (rnd(3)) {
		case 0: snprintf(o, n, "%s.%s@%s", wo_given24[k][1], wo_sur24[i][1], P24(wo_mail24)); break;
		case 1: snprintf(o, n, "%s%s%u@%s", wo_given24[k][1], wo_sur24[i][1], rnd(100), P24(wo_mail24)); break;
		default: snprintf(o, n, "%s_%s@%s", wo_sur24[i][1], wo_given24[k][1], P24(wo_mail24));
		}
		break;
	case G24_ADDR_WO:
		snprintf(o, n, P24(wo_addr24), 1 + rnd(26), 1 + rnd(900));
		break;
	case G24_GEO_WO:
		snprintf(o, n, "%.5f,%.5f", 14.68 + rnd(11000) / 100000.0, -17.35 - rnd(17000) / 100000.0);
		break;
	case G24_NOTE_WO:
		k = rnd(N24(wo_given24));
		i = rnd(N24(wo_sur24));
		snprintf(e, sizeof e, "%s %s", wo_given24[k][0], wo_sur24[i][0]);
		wo_phone24(f, sizeof f);
		switch (rnd(7)) {
		case 0: snprintf(o, n, wo_note24[0], f); break;
		case 1: snprintf(o, n, wo_note24[1], e); break;
		case 2: snprintf(o, n, "%s", wo_note24[2]); break;
		case 3: snprintf(o, n, "%s", wo_note24[3]); break;
		case 4: snprintf(o, n, wo_note24[4], e, f); break;
		case 5: snprintf(o, n, "%s", wo_note24[5]); break;
		default: snprintf(o, n, "%s", wo_note24[6]);
		}
		break;
	case G24_BREED_WO:
		snprintf(o, n, "%s", P24(wo_breed24));
		break;
	case G24_PRICE_WO:
		snprintf(o, n, "%u 000 FCFA", 75 + 5 * rnd(200));
		break;
	case G24_WEIGHT_WO:
		snprintf(o, n, "%.1f", 35 + rnd(900) / 10.0);
		break;
	case G24_TAG_WO:
		snprintf(o, n, "SN-%s-%06u", P24(wo_tag24), rnd(1000000));
		break;
	case G24_ORDER_WO:
		snprintf(o, n, "TBK24-%05u", rnd(100000));
		break;
	case G24_DELIV_WO:
		snprintf(o, n, "2024-06-%02u", 8 + rnd(9));
		break;
	case G24_TXN_WO:
		for (k = 0; k < 12; k++)
			d[k] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[rnd(32)];
		d[12] = 0;
		snprintf(o, n, "T_%s", d);
		break;

	/* ---- Samoa */
	case G24_NAME_SM:
		k = rnd(N24(sm_given24));
		i = rnd(N24(sm_sur24));
		if (rnd(4) == 0)
			snprintf(o, n, "%s %s %s", P24(sm_matai24), sm_given24[k][0], sm_sur24[i][0]);
		else
			snprintf(o, n, "%s %s", sm_given24[k][0], sm_sur24[i][0]);
		break;
	case G24_PHONE_SM:
		sm_phone24(o, n);
		break;
	case G24_BIRTH_SM:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G24_LICENCE_SM:
		/* NZ licence: two letters, six digits; Samoan: digits */
		if (rnd(3))
			snprintf(o, n, "%c%c%06u", 'A' + rnd(26), 'A' + rnd(26), rnd(1000000));
		else
			snprintf(o, n, "%06u", rnd(1000000));
		break;
	case G24_CARD_SM:
		if (rnd(2)) {
			d[0] = '4';
		} else {
			d[0] = '5';
			d[1] = (char)('1' + rnd(5));
		}
		digits24(d + (d[0] == '4' ? 1 : 2), d[0] == '4' ? 14 : 13);
		d[15] = (char)('0' + luhn24(d, 15));
		d[16] = 0;
		if (rnd(2))
			snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
		else
			snprintf(o, n, "%s", d);
		break;
	case G24_EMAIL_SM:
		k = rnd(N24(sm_given24));
		i = rnd(N24(sm_sur24));
		if (rnd(2))
			snprintf(o, n, "%s.%s@%s", sm_given24[k][1], sm_sur24[i][1], P24(sm_mail24));
		else
			snprintf(o, n, "%s%s%u@%s", sm_given24[k][1], sm_sur24[i][1], rnd(100), P24(sm_mail24));
		break;
	case G24_ADDR_SM:
		snprintf(o, n, P24(sm_addr24), 1 + rnd(400));
		break;
	case G24_IP_SM:
		snprintf(o, n, "%s%u.%u", P24(sm_ipnet24), rnd(256), 1 + rnd(254));
		break;
	case G24_NOTE_SM:
		k = rnd(N24(sm_given24));
		i = rnd(N24(sm_sur24));
		snprintf(e, sizeof e, "%s %s", sm_given24[k][0], sm_sur24[i][0]);
		sm_phone24(f, sizeof f);
		switch (rnd(7)) {
		case 0: snprintf(o, n, sm_note24[0], f); break;
		case 1: snprintf(o, n, "%s", sm_note24[1]); break;
		case 2: snprintf(o, n, "%s", sm_note24[2]); break;
		case 3: snprintf(o, n, sm_note24[3], e, f); break;
		case 4: snprintf(o, n, "%s", sm_note24[4]); break;
		case 5: snprintf(o, n, sm_note24[5], e); break;
		default: snprintf(o, n, "%s", sm_note24[6]);
		}
		break;
	case G24_FLEET_SM:
		snprintf(o, n, "FLT-%03u", 1 + rnd(60));
		break;
	case G24_MODEL_SM:
		snprintf(o, n, "%s %u", P24(sm_model24), 2008 + rnd(14));
		break;
	case G24_RATE_SM:
		snprintf(o, n, "WST %u.00", 90 + 10 * rnd(16));
		break;
	case G24_ODO_SM:
		snprintf(o, n, "%u", 40000 + rnd(160000));
		break;
	case G24_FUEL_SM:
		snprintf(o, n, "%.1f", rnd(1001) / 10.0);
		break;
	case G24_BOOKING_SM:
		for (k = 0; k < 5; k++)
			d[k] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[rnd(32)];
		d[5] = 0;
		snprintf(o, n, "APW-%s", d);
		break;
	case G24_CHASSIS_SM:
		snprintf(o, n, "%s-%07u", P24(sm_chassis24), rnd(10000000));
		break;

	/* ---- Gujarat */
	case G24_NAME_GU:
		snprintf(o, n, "%s %s %s", P24(gu_sur_gu24), P24(gu_given_gu24), P24(gu_father_gu24));
		break;
	case G24_MOBILE_GU:
		switch (rnd(4)) {
		case 0: snprintf(o, n, "98250 %05u", rnd(100000)); break;
		case 1: snprintf(o, n, "+91-9%u%08u", 7 + rnd(3), rnd(100000000)); break;
		case 2: snprintf(o, n, "0261-2%06u", rnd(1000000)); break;
		default: snprintf(o, n, "9%u%03u %05u", 6 + rnd(4), rnd(1000), rnd(100000));
		}
		break;
	case G24_EMAIL_GU:
		k = rnd(N24(gu_given24));
		i = rnd(N24(gu_sur24));
		switch (rnd(3)) {
		case 0: snprintf(o, n, "%s%s%u@%s", gu_given24[k], gu_sur24[i], y, P24(gu_mail24)); break;
		case 1: snprintf(o, n, "%s.%s@%s", gu_given24[k], gu_sur24[i], P24(gu_mail24)); break;
		default: snprintf(o, n, "%stextiles.%s@%s", gu_sur24[i], gu_given24[k], P24(gu_mail24));
		}
		break;
	case G24_EPIC_GU:
		snprintf(o, n, "%c%c%c%07u", 'A' + rnd(26), 'A' + rnd(26), 'A' + rnd(26), rnd(10000000));
		break;
	case G24_BIRTH_GU:
		snprintf(o, n, "%02u/%02u/%u", day, m, y);
		break;
	case G24_ADDR_GU:
		snprintf(o, n, P24(gu_addr24), 1 + rnd(300), 1 + rnd(2000));
		break;
	case G24_CARD_GU:
		if (rnd(2))
			snprintf(o, n, "XXXX XXXX XXXX %04u", rnd(10000));
		else
			snprintf(o, n, "%u%05uXXXXXX%04u", 4 + rnd(2), rnd(100000), rnd(10000));
		break;
	case G24_IP_GU:
		snprintf(o, n, "%s%u.%u", P24(gu_ipnet24), rnd(256), 1 + rnd(254));
		break;
	case G24_IBAN_GU:
		/* AE: 3-digit bank code, 16-digit account */
		snprintf(d, sizeof d, "%s", P24(gu_ae_bank24));
		digits24(d + 3, 16);
		iban24(e, sizeof e, "AE", d);
		if (rnd(2))
			snprintf(o, n, "%s", e);
		else
			snprintf(o, n, "%.4s %.4s %.4s %.4s %.4s %.3s", e, e + 4, e + 8, e + 12, e + 16,
			         e + 20);
		break;
	case G24_NOTE_GU:
		snprintf(e, sizeof e, "%s %s", P24(gu_given_gu24), P24(gu_sur_gu24));
		snprintf(f, sizeof f, "98%03u %05u", rnd(1000), rnd(100000));
		switch (rnd(7)) {
		case 0: snprintf(o, n, gu_note24[0], e, f); break;
		case 1: snprintf(o, n, gu_note24[1], e); break;
		case 2: snprintf(o, n, "%s", gu_note24[2]); break;
		case 3: snprintf(o, n, "%s", gu_note24[3]); break;
		case 4: snprintf(o, n, gu_note24[4], e); break;
		case 5: snprintf(o, n, "%s", gu_note24[5]); break;
		default: snprintf(o, n, gu_note24[6], e);
		}
		break;
	case G24_GSTIN_GU: {
		/* state 24, a company's or firm's PAN, entity, Z, mod-36 check */
		static const char al[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
		int sum = 0;
		snprintf(d, sizeof d, "24AA%c%c%c%04u%c%uZ", 'A' + rnd(26), rnd(2) ? 'C' : 'F',
		         'A' + rnd(26), rnd(10000), 'A' + rnd(26), 1 + rnd(3));
		for (k = 0; k < 14; k++) {
			int v = (int)(strchr(al, d[k]) - al), p = v * (k % 2 ? 2 : 1);
			sum += p / 36 + p % 36;
		}
		d[14] = al[(36 - sum % 36) % 36];
		d[15] = 0;
		snprintf(o, n, "%s", d);
		break;
	}
	case G24_BILL_GU:
		snprintf(o, n, "SRT/24-25/%05u", rnd(100000));
		break;
	case G24_DESIGN_GU:
		snprintf(o, n, "D-%04u-%s", rnd(10000), P24(gu_design24));
		break;
	case G24_METER_GU:
		snprintf(o, n, "%.2f", 5.5 + rnd(12000) / 100.0);
		break;
	case G24_AMOUNT_GU:
		snprintf(o, n, "₹ %u,%03u.00", 1 + rnd(99), rnd(1000));
		break;
	case G24_HSN_GU:
		snprintf(o, n, "%s", P24(gu_hsn24));
		break;
	case G24_LR_GU:
		snprintf(o, n, "LR %06u", rnd(1000000));
		break;
	default:
		snprintf(o, n, "?");
	}
}

/* ---------------------------------------- the twenty-fifth held-out fold
 * heldout25, written blind like the fourth to twenty-fourth (its author
 * read neither src/map/, nor the unit tests, nor the lexicon and name
 * files, nor the rules in docs/pii.md): a Ciudad del Este electronics
 * shop's instalment buyers (Paraguayan Spanish), a Mysuru paying-guest
 * hostel's residents (Kannada, romanised and in Kannada script), an East
 * London (eMonti) cash-and-carry's account customers (isiXhosa), a Duhok
 * neighbourhood generator's subscribers (Kurdish Kurmanji, Latin with
 * Arabic-script names) and a Jimma coffee cooperative's farmers (Afaan
 * Oromo). Names, streets and towns of those places, with their id formats
 * and check digits where they have one (the Paraguayan RUC with its mod-11
 * digit, the South African ID number with its Luhn digit, an IQ IBAN with
 * its mod-97 digits, the Karnataka driving licence, Luhn cards; as
 * look-alikes the Paraguayan invoice number and timbrado, EAN-13 barcodes
 * with their check digit, South African VAT numbers, coffee lot and ECX
 * receipt numbers). Its generators are kept apart from the other folds'
 * (build_db() hands G25_* to value25()). */

#define N25(a) (sizeof(a) / sizeof((a)[0]))
#define P25(a) (a)[rnd(N25(a))]

/* Paraguay (Alto Paraná) */
static const char *const py_given25[] = {"Derlis", "Osvaldo", "Liz",    "Nidia",  "Rossana",
                                         "Gustavo", "Fátima", "Celso",  "Mirna",  "Éver",
                                         "Blas",   "Librada", "Perla",  "Rubén",  "Zulma",
                                         "Aníbal", "Nilda",   "Ramón",  "Graciela", "Víctor"};
static const char *const py_sur25[] = {"Benítez", "Ayala",   "Giménez", "Villalba", "Cáceres",
                                       "Ortiz",   "Duarte",  "Ramírez", "Rojas",    "Báez",
                                       "Acosta",  "Galeano", "Aquino",  "Insfrán",  "Cabañas",
                                       "Zárate",  "Ovelar",  "Fretes",  "Sanabria", "Cardozo"};
static const char *const py_street25[] = {
    "Avda. San Blas",       "Avda. Monseñor Rodríguez", "Calle Pa'i Pérez",
    "Avda. Bernardino Caballero", "Calle Boquerón",     "Avda. Adrián Jara",
    "Calle Curupayty",      "Avda. Mcal. López",        "Calle Tte. Cusmanich"};
static const char *const py_cross25[] = {"Tte. Cusmanich", "Los Cedros", "Capitán Miranda",
                                         "Camilo Recalde", "Pioneros del Este", "Itá Ybaté"};
static const char *const py_barrio25[] = {"Barrio Obrero",  "Barrio San Isidro", "Área 1",
                                          "Barrio Boquerón", "Barrio Ciudad Nueva",
                                          "Barrio San Miguel"};
static const char *const py_city25[] = {"Ciudad del Este", "Hernandarias", "Presidente Franco",
                                        "Minga Guazú",     "Ciudad del Este"};
static const char *const py_mob25[] = {"981", "982", "983", "984", "985", "971",
                                       "972", "973", "975", "991", "992", "961"};
static const char *const py_mail25[] = {"gmail.com", "hotmail.com", "yahoo.com", "outlook.com",
                                        "hotmail.es"};
static const char *const py_prod25[] = {"SAM-A15-128-BK", "XIA-RN13-256-BL", "LG-43UR-TV",
                                        "MOT-G54-128-GR", "JBL-FLIP6-RD",   "TCL-55C645",
                                        "HP-15-I5-512",   "PS5-SLIM-1TB"};
static const char *const py_note25[] = {
    "Llamar a su cuñada %s al %s si no paga",
    "Cliente de confianza, paga en efectivo",
    "Retira %s con CI %s",
    "Cambió de celular, nuevo: %s",
    "Se le entregó el equipo en su casa, %s",
    "Ndaipóri saldo, pagará el viernes",
    "Garante: %s, cel %s"};

/* Karnataka (Mysuru) */
static const char *const kn_given25[] = {"Manjunath", "Shivakumar", "Nagaraj", "Puttaswamy",
                                         "Chandrashekar", "Kavya",  "Shwetha", "Ramesh",
                                         "Lakshmi",   "Pavithra",   "Darshan", "Yashas",
                                         "Prajwal",   "Bhoomika",   "Chaitra", "Suhas"};
static const char *const kn_sur25[] = {"Gowda", "Hegde", "Shetty", "Bhat",  "Kulkarni",
                                       "Naik",  "Patil", "Rao",    "Urs",   "Poojary"};
static const char *const kn_father25[] = {"ಶಿವಕುಮಾರ್", "ನಾಗರಾಜ್", "ಮಂಜುನಾಥ್", "ಪುಟ್ಟಸ್ವಾಮಿ",
                                          "ಚಂದ್ರಶೇಖರ್", "ರಮೇಶ್",   "ಬಸವರಾಜ್", "ವೆಂಕಟೇಶ್"};
static const char *const kn_fsur25[] = {"ಗೌಡ", "ಹೆಗ್ಡೆ", "ಶೆಟ್ಟಿ", "ಭಟ್", "ರಾವ್", "ನಾಯಕ್"};
static const char *const kn_loc25[][2] = {
    {"Kuvempunagar", "Mysuru - 570023"},   {"Vidyaranyapura", "Mysuru - 570008"},
    {"Vidyanagar", "Hubballi - 580021"},   {"Gandhinagar", "Shivamogga - 577201"},
    {"Vijayanagar", "Mysuru - 570017"},    {"Basaveshwaranagar", "Davanagere - 577002"},
    {"Kuvempu Nagar", "Hassan - 573201"},  {"Ashok Nagar", "Mandya - 571401"}};
static const char *const kn_rto25[] = {"09", "55", "25", "14", "17", "13", "11", "02", "05"};
static const char *const kn_mail25[] = {"gmail.com", "yahoo.co.in", "rediffmail.com",
                                        "outlook.com", "gmail.com"};
static const char *const kn_note25[] = {
    "ಬಾಡಿಗೆ ತಡವಾಗಿದೆ, ತಂದೆ ನಂಬರ್ %s",
    "Parents visit on Sunday, call father %s",
    "Notice kottiddare, 30th khali maadtaare",
    "ಕೋಣೆ ಬದಲಾವಣೆ ಕೇಳಿದ್ದಾರೆ",
    "Guardian: %s, works at Infosys Mysuru",
    "Late entry after 11pm twice, warned",
    "Advance vaapas kodbeku, account %s ge"};
static const char *const kn_type25[] = {"ಎರಡು ಹಂಚಿಕೆ", "ಮೂರು ಹಂಚಿಕೆ", "ಒಬ್ಬರಿಗೆ", "2 sharing AC",
                                        "3 sharing non-AC"};
static const char *const kn_food25[] = {"Veg 3 times", "Veg 2 times", "Non-veg Sunday",
                                        "No food", "Breakfast only"};

/* Eastern Cape (East London / eMonti) */
static const char *const xh_given25[] = {"Lwazi",  "Ayanda",  "Nomvula", "Thandeka",
                                         "Luthando", "Zintle", "Mandisa", "Xolani",
                                         "Asanda", "Bongani", "Nosipho", "Siphokazi",
                                         "Zukisa", "Vuyo",    "Anathi",  "Sinethemba"};
static const char *const xh_sur25[] = {"Mqhayi",   "Gqirana",  "Nqweniso", "Mabandla",
                                       "Ntshona",  "Matiwane", "Ngqakayi", "Makhaya",
                                       "Dyantyi",  "Sogoni",   "Mtirara",  "Qangule"};
static const char *const xh_addr25[][2] = {
    {"NU 6", "Mdantsane, 5219"},         {"NU 2", "Mdantsane, 5219"},
    {"NU 14", "Mdantsane, 5219"},        {"Buffalo Street", "Quigney, East London, 5201"},
    {"Oxford Street", "East London, 5201"}, {"Fleet Street", "Southernwood, East London, 5201"},
    {"Bonza Bay Road", "Beacon Bay, 5241"}, {"Main Road", "Gonubie, 5256"}};
static const char *const xh_pfx25[] = {"82", "83", "84", "72", "73", "74", "76", "78", "79",
                                       "61", "60", "71"};
static const char *const xh_mail25[] = {"gmail.com", "webmail.co.za", "vodamail.co.za",
                                        "mweb.co.za", "telkomsa.net", "yahoo.com"};
static const char *const xh_note25[] = {
    "Uza kuhlawula ngoLwesihlanu",
    "Tsalela u%s ku %s xa engekho",
    "Umthengi othembekileyo, ufika rhoqo ngeveki",
    "Ityala R 850 alikahlawulwa",
    "Ucela i-delivery e%s",
    "Ivenkile ivaliwe, umnini %s usesibhedlele"};

/* Duhok (Kurdistan Region of Iraq) */
static const char *const ku_given25[] = {"Azad",  "Berzan", "Dilovan", "Rêzan", "Hejar",
                                         "Nêçîrvan", "Jînda", "Rojîn", "Nesrîn", "Bêrîvan",
                                         "Dilşad", "Xezal", "Sozdar", "Havîn", "Zîlan",
                                         "Kawa"};
static const char *const ku_father25[][2] = {
    /* Latin, Arabic script */
    {"Şêxmûs", "شێخموس"}, {"Silêman", "سلێمان"}, {"Ebdulla", "عەبدوڵڵا"},
    {"Mihemed", "محەمەد"}, {"Xalid", "خالد"},    {"Ehmed", "ئەحمەد"},
    {"Yûsif", "یووسف"},   {"Ismaîl", "ئیسماعیل"}, {"Tahir", "تاهیر"}};
static const char *const ku_sur25[] = {"Sindî", "Gulî",  "Zaxoyî", "Berwarî",
                                       "Doskî", "Mizûrî", "Amêdî", "Rêkanî"};
static const char *const ku_quarter25[] = {"Malta", "Nizarke", "Şêndoxa", "Baroşke",
                                           "Masîke", "Gre Basê", "Kêstê", "Şaxke"};
static const char *const ku_gen25[] = {"MLT", "NZK", "SHD", "BRS", "MSK", "GRB", "KST", "SXK"};
static const char *const ku_op25[] = {"750", "751", "770", "771", "780", "782", "790"};
static const char *const ku_bank25[] = {"NBIQ", "RAFB", "CIHB", "KIBI", "TRBI", "BBOB"};
static const char *const ku_note25[] = {
    "Kabloyê wî qut bû, roja Şemiyê hate çêkirin",
    "Pereyê du mehan nedaye, bi %s têlefon bike",
    "Amper kêm bike ji 10 bo 5",
    "Xwediyê xanî %s e, ev kirêdar e",
    "Sayax xirab e, biguherîne",
    "Birayê wî %s dê pereyî bîne"};

/* Jimma (Oromia) */
static const char *const om_given25[] = {"Tolosaa", "Gammachuu", "Caaltuu",  "Lalisee",
                                         "Obsee",   "Hawwii",    "Boonsaa",  "Tufaa",
                                         "Ayyaantuu", "Kadiir",  "Sabbontuu", "Jamaal",
                                         "Nuuree",  "Amaan",     "Bilisummaa", "Kuulanii"};
static const char *const om_father25[] = {"Gammachuu", "Abdiisaa", "Dhaabaa",   "Abbaa Fogii",
                                          "Abbaa Jihaad", "Tufaa", "Gurmeessaa", "Nuuree",
                                          "Abbaa Gidaa", "Hirphaa", "Amaan",     "Fayyisaa"};
static const char *const om_woreda25[][2] = {
    {"Goomaa", "Ilaalaa Beeroo"}, {"Limmuu Kossaa", "Gannat"}, {"Mannaa", "Yabbuu"},
    {"Seeqaa Coqorsaa", "Buxxuu"}, {"Gumaay", "Toggaa"},        {"Sokorruu", "Saxxamaa"}};
static const char *const om_mail25[] = {"gmail.com", "yahoo.com", "gmail.com", "ethionet.et"};
static const char *const om_note25[] = {
    "Obboo %s kuntaala 3 fide, maallaqni isaa ni kaffalama",
    "Bilbila %s irratti bilbilaa",
    "Buna jiidhaa, deebi'ee gogsuu qaba",
    "Haati manaa isaa %s bakka isaa fuute",
    "Lafti isaa Ganda %s keessa jira",
    "Liqii Br 4,500 hin kaffalle"};
static const char *const om_grade25[] = {"Grade 1", "Grade 2", "Grade 3", "UG", "Grade 4",
                                         "Specialty 87+"};
static const char *const om_lot25[] = {"LIM", "JMA", "GOM", "MAN", "SEK"};

enum {
	G25_FIRST = 21000, /* above every G24_*: build_db() hands them to value25() */
	/* Paraguay */
	G25_NAME_PY = G25_FIRST,
	G25_CI_PY,
	G25_RUC_PY,
	G25_CEL_PY,
	G25_MAIL_PY,
	G25_ADDR_PY,
	G25_BIRTH_PY,
	G25_CARD_PY,
	G25_NOTE_PY,
	G25_FACT_PY,    /* 001-002-0001234 */
	G25_TIMB_PY,    /* 8-digit timbrado */
	G25_PROD_PY,
	G25_PRICE_PY,
	G25_CUOTA_PY,
	G25_SERIE_PY,
	G25_GAR_PY,     /* a warranty end date */
	/* Karnataka */
	G25_NAME_KN,
	G25_FATHER_KN,  /* Kannada script */
	G25_DL_KN,
	G25_MOB_KN,
	G25_BIRTH_KN,
	G25_ADDR_KN,
	G25_IP_KN,
	G25_MAIL_KN,
	G25_NOTE_KN,
	G25_ROOM_KN,
	G25_RENT_KN,
	G25_BED_KN,
	G25_METER_KN,
	G25_TYPE_KN,
	G25_RCPT_KN,
	G25_FOOD_KN,
	/* Eastern Cape */
	G25_NAME_XH,
	G25_ID_XH,      /* 13 digits, Luhn */
	G25_BIRTH_XH,
	G25_PHONE_XH,
	G25_ADDR_XH,
	G25_MAIL_XH,
	G25_CARD_XH,    /* BIN-masked */
	G25_GEO_XH,
	G25_NOTE_XH,
	G25_ORDER_XH,
	G25_EAN_XH,     /* EAN-13, 600/601 prefix */
	G25_PRICE_XH,
	G25_WEIGHT_XH,
	G25_TMPL_XH,
	G25_WAYBILL_XH,
	G25_VAT_XH,
	/* Duhok */
	G25_NAME_KU,
	G25_FATHER_KU,  /* Arabic script */
	G25_PHONE_KU,
	G25_NID_KU,
	G25_ADDR_KU,
	G25_BIRTH_KU,
	G25_IBAN_KU,
	G25_IP_KU,
	G25_GEO_KU,
	G25_NOTE_KU,
	G25_GEN_KU,
	G25_AMP_KU,
	G25_APRICE_KU,
	G25_METER_KU,
	G25_MONTH_KU,
	G25_RCPT_KU,
	G25_DIESEL_KU,
	/* Jimma */
	G25_NAME_OM,
	G25_MOTHER_OM,
	G25_PHONE_OM,
	G25_FAYDA_OM,
	G25_BIRTH_OM,
	G25_ADDR_OM,
	G25_GEO_OM,
	G25_MAIL_OM,
	G25_NOTE_OM,
	G25_LOT_OM,
	G25_GRADE_OM,
	G25_WEIGHT_OM,
	G25_PRICE_OM,
	G25_ECX_OM,
	G25_MOIST_OM,
	G25_APPVER_OM
};

/* A string of n random digits, the first not 0 when nz. */
static void digits25(char *d, int n, int nz)
{
	int i;
	for (i = 0; i < n; i++)
		d[i] = (char)('0' + (i == 0 && nz ? 1 + rnd(9) : rnd(10)));
	d[n] = 0;
}

/* The Paraguayan RUC check digit (SET's mod 11, weights 2.. from the right). */
static int ruc_dv25(const char *ci)
{
	int k = 2, total = 0, r;
	size_t i = strlen(ci);
	while (i-- > 0) {
		total += (ci[i] - '0') * k;
		k = k == 11 ? 2 : k + 1;
	}
	r = total % 11;
	return r > 1 ? 11 - r : 0;
}

/* "4.512.873": a number with dots every three digits. */
static void dots25(char *o, size_t n, unsigned long v)
{
	if (v >= 1000000)
		snprintf(o, n, "%lu.%03lu.%03lu", v / 1000000, v / 1000 % 1000, v % 1000);
	else if (v >= 1000)
		snprintf(o, n, "%lu.%03lu", v / 1000, v % 1000);
	else
		snprintf(o, n, "%lu", v);
}

static const char *ord25(unsigned v)
{
	return v % 100 >= 11 && v % 100 <= 13 ? "th"
	       : v % 10 == 1                   ? "st"
	       : v % 10 == 2                   ? "nd"
	       : v % 10 == 3                   ? "rd"
	                                       : "th";
}

static void py_name25(char *o, size_t n)
{
	const char *g1 = P25(py_given25), *g2 = P25(py_given25);
	const char *s1 = P25(py_sur25), *s2 = P25(py_sur25);
	switch (rnd(3)) {
	case 0: /* registry style: "Benítez Ayala, Derlis" */
		snprintf(o, n, "%s %s, %s", s1, s2, g1);
		break;
	case 1:
		snprintf(o, n, "%s %s %s %s", g1, g2, s1, s2);
		break;
	default:
		snprintf(o, n, "%s %s", g1, s1);
	}
}

static void py_cel25(char *o, size_t n)
{
	const char *p = P25(py_mob25);
	unsigned a = rnd(1000), b = rnd(1000);
	switch (rnd(3)) {
	case 0:
		snprintf(o, n, "0%s %03u %03u", p, a, b);
		break;
	case 1:
		snprintf(o, n, "+595 %s %03u%03u", p, a, b);
		break;
	default:
		snprintf(o, n, "0%s%03u%03u", p, a, b);
	}
}

static void kn_mob25(char *o, size_t n)
{
	unsigned a = 60000 + rnd(40000), b = rnd(100000);
	if (rnd(2))
		snprintf(o, n, "%05u %05u", a, b);
	else
		snprintf(o, n, "+91 %05u %05u", a, b);
}

static void xh_phone25(char *o, size_t n)
{
	const char *p = P25(xh_pfx25);
	unsigned a = rnd(1000), b = rnd(10000);
	switch (rnd(3)) {
	case 0:
		snprintf(o, n, "0%s %03u %04u", p, a, b);
		break;
	case 1:
		snprintf(o, n, "+27 %s %03u %04u", p, a, b);
		break;
	default:
		snprintf(o, n, "0%s%03u%04u", p, a, b);
	}
}

static void ku_phone25(char *o, size_t n)
{
	const char *p = P25(ku_op25);
	unsigned a = rnd(1000), b = rnd(10000);
	switch (rnd(3)) {
	case 0:
		snprintf(o, n, "0%s %03u %04u", p, a, b);
		break;
	case 1:
		snprintf(o, n, "+964 %s %03u %04u", p, a, b);
		break;
	default:
		snprintf(o, n, "0%s%03u%04u", p, a, b);
	}
}

static void om_phone25(char *o, size_t n)
{
	unsigned a = rnd(1000), b = rnd(1000);
	int saf = rnd(5) == 0; /* Safaricom Ethiopia 07, else Ethio telecom 09 */
	unsigned op = saf ? 700 + rnd(10) : 910 + rnd(10);
	switch (rnd(3)) {
	case 0:
		snprintf(o, n, "0%u %03u %03u", op, a, b);
		break;
	case 1:
		snprintf(o, n, "+251 %u %03u %03u", op, a, b);
		break;
	default:
		snprintf(o, n, "0%u%03u%03u", op, a, b);
	}
}

static void luhn_card25(char *o, size_t n, int spaced)
{
	char d[17];
	int i;
	d[0] = rnd(2) ? '4' : '5';
	if (d[0] == '5')
		d[1] = (char)('1' + rnd(5));
	else
		d[1] = (char)('0' + rnd(10));
	for (i = 2; i < 15; i++)
		d[i] = (char)('0' + rnd(10));
	d[15] = (char)('0' + luhn24(d, 15));
	d[16] = 0;
	if (spaced)
		snprintf(o, n, "%.4s %.4s %.4s %.4s", d, d + 4, d + 8, d + 12);
	else
		snprintf(o, n, "%s", d);
}

static void value25(int g, char *o, size_t n)
{
	char a[64], b[64], d[32];
	unsigned y, m, dd;
	switch (g) {
	/* ---------------- Paraguay */
	case G25_NAME_PY:
		py_name25(o, n);
		break;
	case G25_CI_PY:
		dots25(o, n, 800000ul + rnd(6200000));
		break;
	case G25_RUC_PY: {
		unsigned long ci = 800000ul + rnd(6200000);
		snprintf(d, sizeof d, "%lu", ci);
		snprintf(o, n, "%s-%d", d, ruc_dv25(d));
		break;
	}
	case G25_CEL_PY:
		py_cel25(o, n);
		break;
	case G25_MAIL_PY: {
		/* ASCII local parts, as people type them */
		static const char *const loc[] = {"derlis.benitez", "liz_gimenez", "osvaldo.ayala",
		                                  "nidiavillalba", "gustavo.caceres", "fatima_ortiz",
		                                  "celsoduarte", "mirna.rojas", "zulmabaez",
		                                  "ruben.acosta", "perla.galeano", "blas_aquino"};
		snprintf(o, n, "%s%u@%s", P25(loc), 70 + rnd(35), P25(py_mail25));
		break;
	}
	case G25_ADDR_PY:
		if (rnd(4) == 0)
			snprintf(o, n, "Km %u Acaray, %s, %s", 4 + rnd(9), P25(py_barrio25),
			         P25(py_city25));
		else
			snprintf(o, n, "%s %u c/ %s, %s, %s", P25(py_street25), 100 + rnd(2900),
			         P25(py_cross25), P25(py_barrio25), P25(py_city25));
		break;
	case G25_BIRTH_PY:
		snprintf(o, n, "%02u/%02u/%u", 1 + rnd(28), 1 + rnd(12), 1958 + rnd(45));
		break;
	case G25_CARD_PY:
		luhn_card25(o, n, 1);
		break;
	case G25_NOTE_PY: {
		const char *f = P25(py_note25);
		py_name25(a, sizeof a);
		if (strstr(f, "CI")) {
			dots25(b, sizeof b, 800000ul + rnd(6200000));
			snprintf(o, n, f, a, b);
		} else if (strstr(f, "%s al %s") || strstr(f, "cel %s")) {
			py_cel25(b, sizeof b);
			snprintf(o, n, f, a, b);
		} else if (strstr(f, "nuevo")) {
			py_cel25(b, sizeof b);
			snprintf(o, n, f, b);
		} else if (strstr(f, "casa")) {
			snprintf(o, n, f, P25(py_barrio25));
		} else {
			snprintf(o, n, "%s", f);
		}
		break;
	}
	case G25_FACT_PY:
		snprintf(o, n, "001-%03u-%07u", 1 + rnd(4), 1 + rnd(40000));
		break;
	case G25_TIMB_PY:
		snprintf(o, n, "%u", 12000000 + rnd(5000000));
		break;
	case G25_PROD_PY:
		snprintf(o, n, "%s", P25(py_prod25));
		break;
	case G25_PRICE_PY:
		dots25(o, n, (350ul + rnd(9000)) * 1000ul);
		break;
	case G25_CUOTA_PY: {
		static const unsigned tot[] = {3, 6, 10, 12, 18, 24};
		unsigned t = tot[rnd(6)];
		snprintf(o, n, "%u/%u", 1 + rnd(t), t);
		break;
	}
	case G25_SERIE_PY: {
		static const char al[] = "ABCDEFGHJKLMNPQRSTVWXYZ0123456789";
		int i;
		snprintf(o, n, "R58N");
		for (i = 4; i < 11 && (size_t)i + 1 < n; i++)
			o[i] = al[rnd(sizeof al - 1)];
		o[11] = 0;
		break;
	}
	case G25_GAR_PY:
		snprintf(o, n, "%u-%02u-%02u", 2025 + rnd(3), 1 + rnd(12), 1 + rnd(28));
		break;
	/* ---------------- Karnataka */
	case G25_NAME_KN: {
		const char *g1 = P25(kn_given25), *s1 = P25(kn_sur25);
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "%s %c %s", g1, "KMSNRBH"[rnd(7)], s1);
			break;
		case 1:
			snprintf(o, n, "%c. %s", "KMSNRBH"[rnd(7)], g1);
			break;
		default:
			snprintf(o, n, "%s %s", g1, s1);
		}
		break;
	}
	case G25_FATHER_KN:
		snprintf(o, n, "%s %s", P25(kn_father25), P25(kn_fsur25));
		break;
	case G25_DL_KN: {
		unsigned yr = 2008 + rnd(17), no = rnd(10000000);
		const char *r = P25(kn_rto25);
		if (rnd(2))
			snprintf(o, n, "KA%s %u%07u", r, yr, no);
		else
			snprintf(o, n, "KA-%s-%u-%07u", r, yr, no);
		break;
	}
	case G25_MOB_KN:
		kn_mob25(o, n);
		break;
	case G25_BIRTH_KN:
		snprintf(o, n, "%02u-%02u-%u", 1 + rnd(28), 1 + rnd(12), 1996 + rnd(9));
		break;
	case G25_ADDR_KN: {
		const char *const *l = kn_loc25[rnd(N25(kn_loc25))];
		unsigned c = 1 + rnd(12), mn = 1 + rnd(9);
		snprintf(o, n, "#%u, %u%s Cross, %u%s Main, %s, %s", 1 + rnd(480), c, ord25(c), mn,
		         ord25(mn), l[0], l[1]);
		break;
	}
	case G25_IP_KN:
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "49.%u.%u.%u", 204 + rnd(4), rnd(256), 1 + rnd(254));
			break;
		case 1:
			snprintf(o, n, "106.51.%u.%u", rnd(256), 1 + rnd(254));
			break;
		default:
			snprintf(o, n, "223.%u.%u.%u", 186 + rnd(4), rnd(256), 1 + rnd(254));
		}
		break;
	case G25_MAIL_KN: {
		const char *g1 = P25(kn_given25);
		char low[32];
		size_t i;
		for (i = 0; g1[i] && i + 1 < sizeof low; i++)
			low[i] = (char)(g1[i] >= 'A' && g1[i] <= 'Z' ? g1[i] + 32 : g1[i]);
		low[i] = 0;
		if (rnd(2))
			snprintf(o, n, "%s.%c%u@%s", low, "kmsnrbh"[rnd(7)], 90 + rnd(10),
			         P25(kn_mail25));
		else
			snprintf(o, n, "%s%u@%s", low, 1990 + rnd(15), P25(kn_mail25));
		break;
	}
	case G25_NOTE_KN: {
		const char *f = P25(kn_note25);
		if (strstr(f, "ನಂಬರ್") || strstr(f, "father")) {
			kn_mob25(a, sizeof a);
			snprintf(o, n, f, a);
		} else if (strstr(f, "Guardian")) {
			snprintf(a, sizeof a, "%s %s", P25(kn_given25), P25(kn_sur25));
			snprintf(o, n, f, a);
		} else if (strstr(f, "account")) {
			digits25(a, 11, 1);
			snprintf(o, n, f, a);
		} else {
			snprintf(o, n, "%s", f);
		}
		break;
	}
	case G25_ROOM_KN:
		snprintf(o, n, "%c-%u%02u", "ABC"[rnd(3)], 1 + rnd(4), 1 + rnd(12));
		break;
	case G25_RENT_KN:
		if (rnd(2))
			snprintf(o, n, "₹ %u,%03u", 6 + rnd(9), rnd(2) ? 500 : 0);
		else
			snprintf(o, n, "%u", (6 + rnd(9)) * 1000 + (rnd(2) ? 500 : 0));
		break;
	case G25_BED_KN:
		snprintf(o, n, "%uS-%c%u%02u-%u", 1 + rnd(3), "ABC"[rnd(3)], 1 + rnd(4), 1 + rnd(12),
		         1 + rnd(3));
		break;
	case G25_METER_KN:
		snprintf(o, n, "%u.%u", 1200 + rnd(8000), rnd(10));
		break;
	case G25_TYPE_KN:
		snprintf(o, n, "%s", P25(kn_type25));
		break;
	case G25_RCPT_KN:
		snprintf(o, n, "PGR/%u/%05u", 2023 + rnd(3), 1 + rnd(3000));
		break;
	case G25_FOOD_KN:
		snprintf(o, n, "%s", P25(kn_food25));
		break;
	/* ---------------- Eastern Cape */
	case G25_NAME_XH:
		if (rnd(4) == 0)
			snprintf(o, n, "%s %s %s", P25(xh_given25), P25(xh_given25), P25(xh_sur25));
		else
			snprintf(o, n, "%s %s", P25(xh_given25), P25(xh_sur25));
		break;
	case G25_ID_XH: {
		char id[14];
		y = 50 + rnd(56);
		m = 1 + rnd(12);
		dd = 1 + rnd(28);
		snprintf(id, sizeof id, "%02u%02u%02u%04u%c8", y % 100, m, dd, rnd(10000),
		         rnd(10) ? '0' : '1');
		id[12] = (char)('0' + luhn24(id, 12));
		id[13] = 0;
		snprintf(o, n, "%s", id);
		break;
	}
	case G25_BIRTH_XH:
		snprintf(o, n, "%u-%02u-%02u", 1950 + rnd(56), 1 + rnd(12), 1 + rnd(28));
		break;
	case G25_PHONE_XH:
		xh_phone25(o, n);
		break;
	case G25_ADDR_XH: {
		const char *const *l = xh_addr25[rnd(N25(xh_addr25))];
		if (!strncmp(l[0], "NU", 2))
			snprintf(o, n, "%u %s, %s", 1 + rnd(3500), l[0], l[1]);
		else
			snprintf(o, n, "%u %s, %s", 1 + rnd(180), l[0], l[1]);
		break;
	}
	case G25_MAIL_XH: {
		static const char *const loc[] = {"lwazi.mqhayi", "ayandag", "nomvula.mabandla",
		                                  "thandeka_n", "luthando.matiwane", "zintlem",
		                                  "xolani.dyantyi", "asanda.sogoni", "bonganiq",
		                                  "siphokazi.m", "vuyo.mtirara", "anathi_ngqakayi"};
		snprintf(o, n, "%s%u@%s", P25(loc), rnd(100), P25(xh_mail25));
		break;
	}
	case G25_CARD_XH:
		luhn_card25(a, sizeof a, 0);
		snprintf(o, n, "%.6s******%.4s", a, a + 12);
		break;
	case G25_GEO_XH:
		snprintf(o, n, "-32.%04u, 27.%04u", 9000 + rnd(1000), 7000 + rnd(2500));
		break;
	case G25_NOTE_XH: {
		const char *f = P25(xh_note25);
		if (strstr(f, "Tsalela")) {
			xh_phone25(a, sizeof a);
			snprintf(o, n, f, P25(xh_given25), a);
		} else if (strstr(f, "delivery")) {
			snprintf(o, n, f, "Mdantsane NU 5");
		} else if (strstr(f, "umnini")) {
			snprintf(a, sizeof a, "%s %s", P25(xh_given25), P25(xh_sur25));
			snprintf(o, n, f, a);
		} else {
			snprintf(o, n, "%s", f);
		}
		break;
	}
	case G25_ORDER_XH:
		snprintf(o, n, "EL-ORD-%u-%06u", 2024 + rnd(2), rnd(100000));
		break;
	case G25_EAN_XH: {
		char e[14];
		int i, s = 0;
		snprintf(e, sizeof e, "60%u", rnd(2));
		for (i = 3; i < 12; i++)
			e[i] = (char)('0' + rnd(10));
		for (i = 0; i < 12; i++)
			s += (e[i] - '0') * (i % 2 ? 3 : 1);
		e[12] = (char)('0' + (10 - s % 10) % 10);
		e[13] = 0;
		snprintf(o, n, "%s", e);
		break;
	}
	case G25_PRICE_XH:
		snprintf(o, n, "R %u %03u,%02u", 1 + rnd(9), rnd(1000), rnd(100));
		break;
	case G25_WEIGHT_XH:
		snprintf(o, n, "%u.%u kg", 1 + rnd(50), rnd(10));
		break;
	case G25_TMPL_XH:
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "Molo {{igama}}, i-odolo yakho {{order_no}} ilungile.");
			break;
		case 1:
			snprintf(o, n, "Enkosi {{igama}}! Ityala lakho ngu-R {{balance}}.");
			break;
		default:
			snprintf(o, n, "{{igama}}, i-delivery yakho iza ngomso phakathi ko-{{ixesha}}.");
		}
		break;
	case G25_WAYBILL_XH:
		snprintf(o, n, "ELX%07u", rnd(10000000));
		break;
	case G25_VAT_XH:
		snprintf(o, n, "4%09u", rnd(1000000000));
		break;
	/* ---------------- Duhok */
	case G25_NAME_KU: {
		const char *const *f = ku_father25[rnd(N25(ku_father25))];
		if (rnd(3))
			snprintf(o, n, "%s %s %s", P25(ku_given25), f[0], P25(ku_sur25));
		else
			snprintf(o, n, "%s %s", P25(ku_given25), P25(ku_sur25));
		break;
	}
	case G25_FATHER_KU: {
		const char *const *f1 = ku_father25[rnd(N25(ku_father25))];
		const char *const *f2 = ku_father25[rnd(N25(ku_father25))];
		snprintf(o, n, "%s %s", f1[1], f2[1]);
		break;
	}
	case G25_PHONE_KU:
		ku_phone25(o, n);
		break;
	case G25_NID_KU:
		digits25(d, 11, 0);
		snprintf(o, n, "%c%s", rnd(2) ? '1' : '2', d);
		break;
	case G25_ADDR_KU:
		if (rnd(2))
			snprintf(o, n, "Duhok, Taxa %s, Kolan %u, Xanî %u", P25(ku_quarter25), 1 + rnd(60),
			         1 + rnd(300));
		else
			snprintf(o, n, "Duhok - %s - Street %u - House %u", P25(ku_quarter25),
			         1 + rnd(60), 1 + rnd(300));
		break;
	case G25_BIRTH_KU:
		snprintf(o, n, "%u/%02u/%02u", 1950 + rnd(56), 1 + rnd(12), 1 + rnd(28));
		break;
	case G25_IBAN_KU: {
		char bban[48], ib[64];
		digits25(d, 15, 0);
		snprintf(bban, sizeof bban, "%s%s", P25(ku_bank25), d);
		iban24(ib, sizeof ib, "IQ", bban);
		if (rnd(2))
			snprintf(o, n, "%s", ib);
		else
			snprintf(o, n, "%.4s %.4s %.4s %.4s %.4s %s", ib, ib + 4, ib + 8, ib + 12,
			         ib + 16, ib + 20);
		break;
	}
	case G25_IP_KU:
		switch (rnd(3)) {
		case 0:
			snprintf(o, n, "37.%u.%u.%u", 236 + rnd(4), rnd(256), 1 + rnd(254));
			break;
		case 1:
			snprintf(o, n, "185.%u.%u.%u", 56 + rnd(4), rnd(256), 1 + rnd(254));
			break;
		default:
			snprintf(o, n, "151.236.%u.%u", rnd(256), 1 + rnd(254));
		}
		break;
	case G25_GEO_KU:
		snprintf(o, n, "36.%04u, 42.%04u", 8500 + rnd(400), 9300 + rnd(700));
		break;
	case G25_NOTE_KU: {
		const char *f = P25(ku_note25);
		if (strstr(f, "têlefon")) {
			ku_phone25(a, sizeof a);
			snprintf(o, n, f, a);
		} else if (strstr(f, "%s")) {
			snprintf(a, sizeof a, "%s %s", P25(ku_given25), P25(ku_sur25));
			snprintf(o, n, f, a);
		} else {
			snprintf(o, n, "%s", f);
		}
		break;
	}
	case G25_GEN_KU:
		snprintf(o, n, "GEN-%s-%02u", P25(ku_gen25), 1 + rnd(20));
		break;
	case G25_AMP_KU: {
		static const unsigned amp[] = {2, 3, 5, 6, 10, 15, 20};
		snprintf(o, n, "%u", amp[rnd(7)]);
		break;
	}
	case G25_APRICE_KU:
		snprintf(o, n, "%u,000", 8 + rnd(10));
		break;
	case G25_METER_KU:
		snprintf(o, n, "%u.%u", 3000 + rnd(40000), rnd(10));
		break;
	case G25_MONTH_KU:
		snprintf(o, n, "%u-%02u", 2024 + rnd(2), 1 + rnd(12));
		break;
	case G25_RCPT_KU:
		snprintf(o, n, "W-%07u", rnd(200000));
		break;
	case G25_DIESEL_KU:
		snprintf(o, n, "%u", 400 + rnd(2000));
		break;
	/* ---------------- Jimma */
	case G25_NAME_OM:
		snprintf(o, n, "%s %s %s", P25(om_given25), P25(om_father25), P25(om_father25));
		break;
	case G25_MOTHER_OM:
		snprintf(o, n, "%s %s", P25(om_given25), P25(om_father25));
		break;
	case G25_PHONE_OM:
		om_phone25(o, n);
		break;
	case G25_FAYDA_OM:
		digits25(d, 12, 1);
		snprintf(o, n, "%.4s %.4s %.4s", d, d + 4, d + 8);
		break;
	case G25_BIRTH_OM:
		snprintf(o, n, "%02u/%02u/%u", 1 + rnd(28), 1 + rnd(12), 1955 + rnd(48));
		break;
	case G25_ADDR_OM: {
		const char *const *w = om_woreda25[rnd(N25(om_woreda25))];
		if (rnd(3))
			snprintf(o, n, "Godina Jimmaa, Aanaa %s, Ganda %s", w[0], w[1]);
		else
			snprintf(o, n, "Magaalaa Jimmaa, Ganda Hirmaataa, Manni Lakk. %u", 1 + rnd(900));
		break;
	}
	case G25_GEO_OM:
		if (rnd(2))
			snprintf(o, n, "7.%04u, 36.%04u", 6000 + rnd(4000), 3000 + rnd(7000));
		else
			snprintf(o, n, "N7.%04u E36.%04u", 6000 + rnd(4000), 3000 + rnd(7000));
		break;
	case G25_MAIL_OM: {
		static const char *const loc[] = {"tolosaa.gammachuu", "caaltuu2011", "lalisee.a",
		                                  "obseetufaa", "hawwii.boonsaa", "kadiir.jamaal",
		                                  "bilisummaa.h", "sabbontuu_n", "amaan.nuuree"};
		snprintf(o, n, "%s%u@%s", P25(loc), rnd(100), P25(om_mail25));
		break;
	}
	case G25_NOTE_OM: {
		const char *f = P25(om_note25);
		if (strstr(f, "Obboo")) {
			snprintf(o, n, f, P25(om_given25));
		} else if (strstr(f, "Bilbila")) {
			om_phone25(a, sizeof a);
			snprintf(o, n, f, a);
		} else if (strstr(f, "Haati")) {
			snprintf(a, sizeof a, "%s %s", P25(om_given25), P25(om_father25));
			snprintf(o, n, f, a);
		} else if (strstr(f, "Ganda %s")) {
			snprintf(o, n, f, om_woreda25[rnd(N25(om_woreda25))][1]);
		} else {
			snprintf(o, n, "%s", f);
		}
		break;
	}
	case G25_LOT_OM:
		snprintf(o, n, "%s-%s-G%u-%04u", "JMA", P25(om_lot25), 1 + rnd(4), rnd(10000));
		break;
	case G25_GRADE_OM:
		snprintf(o, n, "%s", P25(om_grade25));
		break;
	case G25_WEIGHT_OM:
		snprintf(o, n, "%u.%u", 60 + rnd(900), rnd(10));
		break;
	case G25_PRICE_OM:
		snprintf(o, n, "Br %u,%03u.00", 5 + rnd(200), rnd(1000));
		break;
	case G25_ECX_OM:
		snprintf(o, n, "ECX-WR-JM-%07u", rnd(10000000));
		break;
	case G25_MOIST_OM:
		snprintf(o, n, "%u.%u%%", 9 + rnd(5), rnd(10));
		break;
	case G25_APPVER_OM:
		snprintf(o, n, "%u.%u.%u", 2 + rnd(2), rnd(10), rnd(20));
		break;
	default:
		snprintf(o, n, "?");
	}
	(void)b;
}


struct spec {
	int fold; /* 0 tune, 1..25 the first to twenty-fifth held-out folds */
	const char *table, *column, *type;
	sx_map_pii label;
	int g; /* a gen, or a G5_* .. G25_* generator of the fifth to twenty-fifth fold */
	const char *comment; /* a "--" comment on the column's line, or NULL */
};

static const struct spec specs[] = {
    /* ---- fold 0: tune */
    {0, "shipments", "recipient", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {0, "shipments", "recipient_phone_no", "TEXT", SX_PII_PHONE, G_PHONE_FMT, NULL},
    {0, "shipments", "shipment_number", "TEXT", SX_PII_NONE, G_SHIPMENT, NULL},
    {0, "shipments", "tracking", "TEXT", SX_PII_NONE, G_TRACKING, NULL},
    {0, "shipments", "dest_address", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS, NULL},
    {0, "shipments", "status", "TEXT", SX_PII_NONE, G_STATUS, NULL},
    {0, "clients_ru", "kontaktnoe_litso", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {0, "clients_ru", "tel_num", "TEXT", SX_PII_PHONE, G_PHONE_8, NULL},
    {0, "clients_ru", "snils_num", "TEXT", SX_PII_GOVERNMENT_ID, G_SNILS, NULL},
    {0, "clients_ru", "inn_num", "TEXT", SX_PII_GOVERNMENT_ID, G_INN12, NULL},
    {0, "clients_ru", "passport_no", "TEXT", SX_PII_GOVERNMENT_ID, G_PASSPORT, NULL},
    {0, "clients_ru", "company", "TEXT", SX_PII_NONE, G_COMPANY, NULL},
    {0, "payments", "card_num", "TEXT", SX_PII_PAYMENT_CARD, G_CARD, NULL},
    {0, "payments", "card_mask", "TEXT", SX_PII_PAYMENT_CARD, G_CARD_MASKED, NULL},
    {0, "payments", "amount", "TEXT", SX_PII_NONE, G_AMOUNT, NULL},
    {0, "payments", "order_number", "TEXT", SX_PII_NONE, G_ORDER11, NULL},
    {0, "payments", "payer_ip", "TEXT", SX_PII_IP_ADDRESS, G_IP, NULL},
    {0, "articles", "author", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {0, "articles", "title", "TEXT", SX_PII_NONE, G_PRODUCT, NULL},
    {0, "articles", "body_template", "TEXT", SX_PII_NONE, G_TEMPLATE, NULL},
    {0, "webhooks", "payload", "TEXT", SX_PII_EMAIL, G_JSON_EMAIL, NULL},
    {0, "webhooks", "attrs", "TEXT", SX_PII_PHONE, G_KV_PHONE, NULL},
    {0, "webhooks", "sku", "TEXT", SX_PII_NONE, G_SKU, NULL},
    {0, "accounts", "login", "TEXT", SX_PII_EMAIL, G_MIXED_EMAIL, NULL},
    {0, "accounts", "job_title", "TEXT", SX_PII_NONE, G_TITLE, NULL},
    {0, "accounts", "birthday", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH, NULL},
    {0, "accounts", "home_city", "TEXT", SX_PII_NONE, G_CITY, NULL},
    {0, "accounts", "feedback", "TEXT", SX_PII_FREE_TEXT, G_PROSE, NULL},
    {0, "accounts", "email", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    {0, "accounts", "api_hash", "TEXT", SX_PII_NONE, G_HASH, NULL},
    /* added after the first run (templates under a free-text name) */
    {0, "notifications", "message", "TEXT", SX_PII_NONE, G_TEMPLATE, NULL},
    {0, "notifications", "recipient_email", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    /* ---- fold 1: held out (other names, other people) */
    {1, "deliveries", "consignee", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {1, "deliveries", "consignee_tel_nr", "TEXT", SX_PII_PHONE, G_PHONE_US, NULL},
    {1, "deliveries", "posting_number", "TEXT", SX_PII_NONE, G_SHIPMENT, NULL},
    {1, "deliveries", "carrier_name", "TEXT", SX_PII_NONE, G_COMPANY, NULL},
    {1, "deliveries", "ship_to", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS, NULL},
    {1, "zayavki", "otvetstvennyy", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {1, "zayavki", "kontakt", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU_LAT, NULL},
    {1, "zayavki", "phone_no", "TEXT", SX_PII_PHONE, G_PHONE_8, NULL},
    {1, "zayavki", "snils_nr", "TEXT", SX_PII_GOVERNMENT_ID, G_SNILS_BARE, NULL},
    {1, "zayavki", "inn_no", "TEXT", SX_PII_GOVERNMENT_ID, G_INN12, NULL},
    {1, "zayavki", "nomer_zakaza", "TEXT", SX_PII_NONE, G_ORDER11, NULL},
    {1, "billing", "pan_masked", "TEXT", SX_PII_PAYMENT_CARD, G_CARD_MASKED_MID, NULL},
    {1, "billing", "cc_num", "TEXT", SX_PII_PAYMENT_CARD, G_CARD, NULL},
    {1, "billing", "total", "TEXT", SX_PII_NONE, G_AMOUNT, NULL},
    {1, "billing", "client_ip", "TEXT", SX_PII_IP_ADDRESS, G_IP, NULL},
    {1, "tickets", "manager", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {1, "tickets", "assigned_role", "TEXT", SX_PII_NONE, G_TITLE, NULL},
    {1, "tickets", "reply_template", "TEXT", SX_PII_NONE, G_TEMPLATE, NULL},
    {1, "tickets", "customer_message", "TEXT", SX_PII_FREE_TEXT, G_PROSE, NULL},
    {1, "tickets", "product", "TEXT", SX_PII_NONE, G_PRODUCT, NULL},
    {1, "events_raw", "properties", "TEXT", SX_PII_EMAIL, G_JSON_EMAIL, NULL},
    {1, "events_raw", "context", "TEXT", SX_PII_PHONE, G_KV_PHONE, NULL},
    {1, "events_raw", "city", "TEXT", SX_PII_NONE, G_CITY, NULL},
    {1, "events_raw", "track_code", "TEXT", SX_PII_NONE, G_TRACKING, NULL},
    {1, "members", "username", "TEXT", SX_PII_EMAIL, G_MIXED_EMAIL, NULL},
    {1, "members", "contact_mail", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    {1, "members", "date_of_birth", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH, NULL},
    {1, "members", "latitude", "REAL", SX_PII_GEOLOCATION, G_LAT, NULL},
    {1, "members", "sku_code", "TEXT", SX_PII_NONE, G_SKU, NULL},
    {1, "members", "token_digest", "TEXT", SX_PII_NONE, G_HASH, NULL},
    /* added after the first run (templates under a free-text name) */
    {1, "mailings", "body", "TEXT", SX_PII_NONE, G_TEMPLATE, NULL},
    {1, "mailings", "sent_to", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    /* ---- fold 2: second held out, written before the rule changes it
     * measures (issue 15): other tables, column names, people, streets
     * and towns, postcodes, and look-alikes that hold given names
     * (dishes, book titles, brands) */
    {2, "orders_eu", "buyer_full", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {2, "orders_eu", "delivery_point", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_C, NULL},
    {2, "orders_eu", "mobile_nr", "TEXT", SX_PII_PHONE, G_PHONE_INTL, NULL},
    {2, "orders_eu", "parcel_ref", "TEXT", SX_PII_NONE, G_SHIPMENT, NULL},
    {2, "orders_eu", "gift_note", "TEXT", SX_PII_FREE_TEXT, G_PROSE, NULL},
    {2, "orders_eu", "dish", "TEXT", SX_PII_NONE, G_DISH, NULL},
    {2, "sotrudniki", "rukovoditel", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {2, "sotrudniki", "podpisant", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {2, "sotrudniki", "mesto_prozhivaniya", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_RU, NULL},
    {2, "sotrudniki", "pasport", "TEXT", SX_PII_GOVERNMENT_ID, G_PASSPORT, NULL},
    {2, "sotrudniki", "tabelnyy_nomer", "TEXT", SX_PII_NONE, G_EMPLOYEE_NO, NULL},
    {2, "sotrudniki", "dolzhnost", "TEXT", SX_PII_NONE, G_TITLE_RU, NULL},
    {2, "crm_leads", "lead_owner", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {2, "crm_leads", "reviewed_by", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {2, "crm_leads", "source_payload", "TEXT", SX_PII_EMAIL, G_JSON_EMAIL, NULL},
    {2, "crm_leads", "visitor_ip", "TEXT", SX_PII_IP_ADDRESS, G_IP, NULL},
    {2, "crm_leads", "coords", "TEXT", SX_PII_GEOLOCATION, G_COORD_PAIR, NULL},
    {2, "crm_leads", "favourite_brand", "TEXT", SX_PII_NONE, G_BRAND, NULL},
    {2, "payouts", "beneficiary", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {2, "payouts", "beneficiary_account", "TEXT", SX_PII_IBAN, G_IBAN, NULL},
    {2, "payouts", "card_no", "TEXT", SX_PII_PAYMENT_CARD, G_CARD, NULL},
    {2, "payouts", "reference", "TEXT", SX_PII_NONE, G_ORDER11, NULL},
    {2, "payouts", "payout_total", "TEXT", SX_PII_NONE, G_AMOUNT, NULL},
    {2, "library_loans", "borrower", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {2, "library_loans", "book_title", "TEXT", SX_PII_NONE, G_BOOK, NULL},
    {2, "library_loans", "home_address", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_C, NULL},
    {2, "library_loans", "borrower_email", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    {2, "library_loans", "barcode", "TEXT", SX_PII_NONE, G_TRACKING, NULL},
    {2, "outlets", "street_address", "TEXT", SX_PII_NONE, G_ADDRESS_C, NULL},
    {2, "outlets", "town", "TEXT", SX_PII_NONE, G_CITY, NULL},
    {2, "outlets", "opened_by", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {2, "outlets", "checksum", "TEXT", SX_PII_NONE, G_HASH, NULL},
    /* ---- fold 3: third held out (issue 16), written before the rule
     * changes it measures and not studied while tuning: a clinic, a
     * carrier, recruiting and a bank; abbreviated and role names (dob,
     * mob_no, nok_tel, courier, interviewer, guarantor, vrach, kurer ...),
     * names with initials (Литвинов В.Э.), surnames, given names and
     * patronymics alone, Cyrillic identifiers, dates as 14.03.1987, US SSNs,
     * driving licences, IPv6, and a table whose columns say what they hold
     * only in a comment; look-alikes: the addresses, coordinates and INNs
     * of warehouses and bank branches, wards and meeting rooms named after
     * people, vehicles, drugs, diagnosis codes, departments, bank products,
     * BIC codes, UPS tracking numbers and Russian templates */
    {3, "patients", "full_name", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "patients", "dob", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH, NULL},
    {3, "patients", "mob_no", "TEXT", SX_PII_PHONE, G_PHONE_8, NULL},
    {3, "patients", "e_mail", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    {3, "patients", "res_addr", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_D, NULL},
    {3, "patients", "snils", "TEXT", SX_PII_GOVERNMENT_ID, G_SNILS, NULL},
    {3, "patients", "next_of_kin", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "patients", "nok_tel", "TEXT", SX_PII_PHONE, G_PHONE_INTL, NULL},
    {3, "patients", "ward", "TEXT", SX_PII_NONE, G_WARD, NULL},
    {3, "appointments", "attending_physician", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "appointments", "referred_by", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU_INIT, NULL},
    {3, "appointments", "department", "TEXT", SX_PII_NONE, G_DEPT, NULL},
    {3, "appointments", "complaint", "TEXT", SX_PII_FREE_TEXT, G_PROSE_D, NULL},
    {3, "appointments", "prescription", "TEXT", SX_PII_NONE, G_DRUG, NULL},
    {3, "appointments", "icd_code", "TEXT", SX_PII_NONE, G_ICD, NULL},
    {3, "appointments", "reminder_text", "TEXT", SX_PII_NONE, G_TEMPLATE_RU, NULL},
    {3, "pacienty", "fio_pacienta", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {3, "pacienty", "data_rozhd", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH_DMY, NULL},
    {3, "pacienty", "adres_prozhivaniya", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_RU_D, NULL},
    {3, "pacienty", "kontaktnyy_telefon", "TEXT", SX_PII_PHONE, G_PHONE_FMT, NULL},
    {3, "pacienty", "vrach", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU_INIT, NULL},
    {3, "pacienty", "zhaloby", "TEXT", SX_PII_FREE_TEXT, G_PROSE_RU, NULL},
    {3, "pacienty", "otdelenie", "TEXT", SX_PII_NONE, G_DEPT_RU, NULL},
    {3, "сотрудники_клиники", "ФИО", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {3, "сотрудники_клиники", "дата_рождения", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH_DMY, NULL},
    {3, "сотрудники_клиники", "телефон", "TEXT", SX_PII_PHONE, G_PHONE_FMT, NULL},
    {3, "сотрудники_клиники", "должность", "TEXT", SX_PII_NONE, G_TITLE_RU, NULL},
    {3, "сотрудники_клиники", "адрес_регистрации", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_RU_D,
     NULL},
    {3, "сотрудники_клиники", "паспорт_серия_номер", "TEXT", SX_PII_GOVERNMENT_ID, G_PASSPORT,
     NULL},
    {3, "сотрудники_клиники", "наставник", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU_INIT, NULL},
    {3, "consignments", "courier", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "consignments", "consignee_contact", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "consignments", "consignee_mob", "TEXT", SX_PII_PHONE, G_PHONE_US, NULL},
    {3, "consignments", "drop_off_addr", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_D, NULL},
    {3, "consignments", "waybill_no", "TEXT", SX_PII_NONE, G_SHIPMENT, NULL},
    {3, "consignments", "tracking_id", "TEXT", SX_PII_NONE, G_UPS, NULL},
    {3, "consignments", "vehicle", "TEXT", SX_PII_NONE, G_VEHICLE, NULL},
    {3, "consignments", "signed_by", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "consignments", "pod_remark", "TEXT", SX_PII_FREE_TEXT, G_PROSE_D, NULL},
    {3, "warehouses", "site_address", "TEXT", SX_PII_NONE, G_ADDRESS_D, NULL},
    {3, "warehouses", "manager_on_duty", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "warehouses", "site_lat", "TEXT", SX_PII_NONE, G_LAT, NULL},
    {3, "warehouses", "inn", "TEXT", SX_PII_NONE, G_INN10, NULL},
    {3, "warehouses", "city", "TEXT", SX_PII_NONE, G_CITY, NULL},
    {3, "zakazy_dostavki", "poluchatel_fio", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {3, "zakazy_dostavki", "tel_poluchatelya", "TEXT", SX_PII_PHONE, G_PHONE_8, NULL},
    {3, "zakazy_dostavki", "adres_dostavki", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_RU_D, NULL},
    {3, "zakazy_dostavki", "kurer", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU_INIT, NULL},
    {3, "zakazy_dostavki", "nomer_otpravleniya", "TEXT", SX_PII_NONE, G_TRACKING, NULL},
    {3, "zakazy_dostavki", "kommentariy_klienta", "TEXT", SX_PII_FREE_TEXT, G_PROSE_RU, NULL},
    {3, "zakazy_dostavki", "tovar", "TEXT", SX_PII_NONE, G_PRODUCT_RU, NULL},
    {3, "dispatch_log", "dispatcher", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "dispatch_log", "driver_licence_no", "TEXT", SX_PII_GOVERNMENT_ID, G_DL, NULL},
    {3, "dispatch_log", "gps", "TEXT", SX_PII_GEOLOCATION, G_COORD_PAIR, NULL},
    {3, "dispatch_log", "device_ip", "TEXT", SX_PII_IP_ADDRESS, G_IP, NULL},
    {3, "dispatch_log", "route_code", "TEXT", SX_PII_NONE, G_SKU, NULL},
    {3, "dispatch_log", "depot_city", "TEXT", SX_PII_NONE, G_CITY, NULL},
    {3, "dispatch_log", "meta", "TEXT", SX_PII_EMAIL, G_JSON_EMAIL, NULL},
    {3, "candidates", "candidate", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "candidates", "cand_email", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    {3, "candidates", "cell", "TEXT", SX_PII_PHONE, G_PHONE_INTL, NULL},
    {3, "candidates", "login_or_email", "TEXT", SX_PII_EMAIL, G_MIXED_EMAIL, NULL},
    {3, "candidates", "home_addr", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_D, NULL},
    {3, "candidates", "birth_dt", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH, NULL},
    {3, "candidates", "cover_letter", "TEXT", SX_PII_FREE_TEXT, G_PROSE_D, NULL},
    {3, "candidates", "current_employer", "TEXT", SX_PII_NONE, G_COMPANY, NULL},
    {3, "candidates", "desired_position", "TEXT", SX_PII_NONE, G_TITLE, NULL},
    {3, "candidates", "soc_sec_no", "TEXT", SX_PII_GOVERNMENT_ID, G_SSN, NULL},
    {3, "interviews", "interviewer", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "interviews", "hiring_manager", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "interviews", "assignee", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "interviews", "panel_feedback", "TEXT", SX_PII_FREE_TEXT, G_PROSE_D, NULL},
    {3, "interviews", "vacancy_code", "TEXT", SX_PII_NONE, G_SKU, NULL},
    {3, "interviews", "invite_template", "TEXT", SX_PII_NONE, G_TEMPLATE, NULL},
    {3, "interviews", "room", "TEXT", SX_PII_NONE, G_ROOM, NULL},
    {3, "soiskateli", "familiya", "TEXT", SX_PII_PERSON_NAME, G_LAST_RU, NULL},
    {3, "soiskateli", "imya", "TEXT", SX_PII_PERSON_NAME, G_FIRST_RU, NULL},
    {3, "soiskateli", "otchestvo", "TEXT", SX_PII_PERSON_NAME, G_PATR_RU, NULL},
    {3, "soiskateli", "telefon_mob", "TEXT", SX_PII_PHONE, G_PHONE_FMT, NULL},
    {3, "soiskateli", "pochta", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    {3, "soiskateli", "inn_fl", "TEXT", SX_PII_GOVERNMENT_ID, G_INN12, NULL},
    {3, "soiskateli", "snils_no", "TEXT", SX_PII_GOVERNMENT_ID, G_SNILS_BARE, NULL},
    {3, "soiskateli", "rekruter", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU_INIT, NULL},
    {3, "soiskateli", "rezyume", "TEXT", SX_PII_FREE_TEXT, G_PROSE_RU, NULL},
    {3, "soiskateli", "zhelaemaya_dolzhnost", "TEXT", SX_PII_NONE, G_TITLE_RU, NULL},
    {3, "employees_hr", "emp_name", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "employees_hr", "emp_dob", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH, NULL},
    {3, "employees_hr", "emp_ssn", "TEXT", SX_PII_GOVERNMENT_ID, G_SSN, NULL},
    {3, "employees_hr", "personnel_no", "TEXT", SX_PII_NONE, G_EMPLOYEE_NO, NULL},
    {3, "employees_hr", "salary_account", "TEXT", SX_PII_IBAN, G_IBAN, NULL},
    {3, "employees_hr", "badge_hash", "TEXT", SX_PII_NONE, G_HASH, NULL},
    {3, "employees_hr", "emergency_contact", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "employees_hr", "emergency_phone", "TEXT", SX_PII_PHONE, G_PHONE_US, NULL},
    {3, "employees_hr", "work_location", "TEXT", SX_PII_NONE, G_CITY, NULL},
    {3, "bank_clients", "client_full_name", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU_LAT_D, NULL},
    {3, "bank_clients", "passport_series_no", "TEXT", SX_PII_GOVERNMENT_ID, G_PASSPORT, NULL},
    {3, "bank_clients", "reg_address", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_RU_D, NULL},
    {3, "bank_clients", "phone_primary", "TEXT", SX_PII_PHONE, G_PHONE_FMT, NULL},
    {3, "bank_clients", "email_addr", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    {3, "bank_clients", "iban", "TEXT", SX_PII_IBAN, G_IBAN, NULL},
    {3, "bank_clients", "card_pan", "TEXT", SX_PII_PAYMENT_CARD, G_CARD, NULL},
    {3, "bank_clients", "card_masked", "TEXT", SX_PII_PAYMENT_CARD, G_CARD_MASKED_MID, NULL},
    {3, "bank_clients", "login_ip", "TEXT", SX_PII_IP_ADDRESS, G_IPV6, NULL},
    {3, "bank_clients", "risk_segment", "TEXT", SX_PII_NONE, G_STATUS, NULL},
    {3, "loans", "borrower_name", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "loans", "co_borrower", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "loans", "guarantor", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {3, "loans", "guarantor_tel", "TEXT", SX_PII_PHONE, G_PHONE_8, NULL},
    {3, "loans", "contract_no", "TEXT", SX_PII_NONE, G_ORDER11, NULL},
    {3, "loans", "product_name", "TEXT", SX_PII_NONE, G_BANK_PRODUCT, NULL},
    {3, "loans", "loan_officer", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "transfers", "payee", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "transfers", "payee_iban", "TEXT", SX_PII_IBAN, G_IBAN, NULL},
    {3, "transfers", "payer_card_no", "TEXT", SX_PII_PAYMENT_CARD, G_CARD, NULL},
    {3, "transfers", "memo", "TEXT", SX_PII_FREE_TEXT, G_PROSE_D, NULL},
    {3, "transfers", "swift_bic", "TEXT", SX_PII_NONE, G_BIC, NULL},
    {3, "transfers", "txn_hash", "TEXT", SX_PII_NONE, G_HASH, NULL},
    {3, "bank_branches", "branch_address", "TEXT", SX_PII_NONE, G_ADDRESS_D, NULL},
    {3, "bank_branches", "branch_lat", "TEXT", SX_PII_NONE, G_LAT, NULL},
    {3, "bank_branches", "branch_manager", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {3, "bank_branches", "bik", "TEXT", SX_PII_NONE, G_BIK, NULL},
    {3, "bank_branches", "branch_inn", "TEXT", SX_PII_NONE, G_INN10, NULL},
    {3, "scheta", "vladelec_scheta", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {3, "scheta", "nomer_karty", "TEXT", SX_PII_PAYMENT_CARD, G_CARD_MASKED, NULL},
    {3, "scheta", "telefon_dlya_sms", "TEXT", SX_PII_PHONE, G_PHONE_8, NULL},
    {3, "scheta", "ip_adres", "TEXT", SX_PII_IP_ADDRESS, G_IP, NULL},
    {3, "scheta", "shablon_sms", "TEXT", SX_PII_NONE, G_TEMPLATE_RU, NULL},
    {3, "app_sessions", "client_context", "TEXT", SX_PII_PHONE, G_KV_PHONE, NULL},
    {3, "app_sessions", "device_geo", "TEXT", SX_PII_GEOLOCATION, G_COORD_PAIR, NULL},
    {3, "app_sessions", "geo_lat", "TEXT", SX_PII_GEOLOCATION, G_LAT, NULL},
    {3, "app_sessions", "geo_lon", "TEXT", SX_PII_GEOLOCATION, G_LON, NULL},
    {3, "app_sessions", "last_ip", "TEXT", SX_PII_IP_ADDRESS, G_IP, NULL},
    {3, "app_sessions", "tracking_ref", "TEXT", SX_PII_NONE, G_UPS, NULL},
    {3, "legacy_crm", "f1", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, "ФИО контактного лица"},
    {3, "legacy_crm", "f2", "TEXT", SX_PII_PHONE, G_PHONE_FMT, "телефон для связи"},
    {3, "legacy_crm", "f3", "TEXT", SX_PII_EMAIL, G_EMAIL, "e-mail клиента"},
    {3, "legacy_crm", "attr4", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_D,
     "customer's home address"},
    {3, "legacy_crm", "attr5", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH, "date of birth"},
    {3, "legacy_crm", "attr6", "TEXT", SX_PII_NONE, G_PRODUCT, "product category"},
    {3, "legacy_crm", "attr7", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT,
     "person responsible for the account"},
    {3, "legacy_crm", "attr8", "TEXT", SX_PII_NONE, G_SKU, "internal tariff code"},
    {3, "legacy_crm", "resp", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU_INIT, "ответственный менеджер"},
    {3, "legacy_crm", "attr9", "TEXT", SX_PII_NONE, G_COMPANY, "employer of the contact person"},
    /* ---- fold 4: fourth held out, written blind (issue 17: its author
     * read neither src/map/pii.c nor its unit tests nor the rules in
     * docs/pii.md) and labelled before the first run: a marketplace with
     * sellers, a university (English and Russian), a telecom operator
     * (subscribers, call records, cell sites, Russian abonenty), an insurer
     * (English claims, Russian ubytki) and a hotel, with a legacy guest
     * table of cryptic names (gst_fnm, adr1, eml, dob8); a fifth set of
     * people, streets, towns and postcodes; dates as 1999/03/14,
     * "14 Mar 1987", 19870314 and with a time; names as "PEMBERTON, ELIZA",
     * "Dr Eliza Pemberton", given names or surnames alone; passport series
     * and number in separate columns; UK NI numbers, US driving licences,
     * GB IBANs in groups, cards in groups; a JSON phone. Look-alikes:
     * shops, brands, hotels, garages, halls and buildings named after
     * people, business addresses, coordinates and phones (a warehouse, a
     * cell site, a hotel's front desk), equipment IPs, counts and flags
     * named after people and PII (manager_level, guest_count,
     * email_verified), arrival and accident dates, 12- to 16-digit
     * account, voucher, EAN and policy numbers, VINs, card tokens and
     * templates with {first_name} and %FIO% placeholders. */
    {4, "mp_sellers", "shop_name", "TEXT", SX_PII_NONE, G_SHOP_E, NULL},
    {4, "mp_sellers", "legal_name", "TEXT", SX_PII_NONE, G_COMPANY_E, NULL},
    {4, "mp_sellers", "org_inn", "TEXT", SX_PII_NONE, G_INN10, NULL},
    {4, "mp_sellers", "owner_fio", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {4, "mp_sellers", "payout_iban", "TEXT", SX_PII_IBAN, G_IBAN_GB, NULL},
    {4, "mp_sellers", "warehouse_addr", "TEXT", SX_PII_NONE, G_ADDRESS_BIZ_E, NULL},
    {4, "mp_sellers", "manager_level", "INTEGER", SX_PII_NONE, G_SMALLINT, NULL},
    {4, "mp_sellers", "product_count", "INTEGER", SX_PII_NONE, G_COUNT, NULL},
    {4, "mp_sellers", "kyc_status", "TEXT", SX_PII_NONE, G_KYC, NULL},
    {4, "mp_sellers", "email_verified", "INTEGER", SX_PII_NONE, G_FLAG, NULL},
    {4, "mp_orders", "buyer_login", "TEXT", SX_PII_EMAIL, G_MIXED_EMAIL, NULL},
    {4, "mp_orders", "ship_to_name", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {4, "mp_orders", "ship_to_addr", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_US_E, NULL},
    {4, "mp_orders", "buyer_phone", "TEXT", SX_PII_PHONE, G_PHONE_E, NULL},
    {4, "mp_orders", "delivery_lat", "REAL", SX_PII_GEOLOCATION, G_LAT, NULL},
    {4, "mp_orders", "order_meta", "TEXT", SX_PII_PHONE, G_JSON_PHONE, NULL},
    {4, "mp_orders", "gift_msg", "TEXT", SX_PII_FREE_TEXT, G_PROSE_E, NULL},
    {4, "mp_orders", "tracking_no", "TEXT", SX_PII_NONE, G_TBA, NULL},
    {4, "mp_orders", "ean", "TEXT", SX_PII_NONE, G_EAN13, NULL},
    {4, "mp_orders", "item_title", "TEXT", SX_PII_NONE, G_PRODUCT_E, NULL},
    {4, "mp_orders", "brand", "TEXT", SX_PII_NONE, G_BRAND_E, NULL},
    {4, "mp_orders", "price", "TEXT", SX_PII_NONE, G_AMOUNT, NULL},
    {4, "mp_orders", "promo_tmpl", "TEXT", SX_PII_NONE, G_TEMPLATE_E, NULL},
    {4, "students", "surname", "TEXT", SX_PII_PERSON_NAME, G_LAST_E, NULL},
    {4, "students", "given_names", "TEXT", SX_PII_PERSON_NAME, G_FIRST_E, NULL},
    {4, "students", "bdate", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH_SLASH, NULL},
    {4, "students", "uni_email", "TEXT", SX_PII_EMAIL, G_EMAIL_UNI, NULL},
    {4, "students", "term_addr", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_E, NULL},
    {4, "students", "ni_number", "TEXT", SX_PII_GOVERNMENT_ID, G_NINO, NULL},
    {4, "students", "stud_no", "TEXT", SX_PII_NONE, G_STUDNO, NULL},
    {4, "students", "programme", "TEXT", SX_PII_NONE, G_PROGRAMME, NULL},
    {4, "students", "hall_of_residence", "TEXT", SX_PII_NONE, G_HALL, NULL},
    {4, "students", "gpa", "REAL", SX_PII_NONE, G_GPA, NULL},
    {4, "students", "enrol_yr", "INTEGER", SX_PII_NONE, G_YEAR, NULL},
    {4, "courses", "course_title", "TEXT", SX_PII_NONE, G_COURSE, NULL},
    {4, "courses", "instructor", "TEXT", SX_PII_PERSON_NAME, G_NAME_TITLED, NULL},
    {4, "courses", "building", "TEXT", SX_PII_NONE, G_BUILDING, NULL},
    {4, "courses", "owner_dept", "TEXT", SX_PII_NONE, G_DEPT_E, NULL},
    {4, "courses", "enrolled_cnt", "INTEGER", SX_PII_NONE, G_COUNT, NULL},
    {4, "studenty", "fio", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {4, "studenty", "data_rozhdeniya", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH_DMY, NULL},
    {4, "studenty", "tel1", "TEXT", SX_PII_PHONE, G_PHONE_RU_E, NULL},
    {4, "studenty", "adres_propiski", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_RU_E, NULL},
    {4, "studenty", "pasp_ser", "TEXT", SX_PII_GOVERNMENT_ID, G_PASP_SER, NULL},
    {4, "studenty", "pasp_nom", "TEXT", SX_PII_GOVERNMENT_ID, G_PASP_NOM, NULL},
    {4, "studenty", "kurator", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU_INIT, NULL},
    {4, "studenty", "nomer_zachetki", "TEXT", SX_PII_NONE, G_ZACH, NULL},
    {4, "studenty", "gruppa", "TEXT", SX_PII_NONE, G_GROUP_RU, NULL},
    {4, "studenty", "fakultet", "TEXT", SX_PII_NONE, G_FACULTY_RU, NULL},
    {4, "studenty", "stipendiya", "TEXT", SX_PII_NONE, G_AMOUNT, NULL},
    {4, "studenty", "kol_vo_dolgov", "INTEGER", SX_PII_NONE, G_SMALLINT, NULL},
    {4, "subscribers", "msisdn", "TEXT", SX_PII_PHONE, G_MSISDN, NULL},
    {4, "subscribers", "cst_nm", "TEXT", SX_PII_PERSON_NAME, G_NAME_LASTFIRST, NULL},
    {4, "subscribers", "install_addr", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_US_E, NULL},
    {4, "subscribers", "cust_dob", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH_TS, NULL},
    {4, "subscribers", "acct_no", "TEXT", SX_PII_NONE, G_ACCT12, NULL},
    {4, "subscribers", "tariff", "TEXT", SX_PII_NONE, G_TARIFF, NULL},
    {4, "subscribers", "voucher_pin", "TEXT", SX_PII_NONE, G_VOUCHER16, NULL},
    {4, "subscribers", "autopay_card", "TEXT", SX_PII_PAYMENT_CARD, G_CARD_SPACED, NULL},
    {4, "subscribers", "framed_ip", "TEXT", SX_PII_IP_ADDRESS, G_IP, NULL},
    {4, "subscribers", "nas_ip", "TEXT", SX_PII_NONE, G_IP, NULL},
    {4, "subscribers", "contact_method", "TEXT", SX_PII_NONE, G_CONTACT_METHOD, NULL},
    {4, "subscribers", "churn_score", "REAL", SX_PII_NONE, G_SCORE, NULL},
    {4, "cdr", "a_number", "TEXT", SX_PII_PHONE, G_MSISDN, NULL},
    {4, "cdr", "b_number", "TEXT", SX_PII_PHONE, G_PHONE_E, NULL},
    {4, "cdr", "cell_id", "TEXT", SX_PII_NONE, G_CELLID, NULL},
    {4, "cdr", "duration_sec", "INTEGER", SX_PII_NONE, G_COUNT, NULL},
    {4, "cdr", "charge_amt", "TEXT", SX_PII_NONE, G_AMOUNT, NULL},
    {4, "cdr", "call_type", "TEXT", SX_PII_NONE, G_CALL_TYPE, NULL},
    {4, "cell_sites", "site_code", "TEXT", SX_PII_NONE, G_SITE, NULL},
    {4, "cell_sites", "bs_lat", "REAL", SX_PII_NONE, G_LAT, NULL},
    {4, "cell_sites", "bs_lon", "REAL", SX_PII_NONE, G_LON, NULL},
    {4, "cell_sites", "bs_addr", "TEXT", SX_PII_NONE, G_ADDRESS_RU_BIZ_E, NULL},
    {4, "cell_sites", "operator", "TEXT", SX_PII_NONE, G_COMPANY_E, NULL},
    {4, "abonenty", "abonent", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU_LAT, NULL},
    {4, "abonenty", "lic_schet", "TEXT", SX_PII_NONE, G_ACCT12, NULL},
    {4, "abonenty", "adres_ustanovki", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_RU_E, NULL},
    {4, "abonenty", "tarifnyy_plan", "TEXT", SX_PII_NONE, G_TARIFF_RU, NULL},
    {4, "abonenty", "shablon_uvedomleniya", "TEXT", SX_PII_NONE, G_TEMPLATE_RU_E, NULL},
    {4, "abonenty", "balans", "TEXT", SX_PII_NONE, G_AMOUNT, NULL},
    {4, "abonenty", "obrashchenie", "TEXT", SX_PII_FREE_TEXT, G_PROSE_RU_E, NULL},
    {4, "claims", "policy_holder", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {4, "claims", "insured_dob", "TEXT", SX_PII_BIRTH_DATE, G_BIRTH_TEXT, NULL},
    {4, "claims", "driver_lic", "TEXT", SX_PII_GOVERNMENT_ID, G_DL_US, NULL},
    {4, "claims", "payee_acct", "TEXT", SX_PII_IBAN, G_IBAN_GB, NULL},
    {4, "claims", "incident_gps", "TEXT", SX_PII_GEOLOCATION, G_COORD_PAIR, NULL},
    {4, "claims", "incident_desc", "TEXT", SX_PII_FREE_TEXT, G_PROSE_E, NULL},
    {4, "claims", "policy_no", "TEXT", SX_PII_NONE, G_POLICY, NULL},
    {4, "claims", "claim_ref", "TEXT", SX_PII_NONE, G_CLAIM, NULL},
    {4, "claims", "vin", "TEXT", SX_PII_NONE, G_VIN, NULL},
    {4, "claims", "repair_shop", "TEXT", SX_PII_NONE, G_GARAGE, NULL},
    {4, "claims", "claim_amt", "TEXT", SX_PII_NONE, G_AMOUNT, NULL},
    {4, "claims", "loss_type", "TEXT", SX_PII_NONE, G_LOSS, NULL},
    {4, "ubytki", "strahovatel", "TEXT", SX_PII_PERSON_NAME, G_NAME_RU, NULL},
    {4, "ubytki", "vu_nomer", "TEXT", SX_PII_GOVERNMENT_ID, G_DL, NULL},
    {4, "ubytki", "nomer_karty_vyplaty", "TEXT", SX_PII_PAYMENT_CARD, G_CARD_MIR_MASKED, NULL},
    {4, "ubytki", "opisanie", "TEXT", SX_PII_FREE_TEXT, G_PROSE_RU_E, NULL},
    {4, "ubytki", "nomer_polisa", "TEXT", SX_PII_NONE, G_OSAGO, NULL},
    {4, "ubytki", "sto_nazvanie", "TEXT", SX_PII_NONE, G_GARAGE_RU, NULL},
    {4, "ubytki", "data_dtp", "TEXT", SX_PII_NONE, G_DATE_RECENT, NULL},
    {4, "ubytki", "summa_vozmeshcheniya", "TEXT", SX_PII_NONE, G_AMOUNT, NULL},
    {4, "bookings", "guest_nm", "TEXT", SX_PII_PERSON_NAME, G_NAME_LASTFIRST, NULL},
    {4, "bookings", "passport_num", "TEXT", SX_PII_GOVERNMENT_ID, G_PASSPORT_INTL, NULL},
    {4, "bookings", "email_address", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    {4, "bookings", "card_number", "TEXT", SX_PII_PAYMENT_CARD, G_CARD_SPACED, NULL},
    {4, "bookings", "checkin_ip", "TEXT", SX_PII_IP_ADDRESS, G_IPV6, NULL},
    {4, "bookings", "special_requests", "TEXT", SX_PII_FREE_TEXT, G_PROSE_E, NULL},
    {4, "bookings", "nationality", "TEXT", SX_PII_NONE, G_COUNTRY, NULL},
    {4, "bookings", "arrival_dt", "TEXT", SX_PII_NONE, G_DATE_RECENT, NULL},
    {4, "bookings", "departure_dt", "TEXT", SX_PII_NONE, G_DATE_RECENT, NULL},
    {4, "bookings", "room_type", "TEXT", SX_PII_NONE, G_ROOMTYPE, NULL},
    {4, "bookings", "conf_no", "TEXT", SX_PII_NONE, G_CONF, NULL},
    {4, "bookings", "guest_count", "INTEGER", SX_PII_NONE, G_SMALLINT, NULL},
    {4, "bookings", "cc_token", "TEXT", SX_PII_NONE, G_TOKEN, NULL},
    {4, "bookings", "confirmation_tmpl", "TEXT", SX_PII_NONE, G_TEMPLATE_E, NULL},
    {4, "hotels", "hotel_name", "TEXT", SX_PII_NONE, G_HOTEL, NULL},
    {4, "hotels", "hotel_addr", "TEXT", SX_PII_NONE, G_ADDRESS_BIZ_E, NULL},
    {4, "hotels", "hotel_lat", "REAL", SX_PII_NONE, G_LAT, NULL},
    {4, "hotels", "front_desk_tel", "TEXT", SX_PII_NONE, G_PHONE_UK_E, NULL},
    {4, "hotels", "gm_name", "TEXT", SX_PII_PERSON_NAME, G_NAME_LAT, NULL},
    {4, "hotels", "star_rating", "INTEGER", SX_PII_NONE, G_SMALLINT, NULL},
    {4, "gst_mst", "gst_fnm", "TEXT", SX_PII_PERSON_NAME, G_FIRST_E, NULL},
    {4, "gst_mst", "gst_lnm", "TEXT", SX_PII_PERSON_NAME, G_LAST_E, NULL},
    {4, "gst_mst", "adr1", "TEXT", SX_PII_POSTAL_ADDRESS, G_ADDRESS_E, NULL},
    {4, "gst_mst", "eml", "TEXT", SX_PII_EMAIL, G_EMAIL, NULL},
    {4, "gst_mst", "dob8", "INTEGER", SX_PII_BIRTH_DATE, G_BIRTH_YMD8, NULL},
    {4, "gst_mst", "vip_cd", "TEXT", SX_PII_NONE, G_VIP, NULL},
    {4, "gst_mst", "crt_usr", "TEXT", SX_PII_NONE, G_SYSUSER, NULL},
    {4, "gst_mst", "upd_ts", "TEXT", SX_PII_NONE, G_TS,
     NULL}, /* ---- fold 5: fifth held out, written blind like the fourth (its
             * author read neither src/map/pii.c nor its unit tests nor the rules
             * in docs/pii.md) and labelled before the first run: a ride-hailing
             * app (riders, trips, Russian drivers), a government services portal
             * (English applications, Russian обращения with Cyrillic column
             * names), a fitness app with camelCase names, an estate agency
             * (listings, Russian deals) and an airline loyalty programme (members,
             * booking segments, partners); a sixth set of people, streets, towns
             * and postcodes; dates as 03/14/1987, 1987-03-14T00:00:00Z, 14MAR87
             * and "14 марта 1987 г."; names as "R. Fenwick", "R FENWICK",
             * "FENWICK/ROSALIE MRS"; Spanish DNIs, US Known Traveler Numbers,
             * APIS passport strings; phones in E.164 without spaces, dotted, Irish,
             * in an OSI line; IE and NL IBANs; cards as "VISA •••• 4242";
             * negative longitudes. Look-alikes: firms, gyms, shoes, routes, agencies
             * and partners named after people, business addresses and phones (a
             * council, an estate agency branch, a partner's head office), a
             * partner's shared mailbox, device ids (IDFA, push token, BLE MAC),
             * number plates, cadastral, land-registry, VAT, company and service
             * numbers, 20-digit escrow accounts, airline codes (SSR, fare basis,
             * PNR), passport expiry dates, and templates with [APPLICANT_NAME],
             * {rider_first_name} and <ФИО>. */
    {5, "rh_riders", "rider_uid", "TEXT", SX_PII_NONE, G5_UUID, NULL},
    {5, "rh_riders", "rider_name", "TEXT", SX_PII_PERSON_NAME, G5_NAME, NULL},
    {5, "rh_riders", "rider_mob", "TEXT", SX_PII_PHONE, G5_PHONE_E164, NULL},
    {5, "rh_riders", "rider_eml", "TEXT", SX_PII_EMAIL, G5_EMAIL, NULL},
    {5, "rh_riders", "home_pin_lat", "REAL", SX_PII_GEOLOCATION, G5_LAT, NULL},
    {5, "rh_riders", "home_pin_lng", "REAL", SX_PII_GEOLOCATION, G5_LON, NULL},
    {5, "rh_riders", "promo_code", "TEXT", SX_PII_NONE, G5_PROMO, NULL},
    {5, "rh_riders", "device_idfa", "TEXT", SX_PII_NONE, G5_IDFA, NULL},
    {5, "rh_riders", "push_token", "TEXT", SX_PII_NONE, G5_PUSH, NULL},
    {5, "rh_riders", "referral_cnt", "INTEGER", SX_PII_NONE, G5_COUNT, NULL},
    {5, "rh_riders", "rating_avg", "REAL", SX_PII_NONE, G5_RATING, NULL},
    {5, "rh_riders", "created_at", "TEXT", SX_PII_NONE, G5_TS, NULL},
    {5, "rh_trips", "trip_id", "TEXT", SX_PII_NONE, G5_UUID, NULL},
    {5, "rh_trips", "pickup_addr", "TEXT", SX_PII_POSTAL_ADDRESS, G5_ADDR_GB, NULL},
    {5, "rh_trips", "dropoff_pt", "TEXT", SX_PII_GEOLOCATION, G5_LATLON, NULL},
    {5, "rh_trips", "note_for_driver", "TEXT", SX_PII_FREE_TEXT, G5_PROSE, NULL},
    {5, "rh_trips", "fare_amt", "TEXT", SX_PII_NONE, G5_AMOUNT, NULL},
    {5, "rh_trips", "surge_mult", "REAL", SX_PII_NONE, G5_SURGE, NULL},
    {5, "rh_trips", "vehicle_reg", "TEXT", SX_PII_NONE, G5_PLATE_UK, NULL},
    {5, "rh_trips", "card_masked", "TEXT", SX_PII_PAYMENT_CARD, G5_CARD_BULLET, NULL},
    {5, "rh_trips", "client_ip", "TEXT", SX_PII_IP_ADDRESS, G5_IP4, NULL},
    {5, "rh_trips", "city_zone", "TEXT", SX_PII_NONE, G5_ZONE, NULL},
    {5, "rh_trips", "receipt_tmpl", "TEXT", SX_PII_NONE, G5_TEMPLATE, NULL},
    {5, "voditeli", "fio_voditelya", "TEXT", SX_PII_PERSON_NAME, G5_NAME_RU, NULL},
    {5, "voditeli", "telefon", "TEXT", SX_PII_PHONE, G5_PHONE_RU_DASH, NULL},
    {5, "voditeli", "vod_udost", "TEXT", SX_PII_GOVERNMENT_ID, G5_DL_RU, NULL},
    {5, "voditeli", "data_rozhd", "TEXT", SX_PII_BIRTH_DATE, G5_BIRTH_DMY, NULL},
    {5, "voditeli", "gos_nomer", "TEXT", SX_PII_NONE, G5_PLATE_RU, NULL},
    {5, "voditeli", "marka_avto", "TEXT", SX_PII_NONE, G5_CAR_MODEL, NULL},
    {5, "voditeli", "taksopark", "TEXT", SX_PII_NONE, G5_TAXI_PARK, NULL},
    {5, "voditeli", "inn_parka", "TEXT", SX_PII_NONE, G5_INN10, NULL},
    {5, "voditeli", "karta_vyplat", "TEXT", SX_PII_PAYMENT_CARD, G5_CARD, NULL},
    {5, "voditeli", "reiting", "REAL", SX_PII_NONE, G5_RATING, NULL},
    {5, "voditeli", "smena_nachalo", "TEXT", SX_PII_NONE, G5_TS, NULL},
    {5, "gov_applications", "application_ref", "TEXT", SX_PII_NONE, G5_APP_REF, NULL},
    {5, "gov_applications", "applicant_full_name", "TEXT", SX_PII_PERSON_NAME, G5_NAME, NULL},
    {5, "gov_applications", "national_id", "TEXT", SX_PII_GOVERNMENT_ID, G5_DNI, NULL},
    {5, "gov_applications", "dob", "TEXT", SX_PII_BIRTH_DATE, G5_BIRTH_US, NULL},
    {5, "gov_applications", "mailing_address", "TEXT", SX_PII_POSTAL_ADDRESS, G5_ADDR_US, NULL},
    {5, "gov_applications", "contact_email", "TEXT", SX_PII_EMAIL, G5_EMAIL, NULL},
    {5, "gov_applications", "daytime_phone", "TEXT", SX_PII_PHONE, G5_PHONE_DOTTED, NULL},
    {5, "gov_applications", "case_officer", "TEXT", SX_PII_PERSON_NAME, G5_NAME_INITIAL, NULL},
    {5, "gov_applications", "office_address", "TEXT", SX_PII_NONE, G5_ADDR_BIZ_GB, NULL},
    {5, "gov_applications", "office_phone", "TEXT", SX_PII_NONE, G5_PHONE_BIZ, NULL},
    {5, "gov_applications", "form_code", "TEXT", SX_PII_NONE, G5_FORM, NULL},
    {5, "gov_applications", "app_status", "TEXT", SX_PII_NONE, G5_GOV_STATUS, NULL},
    {5, "gov_applications", "fee_paid", "TEXT", SX_PII_NONE, G5_AMOUNT, NULL},
    {5, "gov_applications", "submitted_from_ip", "TEXT", SX_PII_IP_ADDRESS, G5_IP6, NULL},
    {5, "gov_applications", "statement", "TEXT", SX_PII_FREE_TEXT, G5_PROSE, NULL},
    {5, "gov_applications", "decision_letter_tmpl", "TEXT", SX_PII_NONE, G5_TEMPLATE, NULL},
    {5, "обращения", "заявитель", "TEXT", SX_PII_PERSON_NAME, G5_NAME_RU, NULL},
    {5, "обращения", "снилс", "TEXT", SX_PII_GOVERNMENT_ID, G5_SNILS, NULL},
    {5, "обращения", "инн_заявителя", "TEXT", SX_PII_GOVERNMENT_ID, G5_INN12, NULL},
    {5, "обращения", "адрес_регистрации", "TEXT", SX_PII_POSTAL_ADDRESS, G5_ADDR_RU, NULL},
    {5, "обращения", "эл_почта", "TEXT", SX_PII_EMAIL, G5_EMAIL_RU, NULL},
    {5, "обращения", "телефон_моб", "TEXT", SX_PII_PHONE, G5_PHONE_RU_PAREN, NULL},
    {5, "обращения", "текст_обращения", "TEXT", SX_PII_FREE_TEXT, G5_PROSE_RU, NULL},
    {5, "обращения", "ведомство", "TEXT", SX_PII_NONE, G5_VEDOMSTVO, NULL},
    {5, "обращения", "инн_ведомства", "TEXT", SX_PII_NONE, G5_INN10, NULL},
    {5, "обращения", "код_услуги", "TEXT", SX_PII_NONE, G5_SERVICE_CODE, NULL},
    {5, "обращения", "шаблон_ответа", "TEXT", SX_PII_NONE, G5_TEMPLATE_RU, NULL},
    {5, "обращения", "исполнитель", "TEXT", SX_PII_PERSON_NAME, G5_NAME_RU_INIT, NULL},
    {5, "обращения", "дата_подачи", "TEXT", SX_PII_NONE, G5_DATE, NULL},
    {5, "fitUsers", "userId", "TEXT", SX_PII_NONE, G5_UUID, NULL},
    {5, "fitUsers", "displayName", "TEXT", SX_PII_PERSON_NAME, G5_NAME, NULL},
    {5, "fitUsers", "emailAddress", "TEXT", SX_PII_EMAIL, G5_EMAIL, NULL},
    {5, "fitUsers", "mobileNumber", "TEXT", SX_PII_PHONE, G5_PHONE_IE, NULL},
    {5, "fitUsers", "birthDate", "TEXT", SX_PII_BIRTH_DATE, G5_BIRTH_ISO_T, NULL},
    {5, "fitUsers", "heightCm", "INTEGER", SX_PII_NONE, G5_HEIGHT, NULL},
    {5, "fitUsers", "weightKg", "REAL", SX_PII_NONE, G5_WEIGHT, NULL},
    {5, "fitUsers", "homeGym", "TEXT", SX_PII_NONE, G5_GYM, NULL},
    {5, "fitUsers", "gymAddress", "TEXT", SX_PII_NONE, G5_ADDR_BIZ_GB, NULL},
    {5, "fitUsers", "coachName", "TEXT", SX_PII_PERSON_NAME, G5_NAME, NULL},
    {5, "fitUsers", "lastLoginIp", "TEXT", SX_PII_IP_ADDRESS, G5_IP4, NULL},
    {5, "fitUsers", "deviceModel", "TEXT", SX_PII_NONE, G5_DEVICE, NULL},
    {5, "fitUsers", "bleMac", "TEXT", SX_PII_NONE, G5_MAC, NULL},
    {5, "fitWorkouts", "workoutId", "TEXT", SX_PII_NONE, G5_UUID, NULL},
    {5, "fitWorkouts", "startLat", "REAL", SX_PII_GEOLOCATION, G5_LAT, NULL},
    {5, "fitWorkouts", "startLng", "REAL", SX_PII_GEOLOCATION, G5_LON, NULL},
    {5, "fitWorkouts", "avgHr", "INTEGER", SX_PII_NONE, G5_HR, NULL},
    {5, "fitWorkouts", "kcal", "INTEGER", SX_PII_NONE, G5_KCAL, NULL},
    {5, "fitWorkouts", "workoutNote", "TEXT", SX_PII_FREE_TEXT, G5_PROSE, NULL},
    {5, "fitWorkouts", "shoeModel", "TEXT", SX_PII_NONE, G5_SHOE, NULL},
    {5, "fitWorkouts", "routeName", "TEXT", SX_PII_NONE, G5_ROUTE, NULL},
    {5, "fitWorkouts", "shareTemplate", "TEXT", SX_PII_NONE, G5_TEMPLATE, NULL},
    {5, "fitWorkouts", "startedAt", "TEXT", SX_PII_NONE, G5_TS, NULL},
    {5, "fitPayments", "cardholderName", "TEXT", SX_PII_PERSON_NAME, G5_NAME_EMBOSSED, NULL},
    {5, "fitPayments", "cardNumberMasked", "TEXT", SX_PII_PAYMENT_CARD, G5_CARD_MASK_SP, NULL},
    {5, "fitPayments", "billingAddress", "TEXT", SX_PII_POSTAL_ADDRESS, G5_ADDR_GB, NULL},
    {5, "fitPayments", "ibanDirectDebit", "TEXT", SX_PII_IBAN, G5_IBAN_IE, NULL},
    {5, "fitPayments", "merchantDescriptor", "TEXT", SX_PII_NONE, G5_DESCRIPTOR, NULL},
    {5, "fitPayments", "planSku", "TEXT", SX_PII_NONE, G5_PLAN, NULL},
    {5, "fitPayments", "vatNumber", "TEXT", SX_PII_NONE, G5_VAT, NULL},
    {5, "fitPayments", "amountMinor", "INTEGER", SX_PII_NONE, G5_KCAL, NULL},
    {5, "re_listings", "listing_ref", "TEXT", SX_PII_NONE, G5_LISTING_REF, NULL},
    {5, "re_listings", "listing_title", "TEXT", SX_PII_NONE, G5_LISTING_TITLE, NULL},
    {5, "re_listings", "asking_price", "INTEGER", SX_PII_NONE, G5_PRICE, NULL},
    {5, "re_listings", "vendor_name", "TEXT", SX_PII_PERSON_NAME, G5_NAME, NULL},
    {5, "re_listings", "vendor_tel", "TEXT", SX_PII_PHONE, G5_PHONE_UK_DASH, NULL},
    {5, "re_listings", "vendor_corr_addr", "TEXT", SX_PII_POSTAL_ADDRESS, G5_ADDR_GB, NULL},
    {5, "re_listings", "negotiator", "TEXT", SX_PII_PERSON_NAME, G5_NAME, NULL},
    {5, "re_listings", "branch_addr", "TEXT", SX_PII_NONE, G5_ADDR_BIZ_GB, NULL},
    {5, "re_listings", "branch_tel", "TEXT", SX_PII_NONE, G5_PHONE_BIZ, NULL},
    {5, "re_listings", "epc_rating", "TEXT", SX_PII_NONE, G5_EPC, NULL},
    {5, "re_listings", "title_no", "TEXT", SX_PII_NONE, G5_TITLE_NO, NULL},
    {5, "re_listings", "company_reg_no", "TEXT", SX_PII_NONE, G5_COMPANY_NO, NULL},
    {5, "re_listings", "viewing_notes", "TEXT", SX_PII_FREE_TEXT, G5_PROSE, NULL},
    {5, "sdelki", "pokupatel", "TEXT", SX_PII_PERSON_NAME, G5_NAME_RU_LAT, NULL},
    {5, "sdelki", "prodavec", "TEXT", SX_PII_PERSON_NAME, G5_NAME_RU_INIT, NULL},
    {5, "sdelki", "pasport_pokupatelya", "TEXT", SX_PII_GOVERNMENT_ID, G5_PASSPORT_RU, NULL},
    {5, "sdelki", "data_rozhd_pokupatelya", "TEXT", SX_PII_BIRTH_DATE, G5_BIRTH_RU_TEXT, NULL},
    {5, "sdelki", "rieltor", "TEXT", SX_PII_PERSON_NAME, G5_NAME_RU, NULL},
    {5, "sdelki", "tel_rieltora", "TEXT", SX_PII_PHONE, G5_PHONE_RU_PAREN, NULL},
    {5, "sdelki", "kadastr_nomer", "TEXT", SX_PII_NONE, G5_KADASTR, NULL},
    {5, "sdelki", "summa_sdelki", "INTEGER", SX_PII_NONE, G5_PRICE, NULL},
    {5, "sdelki", "agentstvo", "TEXT", SX_PII_NONE, G5_AGENCY_RU, NULL},
    {5, "sdelki", "schet_eskrou", "TEXT", SX_PII_NONE, G5_ACCT20, NULL},
    {5, "sdelki", "kommentariy", "TEXT", SX_PII_FREE_TEXT, G5_PROSE_RU, NULL},
    {5, "sdelki", "data_sdelki", "TEXT", SX_PII_NONE, G5_DATE, NULL},
    {5, "ffp_members", "ffp_no", "TEXT", SX_PII_NONE, G5_FFP_NO, NULL},
    {5, "ffp_members", "title_cd", "TEXT", SX_PII_NONE, G5_HONORIFIC, NULL},
    {5, "ffp_members", "pax_first", "TEXT", SX_PII_PERSON_NAME, G5_GIVEN, NULL},
    {5, "ffp_members", "pax_last", "TEXT", SX_PII_PERSON_NAME, G5_SURNAME, NULL},
    {5, "ffp_members", "pax_dob", "TEXT", SX_PII_BIRTH_DATE, G5_BIRTH_AIR, NULL},
    {5, "ffp_members", "ppt_no", "TEXT", SX_PII_GOVERNMENT_ID, G5_PASSPORT_2L, NULL},
    {5, "ffp_members", "ppt_exp", "TEXT", SX_PII_NONE, G5_DATE_FUTURE, NULL},
    {5, "ffp_members", "natl_cd", "TEXT", SX_PII_NONE, G5_ISO3, NULL},
    {5, "ffp_members", "tier", "TEXT", SX_PII_NONE, G5_TIER, NULL},
    {5, "ffp_members", "miles_bal", "INTEGER", SX_PII_NONE, G5_MILES, NULL},
    {5, "ffp_members", "home_apt", "TEXT", SX_PII_NONE, G5_IATA, NULL},
    {5, "ffp_members", "email_1", "TEXT", SX_PII_EMAIL, G5_EMAIL, NULL},
    {5, "ffp_members", "mob_ph", "TEXT", SX_PII_PHONE, G5_PHONE_UK_DASH, NULL},
    {5, "ffp_members", "addr_line1", "TEXT", SX_PII_POSTAL_ADDRESS, G5_ADDR_LINE1, NULL},
    {5, "ffp_members", "addr_city", "TEXT", SX_PII_NONE, G5_CITY, NULL},
    {5, "ffp_members", "ktn", "TEXT", SX_PII_GOVERNMENT_ID, G5_KTN, NULL},
    {5, "ffp_members", "enroll_ip", "TEXT", SX_PII_IP_ADDRESS, G5_IP6, NULL},
    {5, "ffp_members", "sepa_iban", "TEXT", SX_PII_IBAN, G5_IBAN_NL, NULL},
    {5, "pnr_segments", "pnr", "TEXT", SX_PII_NONE, G5_PNR, NULL},
    {5, "pnr_segments", "flight_no", "TEXT", SX_PII_NONE, G5_FLIGHT, NULL},
    {5, "pnr_segments", "seat", "TEXT", SX_PII_NONE, G5_SEAT, NULL},
    {5, "pnr_segments", "pax_name_pnr", "TEXT", SX_PII_PERSON_NAME, G5_NAME_PNR, NULL},
    {5, "pnr_segments", "apis_doc", "TEXT", SX_PII_GOVERNMENT_ID, G5_APIS, NULL},
    {5, "pnr_segments", "osi_contact", "TEXT", SX_PII_PHONE, G5_OSI, NULL},
    {5, "pnr_segments", "ssr_code", "TEXT", SX_PII_NONE, G5_SSR, NULL},
    {5, "pnr_segments", "agent_sign", "TEXT", SX_PII_NONE, G5_AGENT, NULL},
    {5, "pnr_segments", "fare_basis", "TEXT", SX_PII_NONE, G5_FARE_BASIS, NULL},
    {5, "ffp_partners", "partner_name", "TEXT", SX_PII_NONE, G5_PARTNER, NULL},
    {5, "ffp_partners", "partner_support_email", "TEXT", SX_PII_NONE, G5_PARTNER_MAIL, NULL},
    {5, "ffp_partners", "partner_hq_addr", "TEXT", SX_PII_NONE, G5_ADDR_BIZ_US, NULL},
    {5, "ffp_partners", "partner_hq_lat", "REAL", SX_PII_NONE, G5_LAT, NULL},
    {5, "ffp_partners", "partner_vat", "TEXT", SX_PII_NONE, G5_VAT, NULL},
    {5, "ffp_partners", "earn_rate", "REAL", SX_PII_NONE, G5_EARN_RATE, NULL},
    {5, "ffp_partners", "partner_tel", "TEXT", SX_PII_NONE, G5_PHONE_TOLLFREE, NULL},
    /* ---- fold 6: held out 6 (blind), labelled before its first run */
    /* a veterinary clinic (legacy English names) */
    {6, "vet_owners", "owner_ref", "TEXT", SX_PII_NONE, G6_OWNER_REF, NULL},
    {6, "vet_owners", "own_fullname", "TEXT", SX_PII_PERSON_NAME, G6_NAME, NULL},
    {6, "vet_owners", "own_sal", "TEXT", SX_PII_NONE, G6_SAL, NULL},
    {6, "vet_owners", "hm_phone", "TEXT", SX_PII_PHONE, G6_PHONE_00, NULL},
    {6, "vet_owners", "owner_email", "TEXT", SX_PII_EMAIL, G6_EMAIL, NULL},
    {6, "vet_owners", "addr", "TEXT", SX_PII_POSTAL_ADDRESS, G6_ADDR_GB, NULL},
    {6, "vet_owners", "pet_name", "TEXT", SX_PII_NONE, G6_PET, NULL},
    {6, "vet_owners", "species", "TEXT", SX_PII_NONE, G6_SPECIES, NULL},
    {6, "vet_owners", "breed", "TEXT", SX_PII_NONE, G6_BREED, NULL},
    {6, "vet_owners", "microchip_no", "TEXT", SX_PII_NONE, G6_CHIP, NULL},
    {6, "vet_owners", "pet_dob", "TEXT", SX_PII_NONE, G6_PET_DOB, NULL},
    {6, "vet_owners", "attending_vet", "TEXT", SX_PII_PERSON_NAME, G6_NAME_VET, NULL},
    {6, "vet_owners", "owner_remarks", "TEXT", SX_PII_FREE_TEXT, G6_PROSE, NULL},
    {6, "vet_owners", "card_on_file", "TEXT", SX_PII_PAYMENT_CARD, G6_CARD_XMASK, NULL},
    {6, "vet_owners", "last_visit", "TEXT", SX_PII_NONE, G6_DATE, NULL},
    {6, "vet_owners", "balance_due", "TEXT", SX_PII_NONE, G6_AMOUNT, NULL},
    {6, "vet_owners", "practice_branch", "TEXT", SX_PII_NONE, G6_PRACTICE, NULL},
    {6, "vet_owners", "reminder_tmpl", "TEXT", SX_PII_NONE, G6_TEMPLATE, NULL},
    {6, "vet_owners", "vaccine_batch", "TEXT", SX_PII_NONE, G6_BATCH, NULL},
    {6, "vet_owners", "branch_tel", "TEXT", SX_PII_NONE, G6_PHONE_BIZ, NULL},
    {6, "vet_owners", "weight_kg", "REAL", SX_PII_NONE, G6_WEIGHT, NULL},
    {6, "vet_owners", "insurer_policy_no", "TEXT", SX_PII_NONE, G6_POLICY, NULL},
    /* a German charity's donors (German names) */
    {6, "spender", "spender_nr", "TEXT", SX_PII_NONE, G6_NUM7, NULL},
    {6, "spender", "anrede", "TEXT", SX_PII_NONE, G6_ANREDE, NULL},
    {6, "spender", "vorname", "TEXT", SX_PII_PERSON_NAME, G6_GIVEN_DE, NULL},
    {6, "spender", "nachname", "TEXT", SX_PII_PERSON_NAME, G6_SURNAME_DE, NULL},
    {6, "spender", "strasse_hausnr", "TEXT", SX_PII_POSTAL_ADDRESS, G6_STREET_DE, NULL},
    {6, "spender", "plz", "TEXT", SX_PII_NONE, G6_PLZ, NULL},
    {6, "spender", "ort", "TEXT", SX_PII_NONE, G6_ORT, NULL},
    {6, "spender", "geburtsdatum", "TEXT", SX_PII_BIRTH_DATE, G6_BIRTH_DE, NULL},
    {6, "spender", "steuer_id", "TEXT", SX_PII_GOVERNMENT_ID, G6_STEUER_ID, NULL},
    {6, "spender", "personalausweis_nr", "TEXT", SX_PII_GOVERNMENT_ID, G6_AUSWEIS, NULL},
    {6, "spender", "telefonnr", "TEXT", SX_PII_PHONE, G6_PHONE_DE, NULL},
    {6, "spender", "email_adresse", "TEXT", SX_PII_EMAIL, G6_EMAIL_DE, NULL},
    {6, "spender", "iban_spender", "TEXT", SX_PII_IBAN, G6_IBAN_DE, NULL},
    {6, "spender", "kreditkarte", "TEXT", SX_PII_PAYMENT_CARD, G6_CARD_SPACED, NULL},
    {6, "spender", "betrag", "TEXT", SX_PII_NONE, G6_AMOUNT, NULL},
    {6, "spender", "spendenzweck", "TEXT", SX_PII_NONE, G6_ZWECK, NULL},
    {6, "spender", "kampagne", "TEXT", SX_PII_NONE, G6_KAMPAGNE, NULL},
    {6, "spender", "mandatsreferenz", "TEXT", SX_PII_NONE, G6_MANDAT, NULL},
    {6, "spender", "glaeubiger_id", "TEXT", SX_PII_NONE, G6_GLAEUBIGER, NULL},
    {6, "spender", "bemerkung", "TEXT", SX_PII_FREE_TEXT, G6_PROSE_DE, NULL},
    {6, "spender", "firmenname", "TEXT", SX_PII_NONE, G6_FIRMA, NULL},
    {6, "spender", "ust_idnr", "TEXT", SX_PII_NONE, G6_UST_ID, NULL},
    /* a Spanish car-sharing service (Spanish names) */
    {6, "alquiler_clientes", "id_cliente", "TEXT", SX_PII_NONE, G6_CLI_ID, NULL},
    {6, "alquiler_clientes", "nombre_completo", "TEXT", SX_PII_PERSON_NAME, G6_NAME_ES, NULL},
    {6, "alquiler_clientes", "dni_nie", "TEXT", SX_PII_GOVERNMENT_ID, G6_NIE, NULL},
    {6, "alquiler_clientes", "carnet_conducir", "TEXT", SX_PII_GOVERNMENT_ID, G6_DNI, NULL},
    {6, "alquiler_clientes", "fecha_nac", "TEXT", SX_PII_BIRTH_DATE, G6_BIRTH_ES, NULL},
    {6, "alquiler_clientes", "movil", "TEXT", SX_PII_PHONE, G6_PHONE_ES, NULL},
    {6, "alquiler_clientes", "correo", "TEXT", SX_PII_EMAIL, G6_EMAIL_ES, NULL},
    {6, "alquiler_clientes", "direccion", "TEXT", SX_PII_POSTAL_ADDRESS, G6_ADDR_ES, NULL},
    {6, "alquiler_clientes", "num_tarjeta", "TEXT", SX_PII_PAYMENT_CARD, G6_CARD_DASHED, NULL},
    {6, "alquiler_clientes", "cuenta_iban", "TEXT", SX_PII_IBAN, G6_IBAN_ES, NULL},
    {6, "alquiler_clientes", "ip_registro", "TEXT", SX_PII_IP_ADDRESS, G6_IP4, NULL},
    {6, "alquiler_clientes", "pos_cliente", "TEXT", SX_PII_GEOLOCATION, G6_LATLON_ES, NULL},
    {6, "alquiler_clientes", "observaciones", "TEXT", SX_PII_FREE_TEXT, G6_PROSE_ES, NULL},
    {6, "alquiler_clientes", "matricula", "TEXT", SX_PII_NONE, G6_MATRICULA, NULL},
    {6, "alquiler_clientes", "modelo_vehiculo", "TEXT", SX_PII_NONE, G6_MODEL_ES, NULL},
    {6, "alquiler_clientes", "estacion", "TEXT", SX_PII_NONE, G6_STATION_ES, NULL},
    {6, "alquiler_clientes", "estacion_lat", "REAL", SX_PII_NONE, G6_STATION_LAT, NULL},
    {6, "alquiler_clientes", "estacion_lon", "REAL", SX_PII_NONE, G6_STATION_LON, NULL},
    {6, "alquiler_clientes", "km_recorridos", "INTEGER", SX_PII_NONE, G6_KM, NULL},
    {6, "alquiler_clientes", "importe", "TEXT", SX_PII_NONE, G6_AMOUNT, NULL},
    {6, "alquiler_clientes", "codigo_promo", "TEXT", SX_PII_NONE, G6_PROMO_ES, NULL},
    {6, "alquiler_clientes", "tel_atencion_cliente", "TEXT", SX_PII_NONE, G6_PHONE_900, NULL},
    {6, "alquiler_clientes", "cif_empresa", "TEXT", SX_PII_NONE, G6_CIF, NULL},
    /* a dating app (camelCase) */
    {6, "datingProfiles", "profileId", "TEXT", SX_PII_NONE, G6_UUID, NULL},
    {6, "datingProfiles", "displayName", "TEXT", SX_PII_PERSON_NAME, G6_DISPLAY, NULL},
    {6, "datingProfiles", "birthDate", "TEXT", SX_PII_BIRTH_DATE, G6_BIRTH_ISO, NULL},
    {6, "datingProfiles", "aboutMe", "TEXT", SX_PII_FREE_TEXT, G6_PROSE, NULL},
    {6, "datingProfiles", "lastMessage", "TEXT", SX_PII_FREE_TEXT, G6_PROSE, NULL},
    {6, "datingProfiles", "contactEmail", "TEXT", SX_PII_EMAIL, G6_EMAIL, NULL},
    {6, "datingProfiles", "phoneE164", "TEXT", SX_PII_PHONE, G6_PHONE_US, NULL},
    {6, "datingProfiles", "lastLat", "REAL", SX_PII_GEOLOCATION, G6_LAT, NULL},
    {6, "datingProfiles", "lastLng", "REAL", SX_PII_GEOLOCATION, G6_LON, NULL},
    {6, "datingProfiles", "signupIp", "TEXT", SX_PII_IP_ADDRESS, G6_IP6, NULL},
    {6, "datingProfiles", "subscriptionCard", "TEXT", SX_PII_PAYMENT_CARD, G6_CARD_STARS, NULL},
    {6, "datingProfiles", "photoSha256", "TEXT", SX_PII_NONE, G6_SHA256, NULL},
    {6, "datingProfiles", "fcmToken", "TEXT", SX_PII_NONE, G6_FCM, NULL},
    {6, "datingProfiles", "deviceModel", "TEXT", SX_PII_NONE, G6_PHONE_MODEL, NULL},
    {6, "datingProfiles", "inviteCode", "TEXT", SX_PII_NONE, G6_INVITE, NULL},
    {6, "datingProfiles", "matchScore", "REAL", SX_PII_NONE, G6_SCORE, NULL},
    {6, "datingProfiles", "ageMin", "INTEGER", SX_PII_NONE, G6_AGE_MIN, NULL},
    {6, "datingProfiles", "heightCm", "INTEGER", SX_PII_NONE, G6_HEIGHT, NULL},
    {6, "datingProfiles", "premiumTier", "TEXT", SX_PII_NONE, G6_TIER, NULL},
    {6, "datingProfiles", "icebreakerTemplate", "TEXT", SX_PII_NONE, G6_TEMPLATE_EN, NULL},
    {6, "datingProfiles", "msisdnHash", "TEXT", SX_PII_NONE, G6_SHA1, NULL},
    {6, "datingProfiles", "lastSeenAt", "TEXT", SX_PII_NONE, G6_TS, NULL},
    {6, "datingProfiles", "venueSuggestion", "TEXT", SX_PII_NONE, G6_VENUE, NULL},
    /* a Russian bank's KYC onboarding (Cyrillic names) */
    {6, "анкеты_kyc", "номер_заявки", "TEXT", SX_PII_NONE, G6_KYC_NO, NULL},
    {6, "анкеты_kyc", "фио", "TEXT", SX_PII_PERSON_NAME, G6_NAME_RU, NULL},
    {6, "анкеты_kyc", "дата_рождения", "TEXT", SX_PII_BIRTH_DATE, G6_BIRTH_ISO, NULL},
    {6, "анкеты_kyc", "паспорт", "TEXT", SX_PII_GOVERNMENT_ID, G6_PASSPORT_RU, NULL},
    {6, "анкеты_kyc", "инн", "TEXT", SX_PII_GOVERNMENT_ID, G6_INN12, NULL},
    {6, "анкеты_kyc", "снилс", "TEXT", SX_PII_GOVERNMENT_ID, G6_SNILS, NULL},
    {6, "анкеты_kyc", "код_подразделения", "TEXT", SX_PII_NONE, G6_KOD_PODR, NULL},
    {6, "анкеты_kyc", "адрес_регистрации", "TEXT", SX_PII_POSTAL_ADDRESS, G6_ADDR_RU, NULL},
    {6, "анкеты_kyc", "моб_телефон", "TEXT", SX_PII_PHONE, G6_PHONE_RU_SP, NULL},
    {6, "анкеты_kyc", "эл_адрес", "TEXT", SX_PII_EMAIL, G6_EMAIL_RU, NULL},
    {6, "анкеты_kyc", "номер_карты", "TEXT", SX_PII_PAYMENT_CARD, G6_CARD_MIR, NULL},
    {6, "анкеты_kyc", "ip_адрес", "TEXT", SX_PII_IP_ADDRESS, G6_IP4, NULL},
    {6, "анкеты_kyc", "комментарий_оператора", "TEXT", SX_PII_FREE_TEXT, G6_PROSE_RU, NULL},
    {6, "анкеты_kyc", "статус_проверки", "TEXT", SX_PII_NONE, G6_KYC_STATUS, NULL},
    {6, "анкеты_kyc", "уровень_риска", "TEXT", SX_PII_NONE, G6_RISK, NULL},
    {6, "анкеты_kyc", "инн_работодателя", "TEXT", SX_PII_NONE, G6_INN10, NULL},
    {6, "анкеты_kyc", "работодатель", "TEXT", SX_PII_NONE, G6_EMPLOYER, NULL},
    {6, "анкеты_kyc", "бик_банка", "TEXT", SX_PII_NONE, G6_BIK, NULL},
    {6, "анкеты_kyc", "сумма_дохода", "INTEGER", SX_PII_NONE, G6_INCOME, NULL},
    {6, "анкеты_kyc", "шаблон_смс", "TEXT", SX_PII_NONE, G6_TEMPLATE_RU, NULL},
    {6, "анкеты_kyc", "хэш_селфи", "TEXT", SX_PII_NONE, G6_SHA1, NULL},
    /* a courier marketplace (legacy and transliterated names, Australia) */
    {6, "courier_jobs", "job_no", "TEXT", SX_PII_NONE, G6_JOB_NO, NULL},
    {6, "courier_jobs", "courier_nm", "TEXT", SX_PII_PERSON_NAME, G6_NAME_RU_LAT, NULL},
    {6, "courier_jobs", "courier_mob", "TEXT", SX_PII_PHONE, G6_PHONE_RU_TIGHT, NULL},
    {6, "courier_jobs", "kurer_vu_nr", "TEXT", SX_PII_GOVERNMENT_ID, G6_VU_RU, NULL},
    {6, "courier_jobs", "payout_card", "TEXT", SX_PII_PAYMENT_CARD, G6_CARD_BARE, NULL},
    {6, "courier_jobs", "payout_iban", "TEXT", SX_PII_IBAN, G6_IBAN_FR, NULL},
    {6, "courier_jobs", "recip_nm", "TEXT", SX_PII_PERSON_NAME, G6_NAME, NULL},
    {6, "courier_jobs", "recip_tel", "TEXT", SX_PII_PHONE, G6_PHONE_AU, NULL},
    {6, "courier_jobs", "drop_addr", "TEXT", SX_PII_POSTAL_ADDRESS, G6_ADDR_AU, NULL},
    {6, "courier_jobs", "drop_geo", "TEXT", SX_PII_GEOLOCATION, G6_WKT_AU, NULL},
    {6, "courier_jobs", "instructions", "TEXT", SX_PII_FREE_TEXT, G6_PROSE, NULL},
    {6, "courier_jobs", "hub_addr", "TEXT", SX_PII_NONE, G6_HUB_ADDR, NULL},
    {6, "courier_jobs", "hub_phone", "TEXT", SX_PII_NONE, G6_PHONE_1300, NULL},
    {6, "courier_jobs", "dispatcher_ext", "TEXT", SX_PII_NONE, G6_EXT, NULL},
    {6, "courier_jobs", "parcel_ref", "TEXT", SX_PII_NONE, G6_PARCEL, NULL},
    {6, "courier_jobs", "dim_weight_kg", "REAL", SX_PII_NONE, G6_WEIGHT, NULL},
    {6, "courier_jobs", "proof_photo_sha", "TEXT", SX_PII_NONE, G6_SHA256, NULL},
    {6, "courier_jobs", "cod_last4", "TEXT", SX_PII_NONE, G6_LAST4, NULL},
    {6, "courier_jobs", "tip_amt", "TEXT", SX_PII_NONE, G6_AMOUNT, NULL},
    {6, "courier_jobs", "sender_company", "TEXT", SX_PII_NONE, G6_SENDER, NULL},
    {6, "courier_jobs", "sender_contact_email", "TEXT", SX_PII_NONE, G6_SENDER_MAIL, NULL},
    {6, "courier_jobs", "courier_rating", "REAL", SX_PII_NONE, G6_RATING, NULL},
    {6, "courier_jobs", "vehicle_rego", "TEXT", SX_PII_NONE, G6_REGO, NULL},
    /* ---- fold 7: heldout7 (blind, French, Italian, Brazilian, Dutch, Polish
     * and Turkish column names) */
    /* a French building's co-owners (syndic de copropriété) */
    {7, "coproprietaires", "id_copro", "TEXT", SX_PII_NONE, G7_REF_CP, NULL},
    {7, "coproprietaires", "civilite", "TEXT", SX_PII_NONE, G7_CIV, NULL},
    {7, "coproprietaires", "nom_prenom", "TEXT", SX_PII_PERSON_NAME, G7_NAME_FR, NULL},
    {7, "coproprietaires", "date_naiss", "TEXT", SX_PII_BIRTH_DATE, G7_BIRTH_SLASH, NULL},
    {7, "coproprietaires", "num_secu", "TEXT", SX_PII_GOVERNMENT_ID, G7_NIR, NULL},
    {7, "coproprietaires", "adr_postale", "TEXT", SX_PII_POSTAL_ADDRESS, G7_ADDR_FR, NULL},
    {7, "coproprietaires", "tel_port", "TEXT", SX_PII_PHONE, G7_PHONE_FR, NULL},
    {7, "coproprietaires", "courriel", "TEXT", SX_PII_EMAIL, G7_EMAIL_FR, NULL},
    {7, "coproprietaires", "iban_prelevement", "TEXT", SX_PII_IBAN, G7_IBAN_FR, NULL},
    {7, "coproprietaires", "remarques_gestionnaire", "TEXT", SX_PII_FREE_TEXT, G7_PROSE_FR, NULL},
    {7, "coproprietaires", "lot_no", "TEXT", SX_PII_NONE, G7_LOT, NULL},
    {7, "coproprietaires", "tantiemes", "INTEGER", SX_PII_NONE, G7_TANTIEMES, NULL},
    {7, "coproprietaires", "residence", "TEXT", SX_PII_NONE, G7_RESIDENCE, NULL},
    {7, "coproprietaires", "adr_syndic", "TEXT", SX_PII_NONE, G7_SYNDIC_ADDR, NULL},
    {7, "coproprietaires", "tel_syndic", "TEXT", SX_PII_NONE, G7_PHONE_FR_BIZ, NULL},
    {7, "coproprietaires", "siret_syndic", "TEXT", SX_PII_NONE, G7_SIRET, NULL},
    {7, "coproprietaires", "tva_intracom", "TEXT", SX_PII_NONE, G7_TVA_FR, NULL},
    {7, "coproprietaires", "modele_relance", "TEXT", SX_PII_NONE, G7_TEMPLATE_FR, NULL},
    {7, "coproprietaires", "solde_charges", "TEXT", SX_PII_NONE, G7_AMOUNT, NULL},
    /* an Italian winery's club */
    {7, "soci_cantina", "cod_socio", "TEXT", SX_PII_NONE, G7_SOCIO, NULL},
    {7, "soci_cantina", "nominativo", "TEXT", SX_PII_PERSON_NAME, G7_NAME_IT, NULL},
    {7, "soci_cantina", "codice_fiscale", "TEXT", SX_PII_GOVERNMENT_ID, G7_CF, NULL},
    {7, "soci_cantina", "data_nascita", "TEXT", SX_PII_BIRTH_DATE, G7_BIRTH_SLASH, NULL},
    {7, "soci_cantina", "indirizzo_spedizione", "TEXT", SX_PII_POSTAL_ADDRESS, G7_ADDR_IT, NULL},
    {7, "soci_cantina", "cellulare", "TEXT", SX_PII_PHONE, G7_PHONE_IT, NULL},
    {7, "soci_cantina", "email_socio", "TEXT", SX_PII_EMAIL, G7_EMAIL_IT, NULL},
    {7, "soci_cantina", "carta_credito", "TEXT", SX_PII_PAYMENT_CARD, G7_CARD_IT, NULL},
    {7, "soci_cantina", "ip_iscrizione", "TEXT", SX_PII_IP_ADDRESS, G7_IP4, NULL},
    {7, "soci_cantina", "note_consegna", "TEXT", SX_PII_FREE_TEXT, G7_PROSE_IT, NULL},
    {7, "soci_cantina", "partita_iva", "TEXT", SX_PII_NONE, G7_PIVA, NULL},
    {7, "soci_cantina", "cantina", "TEXT", SX_PII_NONE, G7_CAVE, NULL},
    {7, "soci_cantina", "vino_preferito", "TEXT", SX_PII_NONE, G7_WINE, NULL},
    {7, "soci_cantina", "annata", "INTEGER", SX_PII_NONE, G7_YEAR, NULL},
    {7, "soci_cantina", "cap_magazzino", "TEXT", SX_PII_NONE, G7_CAP, NULL},
    {7, "soci_cantina", "tel_cantina", "TEXT", SX_PII_NONE, G7_PHONE_IT_BIZ, NULL},
    {7, "soci_cantina", "pec_aziendale", "TEXT", SX_PII_NONE, G7_PEC, NULL},
    {7, "soci_cantina", "codice_sconto", "TEXT", SX_PII_NONE, G7_SCONTO, NULL},
    /* a Brazilian solar installer */
    {7, "clientes_solar", "id_cliente", "TEXT", SX_PII_NONE, G7_CLI_BR, NULL},
    {7, "clientes_solar", "nome_completo", "TEXT", SX_PII_PERSON_NAME, G7_NAME_BR, NULL},
    {7, "clientes_solar", "cpf", "TEXT", SX_PII_GOVERNMENT_ID, G7_CPF, NULL},
    {7, "clientes_solar", "rg_numero", "TEXT", SX_PII_GOVERNMENT_ID, G7_RG, NULL},
    {7, "clientes_solar", "dt_nasc", "TEXT", SX_PII_BIRTH_DATE, G7_BIRTH_SLASH, NULL},
    {7, "clientes_solar", "endereco", "TEXT", SX_PII_POSTAL_ADDRESS, G7_ADDR_BR, NULL},
    {7, "clientes_solar", "celular", "TEXT", SX_PII_PHONE, G7_PHONE_BR, NULL},
    {7, "clientes_solar", "whatsapp", "TEXT", SX_PII_PHONE, G7_PHONE_BR_WA, NULL},
    {7, "clientes_solar", "e_mail_contato", "TEXT", SX_PII_EMAIL, G7_EMAIL_BR, NULL},
    {7, "clientes_solar", "cartao_credito", "TEXT", SX_PII_PAYMENT_CARD, G7_CARD_BR, NULL},
    {7, "clientes_solar", "lat_instalacao", "REAL", SX_PII_GEOLOCATION, G7_LAT_BR, NULL},
    {7, "clientes_solar", "lon_instalacao", "REAL", SX_PII_GEOLOCATION, G7_LON_BR, NULL},
    {7, "clientes_solar", "obs_tecnico", "TEXT", SX_PII_FREE_TEXT, G7_PROSE_BR, NULL},
    {7, "clientes_solar", "cnpj_integrador", "TEXT", SX_PII_NONE, G7_CNPJ, NULL},
    {7, "clientes_solar", "razao_social", "TEXT", SX_PII_NONE, G7_RAZAO, NULL},
    {7, "clientes_solar", "potencia_kwp", "INTEGER", SX_PII_NONE, G7_KWP, NULL},
    {7, "clientes_solar", "modelo_inversor", "TEXT", SX_PII_NONE, G7_INVERSOR, NULL},
    {7, "clientes_solar", "protocolo_concessionaria", "TEXT", SX_PII_NONE, G7_PROTOCOLO, NULL},
    {7, "clientes_solar", "telefone_sac", "TEXT", SX_PII_NONE, G7_SAC, NULL},
    {7, "clientes_solar", "valor_parcela", "TEXT", SX_PII_NONE, G7_AMOUNT, NULL},
    /* a Dutch bike-lease scheme for employees (Dutch camelCase) */
    {7, "fietsleaseDeelnemers", "deelnemerNr", "TEXT", SX_PII_NONE, G7_DEELNEMER, NULL},
    {7, "fietsleaseDeelnemers", "volledigeNaam", "TEXT", SX_PII_PERSON_NAME, G7_NAME_NL, NULL},
    {7, "fietsleaseDeelnemers", "geboortedatum", "TEXT", SX_PII_BIRTH_DATE, G7_BIRTH_DASH, NULL},
    {7, "fietsleaseDeelnemers", "bsn", "TEXT", SX_PII_GOVERNMENT_ID, G7_BSN, NULL},
    {7, "fietsleaseDeelnemers", "woonadres", "TEXT", SX_PII_POSTAL_ADDRESS, G7_ADDR_NL, NULL},
    {7, "fietsleaseDeelnemers", "mobielNummer", "TEXT", SX_PII_PHONE, G7_PHONE_NL, NULL},
    {7, "fietsleaseDeelnemers", "emailPrive", "TEXT", SX_PII_EMAIL, G7_EMAIL_NL, NULL},
    {7, "fietsleaseDeelnemers", "rekeningIban", "TEXT", SX_PII_IBAN, G7_IBAN_NL, NULL},
    {7, "fietsleaseDeelnemers", "opmerking", "TEXT", SX_PII_FREE_TEXT, G7_PROSE_NL, NULL},
    {7, "fietsleaseDeelnemers", "lastLoginIp", "TEXT", SX_PII_IP_ADDRESS, G7_IP6, NULL},
    {7, "fietsleaseDeelnemers", "werkgever", "TEXT", SX_PII_NONE, G7_WERKGEVER, NULL},
    {7, "fietsleaseDeelnemers", "kvkNummer", "TEXT", SX_PII_NONE, G7_KVK, NULL},
    {7, "fietsleaseDeelnemers", "werkgeverTelefoon", "TEXT", SX_PII_NONE, G7_PHONE_NL_BIZ, NULL},
    {7, "fietsleaseDeelnemers", "hrMailbox", "TEXT", SX_PII_NONE, G7_HR_MAIL, NULL},
    {7, "fietsleaseDeelnemers", "postcodeWerkgever", "TEXT", SX_PII_NONE, G7_POSTCODE_NL, NULL},
    {7, "fietsleaseDeelnemers", "fietsMerk", "TEXT", SX_PII_NONE, G7_FIETS, NULL},
    {7, "fietsleaseDeelnemers", "framenummer", "TEXT", SX_PII_NONE, G7_FRAME, NULL},
    {7, "fietsleaseDeelnemers", "leaseBedrag", "TEXT", SX_PII_NONE, G7_AMOUNT, NULL},
    /* a Polish shop's returns and complaints desk */
    {7, "zwroty_reklamacje", "nr_zgloszenia", "TEXT", SX_PII_NONE, G7_RMA, NULL},
    {7, "zwroty_reklamacje", "imie", "TEXT", SX_PII_PERSON_NAME, G7_GIVEN_PL, NULL},
    {7, "zwroty_reklamacje", "nazwisko", "TEXT", SX_PII_PERSON_NAME, G7_SURNAME_PL, NULL},
    {7, "zwroty_reklamacje", "pesel", "TEXT", SX_PII_GOVERNMENT_ID, G7_PESEL, NULL},
    {7, "zwroty_reklamacje", "nr_dowodu", "TEXT", SX_PII_GOVERNMENT_ID, G7_DOWOD, NULL},
    {7, "zwroty_reklamacje", "tel_kom", "TEXT", SX_PII_PHONE, G7_PHONE_PL, NULL},
    {7, "zwroty_reklamacje", "adres_zwrotu", "TEXT", SX_PII_POSTAL_ADDRESS, G7_ADDR_PL, NULL},
    {7, "zwroty_reklamacje", "mail_klienta", "TEXT", SX_PII_EMAIL, G7_EMAIL_PL, NULL},
    {7, "zwroty_reklamacje", "nr_konta", "TEXT", SX_PII_IBAN, G7_IBAN_PL, NULL},
    {7, "zwroty_reklamacje", "karta_platnicza", "TEXT", SX_PII_PAYMENT_CARD, G7_CARD_PL, NULL},
    {7, "zwroty_reklamacje", "opis_usterki", "TEXT", SX_PII_FREE_TEXT, G7_PROSE_PL, NULL},
    {7, "zwroty_reklamacje", "nip_sprzedawcy", "TEXT", SX_PII_NONE, G7_NIP, NULL},
    {7, "zwroty_reklamacje", "regon", "TEXT", SX_PII_NONE, G7_REGON, NULL},
    {7, "zwroty_reklamacje", "nazwa_produktu", "TEXT", SX_PII_NONE, G7_PRODUKT, NULL},
    {7, "zwroty_reklamacje", "kod_ean", "TEXT", SX_PII_NONE, G7_EAN, NULL},
    {7, "zwroty_reklamacje", "kwota_zwrotu", "TEXT", SX_PII_NONE, G7_AMOUNT, NULL},
    {7, "zwroty_reklamacje", "adres_magazynu", "TEXT", SX_PII_NONE, G7_MAGAZYN, NULL},
    {7, "zwroty_reklamacje", "paczkomat", "TEXT", SX_PII_NONE, G7_PACZKOMAT, NULL},
    /* a Turkish beauty salon's customers (some English) */
    {7, "salon_musterileri", "musteri_no", "TEXT", SX_PII_NONE, G7_MUSTERI, NULL},
    {7, "salon_musterileri", "ad_soyad", "TEXT", SX_PII_PERSON_NAME, G7_NAME_TR, NULL},
    {7, "salon_musterileri", "tc_kimlik_no", "TEXT", SX_PII_GOVERNMENT_ID, G7_TCKN, NULL},
    {7, "salon_musterileri", "dogum_tarihi", "TEXT", SX_PII_BIRTH_DATE, G7_BIRTH_DOT, NULL},
    {7, "salon_musterileri", "cep_tel", "TEXT", SX_PII_PHONE, G7_PHONE_TR, NULL},
    {7, "salon_musterileri", "eposta", "TEXT", SX_PII_EMAIL, G7_EMAIL_TR, NULL},
    {7, "salon_musterileri", "ev_adresi", "TEXT", SX_PII_POSTAL_ADDRESS, G7_ADDR_TR, NULL},
    {7, "salon_musterileri", "kart_no", "TEXT", SX_PII_PAYMENT_CARD, G7_CARD_TR, NULL},
    {7, "salon_musterileri", "odeme_hesabi", "TEXT", SX_PII_IBAN, G7_IBAN_TR, NULL},
    {7, "salon_musterileri", "konum", "TEXT", SX_PII_GEOLOCATION, G7_LATLON_TR, NULL},
    {7, "salon_musterileri", "son_giris_ip", "TEXT", SX_PII_IP_ADDRESS, G7_IP4, NULL},
    {7, "salon_musterileri", "notlar", "TEXT", SX_PII_FREE_TEXT, G7_PROSE_TR, NULL},
    {7, "salon_musterileri", "vergi_no", "TEXT", SX_PII_NONE, G7_VKN, NULL},
    {7, "salon_musterileri", "sube_adi", "TEXT", SX_PII_NONE, G7_SUBE, NULL},
    {7, "salon_musterileri", "hizmet", "TEXT", SX_PII_NONE, G7_HIZMET, NULL},
    {7, "salon_musterileri", "personel_kodu", "TEXT", SX_PII_NONE, G7_PERSONEL, NULL},
    {7, "salon_musterileri", "sube_tel", "TEXT", SX_PII_NONE, G7_PHONE_TR_BIZ, NULL},
    {7, "salon_musterileri", "sms_sablonu", "TEXT", SX_PII_NONE, G7_SABLON_TR, NULL},
    {7, "salon_musterileri", "tutar_tl", "TEXT", SX_PII_NONE, G7_AMOUNT,
     NULL}, /* ---- fold 8: heldout8 (blind, Swedish, Finnish, Czech, Romanian,
             * Hungarian and Ukrainian column names) */
    /* a Swedish preschool's guardians (vårdnadshavare) */
    {8, "forskola_vardnadshavare", "vh_id", "TEXT", SX_PII_NONE, G8_VH_ID, NULL},
    {8, "forskola_vardnadshavare", "fornamn", "TEXT", SX_PII_PERSON_NAME, G8_GIVEN_SE, NULL},
    {8, "forskola_vardnadshavare", "efternamn", "TEXT", SX_PII_PERSON_NAME, G8_SURNAME_SE, NULL},
    {8, "forskola_vardnadshavare", "personnr", "TEXT", SX_PII_GOVERNMENT_ID, G8_PERSONNR, NULL},
    {8, "forskola_vardnadshavare", "mobilnr", "TEXT", SX_PII_PHONE, G8_PHONE_SE, NULL},
    {8, "forskola_vardnadshavare", "epost", "TEXT", SX_PII_EMAIL, G8_EMAIL_SE, NULL},
    {8, "forskola_vardnadshavare", "gatuadress", "TEXT", SX_PII_POSTAL_ADDRESS, G8_ADDR_SE, NULL},
    {8, "forskola_vardnadshavare", "barnets_namn", "TEXT", SX_PII_PERSON_NAME, G8_NAME_SE, NULL},
    {8, "forskola_vardnadshavare", "fodelsedatum_barn", "TEXT", SX_PII_BIRTH_DATE,
     G8_BIRTH_ISO_CHILD, NULL},
    {8, "forskola_vardnadshavare", "anteckningar", "TEXT", SX_PII_FREE_TEXT, G8_PROSE_SE, NULL},
    {8, "forskola_vardnadshavare", "senaste_inloggning_ip", "TEXT", SX_PII_IP_ADDRESS, G8_IP4,
     NULL},
    {8, "forskola_vardnadshavare", "orgnr_arbetsgivare", "TEXT", SX_PII_NONE, G8_ORGNR, NULL},
    {8, "forskola_vardnadshavare", "avdelning", "TEXT", SX_PII_NONE, G8_AVDELNING, NULL},
    {8, "forskola_vardnadshavare", "forskola_tel", "TEXT", SX_PII_NONE, G8_PHONE_SE_BIZ, NULL},
    {8, "forskola_vardnadshavare", "placering_start", "TEXT", SX_PII_NONE, G8_DATE_START, NULL},
    {8, "forskola_vardnadshavare", "taxa_kr", "TEXT", SX_PII_NONE, G8_AMOUNT, NULL},
    {8, "forskola_vardnadshavare", "bankgiro", "TEXT", SX_PII_NONE, G8_BANKGIRO, NULL},
    {8, "forskola_vardnadshavare", "swish_foretag", "TEXT", SX_PII_NONE, G8_SWISH_BIZ, NULL},
    {8, "forskola_vardnadshavare", "kommunkod", "TEXT", SX_PII_NONE, G8_KOMMUNKOD, NULL},
    /* a Finnish marina's berth holders (legacy UPPER names) */
    {8, "VENEPAIKKA_ASIAKKAAT", "ASIAKASNRO", "TEXT", SX_PII_NONE, G8_ASIAKASNRO, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "NIMI", "TEXT", SX_PII_PERSON_NAME, G8_NAME_FI, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "HETU", "TEXT", SX_PII_GOVERNMENT_ID, G8_HETU, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "SYNT_AIKA", "TEXT", SX_PII_BIRTH_DATE, G8_BIRTH_FI, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "LAHIOSOITE", "TEXT", SX_PII_POSTAL_ADDRESS, G8_ADDR_FI, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "PUH", "TEXT", SX_PII_PHONE, G8_PHONE_FI, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "SAHKOPOSTI", "TEXT", SX_PII_EMAIL, G8_EMAIL_FI, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "TILINRO", "TEXT", SX_PII_IBAN, G8_IBAN_FI, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "KORTTI", "TEXT", SX_PII_PAYMENT_CARD, G8_CARD_FI, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "LISATIETOJA", "TEXT", SX_PII_FREE_TEXT, G8_PROSE_FI, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "LAITURI_KOORD", "TEXT", SX_PII_NONE, G8_LAITURI, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "Y_TUNNUS", "TEXT", SX_PII_NONE, G8_YTUNNUS, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "VENEEN_NIMI", "TEXT", SX_PII_NONE, G8_VENE, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "REKISTERINRO", "TEXT", SX_PII_NONE, G8_REKISTERI, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "PITUUS_M", "TEXT", SX_PII_NONE, G8_LENGTH, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "SATAMAKONTTORI_PUH", "TEXT", SX_PII_NONE, G8_PHONE_FI_BIZ, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "LASKU_VIITE", "TEXT", SX_PII_NONE, G8_VIITE, NULL},
    {8, "VENEPAIKKA_ASIAKKAAT", "KOTISATAMA", "TEXT", SX_PII_NONE, G8_KOTISATAMA, NULL},
    /* a Czech library's readers (Czech camelCase) */
    {8, "ctenari", "ctenarId", "TEXT", SX_PII_NONE, G8_CTENAR_ID, NULL},
    {8, "ctenari", "jmenoPrijmeni", "TEXT", SX_PII_PERSON_NAME, G8_NAME_CZ, NULL},
    {8, "ctenari", "rodneCislo", "TEXT", SX_PII_GOVERNMENT_ID, G8_RODNE, NULL},
    {8, "ctenari", "datumNarozeni", "TEXT", SX_PII_BIRTH_DATE, G8_BIRTH_CZ, NULL},
    {8, "ctenari", "bydliste", "TEXT", SX_PII_POSTAL_ADDRESS, G8_ADDR_CZ, NULL},
    {8, "ctenari", "telefon", "TEXT", SX_PII_PHONE, G8_PHONE_CZ, NULL},
    {8, "ctenari", "email", "TEXT", SX_PII_EMAIL, G8_EMAIL_CZ, NULL},
    {8, "ctenari", "bankovniSpojeni", "TEXT", SX_PII_IBAN, G8_IBAN_CZ, NULL},
    {8, "ctenari", "posledniIp", "TEXT", SX_PII_IP_ADDRESS, G8_IP46, NULL},
    {8, "ctenari", "poznamka", "TEXT", SX_PII_FREE_TEXT, G8_PROSE_CZ, NULL},
    {8, "ctenari", "icoSkoly", "TEXT", SX_PII_NONE, G8_ICO, NULL},
    {8, "ctenari", "nazevPobocky", "TEXT", SX_PII_NONE, G8_POBOCKA, NULL},
    {8, "ctenari", "oblibenyAutor", "TEXT", SX_PII_NONE, G8_AUTOR, NULL},
    {8, "ctenari", "carovyKod", "TEXT", SX_PII_NONE, G8_CAROVY, NULL},
    {8, "ctenari", "pobockaTelefon", "TEXT", SX_PII_NONE, G8_PHONE_CZ_BIZ, NULL},
    {8, "ctenari", "pokutaKc", "TEXT", SX_PII_NONE, G8_AMOUNT, NULL},
    {8, "ctenari", "titulKnihy", "TEXT", SX_PII_NONE, G8_KNIHA, NULL},
    {8, "ctenari", "pocetVypujcek", "TEXT", SX_PII_NONE, G8_COUNT, NULL},
    {8, "ctenari", "sablonaUpominky", "TEXT", SX_PII_NONE, G8_SABLONA_CZ, NULL},
    /* a Romanian pharmacy's loyalty club */
    {8, "clienti_farmacie", "id_client", "TEXT", SX_PII_NONE, G8_CLIENT_RO, NULL},
    {8, "clienti_farmacie", "nume", "TEXT", SX_PII_PERSON_NAME, G8_SURNAME_RO, NULL},
    {8, "clienti_farmacie", "prenume", "TEXT", SX_PII_PERSON_NAME, G8_GIVEN_RO, NULL},
    {8, "clienti_farmacie", "cnp", "TEXT", SX_PII_GOVERNMENT_ID, G8_CNP, NULL},
    {8, "clienti_farmacie", "data_nasterii", "TEXT", SX_PII_BIRTH_DATE, G8_BIRTH_DOT, NULL},
    {8, "clienti_farmacie", "adresa_domiciliu", "TEXT", SX_PII_POSTAL_ADDRESS, G8_ADDR_RO, NULL},
    {8, "clienti_farmacie", "telefon_mobil", "TEXT", SX_PII_PHONE, G8_PHONE_RO, NULL},
    {8, "clienti_farmacie", "adresa_email", "TEXT", SX_PII_EMAIL, G8_EMAIL_RO, NULL},
    {8, "clienti_farmacie", "card_bancar", "TEXT", SX_PII_PAYMENT_CARD, G8_CARD_RO, NULL},
    {8, "clienti_farmacie", "obs_farmacist", "TEXT", SX_PII_FREE_TEXT, G8_PROSE_RO, NULL},
    {8, "clienti_farmacie", "cui_farmacie", "TEXT", SX_PII_NONE, G8_CUI, NULL},
    {8, "clienti_farmacie", "denumire_produs", "TEXT", SX_PII_NONE, G8_PRODUS, NULL},
    {8, "clienti_farmacie", "cod_produs", "TEXT", SX_PII_NONE, G8_COD_PRODUS, NULL},
    {8, "clienti_farmacie", "farmacie_tel", "TEXT", SX_PII_NONE, G8_PHONE_RO_BIZ, NULL},
    {8, "clienti_farmacie", "nr_reteta", "TEXT", SX_PII_NONE, G8_RETETA, NULL},
    {8, "clienti_farmacie", "medic_parafa", "TEXT", SX_PII_NONE, G8_PARAFA, NULL},
    {8, "clienti_farmacie", "puncte_fidelitate", "TEXT", SX_PII_NONE, G8_COUNT, NULL},
    {8, "clienti_farmacie", "cod_postal_farmacie", "TEXT", SX_PII_NONE, G8_POSTCODE_RO, NULL},
    {8, "clienti_farmacie", "sablon_sms", "TEXT", SX_PII_NONE, G8_SABLON_RO, NULL},
    /* a Hungarian driving school's learners */
    {8, "autosiskola_tanulok", "tanulo_azon", "TEXT", SX_PII_NONE, G8_TANULO, NULL},
    {8, "autosiskola_tanulok", "teljes_nev", "TEXT", SX_PII_PERSON_NAME, G8_NAME_HU, NULL},
    {8, "autosiskola_tanulok", "anyja_neve", "TEXT", SX_PII_PERSON_NAME, G8_MOTHER_HU, NULL},
    {8, "autosiskola_tanulok", "szul_datum", "TEXT", SX_PII_BIRTH_DATE, G8_BIRTH_HU, NULL},
    {8, "autosiskola_tanulok", "szul_hely", "TEXT", SX_PII_NONE, G8_SZUL_HELY, NULL},
    {8, "autosiskola_tanulok", "taj_szam", "TEXT", SX_PII_GOVERNMENT_ID, G8_TAJ, NULL},
    {8, "autosiskola_tanulok", "lakcim", "TEXT", SX_PII_POSTAL_ADDRESS, G8_ADDR_HU, NULL},
    {8, "autosiskola_tanulok", "mobil", "TEXT", SX_PII_PHONE, G8_PHONE_HU, NULL},
    {8, "autosiskola_tanulok", "email_cim", "TEXT", SX_PII_EMAIL, G8_EMAIL_HU, NULL},
    {8, "autosiskola_tanulok", "szamlaszam", "TEXT", SX_PII_IBAN, G8_IBAN_HU, NULL},
    {8, "autosiskola_tanulok", "oktato_megjegyzes", "TEXT", SX_PII_FREE_TEXT, G8_PROSE_HU, NULL},
    {8, "autosiskola_tanulok", "felvetel_lat", "TEXT", SX_PII_GEOLOCATION, G8_LAT_HU, NULL},
    {8, "autosiskola_tanulok", "felvetel_lon", "TEXT", SX_PII_GEOLOCATION, G8_LON_HU, NULL},
    {8, "autosiskola_tanulok", "adoszam_iskola", "TEXT", SX_PII_NONE, G8_ADOSZAM, NULL},
    {8, "autosiskola_tanulok", "oktato_kod", "TEXT", SX_PII_NONE, G8_OKTATO, NULL},
    {8, "autosiskola_tanulok", "jarmu_rendszam", "TEXT", SX_PII_NONE, G8_RENDSZAM, NULL},
    {8, "autosiskola_tanulok", "kategoria", "TEXT", SX_PII_NONE, G8_KATEGORIA, NULL},
    {8, "autosiskola_tanulok", "iskola_tel", "TEXT", SX_PII_NONE, G8_PHONE_HU_BIZ, NULL},
    {8, "autosiskola_tanulok", "vizsga_dij", "TEXT", SX_PII_NONE, G8_AMOUNT, NULL},
    {8, "autosiskola_tanulok", "nyelv", "TEXT", SX_PII_NONE, G8_NYELV, NULL},
    /* a Ukrainian coworking space's residents (Cyrillic and translit) */
    {8, "kovorkinh_rezydenty", "kod_rezydenta", "TEXT", SX_PII_NONE, G8_REZYDENT, NULL},
    {8, "kovorkinh_rezydenty", "ПІБ", "TEXT", SX_PII_PERSON_NAME, G8_NAME_UA, NULL},
    {8, "kovorkinh_rezydenty", "pib_lat", "TEXT", SX_PII_PERSON_NAME, G8_NAME_UA_LAT, NULL},
    {8, "kovorkinh_rezydenty", "РНОКПП", "TEXT", SX_PII_GOVERNMENT_ID, G8_RNOKPP, NULL},
    {8, "kovorkinh_rezydenty", "data_narodzh", "TEXT", SX_PII_BIRTH_DATE, G8_BIRTH_DOT, NULL},
    {8, "kovorkinh_rezydenty", "телефон", "TEXT", SX_PII_PHONE, G8_PHONE_UA, NULL},
    {8, "kovorkinh_rezydenty", "el_poshta", "TEXT", SX_PII_EMAIL, G8_EMAIL_UA, NULL},
    {8, "kovorkinh_rezydenty", "адреса", "TEXT", SX_PII_POSTAL_ADDRESS, G8_ADDR_UA, NULL},
    {8, "kovorkinh_rezydenty", "karta", "TEXT", SX_PII_PAYMENT_CARD, G8_CARD_UA, NULL},
    {8, "kovorkinh_rezydenty", "rakhunok", "TEXT", SX_PII_IBAN, G8_IBAN_UA, NULL},
    {8, "kovorkinh_rezydenty", "ip_prystroiu", "TEXT", SX_PII_IP_ADDRESS, G8_IP46, NULL},
    {8, "kovorkinh_rezydenty", "geo_dim", "TEXT", SX_PII_GEOLOCATION, G8_LATLON_UA, NULL},
    {8, "kovorkinh_rezydenty", "komentar", "TEXT", SX_PII_FREE_TEXT, G8_PROSE_UA, NULL},
    {8, "kovorkinh_rezydenty", "yedrpou_kompanii", "TEXT", SX_PII_NONE, G8_EDRPOU, NULL},
    {8, "kovorkinh_rezydenty", "nazva_kompanii", "TEXT", SX_PII_NONE, G8_KOMPANIYA, NULL},
    {8, "kovorkinh_rezydenty", "tarif", "TEXT", SX_PII_NONE, G8_TARIF, NULL},
    {8, "kovorkinh_rezydenty", "mistse", "TEXT", SX_PII_NONE, G8_MISTSE, NULL},
    {8, "kovorkinh_rezydenty", "recepciya_tel", "TEXT", SX_PII_NONE, G8_PHONE_UA_BIZ, NULL},
    {8, "kovorkinh_rezydenty", "invoice_email", "TEXT", SX_PII_NONE, G8_BUH_MAIL, NULL},
    {8, "kovorkinh_rezydenty", "shablon_sms", "TEXT", SX_PII_NONE, G8_SABLON_UA, NULL},
    {8, "kovorkinh_rezydenty", "stvoreno", "TEXT", SX_PII_NONE, G8_TS, NULL},
    /* ---- fold 9: heldout9 (blind, Vietnamese, Hebrew, Hindi and Indian
     * English, Japanese and Korean column names) */
    /* a Vietnamese motorbike rental's customers */
    {9, "thue_xe_khach_hang", "ma_hop_dong", "TEXT", SX_PII_NONE, G9_HOPDONG, NULL},
    {9, "thue_xe_khach_hang", "ho_ten", "TEXT", SX_PII_PERSON_NAME, G9_NAME_VN, NULL},
    {9, "thue_xe_khach_hang", "ngay_sinh", "TEXT", SX_PII_BIRTH_DATE, G9_BIRTH_VN, NULL},
    {9, "thue_xe_khach_hang", "so_cccd", "TEXT", SX_PII_GOVERNMENT_ID, G9_CCCD, NULL},
    {9, "thue_xe_khach_hang", "sdt", "TEXT", SX_PII_PHONE, G9_PHONE_VN, NULL},
    {9, "thue_xe_khach_hang", "email_kh", "TEXT", SX_PII_EMAIL, G9_EMAIL_VN, NULL},
    {9, "thue_xe_khach_hang", "dia_chi_thuong_tru", "TEXT", SX_PII_POSTAL_ADDRESS, G9_ADDR_VN,
     NULL},
    {9, "thue_xe_khach_hang", "so_the", "TEXT", SX_PII_PAYMENT_CARD, G9_CARD_VN, NULL},
    {9, "thue_xe_khach_hang", "ghi_chu", "TEXT", SX_PII_FREE_TEXT, G9_PROSE_VN, NULL},
    {9, "thue_xe_khach_hang", "ip_dat_xe", "TEXT", SX_PII_IP_ADDRESS, G9_IP4, NULL},
    {9, "thue_xe_khach_hang", "bien_so_xe", "TEXT", SX_PII_NONE, G9_BIENSO, NULL},
    {9, "thue_xe_khach_hang", "loai_xe", "TEXT", SX_PII_NONE, G9_XE, NULL},
    {9, "thue_xe_khach_hang", "mst_cong_ty", "TEXT", SX_PII_NONE, G9_MST, NULL},
    {9, "thue_xe_khach_hang", "hotline_cua_hang", "TEXT", SX_PII_NONE, G9_HOTLINE_VN, NULL},
    {9, "thue_xe_khach_hang", "ten_cua_hang", "TEXT", SX_PII_NONE, G9_SHOP_VN, NULL},
    {9, "thue_xe_khach_hang", "gia_thue_ngay", "TEXT", SX_PII_NONE, G9_AMOUNT, NULL},
    {9, "thue_xe_khach_hang", "mau_tin_nhan", "TEXT", SX_PII_NONE, G9_TPL_VN, NULL},
    {9, "thue_xe_khach_hang", "ngay_nhan_xe", "TEXT", SX_PII_NONE, G9_DATE, NULL},
    /* an Israeli dental clinic's patients (transliterated Hebrew) */
    {9, "mirpaat_shinayim_metuplim", "mispar_tik", "TEXT", SX_PII_NONE, G9_TIK, NULL},
    {9, "mirpaat_shinayim_metuplim", "shem_prati", "TEXT", SX_PII_PERSON_NAME, G9_GIVEN_IL, NULL},
    {9, "mirpaat_shinayim_metuplim", "shem_mishpacha", "TEXT", SX_PII_PERSON_NAME, G9_SURNAME_IL,
     NULL},
    {9, "mirpaat_shinayim_metuplim", "mispar_zehut", "TEXT", SX_PII_GOVERNMENT_ID, G9_TZ, NULL},
    {9, "mirpaat_shinayim_metuplim", "taarich_leida", "TEXT", SX_PII_BIRTH_DATE, G9_BIRTH_IL, NULL},
    {9, "mirpaat_shinayim_metuplim", "telefon_nayad", "TEXT", SX_PII_PHONE, G9_PHONE_IL, NULL},
    {9, "mirpaat_shinayim_metuplim", "doar_el", "TEXT", SX_PII_EMAIL, G9_EMAIL_IL, NULL},
    {9, "mirpaat_shinayim_metuplim", "ktovet", "TEXT", SX_PII_POSTAL_ADDRESS, G9_ADDR_IL, NULL},
    {9, "mirpaat_shinayim_metuplim", "heara", "TEXT", SX_PII_FREE_TEXT, G9_PROSE_IL, NULL},
    {9, "mirpaat_shinayim_metuplim", "heshbon_iban", "TEXT", SX_PII_IBAN, G9_IBAN_IL, NULL},
    {9, "mirpaat_shinayim_metuplim", "kartis_ashrai", "TEXT", SX_PII_PAYMENT_CARD, G9_CARD_IL,
     NULL},
    {9, "mirpaat_shinayim_metuplim", "hp_mirpaa", "TEXT", SX_PII_NONE, G9_HP, NULL},
    {9, "mirpaat_shinayim_metuplim", "kupat_holim", "TEXT", SX_PII_NONE, G9_KUPA, NULL},
    {9, "mirpaat_shinayim_metuplim", "tipul", "TEXT", SX_PII_NONE, G9_TIPUL, NULL},
    {9, "mirpaat_shinayim_metuplim", "heder", "TEXT", SX_PII_NONE, G9_HEDER, NULL},
    {9, "mirpaat_shinayim_metuplim", "telefon_mirpaa", "TEXT", SX_PII_NONE, G9_PHONE_IL_BIZ, NULL},
    {9, "mirpaat_shinayim_metuplim", "tavnit_sms", "TEXT", SX_PII_NONE, G9_TPL_IL, NULL},
    {9, "mirpaat_shinayim_metuplim", "schum_shekel", "TEXT", SX_PII_NONE, G9_AMOUNT, NULL},
    {9, "mirpaat_shinayim_metuplim", "taarich_tor", "TEXT", SX_PII_NONE, G9_DATE, NULL},
    /* an Indian tiffin service's subscribers (Hindi and Indian English) */
    {9, "tiffin_subscribers", "subscriber_code", "TEXT", SX_PII_NONE, G9_SUB_CODE, NULL},
    {9, "tiffin_subscribers", "cust_naam", "TEXT", SX_PII_PERSON_NAME, G9_NAME_IN, NULL},
    {9, "tiffin_subscribers", "pita_ka_naam", "TEXT", SX_PII_PERSON_NAME, G9_FATHER_IN, NULL},
    {9, "tiffin_subscribers", "janm_tithi", "TEXT", SX_PII_BIRTH_DATE, G9_BIRTH_IN, NULL},
    {9, "tiffin_subscribers", "aadhaar_no", "TEXT", SX_PII_GOVERNMENT_ID, G9_AADHAAR, NULL},
    {9, "tiffin_subscribers", "pan_no", "TEXT", SX_PII_GOVERNMENT_ID, G9_PAN, NULL},
    {9, "tiffin_subscribers", "mobile_no", "TEXT", SX_PII_PHONE, G9_PHONE_IN, NULL},
    {9, "tiffin_subscribers", "email_id", "TEXT", SX_PII_EMAIL, G9_EMAIL_IN, NULL},
    {9, "tiffin_subscribers", "pata", "TEXT", SX_PII_POSTAL_ADDRESS, G9_ADDR_IN, NULL},
    {9, "tiffin_subscribers", "delivery_note", "TEXT", SX_PII_FREE_TEXT, G9_PROSE_IN, NULL},
    {9, "tiffin_subscribers", "last_login_ip", "TEXT", SX_PII_IP_ADDRESS, G9_IP4_IN, NULL},
    {9, "tiffin_subscribers", "ghar_location", "TEXT", SX_PII_GEOLOCATION, G9_LATLON_IN, NULL},
    {9, "tiffin_subscribers", "kitchen_gstin", "TEXT", SX_PII_NONE, G9_GSTIN, NULL},
    {9, "tiffin_subscribers", "fssai_lic_no", "TEXT", SX_PII_NONE, G9_FSSAI, NULL},
    {9, "tiffin_subscribers", "plan_name", "TEXT", SX_PII_NONE, G9_PLAN_IN, NULL},
    {9, "tiffin_subscribers", "kitchen_phone", "TEXT", SX_PII_NONE, G9_PHONE_IN_BIZ, NULL},
    {9, "tiffin_subscribers", "pincode", "TEXT", SX_PII_NONE, G9_PINCODE, NULL},
    {9, "tiffin_subscribers", "ifsc_code", "TEXT", SX_PII_NONE, G9_IFSC, NULL},
    {9, "tiffin_subscribers", "whatsapp_template", "TEXT", SX_PII_NONE, G9_TPL_IN, NULL},
    {9, "tiffin_subscribers", "monthly_amt", "TEXT", SX_PII_NONE, G9_AMOUNT, NULL},
    /* a Japanese ryokan's guest register (romaji names) */
    {9, "ryokan_shukuhakusha", "yoyaku_bango", "TEXT", SX_PII_NONE, G9_YOYAKU, NULL},
    {9, "ryokan_shukuhakusha", "shimei", "TEXT", SX_PII_PERSON_NAME, G9_NAME_JP, NULL},
    {9, "ryokan_shukuhakusha", "shimei_kana", "TEXT", SX_PII_PERSON_NAME, G9_KANA_JP, NULL},
    {9, "ryokan_shukuhakusha", "seinengappi", "TEXT", SX_PII_BIRTH_DATE, G9_BIRTH_JP, NULL},
    {9, "ryokan_shukuhakusha", "kojin_bango", "TEXT", SX_PII_GOVERNMENT_ID, G9_MYNUMBER, NULL},
    {9, "ryokan_shukuhakusha", "denwa_bango", "TEXT", SX_PII_PHONE, G9_PHONE_JP, NULL},
    {9, "ryokan_shukuhakusha", "meeru", "TEXT", SX_PII_EMAIL, G9_EMAIL_JP, NULL},
    {9, "ryokan_shukuhakusha", "jusho", "TEXT", SX_PII_POSTAL_ADDRESS, G9_ADDR_JP, NULL},
    {9, "ryokan_shukuhakusha", "kado_bango", "TEXT", SX_PII_PAYMENT_CARD, G9_CARD_JP, NULL},
    {9, "ryokan_shukuhakusha", "biko", "TEXT", SX_PII_FREE_TEXT, G9_PROSE_JP, NULL},
    {9, "ryokan_shukuhakusha", "hojin_bango", "TEXT", SX_PII_NONE, G9_HOJIN, NULL},
    {9, "ryokan_shukuhakusha", "heya_mei", "TEXT", SX_PII_NONE, G9_HEYA, NULL},
    {9, "ryokan_shukuhakusha", "ryokan_denwa", "TEXT", SX_PII_NONE, G9_PHONE_JP_BIZ, NULL},
    {9, "ryokan_shukuhakusha", "plan_mei", "TEXT", SX_PII_NONE, G9_PLAN_JP, NULL},
    {9, "ryokan_shukuhakusha", "ryokan_ichi", "TEXT", SX_PII_NONE, G9_ICHI, NULL},
    {9, "ryokan_shukuhakusha", "mail_tenpureto", "TEXT", SX_PII_NONE, G9_TPL_JP, NULL},
    {9, "ryokan_shukuhakusha", "shukuhaku_bi", "TEXT", SX_PII_NONE, G9_DATE, NULL},
    {9, "ryokan_shukuhakusha", "ryokin", "TEXT", SX_PII_NONE, G9_AMOUNT, NULL},
    /* a Korean hagwon's students and parents (romanized Korean) */
    {9, "hagwon_haksaeng", "haksaeng_beonho", "TEXT", SX_PII_NONE, G9_HAKBEON, NULL},
    {9, "hagwon_haksaeng", "haksaeng_ireum", "TEXT", SX_PII_PERSON_NAME, G9_NAME_KR, NULL},
    {9, "hagwon_haksaeng", "bumo_ireum_eng", "TEXT", SX_PII_PERSON_NAME, G9_NAME_KR_LAT, NULL},
    {9, "hagwon_haksaeng", "saengnyeonworil", "TEXT", SX_PII_BIRTH_DATE, G9_BIRTH_KR, NULL},
    {9, "hagwon_haksaeng", "jumin_beonho", "TEXT", SX_PII_GOVERNMENT_ID, G9_RRN, NULL},
    {9, "hagwon_haksaeng", "hyudaepon", "TEXT", SX_PII_PHONE, G9_PHONE_KR, NULL},
    {9, "hagwon_haksaeng", "bumo_imeil", "TEXT", SX_PII_EMAIL, G9_EMAIL_KR, NULL},
    {9, "hagwon_haksaeng", "juso", "TEXT", SX_PII_POSTAL_ADDRESS, G9_ADDR_KR, NULL},
    {9, "hagwon_haksaeng", "sangdam_memo", "TEXT", SX_PII_FREE_TEXT, G9_PROSE_KR, NULL},
    {9, "hagwon_haksaeng", "jip_wichi", "TEXT", SX_PII_GEOLOCATION, G9_LATLON_KR, NULL},
    {9, "hagwon_haksaeng", "jeopsok_ip", "TEXT", SX_PII_IP_ADDRESS, G9_IP46, NULL},
    {9, "hagwon_haksaeng", "saeopja_beonho", "TEXT", SX_PII_NONE, G9_BRN, NULL},
    {9, "hagwon_haksaeng", "hagwon_jeonhwa", "TEXT", SX_PII_NONE, G9_PHONE_KR_BIZ, NULL},
    {9, "hagwon_haksaeng", "ban_ireum", "TEXT", SX_PII_NONE, G9_BAN, NULL},
    {9, "hagwon_haksaeng", "gyojae", "TEXT", SX_PII_NONE, G9_GYOJAE, NULL},
    {9, "hagwon_haksaeng", "suganryo", "TEXT", SX_PII_NONE, G9_AMOUNT, NULL},
    {9, "hagwon_haksaeng", "munja_template", "TEXT", SX_PII_NONE, G9_TPL_KR, NULL},
    {9, "hagwon_haksaeng", "deungrok_il", "TEXT", SX_PII_NONE, G9_DATE, NULL},
    {9, "hagwon_haksaeng", "gangsa_code", "TEXT", SX_PII_NONE, G9_GANGSA, NULL},
    /* ---- fold 10: heldout10 (blind, Arabic, Persian, Thai, Tagalog and
     * Swahili column names) */
    /* an Emirati Umrah travel agency's pilgrims (Arabic, transliterated
     * and in Arabic script) */
    {10, "umrah_mutamirin", "raqm_alhajz", "TEXT", SX_PII_NONE, G10_HAJZ, NULL},
    {10, "umrah_mutamirin", "الاسم_الكامل", "TEXT", SX_PII_PERSON_NAME, G10_NAME_AR, NULL},
    {10, "umrah_mutamirin", "ism_bil_injlizi", "TEXT", SX_PII_PERSON_NAME, G10_NAME_AR_LAT, NULL},
    {10, "umrah_mutamirin", "tarikh_milad", "TEXT", SX_PII_BIRTH_DATE, G10_BIRTH_AR, NULL},
    {10, "umrah_mutamirin", "raqm_hawiya", "TEXT", SX_PII_GOVERNMENT_ID, G10_EID, NULL},
    {10, "umrah_mutamirin", "jawwal", "TEXT", SX_PII_PHONE, G10_PHONE_AE, NULL},
    {10, "umrah_mutamirin", "barid_iliktroni", "TEXT", SX_PII_EMAIL, G10_EMAIL_AE, NULL},
    {10, "umrah_mutamirin", "al_unwan", "TEXT", SX_PII_POSTAL_ADDRESS, G10_ADDR_AE, NULL},
    {10, "umrah_mutamirin", "ملاحظات", "TEXT", SX_PII_FREE_TEXT, G10_PROSE_AR, NULL},
    {10, "umrah_mutamirin", "iban_hisab", "TEXT", SX_PII_IBAN, G10_IBAN_AE, NULL},
    {10, "umrah_mutamirin", "ip_altasjil", "TEXT", SX_PII_IP_ADDRESS, G10_IP4_AE, NULL},
    {10, "umrah_mutamirin", "rukhsa_tijariya", "TEXT", SX_PII_NONE, G10_RUKHSA, NULL},
    {10, "umrah_mutamirin", "raqm_daribi", "TEXT", SX_PII_NONE, G10_TRN, NULL},
    {10, "umrah_mutamirin", "hatif_alwakala", "TEXT", SX_PII_NONE, G10_PHONE_AE_BIZ, NULL},
    {10, "umrah_mutamirin", "funduq_makkah", "TEXT", SX_PII_NONE, G10_HOTEL_AE, NULL},
    {10, "umrah_mutamirin", "albaqa", "TEXT", SX_PII_NONE, G10_PACKAGE_AE, NULL},
    {10, "umrah_mutamirin", "raqm_rihla", "TEXT", SX_PII_NONE, G10_FLIGHT, NULL},
    {10, "umrah_mutamirin", "qalab_risala", "TEXT", SX_PII_NONE, G10_TPL_AR, NULL},
    {10, "umrah_mutamirin", "tarikh_safar", "TEXT", SX_PII_NONE, G10_DATE, NULL},
    /* an Iranian car-repair garage's customers (Finglish and Persian
     * script) */
    {10, "moshtarian_tamirgah", "shomare_paziresh", "TEXT", SX_PII_NONE, G10_PAZIRESH, NULL},
    {10, "moshtarian_tamirgah", "nam_kamel", "TEXT", SX_PII_PERSON_NAME, G10_NAME_FA, NULL},
    {10, "moshtarian_tamirgah", "nam_pedar", "TEXT", SX_PII_PERSON_NAME, G10_FATHER_FA, NULL},
    {10, "moshtarian_tamirgah", "tarikh_tavallod", "TEXT", SX_PII_BIRTH_DATE, G10_BIRTH_FA, NULL},
    {10, "moshtarian_tamirgah", "code_melli", "TEXT", SX_PII_GOVERNMENT_ID, G10_MELLI, NULL},
    {10, "moshtarian_tamirgah", "shomare_hamrah", "TEXT", SX_PII_PHONE, G10_PHONE_IR, NULL},
    {10, "moshtarian_tamirgah", "imeil", "TEXT", SX_PII_EMAIL, G10_EMAIL_IR, NULL},
    {10, "moshtarian_tamirgah", "neshani", "TEXT", SX_PII_POSTAL_ADDRESS, G10_ADDR_IR, NULL},
    {10, "moshtarian_tamirgah", "shomare_kart", "TEXT", SX_PII_PAYMENT_CARD, G10_CARD_IR, NULL},
    {10, "moshtarian_tamirgah", "shaba", "TEXT", SX_PII_IBAN, G10_IBAN_IR, NULL},
    {10, "moshtarian_tamirgah", "توضیحات", "TEXT", SX_PII_FREE_TEXT, G10_PROSE_FA, NULL},
    {10, "moshtarian_tamirgah", "pelak", "TEXT", SX_PII_NONE, G10_PELAK, NULL},
    {10, "moshtarian_tamirgah", "shenase_melli_sherkat", "TEXT", SX_PII_NONE, G10_SHENASE, NULL},
    {10, "moshtarian_tamirgah", "telefon_tamirgah", "TEXT", SX_PII_NONE, G10_PHONE_IR_BIZ, NULL},
    {10, "moshtarian_tamirgah", "model_khodro", "TEXT", SX_PII_NONE, G10_MODEL_FA, NULL},
    {10, "moshtarian_tamirgah", "nam_ghate", "TEXT", SX_PII_NONE, G10_PART_FA, NULL},
    {10, "moshtarian_tamirgah", "hazine_rial", "TEXT", SX_PII_NONE, G10_RIAL, NULL},
    {10, "moshtarian_tamirgah", "tarikh_paziresh", "TEXT", SX_PII_NONE, G10_JALALI, NULL},
    {10, "moshtarian_tamirgah", "qaleb_payamak", "TEXT", SX_PII_NONE, G10_TPL_FA, NULL},
    /* a Thai rice mill's farmer suppliers (RTGS romanisation and Thai
     * script) */
    {10, "chaona_rongsi", "lek_bai_chang", "TEXT", SX_PII_NONE, G10_WEIGH, NULL},
    {10, "chaona_rongsi", "chue_sakun", "TEXT", SX_PII_PERSON_NAME, G10_NAME_TH, NULL},
    {10, "chaona_rongsi", "chue_len", "TEXT", SX_PII_PERSON_NAME, G10_NICK_TH, NULL},
    {10, "chaona_rongsi", "wan_koet", "TEXT", SX_PII_BIRTH_DATE, G10_BIRTH_TH, NULL},
    {10, "chaona_rongsi", "lek_bat_prachachon", "TEXT", SX_PII_GOVERNMENT_ID, G10_THAI_ID, NULL},
    {10, "chaona_rongsi", "thorasap_mue_thue", "TEXT", SX_PII_PHONE, G10_PHONE_TH, NULL},
    {10, "chaona_rongsi", "thi_yu", "TEXT", SX_PII_POSTAL_ADDRESS, G10_ADDR_TH, NULL},
    {10, "chaona_rongsi", "phikat_naa", "TEXT", SX_PII_GEOLOCATION, G10_LATLON_TH, NULL},
    {10, "chaona_rongsi", "หมายเหตุ", "TEXT", SX_PII_FREE_TEXT, G10_PROSE_TH, NULL},
    {10, "chaona_rongsi", "lek_phu_sia_phasi_rongsi", "TEXT", SX_PII_NONE, G10_MILL_TAXID, NULL},
    {10, "chaona_rongsi", "phan_khao", "TEXT", SX_PII_NONE, G10_RICE, NULL},
    {10, "chaona_rongsi", "thorasap_rongsi", "TEXT", SX_PII_NONE, G10_PHONE_TH_BIZ, NULL},
    {10, "chaona_rongsi", "namnak_kg", "TEXT", SX_PII_NONE, G10_KG, NULL},
    {10, "chaona_rongsi", "rakha_to_tan", "TEXT", SX_PII_NONE, G10_PRICE, NULL},
    {10, "chaona_rongsi", "ran_pui", "TEXT", SX_PII_NONE, G10_SHOP_TH, NULL},
    {10, "chaona_rongsi", "wan_rap_sue", "TEXT", SX_PII_NONE, G10_BE_DATE, NULL},
    {10, "chaona_rongsi", "sms_template", "TEXT", SX_PII_NONE, G10_TPL_TH, NULL},
    /* a Philippine remittance centre's transfers (Tagalog and Taglish) */
    {10, "padala_transaksyon", "control_no", "TEXT", SX_PII_NONE, G10_CONTROL, NULL},
    {10, "padala_transaksyon", "pangalan_ng_nagpadala", "TEXT", SX_PII_PERSON_NAME, G10_NAME_PH,
     NULL},
    {10, "padala_transaksyon", "pangalan_ng_tatanggap", "TEXT", SX_PII_PERSON_NAME, G10_NAME_PH,
     NULL},
    {10, "padala_transaksyon", "kaarawan", "TEXT", SX_PII_BIRTH_DATE, G10_BIRTH_PH, NULL},
    {10, "padala_transaksyon", "tin_no", "TEXT", SX_PII_GOVERNMENT_ID, G10_TIN_PH, NULL},
    {10, "padala_transaksyon", "cp_number", "TEXT", SX_PII_PHONE, G10_PHONE_PH, NULL},
    {10, "padala_transaksyon", "email_add", "TEXT", SX_PII_EMAIL, G10_EMAIL_PH, NULL},
    {10, "padala_transaksyon", "tirahan", "TEXT", SX_PII_POSTAL_ADDRESS, G10_ADDR_PH, NULL},
    {10, "padala_transaksyon", "paalala", "TEXT", SX_PII_FREE_TEXT, G10_PROSE_TL, NULL},
    {10, "padala_transaksyon", "ip_ng_app", "TEXT", SX_PII_IP_ADDRESS, G10_IP_PH, NULL},
    {10, "padala_transaksyon", "card_ginamit", "TEXT", SX_PII_PAYMENT_CARD, G10_CARD_PH, NULL},
    {10, "padala_transaksyon", "branch_code", "TEXT", SX_PII_NONE, G10_BRANCH_CODE, NULL},
    {10, "padala_transaksyon", "sangay", "TEXT", SX_PII_NONE, G10_BRANCH_PH, NULL},
    {10, "padala_transaksyon", "partner", "TEXT", SX_PII_NONE, G10_PARTNER, NULL},
    {10, "padala_transaksyon", "company_tin", "TEXT", SX_PII_NONE, G10_CO_TIN, NULL},
    {10, "padala_transaksyon", "hotline", "TEXT", SX_PII_NONE, G10_HOTLINE_PH, NULL},
    {10, "padala_transaksyon", "halaga", "TEXT", SX_PII_NONE, G10_HALAGA, NULL},
    {10, "padala_transaksyon", "layunin", "TEXT", SX_PII_NONE, G10_PURPOSE, NULL},
    {10, "padala_transaksyon", "sms_template", "TEXT", SX_PII_NONE, G10_TPL_TL, NULL},
    {10, "padala_transaksyon", "petsa_ng_padala", "TEXT", SX_PII_NONE, G10_TS, NULL},
    /* a Kenyan savings group's members (Swahili) */
    {10, "wanachama_chama", "namba_ya_usajili", "TEXT", SX_PII_NONE, G10_DSD, NULL},
    {10, "wanachama_chama", "jina_kamili", "TEXT", SX_PII_PERSON_NAME, G10_NAME_KE, NULL},
    {10, "wanachama_chama", "jina_la_mdhamini", "TEXT", SX_PII_PERSON_NAME, G10_NAME_KE, NULL},
    {10, "wanachama_chama", "tarehe_ya_kuzaliwa", "TEXT", SX_PII_BIRTH_DATE, G10_BIRTH_KE, NULL},
    {10, "wanachama_chama", "namba_ya_kitambulisho", "TEXT", SX_PII_GOVERNMENT_ID, G10_KE_ID, NULL},
    {10, "wanachama_chama", "kra_pin", "TEXT", SX_PII_GOVERNMENT_ID, G10_KRA_PIN, NULL},
    {10, "wanachama_chama", "simu", "TEXT", SX_PII_PHONE, G10_PHONE_KE, NULL},
    {10, "wanachama_chama", "barua_pepe", "TEXT", SX_PII_EMAIL, G10_EMAIL_KE, NULL},
    {10, "wanachama_chama", "anwani", "TEXT", SX_PII_POSTAL_ADDRESS, G10_ADDR_KE, NULL},
    {10, "wanachama_chama", "maelezo", "TEXT", SX_PII_FREE_TEXT, G10_PROSE_SW, NULL},
    {10, "wanachama_chama", "mahali_pa_shamba", "TEXT", SX_PII_GEOLOCATION, G10_LATLON_KE, NULL},
    {10, "wanachama_chama", "paybill", "TEXT", SX_PII_NONE, G10_PAYBILL, NULL},
    {10, "wanachama_chama", "simu_ya_ofisi", "TEXT", SX_PII_NONE, G10_PHONE_KE_BIZ, NULL},
    {10, "wanachama_chama", "jina_la_kikundi", "TEXT", SX_PII_NONE, G10_GROUP_KE, NULL},
    {10, "wanachama_chama", "kumbukumbu_mpesa", "TEXT", SX_PII_NONE, G10_MPESA, NULL},
    {10, "wanachama_chama", "kiasi", "TEXT", SX_PII_NONE, G10_KIASI, NULL},
    {10, "wanachama_chama", "kra_pin_ya_kikundi", "TEXT", SX_PII_NONE, G10_KRA_CO, NULL},
    {10, "wanachama_chama", "ujumbe_template", "TEXT", SX_PII_NONE, G10_TPL_SW, NULL},
    {10, "wanachama_chama", "tarehe_ya_mchango", "TEXT", SX_PII_NONE, G10_DATE, NULL},
    /* ---- fold 11: heldout11 (blind, Georgian, Armenian, Bengali,
     * Icelandic and Yoruba column names) */
    /* a Tbilisi sulphur bath house's visitors (Georgian, in Mkhedruli and
     * transliterated) */
    {11, "abano_stumrebi", "javshnis_kodi", "TEXT", SX_PII_NONE, G11_JAVSHANI, NULL},
    {11, "abano_stumrebi", "სახელი_გვარი", "TEXT", SX_PII_PERSON_NAME, G11_NAME_KA, NULL},
    {11, "abano_stumrebi", "stumris_saxeli", "TEXT", SX_PII_PERSON_NAME, G11_NAME_KA_LAT, NULL},
    {11, "abano_stumrebi", "dabadebis_tarighi", "TEXT", SX_PII_BIRTH_DATE, G11_BIRTH_KA, NULL},
    {11, "abano_stumrebi", "piradi_nomeri", "TEXT", SX_PII_GOVERNMENT_ID, G11_PIRADI, NULL},
    {11, "abano_stumrebi", "mobiluri", "TEXT", SX_PII_PHONE, G11_PHONE_KA, NULL},
    {11, "abano_stumrebi", "el_posta", "TEXT", SX_PII_EMAIL, G11_EMAIL_KA, NULL},
    {11, "abano_stumrebi", "misamarti", "TEXT", SX_PII_POSTAL_ADDRESS, G11_ADDR_KA, NULL},
    {11, "abano_stumrebi", "შენიშვნა", "TEXT", SX_PII_FREE_TEXT, G11_PROSE_KA, NULL},
    {11, "abano_stumrebi", "angarishi", "TEXT", SX_PII_IBAN, G11_IBAN_KA, NULL},
    {11, "abano_stumrebi", "ip_misamarti", "TEXT", SX_PII_IP_ADDRESS, G11_IP_KA, NULL},
    {11, "abano_stumrebi", "abano", "TEXT", SX_PII_NONE, G11_BATH_KA, NULL},
    {11, "abano_stumrebi", "saidentifikacio_kodi", "TEXT", SX_PII_NONE, G11_SK_KA, NULL},
    {11, "abano_stumrebi", "ofisis_telefoni", "TEXT", SX_PII_NONE, G11_PHONE_KA_BIZ, NULL},
    {11, "abano_stumrebi", "momsakhureba", "TEXT", SX_PII_NONE, G11_SERVICE_KA, NULL},
    {11, "abano_stumrebi", "fasi_lari", "TEXT", SX_PII_NONE, G11_LARI, NULL},
    {11, "abano_stumrebi", "sms_shabloni", "TEXT", SX_PII_NONE, G11_TPL_KA, NULL},
    {11, "abano_stumrebi", "vizitis_tarighi", "TEXT", SX_PII_NONE, G11_DATE, NULL},
    /* a Yerevan dance school's pupils and parents (Armenian, in Armenian
     * script and transliterated) */
    {11, "par_studia_ashakertner", "paymanagri_hamar", "TEXT", SX_PII_NONE, G11_PAYMANAGIR, NULL},
    {11, "par_studia_ashakertner", "Անուն_Ազգանուն", "TEXT", SX_PII_PERSON_NAME, G11_NAME_HY,
     NULL},
    {11, "par_studia_ashakertner", "tsnoghi_anun", "TEXT", SX_PII_PERSON_NAME, G11_PARENT_HY,
     NULL},
    {11, "par_studia_ashakertner", "tsnndyan_amsativ", "TEXT", SX_PII_BIRTH_DATE, G11_BIRTH_HY,
     NULL},
    {11, "par_studia_ashakertner", "hch_hamar", "TEXT", SX_PII_GOVERNMENT_ID, G11_HCH, NULL},
    {11, "par_studia_ashakertner", "herakhosahamar", "TEXT", SX_PII_PHONE, G11_PHONE_HY, NULL},
    {11, "par_studia_ashakertner", "el_hasce", "TEXT", SX_PII_EMAIL, G11_EMAIL_HY, NULL},
    {11, "par_studia_ashakertner", "hasce", "TEXT", SX_PII_POSTAL_ADDRESS, G11_ADDR_HY, NULL},
    {11, "par_studia_ashakertner", "qarti_hamar", "TEXT", SX_PII_PAYMENT_CARD, G11_CARD_HY, NULL},
    {11, "par_studia_ashakertner", "նշումներ", "TEXT", SX_PII_FREE_TEXT, G11_PROSE_HY, NULL},
    {11, "par_studia_ashakertner", "hvhh", "TEXT", SX_PII_NONE, G11_HVHH, NULL},
    {11, "par_studia_ashakertner", "studiayi_herakhos", "TEXT", SX_PII_NONE, G11_PHONE_HY_BIZ,
     NULL},
    {11, "par_studia_ashakertner", "khumb", "TEXT", SX_PII_NONE, G11_GROUP_HY, NULL},
    {11, "par_studia_ashakertner", "par", "TEXT", SX_PII_NONE, G11_DANCE_HY, NULL},
    {11, "par_studia_ashakertner", "amsavchar", "TEXT", SX_PII_NONE, G11_AMD, NULL},
    {11, "par_studia_ashakertner", "sms_dzevanmush", "TEXT", SX_PII_NONE, G11_TPL_HY, NULL},
    {11, "par_studia_ashakertner", "grancman_amsativ", "TEXT", SX_PII_NONE, G11_DATE, NULL},
    /* a Bangladeshi kazi office's marriage register (Bengali, romanised
     * and in Bengali script, with English) */
    {11, "nikah_nibondhon", "nibondhon_no", "TEXT", SX_PII_NONE, G11_NIKAH_NO, NULL},
    {11, "nikah_nibondhon", "boi_pristha", "TEXT", SX_PII_NONE, G11_BOOK_PAGE, NULL},
    {11, "nikah_nibondhon", "borer_nam", "TEXT", SX_PII_PERSON_NAME, G11_GROOM_BN, NULL},
    {11, "nikah_nibondhon", "কনের_নাম", "TEXT", SX_PII_PERSON_NAME, G11_BRIDE_BN, NULL},
    {11, "nikah_nibondhon", "pitar_nam", "TEXT", SX_PII_PERSON_NAME, G11_FATHER_BN, NULL},
    {11, "nikah_nibondhon", "jonmo_tarikh", "TEXT", SX_PII_BIRTH_DATE, G11_BIRTH_BN, NULL},
    {11, "nikah_nibondhon", "nid_no", "TEXT", SX_PII_GOVERNMENT_ID, G11_NID_BN, NULL},
    {11, "nikah_nibondhon", "mobile_no", "TEXT", SX_PII_PHONE, G11_PHONE_BN, NULL},
    {11, "nikah_nibondhon", "borer_email", "TEXT", SX_PII_EMAIL, G11_EMAIL_BN, NULL},
    {11, "nikah_nibondhon", "sthayi_thikana", "TEXT", SX_PII_POSTAL_ADDRESS, G11_ADDR_BN, NULL},
    {11, "nikah_nibondhon", "মন্তব্য", "TEXT", SX_PII_FREE_TEXT, G11_PROSE_BN, NULL},
    {11, "nikah_nibondhon", "kazi_license_no", "TEXT", SX_PII_NONE, G11_KAZI_LIC, NULL},
    {11, "nikah_nibondhon", "trade_license", "TEXT", SX_PII_NONE, G11_TRADE_LIC, NULL},
    {11, "nikah_nibondhon", "denmohor_taka", "TEXT", SX_PII_NONE, G11_TAKA, NULL},
    {11, "nikah_nibondhon", "office_phone", "TEXT", SX_PII_NONE, G11_PHONE_BN_BIZ, NULL},
    {11, "nikah_nibondhon", "mosjid", "TEXT", SX_PII_NONE, G11_MOSQUE_BN, NULL},
    {11, "nikah_nibondhon", "sms_template", "TEXT", SX_PII_NONE, G11_TPL_BN, NULL},
    {11, "nikah_nibondhon", "bibaher_tarikh", "TEXT", SX_PII_NONE, G11_DATE, NULL},
    /* an Icelandic riding tour's bookings (Icelandic) */
    {11, "hestaferdir_bokanir", "bokunarnumer", "TEXT", SX_PII_NONE, G11_BOKUN, NULL},
    {11, "hestaferdir_bokanir", "nafn", "TEXT", SX_PII_PERSON_NAME, G11_NAME_IS, NULL},
    {11, "hestaferdir_bokanir", "kennitala", "TEXT", SX_PII_GOVERNMENT_ID, G11_KENNITALA, NULL},
    {11, "hestaferdir_bokanir", "fæðingardagur", "TEXT", SX_PII_BIRTH_DATE, G11_BIRTH_IS, NULL},
    {11, "hestaferdir_bokanir", "farsimi", "TEXT", SX_PII_PHONE, G11_PHONE_IS, NULL},
    {11, "hestaferdir_bokanir", "netfang", "TEXT", SX_PII_EMAIL, G11_EMAIL_IS, NULL},
    {11, "hestaferdir_bokanir", "heimilisfang", "TEXT", SX_PII_POSTAL_ADDRESS, G11_ADDR_IS, NULL},
    {11, "hestaferdir_bokanir", "kortanumer", "TEXT", SX_PII_PAYMENT_CARD, G11_CARD_IS, NULL},
    {11, "hestaferdir_bokanir", "bankareikningur", "TEXT", SX_PII_IBAN, G11_IBAN_IS, NULL},
    {11, "hestaferdir_bokanir", "athugasemdir", "TEXT", SX_PII_FREE_TEXT, G11_PROSE_IS, NULL},
    {11, "hestaferdir_bokanir", "sottstadur_hnit", "TEXT", SX_PII_GEOLOCATION, G11_LATLON_IS,
     NULL},
    {11, "hestaferdir_bokanir", "hestur", "TEXT", SX_PII_NONE, G11_HORSE, NULL},
    {11, "hestaferdir_bokanir", "ferd", "TEXT", SX_PII_NONE, G11_TOUR_IS, NULL},
    {11, "hestaferdir_bokanir", "kennitala_fyrirtaekis", "TEXT", SX_PII_NONE, G11_KT_CO, NULL},
    {11, "hestaferdir_bokanir", "simi_skrifstofu", "TEXT", SX_PII_NONE, G11_PHONE_IS_BIZ, NULL},
    {11, "hestaferdir_bokanir", "verd", "TEXT", SX_PII_NONE, G11_ISK, NULL},
    {11, "hestaferdir_bokanir", "sms_snidmat", "TEXT", SX_PII_NONE, G11_TPL_IS, NULL},
    {11, "hestaferdir_bokanir", "dagsetning_ferdar", "TEXT", SX_PII_NONE, G11_DATE, NULL},
    /* a Lagos parish's members (Yoruba and Nigerian English) */
    {11, "omo_ijo", "nomba_omo_ijo", "TEXT", SX_PII_NONE, G11_MEMBER_NO, NULL},
    {11, "omo_ijo", "oruko_kikun", "TEXT", SX_PII_PERSON_NAME, G11_NAME_YO, NULL},
    {11, "omo_ijo", "ojo_ibi", "TEXT", SX_PII_BIRTH_DATE, G11_BIRTH_YO, NULL},
    {11, "omo_ijo", "nin", "TEXT", SX_PII_GOVERNMENT_ID, G11_NIN, NULL},
    {11, "omo_ijo", "nomba_foonu", "TEXT", SX_PII_PHONE, G11_PHONE_NG, NULL},
    {11, "omo_ijo", "imeeli", "TEXT", SX_PII_EMAIL, G11_EMAIL_YO, NULL},
    {11, "omo_ijo", "adireesi", "TEXT", SX_PII_POSTAL_ADDRESS, G11_ADDR_YO, NULL},
    {11, "omo_ijo", "kaadi_idawo", "TEXT", SX_PII_PAYMENT_CARD, G11_CARD_NG, NULL},
    {11, "omo_ijo", "akiyesi", "TEXT", SX_PII_FREE_TEXT, G11_PROSE_YO, NULL},
    {11, "omo_ijo", "ipo_ile", "TEXT", SX_PII_GEOLOCATION, G11_LATLON_NG, NULL},
    {11, "omo_ijo", "ip_app_login", "TEXT", SX_PII_IP_ADDRESS, G11_IP_NG, NULL},
    {11, "omo_ijo", "egbe", "TEXT", SX_PII_NONE, G11_FELLOWSHIP, NULL},
    {11, "omo_ijo", "ile_ijo", "TEXT", SX_PII_NONE, G11_PARISH, NULL},
    {11, "omo_ijo", "rc_number", "TEXT", SX_PII_NONE, G11_RC_NG, NULL},
    {11, "omo_ijo", "foonu_ofiisi", "TEXT", SX_PII_NONE, G11_PHONE_NG_BIZ, NULL},
    {11, "omo_ijo", "idamewa", "TEXT", SX_PII_NONE, G11_NAIRA, NULL},
    {11, "omo_ijo", "sms_template", "TEXT", SX_PII_NONE, G11_TPL_YO, NULL},
    {11, "omo_ijo", "ojo_iforukosile", "TEXT", SX_PII_NONE, G11_TS, NULL},
    /* ---- fold 12: heldout12 (blind, Greek, Chinese, Korean, Indonesian
     * and Serbian column names) */
    /* a Cretan olive-oil cooperative's growers (Greek script and Greeklish) */
    {12, "meli_synetairismou", "kodikos_melous", "TEXT", SX_PII_NONE, G12_MEMBER_EL, NULL},
    {12, "meli_synetairismou", "ονοματεπώνυμο", "TEXT", SX_PII_PERSON_NAME, G12_NAME_EL, NULL},
    {12, "meli_synetairismou", "patronymo", "TEXT", SX_PII_PERSON_NAME, G12_FATHER_EL, NULL},
    {12, "meli_synetairismou", "hmer_gennisis", "TEXT", SX_PII_BIRTH_DATE, G12_BIRTH_EL, NULL},
    {12, "meli_synetairismou", "ΑΦΜ", "TEXT", SX_PII_GOVERNMENT_ID, G12_AFM, NULL},
    {12, "meli_synetairismou", "amka", "TEXT", SX_PII_GOVERNMENT_ID, G12_AMKA, NULL},
    {12, "meli_synetairismou", "kinito", "TEXT", SX_PII_PHONE, G12_PHONE_EL, NULL},
    {12, "meli_synetairismou", "email", "TEXT", SX_PII_EMAIL, G12_EMAIL_EL, NULL},
    {12, "meli_synetairismou", "διεύθυνση", "TEXT", SX_PII_POSTAL_ADDRESS, G12_ADDR_EL, NULL},
    {12, "meli_synetairismou", "iban_plirwmis", "TEXT", SX_PII_IBAN, G12_IBAN_EL, NULL},
    {12, "meli_synetairismou", "paratiriseis", "TEXT", SX_PII_FREE_TEXT, G12_PROSE_EL, NULL},
    {12, "meli_synetairismou", "elaiourgeio", "TEXT", SX_PII_NONE, G12_MILL_EL, NULL},
    {12, "meli_synetairismou", "afm_synetairismou", "TEXT", SX_PII_NONE, G12_AFM_CO, NULL},
    {12, "meli_synetairismou", "tilefono_grafeiou", "TEXT", SX_PII_NONE, G12_PHONE_EL_BIZ, NULL},
    {12, "meli_synetairismou", "poikilia", "TEXT", SX_PII_NONE, G12_VARIETY_EL, NULL},
    {12, "meli_synetairismou", "posotita_kg", "TEXT", SX_PII_NONE, G12_KG, NULL},
    {12, "meli_synetairismou", "timi_ana_kilo", "TEXT", SX_PII_NONE, G12_EUR_KG, NULL},
    {12, "meli_synetairismou", "protypo_sms", "TEXT", SX_PII_NONE, G12_TPL_EL, NULL},
    {12, "meli_synetairismou", "hmerominia_paradosis", "TEXT", SX_PII_NONE, G12_DATE_EL, NULL},
    /* a Hangzhou wedding photo studio's orders (hanzi and pinyin) */
    {12, "hunsha_dingdan", "dingdan_hao", "TEXT", SX_PII_NONE, G12_ORDER_ZH, NULL},
    {12, "hunsha_dingdan", "新郎姓名", "TEXT", SX_PII_PERSON_NAME, G12_GROOM_ZH, NULL},
    {12, "hunsha_dingdan", "xinniang_xingming", "TEXT", SX_PII_PERSON_NAME, G12_BRIDE_ZH, NULL},
    {12, "hunsha_dingdan", "chusheng_riqi", "TEXT", SX_PII_BIRTH_DATE, G12_BIRTH_ZH, NULL},
    {12, "hunsha_dingdan", "shenfenzheng_hao", "TEXT", SX_PII_GOVERNMENT_ID, G12_SFZ, NULL},
    {12, "hunsha_dingdan", "lianxi_dianhua", "TEXT", SX_PII_PHONE, G12_PHONE_ZH, NULL},
    {12, "hunsha_dingdan", "youxiang", "TEXT", SX_PII_EMAIL, G12_EMAIL_ZH, NULL},
    {12, "hunsha_dingdan", "收货地址", "TEXT", SX_PII_POSTAL_ADDRESS, G12_ADDR_ZH, NULL},
    {12, "hunsha_dingdan", "yinhangka_hao", "TEXT", SX_PII_PAYMENT_CARD, G12_CARD_ZH, NULL},
    {12, "hunsha_dingdan", "客户备注", "TEXT", SX_PII_FREE_TEXT, G12_PROSE_ZH, NULL},
    {12, "hunsha_dingdan", "denglu_ip", "TEXT", SX_PII_IP_ADDRESS, G12_IP_ZH, NULL},
    {12, "hunsha_dingdan", "taoxi_mingcheng", "TEXT", SX_PII_NONE, G12_PACKAGE_ZH, NULL},
    {12, "hunsha_dingdan", "mendian", "TEXT", SX_PII_NONE, G12_SHOP_ZH, NULL},
    {12, "hunsha_dingdan", "tongyi_xinyong_daima", "TEXT", SX_PII_NONE, G12_USCC, NULL},
    {12, "hunsha_dingdan", "mendian_dianhua", "TEXT", SX_PII_NONE, G12_PHONE_ZH_BIZ, NULL},
    {12, "hunsha_dingdan", "paishe_riqi", "TEXT", SX_PII_NONE, G12_SHOOT_DATE_ZH, NULL},
    {12, "hunsha_dingdan", "jine", "TEXT", SX_PII_NONE, G12_YUAN, NULL},
    {12, "hunsha_dingdan", "duanxin_moban", "TEXT", SX_PII_NONE, G12_TPL_ZH, NULL},
    {12, "hunsha_dingdan", "waijing_zuobiao", "TEXT", SX_PII_NONE, G12_SPOT_ZH, NULL},
    /* a Busan fishing charter's passenger list (Hangul, with English) */
    {12, "승선명부", "예약번호", "TEXT", SX_PII_NONE, G12_BOOKING_KO, NULL},
    {12, "승선명부", "성명", "TEXT", SX_PII_PERSON_NAME, G12_NAME_KO, NULL},
    {12, "승선명부", "생년월일", "TEXT", SX_PII_BIRTH_DATE, G12_BIRTH_KO, NULL},
    {12, "승선명부", "주민등록번호", "TEXT", SX_PII_GOVERNMENT_ID, G12_RRN, NULL},
    {12, "승선명부", "휴대전화", "TEXT", SX_PII_PHONE, G12_PHONE_KO, NULL},
    {12, "승선명부", "비상연락처", "TEXT", SX_PII_PHONE, G12_EMERG_KO, NULL},
    {12, "승선명부", "email", "TEXT", SX_PII_EMAIL, G12_EMAIL_KO, NULL},
    {12, "승선명부", "주소", "TEXT", SX_PII_POSTAL_ADDRESS, G12_ADDR_KO, NULL},
    {12, "승선명부", "결제카드", "TEXT", SX_PII_PAYMENT_CARD, G12_CARD_KO, NULL},
    {12, "승선명부", "특이사항", "TEXT", SX_PII_FREE_TEXT, G12_PROSE_KO, NULL},
    {12, "승선명부", "선박명", "TEXT", SX_PII_NONE, G12_BOAT_KO, NULL},
    {12, "승선명부", "사업자등록번호", "TEXT", SX_PII_NONE, G12_BRN_KO, NULL},
    {12, "승선명부", "선사_전화", "TEXT", SX_PII_NONE, G12_PHONE_KO_BIZ, NULL},
    {12, "승선명부", "어종", "TEXT", SX_PII_NONE, G12_FISH_KO, NULL},
    {12, "승선명부", "출항일시", "TEXT", SX_PII_NONE, G12_DEPART_KO, NULL},
    {12, "승선명부", "승선료", "TEXT", SX_PII_NONE, G12_WON, NULL},
    {12, "승선명부", "sms_template", "TEXT", SX_PII_NONE, G12_TPL_KO, NULL},
    {12, "승선명부", "출항지", "TEXT", SX_PII_NONE, G12_PORT_KO, NULL},
    /* a Yogyakarta boarding house's tenants (Indonesian) */
    {12, "penghuni_kos", "no_kamar", "TEXT", SX_PII_NONE, G12_ROOM_ID, NULL},
    {12, "penghuni_kos", "nama_lengkap", "TEXT", SX_PII_PERSON_NAME, G12_NAME_ID, NULL},
    {12, "penghuni_kos", "nama_wali", "TEXT", SX_PII_PERSON_NAME, G12_WALI_ID, NULL},
    {12, "penghuni_kos", "tempat_tgl_lahir", "TEXT", SX_PII_BIRTH_DATE, G12_TTL_ID, NULL},
    {12, "penghuni_kos", "nik", "TEXT", SX_PII_GOVERNMENT_ID, G12_NIK, NULL},
    {12, "penghuni_kos", "no_hp", "TEXT", SX_PII_PHONE, G12_PHONE_ID, NULL},
    {12, "penghuni_kos", "email_aktif", "TEXT", SX_PII_EMAIL, G12_EMAIL_ID, NULL},
    {12, "penghuni_kos", "alamat_asal", "TEXT", SX_PII_POSTAL_ADDRESS, G12_ADDR_ID, NULL},
    {12, "penghuni_kos", "catatan", "TEXT", SX_PII_FREE_TEXT, G12_PROSE_ID, NULL},
    {12, "penghuni_kos", "lokasi_rumah_ortu", "TEXT", SX_PII_GEOLOCATION, G12_LATLON_ID, NULL},
    {12, "penghuni_kos", "nama_kos", "TEXT", SX_PII_NONE, G12_KOS_ID, NULL},
    {12, "penghuni_kos", "nib_usaha", "TEXT", SX_PII_NONE, G12_NIB, NULL},
    {12, "penghuni_kos", "telp_pengelola", "TEXT", SX_PII_NONE, G12_PHONE_ID_BIZ, NULL},
    {12, "penghuni_kos", "tipe_kamar", "TEXT", SX_PII_NONE, G12_ROOMTYPE_ID, NULL},
    {12, "penghuni_kos", "harga_sewa", "TEXT", SX_PII_NONE, G12_RUPIAH, NULL},
    {12, "penghuni_kos", "template_tagihan", "TEXT", SX_PII_NONE, G12_TPL_ID, NULL},
    {12, "penghuni_kos", "no_va_pembayaran", "TEXT", SX_PII_NONE, G12_VA_ID, NULL},
    {12, "penghuni_kos", "tgl_masuk", "TEXT", SX_PII_NONE, G12_MOVEIN_ID, NULL},
    /* a Vojvodina beekeepers' association's members (Serbian, Cyrillic
     * and Latin) */
    {12, "članovi_pčelara", "članski_broj", "TEXT", SX_PII_NONE, G12_MEMBER_SR, NULL},
    {12, "članovi_pčelara", "име_и_презиме", "TEXT", SX_PII_PERSON_NAME, G12_NAME_SR, NULL},
    {12, "članovi_pčelara", "nosilac_gazdinstva", "TEXT", SX_PII_PERSON_NAME, G12_HOLDER_SR, NULL},
    {12, "članovi_pčelara", "датум_рођења", "TEXT", SX_PII_BIRTH_DATE, G12_BIRTH_SR, NULL},
    {12, "članovi_pčelara", "jmbg", "TEXT", SX_PII_GOVERNMENT_ID, G12_JMBG, NULL},
    {12, "članovi_pčelara", "mobilni", "TEXT", SX_PII_PHONE, G12_PHONE_SR, NULL},
    {12, "članovi_pčelara", "e_pošta", "TEXT", SX_PII_EMAIL, G12_EMAIL_SR, NULL},
    {12, "članovi_pčelara", "адреса", "TEXT", SX_PII_POSTAL_ADDRESS, G12_ADDR_SR, NULL},
    {12, "članovi_pčelara", "račun_iban", "TEXT", SX_PII_IBAN, G12_IBAN_SR, NULL},
    {12, "članovi_pčelara", "dina_kartica", "TEXT", SX_PII_PAYMENT_CARD, G12_CARD_SR, NULL},
    {12, "članovi_pčelara", "напомена", "TEXT", SX_PII_FREE_TEXT, G12_PROSE_SR, NULL},
    {12, "članovi_pčelara", "lokacija_pčelinjaka", "TEXT", SX_PII_GEOLOCATION, G12_LATLON_SR, NULL},
    {12, "članovi_pčelara", "ip_adresa", "TEXT", SX_PII_IP_ADDRESS, G12_IP_SR, NULL},
    {12, "članovi_pčelara", "pib_udruženja", "TEXT", SX_PII_NONE, G12_PIB, NULL},
    {12, "članovi_pčelara", "matični_broj_udruženja", "TEXT", SX_PII_NONE, G12_MB_SR, NULL},
    {12, "članovi_pčelara", "telefon_sekretarijata", "TEXT", SX_PII_NONE, G12_PHONE_SR_BIZ, NULL},
    {12, "članovi_pčelara", "vrsta_meda", "TEXT", SX_PII_NONE, G12_HONEY_SR, NULL},
    {12, "članovi_pčelara", "broj_košnica", "TEXT", SX_PII_NONE, G12_HIVES, NULL},
    {12, "članovi_pčelara", "cena_meda", "TEXT", SX_PII_NONE, G12_RSD, NULL},
    {12, "članovi_pčelara", "шаблон_поруке", "TEXT", SX_PII_NONE, G12_TPL_SR, NULL},
    {12, "članovi_pčelara", "datum_upisa", "TEXT", SX_PII_NONE, G12_JOINED_SR, NULL},
    {12, "članovi_pčelara", "sekcija", "TEXT", SX_PII_NONE, G12_SECTION_SR, NULL},
    /* ---- fold 13: heldout13 (blind, Lithuanian, Latvian, Estonian,
     * Kazakh, Tamil, Japanese and Amharic column names) */
    /* a Lithuanian polyclinic's patients */
    {13, "pacientai", "asmens_kodas", "TEXT", SX_PII_GOVERNMENT_ID, G13_AK_LT, NULL},
    {13, "pacientai", "vardas", "TEXT", SX_PII_PERSON_NAME, G13_GIVEN_LT, NULL},
    {13, "pacientai", "pavarde", "TEXT", SX_PII_PERSON_NAME, G13_FAMILY_LT, NULL},
    {13, "pacientai", "gim_data", "TEXT", SX_PII_BIRTH_DATE, G13_BIRTH_LT, NULL},
    {13, "pacientai", "tel_nr", "TEXT", SX_PII_PHONE, G13_PHONE_LT, NULL},
    {13, "pacientai", "el_pastas", "TEXT", SX_PII_EMAIL, G13_EMAIL_LT, NULL},
    {13, "pacientai", "gyv_adresas", "TEXT", SX_PII_POSTAL_ADDRESS, G13_ADDR_LT, NULL},
    {13, "pacientai", "atstovas", "TEXT", SX_PII_PERSON_NAME, G13_GUARD_LT, NULL},
    {13, "pacientai", "nusiskundimai", "TEXT", SX_PII_FREE_TEXT, G13_PROSE_LT, NULL},
    {13, "pacientai", "siuntimo_nr", "TEXT", SX_PII_NONE, G13_REFERRAL_LT, NULL},
    {13, "pacientai", "kabinetas", "TEXT", SX_PII_NONE, G13_ROOM_LT, NULL},
    {13, "pacientai", "darbdavio_im_kodas", "TEXT", SX_PII_NONE, G13_COMPANY_LT, NULL},
    {13, "pacientai", "registraturos_tel", "TEXT", SX_PII_NONE, G13_PHONE_LT_BIZ, NULL},
    {13, "pacientai", "vizito_laikas", "TEXT", SX_PII_NONE, G13_VISIT_LT, NULL},
    {13, "pacientai", "tlk10_kodas", "TEXT", SX_PII_NONE, G13_ICD_LT, NULL},
    {13, "pacientai", "miestas", "TEXT", SX_PII_NONE, G13_CITY_LT, NULL},
    /* a Latvian bank's loan clients */
    {13, "klienti", "pers_kods", "TEXT", SX_PII_GOVERNMENT_ID, G13_PK_LV, NULL},
    {13, "klienti", "vards_uzvards", "TEXT", SX_PII_PERSON_NAME, G13_NAME_LV, NULL},
    {13, "klienti", "dzim_dat", "TEXT", SX_PII_BIRTH_DATE, G13_BIRTH_LV, NULL},
    {13, "klienti", "talrunis", "TEXT", SX_PII_PHONE, G13_PHONE_LV, NULL},
    {13, "klienti", "e_pasts", "TEXT", SX_PII_EMAIL, G13_EMAIL_LV, NULL},
    {13, "klienti", "deklareta_adrese", "TEXT", SX_PII_POSTAL_ADDRESS, G13_ADDR_LV, NULL},
    {13, "klienti", "konta_nr", "TEXT", SX_PII_IBAN, G13_IBAN_LV, NULL},
    {13, "klienti", "kartes_numurs", "TEXT", SX_PII_PAYMENT_CARD, G13_CARD_LV, NULL},
    {13, "klienti", "pieslegsanas_ip", "TEXT", SX_PII_IP_ADDRESS, G13_IP_LV, NULL},
    {13, "klienti", "piezimes", "TEXT", SX_PII_FREE_TEXT, G13_PROSE_LV, NULL},
    {13, "klienti", "liguma_nr", "TEXT", SX_PII_NONE, G13_CONTRACT_LV, NULL},
    {13, "klienti", "filiale", "TEXT", SX_PII_NONE, G13_BRANCH_LV, NULL},
    {13, "klienti", "bic_kods", "TEXT", SX_PII_NONE, G13_BIC_LV, NULL},
    {13, "klienti", "produkts", "TEXT", SX_PII_NONE, G13_PRODUCT_LV, NULL},
    {13, "klienti", "darba_devejs_reg_nr", "TEXT", SX_PII_NONE, G13_REGNR_LV, NULL},
    {13, "klienti", "info_talrunis", "TEXT", SX_PII_NONE, G13_PHONE_LV_BIZ, NULL},
    {13, "klienti", "darijuma_hash", "TEXT", SX_PII_NONE, G13_HASH_LV, NULL},
    /* an Estonian firm's staff (HR) */
    {13, "tootajad", "isikukood", "TEXT", SX_PII_GOVERNMENT_ID, G13_IK_EE, NULL},
    {13, "tootajad", "eesnimi", "TEXT", SX_PII_PERSON_NAME, G13_GIVEN_EE, NULL},
    {13, "tootajad", "perekonnanimi", "TEXT", SX_PII_PERSON_NAME, G13_FAMILY_EE, NULL},
    {13, "tootajad", "synniaeg", "TEXT", SX_PII_BIRTH_DATE, G13_BIRTH_EE, NULL},
    {13, "tootajad", "mobiil", "TEXT", SX_PII_PHONE, G13_PHONE_EE, NULL},
    {13, "tootajad", "e_post", "TEXT", SX_PII_EMAIL, G13_EMAIL_EE, NULL},
    {13, "tootajad", "elukoht", "TEXT", SX_PII_POSTAL_ADDRESS, G13_ADDR_EE, NULL},
    {13, "tootajad", "arveldusarve", "TEXT", SX_PII_IBAN, G13_IBAN_EE, NULL},
    {13, "tootajad", "vpn_ip", "TEXT", SX_PII_IP_ADDRESS, G13_IP_EE, NULL},
    {13, "tootajad", "markused", "TEXT", SX_PII_FREE_TEXT, G13_PROSE_EE, NULL},
    {13, "tootajad", "hadaabi_kontakt", "TEXT", SX_PII_PERSON_NAME, G13_EMERG_EE, NULL},
    {13, "tootajad", "tootaja_nr", "TEXT", SX_PII_NONE, G13_EMPNO_EE, NULL},
    {13, "tootajad", "ametikoht", "TEXT", SX_PII_NONE, G13_JOB_EE, NULL},
    {13, "tootajad", "osakond", "TEXT", SX_PII_NONE, G13_DEPT_EE, NULL},
    {13, "tootajad", "registrikood", "TEXT", SX_PII_NONE, G13_REGCODE_EE, NULL},
    {13, "tootajad", "lepingu_algus", "TEXT", SX_PII_NONE, G13_START_EE, NULL},
    {13, "tootajad", "kontori_tel", "TEXT", SX_PII_NONE, G13_PHONE_EE_BIZ, NULL},
    {13, "tootajad", "asukoht", "TEXT", SX_PII_NONE, G13_TOWN_EE, NULL},
    /* a Kazakh mobile operator's subscribers (Cyrillic and Latin Kazakh) */
    {13, "абоненттер", "ЖСН", "TEXT", SX_PII_GOVERNMENT_ID, G13_IIN_KZ, NULL},
    {13, "абоненттер", "аты_жөні", "TEXT", SX_PII_PERSON_NAME, G13_NAME_KZ, NULL},
    {13, "абоненттер", "tolyq_aty_latyn", "TEXT", SX_PII_PERSON_NAME, G13_NAME_KZ_LAT, NULL},
    {13, "абоненттер", "туған_күні", "TEXT", SX_PII_BIRTH_DATE, G13_BIRTH_KZ, NULL},
    {13, "абоненттер", "uyaly_tel", "TEXT", SX_PII_PHONE, G13_PHONE_KZ, NULL},
    {13, "абоненттер", "мекенжай", "TEXT", SX_PII_POSTAL_ADDRESS, G13_ADDR_KZ, NULL},
    {13, "абоненттер", "kaspi_karta", "TEXT", SX_PII_PAYMENT_CARD, G13_CARD_KZ, NULL},
    {13, "абоненттер", "songy_oryn", "TEXT", SX_PII_GEOLOCATION, G13_LATLON_KZ, NULL},
    {13, "абоненттер", "шағым_мәтіні", "TEXT", SX_PII_FREE_TEXT, G13_PROSE_KZ, NULL},
    {13, "абоненттер", "esep_shot_iban", "TEXT", SX_PII_IBAN, G13_IBAN_KZ, NULL},
    {13, "абоненттер", "келісімшарт_нөмірі", "TEXT", SX_PII_NONE, G13_CONTRACT_KZ, NULL},
    {13, "абоненттер", "тариф", "TEXT", SX_PII_NONE, G13_TARIFF_KZ, NULL},
    {13, "абоненттер", "дилер_БСН", "TEXT", SX_PII_NONE, G13_BIN_KZ, NULL},
    {13, "абоненттер", "bs_koordinata", "TEXT", SX_PII_NONE, G13_TOWER_KZ, NULL},
    {13, "абоненттер", "call_center", "TEXT", SX_PII_NONE, G13_PHONE_KZ_BIZ, NULL},
    {13, "абоненттер", "iccid", "TEXT", SX_PII_NONE, G13_ICCID_KZ, NULL},
    {13, "абоненттер", "qala", "TEXT", SX_PII_NONE, G13_CITY_KZ, NULL},
    /* a Tamil Nadu school's pupils (Tamil script and transliterated) */
    {13, "maanavar_vivaram", "maanavar_peyar", "TEXT", SX_PII_PERSON_NAME, G13_NAME_TA, NULL},
    {13, "maanavar_vivaram", "student_name_eng", "TEXT", SX_PII_PERSON_NAME, G13_NAME_TA_LAT, NULL},
    {13, "maanavar_vivaram", "thanthai_peyar", "TEXT", SX_PII_PERSON_NAME, G13_FATHER_TA, NULL},
    {13, "maanavar_vivaram", "பிறந்த_தேதி", "TEXT", SX_PII_BIRTH_DATE, G13_BIRTH_TA, NULL},
    {13, "maanavar_vivaram", "aadhaar_en", "TEXT", SX_PII_GOVERNMENT_ID, G13_AADHAAR, NULL},
    {13, "maanavar_vivaram", "petror_kaipesi", "TEXT", SX_PII_PHONE, G13_PHONE_TA, NULL},
    {13, "maanavar_vivaram", "parent_mail", "TEXT", SX_PII_EMAIL, G13_EMAIL_TA, NULL},
    {13, "maanavar_vivaram", "mugavari", "TEXT", SX_PII_POSTAL_ADDRESS, G13_ADDR_TA, NULL},
    {13, "maanavar_vivaram", "aasiriyar_kurippu", "TEXT", SX_PII_FREE_TEXT, G13_PROSE_TA, NULL},
    {13, "maanavar_vivaram", "vaguppu", "TEXT", SX_PII_NONE, G13_CLASS_TA, NULL},
    {13, "maanavar_vivaram", "palli_tholaipesi", "TEXT", SX_PII_NONE, G13_PHONE_TA_BIZ, NULL},
    {13, "maanavar_vivaram", "kattanam", "TEXT", SX_PII_NONE, G13_FEE_TA, NULL},
    {13, "maanavar_vivaram", "udise_code", "TEXT", SX_PII_NONE, G13_UDISE, NULL},
    {13, "maanavar_vivaram", "bus_route", "TEXT", SX_PII_NONE, G13_ROUTE_TA, NULL},
    {13, "maanavar_vivaram", "thervu_thethi", "TEXT", SX_PII_NONE, G13_EXAM_TA, NULL},
    {13, "maanavar_vivaram", "ஊர்", "TEXT", SX_PII_NONE, G13_TOWN_TA, NULL},
    /* a Japanese online shop's customers (kanji and kana) */
    {13, "顧客マスタ", "氏名", "TEXT", SX_PII_PERSON_NAME, G13_NAME_JP, NULL},
    {13, "顧客マスタ", "フリガナ", "TEXT", SX_PII_PERSON_NAME, G13_KANA_JP, NULL},
    {13, "顧客マスタ", "生年月日", "TEXT", SX_PII_BIRTH_DATE, G13_BIRTH_JP, NULL},
    {13, "顧客マスタ", "マイナンバー", "TEXT", SX_PII_GOVERNMENT_ID, G13_MYNUMBER, NULL},
    {13, "顧客マスタ", "電話番号", "TEXT", SX_PII_PHONE, G13_PHONE_JP, NULL},
    {13, "顧客マスタ", "メールアドレス", "TEXT", SX_PII_EMAIL, G13_EMAIL_JP, NULL},
    {13, "顧客マスタ", "住所", "TEXT", SX_PII_POSTAL_ADDRESS, G13_ADDR_JP, NULL},
    {13, "顧客マスタ", "カード番号", "TEXT", SX_PII_PAYMENT_CARD, G13_CARD_JP, NULL},
    {13, "顧客マスタ", "問い合わせ内容", "TEXT", SX_PII_FREE_TEXT, G13_PROSE_JP, NULL},
    {13, "顧客マスタ", "アクセスIP", "TEXT", SX_PII_IP_ADDRESS, G13_IP_JP, NULL},
    {13, "顧客マスタ", "注文番号", "TEXT", SX_PII_NONE, G13_ORDER_JP, NULL},
    {13, "顧客マスタ", "商品名", "TEXT", SX_PII_NONE, G13_PRODUCT_JP, NULL},
    {13, "顧客マスタ", "JANコード", "TEXT", SX_PII_NONE, G13_JAN, NULL},
    {13, "顧客マスタ", "出店者_法人番号", "TEXT", SX_PII_NONE, G13_HOJIN, NULL},
    {13, "顧客マスタ", "店舗電話", "TEXT", SX_PII_NONE, G13_PHONE_JP_BIZ, NULL},
    {13, "顧客マスタ", "配送予定日", "TEXT", SX_PII_NONE, G13_SHIP_JP, NULL},
    {13, "顧客マスタ", "配送業者", "TEXT", SX_PII_NONE, G13_CARRIER_JP, NULL},
    {13, "顧客マスタ", "お問い合わせ伝票番号", "TEXT", SX_PII_NONE, G13_TRACK_JP, NULL},
    {13, "顧客マスタ", "都道府県", "TEXT", SX_PII_NONE, G13_PREF_JP, NULL},
    /* an Addis Ababa microfinance's borrowers (Amharic, Ge'ez script) */
    {13, "ደንበኞች", "ሙሉ_ስም", "TEXT", SX_PII_PERSON_NAME, G13_NAME_AM, NULL},
    {13, "ደንበኞች", "የትውልድ_ቀን", "TEXT", SX_PII_BIRTH_DATE, G13_BIRTH_AM, NULL},
    {13, "ደንበኞች", "fayda_fin", "TEXT", SX_PII_GOVERNMENT_ID, G13_FAYDA, NULL},
    {13, "ደንበኞች", "ስልክ_ቁጥር", "TEXT", SX_PII_PHONE, G13_PHONE_AM, NULL},
    {13, "ደንበኞች", "አድራሻ", "TEXT", SX_PII_POSTAL_ADDRESS, G13_ADDR_AM, NULL},
    {13, "ደንበኞች", "ማስታወሻ", "TEXT", SX_PII_FREE_TEXT, G13_PROSE_AM, NULL},
    {13, "ደንበኞች", "የብድር_ቁጥር", "TEXT", SX_PII_NONE, G13_LOAN_AM, NULL},
    {13, "ደንበኞች", "ቅርንጫፍ", "TEXT", SX_PII_NONE, G13_BRANCH_AM, NULL},
    {13, "ደንበኞች", "የብድር_መጠን", "TEXT", SX_PII_NONE, G13_BIRR, NULL},
    {13, "ደንበኞች", "branch_tel", "TEXT", SX_PII_NONE, G13_PHONE_AM_BIZ, NULL},
    /* ---- fold 14: heldout14 (blind, Croatian, Danish, Norwegian, Malay,
     * Mongolian Cyrillic and isiZulu column names) */
    /* a Rijeka water utility's customers */
    {14, "potrosaci", "oib", "TEXT", SX_PII_GOVERNMENT_ID, G14_OIB, NULL},
    {14, "potrosaci", "ime", "TEXT", SX_PII_PERSON_NAME, G14_GIVEN_HR, NULL},
    {14, "potrosaci", "prezime", "TEXT", SX_PII_PERSON_NAME, G14_FAMILY_HR, NULL},
    {14, "potrosaci", "datum_rodjenja", "TEXT", SX_PII_BIRTH_DATE, G14_BIRTH_HR, NULL},
    {14, "potrosaci", "mobitel", "TEXT", SX_PII_PHONE, G14_PHONE_HR, NULL},
    {14, "potrosaci", "e_posta", "TEXT", SX_PII_EMAIL, G14_EMAIL_HR, NULL},
    {14, "potrosaci", "adresa_stanovanja", "TEXT", SX_PII_POSTAL_ADDRESS, G14_ADDR_HR, NULL},
    {14, "potrosaci", "iban_za_povrat", "TEXT", SX_PII_IBAN, G14_IBAN_HR, NULL},
    {14, "potrosaci", "ip_prijave", "TEXT", SX_PII_IP_ADDRESS, G14_IP_HR, NULL},
    {14, "potrosaci", "napomena", "TEXT", SX_PII_FREE_TEXT, G14_PROSE_HR, NULL},
    {14, "potrosaci", "broj_vodomjera", "TEXT", SX_PII_NONE, G14_METER_HR, NULL},
    {14, "potrosaci", "oib_upravitelja", "TEXT", SX_PII_NONE, G14_OIB_FIRM, NULL},
    {14, "potrosaci", "mbs_upravitelja", "TEXT", SX_PII_NONE, G14_MBS_HR, NULL},
    {14, "potrosaci", "datum_ocitanja", "TEXT", SX_PII_NONE, G14_READ_HR, NULL},
    {14, "potrosaci", "tel_dezurstva", "TEXT", SX_PII_NONE, G14_PHONE_HR_BIZ, NULL},
    {14, "potrosaci", "potrosnja", "TEXT", SX_PII_NONE, G14_M3_HR, NULL},
    {14, "potrosaci", "lokacija_okna", "TEXT", SX_PII_NONE, G14_METER_GPS_HR, NULL},
    {14, "potrosaci", "zona_ulica", "TEXT", SX_PII_NONE, G14_STREET_HR, NULL},
    /* a Copenhagen rowing club's members */
    {14, "medlemmer", "cpr_nr", "TEXT", SX_PII_GOVERNMENT_ID, G14_CPR, NULL},
    {14, "medlemmer", "fornavn", "TEXT", SX_PII_PERSON_NAME, G14_GIVEN_DK, NULL},
    {14, "medlemmer", "efternavn", "TEXT", SX_PII_PERSON_NAME, G14_FAMILY_DK, NULL},
    {14, "medlemmer", "foedselsdato", "TEXT", SX_PII_BIRTH_DATE, G14_BIRTH_DK, NULL},
    {14, "medlemmer", "mobilnr", "TEXT", SX_PII_PHONE, G14_PHONE_DK, NULL},
    {14, "medlemmer", "email", "TEXT", SX_PII_EMAIL, G14_EMAIL_DK, NULL},
    {14, "medlemmer", "adresse", "TEXT", SX_PII_POSTAL_ADDRESS, G14_ADDR_DK, NULL},
    {14, "medlemmer", "udbetalingskonto", "TEXT", SX_PII_IBAN, G14_IBAN_DK, NULL},
    {14, "medlemmer", "betalingskort", "TEXT", SX_PII_PAYMENT_CARD, G14_CARD_DK, NULL},
    {14, "medlemmer", "ip_tilmelding", "TEXT", SX_PII_IP_ADDRESS, G14_IP_DK, NULL},
    {14, "medlemmer", "naermeste_paaroerende", "TEXT", SX_PII_PERSON_NAME, G14_KIN_DK, NULL},
    {14, "medlemmer", "bemaerkninger", "TEXT", SX_PII_FREE_TEXT, G14_PROSE_DK, NULL},
    {14, "medlemmer", "sponsor_cvr", "TEXT", SX_PII_NONE, G14_CVR, NULL},
    {14, "medlemmer", "hold", "TEXT", SX_PII_NONE, G14_TEAM_DK, NULL},
    {14, "medlemmer", "baad", "TEXT", SX_PII_NONE, G14_BOAT_DK, NULL},
    {14, "medlemmer", "kontingent", "TEXT", SX_PII_NONE, G14_FEE_DK, NULL},
    {14, "medlemmer", "klubhus_tlf", "TEXT", SX_PII_NONE, G14_PHONE_DK_BIZ, NULL},
    {14, "medlemmer", "ean_nr", "TEXT", SX_PII_NONE, G14_GLN_DK, NULL},
    {14, "medlemmer", "turdato", "TEXT", SX_PII_NONE, G14_TRIP_DK, NULL},
    /* a Tromsø fishing vessel's crew */
    {14, "mannskap", "fodselsnummer", "TEXT", SX_PII_GOVERNMENT_ID, G14_FNR, NULL},
    {14, "mannskap", "navn", "TEXT", SX_PII_PERSON_NAME, G14_NAME_NO, NULL},
    {14, "mannskap", "fodt", "TEXT", SX_PII_BIRTH_DATE, G14_BIRTH_NO, NULL},
    {14, "mannskap", "mobil", "TEXT", SX_PII_PHONE, G14_PHONE_NO, NULL},
    {14, "mannskap", "epost", "TEXT", SX_PII_EMAIL, G14_EMAIL_NO, NULL},
    {14, "mannskap", "bostedsadresse", "TEXT", SX_PII_POSTAL_ADDRESS, G14_ADDR_NO, NULL},
    {14, "mannskap", "lonnskonto", "TEXT", SX_PII_IBAN, G14_IBAN_NO, NULL},
    {14, "mannskap", "naermeste_parorende", "TEXT", SX_PII_PERSON_NAME, G14_KIN_NO, NULL},
    {14, "mannskap", "merknad", "TEXT", SX_PII_FREE_TEXT, G14_PROSE_NO, NULL},
    {14, "mannskap", "rederi_orgnr", "TEXT", SX_PII_NONE, G14_ORGNR, NULL},
    {14, "mannskap", "fartoy", "TEXT", SX_PII_NONE, G14_VESSEL_NO, NULL},
    {14, "mannskap", "fiskerimerke", "TEXT", SX_PII_NONE, G14_FISKREG_NO, NULL},
    {14, "mannskap", "kallesignal", "TEXT", SX_PII_NONE, G14_CALLSIGN_NO, NULL},
    {14, "mannskap", "siste_posisjon", "TEXT", SX_PII_NONE, G14_POS_NO, NULL},
    {14, "mannskap", "fangst", "TEXT", SX_PII_NONE, G14_CATCH_NO, NULL},
    {14, "mannskap", "rederi_tlf", "TEXT", SX_PII_NONE, G14_PHONE_NO_BIZ, NULL},
    {14, "mannskap", "hjemmehavn", "TEXT", SX_PII_NONE, G14_PORT_NO, NULL},
    /* a Kuala Lumpur e-hailing firm's drivers */
    {14, "pemandu", "no_kp", "TEXT", SX_PII_GOVERNMENT_ID, G14_MYKAD, NULL},
    {14, "pemandu", "nama_penuh", "TEXT", SX_PII_PERSON_NAME, G14_NAME_MY, NULL},
    {14, "pemandu", "tarikh_lahir", "TEXT", SX_PII_BIRTH_DATE, G14_BIRTH_MY, NULL},
    {14, "pemandu", "no_tel_bimbit", "TEXT", SX_PII_PHONE, G14_PHONE_MY, NULL},
    {14, "pemandu", "emel", "TEXT", SX_PII_EMAIL, G14_EMAIL_MY, NULL},
    {14, "pemandu", "alamat_rumah", "TEXT", SX_PII_POSTAL_ADDRESS, G14_ADDR_MY, NULL},
    {14, "pemandu", "no_kad_debit", "TEXT", SX_PII_PAYMENT_CARD, G14_CARD_MY, NULL},
    {14, "pemandu", "lokasi_semasa", "TEXT", SX_PII_GEOLOCATION, G14_LATLON_MY, NULL},
    {14, "pemandu", "alamat_ip", "TEXT", SX_PII_IP_ADDRESS, G14_IP_MY, NULL},
    {14, "pemandu", "waris_terdekat", "TEXT", SX_PII_PERSON_NAME, G14_KIN_MY, NULL},
    {14, "pemandu", "catatan", "TEXT", SX_PII_FREE_TEXT, G14_PROSE_MY, NULL},
    {14, "pemandu", "no_plat", "TEXT", SX_PII_NONE, G14_PLATE_MY, NULL},
    {14, "pemandu", "no_ssm_syarikat", "TEXT", SX_PII_NONE, G14_SSM_MY, NULL},
    {14, "pemandu", "model_kenderaan", "TEXT", SX_PII_NONE, G14_CAR_MY, NULL},
    {14, "pemandu", "kod_promosi", "TEXT", SX_PII_NONE, G14_PROMO_MY, NULL},
    {14, "pemandu", "tel_pejabat", "TEXT", SX_PII_NONE, G14_PHONE_MY_BIZ, NULL},
    {14, "pemandu", "lokasi_hab", "TEXT", SX_PII_NONE, G14_HUB_MY, NULL},
    {14, "pemandu", "masa_perjalanan", "TEXT", SX_PII_NONE, G14_TRIP_MY, NULL},
    /* an Ulaanbaatar pawnshop's borrowers (Mongolian Cyrillic) */
    {14, "зээлдэгч", "регистрийн_дугаар", "TEXT", SX_PII_GOVERNMENT_ID, G14_REG_MN, NULL},
    {14, "зээлдэгч", "овог", "TEXT", SX_PII_PERSON_NAME, G14_OVOG_MN, NULL},
    {14, "зээлдэгч", "нэр", "TEXT", SX_PII_PERSON_NAME, G14_GIVEN_MN, NULL},
    {14, "зээлдэгч", "төрсөн_огноо", "TEXT", SX_PII_BIRTH_DATE, G14_BIRTH_MN, NULL},
    {14, "зээлдэгч", "утас", "TEXT", SX_PII_PHONE, G14_PHONE_MN, NULL},
    {14, "зээлдэгч", "имэйл", "TEXT", SX_PII_EMAIL, G14_EMAIL_MN, NULL},
    {14, "зээлдэгч", "гэрийн_хаяг", "TEXT", SX_PII_POSTAL_ADDRESS, G14_ADDR_MN, NULL},
    {14, "зээлдэгч", "гэрийн_байршил", "TEXT", SX_PII_GEOLOCATION, G14_HOME_GPS_MN, NULL},
    {14, "зээлдэгч", "батлан_даагч", "TEXT", SX_PII_PERSON_NAME, G14_GUAR_MN, NULL},
    {14, "зээлдэгч", "тэмдэглэл", "TEXT", SX_PII_FREE_TEXT, G14_PROSE_MN, NULL},
    {14, "зээлдэгч", "гэрээний_дугаар", "TEXT", SX_PII_NONE, G14_CONTRACT_MN, NULL},
    {14, "зээлдэгч", "барьцаа", "TEXT", SX_PII_NONE, G14_COLLAT_MN, NULL},
    {14, "зээлдэгч", "зээлийн_дүн", "TEXT", SX_PII_NONE, G14_AMOUNT_MN, NULL},
    {14, "зээлдэгч", "салбарын_утас", "TEXT", SX_PII_NONE, G14_PHONE_MN_BIZ, NULL},
    {14, "зээлдэгч", "байгууллагын_регистр", "TEXT", SX_PII_NONE, G14_ORGREG_MN, NULL},
    {14, "зээлдэгч", "олгосон_огноо", "TEXT", SX_PII_NONE, G14_ISSUED_MN, NULL},
    {14, "зээлдэгч", "дүүрэг", "TEXT", SX_PII_NONE, G14_DISTRICT_MN, NULL},
    /* a Durban burial society's members (isiZulu) */
    {14, "amalungu", "inombolo_kamazisi", "TEXT", SX_PII_GOVERNMENT_ID, G14_SAID, NULL},
    {14, "amalungu", "igama", "TEXT", SX_PII_PERSON_NAME, G14_GIVEN_ZU, NULL},
    {14, "amalungu", "isibongo", "TEXT", SX_PII_PERSON_NAME, G14_FAMILY_ZU, NULL},
    {14, "amalungu", "usuku_lokuzalwa", "TEXT", SX_PII_BIRTH_DATE, G14_BIRTH_ZU, NULL},
    {14, "amalungu", "umakhalekhukhwini", "TEXT", SX_PII_PHONE, G14_PHONE_ZU, NULL},
    {14, "amalungu", "imeyili", "TEXT", SX_PII_EMAIL, G14_EMAIL_ZU, NULL},
    {14, "amalungu", "ikheli", "TEXT", SX_PII_POSTAL_ADDRESS, G14_ADDR_ZU, NULL},
    {14, "amalungu", "umhlomuli", "TEXT", SX_PII_PERSON_NAME, G14_BENEF_ZU, NULL},
    {14, "amalungu", "amanothi", "TEXT", SX_PII_FREE_TEXT, G14_PROSE_ZU, NULL},
    {14, "amalungu", "inombolo_ye_npo", "TEXT", SX_PII_NONE, G14_NPO_ZU, NULL},
    {14, "amalungu", "umngcwabi_reg_no", "TEXT", SX_PII_NONE, G14_CIPC_ZU, NULL},
    {14, "amalungu", "ucingo_lwehhovisi", "TEXT", SX_PII_NONE, G14_PHONE_ZU_BIZ, NULL},
    {14, "amalungu", "usuku_lomhlangano", "TEXT", SX_PII_NONE, G14_MEETING_ZU, NULL},
    {14, "amalungu", "inkokhelo", "TEXT", SX_PII_NONE, G14_PREMIUM_ZU, NULL},
    {14, "amalungu", "uhlelo", "TEXT", SX_PII_NONE, G14_PLAN_ZU, NULL},    /* ---- fold 15: held out, written blind (see value15()) */
    {15, "padron_tianguis", "nombre_comerciante", "TEXT", SX_PII_PERSON_NAME, G15_NAME_MX, NULL},
    {15, "padron_tianguis", "curp", "TEXT", SX_PII_GOVERNMENT_ID, G15_CURP, NULL},
    {15, "padron_tianguis", "rfc", "TEXT", SX_PII_GOVERNMENT_ID, G15_RFC_PF, NULL},
    {15, "padron_tianguis", "fechaNacimiento", "TEXT", SX_PII_BIRTH_DATE, G15_BIRTH_MX, NULL},
    {15, "padron_tianguis", "cel", "TEXT", SX_PII_PHONE, G15_PHONE_MX, NULL},
    {15, "padron_tianguis", "correo", "TEXT", SX_PII_EMAIL, G15_EMAIL_MX, NULL},
    {15, "padron_tianguis", "domicilio", "TEXT", SX_PII_POSTAL_ADDRESS, G15_ADDR_MX, NULL},
    {15, "padron_tianguis", "nss", "TEXT", SX_PII_GOVERNMENT_ID, G15_NSS_MX, NULL},
    {15, "padron_tianguis", "tarjeta_cobro", "TEXT", SX_PII_PAYMENT_CARD, G15_CARD_MASK_MX, NULL},
    {15, "padron_tianguis", "observaciones", "TEXT", SX_PII_FREE_TEXT, G15_PROSE_MX, NULL},
    {15, "padron_tianguis", "num_puesto", "TEXT", SX_PII_NONE, G15_PUESTO_MX, NULL},
    {15, "padron_tianguis", "giro", "TEXT", SX_PII_NONE, G15_GIRO_MX, NULL},
    {15, "padron_tianguis", "folio_permiso", "TEXT", SX_PII_NONE, G15_FOLIO_MX, NULL},
    {15, "padron_tianguis", "cuota_semanal", "TEXT", SX_PII_NONE, G15_CUOTA_MX, NULL},
    {15, "padron_tianguis", "rfc_asociacion", "TEXT", SX_PII_NONE, G15_RFC_PM, NULL},
    {15, "padron_tianguis", "nombre_tianguis", "TEXT", SX_PII_NONE, G15_TIANGUIS_MX, NULL},
    {15, "padron_tianguis", "sms_plantilla", "TEXT", SX_PII_NONE, G15_SMS_MX, NULL},
    {15, "stanovalci", "ime", "TEXT", SX_PII_PERSON_NAME, G15_GIVEN_SI, NULL},
    {15, "stanovalci", "priimek", "TEXT", SX_PII_PERSON_NAME, G15_FAMILY_SI, NULL},
    {15, "stanovalci", "emso", "TEXT", SX_PII_GOVERNMENT_ID, G15_EMSO, NULL},
    {15, "stanovalci", "davcna_st", "TEXT", SX_PII_GOVERNMENT_ID, G15_DAVCNA, NULL},
    {15, "stanovalci", "datum_rojstva", "TEXT", SX_PII_BIRTH_DATE, G15_BIRTH_SI, NULL},
    {15, "stanovalci", "gsm", "TEXT", SX_PII_PHONE, G15_PHONE_SI, NULL},
    {15, "stanovalci", "eposta", "TEXT", SX_PII_EMAIL, G15_EMAIL_SI, NULL},
    {15, "stanovalci", "stalni_naslov", "TEXT", SX_PII_POSTAL_ADDRESS, G15_ADDR_SI, NULL},
    {15, "stanovalci", "trr", "TEXT", SX_PII_IBAN, G15_IBAN_SI, NULL},
    {15, "stanovalci", "ip_naslov", "TEXT", SX_PII_IP_ADDRESS, G15_IPV6_SI, NULL},
    {15, "stanovalci", "kontaktna_oseba", "TEXT", SX_PII_PERSON_NAME, G15_NAME_SI, NULL},
    {15, "stanovalci", "opombe", "TEXT", SX_PII_FREE_TEXT, G15_PROSE_SI, NULL},
    {15, "stanovalci", "soba", "TEXT", SX_PII_NONE, G15_ROOM_SI, NULL},
    {15, "stanovalci", "dom", "TEXT", SX_PII_NONE, G15_DORM_SI, NULL},
    {15, "stanovalci", "najemnina", "TEXT", SX_PII_NONE, G15_RENT_SI, NULL},
    {15, "stanovalci", "st_pogodbe", "TEXT", SX_PII_NONE, G15_CONTRACT_SI, NULL},
    {15, "stanovalci", "uid_kartice", "TEXT", SX_PII_NONE, G15_UID_SI, NULL},
    {15, "stanovalci", "fakulteta", "TEXT", SX_PII_NONE, G15_FAC_SI, NULL},
    {15, "naemi", "клиент", "TEXT", SX_PII_PERSON_NAME, G15_NAME_BG, NULL},
    {15, "naemi", "egn", "TEXT", SX_PII_GOVERNMENT_ID, G15_EGN, NULL},
    {15, "naemi", "лнч", "TEXT", SX_PII_GOVERNMENT_ID, G15_LNCH, NULL},
    {15, "naemi", "data_rajdane", "TEXT", SX_PII_BIRTH_DATE, G15_BIRTH_BG, NULL},
    {15, "naemi", "телефон", "TEXT", SX_PII_PHONE, G15_PHONE_BG, NULL},
    {15, "naemi", "email", "TEXT", SX_PII_EMAIL, G15_EMAIL_BG, NULL},
    {15, "naemi", "адрес", "TEXT", SX_PII_POSTAL_ADDRESS, G15_ADDR_BG, NULL},
    {15, "naemi", "iban_depozit", "TEXT", SX_PII_IBAN, G15_IBAN_BG, NULL},
    {15, "naemi", "karta", "TEXT", SX_PII_PAYMENT_CARD, G15_CARD_BG, NULL},
    {15, "naemi", "ip_rezervacia", "TEXT", SX_PII_IP_ADDRESS, G15_IP_BG, NULL},
    {15, "naemi", "бележка", "TEXT", SX_PII_FREE_TEXT, G15_PROSE_BG, NULL},
    {15, "naemi", "ръст_см", "INTEGER", SX_PII_NONE, G15_HEIGHT_BG, NULL},
    {15, "naemi", "din", "TEXT", SX_PII_NONE, G15_DIN_BG, NULL},
    {15, "naemi", "размер_обувка", "TEXT", SX_PII_NONE, G15_BOOT_BG, NULL},
    {15, "naemi", "ski_model", "TEXT", SX_PII_NONE, G15_SKI_BG, NULL},
    {15, "naemi", "инв_номер", "TEXT", SX_PII_NONE, G15_INV_BG, NULL},
    {15, "naemi", "suma_lv", "TEXT", SX_PII_NONE, G15_SUM_BG, NULL},
    {15, "naemi", "eik_firma", "TEXT", SX_PII_NONE, G15_EIK_BG, NULL},
    {15, "plaaswerkers", "voorname", "TEXT", SX_PII_PERSON_NAME, G15_GIVEN_ZA, NULL},
    {15, "plaaswerkers", "van", "TEXT", SX_PII_PERSON_NAME, G15_FAMILY_ZA, NULL},
    {15, "plaaswerkers", "id_nommer", "TEXT", SX_PII_GOVERNMENT_ID, G15_ID_ZA, NULL},
    {15, "plaaswerkers", "geboortedatum", "TEXT", SX_PII_BIRTH_DATE, G15_BIRTH_ZA, NULL},
    {15, "plaaswerkers", "selfoon", "TEXT", SX_PII_PHONE, G15_PHONE_ZA, NULL},
    {15, "plaaswerkers", "epos", "TEXT", SX_PII_EMAIL, G15_EMAIL_ZA, NULL},
    {15, "plaaswerkers", "woonadres", "TEXT", SX_PII_POSTAL_ADDRESS, G15_ADDR_ZA, NULL},
    {15, "plaaswerkers", "huis_gps", "TEXT", SX_PII_GEOLOCATION, G15_GPS_ZA, NULL},
    {15, "plaaswerkers", "naasbestaande", "TEXT", SX_PII_PERSON_NAME, G15_KIN_ZA, NULL},
    {15, "plaaswerkers", "opmerkings", "TEXT", SX_PII_FREE_TEXT, G15_PROSE_ZA, NULL},
    {15, "plaaswerkers", "werker_nr", "TEXT", SX_PII_NONE, G15_WORKER_ZA, NULL},
    {15, "plaaswerkers", "blok", "TEXT", SX_PII_NONE, G15_BLOCK_ZA, NULL},
    {15, "plaaswerkers", "kratte", "INTEGER", SX_PII_NONE, G15_CRATES_ZA, NULL},
    {15, "plaaswerkers", "uurloon", "TEXT", SX_PII_NONE, G15_WAGE_ZA, NULL},
    {15, "plaaswerkers", "btw_nr", "TEXT", SX_PII_NONE, G15_VAT_ZA, NULL},
    {15, "plaaswerkers", "trekker", "TEXT", SX_PII_NONE, G15_TRACTOR_ZA, NULL},
    {15, "plaaswerkers", "kultivar", "TEXT", SX_PII_NONE, G15_CULTIVAR_ZA, NULL},
    {15, "trainees", "naam", "TEXT", SX_PII_PERSON_NAME, G15_NAME_PK, NULL},
    {15, "trainees", "walid_ka_naam", "TEXT", SX_PII_PERSON_NAME, G15_FATHER_PK, NULL},
    {15, "trainees", "سرپرست_کا_نام", "TEXT", SX_PII_PERSON_NAME, G15_GUARD_UR, NULL},
    {15, "trainees", "شناختی_کارڈ", "TEXT", SX_PII_GOVERNMENT_ID, G15_CNIC, NULL},
    {15, "trainees", "tareekh_paidaish", "TEXT", SX_PII_BIRTH_DATE, G15_BIRTH_PK, NULL},
    {15, "trainees", "mobile_no", "TEXT", SX_PII_PHONE, G15_PHONE_PK, NULL},
    {15, "trainees", "email", "TEXT", SX_PII_EMAIL, G15_EMAIL_PK, NULL},
    {15, "trainees", "pata", "TEXT", SX_PII_POSTAL_ADDRESS, G15_ADDR_PK, NULL},
    {15, "trainees", "refund_iban", "TEXT", SX_PII_IBAN, G15_IBAN_PK, NULL},
    {15, "trainees", "reg_ip", "TEXT", SX_PII_IP_ADDRESS, G15_IP_PK, NULL},
    {15, "trainees", "coach_remarks", "TEXT", SX_PII_FREE_TEXT, G15_PROSE_PK, NULL},
    {15, "trainees", "batch", "TEXT", SX_PII_NONE, G15_BATCH_PK, NULL},
    {15, "trainees", "ground", "TEXT", SX_PII_NONE, G15_GROUND_PK, NULL},
    {15, "trainees", "fee", "TEXT", SX_PII_NONE, G15_FEE_PK, NULL},
    {15, "trainees", "kit_size", "TEXT", SX_PII_NONE, G15_KIT_PK, NULL},
    {15, "trainees", "bowling_style", "TEXT", SX_PII_NONE, G15_BOWL_PK, NULL},
    {15, "trainees", "challan_no", "TEXT", SX_PII_NONE, G15_CHALLAN_PK, NULL},
    {15, "trainees", "jersey_no", "INTEGER", SX_PII_NONE, G15_JERSEY_PK, NULL},
    {15, "hamyon_users", "familiya", "TEXT", SX_PII_PERSON_NAME, G15_FAMILY_UZ, NULL},
    {15, "hamyon_users", "ism", "TEXT", SX_PII_PERSON_NAME, G15_GIVEN_UZ, NULL},
    {15, "hamyon_users", "otasiningIsmi", "TEXT", SX_PII_PERSON_NAME, G15_PATR_UZ, NULL},
    {15, "hamyon_users", "jshshir", "TEXT", SX_PII_GOVERNMENT_ID, G15_JSHSHIR, NULL},
    {15, "hamyon_users", "pasport_seriya_raqam", "TEXT", SX_PII_GOVERNMENT_ID, G15_PASS_UZ, NULL},
    {15, "hamyon_users", "tugilganSana", "TEXT", SX_PII_BIRTH_DATE, G15_BIRTH_UZ, NULL},
    {15, "hamyon_users", "telefon", "TEXT", SX_PII_PHONE, G15_PHONE_UZ, NULL},
    {15, "hamyon_users", "karta_raqami", "TEXT", SX_PII_PAYMENT_CARD, G15_CARD_UZ, NULL},
    {15, "hamyon_users", "ip_manzil", "TEXT", SX_PII_IP_ADDRESS, G15_IP_UZ, NULL},
    {15, "hamyon_users", "geolokatsiya", "TEXT", SX_PII_GEOLOCATION, G15_GEO_UZ, NULL},
    {15, "hamyon_users", "izoh", "TEXT", SX_PII_FREE_TEXT, G15_PROSE_UZ, NULL},
    {15, "hamyon_users", "elPochta", "TEXT", SX_PII_EMAIL, G15_EMAIL_UZ, NULL},
    {15, "hamyon_users", "manzil", "TEXT", SX_PII_POSTAL_ADDRESS, G15_ADDR_UZ, NULL},
    {15, "hamyon_users", "bankomat_joylashuvi", "TEXT", SX_PII_NONE, G15_ATM_UZ, NULL},
    {15, "hamyon_users", "tranzaksiya_id", "TEXT", SX_PII_NONE, G15_TXN_UZ, NULL},
    {15, "hamyon_users", "summa", "TEXT", SX_PII_NONE, G15_SUM_UZ, NULL},
    {15, "hamyon_users", "mfo", "TEXT", SX_PII_NONE, G15_MFO_UZ, NULL},
    {15, "hamyon_users", "merchant", "TEXT", SX_PII_NONE, G15_MERCHANT_UZ, NULL},
    {15, "hamyon_users", "sms_shablon", "TEXT", SX_PII_NONE, G15_SMS_UZ, NULL},
    /* ---- fold 16: heldout16 (blind, Chilean Spanish, Slovak, Azerbaijani,
     * Welsh and Albanian; see value16()) */
    /* a Valparaíso fishermen's union's members (Chilean Spanish) */
    {16, "socios_sindicato", "nombre_socio", "TEXT", SX_PII_PERSON_NAME, G16_NAME_CL, NULL},
    {16, "socios_sindicato", "rut", "TEXT", SX_PII_GOVERNMENT_ID, G16_RUT_CL, NULL},
    {16, "socios_sindicato", "fecha_nac", "TEXT", SX_PII_BIRTH_DATE, G16_BIRTH_CL, NULL},
    {16, "socios_sindicato", "fono", "TEXT", SX_PII_PHONE, G16_PHONE_CL, NULL},
    {16, "socios_sindicato", "mail", "TEXT", SX_PII_EMAIL, G16_EMAIL_CL, NULL},
    {16, "socios_sindicato", "direccion", "TEXT", SX_PII_POSTAL_ADDRESS, G16_ADDR_CL, NULL},
    {16, "socios_sindicato", "nro_tarjeta", "TEXT", SX_PII_PAYMENT_CARD, G16_CARD_CL, NULL},
    {16, "socios_sindicato", "contacto_emergencia", "TEXT", SX_PII_PERSON_NAME, G16_KIN_CL, NULL},
    {16, "socios_sindicato", "obs", "TEXT", SX_PII_FREE_TEXT, G16_PROSE_CL, NULL},
    {16, "socios_sindicato", "rut_comprador", "TEXT", SX_PII_NONE, G16_RUT_FIRM_CL, NULL},
    {16, "socios_sindicato", "matricula_emb", "TEXT", SX_PII_NONE, G16_MATRICULA_CL, NULL},
    {16, "socios_sindicato", "nombre_emb", "TEXT", SX_PII_NONE, G16_BOAT_CL, NULL},
    {16, "socios_sindicato", "especie", "TEXT", SX_PII_NONE, G16_SPECIES_CL, NULL},
    {16, "socios_sindicato", "kilos", "TEXT", SX_PII_NONE, G16_KILOS_CL, NULL},
    {16, "socios_sindicato", "precio_kg", "TEXT", SX_PII_NONE, G16_PRICE_CL, NULL},
    {16, "socios_sindicato", "nro_guia", "TEXT", SX_PII_NONE, G16_GUIA_CL, NULL},
    {16, "socios_sindicato", "patente_camion", "TEXT", SX_PII_NONE, G16_PLATE_CL, NULL},
    /* a Košice climbing gym's members (Slovak camelCase) */
    {16, "clenovia", "meno", "TEXT", SX_PII_PERSON_NAME, G16_GIVEN_SK, NULL},
    {16, "clenovia", "priezvisko", "TEXT", SX_PII_PERSON_NAME, G16_FAMILY_SK, NULL},
    {16, "clenovia", "rodneCislo", "TEXT", SX_PII_GOVERNMENT_ID, G16_RC_SK, NULL},
    {16, "clenovia", "datumNarodenia", "TEXT", SX_PII_BIRTH_DATE, G16_BIRTH_SK, NULL},
    {16, "clenovia", "telefon", "TEXT", SX_PII_PHONE, G16_PHONE_SK, NULL},
    {16, "clenovia", "email", "TEXT", SX_PII_EMAIL, G16_EMAIL_SK, NULL},
    {16, "clenovia", "adresa", "TEXT", SX_PII_POSTAL_ADDRESS, G16_ADDR_SK, NULL},
    {16, "clenovia", "iban", "TEXT", SX_PII_IBAN, G16_IBAN_SK, NULL},
    {16, "clenovia", "ipAdresa", "TEXT", SX_PII_IP_ADDRESS, G16_IP_SK, NULL},
    {16, "clenovia", "poznamka", "TEXT", SX_PII_FREE_TEXT, G16_PROSE_SK, NULL},
    {16, "clenovia", "cisloPermanentky", "TEXT", SX_PII_NONE, G16_PASS_SK, NULL},
    {16, "clenovia", "typClenstva", "TEXT", SX_PII_NONE, G16_TYPE_SK, NULL},
    {16, "clenovia", "cena", "TEXT", SX_PII_NONE, G16_PRICE_SK, NULL},
    {16, "clenovia", "variabilnySymbol", "TEXT", SX_PII_NONE, G16_VS_SK, NULL},
    {16, "clenovia", "icoZamestnavatela", "TEXT", SX_PII_NONE, G16_ICO_SK, NULL},
    {16, "clenovia", "hesloHash", "TEXT", SX_PII_NONE, G16_BCRYPT_SK, NULL},
    {16, "clenovia", "velkostLeziek", "TEXT", SX_PII_NONE, G16_SHOE_SK, NULL},
    {16, "clenovia", "kodPoukazu", "TEXT", SX_PII_NONE, G16_VOUCHER_SK, NULL},
    /* a Baku carpet workshop's online orders (Azerbaijani) */
    {16, "sifarisler", "musteri", "TEXT", SX_PII_PERSON_NAME, G16_NAME_AZ, NULL},
    {16, "sifarisler", "fin_kod", "TEXT", SX_PII_GOVERNMENT_ID, G16_FIN_AZ, NULL},
    {16, "sifarisler", "sv_seriya_nomre", "TEXT", SX_PII_GOVERNMENT_ID, G16_IDCARD_AZ, NULL},
    {16, "sifarisler", "dogum_tarixi", "TEXT", SX_PII_BIRTH_DATE, G16_BIRTH_AZ, NULL},
    {16, "sifarisler", "mobil_nomre", "TEXT", SX_PII_PHONE, G16_PHONE_AZ, NULL},
    {16, "sifarisler", "e_poct", "TEXT", SX_PII_EMAIL, G16_EMAIL_AZ, NULL},
    {16, "sifarisler", "catdirilma_unvani", "TEXT", SX_PII_POSTAL_ADDRESS, G16_ADDR_AZ, NULL},
    {16, "sifarisler", "kart", "TEXT", SX_PII_PAYMENT_CARD, G16_CARD_MASK_AZ, NULL},
    {16, "sifarisler", "ip_unvan", "TEXT", SX_PII_IP_ADDRESS, G16_IP_AZ, NULL},
    {16, "sifarisler", "qeyd", "TEXT", SX_PII_FREE_TEXT, G16_PROSE_AZ, NULL},
    {16, "sifarisler", "sifaris_no", "TEXT", SX_PII_NONE, G16_ORDER_AZ, NULL},
    {16, "sifarisler", "olcu", "TEXT", SX_PII_NONE, G16_SIZE_AZ, NULL},
    {16, "sifarisler", "qiymet", "TEXT", SX_PII_NONE, G16_PRICE_AZ, NULL},
    {16, "sifarisler", "voen", "TEXT", SX_PII_NONE, G16_VOEN_AZ, NULL},
    {16, "sifarisler", "izleme_kodu", "TEXT", SX_PII_NONE, G16_S10_AZ, NULL},
    {16, "sifarisler", "naxis", "TEXT", SX_PII_NONE, G16_PATTERN_AZ, NULL},
    {16, "sifarisler", "sms_sablon", "TEXT", SX_PII_NONE, G16_SMS_AZ, NULL},
    {16, "sifarisler", "mehsul_kodu", "TEXT", SX_PII_NONE, G16_SKU_AZ, NULL},
    /* an eisteddfod's competitors (Welsh) */
    {16, "cystadleuwyr", "enw_llawn", "TEXT", SX_PII_PERSON_NAME, G16_NAME_CY, NULL},
    {16, "cystadleuwyr", "rhif_yswiriant_gwladol", "TEXT", SX_PII_GOVERNMENT_ID, G16_NINO_CY, NULL},
    {16, "cystadleuwyr", "rhif_gig", "TEXT", SX_PII_GOVERNMENT_ID, G16_NHS_CY, NULL},
    {16, "cystadleuwyr", "dyddiad_geni", "TEXT", SX_PII_BIRTH_DATE, G16_BIRTH_CY, NULL},
    {16, "cystadleuwyr", "ffon_symudol", "TEXT", SX_PII_PHONE, G16_PHONE_CY, NULL},
    {16, "cystadleuwyr", "ebost", "TEXT", SX_PII_EMAIL, G16_EMAIL_CY, NULL},
    {16, "cystadleuwyr", "cyfeiriad", "TEXT", SX_PII_POSTAL_ADDRESS, G16_ADDR_CY, NULL},
    {16, "cystadleuwyr", "lleoliad", "TEXT", SX_PII_GEOLOCATION, G16_GPS_CY, NULL},
    {16, "cystadleuwyr", "enw_rhiant", "TEXT", SX_PII_PERSON_NAME, G16_PARENT_CY, NULL},
    {16, "cystadleuwyr", "sylwadau", "TEXT", SX_PII_FREE_TEXT, G16_PROSE_CY, NULL},
    {16, "cystadleuwyr", "rhif_cystadleuydd", "TEXT", SX_PII_NONE, G16_ENTRANT_CY, NULL},
    {16, "cystadleuwyr", "darn_gosod", "TEXT", SX_PII_NONE, G16_SONG_CY, NULL},
    {16, "cystadleuwyr", "cor", "TEXT", SX_PII_NONE, G16_CHOIR_CY, NULL},
    {16, "cystadleuwyr", "llais", "TEXT", SX_PII_NONE, G16_VOICE_CY, NULL},
    {16, "cystadleuwyr", "ffi", "TEXT", SX_PII_NONE, G16_FEE_CY, NULL},
    {16, "cystadleuwyr", "rhif_anfoneb", "TEXT", SX_PII_NONE, G16_INVOICE_CY, NULL},
    {16, "cystadleuwyr", "cod_cystadleuaeth", "TEXT", SX_PII_NONE, G16_COMP_CY, NULL},
    {16, "cystadleuwyr", "cod_qr", "TEXT", SX_PII_NONE, G16_UUID_CY, NULL},
    /* a Sarandë holiday flat's guests (Albanian) */
    {16, "mysafiret", "emri", "TEXT", SX_PII_PERSON_NAME, G16_GIVEN_AL, NULL},
    {16, "mysafiret", "mbiemri", "TEXT", SX_PII_PERSON_NAME, G16_FAMILY_AL, NULL},
    {16, "mysafiret", "nr_personal", "TEXT", SX_PII_GOVERNMENT_ID, G16_NID_AL, NULL},
    {16, "mysafiret", "datelindja", "TEXT", SX_PII_BIRTH_DATE, G16_BIRTH_AL, NULL},
    {16, "mysafiret", "celulari", "TEXT", SX_PII_PHONE, G16_PHONE_AL, NULL},
    {16, "mysafiret", "email", "TEXT", SX_PII_EMAIL, G16_EMAIL_AL, NULL},
    {16, "mysafiret", "adresa", "TEXT", SX_PII_POSTAL_ADDRESS, G16_ADDR_AL, NULL},
    {16, "mysafiret", "iban", "TEXT", SX_PII_IBAN, G16_IBAN_AL, NULL},
    {16, "mysafiret", "ip_rezervimi", "TEXT", SX_PII_IP_ADDRESS, G16_IP_AL, NULL},
    {16, "mysafiret", "vendndodhja", "TEXT", SX_PII_GEOLOCATION, G16_GPS_AL, NULL},
    {16, "mysafiret", "shenime", "TEXT", SX_PII_FREE_TEXT, G16_PROSE_AL, NULL},
    {16, "mysafiret", "nr_apartamentit", "TEXT", SX_PII_NONE, G16_FLAT_AL, NULL},
    {16, "mysafiret", "cmimi_nate", "TEXT", SX_PII_NONE, G16_PRICE_AL, NULL},
    {16, "mysafiret", "nipt_pronari", "TEXT", SX_PII_NONE, G16_NIPT_AL, NULL},
    {16, "mysafiret", "kodi_rezervimit", "TEXT", SX_PII_NONE, G16_BOOKING_AL, NULL},
    {16, "mysafiret", "kanali", "TEXT", SX_PII_NONE, G16_CHANNEL_AL, NULL},
    {16, "mysafiret", "hash_dokumenti", "TEXT", SX_PII_NONE, G16_SHA_AL, NULL},
    {16, "mysafiret", "shteti", "TEXT", SX_PII_NONE, G16_COUNTRY_AL, NULL},
    {16, "mysafiret", "ora_checkin", "TEXT", SX_PII_NONE, G16_CHECKIN_AL, NULL},    /* ---- fold 17: heldout17 (blind, Argentine Spanish, Catalan,
     * Macedonian, Irish and Nepali; see value17()) */
    /* a Rosario neighbourhood sports club's members (Argentine Spanish) */
    {17, "socios_club", "nro_socio", "TEXT", SX_PII_NONE, G17_SOCIO_AR, NULL},
    {17, "socios_club", "apellido_nombre", "TEXT", SX_PII_PERSON_NAME, G17_NAME_AR, NULL},
    {17, "socios_club", "dni", "TEXT", SX_PII_GOVERNMENT_ID, G17_DNI_AR, NULL},
    {17, "socios_club", "cuil", "TEXT", SX_PII_GOVERNMENT_ID, G17_CUIL_AR, NULL},
    {17, "socios_club", "fecha_nac", "TEXT", SX_PII_BIRTH_DATE, G17_BIRTH_AR, NULL},
    {17, "socios_club", "cel", "TEXT", SX_PII_PHONE, G17_PHONE_AR, NULL},
    {17, "socios_club", "mail", "TEXT", SX_PII_EMAIL, G17_EMAIL_AR, NULL},
    {17, "socios_club", "domicilio", "TEXT", SX_PII_POSTAL_ADDRESS, G17_ADDR_AR, NULL},
    {17, "socios_club", "tarjeta_debito_aut", "TEXT", SX_PII_PAYMENT_CARD, G17_CARD_AR, NULL},
    {17, "socios_club", "ip_ultimo_acceso", "TEXT", SX_PII_IP_ADDRESS, G17_IP_AR, NULL},
    {17, "socios_club", "observaciones", "TEXT", SX_PII_FREE_TEXT, G17_PROSE_AR, NULL},
    {17, "socios_club", "mp_webhook_json", "TEXT", SX_PII_EMAIL, G17_MPJSON_AR, NULL},
    {17, "socios_club", "cuit_sponsor", "TEXT", SX_PII_NONE, G17_CUIT_FIRM_AR, NULL},
    {17, "socios_club", "categoria", "TEXT", SX_PII_NONE, G17_CAT_AR, NULL},
    {17, "socios_club", "disciplina", "TEXT", SX_PII_NONE, G17_SPORT_AR, NULL},
    {17, "socios_club", "cuota_mensual", "TEXT", SX_PII_NONE, G17_FEE_AR, NULL},
    {17, "socios_club", "nro_comprobante", "TEXT", SX_PII_NONE, G17_RECEIPT_AR, NULL},
    {17, "socios_club", "plantilla_wsp", "TEXT", SX_PII_NONE, G17_TPL_AR, NULL},
    {17, "socios_club", "version_app", "TEXT", SX_PII_NONE, G17_VERSION_AR, NULL},
    /* a Vilafranca del Penedès castellers colla's members (Catalan) */
    {17, "membres_colla", "nom", "TEXT", SX_PII_PERSON_NAME, G17_GIVEN_CA, NULL},
    {17, "membres_colla", "cognoms", "TEXT", SX_PII_PERSON_NAME, G17_FAMILY_CA, NULL},
    {17, "membres_colla", "dni_nie", "TEXT", SX_PII_GOVERNMENT_ID, G17_DNI_CA, NULL},
    {17, "membres_colla", "data_naixement", "TEXT", SX_PII_BIRTH_DATE, G17_BIRTH_CA, NULL},
    {17, "membres_colla", "telefon_mobil", "TEXT", SX_PII_PHONE, G17_PHONE_CA, NULL},
    {17, "membres_colla", "correu_e", "TEXT", SX_PII_EMAIL, G17_EMAIL_CA, NULL},
    {17, "membres_colla", "adreca", "TEXT", SX_PII_POSTAL_ADDRESS, G17_ADDR_CA, NULL},
    {17, "membres_colla", "iban_quota", "TEXT", SX_PII_IBAN, G17_IBAN_CA, NULL},
    {17, "membres_colla", "ip_inscripcio", "TEXT", SX_PII_IP_ADDRESS, G17_IP_CA, NULL},
    {17, "membres_colla", "contacte_emergencia", "TEXT", SX_PII_PERSON_NAME, G17_KIN_CA, NULL},
    {17, "membres_colla", "observacions", "TEXT", SX_PII_FREE_TEXT, G17_PROSE_CA, NULL},
    {17, "membres_colla", "posicio", "TEXT", SX_PII_NONE, G17_POS_CA, NULL},
    {17, "membres_colla", "alcada_espatlla", "TEXT", SX_PII_NONE, G17_HEIGHT_CA, NULL},
    {17, "membres_colla", "millor_castell", "TEXT", SX_PII_NONE, G17_CASTELL_CA, NULL},
    {17, "membres_colla", "talla_camisa", "TEXT", SX_PII_NONE, G17_SIZE_CA, NULL},
    {17, "membres_colla", "nif_colla", "TEXT", SX_PII_NONE, G17_CIF_CA, NULL},
    {17, "membres_colla", "hash_dni", "TEXT", SX_PII_NONE, G17_SHA_CA, NULL},
    /* a Skopje car-service's work orders (Macedonian, Cyrillic and Latin) */
    {17, "nalozi_servis", "broj_nalog", "TEXT", SX_PII_NONE, G17_ORDER_MK, NULL},
    {17, "nalozi_servis", "klient", "TEXT", SX_PII_PERSON_NAME, G17_NAME_MK, NULL},
    {17, "nalozi_servis", "ембг", "TEXT", SX_PII_GOVERNMENT_ID, G17_EMBG_MK, NULL},
    {17, "nalozi_servis", "datum_ragjanje", "TEXT", SX_PII_BIRTH_DATE, G17_BIRTH_MK, NULL},
    {17, "nalozi_servis", "telefon", "TEXT", SX_PII_PHONE, G17_PHONE_MK, NULL},
    {17, "nalozi_servis", "e_posta", "TEXT", SX_PII_EMAIL, G17_EMAIL_MK, NULL},
    {17, "nalozi_servis", "адреса", "TEXT", SX_PII_POSTAL_ADDRESS, G17_ADDR_MK, NULL},
    {17, "nalozi_servis", "kartica_mask", "TEXT", SX_PII_PAYMENT_CARD, G17_CARD_MASK_MK, NULL},
    {17, "nalozi_servis", "smetka_iban", "TEXT", SX_PII_IBAN, G17_IBAN_MK, NULL},
    {17, "nalozi_servis", "lokacija_vlecna", "TEXT", SX_PII_GEOLOCATION, G17_GPS_MK, NULL},
    {17, "nalozi_servis", "забелешка", "TEXT", SX_PII_FREE_TEXT, G17_PROSE_MK, NULL},
    {17, "nalozi_servis", "shasija_vin", "TEXT", SX_PII_NONE, G17_VIN_MK, NULL},
    {17, "nalozi_servis", "kilometraza", "TEXT", SX_PII_NONE, G17_KM_MK, NULL},
    {17, "nalozi_servis", "del_sifra", "TEXT", SX_PII_NONE, G17_PART_MK, NULL},
    {17, "nalozi_servis", "cena_den", "TEXT", SX_PII_NONE, G17_PRICE_MK, NULL},
    {17, "nalozi_servis", "edb_firma", "TEXT", SX_PII_NONE, G17_EDB_MK, NULL},
    {17, "nalozi_servis", "md5_faktura", "TEXT", SX_PII_NONE, G17_MD5_MK, NULL},
    {17, "nalozi_servis", "kod_greska", "TEXT", SX_PII_NONE, G17_DTC_MK, NULL},
    /* a Connemara GAA club's members (Irish) */
    {17, "baill_clg", "uimhir_bhaill", "TEXT", SX_PII_NONE, G17_MEMBER_IE, NULL},
    {17, "baill_clg", "ainm", "TEXT", SX_PII_PERSON_NAME, G17_NAME_IE, NULL},
    {17, "baill_clg", "uimhir_pps", "TEXT", SX_PII_GOVERNMENT_ID, G17_PPSN_IE, NULL},
    {17, "baill_clg", "data_breithe", "TEXT", SX_PII_BIRTH_DATE, G17_BIRTH_IE, NULL},
    {17, "baill_clg", "fon_poca", "TEXT", SX_PII_PHONE, G17_PHONE_IE, NULL},
    {17, "baill_clg", "riomhphost", "TEXT", SX_PII_EMAIL, G17_EMAIL_IE, NULL},
    {17, "baill_clg", "seoladh", "TEXT", SX_PII_POSTAL_ADDRESS, G17_ADDR_IE, NULL},
    {17, "baill_clg", "iban_dochar", "TEXT", SX_PII_IBAN, G17_IBAN_IE, NULL},
    {17, "baill_clg", "seoladh_ip", "TEXT", SX_PII_IP_ADDRESS, G17_IP_IE, NULL},
    {17, "baill_clg", "tuismitheoir", "TEXT", SX_PII_PERSON_NAME, G17_PARENT_IE, NULL},
    {17, "baill_clg", "notai", "TEXT", SX_PII_FREE_TEXT, G17_PROSE_IE, NULL},
    {17, "baill_clg", "foireann", "TEXT", SX_PII_NONE, G17_TEAM_IE, NULL},
    {17, "baill_clg", "uimhir_gheansai", "TEXT", SX_PII_NONE, G17_JERSEY_IE, NULL},
    {17, "baill_clg", "taille", "TEXT", SX_PII_NONE, G17_FEE_IE, NULL},
    {17, "baill_clg", "uimhreacha_lotto", "TEXT", SX_PII_NONE, G17_LOTTO_IE, NULL},
    {17, "baill_clg", "leagan_aip", "TEXT", SX_PII_NONE, G17_VERSION_IE, NULL},
    {17, "baill_clg", "aitheantas_gleis", "TEXT", SX_PII_NONE, G17_UUID_IE, NULL},
    /* a Kathmandu trekking agency's porters (Nepali, romanised and
     * Devanagari) */
    {17, "bhariya", "naam_thar", "TEXT", SX_PII_PERSON_NAME, G17_NAME_NE, NULL},
    {17, "bhariya", "पुरा_नाम", "TEXT", SX_PII_PERSON_NAME, G17_NAME_DEV_NE, NULL},
    {17, "bhariya", "nagarikta_no", "TEXT", SX_PII_GOVERNMENT_ID, G17_CITIZEN_NE, NULL},
    {17, "bhariya", "janma_miti_bs", "TEXT", SX_PII_BIRTH_DATE, G17_BIRTH_NE, NULL},
    {17, "bhariya", "mobile_no", "TEXT", SX_PII_PHONE, G17_PHONE_NE, NULL},
    {17, "bhariya", "email", "TEXT", SX_PII_EMAIL, G17_EMAIL_NE, NULL},
    {17, "bhariya", "sthayi_thegana", "TEXT", SX_PII_POSTAL_ADDRESS, G17_ADDR_NE, NULL},
    {17, "bhariya", "gps_sthiti", "TEXT", SX_PII_GEOLOCATION, G17_GPS_NE, NULL},
    {17, "bhariya", "कैफियत", "TEXT", SX_PII_FREE_TEXT, G17_PROSE_NE, NULL},
    {17, "bhariya", "permit_no", "TEXT", SX_PII_NONE, G17_PERMIT_NE, NULL},
    {17, "bhariya", "uchai_m", "TEXT", SX_PII_NONE, G17_ALT_NE, NULL},
    {17, "bhariya", "bhar_kg", "TEXT", SX_PII_NONE, G17_LOAD_NE, NULL},
    {17, "bhariya", "dainik_jyala", "TEXT", SX_PII_NONE, G17_WAGE_NE, NULL},
    {17, "bhariya", "lodge_naam", "TEXT", SX_PII_NONE, G17_LODGE_NE, NULL},
    {17, "bhariya", "trek_route", "TEXT", SX_PII_NONE, G17_ROUTE_NE, NULL},
    {17, "bhariya", "taapkram_c", "TEXT", SX_PII_NONE, G17_TEMP_NE, NULL},
    /* ---- fold 18: heldout18 (blind, Peruvian Spanish, Basque, Maltese,
     * Hausa and Luxembourgish; see value18()) */
    /* an Arequipa alpaca-fibre collection cooperative's suppliers (Peruvian Spanish) */
    {18, "acopio_proveedores", "nombre_completo", "TEXT", SX_PII_PERSON_NAME, G18_NAME_PE, NULL},
    {18, "acopio_proveedores", "nro_dni", "TEXT", SX_PII_GOVERNMENT_ID, G18_DNI_PE, NULL},
    {18, "acopio_proveedores", "ruc", "TEXT", SX_PII_GOVERNMENT_ID, G18_RUC10_PE, NULL},
    {18, "acopio_proveedores", "celular", "TEXT", SX_PII_PHONE, G18_PHONE_PE, NULL},
    {18, "acopio_proveedores", "fec_nacimiento", "TEXT", SX_PII_BIRTH_DATE, G18_BIRTH_PE, NULL},
    {18, "acopio_proveedores", "correo", "TEXT", SX_PII_EMAIL, G18_EMAIL_PE, NULL},
    {18, "acopio_proveedores", "direccion_domicilio", "TEXT", SX_PII_POSTAL_ADDRESS, G18_ADDR_PE, NULL},
    {18, "acopio_proveedores", "ubicacion_gps", "TEXT", SX_PII_GEOLOCATION, G18_GPS_PE, NULL},
    {18, "acopio_proveedores", "ip_registro", "TEXT", SX_PII_IP_ADDRESS, G18_IP_PE, NULL},
    {18, "acopio_proveedores", "observacion", "TEXT", SX_PII_FREE_TEXT, G18_PROSE_PE, NULL},
    {18, "acopio_proveedores", "cod_lote", "TEXT", SX_PII_NONE, G18_LOT_PE, NULL},
    {18, "acopio_proveedores", "peso_neto_kg", "TEXT", SX_PII_NONE, G18_WEIGHT_PE, NULL},
    {18, "acopio_proveedores", "finura_um", "TEXT", SX_PII_NONE, G18_MICRON_PE, NULL},
    {18, "acopio_proveedores", "color", "TEXT", SX_PII_NONE, G18_COLOR_PE, NULL},
    {18, "acopio_proveedores", "calidad", "TEXT", SX_PII_NONE, G18_GRADE_PE, NULL},
    {18, "acopio_proveedores", "precio_kg", "TEXT", SX_PII_NONE, G18_PRICE_PE, NULL},
    {18, "acopio_proveedores", "nro_guia_remision", "TEXT", SX_PII_NONE, G18_GUIA_PE, NULL},
    {18, "acopio_proveedores", "ruc_acopiador", "TEXT", SX_PII_NONE, G18_RUC20_PE, NULL},
    /* a Donostia gastronomic society's members (Basque) */
    {18, "bazkideak", "izena", "TEXT", SX_PII_PERSON_NAME, G18_GIVEN_EU, NULL},
    {18, "bazkideak", "abizenak", "TEXT", SX_PII_PERSON_NAME, G18_SURNAMES_EU, NULL},
    {18, "bazkideak", "nan", "TEXT", SX_PII_GOVERNMENT_ID, G18_DNI_EU, NULL},
    {18, "bazkideak", "jaiotze_data", "TEXT", SX_PII_BIRTH_DATE, G18_BIRTH_EU, NULL},
    {18, "bazkideak", "telefonoa", "TEXT", SX_PII_PHONE, G18_PHONE_EU, NULL},
    {18, "bazkideak", "helbidea", "TEXT", SX_PII_POSTAL_ADDRESS, G18_ADDR_EU, NULL},
    {18, "bazkideak", "kontu_zenbakia", "TEXT", SX_PII_IBAN, G18_IBAN_EU, NULL},
    {18, "bazkideak", "eposta", "TEXT", SX_PII_EMAIL, G18_EMAIL_EU, NULL},
    {18, "bazkideak", "bazkide_zkia", "TEXT", SX_PII_NONE, G18_MEMBER_EU, NULL},
    {18, "bazkideak", "kuota", "TEXT", SX_PII_NONE, G18_FEE_EU, NULL},
    {18, "bazkideak", "erreserba_kodea", "TEXT", SX_PII_NONE, G18_BOOKING_EU, NULL},
    {18, "bazkideak", "txanda", "TEXT", SX_PII_NONE, G18_SHIFT_EU, NULL},
    {18, "bazkideak", "ardo_botilak", "TEXT", SX_PII_NONE, G18_BOTTLES_EU, NULL},
    {18, "bazkideak", "mezu_txantiloia", "TEXT", SX_PII_NONE, G18_TPL_EU, NULL},
    {18, "bazkideak", "hozkailu_tenp", "TEXT", SX_PII_NONE, G18_FRIDGE_EU, NULL},
    /* a Gozo dive centre's divers (Maltese) */
    {18, "ghaddasa", "isem_kunjom", "TEXT", SX_PII_PERSON_NAME, G18_NAME_MT, NULL},
    {18, "ghaddasa", "nru_karta_identita", "TEXT", SX_PII_GOVERNMENT_ID, G18_ID_MT, NULL},
    {18, "ghaddasa", "data_tat_twelid", "TEXT", SX_PII_BIRTH_DATE, G18_BIRTH_MT, NULL},
    {18, "ghaddasa", "nru_tel", "TEXT", SX_PII_PHONE, G18_PHONE_MT, NULL},
    {18, "ghaddasa", "indirizz", "TEXT", SX_PII_POSTAL_ADDRESS, G18_ADDR_MT, NULL},
    {18, "ghaddasa", "iban", "TEXT", SX_PII_IBAN, G18_IBAN_MT, NULL},
    {18, "ghaddasa", "indirizz_email", "TEXT", SX_PII_EMAIL, G18_EMAIL_MT, NULL},
    {18, "ghaddasa", "qarib_f_emergenza", "TEXT", SX_PII_PERSON_NAME, G18_KIN_MT, NULL},
    {18, "ghaddasa", "karta_kreditu", "TEXT", SX_PII_PAYMENT_CARD, G18_CARD_MT, NULL},
    {18, "ghaddasa", "noti", "TEXT", SX_PII_FREE_TEXT, G18_NOTES_MT, NULL},
    {18, "ghaddasa", "livell_certifikat", "TEXT", SX_PII_NONE, G18_CERT_MT, NULL},
    {18, "ghaddasa", "pressjoni_bar", "TEXT", SX_PII_NONE, G18_BAR_MT, NULL},
    {18, "ghaddasa", "fond_massimu_m", "TEXT", SX_PII_NONE, G18_DEPTH_MT, NULL},
    {18, "ghaddasa", "sit", "TEXT", SX_PII_NONE, G18_SITE_MT, NULL},
    {18, "ghaddasa", "koordinati_sit", "TEXT", SX_PII_NONE, G18_SITE_XY_MT, NULL},
    {18, "ghaddasa", "serjal_kompjuter", "TEXT", SX_PII_NONE, G18_SERIAL_MT, NULL},
    {18, "ghaddasa", "prezz", "TEXT", SX_PII_NONE, G18_PRICE_MT, NULL},
    {18, "ghaddasa", "gass", "TEXT", SX_PII_NONE, G18_MIX_MT, NULL},
    /* a Kano mobile-money agent network's customers (Hausa) */
    {18, "abokan_ciniki", "suna", "TEXT", SX_PII_PERSON_NAME, G18_NAME_HA, NULL},
    {18, "abokan_ciniki", "lambar_nin", "TEXT", SX_PII_GOVERNMENT_ID, G18_NIN_HA, NULL},
    {18, "abokan_ciniki", "bvn", "TEXT", SX_PII_GOVERNMENT_ID, G18_BVN_HA, NULL},
    {18, "abokan_ciniki", "lambar_waya", "TEXT", SX_PII_PHONE, G18_PHONE_HA, NULL},
    {18, "abokan_ciniki", "ranar_haihuwa", "TEXT", SX_PII_BIRTH_DATE, G18_BIRTH_HA, NULL},
    {18, "abokan_ciniki", "adireshi", "TEXT", SX_PII_POSTAL_ADDRESS, G18_ADDR_HA, NULL},
    {18, "abokan_ciniki", "katin_banki", "TEXT", SX_PII_PAYMENT_CARD, G18_CARD_HA, NULL},
    {18, "abokan_ciniki", "ip_naura", "TEXT", SX_PII_IP_ADDRESS, G18_IP_HA, NULL},
    {18, "abokan_ciniki", "wurin_zama_gps", "TEXT", SX_PII_GEOLOCATION, G18_GPS_HA, NULL},
    {18, "abokan_ciniki", "bayanan_kyc", "TEXT", SX_PII_PHONE, G18_KYC_JSON_HA, NULL},
    {18, "abokan_ciniki", "bayani", "TEXT", SX_PII_FREE_TEXT, G18_NOTES_HA, NULL},
    {18, "abokan_ciniki", "lambar_ciniki", "TEXT", SX_PII_NONE, G18_TXN_HA, NULL},
    {18, "abokan_ciniki", "adadin_kudi", "TEXT", SX_PII_NONE, G18_AMOUNT_HA, NULL},
    {18, "abokan_ciniki", "kudin_caji", "TEXT", SX_PII_NONE, G18_FEE_HA, NULL},
    {18, "abokan_ciniki", "lambar_agent", "TEXT", SX_PII_NONE, G18_AGENT_HA, NULL},
    {18, "abokan_ciniki", "nauin_ciniki", "TEXT", SX_PII_NONE, G18_KIND_HA, NULL},
    {18, "abokan_ciniki", "sakon_sms", "TEXT", SX_PII_NONE, G18_TPL_HA, NULL},
    {18, "abokan_ciniki", "pin_hash", "TEXT", SX_PII_NONE, G18_PINHASH_HA, NULL},
    {18, "abokan_ciniki", "app_version", "TEXT", SX_PII_NONE, G18_VERSION_HA, NULL},
    /* an Ösling heating-oil dealer's customers (Luxembourgish) */
    {18, "heizueleg_clienten", "Virnumm", "TEXT", SX_PII_PERSON_NAME, G18_GIVEN_LB, NULL},
    {18, "heizueleg_clienten", "Numm", "TEXT", SX_PII_PERSON_NAME, G18_SURNAME_LB, NULL},
    {18, "heizueleg_clienten", "Matricule", "TEXT", SX_PII_GOVERNMENT_ID, G18_MATRICULE_LB, NULL},
    {18, "heizueleg_clienten", "Gebuertsdatum", "TEXT", SX_PII_BIRTH_DATE, G18_BIRTH_LB, NULL},
    {18, "heizueleg_clienten", "Telefon", "TEXT", SX_PII_PHONE, G18_PHONE_LB, NULL},
    {18, "heizueleg_clienten", "Adress", "TEXT", SX_PII_POSTAL_ADDRESS, G18_ADDR_LB, NULL},
    {18, "heizueleg_clienten", "IBAN_Domiciliatioun", "TEXT", SX_PII_IBAN, G18_IBAN_LB, NULL},
    {18, "heizueleg_clienten", "Email", "TEXT", SX_PII_EMAIL, G18_EMAIL_LB, NULL},
    {18, "heizueleg_clienten", "Bemierkung", "TEXT", SX_PII_FREE_TEXT, G18_NOTES_LB, NULL},
    {18, "heizueleg_clienten", "Tankvolumen_L", "TEXT", SX_PII_NONE, G18_TANK_LB, NULL},
    {18, "heizueleg_clienten", "Fellstand_Prozent", "TEXT", SX_PII_NONE, G18_LEVEL_LB, NULL},
    {18, "heizueleg_clienten", "Liwwerschain_Nr", "TEXT", SX_PII_NONE, G18_NOTE_NO_LB, NULL},
    {18, "heizueleg_clienten", "Prais_Liter", "TEXT", SX_PII_NONE, G18_PRICE_LB, NULL},
    {18, "heizueleg_clienten", "Produit", "TEXT", SX_PII_NONE, G18_FUEL_LB, NULL},
    {18, "heizueleg_clienten", "Camion", "TEXT", SX_PII_NONE, G18_PLATE_LB, NULL},
    {18, "heizueleg_clienten", "Sensor_Firmware", "TEXT", SX_PII_NONE, G18_FIRMWARE_LB, NULL},
    {18, "heizueleg_clienten", "TVA_Nummer", "TEXT", SX_PII_NONE, G18_TVA_LB, NULL},    /* ---- fold 19: heldout19 (blind, Colombian Spanish, Belarusian, Faroese,
     * Sinhala and Somali; see value19()) */
    /* a Bogotá florist's home-delivery orders (Colombian Spanish, camelCase) */
    {19, "pedidosDomicilio", "numeroPedido", "TEXT", SX_PII_NONE, G19_ORDER_CO, NULL},
    {19, "pedidosDomicilio", "nombreCliente", "TEXT", SX_PII_PERSON_NAME, G19_NAME_CO, NULL},
    {19, "pedidosDomicilio", "cedulaCliente", "TEXT", SX_PII_GOVERNMENT_ID, G19_CEDULA_CO, NULL},
    {19, "pedidosDomicilio", "celular", "TEXT", SX_PII_PHONE, G19_MOBILE_CO, NULL},
    {19, "pedidosDomicilio", "correoCliente", "TEXT", SX_PII_EMAIL, G19_EMAIL_CO, NULL},
    {19, "pedidosDomicilio", "tarjetaEnmascarada", "TEXT", SX_PII_PAYMENT_CARD, G19_CARD_CO, NULL},
    {19, "pedidosDomicilio", "ipCompra", "TEXT", SX_PII_IP_ADDRESS, G19_IP_CO, NULL},
    {19, "pedidosDomicilio", "quienRecibe", "TEXT", SX_PII_PERSON_NAME, G19_RECIPIENT_CO, NULL},
    {19, "pedidosDomicilio", "dirEntrega", "TEXT", SX_PII_POSTAL_ADDRESS, G19_ADDR_CO, NULL},
    {19, "pedidosDomicilio", "ubicacionMapa", "TEXT", SX_PII_GEOLOCATION, G19_GPS_CO, NULL},
    {19, "pedidosDomicilio", "mensajeTarjeta", "TEXT", SX_PII_FREE_TEXT, G19_CARD_MSG_CO, NULL},
    {19, "pedidosDomicilio", "valorTotal", "TEXT", SX_PII_NONE, G19_TOTAL_CO, NULL},
    {19, "pedidosDomicilio", "tipoArreglo", "TEXT", SX_PII_NONE, G19_ARREGLO_CO, NULL},
    {19, "pedidosDomicilio", "franjaEntrega", "TEXT", SX_PII_NONE, G19_FRANJA_CO, NULL},
    {19, "pedidosDomicilio", "numGuia", "TEXT", SX_PII_NONE, G19_GUIA_CO, NULL},
    {19, "pedidosDomicilio", "codDaneMunicipio", "TEXT", SX_PII_NONE, G19_DANE_CO, NULL},
    {19, "pedidosDomicilio", "nitFloristeriaAliada", "TEXT", SX_PII_NONE, G19_NIT_FIRM_CO, NULL},
    /* a Narach sanatorium's guests (Belarusian, Cyrillic and transliterated) */
    {19, "sanatoryj_adpachyvalniki", "прозвішча", "TEXT", SX_PII_PERSON_NAME, G19_SURNAME_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "імя", "TEXT", SX_PII_PERSON_NAME, G19_GIVEN_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "asab_numar", "TEXT", SX_PII_GOVERNMENT_ID, G19_IDNUM_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "pashpart_seryja_nr", "TEXT", SX_PII_GOVERNMENT_ID, G19_PASSPORT_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "data_naradzh", "TEXT", SX_PII_BIRTH_DATE, G19_BIRTH_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "tel_mab", "TEXT", SX_PII_PHONE, G19_PHONE_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "el_pashta", "TEXT", SX_PII_EMAIL, G19_EMAIL_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "адрас_рэгістрацыі", "TEXT", SX_PII_POSTAL_ADDRESS, G19_ADDR_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "rakhunak_iban", "TEXT", SX_PII_IBAN, G19_IBAN_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "заўвагі", "TEXT", SX_PII_FREE_TEXT, G19_NOTES_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "numar_pakoja", "TEXT", SX_PII_NONE, G19_ROOM_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "putsiouka_nr", "TEXT", SX_PII_NONE, G19_VOUCHER_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "dyjeta", "TEXT", SX_PII_NONE, G19_DIET_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "kosht_byn", "TEXT", SX_PII_NONE, G19_COST_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "cisk_pry_zaezdze", "TEXT", SX_PII_NONE, G19_BP_BY, NULL},
    {19, "sanatoryj_adpachyvalniki", "unp_najmalnika", "TEXT", SX_PII_NONE, G19_UNP_BY, NULL},
    /* a Faroese ferry operator's travel-card holders (Faroese) */
    {19, "ferdakort_eigarar", "fornavn", "TEXT", SX_PII_PERSON_NAME, G19_GIVEN_FO, NULL},
    {19, "ferdakort_eigarar", "eftirnavn", "TEXT", SX_PII_PERSON_NAME, G19_SURNAME_FO, NULL},
    {19, "ferdakort_eigarar", "p_tal", "TEXT", SX_PII_GOVERNMENT_ID, G19_PTAL_FO, NULL},
    {19, "ferdakort_eigarar", "føðingardagur", "TEXT", SX_PII_BIRTH_DATE, G19_BIRTH_FO, NULL},
    {19, "ferdakort_eigarar", "telefonnr", "TEXT", SX_PII_PHONE, G19_PHONE_FO, NULL},
    {19, "ferdakort_eigarar", "teldupostur", "TEXT", SX_PII_EMAIL, G19_EMAIL_FO, NULL},
    {19, "ferdakort_eigarar", "bustadur", "TEXT", SX_PII_POSTAL_ADDRESS, G19_ADDR_FO, NULL},
    {19, "ferdakort_eigarar", "kontonr", "TEXT", SX_PII_IBAN, G19_IBAN_FO, NULL},
    {19, "ferdakort_eigarar", "gjaldskort", "TEXT", SX_PII_PAYMENT_CARD, G19_CARD_FO, NULL},
    {19, "ferdakort_eigarar", "vidmerking", "TEXT", SX_PII_FREE_TEXT, G19_NOTES_FO, NULL},
    {19, "ferdakort_eigarar", "seinasta_stadseting", "TEXT", SX_PII_GEOLOCATION, G19_GEO_FO, NULL},
    {19, "ferdakort_eigarar", "kortnummar", "TEXT", SX_PII_NONE, G19_TRAVELCARD_FO, NULL},
    {19, "ferdakort_eigarar", "ruta", "TEXT", SX_PII_NONE, G19_ROUTE_FO, NULL},
    {19, "ferdakort_eigarar", "prisur", "TEXT", SX_PII_NONE, G19_PRICE_FO, NULL},
    {19, "ferdakort_eigarar", "sms_skabelon", "TEXT", SX_PII_NONE, G19_SMS_FO, NULL},
    {19, "ferdakort_eigarar", "app_utgava", "TEXT", SX_PII_NONE, G19_APPVER_FO, NULL},
    {19, "ferdakort_eigarar", "vindur_ms", "TEXT", SX_PII_NONE, G19_WIND_FO, NULL},
    /* a Kandy A/L tuition class's students (Sinhala and Sri Lankan English) */
    {19, "panthi_sisuyo", "nama_sinhalen", "TEXT", SX_PII_PERSON_NAME, G19_NAME_SI_LK, NULL},
    {19, "panthi_sisuyo", "nama_ingirisiyen", "TEXT", SX_PII_PERSON_NAME, G19_NAME_EN_LK, NULL},
    {19, "panthi_sisuyo", "dema_piya_nama", "TEXT", SX_PII_PERSON_NAME, G19_PARENT_LK, NULL},
    {19, "panthi_sisuyo", "demapiya_hd_ankaya", "TEXT", SX_PII_GOVERNMENT_ID, G19_NIC_LK, NULL},
    {19, "panthi_sisuyo", "upan_dinaya", "TEXT", SX_PII_BIRTH_DATE, G19_BIRTH_LK, NULL},
    {19, "panthi_sisuyo", "dura_katha_ankaya", "TEXT", SX_PII_PHONE, G19_PHONE_LK, NULL},
    {19, "panthi_sisuyo", "lipinaya", "TEXT", SX_PII_POSTAL_ADDRESS, G19_ADDR_LK, NULL},
    {19, "panthi_sisuyo", "email_lipinaya", "TEXT", SX_PII_EMAIL, G19_EMAIL_LK, NULL},
    {19, "panthi_sisuyo", "zoom_ip", "TEXT", SX_PII_IP_ADDRESS, G19_IP_LK, NULL},
    {19, "panthi_sisuyo", "sataha", "TEXT", SX_PII_FREE_TEXT, G19_NOTES_LK, NULL},
    {19, "panthi_sisuyo", "panthi_kethaya", "TEXT", SX_PII_NONE, G19_CLASS_LK, NULL},
    {19, "panthi_sisuyo", "masika_gasthuwa", "TEXT", SX_PII_NONE, G19_FEE_LK, NULL},
    {19, "panthi_sisuyo", "vishaya", "TEXT", SX_PII_NONE, G19_SUBJECT_LK, NULL},
    {19, "panthi_sisuyo", "shalawa", "TEXT", SX_PII_NONE, G19_HALL_LK, NULL},
    {19, "panthi_sisuyo", "qr_hash", "TEXT", SX_PII_NONE, G19_QRHASH_LK, NULL},
    {19, "panthi_sisuyo", "sms_template", "TEXT", SX_PII_NONE, G19_SMS_LK, NULL},
    {19, "panthi_sisuyo", "rcpt_no", "TEXT", SX_PII_NONE, G19_RECEIPT_LK, NULL},
    /* a Hargeysa hospital's outpatients (Somali) */
    {19, "bukaanka_dibadda", "magaca_bukaanka", "TEXT", SX_PII_PERSON_NAME, G19_NAME_SO, NULL},
    {19, "bukaanka_dibadda", "magaca_hooyada", "TEXT", SX_PII_PERSON_NAME, G19_MOTHER_SO, NULL},
    {19, "bukaanka_dibadda", "taariikhda_dhalashada", "TEXT", SX_PII_BIRTH_DATE, G19_BIRTH_SO, NULL},
    {19, "bukaanka_dibadda", "taleefanka", "TEXT", SX_PII_PHONE, G19_PHONE_SO, NULL},
    {19, "bukaanka_dibadda", "lambarka_zaad", "TEXT", SX_PII_PHONE, G19_ZAAD_SO, NULL},
    {19, "bukaanka_dibadda", "iimaylka", "TEXT", SX_PII_EMAIL, G19_EMAIL_SO, NULL},
    {19, "bukaanka_dibadda", "cinwaanka", "TEXT", SX_PII_POSTAL_ADDRESS, G19_ADDR_SO, NULL},
    {19, "bukaanka_dibadda", "baasaboorka", "TEXT", SX_PII_GOVERNMENT_ID, G19_PASSPORT_SO, NULL},
    {19, "bukaanka_dibadda", "goobta_guriga", "TEXT", SX_PII_GEOLOCATION, G19_GEO_SO, NULL},
    {19, "bukaanka_dibadda", "faahfaahinta_dhakhtarka", "TEXT", SX_PII_FREE_TEXT, G19_NOTES_SO, NULL},
    {19, "bukaanka_dibadda", "rasiidka", "TEXT", SX_PII_NONE, G19_RECEIPT_SO, NULL},
    {19, "bukaanka_dibadda", "qiimaha_usd", "TEXT", SX_PII_NONE, G19_PRICE_SO, NULL},
    {19, "bukaanka_dibadda", "baaritaanka", "TEXT", SX_PII_NONE, G19_TEST_SO, NULL},
    {19, "bukaanka_dibadda", "heerkulka", "TEXT", SX_PII_NONE, G19_TEMP_SO, NULL},
    {19, "bukaanka_dibadda", "sariirta", "TEXT", SX_PII_NONE, G19_BED_SO, NULL},
    {19, "bukaanka_dibadda", "dawada", "TEXT", SX_PII_NONE, G19_DRUG_SO, NULL},
    {19, "bukaanka_dibadda", "fariin_qaab", "TEXT", SX_PII_NONE, G19_SMS_SO, NULL},
    /* ---- fold 20: heldout20 (blind, Ecuadorian Spanish, Galician, Bosnian,
     * Kyrgyz and Khmer; see value20()) */
    /* a Guayaquil fibre operator's subscribers (Ecuadorian Spanish) */
    {20, "abonados_fibra_gye", "cedula_ruc", "TEXT", SX_PII_GOVERNMENT_ID, G20_CEDULA_EC, NULL},
    {20, "abonados_fibra_gye", "nombres_completos", "TEXT", SX_PII_PERSON_NAME, G20_NAME_EC, NULL},
    {20, "abonados_fibra_gye", "fecha_nac", "TEXT", SX_PII_BIRTH_DATE, G20_BIRTH_EC, NULL},
    {20, "abonados_fibra_gye", "email_contacto", "TEXT", SX_PII_EMAIL, G20_EMAIL_EC, NULL},
    {20, "abonados_fibra_gye", "celular", "TEXT", SX_PII_PHONE, G20_MOBILE_EC, NULL},
    {20, "abonados_fibra_gye", "direccion_instalacion", "TEXT", SX_PII_POSTAL_ADDRESS, G20_ADDR_EC, NULL},
    {20, "abonados_fibra_gye", "coord_cpe", "TEXT", SX_PII_GEOLOCATION, G20_GEO_EC, NULL},
    {20, "abonados_fibra_gye", "ip_publica", "TEXT", SX_PII_IP_ADDRESS, G20_IP_EC, NULL},
    {20, "abonados_fibra_gye", "obs_tecnico", "TEXT", SX_PII_FREE_TEXT, G20_OBS_EC, NULL},
    {20, "abonados_fibra_gye", "nro_contrato", "TEXT", SX_PII_NONE, G20_CONTRACT_EC, NULL},
    {20, "abonados_fibra_gye", "plan_contratado", "TEXT", SX_PII_NONE, G20_PLAN_EC, NULL},
    {20, "abonados_fibra_gye", "valor_mensual", "TEXT", SX_PII_NONE, G20_FEE_EC, NULL},
    {20, "abonados_fibra_gye", "serial_onu", "TEXT", SX_PII_NONE, G20_ONU_EC, NULL},
    {20, "abonados_fibra_gye", "puerto_olt", "TEXT", SX_PII_NONE, G20_PORT_EC, NULL},
    {20, "abonados_fibra_gye", "potencia_rx", "TEXT", SX_PII_NONE, G20_RXPOWER_EC, NULL},
    {20, "abonados_fibra_gye", "fecha_instalacion", "TEXT", SX_PII_NONE, G20_INSTALL_EC, NULL},
    {20, "abonados_fibra_gye", "plantilla_sms", "TEXT", SX_PII_NONE, G20_SMS_EC, NULL},
    {20, "abonados_fibra_gye", "pppoe_pass_md5", "TEXT", SX_PII_NONE, G20_MD5_EC, NULL},
    /* an Arousa shellfish gatherers' guild's members (Galician) */
    {20, "socias_confraria", "nome", "TEXT", SX_PII_PERSON_NAME, G20_GIVEN_GL, NULL},
    {20, "socias_confraria", "apelidos", "TEXT", SX_PII_PERSON_NAME, G20_SURNAMES_GL, NULL},
    {20, "socias_confraria", "dni_nie", "TEXT", SX_PII_GOVERNMENT_ID, G20_DNI_GL, NULL},
    {20, "socias_confraria", "data_nacemento", "TEXT", SX_PII_BIRTH_DATE, G20_BIRTH_GL, NULL},
    {20, "socias_confraria", "enderezo", "TEXT", SX_PII_POSTAL_ADDRESS, G20_ADDR_GL, NULL},
    {20, "socias_confraria", "tlf_mobil", "TEXT", SX_PII_PHONE, G20_MOBILE_GL, NULL},
    {20, "socias_confraria", "correo_e", "TEXT", SX_PII_EMAIL, G20_EMAIL_GL, NULL},
    {20, "socias_confraria", "iban_domiciliacion", "TEXT", SX_PII_IBAN, G20_IBAN_GL, NULL},
    {20, "socias_confraria", "observacions", "TEXT", SX_PII_FREE_TEXT, G20_OBS_GL, NULL},
    {20, "socias_confraria", "zona_marisqueo", "TEXT", SX_PII_NONE, G20_ZONE_GL, NULL},
    {20, "socias_confraria", "especie", "TEXT", SX_PII_NONE, G20_SPECIES_GL, NULL},
    {20, "socias_confraria", "kg_dia", "TEXT", SX_PII_NONE, G20_KG_GL, NULL},
    {20, "socias_confraria", "lote_lonxa", "TEXT", SX_PII_NONE, G20_LOT_GL, NULL},
    {20, "socias_confraria", "prezo_medio_kg", "TEXT", SX_PII_NONE, G20_PRICE_GL, NULL},
    {20, "socias_confraria", "matricula_embarcacion", "TEXT", SX_PII_NONE, G20_BOAT_GL, NULL},
    {20, "socias_confraria", "salinidade_psu", "TEXT", SX_PII_NONE, G20_SALINITY_GL, NULL},
    /* a Bihać rafting camp's guests (Bosnian) */
    {20, "gosti_rafting", "ime_prezime", "TEXT", SX_PII_PERSON_NAME, G20_NAME_BA, NULL},
    {20, "gosti_rafting", "jmbg", "TEXT", SX_PII_GOVERNMENT_ID, G20_JMBG_BA, NULL},
    {20, "gosti_rafting", "datum_rodjenja", "TEXT", SX_PII_BIRTH_DATE, G20_BIRTH_BA, NULL},
    {20, "gosti_rafting", "mob_tel", "TEXT", SX_PII_PHONE, G20_MOBILE_BA, NULL},
    {20, "gosti_rafting", "email", "TEXT", SX_PII_EMAIL, G20_EMAIL_BA, NULL},
    {20, "gosti_rafting", "adresa", "TEXT", SX_PII_POSTAL_ADDRESS, G20_ADDR_BA, NULL},
    {20, "gosti_rafting", "kontakt_hitno", "TEXT", SX_PII_PERSON_NAME, G20_EMERGENCY_BA, NULL},
    {20, "gosti_rafting", "kartica_depozit", "TEXT", SX_PII_PAYMENT_CARD, G20_CARD_BA, NULL},
    {20, "gosti_rafting", "iban_povrat", "TEXT", SX_PII_IBAN, G20_IBAN_BA, NULL},
    {20, "gosti_rafting", "napomena", "TEXT", SX_PII_FREE_TEXT, G20_NOTE_BA, NULL},
    {20, "gosti_rafting", "tura", "TEXT", SX_PII_NONE, G20_TOUR_BA, NULL},
    {20, "gosti_rafting", "br_rezervacije", "TEXT", SX_PII_NONE, G20_BOOKING_BA, NULL},
    {20, "gosti_rafting", "cijena_km", "TEXT", SX_PII_NONE, G20_PRICE_BA, NULL},
    {20, "gosti_rafting", "velicina_odijela", "TEXT", SX_PII_NONE, G20_SIZE_BA, NULL},
    {20, "gosti_rafting", "vodostaj_cm", "TEXT", SX_PII_NONE, G20_LEVEL_BA, NULL},
    {20, "gosti_rafting", "br_kacige", "TEXT", SX_PII_NONE, G20_HELMET_BA, NULL},
    {20, "gosti_rafting", "imei_trackera", "TEXT", SX_PII_NONE, G20_IMEI_BA, NULL},
    /* a Karakol ski base's season-pass holders (Kyrgyz) */
    {20, "lyzha_abonement", "аты_жөнү", "TEXT", SX_PII_PERSON_NAME, G20_NAME_KG, NULL},
    {20, "lyzha_abonement", "pin", "TEXT", SX_PII_GOVERNMENT_ID, G20_PIN_KG, NULL},
    {20, "lyzha_abonement", "pasport_no", "TEXT", SX_PII_GOVERNMENT_ID, G20_PASSPORT_KG, NULL},
    {20, "lyzha_abonement", "туулган_күнү", "TEXT", SX_PII_BIRTH_DATE, G20_BIRTH_KG, NULL},
    {20, "lyzha_abonement", "тел", "TEXT", SX_PII_PHONE, G20_PHONE_KG, NULL},
    {20, "lyzha_abonement", "email", "TEXT", SX_PII_EMAIL, G20_EMAIL_KG, NULL},
    {20, "lyzha_abonement", "дареги", "TEXT", SX_PII_POSTAL_ADDRESS, G20_ADDR_KG, NULL},
    {20, "lyzha_abonement", "elkart", "TEXT", SX_PII_PAYMENT_CARD, G20_ELCART_KG, NULL},
    {20, "lyzha_abonement", "ip_satyp_aluu", "TEXT", SX_PII_IP_ADDRESS, G20_IP_KG, NULL},
    {20, "lyzha_abonement", "акыркы_жайгашуу", "TEXT", SX_PII_GEOLOCATION, G20_GEO_KG, NULL},
    {20, "lyzha_abonement", "эскертүү", "TEXT", SX_PII_FREE_TEXT, G20_NOTE_KG, NULL},
    {20, "lyzha_abonement", "абонемент_түрү", "TEXT", SX_PII_NONE, G20_PASSTYPE_KG, NULL},
    {20, "lyzha_abonement", "баасы_сом", "TEXT", SX_PII_NONE, G20_PRICE_KG, NULL},
    {20, "lyzha_abonement", "rfid_uid", "TEXT", SX_PII_NONE, G20_RFID_KG, NULL},
    {20, "lyzha_abonement", "кар_калыңдыгы_см", "TEXT", SX_PII_NONE, G20_SNOW_KG, NULL},
    {20, "lyzha_abonement", "көтөргүч", "TEXT", SX_PII_NONE, G20_LIFT_KG, NULL},
    {20, "lyzha_abonement", "app_versiya", "TEXT", SX_PII_NONE, G20_APPVER_KG, NULL},
    {20, "lyzha_abonement", "temp_c", "TEXT", SX_PII_NONE, G20_TEMP_KG, NULL},
    /* a Phnom Penh garment factory's workers (Khmer, script and romanised) */
    {20, "kammakor_rongchakr", "ឈ្មោះ", "TEXT", SX_PII_PERSON_NAME, G20_NAME_KM, NULL},
    {20, "kammakor_rongchakr", "chhmuoh_latin", "TEXT", SX_PII_PERSON_NAME, G20_NAME_LAT_KH, NULL},
    {20, "kammakor_rongchakr", "lek_attasanhanobann", "TEXT", SX_PII_GOVERNMENT_ID, G20_IDCARD_KH, NULL},
    {20, "kammakor_rongchakr", "thngai_kamnaet", "TEXT", SX_PII_BIRTH_DATE, G20_BIRTH_KH, NULL},
    {20, "kammakor_rongchakr", "lek_tourasap", "TEXT", SX_PII_PHONE, G20_PHONE_KH, NULL},
    {20, "kammakor_rongchakr", "asayadthan", "TEXT", SX_PII_POSTAL_ADDRESS, G20_ADDR_KH, NULL},
    {20, "kammakor_rongchakr", "email", "TEXT", SX_PII_EMAIL, G20_EMAIL_KH, NULL},
    {20, "kammakor_rongchakr", "titang_phteah", "TEXT", SX_PII_GEOLOCATION, G20_GEO_KH, NULL},
    {20, "kammakor_rongchakr", "kamnat_samkhan", "TEXT", SX_PII_FREE_TEXT, G20_NOTE_KH, NULL},
    {20, "kammakor_rongchakr", "line_no", "TEXT", SX_PII_NONE, G20_LINE_KH, NULL},
    {20, "kammakor_rongchakr", "style_po", "TEXT", SX_PII_NONE, G20_STYLE_KH, NULL},
    {20, "kammakor_rongchakr", "prak_khae_usd", "TEXT", SX_PII_NONE, G20_WAGE_KH, NULL},
    {20, "kammakor_rongchakr", "piece_rate", "TEXT", SX_PII_NONE, G20_PIECE_KH, NULL},
    {20, "kammakor_rongchakr", "machine_sn", "TEXT", SX_PII_NONE, G20_MACHINE_KH, NULL},
    {20, "kammakor_rongchakr", "វេន", "TEXT", SX_PII_NONE, G20_SHIFT_KH, NULL},
    {20, "kammakor_rongchakr", "carton_ean", "TEXT", SX_PII_NONE, G20_EAN_KH, NULL},
    /* ---- fold 21: heldout21 (blind, Venezuelan Spanish, Quechua, Tajik,
     * Punjabi and Kinyarwanda; see value21()) */
    /* a Maracaibo pharmacy's home-delivery orders (Venezuelan Spanish) */
    {21, "pedidos_delivery_mcbo", "cedula", "TEXT", SX_PII_GOVERNMENT_ID, G21_CEDULA_VE, NULL},
    {21, "pedidos_delivery_mcbo", "rif_cliente", "TEXT", SX_PII_GOVERNMENT_ID, G21_RIF_VE, NULL},
    {21, "pedidos_delivery_mcbo", "nombre_apellido", "TEXT", SX_PII_PERSON_NAME, G21_NAME_VE, NULL},
    {21, "pedidos_delivery_mcbo", "fecha_nacimiento", "TEXT", SX_PII_BIRTH_DATE, G21_BIRTH_VE, NULL},
    {21, "pedidos_delivery_mcbo", "telf_celular", "TEXT", SX_PII_PHONE, G21_PHONE_VE, NULL},
    {21, "pedidos_delivery_mcbo", "correo", "TEXT", SX_PII_EMAIL, G21_EMAIL_VE, NULL},
    {21, "pedidos_delivery_mcbo", "direccion_entrega", "TEXT", SX_PII_POSTAL_ADDRESS, G21_ADDR_VE, NULL},
    {21, "pedidos_delivery_mcbo", "ubicacion_gps", "TEXT", SX_PII_GEOLOCATION, G21_GEO_VE, NULL},
    {21, "pedidos_delivery_mcbo", "iban_familiar_esp", "TEXT", SX_PII_IBAN, G21_IBAN_VE, NULL},
    {21, "pedidos_delivery_mcbo", "ip_pedido", "TEXT", SX_PII_IP_ADDRESS, G21_IP_VE, NULL},
    {21, "pedidos_delivery_mcbo", "nota_pedido", "TEXT", SX_PII_FREE_TEXT, G21_NOTE_VE, NULL},
    {21, "pedidos_delivery_mcbo", "codigo_barra", "TEXT", SX_PII_NONE, G21_EAN_VE, NULL},
    {21, "pedidos_delivery_mcbo", "ref_pago_movil", "TEXT", SX_PII_NONE, G21_REF_VE, NULL},
    {21, "pedidos_delivery_mcbo", "monto_bs", "TEXT", SX_PII_NONE, G21_AMOUNT_VE, NULL},
    {21, "pedidos_delivery_mcbo", "tasa_bcv", "TEXT", SX_PII_NONE, G21_RATE_VE, NULL},
    {21, "pedidos_delivery_mcbo", "lote", "TEXT", SX_PII_NONE, G21_LOT_VE, NULL},
    {21, "pedidos_delivery_mcbo", "banco_origen", "TEXT", SX_PII_NONE, G21_BANK_VE, NULL},
    {21, "pedidos_delivery_mcbo", "nro_pedido", "TEXT", SX_PII_NONE, G21_ORDER_VE, NULL},
    /* a Potosí quinoa growers' association's members (Quechua) */
    {21, "quinua_tarpuqkuna", "sutin", "TEXT", SX_PII_PERSON_NAME, G21_NAME_BO, NULL},
    {21, "quinua_tarpuqkuna", "ci_riqsichiy", "TEXT", SX_PII_GOVERNMENT_ID, G21_CI_BO, NULL},
    {21, "quinua_tarpuqkuna", "paqarisqan_punchaw", "TEXT", SX_PII_BIRTH_DATE, G21_BIRTH_BO, NULL},
    {21, "quinua_tarpuqkuna", "tiyana", "TEXT", SX_PII_POSTAL_ADDRESS, G21_ADDR_BO, NULL},
    {21, "quinua_tarpuqkuna", "karu_rimana", "TEXT", SX_PII_PHONE, G21_PHONE_BO, NULL},
    {21, "quinua_tarpuqkuna", "chakra_gps", "TEXT", SX_PII_GEOLOCATION, G21_GEO_BO, NULL},
    {21, "quinua_tarpuqkuna", "willakuy", "TEXT", SX_PII_FREE_TEXT, G21_NOTE_BO, NULL},
    {21, "quinua_tarpuqkuna", "chaski_email", "TEXT", SX_PII_EMAIL, G21_EMAIL_BO, NULL},
    {21, "quinua_tarpuqkuna", "yanapaq_sutin", "TEXT", SX_PII_PERSON_NAME, G21_TECH_BO, NULL},
    {21, "quinua_tarpuqkuna", "quinua_laya", "TEXT", SX_PII_NONE, G21_VARIETY_BO, NULL},
    {21, "quinua_tarpuqkuna", "kg_pallasqa", "TEXT", SX_PII_NONE, G21_KG_BO, NULL},
    {21, "quinua_tarpuqkuna", "lote_kamay", "TEXT", SX_PII_NONE, G21_LOT_BO, NULL},
    {21, "quinua_tarpuqkuna", "chanin", "TEXT", SX_PII_NONE, G21_PRICE_BO, NULL},
    {21, "quinua_tarpuqkuna", "humedad", "TEXT", SX_PII_NONE, G21_HUMID_BO, NULL},
    {21, "quinua_tarpuqkuna", "certificado", "TEXT", SX_PII_NONE, G21_CERT_BO, NULL},
    {21, "quinua_tarpuqkuna", "hectarea", "REAL", SX_PII_NONE, G21_HA_BO, NULL},
    /* a Khujand wedding hall's bookings (Tajik, Cyrillic) */
    {21, "tuykhona_bron", "ному_насаб", "TEXT", SX_PII_PERSON_NAME, G21_NAME_TJ, NULL},
    {21, "tuykhona_bron", "шиноснома", "TEXT", SX_PII_GOVERNMENT_ID, G21_PASS_TJ, NULL},
    {21, "tuykhona_bron", "рма", "TEXT", SX_PII_GOVERNMENT_ID, G21_INN_TJ, NULL},
    {21, "tuykhona_bron", "санаи_таваллуд", "TEXT", SX_PII_BIRTH_DATE, G21_BIRTH_TJ, NULL},
    {21, "tuykhona_bron", "телефон", "TEXT", SX_PII_PHONE, G21_PHONE_TJ, NULL},
    {21, "tuykhona_bron", "почтаи_электронӣ", "TEXT", SX_PII_EMAIL, G21_EMAIL_TJ, NULL},
    {21, "tuykhona_bron", "суроға", "TEXT", SX_PII_POSTAL_ADDRESS, G21_ADDR_TJ, NULL},
    {21, "tuykhona_bron", "корти_миллӣ", "TEXT", SX_PII_PAYMENT_CARD, G21_CARD_TJ, NULL},
    {21, "tuykhona_bron", "эзоҳ", "TEXT", SX_PII_FREE_TEXT, G21_NOTE_TJ, NULL},
    {21, "tuykhona_bron", "толор", "TEXT", SX_PII_NONE, G21_HALL_TJ, NULL},
    {21, "tuykhona_bron", "шумораи_меҳмонон", "INTEGER", SX_PII_NONE, G21_GUESTS_TJ, NULL},
    {21, "tuykhona_bron", "нарх", "TEXT", SX_PII_NONE, G21_PRICE_TJ, NULL},
    {21, "tuykhona_bron", "меню", "TEXT", SX_PII_NONE, G21_MENU_TJ, NULL},
    {21, "tuykhona_bron", "санаи_тӯй", "TEXT", SX_PII_NONE, G21_EVENT_TJ, NULL},
    {21, "tuykhona_bron", "рақами_шартнома", "TEXT", SX_PII_NONE, G21_CONTRACT_TJ, NULL},
    {21, "tuykhona_bron", "пешпардохт", "TEXT", SX_PII_NONE, G21_DEPOSIT_TJ, NULL},
    /* a Jalandhar tractor dealer's customers (Punjabi, romanised and Gurmukhi) */
    {21, "tractor_grahak", "grahak_da_naam", "TEXT", SX_PII_PERSON_NAME, G21_NAME_PB, NULL},
    {21, "tractor_grahak", "ਨਾਮ", "TEXT", SX_PII_PERSON_NAME, G21_NAME_GU, NULL},
    {21, "tractor_grahak", "pita_da_naam", "TEXT", SX_PII_PERSON_NAME, G21_FATHER_PB, NULL},
    {21, "tractor_grahak", "aadhaar_no", "TEXT", SX_PII_GOVERNMENT_ID, G21_AADHAAR_PB, NULL},
    {21, "tractor_grahak", "pan_no", "TEXT", SX_PII_GOVERNMENT_ID, G21_PAN_PB, NULL},
    {21, "tractor_grahak", "janam_miti", "TEXT", SX_PII_BIRTH_DATE, G21_BIRTH_PB, NULL},
    {21, "tractor_grahak", "mobile_no", "TEXT", SX_PII_PHONE, G21_MOBILE_PB, NULL},
    {21, "tractor_grahak", "pata", "TEXT", SX_PII_POSTAL_ADDRESS, G21_ADDR_PB, NULL},
    {21, "tractor_grahak", "nri_iban", "TEXT", SX_PII_IBAN, G21_IBAN_PB, NULL},
    {21, "tractor_grahak", "khet_lat_long", "TEXT", SX_PII_GEOLOCATION, G21_GEO_PB, NULL},
    {21, "tractor_grahak", "remarks", "TEXT", SX_PII_FREE_TEXT, G21_NOTE_PB, NULL},
    {21, "tractor_grahak", "model", "TEXT", SX_PII_NONE, G21_MODEL_PB, NULL},
    {21, "tractor_grahak", "chassis_no", "TEXT", SX_PII_NONE, G21_CHASSIS_PB, NULL},
    {21, "tractor_grahak", "engine_no", "TEXT", SX_PII_NONE, G21_ENGINE_PB, NULL},
    {21, "tractor_grahak", "emi_amount", "TEXT", SX_PII_NONE, G21_EMI_PB, NULL},
    {21, "tractor_grahak", "hp", "INTEGER", SX_PII_NONE, G21_HP_PB, NULL},
    {21, "tractor_grahak", "subsidy_scheme", "TEXT", SX_PII_NONE, G21_SCHEME_PB, NULL},
    {21, "tractor_grahak", "invoice_no", "TEXT", SX_PII_NONE, G21_INVOICE_PB, NULL},
    {21, "tractor_grahak", "dealer_gstin", "TEXT", SX_PII_NONE, G21_GSTIN_PB, NULL},
    /* a Kigali moto-taxi cooperative's members (Kinyarwanda) */
    {21, "abanyamuryango_moto", "amazina", "TEXT", SX_PII_PERSON_NAME, G21_NAME_RW, NULL},
    {21, "abanyamuryango_moto", "indangamuntu", "TEXT", SX_PII_GOVERNMENT_ID, G21_NID_RW, NULL},
    {21, "abanyamuryango_moto", "itariki_yavukiyeho", "TEXT", SX_PII_BIRTH_DATE, G21_BIRTH_RW, NULL},
    {21, "abanyamuryango_moto", "telefone", "TEXT", SX_PII_PHONE, G21_PHONE_RW, NULL},
    {21, "abanyamuryango_moto", "nimero_momo", "TEXT", SX_PII_PHONE, G21_MOMO_RW, NULL},
    {21, "abanyamuryango_moto", "imeli", "TEXT", SX_PII_EMAIL, G21_EMAIL_RW, NULL},
    {21, "abanyamuryango_moto", "aderesi", "TEXT", SX_PII_POSTAL_ADDRESS, G21_ADDR_RW, NULL},
    {21, "abanyamuryango_moto", "aho_atuye_gps", "TEXT", SX_PII_GEOLOCATION, G21_GEO_RW, NULL},
    {21, "abanyamuryango_moto", "ip_yiyandikishije", "TEXT", SX_PII_IP_ADDRESS, G21_IP_RW, NULL},
    {21, "abanyamuryango_moto", "icyitonderwa", "TEXT", SX_PII_FREE_TEXT, G21_NOTE_RW, NULL},
    {21, "abanyamuryango_moto", "uwo_guhamagara", "TEXT", SX_PII_PERSON_NAME, G21_NEXTKIN_RW, NULL},
    {21, "abanyamuryango_moto", "ikarita_banki", "TEXT", SX_PII_PAYMENT_CARD, G21_CARD_RW, NULL},
    {21, "abanyamuryango_moto", "purake", "TEXT", SX_PII_NONE, G21_PLATE_RW, NULL},
    {21, "abanyamuryango_moto", "nimero_kasike", "TEXT", SX_PII_NONE, G21_HELMET_RW, NULL},
    {21, "abanyamuryango_moto", "umusanzu", "TEXT", SX_PII_NONE, G21_FEE_RW, NULL},
    {21, "abanyamuryango_moto", "ubwishingizi", "TEXT", SX_PII_NONE, G21_POLICY_RW, NULL},
    {21, "abanyamuryango_moto", "amasaha_yakoze", "REAL", SX_PII_NONE, G21_HOURS_RW, NULL},
    {21, "abanyamuryango_moto", "ebm_signature", "TEXT", SX_PII_NONE, G21_EBM_RW, NULL},
    {21, "abanyamuryango_moto", "verisiyo_app", "TEXT", SX_PII_NONE, G21_APPVER_RW, NULL},
    /* ---- fold 22: heldout22 (blind, Uruguayan Spanish, Burmese, Marathi,
     * Haitian Creole and Turkmen; see value22()) */
    /* a Montevideo mutual-aid housing cooperative's members (Uruguayan Spanish) */
    {22, "socios_cooperativa", "ci", "TEXT", SX_PII_GOVERNMENT_ID, G22_CI_UY, NULL},
    {22, "socios_cooperativa", "nombre_socio", "TEXT", SX_PII_PERSON_NAME, G22_NAME_UY, NULL},
    {22, "socios_cooperativa", "conyuge", "TEXT", SX_PII_PERSON_NAME, G22_SPOUSE_UY, NULL},
    {22, "socios_cooperativa", "fec_nac", "TEXT", SX_PII_BIRTH_DATE, G22_BIRTH_UY, NULL},
    {22, "socios_cooperativa", "celular", "TEXT", SX_PII_PHONE, G22_PHONE_UY, NULL},
    {22, "socios_cooperativa", "mail", "TEXT", SX_PII_EMAIL, G22_EMAIL_UY, NULL},
    {22, "socios_cooperativa", "domicilio_actual", "TEXT", SX_PII_POSTAL_ADDRESS, G22_ADDR_UY, NULL},
    {22, "socios_cooperativa", "tarjeta_debito", "TEXT", SX_PII_PAYMENT_CARD, G22_CARD_UY, NULL},
    {22, "socios_cooperativa", "observaciones", "TEXT", SX_PII_FREE_TEXT, G22_NOTE_UY, NULL},
    {22, "socios_cooperativa", "horas_ayuda_mutua", "REAL", SX_PII_NONE, G22_HOURS_UY, NULL},
    {22, "socios_cooperativa", "cuota_ur", "TEXT", SX_PII_NONE, G22_FEE_UY, NULL},
    {22, "socios_cooperativa", "unidad", "TEXT", SX_PII_NONE, G22_UNIT_UY, NULL},
    {22, "socios_cooperativa", "padron", "TEXT", SX_PII_NONE, G22_PADRON_UY, NULL},
    {22, "socios_cooperativa", "rut_cooperativa", "TEXT", SX_PII_NONE, G22_RUT_UY, NULL},
    {22, "socios_cooperativa", "expediente_mvot", "TEXT", SX_PII_NONE, G22_FILE_UY, NULL},
    {22, "socios_cooperativa", "nro_recibo", "TEXT", SX_PII_NONE, G22_RECEIPT_UY, NULL},
    /* a Mandalay gold shop's buyers (Burmese, romanised and Myanmar script) */
    {22, "shwe_sine_customers", "customer_name", "TEXT", SX_PII_PERSON_NAME, G22_NAME_MM, NULL},
    {22, "shwe_sine_customers", "နာမည်", "TEXT", SX_PII_PERSON_NAME, G22_NAME_MY, NULL},
    {22, "shwe_sine_customers", "hmat_pon_tin_no", "TEXT", SX_PII_GOVERNMENT_ID, G22_NRC_MM, NULL},
    {22, "shwe_sine_customers", "a_hpa_amyi", "TEXT", SX_PII_PERSON_NAME, G22_FATHER_MM, NULL},
    {22, "shwe_sine_customers", "ph_no", "TEXT", SX_PII_PHONE, G22_PHONE_MM, NULL},
    {22, "shwe_sine_customers", "viber", "TEXT", SX_PII_PHONE, G22_VIBER_MM, NULL},
    {22, "shwe_sine_customers", "mwe_nay", "TEXT", SX_PII_BIRTH_DATE, G22_BIRTH_MM, NULL},
    {22, "shwe_sine_customers", "leik_sa", "TEXT", SX_PII_POSTAL_ADDRESS, G22_ADDR_MM, NULL},
    {22, "shwe_sine_customers", "mhat_chet", "TEXT", SX_PII_FREE_TEXT, G22_NOTE_MM, NULL},
    {22, "shwe_sine_customers", "a_lay_chain", "TEXT", SX_PII_NONE, G22_WEIGHT_MM, NULL},
    {22, "shwe_sine_customers", "shwe_yi", "TEXT", SX_PII_NONE, G22_PURITY_MM, NULL},
    {22, "shwe_sine_customers", "tan_phoe", "TEXT", SX_PII_NONE, G22_PRICE_MM, NULL},
    {22, "shwe_sine_customers", "baucher_no", "TEXT", SX_PII_NONE, G22_VOUCHER_MM, NULL},
    {22, "shwe_sine_customers", "item_code", "TEXT", SX_PII_NONE, G22_ITEM_MM, NULL},
    {22, "shwe_sine_customers", "kbzpay_txn_id", "TEXT", SX_PII_NONE, G22_TXN_MM, NULL},
    {22, "shwe_sine_customers", "shwe_zay_date", "TEXT", SX_PII_NONE, G22_RATEDATE_MM, NULL},
    /* a Kolhapur sugar cooperative's cane growers (Marathi, romanised and Devanagari) */
    {22, "oos_utpadak_sabhasad", "sabhasad_nav", "TEXT", SX_PII_PERSON_NAME, G22_NAME_MR, NULL},
    {22, "oos_utpadak_sabhasad", "शेतकऱ्याचे_नाव", "TEXT", SX_PII_PERSON_NAME, G22_NAME_DV, NULL},
    {22, "oos_utpadak_sabhasad", "aadhar_kramank", "TEXT", SX_PII_GOVERNMENT_ID, G22_AADHAAR_MR, NULL},
    {22, "oos_utpadak_sabhasad", "matdar_olakhpatra", "TEXT", SX_PII_GOVERNMENT_ID, G22_EPIC_MR, NULL},
    {22, "oos_utpadak_sabhasad", "mobile_kr", "TEXT", SX_PII_PHONE, G22_MOBILE_MR, NULL},
    {22, "oos_utpadak_sabhasad", "janma_dinank", "TEXT", SX_PII_BIRTH_DATE, G22_BIRTH_MR, NULL},
    {22, "oos_utpadak_sabhasad", "patta", "TEXT", SX_PII_POSTAL_ADDRESS, G22_ADDR_MR, NULL},
    {22, "oos_utpadak_sabhasad", "shet_gps", "TEXT", SX_PII_GEOLOCATION, G22_GEO_MR, NULL},
    {22, "oos_utpadak_sabhasad", "shera", "TEXT", SX_PII_FREE_TEXT, G22_NOTE_MR, NULL},
    {22, "oos_utpadak_sabhasad", "gat_kr", "TEXT", SX_PII_NONE, G22_GAT_MR, NULL},
    {22, "oos_utpadak_sabhasad", "oos_jat", "TEXT", SX_PII_NONE, G22_VARIETY_MR, NULL},
    {22, "oos_utpadak_sabhasad", "vajan_tan", "TEXT", SX_PII_NONE, G22_TONNES_MR, NULL},
    {22, "oos_utpadak_sabhasad", "recovery_taka", "TEXT", SX_PII_NONE, G22_RECOVERY_MR, NULL},
    {22, "oos_utpadak_sabhasad", "frp_dar", "TEXT", SX_PII_NONE, G22_FRP_MR, NULL},
    {22, "oos_utpadak_sabhasad", "tod_karyakram", "TEXT", SX_PII_NONE, G22_SCHEDULE_MR, NULL},
    {22, "oos_utpadak_sabhasad", "vahan_kr", "TEXT", SX_PII_NONE, G22_TRUCK_MR, NULL},
    /* a Cap-Haïtien school's enrolments (Haitian Creole) */
    {22, "enskripsyon_elev", "non_elev", "TEXT", SX_PII_PERSON_NAME, G22_NAME_HT, NULL},
    {22, "enskripsyon_elev", "non_manman", "TEXT", SX_PII_PERSON_NAME, G22_MOTHER_HT, NULL},
    {22, "enskripsyon_elev", "dat_nesans", "TEXT", SX_PII_BIRTH_DATE, G22_BIRTH_HT, NULL},
    {22, "enskripsyon_elev", "telefòn_paran", "TEXT", SX_PII_PHONE, G22_PHONE_HT, NULL},
    {22, "enskripsyon_elev", "imel_paran", "TEXT", SX_PII_EMAIL, G22_EMAIL_HT, NULL},
    {22, "enskripsyon_elev", "adrès", "TEXT", SX_PII_POSTAL_ADDRESS, G22_ADDR_HT, NULL},
    {22, "enskripsyon_elev", "nif_paran", "TEXT", SX_PII_GOVERNMENT_ID, G22_NIF_HT, NULL},
    {22, "enskripsyon_elev", "ip_enskripsyon", "TEXT", SX_PII_IP_ADDRESS, G22_IP_HT, NULL},
    {22, "enskripsyon_elev", "iban_fanmi", "TEXT", SX_PII_IBAN, G22_IBAN_HT, NULL},
    {22, "enskripsyon_elev", "remak", "TEXT", SX_PII_FREE_TEXT, G22_NOTE_HT, NULL},
    {22, "enskripsyon_elev", "klas", "TEXT", SX_PII_NONE, G22_CLASS_HT, NULL},
    {22, "enskripsyon_elev", "fre_lekol", "TEXT", SX_PII_NONE, G22_FEE_HT, NULL},
    {22, "enskripsyon_elev", "resi_moncash", "TEXT", SX_PII_NONE, G22_MONCASH_HT, NULL},
    {22, "enskripsyon_elev", "mwayen", "TEXT", SX_PII_NONE, G22_AVG_HT, NULL},
    {22, "enskripsyon_elev", "sal", "TEXT", SX_PII_NONE, G22_ROOM_HT, NULL},
    {22, "enskripsyon_elev", "kantite_liv", "INTEGER", SX_PII_NONE, G22_BOOKS_HT, NULL},
    /* an Ashgabat phone shop's instalment buyers (Turkmen) */
    {22, "kredit_alyjylar", "familiýasy_ady", "TEXT", SX_PII_PERSON_NAME, G22_NAME_TM, NULL},
    {22, "kredit_alyjylar", "pasport_belgisi", "TEXT", SX_PII_GOVERNMENT_ID, G22_PASS_TM, NULL},
    {22, "kredit_alyjylar", "doglan_senesi", "TEXT", SX_PII_BIRTH_DATE, G22_BIRTH_TM, NULL},
    {22, "kredit_alyjylar", "telefon_belgisi", "TEXT", SX_PII_PHONE, G22_PHONE_TM, NULL},
    {22, "kredit_alyjylar", "e_poçta", "TEXT", SX_PII_EMAIL, G22_EMAIL_TM, NULL},
    {22, "kredit_alyjylar", "ýaşaýan_salgysy", "TEXT", SX_PII_POSTAL_ADDRESS, G22_ADDR_TM, NULL},
    {22, "kredit_alyjylar", "kart_belgisi", "TEXT", SX_PII_PAYMENT_CARD, G22_CARD_TM, NULL},
    {22, "kredit_alyjylar", "iban_turkiye", "TEXT", SX_PII_IBAN, G22_IBAN_TM, NULL},
    {22, "kredit_alyjylar", "ip_salgy", "TEXT", SX_PII_IP_ADDRESS, G22_IP_TM, NULL},
    {22, "kredit_alyjylar", "eltip_bermek_gps", "TEXT", SX_PII_GEOLOCATION, G22_GEO_TM, NULL},
    {22, "kredit_alyjylar", "bellik", "TEXT", SX_PII_FREE_TEXT, G22_NOTE_TM, NULL},
    {22, "kredit_alyjylar", "kepil_ady", "TEXT", SX_PII_PERSON_NAME, G22_GUARANTOR_TM, NULL},
    {22, "kredit_alyjylar", "imei", "TEXT", SX_PII_NONE, G22_IMEI_TM, NULL},
    {22, "kredit_alyjylar", "model", "TEXT", SX_PII_NONE, G22_MODEL_TM, NULL},
    {22, "kredit_alyjylar", "bahasy", "TEXT", SX_PII_NONE, G22_PRICE_TM, NULL},
    {22, "kredit_alyjylar", "möhleti_aý", "INTEGER", SX_PII_NONE, G22_MONTHS_TM, NULL},
    {22, "kredit_alyjylar", "aýlyk_töleg", "TEXT", SX_PII_NONE, G22_MONTHLY_TM, NULL},
    {22, "kredit_alyjylar", "şertnama_no", "TEXT", SX_PII_NONE, G22_CONTRACT_TM, NULL},
    {22, "kredit_alyjylar", "seriýa_no", "TEXT", SX_PII_NONE, G22_SERIAL_TM, NULL},
    {22, "kredit_alyjylar", "sargyt_senesi", "TEXT", SX_PII_NONE, G22_ORDERDATE_TM, NULL},    /* ---- fold 23: twenty-third held out, written blind (see value23()) */
    {23, "socios_proveedores", "ci_socio", "TEXT", SX_PII_GOVERNMENT_ID, G23_CI_BO, NULL},
    {23, "socios_proveedores", "nombre_completo", "TEXT", SX_PII_PERSON_NAME, G23_NAME_BO, NULL},
    {23, "socios_proveedores", "fec_nac", "TEXT", SX_PII_BIRTH_DATE, G23_BIRTH_BO, NULL},
    {23, "socios_proveedores", "celular", "TEXT", SX_PII_PHONE, G23_CEL_BO, NULL},
    {23, "socios_proveedores", "correo_elec", "TEXT", SX_PII_EMAIL, G23_EMAIL_BO, NULL},
    {23, "socios_proveedores", "direccion_domicilio", "TEXT", SX_PII_POSTAL_ADDRESS, G23_ADDR_BO, NULL},
    {23, "socios_proveedores", "ubicacion_hato", "TEXT", SX_PII_GEOLOCATION, G23_GEO_BO, NULL},
    {23, "socios_proveedores", "observaciones", "TEXT", SX_PII_FREE_TEXT, G23_NOTE_BO, NULL},
    {23, "socios_proveedores", "cod_socio", "TEXT", SX_PII_NONE, G23_SOCIO_BO, NULL},
    {23, "socios_proveedores", "litros_dia", "REAL", SX_PII_NONE, G23_LITROS_BO, NULL},
    {23, "socios_proveedores", "grasa_pct", "REAL", SX_PII_NONE, G23_GRASA_BO, NULL},
    {23, "socios_proveedores", "precio_litro", "TEXT", SX_PII_NONE, G23_PRECIO_BO, NULL},
    {23, "socios_proveedores", "nro_planilla", "TEXT", SX_PII_NONE, G23_PLANILLA_BO, NULL},
    {23, "socios_proveedores", "ruta_acopio", "TEXT", SX_PII_NONE, G23_RUTA_BO, NULL},
    {23, "socios_proveedores", "temp_tanque", "REAL", SX_PII_NONE, G23_TEMP_BO, NULL},
    {23, "socios_proveedores", "nit_acopiador", "TEXT", SX_PII_NONE, G23_NIT_BO, NULL},
    {23, "lukkha_sinsua", "ຊື່_ນາມສະກຸນ", "TEXT", SX_PII_PERSON_NAME, G23_NAME_LAO, NULL},
    {23, "lukkha_sinsua", "sue_lukkha", "TEXT", SX_PII_PERSON_NAME, G23_NAME_LA, NULL},
    {23, "lukkha_sinsua", "ber_tho", "TEXT", SX_PII_PHONE, G23_PHONE_LA, NULL},
    {23, "lukkha_sinsua", "wan_deuan_pi_koet", "TEXT", SX_PII_BIRTH_DATE, G23_BIRTH_LA, NULL},
    {23, "lukkha_sinsua", "thi_yu", "TEXT", SX_PII_POSTAL_ADDRESS, G23_ADDR_LA, NULL},
    {23, "lukkha_sinsua", "lek_bat_pachamtua", "TEXT", SX_PII_GOVERNMENT_ID, G23_IDC_LA, NULL},
    {23, "lukkha_sinsua", "email_lk", "TEXT", SX_PII_EMAIL, G23_EMAIL_LA, NULL},
    {23, "lukkha_sinsua", "ip_longthabian", "TEXT", SX_PII_IP_ADDRESS, G23_IP_LA, NULL},
    {23, "lukkha_sinsua", "bat_thanakhan", "TEXT", SX_PII_PAYMENT_CARD, G23_CARD_LA, NULL},
    {23, "lukkha_sinsua", "kham_hen", "TEXT", SX_PII_FREE_TEXT, G23_NOTE_LA, NULL},
    {23, "lukkha_sinsua", "ປ້າຍທະບຽນ", "TEXT", SX_PII_NONE, G23_PLATE_LA, NULL},
    {23, "lukkha_sinsua", "lek_thang", "TEXT", SX_PII_NONE, G23_FRAME_LA, NULL},
    {23, "lukkha_sinsua", "lakha", "TEXT", SX_PII_NONE, G23_PRICE_LA, NULL},
    {23, "lukkha_sinsua", "jamnuan_ngoat", "INTEGER", SX_PII_NONE, G23_TERMS_LA, NULL},
    {23, "lukkha_sinsua", "run_lot", "TEXT", SX_PII_NONE, G23_MODEL_LA, NULL},
    {23, "lukkha_sinsua", "lek_sanya", "TEXT", SX_PII_NONE, G23_CONTRACT_LA, NULL},
    {23, "lukkha_sinsua", "app_ver", "TEXT", SX_PII_NONE, G23_APPVER_LA, NULL},
    {23, "ndi_otu_ahia", "aha_onye_otu", "TEXT", SX_PII_PERSON_NAME, G23_NAME_IG, NULL},
    {23, "ndi_otu_ahia", "aha_nna", "TEXT", SX_PII_PERSON_NAME, G23_FATHER_IG, NULL},
    {23, "ndi_otu_ahia", "nọmba_ekwentị", "TEXT", SX_PII_PHONE, G23_PHONE_IG, NULL},
    {23, "ndi_otu_ahia", "adreesị_email", "TEXT", SX_PII_EMAIL, G23_EMAIL_IG, NULL},
    {23, "ndi_otu_ahia", "ụbọchị_ọmụmụ", "TEXT", SX_PII_BIRTH_DATE, G23_BIRTH_IG, NULL},
    {23, "ndi_otu_ahia", "ebe_obibi", "TEXT", SX_PII_POSTAL_ADDRESS, G23_ADDR_IG, NULL},
    {23, "ndi_otu_ahia", "nin", "TEXT", SX_PII_GOVERNMENT_ID, G23_NIN_IG, NULL},
    {23, "ndi_otu_ahia", "bvn", "TEXT", SX_PII_GOVERNMENT_ID, G23_BVN_IG, NULL},
    {23, "ndi_otu_ahia", "kaadị_atm", "TEXT", SX_PII_PAYMENT_CARD, G23_CARD_IG, NULL},
    {23, "ndi_otu_ahia", "ihe_edere", "TEXT", SX_PII_FREE_TEXT, G23_NOTE_IG, NULL},
    {23, "ndi_otu_ahia", "nọmba_shop", "TEXT", SX_PII_NONE, G23_SHOP_IG, NULL},
    {23, "ndi_otu_ahia", "ụdị_ahịa", "TEXT", SX_PII_NONE, G23_GOODS_IG, NULL},
    {23, "ndi_otu_ahia", "levy_kwa_afọ", "TEXT", SX_PII_NONE, G23_LEVY_IG, NULL},
    {23, "ndi_otu_ahia", "nọmba_risiti", "TEXT", SX_PII_NONE, G23_RECEIPT_IG, NULL},
    {23, "ndi_otu_ahia", "pos_tid", "TEXT", SX_PII_NONE, G23_TID_IG, NULL},
    {23, "ndi_otu_ahia", "ụbọchị_o_sonyere", "TEXT", SX_PII_NONE, G23_JOINED_IG, NULL},
    {23, "ndi_otu_ahia", "foto_hash", "TEXT", SX_PII_NONE, G23_PHOTO_IG, NULL},
    {23, "mpamboly_lavanila", "anarana_feno", "TEXT", SX_PII_PERSON_NAME, G23_NAME_MG, NULL},
    {23, "mpamboly_lavanila", "fanampiny", "TEXT", SX_PII_PERSON_NAME, G23_GIVEN_MG, NULL},
    {23, "mpamboly_lavanila", "daty_nahaterahana", "TEXT", SX_PII_BIRTH_DATE, G23_BIRTH_MG, NULL},
    {23, "mpamboly_lavanila", "laharana_cin", "TEXT", SX_PII_GOVERNMENT_ID, G23_CIN_MG, NULL},
    {23, "mpamboly_lavanila", "finday", "TEXT", SX_PII_PHONE, G23_PHONE_MG, NULL},
    {23, "mpamboly_lavanila", "laharana_mvola", "TEXT", SX_PII_PHONE, G23_MVOLA_MG, NULL},
    {23, "mpamboly_lavanila", "adiresy", "TEXT", SX_PII_POSTAL_ADDRESS, G23_ADDR_MG, NULL},
    {23, "mpamboly_lavanila", "toerana_gps", "TEXT", SX_PII_GEOLOCATION, G23_GEO_MG, NULL},
    {23, "mpamboly_lavanila", "kaonty_banky", "TEXT", SX_PII_IBAN, G23_IBAN_MG, NULL},
    {23, "mpamboly_lavanila", "fanamarihana", "TEXT", SX_PII_FREE_TEXT, G23_NOTE_MG, NULL},
    {23, "mpamboly_lavanila", "lanja_kg", "REAL", SX_PII_NONE, G23_KG_MG, NULL},
    {23, "mpamboly_lavanila", "kalitao", "TEXT", SX_PII_NONE, G23_GRADE_MG, NULL},
    {23, "mpamboly_lavanila", "vidiny", "TEXT", SX_PII_NONE, G23_PRICE_MG, NULL},
    {23, "mpamboly_lavanila", "laharana_lot", "TEXT", SX_PII_NONE, G23_LOT_MG, NULL},
    {23, "mpamboly_lavanila", "hamandoana", "REAL", SX_PII_NONE, G23_HUMID_MG, NULL},
    {23, "mpamboly_lavanila", "qr_gony", "TEXT", SX_PII_NONE, G23_SACK_MG, NULL},
    {23, "baghwanan", "نوم", "TEXT", SX_PII_PERSON_NAME, G23_NAME_PS, NULL},
    {23, "baghwanan", "plar_noom", "TEXT", SX_PII_PERSON_NAME, G23_FATHER_AF, NULL},
    {23, "baghwanan", "tazkira_shmera", "TEXT", SX_PII_GOVERNMENT_ID, G23_TAZKIRA_AF, NULL},
    {23, "baghwanan", "telefoon", "TEXT", SX_PII_PHONE, G23_PHONE_AF, NULL},
    {23, "baghwanan", "zegedo_neta", "TEXT", SX_PII_BIRTH_DATE, G23_BIRTH_AF, NULL},
    {23, "baghwanan", "pata", "TEXT", SX_PII_POSTAL_ADDRESS, G23_ADDR_AF, NULL},
    {23, "baghwanan", "brishnalik", "TEXT", SX_PII_EMAIL, G23_EMAIL_AF, NULL},
    {23, "baghwanan", "ip_pata", "TEXT", SX_PII_IP_ADDRESS, G23_IP_AF, NULL},
    {23, "baghwanan", "bagh_lat", "REAL", SX_PII_GEOLOCATION, G23_LAT_AF, NULL},
    {23, "baghwanan", "bagh_lon", "REAL", SX_PII_GEOLOCATION, G23_LON_AF, NULL},
    {23, "baghwanan", "یادښت", "TEXT", SX_PII_FREE_TEXT, G23_NOTE_AF, NULL},
    {23, "baghwanan", "wazan_ser", "INTEGER", SX_PII_NONE, G23_SER_AF, NULL},
    {23, "baghwanan", "daraja", "TEXT", SX_PII_NONE, G23_GRADE_AF, NULL},
    {23, "baghwanan", "baya", "TEXT", SX_PII_NONE, G23_PRICE_AF, NULL},
    {23, "baghwanan", "bill_no", "TEXT", SX_PII_NONE, G23_INVOICE_AF, NULL},
    {23, "baghwanan", "sarakhana_temp", "REAL", SX_PII_NONE, G23_COLD_AF, NULL},
    {23, "baghwanan", "barcode", "TEXT", SX_PII_NONE, G23_EAN_AF, NULL},
    {23, "baghwanan", "sms_matn", "TEXT", SX_PII_NONE, G23_SMS_AF, NULL},
    /* ---- fold 24: twenty-fourth held out, written blind (see value24()) */
    {24, "чакчак_заказлар", "сатып_алучы", "TEXT", SX_PII_PERSON_NAME, G24_NAME_TT, NULL},
    {24, "чакчак_заказлар", "телефон", "TEXT", SX_PII_PHONE, G24_PHONE_TT, NULL},
    {24, "чакчак_заказлар", "эл_почта", "TEXT", SX_PII_EMAIL, G24_EMAIL_TT, NULL},
    {24, "чакчак_заказлар", "туган_көн", "TEXT", SX_PII_BIRTH_DATE, G24_BIRTH_TT, NULL},
    {24, "чакчак_заказлар", "җибәрү_адресы", "TEXT", SX_PII_POSTAL_ADDRESS, G24_ADDR_TT, NULL},
    {24, "чакчак_заказлар", "инн", "TEXT", SX_PII_GOVERNMENT_ID, G24_INN_TT, NULL},
    {24, "чакчак_заказлар", "карта", "TEXT", SX_PII_PAYMENT_CARD, G24_CARD_TT, NULL},
    {24, "чакчак_заказлар", "ip_адрес", "TEXT", SX_PII_IP_ADDRESS, G24_IP_TT, NULL},
    {24, "чакчак_заказлар", "координатлар", "TEXT", SX_PII_GEOLOCATION, G24_GEO_TT, NULL},
    {24, "чакчак_заказлар", "бәяләмә", "TEXT", SX_PII_FREE_TEXT, G24_NOTE_TT, NULL},
    {24, "чакчак_заказлар", "заказ_номеры", "TEXT", SX_PII_NONE, G24_ORDER_TT, NULL},
    {24, "чакчак_заказлар", "товар_исеме", "TEXT", SX_PII_NONE, G24_ITEM_TT, NULL},
    {24, "чакчак_заказлар", "бәясе", "TEXT", SX_PII_NONE, G24_PRICE_TT, NULL},
    {24, "чакчак_заказлар", "авырлыгы_г", "INTEGER", SX_PII_NONE, G24_WEIGHT_TT, NULL},
    {24, "чакчак_заказлар", "трек_номер", "TEXT", SX_PII_NONE, G24_RPO_TT, NULL},
    {24, "чакчак_заказлар", "промокод", "TEXT", SX_PII_NONE, G24_PROMO_TT, NULL},
    {24, "чакчак_заказлар", "сессия_хэш", "TEXT", SX_PII_NONE, G24_HASH_TT, NULL},
    {24, "chit_sabhyulu", "sabhyuni_peru", "TEXT", SX_PII_PERSON_NAME, G24_NAME_TE, NULL},
    {24, "chit_sabhyulu", "తండ్రి_పేరు", "TEXT", SX_PII_PERSON_NAME, G24_FATHER_TE, NULL},
    {24, "chit_sabhyulu", "aadhaar_sankhya", "TEXT", SX_PII_GOVERNMENT_ID, G24_AADHAAR_TE, NULL},
    {24, "chit_sabhyulu", "pan_no", "TEXT", SX_PII_GOVERNMENT_ID, G24_PAN_TE, NULL},
    {24, "chit_sabhyulu", "cell_no", "TEXT", SX_PII_PHONE, G24_MOBILE_TE, NULL},
    {24, "chit_sabhyulu", "puttina_tedi", "TEXT", SX_PII_BIRTH_DATE, G24_BIRTH_TE, NULL},
    {24, "chit_sabhyulu", "chirunama", "TEXT", SX_PII_POSTAL_ADDRESS, G24_ADDR_TE, NULL},
    {24, "chit_sabhyulu", "email_id", "TEXT", SX_PII_EMAIL, G24_EMAIL_TE, NULL},
    {24, "chit_sabhyulu", "vivaralu", "TEXT", SX_PII_FREE_TEXT, G24_NOTE_TE, NULL},
    {24, "chit_sabhyulu", "chit_group", "TEXT", SX_PII_NONE, G24_GROUP_TE, NULL},
    {24, "chit_sabhyulu", "vayida_sankhya", "INTEGER", SX_PII_NONE, G24_INST_TE, NULL},
    {24, "chit_sabhyulu", "chandaa_motham", "TEXT", SX_PII_NONE, G24_AMOUNT_TE, NULL},
    {24, "chit_sabhyulu", "ifsc", "TEXT", SX_PII_NONE, G24_IFSC_TE, NULL},
    {24, "chit_sabhyulu", "rasidu_no", "TEXT", SX_PII_NONE, G24_RECEIPT_TE, NULL},
    {24, "chit_sabhyulu", "paata_discount", "REAL", SX_PII_NONE, G24_DISC_TE, NULL},
    {24, "chit_sabhyulu", "sms_template", "TEXT", SX_PII_NONE, G24_SMS_TE, NULL},
    {24, "jënd_xar", "tur_ak_sant", "TEXT", SX_PII_PERSON_NAME, G24_NAME_WO, NULL},
    {24, "jënd_xar", "kiy_jot", "TEXT", SX_PII_PERSON_NAME, G24_RECV_WO, NULL},
    {24, "jënd_xar", "telefon", "TEXT", SX_PII_PHONE, G24_PHONE_WO, NULL},
    {24, "jënd_xar", "bés_juddu", "TEXT", SX_PII_BIRTH_DATE, G24_BIRTH_WO, NULL},
    {24, "jënd_xar", "nimero_cni", "TEXT", SX_PII_GOVERNMENT_ID, G24_NIN_WO, NULL},
    {24, "jënd_xar", "iban", "TEXT", SX_PII_IBAN, G24_IBAN_WO, NULL},
    {24, "jënd_xar", "imeel", "TEXT", SX_PII_EMAIL, G24_EMAIL_WO, NULL},
    {24, "jënd_xar", "dëkkuwaay", "TEXT", SX_PII_POSTAL_ADDRESS, G24_ADDR_WO, NULL},
    {24, "jënd_xar", "gps_kër", "TEXT", SX_PII_GEOLOCATION, G24_GEO_WO, NULL},
    {24, "jënd_xar", "waxtaan", "TEXT", SX_PII_FREE_TEXT, G24_NOTE_WO, NULL},
    {24, "jënd_xar", "xeetu_xar", "TEXT", SX_PII_NONE, G24_BREED_WO, NULL},
    {24, "jënd_xar", "njëg", "TEXT", SX_PII_NONE, G24_PRICE_WO, NULL},
    {24, "jënd_xar", "diis_kg", "REAL", SX_PII_NONE, G24_WEIGHT_WO, NULL},
    {24, "jënd_xar", "nimero_xar", "TEXT", SX_PII_NONE, G24_TAG_WO, NULL},
    {24, "jënd_xar", "nimero_commande", "TEXT", SX_PII_NONE, G24_ORDER_WO, NULL},
    {24, "jënd_xar", "bés_yobbu", "TEXT", SX_PII_NONE, G24_DELIV_WO, NULL},
    {24, "jënd_xar", "wave_id", "TEXT", SX_PII_NONE, G24_TXN_WO, NULL},
    {24, "faatauTaavale", "igoaAtoa", "TEXT", SX_PII_PERSON_NAME, G24_NAME_SM, NULL},
    {24, "faatauTaavale", "numeraTelefoni", "TEXT", SX_PII_PHONE, G24_PHONE_SM, NULL},
    {24, "faatauTaavale", "asoFanau", "TEXT", SX_PII_BIRTH_DATE, G24_BIRTH_SM, NULL},
    {24, "faatauTaavale", "laiseneAvetaavale", "TEXT", SX_PII_GOVERNMENT_ID, G24_LICENCE_SM, NULL},
    {24, "faatauTaavale", "numeraKata", "TEXT", SX_PII_PAYMENT_CARD, G24_CARD_SM, NULL},
    {24, "faatauTaavale", "imeli", "TEXT", SX_PII_EMAIL, G24_EMAIL_SM, NULL},
    {24, "faatauTaavale", "tuatusi", "TEXT", SX_PII_POSTAL_ADDRESS, G24_ADDR_SM, NULL},
    {24, "faatauTaavale", "ipTusi", "TEXT", SX_PII_IP_ADDRESS, G24_IP_SM, NULL},
    {24, "faatauTaavale", "faamatalaga", "TEXT", SX_PII_FREE_TEXT, G24_NOTE_SM, NULL},
    {24, "faatauTaavale", "fleetCode", "TEXT", SX_PII_NONE, G24_FLEET_SM, NULL},
    {24, "faatauTaavale", "ituaigaTaavale", "TEXT", SX_PII_NONE, G24_MODEL_SM, NULL},
    {24, "faatauTaavale", "tauAso", "TEXT", SX_PII_NONE, G24_RATE_SM, NULL},
    {24, "faatauTaavale", "kilomitaAmata", "INTEGER", SX_PII_NONE, G24_ODO_SM, NULL},
    {24, "faatauTaavale", "suauuPasene", "REAL", SX_PII_NONE, G24_FUEL_SM, NULL},
    {24, "faatauTaavale", "numeraTusi", "TEXT", SX_PII_NONE, G24_BOOKING_SM, NULL},
    {24, "faatauTaavale", "chassisNo", "TEXT", SX_PII_NONE, G24_CHASSIS_SM, NULL},
    {24, "udhar_khatavahi", "ગ્રાહક_નામ", "TEXT", SX_PII_PERSON_NAME, G24_NAME_GU, NULL},
    {24, "udhar_khatavahi", "mobile_no", "TEXT", SX_PII_PHONE, G24_MOBILE_GU, NULL},
    {24, "udhar_khatavahi", "grahak_email", "TEXT", SX_PII_EMAIL, G24_EMAIL_GU, NULL},
    {24, "udhar_khatavahi", "matdar_card_no", "TEXT", SX_PII_GOVERNMENT_ID, G24_EPIC_GU, NULL},
    {24, "udhar_khatavahi", "janm_tarikh", "TEXT", SX_PII_BIRTH_DATE, G24_BIRTH_GU, NULL},
    {24, "udhar_khatavahi", "saranamu", "TEXT", SX_PII_POSTAL_ADDRESS, G24_ADDR_GU, NULL},
    {24, "udhar_khatavahi", "card_no", "TEXT", SX_PII_PAYMENT_CARD, G24_CARD_GU, NULL},
    {24, "udhar_khatavahi", "login_ip", "TEXT", SX_PII_IP_ADDRESS, G24_IP_GU, NULL},
    {24, "udhar_khatavahi", "dubai_iban", "TEXT", SX_PII_IBAN, G24_IBAN_GU, NULL},
    {24, "udhar_khatavahi", "નોંધ", "TEXT", SX_PII_FREE_TEXT, G24_NOTE_GU, NULL},
    {24, "udhar_khatavahi", "gstin", "TEXT", SX_PII_NONE, G24_GSTIN_GU, NULL},
    {24, "udhar_khatavahi", "bill_no", "TEXT", SX_PII_NONE, G24_BILL_GU, NULL},
    {24, "udhar_khatavahi", "design_code", "TEXT", SX_PII_NONE, G24_DESIGN_GU, NULL},
    {24, "udhar_khatavahi", "than_meter", "REAL", SX_PII_NONE, G24_METER_GU, NULL},
    {24, "udhar_khatavahi", "rakam", "TEXT", SX_PII_NONE, G24_AMOUNT_GU, NULL},
    {24, "udhar_khatavahi", "hsn_code", "TEXT", SX_PII_NONE, G24_HSN_GU, NULL},
    {24, "udhar_khatavahi", "lr_no", "TEXT", SX_PII_NONE, G24_LR_GU, NULL},
    /* ---- fold 25: twenty-fifth held out, written blind (see value25()) */
    {25, "clientes_cuotas_cde", "nombre_apellido", "TEXT", SX_PII_PERSON_NAME, G25_NAME_PY, NULL},
    {25, "clientes_cuotas_cde", "nro_ci", "TEXT", SX_PII_GOVERNMENT_ID, G25_CI_PY, NULL},
    {25, "clientes_cuotas_cde", "ruc", "TEXT", SX_PII_GOVERNMENT_ID, G25_RUC_PY, NULL},
    {25, "clientes_cuotas_cde", "celular", "TEXT", SX_PII_PHONE, G25_CEL_PY, NULL},
    {25, "clientes_cuotas_cde", "correo", "TEXT", SX_PII_EMAIL, G25_MAIL_PY, NULL},
    {25, "clientes_cuotas_cde", "direccion", "TEXT", SX_PII_POSTAL_ADDRESS, G25_ADDR_PY, NULL},
    {25, "clientes_cuotas_cde", "fecha_nac", "TEXT", SX_PII_BIRTH_DATE, G25_BIRTH_PY, NULL},
    {25, "clientes_cuotas_cde", "nro_tarjeta", "TEXT", SX_PII_PAYMENT_CARD, G25_CARD_PY, NULL},
    {25, "clientes_cuotas_cde", "obs", "TEXT", SX_PII_FREE_TEXT, G25_NOTE_PY, NULL},
    {25, "clientes_cuotas_cde", "nro_factura", "TEXT", SX_PII_NONE, G25_FACT_PY, NULL},
    {25, "clientes_cuotas_cde", "timbrado", "TEXT", SX_PII_NONE, G25_TIMB_PY, NULL},
    {25, "clientes_cuotas_cde", "cod_producto", "TEXT", SX_PII_NONE, G25_PROD_PY, NULL},
    {25, "clientes_cuotas_cde", "precio_gs", "TEXT", SX_PII_NONE, G25_PRICE_PY, NULL},
    {25, "clientes_cuotas_cde", "cuota_nro", "TEXT", SX_PII_NONE, G25_CUOTA_PY, NULL},
    {25, "clientes_cuotas_cde", "nro_serie", "TEXT", SX_PII_NONE, G25_SERIE_PY, NULL},
    {25, "clientes_cuotas_cde", "garantia_hasta", "TEXT", SX_PII_NONE, G25_GAR_PY, NULL},
    {25, "pg_nivasigalu", "ನಿವಾಸಿ_ಹೆಸರು", "TEXT", SX_PII_PERSON_NAME, G25_NAME_KN, NULL},
    {25, "pg_nivasigalu", "tande_hesaru", "TEXT", SX_PII_PERSON_NAME, G25_FATHER_KN, NULL},
    {25, "pg_nivasigalu", "dl_sankhye", "TEXT", SX_PII_GOVERNMENT_ID, G25_DL_KN, NULL},
    {25, "pg_nivasigalu", "mobile_sankhye", "TEXT", SX_PII_PHONE, G25_MOB_KN, NULL},
    {25, "pg_nivasigalu", "huttida_dinanka", "TEXT", SX_PII_BIRTH_DATE, G25_BIRTH_KN, NULL},
    {25, "pg_nivasigalu", "shashwata_vilasa", "TEXT", SX_PII_POSTAL_ADDRESS, G25_ADDR_KN, NULL},
    {25, "pg_nivasigalu", "login_ip", "TEXT", SX_PII_IP_ADDRESS, G25_IP_KN, NULL},
    {25, "pg_nivasigalu", "ಇಮೇಲ್", "TEXT", SX_PII_EMAIL, G25_MAIL_KN, NULL},
    {25, "pg_nivasigalu", "tippani", "TEXT", SX_PII_FREE_TEXT, G25_NOTE_KN, NULL},
    {25, "pg_nivasigalu", "room_no", "TEXT", SX_PII_NONE, G25_ROOM_KN, NULL},
    {25, "pg_nivasigalu", "tingala_baadige", "TEXT", SX_PII_NONE, G25_RENT_KN, NULL},
    {25, "pg_nivasigalu", "bed_code", "TEXT", SX_PII_NONE, G25_BED_KN, NULL},
    {25, "pg_nivasigalu", "vidyut_meter", "TEXT", SX_PII_NONE, G25_METER_KN, NULL},
    {25, "pg_nivasigalu", "ಕೊಠಡಿ_ಪ್ರಕಾರ", "TEXT", SX_PII_NONE, G25_TYPE_KN, NULL},
    {25, "pg_nivasigalu", "advance_rasidi_no", "TEXT", SX_PII_NONE, G25_RCPT_KN, NULL},
    {25, "pg_nivasigalu", "oota_yojane", "TEXT", SX_PII_NONE, G25_FOOD_KN, NULL},
    {25, "abathengi_iakhawunti", "igama_lomthengi", "TEXT", SX_PII_PERSON_NAME, G25_NAME_XH, NULL},
    {25, "abathengi_iakhawunti", "inombolo_yesazisi", "TEXT", SX_PII_GOVERNMENT_ID, G25_ID_XH, NULL},
    {25, "abathengi_iakhawunti", "umhla_wokuzalwa", "TEXT", SX_PII_BIRTH_DATE, G25_BIRTH_XH, NULL},
    {25, "abathengi_iakhawunti", "inombolo_yefowuni", "TEXT", SX_PII_PHONE, G25_PHONE_XH, NULL},
    {25, "abathengi_iakhawunti", "idilesi", "TEXT", SX_PII_POSTAL_ADDRESS, G25_ADDR_XH, NULL},
    {25, "abathengi_iakhawunti", "i_imeyile", "TEXT", SX_PII_EMAIL, G25_MAIL_XH, NULL},
    {25, "abathengi_iakhawunti", "ikhadi_lebhanki", "TEXT", SX_PII_PAYMENT_CARD, G25_CARD_XH, NULL},
    {25, "abathengi_iakhawunti", "gps_yevenkile", "TEXT", SX_PII_GEOLOCATION, G25_GEO_XH, NULL},
    {25, "abathengi_iakhawunti", "amagqabantshintshi", "TEXT", SX_PII_FREE_TEXT, G25_NOTE_XH, NULL},
    {25, "abathengi_iakhawunti", "inombolo_yeodolo", "TEXT", SX_PII_NONE, G25_ORDER_XH, NULL},
    {25, "abathengi_iakhawunti", "ibhakhowudi", "TEXT", SX_PII_NONE, G25_EAN_XH, NULL},
    {25, "abathengi_iakhawunti", "ixabiso", "TEXT", SX_PII_NONE, G25_PRICE_XH, NULL},
    {25, "abathengi_iakhawunti", "ubunzima_kg", "TEXT", SX_PII_NONE, G25_WEIGHT_XH, NULL},
    {25, "abathengi_iakhawunti", "umyalezo_template", "TEXT", SX_PII_NONE, G25_TMPL_XH, NULL},
    {25, "abathengi_iakhawunti", "inombolo_yothumelo", "TEXT", SX_PII_NONE, G25_WAYBILL_XH, NULL},
    {25, "abathengi_iakhawunti", "vat_nombolo", "TEXT", SX_PII_NONE, G25_VAT_XH, NULL},
    {25, "beşdarên_molîdê", "navê_temam", "TEXT", SX_PII_PERSON_NAME, G25_NAME_KU, NULL},
    {25, "beşdarên_molîdê", "navê_bav", "TEXT", SX_PII_PERSON_NAME, G25_FATHER_KU, NULL},
    {25, "beşdarên_molîdê", "hejmara_mobaylê", "TEXT", SX_PII_PHONE, G25_PHONE_KU, NULL},
    {25, "beşdarên_molîdê", "jimara_nasnameyê", "TEXT", SX_PII_GOVERNMENT_ID, G25_NID_KU, NULL},
    {25, "beşdarên_molîdê", "navnîşan", "TEXT", SX_PII_POSTAL_ADDRESS, G25_ADDR_KU, NULL},
    {25, "beşdarên_molîdê", "roja_jidayikbûnê", "TEXT", SX_PII_BIRTH_DATE, G25_BIRTH_KU, NULL},
    {25, "beşdarên_molîdê", "iban", "TEXT", SX_PII_IBAN, G25_IBAN_KU, NULL},
    {25, "beşdarên_molîdê", "ip_routerê", "TEXT", SX_PII_IP_ADDRESS, G25_IP_KU, NULL},
    {25, "beşdarên_molîdê", "koordînat", "TEXT", SX_PII_GEOLOCATION, G25_GEO_KU, NULL},
    {25, "beşdarên_molîdê", "têbînî", "TEXT", SX_PII_FREE_TEXT, G25_NOTE_KU, NULL},
    {25, "beşdarên_molîdê", "koda_molîdê", "TEXT", SX_PII_NONE, G25_GEN_KU, NULL},
    {25, "beşdarên_molîdê", "amper", "INTEGER", SX_PII_NONE, G25_AMP_KU, NULL},
    {25, "beşdarên_molîdê", "bihayê_amperê", "TEXT", SX_PII_NONE, G25_APRICE_KU, NULL},
    {25, "beşdarên_molîdê", "xwendina_sayaxê", "REAL", SX_PII_NONE, G25_METER_KU, NULL},
    {25, "beşdarên_molîdê", "meh", "TEXT", SX_PII_NONE, G25_MONTH_KU, NULL},
    {25, "beşdarên_molîdê", "jimara_wesl", "TEXT", SX_PII_NONE, G25_RCPT_KU, NULL},
    {25, "beşdarên_molîdê", "mazot_lître", "INTEGER", SX_PII_NONE, G25_DIESEL_KU, NULL},
    {25, "qonnaan_bultoota_buna", "maqaa_guutuu", "TEXT", SX_PII_PERSON_NAME, G25_NAME_OM, NULL},
    {25, "qonnaan_bultoota_buna", "maqaa_haadhaa", "TEXT", SX_PII_PERSON_NAME, G25_MOTHER_OM, NULL},
    {25, "qonnaan_bultoota_buna", "lakk_bilbilaa", "TEXT", SX_PII_PHONE, G25_PHONE_OM, NULL},
    {25, "qonnaan_bultoota_buna", "lakk_fayda", "TEXT", SX_PII_GOVERNMENT_ID, G25_FAYDA_OM, NULL},
    {25, "qonnaan_bultoota_buna", "guyyaa_dhalootaa", "TEXT", SX_PII_BIRTH_DATE, G25_BIRTH_OM, NULL},
    {25, "qonnaan_bultoota_buna", "teessoo", "TEXT", SX_PII_POSTAL_ADDRESS, G25_ADDR_OM, NULL},
    {25, "qonnaan_bultoota_buna", "bakka_maasii_gps", "TEXT", SX_PII_GEOLOCATION, G25_GEO_OM, NULL},
    {25, "qonnaan_bultoota_buna", "imeelii", "TEXT", SX_PII_EMAIL, G25_MAIL_OM, NULL},
    {25, "qonnaan_bultoota_buna", "yaada", "TEXT", SX_PII_FREE_TEXT, G25_NOTE_OM, NULL},
    {25, "qonnaan_bultoota_buna", "lakk_lootii", "TEXT", SX_PII_NONE, G25_LOT_OM, NULL},
    {25, "qonnaan_bultoota_buna", "sadarkaa", "TEXT", SX_PII_NONE, G25_GRADE_OM, NULL},
    {25, "qonnaan_bultoota_buna", "ulfaatina_kg", "REAL", SX_PII_NONE, G25_WEIGHT_OM, NULL},
    {25, "qonnaan_bultoota_buna", "gatii_birr", "TEXT", SX_PII_NONE, G25_PRICE_OM, NULL},
    {25, "qonnaan_bultoota_buna", "lakk_ecx_wr", "TEXT", SX_PII_NONE, G25_ECX_OM, NULL},
    {25, "qonnaan_bultoota_buna", "jiidhina", "TEXT", SX_PII_NONE, G25_MOIST_OM, NULL},
    {25, "qonnaan_bultoota_buna", "app_version", "TEXT", SX_PII_NONE, G25_APPVER_OM, NULL},
};
#define NSPECS (sizeof specs / sizeof specs[0])

/* ------------------------------------------------------------ database */

static int build_db(const char *path, int rows)
{
	sqlite3 *h;
	size_t i, j;
	char sql[8192];
	if (sqlite3_open(path, &h) != SQLITE_OK)
		return -1;
	sqlite3_exec(h, "BEGIN", NULL, NULL, NULL);
	for (i = 0; i < NSPECS; i = j) {
		size_t len;
		sqlite3_stmt *st;
		int r;
		len = (size_t)snprintf(
		    sql, sizeof sql, "CREATE TABLE \"%s\" (id INTEGER PRIMARY KEY", specs[i].table);
		/* One column a line, so that a "--" comment documents it. */
		for (j = i; j < NSPECS && !strcmp(specs[j].table, specs[i].table); j++)
			len += (size_t)snprintf(sql + len, sizeof sql - len, "\n  , \"%s\" %s%s%s",
						specs[j].column, specs[j].type,
						specs[j].comment ? " -- " : "",
						specs[j].comment ? specs[j].comment : "");
		snprintf(sql + len, sizeof sql - len, "\n)");
		if (sqlite3_exec(h, sql, NULL, NULL, NULL) != SQLITE_OK)
			goto fail;
		len = (size_t)snprintf(sql, sizeof sql, "INSERT INTO \"%s\" VALUES (?",
		                       specs[i].table);
		for (j = i; j < NSPECS && !strcmp(specs[j].table, specs[i].table); j++)
			len += (size_t)snprintf(sql + len, sizeof sql - len, ", ?");
		snprintf(sql + len, sizeof sql - len, ")");
		if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK)
			goto fail;
		for (r = 0; r < rows; r++) {
			size_t k;
			sqlite3_bind_int(st, 1, r + 1);
			for (k = i; k < j; k++) {
				char v[256];
				if (specs[k].g >= G25_FIRST)
					value25(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G24_FIRST)
					value24(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G23_FIRST)
					value23(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G22_FIRST)
					value22(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G21_FIRST)
					value21(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G20_FIRST)
					value20(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G19_FIRST)
					value19(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G18_FIRST)
					value18(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G17_FIRST)
					value17(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G16_FIRST)
					value16(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G15_FIRST)
					value15(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G14_FIRST)
					value14(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G13_FIRST)
					value13(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G12_FIRST)
					value12(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G11_FIRST)
					value11(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G10_FIRST)
					value10(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G9_FIRST)
					value9(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G8_FIRST)
					value8(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G7_FIRST)
					value7(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G6_FIRST)
					value6(specs[k].g, v, sizeof v);
				else if (specs[k].g >= G5_FIRST)
					value5(specs[k].g, v, sizeof v);
				else
					value((gen)specs[k].g, specs[k].fold, v, sizeof v);
				sqlite3_bind_text(st, (int)(k - i) + 2, v, -1, SQLITE_TRANSIENT);
			}
			sqlite3_step(st);
			sqlite3_reset(st);
		}
		sqlite3_finalize(st);
	}
	sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(h);
	return 0;
fail:
	fprintf(stderr, "eval_pii: %s\n", sqlite3_errmsg(h));
	sqlite3_close(h);
	return -1;
}

/* ------------------------------------------------------------ scoring */

struct counts {
	long tp, fp, fn;
};

static void prf(struct counts c, double *p, double *r, double *f)
{
	*p = c.tp + c.fp ? (double)c.tp / (double)(c.tp + c.fp) : 0;
	*r = c.tp + c.fn ? (double)c.tp / (double)(c.tp + c.fn) : 0;
	*f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static bool show_errors;

static int run(const char *path, bool sampling, int fold)
{
	sx_catalog *cat = NULL;
	sx_database *db = NULL;
	sx_dbmap *m = NULL;
	sx_sampler *smp = NULL;
	sx_map_opts o;
	sx_error err = {0};
	sx_source_opts so = {0};
	struct counts cls[SX_PII_COUNT], all = {0, 0, 0};
	long labelled[SX_PII_COUNT];
	size_t i;
	int k;
	double p, r, f;

	memset(cls, 0, sizeof cls);
	memset(labelled, 0, sizeof labelled);
	if (sx_catalog_new(&cat, &err) || sx_source_introspect(cat, path, &so, &db, &err))
		goto fail;
	sx_map_opts_init(&o, NULL);
	o.sampling = sampling;
	if (sampling && sx_sampler_open(&smp, path, NULL, &err))
		goto fail;
	if (sx_dbmap_new(&m, cat, &err) || sx_map_build(m, db, smp, &o, &err))
		goto fail;
	for (i = 0; i < NSPECS; i++) {
		const struct spec *s = &specs[i];
		const sx_schema *sc = sx_database_find_schema(db, "main");
		const sx_table *t = sc ? sx_schema_find_table(sc, s->table) : NULL;
		const sx_map_column *mc = t ? sx_dbmap_column(m, t, s->column) : NULL;
		sx_map_pii got = mc && mc->confidence >= 0.5 ? mc->pii : SX_PII_NONE;
		if (s->fold != fold)
			continue;
		labelled[s->label]++;
		if (got == s->label) {
			if (got != SX_PII_NONE) {
				cls[got].tp++;
				all.tp++;
			}
		} else {
			if (got != SX_PII_NONE) {
				cls[got].fp++;
				all.fp++;
			}
			if (s->label != SX_PII_NONE) {
				cls[s->label].fn++;
				all.fn++;
			}
			if (show_errors)
				printf("    %s %s.%s: labelled %s, found %s (%.2f)\n",
				       got == SX_PII_NONE ? "FN" : "FP", s->table, s->column,
				       sx_map_pii_name(s->label), sx_map_pii_name(got),
				       mc ? mc->confidence : 0.0);
		}
	}
	printf("  %-8s sampling %-3s  %-16s %4s %4s %4s  %5s %5s %5s\n",
	       fold == 25  ? "heldout25"
	       : fold == 24 ? "heldout24"
	       : fold == 23 ? "heldout23"
	       : fold == 22 ? "heldout22"
	       : fold == 21 ? "heldout21"
	       : fold == 20 ? "heldout20"
	       : fold == 19 ? "heldout19"
	       : fold == 18 ? "heldout18"
	       : fold == 17 ? "heldout17"
	       : fold == 16 ? "heldout16"
	       : fold == 15 ? "heldout15"
	       : fold == 14 ? "heldout14"
	       : fold == 13 ? "heldout13"
	       : fold == 12 ? "heldout12"
	       : fold == 11 ? "heldout11"
	       : fold == 10 ? "heldout10"
	       : fold == 9 ? "heldout9"
	       : fold == 8 ? "heldout8"
	       : fold == 7 ? "heldout7"
	       : fold == 6 ? "heldout6"
	       : fold == 5 ? "heldout5"
	       : fold == 4 ? "heldout4"
	       : fold == 3 ? "heldout3"
	       : fold == 2 ? "heldout2"
	       : fold      ? "heldout"
	                   : "tune",
	       sampling ? "on" : "off", "class", "tp", "fp", "fn", "P", "R", "F1");
	for (k = 1; k < SX_PII_COUNT; k++) {
		if (!labelled[k] && !cls[k].fp)
			continue;
		prf(cls[k], &p, &r, &f);
		printf("  %-8s %12s  %-16s %4ld %4ld %4ld  %5.3f %5.3f %5.3f\n", "", "",
		       sx_map_pii_name((sx_map_pii)k), cls[k].tp, cls[k].fp, cls[k].fn, p, r, f);
	}
	prf(all, &p, &r, &f);
	printf("  %-8s %12s  %-16s %4ld %4ld %4ld  %5.3f %5.3f %5.3f   (%ld look-alikes)\n\n", "",
	       "", "all PII", all.tp, all.fp, all.fn, p, r, f, labelled[SX_PII_NONE]);
	sx_dbmap_free(m);
	sx_sampler_close(smp);
	sx_catalog_free(cat);
	return 0;
fail:
	fprintf(stderr, "eval_pii: %s\n", err.msg);
	sx_dbmap_free(m);
	sx_sampler_close(smp);
	sx_catalog_free(cat);
	return -1;
}

/* --list PATH: the PII columns of any SQLite database, sampled, one a line
 * ("table.column class"): a check for false alarms on data nobody
 * labelled (diff the lists of two builds). */
static int list_db(const char *path)
{
	sx_catalog *cat = NULL;
	sx_database *db = NULL;
	sx_dbmap *m = NULL;
	sx_sampler *smp = NULL;
	sx_map_opts o;
	sx_error err = {0};
	sx_source_opts so = {0};
	size_t i, j, k;
	int rc = -1;
	if (sx_catalog_new(&cat, &err) || sx_source_introspect(cat, path, &so, &db, &err) ||
	    sx_sampler_open(&smp, path, NULL, &err))
		goto done;
	sx_map_opts_init(&o, NULL);
	o.sampling = true;
	if (sx_dbmap_new(&m, cat, &err) || sx_map_build(m, db, smp, &o, &err))
		goto done;
	for (i = 0; i < db->nschemas; i++)
		for (j = 0; j < db->schemas[i]->ntables; j++) {
			const sx_table *t = db->schemas[i]->tables[j];
			const sx_map_table *mt = sx_dbmap_table(m, t);
			for (k = 0; mt && k < mt->ncols; k++)
				if (mt->cols[k].confidence >= 0.5)
					printf("%s.%s %s\n", t->name, mt->cols[k].name,
					       sx_map_pii_name(mt->cols[k].pii));
		}
	rc = 0;
done:
	if (rc)
		fprintf(stderr, "eval_pii: %s: %s\n", path, err.msg);
	sx_dbmap_free(m);
	sx_sampler_close(smp);
	sx_catalog_free(cat);
	return rc;
}

int main(int argc, char **argv)
{
	char tmp[] = "/tmp/sx-eval-pii.XXXXXX";
	char path[256];
	const char *keep = NULL;
	int rows = 200, i, fold, only = -1, rc = 0;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--rows") && i + 1 < argc)
			rows = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--keep") && i + 1 < argc)
			keep = argv[++i];
		else if (!strcmp(argv[i], "--errors"))
			show_errors = true;
		else if (!strcmp(argv[i], "--fold") && i + 1 < argc)
			only = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--list") && i + 1 < argc)
			return list_db(argv[i + 1]) ? 1 : 0;
		else {
			fprintf(stderr, "usage: eval_pii [--rows N] [--keep PATH] [--errors] "
			                "[--fold N] | --list DB\n");
			return 2;
		}
	}
	if (keep) {
		snprintf(path, sizeof path, "%s", keep);
		unlink(path);
	} else {
		if (!mkdtemp(tmp)) {
			perror("mkdtemp");
			return 1;
		}
		snprintf(path, sizeof path, "%s/pii.sqlite", tmp);
	}
	if (build_db(path, rows))
		return 1;
	printf("eval_pii: %zu labelled columns, %d rows a table (%s)\n\n", NSPECS, rows, path);
	for (fold = 0; fold < 26 && !rc; fold++) {
		if (only >= 0 && fold != only)
			continue;
		rc = run(path, true, fold);
		if (!rc)
			rc = run(path, false, fold);
	}
	if (!keep) {
		unlink(path);
		rmdir(tmp);
	}
	return rc ? 1 : 0;
}
