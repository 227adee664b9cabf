-- killbill.sql: a sixteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind16). The database of the Kill
-- Bill subscription billing and payment platform (core modules, no
-- plugins): tenants and their key/values, accounts and their emails,
-- payment methods, payments, attempts and transactions, invoices, items,
-- invoice payments and parent/child invoices, bundles, subscriptions and
-- their events, blocking states, rolled-up usage, tags and tag
-- definitions, custom fields, the audit log, the notification and bus
-- queues, catalog overrides, Shiro users and roles, with the history
-- tables Kill Bill keeps beside its entities.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Kill Bill's per-module ddl.sql
-- (trimmed; the PostgreSQL flavour, datetime written as timestamp).
-- Conventions: every table keyed by a serial `record_id`; an entity also
-- has a UUID `id` varchar(36) with a unique index, and entities refer to
-- each other by that id (account_id, payment_method_id, bundle_id,
-- subscription_id, invoice_id, payment_id, attempt_id, transaction_id,
-- tag_definition_id), while the denormalised tenant_record_id and
-- account_record_id refer to the record_id of tenants and accounts; a
-- history table (<entity>_history) has its entity's columns plus
-- target_record_id (the entity's record_id) and change_type, its `id`
-- repeating the entity's id (not declared); the catalog overrides refer
-- by <x>_def_record_id; the queues' search_key1 / search_key2 are the
-- account and tenant record ids.
-- Kill Bill declares no foreign key: the REFERENCES are the links its
-- DAOs follow. Left without REFERENCES: the polymorphic object_id /
-- object_type of tags and custom fields, blockable_id / type of blocking
-- states, target_record_id / table_name of the audit log and of tenant
-- broadcasts, user_token / future_user_token (request ids), the external
-- keys (external_key, payment_external_key, transaction_external_key,
-- payment_cookie_id), invoices.grp_id, the plan / phase / product names,
-- user_roles.role_name (roles_definitions has a row per permission) and
-- created_by / updated_by (free-form names).

CREATE TABLE tenants (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    external_key varchar(255) NULL,
    api_key varchar(128) NULL,
    api_secret varchar(128) NULL,
    api_salt varchar(128) NULL,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date timestamp DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX tenants_id ON tenants (id);
CREATE UNIQUE INDEX tenants_api_key ON tenants (api_key);

CREATE TABLE tenant_kvs (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    tenant_key varchar(255) NOT NULL,
    tenant_value text NOT NULL,
    is_active boolean DEFAULT true,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date timestamp DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    PRIMARY KEY (record_id)
);
CREATE INDEX tenant_kvs_trid_key ON tenant_kvs (tenant_record_id, tenant_key);

CREATE TABLE tenant_broadcasts (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint DEFAULT NULL,
    target_table_name varchar(50) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    type varchar(64) NOT NULL,
    user_token varchar(36),
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date timestamp DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    PRIMARY KEY (record_id)
);

CREATE TABLE accounts (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    external_key varchar(255) NOT NULL,
    email varchar(128) DEFAULT NULL,
    name varchar(100) DEFAULT NULL,
    first_name_length int DEFAULT NULL,
    currency varchar(3) DEFAULT NULL,
    billing_cycle_day_local int DEFAULT NULL,
    parent_account_id varchar(36) DEFAULT NULL REFERENCES accounts (id),
    is_payment_delegated_to_parent boolean DEFAULT false,
    payment_method_id varchar(36) DEFAULT NULL REFERENCES payment_methods (id),
    reference_time timestamp NOT NULL,
    time_zone varchar(50) NOT NULL,
    locale varchar(5) DEFAULT NULL,
    address1 varchar(100) DEFAULT NULL,
    address2 varchar(100) DEFAULT NULL,
    company_name varchar(50) DEFAULT NULL,
    city varchar(50) DEFAULT NULL,
    state_or_province varchar(50) DEFAULT NULL,
    country varchar(50) DEFAULT NULL,
    postal_code varchar(16) DEFAULT NULL,
    phone varchar(25) DEFAULT NULL,
    notes varchar(4096) DEFAULT NULL,
    migrated boolean DEFAULT false,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date timestamp DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX accounts_id ON accounts (id);
CREATE UNIQUE INDEX accounts_external_key ON accounts (external_key, tenant_record_id);

CREATE TABLE account_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES accounts (record_id),
    external_key varchar(255) NOT NULL,
    email varchar(128) DEFAULT NULL,
    name varchar(100) DEFAULT NULL,
    first_name_length int DEFAULT NULL,
    currency varchar(3) DEFAULT NULL,
    billing_cycle_day_local int DEFAULT NULL,
    parent_account_id varchar(36) DEFAULT NULL REFERENCES accounts (id),
    is_payment_delegated_to_parent boolean DEFAULT false,
    payment_method_id varchar(36) DEFAULT NULL REFERENCES payment_methods (id),
    reference_time timestamp NOT NULL,
    time_zone varchar(50) NOT NULL,
    locale varchar(5) DEFAULT NULL,
    city varchar(50) DEFAULT NULL,
    country varchar(50) DEFAULT NULL,
    notes varchar(4096) DEFAULT NULL,
    migrated boolean DEFAULT false,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE account_emails (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    email varchar(128) NOT NULL,
    is_active boolean DEFAULT true,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX account_email_id ON account_emails (id);

CREATE TABLE account_email_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES account_emails (record_id),
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    email varchar(128) NOT NULL,
    is_active boolean DEFAULT true,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE payment_methods (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    external_key varchar(255) NOT NULL,
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    plugin_name varchar(50) NOT NULL,
    is_active boolean DEFAULT true,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX payment_methods_id ON payment_methods (id);

CREATE TABLE payment_method_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    external_key varchar(255) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES payment_methods (record_id),
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    plugin_name varchar(50) NOT NULL,
    is_active boolean DEFAULT true,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE payments (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    payment_method_id varchar(36) NOT NULL REFERENCES payment_methods (id),
    external_key varchar(255) NOT NULL,
    state_name varchar(64) DEFAULT NULL,
    last_success_state_name varchar(64) DEFAULT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX payments_id ON payments (id);

CREATE TABLE payment_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES payments (record_id),
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    payment_method_id varchar(36) NOT NULL REFERENCES payment_methods (id),
    external_key varchar(255) NOT NULL,
    state_name varchar(64) DEFAULT NULL,
    last_success_state_name varchar(64) DEFAULT NULL,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE payment_attempts (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    payment_method_id varchar(36) DEFAULT NULL REFERENCES payment_methods (id),
    payment_external_key varchar(255) NOT NULL,
    transaction_id varchar(36) DEFAULT NULL REFERENCES payment_transactions (id),
    transaction_external_key varchar(255) NOT NULL,
    transaction_type varchar(32) NOT NULL,
    state_name varchar(32) NOT NULL,
    amount numeric(15,9),
    currency varchar(3),
    plugin_name varchar(1024) NOT NULL,
    plugin_properties bytea,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX payment_attempts_id ON payment_attempts (id);

CREATE TABLE payment_attempt_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES payment_attempts (record_id),
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    payment_method_id varchar(36) DEFAULT NULL REFERENCES payment_methods (id),
    payment_external_key varchar(255) NOT NULL,
    transaction_id varchar(36) DEFAULT NULL REFERENCES payment_transactions (id),
    transaction_external_key varchar(255) NOT NULL,
    transaction_type varchar(32) NOT NULL,
    state_name varchar(32) NOT NULL,
    amount numeric(15,9),
    currency varchar(3),
    plugin_name varchar(1024) NOT NULL,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE payment_transactions (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    attempt_id varchar(36) DEFAULT NULL REFERENCES payment_attempts (id),
    payment_id varchar(36) NOT NULL REFERENCES payments (id),
    transaction_type varchar(32) NOT NULL,
    transaction_external_key varchar(255) NOT NULL,
    effective_date timestamp NOT NULL,
    transaction_status varchar(50) NOT NULL,
    amount numeric(15,9),
    currency varchar(3),
    processed_amount numeric(15,9),
    processed_currency varchar(3),
    gateway_error_code varchar(32),
    gateway_error_msg varchar(256),
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX transactions_id ON payment_transactions (id);

CREATE TABLE payment_transaction_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    attempt_id varchar(36) DEFAULT NULL REFERENCES payment_attempts (id),
    target_record_id bigint NOT NULL REFERENCES payment_transactions (record_id),
    payment_id varchar(36) NOT NULL REFERENCES payments (id),
    transaction_type varchar(32) NOT NULL,
    transaction_external_key varchar(255) NOT NULL,
    effective_date timestamp NOT NULL,
    transaction_status varchar(50) NOT NULL,
    amount numeric(15,9),
    currency varchar(3),
    processed_amount numeric(15,9),
    processed_currency varchar(3),
    gateway_error_code varchar(32),
    gateway_error_msg varchar(256),
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE _invoice_payment_control_plugin_auto_pay_off (
    record_id serial NOT NULL,
    attempt_id varchar(36) NOT NULL REFERENCES payment_attempts (id),
    payment_external_key varchar(255) NOT NULL,
    transaction_external_key varchar(255) NOT NULL,
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    plugin_name varchar(50) NOT NULL,
    payment_id varchar(36) REFERENCES payments (id),
    payment_method_id varchar(36) NOT NULL REFERENCES payment_methods (id),
    amount numeric(15,9),
    currency varchar(3),
    is_active boolean DEFAULT true,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    PRIMARY KEY (record_id)
);

CREATE TABLE bundles (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    external_key varchar(255) NOT NULL,
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    last_sys_update_date timestamp,
    original_created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX bundles_id ON bundles (id);

CREATE TABLE bundle_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES bundles (record_id),
    external_key varchar(255) NOT NULL,
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    last_sys_update_date timestamp,
    original_created_date timestamp NOT NULL,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE subscriptions (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    bundle_id varchar(36) NOT NULL REFERENCES bundles (id),
    external_key varchar(255) NOT NULL,
    category varchar(32) NOT NULL,
    start_date timestamp NOT NULL,
    bundle_start_date timestamp NOT NULL,
    charged_through_date timestamp DEFAULT NULL,
    migrated boolean NOT NULL DEFAULT false,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX subscriptions_id ON subscriptions (id);

CREATE TABLE subscription_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES subscriptions (record_id),
    bundle_id varchar(36) NOT NULL REFERENCES bundles (id),
    external_key varchar(255) NOT NULL,
    category varchar(32) NOT NULL,
    start_date timestamp NOT NULL,
    bundle_start_date timestamp NOT NULL,
    charged_through_date timestamp DEFAULT NULL,
    migrated boolean NOT NULL DEFAULT false,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE subscription_events (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    event_type varchar(15) NOT NULL,
    user_type varchar(25) DEFAULT NULL,
    effective_date timestamp NOT NULL,
    subscription_id varchar(36) NOT NULL REFERENCES subscriptions (id),
    plan_name varchar(255) DEFAULT NULL,
    phase_name varchar(255) DEFAULT NULL,
    price_list_name varchar(64) DEFAULT NULL,
    billing_cycle_day_local int DEFAULT NULL,
    is_active boolean DEFAULT true,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX subscription_events_id ON subscription_events (id);

CREATE TABLE subscription_event_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES subscription_events (record_id),
    event_type varchar(15) NOT NULL,
    user_type varchar(25) DEFAULT NULL,
    effective_date timestamp NOT NULL,
    subscription_id varchar(36) NOT NULL REFERENCES subscriptions (id),
    plan_name varchar(255) DEFAULT NULL,
    phase_name varchar(255) DEFAULT NULL,
    price_list_name varchar(64) DEFAULT NULL,
    billing_cycle_day_local int DEFAULT NULL,
    is_active boolean DEFAULT true,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE blocking_states (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    blockable_id varchar(36) NOT NULL,
    type varchar(20) NOT NULL,
    state varchar(50) NOT NULL,
    service varchar(20) NOT NULL,
    block_change boolean NOT NULL,
    block_entitlement boolean NOT NULL,
    block_billing boolean NOT NULL,
    effective_date timestamp NOT NULL,
    is_active boolean DEFAULT true,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX blocking_states_id ON blocking_states (id);

CREATE TABLE blocking_state_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES blocking_states (record_id),
    blockable_id varchar(36) NOT NULL,
    type varchar(20) NOT NULL,
    state varchar(50) NOT NULL,
    service varchar(20) NOT NULL,
    block_change boolean NOT NULL,
    block_entitlement boolean NOT NULL,
    block_billing boolean NOT NULL,
    effective_date timestamp NOT NULL,
    is_active boolean DEFAULT true,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE invoices (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    invoice_date date NOT NULL,
    target_date date,
    currency varchar(3) NOT NULL,
    status varchar(15) NOT NULL DEFAULT 'COMMITTED',
    migrated boolean NOT NULL,
    parent_invoice boolean NOT NULL DEFAULT false,
    grp_id varchar(36) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX invoices_id ON invoices (id);

CREATE TABLE invoice_items (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    type varchar(24) NOT NULL,
    invoice_id varchar(36) NOT NULL REFERENCES invoices (id),
    account_id varchar(36) NOT NULL REFERENCES accounts (id),
    child_account_id varchar(36) REFERENCES accounts (id),
    bundle_id varchar(36) REFERENCES bundles (id),
    subscription_id varchar(36) REFERENCES subscriptions (id),
    description varchar(255),
    product_name varchar(255),
    plan_name varchar(255),
    phase_name varchar(255),
    usage_name varchar(255),
    catalog_effective_date timestamp,
    start_date date,
    end_date date,
    amount numeric(15,9) NOT NULL,
    rate numeric(15,9) NULL,
    currency varchar(3) NOT NULL,
    linked_item_id varchar(36) REFERENCES invoice_items (id),
    quantity numeric(15,9),
    item_details text,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX invoice_items_id ON invoice_items (id);

CREATE TABLE invoice_payments (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    type varchar(24) NOT NULL,
    invoice_id varchar(36) NOT NULL REFERENCES invoices (id),
    payment_id varchar(36) REFERENCES payments (id),
    payment_date timestamp NOT NULL,
    amount numeric(15,9) NOT NULL,
    currency varchar(3) NOT NULL,
    processed_currency varchar(3) NOT NULL,
    payment_cookie_id varchar(255) DEFAULT NULL,
    linked_invoice_payment_id varchar(36) DEFAULT NULL REFERENCES invoice_payments (id),
    status varchar(50) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX invoice_payments_id ON invoice_payments (id);

CREATE TABLE invoice_parent_children (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    parent_invoice_id varchar(36) NOT NULL REFERENCES invoices (id),
    child_invoice_id varchar(36) NOT NULL REFERENCES invoices (id),
    child_account_id varchar(36) NOT NULL REFERENCES accounts (id),
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE invoice_tracking_ids (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    tracking_id varchar(128) NOT NULL,
    invoice_id varchar(36) NOT NULL REFERENCES invoices (id),
    subscription_id varchar(36) REFERENCES subscriptions (id),
    unit_type varchar(255) NOT NULL,
    record_date date NOT NULL,
    is_active boolean DEFAULT true,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE invoice_billing_events (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    invoice_id varchar(36) NOT NULL REFERENCES invoices (id),
    billing_events bytea NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE rolled_up_usage (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    subscription_id varchar(36) NOT NULL REFERENCES subscriptions (id),
    unit_type varchar(255) NOT NULL,
    record_date date NOT NULL,
    amount numeric(15,9) NOT NULL,
    tracking_id varchar(128) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE tag_definitions (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    name varchar(20) NOT NULL,
    applicable_object_types varchar(500),
    description varchar(200) NOT NULL,
    is_active boolean DEFAULT true,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX tag_definitions_id ON tag_definitions (id);

CREATE TABLE tag_definition_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES tag_definitions (record_id),
    name varchar(30) NOT NULL,
    applicable_object_types varchar(500),
    description varchar(200),
    is_active boolean DEFAULT true,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE tags (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    tag_definition_id varchar(36) NOT NULL REFERENCES tag_definitions (id),
    object_id varchar(36) NOT NULL,
    object_type varchar(30) NOT NULL,
    is_active boolean DEFAULT true,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX tags_id ON tags (id);

CREATE TABLE tag_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES tags (record_id),
    tag_definition_id varchar(36) NOT NULL REFERENCES tag_definitions (id),
    object_id varchar(36) NOT NULL,
    object_type varchar(30) NOT NULL,
    is_active boolean DEFAULT true,
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) NOT NULL,
    updated_date timestamp NOT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE custom_fields (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    object_id varchar(36) NOT NULL,
    object_type varchar(30) NOT NULL,
    is_active boolean DEFAULT true,
    field_name varchar(64) NOT NULL,
    field_value varchar(255),
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) DEFAULT NULL,
    updated_date timestamp DEFAULT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX custom_fields_id ON custom_fields (id);

CREATE TABLE custom_field_history (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL REFERENCES custom_fields (record_id),
    object_id varchar(36) NOT NULL,
    object_type varchar(30) NOT NULL,
    is_active boolean DEFAULT true,
    field_name varchar(64) NOT NULL,
    field_value varchar(255),
    change_type varchar(6) NOT NULL,
    created_by varchar(50) NOT NULL,
    created_date timestamp NOT NULL,
    updated_by varchar(50) DEFAULT NULL,
    updated_date timestamp DEFAULT NULL,
    account_record_id bigint NOT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE audit_log (
    record_id serial NOT NULL,
    id varchar(36) NOT NULL,
    target_record_id bigint NOT NULL,
    table_name varchar(50) NOT NULL,
    change_type varchar(6) NOT NULL,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    reason_code varchar(255) DEFAULT NULL,
    comments varchar(255) DEFAULT NULL,
    user_token varchar(36),
    account_record_id bigint DEFAULT NULL REFERENCES accounts (record_id),
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE notifications (
    record_id serial NOT NULL,
    class_name varchar(256) NOT NULL,
    event_json text NOT NULL,
    user_token varchar(36),
    created_date timestamp NOT NULL,
    creating_owner varchar(50) NOT NULL,
    processing_owner varchar(50) DEFAULT NULL,
    processing_available_date timestamp DEFAULT NULL,
    processing_state varchar(14) DEFAULT 'AVAILABLE',
    error_count int DEFAULT 0,
    search_key1 bigint DEFAULT NULL REFERENCES accounts (record_id),
    search_key2 bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    queue_name varchar(64) NOT NULL,
    effective_date timestamp NOT NULL,
    future_user_token varchar(36),
    PRIMARY KEY (record_id)
);

CREATE TABLE notifications_history (
    record_id serial NOT NULL,
    class_name varchar(256) NOT NULL,
    event_json text NOT NULL,
    user_token varchar(36),
    created_date timestamp NOT NULL,
    creating_owner varchar(50) NOT NULL,
    processing_owner varchar(50) DEFAULT NULL,
    processing_available_date timestamp DEFAULT NULL,
    processing_state varchar(14) DEFAULT 'AVAILABLE',
    error_count int DEFAULT 0,
    search_key1 bigint DEFAULT NULL REFERENCES accounts (record_id),
    search_key2 bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    queue_name varchar(64) NOT NULL,
    effective_date timestamp NOT NULL,
    future_user_token varchar(36),
    PRIMARY KEY (record_id)
);

CREATE TABLE bus_events (
    record_id serial NOT NULL,
    class_name varchar(128) NOT NULL,
    event_json text NOT NULL,
    user_token varchar(36),
    created_date timestamp NOT NULL,
    creating_owner varchar(50) NOT NULL,
    processing_owner varchar(50) DEFAULT NULL,
    processing_available_date timestamp DEFAULT NULL,
    processing_state varchar(14) DEFAULT 'AVAILABLE',
    error_count int DEFAULT 0,
    search_key1 bigint DEFAULT NULL REFERENCES accounts (record_id),
    search_key2 bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE bus_events_history (
    record_id serial NOT NULL,
    class_name varchar(128) NOT NULL,
    event_json text NOT NULL,
    user_token varchar(36),
    created_date timestamp NOT NULL,
    creating_owner varchar(50) NOT NULL,
    processing_owner varchar(50) DEFAULT NULL,
    processing_available_date timestamp DEFAULT NULL,
    processing_state varchar(14) DEFAULT 'AVAILABLE',
    error_count int DEFAULT 0,
    search_key1 bigint DEFAULT NULL REFERENCES accounts (record_id),
    search_key2 bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE bus_ext_events (
    record_id serial NOT NULL,
    class_name varchar(128) NOT NULL,
    event_json text NOT NULL,
    user_token varchar(36),
    created_date timestamp NOT NULL,
    creating_owner varchar(50) NOT NULL,
    processing_owner varchar(50) DEFAULT NULL,
    processing_available_date timestamp DEFAULT NULL,
    processing_state varchar(14) DEFAULT 'AVAILABLE',
    error_count int DEFAULT 0,
    search_key1 bigint DEFAULT NULL REFERENCES accounts (record_id),
    search_key2 bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE catalog_override_plan_definition (
    record_id serial NOT NULL,
    parent_plan_name varchar(255) NOT NULL,
    effective_date timestamp NOT NULL,
    is_active boolean DEFAULT true,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE catalog_override_phase_definition (
    record_id serial NOT NULL,
    parent_phase_name varchar(255) NOT NULL,
    currency varchar(3) NOT NULL,
    fixed_price numeric(15,9) NULL,
    recurring_price numeric(15,9) NULL,
    effective_date timestamp NOT NULL,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE catalog_override_plan_phase (
    record_id serial NOT NULL,
    phase_number smallint NOT NULL,
    phase_def_record_id bigint NOT NULL REFERENCES catalog_override_phase_definition (record_id),
    target_plan_def_record_id bigint NOT NULL REFERENCES catalog_override_plan_definition (record_id),
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE catalog_override_usage_definition (
    record_id serial NOT NULL,
    parent_usage_name varchar(255) NOT NULL,
    type varchar(255) NOT NULL,
    fixed_price numeric(15,9) NULL,
    recurring_price numeric(15,9) NULL,
    currency varchar(3) NOT NULL,
    effective_date timestamp NOT NULL,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE catalog_override_phase_usage (
    record_id serial NOT NULL,
    usage_number smallint,
    usage_def_record_id bigint NOT NULL REFERENCES catalog_override_usage_definition (record_id),
    target_phase_def_record_id bigint NOT NULL REFERENCES catalog_override_phase_definition (record_id),
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE catalog_override_tier_definition (
    record_id serial NOT NULL,
    fixed_price numeric(15,9) NULL,
    recurring_price numeric(15,9) NULL,
    currency varchar(3) NOT NULL,
    effective_date timestamp NOT NULL,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE catalog_override_usage_tier (
    record_id serial NOT NULL,
    tier_number smallint,
    tier_def_record_id bigint NOT NULL REFERENCES catalog_override_tier_definition (record_id),
    target_usage_def_record_id bigint NOT NULL REFERENCES catalog_override_usage_definition (record_id),
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE catalog_override_block_definition (
    record_id serial NOT NULL,
    parent_unit_name varchar(255) NOT NULL,
    bsize numeric(15,9) NOT NULL,
    max numeric(15,9) NULL,
    currency varchar(3) NOT NULL,
    price numeric(15,9) NOT NULL,
    effective_date timestamp NOT NULL,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE catalog_override_tier_block (
    record_id serial NOT NULL,
    block_number smallint,
    block_def_record_id bigint NOT NULL REFERENCES catalog_override_block_definition (record_id),
    target_tier_def_record_id bigint NOT NULL REFERENCES catalog_override_tier_definition (record_id),
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    tenant_record_id bigint NOT NULL DEFAULT 0 REFERENCES tenants (record_id),
    PRIMARY KEY (record_id)
);

CREATE TABLE users (
    record_id serial NOT NULL,
    username varchar(128) NULL,
    password varchar(128) NULL,
    password_salt varchar(128) NULL,
    is_active boolean DEFAULT true,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date timestamp DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    PRIMARY KEY (record_id)
);
CREATE UNIQUE INDEX users_username ON users (username);

CREATE TABLE roles_definitions (
    record_id serial NOT NULL,
    role_name varchar(128) NOT NULL,
    permission varchar(128) NOT NULL,
    is_active boolean DEFAULT true,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date timestamp DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    PRIMARY KEY (record_id)
);

CREATE TABLE user_roles (
    record_id serial NOT NULL,
    username varchar(128) NOT NULL REFERENCES users (username),
    role_name varchar(128) NOT NULL,
    is_active boolean DEFAULT true,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    updated_date timestamp DEFAULT NULL,
    updated_by varchar(50) DEFAULT NULL,
    PRIMARY KEY (record_id)
);

CREATE TABLE sessions (
    record_id serial NOT NULL,
    start_timestamp timestamp NOT NULL,
    last_access_time timestamp DEFAULT NULL,
    timeout int,
    host varchar(100) DEFAULT NULL,
    session_data bytea DEFAULT NULL,
    PRIMARY KEY (record_id)
);

CREATE TABLE node_infos (
    record_id serial NOT NULL,
    node_name varchar(50) NOT NULL,
    boot_date timestamp NOT NULL,
    updated_date timestamp DEFAULT NULL,
    node_info text NOT NULL,
    is_active boolean DEFAULT true,
    PRIMARY KEY (record_id)
);

CREATE TABLE service_broadcasts (
    record_id serial NOT NULL,
    service_name varchar(50) NOT NULL,
    type varchar(64) NOT NULL,
    event text NOT NULL,
    created_date timestamp NOT NULL,
    created_by varchar(50) NOT NULL,
    PRIMARY KEY (record_id)
);
