-- wordpress_woo.sql: a sixth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind6). The tables of a WordPress
-- site with WooCommerce (its custom order tables and analytics lookup
-- tables), written for this bench by an author who had not read the
-- inference code. WordPress conventions: every table prefixed `wp_`; the two
-- big entities keyed by an uppercase `ID` (wp_users, wp_posts), the others
-- by `<entity>_id` or `meta_id`; post_author -> wp_users.ID, post_parent a
-- self reference, comment_post_ID / comment_parent on wp_comments; meta
-- tables (key / value) hanging off their entity; terms, taxonomies and
-- their relation to any object (object_id -> wp_posts.ID); WooCommerce
-- products and coupons are posts (product_id, variation_id, coupon_id ->
-- wp_posts.ID), orders live in wp_wc_orders (HPOS), its order items in
-- wp_woocommerce_order_items; the analytics tables point to
-- wp_wc_customer_lookup through a `customer_id` that is not a user id.
-- WordPress declares no constraints; the foreign keys declared here are the
-- references its code makes, and they are the truth. Readable by
-- PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE wp_users (
    ID bigint PRIMARY KEY,
    user_login varchar(60) NOT NULL,
    user_pass varchar(255) NOT NULL,
    user_nicename varchar(50) NOT NULL,
    user_email varchar(100) NOT NULL,
    user_url varchar(100) NOT NULL,
    user_registered timestamp NOT NULL,
    user_activation_key varchar(255) NOT NULL,
    user_status integer NOT NULL DEFAULT 0,
    display_name varchar(250) NOT NULL
);

CREATE TABLE wp_usermeta (
    umeta_id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES wp_users (ID),
    meta_key varchar(255),
    meta_value text
);

CREATE TABLE wp_posts (
    ID bigint PRIMARY KEY,
    post_author bigint NOT NULL REFERENCES wp_users (ID),
    post_date timestamp NOT NULL,
    post_date_gmt timestamp NOT NULL,
    post_content text NOT NULL,
    post_title text NOT NULL,
    post_excerpt text NOT NULL,
    post_status varchar(20) NOT NULL,
    comment_status varchar(20) NOT NULL,
    ping_status varchar(20) NOT NULL,
    post_password varchar(255) NOT NULL,
    post_name varchar(200) NOT NULL,
    to_ping text NOT NULL,
    pinged text NOT NULL,
    post_modified timestamp NOT NULL,
    post_modified_gmt timestamp NOT NULL,
    post_content_filtered text NOT NULL,
    post_parent bigint REFERENCES wp_posts (ID),
    guid varchar(255) NOT NULL,
    menu_order integer NOT NULL DEFAULT 0,
    post_type varchar(20) NOT NULL,
    post_mime_type varchar(100) NOT NULL,
    comment_count bigint NOT NULL DEFAULT 0
);

CREATE TABLE wp_postmeta (
    meta_id bigint PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES wp_posts (ID),
    meta_key varchar(255),
    meta_value text
);

CREATE TABLE wp_comments (
    comment_ID bigint PRIMARY KEY,
    comment_post_ID bigint NOT NULL REFERENCES wp_posts (ID),
    comment_author text NOT NULL,
    comment_author_email varchar(100) NOT NULL,
    comment_author_url varchar(200) NOT NULL,
    comment_author_IP varchar(100) NOT NULL,
    comment_date timestamp NOT NULL,
    comment_date_gmt timestamp NOT NULL,
    comment_content text NOT NULL,
    comment_karma integer NOT NULL DEFAULT 0,
    comment_approved varchar(20) NOT NULL,
    comment_agent varchar(255) NOT NULL,
    comment_type varchar(20) NOT NULL,
    comment_parent bigint REFERENCES wp_comments (comment_ID),
    user_id bigint REFERENCES wp_users (ID)
);

CREATE TABLE wp_commentmeta (
    meta_id bigint PRIMARY KEY,
    comment_id bigint NOT NULL REFERENCES wp_comments (comment_ID),
    meta_key varchar(255),
    meta_value text
);

CREATE TABLE wp_terms (
    term_id bigint PRIMARY KEY,
    name varchar(200) NOT NULL,
    slug varchar(200) NOT NULL,
    term_group bigint NOT NULL DEFAULT 0
);

CREATE TABLE wp_termmeta (
    meta_id bigint PRIMARY KEY,
    term_id bigint NOT NULL REFERENCES wp_terms (term_id),
    meta_key varchar(255),
    meta_value text
);

-- parent is the term_id of the parent term, not a term_taxonomy_id.
CREATE TABLE wp_term_taxonomy (
    term_taxonomy_id bigint PRIMARY KEY,
    term_id bigint NOT NULL REFERENCES wp_terms (term_id),
    taxonomy varchar(32) NOT NULL,
    description text NOT NULL,
    parent bigint REFERENCES wp_terms (term_id),
    count bigint NOT NULL DEFAULT 0
);

CREATE TABLE wp_term_relationships (
    object_id bigint NOT NULL REFERENCES wp_posts (ID),
    term_taxonomy_id bigint NOT NULL REFERENCES wp_term_taxonomy (term_taxonomy_id),
    term_order integer NOT NULL DEFAULT 0,
    PRIMARY KEY (object_id, term_taxonomy_id)
);

CREATE TABLE wp_options (
    option_id bigint PRIMARY KEY,
    option_name varchar(191) NOT NULL,
    option_value text NOT NULL,
    autoload varchar(20) NOT NULL
);

CREATE TABLE wp_links (
    link_id bigint PRIMARY KEY,
    link_url varchar(255) NOT NULL,
    link_name varchar(255) NOT NULL,
    link_image varchar(255) NOT NULL,
    link_target varchar(25) NOT NULL,
    link_description varchar(255) NOT NULL,
    link_visible varchar(20) NOT NULL,
    link_owner bigint NOT NULL REFERENCES wp_users (ID),
    link_rating integer NOT NULL DEFAULT 0,
    link_updated timestamp NOT NULL,
    link_rel varchar(255) NOT NULL,
    link_notes text NOT NULL,
    link_rss varchar(255) NOT NULL
);

CREATE TABLE wp_wc_orders (
    id bigint PRIMARY KEY,
    status varchar(20),
    currency varchar(10),
    type varchar(20),
    tax_amount decimal(26, 8),
    total_amount decimal(26, 8),
    customer_id bigint REFERENCES wp_users (ID),
    billing_email varchar(320),
    date_created_gmt timestamp,
    date_updated_gmt timestamp,
    parent_order_id bigint REFERENCES wp_wc_orders (id),
    payment_method varchar(100),
    payment_method_title text,
    transaction_id varchar(100),
    ip_address varchar(100),
    user_agent text,
    customer_note text
);

CREATE TABLE wp_wc_order_addresses (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES wp_wc_orders (id),
    address_type varchar(20),
    first_name text,
    last_name text,
    company text,
    address_1 text,
    address_2 text,
    city text,
    state text,
    postcode text,
    country text,
    email varchar(320),
    phone varchar(100)
);

CREATE TABLE wp_wc_order_operational_data (
    id bigint PRIMARY KEY,
    order_id bigint REFERENCES wp_wc_orders (id),
    created_via varchar(100),
    woocommerce_version varchar(20),
    prices_include_tax smallint,
    coupon_usages_are_counted smallint,
    download_permission_granted smallint,
    cart_hash varchar(100),
    new_order_email_sent smallint,
    order_key varchar(100),
    order_stock_reduced smallint,
    date_paid_gmt timestamp,
    date_completed_gmt timestamp,
    shipping_tax_amount decimal(26, 8),
    shipping_total_amount decimal(26, 8),
    discount_tax_amount decimal(26, 8),
    discount_total_amount decimal(26, 8),
    recorded_sales smallint
);

CREATE TABLE wp_wc_orders_meta (
    id bigint PRIMARY KEY,
    order_id bigint REFERENCES wp_wc_orders (id),
    meta_key varchar(255),
    meta_value text
);

CREATE TABLE wp_woocommerce_order_items (
    order_item_id bigint PRIMARY KEY,
    order_item_name text NOT NULL,
    order_item_type varchar(200) NOT NULL,
    order_id bigint NOT NULL REFERENCES wp_wc_orders (id)
);

CREATE TABLE wp_woocommerce_order_itemmeta (
    meta_id bigint PRIMARY KEY,
    order_item_id bigint NOT NULL REFERENCES wp_woocommerce_order_items (order_item_id),
    meta_key varchar(255),
    meta_value text
);

CREATE TABLE wp_wc_customer_lookup (
    customer_id bigint PRIMARY KEY,
    user_id bigint REFERENCES wp_users (ID),
    username varchar(60) NOT NULL,
    first_name varchar(255) NOT NULL,
    last_name varchar(255) NOT NULL,
    email varchar(100),
    date_last_active timestamp,
    date_registered timestamp,
    country char(2) NOT NULL,
    postcode varchar(20) NOT NULL,
    city varchar(100) NOT NULL,
    state varchar(100) NOT NULL
);

CREATE TABLE wp_wc_order_stats (
    order_id bigint PRIMARY KEY REFERENCES wp_wc_orders (id),
    parent_id bigint REFERENCES wp_wc_orders (id),
    date_created timestamp NOT NULL,
    date_created_gmt timestamp NOT NULL,
    date_paid timestamp,
    date_completed timestamp,
    num_items_sold integer NOT NULL DEFAULT 0,
    total_sales double precision NOT NULL DEFAULT 0,
    tax_total double precision NOT NULL DEFAULT 0,
    shipping_total double precision NOT NULL DEFAULT 0,
    net_total double precision NOT NULL DEFAULT 0,
    returning_customer smallint,
    status varchar(200) NOT NULL,
    customer_id bigint NOT NULL REFERENCES wp_wc_customer_lookup (customer_id)
);

CREATE TABLE wp_wc_order_product_lookup (
    order_item_id bigint PRIMARY KEY REFERENCES wp_woocommerce_order_items (order_item_id),
    order_id bigint NOT NULL REFERENCES wp_wc_orders (id),
    product_id bigint NOT NULL REFERENCES wp_posts (ID),
    variation_id bigint REFERENCES wp_posts (ID),
    customer_id bigint REFERENCES wp_wc_customer_lookup (customer_id),
    date_created timestamp NOT NULL,
    product_qty integer NOT NULL,
    product_net_revenue double precision NOT NULL DEFAULT 0,
    product_gross_revenue double precision NOT NULL DEFAULT 0,
    coupon_amount double precision NOT NULL DEFAULT 0,
    tax_amount double precision NOT NULL DEFAULT 0,
    shipping_amount double precision NOT NULL DEFAULT 0,
    shipping_tax_amount double precision NOT NULL DEFAULT 0
);

CREATE TABLE wp_wc_order_coupon_lookup (
    order_id bigint NOT NULL REFERENCES wp_wc_orders (id),
    coupon_id bigint NOT NULL REFERENCES wp_posts (ID),
    date_created timestamp NOT NULL,
    discount_amount double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, coupon_id)
);

CREATE TABLE wp_woocommerce_tax_rates (
    tax_rate_id bigint PRIMARY KEY,
    tax_rate_country varchar(2) NOT NULL,
    tax_rate_state varchar(200) NOT NULL,
    tax_rate varchar(8) NOT NULL,
    tax_rate_name varchar(200) NOT NULL,
    tax_rate_priority bigint NOT NULL,
    tax_rate_compound integer NOT NULL DEFAULT 0,
    tax_rate_shipping integer NOT NULL DEFAULT 1,
    tax_rate_order bigint NOT NULL,
    tax_rate_class varchar(200) NOT NULL
);

CREATE TABLE wp_woocommerce_tax_rate_locations (
    location_id bigint PRIMARY KEY,
    location_code varchar(200) NOT NULL,
    tax_rate_id bigint NOT NULL REFERENCES wp_woocommerce_tax_rates (tax_rate_id),
    location_type varchar(40) NOT NULL
);

CREATE TABLE wp_wc_order_tax_lookup (
    order_id bigint NOT NULL REFERENCES wp_wc_orders (id),
    tax_rate_id bigint NOT NULL REFERENCES wp_woocommerce_tax_rates (tax_rate_id),
    date_created timestamp NOT NULL,
    shipping_tax double precision NOT NULL DEFAULT 0,
    order_tax double precision NOT NULL DEFAULT 0,
    total_tax double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, tax_rate_id)
);

CREATE TABLE wp_wc_product_meta_lookup (
    product_id bigint PRIMARY KEY REFERENCES wp_posts (ID),
    sku varchar(100),
    global_unique_id varchar(100),
    virtual smallint DEFAULT 0,
    downloadable smallint DEFAULT 0,
    min_price decimal(19, 4),
    max_price decimal(19, 4),
    onsale smallint DEFAULT 0,
    stock_quantity double precision,
    stock_status varchar(100),
    rating_count bigint DEFAULT 0,
    average_rating decimal(3, 2) DEFAULT 0,
    total_sales bigint DEFAULT 0,
    tax_status varchar(100),
    tax_class varchar(100)
);

CREATE TABLE wp_wc_product_attributes_lookup (
    product_id bigint NOT NULL REFERENCES wp_posts (ID),
    product_or_parent_id bigint NOT NULL REFERENCES wp_posts (ID),
    taxonomy varchar(32) NOT NULL,
    term_id bigint NOT NULL REFERENCES wp_terms (term_id),
    is_variation_attribute smallint NOT NULL,
    in_stock smallint NOT NULL,
    PRIMARY KEY (product_or_parent_id, term_id, product_id, taxonomy)
);

CREATE TABLE wp_woocommerce_sessions (
    session_id bigint PRIMARY KEY,
    session_key varchar(32) NOT NULL,
    session_value text NOT NULL,
    session_expiry bigint NOT NULL
);

CREATE TABLE wp_woocommerce_api_keys (
    key_id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES wp_users (ID),
    description varchar(200),
    permissions varchar(10) NOT NULL,
    consumer_key char(64) NOT NULL,
    consumer_secret char(43) NOT NULL,
    nonces text,
    truncated_key char(7) NOT NULL,
    last_access timestamp
);

CREATE TABLE wp_woocommerce_downloadable_product_permissions (
    permission_id bigint PRIMARY KEY,
    download_id varchar(36) NOT NULL,
    product_id bigint NOT NULL REFERENCES wp_posts (ID),
    order_id bigint NOT NULL REFERENCES wp_wc_orders (id),
    order_key varchar(200) NOT NULL,
    user_email varchar(200) NOT NULL,
    user_id bigint REFERENCES wp_users (ID),
    downloads_remaining varchar(9),
    access_granted timestamp NOT NULL,
    access_expires timestamp,
    download_count bigint NOT NULL DEFAULT 0
);

CREATE TABLE wp_wc_download_log (
    download_log_id bigint PRIMARY KEY,
    "timestamp" timestamp NOT NULL,
    permission_id bigint NOT NULL REFERENCES wp_woocommerce_downloadable_product_permissions (permission_id),
    user_id bigint REFERENCES wp_users (ID),
    user_ip_address varchar(100)
);

CREATE TABLE wp_woocommerce_shipping_zones (
    zone_id bigint PRIMARY KEY,
    zone_name varchar(200) NOT NULL,
    zone_order bigint NOT NULL
);

CREATE TABLE wp_woocommerce_shipping_zone_locations (
    location_id bigint PRIMARY KEY,
    zone_id bigint NOT NULL REFERENCES wp_woocommerce_shipping_zones (zone_id),
    location_code varchar(200) NOT NULL,
    location_type varchar(40) NOT NULL
);

CREATE TABLE wp_woocommerce_shipping_zone_methods (
    instance_id bigint PRIMARY KEY,
    zone_id bigint NOT NULL REFERENCES wp_woocommerce_shipping_zones (zone_id),
    method_id varchar(200) NOT NULL,
    method_order bigint NOT NULL,
    is_enabled smallint NOT NULL DEFAULT 1
);

CREATE TABLE wp_woocommerce_payment_tokens (
    token_id bigint PRIMARY KEY,
    gateway_id varchar(200) NOT NULL,
    token text NOT NULL,
    user_id bigint REFERENCES wp_users (ID),
    type varchar(200) NOT NULL,
    is_default smallint NOT NULL DEFAULT 0
);

CREATE TABLE wp_woocommerce_payment_tokenmeta (
    meta_id bigint PRIMARY KEY,
    payment_token_id bigint NOT NULL REFERENCES wp_woocommerce_payment_tokens (token_id),
    meta_key varchar(255),
    meta_value text
);

CREATE TABLE wp_wc_reserved_stock (
    order_id bigint NOT NULL REFERENCES wp_wc_orders (id),
    product_id bigint NOT NULL REFERENCES wp_posts (ID),
    stock_quantity double precision NOT NULL DEFAULT 0,
    "timestamp" timestamp NOT NULL,
    expires timestamp NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
