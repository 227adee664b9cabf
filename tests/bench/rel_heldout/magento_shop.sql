-- magento_shop.sql: a fifth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind5). The tables of a Magento 2
-- style shop with its EAV catalogue, written for this bench by an author who
-- had not read the inference code. Magento conventions: entity tables keyed
-- by `entity_id` (catalog_product_entity, customer_entity, sales_order,
-- quote), other tables by <name>_id (store_id, website_id, attribute_id,
-- item_id, value_id); EAV value tables catalog_product_entity_<type>
-- (entity_id, attribute_id, store_id, value); child tables of an entity point
-- to it through `parent_id` (customer_address_entity, sales_order_address,
-- sales_order_payment, sales_invoice_item, sales_shipment_item) or
-- `order_id`; hierarchies of items (parent_item_id); review.entity_id names
-- a review_entity, not a product (the product is entity_pk_value, not
-- declared). Columns Magento leaves without a constraint (quote_id on
-- sales_order, product_id on sales_order_item, default_billing,
-- billing_address_id, type_id, root_category_id) are not declared here
-- either. The declared foreign keys are the truth. Readable by PostgreSQL,
-- SQLite and Sextant's DDL reader.

CREATE TABLE store_website (
    website_id smallint PRIMARY KEY,
    code varchar(32),
    name varchar(64),
    sort_order smallint NOT NULL DEFAULT 0,
    default_group_id smallint NOT NULL DEFAULT 0,
    is_default smallint DEFAULT 0
);

CREATE TABLE store_group (
    group_id smallint PRIMARY KEY,
    website_id smallint NOT NULL REFERENCES store_website (website_id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    root_category_id integer NOT NULL DEFAULT 0,
    default_store_id smallint NOT NULL DEFAULT 0,
    code varchar(32)
);

CREATE TABLE store (
    store_id smallint PRIMARY KEY,
    code varchar(32),
    website_id smallint NOT NULL REFERENCES store_website (website_id) ON DELETE CASCADE,
    group_id smallint NOT NULL REFERENCES store_group (group_id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    sort_order smallint NOT NULL DEFAULT 0,
    is_active smallint NOT NULL DEFAULT 0
);

CREATE TABLE eav_entity_type (
    entity_type_id smallint PRIMARY KEY,
    entity_type_code varchar(50) NOT NULL,
    entity_model varchar(255) NOT NULL,
    attribute_model varchar(255),
    entity_table varchar(255),
    value_table_prefix varchar(255),
    entity_id_field varchar(255),
    default_attribute_set_id smallint NOT NULL DEFAULT 0,
    increment_model varchar(255)
);

CREATE TABLE eav_attribute (
    attribute_id smallint PRIMARY KEY,
    entity_type_id smallint NOT NULL REFERENCES eav_entity_type (entity_type_id) ON DELETE CASCADE,
    attribute_code varchar(255) NOT NULL,
    attribute_model varchar(255),
    backend_model varchar(255),
    backend_type varchar(8) NOT NULL DEFAULT 'static',
    frontend_input varchar(50),
    frontend_label varchar(255),
    source_model varchar(255),
    is_required smallint NOT NULL DEFAULT 0,
    is_user_defined smallint NOT NULL DEFAULT 0,
    default_value text,
    is_unique smallint NOT NULL DEFAULT 0
);

CREATE TABLE eav_attribute_set (
    attribute_set_id smallint PRIMARY KEY,
    entity_type_id smallint NOT NULL REFERENCES eav_entity_type (entity_type_id) ON DELETE CASCADE,
    attribute_set_name varchar(255),
    sort_order smallint NOT NULL DEFAULT 0
);

CREATE TABLE eav_attribute_group (
    attribute_group_id smallint PRIMARY KEY,
    attribute_set_id smallint NOT NULL REFERENCES eav_attribute_set (attribute_set_id) ON DELETE CASCADE,
    attribute_group_name varchar(255),
    sort_order smallint NOT NULL DEFAULT 0,
    default_id smallint DEFAULT 0,
    attribute_group_code varchar(255) NOT NULL,
    tab_group_code varchar(255)
);

CREATE TABLE eav_entity_attribute (
    entity_attribute_id integer PRIMARY KEY,
    entity_type_id smallint NOT NULL DEFAULT 0,
    attribute_set_id smallint NOT NULL REFERENCES eav_attribute_set (attribute_set_id) ON DELETE CASCADE,
    attribute_group_id smallint NOT NULL REFERENCES eav_attribute_group (attribute_group_id) ON DELETE CASCADE,
    attribute_id smallint NOT NULL REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    sort_order smallint NOT NULL DEFAULT 0
);

CREATE TABLE eav_attribute_option (
    option_id integer PRIMARY KEY,
    attribute_id smallint NOT NULL REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    sort_order smallint NOT NULL DEFAULT 0
);

CREATE TABLE eav_attribute_option_value (
    value_id integer PRIMARY KEY,
    option_id integer NOT NULL REFERENCES eav_attribute_option (option_id) ON DELETE CASCADE,
    store_id smallint NOT NULL REFERENCES store (store_id) ON DELETE CASCADE,
    value varchar(255)
);

CREATE TABLE catalog_product_entity (
    entity_id integer PRIMARY KEY,
    attribute_set_id smallint NOT NULL REFERENCES eav_attribute_set (attribute_set_id) ON DELETE CASCADE,
    type_id varchar(32) NOT NULL DEFAULT 'simple',
    sku varchar(64) NOT NULL,
    has_options smallint NOT NULL DEFAULT 0,
    required_options smallint NOT NULL DEFAULT 0,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE catalog_product_entity_varchar (
    value_id integer PRIMARY KEY,
    attribute_id smallint NOT NULL REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    store_id smallint NOT NULL REFERENCES store (store_id) ON DELETE CASCADE,
    entity_id integer NOT NULL REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
    value varchar(255)
);

CREATE TABLE catalog_product_entity_int (
    value_id integer PRIMARY KEY,
    attribute_id smallint NOT NULL REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    store_id smallint NOT NULL REFERENCES store (store_id) ON DELETE CASCADE,
    entity_id integer NOT NULL REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
    value integer
);

CREATE TABLE catalog_product_entity_decimal (
    value_id integer PRIMARY KEY,
    attribute_id smallint NOT NULL REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    store_id smallint NOT NULL REFERENCES store (store_id) ON DELETE CASCADE,
    entity_id integer NOT NULL REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
    value decimal(20,6)
);

CREATE TABLE catalog_category_entity (
    entity_id integer PRIMARY KEY,
    attribute_set_id smallint NOT NULL DEFAULT 0,
    parent_id integer NOT NULL DEFAULT 0,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    path varchar(255) NOT NULL,
    position integer NOT NULL,
    level integer NOT NULL DEFAULT 0,
    children_count integer NOT NULL
);

CREATE TABLE catalog_category_entity_varchar (
    value_id integer PRIMARY KEY,
    attribute_id smallint NOT NULL REFERENCES eav_attribute (attribute_id) ON DELETE CASCADE,
    store_id smallint NOT NULL REFERENCES store (store_id) ON DELETE CASCADE,
    entity_id integer NOT NULL REFERENCES catalog_category_entity (entity_id) ON DELETE CASCADE,
    value varchar(255)
);

CREATE TABLE catalog_category_product (
    entity_id integer NOT NULL,
    category_id integer NOT NULL REFERENCES catalog_category_entity (entity_id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
    position integer NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, category_id, product_id)
);

CREATE TABLE catalog_product_website (
    product_id integer NOT NULL REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
    website_id smallint NOT NULL REFERENCES store_website (website_id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, website_id)
);

CREATE TABLE catalog_product_link_type (
    link_type_id smallint PRIMARY KEY,
    code varchar(32)
);

CREATE TABLE catalog_product_link (
    link_id integer PRIMARY KEY,
    product_id integer NOT NULL REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
    linked_product_id integer NOT NULL REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
    link_type_id smallint NOT NULL REFERENCES catalog_product_link_type (link_type_id) ON DELETE CASCADE
);

CREATE TABLE catalog_product_super_link (
    link_id integer PRIMARY KEY,
    product_id integer NOT NULL REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
    parent_id integer NOT NULL REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE
);

CREATE TABLE cataloginventory_stock (
    stock_id smallint PRIMARY KEY,
    website_id smallint NOT NULL,
    stock_name varchar(255)
);

CREATE TABLE cataloginventory_stock_item (
    item_id integer PRIMARY KEY,
    product_id integer NOT NULL REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
    stock_id smallint NOT NULL REFERENCES cataloginventory_stock (stock_id) ON DELETE CASCADE,
    qty decimal(12,4),
    min_qty decimal(12,4) NOT NULL DEFAULT 0,
    is_in_stock smallint NOT NULL DEFAULT 0,
    low_stock_date timestamp,
    website_id smallint NOT NULL DEFAULT 0
);

CREATE TABLE tax_class (
    class_id smallint PRIMARY KEY,
    class_name varchar(255) NOT NULL,
    class_type varchar(8) NOT NULL DEFAULT 'CUSTOMER'
);

CREATE TABLE customer_group (
    customer_group_id integer PRIMARY KEY,
    customer_group_code varchar(32) NOT NULL,
    tax_class_id integer NOT NULL REFERENCES tax_class (class_id)
);

CREATE TABLE directory_country (
    country_id varchar(2) PRIMARY KEY,
    iso2_code varchar(2),
    iso3_code varchar(3)
);

CREATE TABLE customer_entity (
    entity_id integer PRIMARY KEY,
    website_id smallint REFERENCES store_website (website_id) ON DELETE SET NULL,
    email varchar(255),
    group_id integer NOT NULL REFERENCES customer_group (customer_group_id),
    increment_id varchar(50),
    store_id smallint REFERENCES store (store_id) ON DELETE SET NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    is_active smallint NOT NULL DEFAULT 1,
    created_in varchar(255),
    firstname varchar(255),
    lastname varchar(255),
    dob date,
    password_hash varchar(128),
    default_billing integer,
    default_shipping integer,
    gender smallint
);

CREATE TABLE customer_address_entity (
    entity_id integer PRIMARY KEY,
    increment_id varchar(50),
    parent_id integer REFERENCES customer_entity (entity_id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    is_active smallint NOT NULL DEFAULT 1,
    city varchar(255) NOT NULL,
    company varchar(255),
    country_id varchar(255) NOT NULL REFERENCES directory_country (country_id),
    firstname varchar(255) NOT NULL,
    lastname varchar(255) NOT NULL,
    postcode varchar(255),
    region varchar(255),
    region_id integer,
    street text NOT NULL,
    telephone varchar(255) NOT NULL
);

CREATE TABLE quote (
    entity_id integer PRIMARY KEY,
    store_id smallint NOT NULL REFERENCES store (store_id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp,
    is_active smallint DEFAULT 1,
    items_count integer DEFAULT 0,
    items_qty decimal(12,4) DEFAULT 0,
    base_currency_code varchar(255),
    quote_currency_code varchar(255),
    grand_total decimal(20,4) DEFAULT 0,
    base_grand_total decimal(20,4) DEFAULT 0,
    customer_id integer REFERENCES customer_entity (entity_id) ON DELETE SET NULL,
    customer_group_id integer DEFAULT 0,
    customer_email varchar(255),
    customer_is_guest smallint DEFAULT 0,
    reserved_order_id varchar(64),
    remote_ip varchar(45)
);

CREATE TABLE quote_item (
    item_id integer PRIMARY KEY,
    quote_id integer NOT NULL REFERENCES quote (entity_id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    product_id integer REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
    store_id smallint REFERENCES store (store_id) ON DELETE SET NULL,
    parent_item_id integer REFERENCES quote_item (item_id) ON DELETE CASCADE,
    is_virtual smallint,
    sku varchar(255),
    name varchar(255),
    qty decimal(12,4) NOT NULL DEFAULT 0,
    price decimal(12,4) NOT NULL DEFAULT 0,
    row_total decimal(20,4) NOT NULL DEFAULT 0,
    product_type varchar(255)
);

CREATE TABLE sales_order (
    entity_id integer PRIMARY KEY,
    state varchar(32),
    status varchar(32),
    store_id smallint REFERENCES store (store_id) ON DELETE SET NULL,
    customer_id integer REFERENCES customer_entity (entity_id) ON DELETE SET NULL,
    quote_id integer,
    billing_address_id integer,
    shipping_address_id integer,
    increment_id varchar(32),
    base_grand_total decimal(20,4),
    grand_total decimal(20,4),
    total_paid decimal(20,4),
    order_currency_code varchar(3),
    customer_email varchar(128),
    customer_firstname varchar(128),
    customer_lastname varchar(128),
    customer_group_id integer,
    customer_is_guest smallint,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE sales_order_item (
    item_id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES sales_order (entity_id) ON DELETE CASCADE,
    parent_item_id integer REFERENCES sales_order_item (item_id) ON DELETE CASCADE,
    quote_item_id integer,
    store_id smallint REFERENCES store (store_id) ON DELETE SET NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    product_id integer,
    product_type varchar(255),
    sku varchar(255),
    name varchar(255),
    qty_ordered decimal(12,4) DEFAULT 0,
    qty_invoiced decimal(12,4) DEFAULT 0,
    qty_shipped decimal(12,4) DEFAULT 0,
    price decimal(12,4) NOT NULL DEFAULT 0,
    row_total decimal(20,4) NOT NULL DEFAULT 0
);

CREATE TABLE sales_order_address (
    entity_id integer PRIMARY KEY,
    parent_id integer REFERENCES sales_order (entity_id) ON DELETE CASCADE,
    customer_address_id integer,
    quote_address_id integer,
    region_id integer,
    customer_id integer,
    address_type varchar(255),
    firstname varchar(255),
    lastname varchar(255),
    street varchar(255),
    city varchar(255),
    postcode varchar(255),
    country_id varchar(2),
    telephone varchar(255)
);

CREATE TABLE sales_order_payment (
    entity_id integer PRIMARY KEY,
    parent_id integer NOT NULL REFERENCES sales_order (entity_id) ON DELETE CASCADE,
    method varchar(128),
    amount_ordered decimal(20,4),
    amount_paid decimal(20,4),
    last_trans_id varchar(255),
    cc_type varchar(32),
    cc_last_4 varchar(100)
);

CREATE TABLE sales_order_status_history (
    entity_id integer PRIMARY KEY,
    parent_id integer NOT NULL REFERENCES sales_order (entity_id) ON DELETE CASCADE,
    is_customer_notified integer,
    is_visible_on_front smallint NOT NULL DEFAULT 0,
    comment text,
    status varchar(32),
    created_at timestamp NOT NULL,
    entity_name varchar(32)
);

CREATE TABLE sales_invoice (
    entity_id integer PRIMARY KEY,
    store_id smallint REFERENCES store (store_id) ON DELETE SET NULL,
    order_id integer NOT NULL REFERENCES sales_order (entity_id) ON DELETE CASCADE,
    billing_address_id integer,
    state integer,
    increment_id varchar(50),
    grand_total decimal(20,4),
    base_grand_total decimal(20,4),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE sales_invoice_item (
    entity_id integer PRIMARY KEY,
    parent_id integer NOT NULL REFERENCES sales_invoice (entity_id) ON DELETE CASCADE,
    order_item_id integer,
    product_id integer,
    sku varchar(255),
    name varchar(255),
    qty decimal(12,4),
    price decimal(20,4),
    row_total decimal(20,4)
);

CREATE TABLE sales_shipment (
    entity_id integer PRIMARY KEY,
    store_id smallint REFERENCES store (store_id) ON DELETE SET NULL,
    order_id integer NOT NULL REFERENCES sales_order (entity_id) ON DELETE CASCADE,
    customer_id integer,
    shipping_address_id integer,
    increment_id varchar(50),
    total_qty decimal(12,4),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE sales_shipment_item (
    entity_id integer PRIMARY KEY,
    parent_id integer NOT NULL REFERENCES sales_shipment (entity_id) ON DELETE CASCADE,
    order_item_id integer,
    product_id integer,
    sku varchar(255),
    name varchar(255),
    qty decimal(12,4),
    weight decimal(12,4)
);

CREATE TABLE sales_shipment_track (
    entity_id integer PRIMARY KEY,
    parent_id integer NOT NULL REFERENCES sales_shipment (entity_id) ON DELETE CASCADE,
    order_id integer NOT NULL REFERENCES sales_order (entity_id) ON DELETE CASCADE,
    track_number text,
    title varchar(255),
    carrier_code varchar(32),
    created_at timestamp NOT NULL
);

CREATE TABLE review_entity (
    entity_id smallint PRIMARY KEY,
    entity_code varchar(32) NOT NULL
);

CREATE TABLE review_status (
    status_id smallint PRIMARY KEY,
    status_code varchar(32) NOT NULL
);

CREATE TABLE review (
    review_id bigint PRIMARY KEY,
    created_at timestamp NOT NULL,
    entity_id smallint NOT NULL REFERENCES review_entity (entity_id) ON DELETE CASCADE,
    entity_pk_value integer NOT NULL DEFAULT 0,
    status_id smallint NOT NULL REFERENCES review_status (status_id) ON DELETE CASCADE
);

CREATE TABLE review_detail (
    detail_id bigint PRIMARY KEY,
    review_id bigint NOT NULL REFERENCES review (review_id) ON DELETE CASCADE,
    store_id smallint REFERENCES store (store_id) ON DELETE SET NULL,
    title varchar(255) NOT NULL,
    detail text NOT NULL,
    nickname varchar(128) NOT NULL,
    customer_id integer REFERENCES customer_entity (entity_id) ON DELETE SET NULL
);
