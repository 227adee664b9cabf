-- nextcloud.sql: an eighteenth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind18). The database of
-- a Nextcloud server (PostgreSQL flavour, table prefix oc_): users, groups
-- and their memberships, preferences, accounts, app passwords (authtoken),
-- storages, the file cache and its extension, mime types, mounts, shares,
-- federated shares, comments, reactions and read markers, activity and its
-- mail queue, notifications and push tokens, the CalDAV / CardDAV tables
-- (calendars, objects, properties, changes, reminders, resources and rooms,
-- address books, cards), WebDAV properties, system tags, the old
-- categories, trash bin and versions, two-factor providers, backup codes
-- and WebAuthn keys, direct links and direct editing, collaboration
-- resources, workflow (flow) operations, external storages, user status,
-- Text documents, sessions and steps, Talk rooms, attendees and sessions,
-- recent contacts, known users, ownership transfers and file reminders.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Nextcloud's database migrations
-- (core and the shipped apps: dav, files_*, comments, activity,
-- notifications, text, spreed, ...), trimmed.
-- Conventions: oc_<name> tables with lower-case names, mostly without
-- underscores inside a word (fileid, calendarid, addressbookid, cardid,
-- objectid, systemtagid, categoryid, objid, userid, uid, gid); users and
-- groups are keyed by their text names (oc_users.uid, oc_groups.gid), and
-- every reference to a user is a text column (uid, userid, user_id, "user",
-- uid_owner, uid_initiator, affecteduser, amq_affecteduser, actor_uid,
-- known_to, known_user, source_user, target_user); files are referred to
-- by fileid / file_id / file_source / root_id / objid; storages by their
-- numeric_id (oc_filecache.storage, oc_mounts.storage_id); some keys have
-- their own name (activity_id, mail_id, notification_id, auto_id,
-- mount_id, applicable_id, config_id, option_id).
-- Nextcloud declares no foreign keys in its database: the REFERENCES are
-- the links its code follows (written so for this bench). Left without
-- REFERENCES: the polymorphic pairs (object_type / object_id of comments,
-- activity, notifications and Talk rooms; actor_type / actor_id;
-- share_type / share_with, which names a user, a group, an e-mail or a
-- circle; oc_dav_shares.resourceid, a calendar or an address book by its
-- type; oc_systemtag_object_mapping.objectid, a file id kept as text;
-- oc_collres_resources.resource_id), oc_share.item_source (the file id as
-- text), oc_mounts.mount_id, the principal URIs, and the ids that are no
-- row of this database (remote_id, provider_id, editor_id, the text
-- oc_files_trash.id, which is a file name). oc_calendarobjects.calendarid
-- names a subscription when calendartype is 1; it is written as a
-- reference to oc_calendars, its usual parent. The polymorphic
-- actor_id / object_id of oc_comments, oc_activity and oc_activity_mq are
-- written nullable (Nextcloud has them NOT NULL), so that the generated
-- data, which may draw a table not filled yet, leaves no table empty.

CREATE TABLE oc_users (
    uid varchar(64) NOT NULL PRIMARY KEY,
    displayname varchar(64),
    password varchar(255) NOT NULL,
    uid_lower varchar(64)
);

CREATE TABLE oc_groups (
    gid varchar(64) NOT NULL PRIMARY KEY,
    displayname varchar(255) NOT NULL
);

CREATE TABLE oc_group_user (
    gid varchar(64) NOT NULL REFERENCES oc_groups (gid),
    uid varchar(64) NOT NULL REFERENCES oc_users (uid),
    PRIMARY KEY (gid, uid)
);

CREATE TABLE oc_group_admin (
    gid varchar(64) NOT NULL REFERENCES oc_groups (gid),
    uid varchar(64) NOT NULL REFERENCES oc_users (uid),
    PRIMARY KEY (gid, uid)
);

CREATE TABLE oc_appconfig (
    appid varchar(32) NOT NULL,
    configkey varchar(64) NOT NULL,
    configvalue text,
    type integer NOT NULL,
    lazy smallint NOT NULL,
    PRIMARY KEY (appid, configkey)
);

CREATE TABLE oc_preferences (
    userid varchar(64) NOT NULL REFERENCES oc_users (uid),
    appid varchar(32) NOT NULL,
    configkey varchar(64) NOT NULL,
    configvalue text,
    PRIMARY KEY (userid, appid, configkey)
);

CREATE TABLE oc_accounts (
    uid varchar(64) NOT NULL PRIMARY KEY REFERENCES oc_users (uid),
    data text NOT NULL
);

CREATE TABLE oc_accounts_data (
    id bigint NOT NULL PRIMARY KEY,
    uid varchar(64) NOT NULL REFERENCES oc_users (uid),
    name varchar(64) NOT NULL,
    value varchar(255)
);

CREATE TABLE oc_authtoken (
    id bigint NOT NULL PRIMARY KEY,
    uid varchar(64) NOT NULL REFERENCES oc_users (uid),
    login_name varchar(255) NOT NULL,
    password text,
    name text NOT NULL,
    token varchar(200) NOT NULL UNIQUE,
    type smallint,
    remember smallint,
    last_activity integer,
    last_check integer,
    scope text,
    expires integer,
    private_key text,
    public_key text,
    version smallint NOT NULL,
    password_invalid boolean
);

CREATE TABLE oc_storages (
    numeric_id bigint NOT NULL PRIMARY KEY,
    id varchar(64) UNIQUE,
    available integer NOT NULL,
    last_checked integer
);

CREATE TABLE oc_mimetypes (
    id bigint NOT NULL PRIMARY KEY,
    mimetype varchar(255) NOT NULL UNIQUE
);

CREATE TABLE oc_filecache (
    fileid bigint NOT NULL PRIMARY KEY,
    storage bigint NOT NULL REFERENCES oc_storages (numeric_id),
    path varchar(4000),
    path_hash varchar(32) NOT NULL,
    parent bigint REFERENCES oc_filecache (fileid),
    name varchar(250),
    mimetype bigint NOT NULL REFERENCES oc_mimetypes (id),
    mimepart bigint NOT NULL REFERENCES oc_mimetypes (id),
    size bigint NOT NULL,
    mtime bigint NOT NULL,
    storage_mtime bigint NOT NULL,
    encrypted integer NOT NULL,
    unencrypted_size bigint NOT NULL,
    etag varchar(40),
    permissions integer,
    checksum varchar(255)
);

CREATE TABLE oc_filecache_extended (
    fileid bigint NOT NULL PRIMARY KEY REFERENCES oc_filecache (fileid),
    metadata_etag varchar(40),
    creation_time bigint NOT NULL,
    upload_time bigint NOT NULL
);

CREATE TABLE oc_file_locks (
    id bigint NOT NULL PRIMARY KEY,
    lock integer NOT NULL,
    key varchar(64) NOT NULL UNIQUE,
    ttl integer NOT NULL
);

CREATE TABLE oc_external_mounts (
    mount_id bigint NOT NULL PRIMARY KEY,
    mount_point varchar(128) NOT NULL,
    storage_backend varchar(64) NOT NULL,
    auth_backend varchar(64) NOT NULL,
    priority integer NOT NULL,
    type integer NOT NULL
);

CREATE TABLE oc_external_applicable (
    applicable_id bigint NOT NULL PRIMARY KEY,
    mount_id bigint NOT NULL REFERENCES oc_external_mounts (mount_id),
    type integer NOT NULL,
    value varchar(64)
);

CREATE TABLE oc_external_config (
    config_id bigint NOT NULL PRIMARY KEY,
    mount_id bigint NOT NULL REFERENCES oc_external_mounts (mount_id),
    key varchar(64) NOT NULL,
    value varchar(4000)
);

CREATE TABLE oc_external_options (
    option_id bigint NOT NULL PRIMARY KEY,
    mount_id bigint NOT NULL REFERENCES oc_external_mounts (mount_id),
    key varchar(64) NOT NULL,
    value varchar(256) NOT NULL
);

CREATE TABLE oc_storages_credentials (
    id bigint NOT NULL PRIMARY KEY,
    "user" varchar(64) REFERENCES oc_users (uid),
    identifier varchar(64) NOT NULL,
    credentials text
);

CREATE TABLE oc_mounts (
    id bigint NOT NULL PRIMARY KEY,
    storage_id bigint NOT NULL REFERENCES oc_storages (numeric_id),
    root_id bigint NOT NULL REFERENCES oc_filecache (fileid),
    user_id varchar(64) NOT NULL REFERENCES oc_users (uid),
    mount_point varchar(4000) NOT NULL,
    mount_id bigint,
    mount_provider_class varchar(128)
);

CREATE TABLE oc_share (
    id bigint NOT NULL PRIMARY KEY,
    share_type smallint NOT NULL,
    share_with varchar(255),
    password varchar(255),
    uid_owner varchar(64) NOT NULL REFERENCES oc_users (uid),
    uid_initiator varchar(64) REFERENCES oc_users (uid),
    parent bigint REFERENCES oc_share (id),
    item_type varchar(64) NOT NULL,
    item_source varchar(255),
    item_target varchar(255),
    file_source bigint REFERENCES oc_filecache (fileid),
    file_target varchar(512),
    permissions smallint NOT NULL,
    stime bigint NOT NULL,
    accepted smallint NOT NULL,
    expiration timestamp,
    token varchar(32),
    mail_send smallint NOT NULL,
    share_name varchar(64),
    password_by_talk boolean,
    note text,
    hide_download smallint,
    label varchar(255),
    attributes text
);

CREATE TABLE oc_share_external (
    id bigint NOT NULL PRIMARY KEY,
    parent bigint,
    share_type integer,
    remote varchar(512) NOT NULL,
    remote_id varchar(255),
    share_token varchar(64) NOT NULL,
    password varchar(64),
    name varchar(4000) NOT NULL,
    owner varchar(64) NOT NULL,
    "user" varchar(64) NOT NULL REFERENCES oc_users (uid),
    mountpoint varchar(4000) NOT NULL,
    mountpoint_hash varchar(32) NOT NULL,
    accepted integer NOT NULL
);

CREATE TABLE oc_federated_reshares (
    share_id bigint NOT NULL PRIMARY KEY REFERENCES oc_share (id),
    remote_id varchar(255)
);

CREATE TABLE oc_comments (
    id bigint NOT NULL PRIMARY KEY,
    parent_id bigint REFERENCES oc_comments (id),
    topmost_parent_id bigint REFERENCES oc_comments (id),
    children_count integer NOT NULL,
    actor_type varchar(64) NOT NULL,
    actor_id varchar(64),
    message text,
    verb varchar(64),
    creation_timestamp timestamp,
    latest_child_timestamp timestamp,
    object_type varchar(64) NOT NULL,
    object_id varchar(64),
    reference_id varchar(64),
    reactions varchar(4000),
    expire_date timestamp,
    meta_data text
);

CREATE TABLE oc_comments_read_markers (
    id bigint NOT NULL PRIMARY KEY,
    user_id varchar(64) NOT NULL REFERENCES oc_users (uid),
    marker_datetime timestamp,
    object_type varchar(64) NOT NULL,
    object_id varchar(64) NOT NULL
);

CREATE TABLE oc_reactions (
    id bigint NOT NULL PRIMARY KEY,
    parent_id bigint NOT NULL REFERENCES oc_comments (id),
    message_id bigint NOT NULL REFERENCES oc_comments (id),
    actor_type varchar(64) NOT NULL,
    actor_id varchar(64) NOT NULL,
    reaction varchar(32) NOT NULL
);

CREATE TABLE oc_activity (
    activity_id bigint NOT NULL PRIMARY KEY,
    timestamp integer NOT NULL,
    priority integer NOT NULL,
    type varchar(255),
    "user" varchar(64) REFERENCES oc_users (uid),
    affecteduser varchar(64) NOT NULL REFERENCES oc_users (uid),
    app varchar(32) NOT NULL,
    subject varchar(255) NOT NULL,
    subjectparams text NOT NULL,
    message varchar(255),
    messageparams text,
    file varchar(4000),
    link varchar(4000),
    object_type varchar(255),
    object_id bigint
);

CREATE TABLE oc_activity_mq (
    mail_id bigint NOT NULL PRIMARY KEY,
    amq_timestamp integer NOT NULL,
    amq_latest_send integer NOT NULL,
    amq_type varchar(255) NOT NULL,
    amq_affecteduser varchar(64) NOT NULL REFERENCES oc_users (uid),
    amq_appid varchar(32) NOT NULL,
    amq_subject varchar(255) NOT NULL,
    amq_subjectparams text,
    object_type varchar(255),
    object_id bigint
);

CREATE TABLE oc_notifications (
    notification_id integer NOT NULL PRIMARY KEY,
    app varchar(32) NOT NULL,
    "user" varchar(64) NOT NULL REFERENCES oc_users (uid),
    timestamp integer NOT NULL,
    object_type varchar(64) NOT NULL,
    object_id varchar(64) NOT NULL,
    subject varchar(64) NOT NULL,
    subject_parameters text,
    message varchar(64),
    message_parameters text,
    link varchar(4000),
    icon varchar(4000),
    actions text
);

CREATE TABLE oc_notifications_pushhash (
    id integer NOT NULL PRIMARY KEY,
    uid varchar(64) NOT NULL REFERENCES oc_users (uid),
    token integer NOT NULL,
    deviceidentifier varchar(128) NOT NULL,
    devicepublickey varchar(512) NOT NULL,
    devicepublickeyhash varchar(128) NOT NULL,
    pushtokenhash varchar(128) NOT NULL,
    proxyserver varchar(256) NOT NULL,
    apptype varchar(32) NOT NULL
);

CREATE TABLE oc_calendars (
    id bigint NOT NULL PRIMARY KEY,
    principaluri varchar(255),
    displayname varchar(255),
    uri varchar(255),
    synctoken integer NOT NULL,
    description varchar(255),
    calendarorder integer NOT NULL,
    calendarcolor varchar(255),
    timezone text,
    components varchar(64),
    transparent smallint NOT NULL,
    deleted_at integer
);

CREATE TABLE oc_calendarsubscriptions (
    id bigint NOT NULL PRIMARY KEY,
    uri varchar(255),
    principaluri varchar(255) NOT NULL,
    displayname varchar(100),
    refreshrate varchar(10),
    calendarorder integer NOT NULL,
    calendarcolor varchar(255),
    striptodos smallint,
    stripalarms smallint,
    stripattachments smallint,
    lastmodified integer,
    synctoken integer NOT NULL,
    source text
);

CREATE TABLE oc_calendarobjects (
    id bigint NOT NULL PRIMARY KEY,
    calendardata bytea,
    uri varchar(255),
    calendarid bigint NOT NULL REFERENCES oc_calendars (id),
    lastmodified integer,
    etag varchar(32),
    size bigint NOT NULL,
    componenttype varchar(8),
    firstoccurence bigint,
    lastoccurence bigint,
    uid varchar(255),
    classification integer,
    calendartype integer NOT NULL,
    deleted_at integer
);

CREATE TABLE oc_calendarobjects_props (
    id bigint NOT NULL PRIMARY KEY,
    calendarid bigint NOT NULL REFERENCES oc_calendars (id),
    objectid bigint NOT NULL REFERENCES oc_calendarobjects (id),
    name varchar(64),
    parameter varchar(64),
    value varchar(255),
    calendartype integer NOT NULL
);

CREATE TABLE oc_calendarchanges (
    id bigint NOT NULL PRIMARY KEY,
    uri varchar(255),
    synctoken integer NOT NULL,
    calendarid bigint NOT NULL REFERENCES oc_calendars (id),
    operation smallint NOT NULL,
    calendartype integer NOT NULL
);

CREATE TABLE oc_calendar_reminders (
    id bigint NOT NULL PRIMARY KEY,
    calendar_id bigint NOT NULL REFERENCES oc_calendars (id),
    object_id bigint NOT NULL REFERENCES oc_calendarobjects (id),
    is_recurring smallint,
    uid varchar(255) NOT NULL,
    recurrence_id bigint,
    is_recurrence_exception smallint NOT NULL,
    event_hash varchar(255) NOT NULL,
    alarm_hash varchar(255) NOT NULL,
    type varchar(255) NOT NULL,
    is_relative smallint NOT NULL,
    notification_date bigint NOT NULL,
    is_repeat_based smallint NOT NULL
);

CREATE TABLE oc_calendar_invitations (
    id bigint NOT NULL PRIMARY KEY,
    uid varchar(255) NOT NULL,
    recurrenceid varchar(255),
    attendee varchar(255) NOT NULL,
    organizer varchar(255) NOT NULL,
    sequence bigint,
    token varchar(60) NOT NULL,
    expiration bigint NOT NULL
);

CREATE TABLE oc_calendar_resources (
    id bigint NOT NULL PRIMARY KEY,
    backend_id varchar(64),
    resource_id varchar(255),
    email varchar(255),
    displayname varchar(255),
    group_restrictions varchar(4000)
);

CREATE TABLE oc_calendar_resources_md (
    id bigint NOT NULL PRIMARY KEY,
    resource_id bigint NOT NULL REFERENCES oc_calendar_resources (id),
    key varchar(255) NOT NULL,
    value varchar(4000)
);

CREATE TABLE oc_calendar_rooms (
    id bigint NOT NULL PRIMARY KEY,
    backend_id varchar(64),
    resource_id varchar(255),
    email varchar(255),
    displayname varchar(255),
    group_restrictions varchar(4000)
);

CREATE TABLE oc_calendar_rooms_md (
    id bigint NOT NULL PRIMARY KEY,
    room_id bigint NOT NULL REFERENCES oc_calendar_rooms (id),
    key varchar(255) NOT NULL,
    value varchar(4000)
);

CREATE TABLE oc_schedulingobjects (
    id bigint NOT NULL PRIMARY KEY,
    principaluri varchar(255),
    calendardata bytea,
    uri varchar(255),
    lastmodified integer,
    etag varchar(32),
    size bigint NOT NULL
);

CREATE TABLE oc_addressbooks (
    id bigint NOT NULL PRIMARY KEY,
    principaluri varchar(255),
    displayname varchar(255),
    uri varchar(255),
    description varchar(255),
    synctoken integer NOT NULL
);

CREATE TABLE oc_cards (
    id bigint NOT NULL PRIMARY KEY,
    addressbookid bigint NOT NULL REFERENCES oc_addressbooks (id),
    carddata bytea,
    uri varchar(255),
    lastmodified bigint,
    etag varchar(32),
    size bigint NOT NULL,
    uid varchar(255)
);

CREATE TABLE oc_cards_properties (
    id bigint NOT NULL PRIMARY KEY,
    addressbookid bigint NOT NULL REFERENCES oc_addressbooks (id),
    cardid bigint NOT NULL REFERENCES oc_cards (id),
    name varchar(64),
    value varchar(255),
    preferred integer NOT NULL
);

CREATE TABLE oc_addressbookchanges (
    id bigint NOT NULL PRIMARY KEY,
    uri varchar(255),
    synctoken integer NOT NULL,
    addressbookid bigint NOT NULL REFERENCES oc_addressbooks (id),
    operation smallint NOT NULL
);

CREATE TABLE oc_dav_shares (
    id bigint NOT NULL PRIMARY KEY,
    principaluri varchar(255),
    type varchar(255),
    access smallint,
    resourceid bigint NOT NULL,
    publicuri varchar(255)
);

CREATE TABLE oc_properties (
    id bigint NOT NULL PRIMARY KEY,
    userid varchar(64) NOT NULL REFERENCES oc_users (uid),
    propertypath varchar(255) NOT NULL,
    propertyname varchar(255) NOT NULL,
    propertyvalue text,
    valuetype smallint
);

CREATE TABLE oc_systemtag (
    id bigint NOT NULL PRIMARY KEY,
    name varchar(64) NOT NULL,
    visibility smallint NOT NULL,
    editable smallint NOT NULL
);

CREATE TABLE oc_systemtag_object_mapping (
    objectid varchar(64) NOT NULL,
    objecttype varchar(64) NOT NULL,
    systemtagid bigint NOT NULL REFERENCES oc_systemtag (id),
    PRIMARY KEY (objecttype, objectid, systemtagid)
);

CREATE TABLE oc_systemtag_group (
    systemtagid bigint NOT NULL REFERENCES oc_systemtag (id),
    gid varchar(255) NOT NULL REFERENCES oc_groups (gid),
    PRIMARY KEY (gid, systemtagid)
);

CREATE TABLE oc_vcategory (
    id bigint NOT NULL PRIMARY KEY,
    uid varchar(64) NOT NULL REFERENCES oc_users (uid),
    type varchar(64) NOT NULL,
    category varchar(255) NOT NULL
);

CREATE TABLE oc_vcategory_to_object (
    objid bigint NOT NULL REFERENCES oc_filecache (fileid),
    categoryid bigint NOT NULL REFERENCES oc_vcategory (id),
    type varchar(64) NOT NULL,
    PRIMARY KEY (categoryid, objid, type)
);

CREATE TABLE oc_files_trash (
    auto_id bigint NOT NULL PRIMARY KEY,
    id varchar(250) NOT NULL,
    "user" varchar(64) NOT NULL REFERENCES oc_users (uid),
    timestamp varchar(12) NOT NULL,
    location varchar(512) NOT NULL,
    type varchar(4),
    mime varchar(255)
);

CREATE TABLE oc_files_versions (
    id bigint NOT NULL PRIMARY KEY,
    file_id bigint NOT NULL REFERENCES oc_filecache (fileid),
    timestamp bigint NOT NULL,
    size bigint NOT NULL,
    mimetype bigint NOT NULL REFERENCES oc_mimetypes (id),
    metadata text
);

CREATE TABLE oc_files_reminders (
    id bigint NOT NULL PRIMARY KEY,
    user_id varchar(64) NOT NULL REFERENCES oc_users (uid),
    file_id bigint NOT NULL REFERENCES oc_filecache (fileid),
    due_date timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    created_at timestamp NOT NULL,
    notified boolean
);

CREATE TABLE oc_jobs (
    id bigint NOT NULL PRIMARY KEY,
    class varchar(255) NOT NULL,
    argument varchar(4000) NOT NULL,
    last_run integer,
    last_checked integer,
    reserved_at integer,
    execution_duration integer,
    argument_hash varchar(32),
    time_sensitive smallint NOT NULL
);

CREATE TABLE oc_twofactor_providers (
    provider_id varchar(32) NOT NULL,
    uid varchar(64) NOT NULL REFERENCES oc_users (uid),
    enabled smallint NOT NULL,
    PRIMARY KEY (provider_id, uid)
);

CREATE TABLE oc_twofactor_backupcodes (
    id bigint NOT NULL PRIMARY KEY,
    user_id varchar(64) NOT NULL REFERENCES oc_users (uid),
    code varchar(128) NOT NULL,
    used smallint NOT NULL
);

CREATE TABLE oc_webauthn (
    id integer NOT NULL PRIMARY KEY,
    uid varchar(64) NOT NULL REFERENCES oc_users (uid),
    name varchar(64) NOT NULL,
    public_key_credential_id varchar(512) NOT NULL,
    data text NOT NULL
);

CREATE TABLE oc_login_flow_v2 (
    id bigint NOT NULL PRIMARY KEY,
    timestamp bigint NOT NULL,
    started smallint NOT NULL,
    poll_token varchar(255) NOT NULL,
    login_token varchar(255) NOT NULL,
    public_key text NOT NULL,
    private_key text NOT NULL,
    client_name varchar(255) NOT NULL,
    login_name varchar(255),
    server varchar(255),
    app_password varchar(1024)
);

CREATE TABLE oc_directlink (
    id bigint NOT NULL PRIMARY KEY,
    user_id varchar(64) REFERENCES oc_users (uid),
    file_id bigint NOT NULL REFERENCES oc_filecache (fileid),
    token varchar(60),
    expiration bigint NOT NULL
);

CREATE TABLE oc_direct_edit (
    id bigint NOT NULL PRIMARY KEY,
    editor_id varchar(64) NOT NULL,
    token varchar(64) NOT NULL,
    file_id bigint NOT NULL REFERENCES oc_filecache (fileid),
    user_id varchar(64) REFERENCES oc_users (uid),
    share_id bigint REFERENCES oc_share (id),
    timestamp bigint NOT NULL,
    accessed boolean,
    file_path varchar(4000)
);

CREATE TABLE oc_collres_collections (
    id bigint NOT NULL PRIMARY KEY,
    name varchar(64) NOT NULL
);

CREATE TABLE oc_collres_resources (
    collection_id bigint NOT NULL REFERENCES oc_collres_collections (id),
    resource_type varchar(64) NOT NULL,
    resource_id varchar(64) NOT NULL,
    PRIMARY KEY (collection_id, resource_type, resource_id)
);

CREATE TABLE oc_collres_accesscache (
    user_id varchar(64) NOT NULL REFERENCES oc_users (uid),
    collection_id bigint REFERENCES oc_collres_collections (id),
    resource_type varchar(64),
    resource_id varchar(64),
    access smallint NOT NULL
);

CREATE TABLE oc_flow_checks (
    id integer NOT NULL PRIMARY KEY,
    class varchar(256) NOT NULL,
    operator varchar(16) NOT NULL,
    value text,
    hash varchar(32) NOT NULL
);

CREATE TABLE oc_flow_operations (
    id integer NOT NULL PRIMARY KEY,
    class varchar(256) NOT NULL,
    name varchar(256),
    checks text,
    operation text,
    entity varchar(256) NOT NULL,
    events text NOT NULL
);

CREATE TABLE oc_flow_operations_scope (
    id bigint NOT NULL PRIMARY KEY,
    operation_id integer NOT NULL REFERENCES oc_flow_operations (id),
    type integer NOT NULL,
    value varchar(64)
);

CREATE TABLE oc_user_status (
    id bigint NOT NULL PRIMARY KEY,
    user_id varchar(255) NOT NULL REFERENCES oc_users (uid),
    status varchar(255) NOT NULL,
    status_timestamp integer NOT NULL,
    is_user_defined boolean,
    message_id varchar(255),
    custom_icon varchar(255),
    custom_message text,
    clear_at integer,
    is_backup boolean,
    status_message_timestamp integer NOT NULL
);

CREATE TABLE oc_profile_config (
    id bigint NOT NULL PRIMARY KEY,
    user_id varchar(64) NOT NULL UNIQUE REFERENCES oc_users (uid),
    config text NOT NULL
);

CREATE TABLE oc_known_users (
    id bigint NOT NULL PRIMARY KEY,
    known_to varchar(255) NOT NULL REFERENCES oc_users (uid),
    known_user varchar(255) NOT NULL REFERENCES oc_users (uid)
);

CREATE TABLE oc_recent_contact (
    id integer NOT NULL PRIMARY KEY,
    actor_uid varchar(64) NOT NULL REFERENCES oc_users (uid),
    uid varchar(64),
    email varchar(255),
    federated_cloud_id varchar(255),
    card bytea NOT NULL,
    last_contact integer NOT NULL
);

CREATE TABLE oc_user_transfer_owner (
    id bigint NOT NULL PRIMARY KEY,
    source_user varchar(64) NOT NULL REFERENCES oc_users (uid),
    target_user varchar(64) NOT NULL REFERENCES oc_users (uid),
    file_id bigint NOT NULL REFERENCES oc_filecache (fileid),
    node_name varchar(255) NOT NULL
);

CREATE TABLE oc_text_documents (
    id bigint NOT NULL PRIMARY KEY REFERENCES oc_filecache (fileid),
    current_version bigint,
    last_saved_version bigint,
    last_saved_version_time bigint NOT NULL,
    last_saved_version_etag varchar(64),
    base_version_etag varchar(64)
);

CREATE TABLE oc_text_sessions (
    id bigint NOT NULL PRIMARY KEY,
    user_id varchar(64) REFERENCES oc_users (uid),
    guest_name varchar(64),
    color varchar(7),
    token varchar(64) NOT NULL,
    document_id bigint NOT NULL REFERENCES oc_text_documents (id),
    last_contact bigint NOT NULL,
    last_awareness_message text
);

CREATE TABLE oc_text_steps (
    id bigint NOT NULL PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES oc_text_documents (id),
    session_id bigint NOT NULL REFERENCES oc_text_sessions (id),
    data text NOT NULL,
    version bigint
);

CREATE TABLE oc_talk_rooms (
    id bigint NOT NULL PRIMARY KEY,
    name varchar(255),
    token varchar(32) UNIQUE,
    type integer NOT NULL,
    read_only integer NOT NULL,
    listable smallint,
    lobby_state integer NOT NULL,
    lobby_timer timestamp,
    object_type varchar(64),
    object_id varchar(64),
    assigned_hpb integer,
    active_since timestamp,
    last_activity timestamp,
    last_message bigint REFERENCES oc_comments (id),
    description text,
    remote_server varchar(512),
    remote_token varchar(32)
);

CREATE TABLE oc_talk_attendees (
    id bigint NOT NULL PRIMARY KEY,
    room_id bigint NOT NULL REFERENCES oc_talk_rooms (id),
    actor_type varchar(32) NOT NULL,
    actor_id varchar(255) NOT NULL,
    display_name varchar(255),
    pin varchar(32),
    participant_type smallint NOT NULL,
    favorite boolean,
    notification_level integer,
    last_joined_call integer NOT NULL,
    last_read_message bigint REFERENCES oc_comments (id),
    last_mention_message bigint REFERENCES oc_comments (id),
    read_privacy smallint,
    permissions integer NOT NULL,
    access_token varchar(64),
    remote_id varchar(255)
);

CREATE TABLE oc_talk_sessions (
    id bigint NOT NULL PRIMARY KEY,
    attendee_id bigint NOT NULL REFERENCES oc_talk_attendees (id),
    session_id varchar(512) NOT NULL,
    in_call integer NOT NULL,
    last_ping integer NOT NULL
);

CREATE TABLE oc_talk_bridges (
    id bigint NOT NULL PRIMARY KEY,
    room_id bigint NOT NULL UNIQUE REFERENCES oc_talk_rooms (id),
    json_values text NOT NULL
);

CREATE TABLE oc_talk_commands (
    id bigint NOT NULL PRIMARY KEY,
    app varchar(64),
    name varchar(64) NOT NULL,
    command varchar(64) NOT NULL,
    script text NOT NULL,
    response integer NOT NULL,
    enabled integer NOT NULL
);

CREATE TABLE oc_bruteforce_attempts (
    id bigint NOT NULL PRIMARY KEY,
    action varchar(64) NOT NULL,
    occurred integer NOT NULL,
    ip varchar(255) NOT NULL,
    subnet varchar(255) NOT NULL,
    metadata varchar(255) NOT NULL
);

CREATE TABLE oc_trusted_servers (
    id integer NOT NULL PRIMARY KEY,
    url varchar(512) NOT NULL,
    url_hash varchar(255) NOT NULL UNIQUE,
    token varchar(128),
    shared_secret varchar(256),
    status integer NOT NULL,
    sync_token varchar(512)
);
