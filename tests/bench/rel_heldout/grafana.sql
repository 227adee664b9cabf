-- grafana.sql: a twentieth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind20). The database of a Grafana
-- (10.x/11.x) server on PostgreSQL, as its SQL store migrations write it:
-- organisations, users (and service accounts), org memberships, teams,
-- invites, external auth links and session tokens, API keys, preferences,
-- stars, dashboards (folders are dashboards too) with their tags,
-- versions, ACLs, provisioning records, snapshots and public dashboards,
-- the nested folder table, library panels and their connections,
-- playlists, data sources, plugin settings, annotations and tags, the
-- legacy dashboard alerts and their notification channels, the unified
-- alerting tables (rules, rule versions, instances, Alertmanager
-- configurations and their history, provenance), RBAC roles and
-- permissions and their assignments, quotas, query history, correlations,
-- short URLs, the key-value store, secrets, and the server's own tables
-- (server_lock, cache_data, login_attempt, migration_log, data_keys).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Grafana's pkg/services/sqlstore/
-- migrations and the unified alerting store, trimmed.
-- Conventions: singular table names (org, dashboard, team, playlist,
-- annotation, alert, role, permission, "user", quoted since user is a
-- reserved word); `id` keys, bigserial for the old core tables; org_id
-- on nearly every table; Grafana's own names for links: created_by /
-- updated_by and invited_by_user_id -> "user" (the creating user id),
-- service_account_id (a service account is a "user" row),
-- home_dashboard_id and dashboard_id / folder_id -> dashboard (a folder
-- is a dashboard row with is_folder), connection_id (the dashboard a
-- library panel sits on), element_id -> library_element, notifier_id ->
-- alert_notification, alert_id -> alert (legacy alerting), rule_org_id
-- (the unified alerting tables' org), role_id, team_id, user_auth_id.
-- Newer links go by text uid (dashboard_uid, folder_uid, namespace_uid,
-- parent_uid, rule_uid, datasource_uid, query_uid, source_uid /
-- target_uid), unique only together with org_id: those are left without
-- REFERENCES, as are annotation.panel_id / region_id, alert.panel_id and
-- playlist_item.value (a dashboard uid or a tag).
-- Grafana declares no foreign keys (its migrations create none, for
-- SQLite, MySQL and PostgreSQL alike): the REFERENCES are the id links its
-- store code follows, written so for this bench.

CREATE TABLE org (
    id bigserial PRIMARY KEY,
    version integer NOT NULL,
    name varchar(190) NOT NULL UNIQUE,
    address1 varchar(255),
    address2 varchar(255),
    city varchar(255),
    state varchar(255),
    zip_code varchar(50),
    country varchar(255),
    billing_email varchar(255),
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE "user" (
    id bigserial PRIMARY KEY,
    version integer NOT NULL,
    login varchar(190) NOT NULL UNIQUE,
    email varchar(190) NOT NULL UNIQUE,
    name varchar(255),
    password varchar(255),
    salt varchar(50),
    rands varchar(50),
    company varchar(255),
    org_id bigint NOT NULL REFERENCES org (id),
    is_admin boolean NOT NULL,
    email_verified boolean,
    theme varchar(255),
    created timestamp NOT NULL,
    updated timestamp NOT NULL,
    help_flags1 bigint NOT NULL DEFAULT 0,
    last_seen_at timestamp,
    is_disabled boolean NOT NULL DEFAULT false,
    is_service_account boolean DEFAULT false,
    uid varchar(40)
);

CREATE TABLE org_user (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    user_id bigint NOT NULL REFERENCES "user" (id),
    role varchar(20),
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE team (
    id bigserial PRIMARY KEY,
    name varchar(190) NOT NULL,
    org_id bigint NOT NULL REFERENCES org (id),
    created timestamp NOT NULL,
    updated timestamp NOT NULL,
    email varchar(190),
    uid varchar(40)
);

CREATE TABLE team_member (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    team_id bigint NOT NULL REFERENCES team (id),
    user_id bigint NOT NULL REFERENCES "user" (id),
    created timestamp NOT NULL,
    updated timestamp NOT NULL,
    external boolean,
    permission smallint
);

CREATE TABLE temp_user (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    version integer NOT NULL,
    email varchar(190) NOT NULL,
    name varchar(255),
    role varchar(20),
    code varchar(190) NOT NULL,
    status varchar(20) NOT NULL,
    invited_by_user_id bigint REFERENCES "user" (id),
    email_sent boolean NOT NULL,
    email_sent_on timestamp,
    remote_addr varchar(255),
    created integer NOT NULL DEFAULT 0,
    updated integer NOT NULL DEFAULT 0
);

CREATE TABLE user_auth (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES "user" (id),
    auth_module varchar(190) NOT NULL,
    auth_id varchar(190) NOT NULL,
    created timestamp NOT NULL,
    o_auth_access_token text,
    o_auth_refresh_token text,
    o_auth_token_type text,
    o_auth_expiry timestamp,
    o_auth_id_token text
);

CREATE TABLE user_auth_token (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES "user" (id),
    auth_token varchar(100) NOT NULL UNIQUE,
    prev_auth_token varchar(100) NOT NULL,
    user_agent varchar(255) NOT NULL,
    client_ip varchar(255) NOT NULL,
    auth_token_seen boolean NOT NULL,
    seen_at integer,
    rotated_at integer NOT NULL,
    created_at integer NOT NULL,
    updated_at integer NOT NULL,
    revoked_at integer,
    external_session_id bigint
);

CREATE TABLE user_external_session (
    id bigserial PRIMARY KEY,
    user_auth_id bigint NOT NULL REFERENCES user_auth (id),
    user_id bigint NOT NULL REFERENCES "user" (id),
    auth_module varchar(190) NOT NULL,
    access_token text,
    id_token text,
    refresh_token text,
    session_id varchar(1024),
    name_id varchar(1024),
    expires_at timestamp,
    created_at timestamp NOT NULL
);

CREATE TABLE api_key (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    name varchar(190) NOT NULL,
    key varchar(190) NOT NULL UNIQUE,
    role varchar(255) NOT NULL,
    created timestamp NOT NULL,
    updated timestamp NOT NULL,
    expires bigint,
    service_account_id bigint REFERENCES "user" (id),
    last_used_at timestamp,
    is_revoked boolean DEFAULT false
);

CREATE TABLE dashboard (
    id bigserial PRIMARY KEY,
    version integer NOT NULL,
    slug varchar(189) NOT NULL,
    title varchar(189) NOT NULL,
    data text NOT NULL,
    org_id bigint NOT NULL REFERENCES org (id),
    created timestamp NOT NULL,
    updated timestamp NOT NULL,
    updated_by bigint REFERENCES "user" (id),
    created_by bigint REFERENCES "user" (id),
    gnet_id bigint,
    plugin_id varchar(189),
    folder_id bigint NOT NULL DEFAULT 0 REFERENCES dashboard (id),
    is_folder boolean NOT NULL DEFAULT false,
    has_acl boolean NOT NULL DEFAULT false,
    uid varchar(40),
    folder_uid varchar(40),
    is_public boolean NOT NULL DEFAULT false,
    deleted timestamp
);

CREATE TABLE dashboard_tag (
    id bigserial PRIMARY KEY,
    dashboard_id bigint NOT NULL REFERENCES dashboard (id),
    term varchar(50) NOT NULL,
    dashboard_uid varchar(40),
    org_id bigint DEFAULT 1 REFERENCES org (id)
);

CREATE TABLE dashboard_version (
    id bigserial PRIMARY KEY,
    dashboard_id bigint NOT NULL REFERENCES dashboard (id),
    parent_version integer NOT NULL,
    restored_from integer NOT NULL,
    version integer NOT NULL,
    created timestamp NOT NULL,
    created_by bigint NOT NULL REFERENCES "user" (id),
    message text NOT NULL,
    data text NOT NULL
);

CREATE TABLE dashboard_acl (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    dashboard_id bigint NOT NULL REFERENCES dashboard (id),
    user_id bigint REFERENCES "user" (id),
    team_id bigint REFERENCES team (id),
    permission smallint NOT NULL DEFAULT 4,
    role varchar(20),
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE dashboard_provisioning (
    id bigserial PRIMARY KEY,
    dashboard_id bigint REFERENCES dashboard (id),
    name varchar(150) NOT NULL,
    external_id text NOT NULL,
    updated integer NOT NULL DEFAULT 0,
    check_sum varchar(32)
);

CREATE TABLE dashboard_snapshot (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL,
    key varchar(190) NOT NULL UNIQUE,
    delete_key varchar(190) NOT NULL UNIQUE,
    org_id bigint NOT NULL REFERENCES org (id),
    user_id bigint NOT NULL REFERENCES "user" (id),
    external boolean NOT NULL,
    external_url varchar(255) NOT NULL,
    dashboard text NOT NULL,
    expires timestamp NOT NULL,
    created timestamp NOT NULL,
    updated timestamp NOT NULL,
    external_delete_url varchar(255),
    dashboard_encrypted bytea
);

CREATE TABLE dashboard_public (
    uid varchar(40) PRIMARY KEY,
    dashboard_uid varchar(40) NOT NULL,
    org_id bigint NOT NULL REFERENCES org (id),
    time_settings text,
    template_variables text,
    access_token varchar(32) NOT NULL,
    created_by integer NOT NULL REFERENCES "user" (id),
    updated_by integer REFERENCES "user" (id),
    created_at timestamp NOT NULL,
    updated_at timestamp,
    is_enabled boolean NOT NULL DEFAULT false,
    annotations_enabled boolean NOT NULL DEFAULT false,
    time_selection_enabled boolean NOT NULL DEFAULT false,
    share varchar(64) NOT NULL DEFAULT 'public'
);

CREATE TABLE folder (
    id bigserial PRIMARY KEY,
    uid varchar(40) NOT NULL,
    org_id bigint NOT NULL REFERENCES org (id),
    title varchar(189) NOT NULL,
    description varchar(255),
    parent_uid varchar(40),
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE library_element (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    folder_id bigint NOT NULL REFERENCES dashboard (id),
    folder_uid varchar(40),
    uid varchar(40) NOT NULL,
    name varchar(150) NOT NULL,
    kind bigint NOT NULL,
    type varchar(40) NOT NULL,
    description varchar(2048) NOT NULL,
    model text NOT NULL,
    created timestamp NOT NULL,
    created_by bigint NOT NULL REFERENCES "user" (id),
    updated timestamp NOT NULL,
    updated_by bigint NOT NULL REFERENCES "user" (id),
    version bigint NOT NULL
);

CREATE TABLE library_element_connection (
    id bigserial PRIMARY KEY,
    element_id bigint NOT NULL REFERENCES library_element (id),
    kind bigint NOT NULL,
    connection_id bigint NOT NULL REFERENCES dashboard (id),
    created timestamp NOT NULL,
    created_by bigint NOT NULL REFERENCES "user" (id)
);

CREATE TABLE star (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES "user" (id),
    dashboard_id bigint NOT NULL REFERENCES dashboard (id),
    dashboard_uid varchar(40),
    org_id bigint DEFAULT 1 REFERENCES org (id),
    updated timestamp
);

CREATE TABLE preferences (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    user_id bigint NOT NULL REFERENCES "user" (id),
    team_id bigint REFERENCES team (id),
    version integer NOT NULL,
    home_dashboard_id bigint NOT NULL REFERENCES dashboard (id),
    home_dashboard_uid varchar(40),
    timezone varchar(50) NOT NULL,
    theme varchar(20) NOT NULL,
    week_start varchar(10),
    json_data text,
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE playlist (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL,
    "interval" varchar(255) NOT NULL,
    org_id bigint NOT NULL REFERENCES org (id),
    uid varchar(80) NOT NULL DEFAULT '0',
    created_at bigint NOT NULL DEFAULT 0,
    updated_at bigint NOT NULL DEFAULT 0
);

CREATE TABLE playlist_item (
    id bigserial PRIMARY KEY,
    playlist_id bigint NOT NULL REFERENCES playlist (id),
    type varchar(255) NOT NULL,
    value text NOT NULL,
    title text NOT NULL,
    "order" integer NOT NULL
);

CREATE TABLE data_source (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    version integer NOT NULL,
    type varchar(255) NOT NULL,
    name varchar(190) NOT NULL,
    access varchar(255) NOT NULL,
    url varchar(255) NOT NULL,
    password varchar(255),
    "user" varchar(255),
    database varchar(255),
    basic_auth boolean NOT NULL,
    basic_auth_user varchar(255),
    basic_auth_password varchar(255),
    is_default boolean NOT NULL,
    json_data text,
    secure_json_data text,
    with_credentials boolean NOT NULL DEFAULT false,
    read_only boolean,
    uid varchar(40) NOT NULL DEFAULT '0',
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE plugin_setting (
    id bigserial PRIMARY KEY,
    org_id bigint REFERENCES org (id),
    plugin_id varchar(190) NOT NULL,
    enabled boolean NOT NULL,
    pinned boolean NOT NULL,
    json_data text,
    secure_json_data text,
    plugin_version varchar(50),
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE alert (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    dashboard_id bigint NOT NULL REFERENCES dashboard (id),
    panel_id bigint NOT NULL,
    org_id bigint NOT NULL REFERENCES org (id),
    name varchar(255) NOT NULL,
    message text NOT NULL,
    state varchar(190) NOT NULL,
    settings text NOT NULL,
    frequency bigint NOT NULL,
    handler bigint NOT NULL,
    severity text NOT NULL,
    silenced boolean NOT NULL,
    execution_error text NOT NULL,
    eval_data text,
    eval_date timestamp,
    new_state_date timestamp NOT NULL,
    state_changes integer NOT NULL,
    created timestamp NOT NULL,
    updated timestamp NOT NULL,
    "for" bigint
);

CREATE TABLE tag (
    id bigserial PRIMARY KEY,
    key varchar(100) NOT NULL,
    value varchar(100) NOT NULL
);

CREATE TABLE alert_rule_tag (
    id bigserial PRIMARY KEY,
    alert_id bigint NOT NULL REFERENCES alert (id),
    tag_id bigint NOT NULL REFERENCES tag (id)
);

CREATE TABLE alert_notification (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    name varchar(190) NOT NULL,
    type varchar(255) NOT NULL,
    settings text NOT NULL,
    created timestamp NOT NULL,
    updated timestamp NOT NULL,
    is_default boolean NOT NULL DEFAULT false,
    frequency bigint,
    send_reminder boolean DEFAULT false,
    disable_resolve_message boolean NOT NULL DEFAULT false,
    uid varchar(40),
    secure_settings text
);

CREATE TABLE alert_notification_state (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    alert_id bigint NOT NULL REFERENCES alert (id),
    notifier_id bigint NOT NULL REFERENCES alert_notification (id),
    state varchar(50) NOT NULL,
    version bigint NOT NULL,
    updated_at bigint NOT NULL,
    alert_rule_state_updated_version bigint NOT NULL
);

CREATE TABLE annotation (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    alert_id bigint REFERENCES alert (id),
    user_id bigint REFERENCES "user" (id),
    dashboard_id bigint REFERENCES dashboard (id),
    dashboard_uid varchar(40),
    panel_id bigint,
    category_id bigint,
    type varchar(25) NOT NULL,
    title text NOT NULL,
    text text NOT NULL,
    metric varchar(255),
    prev_state varchar(40) NOT NULL,
    new_state varchar(40) NOT NULL,
    data text NOT NULL,
    epoch bigint NOT NULL,
    epoch_end bigint NOT NULL DEFAULT 0,
    region_id bigint DEFAULT 0,
    tags varchar(4096),
    created bigint DEFAULT 0,
    updated bigint DEFAULT 0
);

CREATE TABLE annotation_tag (
    id bigserial PRIMARY KEY,
    annotation_id bigint NOT NULL REFERENCES annotation (id),
    tag_id bigint NOT NULL REFERENCES tag (id)
);

CREATE TABLE alert_rule (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    title varchar(190) NOT NULL,
    condition varchar(190) NOT NULL,
    data text NOT NULL,
    updated timestamp NOT NULL,
    interval_seconds bigint NOT NULL DEFAULT 60,
    version integer NOT NULL DEFAULT 0,
    uid varchar(40) NOT NULL DEFAULT '0',
    namespace_uid varchar(40) NOT NULL,
    rule_group varchar(190) NOT NULL,
    rule_group_idx integer NOT NULL DEFAULT 1,
    no_data_state varchar(15) NOT NULL DEFAULT 'NoData',
    exec_err_state varchar(15) NOT NULL DEFAULT 'Alerting',
    "for" bigint NOT NULL DEFAULT 0,
    annotations text,
    labels text,
    dashboard_uid varchar(40),
    panel_id bigint,
    is_paused boolean NOT NULL DEFAULT false,
    notification_settings text,
    record text,
    metadata text
);

CREATE TABLE alert_rule_version (
    id bigserial PRIMARY KEY,
    rule_org_id bigint NOT NULL REFERENCES org (id),
    rule_uid varchar(40) NOT NULL DEFAULT '0',
    rule_namespace_uid varchar(40) NOT NULL,
    rule_group varchar(190) NOT NULL,
    rule_group_idx integer NOT NULL DEFAULT 1,
    parent_version integer NOT NULL,
    restored_from integer NOT NULL,
    version integer NOT NULL,
    created timestamp NOT NULL,
    title varchar(190) NOT NULL,
    condition varchar(190) NOT NULL,
    data text NOT NULL,
    interval_seconds bigint NOT NULL,
    no_data_state varchar(15) NOT NULL,
    exec_err_state varchar(15) NOT NULL,
    "for" bigint NOT NULL DEFAULT 0,
    annotations text,
    labels text,
    is_paused boolean NOT NULL DEFAULT false
);

CREATE TABLE alert_instance (
    rule_org_id bigint NOT NULL REFERENCES org (id),
    rule_uid varchar(40) NOT NULL DEFAULT '0',
    labels text NOT NULL,
    labels_hash varchar(190) NOT NULL,
    current_state varchar(190) NOT NULL,
    current_reason varchar(190),
    current_state_since bigint NOT NULL,
    current_state_end bigint NOT NULL,
    last_eval_time bigint NOT NULL,
    last_sent_at bigint,
    resolved_at bigint,
    result_fingerprint varchar(16),
    PRIMARY KEY (rule_org_id, rule_uid, labels_hash)
);

CREATE TABLE alert_configuration (
    id bigserial PRIMARY KEY,
    alertmanager_configuration text NOT NULL,
    configuration_version varchar(3) NOT NULL,
    created_at integer NOT NULL,
    "default" boolean NOT NULL DEFAULT false,
    org_id bigint NOT NULL DEFAULT 0 REFERENCES org (id),
    configuration_hash varchar(32) NOT NULL DEFAULT 'not-yet-calculated'
);

CREATE TABLE alert_configuration_history (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL DEFAULT 0 REFERENCES org (id),
    alertmanager_configuration text NOT NULL,
    configuration_hash varchar(32) NOT NULL DEFAULT 'not-yet-calculated',
    configuration_version varchar(3) NOT NULL,
    created_at integer NOT NULL,
    "default" boolean NOT NULL DEFAULT false,
    last_applied integer NOT NULL DEFAULT 0
);

CREATE TABLE ngalert_configuration (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL UNIQUE REFERENCES org (id),
    alertmanagers text,
    send_alerts_to smallint NOT NULL DEFAULT 0,
    created_at integer NOT NULL,
    updated_at integer NOT NULL
);

CREATE TABLE provenance_type (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    record_key varchar(190) NOT NULL,
    record_type varchar(190) NOT NULL,
    provenance varchar(190) NOT NULL
);

CREATE TABLE alert_image (
    id bigserial PRIMARY KEY,
    token varchar(190) NOT NULL UNIQUE,
    path varchar(190) NOT NULL,
    url varchar(2048) NOT NULL,
    created_at timestamp NOT NULL,
    expires_at timestamp NOT NULL
);

CREATE TABLE role (
    id bigserial PRIMARY KEY,
    name varchar(190) NOT NULL,
    description text,
    version bigint NOT NULL,
    org_id bigint NOT NULL REFERENCES org (id),
    uid varchar(40) NOT NULL,
    display_name varchar(190),
    group_name varchar(190),
    hidden boolean NOT NULL DEFAULT false,
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE permission (
    id bigserial PRIMARY KEY,
    role_id bigint NOT NULL REFERENCES role (id),
    action varchar(190) NOT NULL,
    scope varchar(190) NOT NULL,
    kind varchar(40) NOT NULL DEFAULT '',
    attribute varchar(40) NOT NULL DEFAULT '',
    identifier varchar(40) NOT NULL DEFAULT '',
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE builtin_role (
    id bigserial PRIMARY KEY,
    role varchar(190) NOT NULL,
    role_id bigint NOT NULL REFERENCES role (id),
    org_id bigint NOT NULL DEFAULT 0 REFERENCES org (id),
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE team_role (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    team_id bigint NOT NULL REFERENCES team (id),
    role_id bigint NOT NULL REFERENCES role (id),
    created timestamp NOT NULL
);

CREATE TABLE user_role (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    user_id bigint NOT NULL REFERENCES "user" (id),
    role_id bigint NOT NULL REFERENCES role (id),
    created timestamp NOT NULL
);

CREATE TABLE seed_assignment (
    id bigserial PRIMARY KEY,
    builtin_role varchar(190) NOT NULL,
    action varchar(190),
    scope varchar(190),
    role_name varchar(190),
    origin varchar(190)
);

CREATE TABLE quota (
    id bigserial PRIMARY KEY,
    org_id bigint REFERENCES org (id),
    user_id bigint REFERENCES "user" (id),
    target varchar(190) NOT NULL,
    "limit" bigint NOT NULL,
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE query_history (
    id bigserial PRIMARY KEY,
    uid varchar(40) NOT NULL,
    org_id bigint NOT NULL REFERENCES org (id),
    datasource_uid varchar(40) NOT NULL,
    created_by bigint NOT NULL REFERENCES "user" (id),
    created_at integer NOT NULL,
    comment text NOT NULL,
    queries text NOT NULL
);

CREATE TABLE query_history_star (
    id bigserial PRIMARY KEY,
    query_uid varchar(40) NOT NULL,
    user_id bigint NOT NULL REFERENCES "user" (id),
    org_id bigint NOT NULL DEFAULT 1 REFERENCES org (id)
);

CREATE TABLE correlation (
    uid varchar(40) NOT NULL,
    org_id bigint NOT NULL DEFAULT 0 REFERENCES org (id),
    source_uid varchar(40) NOT NULL,
    target_uid varchar(40),
    label text NOT NULL,
    description text NOT NULL,
    config text,
    provisioned boolean NOT NULL DEFAULT false,
    type varchar(40) NOT NULL DEFAULT 'query',
    PRIMARY KEY (uid, org_id, source_uid)
);

CREATE TABLE short_url (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    uid varchar(40) NOT NULL,
    path text NOT NULL,
    created_by bigint NOT NULL REFERENCES "user" (id),
    created_at integer NOT NULL,
    last_seen_at integer
);

CREATE TABLE kv_store (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    namespace varchar(190) NOT NULL,
    key varchar(190) NOT NULL,
    value text NOT NULL,
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE secrets (
    id bigserial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES org (id),
    namespace varchar(255) NOT NULL,
    type varchar(255) NOT NULL,
    value text,
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE data_keys (
    name varchar(100) PRIMARY KEY,
    description varchar(100) NOT NULL,
    scope varchar(30) NOT NULL,
    provider varchar(50) NOT NULL,
    encrypted_data bytea NOT NULL,
    label varchar(100) NOT NULL DEFAULT '',
    active boolean NOT NULL DEFAULT true,
    created timestamp NOT NULL,
    updated timestamp NOT NULL
);

CREATE TABLE login_attempt (
    id bigserial PRIMARY KEY,
    username varchar(190) NOT NULL,
    ip_address varchar(30) NOT NULL,
    created integer NOT NULL DEFAULT 0
);

CREATE TABLE server_lock (
    id bigserial PRIMARY KEY,
    operation_uid varchar(100) NOT NULL UNIQUE,
    version bigint NOT NULL,
    last_execution bigint NOT NULL
);

CREATE TABLE cache_data (
    cache_key varchar(168) PRIMARY KEY,
    data bytea NOT NULL,
    expires integer NOT NULL,
    created_at integer NOT NULL
);

CREATE TABLE migration_log (
    id serial PRIMARY KEY,
    migration_id varchar(255) NOT NULL,
    sql text NOT NULL,
    success boolean NOT NULL,
    error text NOT NULL,
    timestamp timestamp NOT NULL
);
