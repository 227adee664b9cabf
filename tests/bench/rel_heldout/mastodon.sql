-- mastodon.sql: a seventeenth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind17). The database of a
-- Mastodon server (Rails, db/schema.rb as PostgreSQL DDL), trimmed: local
-- and remote accounts, users and their sessions, OAuth applications and
-- tokens, statuses with their mentions, media, polls, tags, pins, edits
-- and stats, follows, blocks, mutes, lists, filters, notifications,
-- conversations, reports, moderation (warnings, appeals, notes, action
-- logs), announcements, custom emojis, web push, encrypted messaging
-- devices, imports, backups and invites.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Mastodon's schema.rb.
-- Conventions: bigint `id` keys; Rails-style <entity>_id links, mostly
-- account_id, status_id and user_id, and role names for a second account
-- (target_account_id, from_account_id, in_reply_to_account_id,
-- action_taken_by_account_id, assigned_account_id, moved_to_account_id,
-- approved_by_account_id, reference_account_id) or status
-- (in_reply_to_id, reblog_of_id); OAuth's resource_owner_id is a user.
-- The REFERENCES are the foreign keys schema.rb declares (add_foreign_key),
-- written inline so that SQLite reads them (invites.user_id and
-- oauth_applications.owner_id refer forward to users; PostgreSQL would
-- need them as ALTER TABLE).
-- Left without REFERENCES as Mastodon leaves them: statuses.conversation_id,
-- statuses.application_id, statuses.poll_id, the polymorphic
-- notifications.activity_id and admin_action_logs.target_id,
-- custom_emojis.category_id, account_conversations.last_status_id,
-- markers.last_read_id and the status_ids arrays (kept as one bigint).

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    username varchar NOT NULL,
    domain varchar,
    private_key text,
    public_key text NOT NULL,
    display_name varchar NOT NULL,
    note text NOT NULL,
    uri varchar NOT NULL,
    url varchar,
    avatar_file_name varchar,
    header_file_name varchar,
    locked boolean NOT NULL,
    memorial boolean NOT NULL,
    moved_to_account_id bigint REFERENCES accounts (id),
    actor_type varchar,
    discoverable boolean,
    suspended_at timestamp,
    silenced_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE user_roles (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    color varchar NOT NULL,
    position integer NOT NULL,
    permissions bigint NOT NULL,
    highlighted boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE oauth_applications (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    uid varchar NOT NULL UNIQUE,
    secret varchar NOT NULL,
    redirect_uri text NOT NULL,
    scopes varchar NOT NULL,
    superapp boolean NOT NULL,
    website varchar,
    owner_id bigint REFERENCES users (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE invites (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    code varchar NOT NULL UNIQUE,
    expires_at timestamp,
    max_uses integer,
    uses integer NOT NULL,
    autofollow boolean NOT NULL,
    comment text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email varchar NOT NULL UNIQUE,
    encrypted_password varchar NOT NULL,
    reset_password_token varchar,
    sign_in_count integer NOT NULL,
    current_sign_in_at timestamp,
    last_sign_in_at timestamp,
    confirmed_at timestamp,
    locale varchar,
    account_id bigint NOT NULL REFERENCES accounts (id),
    disabled boolean NOT NULL,
    invite_id bigint REFERENCES invites (id),
    created_by_application_id bigint REFERENCES oauth_applications (id),
    approved boolean NOT NULL,
    role_id bigint REFERENCES user_roles (id),
    otp_required_for_login boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE oauth_access_grants (
    id bigint PRIMARY KEY,
    token varchar NOT NULL UNIQUE,
    expires_in integer NOT NULL,
    redirect_uri text NOT NULL,
    created_at timestamp NOT NULL,
    revoked_at timestamp,
    scopes varchar,
    application_id bigint NOT NULL REFERENCES oauth_applications (id),
    resource_owner_id bigint NOT NULL REFERENCES users (id)
);

CREATE TABLE oauth_access_tokens (
    id bigint PRIMARY KEY,
    token varchar NOT NULL UNIQUE,
    refresh_token varchar,
    expires_in integer,
    revoked_at timestamp,
    created_at timestamp NOT NULL,
    scopes varchar,
    application_id bigint REFERENCES oauth_applications (id),
    resource_owner_id bigint REFERENCES users (id),
    last_used_at timestamp,
    last_used_ip inet
);

CREATE TABLE conversations (
    id bigint PRIMARY KEY,
    uri varchar,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE statuses (
    id bigint PRIMARY KEY,
    uri varchar,
    text text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    in_reply_to_id bigint REFERENCES statuses (id),
    reblog_of_id bigint REFERENCES statuses (id),
    url varchar,
    sensitive boolean NOT NULL,
    visibility integer NOT NULL,
    spoiler_text text NOT NULL,
    reply boolean NOT NULL,
    language varchar,
    conversation_id bigint,
    local boolean,
    account_id bigint NOT NULL REFERENCES accounts (id),
    application_id bigint,
    in_reply_to_account_id bigint REFERENCES accounts (id),
    poll_id bigint,
    deleted_at timestamp,
    edited_at timestamp,
    trendable boolean
);

CREATE TABLE status_stats (
    id bigint PRIMARY KEY,
    status_id bigint NOT NULL UNIQUE REFERENCES statuses (id),
    replies_count bigint NOT NULL,
    reblogs_count bigint NOT NULL,
    favourites_count bigint NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE status_edits (
    id bigint PRIMARY KEY,
    status_id bigint NOT NULL REFERENCES statuses (id),
    account_id bigint REFERENCES accounts (id),
    text text NOT NULL,
    spoiler_text text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    sensitive boolean
);

CREATE TABLE status_pins (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    status_id bigint NOT NULL REFERENCES statuses (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE scheduled_statuses (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    scheduled_at timestamp,
    params jsonb
);

CREATE TABLE media_attachments (
    id bigint PRIMARY KEY,
    status_id bigint REFERENCES statuses (id),
    file_file_name varchar,
    file_content_type varchar,
    file_file_size integer,
    remote_url varchar NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    shortcode varchar UNIQUE,
    type integer NOT NULL,
    account_id bigint REFERENCES accounts (id),
    description text,
    scheduled_status_id bigint REFERENCES scheduled_statuses (id),
    blurhash varchar,
    processing integer
);

CREATE TABLE polls (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    status_id bigint REFERENCES statuses (id),
    expires_at timestamp,
    options varchar NOT NULL,
    cached_tallies bigint,
    multiple boolean NOT NULL,
    hide_totals boolean NOT NULL,
    votes_count bigint NOT NULL,
    voters_count bigint,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE poll_votes (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    poll_id bigint REFERENCES polls (id),
    choice integer NOT NULL,
    uri varchar,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE mentions (
    id bigint PRIMARY KEY,
    status_id bigint REFERENCES statuses (id),
    account_id bigint REFERENCES accounts (id),
    silent boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE favourites (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    status_id bigint NOT NULL REFERENCES statuses (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE bookmarks (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    status_id bigint NOT NULL REFERENCES statuses (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE tags (
    id bigint PRIMARY KEY,
    name varchar NOT NULL,
    usable boolean,
    trendable boolean,
    listable boolean,
    last_status_at timestamp,
    display_name varchar,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE statuses_tags (
    status_id bigint NOT NULL REFERENCES statuses (id),
    tag_id bigint NOT NULL REFERENCES tags (id),
    PRIMARY KEY (tag_id, status_id)
);

CREATE TABLE featured_tags (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    tag_id bigint NOT NULL REFERENCES tags (id),
    statuses_count bigint NOT NULL,
    last_status_at timestamp,
    name varchar,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE tag_follows (
    id bigint PRIMARY KEY,
    tag_id bigint NOT NULL REFERENCES tags (id),
    account_id bigint NOT NULL REFERENCES accounts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE preview_cards (
    id bigint PRIMARY KEY,
    url varchar NOT NULL UNIQUE,
    title varchar NOT NULL,
    description varchar NOT NULL,
    image_file_name varchar,
    type integer NOT NULL,
    html text NOT NULL,
    author_name varchar NOT NULL,
    provider_name varchar NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE preview_cards_statuses (
    preview_card_id bigint NOT NULL REFERENCES preview_cards (id),
    status_id bigint NOT NULL REFERENCES statuses (id),
    PRIMARY KEY (status_id, preview_card_id)
);

CREATE TABLE follows (
    id bigint PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id),
    target_account_id bigint NOT NULL REFERENCES accounts (id),
    show_reblogs boolean NOT NULL,
    uri varchar,
    notify boolean NOT NULL,
    languages varchar
);

CREATE TABLE follow_requests (
    id bigint PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id),
    target_account_id bigint NOT NULL REFERENCES accounts (id),
    show_reblogs boolean NOT NULL,
    uri varchar,
    notify boolean NOT NULL
);

CREATE TABLE blocks (
    id bigint PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id),
    target_account_id bigint NOT NULL REFERENCES accounts (id),
    uri varchar
);

CREATE TABLE mutes (
    id bigint PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    hide_notifications boolean NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id),
    target_account_id bigint NOT NULL REFERENCES accounts (id),
    expires_at timestamp
);

CREATE TABLE account_domain_blocks (
    id bigint PRIMARY KEY,
    domain varchar,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    account_id bigint REFERENCES accounts (id)
);

CREATE TABLE account_notes (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    target_account_id bigint REFERENCES accounts (id),
    comment text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_pins (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    target_account_id bigint REFERENCES accounts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_aliases (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    acct varchar NOT NULL,
    uri varchar NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_migrations (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    acct varchar NOT NULL,
    followers_count bigint NOT NULL,
    target_account_id bigint REFERENCES accounts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_stats (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL UNIQUE REFERENCES accounts (id),
    statuses_count bigint NOT NULL,
    following_count bigint NOT NULL,
    followers_count bigint NOT NULL,
    last_status_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_deletion_requests (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_conversations (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    conversation_id bigint REFERENCES conversations (id),
    participant_account_ids bigint NOT NULL,
    status_ids bigint NOT NULL,
    last_status_id bigint,
    lock_version integer NOT NULL,
    unread boolean NOT NULL
);

CREATE TABLE conversation_mutes (
    id bigint PRIMARY KEY,
    conversation_id bigint NOT NULL REFERENCES conversations (id),
    account_id bigint NOT NULL REFERENCES accounts (id)
);

CREATE TABLE lists (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    title varchar NOT NULL,
    replies_policy integer NOT NULL,
    exclusive boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE list_accounts (
    id bigint PRIMARY KEY,
    list_id bigint NOT NULL REFERENCES lists (id),
    account_id bigint NOT NULL REFERENCES accounts (id),
    follow_id bigint REFERENCES follows (id),
    follow_request_id bigint REFERENCES follow_requests (id)
);

CREATE TABLE custom_filters (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    expires_at timestamp,
    phrase text NOT NULL,
    context varchar NOT NULL,
    action integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE custom_filter_keywords (
    id bigint PRIMARY KEY,
    custom_filter_id bigint NOT NULL REFERENCES custom_filters (id),
    keyword text NOT NULL,
    whole_word boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE custom_filter_statuses (
    id bigint PRIMARY KEY,
    custom_filter_id bigint NOT NULL REFERENCES custom_filters (id),
    status_id bigint NOT NULL REFERENCES statuses (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE notifications (
    id bigint PRIMARY KEY,
    activity_id bigint NOT NULL,
    activity_type varchar NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id),
    from_account_id bigint NOT NULL REFERENCES accounts (id),
    type varchar
);

CREATE TABLE markers (
    id bigint PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    timeline varchar NOT NULL,
    last_read_id bigint NOT NULL,
    lock_version integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE reports (
    id bigint PRIMARY KEY,
    status_ids bigint NOT NULL,
    comment text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id),
    action_taken_by_account_id bigint REFERENCES accounts (id),
    target_account_id bigint NOT NULL REFERENCES accounts (id),
    assigned_account_id bigint REFERENCES accounts (id),
    uri varchar,
    forwarded boolean,
    category integer NOT NULL,
    action_taken_at timestamp
);

CREATE TABLE report_notes (
    id bigint PRIMARY KEY,
    content text NOT NULL,
    report_id bigint NOT NULL REFERENCES reports (id),
    account_id bigint NOT NULL REFERENCES accounts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_warnings (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    target_account_id bigint REFERENCES accounts (id),
    action integer NOT NULL,
    text text NOT NULL,
    report_id bigint REFERENCES reports (id),
    status_ids varchar,
    overruled_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE appeals (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    account_warning_id bigint NOT NULL UNIQUE REFERENCES account_warnings (id),
    text text NOT NULL,
    approved_at timestamp,
    approved_by_account_id bigint REFERENCES accounts (id),
    rejected_at timestamp,
    rejected_by_account_id bigint REFERENCES accounts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_moderation_notes (
    id bigint PRIMARY KEY,
    content text NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id),
    target_account_id bigint NOT NULL REFERENCES accounts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE admin_action_logs (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    action varchar NOT NULL,
    target_type varchar,
    target_id bigint,
    human_identifier varchar,
    route_param varchar,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE announcements (
    id bigint PRIMARY KEY,
    text text NOT NULL,
    published boolean NOT NULL,
    all_day boolean NOT NULL,
    scheduled_at timestamp,
    starts_at timestamp,
    ends_at timestamp,
    published_at timestamp,
    status_ids bigint,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE announcement_mutes (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    announcement_id bigint REFERENCES announcements (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE custom_emoji_categories (
    id bigint PRIMARY KEY,
    name varchar UNIQUE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE custom_emojis (
    id bigint PRIMARY KEY,
    shortcode varchar NOT NULL,
    domain varchar,
    image_file_name varchar,
    image_content_type varchar,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    disabled boolean NOT NULL,
    uri varchar,
    image_remote_url varchar,
    visible_in_picker boolean NOT NULL,
    category_id bigint
);

CREATE TABLE announcement_reactions (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES accounts (id),
    announcement_id bigint REFERENCES announcements (id),
    name varchar NOT NULL,
    custom_emoji_id bigint REFERENCES custom_emojis (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE web_push_subscriptions (
    id bigint PRIMARY KEY,
    endpoint varchar NOT NULL,
    key_p256dh varchar NOT NULL,
    key_auth varchar NOT NULL,
    data json,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    access_token_id bigint REFERENCES oauth_access_tokens (id),
    user_id bigint REFERENCES users (id)
);

CREATE TABLE session_activations (
    id bigint PRIMARY KEY,
    session_id varchar NOT NULL UNIQUE,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    user_agent varchar NOT NULL,
    ip inet,
    access_token_id bigint REFERENCES oauth_access_tokens (id),
    user_id bigint NOT NULL REFERENCES users (id),
    web_push_subscription_id bigint REFERENCES web_push_subscriptions (id)
);

CREATE TABLE login_activities (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    authentication_method varchar,
    provider varchar,
    success boolean,
    failure_reason varchar,
    ip inet,
    user_agent varchar,
    created_at timestamp
);

CREATE TABLE identities (
    id bigint PRIMARY KEY,
    provider varchar NOT NULL,
    uid varchar NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    user_id bigint REFERENCES users (id)
);

CREATE TABLE webauthn_credentials (
    id bigint PRIMARY KEY,
    external_id varchar NOT NULL UNIQUE,
    public_key varchar NOT NULL,
    nickname varchar NOT NULL,
    sign_count bigint NOT NULL,
    user_id bigint REFERENCES users (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE user_invite_requests (
    id bigint PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    text text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE backups (
    id bigint PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    dump_file_name varchar,
    dump_content_type varchar,
    processed boolean NOT NULL,
    dump_file_size bigint,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE imports (
    id bigint PRIMARY KEY,
    type integer NOT NULL,
    approved boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    data_file_name varchar,
    data_content_type varchar,
    overwrite boolean NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id)
);

CREATE TABLE devices (
    id bigint PRIMARY KEY,
    access_token_id bigint REFERENCES oauth_access_tokens (id),
    account_id bigint REFERENCES accounts (id),
    device_id varchar NOT NULL,
    name varchar NOT NULL,
    fingerprint_key text NOT NULL,
    identity_key text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE encrypted_messages (
    id bigint PRIMARY KEY,
    device_id bigint REFERENCES devices (id),
    from_account_id bigint REFERENCES accounts (id),
    from_device_id varchar NOT NULL,
    type integer NOT NULL,
    body text NOT NULL,
    digest text NOT NULL,
    message_franking text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE canonical_email_blocks (
    id bigint PRIMARY KEY,
    canonical_email_hash varchar NOT NULL UNIQUE,
    reference_account_id bigint REFERENCES accounts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE email_domain_blocks (
    id bigint PRIMARY KEY,
    domain varchar NOT NULL UNIQUE,
    parent_id bigint REFERENCES email_domain_blocks (id),
    allow_with_approval boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE domain_blocks (
    id bigint PRIMARY KEY,
    domain varchar NOT NULL UNIQUE,
    severity integer,
    reject_media boolean NOT NULL,
    reject_reports boolean NOT NULL,
    private_comment text,
    public_comment text,
    obfuscate boolean NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE follow_recommendation_suppressions (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL UNIQUE REFERENCES accounts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_statuses_cleanup_policies (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    enabled boolean NOT NULL,
    min_status_age integer NOT NULL,
    keep_direct boolean NOT NULL,
    keep_pinned boolean NOT NULL,
    keep_polls boolean NOT NULL,
    keep_media boolean NOT NULL,
    min_favs integer,
    min_reblogs integer,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE relays (
    id bigint PRIMARY KEY,
    inbox_url varchar NOT NULL,
    follow_activity_id varchar,
    state integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE site_uploads (
    id bigint PRIMARY KEY,
    var varchar NOT NULL UNIQUE,
    file_file_name varchar,
    file_content_type varchar,
    blurhash varchar,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
