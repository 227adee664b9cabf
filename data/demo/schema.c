/* schema.c - the demo warehouse's schema as data: every table, column,
 * comment, PII class and business domain, and every relationship between
 * tables, declared or not. demogen.c turns this into SQLite DDL, the
 * PostgreSQL script and demo_expected.json; the generators (rows.h) fill
 * the tables in the same column order. Nothing else describes the demo, so the files can
 * never disagree.
 *
 * About a fifth of the relationships are undeclared on purpose: they are
 * what Sextant's relationship discovery must find from names and values
 * (docs/demo.md lists them and why each is findable). Some tables carry
 * legacy cryptic names and Russian comments, as real warehouses do. */
#include "demogen.h"

#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))
#define TS_DEFAULT "CURRENT_TIMESTAMP"
#define CREATED {"created_at", TY_TS, 0, NN, TS_DEFAULT, NULL, NULL}
#define UPDATED {"updated_at", TY_TS, 0, NN, TS_DEFAULT, NULL, NULL}
#define CREATED_RU {"created_at", TY_TS, 0, NN, TS_DEFAULT, NULL, "Дата и время создания записи"}
#define UPDATED_RU {"updated_at", TY_TS, 0, NN, TS_DEFAULT, NULL, "Дата и время последнего изменения"}
#define ID {"id", TY_ID, 0, NN, NULL, NULL, NULL}

const char *const demo_pii_classes[] = {
	"email", "phone", "person_name", "postal_address", "birth_date", "government_id",
	"payment_card", "iban", "ip_address", "geolocation", "free_text", NULL};

const char *const demo_domains[] = {
	"identity_auth", "customers_crm", "sales_orders", "catalog_products", "inventory",
	"logistics", "payments_finance", "billing", "marketing", "events_analytics", "support",
	"hr", "audit_logging", "reference_config", "other", NULL};

/* ---------------------------------------------------------------- reference */

static const struct dcol c_countries[] = {
	{"code", TY_CHAR, 2, NN, NULL, NULL, "ISO 3166-1 alpha-2 code"},
	{"name", TY_VCHAR, 80, NN, NULL, NULL, NULL},
	{"name_ru", TY_VCHAR, 80, 0, NULL, NULL, "Название страны на русском"},
	{"phone_prefix", TY_VCHAR, 6, 0, NULL, NULL, NULL},
};
static const struct dcol c_currencies[] = {
	{"code", TY_CHAR, 3, NN, NULL, NULL, "ISO 4217 code"},
	{"name", TY_VCHAR, 60, NN, NULL, NULL, NULL},
	{"symbol", TY_VCHAR, 4, 0, NULL, NULL, NULL},
	{"minor_units", TY_I32, 0, NN, NULL, NULL, NULL},
};
static const struct dcol c_regions[] = {
	ID,
	{"country_code", TY_CHAR, 2, NN, NULL, NULL, "Страна"},
	{"code", TY_VCHAR, 10, NN | UQ, NULL, NULL, "Код региона по ISO 3166-2"},
	{"name", TY_VCHAR, 100, NN, NULL, NULL, "Название региона"},
	{"timezone", TY_VCHAR, 40, NN, NULL, NULL, "Часовой пояс (IANA)"},
};
static const struct dcol c_exchange_rates[] = {
	ID,
	{"currency_code", TY_CHAR, 3, NN, NULL, NULL, NULL},
	{"rate_date", TY_DATE, 0, NN, NULL, NULL, NULL},
	{"rate_to_rub", TY_RATE, 0, NN, NULL, NULL, "Official rate: roubles per one unit"},
	CREATED,
};
static const struct dcol c_app_settings[] = {
	{"setting_key", TY_VCHAR, 80, NN, NULL, NULL, NULL},
	{"setting_value", TY_TEXT, 0, NN, NULL, NULL, NULL},
	{"description", TY_TEXT, 0, 0, NULL, NULL, NULL},
	{"updated_by", TY_I64, 0, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};

/* ---------------------------------------------------------------- identity */

static const struct dcol c_users[] = {
	ID,
	{"email", TY_VCHAR, 255, NN | UQ, NULL, "email", "Login e-mail"},
	{"password_hash", TY_VCHAR, 100, NN, NULL, NULL, "bcrypt hash"},
	{"display_name", TY_VCHAR, 120, 0, NULL, "person_name", NULL},
	{"status", TY_VCHAR, 16, NN, "'active'", NULL, "active, locked or deleted"},
	{"is_staff", TY_BOOL, 0, NN, NULL, NULL, NULL},
	{"last_login_at", TY_TS, 0, 0, NULL, NULL, NULL},
	{"last_login_ip", TY_INET, 0, 0, NULL, "ip_address", NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_roles[] = {
	ID,
	{"code", TY_VCHAR, 32, NN | UQ, NULL, NULL, NULL},
	{"name", TY_VCHAR, 80, NN, NULL, NULL, NULL},
	{"description", TY_TEXT, 0, 0, NULL, NULL, NULL},
	CREATED,
};
static const struct dcol c_user_roles[] = {
	{"user_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"role_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"granted_by", TY_I64, 0, 0, NULL, NULL, "Who granted the role"},
	{"granted_at", TY_TS, 0, NN, TS_DEFAULT, NULL, NULL},
};
static const struct dcol c_auth_sessions[] = {
	ID,
	{"user_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"token_hash", TY_CHAR, 64, NN | UQ, NULL, NULL, "SHA-256 of the session token"},
	{"ip_address", TY_INET, 0, 0, NULL, "ip_address", NULL},
	{"user_agent", TY_TEXT, 0, 0, NULL, NULL, NULL},
	CREATED,
	{"expires_at", TY_TS, 0, NN, NULL, NULL, NULL},
	{"revoked_at", TY_TS, 0, 0, NULL, NULL, NULL},
	UPDATED,
};
static const struct dcol c_api_keys[] = {
	ID,
	{"user_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"key_prefix", TY_VCHAR, 12, NN | UQ, NULL, NULL, "First characters of the key, shown in the UI"},
	{"key_hash", TY_CHAR, 64, NN, NULL, NULL, NULL},
	{"scopes", TY_VCHAR, 200, NN, NULL, NULL, NULL},
	{"last_used_at", TY_TS, 0, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
	{"revoked_at", TY_TS, 0, 0, NULL, NULL, NULL},
};
static const struct dcol c_login_attempts[] = {
	ID,
	{"user_id", TY_I64, 0, 0, NULL, NULL, "NULL when the e-mail matched no account"},
	{"email_entered", TY_VCHAR, 255, NN, NULL, "email", NULL},
	{"ip_address", TY_INET, 0, NN, NULL, "ip_address", NULL},
	{"success", TY_BOOL, 0, NN, NULL, NULL, NULL},
	{"failure_reason", TY_VCHAR, 40, 0, NULL, NULL, NULL},
	CREATED,
};

/* ---------------------------------------------------------------- HR */

static const struct dcol c_departments[] = {
	ID,
	{"parent_id", TY_I64, 0, 0, NULL, NULL, "Вышестоящее подразделение"},
	{"code", TY_VCHAR, 20, NN | UQ, NULL, NULL, NULL},
	{"name", TY_VCHAR, 120, NN, NULL, NULL, "Название подразделения"},
	{"head_employee_id", TY_I64, 0, 0, NULL, NULL, "Руководитель подразделения"},
	CREATED_RU,
	UPDATED_RU,
};
static const struct dcol c_employees[] = {
	ID,
	{"user_id", TY_I64, 0, UQ, NULL, NULL, "Учётная запись в системе"},
	{"department_id", TY_I64, 0, NN, NULL, NULL, "Подразделение"},
	{"manager_id", TY_I64, 0, 0, NULL, NULL, "Непосредственный руководитель"},
	{"last_name", TY_VCHAR, 60, NN, NULL, "person_name", "Фамилия"},
	{"first_name", TY_VCHAR, 60, NN, NULL, "person_name", "Имя"},
	{"middle_name", TY_VCHAR, 60, 0, NULL, "person_name", "Отчество"},
	{"work_email", TY_VCHAR, 255, NN | UQ, NULL, "email", "Рабочий e-mail"},
	{"work_phone", TY_VCHAR, 32, 0, NULL, "phone", "Рабочий телефон"},
	{"position", TY_VCHAR, 80, NN, NULL, NULL, "Должность"},
	{"hired_on", TY_DATE, 0, NN, NULL, NULL, "Дата приёма на работу"},
	{"terminated_on", TY_DATE, 0, 0, NULL, NULL, "Дата увольнения"},
	{"salary_rub", TY_MONEY, 0, NN, NULL, NULL, "Оклад, руб."},
	CREATED_RU,
	UPDATED_RU,
};
static const struct dcol c_emp_pdn[] = {
	{"employee_id", TY_I64, 0, NN, NULL, NULL, "Сотрудник"},
	{"birth_date", TY_DATE, 0, NN, NULL, "birth_date", "Дата рождения"},
	{"passport_no", TY_VCHAR, 12, NN, NULL, "government_id", "Паспорт РФ: серия и номер"},
	{"passport_issued_on", TY_DATE, 0, 0, NULL, NULL, "Дата выдачи паспорта"},
	{"inn", TY_CHAR, 12, 0, NULL, "government_id", "ИНН физического лица"},
	{"snils", TY_VCHAR, 14, 0, NULL, "government_id", "СНИЛС"},
	{"home_address", TY_TEXT, 0, 0, NULL, "postal_address", "Адрес регистрации"},
	{"personal_phone", TY_VCHAR, 32, 0, NULL, "phone", "Личный мобильный телефон"},
	{"personal_email", TY_VCHAR, 255, 0, NULL, "email", "Личная электронная почта"},
	CREATED_RU,
	UPDATED_RU,
};
static const struct dcol c_payroll[] = {
	ID,
	{"employee_id", TY_I64, 0, NN, NULL, NULL, "Сотрудник"},
	{"period_month", TY_DATE, 0, NN, NULL, NULL, "Расчётный месяц (первое число месяца)"},
	{"gross_rub", TY_MONEY, 0, NN, NULL, NULL, "Начислено"},
	{"ndfl_rub", TY_MONEY, 0, NN, NULL, NULL, "НДФЛ 13%"},
	{"net_rub", TY_MONEY, 0, NN, NULL, NULL, "К выплате"},
	{"paid_at", TY_TS, 0, 0, NULL, NULL, "Дата выплаты"},
	CREATED_RU,
	UPDATED_RU,
};

/* ---------------------------------------------------------------- CRM */

static const struct dcol c_cst_mstr[] = {
	{"cst_id", TY_ID, 0, NN, NULL, NULL, "Идентификатор клиента"},
	{"user_id", TY_I64, 0, UQ, NULL, NULL, "Учётная запись на сайте"},
	{"last_name", TY_VCHAR, 60, NN, NULL, "person_name", "Фамилия"},
	{"first_name", TY_VCHAR, 60, NN, NULL, "person_name", "Имя"},
	{"middle_name", TY_VCHAR, 60, 0, NULL, "person_name", "Отчество"},
	{"email", TY_VCHAR, 255, 0, NULL, "email", "Электронная почта"},
	{"phone", TY_VCHAR, 32, 0, NULL, "phone", "Мобильный телефон"},
	{"birth_dt", TY_DATE, 0, 0, NULL, "birth_date", "Дата рождения"},
	{"passport_no", TY_VCHAR, 12, 0, NULL, "government_id", "Паспорт: серия и номер"},
	{"inn", TY_CHAR, 12, 0, NULL, "government_id", "ИНН физического лица"},
	{"snils", TY_VCHAR, 14, 0, NULL, "government_id", "СНИЛС"},
	{"region_id", TY_I64, 0, 0, NULL, NULL, "Регион проживания"},
	{"segment", TY_VCHAR, 16, NN, NULL, NULL, "Сегмент: mass, silver, gold, vip"},
	{"src_channel", TY_VCHAR, 20, 0, NULL, NULL, "Канал привлечения"},
	{"is_deleted", TY_BOOL, 0, NN, NULL, NULL, "Признак логического удаления"},
	CREATED_RU,
	UPDATED_RU,
};
static const struct dcol c_customer_addresses[] = {
	ID,
	{"cst_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"address_type", TY_VCHAR, 16, NN, NULL, NULL, "shipping or billing"},
	{"country_code", TY_CHAR, 2, NN, NULL, NULL, NULL},
	{"city", TY_VCHAR, 80, NN, NULL, NULL, NULL},
	{"street_line", TY_VCHAR, 200, NN, NULL, "postal_address", NULL},
	{"postal_code", TY_VCHAR, 10, 0, NULL, "postal_address", NULL},
	{"lat", TY_REAL, 0, 0, NULL, "geolocation", "Geocoded latitude"},
	{"lon", TY_REAL, 0, 0, NULL, "geolocation", "Geocoded longitude"},
	{"is_default", TY_BOOL, 0, NN, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_customer_contacts[] = {
	ID,
	{"cst_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"contact_name", TY_VCHAR, 120, NN, NULL, "person_name", NULL},
	{"relation", TY_VCHAR, 20, 0, NULL, NULL, "spouse, parent, assistant, other"},
	{"phone", TY_VCHAR, 32, 0, NULL, "phone", NULL},
	{"email", TY_VCHAR, 255, 0, NULL, "email", NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_crm_notes[] = {
	ID,
	{"cst_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"author_id", TY_I64, 0, NN, NULL, NULL, "Employee who wrote the note"},
	{"note", TY_TEXT, 0, NN, NULL, "free_text", NULL},
	{"pinned", TY_BOOL, 0, NN, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_loyalty_accounts[] = {
	ID,
	{"cst_id", TY_I64, 0, NN | UQ, NULL, NULL, "Клиент"},
	{"card_no", TY_VCHAR, 16, NN | UQ, NULL, NULL, "Номер бонусной карты"},
	{"tier", TY_VCHAR, 10, NN, NULL, NULL, "Уровень: base, silver, gold"},
	{"points_balance", TY_I64, 0, NN, NULL, NULL, "Баланс баллов"},
	CREATED_RU,
	UPDATED_RU,
};
static const struct dcol c_loyalty_transactions[] = {
	ID,
	{"account_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"ord_id", TY_I64, 0, 0, NULL, NULL, "Заказ, за который начислены баллы"},
	{"points", TY_I32, 0, NN, NULL, NULL, "Плюс: начисление, минус: списание"},
	{"reason", TY_VCHAR, 20, NN, NULL, NULL, NULL},
	CREATED,
};

/* ---------------------------------------------------------------- catalog */

static const struct dcol c_categories[] = {
	ID,
	{"parent_id", TY_I64, 0, 0, NULL, NULL, NULL},
	{"slug", TY_VCHAR, 80, NN | UQ, NULL, NULL, NULL},
	{"name", TY_VCHAR, 120, NN, NULL, NULL, NULL},
	{"name_ru", TY_VCHAR, 120, 0, NULL, NULL, "Название категории для витрины"},
	{"sort_order", TY_I32, 0, NN, "0", NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_brands[] = {
	ID,
	{"name", TY_VCHAR, 80, NN | UQ, NULL, NULL, NULL},
	{"country_code", TY_CHAR, 2, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_suppliers[] = {
	ID,
	{"legal_name", TY_VCHAR, 200, NN, NULL, NULL, "Юридическое наименование"},
	{"inn", TY_CHAR, 10, NN | UQ, NULL, NULL, "ИНН организации"},
	{"kpp", TY_CHAR, 9, 0, NULL, NULL, "КПП"},
	{"country_code", TY_CHAR, 2, NN, NULL, NULL, NULL},
	{"contact_name", TY_VCHAR, 120, 0, NULL, "person_name", "Контактное лицо"},
	{"contact_email", TY_VCHAR, 255, 0, NULL, "email", NULL},
	{"contact_phone", TY_VCHAR, 32, 0, NULL, "phone", NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_products[] = {
	ID,
	{"sku", TY_VCHAR, 20, NN | UQ, NULL, NULL, "Stock keeping unit"},
	{"name", TY_VCHAR, 200, NN, NULL, NULL, NULL},
	{"category_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"brand_id", TY_I64, 0, 0, NULL, NULL, NULL},
	{"supplier_id", TY_I64, 0, 0, NULL, NULL, NULL},
	{"list_price", TY_MONEY, 0, NN, NULL, NULL, "Current price, RUB"},
	{"weight_g", TY_I32, 0, 0, NULL, NULL, NULL},
	{"is_active", TY_BOOL, 0, NN, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_product_prices[] = {
	ID,
	{"product_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"price", TY_MONEY, 0, NN, NULL, NULL, NULL},
	{"valid_from", TY_DATE, 0, NN, NULL, NULL, NULL},
	{"valid_to", TY_DATE, 0, 0, NULL, NULL, "NULL: still valid"},
	CREATED,
};
static const struct dcol c_tags[] = {
	ID,
	{"name", TY_VCHAR, 40, NN | UQ, NULL, NULL, NULL},
	CREATED,
};
static const struct dcol c_product_tags[] = {
	{"product_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"tag_id", TY_I64, 0, NN, NULL, NULL, NULL},
	CREATED,
};

/* ---------------------------------------------------------------- inventory */

static const struct dcol c_warehouses[] = {
	ID,
	{"code", TY_VCHAR, 10, NN | UQ, NULL, NULL, NULL},
	{"name", TY_VCHAR, 120, NN, NULL, NULL, NULL},
	{"city", TY_VCHAR, 80, NN, NULL, NULL, NULL},
	{"address", TY_VCHAR, 200, NN, NULL, NULL, "Site address (a business, not a person)"},
	{"lat", TY_REAL, 0, 0, NULL, NULL, NULL},
	{"lon", TY_REAL, 0, 0, NULL, NULL, NULL},
	{"manager_id", TY_I64, 0, 0, NULL, NULL, NULL},
	{"capacity_m3", TY_I32, 0, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_stock_lvl[] = {
	{"id_warehouse", TY_I64, 0, NN, NULL, NULL, "Склад"},
	{"product_id", TY_I64, 0, NN, NULL, NULL, "Товар"},
	{"qty_on_hand", TY_I32, 0, NN, NULL, NULL, "Физический остаток, шт."},
	{"qty_reserved", TY_I32, 0, NN, NULL, NULL, "В резерве под заказы, шт."},
	{"reorder_point", TY_I32, 0, 0, NULL, NULL, "Точка перезаказа"},
	CREATED_RU,
	{"updated_at", TY_TS, 0, NN, TS_DEFAULT, NULL, "Время последнего пересчёта остатка"},
};
static const struct dcol c_stock_movements[] = {
	ID,
	{"warehouse_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"product_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"movement_type", TY_VCHAR, 12, NN, NULL, NULL, "receipt, adjustment, transfer_in, transfer_out, write_off"},
	{"quantity", TY_I32, 0, NN, NULL, NULL, "Signed: negative leaves the warehouse"},
	{"purchase_order_id", TY_I64, 0, 0, NULL, NULL, NULL},
	{"created_by", TY_I64, 0, 0, NULL, NULL, NULL},
	CREATED,
};
static const struct dcol c_stock_counts[] = {
	ID,
	{"warehouse_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"product_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"system_qty", TY_I32, 0, NN, NULL, NULL, NULL},
	{"counted_qty", TY_I32, 0, NN, NULL, NULL, NULL},
	{"counted_by", TY_I64, 0, NN, NULL, NULL, NULL},
	{"counted_at", TY_TS, 0, NN, NULL, NULL, NULL},
	CREATED,
};
static const struct dcol c_purchase_orders[] = {
	ID,
	{"po_number", TY_VCHAR, 20, NN | UQ, NULL, NULL, NULL},
	{"supplier_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"warehouse_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"status", TY_VCHAR, 12, NN, NULL, NULL, NULL},
	{"currency_code", TY_CHAR, 3, NN, NULL, NULL, NULL},
	{"total_amount", TY_MONEY, 0, NN, NULL, NULL, NULL},
	{"expected_on", TY_DATE, 0, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};

/* ---------------------------------------------------------------- marketing */

static const struct dcol c_campaigns[] = {
	ID,
	{"name", TY_VCHAR, 120, NN, NULL, NULL, NULL},
	{"channel", TY_VCHAR, 20, NN, NULL, NULL, "email, search, social, display, partner"},
	{"utm_campaign", TY_VCHAR, 60, NN | UQ, NULL, NULL, NULL},
	{"budget_rub", TY_MONEY, 0, 0, NULL, NULL, NULL},
	{"starts_on", TY_DATE, 0, NN, NULL, NULL, NULL},
	{"ends_on", TY_DATE, 0, 0, NULL, NULL, NULL},
	{"owner_id", TY_I64, 0, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_promo_codes[] = {
	ID,
	{"campaign_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"code", TY_VCHAR, 20, NN | UQ, NULL, NULL, NULL},
	{"discount_pct", TY_I32, 0, NN, NULL, NULL, NULL},
	{"valid_from", TY_DATE, 0, NN, NULL, NULL, NULL},
	{"valid_to", TY_DATE, 0, 0, NULL, NULL, NULL},
	{"max_uses", TY_I32, 0, 0, NULL, NULL, NULL},
	CREATED,
};
static const struct dcol c_newsletter[] = {
	ID,
	{"email", TY_VCHAR, 255, NN | UQ, NULL, "email", NULL},
	{"cst_id", TY_I64, 0, 0, NULL, NULL, "Known customer, when the address matched one"},
	{"source", TY_VCHAR, 20, 0, NULL, NULL, NULL},
	{"subscribed_at", TY_TS, 0, NN, NULL, NULL, NULL},
	{"unsubscribed_at", TY_TS, 0, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};

/* ---------------------------------------------------------------- payments */

static const struct dcol c_payment_methods[] = {
	ID,
	{"cst_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"method_type", TY_VCHAR, 12, NN, NULL, NULL, "card, sepa or sbp"},
	{"card_masked", TY_VCHAR, 19, 0, NULL, "payment_card", NULL},
	{"card_token_pan", TY_VCHAR, 16, 0, NULL, "payment_card", "Test PAN kept by the tokenisation vault"},
	{"card_brand", TY_VCHAR, 12, 0, NULL, NULL, NULL},
	{"card_holder", TY_VCHAR, 120, 0, NULL, "person_name", NULL},
	{"exp_month", TY_I32, 0, 0, NULL, NULL, NULL},
	{"exp_year", TY_I32, 0, 0, NULL, NULL, NULL},
	{"iban", TY_VCHAR, 34, 0, NULL, "iban", "SEPA direct debit account"},
	{"is_default", TY_BOOL, 0, NN, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_payments[] = {
	ID,
	{"ord_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"payment_method_id", TY_I64, 0, 0, NULL, NULL, NULL},
	{"amount", TY_MONEY, 0, NN, NULL, NULL, NULL},
	{"currency_code", TY_CHAR, 3, NN, NULL, NULL, NULL},
	{"status", TY_VCHAR, 12, NN, NULL, NULL, "pending, captured, failed"},
	{"provider", TY_VCHAR, 20, NN, NULL, NULL, NULL},
	{"provider_ref", TY_VCHAR, 40, UQ, NULL, NULL, NULL},
	{"payer_ip", TY_INET, 0, 0, NULL, "ip_address", NULL},
	{"paid_at", TY_TS, 0, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_refunds[] = {
	ID,
	{"payment_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"ord_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"amount", TY_MONEY, 0, NN, NULL, NULL, NULL},
	{"reason", TY_TEXT, 0, 0, NULL, "free_text", "Customer's words"},
	{"status", TY_VCHAR, 12, NN, NULL, NULL, NULL},
	{"approved_by", TY_I64, 0, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};

/* ---------------------------------------------------------------- orders */

static const struct dcol c_ord_hdr[] = {
	{"ord_id", TY_ID, 0, NN, NULL, NULL, "Внутренний идентификатор заказа"},
	{"order_no", TY_VCHAR, 20, NN | UQ, NULL, NULL, "Номер заказа для покупателя"},
	{"cst_id", TY_I64, 0, NN, NULL, NULL, "Покупатель"},
	{"status", TY_VCHAR, 12, NN, NULL, NULL, "Статус заказа"},
	{"channel", TY_VCHAR, 10, NN, NULL, NULL, "Канал продаж: web, app, phone, store"},
	{"currency_code", TY_CHAR, 3, NN, NULL, NULL, NULL},
	{"items_amount", TY_MONEY, 0, NN, NULL, NULL, "Сумма позиций"},
	{"discount_amount", TY_MONEY, 0, NN, NULL, NULL, "Скидка"},
	{"delivery_amount", TY_MONEY, 0, NN, NULL, NULL, "Стоимость доставки"},
	{"total_amount", TY_MONEY, 0, NN, NULL, NULL, "Итого к оплате"},
	{"promo_code_id", TY_I64, 0, 0, NULL, NULL, "Промокод"},
	{"shipping_address_id", TY_I64, 0, 0, NULL, NULL, "Адрес доставки"},
	{"created_by", TY_I64, 0, 0, NULL, NULL, "Оператор, оформивший заказ по телефону"},
	{"customer_ip", TY_INET, 0, 0, NULL, "ip_address", "IP-адрес покупателя"},
	{"created_at", TY_TS, 0, NN, TS_DEFAULT, NULL, "Дата оформления"},
	{"updated_at", TY_TS, 0, NN, TS_DEFAULT, NULL, "Дата последнего изменения"},
};
static const struct dcol c_order_items[] = {
	ID,
	{"ord_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"line_no", TY_I32, 0, NN, NULL, NULL, NULL},
	{"product_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"quantity", TY_I32, 0, NN, NULL, NULL, NULL},
	{"unit_price", TY_MONEY, 0, NN, NULL, NULL, NULL},
	{"discount_amount", TY_MONEY, 0, NN, NULL, NULL, NULL},
	{"line_total", TY_MONEY, 0, NN, NULL, NULL, "quantity * unit_price - discount_amount"},
};
static const struct dcol c_order_status_history[] = {
	ID,
	{"ord_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"from_status", TY_VCHAR, 12, 0, NULL, NULL, NULL},
	{"to_status", TY_VCHAR, 12, NN, NULL, NULL, NULL},
	{"changed_by", TY_I64, 0, 0, NULL, NULL, "NULL: changed by the system"},
	CREATED,
};
static const struct dcol c_invoices[] = {
	ID,
	{"invoice_no", TY_VCHAR, 20, NN | UQ, NULL, NULL, NULL},
	{"ord_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"cst_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"billing_name", TY_VCHAR, 200, NN, NULL, "person_name", NULL},
	{"billing_address", TY_TEXT, 0, 0, NULL, "postal_address", NULL},
	{"tax_id", TY_CHAR, 12, 0, NULL, "government_id", "Buyer's INN when a receipt for tax deduction was requested"},
	{"amount_net", TY_MONEY, 0, NN, NULL, NULL, NULL},
	{"vat_amount", TY_MONEY, 0, NN, NULL, NULL, "VAT 20% included in the gross amount"},
	{"amount_gross", TY_MONEY, 0, NN, NULL, NULL, NULL},
	{"issued_on", TY_DATE, 0, NN, NULL, NULL, NULL},
	{"due_on", TY_DATE, 0, NN, NULL, NULL, NULL},
	{"status", TY_VCHAR, 12, NN, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};

/* ---------------------------------------------------------------- logistics */

static const struct dcol c_carriers[] = {
	ID,
	{"code", TY_VCHAR, 12, NN | UQ, NULL, NULL, NULL},
	{"name", TY_VCHAR, 80, NN, NULL, NULL, NULL},
	{"tracking_url_template", TY_VCHAR, 200, 0, NULL, NULL, NULL},
	CREATED,
};
static const struct dcol c_shipments[] = {
	ID,
	{"ord_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"warehouse_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"carrier_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"tracking_no", TY_VCHAR, 30, NN | UQ, NULL, NULL, NULL},
	{"status", TY_VCHAR, 12, NN, NULL, NULL, NULL},
	{"recipient_name", TY_VCHAR, 120, 0, NULL, "person_name", NULL},
	{"recipient_phone", TY_VCHAR, 32, 0, NULL, "phone", NULL},
	{"dest_lat", TY_REAL, 0, 0, NULL, "geolocation", NULL},
	{"dest_lon", TY_REAL, 0, 0, NULL, "geolocation", NULL},
	{"shipped_at", TY_TS, 0, 0, NULL, NULL, NULL},
	{"delivered_at", TY_TS, 0, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_delivery_events[] = {
	ID,
	{"shipment_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"status", TY_VCHAR, 20, NN, NULL, NULL, NULL},
	{"location", TY_VCHAR, 80, 0, NULL, NULL, "Sorting centre or city"},
	CREATED,
};

/* ---------------------------------------------------------------- analytics */

static const struct dcol c_web_sessions[] = {
	ID,
	{"session_uuid", TY_UUID, 0, NN | UQ, NULL, NULL, NULL},
	{"user_id", TY_I64, 0, 0, NULL, NULL, "Logged-in account, if any"},
	{"campaign_id", TY_I64, 0, 0, NULL, NULL, "Resolved from utm_campaign at ingestion"},
	{"utm_source", TY_VCHAR, 30, 0, NULL, NULL, NULL},
	{"device", TY_VCHAR, 10, NN, NULL, NULL, NULL},
	{"ip_address", TY_INET, 0, 0, NULL, "ip_address", NULL},
	{"user_agent", TY_TEXT, 0, 0, NULL, NULL, NULL},
	{"started_at", TY_TS, 0, NN, NULL, NULL, NULL},
	{"ended_at", TY_TS, 0, 0, NULL, NULL, NULL},
	CREATED,
};
static const struct dcol c_events[] = {
	ID,
	{"session_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"event_type", TY_VCHAR, 20, NN, NULL, NULL, NULL},
	{"page_path", TY_VCHAR, 200, 0, NULL, NULL, NULL},
	{"product_id", TY_I64, 0, 0, NULL, NULL, NULL},
	{"properties", TY_JSON, 0, 0, NULL, NULL, NULL},
	CREATED,
};

/* ---------------------------------------------------------------- support */

static const struct dcol c_support_tickets[] = {
	ID,
	{"cst_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"ord_id", TY_I64, 0, 0, NULL, NULL, NULL},
	{"assignee_id", TY_I64, 0, 0, NULL, NULL, "Support agent (employee)"},
	{"subject", TY_VCHAR, 200, NN, NULL, NULL, NULL},
	{"body", TY_TEXT, 0, NN, NULL, "free_text", NULL},
	{"priority", TY_VCHAR, 8, NN, NULL, NULL, NULL},
	{"status", TY_VCHAR, 12, NN, NULL, NULL, NULL},
	{"channel", TY_VCHAR, 10, NN, NULL, NULL, NULL},
	{"closed_at", TY_TS, 0, 0, NULL, NULL, NULL},
	CREATED,
	UPDATED,
};
static const struct dcol c_ticket_messages[] = {
	ID,
	{"ticket_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"author_kind", TY_VCHAR, 10, NN, NULL, NULL, "customer or agent"},
	{"body", TY_TEXT, 0, NN, NULL, "free_text", NULL},
	CREATED,
};
static const struct dcol c_comments[] = {
	ID,
	{"commentable_type", TY_VCHAR, 20, NN, NULL, NULL, "ticket, product or order"},
	{"commentable_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"author_id", TY_I64, 0, NN, NULL, NULL, NULL},
	{"body", TY_TEXT, 0, NN, NULL, "free_text", NULL},
	CREATED,
	UPDATED,
};

/* ---------------------------------------------------------------- audit */

static const struct dcol c_audit_log[] = {
	ID,
	{"actor_id", TY_I64, 0, 0, NULL, NULL, NULL},
	{"action", TY_VCHAR, 20, NN, NULL, NULL, NULL},
	{"entity", TY_VCHAR, 40, NN, NULL, NULL, NULL},
	{"entity_id", TY_VCHAR, 40, NN, NULL, NULL, NULL},
	{"ip_address", TY_INET, 0, 0, NULL, "ip_address", NULL},
	{"details", TY_JSON, 0, 0, NULL, NULL, NULL},
	CREATED,
};

/* ---------------------------------------------------------------- tables */

#define COLS(a) a, N(a)

const struct dtable demo_tables[NTABLES] = {
	[T_COUNTRIES] = {"countries", "reference_config", "ISO 3166 countries", COLS(c_countries), "code", false, {NULL}, NULL},
	[T_CURRENCIES] = {"currencies", "reference_config", NULL, COLS(c_currencies), "code", false, {NULL}, NULL},
	[T_REGIONS] = {"regions", "reference_config", "Регионы: субъекты РФ и штаты США", COLS(c_regions), NULL, false, {"country_code", NULL}, NULL},
	[T_EXCHANGE_RATES] = {"exchange_rates", "payments_finance", "Daily central bank exchange rates", COLS(c_exchange_rates), NULL, false, {"currency_code, rate_date", NULL}, "created_at"},
	[T_USERS] = {"users", "identity_auth", "Accounts that can sign in: registered customers and staff", COLS(c_users), NULL, false, {"updated_at", NULL}, "updated_at"},
	[T_ROLES] = {"roles", "identity_auth", NULL, COLS(c_roles), NULL, false, {NULL}, NULL},
	[T_USER_ROLES] = {"user_roles", "identity_auth", "Which account has which role", COLS(c_user_roles), "user_id, role_id", false, {"role_id", NULL}, "granted_at"},
	[T_AUTH_SESSIONS] = {"auth_sessions", "identity_auth", NULL, COLS(c_auth_sessions), NULL, false, {"user_id", "created_at", NULL}, "updated_at"},
	[T_API_KEYS] = {"api_keys", "identity_auth", "Personal API keys of staff accounts", COLS(c_api_keys), NULL, false, {"user_id", NULL}, "updated_at"},
	[T_LOGIN_ATTEMPTS] = {"login_attempts", "identity_auth", NULL, COLS(c_login_attempts), NULL, false, {"user_id", "created_at", NULL}, "created_at"},
	[T_DEPARTMENTS] = {"departments", "hr", "Подразделения компании", COLS(c_departments), NULL, false, {NULL}, "updated_at"},
	[T_EMPLOYEES] = {"employees", "hr", "Сотрудники компании", COLS(c_employees), NULL, false, {"department_id", "manager_id", NULL}, "updated_at"},
	[T_EMP_PDN] = {"emp_pdn", "hr", "Персональные данные сотрудников (152-ФЗ), доступ ограничен", COLS(c_emp_pdn), "employee_id", false, {NULL}, "updated_at"},
	[T_PAYROLL] = {"payroll", "hr", "Расчётные листки сотрудников по месяцам", COLS(c_payroll), NULL, false, {"employee_id, period_month", NULL}, "updated_at"},
	[T_CST_MSTR] = {"cst_mstr", "customers_crm", "Мастер-данные клиентов (физические лица)", COLS(c_cst_mstr), NULL, false, {"email", "phone", "region_id", "updated_at", NULL}, "updated_at"},
	[T_CUSTOMER_ADDRESSES] = {"customer_addresses", "customers_crm", NULL, COLS(c_customer_addresses), NULL, false, {"cst_id", NULL}, "updated_at"},
	[T_CUSTOMER_CONTACTS] = {"customer_contacts", "customers_crm", "Additional contact persons of a customer", COLS(c_customer_contacts), NULL, false, {NULL}, "updated_at"},
	[T_CRM_NOTES] = {"crm_notes", "customers_crm", "Free-form notes of account managers", COLS(c_crm_notes), NULL, false, {"cst_id", NULL}, "updated_at"},
	[T_LOYALTY_ACCOUNTS] = {"loyalty_accounts", "customers_crm", "Бонусные счета программы лояльности", COLS(c_loyalty_accounts), NULL, false, {NULL}, "updated_at"},
	[T_LOYALTY_TRANSACTIONS] = {"loyalty_transactions", "customers_crm", "Начисления и списания бонусных баллов", COLS(c_loyalty_transactions), NULL, false, {"account_id", "created_at", NULL}, "created_at"},
	[T_CATEGORIES] = {"categories", "catalog_products", "Product category tree", COLS(c_categories), NULL, false, {"parent_id", NULL}, "updated_at"},
	[T_BRANDS] = {"brands", "catalog_products", NULL, COLS(c_brands), NULL, false, {NULL}, "updated_at"},
	[T_SUPPLIERS] = {"suppliers", "inventory", "Поставщики (юридические лица)", COLS(c_suppliers), NULL, false, {NULL}, "updated_at"},
	[T_PRODUCTS] = {"products", "catalog_products", "Sellable products", COLS(c_products), NULL, false, {"category_id", "brand_id", "updated_at", NULL}, "updated_at"},
	[T_PRODUCT_PRICES] = {"product_prices", "catalog_products", "Price history of products", COLS(c_product_prices), NULL, false, {"product_id, valid_from", NULL}, "created_at"},
	[T_TAGS] = {"tags", "catalog_products", NULL, COLS(c_tags), NULL, false, {NULL}, NULL},
	[T_PRODUCT_TAGS] = {"product_tags", "catalog_products", NULL, COLS(c_product_tags), "product_id, tag_id", true, {"tag_id", NULL}, "created_at"},
	[T_WAREHOUSES] = {"warehouses", "inventory", NULL, COLS(c_warehouses), NULL, false, {NULL}, "updated_at"},
	[T_STOCK_LVL] = {"tbl_stock_lvl", "inventory", "Остатки товаров на складах", COLS(c_stock_lvl), "id_warehouse, product_id", false, {"product_id", NULL}, "updated_at"},
	[T_STOCK_MOVEMENTS] = {"stock_movements", "inventory", "Goods in and out of warehouses", COLS(c_stock_movements), NULL, false, {"warehouse_id, product_id", "created_at", NULL}, "created_at"},
	[T_STOCK_COUNTS] = {"stock_counts", "inventory", "Cycle counts of stock positions", COLS(c_stock_counts), NULL, false, {"warehouse_id, product_id", NULL}, "created_at"},
	[T_PURCHASE_ORDERS] = {"purchase_orders", "inventory", NULL, COLS(c_purchase_orders), NULL, false, {"supplier_id", NULL}, "updated_at"},
	[T_CAMPAIGNS] = {"campaigns", "marketing", "Marketing campaigns", COLS(c_campaigns), NULL, false, {NULL}, "updated_at"},
	[T_PROMO_CODES] = {"promo_codes", "marketing", NULL, COLS(c_promo_codes), NULL, false, {"campaign_id", NULL}, "created_at"},
	[T_NEWSLETTER] = {"newsletter_subscriptions", "marketing", NULL, COLS(c_newsletter), NULL, false, {NULL}, "updated_at"},
	[T_PAYMENT_METHODS] = {"payment_methods", "payments_finance", "Saved payment methods of customers", COLS(c_payment_methods), NULL, false, {"cst_id", NULL}, "updated_at"},
	[T_ORD_HDR] = {"t_ord_hdr", "sales_orders", "Заголовки заказов покупателей", COLS(c_ord_hdr), NULL, false, {"cst_id", "updated_at", NULL}, "updated_at"},
	[T_ORDER_ITEMS] = {"order_items", "sales_orders", "Order lines; immutable, loaded with their header (t_ord_hdr.updated_at)", COLS(c_order_items), NULL, false, {"ord_id", NULL}, NULL},
	[T_ORDER_STATUS_HISTORY] = {"order_status_history", "sales_orders", NULL, COLS(c_order_status_history), NULL, false, {"ord_id", NULL}, "created_at"},
	[T_PAYMENTS] = {"payments", "payments_finance", NULL, COLS(c_payments), NULL, false, {"ord_id", NULL}, "updated_at"},
	[T_REFUNDS] = {"refunds", "payments_finance", NULL, COLS(c_refunds), NULL, false, {"payment_id", NULL}, "updated_at"},
	[T_INVOICES] = {"invoices", "billing", "Invoices issued on request for paid orders (companies, tax deductions)", COLS(c_invoices), NULL, false, {"ord_id", "issued_on", NULL}, "updated_at"},
	[T_CARRIERS] = {"carriers", "logistics", NULL, COLS(c_carriers), NULL, false, {NULL}, NULL},
	[T_SHIPMENTS] = {"shipments", "logistics", NULL, COLS(c_shipments), NULL, false, {"ord_id", NULL}, "updated_at"},
	[T_DELIVERY_EVENTS] = {"delivery_events", "logistics", "Tracking events reported by carriers", COLS(c_delivery_events), NULL, false, {"shipment_id", NULL}, "created_at"},
	[T_WEB_SESSIONS] = {"web_sessions", "events_analytics", "Storefront visits (web and app)", COLS(c_web_sessions), NULL, false, {"started_at", NULL}, "created_at"},
	[T_EVENTS] = {"events", "events_analytics", "Clickstream: one row per tracked action", COLS(c_events), NULL, false, {"session_id", "created_at", NULL}, "created_at"},
	[T_SUPPORT_TICKETS] = {"support_tickets", "support", NULL, COLS(c_support_tickets), NULL, false, {"cst_id", "updated_at", NULL}, "updated_at"},
	[T_TICKET_MESSAGES] = {"ticket_messages", "support", NULL, COLS(c_ticket_messages), NULL, false, {"ticket_id", NULL}, "created_at"},
	[T_COMMENTS] = {"comments", "support", "Internal comments on tickets, products and orders", COLS(c_comments), NULL, false, {"commentable_type, commentable_id", NULL}, "updated_at"},
	[T_AUDIT_LOG] = {"audit_log", "audit_logging", NULL, COLS(c_audit_log), NULL, false, {"created_at", NULL}, "created_at"},
	[T_APP_SETTINGS] = {"app_settings", "reference_config", NULL, COLS(c_app_settings), "setting_key", false, {NULL}, "updated_at"},
};

/* ---------------------------------------------------------------- relationships */

#define D(c, cc, p, pc) {c, cc, p, pc, true, "many_to_one", NULL, NULL, NULL}
#define D1(c, cc, p, pc) {c, cc, p, pc, true, "one_to_one", NULL, NULL, NULL}
#define U(c, cc, p, pc, why) {c, cc, p, pc, false, "many_to_one", NULL, NULL, why}
#define POLY(val, p, pc) {"comments", "commentable_id", p, pc, false, "many_to_one", "commentable_type", val, "polymorphic pair commentable_type/commentable_id"}

const struct drel demo_rels[] = {
	D("regions", "country_code", "countries", "code"),
	D("exchange_rates", "currency_code", "currencies", "code"),
	D("user_roles", "user_id", "users", "id"),
	D("user_roles", "role_id", "roles", "id"),
	U("user_roles", "granted_by", "users", "id", "*_by audit column naming an account"),
	D("auth_sessions", "user_id", "users", "id"),
	D("api_keys", "user_id", "users", "id"),
	D("login_attempts", "user_id", "users", "id"),
	D("departments", "parent_id", "departments", "id"),
	D("departments", "head_employee_id", "employees", "id"),
	D1("employees", "user_id", "users", "id"),
	D("employees", "department_id", "departments", "id"),
	D("employees", "manager_id", "employees", "id"),
	D1("emp_pdn", "employee_id", "employees", "id"),
	D("payroll", "employee_id", "employees", "id"),
	D1("cst_mstr", "user_id", "users", "id"),
	D("cst_mstr", "region_id", "regions", "id"),
	D("customer_addresses", "cst_id", "cst_mstr", "cst_id"),
	D("customer_addresses", "country_code", "countries", "code"),
	U("customer_contacts", "cst_id", "cst_mstr", "cst_id", "identical key name cst_id"),
	D("crm_notes", "cst_id", "cst_mstr", "cst_id"),
	D("crm_notes", "author_id", "employees", "id"),
	D1("loyalty_accounts", "cst_id", "cst_mstr", "cst_id"),
	D("loyalty_transactions", "account_id", "loyalty_accounts", "id"),
	U("loyalty_transactions", "ord_id", "t_ord_hdr", "ord_id", "identical key name ord_id"),
	D("categories", "parent_id", "categories", "id"),
	D("brands", "country_code", "countries", "code"),
	D("suppliers", "country_code", "countries", "code"),
	D("products", "category_id", "categories", "id"),
	D("products", "brand_id", "brands", "id"),
	D("products", "supplier_id", "suppliers", "id"),
	D("product_prices", "product_id", "products", "id"),
	U("product_tags", "product_id", "products", "id", "junction table: <table>_id naming"),
	U("product_tags", "tag_id", "tags", "id", "junction table: <table>_id naming"),
	D("warehouses", "manager_id", "employees", "id"),
	U("tbl_stock_lvl", "id_warehouse", "warehouses", "id", "id_<table> naming"),
	D("tbl_stock_lvl", "product_id", "products", "id"),
	D("stock_movements", "warehouse_id", "warehouses", "id"),
	D("stock_movements", "product_id", "products", "id"),
	D("stock_movements", "purchase_order_id", "purchase_orders", "id"),
	U("stock_movements", "created_by", "users", "id", "created_by audit column naming an account"),
	D("stock_counts", "warehouse_id, product_id", "tbl_stock_lvl", "id_warehouse, product_id"),
	D("stock_counts", "counted_by", "employees", "id"),
	D("purchase_orders", "supplier_id", "suppliers", "id"),
	D("purchase_orders", "warehouse_id", "warehouses", "id"),
	D("purchase_orders", "currency_code", "currencies", "code"),
	D("campaigns", "owner_id", "employees", "id"),
	D("promo_codes", "campaign_id", "campaigns", "id"),
	U("newsletter_subscriptions", "cst_id", "cst_mstr", "cst_id", "identical key name cst_id"),
	D("payment_methods", "cst_id", "cst_mstr", "cst_id"),
	D("t_ord_hdr", "cst_id", "cst_mstr", "cst_id"),
	D("t_ord_hdr", "currency_code", "currencies", "code"),
	D("t_ord_hdr", "promo_code_id", "promo_codes", "id"),
	D("t_ord_hdr", "shipping_address_id", "customer_addresses", "id"),
	U("t_ord_hdr", "created_by", "users", "id", "created_by audit column naming an account"),
	D("order_items", "ord_id", "t_ord_hdr", "ord_id"),
	D("order_items", "product_id", "products", "id"),
	D("order_status_history", "ord_id", "t_ord_hdr", "ord_id"),
	D("order_status_history", "changed_by", "users", "id"),
	D("payments", "ord_id", "t_ord_hdr", "ord_id"),
	D("payments", "payment_method_id", "payment_methods", "id"),
	D("payments", "currency_code", "currencies", "code"),
	D("refunds", "payment_id", "payments", "id"),
	U("refunds", "ord_id", "t_ord_hdr", "ord_id", "identical key name ord_id"),
	D("refunds", "approved_by", "employees", "id"),
	D("invoices", "ord_id", "t_ord_hdr", "ord_id"),
	U("invoices", "cst_id", "cst_mstr", "cst_id", "identical key name cst_id"),
	D("shipments", "ord_id", "t_ord_hdr", "ord_id"),
	D("shipments", "warehouse_id", "warehouses", "id"),
	D("shipments", "carrier_id", "carriers", "id"),
	D("delivery_events", "shipment_id", "shipments", "id"),
	U("web_sessions", "user_id", "users", "id", "<table>_id naming, no constraint on the clickstream side"),
	U("web_sessions", "campaign_id", "campaigns", "id", "<table>_id naming"),
	D("events", "session_id", "web_sessions", "id"),
	U("events", "product_id", "products", "id", "<table>_id naming, no constraint on the clickstream side"),
	D("support_tickets", "cst_id", "cst_mstr", "cst_id"),
	D("support_tickets", "ord_id", "t_ord_hdr", "ord_id"),
	D("support_tickets", "assignee_id", "employees", "id"),
	D("ticket_messages", "ticket_id", "support_tickets", "id"),
	POLY("ticket", "support_tickets", "id"),
	POLY("product", "products", "id"),
	POLY("order", "t_ord_hdr", "ord_id"),
	D("comments", "author_id", "users", "id"),
	U("audit_log", "actor_id", "users", "id", "actor column whose values are account ids"),
	D("app_settings", "updated_by", "users", "id"),
};
const size_t demo_nrels = sizeof(demo_rels) / sizeof(demo_rels[0]);

const struct djunction demo_junctions[] = {
	{"user_roles", "users", "roles"},
	{"product_tags", "products", "tags"},
};
const size_t demo_njunctions = sizeof(demo_junctions) / sizeof(demo_junctions[0]);
