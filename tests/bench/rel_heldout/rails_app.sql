-- rails_app.sql: a held-out fold for relationship inference (tests/bench/eval_relations
-- --group-new). The structure.sql of a Rails application (a project tracker
-- with a shop), written for this bench from Rails conventions: bigint `id`
-- keys, `<model>_id` references to plural tables, polymorphic
-- `<name>_type` / `<name>_id` pairs (no foreign key can be declared for them,
-- so they are not in the truth), person roles (`author_id`, `assignee_id`,
-- `created_by_id`, `approver_id` -> users), has_and_belongs_to_many join
-- tables `x_y` without an id, and self references (`parent_id`). The declared
-- foreign keys (add_foreign_key) are the truth.
-- Readable by PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE schema_migrations (
    version varchar PRIMARY KEY
);

CREATE TABLE ar_internal_metadata (
    key varchar PRIMARY KEY,
    value varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE organizations (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    slug varchar NOT NULL,
    plan varchar DEFAULT 'free',
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email varchar NOT NULL DEFAULT '',
    encrypted_password varchar NOT NULL DEFAULT '',
    reset_password_token varchar,
    reset_password_sent_at timestamp,
    remember_created_at timestamp,
    sign_in_count integer NOT NULL DEFAULT 0,
    current_sign_in_at timestamp,
    last_sign_in_ip varchar,
    first_name varchar,
    last_name varchar,
    admin boolean NOT NULL DEFAULT false,
    invited_by_id bigint REFERENCES users (id),
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (id),
    owner_id bigint NOT NULL REFERENCES users (id),
    billing_email varchar,
    stripe_customer_id varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE memberships (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    organization_id bigint NOT NULL REFERENCES organizations (id),
    role varchar NOT NULL DEFAULT 'member',
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE invitations (
    id bigint PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (id),
    inviter_id bigint NOT NULL REFERENCES users (id),
    invitee_id bigint REFERENCES users (id),
    email varchar NOT NULL,
    token varchar NOT NULL,
    accepted_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE teams (
    id bigint PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (id),
    name varchar NOT NULL,
    lead_id bigint REFERENCES users (id),
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE teams_users (
    team_id bigint NOT NULL REFERENCES teams (id),
    user_id bigint NOT NULL REFERENCES users (id)
);

CREATE TABLE projects (
    id bigint PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (id),
    team_id bigint REFERENCES teams (id),
    name varchar NOT NULL,
    description text,
    created_by_id bigint NOT NULL REFERENCES users (id),
    archived_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE milestones (
    id bigint PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id),
    title varchar NOT NULL,
    due_on date,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE labels (
    id bigint PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id),
    name varchar NOT NULL,
    color varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE issues (
    id bigint PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id),
    milestone_id bigint REFERENCES milestones (id),
    parent_id bigint REFERENCES issues (id),
    author_id bigint NOT NULL REFERENCES users (id),
    assignee_id bigint REFERENCES users (id),
    closed_by_id bigint REFERENCES users (id),
    title varchar NOT NULL,
    body text,
    state varchar NOT NULL DEFAULT 'open',
    position integer,
    closed_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE issues_labels (
    issue_id bigint NOT NULL REFERENCES issues (id),
    label_id bigint NOT NULL REFERENCES labels (id)
);

CREATE TABLE comments (
    id bigint PRIMARY KEY,
    commentable_type varchar NOT NULL,
    commentable_id bigint NOT NULL,
    author_id bigint NOT NULL REFERENCES users (id),
    parent_id bigint REFERENCES comments (id),
    body text NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE reactions (
    id bigint PRIMARY KEY,
    comment_id bigint NOT NULL REFERENCES comments (id),
    user_id bigint NOT NULL REFERENCES users (id),
    emoji varchar NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE tags (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    taggings_count integer DEFAULT 0
);

CREATE TABLE taggings (
    id bigint PRIMARY KEY,
    tag_id bigint REFERENCES tags (id),
    taggable_type varchar,
    taggable_id bigint,
    tagger_type varchar,
    tagger_id bigint,
    context varchar(128),
    created_at timestamp
);

CREATE TABLE active_storage_blobs (
    id bigint PRIMARY KEY,
    key varchar NOT NULL,
    filename varchar NOT NULL,
    content_type varchar,
    metadata text,
    service_name varchar NOT NULL,
    byte_size bigint NOT NULL,
    checksum varchar,
    created_at timestamp(6) NOT NULL
);

CREATE TABLE active_storage_attachments (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    record_type varchar NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL REFERENCES active_storage_blobs (id),
    created_at timestamp(6) NOT NULL
);

CREATE TABLE active_storage_variant_records (
    id bigint PRIMARY KEY,
    blob_id bigint NOT NULL REFERENCES active_storage_blobs (id),
    variation_digest varchar NOT NULL
);

CREATE TABLE notifications (
    id bigint PRIMARY KEY,
    recipient_id bigint NOT NULL REFERENCES users (id),
    actor_id bigint REFERENCES users (id),
    notifiable_type varchar NOT NULL,
    notifiable_id bigint NOT NULL,
    action varchar NOT NULL,
    read_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE categories (
    id bigint PRIMARY KEY,
    parent_id bigint REFERENCES categories (id),
    name varchar NOT NULL,
    slug varchar NOT NULL,
    position integer,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE brands (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE products (
    id bigint PRIMARY KEY,
    category_id bigint REFERENCES categories (id),
    brand_id bigint REFERENCES brands (id),
    name varchar NOT NULL,
    description text,
    price_cents integer NOT NULL DEFAULT 0,
    price_currency varchar NOT NULL DEFAULT 'USD',
    sku varchar,
    published_by_id bigint REFERENCES users (id),
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE product_variants (
    id bigint PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES products (id),
    name varchar NOT NULL,
    sku varchar NOT NULL,
    price_cents integer NOT NULL DEFAULT 0,
    stock_count integer NOT NULL DEFAULT 0,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE categories_products (
    category_id bigint NOT NULL REFERENCES categories (id),
    product_id bigint NOT NULL REFERENCES products (id)
);

CREATE TABLE addresses (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    line1 varchar NOT NULL,
    line2 varchar,
    city varchar NOT NULL,
    zip varchar,
    country_code varchar(2),
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE coupons (
    id bigint PRIMARY KEY,
    code varchar NOT NULL,
    percent_off integer,
    expires_at timestamp,
    created_by_id bigint REFERENCES users (id),
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    account_id bigint REFERENCES accounts (id),
    shipping_address_id bigint REFERENCES addresses (id),
    billing_address_id bigint REFERENCES addresses (id),
    coupon_id bigint REFERENCES coupons (id),
    number varchar NOT NULL,
    state varchar NOT NULL DEFAULT 'cart',
    total_cents integer NOT NULL DEFAULT 0,
    completed_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE order_items (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    product_variant_id bigint NOT NULL REFERENCES product_variants (id),
    quantity integer NOT NULL DEFAULT 1,
    unit_price_cents integer NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE payments (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    amount_cents integer NOT NULL,
    provider varchar NOT NULL,
    provider_charge_id varchar,
    state varchar NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE refunds (
    id bigint PRIMARY KEY,
    payment_id bigint NOT NULL REFERENCES payments (id),
    requested_by_id bigint NOT NULL REFERENCES users (id),
    approver_id bigint REFERENCES users (id),
    amount_cents integer NOT NULL,
    reason text,
    approved_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE carriers (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    tracking_url_template varchar
);

CREATE TABLE warehouses (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    manager_id bigint REFERENCES users (id),
    address_id bigint REFERENCES addresses (id),
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE shipments (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    carrier_id bigint REFERENCES carriers (id),
    warehouse_id bigint REFERENCES warehouses (id),
    tracking_number varchar,
    shipped_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE stock_movements (
    id bigint PRIMARY KEY,
    product_variant_id bigint NOT NULL REFERENCES product_variants (id),
    warehouse_id bigint NOT NULL REFERENCES warehouses (id),
    moved_by_id bigint REFERENCES users (id),
    quantity integer NOT NULL,
    reason varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE reviews (
    id bigint PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES products (id),
    reviewer_id bigint NOT NULL REFERENCES users (id),
    approved_by_id bigint REFERENCES users (id),
    rating integer NOT NULL,
    body text,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE wishlists (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    name varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE wishlist_items (
    id bigint PRIMARY KEY,
    wishlist_id bigint NOT NULL REFERENCES wishlists (id),
    product_id bigint NOT NULL REFERENCES products (id),
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE plans (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    interval varchar NOT NULL,
    amount_cents integer NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE subscriptions (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    plan_id bigint NOT NULL REFERENCES plans (id),
    status varchar NOT NULL,
    current_period_end timestamp,
    cancelled_by_id bigint REFERENCES users (id),
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    subscription_id bigint REFERENCES subscriptions (id),
    order_id bigint REFERENCES orders (id),
    number varchar NOT NULL,
    total_cents integer NOT NULL,
    issued_on date,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE follows (
    id bigint PRIMARY KEY,
    follower_id bigint NOT NULL REFERENCES users (id),
    followed_id bigint NOT NULL REFERENCES users (id),
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE conversations (
    id bigint PRIMARY KEY,
    subject varchar,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE conversation_participants (
    id bigint PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversations (id),
    user_id bigint NOT NULL REFERENCES users (id),
    last_read_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE messages (
    id bigint PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversations (id),
    sender_id bigint NOT NULL REFERENCES users (id),
    body text NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE approvals (
    id bigint PRIMARY KEY,
    approvable_type varchar NOT NULL,
    approvable_id bigint NOT NULL,
    approver_id bigint NOT NULL REFERENCES users (id),
    decision varchar NOT NULL,
    decided_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE pages (
    id bigint PRIMARY KEY,
    project_id bigint REFERENCES projects (id),
    parent_id bigint REFERENCES pages (id),
    author_id bigint NOT NULL REFERENCES users (id),
    last_edited_by_id bigint REFERENCES users (id),
    title varchar NOT NULL,
    body text,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE api_tokens (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    token_digest varchar NOT NULL,
    last_used_at timestamp,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE identities (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    provider varchar NOT NULL,
    uid varchar NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);

CREATE TABLE audits (
    id bigint PRIMARY KEY,
    auditable_type varchar,
    auditable_id bigint,
    user_id bigint REFERENCES users (id),
    action varchar,
    audited_changes text,
    version integer DEFAULT 0,
    remote_address varchar,
    created_at timestamp
);

CREATE TABLE time_entries (
    id bigint PRIMARY KEY,
    issue_id bigint NOT NULL REFERENCES issues (id),
    user_id bigint NOT NULL REFERENCES users (id),
    minutes integer NOT NULL,
    spent_on date NOT NULL,
    created_at timestamp(6) NOT NULL,
    updated_at timestamp(6) NOT NULL
);
