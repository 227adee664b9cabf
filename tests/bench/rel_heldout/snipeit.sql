-- snipeit.sql: an eighteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind18). The database of Snipe-IT,
-- the Laravel IT asset manager (written in PostgreSQL syntax; Snipe-IT runs
-- on MySQL): companies, departments, locations, users and permission
-- groups, manufacturers, suppliers, categories, depreciations, asset models
-- and their custom fieldsets and fields, status labels, assets and their
-- maintenances, licenses and seats, accessories, consumables and
-- components with their checkouts, predefined kits, checkout requests and
-- acceptances, requested assets, the action log, imports, login
-- throttling, SAML nonces, report templates, Laravel
-- Passport's OAuth tables and the framework's own tables.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Snipe-IT's (v7) migrations and
-- Eloquent models, trimmed.
-- Conventions: plural snake_case tables keyed by an integer `id`;
-- belongsTo references <model>_id (company_id, model_id, category_id,
-- manufacturer_id, supplier_id, license_id, asset_id), with Snipe-IT's
-- own names for some (status_id -> status_labels, fieldset_id ->
-- custom_fieldsets, rtd_location_id, the default location of an asset,
-- group_id -> permission_groups, kit_id -> kits, asset_model_id ->
-- models); created_by (the user who created the row) on most tables;
-- manager_id and parent_id; assigned_to is a user on license seats and
-- consumable checkouts, and polymorphic (with assigned_type: a user, a
-- location or an asset) on assets and accessory checkouts; the action log
-- names its item and target by item_type / item_id and target_type /
-- target_id; custom fields are columns of assets named _snipeit_<name>_<n>.
-- Snipe-IT declares no foreign keys: the REFERENCES are the links its
-- models follow (written so for this bench). Left without REFERENCES: the
-- polymorphic assigned_to / assigned_type, item / target, requestable and
-- checkoutable pairs, action_logs.thread_id and accepted_id, the
-- settings' columns, and the framework's tables (jobs, failed_jobs,
-- migrations, password_resets). companies, users and locations refer to
-- each other; the file keeps those forward references inline, as a DDL
-- dump read as a whole allows. action_logs.item_type / item_id are
-- written nullable (NOT NULL in Snipe-IT), so that the generated data,
-- which may draw a table not filled yet, leaves the log not empty.

CREATE TABLE companies (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL UNIQUE,
    phone varchar(191),
    fax varchar(191),
    email varchar(191),
    image varchar(191),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(191),
    password varchar(191) NOT NULL,
    permissions text,
    activated boolean NOT NULL,
    first_name varchar(191),
    last_name varchar(191),
    username varchar(191),
    employee_num text,
    jobtitle varchar(191),
    phone varchar(191),
    mobile varchar(191),
    address varchar(191),
    city varchar(191),
    state varchar(191),
    country varchar(191),
    zip varchar(10),
    website varchar(191),
    notes text,
    avatar text,
    ldap_import boolean NOT NULL,
    locale varchar(10),
    show_in_list boolean NOT NULL,
    two_factor_secret varchar(32),
    two_factor_enrolled boolean NOT NULL,
    two_factor_optin boolean NOT NULL,
    remember_token text,
    activation_code varchar(191),
    vip boolean,
    autoassign_licenses boolean NOT NULL,
    start_date date,
    end_date date,
    last_login timestamp,
    company_id integer REFERENCES companies (id),
    department_id integer REFERENCES departments (id),
    location_id integer REFERENCES locations (id),
    manager_id integer REFERENCES users (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE locations (
    id serial PRIMARY KEY,
    name varchar(191),
    city varchar(191),
    state varchar(191),
    country varchar(2),
    address varchar(191),
    address2 varchar(191),
    zip varchar(10),
    phone varchar(191),
    fax varchar(191),
    currency varchar(191),
    ldap_ou varchar(191),
    image varchar(191),
    parent_id integer REFERENCES locations (id),
    manager_id integer REFERENCES users (id),
    company_id integer REFERENCES companies (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE departments (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    phone varchar(191),
    fax varchar(191),
    notes text,
    image varchar(191),
    company_id integer REFERENCES companies (id),
    location_id integer REFERENCES locations (id),
    manager_id integer REFERENCES users (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE permission_groups (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    permissions text,
    notes text,
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE users_groups (
    user_id integer NOT NULL REFERENCES users (id),
    group_id integer NOT NULL REFERENCES permission_groups (id),
    created_by integer REFERENCES users (id),
    PRIMARY KEY (user_id, group_id)
);

CREATE TABLE manufacturers (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    url varchar(191),
    support_url varchar(191),
    support_phone varchar(191),
    support_email varchar(191),
    warranty_lookup_url text,
    image varchar(191),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE suppliers (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    address varchar(250),
    address2 varchar(250),
    city varchar(191),
    state varchar(32),
    country varchar(2),
    phone varchar(35),
    fax varchar(35),
    email varchar(150),
    contact varchar(100),
    notes varchar(191),
    url varchar(250),
    zip varchar(10),
    image varchar(191),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE categories (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    category_type varchar(191),
    eula_text text,
    use_default_eula boolean NOT NULL,
    require_acceptance boolean NOT NULL,
    checkin_email boolean NOT NULL,
    image varchar(191),
    notes text,
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE depreciations (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    months integer NOT NULL,
    depreciation_min numeric(8, 2),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE custom_fields (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    format varchar(191) NOT NULL,
    element varchar(191) NOT NULL,
    field_values text,
    field_encrypted boolean NOT NULL,
    db_column varchar(191),
    help_text text,
    show_in_email boolean NOT NULL,
    is_unique boolean,
    display_in_user_view boolean,
    auto_add_to_fieldsets boolean,
    show_in_listview boolean,
    show_in_requestable_list boolean,
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE custom_fieldsets (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE custom_field_custom_fieldset (
    custom_field_id integer NOT NULL REFERENCES custom_fields (id),
    custom_fieldset_id integer NOT NULL REFERENCES custom_fieldsets (id),
    "order" integer NOT NULL,
    required boolean NOT NULL,
    PRIMARY KEY (custom_field_id, custom_fieldset_id)
);

CREATE TABLE models (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    model_number varchar(191),
    min_amt integer,
    eol integer,
    image varchar(191),
    deprecated_mac_address boolean NOT NULL,
    notes text,
    requestable boolean NOT NULL,
    require_serial boolean,
    manufacturer_id integer REFERENCES manufacturers (id),
    category_id integer REFERENCES categories (id),
    depreciation_id integer REFERENCES depreciations (id),
    fieldset_id integer REFERENCES custom_fieldsets (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE models_custom_fields (
    id serial PRIMARY KEY,
    asset_model_id integer NOT NULL REFERENCES models (id),
    custom_field_id integer NOT NULL REFERENCES custom_fields (id),
    default_value text
);

CREATE TABLE status_labels (
    id serial PRIMARY KEY,
    name varchar(191),
    deployable boolean NOT NULL,
    pending boolean NOT NULL,
    archived boolean NOT NULL,
    notes text,
    color varchar(10),
    show_in_nav boolean,
    default_label boolean,
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE assets (
    id serial PRIMARY KEY,
    name varchar(191),
    asset_tag varchar(191),
    serial varchar(191),
    purchase_date date,
    purchase_cost numeric(20, 2),
    order_number varchar(191),
    assigned_to integer,
    assigned_type varchar(191),
    notes text,
    image text,
    physical boolean NOT NULL,
    archived boolean,
    warranty_months integer,
    depreciate boolean,
    requestable boolean NOT NULL,
    accepted varchar(191),
    last_checkout timestamp,
    last_checkin timestamp,
    expected_checkin date,
    last_audit_date timestamp,
    next_audit_date date,
    checkin_counter integer NOT NULL,
    checkout_counter integer NOT NULL,
    requests_counter integer NOT NULL,
    byod boolean,
    asset_eol_date date,
    eol_explicit boolean NOT NULL,
    _snipeit_mac_address_1 varchar(191),
    _snipeit_imei_2 text,
    _snipeit_ram_3 text,
    model_id integer REFERENCES models (id),
    status_id integer REFERENCES status_labels (id),
    supplier_id integer REFERENCES suppliers (id),
    rtd_location_id integer REFERENCES locations (id),
    location_id integer REFERENCES locations (id),
    company_id integer REFERENCES companies (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE asset_maintenances (
    id serial PRIMARY KEY,
    asset_maintenance_type varchar(191) NOT NULL,
    title varchar(191) NOT NULL,
    is_warranty boolean NOT NULL,
    start_date date NOT NULL,
    completion_date date,
    asset_maintenance_time integer,
    notes text,
    cost numeric(20, 2),
    asset_id integer NOT NULL REFERENCES assets (id),
    supplier_id integer REFERENCES suppliers (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE licenses (
    id serial PRIMARY KEY,
    name varchar(191),
    serial text,
    purchase_date date,
    purchase_cost numeric(20, 2),
    order_number varchar(50),
    seats integer NOT NULL,
    notes text,
    license_name varchar(191),
    license_email text,
    depreciate boolean,
    expiration_date date,
    purchase_order varchar(191),
    termination_date date,
    maintained boolean,
    reassignable boolean NOT NULL,
    min_amt integer,
    depreciation_id integer REFERENCES depreciations (id),
    supplier_id integer REFERENCES suppliers (id),
    company_id integer REFERENCES companies (id),
    manufacturer_id integer REFERENCES manufacturers (id),
    category_id integer REFERENCES categories (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE license_seats (
    id serial PRIMARY KEY,
    notes text,
    unreassignable_seat boolean NOT NULL,
    license_id integer REFERENCES licenses (id),
    assigned_to integer REFERENCES users (id),
    asset_id integer REFERENCES assets (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE accessories (
    id serial PRIMARY KEY,
    name varchar(191),
    qty integer NOT NULL,
    requestable boolean NOT NULL,
    purchase_date date,
    purchase_cost numeric(20, 2),
    order_number varchar(191),
    min_amt integer,
    model_number varchar(191),
    image varchar(191),
    notes text,
    category_id integer REFERENCES categories (id),
    location_id integer REFERENCES locations (id),
    company_id integer REFERENCES companies (id),
    manufacturer_id integer REFERENCES manufacturers (id),
    supplier_id integer REFERENCES suppliers (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE accessories_checkout (
    id serial PRIMARY KEY,
    assigned_to integer,
    assigned_type varchar(191),
    note varchar(191),
    accessory_id integer REFERENCES accessories (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE consumables (
    id serial PRIMARY KEY,
    name varchar(191),
    qty integer NOT NULL,
    requestable boolean NOT NULL,
    purchase_date date,
    purchase_cost numeric(20, 2),
    order_number varchar(191),
    min_amt integer,
    model_number varchar(191),
    item_no varchar(191),
    image varchar(191),
    notes text,
    category_id integer REFERENCES categories (id),
    location_id integer REFERENCES locations (id),
    company_id integer REFERENCES companies (id),
    manufacturer_id integer REFERENCES manufacturers (id),
    supplier_id integer REFERENCES suppliers (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE consumables_users (
    id serial PRIMARY KEY,
    note varchar(191),
    consumable_id integer REFERENCES consumables (id),
    assigned_to integer REFERENCES users (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE components (
    id serial PRIMARY KEY,
    name varchar(191),
    qty integer NOT NULL,
    order_number varchar(191),
    purchase_date date,
    purchase_cost numeric(20, 2),
    min_amt integer,
    serial varchar(191),
    image varchar(191),
    model_number varchar(191),
    notes text,
    category_id integer REFERENCES categories (id),
    location_id integer REFERENCES locations (id),
    company_id integer REFERENCES companies (id),
    supplier_id integer REFERENCES suppliers (id),
    manufacturer_id integer REFERENCES manufacturers (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE components_assets (
    id serial PRIMARY KEY,
    assigned_qty integer,
    note varchar(191),
    component_id integer REFERENCES components (id),
    asset_id integer REFERENCES assets (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE kits (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE kits_models (
    id serial PRIMARY KEY,
    kit_id integer REFERENCES kits (id),
    model_id integer REFERENCES models (id),
    quantity integer NOT NULL
);

CREATE TABLE kits_licenses (
    id serial PRIMARY KEY,
    kit_id integer REFERENCES kits (id),
    license_id integer REFERENCES licenses (id),
    quantity integer NOT NULL
);

CREATE TABLE kits_consumables (
    id serial PRIMARY KEY,
    kit_id integer REFERENCES kits (id),
    consumable_id integer REFERENCES consumables (id),
    quantity integer NOT NULL
);

CREATE TABLE kits_accessories (
    id serial PRIMARY KEY,
    kit_id integer REFERENCES kits (id),
    accessory_id integer REFERENCES accessories (id),
    quantity integer NOT NULL
);

CREATE TABLE checkout_requests (
    id serial PRIMARY KEY,
    requestable_id integer NOT NULL,
    requestable_type varchar(191) NOT NULL,
    quantity integer NOT NULL,
    canceled_at timestamp,
    fulfilled_at timestamp,
    user_id integer NOT NULL REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE checkout_acceptances (
    id serial PRIMARY KEY,
    checkoutable_type varchar(191) NOT NULL,
    checkoutable_id bigint NOT NULL,
    qty integer,
    signature_filename varchar(191),
    accepted_at timestamp,
    declined_at timestamp,
    stored_eula_file varchar(191),
    note text,
    assigned_to_id integer REFERENCES users (id),
    alert_on_response_id integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE action_logs (
    id serial PRIMARY KEY,
    action_type varchar(191) NOT NULL,
    target_id integer,
    target_type varchar(191),
    note text,
    filename text,
    item_type varchar(191),
    item_id integer,
    expected_checkin date,
    accepted_id integer,
    thread_id integer,
    accept_signature varchar(100),
    log_meta text,
    action_date timestamp,
    stored_eula text,
    action_source varchar(191),
    remote_ip varchar(45),
    user_agent varchar(191),
    location_id integer REFERENCES locations (id),
    company_id integer REFERENCES companies (id),
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE imports (
    id serial PRIMARY KEY,
    name varchar(191),
    file_path varchar(191) NOT NULL,
    filesize integer NOT NULL,
    import_type varchar(191),
    header_row text,
    first_row text,
    field_map text,
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE report_templates (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    options text NOT NULL,
    created_by integer REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp,
    deleted_at timestamp
);

CREATE TABLE settings (
    id serial PRIMARY KEY,
    site_name varchar(100) NOT NULL,
    per_page integer NOT NULL,
    qr_code boolean,
    qr_text varchar(32),
    display_asset_name boolean,
    display_checkout_date boolean,
    display_eol boolean,
    auto_increment_assets boolean NOT NULL,
    auto_increment_prefix varchar(191),
    alert_email varchar(191),
    alerts_enabled boolean NOT NULL,
    default_currency varchar(10),
    custom_css text,
    brand integer NOT NULL,
    ldap_enabled varchar(191),
    ldap_server varchar(191),
    ldap_basedn varchar(191),
    full_multiple_companies_support boolean NOT NULL,
    default_eula_text text,
    logo varchar(191),
    header_color varchar(191),
    audit_interval integer,
    audit_warning_days integer,
    require_accept_signature boolean NOT NULL,
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE requested_assets (
    id serial PRIMARY KEY,
    accepted_at timestamp,
    denied_at timestamp,
    notes text,
    asset_id integer NOT NULL REFERENCES assets (id),
    user_id integer NOT NULL REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE throttle (
    id serial PRIMARY KEY,
    ip_address varchar(191),
    attempts integer NOT NULL,
    suspended boolean NOT NULL,
    banned boolean NOT NULL,
    last_attempt_at timestamp,
    suspended_at timestamp,
    banned_at timestamp,
    user_id integer REFERENCES users (id)
);

CREATE TABLE saml_nonces (
    id serial PRIMARY KEY,
    nonce varchar(191) NOT NULL,
    not_valid_after timestamp NOT NULL
);

CREATE TABLE login_attempts (
    id serial PRIMARY KEY,
    username varchar(191),
    remote_ip varchar(45),
    user_agent varchar(191),
    successful integer,
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE password_resets (
    email varchar(191) NOT NULL,
    token varchar(191) NOT NULL,
    created_at timestamp
);

CREATE TABLE oauth_clients (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    secret varchar(100),
    provider varchar(191),
    redirect text NOT NULL,
    personal_access_client boolean NOT NULL,
    password_client boolean NOT NULL,
    revoked boolean NOT NULL,
    user_id bigint REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE oauth_personal_access_clients (
    id serial PRIMARY KEY,
    client_id integer NOT NULL REFERENCES oauth_clients (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE oauth_access_tokens (
    id varchar(100) NOT NULL PRIMARY KEY,
    name varchar(191),
    scopes text,
    revoked boolean NOT NULL,
    expires_at timestamp,
    user_id bigint REFERENCES users (id),
    client_id integer NOT NULL REFERENCES oauth_clients (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE oauth_auth_codes (
    id varchar(100) NOT NULL PRIMARY KEY,
    scopes text,
    revoked boolean NOT NULL,
    expires_at timestamp,
    user_id bigint NOT NULL REFERENCES users (id),
    client_id integer NOT NULL REFERENCES oauth_clients (id)
);

CREATE TABLE oauth_refresh_tokens (
    id varchar(100) NOT NULL PRIMARY KEY,
    access_token_id varchar(100) NOT NULL REFERENCES oauth_access_tokens (id),
    revoked boolean NOT NULL,
    expires_at timestamp
);

CREATE TABLE jobs (
    id bigserial PRIMARY KEY,
    queue varchar(191) NOT NULL,
    payload text NOT NULL,
    attempts smallint NOT NULL,
    reserved_at integer,
    available_at integer NOT NULL,
    created_at integer NOT NULL
);

CREATE TABLE failed_jobs (
    id bigserial PRIMARY KEY,
    uuid varchar(191) NOT NULL UNIQUE,
    connection text NOT NULL,
    queue text NOT NULL,
    payload text NOT NULL,
    exception text NOT NULL,
    failed_at timestamp NOT NULL
);

CREATE TABLE migrations (
    id serial PRIMARY KEY,
    migration varchar(191) NOT NULL,
    batch integer NOT NULL
);
