-- saas_billing.sql: a second blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind2). A multi-tenant SaaS billing
-- database, written for this bench by an author who had not read the inference
-- rules: every table carries tenant_id, billing objects use Stripe-like text
-- keys ('cus_...', 'sub_...', 'in_...'), people are referenced under roles
-- (owner_user_id, billing_contact_id, created_by_user_id), some columns hold
-- external or polymorphic ids that are not foreign keys (events.object_id,
-- audit_log_entries.target_id). The declared foreign keys are the truth.
-- Readable by PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE tenants (
    id bigint PRIMARY KEY,
    slug varchar(63) NOT NULL UNIQUE,
    name varchar(255) NOT NULL,
    region varchar(16) NOT NULL DEFAULT 'us-east-1',
    created_at timestamp NOT NULL
);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    email varchar(320) NOT NULL,
    full_name varchar(255),
    password_digest varchar(255),
    last_sign_in_at timestamp,
    created_at timestamp NOT NULL
);

CREATE TABLE currencies (
    code char(3) PRIMARY KEY,
    name varchar(64) NOT NULL,
    minor_unit_exponent smallint NOT NULL DEFAULT 2
);

CREATE TABLE contacts (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    email varchar(320) NOT NULL,
    name varchar(255),
    phone varchar(32),
    created_at timestamp NOT NULL
);

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    name varchar(255) NOT NULL,
    owner_user_id bigint NOT NULL REFERENCES users (id),
    billing_contact_id bigint REFERENCES contacts (id),
    external_crm_id varchar(64),
    tax_exempt boolean NOT NULL DEFAULT false,
    created_at timestamp NOT NULL
);

CREATE TABLE account_contacts (
    account_id bigint NOT NULL REFERENCES accounts (id),
    contact_id bigint NOT NULL REFERENCES contacts (id),
    role varchar(32) NOT NULL,
    PRIMARY KEY (account_id, contact_id)
);

CREATE TABLE account_memberships (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    account_id bigint NOT NULL REFERENCES accounts (id),
    user_id bigint NOT NULL REFERENCES users (id),
    role varchar(32) NOT NULL,
    invited_by_user_id bigint REFERENCES users (id),
    created_at timestamp NOT NULL
);

CREATE TABLE invitations (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    account_id bigint NOT NULL REFERENCES accounts (id),
    email varchar(320) NOT NULL,
    token varchar(64) NOT NULL,
    inviter_id bigint NOT NULL REFERENCES users (id),
    accepted_user_id bigint REFERENCES users (id),
    expires_at timestamp NOT NULL
);

CREATE TABLE products (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    name varchar(255) NOT NULL,
    description text,
    active boolean NOT NULL DEFAULT true,
    created_at timestamp NOT NULL
);

CREATE TABLE plans (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    product_id varchar(32) NOT NULL REFERENCES products (id),
    nickname varchar(128),
    billing_interval varchar(8) NOT NULL,
    interval_count integer NOT NULL DEFAULT 1,
    amount_cents bigint NOT NULL,
    currency char(3) NOT NULL REFERENCES currencies (code),
    trial_period_days integer
);

CREATE TABLE prices (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    product_id varchar(32) NOT NULL REFERENCES products (id),
    currency char(3) NOT NULL REFERENCES currencies (code),
    unit_amount_cents bigint,
    billing_scheme varchar(16) NOT NULL,
    recurring_interval varchar(8),
    lookup_key varchar(128),
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE features (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    lookup_key varchar(128) NOT NULL,
    name varchar(255) NOT NULL
);

CREATE TABLE entitlements (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    plan_id varchar(32) NOT NULL REFERENCES plans (id),
    feature_id bigint NOT NULL REFERENCES features (id),
    limit_value bigint
);

CREATE TABLE customers (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    account_id bigint NOT NULL REFERENCES accounts (id),
    email varchar(320),
    name varchar(255),
    balance_cents bigint NOT NULL DEFAULT 0,
    currency char(3) REFERENCES currencies (code),
    livemode boolean NOT NULL DEFAULT true,
    created_at timestamp NOT NULL
);

CREATE TABLE payment_methods (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    customer_id varchar(32) NOT NULL REFERENCES customers (id),
    type varchar(32) NOT NULL,
    card_brand varchar(16),
    card_last4 char(4),
    exp_month smallint,
    exp_year smallint,
    fingerprint varchar(64),
    created_at timestamp NOT NULL
);

CREATE TABLE coupons (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    name varchar(128),
    percent_off numeric(5, 2),
    amount_off_cents bigint,
    duration varchar(16) NOT NULL,
    duration_in_months integer,
    max_redemptions integer
);

CREATE TABLE promotion_codes (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    coupon_id varchar(32) NOT NULL REFERENCES coupons (id),
    code varchar(64) NOT NULL,
    restricted_customer_id varchar(32) REFERENCES customers (id),
    expires_at timestamp,
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE subscriptions (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    customer_id varchar(32) NOT NULL REFERENCES customers (id),
    plan_id varchar(32) NOT NULL REFERENCES plans (id),
    default_payment_method varchar(32) REFERENCES payment_methods (id),
    status varchar(24) NOT NULL,
    current_period_start timestamp NOT NULL,
    current_period_end timestamp NOT NULL,
    cancel_at timestamp,
    trial_end timestamp,
    created_by_user_id bigint REFERENCES users (id),
    created_at timestamp NOT NULL
);

CREATE TABLE subscription_items (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    subscription_id varchar(32) NOT NULL REFERENCES subscriptions (id),
    price_id varchar(32) NOT NULL REFERENCES prices (id),
    quantity integer NOT NULL DEFAULT 1,
    created_at timestamp NOT NULL
);

CREATE TABLE subscription_events (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    subscription_id varchar(32) NOT NULL REFERENCES subscriptions (id),
    from_status varchar(24),
    to_status varchar(24) NOT NULL,
    actor_user_id bigint REFERENCES users (id),
    occurred_at timestamp NOT NULL
);

CREATE TABLE discounts (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    coupon_id varchar(32) NOT NULL REFERENCES coupons (id),
    promotion_code_id varchar(32) REFERENCES promotion_codes (id),
    customer_id varchar(32) NOT NULL REFERENCES customers (id),
    subscription_id varchar(32) REFERENCES subscriptions (id),
    starts_at timestamp NOT NULL,
    ends_at timestamp
);

CREATE TABLE tax_rates (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    display_name varchar(64) NOT NULL,
    jurisdiction varchar(64),
    percentage numeric(6, 4) NOT NULL,
    inclusive boolean NOT NULL DEFAULT false
);

CREATE TABLE invoices (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    customer_id varchar(32) NOT NULL REFERENCES customers (id),
    subscription_id varchar(32) REFERENCES subscriptions (id),
    billing_contact_id bigint REFERENCES contacts (id),
    number varchar(32),
    status varchar(16) NOT NULL,
    currency char(3) NOT NULL REFERENCES currencies (code),
    subtotal_cents bigint NOT NULL,
    tax_cents bigint NOT NULL DEFAULT 0,
    amount_due_cents bigint NOT NULL,
    due_date date,
    finalized_at timestamp,
    paid_at timestamp,
    hosted_invoice_url text
);

CREATE TABLE invoice_line_items (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    invoice_id varchar(32) NOT NULL REFERENCES invoices (id),
    subscription_item_id varchar(32) REFERENCES subscription_items (id),
    price_id varchar(32) REFERENCES prices (id),
    description text,
    quantity integer NOT NULL DEFAULT 1,
    amount_cents bigint NOT NULL,
    period_start timestamp,
    period_end timestamp,
    proration boolean NOT NULL DEFAULT false
);

CREATE TABLE invoice_line_item_tax_rates (
    invoice_line_item_id varchar(32) NOT NULL REFERENCES invoice_line_items (id),
    tax_rate_id varchar(32) NOT NULL REFERENCES tax_rates (id),
    PRIMARY KEY (invoice_line_item_id, tax_rate_id)
);

CREATE TABLE charges (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    customer_id varchar(32) NOT NULL REFERENCES customers (id),
    invoice_id varchar(32) REFERENCES invoices (id),
    payment_method_id varchar(32) REFERENCES payment_methods (id),
    amount_cents bigint NOT NULL,
    currency char(3) NOT NULL REFERENCES currencies (code),
    status varchar(16) NOT NULL,
    failure_code varchar(64),
    processor_reference varchar(64),
    created_at timestamp NOT NULL
);

CREATE TABLE refunds (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    charge_id varchar(32) NOT NULL REFERENCES charges (id),
    amount_cents bigint NOT NULL,
    reason varchar(32),
    refunded_by_user_id bigint REFERENCES users (id),
    created_at timestamp NOT NULL
);

CREATE TABLE credit_notes (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    invoice_id varchar(32) NOT NULL REFERENCES invoices (id),
    refund_id varchar(32) REFERENCES refunds (id),
    amount_cents bigint NOT NULL,
    memo text,
    issued_by_user_id bigint REFERENCES users (id),
    created_at timestamp NOT NULL
);

CREATE TABLE customer_balance_transactions (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    customer_id varchar(32) NOT NULL REFERENCES customers (id),
    invoice_id varchar(32) REFERENCES invoices (id),
    credit_note_id varchar(32) REFERENCES credit_notes (id),
    amount_cents bigint NOT NULL,
    ending_balance_cents bigint NOT NULL,
    type varchar(32) NOT NULL,
    created_at timestamp NOT NULL
);

CREATE TABLE dunning_attempts (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    invoice_id varchar(32) NOT NULL REFERENCES invoices (id),
    charge_id varchar(32) REFERENCES charges (id),
    attempt_number integer NOT NULL,
    scheduled_at timestamp NOT NULL,
    outcome varchar(16)
);

CREATE TABLE meters (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    product_id varchar(32) REFERENCES products (id),
    event_name varchar(128) NOT NULL,
    aggregation varchar(16) NOT NULL DEFAULT 'sum',
    display_name varchar(128)
);

CREATE TABLE usage_records (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    subscription_item_id varchar(32) NOT NULL REFERENCES subscription_items (id),
    meter_id varchar(32) REFERENCES meters (id),
    quantity bigint NOT NULL,
    action varchar(8) NOT NULL DEFAULT 'increment',
    idempotency_key varchar(64),
    recorded_at timestamp NOT NULL
);

CREATE TABLE events (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    type varchar(64) NOT NULL,
    object_type varchar(32) NOT NULL,
    object_id varchar(32) NOT NULL,
    api_version varchar(16),
    payload text,
    created_at timestamp NOT NULL
);

CREATE TABLE webhook_endpoints (
    id varchar(32) PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    url text NOT NULL,
    signing_secret varchar(64) NOT NULL,
    enabled_events text,
    created_by_user_id bigint REFERENCES users (id),
    disabled_at timestamp
);

CREATE TABLE webhook_deliveries (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    endpoint_id varchar(32) NOT NULL REFERENCES webhook_endpoints (id),
    event_id varchar(32) NOT NULL REFERENCES events (id),
    response_status integer,
    duration_ms integer,
    attempted_at timestamp NOT NULL
);

CREATE TABLE api_keys (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    prefix varchar(12) NOT NULL,
    hashed_key varchar(128) NOT NULL,
    created_by_user_id bigint NOT NULL REFERENCES users (id),
    revoked_by_user_id bigint REFERENCES users (id),
    last_used_at timestamp,
    created_at timestamp NOT NULL
);

CREATE TABLE audit_log_entries (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    actor_user_id bigint REFERENCES users (id),
    api_key_id bigint REFERENCES api_keys (id),
    account_id bigint REFERENCES accounts (id),
    action varchar(64) NOT NULL,
    target_type varchar(32),
    target_id varchar(32),
    ip_address varchar(45),
    created_at timestamp NOT NULL
);
