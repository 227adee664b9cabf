-- superset.sql: a thirteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind13). The PostgreSQL metadata
-- database of an Apache Superset 4 server: the Flask-AppBuilder security
-- tables (ab_*), databases (dbs) and their SSH tunnels and OAuth2 tokens,
-- datasets (tables) with their columns, metrics and owners, charts
-- (slices) and dashboards with owners, roles and embedding, SQL Lab
-- (query, saved_query, tab_state, table_schema), annotations, tags,
-- alerts and reports, row level security, favourites, logs, key-value
-- store, CSS templates, dynamic plugins, user attributes, and the
-- semantic-layer tables (sl_*).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests.
-- Superset conventions (SQLAlchemy models on Flask-AppBuilder): plural
-- or abbreviated table names (dbs, slices, tables, logs, sql_metrics);
-- integer ids; an audit pair created_by_fk / changed_by_fk -> ab_user on
-- almost every table, and last_saved_by_fk; ownership link tables
-- (slice_user, dashboard_user, sqlatable_user, report_schedule_user,
-- sl_dataset_users) with user_id; references named db_id, database_id,
-- table_id, layer_id, chart_id, rls_filter_id, welcome_dashboard_id,
-- saved_query_id, and tab_state.latest_query_id, a varchar that holds
-- query.client_id.
-- The REFERENCES are the foreign keys Superset declares. Left without
-- REFERENCES, as in Superset: slices.datasource_id (a dataset of the kind
-- datasource_type), favstar.obj_id (by class_name), tagged_object.object_id
-- (by object_type), filter_sets.owner_id (by owner_type), logs.dashboard_id
-- / logs.slice_id, cache_keys.datasource_uid, query.sql_editor_id.

CREATE TABLE ab_permission (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE
);

CREATE TABLE ab_view_menu (
    id integer PRIMARY KEY,
    name varchar(250) NOT NULL UNIQUE
);

CREATE TABLE ab_role (
    id integer PRIMARY KEY,
    name varchar(64) NOT NULL UNIQUE
);

CREATE TABLE ab_permission_view (
    id integer PRIMARY KEY,
    permission_id integer REFERENCES ab_permission (id),
    view_menu_id integer REFERENCES ab_view_menu (id),
    UNIQUE (permission_id, view_menu_id)
);

CREATE TABLE ab_permission_view_role (
    id integer PRIMARY KEY,
    permission_view_id integer REFERENCES ab_permission_view (id),
    role_id integer REFERENCES ab_role (id),
    UNIQUE (permission_view_id, role_id)
);

CREATE TABLE ab_user (
    id integer PRIMARY KEY,
    first_name varchar(64) NOT NULL,
    last_name varchar(64) NOT NULL,
    username varchar(100) NOT NULL UNIQUE,
    password varchar(256),
    active boolean,
    email varchar(320) NOT NULL UNIQUE,
    last_login timestamp,
    login_count integer,
    fail_login_count integer,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE ab_user_role (
    id integer PRIMARY KEY,
    user_id integer REFERENCES ab_user (id),
    role_id integer REFERENCES ab_role (id),
    UNIQUE (user_id, role_id)
);

CREATE TABLE ab_register_user (
    id integer PRIMARY KEY,
    first_name varchar(64) NOT NULL,
    last_name varchar(64) NOT NULL,
    username varchar(100) NOT NULL UNIQUE,
    password varchar(256),
    email varchar(320) NOT NULL,
    registration_date timestamp,
    registration_hash varchar(256)
);

CREATE TABLE dbs (
    id integer PRIMARY KEY,
    uuid uuid,
    database_name varchar(250) NOT NULL UNIQUE,
    verbose_name varchar(250) UNIQUE,
    sqlalchemy_uri varchar(1024) NOT NULL,
    password bytea,
    cache_timeout integer,
    select_as_create_table_as boolean,
    expose_in_sqllab boolean,
    configuration_method varchar(255),
    allow_run_async boolean,
    allow_file_upload boolean NOT NULL,
    allow_ctas boolean,
    allow_cvas boolean,
    allow_dml boolean,
    force_ctas_schema varchar(250),
    extra text,
    encrypted_extra bytea,
    impersonate_user boolean,
    server_cert bytea,
    is_managed_externally boolean NOT NULL DEFAULT false,
    external_url text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE ssh_tunnels (
    id integer PRIMARY KEY,
    uuid uuid,
    database_id integer UNIQUE REFERENCES dbs (id),
    server_address varchar(256),
    server_port integer,
    username bytea,
    password bytea,
    private_key bytea,
    private_key_password bytea,
    extra_json text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE database_user_oauth2_tokens (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES ab_user (id) ON DELETE CASCADE,
    database_id integer NOT NULL REFERENCES dbs (id) ON DELETE CASCADE,
    access_token bytea,
    access_token_expiration timestamp,
    refresh_token bytea,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE tables (
    id integer PRIMARY KEY,
    uuid uuid,
    table_name varchar(250) NOT NULL,
    main_dttm_col varchar(250),
    default_endpoint text,
    database_id integer NOT NULL REFERENCES dbs (id),
    "offset" integer,
    description text,
    is_featured boolean,
    cache_timeout integer,
    catalog varchar(256),
    schema varchar(255),
    sql text,
    params text,
    perm varchar(1000),
    schema_perm varchar(1000),
    catalog_perm varchar(1000),
    filter_select_enabled boolean,
    fetch_values_predicate text,
    is_sqllab_view boolean,
    template_params text,
    extra text,
    normalize_columns boolean,
    always_filter_main_dttm boolean,
    is_managed_externally boolean NOT NULL DEFAULT false,
    external_url text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id),
    UNIQUE (database_id, catalog, schema, table_name)
);

CREATE TABLE table_columns (
    id integer PRIMARY KEY,
    uuid uuid,
    table_id integer REFERENCES tables (id) ON DELETE CASCADE,
    column_name varchar(255) NOT NULL,
    verbose_name varchar(1024),
    is_dttm boolean,
    is_active boolean,
    type text,
    advanced_data_type varchar(255),
    groupby boolean,
    filterable boolean,
    description text,
    expression text,
    python_date_format varchar(255),
    extra text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id),
    UNIQUE (table_id, column_name)
);

CREATE TABLE sql_metrics (
    id integer PRIMARY KEY,
    uuid uuid,
    table_id integer REFERENCES tables (id) ON DELETE CASCADE,
    metric_name varchar(255) NOT NULL,
    verbose_name varchar(1024),
    metric_type varchar(32),
    expression text NOT NULL,
    description text,
    d3format varchar(128),
    currency varchar(128),
    warning_text text,
    extra text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id),
    UNIQUE (table_id, metric_name)
);

CREATE TABLE sqlatable_user (
    id integer PRIMARY KEY,
    user_id integer REFERENCES ab_user (id) ON DELETE CASCADE,
    table_id integer REFERENCES tables (id) ON DELETE CASCADE
);

CREATE TABLE slices (
    id integer PRIMARY KEY,
    uuid uuid,
    slice_name varchar(250),
    datasource_id integer,
    datasource_type varchar(200),
    datasource_name varchar(2000),
    viz_type varchar(250),
    params text,
    query_context text,
    description text,
    cache_timeout integer,
    perm varchar(1000),
    schema_perm varchar(1000),
    catalog_perm varchar(1000),
    certified_by text,
    certification_details text,
    is_managed_externally boolean NOT NULL DEFAULT false,
    external_url text,
    last_saved_at timestamp,
    last_saved_by_fk integer REFERENCES ab_user (id),
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE slice_user (
    id integer PRIMARY KEY,
    user_id integer REFERENCES ab_user (id) ON DELETE CASCADE,
    slice_id integer REFERENCES slices (id) ON DELETE CASCADE
);

CREATE TABLE dashboards (
    id integer PRIMARY KEY,
    uuid uuid,
    dashboard_title varchar(500),
    position_json text,
    description text,
    css text,
    certified_by text,
    certification_details text,
    json_metadata text,
    slug varchar(255) UNIQUE,
    published boolean,
    is_managed_externally boolean NOT NULL DEFAULT false,
    external_url text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE dashboard_slices (
    id integer PRIMARY KEY,
    dashboard_id integer REFERENCES dashboards (id) ON DELETE CASCADE,
    slice_id integer REFERENCES slices (id) ON DELETE CASCADE,
    UNIQUE (dashboard_id, slice_id)
);

CREATE TABLE dashboard_user (
    id integer PRIMARY KEY,
    user_id integer REFERENCES ab_user (id) ON DELETE CASCADE,
    dashboard_id integer REFERENCES dashboards (id) ON DELETE CASCADE
);

CREATE TABLE dashboard_roles (
    id integer PRIMARY KEY,
    role_id integer NOT NULL REFERENCES ab_role (id) ON DELETE CASCADE,
    dashboard_id integer REFERENCES dashboards (id) ON DELETE CASCADE
);

CREATE TABLE embedded_dashboards (
    uuid uuid PRIMARY KEY,
    allow_domain_list text,
    dashboard_id integer NOT NULL REFERENCES dashboards (id) ON DELETE CASCADE,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE filter_sets (
    id integer PRIMARY KEY,
    name varchar(500) NOT NULL,
    description text,
    json_metadata text NOT NULL,
    owner_id integer NOT NULL,
    owner_type varchar(255) NOT NULL,
    dashboard_id integer NOT NULL REFERENCES dashboards (id) ON DELETE CASCADE,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE favstar (
    id integer PRIMARY KEY,
    user_id integer REFERENCES ab_user (id) ON DELETE CASCADE,
    class_name varchar(50),
    obj_id integer,
    dttm timestamp
);

CREATE TABLE user_attribute (
    id integer PRIMARY KEY,
    user_id integer REFERENCES ab_user (id),
    welcome_dashboard_id integer REFERENCES dashboards (id),
    avatar_url varchar(100),
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE logs (
    id integer PRIMARY KEY,
    action varchar(512),
    user_id integer REFERENCES ab_user (id),
    json text,
    dttm timestamp,
    dashboard_id integer,
    slice_id integer,
    duration_ms integer,
    referrer varchar(1024)
);

CREATE TABLE css_templates (
    id integer PRIMARY KEY,
    template_name varchar(250),
    css text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE key_value (
    id integer PRIMARY KEY,
    resource varchar(32) NOT NULL,
    value bytea NOT NULL,
    uuid uuid UNIQUE,
    expires_on timestamp,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE keyvalue (
    id integer PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE cache_keys (
    id integer PRIMARY KEY,
    cache_key varchar(256) NOT NULL,
    cache_timeout integer,
    datasource_uid varchar(64) NOT NULL,
    created_on timestamp
);

CREATE TABLE dynamic_plugin (
    id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    key text NOT NULL UNIQUE,
    bundle_url text NOT NULL UNIQUE,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE query (
    id integer PRIMARY KEY,
    client_id varchar(11) NOT NULL UNIQUE,
    database_id integer NOT NULL REFERENCES dbs (id),
    tmp_table_name varchar(256),
    tmp_schema_name varchar(256),
    user_id integer REFERENCES ab_user (id),
    status varchar(16),
    tab_name varchar(256),
    sql_editor_id varchar(256),
    catalog varchar(256),
    schema varchar(256),
    sql text,
    select_sql text,
    executed_sql text,
    "limit" integer,
    limiting_factor varchar(255),
    select_as_cta boolean,
    select_as_cta_used boolean,
    ctas_method varchar(16),
    progress integer,
    rows integer,
    error_message text,
    results_key varchar(64),
    start_time numeric(20,6),
    start_running_time numeric(20,6),
    end_time numeric(20,6),
    end_result_backend_time numeric(20,6),
    tracking_url text,
    extra_json text,
    changed_on timestamp
);

CREATE TABLE saved_query (
    id integer PRIMARY KEY,
    uuid uuid,
    user_id integer REFERENCES ab_user (id),
    db_id integer REFERENCES dbs (id),
    catalog varchar(256),
    schema varchar(128),
    label varchar(256),
    description text,
    sql text,
    template_parameters text,
    extra_json text,
    last_run timestamp,
    rows integer,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE tab_state (
    id integer PRIMARY KEY,
    user_id integer REFERENCES ab_user (id),
    label varchar(256),
    active boolean,
    database_id integer REFERENCES dbs (id) ON DELETE CASCADE,
    catalog varchar(256),
    schema varchar(256),
    sql text,
    query_limit integer,
    latest_query_id varchar(11) REFERENCES query (client_id) ON DELETE SET NULL,
    autorun boolean NOT NULL,
    template_params text,
    hide_left_bar boolean NOT NULL DEFAULT false,
    saved_query_id integer REFERENCES saved_query (id) ON DELETE SET NULL,
    extra_json text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE table_schema (
    id integer PRIMARY KEY,
    tab_state_id integer REFERENCES tab_state (id) ON DELETE CASCADE,
    database_id integer NOT NULL REFERENCES dbs (id) ON DELETE CASCADE,
    catalog varchar(256),
    schema varchar(256),
    "table" varchar(256),
    description text,
    expanded boolean,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE annotation_layer (
    id integer PRIMARY KEY,
    name varchar(250),
    descr text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE annotation (
    id integer PRIMARY KEY,
    start_dttm timestamp,
    end_dttm timestamp,
    layer_id integer NOT NULL REFERENCES annotation_layer (id),
    short_descr varchar(500),
    long_descr text,
    json_metadata text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE tag (
    id integer PRIMARY KEY,
    name varchar(250) UNIQUE,
    type varchar(50),
    description text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE tagged_object (
    id integer PRIMARY KEY,
    tag_id integer REFERENCES tag (id),
    object_id integer,
    object_type varchar(50),
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE user_favorite_tag (
    user_id integer NOT NULL REFERENCES ab_user (id),
    tag_id integer NOT NULL REFERENCES tag (id)
);

CREATE TABLE report_schedule (
    id integer PRIMARY KEY,
    type varchar(50) NOT NULL,
    name varchar(150) NOT NULL,
    description text,
    context_markdown text,
    active boolean,
    crontab varchar(1000) NOT NULL,
    timezone varchar(100) NOT NULL DEFAULT 'UTC',
    creation_method varchar(255),
    report_format varchar(50),
    sql text,
    chart_id integer REFERENCES slices (id),
    dashboard_id integer REFERENCES dashboards (id),
    database_id integer REFERENCES dbs (id),
    last_eval_dttm timestamp,
    last_state varchar(50),
    last_value double precision,
    last_value_row_json text,
    validator_type varchar(100),
    validator_config_json text,
    log_retention integer,
    grace_period integer,
    working_timeout integer,
    force_screenshot boolean,
    custom_width integer,
    custom_height integer,
    extra_json text NOT NULL,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE report_execution_log (
    id integer PRIMARY KEY,
    uuid uuid,
    scheduled_dttm timestamp NOT NULL,
    start_dttm timestamp,
    end_dttm timestamp,
    value double precision,
    value_row_json text,
    state varchar(50) NOT NULL,
    error_message text,
    report_schedule_id integer NOT NULL REFERENCES report_schedule (id)
);

CREATE TABLE report_recipient (
    id integer PRIMARY KEY,
    type varchar(50) NOT NULL,
    recipient_config_json text,
    report_schedule_id integer NOT NULL REFERENCES report_schedule (id),
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE report_schedule_user (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES ab_user (id),
    report_schedule_id integer NOT NULL REFERENCES report_schedule (id)
);

CREATE TABLE row_level_security_filters (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL UNIQUE,
    description text,
    filter_type varchar(255),
    group_key varchar(255),
    clause text NOT NULL,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE rls_filter_roles (
    id integer PRIMARY KEY,
    role_id integer NOT NULL REFERENCES ab_role (id),
    rls_filter_id integer REFERENCES row_level_security_filters (id)
);

CREATE TABLE rls_filter_tables (
    id integer PRIMARY KEY,
    table_id integer REFERENCES tables (id),
    rls_filter_id integer REFERENCES row_level_security_filters (id)
);

CREATE TABLE sl_tables (
    id integer PRIMARY KEY,
    uuid uuid UNIQUE,
    database_id integer NOT NULL REFERENCES dbs (id),
    catalog text,
    schema text,
    name text,
    is_managed_externally boolean NOT NULL DEFAULT false,
    external_url text,
    extra_json text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE sl_columns (
    id integer PRIMARY KEY,
    uuid uuid UNIQUE,
    name text,
    type text,
    expression text,
    is_physical boolean,
    description text,
    warning_text text,
    unit text,
    is_temporal boolean,
    is_spatial boolean NOT NULL DEFAULT false,
    is_partition boolean NOT NULL DEFAULT false,
    is_aggregation boolean NOT NULL DEFAULT false,
    is_additive boolean NOT NULL DEFAULT false,
    is_increase_desired boolean NOT NULL DEFAULT true,
    is_managed_externally boolean NOT NULL DEFAULT false,
    external_url text,
    advanced_data_type text,
    extra_json text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE sl_datasets (
    id integer PRIMARY KEY,
    uuid uuid UNIQUE,
    database_id integer NOT NULL REFERENCES dbs (id),
    is_physical boolean,
    is_managed_externally boolean NOT NULL DEFAULT false,
    name text,
    expression text,
    external_url text,
    extra_json text,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE sl_table_columns (
    table_id integer NOT NULL REFERENCES sl_tables (id) ON DELETE CASCADE,
    column_id integer NOT NULL REFERENCES sl_columns (id) ON DELETE CASCADE,
    PRIMARY KEY (table_id, column_id)
);

CREATE TABLE sl_dataset_columns (
    dataset_id integer NOT NULL REFERENCES sl_datasets (id) ON DELETE CASCADE,
    column_id integer NOT NULL REFERENCES sl_columns (id) ON DELETE CASCADE,
    PRIMARY KEY (dataset_id, column_id)
);

CREATE TABLE sl_dataset_tables (
    dataset_id integer NOT NULL REFERENCES sl_datasets (id) ON DELETE CASCADE,
    table_id integer NOT NULL REFERENCES sl_tables (id) ON DELETE CASCADE,
    PRIMARY KEY (dataset_id, table_id)
);

CREATE TABLE sl_dataset_users (
    dataset_id integer NOT NULL REFERENCES sl_datasets (id) ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES ab_user (id) ON DELETE CASCADE,
    PRIMARY KEY (dataset_id, user_id)
);
