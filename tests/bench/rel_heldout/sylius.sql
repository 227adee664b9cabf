-- sylius.sql: a twenty-first blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind21). The database of a Sylius 1.12
-- shop (Symfony, Doctrine ORM) on PostgreSQL, as its Doctrine mappings and
-- migrations leave it: channels, currencies, locales, countries and zones,
-- customers, shop and admin users, taxons, products with their
-- translations, images, options, attributes, associations and reviews,
-- variants with channel pricings, tax and shipping categories, shipping
-- and payment methods, orders with items, item units, adjustments,
-- shipments and payments, cart promotions with coupons, rules and
-- actions, catalog promotions.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Sylius's Doctrine mappings,
-- trimmed.
-- Conventions: every table prefixed sylius_ and keyed by an integer `id`;
-- every *_translation table refers to its entity by `translatable_id`
-- (with a text `locale`); images refer to their owner by `owner_id`;
-- many-to-many join tables named sylius_<a>_<b>s (sylius_channel_locales,
-- sylius_product_channels, sylius_promotion_order) with two <entity>_id
-- columns; links named after the entity without the sylius_ prefix
-- (channel_id, customer_id, order_id, variant_id, product_variant_id,
-- option_id, attribute_id), or by role (base_currency_id,
-- default_locale_id, default_tax_zone_id, default_address_id,
-- shipping_address_id / billing_address_id, main_taxon_id, menu_taxon_id,
-- method_id for shipments and payments, category_id for tax rates and
-- shipping methods, author_id, association_type_id), some with no suffix
-- (tree_root, belongs_to, source_currency / target_currency).
-- The REFERENCES are the FKs Sylius's mappings declare.
-- Left without REFERENCES: the codes kept as text (currency_code,
-- locale_code, country_code, province_code, channel_code of a channel
-- pricing, sylius_zone_member.code naming a country, province or zone by
-- its code, origin_code of an adjustment, gateway_name), the log entries'
-- object_id, sylius_admin_user.locale_code.

CREATE TABLE sylius_currency (
    id serial PRIMARY KEY,
    code varchar(3) NOT NULL UNIQUE,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_exchange_rate (
    id serial PRIMARY KEY,
    source_currency integer NOT NULL REFERENCES sylius_currency (id) ON DELETE CASCADE,
    target_currency integer NOT NULL REFERENCES sylius_currency (id) ON DELETE CASCADE,
    ratio numeric(10, 5) NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_locale (
    id serial PRIMARY KEY,
    code varchar(12) NOT NULL UNIQUE,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_country (
    id serial PRIMARY KEY,
    code varchar(2) NOT NULL UNIQUE,
    enabled boolean NOT NULL
);

CREATE TABLE sylius_province (
    id serial PRIMARY KEY,
    country_id integer NOT NULL REFERENCES sylius_country (id) ON DELETE CASCADE,
    code varchar(255) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    abbreviation varchar(255)
);

CREATE TABLE sylius_zone (
    id serial PRIMARY KEY,
    code varchar(255) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    type varchar(8) NOT NULL,
    scope varchar(255)
);

CREATE TABLE sylius_zone_member (
    id serial PRIMARY KEY,
    belongs_to integer REFERENCES sylius_zone (id) ON DELETE CASCADE,
    code varchar(255) NOT NULL
);

CREATE TABLE sylius_shop_billing_data (
    id serial PRIMARY KEY,
    company varchar(255),
    tax_id varchar(255),
    country_code varchar(255),
    street varchar(255),
    city varchar(255),
    postcode varchar(255)
);

CREATE TABLE sylius_taxon (
    id serial PRIMARY KEY,
    tree_root integer REFERENCES sylius_taxon (id) ON DELETE CASCADE,
    parent_id integer REFERENCES sylius_taxon (id) ON DELETE CASCADE,
    code varchar(255) NOT NULL UNIQUE,
    tree_left integer NOT NULL,
    tree_right integer NOT NULL,
    tree_level integer NOT NULL,
    position integer NOT NULL,
    enabled boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_taxon_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_taxon (id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    slug varchar(255) NOT NULL,
    description text,
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_taxon_image (
    id serial PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES sylius_taxon (id) ON DELETE CASCADE,
    type varchar(255),
    path varchar(255) NOT NULL
);

CREATE TABLE sylius_channel (
    id serial PRIMARY KEY,
    shop_billing_data_id integer UNIQUE REFERENCES sylius_shop_billing_data (id) ON DELETE CASCADE,
    default_locale_id integer NOT NULL REFERENCES sylius_locale (id),
    base_currency_id integer NOT NULL REFERENCES sylius_currency (id),
    default_tax_zone_id integer REFERENCES sylius_zone (id),
    menu_taxon_id integer REFERENCES sylius_taxon (id) ON DELETE SET NULL,
    code varchar(255) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    color varchar(255),
    description text,
    enabled boolean NOT NULL,
    hostname varchar(255),
    theme_name varchar(255),
    tax_calculation_strategy varchar(255) NOT NULL,
    contact_email varchar(255),
    contact_phone_number varchar(255),
    skipping_shipping_step_allowed boolean NOT NULL,
    skipping_payment_step_allowed boolean NOT NULL,
    account_verification_required boolean NOT NULL,
    shipping_address_in_checkout_required boolean NOT NULL,
    lowest_price_for_discounted_products_checking_period integer NOT NULL,
    lowest_price_for_discounted_products_visible boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_channel_currencies (
    channel_id integer NOT NULL REFERENCES sylius_channel (id) ON DELETE CASCADE,
    currency_id integer NOT NULL REFERENCES sylius_currency (id) ON DELETE CASCADE,
    PRIMARY KEY (channel_id, currency_id)
);

CREATE TABLE sylius_channel_locales (
    channel_id integer NOT NULL REFERENCES sylius_channel (id) ON DELETE CASCADE,
    locale_id integer NOT NULL REFERENCES sylius_locale (id) ON DELETE CASCADE,
    PRIMARY KEY (channel_id, locale_id)
);

CREATE TABLE sylius_customer_group (
    id serial PRIMARY KEY,
    code varchar(255) NOT NULL UNIQUE,
    name varchar(255) NOT NULL
);

CREATE TABLE sylius_customer (
    id serial PRIMARY KEY,
    customer_group_id integer REFERENCES sylius_customer_group (id) ON DELETE SET NULL,
    default_address_id integer UNIQUE REFERENCES sylius_address (id) ON DELETE SET NULL,
    email varchar(255) NOT NULL,
    email_canonical varchar(255) NOT NULL UNIQUE,
    first_name varchar(255),
    last_name varchar(255),
    birthday timestamp,
    gender varchar(1) NOT NULL DEFAULT 'u',
    phone_number varchar(255),
    subscribed_to_newsletter boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_address (
    id serial PRIMARY KEY,
    customer_id integer REFERENCES sylius_customer (id) ON DELETE CASCADE,
    first_name varchar(255) NOT NULL,
    last_name varchar(255) NOT NULL,
    phone_number varchar(255),
    street varchar(255) NOT NULL,
    company varchar(255),
    city varchar(255) NOT NULL,
    postcode varchar(255) NOT NULL,
    country_code varchar(255) NOT NULL,
    province_code varchar(255),
    province_name varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_address_log_entries (
    id serial PRIMARY KEY,
    action varchar(255) NOT NULL,
    logged_at timestamp NOT NULL,
    object_id varchar(64),
    object_class varchar(255) NOT NULL,
    version integer NOT NULL,
    data text,
    username varchar(255)
);

CREATE TABLE sylius_shop_user (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL UNIQUE REFERENCES sylius_customer (id),
    username varchar(255),
    username_canonical varchar(255),
    enabled boolean NOT NULL,
    salt varchar(255) NOT NULL,
    password varchar(255),
    encoder_name varchar(255),
    last_login timestamp,
    password_reset_token varchar(255) UNIQUE,
    password_requested_at timestamp,
    email_verification_token varchar(255) UNIQUE,
    verified_at timestamp,
    locked boolean NOT NULL,
    expires_at timestamp,
    credentials_expire_at timestamp,
    roles text NOT NULL,
    email varchar(255),
    email_canonical varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_user_oauth (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES sylius_shop_user (id),
    provider varchar(255) NOT NULL,
    identifier varchar(255) NOT NULL,
    access_token varchar(255),
    refresh_token varchar(255)
);

CREATE TABLE sylius_admin_user (
    id serial PRIMARY KEY,
    username varchar(255),
    username_canonical varchar(255),
    enabled boolean NOT NULL,
    salt varchar(255) NOT NULL,
    password varchar(255),
    last_login timestamp,
    password_reset_token varchar(255) UNIQUE,
    password_requested_at timestamp,
    locked boolean NOT NULL,
    roles text NOT NULL,
    email varchar(255),
    email_canonical varchar(255),
    first_name varchar(255),
    last_name varchar(255),
    locale_code varchar(12) NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_avatar_image (
    id serial PRIMARY KEY,
    owner_id integer UNIQUE REFERENCES sylius_admin_user (id) ON DELETE CASCADE,
    type varchar(255),
    path varchar(255) NOT NULL
);

CREATE TABLE sylius_tax_category (
    id serial PRIMARY KEY,
    code varchar(255) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    description text,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_tax_rate (
    id serial PRIMARY KEY,
    category_id integer NOT NULL REFERENCES sylius_tax_category (id),
    zone_id integer NOT NULL REFERENCES sylius_zone (id),
    code varchar(255) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    amount numeric(10, 5) NOT NULL,
    included_in_price boolean NOT NULL,
    calculator varchar(255) NOT NULL,
    start_date timestamp,
    end_date timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_shipping_category (
    id serial PRIMARY KEY,
    code varchar(255) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    description text,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_shipping_method (
    id serial PRIMARY KEY,
    category_id integer REFERENCES sylius_shipping_category (id),
    zone_id integer NOT NULL REFERENCES sylius_zone (id),
    tax_category_id integer REFERENCES sylius_tax_category (id),
    code varchar(255) NOT NULL UNIQUE,
    configuration text NOT NULL,
    category_requirement integer NOT NULL,
    calculator varchar(255) NOT NULL,
    is_enabled boolean NOT NULL,
    position integer NOT NULL,
    archived_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_shipping_method_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_shipping_method (id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    description varchar(255),
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_shipping_method_channels (
    shipping_method_id integer NOT NULL REFERENCES sylius_shipping_method (id) ON DELETE CASCADE,
    channel_id integer NOT NULL REFERENCES sylius_channel (id) ON DELETE CASCADE,
    PRIMARY KEY (shipping_method_id, channel_id)
);

CREATE TABLE sylius_shipping_method_rule (
    id serial PRIMARY KEY,
    shipping_method_id integer NOT NULL REFERENCES sylius_shipping_method (id) ON DELETE CASCADE,
    type varchar(255) NOT NULL,
    configuration text NOT NULL
);

CREATE TABLE sylius_gateway_config (
    id serial PRIMARY KEY,
    config text NOT NULL,
    gateway_name varchar(255) NOT NULL,
    factory_name varchar(255) NOT NULL
);

CREATE TABLE sylius_payment_method (
    id serial PRIMARY KEY,
    gateway_config_id integer REFERENCES sylius_gateway_config (id) ON DELETE SET NULL,
    code varchar(255) NOT NULL UNIQUE,
    environment varchar(255),
    is_enabled boolean NOT NULL,
    position integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_payment_method_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_payment_method (id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    description text,
    instructions text,
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_payment_method_channels (
    payment_method_id integer NOT NULL REFERENCES sylius_payment_method (id) ON DELETE CASCADE,
    channel_id integer NOT NULL REFERENCES sylius_channel (id) ON DELETE CASCADE,
    PRIMARY KEY (payment_method_id, channel_id)
);

CREATE TABLE sylius_product (
    id serial PRIMARY KEY,
    main_taxon_id integer REFERENCES sylius_taxon (id) ON DELETE SET NULL,
    code varchar(255) NOT NULL UNIQUE,
    enabled boolean NOT NULL,
    variant_selection_method varchar(255) NOT NULL,
    average_rating double precision NOT NULL DEFAULT 0,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_product_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    slug varchar(255) NOT NULL,
    description text,
    meta_keywords varchar(255),
    meta_description varchar(255),
    short_description text,
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_product_channels (
    product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE,
    channel_id integer NOT NULL REFERENCES sylius_channel (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, channel_id)
);

CREATE TABLE sylius_product_taxon (
    id serial PRIMARY KEY,
    product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE,
    taxon_id integer NOT NULL REFERENCES sylius_taxon (id) ON DELETE CASCADE,
    position integer NOT NULL
);

CREATE TABLE sylius_product_image (
    id serial PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE,
    type varchar(255),
    path varchar(255) NOT NULL
);

CREATE TABLE sylius_product_option (
    id serial PRIMARY KEY,
    code varchar(255) NOT NULL UNIQUE,
    position integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_product_option_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_product_option (id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_product_option_value (
    id serial PRIMARY KEY,
    option_id integer NOT NULL REFERENCES sylius_product_option (id) ON DELETE CASCADE,
    code varchar(255) NOT NULL UNIQUE
);

CREATE TABLE sylius_product_option_value_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_product_option_value (id) ON DELETE CASCADE,
    value varchar(255) NOT NULL,
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_product_options (
    product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE,
    option_id integer NOT NULL REFERENCES sylius_product_option (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, option_id)
);

CREATE TABLE sylius_product_variant (
    id serial PRIMARY KEY,
    product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE,
    tax_category_id integer REFERENCES sylius_tax_category (id) ON DELETE SET NULL,
    shipping_category_id integer REFERENCES sylius_shipping_category (id) ON DELETE SET NULL,
    code varchar(255) NOT NULL UNIQUE,
    position integer NOT NULL,
    version integer NOT NULL DEFAULT 1,
    on_hold integer NOT NULL,
    on_hand integer NOT NULL,
    tracked boolean NOT NULL,
    width double precision,
    height double precision,
    depth double precision,
    weight double precision,
    shipping_required boolean NOT NULL,
    enabled boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_product_variant_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_product_variant (id) ON DELETE CASCADE,
    name varchar(255),
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_product_variant_option_value (
    variant_id integer NOT NULL REFERENCES sylius_product_variant (id) ON DELETE CASCADE,
    option_value_id integer NOT NULL REFERENCES sylius_product_option_value (id) ON DELETE CASCADE,
    PRIMARY KEY (variant_id, option_value_id)
);

CREATE TABLE sylius_product_image_product_variants (
    image_id integer NOT NULL REFERENCES sylius_product_image (id) ON DELETE CASCADE,
    variant_id integer NOT NULL REFERENCES sylius_product_variant (id) ON DELETE CASCADE,
    PRIMARY KEY (image_id, variant_id)
);

CREATE TABLE sylius_channel_pricing (
    id serial PRIMARY KEY,
    product_variant_id integer NOT NULL REFERENCES sylius_product_variant (id) ON DELETE CASCADE,
    price integer,
    original_price integer,
    minimum_price integer DEFAULT 0,
    lowest_price_before_discount integer,
    channel_code varchar(255) NOT NULL
);

CREATE TABLE sylius_channel_pricing_log_entry (
    id serial PRIMARY KEY,
    channel_pricing_id integer NOT NULL REFERENCES sylius_channel_pricing (id) ON DELETE CASCADE,
    price integer NOT NULL,
    original_price integer,
    logged_at timestamp NOT NULL
);

CREATE TABLE sylius_product_attribute (
    id serial PRIMARY KEY,
    code varchar(255) NOT NULL UNIQUE,
    type varchar(255) NOT NULL,
    storage_type varchar(255) NOT NULL,
    configuration text NOT NULL,
    position integer NOT NULL,
    translatable boolean NOT NULL DEFAULT true,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_product_attribute_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_product_attribute (id) ON DELETE CASCADE,
    name varchar(255) NOT NULL,
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_product_attribute_value (
    id serial PRIMARY KEY,
    product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE,
    attribute_id integer NOT NULL REFERENCES sylius_product_attribute (id) ON DELETE CASCADE,
    locale_code varchar(255),
    text_value text,
    boolean_value boolean,
    integer_value integer,
    float_value double precision,
    datetime_value timestamp,
    date_value date,
    json_value text
);

CREATE TABLE sylius_product_association_type (
    id serial PRIMARY KEY,
    code varchar(255) NOT NULL UNIQUE,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_product_association_type_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_product_association_type (id) ON DELETE CASCADE,
    name varchar(255),
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_product_association (
    id serial PRIMARY KEY,
    association_type_id integer NOT NULL REFERENCES sylius_product_association_type (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_product_association_product (
    association_id integer NOT NULL REFERENCES sylius_product_association (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE,
    PRIMARY KEY (association_id, product_id)
);

CREATE TABLE sylius_product_review (
    id serial PRIMARY KEY,
    product_id integer NOT NULL REFERENCES sylius_product (id) ON DELETE CASCADE,
    author_id integer NOT NULL REFERENCES sylius_customer (id) ON DELETE CASCADE,
    title varchar(255) NOT NULL,
    rating integer NOT NULL,
    comment text,
    status varchar(255) NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_promotion (
    id serial PRIMARY KEY,
    code varchar(255) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    description varchar(255),
    priority integer NOT NULL,
    exclusive boolean NOT NULL,
    usage_limit integer,
    used integer NOT NULL,
    coupon_based boolean NOT NULL,
    starts_at timestamp,
    ends_at timestamp,
    applies_to_discounted boolean NOT NULL DEFAULT true,
    archived_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_promotion_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_promotion (id) ON DELETE CASCADE,
    label varchar(255),
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_promotion_channels (
    promotion_id integer NOT NULL REFERENCES sylius_promotion (id) ON DELETE CASCADE,
    channel_id integer NOT NULL REFERENCES sylius_channel (id) ON DELETE CASCADE,
    PRIMARY KEY (promotion_id, channel_id)
);

CREATE TABLE sylius_promotion_coupon (
    id serial PRIMARY KEY,
    promotion_id integer REFERENCES sylius_promotion (id),
    code varchar(255) NOT NULL UNIQUE,
    usage_limit integer,
    used integer NOT NULL,
    expires_at timestamp,
    per_customer_usage_limit integer,
    reusable_from_cancelled_orders boolean NOT NULL DEFAULT true,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_promotion_rule (
    id serial PRIMARY KEY,
    promotion_id integer REFERENCES sylius_promotion (id),
    type varchar(255) NOT NULL,
    configuration text NOT NULL
);

CREATE TABLE sylius_promotion_action (
    id serial PRIMARY KEY,
    promotion_id integer REFERENCES sylius_promotion (id),
    type varchar(255) NOT NULL,
    configuration text NOT NULL
);

CREATE TABLE sylius_catalog_promotion (
    id serial PRIMARY KEY,
    code varchar(255) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    start_date timestamp,
    end_date timestamp,
    priority integer NOT NULL DEFAULT 0,
    exclusive boolean NOT NULL DEFAULT false,
    state varchar(255) NOT NULL DEFAULT 'inactive',
    enabled boolean NOT NULL DEFAULT true
);

CREATE TABLE sylius_catalog_promotion_translation (
    id serial PRIMARY KEY,
    translatable_id integer NOT NULL REFERENCES sylius_catalog_promotion (id) ON DELETE CASCADE,
    label varchar(255),
    description varchar(255),
    locale varchar(255) NOT NULL
);

CREATE TABLE sylius_catalog_promotion_channels (
    catalog_promotion_id integer NOT NULL REFERENCES sylius_catalog_promotion (id) ON DELETE CASCADE,
    channel_id integer NOT NULL REFERENCES sylius_channel (id) ON DELETE CASCADE,
    PRIMARY KEY (catalog_promotion_id, channel_id)
);

CREATE TABLE sylius_catalog_promotion_scope (
    id serial PRIMARY KEY,
    promotion_id integer REFERENCES sylius_catalog_promotion (id),
    type varchar(255) NOT NULL,
    configuration text NOT NULL
);

CREATE TABLE sylius_catalog_promotion_action (
    id serial PRIMARY KEY,
    catalog_promotion_id integer REFERENCES sylius_catalog_promotion (id),
    type varchar(255) NOT NULL,
    configuration text NOT NULL
);

CREATE TABLE sylius_channel_pricing_catalog_promotions (
    channel_pricing_id integer NOT NULL REFERENCES sylius_channel_pricing (id) ON DELETE CASCADE,
    catalog_promotion_id integer NOT NULL REFERENCES sylius_catalog_promotion (id) ON DELETE CASCADE,
    PRIMARY KEY (channel_pricing_id, catalog_promotion_id)
);

CREATE TABLE sylius_order_sequence (
    id serial PRIMARY KEY,
    idx integer NOT NULL,
    version integer NOT NULL DEFAULT 1
);

CREATE TABLE sylius_order (
    id serial PRIMARY KEY,
    shipping_address_id integer UNIQUE REFERENCES sylius_address (id),
    billing_address_id integer UNIQUE REFERENCES sylius_address (id),
    channel_id integer REFERENCES sylius_channel (id),
    promotion_coupon_id integer REFERENCES sylius_promotion_coupon (id),
    customer_id integer REFERENCES sylius_customer (id),
    number varchar(255) UNIQUE,
    notes text,
    state varchar(255) NOT NULL,
    checkout_completed_at timestamp,
    items_total integer NOT NULL,
    adjustments_total integer NOT NULL,
    total integer NOT NULL,
    currency_code varchar(3) NOT NULL,
    locale_code varchar(255) NOT NULL,
    checkout_state varchar(255) NOT NULL,
    payment_state varchar(255) NOT NULL,
    shipping_state varchar(255) NOT NULL,
    token_value varchar(255) UNIQUE,
    customer_ip varchar(255),
    created_by_guest boolean NOT NULL DEFAULT true,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_promotion_order (
    order_id integer NOT NULL REFERENCES sylius_order (id) ON DELETE CASCADE,
    promotion_id integer NOT NULL REFERENCES sylius_promotion (id) ON DELETE CASCADE,
    PRIMARY KEY (order_id, promotion_id)
);

CREATE TABLE sylius_order_item (
    id serial PRIMARY KEY,
    order_id integer NOT NULL REFERENCES sylius_order (id) ON DELETE CASCADE,
    variant_id integer NOT NULL REFERENCES sylius_product_variant (id),
    quantity integer NOT NULL,
    unit_price integer NOT NULL,
    original_unit_price integer,
    units_total integer NOT NULL,
    adjustments_total integer NOT NULL,
    total integer NOT NULL,
    is_immutable boolean NOT NULL,
    product_name varchar(255),
    variant_name varchar(255),
    version integer NOT NULL DEFAULT 1
);

CREATE TABLE sylius_shipment (
    id serial PRIMARY KEY,
    method_id integer NOT NULL REFERENCES sylius_shipping_method (id),
    order_id integer NOT NULL REFERENCES sylius_order (id) ON DELETE CASCADE,
    state varchar(255) NOT NULL,
    tracking varchar(255),
    shipped_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_order_item_unit (
    id serial PRIMARY KEY,
    order_item_id integer NOT NULL REFERENCES sylius_order_item (id) ON DELETE CASCADE,
    shipment_id integer REFERENCES sylius_shipment (id) ON DELETE SET NULL,
    adjustments_total integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_adjustment (
    id serial PRIMARY KEY,
    order_id integer REFERENCES sylius_order (id) ON DELETE CASCADE,
    order_item_id integer REFERENCES sylius_order_item (id) ON DELETE CASCADE,
    order_item_unit_id integer REFERENCES sylius_order_item_unit (id) ON DELETE CASCADE,
    shipment_id integer REFERENCES sylius_shipment (id) ON DELETE CASCADE,
    type varchar(255) NOT NULL,
    label varchar(255),
    amount integer NOT NULL,
    is_neutral boolean NOT NULL,
    is_locked boolean NOT NULL,
    origin_code varchar(255),
    details text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_payment (
    id serial PRIMARY KEY,
    method_id integer REFERENCES sylius_payment_method (id),
    order_id integer NOT NULL REFERENCES sylius_order (id) ON DELETE CASCADE,
    currency_code varchar(3) NOT NULL,
    amount integer NOT NULL,
    state varchar(255) NOT NULL,
    details text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp
);

CREATE TABLE sylius_payment_security_token (
    hash varchar(255) PRIMARY KEY,
    details text,
    after_url text,
    target_url text NOT NULL,
    gateway_name varchar(255) NOT NULL
);
