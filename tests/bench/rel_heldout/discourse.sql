-- discourse.sql: a sixteenth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind16). The database of
-- a Discourse forum (Rails, PostgreSQL): users and their emails,
-- profiles, stats, options, visits, auth tokens, API keys, custom and
-- user fields, the staff action log, the user action stream, badges,
-- categories and their groups, users, tags and featured topics, topics
-- and their users, allowed users and groups, tags, views, links, timers,
-- embeds and invites, posts and their actions, replies, revisions,
-- timings, quotes and search data, uploads and optimized images, groups
-- and their members, requests, history and mentions, archived messages,
-- tags and tag groups, notifications, invites, bookmarks, the review
-- queue, email logs, incoming emails and tokens, web hooks, themes and
-- color schemes, drafts, permalinks, the sidebar and the user directory.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Discourse's db/schema (trimmed;
-- the serial / bigserial keys written as the integer / bigint columns
-- pg_dump shows, their sequence defaults left out).
-- Conventions: Rails integer `id` keys and <model>_id references
-- (user_id, topic_id, post_id, category_id, group_id, upload_id, tag_id),
-- role names for users (acting_user_id, target_user_id, approved_by_id,
-- deleted_by_id, last_editor_id, last_post_user_id, reply_to_user_id,
-- featured_user1_id .. featured_user4_id, granted_by_id, agreed_by_id,
-- deferred_by_id, disagreed_by_id, reviewed_by_id, locked_by_id,
-- invited_by_id, created_by_id, target_created_by_id), for posts and
-- topics (target_post_id, target_topic_id, related_post_id,
-- reply_post_id, quoted_post_id, link_post_id, link_topic_id,
-- latest_post_id, latest_topic_id, featured_topic_id, meta_topic_id,
-- access_control_post_id) and for uploads (uploaded_avatar_id,
-- uploaded_logo_id, uploaded_logo_dark_id, uploaded_background_id,
-- profile_background_upload_id, card_background_upload_id,
-- image_upload_id, flair_upload_id), groups (primary_group_id,
-- flair_group_id, reviewable_by_group_id, smtp_group_id, imap_group_id)
-- and themes (parent_theme_id, child_theme_id); one-to-one tables keyed by
-- user_id / post_id; post_number (a post's number in its topic) beside
-- topic_id rather than a post id.
-- Discourse declares (nearly) no foreign keys: the REFERENCES are the
-- links its models follow (belongs_to). Left without REFERENCES: the
-- polymorphic pairs (upload_references.target_type / target_id,
-- bookmarks.bookmarkable_type / bookmarkable_id, reviewables.target_type
-- / target_id, sidebar_section_links.linkable_type / linkable_id),
-- post_number, reply_to_post_number and the other *_post_number columns
-- (numbers within a topic), users.seen_notification_id (a high-water
-- mark), theme_fields.target_id and type_id (enums), color_schemes.
-- base_scheme_id (a built-in scheme's name), hidden_reason_id,
-- notifications_reason_id, outbound_message_id, external ids, and the
-- enum-like *_type / *_level columns. bookmarks.bookmarkable_id is
-- written nullable (NOT NULL in Discourse) so that the generated data
-- fills the table.

CREATE TABLE users (
    id integer NOT NULL PRIMARY KEY,
    username varchar(60) NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    name varchar,
    seen_notification_id integer DEFAULT 0 NOT NULL,
    last_posted_at timestamp,
    password_hash varchar(64),
    salt varchar(32),
    active boolean DEFAULT false NOT NULL,
    username_lower varchar(60) NOT NULL,
    last_seen_at timestamp,
    admin boolean DEFAULT false NOT NULL,
    last_emailed_at timestamp,
    trust_level integer NOT NULL,
    approved boolean DEFAULT false NOT NULL,
    approved_by_id integer REFERENCES users (id),
    approved_at timestamp,
    previous_visit_at timestamp,
    suspended_at timestamp,
    suspended_till timestamp,
    date_of_birth date,
    views integer DEFAULT 0 NOT NULL,
    flag_level integer DEFAULT 0 NOT NULL,
    ip_address inet,
    moderator boolean DEFAULT false,
    title varchar,
    uploaded_avatar_id integer REFERENCES uploads (id),
    locale varchar(10),
    primary_group_id integer REFERENCES groups (id),
    registration_ip_address inet,
    staged boolean DEFAULT false NOT NULL,
    first_seen_at timestamp,
    silenced_till timestamp,
    group_locked_trust_level integer,
    manual_locked_trust_level integer,
    secure_identifier varchar,
    flair_group_id integer REFERENCES groups (id)
);

CREATE TABLE user_emails (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    email varchar(513) NOT NULL,
    "primary" boolean DEFAULT false NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    normalized_email varchar
);

CREATE TABLE user_profiles (
    user_id integer PRIMARY KEY REFERENCES users (id),
    location varchar(3000),
    website varchar(3000),
    bio_raw text,
    bio_cooked text,
    dismissed_banner_key integer,
    bio_cooked_version integer,
    badge_granted_title boolean DEFAULT false,
    views integer DEFAULT 0 NOT NULL,
    profile_background_upload_id integer REFERENCES uploads (id),
    card_background_upload_id integer REFERENCES uploads (id),
    granted_title_badge_id bigint REFERENCES badges (id),
    featured_topic_id integer REFERENCES topics (id)
);

CREATE TABLE user_stats (
    user_id integer PRIMARY KEY REFERENCES users (id),
    topics_entered integer DEFAULT 0 NOT NULL,
    time_read integer DEFAULT 0 NOT NULL,
    days_visited integer DEFAULT 0 NOT NULL,
    posts_read_count integer DEFAULT 0 NOT NULL,
    likes_given integer DEFAULT 0 NOT NULL,
    likes_received integer DEFAULT 0 NOT NULL,
    new_since timestamp NOT NULL,
    read_faq timestamp,
    first_post_created_at timestamp,
    post_count integer DEFAULT 0 NOT NULL,
    topic_count integer DEFAULT 0 NOT NULL,
    bounce_score double precision DEFAULT 0 NOT NULL,
    reset_bounce_score_after timestamp,
    flags_agreed integer DEFAULT 0 NOT NULL,
    flags_disagreed integer DEFAULT 0 NOT NULL,
    flags_ignored integer DEFAULT 0 NOT NULL,
    first_unread_at timestamp NOT NULL,
    distinct_badge_count integer DEFAULT 0 NOT NULL,
    first_unread_pm_at timestamp NOT NULL,
    digest_attempted_at timestamp
);

CREATE TABLE user_options (
    user_id integer PRIMARY KEY REFERENCES users (id),
    mailing_list_mode boolean DEFAULT false NOT NULL,
    email_digests boolean,
    external_links_in_new_tab boolean DEFAULT false NOT NULL,
    enable_quoting boolean DEFAULT true NOT NULL,
    dynamic_favicon boolean DEFAULT false NOT NULL,
    automatically_unpin_topics boolean DEFAULT true NOT NULL,
    digest_after_minutes integer,
    auto_track_topics_after_msecs integer,
    new_topic_duration_minutes integer,
    last_redirected_to_top_at timestamp,
    email_previous_replies integer DEFAULT 2 NOT NULL,
    email_in_reply_to boolean DEFAULT true NOT NULL,
    like_notification_frequency integer DEFAULT 1 NOT NULL,
    include_tl0_in_digests boolean DEFAULT false,
    theme_key_seq integer DEFAULT 0 NOT NULL,
    allow_private_messages boolean DEFAULT true NOT NULL,
    homepage_id integer,
    hide_profile_and_presence boolean DEFAULT false NOT NULL,
    text_size_key integer DEFAULT 0 NOT NULL,
    email_level integer DEFAULT 1 NOT NULL,
    email_messages_level integer DEFAULT 0 NOT NULL,
    title_count_mode_key integer DEFAULT 0 NOT NULL,
    timezone varchar,
    skip_new_user_tips boolean DEFAULT false NOT NULL
);

CREATE TABLE user_visits (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    visited_at date NOT NULL,
    posts_read integer DEFAULT 0,
    mobile boolean DEFAULT false,
    time_read integer DEFAULT 0 NOT NULL
);

CREATE TABLE user_auth_tokens (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    auth_token varchar NOT NULL,
    prev_auth_token varchar NOT NULL,
    user_agent varchar,
    auth_token_seen boolean DEFAULT false NOT NULL,
    client_ip inet,
    rotated_at timestamp NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    seen_at timestamp
);

CREATE TABLE user_api_keys (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    client_id varchar NOT NULL,
    application_name varchar NOT NULL,
    push_url varchar,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    revoked_at timestamp,
    scopes text,
    last_used_at timestamp NOT NULL,
    key_hash varchar NOT NULL
);

CREATE TABLE api_keys (
    id integer NOT NULL PRIMARY KEY,
    user_id integer REFERENCES users (id),
    created_by_id integer REFERENCES users (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    allowed_ips inet,
    hidden boolean DEFAULT false NOT NULL,
    last_used_at timestamp,
    revoked_at timestamp,
    description text,
    key_hash varchar NOT NULL,
    truncated_key varchar NOT NULL,
    scope_mode integer
);

CREATE TABLE api_key_scopes (
    id bigint NOT NULL PRIMARY KEY,
    api_key_id integer NOT NULL REFERENCES api_keys (id),
    resource varchar NOT NULL,
    action varchar NOT NULL,
    allowed_parameters json,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE user_custom_fields (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    name varchar(256) NOT NULL,
    value text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE user_fields (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    field_type varchar NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    editable boolean DEFAULT false NOT NULL,
    description varchar NOT NULL,
    show_on_profile boolean DEFAULT false NOT NULL,
    position integer DEFAULT 0,
    show_on_user_card boolean DEFAULT false NOT NULL,
    external_name varchar,
    external_type varchar,
    searchable boolean DEFAULT false NOT NULL,
    requirement integer DEFAULT 0 NOT NULL
);

CREATE TABLE user_field_options (
    id integer NOT NULL PRIMARY KEY,
    user_field_id integer NOT NULL REFERENCES user_fields (id),
    value varchar NOT NULL,
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE user_histories (
    id integer NOT NULL PRIMARY KEY,
    action integer NOT NULL,
    acting_user_id integer REFERENCES users (id),
    target_user_id integer REFERENCES users (id),
    details text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    context varchar,
    ip_address varchar,
    email varchar,
    subject text,
    previous_value text,
    new_value text,
    topic_id integer REFERENCES topics (id),
    admin_only boolean DEFAULT false,
    post_id integer REFERENCES posts (id),
    custom_type varchar,
    category_id integer REFERENCES categories (id)
);

CREATE TABLE user_actions (
    id integer NOT NULL PRIMARY KEY,
    action_type integer NOT NULL,
    user_id integer NOT NULL REFERENCES users (id),
    target_topic_id integer REFERENCES topics (id),
    target_post_id integer REFERENCES posts (id),
    target_user_id integer REFERENCES users (id),
    acting_user_id integer REFERENCES users (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE badge_types (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE badge_groupings (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    description text,
    position integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE badges (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    description text,
    badge_type_id integer NOT NULL REFERENCES badge_types (id),
    grant_count integer DEFAULT 0 NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    allow_title boolean DEFAULT false NOT NULL,
    multiple_grant boolean DEFAULT false NOT NULL,
    icon varchar DEFAULT 'certificate',
    listable boolean DEFAULT true,
    target_posts boolean DEFAULT false,
    query text,
    enabled boolean DEFAULT true NOT NULL,
    auto_revoke boolean DEFAULT true NOT NULL,
    badge_grouping_id integer NOT NULL REFERENCES badge_groupings (id),
    trigger integer,
    show_posts boolean DEFAULT false NOT NULL,
    system boolean DEFAULT false NOT NULL,
    long_description text,
    image_upload_id integer REFERENCES uploads (id)
);

CREATE TABLE user_badges (
    id integer NOT NULL PRIMARY KEY,
    badge_id integer NOT NULL REFERENCES badges (id),
    user_id integer NOT NULL REFERENCES users (id),
    granted_at timestamp NOT NULL,
    granted_by_id integer NOT NULL REFERENCES users (id),
    post_id integer REFERENCES posts (id),
    notification_id integer REFERENCES notifications (id),
    seq integer DEFAULT 0 NOT NULL,
    featured_rank integer,
    created_at timestamp NOT NULL,
    is_favorite boolean
);

CREATE TABLE categories (
    id integer NOT NULL PRIMARY KEY,
    name varchar(50) NOT NULL,
    color varchar(6) DEFAULT '0088CC' NOT NULL,
    topic_id integer REFERENCES topics (id),
    topic_count integer DEFAULT 0 NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    user_id integer NOT NULL REFERENCES users (id),
    topics_year integer DEFAULT 0,
    topics_month integer DEFAULT 0,
    topics_week integer DEFAULT 0,
    slug varchar NOT NULL,
    description text,
    text_color varchar(6) DEFAULT 'FFFFFF' NOT NULL,
    read_restricted boolean DEFAULT false NOT NULL,
    auto_close_hours double precision,
    post_count integer DEFAULT 0 NOT NULL,
    latest_post_id integer REFERENCES posts (id),
    latest_topic_id integer REFERENCES topics (id),
    position integer,
    parent_category_id integer REFERENCES categories (id),
    posts_year integer DEFAULT 0,
    posts_month integer DEFAULT 0,
    posts_week integer DEFAULT 0,
    email_in varchar,
    email_in_allow_strangers boolean DEFAULT false,
    topics_day integer DEFAULT 0,
    posts_day integer DEFAULT 0,
    allow_badges boolean DEFAULT true NOT NULL,
    name_lower varchar(50) NOT NULL,
    auto_close_based_on_last_post boolean DEFAULT false,
    topic_template text,
    contains_messages boolean,
    sort_order varchar,
    sort_ascending boolean,
    uploaded_logo_id integer REFERENCES uploads (id),
    uploaded_logo_dark_id integer REFERENCES uploads (id),
    uploaded_background_id integer REFERENCES uploads (id),
    topic_featured_link_allowed boolean DEFAULT true,
    all_topics_wiki boolean DEFAULT false NOT NULL,
    show_subcategory_list boolean DEFAULT false,
    num_featured_topics integer DEFAULT 3,
    default_view varchar(50),
    subcategory_list_style varchar(50) DEFAULT 'rows_with_featured_topics',
    default_top_period varchar(20) DEFAULT 'all',
    mailinglist_mirror boolean DEFAULT false NOT NULL,
    minimum_required_tags integer DEFAULT 0 NOT NULL,
    navigate_to_first_post_after_read boolean DEFAULT false NOT NULL,
    search_priority integer DEFAULT 0,
    allow_global_tags boolean DEFAULT false NOT NULL,
    reviewable_by_group_id integer REFERENCES groups (id),
    read_only_banner varchar,
    default_list_filter varchar(20) DEFAULT 'all'
);

CREATE TABLE category_groups (
    id integer NOT NULL PRIMARY KEY,
    category_id integer NOT NULL REFERENCES categories (id),
    group_id integer NOT NULL REFERENCES groups (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    permission_type integer DEFAULT 1
);

CREATE TABLE category_users (
    id integer NOT NULL PRIMARY KEY,
    category_id integer NOT NULL REFERENCES categories (id),
    user_id integer NOT NULL REFERENCES users (id),
    notification_level integer,
    last_seen_at timestamp
);

CREATE TABLE category_custom_fields (
    id integer NOT NULL PRIMARY KEY,
    category_id integer NOT NULL REFERENCES categories (id),
    name varchar(256) NOT NULL,
    value text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE category_tags (
    id integer NOT NULL PRIMARY KEY,
    category_id integer NOT NULL REFERENCES categories (id),
    tag_id integer NOT NULL REFERENCES tags (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE category_tag_groups (
    id integer NOT NULL PRIMARY KEY,
    category_id integer NOT NULL REFERENCES categories (id),
    tag_group_id integer NOT NULL REFERENCES tag_groups (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE category_featured_topics (
    id integer NOT NULL PRIMARY KEY,
    category_id integer NOT NULL REFERENCES categories (id),
    topic_id integer NOT NULL REFERENCES topics (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    rank integer DEFAULT 0 NOT NULL
);

CREATE TABLE topics (
    id integer NOT NULL PRIMARY KEY,
    title varchar NOT NULL,
    last_posted_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    views integer DEFAULT 0 NOT NULL,
    posts_count integer DEFAULT 0 NOT NULL,
    user_id integer REFERENCES users (id),
    last_post_user_id integer NOT NULL REFERENCES users (id),
    reply_count integer DEFAULT 0 NOT NULL,
    featured_user1_id integer REFERENCES users (id),
    featured_user2_id integer REFERENCES users (id),
    featured_user3_id integer REFERENCES users (id),
    deleted_at timestamp,
    highest_post_number integer DEFAULT 0 NOT NULL,
    like_count integer DEFAULT 0 NOT NULL,
    incoming_link_count integer DEFAULT 0 NOT NULL,
    category_id integer REFERENCES categories (id),
    visible boolean DEFAULT true NOT NULL,
    moderator_posts_count integer DEFAULT 0 NOT NULL,
    closed boolean DEFAULT false NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    bumped_at timestamp NOT NULL,
    has_summary boolean DEFAULT false NOT NULL,
    archetype varchar DEFAULT 'regular' NOT NULL,
    featured_user4_id integer REFERENCES users (id),
    notify_moderators_count integer DEFAULT 0 NOT NULL,
    spam_count integer DEFAULT 0 NOT NULL,
    pinned_at timestamp,
    score double precision,
    percent_rank double precision DEFAULT 1.0 NOT NULL,
    subtype varchar,
    slug varchar,
    deleted_by_id integer REFERENCES users (id),
    participant_count integer DEFAULT 1,
    word_count integer,
    excerpt varchar,
    pinned_globally boolean DEFAULT false NOT NULL,
    pinned_until timestamp,
    fancy_title varchar,
    highest_staff_post_number integer DEFAULT 0 NOT NULL,
    featured_link varchar,
    reviewable_score double precision DEFAULT 0.0 NOT NULL,
    image_upload_id bigint REFERENCES uploads (id),
    slow_mode_seconds integer DEFAULT 0 NOT NULL,
    bannered_until timestamp,
    external_id varchar
);

CREATE TABLE topic_users (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    topic_id integer NOT NULL REFERENCES topics (id),
    posted boolean DEFAULT false NOT NULL,
    last_read_post_number integer,
    last_visited_at timestamp,
    first_visited_at timestamp,
    notification_level integer DEFAULT 1 NOT NULL,
    notifications_changed_at timestamp,
    notifications_reason_id integer,
    total_msecs_viewed integer DEFAULT 0 NOT NULL,
    cleared_pinned_at timestamp,
    last_emailed_post_number integer,
    liked boolean DEFAULT false,
    bookmarked boolean DEFAULT false,
    last_posted_at timestamp
);

CREATE TABLE topic_allowed_users (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    topic_id integer NOT NULL REFERENCES topics (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE topic_allowed_groups (
    id integer NOT NULL PRIMARY KEY,
    group_id integer NOT NULL REFERENCES groups (id),
    topic_id integer NOT NULL REFERENCES topics (id)
);

CREATE TABLE topic_tags (
    id integer NOT NULL PRIMARY KEY,
    topic_id integer NOT NULL REFERENCES topics (id),
    tag_id integer NOT NULL REFERENCES tags (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE topic_views (
    topic_id integer NOT NULL REFERENCES topics (id),
    viewed_at date NOT NULL,
    user_id integer REFERENCES users (id),
    ip_address inet
);

CREATE TABLE topic_links (
    id integer NOT NULL PRIMARY KEY,
    topic_id integer NOT NULL REFERENCES topics (id),
    post_id integer REFERENCES posts (id),
    user_id integer NOT NULL REFERENCES users (id),
    url varchar NOT NULL,
    domain varchar(100) NOT NULL,
    internal boolean DEFAULT false NOT NULL,
    link_topic_id integer REFERENCES topics (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    reflection boolean DEFAULT false,
    clicks integer DEFAULT 0 NOT NULL,
    link_post_id integer REFERENCES posts (id),
    title varchar,
    crawled_at timestamp,
    quote boolean DEFAULT false NOT NULL,
    extension varchar(10)
);

CREATE TABLE topic_link_clicks (
    id integer NOT NULL PRIMARY KEY,
    topic_link_id integer NOT NULL REFERENCES topic_links (id),
    user_id integer REFERENCES users (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    ip_address inet
);

CREATE TABLE topic_timers (
    id integer NOT NULL PRIMARY KEY,
    execute_at timestamp,
    status_type integer NOT NULL,
    user_id integer NOT NULL REFERENCES users (id),
    topic_id integer NOT NULL REFERENCES topics (id),
    based_on_last_post boolean DEFAULT false NOT NULL,
    deleted_at timestamp,
    deleted_by_id integer REFERENCES users (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    category_id integer REFERENCES categories (id),
    public_type boolean DEFAULT true,
    duration_minutes integer
);

CREATE TABLE topic_embeds (
    id integer NOT NULL PRIMARY KEY,
    topic_id integer NOT NULL REFERENCES topics (id),
    post_id integer NOT NULL REFERENCES posts (id),
    embed_url varchar(1000) NOT NULL,
    content_sha1 varchar(40),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    deleted_at timestamp,
    deleted_by_id integer REFERENCES users (id)
);

CREATE TABLE topic_invites (
    id integer NOT NULL PRIMARY KEY,
    topic_id integer NOT NULL REFERENCES topics (id),
    invite_id integer NOT NULL REFERENCES invites (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE topic_custom_fields (
    id integer NOT NULL PRIMARY KEY,
    topic_id integer NOT NULL REFERENCES topics (id),
    name varchar(256) NOT NULL,
    value text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE posts (
    id integer NOT NULL PRIMARY KEY,
    user_id integer REFERENCES users (id),
    topic_id integer NOT NULL REFERENCES topics (id),
    post_number integer NOT NULL,
    raw text NOT NULL,
    cooked text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    reply_to_post_number integer,
    reply_count integer DEFAULT 0 NOT NULL,
    quote_count integer DEFAULT 0 NOT NULL,
    deleted_at timestamp,
    off_topic_count integer DEFAULT 0 NOT NULL,
    like_count integer DEFAULT 0 NOT NULL,
    incoming_link_count integer DEFAULT 0 NOT NULL,
    bookmark_count integer DEFAULT 0 NOT NULL,
    score double precision,
    reads integer DEFAULT 0 NOT NULL,
    post_type integer DEFAULT 1 NOT NULL,
    sort_order integer,
    last_editor_id integer REFERENCES users (id),
    hidden boolean DEFAULT false NOT NULL,
    hidden_reason_id integer,
    notify_moderators_count integer DEFAULT 0 NOT NULL,
    spam_count integer DEFAULT 0 NOT NULL,
    illegal_count integer DEFAULT 0 NOT NULL,
    inappropriate_count integer DEFAULT 0 NOT NULL,
    last_version_at timestamp NOT NULL,
    user_deleted boolean DEFAULT false NOT NULL,
    reply_to_user_id integer REFERENCES users (id),
    percent_rank double precision DEFAULT 1.0,
    notify_user_count integer DEFAULT 0 NOT NULL,
    like_score integer DEFAULT 0 NOT NULL,
    deleted_by_id integer REFERENCES users (id),
    edit_reason varchar,
    word_count integer,
    version integer DEFAULT 1 NOT NULL,
    cook_method integer DEFAULT 1 NOT NULL,
    wiki boolean DEFAULT false NOT NULL,
    baked_at timestamp,
    baked_version integer,
    hidden_at timestamp,
    self_edits integer DEFAULT 0 NOT NULL,
    reply_quoted boolean DEFAULT false NOT NULL,
    via_email boolean DEFAULT false NOT NULL,
    raw_email text,
    public_version integer DEFAULT 1 NOT NULL,
    action_code varchar,
    locked_by_id integer REFERENCES users (id),
    image_upload_id bigint REFERENCES uploads (id),
    outbound_message_id varchar
);

CREATE TABLE post_action_types (
    id integer NOT NULL PRIMARY KEY,
    name_key varchar(50) NOT NULL,
    is_flag boolean DEFAULT false NOT NULL,
    icon varchar(20),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    position integer DEFAULT 0 NOT NULL,
    score_bonus double precision DEFAULT 0.0 NOT NULL,
    reviewable_priority integer DEFAULT 0 NOT NULL
);

CREATE TABLE post_actions (
    id integer NOT NULL PRIMARY KEY,
    post_id integer NOT NULL REFERENCES posts (id),
    user_id integer NOT NULL REFERENCES users (id),
    post_action_type_id integer NOT NULL REFERENCES post_action_types (id),
    deleted_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    deleted_by_id integer REFERENCES users (id),
    related_post_id integer REFERENCES posts (id),
    staff_took_action boolean DEFAULT false NOT NULL,
    deferred_by_id integer REFERENCES users (id),
    targets_topic boolean DEFAULT false NOT NULL,
    agreed_at timestamp,
    agreed_by_id integer REFERENCES users (id),
    deferred_at timestamp,
    disagreed_at timestamp,
    disagreed_by_id integer REFERENCES users (id)
);

CREATE TABLE post_replies (
    post_id integer REFERENCES posts (id),
    reply_post_id integer REFERENCES posts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE post_revisions (
    id integer NOT NULL PRIMARY KEY,
    user_id integer REFERENCES users (id),
    post_id integer REFERENCES posts (id),
    modifications text,
    number integer,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    hidden boolean DEFAULT false NOT NULL
);

CREATE TABLE post_details (
    id integer NOT NULL PRIMARY KEY,
    post_id integer REFERENCES posts (id),
    key varchar,
    value varchar,
    extra text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE post_custom_fields (
    id integer NOT NULL PRIMARY KEY,
    post_id integer NOT NULL REFERENCES posts (id),
    name varchar(256) NOT NULL,
    value text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE post_timings (
    topic_id integer NOT NULL REFERENCES topics (id),
    post_number integer NOT NULL,
    user_id integer NOT NULL REFERENCES users (id),
    msecs integer NOT NULL
);

CREATE TABLE post_search_data (
    post_id integer PRIMARY KEY REFERENCES posts (id),
    search_data tsvector,
    raw_data text,
    locale varchar,
    version integer DEFAULT 0,
    private_message boolean NOT NULL
);

CREATE TABLE quoted_posts (
    id integer NOT NULL PRIMARY KEY,
    post_id integer NOT NULL REFERENCES posts (id),
    quoted_post_id integer NOT NULL REFERENCES posts (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE uploads (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    original_filename varchar NOT NULL,
    filesize bigint NOT NULL,
    width integer,
    height integer,
    url varchar NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    sha1 varchar(40),
    origin varchar(1000),
    retain_hours integer,
    extension varchar(10),
    thumbnail_width integer,
    thumbnail_height integer,
    etag varchar,
    secure boolean DEFAULT false NOT NULL,
    access_control_post_id bigint REFERENCES posts (id),
    original_sha1 varchar,
    animated boolean,
    verification_status integer DEFAULT 1 NOT NULL,
    security_last_changed_at timestamp,
    security_last_changed_reason varchar,
    dominant_color text
);

CREATE TABLE optimized_images (
    id integer NOT NULL PRIMARY KEY,
    sha1 varchar(40) NOT NULL,
    extension varchar(10) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    upload_id integer NOT NULL REFERENCES uploads (id),
    url varchar NOT NULL,
    filesize integer,
    etag varchar,
    version integer,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE upload_references (
    id bigint NOT NULL PRIMARY KEY,
    upload_id bigint NOT NULL REFERENCES uploads (id),
    target_type varchar NOT NULL,
    target_id bigint NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE groups (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    created_at timestamp NOT NULL,
    automatic boolean DEFAULT false NOT NULL,
    user_count integer DEFAULT 0 NOT NULL,
    automatic_membership_email_domains text,
    updated_at timestamp NOT NULL,
    primary_group boolean DEFAULT false NOT NULL,
    title varchar,
    grant_trust_level integer,
    incoming_email varchar,
    has_messages boolean DEFAULT false NOT NULL,
    flair_bg_color varchar,
    flair_color varchar,
    bio_raw text,
    bio_cooked text,
    allow_membership_requests boolean DEFAULT false NOT NULL,
    full_name varchar,
    default_notification_level integer DEFAULT 3 NOT NULL,
    visibility_level integer DEFAULT 0 NOT NULL,
    public_exit boolean DEFAULT false NOT NULL,
    public_admission boolean DEFAULT false NOT NULL,
    membership_request_template text,
    messageable_level integer DEFAULT 0,
    mentionable_level integer DEFAULT 0,
    smtp_server varchar,
    smtp_port integer,
    imap_server varchar,
    imap_port integer,
    email_username varchar,
    flair_icon varchar,
    flair_upload_id integer REFERENCES uploads (id),
    members_visibility_level integer DEFAULT 0 NOT NULL
);

CREATE TABLE group_users (
    id integer NOT NULL PRIMARY KEY,
    group_id integer NOT NULL REFERENCES groups (id),
    user_id integer NOT NULL REFERENCES users (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    owner boolean DEFAULT false NOT NULL,
    notification_level integer DEFAULT 2 NOT NULL,
    first_unread_pm_at timestamp NOT NULL
);

CREATE TABLE group_histories (
    id integer NOT NULL PRIMARY KEY,
    group_id integer NOT NULL REFERENCES groups (id),
    acting_user_id integer NOT NULL REFERENCES users (id),
    target_user_id integer REFERENCES users (id),
    action integer NOT NULL,
    subject varchar,
    prev_value text,
    new_value text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE group_mentions (
    id integer NOT NULL PRIMARY KEY,
    post_id integer REFERENCES posts (id),
    group_id integer REFERENCES groups (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE group_archived_messages (
    id integer NOT NULL PRIMARY KEY,
    group_id integer NOT NULL REFERENCES groups (id),
    topic_id integer NOT NULL REFERENCES topics (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE user_archived_messages (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    topic_id integer NOT NULL REFERENCES topics (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE tags (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    topic_count integer DEFAULT 0 NOT NULL,
    created_at timestamp,
    updated_at timestamp,
    pm_topic_count integer DEFAULT 0 NOT NULL,
    target_tag_id integer REFERENCES tags (id),
    description varchar,
    public_topic_count integer DEFAULT 0 NOT NULL
);

CREATE TABLE tag_groups (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    created_at timestamp,
    updated_at timestamp,
    parent_tag_id integer REFERENCES tags (id),
    one_per_topic boolean DEFAULT false
);

CREATE TABLE tag_group_memberships (
    id integer NOT NULL PRIMARY KEY,
    tag_id integer NOT NULL REFERENCES tags (id),
    tag_group_id integer NOT NULL REFERENCES tag_groups (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE tag_group_permissions (
    id bigint NOT NULL PRIMARY KEY,
    tag_group_id bigint NOT NULL REFERENCES tag_groups (id),
    group_id bigint NOT NULL REFERENCES groups (id),
    permission_type integer DEFAULT 1 NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE notifications (
    id integer NOT NULL PRIMARY KEY,
    notification_type integer NOT NULL,
    user_id integer NOT NULL REFERENCES users (id),
    data varchar(1000) NOT NULL,
    read boolean DEFAULT false NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    topic_id integer REFERENCES topics (id),
    post_number integer,
    post_action_id integer REFERENCES post_actions (id),
    high_priority boolean DEFAULT false NOT NULL
);

CREATE TABLE invites (
    id integer NOT NULL PRIMARY KEY,
    invite_key varchar(32) NOT NULL,
    email varchar,
    invited_by_id integer NOT NULL REFERENCES users (id),
    redeemed_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    deleted_at timestamp,
    deleted_by_id integer REFERENCES users (id),
    invalidated_at timestamp,
    moderator boolean DEFAULT false NOT NULL,
    custom_message text,
    emailed_status integer,
    max_redemptions_allowed integer DEFAULT 1 NOT NULL,
    redemption_count integer DEFAULT 0 NOT NULL,
    expires_at timestamp NOT NULL,
    email_token varchar
);

CREATE TABLE invited_users (
    id bigint NOT NULL PRIMARY KEY,
    user_id integer REFERENCES users (id),
    invite_id integer NOT NULL REFERENCES invites (id),
    redeemed_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE invited_groups (
    id integer NOT NULL PRIMARY KEY,
    group_id integer REFERENCES groups (id),
    invite_id integer REFERENCES invites (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE bookmarks (
    id bigint NOT NULL PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    name varchar(100),
    reminder_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    reminder_last_sent_at timestamp,
    reminder_set_at timestamp,
    auto_delete_preference integer DEFAULT 0 NOT NULL,
    pinned boolean DEFAULT false,
    bookmarkable_type varchar NOT NULL,
    bookmarkable_id integer
);

CREATE TABLE reviewables (
    id bigint NOT NULL PRIMARY KEY,
    type varchar NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    created_by_id integer NOT NULL REFERENCES users (id),
    reviewable_by_moderator boolean DEFAULT false NOT NULL,
    reviewable_by_group_id integer REFERENCES groups (id),
    category_id integer REFERENCES categories (id),
    topic_id integer REFERENCES topics (id),
    score double precision DEFAULT 0.0 NOT NULL,
    potential_spam boolean DEFAULT false NOT NULL,
    target_type varchar,
    target_id integer,
    target_created_by_id integer REFERENCES users (id),
    payload json,
    version integer DEFAULT 0 NOT NULL,
    latest_score timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    force_review boolean DEFAULT false NOT NULL,
    reject_reason text
);

CREATE TABLE reviewable_scores (
    id bigint NOT NULL PRIMARY KEY,
    reviewable_id integer NOT NULL REFERENCES reviewables (id),
    user_id integer NOT NULL REFERENCES users (id),
    reviewable_score_type integer NOT NULL,
    status integer NOT NULL,
    score double precision DEFAULT 0.0 NOT NULL,
    take_action_bonus double precision DEFAULT 0.0 NOT NULL,
    reviewed_by_id integer REFERENCES users (id),
    reviewed_at timestamp,
    meta_topic_id integer REFERENCES topics (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    reason varchar,
    user_accuracy_bonus double precision DEFAULT 0.0 NOT NULL
);

CREATE TABLE reviewable_histories (
    id bigint NOT NULL PRIMARY KEY,
    reviewable_id integer NOT NULL REFERENCES reviewables (id),
    reviewable_history_type integer NOT NULL,
    status integer NOT NULL,
    created_by_id integer NOT NULL REFERENCES users (id),
    edited json,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE email_logs (
    id integer NOT NULL PRIMARY KEY,
    to_address varchar NOT NULL,
    email_type varchar NOT NULL,
    user_id integer REFERENCES users (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    post_id integer REFERENCES posts (id),
    bounce_key uuid,
    bounced boolean DEFAULT false NOT NULL,
    message_id varchar,
    smtp_group_id integer REFERENCES groups (id),
    cc_addresses text,
    cc_user_ids integer[],
    raw text,
    topic_id integer REFERENCES topics (id),
    bounce_error_code varchar,
    smtp_transaction_response varchar(500)
);

CREATE TABLE incoming_emails (
    id integer NOT NULL PRIMARY KEY,
    user_id integer REFERENCES users (id),
    topic_id integer REFERENCES topics (id),
    post_id integer REFERENCES posts (id),
    raw text,
    error text,
    message_id text,
    from_address text,
    to_addresses text,
    cc_addresses text,
    subject text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    rejection_message text,
    is_auto_generated boolean DEFAULT false,
    is_bounce boolean DEFAULT false NOT NULL,
    imap_uid_validity integer,
    imap_uid integer,
    imap_sync boolean,
    imap_group_id bigint REFERENCES groups (id),
    imap_missing boolean DEFAULT false NOT NULL,
    created_via integer DEFAULT 0 NOT NULL
);

CREATE TABLE email_tokens (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    email varchar NOT NULL,
    confirmed boolean DEFAULT false NOT NULL,
    expired boolean DEFAULT false NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    token_hash varchar NOT NULL,
    scope integer
);

CREATE TABLE user_associated_accounts (
    id bigint NOT NULL PRIMARY KEY,
    provider_name varchar NOT NULL,
    provider_uid varchar NOT NULL,
    user_id integer REFERENCES users (id),
    last_used timestamp NOT NULL,
    info jsonb DEFAULT '{}' NOT NULL,
    credentials jsonb DEFAULT '{}' NOT NULL,
    extra jsonb DEFAULT '{}' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE web_hooks (
    id integer NOT NULL PRIMARY KEY,
    payload_url varchar NOT NULL,
    content_type integer DEFAULT 1 NOT NULL,
    last_delivery_status integer DEFAULT 1 NOT NULL,
    status integer DEFAULT 1 NOT NULL,
    secret varchar DEFAULT '',
    wildcard_web_hook boolean DEFAULT false NOT NULL,
    verify_certificate boolean DEFAULT true NOT NULL,
    active boolean DEFAULT false NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE web_hook_event_types (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL
);

CREATE TABLE web_hook_event_types_hooks (
    web_hook_event_type_id integer NOT NULL REFERENCES web_hook_event_types (id),
    web_hook_id integer NOT NULL REFERENCES web_hooks (id)
);

CREATE TABLE web_hook_events (
    id integer NOT NULL PRIMARY KEY,
    web_hook_id integer NOT NULL REFERENCES web_hooks (id),
    headers varchar,
    payload text,
    status integer DEFAULT 0,
    response_headers varchar,
    response_body text,
    duration integer DEFAULT 0,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE remote_themes (
    id integer NOT NULL PRIMARY KEY,
    remote_url varchar NOT NULL,
    branch varchar,
    private_key text,
    local_version varchar,
    remote_version varchar,
    commits_behind integer,
    remote_updated_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    about_url varchar,
    license_url varchar,
    authors varchar,
    theme_version varchar,
    minimum_discourse_version varchar,
    maximum_discourse_version varchar,
    last_error_text varchar
);

CREATE TABLE themes (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    user_id integer NOT NULL REFERENCES users (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    compiler_version integer DEFAULT 0 NOT NULL,
    user_selectable boolean DEFAULT false NOT NULL,
    hidden boolean DEFAULT false NOT NULL,
    color_scheme_id integer REFERENCES color_schemes (id),
    remote_theme_id integer REFERENCES remote_themes (id),
    component boolean DEFAULT false NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    auto_update boolean DEFAULT true NOT NULL
);

CREATE TABLE child_themes (
    id integer NOT NULL PRIMARY KEY,
    parent_theme_id integer REFERENCES themes (id),
    child_theme_id integer REFERENCES themes (id),
    created_at timestamp,
    updated_at timestamp
);

CREATE TABLE color_schemes (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    via_wizard boolean DEFAULT false NOT NULL,
    base_scheme_id varchar,
    theme_id integer REFERENCES themes (id),
    user_selectable boolean DEFAULT false NOT NULL
);

CREATE TABLE color_scheme_colors (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    hex varchar NOT NULL,
    color_scheme_id integer NOT NULL REFERENCES color_schemes (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    dark_hex varchar(6)
);

CREATE TABLE theme_fields (
    id integer NOT NULL PRIMARY KEY,
    theme_id integer NOT NULL REFERENCES themes (id),
    target_id integer NOT NULL,
    name varchar(255) NOT NULL,
    value text NOT NULL,
    value_baked text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    compiler_version varchar(50) DEFAULT 0 NOT NULL,
    error varchar,
    upload_id integer REFERENCES uploads (id),
    type_id integer DEFAULT 0 NOT NULL
);

CREATE TABLE theme_settings (
    id bigint NOT NULL PRIMARY KEY,
    name varchar(255) NOT NULL,
    data_type integer NOT NULL,
    value text,
    theme_id integer NOT NULL REFERENCES themes (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE javascript_caches (
    id bigint NOT NULL PRIMARY KEY,
    theme_field_id bigint REFERENCES theme_fields (id),
    digest varchar,
    content text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    theme_id bigint REFERENCES themes (id),
    source_map text
);

CREATE TABLE drafts (
    id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    draft_key varchar NOT NULL,
    data text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    sequence bigint DEFAULT 0 NOT NULL,
    revisions integer DEFAULT 1 NOT NULL,
    owner varchar
);

CREATE TABLE permalinks (
    id integer NOT NULL PRIMARY KEY,
    url varchar(1000) NOT NULL,
    topic_id integer REFERENCES topics (id),
    post_id integer REFERENCES posts (id),
    category_id integer REFERENCES categories (id),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    external_url varchar(1000),
    tag_id integer REFERENCES tags (id),
    user_id integer REFERENCES users (id)
);

CREATE TABLE sidebar_sections (
    id bigint NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    title varchar(30) NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    public boolean DEFAULT false NOT NULL,
    section_type integer
);

CREATE TABLE sidebar_section_links (
    id bigint NOT NULL PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    linkable_type varchar NOT NULL,
    linkable_id integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    sidebar_section_id integer REFERENCES sidebar_sections (id),
    position integer DEFAULT 0 NOT NULL
);

CREATE TABLE site_settings (
    id integer NOT NULL PRIMARY KEY,
    name varchar NOT NULL,
    data_type integer NOT NULL,
    value text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE directory_items (
    id integer NOT NULL PRIMARY KEY,
    period_type integer NOT NULL,
    user_id integer NOT NULL REFERENCES users (id),
    likes_received integer NOT NULL,
    likes_given integer NOT NULL,
    topics_entered integer NOT NULL,
    topic_count integer NOT NULL,
    post_count integer NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    days_visited integer DEFAULT 0 NOT NULL,
    posts_read integer DEFAULT 0 NOT NULL
);

CREATE TABLE user_search_data (
    user_id integer PRIMARY KEY REFERENCES users (id),
    search_data tsvector,
    raw_data text,
    locale text,
    version integer DEFAULT 0
);
