-- ranger.sql: a sixteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind16). The policy database of
-- Apache Ranger's admin server (PostgreSQL flavour): portal users and
-- their roles and sessions, users, groups and their memberships, the
-- legacy asset / resource / permission model, service definitions and
-- their config, resource, access-type, condition and data-mask
-- definitions, services and their configs, policies with their resources,
-- items, accesses, conditions, user / group / role grants, data masks and
-- row filters, the policy reference tables, labels, security zones and
-- their references, roles, tags, tag definitions and tagged resources,
-- module permissions, the RMS (Hive-to-HDFS) resource mapping, transaction
-- and audit logs.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Ranger's own DDL
-- (ranger_core_db_postgres.sql), trimmed and without sequences.
-- Conventions: tables x_<name> (xa_access_audit) keyed by a bigint `id`;
-- most carry create_time / update_time and added_by_id / upd_by_id, the
-- portal user who added and last updated it (declared as FKs to
-- x_portal_user, x_<table>_FK_added_by_id); references by a bare
-- entity name (x_service.type -> x_service_def, x_policy.service ->
-- x_service, x_tag.type -> x_tag_def, x_resource_def.parent,
-- x_policy_item_access.type -> x_access_type_def); short forms (res_id,
-- atd_id, def_id, p_group_id, hl_ / ll_ resource and service ids,
-- role_ref_id, tag_srvc_id).
-- The REFERENCES are the foreign keys Ranger declares (out of line, named
-- as Ranger names them). Left without REFERENCES as Ranger does: the
-- object ids of the transaction log and the data history (any class),
-- xa_access_audit.policy_id (audits outlive policies), the change logs'
-- service_id / policy_id / tag_id, x_policy_export_audit and
-- x_plugin_info (by repository or service name), the RMS notification's
-- resource ids, and the added_by_id / upd_by_id of the tables Ranger
-- declares them without FKs (xa_access_audit, x_modules_master, the
-- module permission tables, x_ugsync_audit_info, x_rms_service_resource).
-- Some names keep
-- Ranger's own case (jsonData).

CREATE TABLE x_portal_user (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    first_name VARCHAR(256),
    last_name VARCHAR(256),
    pub_scr_name VARCHAR(2048),
    login_id VARCHAR(767),
    password VARCHAR(512) NOT NULL,
    email VARCHAR(512),
    status INT NOT NULL,
    user_src INT NOT NULL,
    notes VARCHAR(4000),
    other_attributes VARCHAR(4000),
    sync_source VARCHAR(4000),
    CONSTRAINT x_portal_user_pkey PRIMARY KEY (id),
    CONSTRAINT x_portal_user_UK_login_id UNIQUE (login_id),
    CONSTRAINT x_portal_user_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_portal_user_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_portal_user_role (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    user_id BIGINT NOT NULL,
    user_role VARCHAR(128),
    status INT NOT NULL,
    CONSTRAINT x_portal_user_role_pkey PRIMARY KEY (id),
    CONSTRAINT x_portal_user_role_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_portal_user_role_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_portal_user_role_FK_user_id FOREIGN KEY (user_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_auth_sess (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    login_id VARCHAR(767) NOT NULL,
    user_id BIGINT,
    ext_sess_id VARCHAR(512),
    auth_time TIMESTAMP NOT NULL,
    auth_status INT NOT NULL,
    auth_type INT NOT NULL,
    auth_provider INT NOT NULL,
    device_type INT NOT NULL,
    req_ip VARCHAR(48) NOT NULL,
    req_ua VARCHAR(1024),
    CONSTRAINT x_auth_sess_pkey PRIMARY KEY (id),
    CONSTRAINT x_auth_sess_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_auth_sess_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_auth_sess_FK_user_id FOREIGN KEY (user_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_cred_store (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    store_name VARCHAR(1024) NOT NULL,
    description VARCHAR(4000),
    CONSTRAINT x_cred_store_pkey PRIMARY KEY (id),
    CONSTRAINT x_cred_store_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_cred_store_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_group (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    group_name VARCHAR(1024) NOT NULL,
    descr VARCHAR(4000),
    status INT NOT NULL,
    group_type INT NOT NULL,
    cred_store_id BIGINT,
    group_src INT NOT NULL,
    is_visible INT NOT NULL,
    other_attributes VARCHAR(4000),
    sync_source VARCHAR(4000),
    CONSTRAINT x_group_pkey PRIMARY KEY (id),
    CONSTRAINT x_group_UK_group_name UNIQUE (group_name),
    CONSTRAINT x_group_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_group_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_group_FK_cred_store_id FOREIGN KEY (cred_store_id) REFERENCES x_cred_store (id)
);

CREATE TABLE x_user (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    user_name VARCHAR(767) NOT NULL,
    descr VARCHAR(4000),
    status INT NOT NULL,
    cred_store_id BIGINT,
    is_visible INT NOT NULL,
    other_attributes VARCHAR(4000),
    sync_source VARCHAR(4000),
    CONSTRAINT x_user_pkey PRIMARY KEY (id),
    CONSTRAINT x_user_UK_user_name UNIQUE (user_name),
    CONSTRAINT x_user_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_user_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_user_FK_cred_store_id FOREIGN KEY (cred_store_id) REFERENCES x_cred_store (id)
);

CREATE TABLE x_group_groups (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    group_name VARCHAR(1024) NOT NULL,
    p_group_id BIGINT,
    group_id BIGINT,
    CONSTRAINT x_group_groups_pkey PRIMARY KEY (id),
    CONSTRAINT x_group_groups_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_group_groups_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_group_groups_FK_p_group_id FOREIGN KEY (p_group_id) REFERENCES x_group (id),
    CONSTRAINT x_group_groups_FK_group_id FOREIGN KEY (group_id) REFERENCES x_group (id)
);

CREATE TABLE x_group_users (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    group_name VARCHAR(1024) NOT NULL,
    p_group_id BIGINT,
    user_id BIGINT,
    CONSTRAINT x_group_users_pkey PRIMARY KEY (id),
    CONSTRAINT x_group_users_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_group_users_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_group_users_FK_p_group_id FOREIGN KEY (p_group_id) REFERENCES x_group (id),
    CONSTRAINT x_group_users_FK_user_id FOREIGN KEY (user_id) REFERENCES x_user (id)
);

CREATE TABLE x_asset (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    asset_name VARCHAR(1024) NOT NULL,
    descr VARCHAR(4000) NOT NULL,
    act_status INT NOT NULL,
    asset_type INT NOT NULL,
    config TEXT,
    sup_native BOOLEAN NOT NULL,
    CONSTRAINT x_asset_pkey PRIMARY KEY (id),
    CONSTRAINT x_asset_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_asset_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_resource (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    res_name VARCHAR(4000),
    descr VARCHAR(4000),
    res_type INT NOT NULL,
    asset_id BIGINT NOT NULL,
    parent_id BIGINT,
    parent_path VARCHAR(4000),
    is_encrypt INT NOT NULL,
    is_recursive INT NOT NULL,
    res_group VARCHAR(1024),
    res_dbs TEXT,
    res_tables TEXT,
    res_col_fams TEXT,
    res_cols TEXT,
    res_udfs TEXT,
    res_status INT NOT NULL,
    table_type INT NOT NULL,
    col_type INT NOT NULL,
    policy_name VARCHAR(500),
    res_topologies TEXT,
    res_services TEXT,
    CONSTRAINT x_resource_pkey PRIMARY KEY (id),
    CONSTRAINT x_resource_UK_policy_name UNIQUE (policy_name),
    CONSTRAINT x_resource_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_resource_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_resource_FK_asset_id FOREIGN KEY (asset_id) REFERENCES x_asset (id),
    CONSTRAINT x_resource_FK_parent_id FOREIGN KEY (parent_id) REFERENCES x_resource (id)
);

CREATE TABLE x_perm_map (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    perm_group VARCHAR(1024),
    res_id BIGINT,
    group_id BIGINT,
    user_id BIGINT,
    perm_for INT NOT NULL,
    perm_type INT NOT NULL,
    is_recursive INT NOT NULL,
    is_wild_card BOOLEAN NOT NULL,
    grant_revoke BOOLEAN NOT NULL,
    ip_address TEXT,
    CONSTRAINT x_perm_map_pkey PRIMARY KEY (id),
    CONSTRAINT x_perm_map_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_perm_map_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_perm_map_FK_res_id FOREIGN KEY (res_id) REFERENCES x_resource (id),
    CONSTRAINT x_perm_map_FK_group_id FOREIGN KEY (group_id) REFERENCES x_group (id),
    CONSTRAINT x_perm_map_FK_user_id FOREIGN KEY (user_id) REFERENCES x_user (id)
);

CREATE TABLE x_audit_map (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    res_id BIGINT,
    group_id BIGINT,
    user_id BIGINT,
    audit_type INT NOT NULL,
    CONSTRAINT x_audit_map_pkey PRIMARY KEY (id),
    CONSTRAINT x_audit_map_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_audit_map_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_audit_map_FK_res_id FOREIGN KEY (res_id) REFERENCES x_resource (id),
    CONSTRAINT x_audit_map_FK_group_id FOREIGN KEY (group_id) REFERENCES x_group (id),
    CONSTRAINT x_audit_map_FK_user_id FOREIGN KEY (user_id) REFERENCES x_user (id)
);

CREATE TABLE x_trx_log (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    class_type INT NOT NULL,
    object_id BIGINT,
    parent_object_id BIGINT,
    parent_object_class_type INT NOT NULL,
    parent_object_name VARCHAR(1024),
    object_name VARCHAR(1024),
    attr_name VARCHAR(255),
    prev_val TEXT,
    new_val TEXT,
    trx_id VARCHAR(1024),
    action VARCHAR(255),
    sess_id VARCHAR(512),
    req_id VARCHAR(30),
    sess_type VARCHAR(30),
    CONSTRAINT x_trx_log_pkey PRIMARY KEY (id),
    CONSTRAINT x_trx_log_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_trx_log_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id)
);

CREATE TABLE xa_access_audit (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    audit_type INT NOT NULL,
    access_result INT,
    access_type VARCHAR(255),
    acl_enforcer VARCHAR(255),
    agent_id VARCHAR(255),
    client_ip VARCHAR(255),
    client_type VARCHAR(255),
    policy_id BIGINT,
    repo_name VARCHAR(255),
    repo_type INT,
    result_reason VARCHAR(255),
    session_id VARCHAR(255),
    event_time TIMESTAMP,
    request_user VARCHAR(255),
    action VARCHAR(2000),
    request_data VARCHAR(4000),
    resource_path VARCHAR(4000),
    resource_type VARCHAR(255),
    CONSTRAINT xa_access_audit_pkey PRIMARY KEY (id)
);

CREATE TABLE x_policy_export_audit (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    client_ip VARCHAR(255) NOT NULL,
    agent_id VARCHAR(255),
    req_epoch BIGINT NOT NULL,
    last_updated TIMESTAMP,
    repository_name VARCHAR(1024),
    exported_json TEXT,
    http_ret_code INT NOT NULL,
    cluster_name VARCHAR(255),
    zone_name VARCHAR(255),
    policy_version BIGINT,
    CONSTRAINT x_policy_export_audit_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_export_audit_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_export_audit_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_service_def (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    name VARCHAR(1024),
    impl_class_name VARCHAR(1024),
    label VARCHAR(1024),
    description VARCHAR(1024),
    rb_key_label VARCHAR(1024),
    rb_key_description VARCHAR(1024),
    is_enabled BOOLEAN,
    def_options VARCHAR(1024),
    display_name VARCHAR(1024),
    CONSTRAINT x_service_def_pkey PRIMARY KEY (id),
    CONSTRAINT x_service_def_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_service_def_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_security_zone (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    name VARCHAR(255) NOT NULL,
    jsonData TEXT,
    description VARCHAR(1024),
    CONSTRAINT x_security_zone_pkey PRIMARY KEY (id),
    CONSTRAINT x_security_zone_UK_name UNIQUE (name),
    CONSTRAINT x_security_zone_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_security_zone_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_service (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    type BIGINT,
    name VARCHAR(255),
    display_name VARCHAR(255),
    policy_version BIGINT,
    policy_update_time TIMESTAMP,
    description VARCHAR(1024),
    is_enabled BOOLEAN NOT NULL,
    tag_service BIGINT,
    tag_version BIGINT NOT NULL,
    tag_update_time TIMESTAMP,
    CONSTRAINT x_service_pkey PRIMARY KEY (id),
    CONSTRAINT x_service_UK_name UNIQUE (name),
    CONSTRAINT x_service_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_service_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_service_FK_type FOREIGN KEY (type) REFERENCES x_service_def (id),
    CONSTRAINT x_service_FK_tag_service FOREIGN KEY (tag_service) REFERENCES x_service (id)
);

CREATE TABLE x_policy (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    service BIGINT,
    name VARCHAR(512),
    policy_type INT DEFAULT 0,
    description VARCHAR(1024),
    resource_signature VARCHAR(128),
    is_enabled BOOLEAN NOT NULL,
    is_audit_enabled BOOLEAN NOT NULL,
    policy_options VARCHAR(4000),
    policy_priority INT NOT NULL,
    policy_text TEXT,
    zone_id BIGINT,
    is_default BOOLEAN NOT NULL,
    CONSTRAINT x_policy_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_FK_service FOREIGN KEY (service) REFERENCES x_service (id),
    CONSTRAINT x_policy_FK_zone_id FOREIGN KEY (zone_id) REFERENCES x_security_zone (id)
);

CREATE TABLE x_service_config_def (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    def_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    name VARCHAR(1024),
    type VARCHAR(1024),
    sub_type VARCHAR(1024),
    is_mandatory BOOLEAN NOT NULL,
    default_value VARCHAR(1024),
    validation_reg_ex VARCHAR(1024),
    validation_message VARCHAR(1024),
    ui_hint VARCHAR(1024),
    label VARCHAR(1024),
    description VARCHAR(1024),
    rb_key_label VARCHAR(1024),
    rb_key_description VARCHAR(1024),
    rb_key_validation_message VARCHAR(1024),
    sort_order INT DEFAULT 0,
    CONSTRAINT x_service_config_def_pkey PRIMARY KEY (id),
    CONSTRAINT x_service_config_def_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_service_config_def_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_service_config_def_FK_defid FOREIGN KEY (def_id) REFERENCES x_service_def (id)
);

CREATE TABLE x_resource_def (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    def_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    name VARCHAR(1024),
    type VARCHAR(1024),
    res_level BIGINT,
    parent BIGINT,
    mandatory BOOLEAN NOT NULL,
    look_up_supported BOOLEAN NOT NULL,
    recursive_supported BOOLEAN NOT NULL,
    excludes_supported BOOLEAN NOT NULL,
    matcher VARCHAR(1024),
    matcher_options VARCHAR(1024),
    validation_reg_ex VARCHAR(1024),
    validation_message VARCHAR(1024),
    ui_hint VARCHAR(1024),
    label VARCHAR(1024),
    description VARCHAR(1024),
    rb_key_label VARCHAR(1024),
    rb_key_description VARCHAR(1024),
    rb_key_validation_message VARCHAR(1024),
    sort_order INT DEFAULT 0,
    datamask_options VARCHAR(1024),
    rowfilter_options VARCHAR(1024),
    CONSTRAINT x_resource_def_pkey PRIMARY KEY (id),
    CONSTRAINT x_resource_def_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_resource_def_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_resource_def_FK_defid FOREIGN KEY (def_id) REFERENCES x_service_def (id),
    CONSTRAINT x_resource_def_FK_parent FOREIGN KEY (parent) REFERENCES x_resource_def (id)
);

CREATE TABLE x_access_type_def (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    def_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    name VARCHAR(1024),
    label VARCHAR(1024),
    rb_key_label VARCHAR(1024),
    sort_order INT DEFAULT 0,
    datamask_options VARCHAR(1024),
    rowfilter_options VARCHAR(1024),
    CONSTRAINT x_access_type_def_pkey PRIMARY KEY (id),
    CONSTRAINT x_access_type_def_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_access_type_def_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_access_type_def_FK_defid FOREIGN KEY (def_id) REFERENCES x_service_def (id)
);

CREATE TABLE x_access_type_def_grants (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    atd_id BIGINT NOT NULL,
    implied_grant VARCHAR(1024),
    CONSTRAINT x_access_type_def_grants_pkey PRIMARY KEY (id),
    CONSTRAINT x_atd_grants_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_atd_grants_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_atd_grants_FK_atdid FOREIGN KEY (atd_id) REFERENCES x_access_type_def (id)
);

CREATE TABLE x_policy_condition_def (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    def_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    name VARCHAR(1024),
    evaluator VARCHAR(1024),
    evaluator_options VARCHAR(1024),
    validation_reg_ex VARCHAR(1024),
    validation_message VARCHAR(1024),
    ui_hint VARCHAR(1024),
    label VARCHAR(1024),
    description VARCHAR(1024),
    rb_key_label VARCHAR(1024),
    rb_key_description VARCHAR(1024),
    rb_key_validation_message VARCHAR(1024),
    sort_order INT DEFAULT 0,
    CONSTRAINT x_policy_condition_def_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_condition_def_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_condition_def_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_condition_def_FK_defid FOREIGN KEY (def_id) REFERENCES x_service_def (id)
);

CREATE TABLE x_datamask_type_def (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    def_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    name VARCHAR(1024),
    label VARCHAR(1024),
    description VARCHAR(1024),
    transformer VARCHAR(1024),
    datamask_options VARCHAR(1024),
    rb_key_label VARCHAR(1024),
    rb_key_description VARCHAR(1024),
    sort_order INT DEFAULT 0,
    CONSTRAINT x_datamask_type_def_pkey PRIMARY KEY (id),
    CONSTRAINT x_datamask_type_def_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_datamask_type_def_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_datamask_type_def_FK_def_id FOREIGN KEY (def_id) REFERENCES x_service_def (id)
);

CREATE TABLE x_service_config_map (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    service BIGINT NOT NULL,
    config_key VARCHAR(1024),
    config_value VARCHAR(4000),
    CONSTRAINT x_service_config_map_pkey PRIMARY KEY (id),
    CONSTRAINT x_service_config_map_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_service_config_map_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_service_config_map_FK_service FOREIGN KEY (service) REFERENCES x_service (id)
);

CREATE TABLE x_service_version_info (
    id BIGINT NOT NULL,
    service_id BIGINT NOT NULL,
    policy_version BIGINT NOT NULL DEFAULT 0,
    policy_update_time TIMESTAMP,
    tag_version BIGINT NOT NULL DEFAULT 0,
    tag_update_time TIMESTAMP,
    role_version BIGINT NOT NULL DEFAULT 0,
    role_update_time TIMESTAMP,
    version BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT x_service_version_info_pkey PRIMARY KEY (id),
    CONSTRAINT x_service_version_info_service_id FOREIGN KEY (service_id) REFERENCES x_service (id)
);

CREATE TABLE x_policy_resource (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_id BIGINT NOT NULL,
    res_def_id BIGINT NOT NULL,
    is_excludes BOOLEAN NOT NULL,
    is_recursive BOOLEAN NOT NULL,
    CONSTRAINT x_policy_resource_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_resource_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_resource_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_resource_FK_policy_id FOREIGN KEY (policy_id) REFERENCES x_policy (id),
    CONSTRAINT x_policy_resource_FK_res_def_id FOREIGN KEY (res_def_id) REFERENCES x_resource_def (id)
);

CREATE TABLE x_policy_resource_map (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    resource_id BIGINT NOT NULL,
    value VARCHAR(1024),
    sort_order INT DEFAULT 0,
    CONSTRAINT x_policy_resource_map_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_resource_map_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_resource_map_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_resource_map_FK_resource_id FOREIGN KEY (resource_id) REFERENCES x_policy_resource (id)
);

CREATE TABLE x_policy_item (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_id BIGINT NOT NULL,
    delegate_admin BOOLEAN NOT NULL,
    sort_order INT DEFAULT 0,
    item_type INT DEFAULT 0 NOT NULL,
    is_enabled BOOLEAN DEFAULT TRUE NOT NULL,
    comments VARCHAR(255),
    CONSTRAINT x_policy_item_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_item_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_FK_policy_id FOREIGN KEY (policy_id) REFERENCES x_policy (id)
);

CREATE TABLE x_policy_item_access (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_item_id BIGINT NOT NULL,
    type BIGINT NOT NULL,
    is_allowed BOOLEAN NOT NULL,
    sort_order INT DEFAULT 0,
    CONSTRAINT x_policy_item_access_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_item_access_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_access_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_access_FK_pi_id FOREIGN KEY (policy_item_id) REFERENCES x_policy_item (id),
    CONSTRAINT x_policy_item_access_FK_atd_id FOREIGN KEY (type) REFERENCES x_access_type_def (id)
);

CREATE TABLE x_policy_item_condition (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_item_id BIGINT NOT NULL,
    type BIGINT NOT NULL,
    value VARCHAR(1024),
    sort_order INT DEFAULT 0,
    CONSTRAINT x_policy_item_condition_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_item_condition_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_condition_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_condition_FK_pi_id FOREIGN KEY (policy_item_id) REFERENCES x_policy_item (id),
    CONSTRAINT x_policy_item_condition_FK_pcd_id FOREIGN KEY (type) REFERENCES x_policy_condition_def (id)
);

CREATE TABLE x_policy_item_user_perm (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_item_id BIGINT NOT NULL,
    user_id BIGINT,
    sort_order INT DEFAULT 0,
    CONSTRAINT x_policy_item_user_perm_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_item_user_perm_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_user_perm_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_user_perm_FK_pi_id FOREIGN KEY (policy_item_id) REFERENCES x_policy_item (id),
    CONSTRAINT x_policy_item_user_perm_FK_user_id FOREIGN KEY (user_id) REFERENCES x_user (id)
);

CREATE TABLE x_policy_item_group_perm (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_item_id BIGINT NOT NULL,
    group_id BIGINT,
    sort_order INT DEFAULT 0,
    CONSTRAINT x_policy_item_group_perm_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_item_group_perm_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_group_perm_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_group_perm_FK_pi_id FOREIGN KEY (policy_item_id) REFERENCES x_policy_item (id),
    CONSTRAINT x_policy_item_group_perm_FK_group_id FOREIGN KEY (group_id) REFERENCES x_group (id)
);

CREATE TABLE x_policy_item_datamask (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_item_id BIGINT NOT NULL,
    type BIGINT NOT NULL,
    condition_expr VARCHAR(1024),
    value_expr VARCHAR(1024),
    CONSTRAINT x_policy_item_datamask_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_item_datamask_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_datamask_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_datamask_FK_policy_item_id FOREIGN KEY (policy_item_id) REFERENCES x_policy_item (id),
    CONSTRAINT x_policy_item_datamask_FK_type FOREIGN KEY (type) REFERENCES x_datamask_type_def (id)
);

CREATE TABLE x_policy_item_rowfilter (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_item_id BIGINT NOT NULL,
    filter_expr VARCHAR(1024),
    CONSTRAINT x_policy_item_rowfilter_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_item_rowfilter_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_rowfilter_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_item_rowfilter_FK_policy_item_id FOREIGN KEY (policy_item_id) REFERENCES x_policy_item (id)
);

CREATE TABLE x_data_hist (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    obj_guid VARCHAR(1024) NOT NULL,
    obj_class_type INT NOT NULL,
    obj_id BIGINT NOT NULL,
    obj_name VARCHAR(1024) NOT NULL,
    version BIGINT,
    action VARCHAR(512) NOT NULL,
    from_time TIMESTAMP NOT NULL,
    to_time TIMESTAMP,
    content TEXT NOT NULL,
    CONSTRAINT x_data_hist_pkey PRIMARY KEY (id)
);

CREATE TABLE x_modules_master (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    module VARCHAR(1024) NOT NULL,
    url VARCHAR(1024),
    CONSTRAINT x_modules_master_pkey PRIMARY KEY (id)
);

CREATE TABLE x_user_module_perm (
    id BIGINT NOT NULL,
    user_id BIGINT,
    module_id BIGINT,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    is_allowed INT NOT NULL DEFAULT 1,
    CONSTRAINT x_user_module_perm_pkey PRIMARY KEY (id),
    CONSTRAINT x_user_module_perm_FK_module_id FOREIGN KEY (module_id) REFERENCES x_modules_master (id),
    CONSTRAINT x_user_module_perm_FK_user_id FOREIGN KEY (user_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_group_module_perm (
    id BIGINT NOT NULL,
    group_id BIGINT,
    module_id BIGINT,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    is_allowed INT NOT NULL DEFAULT 1,
    CONSTRAINT x_group_module_perm_pkey PRIMARY KEY (id),
    CONSTRAINT x_group_module_perm_FK_module_id FOREIGN KEY (module_id) REFERENCES x_modules_master (id),
    CONSTRAINT x_group_module_perm_FK_group_id FOREIGN KEY (group_id) REFERENCES x_group (id)
);

CREATE TABLE x_tag_def (
    id BIGINT NOT NULL,
    guid VARCHAR(64) NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    name VARCHAR(255) NOT NULL,
    source VARCHAR(128),
    is_enabled BOOLEAN NOT NULL,
    tag_attrs_def_text TEXT,
    CONSTRAINT x_tag_def_pkey PRIMARY KEY (id),
    CONSTRAINT x_tag_def_UK_guid UNIQUE (guid),
    CONSTRAINT x_tag_def_UK_name UNIQUE (name),
    CONSTRAINT x_tag_def_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_tag_def_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_tag (
    id BIGINT NOT NULL,
    guid VARCHAR(64) NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    type BIGINT NOT NULL,
    owned_by SMALLINT DEFAULT 0 NOT NULL,
    policy_options VARCHAR(4000),
    tag_attrs_text TEXT,
    CONSTRAINT x_tag_pkey PRIMARY KEY (id),
    CONSTRAINT x_tag_UK_guid UNIQUE (guid),
    CONSTRAINT x_tag_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_tag_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_tag_FK_type FOREIGN KEY (type) REFERENCES x_tag_def (id)
);

CREATE TABLE x_service_resource (
    id BIGINT NOT NULL,
    guid VARCHAR(64) NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    service_id BIGINT NOT NULL,
    resource_signature VARCHAR(128),
    is_enabled BOOLEAN NOT NULL,
    service_resource_elements_text TEXT,
    tags_text TEXT,
    CONSTRAINT x_service_resource_pkey PRIMARY KEY (id),
    CONSTRAINT x_service_resource_UK_guid UNIQUE (guid),
    CONSTRAINT x_service_resource_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_service_resource_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_service_resource_FK_service_id FOREIGN KEY (service_id) REFERENCES x_service (id)
);

CREATE TABLE x_tag_resource_map (
    id BIGINT NOT NULL,
    guid VARCHAR(64) NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    tag_id BIGINT NOT NULL,
    res_id BIGINT NOT NULL,
    CONSTRAINT x_tag_resource_map_pkey PRIMARY KEY (id),
    CONSTRAINT x_tag_resource_map_UK_guid UNIQUE (guid),
    CONSTRAINT x_tag_resource_map_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_tag_resource_map_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_tag_resource_map_FK_tag_id FOREIGN KEY (tag_id) REFERENCES x_tag (id),
    CONSTRAINT x_tag_resource_map_FK_res_id FOREIGN KEY (res_id) REFERENCES x_service_resource (id)
);

CREATE TABLE x_plugin_info (
    id BIGINT NOT NULL,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    service_name VARCHAR(255) NOT NULL,
    app_type VARCHAR(128) NOT NULL,
    host_name VARCHAR(255) NOT NULL,
    ip_address VARCHAR(64) NOT NULL,
    info VARCHAR(1024) NOT NULL,
    CONSTRAINT x_plugin_info_pkey PRIMARY KEY (id),
    CONSTRAINT x_plugin_info_UK UNIQUE (service_name, host_name, app_type)
);

CREATE TABLE x_policy_label (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    label_name VARCHAR(512),
    CONSTRAINT x_policy_label_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_label_UK_label_name UNIQUE (label_name),
    CONSTRAINT x_policy_label_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_label_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_policy_label_map (
    id BIGINT NOT NULL,
    guid VARCHAR(64),
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    policy_id BIGINT,
    policy_label_id BIGINT,
    CONSTRAINT x_policy_label_map_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_label_map_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_label_map_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_label_map_FK_policy_id FOREIGN KEY (policy_id) REFERENCES x_policy (id),
    CONSTRAINT x_policy_label_map_FK_policy_label_id FOREIGN KEY (policy_label_id) REFERENCES x_policy_label (id)
);

CREATE TABLE x_ugsync_audit_info (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    event_time TIMESTAMP,
    user_name VARCHAR(255) NOT NULL,
    sync_source VARCHAR(128) NOT NULL,
    no_of_new_users BIGINT NOT NULL,
    no_of_new_groups BIGINT NOT NULL,
    no_of_modified_users BIGINT NOT NULL,
    no_of_modified_groups BIGINT NOT NULL,
    sync_source_info VARCHAR(4000) NOT NULL,
    session_id VARCHAR(255),
    CONSTRAINT x_ugsync_audit_info_pkey PRIMARY KEY (id)
);

CREATE TABLE x_role (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    name VARCHAR(255) NOT NULL,
    description VARCHAR(1024),
    role_options VARCHAR(4000),
    role_text TEXT,
    CONSTRAINT x_role_pkey PRIMARY KEY (id),
    CONSTRAINT x_role_UK_name UNIQUE (name),
    CONSTRAINT x_role_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_role_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id)
);

CREATE TABLE x_role_ref_user (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    role_id BIGINT NOT NULL,
    user_id BIGINT,
    user_name VARCHAR(767),
    priv_type INT,
    CONSTRAINT x_role_ref_user_pkey PRIMARY KEY (id),
    CONSTRAINT x_role_ref_user_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_role_ref_user_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_role_ref_user_FK_role_id FOREIGN KEY (role_id) REFERENCES x_role (id),
    CONSTRAINT x_role_ref_user_FK_user_id FOREIGN KEY (user_id) REFERENCES x_user (id)
);

CREATE TABLE x_role_ref_group (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    role_id BIGINT NOT NULL,
    group_id BIGINT,
    group_name VARCHAR(767),
    priv_type INT,
    CONSTRAINT x_role_ref_group_pkey PRIMARY KEY (id),
    CONSTRAINT x_role_ref_group_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_role_ref_group_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_role_ref_group_FK_role_id FOREIGN KEY (role_id) REFERENCES x_role (id),
    CONSTRAINT x_role_ref_group_FK_group_id FOREIGN KEY (group_id) REFERENCES x_group (id)
);

CREATE TABLE x_role_ref_role (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    role_ref_id BIGINT,
    role_id BIGINT NOT NULL,
    role_name VARCHAR(255),
    priv_type INT,
    CONSTRAINT x_role_ref_role_pkey PRIMARY KEY (id),
    CONSTRAINT x_role_ref_role_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_role_ref_role_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_role_ref_role_FK_role_ref_id FOREIGN KEY (role_ref_id) REFERENCES x_role (id),
    CONSTRAINT x_role_ref_role_FK_role_id FOREIGN KEY (role_id) REFERENCES x_role (id)
);

CREATE TABLE x_policy_ref_resource (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_id BIGINT NOT NULL,
    resource_def_id BIGINT NOT NULL,
    resource_name VARCHAR(4000),
    CONSTRAINT x_policy_ref_resource_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_ref_resource_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_resource_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_resource_FK_policy_id FOREIGN KEY (policy_id) REFERENCES x_policy (id),
    CONSTRAINT x_policy_ref_resource_FK_resource_def_id FOREIGN KEY (resource_def_id) REFERENCES x_resource_def (id)
);

CREATE TABLE x_policy_ref_access_type (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_id BIGINT NOT NULL,
    access_def_id BIGINT NOT NULL,
    access_type_name VARCHAR(4000),
    CONSTRAINT x_policy_ref_access_type_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_ref_access_type_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_access_type_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_access_type_FK_policy_id FOREIGN KEY (policy_id) REFERENCES x_policy (id),
    CONSTRAINT x_policy_ref_access_type_FK_access_def_id FOREIGN KEY (access_def_id) REFERENCES x_access_type_def (id)
);

CREATE TABLE x_policy_ref_condition (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_id BIGINT NOT NULL,
    condition_def_id BIGINT NOT NULL,
    condition_name VARCHAR(4000),
    CONSTRAINT x_policy_ref_condition_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_ref_condition_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_condition_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_condition_FK_policy_id FOREIGN KEY (policy_id) REFERENCES x_policy (id),
    CONSTRAINT x_policy_ref_condition_FK_condition_def_id FOREIGN KEY (condition_def_id) REFERENCES x_policy_condition_def (id)
);

CREATE TABLE x_policy_ref_user (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    user_name VARCHAR(4000),
    CONSTRAINT x_policy_ref_user_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_ref_user_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_user_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_user_FK_policy_id FOREIGN KEY (policy_id) REFERENCES x_policy (id),
    CONSTRAINT x_policy_ref_user_FK_user_id FOREIGN KEY (user_id) REFERENCES x_user (id)
);

CREATE TABLE x_policy_ref_group (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_id BIGINT NOT NULL,
    group_id BIGINT NOT NULL,
    group_name VARCHAR(4000),
    CONSTRAINT x_policy_ref_group_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_ref_group_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_group_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_group_FK_policy_id FOREIGN KEY (policy_id) REFERENCES x_policy (id),
    CONSTRAINT x_policy_ref_group_FK_group_id FOREIGN KEY (group_id) REFERENCES x_group (id)
);

CREATE TABLE x_policy_ref_role (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    policy_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    role_name VARCHAR(255),
    CONSTRAINT x_policy_ref_role_pkey PRIMARY KEY (id),
    CONSTRAINT x_policy_ref_role_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_role_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_policy_ref_role_FK_policy_id FOREIGN KEY (policy_id) REFERENCES x_policy (id),
    CONSTRAINT x_policy_ref_role_FK_role_id FOREIGN KEY (role_id) REFERENCES x_role (id)
);

CREATE TABLE x_security_zone_ref_service (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    zone_id BIGINT,
    service_id BIGINT,
    service_name VARCHAR(255),
    CONSTRAINT x_sz_ref_service_pkey PRIMARY KEY (id),
    CONSTRAINT x_sz_ref_service_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_sz_ref_service_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_sz_ref_service_FK_zone_id FOREIGN KEY (zone_id) REFERENCES x_security_zone (id),
    CONSTRAINT x_sz_ref_service_FK_service_id FOREIGN KEY (service_id) REFERENCES x_service (id)
);

CREATE TABLE x_security_zone_ref_tag_srvc (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    zone_id BIGINT,
    tag_srvc_id BIGINT,
    tag_srvc_name VARCHAR(255),
    CONSTRAINT x_sz_ref_tag_srvc_pkey PRIMARY KEY (id),
    CONSTRAINT x_sz_ref_tag_srvc_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_sz_ref_tag_srvc_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_sz_ref_tag_srvc_FK_zone_id FOREIGN KEY (zone_id) REFERENCES x_security_zone (id),
    CONSTRAINT x_sz_ref_tag_srvc_FK_tag_srvc_id FOREIGN KEY (tag_srvc_id) REFERENCES x_service (id)
);

CREATE TABLE x_security_zone_ref_user (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    zone_id BIGINT,
    user_id BIGINT,
    user_name VARCHAR(767),
    user_type SMALLINT,
    CONSTRAINT x_sz_ref_user_pkey PRIMARY KEY (id),
    CONSTRAINT x_sz_ref_user_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_sz_ref_user_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_sz_ref_user_FK_zone_id FOREIGN KEY (zone_id) REFERENCES x_security_zone (id),
    CONSTRAINT x_sz_ref_user_FK_user_id FOREIGN KEY (user_id) REFERENCES x_user (id)
);

CREATE TABLE x_security_zone_ref_group (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    zone_id BIGINT,
    group_id BIGINT,
    group_name VARCHAR(767),
    group_type SMALLINT,
    CONSTRAINT x_sz_ref_group_pkey PRIMARY KEY (id),
    CONSTRAINT x_sz_ref_group_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_sz_ref_group_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_sz_ref_group_FK_zone_id FOREIGN KEY (zone_id) REFERENCES x_security_zone (id),
    CONSTRAINT x_sz_ref_group_FK_group_id FOREIGN KEY (group_id) REFERENCES x_group (id)
);

CREATE TABLE x_security_zone_ref_resource (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    zone_id BIGINT,
    resource_def_id BIGINT,
    resource_name VARCHAR(255),
    CONSTRAINT x_sz_ref_resource_pkey PRIMARY KEY (id),
    CONSTRAINT x_sz_ref_resource_FK_added_by_id FOREIGN KEY (added_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_sz_ref_resource_FK_upd_by_id FOREIGN KEY (upd_by_id) REFERENCES x_portal_user (id),
    CONSTRAINT x_sz_ref_resource_FK_zone_id FOREIGN KEY (zone_id) REFERENCES x_security_zone (id),
    CONSTRAINT x_sz_ref_resource_FK_resource_def_id FOREIGN KEY (resource_def_id) REFERENCES x_resource_def (id)
);

CREATE TABLE x_rms_service_resource (
    id BIGINT NOT NULL,
    guid VARCHAR(64) NOT NULL,
    create_time TIMESTAMP,
    update_time TIMESTAMP,
    added_by_id BIGINT,
    upd_by_id BIGINT,
    version BIGINT,
    service_id BIGINT NOT NULL,
    resource_signature VARCHAR(128),
    is_enabled BOOLEAN NOT NULL,
    service_resource_elements_text TEXT,
    CONSTRAINT x_rms_service_resource_pkey PRIMARY KEY (id),
    CONSTRAINT x_rms_service_resource_UK_guid UNIQUE (guid),
    CONSTRAINT x_rms_service_res_FK_service_id FOREIGN KEY (service_id) REFERENCES x_service (id)
);

CREATE TABLE x_rms_notification (
    id BIGINT NOT NULL,
    hms_name VARCHAR(128),
    notification_id BIGINT,
    change_timestamp TIMESTAMP,
    change_type VARCHAR(64),
    hl_resource_id BIGINT,
    hl_service_id BIGINT,
    ll_resource_id BIGINT,
    ll_service_id BIGINT,
    CONSTRAINT x_rms_notification_pkey PRIMARY KEY (id),
    CONSTRAINT x_rms_notification_FK_hl_service_id FOREIGN KEY (hl_service_id) REFERENCES x_service (id),
    CONSTRAINT x_rms_notification_FK_ll_service_id FOREIGN KEY (ll_service_id) REFERENCES x_service (id)
);

CREATE TABLE x_rms_resource_mapping (
    id BIGINT NOT NULL,
    change_timestamp TIMESTAMP,
    hl_resource_id BIGINT NOT NULL,
    ll_resource_id BIGINT NOT NULL,
    CONSTRAINT x_rms_resource_mapping_pkey PRIMARY KEY (id),
    CONSTRAINT x_rms_res_map_UK_hl_res_id_ll_res_id UNIQUE (hl_resource_id, ll_resource_id),
    CONSTRAINT x_rms_res_map_FK_hl_res_id FOREIGN KEY (hl_resource_id) REFERENCES x_rms_service_resource (id),
    CONSTRAINT x_rms_res_map_FK_ll_res_id FOREIGN KEY (ll_resource_id) REFERENCES x_rms_service_resource (id)
);

CREATE TABLE x_rms_mapping_provider (
    id BIGINT NOT NULL,
    change_timestamp TIMESTAMP,
    name VARCHAR(128) NOT NULL,
    last_known_version BIGINT NOT NULL,
    CONSTRAINT x_rms_mapping_provider_pkey PRIMARY KEY (id),
    CONSTRAINT x_rms_mapping_provider_UK_name UNIQUE (name)
);

CREATE TABLE x_policy_change_log (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    service_id BIGINT NOT NULL,
    change_type INT NOT NULL,
    policy_version BIGINT NOT NULL DEFAULT 0,
    service_type VARCHAR(256),
    policy_type INT,
    zone_name VARCHAR(256),
    policy_id BIGINT,
    policy_guid VARCHAR(1024),
    CONSTRAINT x_policy_change_log_pkey PRIMARY KEY (id)
);

CREATE TABLE x_tag_change_log (
    id BIGINT NOT NULL,
    create_time TIMESTAMP,
    service_id BIGINT NOT NULL,
    change_type INT NOT NULL,
    service_tags_version BIGINT NOT NULL DEFAULT 0,
    service_resource_id BIGINT,
    tag_id BIGINT,
    CONSTRAINT x_tag_change_log_pkey PRIMARY KEY (id)
);
