-- prestashop.sql: a seventh blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind7). The core tables of a
-- PrestaShop 1.7/8-style shop, written for this bench by an author who had
-- not read the inference code. PrestaShop conventions: every table prefixed
-- `ps_`; keys named `id_<entity>` (ps_customer.id_customer,
-- ps_orders.id_order), and references named the same way, so the key name
-- comes first and the word `id` leads (id_customer, id_cart, id_currency);
-- roles follow the entity (id_address_delivery, id_address_invoice,
-- id_category_default, id_shop_default, id_default_group), a few columns
-- break the rule (ps_order_detail.product_id / product_attribute_id,
-- ps_orders.current_state -> ps_order_state); translated rows live in
-- `_lang` tables keyed by (id_<entity>, id_lang[, id_shop]); ps_category is
-- a tree (id_parent). PrestaShop writes 0 for "none"; here such columns are
-- nullable. Foreign keys declared here are the references the shop's code
-- makes (PrestaShop declares none); they are the truth. Readable by
-- PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE ps_shop_group (
    id_shop_group integer PRIMARY KEY,
    name varchar(64) NOT NULL,
    share_customer smallint NOT NULL DEFAULT 0,
    share_order smallint NOT NULL DEFAULT 0,
    share_stock smallint NOT NULL DEFAULT 0,
    active smallint NOT NULL DEFAULT 1,
    deleted smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_lang (
    id_lang integer PRIMARY KEY,
    name varchar(32) NOT NULL,
    active smallint NOT NULL DEFAULT 0,
    iso_code char(2) NOT NULL,
    language_code char(5) NOT NULL,
    locale varchar(5) NOT NULL,
    date_format_lite char(32) NOT NULL,
    date_format_full char(32) NOT NULL,
    is_rtl smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_currency (
    id_currency integer PRIMARY KEY,
    name varchar(64) NOT NULL,
    iso_code varchar(3) NOT NULL,
    numeric_iso_code varchar(3),
    precision_digits integer NOT NULL DEFAULT 6,
    conversion_rate numeric(13,6) NOT NULL,
    deleted smallint NOT NULL DEFAULT 0,
    active smallint NOT NULL DEFAULT 1
);

CREATE TABLE ps_zone (
    id_zone integer PRIMARY KEY,
    name varchar(64) NOT NULL,
    active smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_country (
    id_country integer PRIMARY KEY,
    id_zone integer NOT NULL REFERENCES ps_zone (id_zone),
    id_currency integer REFERENCES ps_currency (id_currency),
    iso_code varchar(3) NOT NULL,
    call_prefix integer NOT NULL DEFAULT 0,
    active smallint NOT NULL DEFAULT 0,
    contains_states smallint NOT NULL DEFAULT 0,
    need_identification_number smallint NOT NULL DEFAULT 0,
    need_zip_code smallint NOT NULL DEFAULT 1,
    zip_code_format varchar(12) NOT NULL DEFAULT ''
);

CREATE TABLE ps_state (
    id_state integer PRIMARY KEY,
    id_country integer NOT NULL REFERENCES ps_country (id_country),
    id_zone integer NOT NULL REFERENCES ps_zone (id_zone),
    name varchar(80) NOT NULL,
    iso_code varchar(7) NOT NULL,
    tax_behavior smallint NOT NULL DEFAULT 0,
    active smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_category (
    id_category integer PRIMARY KEY,
    id_parent integer REFERENCES ps_category (id_category),
    id_shop_default integer REFERENCES ps_shop (id_shop),
    level_depth smallint NOT NULL DEFAULT 0,
    nleft integer NOT NULL DEFAULT 0,
    nright integer NOT NULL DEFAULT 0,
    active smallint NOT NULL DEFAULT 0,
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL,
    position integer NOT NULL DEFAULT 0,
    is_root_category smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_shop (
    id_shop integer PRIMARY KEY,
    id_shop_group integer NOT NULL REFERENCES ps_shop_group (id_shop_group),
    name varchar(64) NOT NULL,
    color varchar(50) NOT NULL DEFAULT '',
    id_category integer NOT NULL REFERENCES ps_category (id_category),
    theme_name varchar(255) NOT NULL,
    active smallint NOT NULL DEFAULT 1,
    deleted smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_category_lang (
    id_category integer NOT NULL REFERENCES ps_category (id_category),
    id_shop integer NOT NULL REFERENCES ps_shop (id_shop),
    id_lang integer NOT NULL REFERENCES ps_lang (id_lang),
    name varchar(128) NOT NULL,
    description text,
    link_rewrite varchar(128) NOT NULL,
    meta_title varchar(255),
    meta_keywords varchar(255),
    meta_description varchar(512),
    PRIMARY KEY (id_category, id_shop, id_lang)
);

CREATE TABLE ps_gender (
    id_gender integer PRIMARY KEY,
    type smallint NOT NULL
);

CREATE TABLE ps_group (
    id_group integer PRIMARY KEY,
    reduction numeric(5,2) NOT NULL DEFAULT 0,
    price_display_method smallint NOT NULL DEFAULT 0,
    show_prices smallint NOT NULL DEFAULT 1,
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL
);

CREATE TABLE ps_customer (
    id_customer integer PRIMARY KEY,
    id_shop_group integer NOT NULL REFERENCES ps_shop_group (id_shop_group),
    id_shop integer NOT NULL REFERENCES ps_shop (id_shop),
    id_gender integer REFERENCES ps_gender (id_gender),
    id_default_group integer NOT NULL REFERENCES ps_group (id_group),
    id_lang integer REFERENCES ps_lang (id_lang),
    company varchar(255),
    siret varchar(14),
    ape varchar(5),
    firstname varchar(255) NOT NULL,
    lastname varchar(255) NOT NULL,
    email varchar(255) NOT NULL,
    passwd varchar(255) NOT NULL,
    last_passwd_gen timestamp NOT NULL,
    birthday date,
    newsletter smallint NOT NULL DEFAULT 0,
    optin smallint NOT NULL DEFAULT 0,
    secure_key varchar(32) NOT NULL DEFAULT '-1',
    note text,
    active smallint NOT NULL DEFAULT 0,
    is_guest smallint NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL
);

CREATE TABLE ps_customer_group (
    id_customer integer NOT NULL REFERENCES ps_customer (id_customer),
    id_group integer NOT NULL REFERENCES ps_group (id_group),
    PRIMARY KEY (id_customer, id_group)
);

CREATE TABLE ps_manufacturer (
    id_manufacturer integer PRIMARY KEY,
    name varchar(64) NOT NULL,
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL,
    active smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_supplier (
    id_supplier integer PRIMARY KEY,
    name varchar(64) NOT NULL,
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL,
    active smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_address (
    id_address integer PRIMARY KEY,
    id_country integer NOT NULL REFERENCES ps_country (id_country),
    id_state integer REFERENCES ps_state (id_state),
    id_customer integer REFERENCES ps_customer (id_customer),
    id_manufacturer integer REFERENCES ps_manufacturer (id_manufacturer),
    id_supplier integer REFERENCES ps_supplier (id_supplier),
    alias varchar(32) NOT NULL,
    company varchar(255),
    lastname varchar(255) NOT NULL,
    firstname varchar(255) NOT NULL,
    address1 varchar(128) NOT NULL,
    address2 varchar(128),
    postcode varchar(12),
    city varchar(64) NOT NULL,
    other text,
    phone varchar(32),
    phone_mobile varchar(32),
    vat_number varchar(32),
    dni varchar(16),
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL,
    active smallint NOT NULL DEFAULT 1,
    deleted smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_tax (
    id_tax integer PRIMARY KEY,
    rate numeric(10,3) NOT NULL,
    active smallint NOT NULL DEFAULT 1,
    deleted smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_tax_rules_group (
    id_tax_rules_group integer PRIMARY KEY,
    name varchar(50) NOT NULL,
    active integer NOT NULL,
    deleted smallint NOT NULL,
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL
);

CREATE TABLE ps_tax_rule (
    id_tax_rule integer PRIMARY KEY,
    id_tax_rules_group integer NOT NULL REFERENCES ps_tax_rules_group (id_tax_rules_group),
    id_country integer NOT NULL REFERENCES ps_country (id_country),
    id_state integer REFERENCES ps_state (id_state),
    zipcode_from varchar(12) NOT NULL,
    zipcode_to varchar(12) NOT NULL,
    id_tax integer NOT NULL REFERENCES ps_tax (id_tax),
    behavior integer NOT NULL,
    description varchar(100) NOT NULL
);

CREATE TABLE ps_product (
    id_product integer PRIMARY KEY,
    id_supplier integer REFERENCES ps_supplier (id_supplier),
    id_manufacturer integer REFERENCES ps_manufacturer (id_manufacturer),
    id_category_default integer REFERENCES ps_category (id_category),
    id_shop_default integer NOT NULL REFERENCES ps_shop (id_shop),
    id_tax_rules_group integer NOT NULL REFERENCES ps_tax_rules_group (id_tax_rules_group),
    on_sale smallint NOT NULL DEFAULT 0,
    ean13 varchar(13),
    isbn varchar(32),
    upc varchar(12),
    mpn varchar(40),
    quantity integer NOT NULL DEFAULT 0,
    minimal_quantity integer NOT NULL DEFAULT 1,
    price numeric(20,6) NOT NULL DEFAULT 0,
    wholesale_price numeric(20,6) NOT NULL DEFAULT 0,
    unity varchar(255),
    reference varchar(64),
    supplier_reference varchar(64),
    weight numeric(20,6) NOT NULL DEFAULT 0,
    out_of_stock integer NOT NULL DEFAULT 2,
    active smallint NOT NULL DEFAULT 0,
    available_for_order smallint NOT NULL DEFAULT 1,
    condition varchar(16) NOT NULL DEFAULT 'new',
    visibility varchar(16) NOT NULL DEFAULT 'both',
    cache_default_attribute integer,
    product_type varchar(16) NOT NULL DEFAULT 'standard',
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL
);

CREATE TABLE ps_product_lang (
    id_product integer NOT NULL REFERENCES ps_product (id_product),
    id_shop integer NOT NULL REFERENCES ps_shop (id_shop),
    id_lang integer NOT NULL REFERENCES ps_lang (id_lang),
    description text,
    description_short text,
    link_rewrite varchar(128) NOT NULL,
    meta_description varchar(512),
    meta_title varchar(128),
    name varchar(128) NOT NULL,
    available_now varchar(255),
    available_later varchar(255),
    PRIMARY KEY (id_product, id_shop, id_lang)
);

CREATE TABLE ps_category_product (
    id_category integer NOT NULL REFERENCES ps_category (id_category),
    id_product integer NOT NULL REFERENCES ps_product (id_product),
    position integer NOT NULL DEFAULT 0,
    PRIMARY KEY (id_category, id_product)
);

CREATE TABLE ps_product_attribute (
    id_product_attribute integer PRIMARY KEY,
    id_product integer NOT NULL REFERENCES ps_product (id_product),
    reference varchar(64),
    supplier_reference varchar(64),
    ean13 varchar(13),
    wholesale_price numeric(20,6) NOT NULL DEFAULT 0,
    price numeric(20,6) NOT NULL DEFAULT 0,
    quantity integer NOT NULL DEFAULT 0,
    weight numeric(20,6) NOT NULL DEFAULT 0,
    default_on smallint,
    minimal_quantity integer NOT NULL DEFAULT 1,
    available_date date
);

CREATE TABLE ps_stock_available (
    id_stock_available integer PRIMARY KEY,
    id_product integer NOT NULL REFERENCES ps_product (id_product),
    id_product_attribute integer REFERENCES ps_product_attribute (id_product_attribute),
    id_shop integer NOT NULL REFERENCES ps_shop (id_shop),
    id_shop_group integer REFERENCES ps_shop_group (id_shop_group),
    quantity integer NOT NULL DEFAULT 0,
    physical_quantity integer NOT NULL DEFAULT 0,
    reserved_quantity integer NOT NULL DEFAULT 0,
    depends_on_stock smallint NOT NULL DEFAULT 0,
    out_of_stock smallint NOT NULL DEFAULT 0,
    location varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE ps_carrier (
    id_carrier integer PRIMARY KEY,
    id_tax_rules_group integer REFERENCES ps_tax_rules_group (id_tax_rules_group),
    name varchar(64) NOT NULL,
    url varchar(255),
    active smallint NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    shipping_handling smallint NOT NULL DEFAULT 1,
    range_behavior smallint NOT NULL DEFAULT 0,
    is_module smallint NOT NULL DEFAULT 0,
    is_free smallint NOT NULL DEFAULT 0,
    shipping_external smallint NOT NULL DEFAULT 0,
    need_range smallint NOT NULL DEFAULT 0,
    external_module_name varchar(64),
    shipping_method integer NOT NULL DEFAULT 0,
    position integer NOT NULL DEFAULT 0,
    max_width integer DEFAULT 0,
    max_height integer DEFAULT 0,
    max_depth integer DEFAULT 0,
    max_weight numeric(20,6) DEFAULT 0,
    grade integer DEFAULT 0
);

CREATE TABLE ps_guest (
    id_guest integer PRIMARY KEY,
    id_customer integer REFERENCES ps_customer (id_customer),
    javascript smallint DEFAULT 0,
    screen_resolution_x smallint,
    screen_resolution_y smallint,
    screen_color smallint,
    accept_language varchar(8),
    mobile_theme smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_cart (
    id_cart integer PRIMARY KEY,
    id_shop_group integer NOT NULL REFERENCES ps_shop_group (id_shop_group),
    id_shop integer NOT NULL REFERENCES ps_shop (id_shop),
    id_carrier integer REFERENCES ps_carrier (id_carrier),
    delivery_option text NOT NULL,
    id_lang integer NOT NULL REFERENCES ps_lang (id_lang),
    id_address_delivery integer REFERENCES ps_address (id_address),
    id_address_invoice integer REFERENCES ps_address (id_address),
    id_currency integer NOT NULL REFERENCES ps_currency (id_currency),
    id_customer integer REFERENCES ps_customer (id_customer),
    id_guest integer REFERENCES ps_guest (id_guest),
    secure_key varchar(32) NOT NULL DEFAULT '-1',
    recyclable smallint NOT NULL DEFAULT 1,
    gift smallint NOT NULL DEFAULT 0,
    gift_message text,
    mobile_theme smallint NOT NULL DEFAULT 0,
    allow_seperated_package smallint NOT NULL DEFAULT 0,
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL,
    checkout_session_data text
);

CREATE TABLE ps_cart_product (
    id_cart integer NOT NULL REFERENCES ps_cart (id_cart),
    id_product integer NOT NULL REFERENCES ps_product (id_product),
    id_address_delivery integer REFERENCES ps_address (id_address),
    id_shop integer NOT NULL REFERENCES ps_shop (id_shop),
    id_product_attribute integer REFERENCES ps_product_attribute (id_product_attribute),
    id_customization integer NOT NULL DEFAULT 0,
    quantity integer NOT NULL DEFAULT 0,
    date_add timestamp NOT NULL,
    PRIMARY KEY (id_cart, id_product, id_customization)
);

CREATE TABLE ps_order_state (
    id_order_state integer PRIMARY KEY,
    invoice smallint DEFAULT 0,
    send_email smallint NOT NULL DEFAULT 0,
    module_name varchar(255),
    color varchar(32),
    unremovable smallint NOT NULL,
    hidden smallint NOT NULL DEFAULT 0,
    logable smallint NOT NULL DEFAULT 0,
    delivery smallint NOT NULL DEFAULT 0,
    shipped smallint NOT NULL DEFAULT 0,
    paid smallint NOT NULL DEFAULT 0,
    pdf_invoice smallint NOT NULL DEFAULT 0,
    pdf_delivery smallint NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_order_state_lang (
    id_order_state integer NOT NULL REFERENCES ps_order_state (id_order_state),
    id_lang integer NOT NULL REFERENCES ps_lang (id_lang),
    name varchar(64) NOT NULL,
    template varchar(64) NOT NULL,
    PRIMARY KEY (id_order_state, id_lang)
);

CREATE TABLE ps_orders (
    id_order integer PRIMARY KEY,
    reference varchar(9),
    id_shop_group integer NOT NULL REFERENCES ps_shop_group (id_shop_group),
    id_shop integer NOT NULL REFERENCES ps_shop (id_shop),
    id_carrier integer NOT NULL REFERENCES ps_carrier (id_carrier),
    id_lang integer NOT NULL REFERENCES ps_lang (id_lang),
    id_customer integer NOT NULL REFERENCES ps_customer (id_customer),
    id_cart integer NOT NULL REFERENCES ps_cart (id_cart),
    id_currency integer NOT NULL REFERENCES ps_currency (id_currency),
    id_address_delivery integer NOT NULL REFERENCES ps_address (id_address),
    id_address_invoice integer NOT NULL REFERENCES ps_address (id_address),
    current_state integer REFERENCES ps_order_state (id_order_state),
    secure_key varchar(32) NOT NULL DEFAULT '-1',
    payment varchar(255) NOT NULL,
    conversion_rate numeric(13,6) NOT NULL DEFAULT 1,
    module varchar(255),
    recyclable smallint NOT NULL DEFAULT 0,
    gift smallint NOT NULL DEFAULT 0,
    gift_message text,
    mobile_theme smallint NOT NULL DEFAULT 0,
    shipping_number varchar(64),
    total_discounts numeric(20,6) NOT NULL DEFAULT 0,
    total_paid numeric(20,6) NOT NULL DEFAULT 0,
    total_paid_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
    total_paid_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
    total_paid_real numeric(20,6) NOT NULL DEFAULT 0,
    total_products numeric(20,6) NOT NULL DEFAULT 0,
    total_shipping numeric(20,6) NOT NULL DEFAULT 0,
    carrier_tax_rate numeric(10,3) NOT NULL DEFAULT 0,
    round_mode smallint NOT NULL DEFAULT 2,
    invoice_number integer NOT NULL DEFAULT 0,
    delivery_number integer NOT NULL DEFAULT 0,
    invoice_date timestamp NOT NULL,
    delivery_date timestamp NOT NULL,
    valid integer NOT NULL DEFAULT 0,
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL
);

CREATE TABLE ps_order_invoice (
    id_order_invoice integer PRIMARY KEY,
    id_order integer NOT NULL REFERENCES ps_orders (id_order),
    number integer NOT NULL,
    delivery_number integer NOT NULL,
    delivery_date timestamp,
    total_discount_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
    total_discount_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
    total_paid_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
    total_paid_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
    total_products numeric(20,6) NOT NULL DEFAULT 0,
    total_shipping_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
    shop_address text,
    note text,
    date_add timestamp NOT NULL
);

CREATE TABLE ps_order_detail (
    id_order_detail integer PRIMARY KEY,
    id_order integer NOT NULL REFERENCES ps_orders (id_order),
    id_order_invoice integer REFERENCES ps_order_invoice (id_order_invoice),
    id_shop integer NOT NULL REFERENCES ps_shop (id_shop),
    product_id integer NOT NULL REFERENCES ps_product (id_product),
    product_attribute_id integer REFERENCES ps_product_attribute (id_product_attribute),
    id_customization integer DEFAULT 0,
    product_name varchar(255) NOT NULL,
    product_quantity integer NOT NULL DEFAULT 0,
    product_quantity_refunded integer NOT NULL DEFAULT 0,
    product_quantity_return integer NOT NULL DEFAULT 0,
    product_price numeric(20,6) NOT NULL DEFAULT 0,
    reduction_percent numeric(5,2) NOT NULL DEFAULT 0,
    product_ean13 varchar(13),
    product_reference varchar(64),
    product_weight numeric(20,6) NOT NULL,
    id_tax_rules_group integer REFERENCES ps_tax_rules_group (id_tax_rules_group),
    tax_name varchar(16) NOT NULL,
    tax_rate numeric(10,3) NOT NULL DEFAULT 0,
    total_price_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
    total_price_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
    unit_price_tax_incl numeric(20,6) NOT NULL DEFAULT 0,
    unit_price_tax_excl numeric(20,6) NOT NULL DEFAULT 0,
    original_product_price numeric(20,6) NOT NULL DEFAULT 0
);

CREATE TABLE ps_order_carrier (
    id_order_carrier integer PRIMARY KEY,
    id_order integer NOT NULL REFERENCES ps_orders (id_order),
    id_carrier integer NOT NULL REFERENCES ps_carrier (id_carrier),
    id_order_invoice integer REFERENCES ps_order_invoice (id_order_invoice),
    weight numeric(20,6),
    shipping_cost_tax_excl numeric(20,6),
    shipping_cost_tax_incl numeric(20,6),
    tracking_number varchar(64),
    date_add timestamp NOT NULL
);

CREATE TABLE ps_profile (
    id_profile integer PRIMARY KEY
);

CREATE TABLE ps_employee (
    id_employee integer PRIMARY KEY,
    id_profile integer NOT NULL REFERENCES ps_profile (id_profile),
    id_lang integer NOT NULL REFERENCES ps_lang (id_lang),
    lastname varchar(255) NOT NULL,
    firstname varchar(255) NOT NULL,
    email varchar(255) NOT NULL,
    passwd varchar(255) NOT NULL,
    last_passwd_gen timestamp NOT NULL,
    stats_date_from date,
    stats_date_to date,
    bo_color varchar(32),
    bo_theme varchar(32),
    default_tab integer NOT NULL DEFAULT 0,
    bo_width integer NOT NULL DEFAULT 0,
    active smallint NOT NULL DEFAULT 0,
    id_last_order integer REFERENCES ps_orders (id_order),
    id_last_customer_message integer REFERENCES ps_customer_message (id_customer_message),
    id_last_customer integer REFERENCES ps_customer (id_customer),
    last_connection_date date,
    has_enabled_gravatar smallint NOT NULL DEFAULT 0
);

CREATE TABLE ps_order_history (
    id_order_history integer PRIMARY KEY,
    id_employee integer REFERENCES ps_employee (id_employee),
    id_order integer NOT NULL REFERENCES ps_orders (id_order),
    id_order_state integer NOT NULL REFERENCES ps_order_state (id_order_state),
    date_add timestamp NOT NULL
);

CREATE TABLE ps_customer_thread (
    id_customer_thread integer PRIMARY KEY,
    id_shop integer NOT NULL REFERENCES ps_shop (id_shop),
    id_lang integer NOT NULL REFERENCES ps_lang (id_lang),
    id_contact integer NOT NULL,
    id_customer integer REFERENCES ps_customer (id_customer),
    id_order integer REFERENCES ps_orders (id_order),
    id_product integer REFERENCES ps_product (id_product),
    status varchar(16) NOT NULL DEFAULT 'open',
    email varchar(255) NOT NULL,
    token varchar(12),
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL
);

CREATE TABLE ps_customer_message (
    id_customer_message integer PRIMARY KEY,
    id_customer_thread integer REFERENCES ps_customer_thread (id_customer_thread),
    id_employee integer REFERENCES ps_employee (id_employee),
    message text NOT NULL,
    file_name varchar(18),
    ip_address varchar(16),
    user_agent varchar(128),
    date_add timestamp NOT NULL,
    date_upd timestamp NOT NULL,
    private smallint NOT NULL DEFAULT 0,
    read smallint NOT NULL DEFAULT 0
);
