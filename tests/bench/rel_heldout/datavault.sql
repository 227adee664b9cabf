-- datavault.sql: a third blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind3). The raw and business vault of
-- a retail Data Vault 2.0 warehouse, written for this bench by an author who
-- had not read the inference code: hubs (hub_<entity>, a hash key
-- <entity>_hk over the business key <entity>_bk), links
-- (link_<a>_<b> with their own <a>_<b>_hk and the hubs' hash keys, a
-- hierarchical link with a role key manager_employee_hk, a same-as link with
-- master_customer_hk), satellites (sat_<entity>_<topic>, key (<entity>_hk,
-- load_dts), hash_diff, a multi-active and an effectivity satellite, link
-- satellites), reference tables (ref_*) keyed by codes, point-in-time
-- tables (pit_*) and a bridge. Every table carries load_dts and
-- record_source, none of them a foreign key; hash_diff is no key either.
-- The declared foreign keys are the truth.
-- Readable by PostgreSQL, SQLite and Sextant's DDL reader.

-- ---------------------------------------------------------------- reference tables

CREATE TABLE ref_country (
    country_code char(2) PRIMARY KEY,
    country_name varchar(80) NOT NULL,
    region varchar(40),
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE ref_currency (
    currency_code char(3) PRIMARY KEY,
    currency_name varchar(50) NOT NULL,
    minor_units integer,
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE ref_order_status (
    status_code varchar(10) PRIMARY KEY,
    status_description varchar(100) NOT NULL,
    is_final boolean NOT NULL,
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

-- ---------------------------------------------------------------- hubs

CREATE TABLE hub_customer (
    customer_hk char(32) PRIMARY KEY,
    customer_bk varchar(40) NOT NULL,
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE hub_order (
    order_hk char(32) PRIMARY KEY,
    order_bk varchar(40) NOT NULL,
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE hub_product (
    product_hk char(32) PRIMARY KEY,
    product_bk varchar(40) NOT NULL,
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE hub_store (
    store_hk char(32) PRIMARY KEY,
    store_bk varchar(20) NOT NULL,
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE hub_employee (
    employee_hk char(32) PRIMARY KEY,
    employee_bk varchar(20) NOT NULL,
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE hub_supplier (
    supplier_hk char(32) PRIMARY KEY,
    supplier_bk varchar(40) NOT NULL,
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE hub_campaign (
    campaign_hk char(32) PRIMARY KEY,
    campaign_bk varchar(40) NOT NULL,
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

-- ---------------------------------------------------------------- links

CREATE TABLE link_order_customer (
    order_customer_hk char(32) PRIMARY KEY,
    order_hk char(32) NOT NULL REFERENCES hub_order (order_hk),
    customer_hk char(32) NOT NULL REFERENCES hub_customer (customer_hk),
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE link_order_product (
    order_product_hk char(32) PRIMARY KEY,
    order_hk char(32) NOT NULL REFERENCES hub_order (order_hk),
    product_hk char(32) NOT NULL REFERENCES hub_product (product_hk),
    line_number integer NOT NULL,
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE link_order_store (
    order_store_hk char(32) PRIMARY KEY,
    order_hk char(32) NOT NULL REFERENCES hub_order (order_hk),
    store_hk char(32) NOT NULL REFERENCES hub_store (store_hk),
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE link_product_supplier (
    product_supplier_hk char(32) PRIMARY KEY,
    product_hk char(32) NOT NULL REFERENCES hub_product (product_hk),
    supplier_hk char(32) NOT NULL REFERENCES hub_supplier (supplier_hk),
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE link_employee_store (
    employee_store_hk char(32) PRIMARY KEY,
    employee_hk char(32) NOT NULL REFERENCES hub_employee (employee_hk),
    store_hk char(32) NOT NULL REFERENCES hub_store (store_hk),
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE link_employee_hierarchy (
    employee_hierarchy_hk char(32) PRIMARY KEY,
    employee_hk char(32) NOT NULL REFERENCES hub_employee (employee_hk),
    manager_employee_hk char(32) NOT NULL REFERENCES hub_employee (employee_hk),
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE link_campaign_customer (
    campaign_customer_hk char(32) PRIMARY KEY,
    campaign_hk char(32) NOT NULL REFERENCES hub_campaign (campaign_hk),
    customer_hk char(32) NOT NULL REFERENCES hub_customer (customer_hk),
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

CREATE TABLE sal_customer (
    sal_customer_hk char(32) PRIMARY KEY,
    customer_hk char(32) NOT NULL REFERENCES hub_customer (customer_hk),
    master_customer_hk char(32) NOT NULL REFERENCES hub_customer (customer_hk),
    match_rule varchar(40),
    load_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL
);

-- ---------------------------------------------------------------- satellites

CREATE TABLE sat_customer_details (
    customer_hk char(32) NOT NULL REFERENCES hub_customer (customer_hk),
    load_dts timestamp NOT NULL,
    load_end_dts timestamp,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    first_name varchar(60),
    last_name varchar(60),
    email varchar(120),
    birth_date date,
    loyalty_tier varchar(20),
    PRIMARY KEY (customer_hk, load_dts)
);

CREATE TABLE sat_customer_address (
    customer_hk char(32) NOT NULL REFERENCES hub_customer (customer_hk),
    load_dts timestamp NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    street varchar(120),
    postal_code varchar(12),
    city varchar(80),
    country_code char(2) REFERENCES ref_country (country_code),
    PRIMARY KEY (customer_hk, load_dts)
);

CREATE TABLE sat_customer_phone (
    customer_hk char(32) NOT NULL REFERENCES hub_customer (customer_hk),
    load_dts timestamp NOT NULL,
    phone_type varchar(10) NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    phone_number varchar(30) NOT NULL,
    PRIMARY KEY (customer_hk, load_dts, phone_type)
);

CREATE TABLE sat_order_header (
    order_hk char(32) NOT NULL REFERENCES hub_order (order_hk),
    load_dts timestamp NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    order_date date NOT NULL,
    status_code varchar(10) REFERENCES ref_order_status (status_code),
    currency_code char(3) REFERENCES ref_currency (currency_code),
    total_amount numeric(14, 2),
    channel varchar(20),
    PRIMARY KEY (order_hk, load_dts)
);

CREATE TABLE sat_product_details (
    product_hk char(32) NOT NULL REFERENCES hub_product (product_hk),
    load_dts timestamp NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    product_name varchar(120) NOT NULL,
    category varchar(60),
    brand varchar(60),
    is_active boolean,
    PRIMARY KEY (product_hk, load_dts)
);

CREATE TABLE sat_product_price (
    product_hk char(32) NOT NULL REFERENCES hub_product (product_hk),
    load_dts timestamp NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    list_price numeric(12, 2) NOT NULL,
    currency_code char(3) NOT NULL REFERENCES ref_currency (currency_code),
    valid_from date,
    PRIMARY KEY (product_hk, load_dts)
);

CREATE TABLE sat_store_details (
    store_hk char(32) NOT NULL REFERENCES hub_store (store_hk),
    load_dts timestamp NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    store_name varchar(80) NOT NULL,
    city varchar(80),
    country_code char(2) REFERENCES ref_country (country_code),
    opened_on date,
    floor_space_m2 integer,
    PRIMARY KEY (store_hk, load_dts)
);

CREATE TABLE sat_employee_details (
    employee_hk char(32) NOT NULL REFERENCES hub_employee (employee_hk),
    load_dts timestamp NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    full_name varchar(120) NOT NULL,
    job_title varchar(60),
    hire_date date,
    PRIMARY KEY (employee_hk, load_dts)
);

CREATE TABLE sat_supplier_details (
    supplier_hk char(32) NOT NULL REFERENCES hub_supplier (supplier_hk),
    load_dts timestamp NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    supplier_name varchar(120) NOT NULL,
    country_code char(2) REFERENCES ref_country (country_code),
    payment_terms varchar(20),
    PRIMARY KEY (supplier_hk, load_dts)
);

CREATE TABLE sat_campaign_details (
    campaign_hk char(32) NOT NULL REFERENCES hub_campaign (campaign_hk),
    load_dts timestamp NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    campaign_name varchar(120) NOT NULL,
    start_date date,
    end_date date,
    budget numeric(14, 2),
    PRIMARY KEY (campaign_hk, load_dts)
);

CREATE TABLE sat_order_product_line (
    order_product_hk char(32) NOT NULL REFERENCES link_order_product (order_product_hk),
    load_dts timestamp NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    quantity numeric(12, 3) NOT NULL,
    unit_price numeric(12, 2) NOT NULL,
    discount numeric(12, 2),
    PRIMARY KEY (order_product_hk, load_dts)
);

CREATE TABLE sat_eff_order_customer (
    order_customer_hk char(32) NOT NULL REFERENCES link_order_customer (order_customer_hk),
    load_dts timestamp NOT NULL,
    start_dts timestamp NOT NULL,
    end_dts timestamp NOT NULL,
    record_source varchar(50) NOT NULL,
    PRIMARY KEY (order_customer_hk, load_dts)
);

-- ---------------------------------------------------------------- business vault

CREATE TABLE bv_sat_customer_value (
    customer_hk char(32) NOT NULL REFERENCES hub_customer (customer_hk),
    load_dts timestamp NOT NULL,
    hash_diff char(32) NOT NULL,
    record_source varchar(50) NOT NULL,
    lifetime_value numeric(14, 2),
    churn_score numeric(5, 4),
    segment varchar(20),
    PRIMARY KEY (customer_hk, load_dts)
);

CREATE TABLE pit_customer (
    customer_hk char(32) NOT NULL REFERENCES hub_customer (customer_hk),
    snapshot_dts timestamp NOT NULL,
    sat_customer_details_ldts timestamp NOT NULL,
    sat_customer_address_ldts timestamp NOT NULL,
    bv_sat_customer_value_ldts timestamp,
    PRIMARY KEY (customer_hk, snapshot_dts)
);

CREATE TABLE pit_product (
    product_hk char(32) NOT NULL REFERENCES hub_product (product_hk),
    snapshot_dts timestamp NOT NULL,
    sat_product_details_ldts timestamp NOT NULL,
    sat_product_price_ldts timestamp NOT NULL,
    PRIMARY KEY (product_hk, snapshot_dts)
);

CREATE TABLE bridge_customer_order (
    customer_hk char(32) NOT NULL REFERENCES hub_customer (customer_hk),
    order_hk char(32) NOT NULL REFERENCES hub_order (order_hk),
    order_customer_hk char(32) NOT NULL REFERENCES link_order_customer (order_customer_hk),
    order_product_hk char(32) REFERENCES link_order_product (order_product_hk),
    snapshot_dts timestamp NOT NULL,
    PRIMARY KEY (customer_hk, order_hk, snapshot_dts)
);
