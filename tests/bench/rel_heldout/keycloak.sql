-- keycloak.sql: a tenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind10). The tables of a
-- Keycloak-style identity server (realms, clients, roles, groups, users,
-- credentials, identity brokering, user federation, authentication flows,
-- client scopes, fine-grained authorization, organizations), including the
-- session, client template and credential attribute tables of the older
-- releases, written for this bench by an author who had read neither the
-- inference code nor its unit tests.
-- Keycloak conventions: varchar(36) UUID keys named id (identity_provider's
-- internal_id), realm_id on almost every table, suffix-less reference
-- names (keycloak_role.client / .realm, composite_role.composite /
-- child_role, realm.browser_flow / registration_flow / direct_grant_flow /
-- master_admin_client / default_role, authentication_execution.auth_config,
-- user_session_note.user_session, client_session_*.client_session),
-- resource_server keyed by its client's id, attribute and config tables
-- keyed by (owner id, name). Some references carry no FK, as in Keycloak:
-- user_entity.realm_id and .federation_link, keycloak_role.realm_id,
-- user_role_mapping.role_id, user_group_membership.group_id,
-- keycloak_group.parent_group, component.parent_id.
-- The federated storage (fed_user_*), events and offline sessions carry
-- realm_id / user_id without foreign keys, as Keycloak has them.
-- The declared foreign keys are the truth (written inline so that SQLite
-- reads them; Keycloak's Liquibase changesets add them separately).

CREATE TABLE realm (
    id varchar(36) PRIMARY KEY,
    access_code_lifespan integer,
    user_action_lifespan integer,
    access_token_lifespan integer,
    account_theme varchar(255),
    admin_theme varchar(255),
    email_theme varchar(255),
    enabled boolean NOT NULL DEFAULT false,
    events_enabled boolean NOT NULL DEFAULT false,
    events_expiration bigint,
    login_theme varchar(255),
    name varchar(255) UNIQUE,
    not_before integer,
    password_policy varchar(2550),
    registration_allowed boolean NOT NULL DEFAULT false,
    remember_me boolean NOT NULL DEFAULT false,
    reset_password_allowed boolean NOT NULL DEFAULT false,
    social boolean NOT NULL DEFAULT false,
    ssl_required varchar(255),
    sso_idle_timeout integer,
    sso_max_lifespan integer,
    update_profile_on_soc_login boolean NOT NULL DEFAULT false,
    verify_email boolean NOT NULL DEFAULT false,
    master_admin_client varchar(36) REFERENCES client (id),
    login_lifespan integer,
    internationalization_enabled boolean NOT NULL DEFAULT false,
    default_locale varchar(255),
    reg_email_as_username boolean NOT NULL DEFAULT false,
    admin_events_enabled boolean NOT NULL DEFAULT false,
    admin_events_details_enabled boolean NOT NULL DEFAULT false,
    edit_username_allowed boolean NOT NULL DEFAULT false,
    otp_policy_counter integer DEFAULT 0,
    otp_policy_window integer DEFAULT 1,
    otp_policy_period integer DEFAULT 30,
    otp_policy_digits integer DEFAULT 6,
    otp_policy_alg varchar(36) DEFAULT 'HmacSHA1',
    otp_policy_type varchar(36) DEFAULT 'totp',
    browser_flow varchar(36) REFERENCES authentication_flow (id),
    registration_flow varchar(36) REFERENCES authentication_flow (id),
    direct_grant_flow varchar(36) REFERENCES authentication_flow (id),
    reset_credentials_flow varchar(36) REFERENCES authentication_flow (id),
    client_auth_flow varchar(36) REFERENCES authentication_flow (id),
    docker_auth_flow varchar(36) REFERENCES authentication_flow (id),
    offline_session_idle_timeout integer DEFAULT 0,
    revoke_refresh_token boolean NOT NULL DEFAULT false,
    access_token_life_implicit integer DEFAULT 0,
    login_with_email_allowed boolean NOT NULL DEFAULT true,
    duplicate_emails_allowed boolean NOT NULL DEFAULT false,
    refresh_token_max_reuse integer DEFAULT 0,
    allow_user_managed_access boolean NOT NULL DEFAULT false,
    sso_max_lifespan_remember_me integer NOT NULL DEFAULT 0,
    sso_idle_timeout_remember_me integer NOT NULL DEFAULT 0,
    default_role varchar(255) REFERENCES keycloak_role (id)
);

CREATE TABLE realm_attribute (
    name varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    value text,
    PRIMARY KEY (name, realm_id)
);

CREATE TABLE realm_required_credential (
    type varchar(255) NOT NULL,
    form_label varchar(255),
    input boolean NOT NULL DEFAULT false,
    secret boolean NOT NULL DEFAULT false,
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    PRIMARY KEY (realm_id, type)
);

CREATE TABLE realm_smtp_config (
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    value varchar(255),
    name varchar(255) NOT NULL,
    PRIMARY KEY (realm_id, name)
);

CREATE TABLE realm_supported_locales (
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    value varchar(255) NOT NULL,
    PRIMARY KEY (realm_id, value)
);

CREATE TABLE realm_events_listeners (
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    value varchar(255) NOT NULL,
    PRIMARY KEY (realm_id, value)
);

CREATE TABLE realm_enabled_event_types (
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    value varchar(255) NOT NULL,
    PRIMARY KEY (realm_id, value)
);

CREATE TABLE realm_default_groups (
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    group_id varchar(36) NOT NULL UNIQUE REFERENCES keycloak_group (id),
    PRIMARY KEY (realm_id, group_id)
);

CREATE TABLE realm_default_roles (
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    role_id varchar(36) NOT NULL UNIQUE REFERENCES keycloak_role (id),
    PRIMARY KEY (realm_id, role_id)
);

CREATE TABLE realm_localizations (
    realm_id varchar(255) NOT NULL,
    locale varchar(255) NOT NULL,
    texts text NOT NULL,
    PRIMARY KEY (realm_id, locale)
);

CREATE TABLE client (
    id varchar(36) PRIMARY KEY,
    enabled boolean NOT NULL DEFAULT false,
    full_scope_allowed boolean NOT NULL DEFAULT false,
    client_id varchar(255),
    not_before integer,
    public_client boolean NOT NULL DEFAULT false,
    secret varchar(255),
    base_url varchar(255),
    bearer_only boolean NOT NULL DEFAULT false,
    management_url varchar(255),
    surrogate_auth_required boolean NOT NULL DEFAULT false,
    realm_id varchar(36) REFERENCES realm (id),
    protocol varchar(255),
    node_rereg_timeout integer DEFAULT 0,
    frontchannel_logout boolean NOT NULL DEFAULT false,
    consent_required boolean NOT NULL DEFAULT false,
    name varchar(255),
    service_accounts_enabled boolean NOT NULL DEFAULT false,
    client_authenticator_type varchar(255),
    root_url varchar(255),
    description varchar(255),
    registration_token varchar(255),
    standard_flow_enabled boolean NOT NULL DEFAULT true,
    implicit_flow_enabled boolean NOT NULL DEFAULT false,
    direct_access_grants_enabled boolean NOT NULL DEFAULT false,
    always_display_in_console boolean NOT NULL DEFAULT false,
    client_template_id varchar(36) REFERENCES client_template (id),
    use_template_config boolean NOT NULL DEFAULT false,
    use_template_scope boolean NOT NULL DEFAULT false,
    use_template_mappers boolean NOT NULL DEFAULT false,
    UNIQUE (realm_id, client_id)
);

CREATE TABLE client_attributes (
    client_id varchar(36) NOT NULL REFERENCES client (id),
    name varchar(255) NOT NULL,
    value text,
    PRIMARY KEY (client_id, name)
);

CREATE TABLE client_node_registrations (
    client_id varchar(36) NOT NULL REFERENCES client (id),
    value integer,
    name varchar(255) NOT NULL,
    PRIMARY KEY (client_id, name)
);

CREATE TABLE redirect_uris (
    client_id varchar(36) NOT NULL REFERENCES client (id),
    value varchar(255) NOT NULL,
    PRIMARY KEY (client_id, value)
);

CREATE TABLE web_origins (
    client_id varchar(36) NOT NULL REFERENCES client (id),
    value varchar(255) NOT NULL,
    PRIMARY KEY (client_id, value)
);

CREATE TABLE client_default_roles (
    client_id varchar(36) NOT NULL REFERENCES client (id),
    role_id varchar(36) NOT NULL UNIQUE REFERENCES keycloak_role (id),
    PRIMARY KEY (client_id, role_id)
);

CREATE TABLE client_auth_flow_bindings (
    client_id varchar(36) NOT NULL REFERENCES client (id),
    flow_id varchar(36) REFERENCES authentication_flow (id),
    binding_name varchar(255) NOT NULL,
    PRIMARY KEY (client_id, binding_name)
);

CREATE TABLE client_identity_prov_mapping (
    client_id varchar(36) NOT NULL REFERENCES client (id),
    identity_provider_id varchar(36) NOT NULL REFERENCES identity_provider (internal_id),
    retrieve_token boolean NOT NULL DEFAULT false,
    UNIQUE (identity_provider_id, client_id)
);

CREATE TABLE client_initial_access (
    id varchar(36) PRIMARY KEY,
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    timestamp integer,
    expiration integer,
    count integer,
    remaining_count integer
);

CREATE TABLE client_template (
    id varchar(36) PRIMARY KEY,
    name varchar(255),
    realm_id varchar(36) REFERENCES realm (id),
    description varchar(255),
    protocol varchar(255),
    full_scope_allowed boolean NOT NULL DEFAULT false,
    consent_required boolean NOT NULL DEFAULT false,
    standard_flow_enabled boolean NOT NULL DEFAULT true,
    implicit_flow_enabled boolean NOT NULL DEFAULT false,
    direct_access_grants_enabled boolean NOT NULL DEFAULT false,
    service_accounts_enabled boolean NOT NULL DEFAULT false,
    frontchannel_logout boolean NOT NULL DEFAULT false,
    bearer_only boolean NOT NULL DEFAULT false,
    public_client boolean NOT NULL DEFAULT false,
    UNIQUE (realm_id, name)
);

CREATE TABLE client_template_attributes (
    template_id varchar(36) NOT NULL REFERENCES client_template (id),
    value varchar(2048),
    name varchar(255) NOT NULL,
    PRIMARY KEY (template_id, name)
);

CREATE TABLE template_scope_mapping (
    template_id varchar(36) NOT NULL REFERENCES client_template (id),
    role_id varchar(36) NOT NULL REFERENCES keycloak_role (id),
    PRIMARY KEY (template_id, role_id)
);

CREATE TABLE realm_client (
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    client_id varchar(36) NOT NULL UNIQUE REFERENCES client (id),
    PRIMARY KEY (realm_id, client_id)
);

CREATE TABLE client_scope (
    id varchar(36) PRIMARY KEY,
    name varchar(255),
    realm_id varchar(36) REFERENCES realm (id),
    description varchar(255),
    protocol varchar(255),
    UNIQUE (realm_id, name)
);

CREATE TABLE client_scope_attributes (
    scope_id varchar(36) NOT NULL REFERENCES client_scope (id),
    value varchar(2048),
    name varchar(255) NOT NULL,
    PRIMARY KEY (scope_id, name)
);

CREATE TABLE client_scope_role_mapping (
    scope_id varchar(36) NOT NULL REFERENCES client_scope (id),
    role_id varchar(36) NOT NULL REFERENCES keycloak_role (id),
    PRIMARY KEY (scope_id, role_id)
);

CREATE TABLE client_scope_client (
    client_id varchar(36) NOT NULL REFERENCES client (id),
    scope_id varchar(36) NOT NULL REFERENCES client_scope (id),
    default_scope boolean NOT NULL DEFAULT false,
    PRIMARY KEY (client_id, scope_id)
);

CREATE TABLE default_client_scope (
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    scope_id varchar(36) NOT NULL REFERENCES client_scope (id),
    default_scope boolean NOT NULL DEFAULT false,
    PRIMARY KEY (realm_id, scope_id)
);

CREATE TABLE scope_mapping (
    client_id varchar(36) NOT NULL REFERENCES client (id),
    role_id varchar(36) NOT NULL REFERENCES keycloak_role (id),
    PRIMARY KEY (client_id, role_id)
);

CREATE TABLE protocol_mapper (
    id varchar(36) PRIMARY KEY,
    name varchar(255) NOT NULL,
    protocol varchar(255) NOT NULL,
    protocol_mapper_name varchar(255) NOT NULL,
    client_id varchar(36) REFERENCES client (id),
    client_scope_id varchar(36) REFERENCES client_scope (id),
    client_template_id varchar(36) REFERENCES client_template (id)
);

CREATE TABLE protocol_mapper_config (
    protocol_mapper_id varchar(36) NOT NULL REFERENCES protocol_mapper (id),
    value text,
    name varchar(255) NOT NULL,
    PRIMARY KEY (protocol_mapper_id, name)
);

CREATE TABLE keycloak_role (
    id varchar(36) PRIMARY KEY,
    client_realm_constraint varchar(255),
    client_role boolean NOT NULL DEFAULT false,
    description varchar(255),
    name varchar(255),
    realm_id varchar(255),
    client varchar(36) REFERENCES client (id),
    realm varchar(36) REFERENCES realm (id),
    UNIQUE (name, client_realm_constraint)
);

CREATE TABLE composite_role (
    composite varchar(36) NOT NULL REFERENCES keycloak_role (id),
    child_role varchar(36) NOT NULL REFERENCES keycloak_role (id),
    PRIMARY KEY (composite, child_role)
);

CREATE TABLE role_attribute (
    id varchar(36) PRIMARY KEY,
    role_id varchar(36) NOT NULL REFERENCES keycloak_role (id),
    name varchar(255) NOT NULL,
    value varchar(255)
);

CREATE TABLE keycloak_group (
    id varchar(36) PRIMARY KEY,
    name varchar(255),
    parent_group varchar(36) NOT NULL,
    realm_id varchar(36) REFERENCES realm (id),
    type integer NOT NULL DEFAULT 0,
    UNIQUE (realm_id, parent_group, name)
);

CREATE TABLE group_attribute (
    id varchar(36) PRIMARY KEY,
    name varchar(255) NOT NULL,
    value varchar(255),
    group_id varchar(36) NOT NULL REFERENCES keycloak_group (id)
);

CREATE TABLE group_role_mapping (
    role_id varchar(36) NOT NULL REFERENCES keycloak_role (id),
    group_id varchar(36) NOT NULL REFERENCES keycloak_group (id),
    PRIMARY KEY (role_id, group_id)
);

CREATE TABLE user_entity (
    id varchar(36) PRIMARY KEY,
    email varchar(255),
    email_constraint varchar(255),
    email_verified boolean NOT NULL DEFAULT false,
    enabled boolean NOT NULL DEFAULT false,
    federation_link varchar(255),
    first_name varchar(255),
    last_name varchar(255),
    realm_id varchar(255),
    username varchar(255),
    created_timestamp bigint,
    service_account_client_link varchar(255),
    not_before integer NOT NULL DEFAULT 0,
    UNIQUE (realm_id, email_constraint),
    UNIQUE (realm_id, username)
);

CREATE TABLE user_attribute (
    name varchar(255) NOT NULL,
    value varchar(255),
    user_id varchar(36) NOT NULL REFERENCES user_entity (id),
    id varchar(36) PRIMARY KEY,
    long_value_hash bytea,
    long_value_hash_lower_case bytea,
    long_value text
);

CREATE TABLE user_role_mapping (
    role_id varchar(255) NOT NULL,
    user_id varchar(36) NOT NULL REFERENCES user_entity (id),
    PRIMARY KEY (role_id, user_id)
);

CREATE TABLE user_group_membership (
    group_id varchar(36) NOT NULL,
    user_id varchar(36) NOT NULL REFERENCES user_entity (id),
    membership_type varchar(255) NOT NULL DEFAULT 'UNMANAGED',
    PRIMARY KEY (group_id, user_id)
);

CREATE TABLE user_required_action (
    user_id varchar(36) NOT NULL REFERENCES user_entity (id),
    required_action varchar(255) NOT NULL DEFAULT ' ',
    PRIMARY KEY (required_action, user_id)
);

CREATE TABLE credential (
    id varchar(36) PRIMARY KEY,
    salt bytea,
    type varchar(255),
    user_id varchar(36) REFERENCES user_entity (id),
    created_date bigint,
    user_label varchar(255),
    secret_data text,
    credential_data text,
    priority integer
);

CREATE TABLE credential_attribute (
    id varchar(36) PRIMARY KEY,
    credential_id varchar(36) NOT NULL REFERENCES credential (id),
    name varchar(255) NOT NULL,
    value varchar(4000)
);

CREATE TABLE federated_identity (
    identity_provider varchar(255) NOT NULL,
    realm_id varchar(36),
    federated_user_id varchar(255),
    federated_username varchar(255),
    token text,
    user_id varchar(36) NOT NULL REFERENCES user_entity (id),
    PRIMARY KEY (identity_provider, user_id)
);

CREATE TABLE user_consent (
    id varchar(36) PRIMARY KEY,
    client_id varchar(255),
    user_id varchar(36) NOT NULL REFERENCES user_entity (id),
    created_date bigint,
    last_updated_date bigint,
    client_storage_provider varchar(36),
    external_client_id varchar(255),
    UNIQUE (client_id, client_storage_provider, external_client_id, user_id)
);

CREATE TABLE user_consent_client_scope (
    user_consent_id varchar(36) NOT NULL REFERENCES user_consent (id),
    scope_id varchar(36) NOT NULL,
    PRIMARY KEY (user_consent_id, scope_id)
);

CREATE TABLE user_consent_role (
    user_consent_id varchar(36) NOT NULL REFERENCES user_consent (id),
    role_id varchar(36) NOT NULL,
    PRIMARY KEY (user_consent_id, role_id)
);

CREATE TABLE user_consent_prot_mapper (
    user_consent_id varchar(36) NOT NULL REFERENCES user_consent (id),
    protocol_mapper_id varchar(36) NOT NULL,
    PRIMARY KEY (user_consent_id, protocol_mapper_id)
);

CREATE TABLE user_social_link (
    user_id varchar(36) NOT NULL REFERENCES user_entity (id),
    social_provider varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    social_user_id varchar(255),
    social_username varchar(255),
    PRIMARY KEY (user_id, social_provider)
);

CREATE TABLE realm_social_config (
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    value varchar(255),
    name varchar(255) NOT NULL,
    PRIMARY KEY (realm_id, name)
);

CREATE TABLE realm_applications (
    client_id varchar(36) NOT NULL UNIQUE REFERENCES client (id),
    realm_id varchar(36) NOT NULL REFERENCES realm (id),
    PRIMARY KEY (realm_id, client_id)
);

CREATE TABLE user_federation_provider (
    id varchar(36) PRIMARY KEY,
    changed_sync_period integer,
    display_name varchar(255),
    full_sync_period integer,
    last_sync integer,
    priority integer,
    provider_name varchar(255),
    realm_id varchar(36) REFERENCES realm (id)
);

CREATE TABLE user_federation_config (
    user_federation_provider_id varchar(36) NOT NULL REFERENCES user_federation_provider (id),
    value varchar(255),
    name varchar(255) NOT NULL,
    PRIMARY KEY (user_federation_provider_id, name)
);

CREATE TABLE user_federation_mapper (
    id varchar(36) PRIMARY KEY,
    name varchar(255) NOT NULL,
    federation_provider_id varchar(36) NOT NULL REFERENCES user_federation_provider (id),
    federation_mapper_type varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL REFERENCES realm (id)
);

CREATE TABLE user_federation_mapper_config (
    user_federation_mapper_id varchar(36) NOT NULL REFERENCES user_federation_mapper (id),
    value varchar(255),
    name varchar(255) NOT NULL,
    PRIMARY KEY (user_federation_mapper_id, name)
);

CREATE TABLE identity_provider (
    internal_id varchar(36) PRIMARY KEY,
    enabled boolean NOT NULL DEFAULT false,
    provider_alias varchar(255),
    provider_id varchar(255),
    store_token boolean NOT NULL DEFAULT false,
    authenticate_by_default boolean NOT NULL DEFAULT false,
    realm_id varchar(36) REFERENCES realm (id),
    add_token_role boolean NOT NULL DEFAULT true,
    trust_email boolean NOT NULL DEFAULT false,
    first_broker_login_flow_id varchar(36) REFERENCES authentication_flow (id),
    post_broker_login_flow_id varchar(36) REFERENCES authentication_flow (id),
    provider_display_name varchar(255),
    link_only boolean NOT NULL DEFAULT false,
    organization_id varchar(255) REFERENCES org (id),
    hide_on_login boolean DEFAULT false,
    UNIQUE (provider_alias, realm_id)
);

CREATE TABLE identity_provider_config (
    identity_provider_id varchar(36) NOT NULL REFERENCES identity_provider (internal_id),
    value text,
    name varchar(255) NOT NULL,
    PRIMARY KEY (identity_provider_id, name)
);

CREATE TABLE identity_provider_mapper (
    id varchar(36) PRIMARY KEY,
    name varchar(255) NOT NULL,
    idp_alias varchar(255) NOT NULL,
    idp_mapper_name varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL REFERENCES realm (id)
);

CREATE TABLE idp_mapper_config (
    idp_mapper_id varchar(36) NOT NULL REFERENCES identity_provider_mapper (id),
    value text,
    name varchar(255) NOT NULL,
    PRIMARY KEY (idp_mapper_id, name)
);

CREATE TABLE broker_link (
    identity_provider varchar(255) NOT NULL,
    storage_provider_id varchar(255),
    realm_id varchar(36) NOT NULL,
    broker_user_id varchar(255),
    broker_username varchar(255),
    token text,
    user_id varchar(255) NOT NULL,
    PRIMARY KEY (identity_provider, user_id)
);

CREATE TABLE authentication_flow (
    id varchar(36) PRIMARY KEY,
    alias varchar(255),
    description varchar(255),
    realm_id varchar(36) REFERENCES realm (id),
    provider_id varchar(36) NOT NULL DEFAULT 'basic-flow',
    top_level boolean NOT NULL DEFAULT false,
    built_in boolean NOT NULL DEFAULT false
);

CREATE TABLE authenticator_config (
    id varchar(36) PRIMARY KEY,
    alias varchar(255),
    realm_id varchar(36) REFERENCES realm (id)
);

CREATE TABLE authenticator_config_entry (
    authenticator_id varchar(36) NOT NULL REFERENCES authenticator_config (id),
    value text,
    name varchar(255) NOT NULL,
    PRIMARY KEY (authenticator_id, name)
);

CREATE TABLE authentication_execution (
    id varchar(36) PRIMARY KEY,
    alias varchar(255),
    authenticator varchar(36),
    realm_id varchar(36) REFERENCES realm (id),
    flow_id varchar(36) REFERENCES authentication_flow (id),
    requirement integer,
    priority integer,
    authenticator_flow boolean NOT NULL DEFAULT false,
    auth_flow_id varchar(36) REFERENCES authentication_flow (id),
    auth_config varchar(36) REFERENCES authenticator_config (id)
);

CREATE TABLE required_action_provider (
    id varchar(36) PRIMARY KEY,
    alias varchar(255),
    name varchar(255),
    realm_id varchar(36) REFERENCES realm (id),
    enabled boolean NOT NULL DEFAULT false,
    default_action boolean NOT NULL DEFAULT false,
    provider_id varchar(255),
    priority integer
);

CREATE TABLE required_action_config (
    required_action_id varchar(36) NOT NULL REFERENCES required_action_provider (id),
    value text,
    name varchar(255) NOT NULL,
    PRIMARY KEY (required_action_id, name)
);

CREATE TABLE component (
    id varchar(36) PRIMARY KEY,
    name varchar(255),
    parent_id varchar(36),
    provider_id varchar(36),
    provider_type varchar(255),
    realm_id varchar(36) REFERENCES realm (id),
    sub_type varchar(255)
);

CREATE TABLE component_config (
    id varchar(36) PRIMARY KEY,
    component_id varchar(36) NOT NULL REFERENCES component (id),
    name varchar(255) NOT NULL,
    value text
);

CREATE TABLE user_session (
    id varchar(36) PRIMARY KEY,
    auth_method varchar(255),
    ip_address varchar(255),
    last_session_refresh integer,
    login_username varchar(255),
    realm_id varchar(255),
    remember_me boolean NOT NULL DEFAULT false,
    started integer,
    user_id varchar(255),
    user_session_state integer,
    broker_session_id varchar(255),
    broker_user_id varchar(255)
);

CREATE TABLE user_session_note (
    user_session varchar(36) NOT NULL REFERENCES user_session (id),
    name varchar(255) NOT NULL,
    value varchar(2048),
    PRIMARY KEY (user_session, name)
);

CREATE TABLE client_session (
    id varchar(36) PRIMARY KEY,
    client_id varchar(36),
    redirect_uri varchar(255),
    state varchar(255),
    timestamp integer,
    session_id varchar(36) REFERENCES user_session (id),
    client_template_id varchar(36) REFERENCES client_template (id),
    auth_method varchar(255),
    realm_id varchar(255),
    auth_user_id varchar(36),
    current_action varchar(36)
);

CREATE TABLE client_session_role (
    role_id varchar(255) NOT NULL,
    client_session varchar(36) NOT NULL REFERENCES client_session (id),
    PRIMARY KEY (client_session, role_id)
);

CREATE TABLE client_session_note (
    name varchar(255) NOT NULL,
    value varchar(255),
    client_session varchar(36) NOT NULL REFERENCES client_session (id),
    PRIMARY KEY (client_session, name)
);

CREATE TABLE client_session_prot_mapper (
    protocol_mapper_id varchar(36) NOT NULL,
    client_session varchar(36) NOT NULL REFERENCES client_session (id),
    PRIMARY KEY (client_session, protocol_mapper_id)
);

CREATE TABLE client_session_auth_status (
    authenticator varchar(36) NOT NULL,
    status integer,
    client_session varchar(36) NOT NULL REFERENCES client_session (id),
    PRIMARY KEY (client_session, authenticator)
);

CREATE TABLE client_user_session_note (
    name varchar(255) NOT NULL,
    value varchar(2048),
    client_session varchar(36) NOT NULL REFERENCES client_session (id),
    PRIMARY KEY (client_session, name)
);

CREATE TABLE offline_user_session (
    user_session_id varchar(36) NOT NULL,
    user_id varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL,
    created_on integer NOT NULL,
    offline_flag varchar(4) NOT NULL,
    data text,
    last_session_refresh integer NOT NULL DEFAULT 0,
    broker_session_id varchar(1024),
    version integer DEFAULT 0,
    PRIMARY KEY (user_session_id, offline_flag)
);

CREATE TABLE offline_client_session (
    user_session_id varchar(36) NOT NULL,
    client_id varchar(255) NOT NULL,
    offline_flag varchar(4) NOT NULL,
    timestamp integer,
    data text,
    client_storage_provider varchar(36) NOT NULL DEFAULT 'local',
    external_client_id varchar(255) NOT NULL DEFAULT 'local',
    version integer DEFAULT 0,
    PRIMARY KEY (user_session_id, client_id, client_storage_provider, external_client_id, offline_flag)
);

CREATE TABLE event_entity (
    id varchar(36) PRIMARY KEY,
    client_id varchar(255),
    details_json varchar(2550),
    error varchar(255),
    ip_address varchar(255),
    realm_id varchar(255),
    session_id varchar(255),
    event_time bigint,
    type varchar(255),
    user_id varchar(255),
    details_json_long_value text
);

CREATE TABLE admin_event_entity (
    id varchar(36) PRIMARY KEY,
    admin_event_time bigint,
    realm_id varchar(255),
    operation_type varchar(255),
    auth_realm_id varchar(255),
    auth_client_id varchar(255),
    auth_user_id varchar(255),
    ip_address varchar(255),
    resource_path varchar(2550),
    representation text,
    error varchar(255),
    resource_type varchar(64)
);

CREATE TABLE fed_user_attribute (
    id varchar(36) PRIMARY KEY,
    name varchar(255) NOT NULL,
    user_id varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL,
    storage_provider_id varchar(36),
    value varchar(2024)
);

CREATE TABLE fed_user_credential (
    id varchar(36) PRIMARY KEY,
    salt bytea,
    type varchar(255),
    created_date bigint,
    user_id varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL,
    storage_provider_id varchar(36),
    user_label varchar(255),
    secret_data text,
    credential_data text,
    priority integer
);

CREATE TABLE fed_credential_attribute (
    id varchar(36) PRIMARY KEY,
    credential_id varchar(36) NOT NULL REFERENCES fed_user_credential (id),
    name varchar(255) NOT NULL,
    value varchar(4000)
);

CREATE TABLE fed_user_role_mapping (
    role_id varchar(36) NOT NULL,
    user_id varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL,
    storage_provider_id varchar(36),
    PRIMARY KEY (role_id, user_id)
);

CREATE TABLE fed_user_group_membership (
    group_id varchar(36) NOT NULL,
    user_id varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL,
    storage_provider_id varchar(36),
    PRIMARY KEY (group_id, user_id)
);

CREATE TABLE fed_user_required_action (
    required_action varchar(255) NOT NULL DEFAULT ' ',
    user_id varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL,
    storage_provider_id varchar(36),
    PRIMARY KEY (required_action, user_id)
);

CREATE TABLE fed_user_consent (
    id varchar(36) PRIMARY KEY,
    client_id varchar(255),
    user_id varchar(255) NOT NULL,
    realm_id varchar(36) NOT NULL,
    storage_provider_id varchar(36),
    created_date bigint,
    last_updated_date bigint,
    client_storage_provider varchar(36),
    external_client_id varchar(255)
);

CREATE TABLE fed_user_consent_cl_scope (
    user_consent_id varchar(36) NOT NULL,
    scope_id varchar(36) NOT NULL,
    PRIMARY KEY (user_consent_id, scope_id)
);

CREATE TABLE resource_server (
    id varchar(36) PRIMARY KEY,
    client_id varchar(36) REFERENCES client (id),
    allow_rs_remote_mgmt boolean NOT NULL DEFAULT false,
    policy_enforce_mode smallint NOT NULL,
    decision_strategy smallint NOT NULL DEFAULT 1
);

CREATE TABLE resource_server_resource (
    id varchar(36) PRIMARY KEY,
    name varchar(255) NOT NULL,
    type varchar(255),
    icon_uri varchar(255),
    owner varchar(255) NOT NULL,
    resource_server_id varchar(36) REFERENCES resource_server (id),
    owner_managed_access boolean NOT NULL DEFAULT false,
    display_name varchar(255),
    UNIQUE (name, owner, resource_server_id)
);

CREATE TABLE resource_server_scope (
    id varchar(36) PRIMARY KEY,
    name varchar(255) NOT NULL,
    icon_uri varchar(255),
    resource_server_id varchar(36) REFERENCES resource_server (id),
    display_name varchar(255),
    UNIQUE (name, resource_server_id)
);

CREATE TABLE resource_server_policy (
    id varchar(36) PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(255),
    type varchar(255) NOT NULL,
    decision_strategy smallint,
    logic smallint,
    resource_server_id varchar(36) REFERENCES resource_server (id),
    owner varchar(255),
    UNIQUE (name, resource_server_id)
);

CREATE TABLE resource_server_perm_ticket (
    id varchar(36) PRIMARY KEY,
    owner varchar(255) NOT NULL,
    requester varchar(255) NOT NULL,
    created_timestamp bigint NOT NULL,
    granted_timestamp bigint,
    resource_id varchar(36) NOT NULL REFERENCES resource_server_resource (id),
    scope_id varchar(36) REFERENCES resource_server_scope (id),
    resource_server_id varchar(36) NOT NULL REFERENCES resource_server (id),
    policy_id varchar(36) REFERENCES resource_server_policy (id)
);

CREATE TABLE resource_policy (
    resource_id varchar(36) NOT NULL REFERENCES resource_server_resource (id),
    policy_id varchar(36) NOT NULL REFERENCES resource_server_policy (id),
    PRIMARY KEY (resource_id, policy_id)
);

CREATE TABLE resource_scope (
    resource_id varchar(36) NOT NULL REFERENCES resource_server_resource (id),
    scope_id varchar(36) NOT NULL REFERENCES resource_server_scope (id),
    PRIMARY KEY (resource_id, scope_id)
);

CREATE TABLE scope_policy (
    scope_id varchar(36) NOT NULL REFERENCES resource_server_scope (id),
    policy_id varchar(36) NOT NULL REFERENCES resource_server_policy (id),
    PRIMARY KEY (scope_id, policy_id)
);

CREATE TABLE associated_policy (
    policy_id varchar(36) NOT NULL REFERENCES resource_server_policy (id),
    associated_policy_id varchar(36) NOT NULL REFERENCES resource_server_policy (id),
    PRIMARY KEY (policy_id, associated_policy_id)
);

CREATE TABLE policy_config (
    policy_id varchar(36) NOT NULL REFERENCES resource_server_policy (id),
    name varchar(255) NOT NULL,
    value text,
    PRIMARY KEY (policy_id, name)
);

CREATE TABLE resource_attribute (
    id varchar(36) PRIMARY KEY DEFAULT 'sybase-needs-something-here',
    name varchar(255) NOT NULL,
    value varchar(255),
    resource_id varchar(36) NOT NULL REFERENCES resource_server_resource (id)
);

CREATE TABLE resource_uris (
    resource_id varchar(36) NOT NULL REFERENCES resource_server_resource (id),
    value varchar(255) NOT NULL,
    PRIMARY KEY (resource_id, value)
);

CREATE TABLE org (
    id varchar(255) PRIMARY KEY,
    enabled boolean NOT NULL,
    realm_id varchar(255) NOT NULL REFERENCES realm (id),
    group_id varchar(255) NOT NULL UNIQUE REFERENCES keycloak_group (id),
    name varchar(255) NOT NULL,
    description varchar(4000),
    alias varchar(255) NOT NULL,
    redirect_url varchar(2048),
    UNIQUE (realm_id, name),
    UNIQUE (realm_id, alias)
);

CREATE TABLE org_domain (
    id varchar(36) NOT NULL,
    name varchar(255) NOT NULL,
    verified boolean NOT NULL,
    org_id varchar(255) NOT NULL REFERENCES org (id),
    PRIMARY KEY (id, name)
);

CREATE TABLE username_login_failure (
    realm_id varchar(36) NOT NULL,
    username varchar(255) NOT NULL,
    failed_login_not_before integer,
    last_failure bigint,
    last_ip_failure varchar(255),
    num_failures integer,
    PRIMARY KEY (realm_id, username)
);

CREATE TABLE revoked_token (
    id varchar(255) PRIMARY KEY,
    expire bigint NOT NULL
);

CREATE TABLE migration_model (
    id varchar(36) PRIMARY KEY,
    version varchar(36),
    update_time bigint NOT NULL DEFAULT 0
);
