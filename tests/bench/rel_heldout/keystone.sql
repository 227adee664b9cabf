-- keystone.sql: a fourteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind14). The database of an
-- OpenStack Keystone (identity service, 2023-2024 releases): projects that
-- are also domains, users with their local / non-local / federated
-- identities, passwords and options, groups and memberships, roles with
-- implied roles and options, role assignments (project and system), the
-- service catalog (services, regions, endpoints, endpoint groups,
-- policies), limits, trusts, application credentials and access rules,
-- credentials, OAuth1 consumers and tokens, federation (identity
-- providers, protocols, mappings, remote ids, service providers),
-- revocation events and the domain-specific configuration tables.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests. Keystone's own DDL is SQLAlchemy / Alembic on
-- MySQL or PostgreSQL; written here as PostgreSQL.
-- Keystone conventions: singular lowercase tables ("user", "group",
-- "limit" quoted); keys are varchar(64) hex UUIDs (id), a few tables keyed
-- by an integer internal_id beside a public id; a domain is a row of
-- project (is_domain), so domain_id points at project; local_user and
-- nonlocal_user reach "user" through the pair (user_id, domain_id);
-- federated_user reaches federation_protocol through (protocol_id,
-- idp_id); role names such as prior_role_id / implied_role_id,
-- trustor_user_id / trustee_user_id, authorizing_user_id.
-- The REFERENCES are the foreign keys Keystone declares. Left without
-- REFERENCES, as in Keystone (whose assignment and identity backends may
-- live elsewhere): assignment and system_assignment (actor_id, target_id,
-- role_id), "user".domain_id and default_project_id, "group".domain_id,
-- role.domain_id, credential.user_id / project_id, trust and trust_role,
-- application_credential.user_id / project_id and its roles' role_id,
-- access_rule.user_id, revocation_event.*, policy_association.*,
-- project_endpoint.*, region.parent_region_id, federation_protocol.mapping_id,
-- id_mapping, token.*, the OAuth1 tokens' user and project columns.

CREATE TABLE project (
    id varchar(64) PRIMARY KEY,
    name varchar(64) NOT NULL,
    extra text,
    description text,
    enabled boolean,
    domain_id varchar(64) NOT NULL REFERENCES project (id),
    parent_id varchar(64) REFERENCES project (id),
    is_domain boolean NOT NULL,
    UNIQUE (domain_id, name)
);

CREATE TABLE project_tag (
    project_id varchar(64) NOT NULL REFERENCES project (id),
    name varchar(255) NOT NULL,
    PRIMARY KEY (project_id, name)
);

CREATE TABLE project_option (
    project_id varchar(64) NOT NULL REFERENCES project (id),
    option_id varchar(4) NOT NULL,
    option_value text,
    PRIMARY KEY (project_id, option_id)
);

CREATE TABLE "user" (
    id varchar(64) PRIMARY KEY,
    extra text,
    enabled boolean,
    default_project_id varchar(64),
    created_at timestamp,
    last_active_at date,
    domain_id varchar(64) NOT NULL,
    UNIQUE (id, domain_id)
);

CREATE TABLE user_option (
    user_id varchar(64) NOT NULL REFERENCES "user" (id),
    option_id varchar(4) NOT NULL,
    option_value text,
    PRIMARY KEY (user_id, option_id)
);

CREATE TABLE local_user (
    id integer PRIMARY KEY,
    user_id varchar(64) NOT NULL UNIQUE,
    domain_id varchar(64) NOT NULL,
    name varchar(255) NOT NULL,
    failed_auth_count integer,
    failed_auth_at timestamp,
    UNIQUE (domain_id, name),
    FOREIGN KEY (user_id, domain_id) REFERENCES "user" (id, domain_id)
);

CREATE TABLE password (
    id integer PRIMARY KEY,
    local_user_id integer NOT NULL REFERENCES local_user (id),
    self_service boolean NOT NULL,
    password_hash varchar(255),
    created_at_int bigint NOT NULL,
    expires_at_int bigint,
    created_at timestamp NOT NULL,
    expires_at timestamp
);

CREATE TABLE nonlocal_user (
    domain_id varchar(64) NOT NULL,
    name varchar(255) NOT NULL,
    user_id varchar(64) NOT NULL UNIQUE,
    PRIMARY KEY (domain_id, name),
    FOREIGN KEY (user_id, domain_id) REFERENCES "user" (id, domain_id)
);

CREATE TABLE "group" (
    id varchar(64) PRIMARY KEY,
    domain_id varchar(64) NOT NULL,
    name varchar(64) NOT NULL,
    description text,
    extra text,
    UNIQUE (domain_id, name)
);

CREATE TABLE user_group_membership (
    user_id varchar(64) NOT NULL REFERENCES "user" (id),
    group_id varchar(64) NOT NULL REFERENCES "group" (id),
    PRIMARY KEY (user_id, group_id)
);

CREATE TABLE role (
    id varchar(64) PRIMARY KEY,
    name varchar(255) NOT NULL,
    extra text,
    domain_id varchar(64) NOT NULL,
    description text,
    UNIQUE (name, domain_id)
);

CREATE TABLE role_option (
    role_id varchar(64) NOT NULL REFERENCES role (id),
    option_id varchar(4) NOT NULL,
    option_value text,
    PRIMARY KEY (role_id, option_id)
);

CREATE TABLE implied_role (
    prior_role_id varchar(64) NOT NULL REFERENCES role (id),
    implied_role_id varchar(64) NOT NULL REFERENCES role (id),
    PRIMARY KEY (prior_role_id, implied_role_id)
);

CREATE TABLE assignment (
    type varchar(16) NOT NULL,
    actor_id varchar(64) NOT NULL,
    target_id varchar(64) NOT NULL,
    role_id varchar(64) NOT NULL,
    inherited boolean NOT NULL,
    PRIMARY KEY (type, actor_id, target_id, role_id, inherited)
);

CREATE TABLE system_assignment (
    type varchar(64) NOT NULL,
    actor_id varchar(64) NOT NULL,
    target_id varchar(64) NOT NULL,
    role_id varchar(64) NOT NULL,
    inherited boolean NOT NULL,
    PRIMARY KEY (type, actor_id, target_id, role_id, inherited)
);

CREATE TABLE service (
    id varchar(64) PRIMARY KEY,
    type varchar(255),
    enabled boolean NOT NULL,
    extra text
);

CREATE TABLE region (
    id varchar(255) PRIMARY KEY,
    description varchar(255) NOT NULL,
    parent_region_id varchar(255),
    extra text
);

CREATE TABLE endpoint (
    id varchar(64) PRIMARY KEY,
    legacy_endpoint_id varchar(64),
    interface varchar(8) NOT NULL,
    service_id varchar(64) NOT NULL REFERENCES service (id),
    url text NOT NULL,
    extra text,
    enabled boolean NOT NULL,
    region_id varchar(255) REFERENCES region (id)
);

CREATE TABLE endpoint_group (
    id varchar(64) PRIMARY KEY,
    name varchar(255) NOT NULL,
    description text,
    filters text NOT NULL
);

CREATE TABLE project_endpoint (
    endpoint_id varchar(64) NOT NULL,
    project_id varchar(64) NOT NULL,
    PRIMARY KEY (endpoint_id, project_id)
);

CREATE TABLE project_endpoint_group (
    endpoint_group_id varchar(64) NOT NULL REFERENCES endpoint_group (id),
    project_id varchar(64) NOT NULL,
    PRIMARY KEY (endpoint_group_id, project_id)
);

CREATE TABLE policy (
    id varchar(64) PRIMARY KEY,
    type varchar(255) NOT NULL,
    blob text NOT NULL,
    extra text
);

CREATE TABLE policy_association (
    id varchar(64) PRIMARY KEY,
    policy_id varchar(64) NOT NULL,
    endpoint_id varchar(64),
    service_id varchar(64),
    region_id varchar(64),
    UNIQUE (endpoint_id, service_id, region_id)
);

CREATE TABLE registered_limit (
    internal_id integer PRIMARY KEY,
    id varchar(64) UNIQUE,
    service_id varchar(255) REFERENCES service (id),
    region_id varchar(64) REFERENCES region (id),
    resource_name varchar(255),
    default_limit integer NOT NULL,
    description text
);

CREATE TABLE "limit" (
    internal_id integer PRIMARY KEY,
    id varchar(64) UNIQUE,
    project_id varchar(64) REFERENCES project (id),
    resource_limit integer NOT NULL,
    description text,
    registered_limit_id varchar(64) REFERENCES registered_limit (id),
    domain_id varchar(64)
);

CREATE TABLE credential (
    id varchar(64) PRIMARY KEY,
    user_id varchar(64) NOT NULL,
    project_id varchar(64),
    type varchar(255) NOT NULL,
    extra text,
    key_hash varchar(64) NOT NULL,
    encrypted_blob text NOT NULL
);

CREATE TABLE trust (
    id varchar(64) PRIMARY KEY,
    trustor_user_id varchar(64) NOT NULL,
    trustee_user_id varchar(64) NOT NULL,
    project_id varchar(64),
    impersonation boolean NOT NULL,
    deleted_at timestamp,
    expires_at timestamp,
    remaining_uses integer,
    extra text,
    expires_at_int bigint,
    redelegated_trust_id varchar(64),
    redelegation_count integer
);

CREATE TABLE trust_role (
    trust_id varchar(64) NOT NULL,
    role_id varchar(64) NOT NULL,
    PRIMARY KEY (trust_id, role_id)
);

CREATE TABLE access_rule (
    id integer PRIMARY KEY,
    service varchar(64),
    path varchar(128),
    method varchar(16),
    external_id varchar(64) UNIQUE,
    user_id varchar(64),
    UNIQUE (user_id, service, path, method)
);

CREATE TABLE application_credential (
    internal_id integer PRIMARY KEY,
    id varchar(64) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    secret_hash varchar(255) NOT NULL,
    description text,
    user_id varchar(64) NOT NULL,
    project_id varchar(64),
    expires_at bigint,
    system varchar(64),
    unrestricted boolean,
    UNIQUE (user_id, name)
);

CREATE TABLE application_credential_role (
    application_credential_id integer NOT NULL REFERENCES application_credential (internal_id),
    role_id varchar(64) NOT NULL,
    PRIMARY KEY (application_credential_id, role_id)
);

CREATE TABLE application_credential_access_rule (
    application_credential_id integer NOT NULL REFERENCES application_credential (internal_id),
    access_rule_id integer NOT NULL REFERENCES access_rule (id),
    PRIMARY KEY (application_credential_id, access_rule_id)
);

CREATE TABLE consumer (
    id varchar(64) PRIMARY KEY,
    description varchar(64),
    secret varchar(64) NOT NULL,
    extra text NOT NULL
);

CREATE TABLE request_token (
    id varchar(64) PRIMARY KEY,
    request_secret varchar(64) NOT NULL,
    verifier varchar(64),
    authorizing_user_id varchar(64),
    requested_project_id varchar(64) NOT NULL,
    role_ids text,
    consumer_id varchar(64) NOT NULL REFERENCES consumer (id),
    expires_at varchar(64)
);

CREATE TABLE access_token (
    id varchar(64) PRIMARY KEY,
    access_secret varchar(64) NOT NULL,
    authorizing_user_id varchar(64) NOT NULL,
    project_id varchar(64) NOT NULL,
    role_ids text NOT NULL,
    consumer_id varchar(64) NOT NULL REFERENCES consumer (id),
    expires_at varchar(64)
);

CREATE TABLE mapping (
    id varchar(64) PRIMARY KEY,
    rules text NOT NULL,
    schema_version varchar(5) NOT NULL
);

CREATE TABLE identity_provider (
    id varchar(64) PRIMARY KEY,
    enabled boolean NOT NULL,
    description text,
    domain_id varchar(64) NOT NULL REFERENCES project (id),
    authorization_ttl integer
);

CREATE TABLE idp_remote_ids (
    idp_id varchar(64) REFERENCES identity_provider (id),
    remote_id varchar(255) PRIMARY KEY
);

CREATE TABLE federation_protocol (
    id varchar(64) NOT NULL,
    idp_id varchar(64) NOT NULL REFERENCES identity_provider (id),
    mapping_id varchar(64) NOT NULL,
    remote_id_attribute varchar(64),
    PRIMARY KEY (id, idp_id)
);

CREATE TABLE federated_user (
    id integer PRIMARY KEY,
    user_id varchar(64) NOT NULL REFERENCES "user" (id),
    idp_id varchar(64) NOT NULL REFERENCES identity_provider (id),
    protocol_id varchar(64) NOT NULL,
    unique_id varchar(255) NOT NULL,
    display_name varchar(255),
    UNIQUE (idp_id, protocol_id, unique_id),
    FOREIGN KEY (protocol_id, idp_id) REFERENCES federation_protocol (id, idp_id)
);

CREATE TABLE expiring_user_group_membership (
    user_id varchar(64) NOT NULL REFERENCES "user" (id),
    group_id varchar(64) NOT NULL REFERENCES "group" (id),
    idp_id varchar(64) NOT NULL REFERENCES identity_provider (id),
    last_verified timestamp NOT NULL,
    PRIMARY KEY (user_id, group_id, idp_id)
);

CREATE TABLE service_provider (
    id varchar(64) PRIMARY KEY,
    enabled boolean NOT NULL,
    description text,
    auth_url varchar(256) NOT NULL,
    sp_url varchar(256) NOT NULL,
    relay_state_prefix varchar(256) NOT NULL
);

CREATE TABLE id_mapping (
    public_id varchar(64) PRIMARY KEY,
    domain_id varchar(64) NOT NULL,
    local_id varchar(255) NOT NULL,
    entity_type varchar(8) NOT NULL,
    UNIQUE (domain_id, local_id, entity_type)
);

CREATE TABLE revocation_event (
    id integer PRIMARY KEY,
    domain_id varchar(64),
    project_id varchar(64),
    user_id varchar(64),
    role_id varchar(64),
    trust_id varchar(64),
    consumer_id varchar(64),
    access_token_id varchar(64),
    issued_before timestamp NOT NULL,
    expires_at timestamp,
    revoked_at timestamp NOT NULL,
    audit_id varchar(32),
    audit_chain_id varchar(32)
);

CREATE TABLE token (
    id varchar(64) PRIMARY KEY,
    expires timestamp,
    extra text,
    valid boolean NOT NULL,
    trust_id varchar(64),
    user_id varchar(64)
);

CREATE TABLE config_register (
    type varchar(64) PRIMARY KEY,
    domain_id varchar(64) NOT NULL
);

CREATE TABLE whitelisted_config (
    domain_id varchar(64) NOT NULL,
    "group" varchar(255) NOT NULL,
    option varchar(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (domain_id, "group", option)
);

CREATE TABLE sensitive_config (
    domain_id varchar(64) NOT NULL,
    "group" varchar(255) NOT NULL,
    option varchar(255) NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (domain_id, "group", option)
);

CREATE TABLE alembic_version (
    version_num varchar(32) PRIMARY KEY
);
