-- metabase.sql: a fourteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind14). The PostgreSQL application
-- database of a Metabase 0.50-era installation: users, sessions and API
-- keys, permission groups and data permissions, collections, the synced
-- warehouse metadata (metabase_database / metabase_table / metabase_field
-- with field values and dimensions), questions (report_card), dashboards
-- with cards, tabs and series, pulses / alerts and the newer notification
-- tables, actions, models and their indexes, timelines, snippets,
-- sandboxes, bookmarks, revisions, the query log tables, and the Quartz
-- scheduler tables (qrtz_*) Metabase keeps in the same database.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests.
-- Metabase conventions (Liquibase migrations, Toucan models): lowercase
-- snake_case; integer surrogate id; core_ / metabase_ / report_ prefixes on
-- the oldest tables (core_user, metabase_field, report_card,
-- report_dashboardcard) and plain names on newer ones; role names such as
-- creator_id, made_public_by_id, personal_owner_id, fk_target_field_id,
-- human_readable_field_id, model_id (a card), db_id beside database_id;
-- Quartz's composite keys (sched_name, job_name, job_group) and
-- (sched_name, trigger_name, trigger_group).
-- The REFERENCES are the foreign keys Metabase declares. Left without
-- REFERENCES, as in Metabase: the polymorphic model / model_id pairs
-- (activity, view_log, revision, recent_views, audit_log, cache_config,
-- bookmark_ordering.item_id), query_execution's card_id / dashboard_id /
-- executor_id / database_id (a log), task_history.db_id,
-- moderation_review's item and moderator, parameter_card's
-- parameterized object, notification.payload_id, collection.location (a
-- path of ids). parameter_card.parameterized_object_id is NOT NULL in
-- Metabase; it is written nullable here only because gen_data.py may draw
-- polymorphic targets that are filled after this table (the rows would be
-- dropped and the table left empty).

CREATE TABLE core_user (
    id integer PRIMARY KEY,
    email varchar(254) NOT NULL UNIQUE,
    first_name varchar(254),
    last_name varchar(254),
    password varchar(254),
    password_salt varchar(254),
    date_joined timestamp NOT NULL,
    last_login timestamp,
    is_superuser boolean NOT NULL,
    is_active boolean NOT NULL,
    reset_token varchar(254),
    reset_triggered bigint,
    is_qbnewb boolean NOT NULL,
    google_auth boolean NOT NULL,
    ldap_auth boolean NOT NULL,
    login_attributes text,
    updated_at timestamp,
    sso_source varchar(254),
    locale varchar(5),
    is_datasetnewb boolean NOT NULL,
    settings text,
    type varchar(64) NOT NULL,
    entity_id char(21) UNIQUE,
    deactivated_at timestamp
);

CREATE TABLE core_session (
    id varchar(254) PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    created_at timestamp NOT NULL,
    anti_csrf_token text
);

CREATE TABLE login_history (
    id integer PRIMARY KEY,
    "timestamp" timestamp NOT NULL,
    user_id integer NOT NULL REFERENCES core_user (id),
    session_id varchar(254) REFERENCES core_session (id),
    device_id char(36) NOT NULL,
    device_description text NOT NULL,
    ip_address text NOT NULL
);

CREATE TABLE api_key (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    key varchar(254) NOT NULL,
    key_prefix varchar(7) NOT NULL UNIQUE,
    creator_id integer NOT NULL REFERENCES core_user (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    name varchar(254) NOT NULL UNIQUE,
    updated_by_id integer NOT NULL REFERENCES core_user (id),
    scope varchar(64)
);

CREATE TABLE user_key_value (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    namespace varchar(254) NOT NULL,
    key varchar(254) NOT NULL,
    value text,
    expires_at timestamp,
    created_at timestamp,
    updated_at timestamp,
    UNIQUE (user_id, namespace, key)
);

CREATE TABLE setting (
    key varchar(254) PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE data_migrations (
    id varchar(254) PRIMARY KEY,
    "timestamp" timestamp NOT NULL
);

CREATE TABLE databasechangelog (
    id varchar(255) NOT NULL,
    author varchar(255) NOT NULL,
    filename varchar(255) NOT NULL,
    dateexecuted timestamp NOT NULL,
    orderexecuted integer NOT NULL,
    exectype varchar(10) NOT NULL,
    md5sum varchar(35),
    description varchar(255),
    comments varchar(255),
    tag varchar(255),
    liquibase varchar(20),
    contexts varchar(255),
    labels varchar(255),
    deployment_id varchar(10)
);

CREATE TABLE databasechangeloglock (
    id integer PRIMARY KEY,
    locked boolean NOT NULL,
    lockgranted timestamp,
    lockedby varchar(255)
);

CREATE TABLE permissions_group (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL UNIQUE,
    entity_id char(21) UNIQUE
);

CREATE TABLE permissions_group_membership (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    group_id integer NOT NULL REFERENCES permissions_group (id),
    is_group_manager boolean NOT NULL,
    UNIQUE (user_id, group_id)
);

CREATE TABLE permissions (
    id integer PRIMARY KEY,
    object varchar(254) NOT NULL,
    group_id integer NOT NULL REFERENCES permissions_group (id),
    UNIQUE (group_id, object)
);

CREATE TABLE permissions_revision (
    id integer PRIMARY KEY,
    "before" text NOT NULL,
    "after" text NOT NULL,
    user_id integer NOT NULL REFERENCES core_user (id),
    created_at timestamp NOT NULL,
    remark text
);

CREATE TABLE collection_permission_graph_revision (
    id integer PRIMARY KEY,
    "before" text NOT NULL,
    "after" text NOT NULL,
    user_id integer NOT NULL REFERENCES core_user (id),
    created_at timestamp NOT NULL,
    remark text
);

CREATE TABLE application_permissions_revision (
    id integer PRIMARY KEY,
    "before" text NOT NULL,
    "after" text NOT NULL,
    user_id integer NOT NULL REFERENCES core_user (id),
    created_at timestamp NOT NULL,
    remark text
);

CREATE TABLE collection (
    id integer PRIMARY KEY,
    name text NOT NULL,
    description text,
    archived boolean NOT NULL,
    location varchar(254) NOT NULL,
    personal_owner_id integer UNIQUE REFERENCES core_user (id),
    slug varchar(510) NOT NULL,
    namespace varchar(254),
    authority_level varchar(255),
    entity_id char(21) UNIQUE,
    created_at timestamp NOT NULL,
    type varchar(256),
    is_sample boolean NOT NULL,
    archive_operation_id char(36),
    archived_directly boolean
);

CREATE TABLE collection_bookmark (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    collection_id integer NOT NULL REFERENCES collection (id),
    created_at timestamp NOT NULL,
    UNIQUE (user_id, collection_id)
);

CREATE TABLE metabase_database (
    id integer PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    name varchar(254) NOT NULL,
    description text,
    details text,
    engine varchar(254) NOT NULL,
    is_sample boolean NOT NULL,
    is_full_sync boolean NOT NULL,
    points_of_interest text,
    caveats text,
    metadata_sync_schedule varchar(254) NOT NULL,
    cache_field_values_schedule varchar(254),
    timezone varchar(254),
    is_on_demand boolean NOT NULL,
    auto_run_queries boolean NOT NULL,
    refingerprint boolean,
    cache_ttl integer,
    initial_sync_status varchar(32) NOT NULL,
    creator_id integer REFERENCES core_user (id),
    settings text,
    dbms_version text,
    is_audit boolean NOT NULL,
    uploads_enabled boolean NOT NULL,
    uploads_schema_name text,
    uploads_table_prefix text
);

CREATE TABLE metabase_table (
    id integer PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    name varchar(256) NOT NULL,
    description text,
    entity_type varchar(254),
    active boolean NOT NULL,
    db_id integer NOT NULL REFERENCES metabase_database (id),
    display_name varchar(256),
    visibility_type varchar(254),
    schema varchar(254),
    points_of_interest text,
    caveats text,
    show_in_getting_started boolean NOT NULL,
    field_order varchar(254) NOT NULL,
    initial_sync_status varchar(32) NOT NULL,
    is_upload boolean NOT NULL,
    database_require_filter boolean,
    estimated_row_count bigint,
    view_count integer NOT NULL,
    UNIQUE (db_id, schema, name)
);

CREATE TABLE metabase_field (
    id integer PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    name varchar(254) NOT NULL,
    base_type varchar(255) NOT NULL,
    semantic_type varchar(255),
    active boolean NOT NULL,
    description text,
    preview_display boolean NOT NULL,
    position integer NOT NULL,
    table_id integer NOT NULL REFERENCES metabase_table (id),
    parent_id integer REFERENCES metabase_field (id),
    display_name varchar(254),
    visibility_type varchar(32) NOT NULL,
    fk_target_field_id integer REFERENCES metabase_field (id),
    last_analyzed timestamp,
    points_of_interest text,
    caveats text,
    fingerprint text,
    fingerprint_version integer NOT NULL,
    database_type text NOT NULL,
    has_field_values text,
    settings text,
    database_position integer NOT NULL,
    custom_position integer NOT NULL,
    effective_type varchar(255),
    coercion_strategy varchar(255),
    nfc_path varchar(254),
    database_required boolean NOT NULL,
    json_unfolding boolean NOT NULL,
    database_is_auto_increment boolean NOT NULL,
    database_indexed boolean,
    database_partitioned boolean
);

CREATE TABLE metabase_fieldvalues (
    id integer PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    "values" text,
    human_readable_values text,
    field_id integer NOT NULL REFERENCES metabase_field (id),
    has_more_values boolean,
    type varchar(32) NOT NULL,
    hash_key text,
    last_used_at timestamp NOT NULL
);

CREATE TABLE dimension (
    id integer PRIMARY KEY,
    field_id integer NOT NULL UNIQUE REFERENCES metabase_field (id),
    name varchar(254) NOT NULL,
    type varchar(254) NOT NULL,
    human_readable_field_id integer REFERENCES metabase_field (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    entity_id char(21) UNIQUE
);

CREATE TABLE data_permissions (
    id integer PRIMARY KEY,
    group_id integer NOT NULL REFERENCES permissions_group (id),
    perm_type varchar(64) NOT NULL,
    db_id integer NOT NULL REFERENCES metabase_database (id),
    schema_name varchar(254),
    table_id integer REFERENCES metabase_table (id),
    perm_value varchar(64) NOT NULL
);

CREATE TABLE connection_impersonations (
    id integer PRIMARY KEY,
    db_id integer NOT NULL REFERENCES metabase_database (id),
    group_id integer NOT NULL REFERENCES permissions_group (id),
    attribute text,
    UNIQUE (group_id, db_id)
);

CREATE TABLE table_privileges (
    table_id integer NOT NULL REFERENCES metabase_table (id),
    role varchar(255),
    "select" boolean NOT NULL,
    "update" boolean NOT NULL,
    "insert" boolean NOT NULL,
    "delete" boolean NOT NULL
);

CREATE TABLE segment (
    id integer PRIMARY KEY,
    table_id integer NOT NULL REFERENCES metabase_table (id),
    creator_id integer NOT NULL REFERENCES core_user (id),
    name varchar(254) NOT NULL,
    description text,
    archived boolean NOT NULL,
    definition text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    points_of_interest text,
    caveats text,
    show_in_getting_started boolean NOT NULL,
    entity_id char(21) UNIQUE
);

CREATE TABLE metric (
    id integer PRIMARY KEY,
    table_id integer NOT NULL REFERENCES metabase_table (id),
    creator_id integer NOT NULL REFERENCES core_user (id),
    name varchar(254) NOT NULL,
    description text,
    archived boolean NOT NULL,
    definition text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    points_of_interest text,
    caveats text,
    how_is_this_calculated text,
    show_in_getting_started boolean NOT NULL,
    entity_id char(21) UNIQUE
);

CREATE TABLE metric_important_field (
    id integer PRIMARY KEY,
    metric_id integer NOT NULL REFERENCES metric (id),
    field_id integer NOT NULL REFERENCES metabase_field (id),
    UNIQUE (metric_id, field_id)
);

CREATE TABLE report_card (
    id integer PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    name varchar(254) NOT NULL,
    description text,
    display varchar(254) NOT NULL,
    dataset_query text NOT NULL,
    visualization_settings text NOT NULL,
    creator_id integer NOT NULL REFERENCES core_user (id),
    database_id integer NOT NULL REFERENCES metabase_database (id),
    table_id integer REFERENCES metabase_table (id),
    query_type varchar(16),
    archived boolean NOT NULL,
    collection_id integer REFERENCES collection (id),
    public_uuid char(36) UNIQUE,
    made_public_by_id integer REFERENCES core_user (id),
    enable_embedding boolean NOT NULL,
    embedding_params text,
    cache_ttl integer,
    result_metadata text,
    collection_position smallint,
    entity_id char(21) UNIQUE,
    parameters text,
    parameter_mappings text,
    collection_preview boolean NOT NULL,
    metabase_version varchar(100),
    type varchar(16) NOT NULL,
    initially_published_at timestamp,
    cache_invalidated_at timestamp,
    last_used_at timestamp NOT NULL,
    view_count integer NOT NULL,
    source_card_id integer REFERENCES report_card (id)
);

CREATE TABLE card_bookmark (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    card_id integer NOT NULL REFERENCES report_card (id),
    created_at timestamp NOT NULL,
    UNIQUE (user_id, card_id)
);

CREATE TABLE report_cardfavorite (
    id integer PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    card_id integer NOT NULL REFERENCES report_card (id),
    owner_id integer NOT NULL REFERENCES core_user (id),
    UNIQUE (card_id, owner_id)
);

CREATE TABLE sandboxes (
    id integer PRIMARY KEY,
    group_id integer NOT NULL REFERENCES permissions_group (id),
    table_id integer NOT NULL REFERENCES metabase_table (id),
    card_id integer REFERENCES report_card (id),
    attribute_remappings text,
    permission_id integer REFERENCES permissions (id),
    UNIQUE (table_id, group_id)
);

CREATE TABLE report_dashboard (
    id integer PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    name varchar(254) NOT NULL,
    description text,
    creator_id integer NOT NULL REFERENCES core_user (id),
    parameters text NOT NULL,
    points_of_interest text,
    caveats text,
    show_in_getting_started boolean NOT NULL,
    public_uuid char(36) UNIQUE,
    made_public_by_id integer REFERENCES core_user (id),
    enable_embedding boolean NOT NULL,
    embedding_params text,
    archived boolean NOT NULL,
    position integer,
    collection_id integer REFERENCES collection (id),
    collection_position smallint,
    cache_ttl integer,
    entity_id char(21) UNIQUE,
    auto_apply_filters boolean NOT NULL,
    width varchar(16) NOT NULL,
    initially_published_at timestamp,
    view_count integer NOT NULL,
    last_viewed_at timestamp
);

CREATE TABLE dashboard_tab (
    id integer PRIMARY KEY,
    dashboard_id integer NOT NULL REFERENCES report_dashboard (id),
    name text NOT NULL,
    position integer NOT NULL,
    entity_id char(21) UNIQUE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE dashboard_bookmark (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    dashboard_id integer NOT NULL REFERENCES report_dashboard (id),
    created_at timestamp NOT NULL,
    UNIQUE (user_id, dashboard_id)
);

CREATE TABLE dashboard_favorite (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    dashboard_id integer NOT NULL REFERENCES report_dashboard (id),
    UNIQUE (user_id, dashboard_id)
);

CREATE TABLE bookmark_ordering (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    type varchar(255) NOT NULL,
    item_id integer NOT NULL,
    ordering integer NOT NULL,
    UNIQUE (user_id, type, item_id),
    UNIQUE (user_id, ordering)
);

CREATE TABLE action (
    id integer PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    type text NOT NULL,
    model_id integer NOT NULL REFERENCES report_card (id),
    name varchar(254) NOT NULL,
    description text,
    parameters text,
    parameter_mappings text,
    visualization_settings text,
    public_uuid char(36) UNIQUE,
    made_public_by_id integer REFERENCES core_user (id),
    creator_id integer REFERENCES core_user (id),
    archived boolean NOT NULL,
    entity_id char(21) UNIQUE
);

CREATE TABLE query_action (
    action_id integer NOT NULL PRIMARY KEY REFERENCES action (id),
    database_id integer NOT NULL REFERENCES metabase_database (id),
    dataset_query text NOT NULL
);

CREATE TABLE implicit_action (
    action_id integer NOT NULL REFERENCES action (id),
    kind text NOT NULL
);

CREATE TABLE http_action (
    action_id integer NOT NULL PRIMARY KEY REFERENCES action (id),
    template text NOT NULL,
    response_handle text,
    error_handle text
);

CREATE TABLE report_dashboardcard (
    id integer PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    size_x integer NOT NULL,
    size_y integer NOT NULL,
    "row" integer NOT NULL,
    col integer NOT NULL,
    card_id integer REFERENCES report_card (id),
    dashboard_id integer NOT NULL REFERENCES report_dashboard (id),
    parameter_mappings text NOT NULL,
    visualization_settings text NOT NULL,
    entity_id char(21) UNIQUE,
    action_id integer REFERENCES action (id),
    dashboard_tab_id integer REFERENCES dashboard_tab (id)
);

CREATE TABLE dashboardcard_series (
    id integer PRIMARY KEY,
    dashboardcard_id integer NOT NULL REFERENCES report_dashboardcard (id),
    card_id integer NOT NULL REFERENCES report_card (id),
    position integer NOT NULL
);

CREATE TABLE parameter_card (
    id integer PRIMARY KEY,
    updated_at timestamp NOT NULL,
    created_at timestamp NOT NULL,
    card_id integer NOT NULL REFERENCES report_card (id),
    parameterized_object_type varchar(32) NOT NULL,
    parameterized_object_id integer,
    parameter_id varchar(36) NOT NULL,
    UNIQUE (parameterized_object_id, parameterized_object_type, parameter_id)
);

CREATE TABLE user_parameter_value (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    parameter_id varchar(36) NOT NULL,
    value text,
    dashboard_id integer REFERENCES report_dashboard (id)
);

CREATE TABLE persisted_info (
    id integer PRIMARY KEY,
    database_id integer NOT NULL REFERENCES metabase_database (id),
    card_id integer NOT NULL UNIQUE REFERENCES report_card (id),
    question_slug text NOT NULL,
    table_name text NOT NULL,
    definition text,
    query_hash text,
    active boolean NOT NULL,
    state text NOT NULL,
    refresh_begin timestamp NOT NULL,
    refresh_end timestamp,
    state_change_at timestamp,
    error text,
    created_at timestamp NOT NULL,
    creator_id integer REFERENCES core_user (id)
);

CREATE TABLE model_index (
    id integer PRIMARY KEY,
    model_id integer REFERENCES report_card (id),
    pk_ref text NOT NULL,
    value_ref text NOT NULL,
    schedule text NOT NULL,
    state text NOT NULL,
    indexed_at timestamp,
    error text,
    created_at timestamp NOT NULL,
    creator_id integer NOT NULL REFERENCES core_user (id)
);

CREATE TABLE model_index_value (
    model_index_id integer NOT NULL REFERENCES model_index (id),
    model_pk integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (model_index_id, model_pk)
);

CREATE TABLE query_field (
    id integer PRIMARY KEY,
    card_id integer NOT NULL REFERENCES report_card (id),
    field_id integer NOT NULL REFERENCES metabase_field (id),
    direct_reference boolean NOT NULL
);

CREATE TABLE native_query_snippet (
    id integer PRIMARY KEY,
    name varchar(254) NOT NULL UNIQUE,
    description text,
    content text NOT NULL,
    creator_id integer NOT NULL REFERENCES core_user (id),
    archived boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    collection_id integer REFERENCES collection (id),
    entity_id char(21) UNIQUE
);

CREATE TABLE timeline (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(255),
    icon varchar(128) NOT NULL,
    collection_id integer REFERENCES collection (id),
    archived boolean NOT NULL,
    creator_id integer NOT NULL REFERENCES core_user (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    "default" boolean NOT NULL,
    entity_id char(21) UNIQUE
);

CREATE TABLE timeline_event (
    id integer PRIMARY KEY,
    timeline_id integer NOT NULL REFERENCES timeline (id),
    name varchar(255) NOT NULL,
    description varchar(255),
    "timestamp" timestamp NOT NULL,
    time_matters boolean NOT NULL,
    timezone varchar(255) NOT NULL,
    icon varchar(128) NOT NULL,
    archived boolean NOT NULL,
    creator_id integer NOT NULL REFERENCES core_user (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE secret (
    id integer NOT NULL,
    version integer NOT NULL,
    creator_id integer REFERENCES core_user (id),
    name varchar(254) NOT NULL,
    kind varchar(254) NOT NULL,
    source varchar(254),
    value bytea NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp,
    PRIMARY KEY (id, version)
);

CREATE TABLE channel (
    id integer PRIMARY KEY,
    name varchar(254) NOT NULL UNIQUE,
    description text,
    type varchar(32) NOT NULL,
    details text NOT NULL,
    active boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE channel_template (
    id integer PRIMARY KEY,
    name text NOT NULL,
    channel_type varchar(64) NOT NULL,
    details text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE pulse (
    id integer PRIMARY KEY,
    creator_id integer NOT NULL REFERENCES core_user (id),
    name varchar(254),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    skip_if_empty boolean NOT NULL,
    alert_condition varchar(254),
    alert_first_only boolean,
    alert_above_goal boolean,
    collection_id integer REFERENCES collection (id),
    collection_position smallint,
    archived boolean,
    dashboard_id integer REFERENCES report_dashboard (id),
    parameters text NOT NULL,
    entity_id char(21) UNIQUE
);

CREATE TABLE pulse_card (
    id integer PRIMARY KEY,
    pulse_id integer NOT NULL REFERENCES pulse (id),
    card_id integer NOT NULL REFERENCES report_card (id),
    position integer NOT NULL,
    include_csv boolean NOT NULL,
    include_xls boolean NOT NULL,
    dashboard_card_id integer REFERENCES report_dashboardcard (id),
    entity_id char(21) UNIQUE,
    format_rows boolean,
    pivot_results boolean
);

CREATE TABLE pulse_channel (
    id integer PRIMARY KEY,
    pulse_id integer NOT NULL REFERENCES pulse (id),
    channel_type varchar(32) NOT NULL,
    details text NOT NULL,
    schedule_type varchar(32) NOT NULL,
    schedule_hour integer,
    schedule_day varchar(64),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    schedule_frame varchar(32),
    enabled boolean NOT NULL,
    entity_id char(21) UNIQUE,
    channel_id integer REFERENCES channel (id)
);

CREATE TABLE pulse_channel_recipient (
    id integer PRIMARY KEY,
    pulse_channel_id integer NOT NULL REFERENCES pulse_channel (id),
    user_id integer NOT NULL REFERENCES core_user (id)
);

CREATE TABLE notification (
    id integer PRIMARY KEY,
    payload_type varchar(64) NOT NULL,
    payload_id integer,
    internal_id varchar(254),
    active boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    creator_id integer REFERENCES core_user (id)
);

CREATE TABLE notification_card (
    id integer PRIMARY KEY,
    card_id integer NOT NULL REFERENCES report_card (id),
    send_once boolean NOT NULL,
    send_condition varchar(32) NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE notification_subscription (
    id integer PRIMARY KEY,
    notification_id integer NOT NULL REFERENCES notification (id),
    type varchar(64) NOT NULL,
    event_name varchar(64),
    cron_schedule varchar(128),
    ui_display_type varchar(32),
    created_at timestamp NOT NULL
);

CREATE TABLE notification_handler (
    id integer PRIMARY KEY,
    notification_id integer NOT NULL REFERENCES notification (id),
    channel_type varchar(64) NOT NULL,
    channel_id integer REFERENCES channel (id),
    template_id integer REFERENCES channel_template (id),
    active boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE notification_recipient (
    id integer PRIMARY KEY,
    notification_handler_id integer NOT NULL REFERENCES notification_handler (id),
    type varchar(64) NOT NULL,
    user_id integer REFERENCES core_user (id),
    permissions_group_id integer REFERENCES permissions_group (id),
    details text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE activity (
    id integer PRIMARY KEY,
    topic varchar(32) NOT NULL,
    "timestamp" timestamp NOT NULL,
    user_id integer REFERENCES core_user (id),
    model varchar(16),
    model_id integer,
    database_id integer,
    table_id integer,
    custom_id varchar(48),
    details text NOT NULL
);

CREATE TABLE view_log (
    id integer PRIMARY KEY,
    user_id integer REFERENCES core_user (id),
    model varchar(16) NOT NULL,
    model_id integer NOT NULL,
    "timestamp" timestamp NOT NULL,
    metadata text,
    has_access boolean,
    context varchar(32),
    embedding_client varchar(254),
    embedding_version varchar(254)
);

CREATE TABLE recent_views (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES core_user (id),
    model varchar(16) NOT NULL,
    model_id integer NOT NULL,
    "timestamp" timestamp NOT NULL,
    context varchar(256) NOT NULL
);

CREATE TABLE revision (
    id integer PRIMARY KEY,
    model varchar(16) NOT NULL,
    model_id integer NOT NULL,
    user_id integer NOT NULL REFERENCES core_user (id),
    "timestamp" timestamp NOT NULL,
    object text NOT NULL,
    is_reversion boolean NOT NULL,
    is_creation boolean NOT NULL,
    message text,
    most_recent boolean NOT NULL,
    metabase_version varchar(100)
);

CREATE TABLE audit_log (
    id integer PRIMARY KEY,
    topic varchar(32) NOT NULL,
    "timestamp" timestamp NOT NULL,
    end_timestamp timestamp,
    user_id integer,
    model varchar(32),
    model_id integer,
    details text NOT NULL
);

CREATE TABLE moderation_review (
    id integer PRIMARY KEY,
    updated_at timestamp NOT NULL,
    created_at timestamp NOT NULL,
    status varchar(255),
    text text,
    moderated_item_id integer NOT NULL,
    moderated_item_type varchar(255) NOT NULL,
    moderator_id integer NOT NULL,
    most_recent boolean NOT NULL
);

CREATE TABLE cache_config (
    id integer PRIMARY KEY,
    model varchar(32) NOT NULL,
    model_id integer NOT NULL,
    strategy text NOT NULL,
    config text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    state text,
    invalidated_at timestamp,
    next_run_at timestamp,
    refresh_automatically boolean NOT NULL,
    UNIQUE (model, model_id)
);

CREATE TABLE query (
    query_hash bytea PRIMARY KEY,
    average_execution_time integer NOT NULL,
    query text
);

CREATE TABLE query_cache (
    query_hash bytea PRIMARY KEY,
    updated_at timestamp NOT NULL,
    results bytea NOT NULL
);

CREATE TABLE query_execution (
    id integer PRIMARY KEY,
    hash bytea NOT NULL,
    started_at timestamp NOT NULL,
    running_time integer NOT NULL,
    result_rows integer NOT NULL,
    native boolean NOT NULL,
    context varchar(32),
    error text,
    executor_id integer,
    card_id integer,
    dashboard_id integer,
    pulse_id integer,
    database_id integer,
    cache_hit boolean,
    action_id integer,
    is_sandboxed boolean,
    cache_hash bytea,
    embedding_client varchar(254),
    embedding_version varchar(254),
    parameterized boolean
);

CREATE TABLE field_usage (
    id integer PRIMARY KEY,
    field_id integer NOT NULL REFERENCES metabase_field (id),
    query_execution_id integer NOT NULL REFERENCES query_execution (id),
    used_in varchar(25) NOT NULL,
    filter_op varchar(25),
    aggregation_function varchar(25),
    breakout_temporal_unit varchar(25),
    breakout_binning_strategy varchar(25),
    breakout_binning_num_bins integer,
    breakout_binning_bin_width integer,
    created_at timestamp NOT NULL
);

CREATE TABLE task_history (
    id integer PRIMARY KEY,
    task varchar(254) NOT NULL,
    db_id integer,
    started_at timestamp NOT NULL,
    ended_at timestamp,
    duration integer,
    task_details text,
    status varchar(21) NOT NULL
);

CREATE TABLE cloud_migration (
    id integer PRIMARY KEY,
    external_id text NOT NULL,
    upload_url text NOT NULL,
    state varchar(32) NOT NULL,
    progress integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE qrtz_job_details (
    sched_name varchar(120) NOT NULL,
    job_name varchar(200) NOT NULL,
    job_group varchar(200) NOT NULL,
    description varchar(250),
    job_class_name varchar(250) NOT NULL,
    is_durable boolean NOT NULL,
    is_nonconcurrent boolean NOT NULL,
    is_update_data boolean NOT NULL,
    requests_recovery boolean NOT NULL,
    job_data bytea,
    PRIMARY KEY (sched_name, job_name, job_group)
);

CREATE TABLE qrtz_triggers (
    sched_name varchar(120) NOT NULL,
    trigger_name varchar(200) NOT NULL,
    trigger_group varchar(200) NOT NULL,
    job_name varchar(200) NOT NULL,
    job_group varchar(200) NOT NULL,
    description varchar(250),
    next_fire_time bigint,
    prev_fire_time bigint,
    priority integer,
    trigger_state varchar(16) NOT NULL,
    trigger_type varchar(8) NOT NULL,
    start_time bigint NOT NULL,
    end_time bigint,
    calendar_name varchar(200),
    misfire_instr smallint,
    job_data bytea,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, job_name, job_group)
        REFERENCES qrtz_job_details (sched_name, job_name, job_group)
);

CREATE TABLE qrtz_simple_triggers (
    sched_name varchar(120) NOT NULL,
    trigger_name varchar(200) NOT NULL,
    trigger_group varchar(200) NOT NULL,
    repeat_count bigint NOT NULL,
    repeat_interval bigint NOT NULL,
    times_triggered bigint NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE qrtz_cron_triggers (
    sched_name varchar(120) NOT NULL,
    trigger_name varchar(200) NOT NULL,
    trigger_group varchar(200) NOT NULL,
    cron_expression varchar(120) NOT NULL,
    time_zone_id varchar(80),
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE qrtz_simprop_triggers (
    sched_name varchar(120) NOT NULL,
    trigger_name varchar(200) NOT NULL,
    trigger_group varchar(200) NOT NULL,
    str_prop_1 varchar(512),
    str_prop_2 varchar(512),
    str_prop_3 varchar(512),
    int_prop_1 integer,
    int_prop_2 integer,
    long_prop_1 bigint,
    long_prop_2 bigint,
    dec_prop_1 numeric(13,4),
    dec_prop_2 numeric(13,4),
    bool_prop_1 boolean,
    bool_prop_2 boolean,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE qrtz_blob_triggers (
    sched_name varchar(120) NOT NULL,
    trigger_name varchar(200) NOT NULL,
    trigger_group varchar(200) NOT NULL,
    blob_data bytea,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group)
        REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE qrtz_calendars (
    sched_name varchar(120) NOT NULL,
    calendar_name varchar(200) NOT NULL,
    calendar bytea NOT NULL,
    PRIMARY KEY (sched_name, calendar_name)
);

CREATE TABLE qrtz_paused_trigger_grps (
    sched_name varchar(120) NOT NULL,
    trigger_group varchar(200) NOT NULL,
    PRIMARY KEY (sched_name, trigger_group)
);

CREATE TABLE qrtz_fired_triggers (
    sched_name varchar(120) NOT NULL,
    entry_id varchar(95) NOT NULL,
    trigger_name varchar(200) NOT NULL,
    trigger_group varchar(200) NOT NULL,
    instance_name varchar(200) NOT NULL,
    fired_time bigint NOT NULL,
    sched_time bigint,
    priority integer NOT NULL,
    state varchar(16) NOT NULL,
    job_name varchar(200),
    job_group varchar(200),
    is_nonconcurrent boolean,
    requests_recovery boolean,
    PRIMARY KEY (sched_name, entry_id)
);

CREATE TABLE qrtz_scheduler_state (
    sched_name varchar(120) NOT NULL,
    instance_name varchar(200) NOT NULL,
    last_checkin_time bigint NOT NULL,
    checkin_interval bigint NOT NULL,
    PRIMARY KEY (sched_name, instance_name)
);

CREATE TABLE qrtz_locks (
    sched_name varchar(120) NOT NULL,
    lock_name varchar(40) NOT NULL,
    PRIMARY KEY (sched_name, lock_name)
);
