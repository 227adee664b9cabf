-- thingsboard.sql: a twenty-second blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind22). The PostgreSQL
-- database of a ThingsBoard 3.6 Community Edition IoT platform (with the
-- calculated fields of 4.0; schema-entities.sql and schema-ts-psql.sql):
-- tenant profiles and tenants, customers, users with credentials, auth and
-- UI settings, device and asset profiles, devices with credentials and
-- RPCs, assets, entity views, dashboards, widget bundles and widget types,
-- rule chains and rule nodes with their state and debug events, alarms with
-- comments, types and entity links, entity relations, attributes and time
-- series with their key dictionary, OTA packages, resources, edges and edge
-- events, queues, API usage, notifications (targets, templates, rules,
-- requests), OAuth2 parameters, audit logs, calculated fields.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of ThingsBoard's SQL schema files
-- and JPA entities, trimmed.
-- Conventions: every entity keyed by a `uuid` column `id` with a bigint
-- created_time; tenant_id on almost every table and customer_id on the
-- assignable ones (a row of the system, or an unassigned device, carries
-- the null uuid 13814000-1dd2-11b2-8080-808080808080 there); links named
-- <entity>_id, by role (assignee_id, recipient_id, firmware_id /
-- software_id -> ota_package, default_rule_chain_id /
-- default_edge_rule_chain_id / root_rule_chain_id / first_rule_node_id,
-- default_dashboard_id, template_id, rule_id, request_id) or by the event's
-- entity (entity_id of a rule node debug event); polymorphic links as a
-- uuid beside an entity type (entity_id / entity_type, from_id / from_type,
-- to_id / to_type, originator_id / originator_type,
-- originator_entity_id / originator_entity_type); time series and
-- attributes keyed by a composite (entity_id, key, ts) with `key` /
-- attribute_key an integer into key_dictionary.key_id; an `external_id`
-- on most entities (the id of the same entity in the tenant it was
-- exported from: no link inside this database); oauth2_registration's
-- client_id (an OAuth client identifier, text).
-- ThingsBoard declares FKs only between some tables (profiles, OTA
-- packages, rule nodes, credentials, alarms, notifications, OAuth2,
-- widgets); the REFERENCES are those and the id links its DAO layer follows
-- (tenant_id, customer_id, user ids, device_id, edge_id, rule_chain_id,
-- the time series key).
-- Left without REFERENCES: the polymorphic uuids named above, external_id,
-- dashboard.assigned_customers and notification_request.targets (JSON
-- lists of ids), edge_event.entity_id (its entity is named by
-- edge_event_type), the entity_id of error_event / lc_event / stats_event
-- (any entity), audit_log.entity_id, attribute_kv / ts_kv / ts_kv_latest
-- entity_id (any entity), queue names kept as text (default_queue_name,
-- queue_name), component_descriptor.clazz and rule_node.type (Java class
-- names), resource keys.

CREATE TABLE tb_schema_settings (
    schema_version bigint NOT NULL PRIMARY KEY,
    product varchar(2) NOT NULL
);

CREATE TABLE tenant_profile (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    name varchar(255) UNIQUE,
    profile_data jsonb,
    description varchar,
    is_default boolean,
    isolated_tb_rule_engine boolean
);

CREATE TABLE tenant (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    additional_info varchar,
    tenant_profile_id uuid NOT NULL REFERENCES tenant_profile (id),
    address varchar,
    address2 varchar,
    city varchar(255),
    country varchar(255),
    email varchar(255),
    phone varchar(255),
    region varchar(255),
    state varchar(255),
    title varchar(255),
    zip varchar(255)
);

CREATE TABLE customer (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    additional_info varchar,
    address varchar,
    address2 varchar,
    city varchar(255),
    country varchar(255),
    email varchar(255),
    phone varchar(255),
    state varchar(255),
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    title varchar(255),
    zip varchar(255),
    is_public boolean,
    external_id uuid
);

CREATE TABLE tb_user (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    additional_info varchar,
    authority varchar(255),
    customer_id uuid REFERENCES customer (id),
    email varchar(255) UNIQUE,
    first_name varchar(255),
    last_name varchar(255),
    phone varchar(255),
    tenant_id uuid NOT NULL REFERENCES tenant (id)
);

CREATE TABLE user_credentials (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    activate_token varchar(255) UNIQUE,
    enabled boolean,
    password varchar(255),
    reset_token varchar(255) UNIQUE,
    user_id uuid UNIQUE REFERENCES tb_user (id) ON DELETE CASCADE,
    additional_info varchar DEFAULT '{}'
);

CREATE TABLE user_auth_settings (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    user_id uuid NOT NULL UNIQUE REFERENCES tb_user (id) ON DELETE CASCADE,
    two_fa_settings varchar
);

CREATE TABLE user_settings (
    user_id uuid NOT NULL REFERENCES tb_user (id) ON DELETE CASCADE,
    type varchar(50) NOT NULL,
    settings varchar(100000),
    PRIMARY KEY (user_id, type)
);

CREATE TABLE admin_settings (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    json_value varchar,
    key varchar(255)
);

CREATE TABLE rule_chain (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    additional_info varchar,
    configuration varchar(10000000),
    name varchar(255),
    type varchar(255),
    first_rule_node_id uuid REFERENCES rule_node (id),
    root boolean,
    debug_mode boolean,
    tenant_id uuid REFERENCES tenant (id),
    external_id uuid
);

CREATE TABLE rule_node (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    rule_chain_id uuid REFERENCES rule_chain (id),
    additional_info varchar,
    configuration_version int DEFAULT 0,
    configuration varchar(10000000),
    type varchar(255),
    name varchar(255),
    debug_mode boolean,
    singleton_mode boolean,
    queue_name varchar(255),
    external_id uuid
);

CREATE TABLE rule_node_state (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    rule_node_id uuid NOT NULL REFERENCES rule_node (id) ON DELETE CASCADE,
    entity_type varchar(32) NOT NULL,
    entity_id uuid NOT NULL,
    state_data varchar(16384) NOT NULL,
    UNIQUE (rule_node_id, entity_id)
);

CREATE TABLE dashboard (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    configuration varchar,
    assigned_customers varchar(1000000),
    tenant_id uuid REFERENCES tenant (id),
    title varchar(255),
    mobile_hide boolean DEFAULT false,
    mobile_order int,
    image varchar(1000000),
    external_id uuid
);

CREATE TABLE ota_package (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    device_profile_id uuid REFERENCES device_profile (id) ON DELETE CASCADE,
    type varchar(32) NOT NULL,
    title varchar(255) NOT NULL,
    version varchar(255) NOT NULL,
    tag varchar(255),
    url varchar(255),
    file_name varchar(255),
    content_type varchar(255),
    checksum_algorithm varchar(32),
    checksum varchar(1020),
    data bytea,
    data_size bigint,
    additional_info varchar,
    external_id uuid,
    UNIQUE (tenant_id, title, version)
);

CREATE TABLE device_profile (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    name varchar(255),
    type varchar(255),
    image varchar(1000000),
    transport_type varchar(255),
    provision_type varchar(255),
    profile_data jsonb,
    description varchar,
    is_default boolean,
    tenant_id uuid REFERENCES tenant (id),
    firmware_id uuid REFERENCES ota_package (id),
    software_id uuid REFERENCES ota_package (id),
    default_rule_chain_id uuid REFERENCES rule_chain (id),
    default_dashboard_id uuid REFERENCES dashboard (id),
    default_queue_name varchar(255),
    provision_device_key varchar UNIQUE,
    default_edge_rule_chain_id uuid REFERENCES rule_chain (id),
    external_id uuid,
    UNIQUE (tenant_id, name)
);

CREATE TABLE device (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    additional_info varchar,
    customer_id uuid REFERENCES customer (id),
    device_profile_id uuid NOT NULL REFERENCES device_profile (id),
    device_data jsonb,
    type varchar(255),
    name varchar(255),
    label varchar(255),
    tenant_id uuid REFERENCES tenant (id),
    firmware_id uuid REFERENCES ota_package (id),
    software_id uuid REFERENCES ota_package (id),
    external_id uuid,
    UNIQUE (tenant_id, name)
);

CREATE TABLE device_credentials (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    credentials_id varchar UNIQUE,
    credentials_type varchar(255),
    credentials_value varchar,
    device_id uuid UNIQUE REFERENCES device (id) ON DELETE CASCADE
);

CREATE TABLE rpc (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    device_id uuid NOT NULL REFERENCES device (id),
    expiration_time bigint NOT NULL,
    request varchar(10000000) NOT NULL,
    response varchar(10000000),
    additional_info varchar(10000000),
    status varchar(255) NOT NULL
);

CREATE TABLE asset_profile (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    name varchar(255),
    image varchar(1000000),
    description varchar,
    is_default boolean,
    tenant_id uuid REFERENCES tenant (id),
    default_rule_chain_id uuid REFERENCES rule_chain (id),
    default_dashboard_id uuid REFERENCES dashboard (id),
    default_queue_name varchar(255),
    default_edge_rule_chain_id uuid REFERENCES rule_chain (id),
    external_id uuid,
    UNIQUE (tenant_id, name)
);

CREATE TABLE asset (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    additional_info varchar,
    customer_id uuid REFERENCES customer (id),
    asset_profile_id uuid NOT NULL REFERENCES asset_profile (id),
    name varchar(255),
    label varchar(255),
    type varchar(255),
    tenant_id uuid REFERENCES tenant (id),
    external_id uuid,
    UNIQUE (tenant_id, name)
);

CREATE TABLE entity_view (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    entity_id uuid,
    entity_type varchar(255),
    tenant_id uuid REFERENCES tenant (id),
    customer_id uuid REFERENCES customer (id),
    type varchar(255),
    name varchar(255),
    keys varchar(10000000),
    start_ts bigint,
    end_ts bigint,
    additional_info varchar,
    external_id uuid
);

CREATE TABLE widgets_bundle (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    alias varchar(255),
    title varchar(255),
    image varchar(1000000),
    scada boolean NOT NULL DEFAULT false,
    tenant_id uuid REFERENCES tenant (id),
    description varchar(1024),
    order_index int,
    external_id uuid
);

CREATE TABLE widget_type (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    fqn varchar(512),
    descriptor varchar(1000000),
    name varchar(255),
    tenant_id uuid REFERENCES tenant (id),
    image varchar(1000000),
    deprecated boolean NOT NULL DEFAULT false,
    scada boolean NOT NULL DEFAULT false,
    description varchar(1024),
    tags varchar(1024),
    external_id uuid
);

CREATE TABLE widgets_bundle_widget (
    widgets_bundle_id uuid NOT NULL REFERENCES widgets_bundle (id) ON DELETE CASCADE,
    widget_type_id uuid NOT NULL REFERENCES widget_type (id) ON DELETE CASCADE,
    widget_type_order int NOT NULL DEFAULT 0,
    PRIMARY KEY (widgets_bundle_id, widget_type_id)
);

CREATE TABLE relation (
    from_id uuid NOT NULL,
    from_type varchar(255) NOT NULL,
    to_id uuid NOT NULL,
    to_type varchar(255) NOT NULL,
    relation_type_group varchar(255) NOT NULL,
    relation_type varchar(255) NOT NULL,
    additional_info varchar,
    PRIMARY KEY (from_id, from_type, relation_type_group, relation_type, to_id, to_type)
);

CREATE TABLE key_dictionary (
    key varchar(255) NOT NULL PRIMARY KEY,
    key_id serial UNIQUE
);

CREATE TABLE attribute_kv (
    entity_id uuid NOT NULL,
    attribute_type int NOT NULL,
    attribute_key int NOT NULL REFERENCES key_dictionary (key_id),
    bool_v boolean,
    str_v varchar(10000000),
    long_v bigint,
    dbl_v double precision,
    json_v json,
    last_update_ts bigint,
    version bigint DEFAULT 0,
    PRIMARY KEY (entity_id, attribute_type, attribute_key)
);

CREATE TABLE ts_kv (
    entity_id uuid NOT NULL,
    key int NOT NULL REFERENCES key_dictionary (key_id),
    ts bigint NOT NULL,
    bool_v boolean,
    str_v varchar(10000000),
    long_v bigint,
    dbl_v double precision,
    json_v json,
    PRIMARY KEY (entity_id, key, ts)
);

CREATE TABLE ts_kv_latest (
    entity_id uuid NOT NULL,
    key int NOT NULL REFERENCES key_dictionary (key_id),
    ts bigint NOT NULL,
    bool_v boolean,
    str_v varchar(10000000),
    long_v bigint,
    dbl_v double precision,
    json_v json,
    version bigint DEFAULT 0,
    PRIMARY KEY (entity_id, key)
);

CREATE TABLE alarm (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    ack_ts bigint,
    clear_ts bigint,
    additional_info varchar,
    end_ts bigint,
    originator_id uuid,
    originator_type integer,
    propagate boolean,
    severity varchar(255),
    start_ts bigint,
    assign_ts bigint DEFAULT 0,
    assignee_id uuid REFERENCES tb_user (id),
    tenant_id uuid REFERENCES tenant (id),
    customer_id uuid REFERENCES customer (id),
    propagate_relation_types varchar,
    type varchar(255),
    propagate_to_owner boolean,
    propagate_to_tenant boolean,
    acknowledged boolean,
    cleared boolean
);

CREATE TABLE alarm_comment (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    alarm_id uuid NOT NULL REFERENCES alarm (id) ON DELETE CASCADE,
    user_id uuid REFERENCES tb_user (id),
    type varchar(255) NOT NULL,
    comment varchar(10000)
);

CREATE TABLE alarm_types (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    type varchar(255) NOT NULL,
    PRIMARY KEY (tenant_id, type)
);

CREATE TABLE entity_alarm (
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    entity_type varchar(32),
    entity_id uuid NOT NULL,
    created_time bigint NOT NULL,
    alarm_type varchar(255) NOT NULL,
    customer_id uuid REFERENCES customer (id),
    alarm_id uuid NOT NULL REFERENCES alarm (id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, alarm_id)
);

CREATE TABLE error_event (
    id uuid NOT NULL PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    ts bigint NOT NULL,
    entity_id uuid NOT NULL,
    service_id varchar NOT NULL,
    e_method varchar NOT NULL,
    e_error varchar
);

CREATE TABLE lc_event (
    id uuid NOT NULL PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    ts bigint NOT NULL,
    entity_id uuid NOT NULL,
    service_id varchar NOT NULL,
    e_type varchar NOT NULL,
    e_success boolean NOT NULL,
    e_error varchar
);

CREATE TABLE rule_node_debug_event (
    id uuid NOT NULL PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    ts bigint NOT NULL,
    entity_id uuid NOT NULL REFERENCES rule_node (id),
    service_id varchar NOT NULL,
    e_type varchar,
    e_entity_id uuid,
    e_entity_type varchar,
    e_msg_id uuid,
    e_msg_type varchar,
    e_data_type varchar,
    e_relation_type varchar,
    e_data varchar,
    e_metadata varchar,
    e_error varchar
);

CREATE TABLE rule_chain_debug_event (
    id uuid NOT NULL PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    ts bigint NOT NULL,
    entity_id uuid NOT NULL REFERENCES rule_chain (id),
    service_id varchar NOT NULL,
    e_message varchar,
    e_error varchar
);

CREATE TABLE audit_log (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid REFERENCES tenant (id),
    customer_id uuid REFERENCES customer (id),
    entity_id uuid,
    entity_type varchar(255),
    entity_name varchar(255),
    user_id uuid REFERENCES tb_user (id),
    user_name varchar(255),
    action_type varchar(255),
    action_data varchar(1000000),
    action_status varchar(255),
    action_failure_details varchar(1000000)
);

CREATE TABLE edge (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    additional_info varchar,
    customer_id uuid REFERENCES customer (id),
    root_rule_chain_id uuid REFERENCES rule_chain (id),
    type varchar(255),
    name varchar(255),
    label varchar(255),
    routing_key varchar(255) UNIQUE,
    secret varchar(255),
    tenant_id uuid REFERENCES tenant (id),
    UNIQUE (tenant_id, name)
);

CREATE TABLE edge_event (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    seq_id serial,
    edge_id uuid REFERENCES edge (id),
    edge_event_type varchar(255),
    edge_event_uid varchar(255),
    entity_id uuid,
    edge_event_action varchar(255),
    body varchar(10000000),
    tenant_id uuid REFERENCES tenant (id),
    ts bigint NOT NULL
);

CREATE TABLE resource (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    title varchar(255) NOT NULL,
    resource_type varchar(32) NOT NULL,
    resource_sub_type varchar(32),
    resource_key varchar(255) NOT NULL,
    public_resource_key varchar(32) UNIQUE,
    file_name varchar(255) NOT NULL,
    data bytea,
    etag varchar,
    descriptor varchar,
    preview bytea,
    is_public boolean DEFAULT true,
    external_id uuid,
    UNIQUE (tenant_id, resource_type, resource_key)
);

CREATE TABLE component_descriptor (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    actions varchar(255),
    clazz varchar UNIQUE,
    configuration_descriptor varchar,
    configuration_version int DEFAULT 0,
    name varchar(255),
    scope varchar(255),
    type varchar(255),
    clustering_mode varchar(255),
    has_queue_name boolean DEFAULT false
);

CREATE TABLE api_usage_state (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid REFERENCES tenant (id),
    entity_type varchar(32),
    entity_id uuid,
    transport varchar(32),
    db_storage varchar(32),
    re_exec varchar(32),
    js_exec varchar(32),
    tbel_exec varchar(32),
    email_exec varchar(32),
    sms_exec varchar(32),
    alarm_exec varchar(32),
    UNIQUE (tenant_id, entity_id)
);

CREATE TABLE queue (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid REFERENCES tenant (id),
    name varchar(255),
    topic varchar(255),
    poll_interval int,
    partitions int,
    consumer_per_partition boolean,
    pack_processing_timeout bigint,
    submit_strategy varchar(255),
    processing_strategy varchar(255),
    additional_info varchar
);

CREATE TABLE queue_stats (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    queue_name varchar(255) NOT NULL,
    service_id varchar(255) NOT NULL,
    UNIQUE (tenant_id, queue_name, service_id)
);

CREATE TABLE notification_target (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    name varchar(255) NOT NULL,
    configuration varchar(10000) NOT NULL,
    description varchar(255),
    external_id uuid,
    UNIQUE (tenant_id, name)
);

CREATE TABLE notification_template (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    name varchar(255) NOT NULL,
    notification_type varchar(50) NOT NULL,
    configuration varchar(10000000) NOT NULL,
    external_id uuid,
    UNIQUE (tenant_id, name)
);

CREATE TABLE notification_rule (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    name varchar(255) NOT NULL,
    enabled boolean NOT NULL DEFAULT true,
    template_id uuid NOT NULL REFERENCES notification_template (id),
    trigger_type varchar(50) NOT NULL,
    trigger_config varchar(1000) NOT NULL,
    recipients_config varchar(10000) NOT NULL,
    additional_config varchar(255),
    external_id uuid,
    UNIQUE (tenant_id, name)
);

CREATE TABLE notification_request (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    targets varchar(10000) NOT NULL,
    template_id uuid REFERENCES notification_template (id),
    template varchar(10000000),
    info varchar(1000),
    additional_config varchar(1000),
    originator_entity_id uuid,
    originator_entity_type varchar(32),
    rule_id uuid REFERENCES notification_rule (id),
    status varchar(32),
    stats varchar(10000)
);

CREATE TABLE notification (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    request_id uuid REFERENCES notification_request (id) ON DELETE CASCADE,
    recipient_id uuid NOT NULL REFERENCES tb_user (id) ON DELETE CASCADE,
    type varchar(50) NOT NULL,
    delivery_method varchar(50) NOT NULL,
    subject varchar(255),
    body varchar(1000) NOT NULL,
    additional_config varchar(1000),
    status varchar(32)
);

CREATE TABLE oauth2_params (
    id uuid NOT NULL PRIMARY KEY,
    enabled boolean,
    tenant_id uuid REFERENCES tenant (id),
    created_time bigint NOT NULL
);

CREATE TABLE oauth2_registration (
    id uuid NOT NULL PRIMARY KEY,
    oauth2_params_id uuid NOT NULL REFERENCES oauth2_params (id) ON DELETE CASCADE,
    created_time bigint NOT NULL,
    additional_info varchar,
    client_id varchar(255),
    client_secret varchar(2048),
    authorization_uri varchar(255),
    token_uri varchar(255),
    scope varchar(255),
    platforms varchar(255),
    user_info_uri varchar(255),
    user_name_attribute_name varchar(255),
    jwk_set_uri varchar(255),
    client_authentication_method varchar(255),
    login_button_label varchar(255),
    login_button_icon varchar(255),
    mapper_type varchar(20),
    custom_provider_url varchar(255),
    custom_send_token boolean
);

CREATE TABLE oauth2_domain (
    id uuid NOT NULL PRIMARY KEY,
    oauth2_params_id uuid NOT NULL REFERENCES oauth2_params (id) ON DELETE CASCADE,
    created_time bigint NOT NULL,
    domain_name varchar(255),
    domain_scheme varchar(31),
    UNIQUE (oauth2_params_id, domain_name, domain_scheme)
);

CREATE TABLE oauth2_mobile (
    id uuid NOT NULL PRIMARY KEY,
    oauth2_params_id uuid NOT NULL REFERENCES oauth2_params (id) ON DELETE CASCADE,
    created_time bigint NOT NULL,
    pkg_name varchar(255),
    app_secret varchar(2048),
    UNIQUE (oauth2_params_id, pkg_name)
);

CREATE TABLE calculated_field (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    entity_id uuid NOT NULL,
    entity_type varchar(32),
    type varchar(32) NOT NULL,
    name varchar(255) NOT NULL,
    configuration_version int DEFAULT 0,
    configuration varchar(1000000),
    version bigint DEFAULT 1,
    debug_settings varchar(1024),
    external_id uuid
);

CREATE TABLE calculated_field_link (
    id uuid NOT NULL PRIMARY KEY,
    created_time bigint NOT NULL,
    tenant_id uuid NOT NULL REFERENCES tenant (id),
    entity_id uuid NOT NULL,
    entity_type varchar(32),
    calculated_field_id uuid NOT NULL REFERENCES calculated_field (id) ON DELETE CASCADE,
    configuration varchar(1000000)
);
