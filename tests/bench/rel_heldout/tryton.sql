-- tryton.sql: a thirtieth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind30). The database of a Tryton 7.0
-- install, the Python business framework and ERP (PostgreSQL), with the
-- modules ir, res, country, currency, party, company, product, account,
-- account_invoice, stock, sale and purchase: languages, sequences,
-- attachments, users and groups, countries, subdivisions and postal codes,
-- currencies and rates, parties with their addresses, contact mechanisms,
-- identifiers and categories, companies and employees, units of measure,
-- product categories, templates and variants with their (company) list and
-- cost prices, the chart of accounts and account types, fiscal years,
-- periods, journals, moves and lines, reconciliations, taxes and tax
-- lines, payment terms, invoices, their lines and taxes, stock locations,
-- lots, moves, shipments (in, out, internal), periods and inventories,
-- sales and purchases with their lines and supplier prices.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of the tables Tryton creates from
-- its models (ModelSQL: the table is the model name, a Many2One a column
-- with a foreign key), trimmed (69 tables).
-- Conventions: every table is its model's name with the dots written as
-- underscores (party.party -> party_party, account.move.line ->
-- account_move_line, sale.line -> sale_line, ir.lang -> ir_lang), keyed
-- by id (serial); relation models named <model>-<model> keep the hyphen,
-- so their tables are quoted ("res_user-res_group",
-- "product_template-product_category", "account_invoice-account_move_line");
-- a link column is the Many2One field's name, with NO _id: the target
-- model's last word (party -> party_party, company -> company_company,
-- currency -> currency_currency, product -> product_product, template ->
-- product_template, move -> account_move, journal, period, fiscalyear,
-- invoice -> account_invoice, sale -> sale_sale, purchase ->
-- purchase_purchase, country, subdivision, tax, lot, employee,
-- reconciliation, product_supplier, sequence_type, "user" -> res_user,
-- "group" -> res_group (quoted: reserved words)) or a role: parent on every
-- tree (res_group, country_subdivision, party_category, product_category,
-- account_account_type, account_account, account_tax, stock_location),
-- replaced_by (party_party, account_account), supervisor ->
-- company_employee, lang / language -> ir_lang, unit / default_uom /
-- sale_uom / purchase_uom -> product_uom, category -> product_uom_category
-- (on product_uom) or product_category / party_category, account_category
-- -> product_category, account / invoice_account / credit_note_account ->
-- account_account, type / debit_type / credit_type -> account_account_type
-- (on account_account; type is a text selection on every other table),
-- second_currency -> currency_currency, cancel_move -> account_move,
-- delegate_to / move_line -> account_move_line, line -> the line table of
-- a relation (account_invoice_line, sale_line, purchase_line,
-- account_move_line), payment -> account_invoice_payment_term (on its
-- lines) and payment_term elsewhere, sequence -> ir_sequence on
-- account_journal_sequence (sequence is an integer order on every other
-- table), post_move_sequence -> ir_sequence, party_tax_identifier ->
-- party_identifier, contact -> party_contact_mechanism, address /
-- invoice_address / shipment_address / delivery_address / contact_address
-- -> party_address, invoice_party / shipment_party / supplier / customer ->
-- party_party, warehouse / location / from_location / to_location /
-- input_location / output_location / storage_location / picking_location /
-- lost_found_location -> stock_location, sale_line / invoice_line on the
-- sale line to invoice line relation, "group" -> account_tax_group on
-- account_tax; the MultiValue tables (party_party_lang, product_list_price,
-- product_cost_price, account_journal_sequence) keep one row per company.
-- Every FK as Tryton writes it: CONSTRAINT <table>_<column>_fkey FOREIGN
-- KEY ... ON DELETE SET NULL (the default), CASCADE or RESTRICT.
-- Left out: the audit columns create_uid / write_uid (-> res_user) and
-- create_date / write_date that Tryton puts on every table (138 copies of
-- one link would outweigh the fold), and res_user.menu (-> ir_action, not
-- kept). Left without REFERENCES: the Reference fields, text
-- 'model,id' (account_move.origin, account_move_line.origin,
-- account_invoice_line.origin, stock_move.shipment / origin,
-- sale_sale.origin, purchase_purchase.origin, ir_attachment.resource);
-- ir_lang.parent (a language code in text); nested set bounds
-- "left" / "right".

CREATE TABLE ir_lang (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	code varchar NOT NULL UNIQUE,
	translatable boolean,
	parent varchar,
	active boolean,
	direction varchar NOT NULL,
	date varchar NOT NULL,
	grouping varchar NOT NULL,
	decimal_point varchar NOT NULL,
	thousands_sep varchar
);

CREATE TABLE ir_sequence_type (
	id serial PRIMARY KEY,
	name varchar NOT NULL
);

CREATE TABLE ir_sequence (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	sequence_type int NOT NULL,
	company int,
	active boolean,
	prefix varchar,
	suffix varchar,
	type varchar NOT NULL,
	number_next_internal int,
	number_increment int,
	padding int,
	timestamp_rounding double precision,
	timestamp_offset double precision,
	last_timestamp int,
	CONSTRAINT ir_sequence_sequence_type_fkey FOREIGN KEY (sequence_type) REFERENCES ir_sequence_type (id) ON DELETE RESTRICT,
	CONSTRAINT ir_sequence_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE SET NULL
);

CREATE TABLE ir_attachment (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	type varchar NOT NULL,
	resource varchar NOT NULL,
	description text,
	link varchar,
	data bytea,
	file_id varchar,
	data_size int
);

CREATE TABLE res_group (
	id serial PRIMARY KEY,
	name varchar NOT NULL UNIQUE,
	parent int,
	CONSTRAINT res_group_parent_fkey FOREIGN KEY (parent) REFERENCES res_group (id) ON DELETE SET NULL
);

CREATE TABLE res_user (
	id serial PRIMARY KEY,
	name varchar,
	login varchar NOT NULL UNIQUE,
	password_hash varchar,
	active boolean,
	language int,
	company int,
	employee int,
	email varchar,
	signature text,
	CONSTRAINT res_user_language_fkey FOREIGN KEY (language) REFERENCES ir_lang (id) ON DELETE SET NULL,
	CONSTRAINT res_user_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE SET NULL,
	CONSTRAINT res_user_employee_fkey FOREIGN KEY (employee) REFERENCES company_employee (id) ON DELETE SET NULL
);

CREATE TABLE "res_user-res_group" (
	id serial PRIMARY KEY,
	"user" int NOT NULL,
	"group" int NOT NULL,
	CONSTRAINT "res_user-res_group_user_fkey" FOREIGN KEY ("user") REFERENCES res_user (id) ON DELETE CASCADE,
	CONSTRAINT "res_user-res_group_group_fkey" FOREIGN KEY ("group") REFERENCES res_group (id) ON DELETE CASCADE
);

CREATE TABLE "res_user-company_company" (
	id serial PRIMARY KEY,
	"user" int NOT NULL,
	company int NOT NULL,
	CONSTRAINT "res_user-company_company_user_fkey" FOREIGN KEY ("user") REFERENCES res_user (id) ON DELETE CASCADE,
	CONSTRAINT "res_user-company_company_company_fkey" FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE CASCADE
);

CREATE TABLE "res_user-company_employee" (
	id serial PRIMARY KEY,
	"user" int NOT NULL,
	employee int NOT NULL,
	CONSTRAINT "res_user-company_employee_user_fkey" FOREIGN KEY ("user") REFERENCES res_user (id) ON DELETE CASCADE,
	CONSTRAINT "res_user-company_employee_employee_fkey" FOREIGN KEY (employee) REFERENCES company_employee (id) ON DELETE CASCADE
);

CREATE TABLE country_country (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	code varchar(2) UNIQUE,
	code3 varchar(3) UNIQUE,
	code_numeric varchar(3),
	flag varchar,
	active boolean
);

CREATE TABLE country_subdivision (
	id serial PRIMARY KEY,
	country int NOT NULL,
	name varchar NOT NULL,
	active boolean,
	code varchar NOT NULL,
	flag varchar,
	type varchar NOT NULL,
	parent int,
	CONSTRAINT country_subdivision_country_fkey FOREIGN KEY (country) REFERENCES country_country (id) ON DELETE RESTRICT,
	CONSTRAINT country_subdivision_parent_fkey FOREIGN KEY (parent) REFERENCES country_subdivision (id) ON DELETE SET NULL
);

CREATE TABLE country_postal_code (
	id serial PRIMARY KEY,
	country int NOT NULL,
	subdivision int,
	postal_code varchar,
	city varchar,
	CONSTRAINT country_postal_code_country_fkey FOREIGN KEY (country) REFERENCES country_country (id) ON DELETE CASCADE,
	CONSTRAINT country_postal_code_subdivision_fkey FOREIGN KEY (subdivision) REFERENCES country_subdivision (id) ON DELETE CASCADE
);

CREATE TABLE currency_currency (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	symbol varchar,
	code varchar(3) NOT NULL UNIQUE,
	numeric_code varchar(3),
	rounding numeric NOT NULL,
	digits int NOT NULL,
	active boolean
);

CREATE TABLE currency_currency_rate (
	id serial PRIMARY KEY,
	rate numeric NOT NULL,
	date date NOT NULL,
	currency int NOT NULL,
	CONSTRAINT currency_currency_rate_currency_fkey FOREIGN KEY (currency) REFERENCES currency_currency (id) ON DELETE CASCADE
);

CREATE TABLE party_party (
	id serial PRIMARY KEY,
	name varchar,
	code varchar NOT NULL UNIQUE,
	active boolean,
	replaced_by int,
	CONSTRAINT party_party_replaced_by_fkey FOREIGN KEY (replaced_by) REFERENCES party_party (id) ON DELETE SET NULL
);

CREATE TABLE party_party_lang (
	id serial PRIMARY KEY,
	party int NOT NULL,
	lang int,
	company int,
	CONSTRAINT party_party_lang_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE CASCADE,
	CONSTRAINT party_party_lang_lang_fkey FOREIGN KEY (lang) REFERENCES ir_lang (id) ON DELETE SET NULL,
	CONSTRAINT party_party_lang_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE CASCADE
);

CREATE TABLE party_category (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	parent int,
	active boolean,
	CONSTRAINT party_category_parent_fkey FOREIGN KEY (parent) REFERENCES party_category (id) ON DELETE SET NULL
);

CREATE TABLE party_category_rel (
	id serial PRIMARY KEY,
	party int NOT NULL,
	category int NOT NULL,
	CONSTRAINT party_category_rel_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE CASCADE,
	CONSTRAINT party_category_rel_category_fkey FOREIGN KEY (category) REFERENCES party_category (id) ON DELETE CASCADE
);

CREATE TABLE party_identifier (
	id serial PRIMARY KEY,
	party int NOT NULL,
	address int,
	type varchar,
	code varchar NOT NULL,
	sequence int,
	CONSTRAINT party_identifier_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE CASCADE,
	CONSTRAINT party_identifier_address_fkey FOREIGN KEY (address) REFERENCES party_address (id) ON DELETE SET NULL
);

CREATE TABLE party_address (
	id serial PRIMARY KEY,
	party int NOT NULL,
	party_name varchar,
	name varchar,
	street text,
	postal_code varchar,
	city varchar,
	country int,
	subdivision int,
	active boolean,
	sequence int,
	CONSTRAINT party_address_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE CASCADE,
	CONSTRAINT party_address_country_fkey FOREIGN KEY (country) REFERENCES country_country (id) ON DELETE SET NULL,
	CONSTRAINT party_address_subdivision_fkey FOREIGN KEY (subdivision) REFERENCES country_subdivision (id) ON DELETE SET NULL
);

CREATE TABLE party_contact_mechanism (
	id serial PRIMARY KEY,
	party int NOT NULL,
	address int,
	type varchar NOT NULL,
	value varchar,
	value_compact varchar,
	name varchar,
	comment text,
	language int,
	active boolean,
	sequence int,
	CONSTRAINT party_contact_mechanism_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE CASCADE,
	CONSTRAINT party_contact_mechanism_address_fkey FOREIGN KEY (address) REFERENCES party_address (id) ON DELETE SET NULL,
	CONSTRAINT party_contact_mechanism_language_fkey FOREIGN KEY (language) REFERENCES ir_lang (id) ON DELETE SET NULL
);

CREATE TABLE company_company (
	id serial PRIMARY KEY,
	party int NOT NULL,
	currency int NOT NULL,
	timezone varchar,
	header text,
	footer text,
	CONSTRAINT company_company_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE CASCADE,
	CONSTRAINT company_company_currency_fkey FOREIGN KEY (currency) REFERENCES currency_currency (id) ON DELETE RESTRICT
);

CREATE TABLE company_employee (
	id serial PRIMARY KEY,
	party int NOT NULL,
	company int NOT NULL,
	start_date date,
	end_date date,
	supervisor int,
	CONSTRAINT company_employee_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE RESTRICT,
	CONSTRAINT company_employee_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT company_employee_supervisor_fkey FOREIGN KEY (supervisor) REFERENCES company_employee (id) ON DELETE SET NULL
);

CREATE TABLE product_uom_category (
	id serial PRIMARY KEY,
	name varchar NOT NULL
);

CREATE TABLE product_uom (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	symbol varchar NOT NULL,
	category int NOT NULL,
	rate double precision NOT NULL,
	factor double precision NOT NULL,
	rounding double precision NOT NULL,
	digits int NOT NULL,
	active boolean,
	CONSTRAINT product_uom_category_fkey FOREIGN KEY (category) REFERENCES product_uom_category (id) ON DELETE RESTRICT
);

CREATE TABLE product_category (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	parent int,
	accounting boolean,
	code varchar,
	CONSTRAINT product_category_parent_fkey FOREIGN KEY (parent) REFERENCES product_category (id) ON DELETE SET NULL
);

CREATE TABLE product_template (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	code varchar,
	type varchar NOT NULL,
	consumable boolean,
	default_uom int NOT NULL,
	sale_uom int NOT NULL,
	purchase_uom int NOT NULL,
	account_category int,
	salable boolean,
	purchasable boolean,
	active boolean,
	CONSTRAINT product_template_default_uom_fkey FOREIGN KEY (default_uom) REFERENCES product_uom (id) ON DELETE RESTRICT,
	CONSTRAINT product_template_sale_uom_fkey FOREIGN KEY (sale_uom) REFERENCES product_uom (id) ON DELETE RESTRICT,
	CONSTRAINT product_template_purchase_uom_fkey FOREIGN KEY (purchase_uom) REFERENCES product_uom (id) ON DELETE RESTRICT,
	CONSTRAINT product_template_account_category_fkey FOREIGN KEY (account_category) REFERENCES product_category (id) ON DELETE SET NULL
);

CREATE TABLE "product_template-product_category" (
	id serial PRIMARY KEY,
	template int NOT NULL,
	category int NOT NULL,
	CONSTRAINT "product_template-product_category_template_fkey" FOREIGN KEY (template) REFERENCES product_template (id) ON DELETE CASCADE,
	CONSTRAINT "product_template-product_category_category_fkey" FOREIGN KEY (category) REFERENCES product_category (id) ON DELETE CASCADE
);

CREATE TABLE product_product (
	id serial PRIMARY KEY,
	template int NOT NULL,
	code varchar,
	suffix_code varchar,
	description text,
	active boolean,
	CONSTRAINT product_product_template_fkey FOREIGN KEY (template) REFERENCES product_template (id) ON DELETE CASCADE
);

CREATE TABLE product_list_price (
	id serial PRIMARY KEY,
	template int NOT NULL,
	company int,
	list_price numeric,
	CONSTRAINT product_list_price_template_fkey FOREIGN KEY (template) REFERENCES product_template (id) ON DELETE CASCADE,
	CONSTRAINT product_list_price_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE CASCADE
);

CREATE TABLE product_cost_price (
	id serial PRIMARY KEY,
	product int NOT NULL,
	company int,
	cost_price numeric,
	CONSTRAINT product_cost_price_product_fkey FOREIGN KEY (product) REFERENCES product_product (id) ON DELETE CASCADE,
	CONSTRAINT product_cost_price_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE CASCADE
);

CREATE TABLE account_account_type (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	parent int,
	sequence int,
	company int NOT NULL,
	statement varchar,
	receivable boolean,
	payable boolean,
	revenue boolean,
	expense boolean,
	stock boolean,
	CONSTRAINT account_account_type_parent_fkey FOREIGN KEY (parent) REFERENCES account_account_type (id) ON DELETE SET NULL,
	CONSTRAINT account_account_type_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT
);

CREATE TABLE account_account (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	code varchar,
	company int NOT NULL,
	parent int,
	type int,
	debit_type int,
	credit_type int,
	second_currency int,
	reconcile boolean,
	party_required boolean,
	closed boolean,
	start_date date,
	end_date date,
	replaced_by int,
	"left" int NOT NULL,
	"right" int NOT NULL,
	CONSTRAINT account_account_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT account_account_parent_fkey FOREIGN KEY (parent) REFERENCES account_account (id) ON DELETE SET NULL,
	CONSTRAINT account_account_type_fkey FOREIGN KEY (type) REFERENCES account_account_type (id) ON DELETE SET NULL,
	CONSTRAINT account_account_debit_type_fkey FOREIGN KEY (debit_type) REFERENCES account_account_type (id) ON DELETE SET NULL,
	CONSTRAINT account_account_credit_type_fkey FOREIGN KEY (credit_type) REFERENCES account_account_type (id) ON DELETE SET NULL,
	CONSTRAINT account_account_second_currency_fkey FOREIGN KEY (second_currency) REFERENCES currency_currency (id) ON DELETE SET NULL,
	CONSTRAINT account_account_replaced_by_fkey FOREIGN KEY (replaced_by) REFERENCES account_account (id) ON DELETE SET NULL
);

CREATE TABLE account_fiscalyear (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	start_date date NOT NULL,
	end_date date NOT NULL,
	company int NOT NULL,
	state varchar NOT NULL,
	post_move_sequence int NOT NULL,
	CONSTRAINT account_fiscalyear_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT account_fiscalyear_post_move_sequence_fkey FOREIGN KEY (post_move_sequence) REFERENCES ir_sequence (id) ON DELETE RESTRICT
);

CREATE TABLE account_period (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	start_date date NOT NULL,
	end_date date NOT NULL,
	fiscalyear int NOT NULL,
	state varchar NOT NULL,
	type varchar NOT NULL,
	CONSTRAINT account_period_fiscalyear_fkey FOREIGN KEY (fiscalyear) REFERENCES account_fiscalyear (id) ON DELETE CASCADE
);

CREATE TABLE account_journal (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	code varchar,
	active boolean,
	type varchar NOT NULL
);

CREATE TABLE account_journal_sequence (
	id serial PRIMARY KEY,
	journal int NOT NULL,
	company int,
	sequence int,
	CONSTRAINT account_journal_sequence_journal_fkey FOREIGN KEY (journal) REFERENCES account_journal (id) ON DELETE CASCADE,
	CONSTRAINT account_journal_sequence_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE CASCADE,
	CONSTRAINT account_journal_sequence_sequence_fkey FOREIGN KEY (sequence) REFERENCES ir_sequence (id) ON DELETE SET NULL
);

CREATE TABLE account_move (
	id serial PRIMARY KEY,
	number varchar,
	post_number varchar,
	company int NOT NULL,
	period int NOT NULL,
	journal int NOT NULL,
	date date NOT NULL,
	post_date date,
	description varchar,
	origin varchar,
	state varchar NOT NULL,
	CONSTRAINT account_move_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT account_move_period_fkey FOREIGN KEY (period) REFERENCES account_period (id) ON DELETE RESTRICT,
	CONSTRAINT account_move_journal_fkey FOREIGN KEY (journal) REFERENCES account_journal (id) ON DELETE RESTRICT
);

CREATE TABLE account_move_reconciliation (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	date date NOT NULL,
	company int NOT NULL,
	delegate_to int,
	CONSTRAINT account_move_reconciliation_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT account_move_reconciliation_delegate_to_fkey FOREIGN KEY (delegate_to) REFERENCES account_move_line (id) ON DELETE SET NULL
);

CREATE TABLE account_move_line (
	id serial PRIMARY KEY,
	move int NOT NULL,
	account int NOT NULL,
	party int,
	debit numeric NOT NULL,
	credit numeric NOT NULL,
	amount_second_currency numeric,
	second_currency int,
	description varchar,
	maturity_date date,
	reconciliation int,
	state varchar NOT NULL,
	origin varchar,
	CONSTRAINT account_move_line_move_fkey FOREIGN KEY (move) REFERENCES account_move (id) ON DELETE CASCADE,
	CONSTRAINT account_move_line_account_fkey FOREIGN KEY (account) REFERENCES account_account (id) ON DELETE RESTRICT,
	CONSTRAINT account_move_line_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE SET NULL,
	CONSTRAINT account_move_line_second_currency_fkey FOREIGN KEY (second_currency) REFERENCES currency_currency (id) ON DELETE SET NULL,
	CONSTRAINT account_move_line_reconciliation_fkey FOREIGN KEY (reconciliation) REFERENCES account_move_reconciliation (id) ON DELETE SET NULL
);

CREATE TABLE account_tax_group (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	code varchar NOT NULL,
	kind varchar NOT NULL
);

CREATE TABLE account_tax (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	description varchar NOT NULL,
	"group" int,
	company int NOT NULL,
	parent int,
	type varchar NOT NULL,
	rate numeric,
	amount numeric,
	invoice_account int,
	credit_note_account int,
	start_date date,
	end_date date,
	active boolean,
	sequence int,
	CONSTRAINT account_tax_group_fkey FOREIGN KEY ("group") REFERENCES account_tax_group (id) ON DELETE SET NULL,
	CONSTRAINT account_tax_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT account_tax_parent_fkey FOREIGN KEY (parent) REFERENCES account_tax (id) ON DELETE CASCADE,
	CONSTRAINT account_tax_invoice_account_fkey FOREIGN KEY (invoice_account) REFERENCES account_account (id) ON DELETE SET NULL,
	CONSTRAINT account_tax_credit_note_account_fkey FOREIGN KEY (credit_note_account) REFERENCES account_account (id) ON DELETE SET NULL
);

CREATE TABLE account_tax_line (
	id serial PRIMARY KEY,
	amount numeric NOT NULL,
	type varchar NOT NULL,
	tax int NOT NULL,
	move_line int NOT NULL,
	CONSTRAINT account_tax_line_tax_fkey FOREIGN KEY (tax) REFERENCES account_tax (id) ON DELETE RESTRICT,
	CONSTRAINT account_tax_line_move_line_fkey FOREIGN KEY (move_line) REFERENCES account_move_line (id) ON DELETE CASCADE
);

CREATE TABLE account_invoice_payment_term (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	description text,
	active boolean
);

CREATE TABLE account_invoice_payment_term_line (
	id serial PRIMARY KEY,
	payment int NOT NULL,
	sequence int,
	type varchar NOT NULL,
	ratio numeric,
	divisor numeric,
	amount numeric,
	currency int,
	CONSTRAINT account_invoice_payment_term_line_payment_fkey FOREIGN KEY (payment) REFERENCES account_invoice_payment_term (id) ON DELETE CASCADE,
	CONSTRAINT account_invoice_payment_term_line_currency_fkey FOREIGN KEY (currency) REFERENCES currency_currency (id) ON DELETE SET NULL
);

CREATE TABLE account_invoice (
	id serial PRIMARY KEY,
	company int NOT NULL,
	type varchar NOT NULL,
	number varchar,
	reference varchar,
	description varchar,
	state varchar NOT NULL,
	invoice_date date,
	accounting_date date,
	party int NOT NULL,
	party_tax_identifier int,
	invoice_address int NOT NULL,
	currency int NOT NULL,
	journal int,
	move int,
	cancel_move int,
	account int NOT NULL,
	payment_term int,
	untaxed_amount_cache numeric,
	tax_amount_cache numeric,
	total_amount_cache numeric,
	CONSTRAINT account_invoice_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT account_invoice_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE RESTRICT,
	CONSTRAINT account_invoice_party_tax_identifier_fkey FOREIGN KEY (party_tax_identifier) REFERENCES party_identifier (id) ON DELETE SET NULL,
	CONSTRAINT account_invoice_invoice_address_fkey FOREIGN KEY (invoice_address) REFERENCES party_address (id) ON DELETE RESTRICT,
	CONSTRAINT account_invoice_currency_fkey FOREIGN KEY (currency) REFERENCES currency_currency (id) ON DELETE RESTRICT,
	CONSTRAINT account_invoice_journal_fkey FOREIGN KEY (journal) REFERENCES account_journal (id) ON DELETE SET NULL,
	CONSTRAINT account_invoice_move_fkey FOREIGN KEY (move) REFERENCES account_move (id) ON DELETE SET NULL,
	CONSTRAINT account_invoice_cancel_move_fkey FOREIGN KEY (cancel_move) REFERENCES account_move (id) ON DELETE SET NULL,
	CONSTRAINT account_invoice_account_fkey FOREIGN KEY (account) REFERENCES account_account (id) ON DELETE RESTRICT,
	CONSTRAINT account_invoice_payment_term_fkey FOREIGN KEY (payment_term) REFERENCES account_invoice_payment_term (id) ON DELETE SET NULL
);

CREATE TABLE account_invoice_line (
	id serial PRIMARY KEY,
	invoice int,
	invoice_type varchar,
	party int,
	currency int,
	company int NOT NULL,
	type varchar NOT NULL,
	sequence int,
	product int,
	account int,
	quantity double precision,
	unit int,
	unit_price numeric,
	description text,
	origin varchar,
	CONSTRAINT account_invoice_line_invoice_fkey FOREIGN KEY (invoice) REFERENCES account_invoice (id) ON DELETE CASCADE,
	CONSTRAINT account_invoice_line_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE SET NULL,
	CONSTRAINT account_invoice_line_currency_fkey FOREIGN KEY (currency) REFERENCES currency_currency (id) ON DELETE SET NULL,
	CONSTRAINT account_invoice_line_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT account_invoice_line_product_fkey FOREIGN KEY (product) REFERENCES product_product (id) ON DELETE SET NULL,
	CONSTRAINT account_invoice_line_account_fkey FOREIGN KEY (account) REFERENCES account_account (id) ON DELETE SET NULL,
	CONSTRAINT account_invoice_line_unit_fkey FOREIGN KEY (unit) REFERENCES product_uom (id) ON DELETE SET NULL
);

CREATE TABLE account_invoice_line_account_tax (
	id serial PRIMARY KEY,
	line int NOT NULL,
	tax int NOT NULL,
	CONSTRAINT account_invoice_line_account_tax_line_fkey FOREIGN KEY (line) REFERENCES account_invoice_line (id) ON DELETE CASCADE,
	CONSTRAINT account_invoice_line_account_tax_tax_fkey FOREIGN KEY (tax) REFERENCES account_tax (id) ON DELETE RESTRICT
);

CREATE TABLE account_invoice_tax (
	id serial PRIMARY KEY,
	invoice int NOT NULL,
	description varchar NOT NULL,
	sequence int,
	base numeric NOT NULL,
	amount numeric NOT NULL,
	manual boolean,
	account int NOT NULL,
	tax int,
	CONSTRAINT account_invoice_tax_invoice_fkey FOREIGN KEY (invoice) REFERENCES account_invoice (id) ON DELETE CASCADE,
	CONSTRAINT account_invoice_tax_account_fkey FOREIGN KEY (account) REFERENCES account_account (id) ON DELETE RESTRICT,
	CONSTRAINT account_invoice_tax_tax_fkey FOREIGN KEY (tax) REFERENCES account_tax (id) ON DELETE SET NULL
);

CREATE TABLE "account_invoice-account_move_line" (
	id serial PRIMARY KEY,
	invoice int NOT NULL,
	line int NOT NULL UNIQUE,
	CONSTRAINT "account_invoice-account_move_line_invoice_fkey" FOREIGN KEY (invoice) REFERENCES account_invoice (id) ON DELETE CASCADE,
	CONSTRAINT "account_invoice-account_move_line_line_fkey" FOREIGN KEY (line) REFERENCES account_move_line (id) ON DELETE CASCADE
);

CREATE TABLE stock_location (
	id serial PRIMARY KEY,
	name varchar NOT NULL,
	code varchar,
	active boolean,
	address int,
	type varchar,
	parent int,
	"left" int NOT NULL,
	"right" int NOT NULL,
	input_location int,
	output_location int,
	storage_location int,
	picking_location int,
	lost_found_location int,
	flat_childs boolean,
	CONSTRAINT stock_location_address_fkey FOREIGN KEY (address) REFERENCES party_address (id) ON DELETE SET NULL,
	CONSTRAINT stock_location_parent_fkey FOREIGN KEY (parent) REFERENCES stock_location (id) ON DELETE CASCADE,
	CONSTRAINT stock_location_input_location_fkey FOREIGN KEY (input_location) REFERENCES stock_location (id) ON DELETE SET NULL,
	CONSTRAINT stock_location_output_location_fkey FOREIGN KEY (output_location) REFERENCES stock_location (id) ON DELETE SET NULL,
	CONSTRAINT stock_location_storage_location_fkey FOREIGN KEY (storage_location) REFERENCES stock_location (id) ON DELETE SET NULL,
	CONSTRAINT stock_location_picking_location_fkey FOREIGN KEY (picking_location) REFERENCES stock_location (id) ON DELETE SET NULL,
	CONSTRAINT stock_location_lost_found_location_fkey FOREIGN KEY (lost_found_location) REFERENCES stock_location (id) ON DELETE SET NULL
);

CREATE TABLE stock_lot (
	id serial PRIMARY KEY,
	number varchar NOT NULL,
	product int NOT NULL,
	CONSTRAINT stock_lot_product_fkey FOREIGN KEY (product) REFERENCES product_product (id) ON DELETE RESTRICT
);

CREATE TABLE stock_move (
	id serial PRIMARY KEY,
	product int NOT NULL,
	unit int NOT NULL,
	quantity double precision NOT NULL,
	internal_quantity double precision NOT NULL,
	from_location int NOT NULL,
	to_location int NOT NULL,
	shipment varchar,
	origin varchar,
	planned_date date,
	effective_date date,
	state varchar NOT NULL,
	company int NOT NULL,
	unit_price numeric,
	cost_price numeric,
	currency int,
	lot int,
	CONSTRAINT stock_move_product_fkey FOREIGN KEY (product) REFERENCES product_product (id) ON DELETE RESTRICT,
	CONSTRAINT stock_move_unit_fkey FOREIGN KEY (unit) REFERENCES product_uom (id) ON DELETE RESTRICT,
	CONSTRAINT stock_move_from_location_fkey FOREIGN KEY (from_location) REFERENCES stock_location (id) ON DELETE RESTRICT,
	CONSTRAINT stock_move_to_location_fkey FOREIGN KEY (to_location) REFERENCES stock_location (id) ON DELETE RESTRICT,
	CONSTRAINT stock_move_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT stock_move_currency_fkey FOREIGN KEY (currency) REFERENCES currency_currency (id) ON DELETE SET NULL,
	CONSTRAINT stock_move_lot_fkey FOREIGN KEY (lot) REFERENCES stock_lot (id) ON DELETE SET NULL
);

CREATE TABLE stock_shipment_in (
	id serial PRIMARY KEY,
	effective_date date,
	planned_date date,
	company int NOT NULL,
	reference varchar,
	supplier int NOT NULL,
	contact_address int,
	warehouse int NOT NULL,
	number varchar,
	state varchar,
	CONSTRAINT stock_shipment_in_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT stock_shipment_in_supplier_fkey FOREIGN KEY (supplier) REFERENCES party_party (id) ON DELETE RESTRICT,
	CONSTRAINT stock_shipment_in_contact_address_fkey FOREIGN KEY (contact_address) REFERENCES party_address (id) ON DELETE SET NULL,
	CONSTRAINT stock_shipment_in_warehouse_fkey FOREIGN KEY (warehouse) REFERENCES stock_location (id) ON DELETE RESTRICT
);

CREATE TABLE stock_shipment_out (
	id serial PRIMARY KEY,
	effective_date date,
	planned_date date,
	company int NOT NULL,
	reference varchar,
	customer int NOT NULL,
	delivery_address int NOT NULL,
	warehouse int NOT NULL,
	number varchar,
	state varchar,
	CONSTRAINT stock_shipment_out_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT stock_shipment_out_customer_fkey FOREIGN KEY (customer) REFERENCES party_party (id) ON DELETE RESTRICT,
	CONSTRAINT stock_shipment_out_delivery_address_fkey FOREIGN KEY (delivery_address) REFERENCES party_address (id) ON DELETE RESTRICT,
	CONSTRAINT stock_shipment_out_warehouse_fkey FOREIGN KEY (warehouse) REFERENCES stock_location (id) ON DELETE RESTRICT
);

CREATE TABLE stock_shipment_internal (
	id serial PRIMARY KEY,
	effective_date date,
	planned_date date,
	company int NOT NULL,
	reference varchar,
	from_location int NOT NULL,
	to_location int NOT NULL,
	number varchar,
	state varchar,
	CONSTRAINT stock_shipment_internal_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT stock_shipment_internal_from_location_fkey FOREIGN KEY (from_location) REFERENCES stock_location (id) ON DELETE RESTRICT,
	CONSTRAINT stock_shipment_internal_to_location_fkey FOREIGN KEY (to_location) REFERENCES stock_location (id) ON DELETE RESTRICT
);

CREATE TABLE stock_period (
	id serial PRIMARY KEY,
	date date NOT NULL,
	company int NOT NULL,
	state varchar,
	CONSTRAINT stock_period_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT
);

CREATE TABLE stock_period_cache (
	id serial PRIMARY KEY,
	period int NOT NULL,
	location int NOT NULL,
	product int NOT NULL,
	internal_quantity double precision,
	CONSTRAINT stock_period_cache_period_fkey FOREIGN KEY (period) REFERENCES stock_period (id) ON DELETE CASCADE,
	CONSTRAINT stock_period_cache_location_fkey FOREIGN KEY (location) REFERENCES stock_location (id) ON DELETE CASCADE,
	CONSTRAINT stock_period_cache_product_fkey FOREIGN KEY (product) REFERENCES product_product (id) ON DELETE CASCADE
);

CREATE TABLE stock_inventory (
	id serial PRIMARY KEY,
	location int NOT NULL,
	date date NOT NULL,
	company int NOT NULL,
	state varchar,
	number varchar,
	CONSTRAINT stock_inventory_location_fkey FOREIGN KEY (location) REFERENCES stock_location (id) ON DELETE RESTRICT,
	CONSTRAINT stock_inventory_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT
);

CREATE TABLE stock_inventory_line (
	id serial PRIMARY KEY,
	product int NOT NULL,
	inventory int NOT NULL,
	expected_quantity double precision,
	quantity double precision,
	CONSTRAINT stock_inventory_line_product_fkey FOREIGN KEY (product) REFERENCES product_product (id) ON DELETE RESTRICT,
	CONSTRAINT stock_inventory_line_inventory_fkey FOREIGN KEY (inventory) REFERENCES stock_inventory (id) ON DELETE CASCADE
);

CREATE TABLE sale_sale (
	id serial PRIMARY KEY,
	company int NOT NULL,
	number varchar,
	reference varchar,
	description varchar,
	state varchar NOT NULL,
	sale_date date,
	payment_term int,
	party int NOT NULL,
	contact int,
	invoice_party int,
	invoice_address int,
	shipment_party int,
	shipment_address int,
	warehouse int,
	currency int NOT NULL,
	invoice_method varchar NOT NULL,
	shipment_method varchar NOT NULL,
	origin varchar,
	untaxed_amount_cache numeric,
	tax_amount_cache numeric,
	total_amount_cache numeric,
	CONSTRAINT sale_sale_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT sale_sale_payment_term_fkey FOREIGN KEY (payment_term) REFERENCES account_invoice_payment_term (id) ON DELETE SET NULL,
	CONSTRAINT sale_sale_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE RESTRICT,
	CONSTRAINT sale_sale_contact_fkey FOREIGN KEY (contact) REFERENCES party_contact_mechanism (id) ON DELETE SET NULL,
	CONSTRAINT sale_sale_invoice_party_fkey FOREIGN KEY (invoice_party) REFERENCES party_party (id) ON DELETE SET NULL,
	CONSTRAINT sale_sale_invoice_address_fkey FOREIGN KEY (invoice_address) REFERENCES party_address (id) ON DELETE SET NULL,
	CONSTRAINT sale_sale_shipment_party_fkey FOREIGN KEY (shipment_party) REFERENCES party_party (id) ON DELETE SET NULL,
	CONSTRAINT sale_sale_shipment_address_fkey FOREIGN KEY (shipment_address) REFERENCES party_address (id) ON DELETE SET NULL,
	CONSTRAINT sale_sale_warehouse_fkey FOREIGN KEY (warehouse) REFERENCES stock_location (id) ON DELETE SET NULL,
	CONSTRAINT sale_sale_currency_fkey FOREIGN KEY (currency) REFERENCES currency_currency (id) ON DELETE RESTRICT
);

CREATE TABLE sale_line (
	id serial PRIMARY KEY,
	sale int NOT NULL,
	sequence int,
	type varchar NOT NULL,
	product int,
	quantity double precision,
	unit int,
	unit_price numeric,
	description text,
	note text,
	shipping_date date,
	CONSTRAINT sale_line_sale_fkey FOREIGN KEY (sale) REFERENCES sale_sale (id) ON DELETE CASCADE,
	CONSTRAINT sale_line_product_fkey FOREIGN KEY (product) REFERENCES product_product (id) ON DELETE SET NULL,
	CONSTRAINT sale_line_unit_fkey FOREIGN KEY (unit) REFERENCES product_uom (id) ON DELETE SET NULL
);

CREATE TABLE sale_line_account_tax (
	id serial PRIMARY KEY,
	line int NOT NULL,
	tax int NOT NULL,
	CONSTRAINT sale_line_account_tax_line_fkey FOREIGN KEY (line) REFERENCES sale_line (id) ON DELETE CASCADE,
	CONSTRAINT sale_line_account_tax_tax_fkey FOREIGN KEY (tax) REFERENCES account_tax (id) ON DELETE RESTRICT
);

CREATE TABLE sale_line_invoice_lines_rel (
	id serial PRIMARY KEY,
	sale_line int NOT NULL,
	invoice_line int NOT NULL,
	CONSTRAINT sale_line_invoice_lines_rel_sale_line_fkey FOREIGN KEY (sale_line) REFERENCES sale_line (id) ON DELETE CASCADE,
	CONSTRAINT sale_line_invoice_lines_rel_invoice_line_fkey FOREIGN KEY (invoice_line) REFERENCES account_invoice_line (id) ON DELETE CASCADE
);

CREATE TABLE purchase_product_supplier (
	id serial PRIMARY KEY,
	template int NOT NULL,
	product int,
	party int NOT NULL,
	company int,
	name varchar,
	code varchar,
	sequence int,
	lead_time bigint,
	currency int NOT NULL,
	active boolean,
	CONSTRAINT purchase_product_supplier_template_fkey FOREIGN KEY (template) REFERENCES product_template (id) ON DELETE CASCADE,
	CONSTRAINT purchase_product_supplier_product_fkey FOREIGN KEY (product) REFERENCES product_product (id) ON DELETE CASCADE,
	CONSTRAINT purchase_product_supplier_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE CASCADE,
	CONSTRAINT purchase_product_supplier_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE CASCADE,
	CONSTRAINT purchase_product_supplier_currency_fkey FOREIGN KEY (currency) REFERENCES currency_currency (id) ON DELETE RESTRICT
);

CREATE TABLE purchase_product_supplier_price (
	id serial PRIMARY KEY,
	product_supplier int NOT NULL,
	sequence int,
	quantity double precision NOT NULL,
	unit_price numeric NOT NULL,
	CONSTRAINT purchase_product_supplier_price_product_supplier_fkey FOREIGN KEY (product_supplier) REFERENCES purchase_product_supplier (id) ON DELETE CASCADE
);

CREATE TABLE purchase_purchase (
	id serial PRIMARY KEY,
	company int NOT NULL,
	number varchar,
	reference varchar,
	description varchar,
	state varchar NOT NULL,
	purchase_date date,
	payment_term int,
	party int NOT NULL,
	invoice_party int,
	invoice_address int,
	warehouse int,
	currency int NOT NULL,
	invoice_method varchar NOT NULL,
	origin varchar,
	CONSTRAINT purchase_purchase_company_fkey FOREIGN KEY (company) REFERENCES company_company (id) ON DELETE RESTRICT,
	CONSTRAINT purchase_purchase_payment_term_fkey FOREIGN KEY (payment_term) REFERENCES account_invoice_payment_term (id) ON DELETE SET NULL,
	CONSTRAINT purchase_purchase_party_fkey FOREIGN KEY (party) REFERENCES party_party (id) ON DELETE RESTRICT,
	CONSTRAINT purchase_purchase_invoice_party_fkey FOREIGN KEY (invoice_party) REFERENCES party_party (id) ON DELETE SET NULL,
	CONSTRAINT purchase_purchase_invoice_address_fkey FOREIGN KEY (invoice_address) REFERENCES party_address (id) ON DELETE SET NULL,
	CONSTRAINT purchase_purchase_warehouse_fkey FOREIGN KEY (warehouse) REFERENCES stock_location (id) ON DELETE SET NULL,
	CONSTRAINT purchase_purchase_currency_fkey FOREIGN KEY (currency) REFERENCES currency_currency (id) ON DELETE RESTRICT
);

CREATE TABLE purchase_line (
	id serial PRIMARY KEY,
	purchase int NOT NULL,
	sequence int,
	type varchar NOT NULL,
	product int,
	product_supplier int,
	quantity double precision,
	unit int,
	unit_price numeric,
	description text,
	note text,
	delivery_date date,
	CONSTRAINT purchase_line_purchase_fkey FOREIGN KEY (purchase) REFERENCES purchase_purchase (id) ON DELETE CASCADE,
	CONSTRAINT purchase_line_product_fkey FOREIGN KEY (product) REFERENCES product_product (id) ON DELETE SET NULL,
	CONSTRAINT purchase_line_product_supplier_fkey FOREIGN KEY (product_supplier) REFERENCES purchase_product_supplier (id) ON DELETE SET NULL,
	CONSTRAINT purchase_line_unit_fkey FOREIGN KEY (unit) REFERENCES product_uom (id) ON DELETE SET NULL
);

CREATE TABLE purchase_line_account_tax (
	id serial PRIMARY KEY,
	line int NOT NULL,
	tax int NOT NULL,
	CONSTRAINT purchase_line_account_tax_line_fkey FOREIGN KEY (line) REFERENCES purchase_line (id) ON DELETE CASCADE,
	CONSTRAINT purchase_line_account_tax_tax_fkey FOREIGN KEY (tax) REFERENCES account_tax (id) ON DELETE RESTRICT
);
