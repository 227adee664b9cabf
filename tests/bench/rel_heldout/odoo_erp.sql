-- odoo_erp.sql: a fifth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind5). The PostgreSQL tables of an
-- Odoo-style ERP (partners, users, companies, sales, accounting, stock, HR),
-- written for this bench by an author who had not read the inference code.
-- Odoo conventions: every model table is keyed by a serial `id` and carries
-- the audit columns create_uid / write_uid -> res_users; many2one fields are
-- <field>_id (partner_id, company_id, currency_id, product_tmpl_id, move_id,
-- order_id) with roles (partner_invoice_id, partner_shipping_id,
-- commercial_partner_id, invoice_user_id, salesman_id, lot_stock_id,
-- default_location_src_id), hierarchies (parent_id, location_id on
-- stock_location, backorder_id, reversed_entry_id, coach_id) and a few
-- many2one fields without the _id suffix (res_partner.title,
-- res_bank.country, sale_order_line.product_uom, stock_move.product_uom);
-- many2many link tables <a>_<b>_rel (sale_order_tag_rel (order_id, tag_id),
-- res_groups_users_rel (gid, uid), res_company_users_rel (cid, user_id),
-- account_move_line_account_tax_rel). The declared foreign keys are the
-- truth. Readable by SQLite and Sextant's DDL reader; the tables refer to
-- each other in cycles (res_users <-> res_partner <-> res_company), so
-- PostgreSQL would need the forward references moved to ALTER TABLE
-- statements, as Odoo itself does.

CREATE TABLE res_currency (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    symbol varchar NOT NULL,
    rounding numeric,
    decimal_places integer,
    active boolean,
    position varchar,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE res_country (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    code varchar(2) NOT NULL,
    currency_id integer REFERENCES res_currency (id) ON DELETE SET NULL,
    phone_code integer,
    vat_label jsonb,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE res_country_state (
    id serial PRIMARY KEY,
    country_id integer NOT NULL REFERENCES res_country (id) ON DELETE CASCADE,
    name varchar NOT NULL,
    code varchar NOT NULL,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE res_company (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    partner_id integer NOT NULL REFERENCES res_partner (id) ON DELETE RESTRICT,
    currency_id integer NOT NULL REFERENCES res_currency (id) ON DELETE RESTRICT,
    parent_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    sequence integer,
    email varchar,
    phone varchar,
    company_registry varchar,
    active boolean,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE res_partner_title (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    shortcut jsonb,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE res_partner_industry (
    id serial PRIMARY KEY,
    name jsonb,
    full_name jsonb,
    active boolean,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE res_partner (
    id serial PRIMARY KEY,
    name varchar,
    display_name varchar,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    title integer REFERENCES res_partner_title (id) ON DELETE SET NULL,
    parent_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    commercial_partner_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    user_id integer REFERENCES res_users (id) ON DELETE SET NULL,
    industry_id integer REFERENCES res_partner_industry (id) ON DELETE SET NULL,
    state_id integer REFERENCES res_country_state (id) ON DELETE RESTRICT,
    country_id integer REFERENCES res_country (id) ON DELETE RESTRICT,
    ref varchar,
    lang varchar,
    tz varchar,
    vat varchar,
    company_registry varchar,
    website varchar,
    type varchar,
    street varchar,
    zip varchar,
    city varchar,
    email varchar,
    phone varchar,
    mobile varchar,
    is_company boolean,
    active boolean,
    customer_rank integer,
    supplier_rank integer,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE res_users (
    id serial PRIMARY KEY,
    company_id integer NOT NULL REFERENCES res_company (id) ON DELETE RESTRICT,
    partner_id integer NOT NULL REFERENCES res_partner (id) ON DELETE RESTRICT,
    active boolean DEFAULT true,
    login varchar NOT NULL,
    password varchar,
    action_id integer,
    share boolean,
    signature jsonb,
    notification_type varchar,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE res_groups (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    comment jsonb,
    share boolean,
    color integer,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE res_groups_users_rel (
    gid integer NOT NULL REFERENCES res_groups (id) ON DELETE CASCADE,
    uid integer NOT NULL REFERENCES res_users (id) ON DELETE CASCADE,
    PRIMARY KEY (gid, uid)
);

CREATE TABLE res_company_users_rel (
    cid integer NOT NULL REFERENCES res_company (id) ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES res_users (id) ON DELETE CASCADE,
    PRIMARY KEY (cid, user_id)
);

CREATE TABLE res_bank (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    bic varchar,
    street varchar,
    city varchar,
    country integer REFERENCES res_country (id) ON DELETE SET NULL,
    active boolean,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE res_partner_bank (
    id serial PRIMARY KEY,
    acc_number varchar NOT NULL,
    sanitized_acc_number varchar,
    partner_id integer NOT NULL REFERENCES res_partner (id) ON DELETE CASCADE,
    bank_id integer REFERENCES res_bank (id) ON DELETE SET NULL,
    currency_id integer REFERENCES res_currency (id) ON DELETE SET NULL,
    company_id integer REFERENCES res_company (id) ON DELETE CASCADE,
    acc_holder_name varchar,
    active boolean,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE uom_category (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE uom_uom (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    category_id integer NOT NULL REFERENCES uom_category (id) ON DELETE RESTRICT,
    factor numeric NOT NULL,
    rounding numeric NOT NULL,
    active boolean,
    uom_type varchar NOT NULL,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE product_category (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    complete_name varchar,
    parent_id integer REFERENCES product_category (id) ON DELETE CASCADE,
    parent_path varchar,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE product_template (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    sequence integer,
    description jsonb,
    type varchar NOT NULL,
    categ_id integer NOT NULL REFERENCES product_category (id) ON DELETE RESTRICT,
    list_price numeric,
    volume numeric,
    weight numeric,
    sale_ok boolean,
    purchase_ok boolean,
    uom_id integer NOT NULL REFERENCES uom_uom (id) ON DELETE RESTRICT,
    uom_po_id integer NOT NULL REFERENCES uom_uom (id) ON DELETE RESTRICT,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    active boolean,
    default_code varchar,
    invoice_policy varchar,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE product_product (
    id serial PRIMARY KEY,
    default_code varchar,
    active boolean,
    product_tmpl_id integer NOT NULL REFERENCES product_template (id) ON DELETE CASCADE,
    barcode varchar,
    combination_indices varchar,
    volume numeric,
    weight numeric,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE product_pricelist (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    active boolean,
    sequence integer,
    currency_id integer NOT NULL REFERENCES res_currency (id) ON DELETE RESTRICT,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    discount_policy varchar,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE crm_team (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    sequence integer,
    active boolean,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    user_id integer REFERENCES res_users (id) ON DELETE SET NULL,
    color integer,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE crm_tag (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    color integer,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE account_payment_term (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    active boolean,
    note jsonb,
    sequence integer,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE account_fiscal_position (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    sequence integer,
    active boolean,
    company_id integer NOT NULL REFERENCES res_company (id) ON DELETE RESTRICT,
    country_id integer REFERENCES res_country (id) ON DELETE SET NULL,
    auto_apply boolean,
    vat_required boolean,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE account_account (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    code varchar(64) NOT NULL,
    account_type varchar NOT NULL,
    currency_id integer REFERENCES res_currency (id) ON DELETE SET NULL,
    company_id integer NOT NULL REFERENCES res_company (id) ON DELETE RESTRICT,
    reconcile boolean,
    deprecated boolean,
    internal_group varchar,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE account_journal (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    code varchar(5) NOT NULL,
    type varchar NOT NULL,
    active boolean,
    sequence integer,
    default_account_id integer REFERENCES account_account (id) ON DELETE RESTRICT,
    suspense_account_id integer REFERENCES account_account (id) ON DELETE RESTRICT,
    currency_id integer REFERENCES res_currency (id) ON DELETE SET NULL,
    company_id integer NOT NULL REFERENCES res_company (id) ON DELETE RESTRICT,
    bank_account_id integer REFERENCES res_partner_bank (id) ON DELETE RESTRICT,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE account_tax (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    type_tax_use varchar NOT NULL,
    amount_type varchar NOT NULL,
    amount numeric NOT NULL,
    active boolean,
    sequence integer,
    company_id integer NOT NULL REFERENCES res_company (id) ON DELETE RESTRICT,
    country_id integer NOT NULL REFERENCES res_country (id) ON DELETE RESTRICT,
    price_include boolean,
    description jsonb,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE account_move (
    id serial PRIMARY KEY,
    name varchar,
    ref varchar,
    date date NOT NULL,
    state varchar NOT NULL,
    move_type varchar NOT NULL,
    journal_id integer NOT NULL REFERENCES account_journal (id) ON DELETE RESTRICT,
    company_id integer REFERENCES res_company (id) ON DELETE RESTRICT,
    currency_id integer NOT NULL REFERENCES res_currency (id) ON DELETE RESTRICT,
    partner_id integer REFERENCES res_partner (id) ON DELETE RESTRICT,
    commercial_partner_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    partner_shipping_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    partner_bank_id integer REFERENCES res_partner_bank (id) ON DELETE SET NULL,
    fiscal_position_id integer REFERENCES account_fiscal_position (id) ON DELETE SET NULL,
    invoice_user_id integer REFERENCES res_users (id) ON DELETE SET NULL,
    invoice_payment_term_id integer REFERENCES account_payment_term (id) ON DELETE SET NULL,
    reversed_entry_id integer REFERENCES account_move (id) ON DELETE SET NULL,
    team_id integer REFERENCES crm_team (id) ON DELETE SET NULL,
    invoice_date date,
    invoice_date_due date,
    invoice_origin varchar,
    payment_reference varchar,
    payment_state varchar,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    amount_residual numeric,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE account_full_reconcile (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    exchange_move_id integer REFERENCES account_move (id) ON DELETE SET NULL,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE account_move_line (
    id serial PRIMARY KEY,
    move_id integer NOT NULL REFERENCES account_move (id) ON DELETE CASCADE,
    journal_id integer REFERENCES account_journal (id) ON DELETE SET NULL,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    company_currency_id integer REFERENCES res_currency (id) ON DELETE SET NULL,
    account_id integer REFERENCES account_account (id) ON DELETE RESTRICT,
    currency_id integer NOT NULL REFERENCES res_currency (id) ON DELETE SET NULL,
    partner_id integer REFERENCES res_partner (id) ON DELETE RESTRICT,
    product_id integer REFERENCES product_product (id) ON DELETE RESTRICT,
    product_uom_id integer REFERENCES uom_uom (id) ON DELETE SET NULL,
    tax_line_id integer REFERENCES account_tax (id) ON DELETE RESTRICT,
    full_reconcile_id integer REFERENCES account_full_reconcile (id) ON DELETE SET NULL,
    sequence integer,
    name varchar,
    ref varchar,
    parent_state varchar,
    date date,
    quantity numeric,
    price_unit numeric,
    discount numeric,
    debit numeric,
    credit numeric,
    balance numeric,
    amount_currency numeric,
    amount_residual numeric,
    reconciled boolean,
    display_type varchar NOT NULL,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE account_move_line_account_tax_rel (
    account_move_line_id integer NOT NULL REFERENCES account_move_line (id) ON DELETE CASCADE,
    account_tax_id integer NOT NULL REFERENCES account_tax (id) ON DELETE CASCADE,
    PRIMARY KEY (account_move_line_id, account_tax_id)
);

CREATE TABLE sale_order (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    state varchar,
    client_order_ref varchar,
    origin varchar,
    date_order timestamp without time zone NOT NULL,
    company_id integer NOT NULL REFERENCES res_company (id) ON DELETE RESTRICT,
    partner_id integer NOT NULL REFERENCES res_partner (id) ON DELETE RESTRICT,
    partner_invoice_id integer NOT NULL REFERENCES res_partner (id) ON DELETE RESTRICT,
    partner_shipping_id integer NOT NULL REFERENCES res_partner (id) ON DELETE RESTRICT,
    user_id integer REFERENCES res_users (id) ON DELETE SET NULL,
    team_id integer REFERENCES crm_team (id) ON DELETE SET NULL,
    pricelist_id integer REFERENCES product_pricelist (id) ON DELETE SET NULL,
    currency_id integer REFERENCES res_currency (id) ON DELETE SET NULL,
    payment_term_id integer REFERENCES account_payment_term (id) ON DELETE SET NULL,
    fiscal_position_id integer REFERENCES account_fiscal_position (id) ON DELETE SET NULL,
    invoice_status varchar,
    amount_untaxed numeric,
    amount_tax numeric,
    amount_total numeric,
    note text,
    validity_date date,
    commitment_date timestamp without time zone,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE sale_order_line (
    id serial PRIMARY KEY,
    order_id integer NOT NULL REFERENCES sale_order (id) ON DELETE CASCADE,
    sequence integer,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    currency_id integer REFERENCES res_currency (id) ON DELETE SET NULL,
    order_partner_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    salesman_id integer REFERENCES res_users (id) ON DELETE SET NULL,
    product_id integer REFERENCES product_product (id) ON DELETE RESTRICT,
    product_uom integer REFERENCES uom_uom (id) ON DELETE RESTRICT,
    state varchar,
    display_type varchar,
    name text NOT NULL,
    product_uom_qty numeric NOT NULL,
    qty_delivered numeric,
    qty_invoiced numeric,
    price_unit numeric NOT NULL,
    discount numeric,
    price_subtotal numeric,
    price_total numeric,
    customer_lead double precision NOT NULL,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE sale_order_tag_rel (
    order_id integer NOT NULL REFERENCES sale_order (id) ON DELETE CASCADE,
    tag_id integer NOT NULL REFERENCES crm_tag (id) ON DELETE CASCADE,
    PRIMARY KEY (order_id, tag_id)
);

CREATE TABLE sale_order_line_invoice_rel (
    invoice_line_id integer NOT NULL REFERENCES account_move_line (id) ON DELETE CASCADE,
    order_line_id integer NOT NULL REFERENCES sale_order_line (id) ON DELETE CASCADE,
    PRIMARY KEY (invoice_line_id, order_line_id)
);

CREATE TABLE stock_location (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    complete_name varchar,
    active boolean,
    usage varchar NOT NULL,
    location_id integer REFERENCES stock_location (id) ON DELETE CASCADE,
    parent_path varchar,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    warehouse_id integer REFERENCES stock_warehouse (id) ON DELETE SET NULL,
    barcode varchar,
    scrap_location boolean,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE stock_warehouse (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    code varchar(5) NOT NULL,
    active boolean,
    company_id integer NOT NULL REFERENCES res_company (id) ON DELETE RESTRICT,
    partner_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    view_location_id integer NOT NULL REFERENCES stock_location (id) ON DELETE RESTRICT,
    lot_stock_id integer NOT NULL REFERENCES stock_location (id) ON DELETE RESTRICT,
    reception_steps varchar NOT NULL,
    delivery_steps varchar NOT NULL,
    sequence integer,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE stock_picking_type (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    code varchar NOT NULL,
    sequence integer,
    sequence_code varchar NOT NULL,
    active boolean,
    default_location_src_id integer REFERENCES stock_location (id) ON DELETE SET NULL,
    default_location_dest_id integer REFERENCES stock_location (id) ON DELETE SET NULL,
    return_picking_type_id integer REFERENCES stock_picking_type (id) ON DELETE SET NULL,
    warehouse_id integer REFERENCES stock_warehouse (id) ON DELETE CASCADE,
    company_id integer NOT NULL REFERENCES res_company (id) ON DELETE RESTRICT,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE stock_picking (
    id serial PRIMARY KEY,
    name varchar,
    origin varchar,
    note text,
    state varchar,
    priority varchar,
    backorder_id integer REFERENCES stock_picking (id) ON DELETE SET NULL,
    scheduled_date timestamp without time zone NOT NULL,
    date_done timestamp without time zone,
    location_id integer NOT NULL REFERENCES stock_location (id) ON DELETE RESTRICT,
    location_dest_id integer NOT NULL REFERENCES stock_location (id) ON DELETE RESTRICT,
    picking_type_id integer NOT NULL REFERENCES stock_picking_type (id) ON DELETE RESTRICT,
    partner_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    user_id integer REFERENCES res_users (id) ON DELETE SET NULL,
    sale_id integer REFERENCES sale_order (id) ON DELETE SET NULL,
    move_type varchar NOT NULL,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE stock_move (
    id serial PRIMARY KEY,
    name varchar NOT NULL,
    sequence integer,
    priority varchar,
    date timestamp without time zone NOT NULL,
    state varchar,
    origin varchar,
    company_id integer NOT NULL REFERENCES res_company (id) ON DELETE RESTRICT,
    product_id integer NOT NULL REFERENCES product_product (id) ON DELETE RESTRICT,
    product_uom_qty numeric NOT NULL,
    quantity numeric,
    product_uom integer NOT NULL REFERENCES uom_uom (id) ON DELETE RESTRICT,
    location_id integer NOT NULL REFERENCES stock_location (id) ON DELETE RESTRICT,
    location_dest_id integer NOT NULL REFERENCES stock_location (id) ON DELETE RESTRICT,
    partner_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    picking_id integer REFERENCES stock_picking (id) ON DELETE SET NULL,
    picking_type_id integer REFERENCES stock_picking_type (id) ON DELETE SET NULL,
    origin_returned_move_id integer REFERENCES stock_move (id) ON DELETE SET NULL,
    warehouse_id integer REFERENCES stock_warehouse (id) ON DELETE SET NULL,
    sale_line_id integer REFERENCES sale_order_line (id) ON DELETE SET NULL,
    price_unit double precision,
    procure_method varchar NOT NULL,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE hr_department (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    complete_name varchar,
    active boolean,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    parent_id integer REFERENCES hr_department (id) ON DELETE SET NULL,
    manager_id integer REFERENCES hr_employee (id) ON DELETE SET NULL,
    parent_path varchar,
    color integer,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE hr_job (
    id serial PRIMARY KEY,
    name jsonb NOT NULL,
    sequence integer,
    expected_employees integer,
    department_id integer REFERENCES hr_department (id) ON DELETE SET NULL,
    company_id integer REFERENCES res_company (id) ON DELETE SET NULL,
    active boolean,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);

CREATE TABLE hr_employee (
    id serial PRIMARY KEY,
    name varchar,
    user_id integer REFERENCES res_users (id) ON DELETE SET NULL,
    active boolean,
    company_id integer NOT NULL REFERENCES res_company (id) ON DELETE RESTRICT,
    department_id integer REFERENCES hr_department (id) ON DELETE SET NULL,
    job_id integer REFERENCES hr_job (id) ON DELETE SET NULL,
    job_title varchar,
    address_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    work_contact_id integer REFERENCES res_partner (id) ON DELETE SET NULL,
    work_email varchar,
    work_phone varchar,
    parent_id integer REFERENCES hr_employee (id) ON DELETE SET NULL,
    coach_id integer REFERENCES hr_employee (id) ON DELETE SET NULL,
    private_country_id integer REFERENCES res_country (id) ON DELETE SET NULL,
    country_id integer REFERENCES res_country (id) ON DELETE SET NULL,
    gender varchar,
    marital varchar,
    birthday date,
    employee_type varchar NOT NULL,
    barcode varchar,
    pin varchar,
    create_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    create_date timestamp without time zone,
    write_uid integer REFERENCES res_users (id) ON DELETE SET NULL,
    write_date timestamp without time zone
);
