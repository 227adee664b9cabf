-- pretix.sql: an eighteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind18). The database of pretix,
-- the Django ticket shop (PostgreSQL flavour): organizers, teams and their
-- members, events and dates (sub-events), products (items), variations,
-- categories, add-ons and bundles, quotas, questions and answers, vouchers,
-- carts, orders, positions, fees, payments, refunds, invoices and their
-- lines, check-in lists, check-ins, devices and gates, seating plans and
-- seats, customers, memberships, gift cards, reusable media, waiting list,
-- tax rules, discounts, meta properties, settings stores, cached tickets,
-- the log (a generic relation through django_content_type) and staff
-- sessions.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of pretix's Django models, trimmed.
-- Conventions: tables pretixbase_<model> keyed by an integer `id`
-- (serial, bigserial for the newer models); a foreign key is the field
-- name plus _id (event_id, order_id, item_id, variation_id, subevent_id),
-- role names for several links to one model (addon_to_id, base_item_id,
-- bundled_item_id, refers_id, issued_in_id, granted_in_id, issuer_id,
-- acceptor_id, linked_orderposition_id, owner_id); many-to-many tables
-- <model>_<field> (pretixbase_quota_items); the settings stores refer to
-- their owner by object_id.
-- The REFERENCES are the foreign keys Django declares for these models
-- (DEFERRABLE INITIALLY DEFERRED, as Django writes them). Left without
-- REFERENCES as pretix does: pretixbase_logentry.object_id (generic,
-- beside content_type_id), the invoice line's fee_type, the payment's
-- provider name.
-- pretixbase_orderposition.used_membership_id refers forward to
-- pretixbase_membership (which refers back through granted_in_id); the
-- file keeps it inline, as a DDL dump read as a whole allows (PostgreSQL
-- would need it moved to an ALTER TABLE, as Django does).

CREATE TABLE django_content_type (
    id serial PRIMARY KEY,
    app_label varchar(100) NOT NULL,
    model varchar(100) NOT NULL
);

CREATE TABLE pretixbase_user (
    id serial PRIMARY KEY,
    password varchar(128) NOT NULL,
    last_login timestamp with time zone,
    email varchar(190) UNIQUE,
    fullname varchar(255),
    is_active boolean NOT NULL,
    is_staff boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    locale varchar(50) NOT NULL,
    timezone varchar(100) NOT NULL,
    require_2fa boolean NOT NULL,
    notifications_send boolean NOT NULL,
    auth_backend varchar(255) NOT NULL,
    session_token varchar(32) NOT NULL
);

CREATE TABLE pretixbase_u2fdevice (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL,
    confirmed boolean NOT NULL,
    json_data text NOT NULL,
    user_id integer NOT NULL REFERENCES pretixbase_user (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_staffsession (
    id serial PRIMARY KEY,
    date_start timestamp with time zone NOT NULL,
    date_end timestamp with time zone,
    session_key varchar(255) NOT NULL,
    comment text,
    user_id integer NOT NULL REFERENCES pretixbase_user (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_staffsessionauditlog (
    id serial PRIMARY KEY,
    datetime timestamp with time zone NOT NULL,
    url varchar(255) NOT NULL,
    method varchar(255) NOT NULL,
    impersonating_id integer REFERENCES pretixbase_user (id) DEFERRABLE INITIALLY DEFERRED,
    session_id integer NOT NULL REFERENCES pretixbase_staffsession (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_organizer (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    slug varchar(50) NOT NULL UNIQUE
);

CREATE TABLE pretixbase_organizer_settingsstore (
    id serial PRIMARY KEY,
    key varchar(255) NOT NULL,
    value text NOT NULL,
    object_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_seatingplan (
    id serial PRIMARY KEY,
    name varchar(190) NOT NULL,
    layout text NOT NULL,
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_event (
    id serial PRIMARY KEY,
    name text NOT NULL,
    slug varchar(50) NOT NULL,
    currency varchar(10) NOT NULL,
    date_from timestamp with time zone NOT NULL,
    date_to timestamp with time zone,
    date_admission timestamp with time zone,
    is_public boolean NOT NULL,
    presale_start timestamp with time zone,
    presale_end timestamp with time zone,
    location text,
    live boolean NOT NULL,
    has_subevents boolean NOT NULL,
    testmode boolean NOT NULL,
    plugins text,
    comment text,
    geo_lat double precision,
    geo_lon double precision,
    sales_channels text NOT NULL,
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED,
    seating_plan_id integer REFERENCES pretixbase_seatingplan (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_event_settingsstore (
    id serial PRIMARY KEY,
    key varchar(255) NOT NULL,
    value text NOT NULL,
    object_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_team (
    id serial PRIMARY KEY,
    name varchar(190) NOT NULL,
    all_events boolean NOT NULL,
    can_create_events boolean NOT NULL,
    can_change_teams boolean NOT NULL,
    can_change_organizer_settings boolean NOT NULL,
    can_manage_gift_cards boolean NOT NULL,
    can_change_event_settings boolean NOT NULL,
    can_change_items boolean NOT NULL,
    can_view_orders boolean NOT NULL,
    can_change_orders boolean NOT NULL,
    can_view_vouchers boolean NOT NULL,
    can_change_vouchers boolean NOT NULL,
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_team_members (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES pretixbase_team (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES pretixbase_user (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (team_id, user_id)
);

CREATE TABLE pretixbase_team_limit_events (
    id serial PRIMARY KEY,
    team_id integer NOT NULL REFERENCES pretixbase_team (id) DEFERRABLE INITIALLY DEFERRED,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (team_id, event_id)
);

CREATE TABLE pretixbase_teaminvite (
    id serial PRIMARY KEY,
    email varchar(254),
    token varchar(64),
    team_id integer NOT NULL REFERENCES pretixbase_team (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_teamapitoken (
    id serial PRIMARY KEY,
    name varchar(190) NOT NULL,
    token varchar(64) NOT NULL,
    active boolean NOT NULL,
    team_id integer NOT NULL REFERENCES pretixbase_team (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_gate (
    id serial PRIMARY KEY,
    name varchar(190) NOT NULL,
    identifier varchar(190) NOT NULL,
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_device (
    id serial PRIMARY KEY,
    device_id integer NOT NULL,
    unique_serial varchar(190) NOT NULL UNIQUE,
    initialization_token varchar(190) NOT NULL,
    api_token varchar(190),
    all_events boolean NOT NULL,
    name varchar(190) NOT NULL,
    created timestamp with time zone NOT NULL,
    initialized timestamp with time zone,
    hardware_brand varchar(190),
    hardware_model varchar(190),
    software_brand varchar(190),
    software_version varchar(190),
    revoked boolean NOT NULL,
    security_profile varchar(190),
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED,
    gate_id integer REFERENCES pretixbase_gate (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_device_limit_events (
    id serial PRIMARY KEY,
    device_id integer NOT NULL REFERENCES pretixbase_device (id) DEFERRABLE INITIALLY DEFERRED,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_eventmetaproperty (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    "default" text NOT NULL,
    required boolean NOT NULL,
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_eventmetavalue (
    id serial PRIMARY KEY,
    value text NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    property_id integer NOT NULL REFERENCES pretixbase_eventmetaproperty (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_subevent (
    id serial PRIMARY KEY,
    active boolean NOT NULL,
    name text NOT NULL,
    date_from timestamp with time zone NOT NULL,
    date_to timestamp with time zone,
    date_admission timestamp with time zone,
    presale_start timestamp with time zone,
    presale_end timestamp with time zone,
    location text,
    frontpage_text text,
    is_public boolean NOT NULL,
    last_modified timestamp with time zone NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    seating_plan_id integer REFERENCES pretixbase_seatingplan (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_subeventmetavalue (
    id serial PRIMARY KEY,
    value text NOT NULL,
    subevent_id integer NOT NULL REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED,
    property_id integer NOT NULL REFERENCES pretixbase_eventmetaproperty (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_taxrule (
    id serial PRIMARY KEY,
    name text NOT NULL,
    rate numeric(10, 2) NOT NULL,
    price_includes_tax boolean NOT NULL,
    eu_reverse_charge boolean NOT NULL,
    home_country varchar(2),
    custom_rules text,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_itemcategory (
    id serial PRIMARY KEY,
    name text NOT NULL,
    internal_name varchar(255),
    description text NOT NULL,
    position integer NOT NULL,
    is_addon boolean NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_item (
    id serial PRIMARY KEY,
    name text NOT NULL,
    internal_name varchar(255),
    active boolean NOT NULL,
    description text,
    default_price numeric(13, 2) NOT NULL,
    free_price boolean NOT NULL,
    admission boolean NOT NULL,
    position integer NOT NULL,
    picture varchar(255),
    available_from timestamp with time zone,
    available_until timestamp with time zone,
    require_voucher boolean NOT NULL,
    hide_without_voucher boolean NOT NULL,
    allow_cancel boolean NOT NULL,
    min_per_order integer,
    max_per_order integer,
    checkin_attention boolean NOT NULL,
    original_price numeric(13, 2),
    require_approval boolean NOT NULL,
    generate_tickets boolean,
    issue_giftcard boolean NOT NULL,
    personalized boolean NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    category_id integer REFERENCES pretixbase_itemcategory (id) DEFERRABLE INITIALLY DEFERRED,
    tax_rule_id integer REFERENCES pretixbase_taxrule (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_itemvariation (
    id serial PRIMARY KEY,
    value text NOT NULL,
    active boolean NOT NULL,
    position integer NOT NULL,
    default_price numeric(13, 2),
    original_price numeric(13, 2),
    description text,
    require_approval boolean NOT NULL,
    available_from timestamp with time zone,
    available_until timestamp with time zone,
    item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_itemmetaproperty (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    "default" text NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_itemmetavalue (
    id serial PRIMARY KEY,
    value text NOT NULL,
    item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED,
    property_id integer NOT NULL REFERENCES pretixbase_itemmetaproperty (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_itemaddon (
    id serial PRIMARY KEY,
    min_count integer NOT NULL,
    max_count integer NOT NULL,
    position integer NOT NULL,
    price_included boolean NOT NULL,
    multi_allowed boolean NOT NULL,
    addon_category_id integer NOT NULL REFERENCES pretixbase_itemcategory (id) DEFERRABLE INITIALLY DEFERRED,
    base_item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_itembundle (
    id serial PRIMARY KEY,
    count integer NOT NULL,
    designated_price numeric(13, 2) NOT NULL,
    base_item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED,
    bundled_item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED,
    bundled_variation_id integer REFERENCES pretixbase_itemvariation (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_subeventitem (
    id serial PRIMARY KEY,
    price numeric(13, 2),
    disabled boolean NOT NULL,
    subevent_id integer NOT NULL REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED,
    item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_subeventitemvariation (
    id serial PRIMARY KEY,
    price numeric(13, 2),
    disabled boolean NOT NULL,
    subevent_id integer NOT NULL REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED,
    variation_id integer NOT NULL REFERENCES pretixbase_itemvariation (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_quota (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    size integer,
    cached_availability_state integer,
    cached_availability_number integer,
    cached_availability_time timestamp with time zone,
    close_when_sold_out boolean NOT NULL,
    closed boolean NOT NULL,
    release_after_exit boolean NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    subevent_id integer REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_quota_items (
    id serial PRIMARY KEY,
    quota_id integer NOT NULL REFERENCES pretixbase_quota (id) DEFERRABLE INITIALLY DEFERRED,
    item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_quota_variations (
    id serial PRIMARY KEY,
    quota_id integer NOT NULL REFERENCES pretixbase_quota (id) DEFERRABLE INITIALLY DEFERRED,
    itemvariation_id integer NOT NULL REFERENCES pretixbase_itemvariation (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_question (
    id serial PRIMARY KEY,
    question text NOT NULL,
    identifier varchar(190) NOT NULL,
    help_text text,
    type varchar(5) NOT NULL,
    required boolean NOT NULL,
    position integer NOT NULL,
    ask_during_checkin boolean NOT NULL,
    hidden boolean NOT NULL,
    dependency_values text NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    dependency_question_id integer REFERENCES pretixbase_question (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_question_items (
    id serial PRIMARY KEY,
    question_id integer NOT NULL REFERENCES pretixbase_question (id) DEFERRABLE INITIALLY DEFERRED,
    item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_questionoption (
    id serial PRIMARY KEY,
    identifier varchar(190) NOT NULL,
    answer text NOT NULL,
    position integer NOT NULL,
    question_id integer NOT NULL REFERENCES pretixbase_question (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_seat (
    id bigserial PRIMARY KEY,
    name varchar(190) NOT NULL,
    zone_name varchar(190) NOT NULL,
    row_name varchar(190) NOT NULL,
    seat_number varchar(190) NOT NULL,
    seat_guid varchar(190) NOT NULL,
    blocked boolean NOT NULL,
    sorting_rank bigint NOT NULL,
    x double precision,
    y double precision,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    subevent_id integer REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED,
    product_id integer REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_seatcategorymapping (
    id bigserial PRIMARY KEY,
    layout_category varchar(190) NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    subevent_id integer REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED,
    product_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_voucher (
    id serial PRIMARY KEY,
    code varchar(255) NOT NULL,
    max_usages integer NOT NULL,
    redeemed integer NOT NULL,
    min_usages integer NOT NULL,
    valid_until timestamp with time zone,
    block_quota boolean NOT NULL,
    allow_ignore_quota boolean NOT NULL,
    price_mode varchar(100) NOT NULL,
    value numeric(13, 2),
    tag varchar(255),
    comment text,
    show_hidden_items boolean NOT NULL,
    budget numeric(13, 2),
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    item_id integer REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED,
    variation_id integer REFERENCES pretixbase_itemvariation (id) DEFERRABLE INITIALLY DEFERRED,
    quota_id integer REFERENCES pretixbase_quota (id) DEFERRABLE INITIALLY DEFERRED,
    subevent_id integer REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED,
    seat_id bigint REFERENCES pretixbase_seat (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_discount (
    id bigserial PRIMARY KEY,
    active boolean NOT NULL,
    internal_name varchar(255) NOT NULL,
    position integer NOT NULL,
    sales_channels text NOT NULL,
    available_from timestamp with time zone,
    available_until timestamp with time zone,
    condition_min_count integer NOT NULL,
    condition_min_value numeric(13, 2) NOT NULL,
    benefit_discount_matching_percent numeric(10, 2) NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_discount_condition_limit_products (
    id bigserial PRIMARY KEY,
    discount_id bigint NOT NULL REFERENCES pretixbase_discount (id) DEFERRABLE INITIALLY DEFERRED,
    item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_customerssoprovider (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    is_active boolean NOT NULL,
    method varchar(190) NOT NULL,
    configuration text NOT NULL,
    button_label text,
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_customer (
    id bigserial PRIMARY KEY,
    identifier varchar(190) NOT NULL,
    email varchar(190),
    phone varchar(128),
    password varchar(128) NOT NULL,
    name_cached varchar(255) NOT NULL,
    is_active boolean NOT NULL,
    is_verified boolean NOT NULL,
    last_login timestamp with time zone,
    date_joined timestamp with time zone NOT NULL,
    external_identifier varchar(255),
    notes text,
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED,
    provider_id bigint REFERENCES pretixbase_customerssoprovider (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_attendeeprofile (
    id bigserial PRIMARY KEY,
    attendee_name_cached varchar(255),
    attendee_email varchar(254),
    company varchar(255),
    street text,
    zipcode varchar(30),
    city varchar(255),
    country varchar(2),
    customer_id bigint NOT NULL REFERENCES pretixbase_customer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_membershiptype (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    transferable boolean NOT NULL,
    allow_parallel_usage boolean NOT NULL,
    max_usages integer,
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_order (
    id serial PRIMARY KEY,
    code varchar(16) NOT NULL,
    status varchar(3) NOT NULL,
    testmode boolean NOT NULL,
    email varchar(254),
    phone varchar(128),
    locale varchar(32),
    secret varchar(32) NOT NULL,
    datetime timestamp with time zone NOT NULL,
    expires timestamp with time zone NOT NULL,
    total numeric(13, 2) NOT NULL,
    comment text NOT NULL,
    checkin_attention boolean NOT NULL,
    meta_info text,
    last_modified timestamp with time zone NOT NULL,
    require_approval boolean NOT NULL,
    sales_channel varchar(190) NOT NULL,
    email_known_to_work boolean NOT NULL,
    valid_if_pending boolean NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    customer_id bigint REFERENCES pretixbase_customer (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (event_id, code)
);

CREATE TABLE pretixbase_invoiceaddress (
    id serial PRIMARY KEY,
    last_modified timestamp with time zone NOT NULL,
    is_business boolean NOT NULL,
    company varchar(255) NOT NULL,
    name_cached varchar(255) NOT NULL,
    street text NOT NULL,
    zipcode varchar(30) NOT NULL,
    city varchar(255) NOT NULL,
    country varchar(2) NOT NULL,
    state varchar(255) NOT NULL,
    vat_id varchar(255) NOT NULL,
    vat_id_validated boolean NOT NULL,
    internal_reference text NOT NULL,
    order_id integer UNIQUE REFERENCES pretixbase_order (id) DEFERRABLE INITIALLY DEFERRED,
    customer_id bigint REFERENCES pretixbase_customer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_cartposition (
    id serial PRIMARY KEY,
    cart_id varchar(255),
    price numeric(13, 2) NOT NULL,
    datetime timestamp with time zone NOT NULL,
    expires timestamp with time zone NOT NULL,
    attendee_name_cached varchar(255),
    attendee_email varchar(254),
    includes_tax boolean NOT NULL,
    is_bundled boolean NOT NULL,
    listed_price numeric(13, 2),
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED,
    variation_id integer REFERENCES pretixbase_itemvariation (id) DEFERRABLE INITIALLY DEFERRED,
    voucher_id integer REFERENCES pretixbase_voucher (id) DEFERRABLE INITIALLY DEFERRED,
    addon_to_id integer REFERENCES pretixbase_cartposition (id) DEFERRABLE INITIALLY DEFERRED,
    subevent_id integer REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED,
    seat_id bigint REFERENCES pretixbase_seat (id) DEFERRABLE INITIALLY DEFERRED,
    discount_id bigint REFERENCES pretixbase_discount (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_orderposition (
    id serial PRIMARY KEY,
    positionid integer NOT NULL,
    price numeric(13, 2) NOT NULL,
    tax_rate numeric(7, 2) NOT NULL,
    tax_value numeric(13, 2) NOT NULL,
    attendee_name_cached varchar(255),
    attendee_email varchar(254),
    company varchar(255),
    city varchar(255),
    country varchar(2),
    secret varchar(255) NOT NULL,
    web_secret varchar(32) NOT NULL,
    pseudonymization_id varchar(16) NOT NULL,
    canceled boolean NOT NULL,
    is_bundled boolean NOT NULL,
    valid_from timestamp with time zone,
    valid_until timestamp with time zone,
    blocked text,
    order_id integer NOT NULL REFERENCES pretixbase_order (id) DEFERRABLE INITIALLY DEFERRED,
    item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED,
    variation_id integer REFERENCES pretixbase_itemvariation (id) DEFERRABLE INITIALLY DEFERRED,
    voucher_id integer REFERENCES pretixbase_voucher (id) DEFERRABLE INITIALLY DEFERRED,
    addon_to_id integer REFERENCES pretixbase_orderposition (id) DEFERRABLE INITIALLY DEFERRED,
    subevent_id integer REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED,
    tax_rule_id integer REFERENCES pretixbase_taxrule (id) DEFERRABLE INITIALLY DEFERRED,
    seat_id bigint REFERENCES pretixbase_seat (id) DEFERRABLE INITIALLY DEFERRED,
    discount_id bigint REFERENCES pretixbase_discount (id) DEFERRABLE INITIALLY DEFERRED,
    used_membership_id bigint REFERENCES pretixbase_membership (id) DEFERRABLE INITIALLY DEFERRED,
    attendee_profile_id bigint REFERENCES pretixbase_attendeeprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_membership (
    id bigserial PRIMARY KEY,
    testmode boolean NOT NULL,
    canceled boolean NOT NULL,
    date_start timestamp with time zone NOT NULL,
    date_end timestamp with time zone NOT NULL,
    attendee_name_parts text NOT NULL,
    customer_id bigint NOT NULL REFERENCES pretixbase_customer (id) DEFERRABLE INITIALLY DEFERRED,
    membership_type_id bigint NOT NULL REFERENCES pretixbase_membershiptype (id) DEFERRABLE INITIALLY DEFERRED,
    granted_in_id integer REFERENCES pretixbase_orderposition (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_questionanswer (
    id serial PRIMARY KEY,
    answer text NOT NULL,
    file varchar(255),
    orderposition_id integer REFERENCES pretixbase_orderposition (id) DEFERRABLE INITIALLY DEFERRED,
    cartposition_id integer REFERENCES pretixbase_cartposition (id) DEFERRABLE INITIALLY DEFERRED,
    question_id integer NOT NULL REFERENCES pretixbase_question (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_questionanswer_options (
    id serial PRIMARY KEY,
    questionanswer_id integer NOT NULL REFERENCES pretixbase_questionanswer (id) DEFERRABLE INITIALLY DEFERRED,
    questionoption_id integer NOT NULL REFERENCES pretixbase_questionoption (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_orderfee (
    id serial PRIMARY KEY,
    value numeric(13, 2) NOT NULL,
    description varchar(190) NOT NULL,
    internal_type varchar(255) NOT NULL,
    fee_type varchar(100) NOT NULL,
    tax_rate numeric(7, 2) NOT NULL,
    tax_value numeric(13, 2) NOT NULL,
    canceled boolean NOT NULL,
    order_id integer NOT NULL REFERENCES pretixbase_order (id) DEFERRABLE INITIALLY DEFERRED,
    tax_rule_id integer REFERENCES pretixbase_taxrule (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_orderpayment (
    id serial PRIMARY KEY,
    local_id integer NOT NULL,
    state varchar(190) NOT NULL,
    amount numeric(13, 2) NOT NULL,
    created timestamp with time zone NOT NULL,
    payment_date timestamp with time zone,
    provider varchar(255),
    info text,
    migrated boolean NOT NULL,
    process_initiated boolean,
    order_id integer NOT NULL REFERENCES pretixbase_order (id) DEFERRABLE INITIALLY DEFERRED,
    fee_id integer REFERENCES pretixbase_orderfee (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_orderrefund (
    id serial PRIMARY KEY,
    local_id integer NOT NULL,
    state varchar(190) NOT NULL,
    source varchar(190) NOT NULL,
    amount numeric(13, 2) NOT NULL,
    created timestamp with time zone NOT NULL,
    execution_date timestamp with time zone,
    provider varchar(255),
    info text,
    comment text,
    order_id integer NOT NULL REFERENCES pretixbase_order (id) DEFERRABLE INITIALLY DEFERRED,
    payment_id integer REFERENCES pretixbase_orderpayment (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_invoice (
    id serial PRIMARY KEY,
    prefix varchar(160) NOT NULL,
    invoice_no varchar(19) NOT NULL,
    full_invoice_no varchar(190) NOT NULL,
    is_cancellation boolean NOT NULL,
    invoice_from text NOT NULL,
    invoice_to text NOT NULL,
    date date NOT NULL,
    locale varchar(50) NOT NULL,
    introductory_text text NOT NULL,
    additional_text text NOT NULL,
    footer_text text NOT NULL,
    payment_provider_text text NOT NULL,
    reverse_charge boolean NOT NULL,
    file varchar(255),
    internal_reference text NOT NULL,
    sent_to_organizer boolean,
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    order_id integer NOT NULL REFERENCES pretixbase_order (id) DEFERRABLE INITIALLY DEFERRED,
    refers_id integer REFERENCES pretixbase_invoice (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_invoiceline (
    id serial PRIMARY KEY,
    position integer NOT NULL,
    description text NOT NULL,
    gross_value numeric(13, 2) NOT NULL,
    tax_value numeric(13, 2) NOT NULL,
    tax_rate numeric(7, 2) NOT NULL,
    tax_name varchar(190) NOT NULL,
    fee_type varchar(190),
    fee_internal_type varchar(255),
    event_date_from timestamp with time zone,
    invoice_id integer NOT NULL REFERENCES pretixbase_invoice (id) DEFERRABLE INITIALLY DEFERRED,
    subevent_id integer REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED,
    item_id integer REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED,
    variation_id integer REFERENCES pretixbase_itemvariation (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_cachedfile (
    id uuid PRIMARY KEY,
    expires timestamp with time zone,
    date timestamp with time zone,
    filename varchar(255) NOT NULL,
    type varchar(255) NOT NULL,
    file varchar(255),
    web_download boolean NOT NULL,
    session_key text
);

CREATE TABLE pretixbase_cachedticket (
    id serial PRIMARY KEY,
    provider varchar(255) NOT NULL,
    type varchar(255) NOT NULL,
    extension varchar(255) NOT NULL,
    file varchar(255),
    created timestamp with time zone NOT NULL,
    order_position_id integer NOT NULL REFERENCES pretixbase_orderposition (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_cachedcombinedticket (
    id serial PRIMARY KEY,
    provider varchar(255) NOT NULL,
    type varchar(255) NOT NULL,
    extension varchar(255) NOT NULL,
    file varchar(255),
    created timestamp with time zone NOT NULL,
    order_id integer NOT NULL REFERENCES pretixbase_order (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_checkinlist (
    id serial PRIMARY KEY,
    name varchar(190) NOT NULL,
    all_products boolean NOT NULL,
    include_pending boolean NOT NULL,
    allow_multiple_entries boolean NOT NULL,
    allow_entry_after_exit boolean NOT NULL,
    exit_all_at timestamp with time zone,
    rules text NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    subevent_id integer REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_checkinlist_limit_products (
    id serial PRIMARY KEY,
    checkinlist_id integer NOT NULL REFERENCES pretixbase_checkinlist (id) DEFERRABLE INITIALLY DEFERRED,
    item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_checkinlist_gates (
    id serial PRIMARY KEY,
    checkinlist_id integer NOT NULL REFERENCES pretixbase_checkinlist (id) DEFERRABLE INITIALLY DEFERRED,
    gate_id integer NOT NULL REFERENCES pretixbase_gate (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_checkin (
    id serial PRIMARY KEY,
    datetime timestamp with time zone NOT NULL,
    created timestamp with time zone,
    nonce varchar(190),
    type varchar(100) NOT NULL,
    successful boolean NOT NULL,
    error_reason varchar(100),
    raw_barcode text,
    raw_source_type varchar(100),
    forced boolean NOT NULL,
    auto_checked_in boolean NOT NULL,
    position_id integer REFERENCES pretixbase_orderposition (id) DEFERRABLE INITIALLY DEFERRED,
    raw_item_id integer REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED,
    raw_variation_id integer REFERENCES pretixbase_itemvariation (id) DEFERRABLE INITIALLY DEFERRED,
    raw_subevent_id integer REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED,
    list_id integer NOT NULL REFERENCES pretixbase_checkinlist (id) DEFERRABLE INITIALLY DEFERRED,
    device_id integer REFERENCES pretixbase_device (id) DEFERRABLE INITIALLY DEFERRED,
    gate_id integer REFERENCES pretixbase_gate (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_giftcard (
    id bigserial PRIMARY KEY,
    issuance timestamp with time zone NOT NULL,
    secret varchar(190) NOT NULL,
    currency varchar(10) NOT NULL,
    testmode boolean NOT NULL,
    expires timestamp with time zone,
    conditions text,
    issuer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED,
    issued_in_id integer REFERENCES pretixbase_orderposition (id) DEFERRABLE INITIALLY DEFERRED,
    owner_ticket_id integer REFERENCES pretixbase_orderposition (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_giftcardacceptance (
    id bigserial PRIMARY KEY,
    active boolean NOT NULL,
    reusable_media boolean NOT NULL,
    issuer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED,
    acceptor_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_giftcardtransaction (
    id bigserial PRIMARY KEY,
    datetime timestamp with time zone NOT NULL,
    value numeric(13, 2) NOT NULL,
    text text,
    info text,
    card_id bigint NOT NULL REFERENCES pretixbase_giftcard (id) DEFERRABLE INITIALLY DEFERRED,
    order_id integer REFERENCES pretixbase_order (id) DEFERRABLE INITIALLY DEFERRED,
    payment_id integer REFERENCES pretixbase_orderpayment (id) DEFERRABLE INITIALLY DEFERRED,
    refund_id integer REFERENCES pretixbase_orderrefund (id) DEFERRABLE INITIALLY DEFERRED,
    acceptor_id integer REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_reusablemedium (
    id bigserial PRIMARY KEY,
    created timestamp with time zone NOT NULL,
    updated timestamp with time zone NOT NULL,
    type varchar(100) NOT NULL,
    identifier varchar(200) NOT NULL,
    active boolean NOT NULL,
    expires timestamp with time zone,
    info text NOT NULL,
    notes text,
    organizer_id integer NOT NULL REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED,
    customer_id bigint REFERENCES pretixbase_customer (id) DEFERRABLE INITIALLY DEFERRED,
    linked_orderposition_id integer REFERENCES pretixbase_orderposition (id) DEFERRABLE INITIALLY DEFERRED,
    linked_giftcard_id bigint REFERENCES pretixbase_giftcard (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_waitinglistentry (
    id serial PRIMARY KEY,
    created timestamp with time zone NOT NULL,
    name_cached varchar(255),
    email varchar(254) NOT NULL,
    phone varchar(128),
    locale varchar(190) NOT NULL,
    priority integer NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    item_id integer NOT NULL REFERENCES pretixbase_item (id) DEFERRABLE INITIALLY DEFERRED,
    variation_id integer REFERENCES pretixbase_itemvariation (id) DEFERRABLE INITIALLY DEFERRED,
    voucher_id integer REFERENCES pretixbase_voucher (id) DEFERRABLE INITIALLY DEFERRED,
    subevent_id integer REFERENCES pretixbase_subevent (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_blockedticketsecret (
    id bigserial PRIMARY KEY,
    secret varchar(255) NOT NULL,
    blocked boolean NOT NULL,
    updated timestamp with time zone NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    position_id integer REFERENCES pretixbase_orderposition (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_notificationsetting (
    id serial PRIMARY KEY,
    action_type varchar(255) NOT NULL,
    method varchar(255) NOT NULL,
    enabled boolean NOT NULL,
    user_id integer NOT NULL REFERENCES pretixbase_user (id) DEFERRABLE INITIALLY DEFERRED,
    event_id integer REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_scheduledeventexport (
    id bigserial PRIMARY KEY,
    export_identifier varchar(190) NOT NULL,
    export_form_data text NOT NULL,
    locale varchar(250) NOT NULL,
    mail_subject varchar(250) NOT NULL,
    schedule_rrule text,
    schedule_next_run timestamp with time zone,
    error_counter integer NOT NULL,
    event_id integer NOT NULL REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id integer NOT NULL REFERENCES pretixbase_user (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pretixbase_logentry (
    id bigserial PRIMARY KEY,
    object_id integer NOT NULL,
    datetime timestamp with time zone NOT NULL,
    action_type varchar(255) NOT NULL,
    data text NOT NULL,
    visible boolean NOT NULL,
    shredded boolean NOT NULL,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    event_id integer REFERENCES pretixbase_event (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer REFERENCES pretixbase_user (id) DEFERRABLE INITIALLY DEFERRED,
    api_token_id integer REFERENCES pretixbase_teamapitoken (id) DEFERRABLE INITIALLY DEFERRED,
    device_id integer REFERENCES pretixbase_device (id) DEFERRABLE INITIALLY DEFERRED,
    organizer_link_id integer REFERENCES pretixbase_organizer (id) DEFERRABLE INITIALLY DEFERRED
);
