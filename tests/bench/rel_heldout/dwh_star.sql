-- dwh_star.sql: a blind held-out fold for relationship inference (tests/bench/eval_relations
-- --group-new; eval_schemas.sh --blind). A Kimball-style sales / inventory / finance data
-- warehouse, written for this bench by an author who had not read the inference rules:
-- dim_<entity> tables keyed by an integer surrogate <entity>_key (slowly changing type 2
-- dimensions keep the business key, row_effective_date / row_expiration_date /
-- is_current_row beside it), fact_<process> tables whose foreign keys share the
-- dimension key's name (customer_key, product_key), role-playing dates
-- (order_date_key, ship_date_key, due_date_key -> dim_date.date_key), a snowflaked product
-- hierarchy and geography, self-referencing parent keys, bridge tables for multi-valued
-- dimensions, a junk dimension and an audit (ETL batch) dimension. The declared foreign keys
-- are the truth. Readable by PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE dim_date (
    date_key integer PRIMARY KEY,
    full_date date NOT NULL,
    day_of_week smallint NOT NULL,
    day_name varchar(10) NOT NULL,
    day_of_month smallint NOT NULL,
    week_of_year smallint NOT NULL,
    month_number smallint NOT NULL,
    month_name varchar(10) NOT NULL,
    calendar_quarter smallint NOT NULL,
    calendar_year smallint NOT NULL,
    fiscal_period smallint NOT NULL,
    fiscal_year smallint NOT NULL,
    is_holiday boolean NOT NULL,
    is_weekend boolean NOT NULL
);

CREATE TABLE dim_time_of_day (
    time_key integer PRIMARY KEY,
    time_of_day time NOT NULL,
    hour_24 smallint NOT NULL,
    minute_of_hour smallint NOT NULL,
    day_part varchar(12) NOT NULL
);

CREATE TABLE dim_etl_batch (
    etl_batch_key integer PRIMARY KEY,
    job_name varchar(100) NOT NULL,
    started_at timestamp NOT NULL,
    finished_at timestamp,
    source_system varchar(30) NOT NULL,
    rows_loaded integer
);

CREATE TABLE dim_country (
    country_key integer PRIMARY KEY,
    iso_code char(2) NOT NULL,
    country_name varchar(60) NOT NULL,
    region_name varchar(40)
);

CREATE TABLE dim_sales_territory (
    sales_territory_key integer PRIMARY KEY,
    territory_code varchar(10) NOT NULL,
    territory_name varchar(50) NOT NULL,
    territory_group varchar(50)
);

CREATE TABLE dim_geography (
    geography_key integer PRIMARY KEY,
    city varchar(60) NOT NULL,
    state_province varchar(60),
    postal_code varchar(15),
    country_key integer NOT NULL REFERENCES dim_country (country_key),
    sales_territory_key integer REFERENCES dim_sales_territory (sales_territory_key)
);

CREATE TABLE dim_currency (
    currency_key integer PRIMARY KEY,
    currency_code char(3) NOT NULL,
    currency_name varchar(40) NOT NULL
);

CREATE TABLE dim_customer_demographics (
    demographics_key integer PRIMARY KEY,
    age_band varchar(10) NOT NULL,
    income_band varchar(20) NOT NULL,
    household_size_band varchar(10) NOT NULL,
    marital_status char(1)
);

CREATE TABLE dim_customer (
    customer_key integer PRIMARY KEY,
    customer_id varchar(20) NOT NULL,
    customer_name varchar(100) NOT NULL,
    email varchar(120),
    customer_segment varchar(20),
    geography_key integer REFERENCES dim_geography (geography_key),
    current_demographics_key integer REFERENCES dim_customer_demographics (demographics_key),
    first_purchase_date_key integer REFERENCES dim_date (date_key),
    row_effective_date date NOT NULL,
    row_expiration_date date NOT NULL,
    is_current_row boolean NOT NULL,
    etl_batch_key integer REFERENCES dim_etl_batch (etl_batch_key)
);

CREATE TABLE dim_product_category (
    product_category_key integer PRIMARY KEY,
    category_code varchar(10) NOT NULL,
    category_name varchar(50) NOT NULL
);

CREATE TABLE dim_product_subcategory (
    product_subcategory_key integer PRIMARY KEY,
    subcategory_code varchar(10) NOT NULL,
    subcategory_name varchar(50) NOT NULL,
    product_category_key integer NOT NULL REFERENCES dim_product_category (product_category_key)
);

CREATE TABLE dim_brand (
    brand_key integer PRIMARY KEY,
    brand_name varchar(50) NOT NULL,
    manufacturer varchar(80)
);

CREATE TABLE dim_product (
    product_key integer PRIMARY KEY,
    product_sku varchar(25) NOT NULL,
    product_name varchar(100) NOT NULL,
    product_subcategory_key integer REFERENCES dim_product_subcategory (product_subcategory_key),
    brand_key integer REFERENCES dim_brand (brand_key),
    standard_cost numeric(12,4),
    list_price numeric(12,4),
    size_range varchar(20),
    color varchar(20),
    row_effective_date date NOT NULL,
    row_expiration_date date NOT NULL,
    is_current_row boolean NOT NULL
);

CREATE TABLE dim_employee (
    employee_key integer PRIMARY KEY,
    employee_id varchar(15) NOT NULL,
    full_name varchar(100) NOT NULL,
    title varchar(50),
    parent_employee_key integer REFERENCES dim_employee (employee_key),
    sales_territory_key integer REFERENCES dim_sales_territory (sales_territory_key),
    hire_date_key integer REFERENCES dim_date (date_key),
    row_effective_date date NOT NULL,
    row_expiration_date date NOT NULL,
    is_current_row boolean NOT NULL
);

CREATE TABLE dim_store (
    store_key integer PRIMARY KEY,
    store_number varchar(10) NOT NULL,
    store_name varchar(60) NOT NULL,
    store_type varchar(20),
    geography_key integer NOT NULL REFERENCES dim_geography (geography_key),
    store_manager_key integer REFERENCES dim_employee (employee_key),
    opened_date_key integer REFERENCES dim_date (date_key),
    floor_area_sqm integer
);

CREATE TABLE dim_promotion (
    promotion_key integer PRIMARY KEY,
    promotion_code varchar(20) NOT NULL,
    promotion_name varchar(80) NOT NULL,
    discount_pct numeric(5,2),
    promo_start_date_key integer REFERENCES dim_date (date_key),
    promo_end_date_key integer REFERENCES dim_date (date_key)
);

CREATE TABLE dim_channel (
    channel_key integer PRIMARY KEY,
    channel_name varchar(30) NOT NULL
);

CREATE TABLE dim_order_profile (
    order_profile_key integer PRIMARY KEY,
    payment_type varchar(20) NOT NULL,
    is_gift boolean NOT NULL,
    order_source varchar(20) NOT NULL
);

CREATE TABLE dim_ship_mode (
    ship_mode_key integer PRIMARY KEY,
    ship_mode_name varchar(30) NOT NULL,
    carrier varchar(40)
);

CREATE TABLE dim_warehouse (
    warehouse_key integer PRIMARY KEY,
    warehouse_code varchar(10) NOT NULL,
    warehouse_name varchar(60) NOT NULL,
    geography_key integer REFERENCES dim_geography (geography_key)
);

CREATE TABLE dim_supplier (
    supplier_key integer PRIMARY KEY,
    supplier_id varchar(20) NOT NULL,
    supplier_name varchar(100) NOT NULL,
    geography_key integer REFERENCES dim_geography (geography_key),
    row_effective_date date NOT NULL,
    row_expiration_date date NOT NULL,
    is_current_row boolean NOT NULL
);

CREATE TABLE dim_account (
    account_key integer PRIMARY KEY,
    account_code varchar(12) NOT NULL,
    account_description varchar(80) NOT NULL,
    account_type varchar(20) NOT NULL,
    parent_account_key integer REFERENCES dim_account (account_key)
);

CREATE TABLE dim_organization (
    organization_key integer PRIMARY KEY,
    organization_name varchar(80) NOT NULL,
    parent_organization_key integer REFERENCES dim_organization (organization_key),
    currency_key integer REFERENCES dim_currency (currency_key)
);

CREATE TABLE dim_scenario (
    scenario_key integer PRIMARY KEY,
    scenario_name varchar(20) NOT NULL
);

CREATE TABLE dim_sales_rep_group (
    sales_rep_group_key integer PRIMARY KEY,
    group_description varchar(100)
);

CREATE TABLE bridge_sales_rep_group (
    sales_rep_group_key integer NOT NULL REFERENCES dim_sales_rep_group (sales_rep_group_key),
    employee_key integer NOT NULL REFERENCES dim_employee (employee_key),
    allocation_factor numeric(6,5) NOT NULL,
    PRIMARY KEY (sales_rep_group_key, employee_key)
);

CREATE TABLE bridge_product_supplier (
    product_key integer NOT NULL REFERENCES dim_product (product_key),
    supplier_key integer NOT NULL REFERENCES dim_supplier (supplier_key),
    is_primary boolean NOT NULL,
    PRIMARY KEY (product_key, supplier_key)
);

CREATE TABLE fact_sales (
    sales_order_number varchar(20) NOT NULL,
    sales_order_line smallint NOT NULL,
    order_date_key integer NOT NULL REFERENCES dim_date (date_key),
    ship_date_key integer REFERENCES dim_date (date_key),
    due_date_key integer REFERENCES dim_date (date_key),
    order_time_key integer REFERENCES dim_time_of_day (time_key),
    customer_key integer NOT NULL REFERENCES dim_customer (customer_key),
    demographics_key integer REFERENCES dim_customer_demographics (demographics_key),
    product_key integer NOT NULL REFERENCES dim_product (product_key),
    store_key integer REFERENCES dim_store (store_key),
    promotion_key integer REFERENCES dim_promotion (promotion_key),
    channel_key integer NOT NULL REFERENCES dim_channel (channel_key),
    order_profile_key integer REFERENCES dim_order_profile (order_profile_key),
    ship_mode_key integer REFERENCES dim_ship_mode (ship_mode_key),
    currency_key integer NOT NULL REFERENCES dim_currency (currency_key),
    sales_rep_group_key integer REFERENCES dim_sales_rep_group (sales_rep_group_key),
    etl_batch_key integer NOT NULL REFERENCES dim_etl_batch (etl_batch_key),
    quantity integer NOT NULL,
    unit_price numeric(12,4) NOT NULL,
    discount_amount numeric(12,2),
    extended_amount numeric(14,2) NOT NULL,
    cost_amount numeric(14,2),
    tax_amount numeric(12,2),
    PRIMARY KEY (sales_order_number, sales_order_line)
);

CREATE TABLE fact_sales_return (
    return_number varchar(20) PRIMARY KEY,
    return_date_key integer NOT NULL REFERENCES dim_date (date_key),
    original_order_date_key integer REFERENCES dim_date (date_key),
    customer_key integer NOT NULL REFERENCES dim_customer (customer_key),
    product_key integer NOT NULL REFERENCES dim_product (product_key),
    store_key integer REFERENCES dim_store (store_key),
    sales_order_number varchar(20),
    sales_order_line smallint,
    return_quantity integer NOT NULL,
    return_amount numeric(14,2) NOT NULL,
    return_reason varchar(40),
    etl_batch_key integer NOT NULL REFERENCES dim_etl_batch (etl_batch_key),
    FOREIGN KEY (sales_order_number, sales_order_line)
        REFERENCES fact_sales (sales_order_number, sales_order_line)
);

CREATE TABLE fact_inventory_snapshot (
    snapshot_date_key integer NOT NULL REFERENCES dim_date (date_key),
    product_key integer NOT NULL REFERENCES dim_product (product_key),
    warehouse_key integer NOT NULL REFERENCES dim_warehouse (warehouse_key),
    units_on_hand integer NOT NULL,
    units_on_order integer NOT NULL,
    days_of_supply numeric(8,2),
    inventory_value numeric(14,2),
    PRIMARY KEY (snapshot_date_key, product_key, warehouse_key)
);

CREATE TABLE fact_purchase_order_line (
    purchase_order_number varchar(20) NOT NULL,
    line_number smallint NOT NULL,
    order_date_key integer NOT NULL REFERENCES dim_date (date_key),
    expected_date_key integer REFERENCES dim_date (date_key),
    received_date_key integer REFERENCES dim_date (date_key),
    supplier_key integer NOT NULL REFERENCES dim_supplier (supplier_key),
    product_key integer NOT NULL REFERENCES dim_product (product_key),
    warehouse_key integer REFERENCES dim_warehouse (warehouse_key),
    buyer_employee_key integer REFERENCES dim_employee (employee_key),
    ordered_quantity integer NOT NULL,
    received_quantity integer,
    unit_cost numeric(12,4),
    PRIMARY KEY (purchase_order_number, line_number)
);

CREATE TABLE fact_finance (
    finance_key integer PRIMARY KEY,
    date_key integer NOT NULL REFERENCES dim_date (date_key),
    organization_key integer NOT NULL REFERENCES dim_organization (organization_key),
    account_key integer NOT NULL REFERENCES dim_account (account_key),
    scenario_key integer NOT NULL REFERENCES dim_scenario (scenario_key),
    amount numeric(16,2) NOT NULL,
    etl_batch_key integer REFERENCES dim_etl_batch (etl_batch_key)
);

CREATE TABLE fact_currency_rate (
    currency_key integer NOT NULL REFERENCES dim_currency (currency_key),
    date_key integer NOT NULL REFERENCES dim_date (date_key),
    average_rate numeric(14,6) NOT NULL,
    end_of_day_rate numeric(14,6) NOT NULL,
    PRIMARY KEY (currency_key, date_key)
);

CREATE TABLE fact_sales_quota (
    employee_key integer NOT NULL REFERENCES dim_employee (employee_key),
    quarter_start_date_key integer NOT NULL REFERENCES dim_date (date_key),
    sales_territory_key integer REFERENCES dim_sales_territory (sales_territory_key),
    quota_amount numeric(14,2) NOT NULL,
    PRIMARY KEY (employee_key, quarter_start_date_key)
);

CREATE TABLE fact_web_session (
    session_id varchar(40) PRIMARY KEY,
    session_date_key integer NOT NULL REFERENCES dim_date (date_key),
    session_start_time_key integer REFERENCES dim_time_of_day (time_key),
    customer_key integer REFERENCES dim_customer (customer_key),
    channel_key integer REFERENCES dim_channel (channel_key),
    landing_product_key integer REFERENCES dim_product (product_key),
    page_views integer NOT NULL,
    session_seconds integer NOT NULL,
    converted boolean NOT NULL
);
