-- alfresco.sql: a twenty-first blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind21). The repository
-- database of Alfresco 4.2 (Community) on PostgreSQL, as its schema
-- bootstrap and patches leave it: namespaces and qualified names, locales,
-- stores, nodes with their aspects, properties, child and peer
-- associations, transactions and servers, permissions, authorities,
-- access control entries and lists, content URLs and content data with
-- mimetypes and encodings, locks, the attribute (alf_prop_*) tables, the
-- audit tables, activities, usage deltas, subscriptions, tenants and the
-- AVM (WCM) store tables still shipped in 4.2.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Alfresco's schema, trimmed (the
-- jBPM and Activiti workflow tables left out).
-- Conventions: alf_ tables (and avm_ for the AVM), keyed by a bigint `id`
-- (the node aspects, properties and AVM child entries by composites);
-- links to qualified names by role: type_qname_id, qname_id,
-- actual_type_id; to namespaces ns_id / qname_ns_id; to nodes
-- parent_node_id, child_node_id, source_node_id, target_node_id,
-- root_node_id, user_node_id; AVM links without suffix (ancestor /
-- descendent, mfrom / mto) or by role (current_root_id, root_id,
-- store_new_id, parent_id / child_id); alf_access_control_list has its
-- own text acl_id column while the tables' acl_id refer to its `id`;
-- attribute links value1_prop_id .. value3_prop_id, prop1_id,
-- root_prop_id, key_prop_id, value_prop_id, app_name_id,
-- audit_user_id, audit_values_id, disabled_paths_id.
-- The REFERENCES are the FKs Alfresco declares (fk_alf_*, fk_avm_*).
-- Left without REFERENCES: alf_access_control_list.inherits_from and
-- inherited_acl (ids of other ACLs the code keeps undeclared),
-- alf_prop_value.long_value (an id into whichever alf_prop_*_value table
-- persisted_type says) and actual_type_id (kept undeclared), the
-- activity tables' user ids and site names (text), the AVM nodes'
-- layer_id and indirection (paths), avm_nodes.version_id.

CREATE TABLE alf_applied_patch (
    id varchar(64) PRIMARY KEY,
    description varchar(1024),
    fixes_from_schema integer,
    fixes_to_schema integer,
    applied_to_schema integer,
    target_schema integer,
    applied_on_date timestamp,
    applied_to_server varchar(64),
    was_executed boolean,
    succeeded boolean,
    report varchar(1024)
);

CREATE TABLE alf_namespace (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    uri varchar(100) NOT NULL UNIQUE
);

CREATE TABLE alf_qname (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    ns_id bigint NOT NULL REFERENCES alf_namespace (id),
    local_name varchar(200) NOT NULL
);

CREATE TABLE alf_locale (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    locale_str varchar(20) NOT NULL UNIQUE
);

CREATE TABLE alf_permission (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    type_qname_id bigint NOT NULL REFERENCES alf_qname (id),
    name varchar(100) NOT NULL
);

CREATE TABLE alf_ace_context (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    class_context varchar(1024),
    property_context varchar(1024),
    kvp_context varchar(1024)
);

CREATE TABLE alf_authority (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    authority varchar(100),
    crc bigint
);

CREATE TABLE alf_authority_alias (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    auth_id bigint NOT NULL REFERENCES alf_authority (id),
    alias_id bigint NOT NULL REFERENCES alf_authority (id)
);

CREATE TABLE alf_access_control_entry (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    permission_id bigint NOT NULL REFERENCES alf_permission (id),
    authority_id bigint NOT NULL REFERENCES alf_authority (id),
    allowed boolean NOT NULL,
    applies integer NOT NULL,
    context_id bigint REFERENCES alf_ace_context (id)
);

CREATE TABLE alf_acl_change_set (
    id bigserial PRIMARY KEY,
    commit_time_ms bigint
);

CREATE TABLE alf_access_control_list (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    acl_id varchar(36) NOT NULL,
    latest boolean NOT NULL,
    acl_version bigint NOT NULL,
    inherits boolean NOT NULL,
    inherits_from bigint,
    type integer NOT NULL,
    inherited_acl bigint,
    is_versioned boolean NOT NULL,
    requires_version boolean NOT NULL,
    acl_change_set bigint REFERENCES alf_acl_change_set (id)
);

CREATE TABLE alf_acl_member (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    acl_id bigint NOT NULL REFERENCES alf_access_control_list (id),
    ace_id bigint NOT NULL REFERENCES alf_access_control_entry (id),
    pos integer NOT NULL
);

CREATE TABLE alf_server (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    ip_address varchar(39) NOT NULL UNIQUE
);

CREATE TABLE alf_transaction (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    server_id bigint REFERENCES alf_server (id),
    change_txn_id varchar(56) NOT NULL,
    commit_time_ms bigint
);

CREATE TABLE alf_store (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    protocol varchar(50) NOT NULL,
    identifier varchar(100) NOT NULL,
    root_node_id bigint REFERENCES alf_node (id)
);

CREATE TABLE alf_node (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    store_id bigint NOT NULL REFERENCES alf_store (id),
    uuid varchar(36) NOT NULL,
    transaction_id bigint NOT NULL REFERENCES alf_transaction (id),
    type_qname_id bigint NOT NULL REFERENCES alf_qname (id),
    locale_id bigint NOT NULL REFERENCES alf_locale (id),
    acl_id bigint REFERENCES alf_access_control_list (id),
    audit_creator varchar(255),
    audit_created varchar(30),
    audit_modifier varchar(255),
    audit_modified varchar(30),
    audit_accessed varchar(30)
);

CREATE TABLE alf_child_assoc (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    parent_node_id bigint NOT NULL REFERENCES alf_node (id),
    type_qname_id bigint NOT NULL REFERENCES alf_qname (id),
    child_node_name_crc bigint NOT NULL,
    child_node_name varchar(50) NOT NULL,
    child_node_id bigint NOT NULL REFERENCES alf_node (id),
    qname_ns_id bigint NOT NULL REFERENCES alf_namespace (id),
    qname_localname varchar(255) NOT NULL,
    qname_crc bigint NOT NULL,
    is_primary boolean,
    assoc_index integer
);

CREATE TABLE alf_node_assoc (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    source_node_id bigint NOT NULL REFERENCES alf_node (id),
    target_node_id bigint NOT NULL REFERENCES alf_node (id),
    type_qname_id bigint NOT NULL REFERENCES alf_qname (id),
    assoc_index bigint NOT NULL
);

CREATE TABLE alf_node_aspects (
    node_id bigint NOT NULL REFERENCES alf_node (id),
    qname_id bigint NOT NULL REFERENCES alf_qname (id),
    PRIMARY KEY (node_id, qname_id)
);

CREATE TABLE alf_node_properties (
    node_id bigint NOT NULL REFERENCES alf_node (id),
    actual_type_n integer NOT NULL,
    persisted_type_n integer NOT NULL,
    boolean_value boolean,
    long_value bigint,
    float_value real,
    double_value double precision,
    string_value varchar(1024),
    serializable_value bytea,
    qname_id bigint NOT NULL REFERENCES alf_qname (id),
    list_index integer NOT NULL,
    locale_id bigint NOT NULL REFERENCES alf_locale (id),
    PRIMARY KEY (node_id, qname_id, list_index, locale_id)
);

CREATE TABLE alf_usage_delta (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    node_id bigint NOT NULL REFERENCES alf_node (id),
    delta_size bigint NOT NULL
);

CREATE TABLE alf_subscriptions (
    user_node_id bigint NOT NULL REFERENCES alf_node (id),
    node_id bigint NOT NULL REFERENCES alf_node (id),
    PRIMARY KEY (user_node_id, node_id)
);

CREATE TABLE alf_mimetype (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    mimetype_str varchar(100) NOT NULL UNIQUE
);

CREATE TABLE alf_encoding (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    encoding_str varchar(100) NOT NULL UNIQUE
);

CREATE TABLE alf_content_url (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    content_url varchar(255) NOT NULL,
    content_url_short varchar(12) NOT NULL,
    content_url_crc bigint NOT NULL,
    content_size bigint NOT NULL,
    orphan_time bigint
);

CREATE TABLE alf_content_data (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    content_url_id bigint REFERENCES alf_content_url (id),
    content_mimetype_id bigint REFERENCES alf_mimetype (id),
    content_encoding_id bigint REFERENCES alf_encoding (id),
    content_locale_id bigint REFERENCES alf_locale (id)
);

CREATE TABLE alf_lock_resource (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    qname_ns_id bigint NOT NULL REFERENCES alf_namespace (id),
    qname_localname varchar(255) NOT NULL
);

CREATE TABLE alf_lock (
    id bigserial PRIMARY KEY,
    version bigint NOT NULL,
    shared_resource_id bigint NOT NULL REFERENCES alf_lock_resource (id),
    excl_resource_id bigint NOT NULL REFERENCES alf_lock_resource (id),
    lock_token varchar(36) NOT NULL,
    start_time bigint NOT NULL,
    expiry_time bigint NOT NULL
);

CREATE TABLE alf_prop_class (
    id bigserial PRIMARY KEY,
    java_class_name varchar(255) NOT NULL,
    java_class_name_short varchar(32) NOT NULL,
    java_class_name_crc bigint NOT NULL
);

CREATE TABLE alf_prop_date_value (
    date_value bigint PRIMARY KEY,
    full_year integer NOT NULL,
    half_of_year smallint NOT NULL,
    quarter_of_year smallint NOT NULL,
    month_of_year smallint NOT NULL,
    week_of_year smallint NOT NULL,
    week_of_month smallint NOT NULL,
    day_of_year smallint NOT NULL,
    day_of_month smallint NOT NULL,
    day_of_week smallint NOT NULL
);

CREATE TABLE alf_prop_double_value (
    id bigserial PRIMARY KEY,
    double_value double precision NOT NULL
);

CREATE TABLE alf_prop_string_value (
    id bigserial PRIMARY KEY,
    string_value varchar(1024) NOT NULL,
    string_end_lower varchar(16) NOT NULL,
    string_crc bigint NOT NULL
);

CREATE TABLE alf_prop_serializable_value (
    id bigserial PRIMARY KEY,
    serializable_value bytea NOT NULL
);

CREATE TABLE alf_prop_value (
    id bigserial PRIMARY KEY,
    actual_type_id bigint NOT NULL,
    persisted_type smallint NOT NULL,
    long_value bigint NOT NULL
);

CREATE TABLE alf_prop_root (
    id bigserial PRIMARY KEY,
    version smallint NOT NULL
);

CREATE TABLE alf_prop_link (
    root_prop_id bigint NOT NULL REFERENCES alf_prop_root (id),
    prop_index bigint NOT NULL,
    contained_in bigint NOT NULL,
    key_prop_id bigint NOT NULL REFERENCES alf_prop_value (id),
    value_prop_id bigint NOT NULL REFERENCES alf_prop_value (id),
    PRIMARY KEY (root_prop_id, contained_in, prop_index)
);

CREATE TABLE alf_prop_unique_ctx (
    id bigserial PRIMARY KEY,
    version smallint NOT NULL,
    value1_prop_id bigint NOT NULL REFERENCES alf_prop_value (id),
    value2_prop_id bigint NOT NULL REFERENCES alf_prop_value (id),
    value3_prop_id bigint NOT NULL REFERENCES alf_prop_value (id),
    prop1_id bigint REFERENCES alf_prop_root (id)
);

CREATE TABLE alf_audit_model (
    id bigserial PRIMARY KEY,
    content_data_id bigint NOT NULL REFERENCES alf_content_data (id),
    content_crc bigint NOT NULL
);

CREATE TABLE alf_audit_app (
    id bigserial PRIMARY KEY,
    version smallint NOT NULL,
    app_name_id bigint NOT NULL UNIQUE REFERENCES alf_prop_value (id),
    audit_model_id bigint NOT NULL REFERENCES alf_audit_model (id),
    disabled_paths_id bigint NOT NULL REFERENCES alf_prop_root (id)
);

CREATE TABLE alf_audit_entry (
    id bigserial PRIMARY KEY,
    audit_app_id bigint NOT NULL REFERENCES alf_audit_app (id),
    audit_time bigint NOT NULL,
    audit_user_id bigint REFERENCES alf_prop_value (id),
    audit_values_id bigint REFERENCES alf_prop_root (id)
);

CREATE TABLE alf_activity_feed (
    id bigserial PRIMARY KEY,
    post_id bigint,
    post_date timestamp NOT NULL,
    activity_summary varchar(1024),
    feed_user_id varchar(255),
    activity_type varchar(255) NOT NULL,
    activity_format varchar(10),
    site_network varchar(255),
    app_tool varchar(36),
    post_user_id varchar(255) NOT NULL,
    feed_date timestamp NOT NULL
);

CREATE TABLE alf_activity_feed_control (
    id bigserial PRIMARY KEY,
    feed_user_id varchar(255) NOT NULL,
    site_network varchar(255),
    app_tool varchar(36),
    last_modified timestamp NOT NULL
);

CREATE TABLE alf_activity_post (
    sequence_id bigserial PRIMARY KEY,
    post_date timestamp NOT NULL,
    status varchar(10) NOT NULL,
    activity_data varchar(1024) NOT NULL,
    post_user_id varchar(255) NOT NULL,
    job_task_node integer NOT NULL,
    site_network varchar(255),
    app_tool varchar(36),
    activity_type varchar(255) NOT NULL,
    last_modified timestamp NOT NULL
);

CREATE TABLE alf_tenant (
    tenant_domain varchar(255) PRIMARY KEY,
    version bigint NOT NULL,
    enabled boolean NOT NULL,
    tenant_name varchar(255),
    content_root varchar(255),
    db_url varchar(255)
);

CREATE TABLE avm_stores (
    id bigserial PRIMARY KEY,
    version_id bigint NOT NULL,
    name varchar(255) UNIQUE,
    vers integer NOT NULL,
    current_root_id bigint REFERENCES avm_nodes (id),
    acl_id bigint REFERENCES alf_access_control_list (id)
);

CREATE TABLE avm_nodes (
    id bigserial PRIMARY KEY,
    class_type varchar(20) NOT NULL,
    vers bigint NOT NULL,
    version_id integer NOT NULL,
    guid varchar(36),
    creator varchar(255) NOT NULL,
    owner varchar(255) NOT NULL,
    lastmodifier varchar(255) NOT NULL,
    createdate bigint NOT NULL,
    moddate bigint NOT NULL,
    accessdate bigint NOT NULL,
    is_root boolean,
    store_new_id bigint REFERENCES avm_stores (id),
    acl_id bigint REFERENCES alf_access_control_list (id),
    deletedtype integer,
    layer_id bigint,
    indirection varchar(511),
    indirection_version integer,
    primary_indirection boolean,
    opacity boolean,
    content_url varchar(128),
    mime_type varchar(100),
    encoding varchar(16),
    length bigint
);

CREATE TABLE avm_aspects (
    node_id bigint NOT NULL REFERENCES avm_nodes (id),
    qname_id bigint NOT NULL REFERENCES alf_qname (id),
    PRIMARY KEY (node_id, qname_id)
);

CREATE TABLE avm_node_properties (
    node_id bigint NOT NULL REFERENCES avm_nodes (id),
    qname_id bigint NOT NULL REFERENCES alf_qname (id),
    actual_type_n integer NOT NULL,
    persisted_type_n integer NOT NULL,
    multi_valued boolean NOT NULL,
    boolean_value boolean,
    long_value bigint,
    float_value real,
    double_value double precision,
    string_value varchar(1024),
    serializable_value bytea,
    PRIMARY KEY (node_id, qname_id)
);

CREATE TABLE avm_store_properties (
    id bigserial PRIMARY KEY,
    avm_store_id bigint REFERENCES avm_stores (id),
    qname_id bigint NOT NULL REFERENCES alf_qname (id),
    actual_type_n integer NOT NULL,
    persisted_type_n integer NOT NULL,
    multi_valued boolean NOT NULL,
    boolean_value boolean,
    long_value bigint,
    float_value real,
    double_value double precision,
    string_value varchar(1024),
    serializable_value bytea
);

CREATE TABLE avm_child_entries (
    parent_id bigint NOT NULL REFERENCES avm_nodes (id),
    name varchar(160) NOT NULL,
    lc_name varchar(160) NOT NULL,
    child_id bigint NOT NULL REFERENCES avm_nodes (id),
    PRIMARY KEY (parent_id, lc_name)
);

CREATE TABLE avm_history_links (
    ancestor bigint NOT NULL REFERENCES avm_nodes (id),
    descendent bigint NOT NULL REFERENCES avm_nodes (id),
    PRIMARY KEY (ancestor, descendent)
);

CREATE TABLE avm_merge_links (
    mfrom bigint NOT NULL REFERENCES avm_nodes (id),
    mto bigint NOT NULL REFERENCES avm_nodes (id),
    PRIMARY KEY (mfrom, mto)
);

CREATE TABLE avm_version_roots (
    id bigserial PRIMARY KEY,
    version_id integer NOT NULL,
    avm_store_id bigint NOT NULL REFERENCES avm_stores (id),
    create_date bigint NOT NULL,
    creator varchar(255) NOT NULL,
    root_id bigint NOT NULL REFERENCES avm_nodes (id),
    tag varchar(255),
    description text
);

CREATE TABLE avm_version_layered_node_entry (
    version_root_id bigint NOT NULL REFERENCES avm_version_roots (id),
    md5sum varchar(32) NOT NULL,
    path text,
    PRIMARY KEY (version_root_id, md5sum)
);
