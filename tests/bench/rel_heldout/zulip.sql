-- zulip.sql: a twentieth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind20). The database of a Zulip
-- (8.x/9.x) server, as Django's migrations write it on PostgreSQL: realms
-- (organizations) with their domains, emoji, linkifiers, playgrounds,
-- authentication methods and user defaults, user profiles with Django's
-- auth groups and permissions, bots and their services and storage,
-- streams (channels), recipients, direct message groups (huddles),
-- subscriptions, messages with their per-user rows, reactions,
-- submessages, attachments, edits kept as archives (archive
-- transactions, archived messages, user messages, reactions and
-- attachments), user groups with named groups and memberships, default
-- streams and their groups, invitations (pre-registration users,
-- multi-use invites), custom profile fields, presence,
-- activity, status, muted users and topics, drafts, scheduled messages
-- and emails, push device tokens, alert words, onboarding steps, the
-- realm audit log, saved snippets, social auth, two-factor devices and
-- the analytics counts.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Zulip's zerver/models and
-- migrations, trimmed.
-- Conventions: Django app prefixes on every table (zerver_, analytics_,
-- social_auth_, otp_static_, auth_, django_), lowercased
-- model names without underscores (zerver_userprofile,
-- zerver_usermessage, zerver_realmemoji, zerver_customprofilefieldvalue,
-- zerver_defaultstreamgroup_streams); `id` keys, bigserial for the
-- message tables; every link <field>_id; Zulip's own names: realm_id on
-- nearly every table, user_profile_id and user_id -> zerver_userprofile,
-- sender_id, bot_owner_id, acting_user_id / modified_user_id,
-- referred_by_id, created_user_id, muted_user_id, author_id, owner_id,
-- creator_id, bot_profile_id; recipient_id -> zerver_recipient;
-- sending_client_id / client_id -> zerver_client; stream_id /
-- modified_stream_id / default_sending_stream_id / channel_id ->
-- zerver_stream; notifications_stream_id and
-- signup_notifications_stream_id on the realm; user group permission
-- settings can_*_group_id -> zerver_usergroup, and NamedUserGroup's
-- primary key usergroup_ptr_id (multi-table inheritance);
-- subgroup_id / supergroup_id; field_id -> zerver_customprofilefield;
-- archive_transaction_id; multiuse_invite_id; delivered_message_id ->
-- zerver_message.
-- The REFERENCES are the FKs Django declares (DEFERRABLE INITIALLY
-- DEFERRED). Left without REFERENCES: zerver_recipient.type_id (a user
-- profile, a stream or a huddle, by type), zerver_stream.first_message_id
-- and zerver_userpresence.last_update_id (plain integers),
-- zerver_userprofile.last_active_message_id, zerver_realmauditlog.
-- event_last_message_id. Trimmed away, among others: the confirmation
-- table (a generic relation), the billing (corporate_) and remote server
-- (zilencer_) tables.
-- The realm and its streams and user groups refer to each other, and a
-- user profile refers to its recipient; the file keeps those forward
-- references inline, as a DDL dump read as a whole allows.

CREATE TABLE django_content_type (
    id serial PRIMARY KEY,
    app_label varchar(100) NOT NULL,
    model varchar(100) NOT NULL
);

CREATE TABLE auth_permission (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY DEFERRED,
    codename varchar(100) NOT NULL
);

CREATE TABLE auth_group (
    id serial PRIMARY KEY,
    name varchar(150) NOT NULL UNIQUE
);

CREATE TABLE auth_group_permissions (
    id bigserial PRIMARY KEY,
    group_id integer NOT NULL REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED,
    permission_id integer NOT NULL REFERENCES auth_permission (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_realm (
    id serial PRIMARY KEY,
    name varchar(40) NOT NULL,
    string_id varchar(40) NOT NULL UNIQUE,
    uuid uuid NOT NULL UNIQUE,
    date_created timestamp with time zone NOT NULL,
    deactivated boolean NOT NULL,
    emails_restricted_to_domains boolean NOT NULL,
    invite_required boolean NOT NULL,
    org_type smallint NOT NULL,
    plan_type smallint NOT NULL,
    max_invites integer,
    message_retention_days integer,
    description text NOT NULL,
    default_language varchar(50) NOT NULL,
    notifications_stream_id integer REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED,
    signup_notifications_stream_id integer REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED,
    zulip_update_announcements_stream_id integer REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED,
    can_create_public_channel_group_id integer NOT NULL REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED,
    can_access_all_users_group_id integer NOT NULL REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED,
    direct_message_permission_group_id integer NOT NULL REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED,
    push_notifications_enabled boolean NOT NULL,
    video_chat_provider smallint NOT NULL
);

CREATE TABLE zerver_recipient (
    id serial PRIMARY KEY,
    type_id integer NOT NULL,
    type smallint NOT NULL
);

CREATE TABLE zerver_client (
    id serial PRIMARY KEY,
    name varchar(30) NOT NULL UNIQUE
);

CREATE TABLE zerver_userprofile (
    id serial PRIMARY KEY,
    password varchar(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    email varchar(254) NOT NULL,
    delivery_email varchar(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    is_bot boolean NOT NULL,
    bot_type smallint,
    date_joined timestamp with time zone NOT NULL,
    full_name varchar(100) NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    bot_owner_id integer REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    default_sending_stream_id integer REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED,
    default_events_register_stream_id integer REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED,
    default_all_public_streams boolean NOT NULL,
    recipient_id integer UNIQUE REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED,
    role smallint NOT NULL,
    api_key varchar(32) NOT NULL,
    tos_version varchar(10),
    timezone varchar(40) NOT NULL,
    avatar_source varchar(1) NOT NULL,
    avatar_version smallint NOT NULL,
    long_term_idle boolean NOT NULL,
    last_active_message_id integer,
    default_language varchar(50) NOT NULL,
    twenty_four_hour_time boolean NOT NULL,
    enable_stream_push_notifications boolean NOT NULL
);

CREATE TABLE zerver_userprofile_groups (
    id bigserial PRIMARY KEY,
    userprofile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    group_id integer NOT NULL REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_userprofile_user_permissions (
    id bigserial PRIMARY KEY,
    userprofile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    permission_id integer NOT NULL REFERENCES auth_permission (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_usergroup (
    id serial PRIMARY KEY,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_namedusergroup (
    usergroup_ptr_id int PRIMARY KEY REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED,
    name varchar(100) NOT NULL,
    description text NOT NULL,
    is_system_group boolean NOT NULL,
    date_created timestamp with time zone,
    deactivated boolean NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    creator_id integer REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    can_mention_group_id integer NOT NULL REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED,
    can_manage_group_id integer NOT NULL REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED,
    can_join_group_id integer NOT NULL REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_usergroupmembership (
    id serial PRIMARY KEY,
    user_group_id integer NOT NULL REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_groupgroupmembership (
    id serial PRIMARY KEY,
    subgroup_id integer NOT NULL REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED,
    supergroup_id integer NOT NULL REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_stream (
    id serial PRIMARY KEY,
    name varchar(60) NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    date_created timestamp with time zone NOT NULL,
    deactivated boolean NOT NULL,
    description varchar(1024) NOT NULL,
    rendered_description text NOT NULL,
    invite_only boolean NOT NULL,
    history_public_to_subscribers boolean NOT NULL,
    is_web_public boolean NOT NULL,
    is_in_zephyr_realm boolean NOT NULL,
    stream_post_policy smallint NOT NULL,
    message_retention_days integer,
    first_message_id integer,
    recipient_id integer UNIQUE REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED,
    creator_id integer REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    can_remove_subscribers_group_id integer NOT NULL REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_huddle (
    id serial PRIMARY KEY,
    huddle_hash varchar(40) NOT NULL UNIQUE,
    group_size integer NOT NULL,
    recipient_id integer UNIQUE REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_subscription (
    id serial PRIMARY KEY,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    recipient_id integer NOT NULL REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED,
    active boolean NOT NULL,
    is_user_active boolean NOT NULL,
    is_muted boolean NOT NULL,
    color varchar(10) NOT NULL,
    pin_to_top boolean NOT NULL,
    desktop_notifications boolean,
    audible_notifications boolean,
    push_notifications boolean,
    email_notifications boolean,
    wildcard_mentions_notify boolean
);

CREATE TABLE zerver_message (
    id bigserial PRIMARY KEY,
    type smallint NOT NULL,
    sender_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    recipient_id integer NOT NULL REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    subject varchar(60) NOT NULL,
    content text NOT NULL,
    rendered_content text,
    rendered_content_version integer,
    date_sent timestamp with time zone NOT NULL,
    sending_client_id integer NOT NULL REFERENCES zerver_client (id) DEFERRABLE INITIALLY DEFERRED,
    last_edit_time timestamp with time zone,
    edit_history text,
    has_attachment boolean NOT NULL,
    has_image boolean NOT NULL,
    has_link boolean NOT NULL,
    search_tsvector tsvector
);

CREATE TABLE zerver_usermessage (
    id bigserial PRIMARY KEY,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    message_id bigint NOT NULL REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED,
    flags bigint NOT NULL
);

CREATE TABLE zerver_reaction (
    id serial PRIMARY KEY,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    message_id bigint NOT NULL REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED,
    emoji_name text NOT NULL,
    emoji_code text NOT NULL,
    reaction_type varchar(30) NOT NULL
);

CREATE TABLE zerver_submessage (
    id serial PRIMARY KEY,
    message_id bigint NOT NULL REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED,
    sender_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    msg_type text NOT NULL,
    content text NOT NULL
);

CREATE TABLE zerver_attachment (
    id serial PRIMARY KEY,
    file_name text NOT NULL,
    path_id text NOT NULL UNIQUE,
    content_type text,
    create_time timestamp with time zone NOT NULL,
    size integer NOT NULL,
    is_realm_public boolean,
    is_web_public boolean,
    owner_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_attachment_messages (
    id serial PRIMARY KEY,
    attachment_id integer NOT NULL REFERENCES zerver_attachment (id) DEFERRABLE INITIALLY DEFERRED,
    message_id bigint NOT NULL REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_archivetransaction (
    id serial PRIMARY KEY,
    timestamp timestamp with time zone NOT NULL,
    restored boolean NOT NULL,
    restored_timestamp timestamp with time zone,
    type smallint NOT NULL,
    protect_from_deletion boolean NOT NULL,
    realm_id integer REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_archivedmessage (
    id bigint PRIMARY KEY,
    type smallint NOT NULL,
    sender_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    recipient_id integer NOT NULL REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    subject varchar(60) NOT NULL,
    content text NOT NULL,
    rendered_content text,
    date_sent timestamp with time zone NOT NULL,
    sending_client_id integer NOT NULL REFERENCES zerver_client (id) DEFERRABLE INITIALLY DEFERRED,
    last_edit_time timestamp with time zone,
    edit_history text,
    has_attachment boolean NOT NULL,
    archive_transaction_id integer NOT NULL REFERENCES zerver_archivetransaction (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_archivedusermessage (
    id bigint PRIMARY KEY,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    message_id bigint NOT NULL REFERENCES zerver_archivedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    flags bigint NOT NULL
);

CREATE TABLE zerver_archivedreaction (
    id serial PRIMARY KEY,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    message_id bigint NOT NULL REFERENCES zerver_archivedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    emoji_name text NOT NULL,
    emoji_code text NOT NULL,
    reaction_type varchar(30) NOT NULL
);

CREATE TABLE zerver_archivedattachment (
    id serial PRIMARY KEY,
    file_name text NOT NULL,
    path_id text NOT NULL UNIQUE,
    create_time timestamp with time zone NOT NULL,
    size integer NOT NULL,
    owner_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_archivedattachment_messages (
    id serial PRIMARY KEY,
    archivedattachment_id integer NOT NULL REFERENCES zerver_archivedattachment (id) DEFERRABLE INITIALLY DEFERRED,
    archivedmessage_id bigint NOT NULL REFERENCES zerver_archivedmessage (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_realmdomain (
    id serial PRIMARY KEY,
    domain varchar(80) NOT NULL,
    allow_subdomains boolean NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_realmemoji (
    id serial PRIMARY KEY,
    name text NOT NULL,
    file_name text,
    deactivated boolean NOT NULL,
    is_animated boolean NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    author_id integer REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_realmfilter (
    id serial PRIMARY KEY,
    pattern text NOT NULL,
    url_template text NOT NULL,
    "order" integer NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_realmplayground (
    id serial PRIMARY KEY,
    name text NOT NULL,
    pygments_language varchar(40) NOT NULL,
    url_template text NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_realmauthenticationmethod (
    id serial PRIMARY KEY,
    name varchar(80) NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_realmuserdefault (
    id serial PRIMARY KEY,
    realm_id integer NOT NULL UNIQUE REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    default_language varchar(50) NOT NULL,
    twenty_four_hour_time boolean NOT NULL,
    enter_sends boolean NOT NULL,
    color_scheme smallint NOT NULL
);

CREATE TABLE zerver_realmauditlog (
    id serial PRIMARY KEY,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    acting_user_id integer REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    modified_user_id integer REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    modified_stream_id integer REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED,
    modified_user_group_id integer REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED,
    event_last_message_id integer,
    event_type smallint NOT NULL,
    event_time timestamp with time zone NOT NULL,
    backfilled boolean NOT NULL,
    extra_data jsonb NOT NULL
);

CREATE TABLE zerver_defaultstream (
    id serial PRIMARY KEY,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    stream_id integer NOT NULL REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_defaultstreamgroup (
    id serial PRIMARY KEY,
    name varchar(60) NOT NULL,
    description varchar(1024) NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_defaultstreamgroup_streams (
    id serial PRIMARY KEY,
    defaultstreamgroup_id integer NOT NULL REFERENCES zerver_defaultstreamgroup (id) DEFERRABLE INITIALLY DEFERRED,
    stream_id integer NOT NULL REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_multiuseinvite (
    id serial PRIMARY KEY,
    invited_as smallint NOT NULL,
    status integer NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    referred_by_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_multiuseinvite_streams (
    id serial PRIMARY KEY,
    multiuseinvite_id integer NOT NULL REFERENCES zerver_multiuseinvite (id) DEFERRABLE INITIALLY DEFERRED,
    stream_id integer NOT NULL REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_preregistrationuser (
    id serial PRIMARY KEY,
    email varchar(254) NOT NULL,
    full_name varchar(100),
    invited_at timestamp with time zone NOT NULL,
    invited_as smallint NOT NULL,
    status integer NOT NULL,
    include_realm_default_subscriptions boolean NOT NULL,
    realm_creation boolean NOT NULL,
    realm_id integer REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    referred_by_id integer REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    multiuse_invite_id integer REFERENCES zerver_multiuseinvite (id) DEFERRABLE INITIALLY DEFERRED,
    created_user_id integer REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_preregistrationuser_streams (
    id serial PRIMARY KEY,
    preregistrationuser_id integer NOT NULL REFERENCES zerver_preregistrationuser (id) DEFERRABLE INITIALLY DEFERRED,
    stream_id integer NOT NULL REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_preregistrationrealm (
    id serial PRIMARY KEY,
    name varchar(40) NOT NULL,
    org_type smallint NOT NULL,
    string_id varchar(40) NOT NULL,
    email varchar(254) NOT NULL,
    status integer NOT NULL,
    created_realm_id integer REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    created_user_id integer REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_customprofilefield (
    id serial PRIMARY KEY,
    name varchar(40) NOT NULL,
    hint varchar(80) NOT NULL,
    field_type smallint NOT NULL,
    field_data text NOT NULL,
    "order" integer NOT NULL,
    display_in_profile_summary boolean NOT NULL,
    required boolean NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_customprofilefieldvalue (
    id serial PRIMARY KEY,
    value text NOT NULL,
    rendered_value text,
    field_id integer NOT NULL REFERENCES zerver_customprofilefield (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_userpresence (
    id serial PRIMARY KEY,
    last_connected_time timestamp with time zone,
    last_active_time timestamp with time zone,
    last_update_id bigint,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL UNIQUE REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_useractivity (
    id serial PRIMARY KEY,
    query varchar(50) NOT NULL,
    count integer NOT NULL,
    last_visit timestamp with time zone NOT NULL,
    client_id integer NOT NULL REFERENCES zerver_client (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_useractivityinterval (
    id serial PRIMARY KEY,
    start timestamp with time zone NOT NULL,
    "end" timestamp with time zone NOT NULL,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_userstatus (
    id serial PRIMARY KEY,
    timestamp timestamp with time zone NOT NULL,
    status_text varchar(255) NOT NULL,
    emoji_name text NOT NULL,
    emoji_code text NOT NULL,
    reaction_type varchar(30) NOT NULL,
    client_id integer NOT NULL REFERENCES zerver_client (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL UNIQUE REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_usertopic (
    id serial PRIMARY KEY,
    topic_name varchar(60) NOT NULL,
    last_updated timestamp with time zone NOT NULL,
    visibility_policy smallint NOT NULL,
    recipient_id integer NOT NULL REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED,
    stream_id integer NOT NULL REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_muteduser (
    id serial PRIMARY KEY,
    date_muted timestamp with time zone NOT NULL,
    muted_user_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_draft (
    id serial PRIMARY KEY,
    topic varchar(60) NOT NULL,
    content text NOT NULL,
    last_edit_time timestamp with time zone NOT NULL,
    recipient_id integer REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_scheduledmessage (
    id serial PRIMARY KEY,
    subject varchar(60) NOT NULL,
    content text NOT NULL,
    rendered_content text NOT NULL,
    scheduled_timestamp timestamp with time zone NOT NULL,
    delivered boolean NOT NULL,
    failed boolean NOT NULL,
    failure_message text,
    delivery_type smallint NOT NULL,
    has_attachment boolean NOT NULL,
    sender_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    recipient_id integer NOT NULL REFERENCES zerver_recipient (id) DEFERRABLE INITIALLY DEFERRED,
    sending_client_id integer NOT NULL REFERENCES zerver_client (id) DEFERRABLE INITIALLY DEFERRED,
    stream_id integer REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    delivered_message_id bigint REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_attachment_scheduled_messages (
    id serial PRIMARY KEY,
    attachment_id integer NOT NULL REFERENCES zerver_attachment (id) DEFERRABLE INITIALLY DEFERRED,
    scheduledmessage_id integer NOT NULL REFERENCES zerver_scheduledmessage (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_scheduledemail (
    id serial PRIMARY KEY,
    scheduled_timestamp timestamp with time zone NOT NULL,
    data text NOT NULL,
    address varchar(254),
    type smallint NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_scheduledemail_users (
    id serial PRIMARY KEY,
    scheduledemail_id integer NOT NULL REFERENCES zerver_scheduledemail (id) DEFERRABLE INITIALLY DEFERRED,
    userprofile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_scheduledmessagenotificationemail (
    id serial PRIMARY KEY,
    trigger text NOT NULL,
    scheduled_timestamp timestamp with time zone NOT NULL,
    message_id bigint NOT NULL REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    mentioned_user_group_id integer REFERENCES zerver_usergroup (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_missedmessageemailaddress (
    id serial PRIMARY KEY,
    email_token varchar(34) NOT NULL UNIQUE,
    timestamp timestamp with time zone NOT NULL,
    times_used integer NOT NULL,
    message_id bigint NOT NULL REFERENCES zerver_message (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_pushdevicetoken (
    id bigserial PRIMARY KEY,
    kind smallint NOT NULL,
    token varchar(4096) NOT NULL,
    last_updated timestamp with time zone NOT NULL,
    ios_app_id text,
    user_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_service (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    base_url text NOT NULL,
    token text NOT NULL,
    interface smallint NOT NULL,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_botstoragedata (
    id serial PRIMARY KEY,
    key text NOT NULL,
    value text NOT NULL,
    bot_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_botconfigdata (
    id serial PRIMARY KEY,
    key text NOT NULL,
    value text NOT NULL,
    bot_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_alertword (
    id serial PRIMARY KEY,
    word text NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_onboardingstep (
    id serial PRIMARY KEY,
    onboarding_step varchar(40) NOT NULL,
    timestamp timestamp with time zone NOT NULL,
    user_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_savedsnippet (
    id serial PRIMARY KEY,
    title varchar(60) NOT NULL,
    content text NOT NULL,
    date_created timestamp with time zone NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    user_profile_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE zerver_channelemailaddress (
    id serial PRIMARY KEY,
    email_token varchar(32) NOT NULL UNIQUE,
    date_created timestamp with time zone NOT NULL,
    deactivated boolean NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    channel_id integer NOT NULL REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED,
    creator_id integer REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED,
    sender_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE social_auth_usersocialauth (
    id serial PRIMARY KEY,
    provider varchar(32) NOT NULL,
    uid varchar(255) NOT NULL,
    extra_data jsonb NOT NULL,
    created timestamp with time zone NOT NULL,
    modified timestamp with time zone NOT NULL,
    user_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE otp_static_staticdevice (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL,
    confirmed boolean NOT NULL,
    throttling_failure_timestamp timestamp with time zone,
    throttling_failure_count integer NOT NULL,
    user_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE otp_static_statictoken (
    id serial PRIMARY KEY,
    token varchar(16) NOT NULL,
    device_id integer NOT NULL REFERENCES otp_static_staticdevice (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE analytics_fillstate (
    id serial PRIMARY KEY,
    property varchar(40) NOT NULL UNIQUE,
    end_time timestamp with time zone NOT NULL,
    state smallint NOT NULL,
    last_modified timestamp with time zone NOT NULL
);

CREATE TABLE analytics_installationcount (
    id serial PRIMARY KEY,
    property varchar(32) NOT NULL,
    subgroup varchar(16),
    end_time timestamp with time zone NOT NULL,
    value bigint NOT NULL
);

CREATE TABLE analytics_realmcount (
    id serial PRIMARY KEY,
    property varchar(32) NOT NULL,
    subgroup varchar(16),
    end_time timestamp with time zone NOT NULL,
    value bigint NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE analytics_usercount (
    id serial PRIMARY KEY,
    property varchar(32) NOT NULL,
    subgroup varchar(16),
    end_time timestamp with time zone NOT NULL,
    value bigint NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES zerver_userprofile (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE analytics_streamcount (
    id serial PRIMARY KEY,
    property varchar(32) NOT NULL,
    subgroup varchar(16),
    end_time timestamp with time zone NOT NULL,
    value bigint NOT NULL,
    realm_id integer NOT NULL REFERENCES zerver_realm (id) DEFERRABLE INITIALLY DEFERRED,
    stream_id integer NOT NULL REFERENCES zerver_stream (id) DEFERRABLE INITIALLY DEFERRED
);
