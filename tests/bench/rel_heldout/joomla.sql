-- joomla.sql: a nineteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind19). The database of a Joomla
-- (4.x/5.x) site on PostgreSQL, as its installer writes it with the
-- random table prefix of one site (kx9f3_ for #__): the asset tree with
-- its ACL rules, users, user groups, access levels, profiles, keys and
-- MFA records, extensions, templates and their styles, languages,
-- categories, articles (content) with featured items and ratings, tags,
-- the UCM tables, content history, custom fields and their groups and
-- values, menus and menu types, modules, banners and their clients and
-- tracks, contacts, news feeds, private messages, the user action log,
-- privacy requests and consents, redirects, sessions, the updater,
-- post-installation messages, mail templates, workflows, the smart search
-- (finder) index, scheduled tasks and guided tours.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Joomla's installation/sql/
-- postgresql/base.sql and its table classes, trimmed.
-- Conventions: one prefix on every table; most tables keyed by a serial
-- `id`, some by <entity>_id (extension_id, lang_id, update_site_id,
-- message_id, link_id, term_id, filter_id, version_id, type_id,
-- core_content_id); Joomla's own abbreviated names for links: catid ->
-- categories, cid (a banner's client) -> banner_clients, moduleid /
-- menuid, userid on the session; access -> viewlevels; asset_id -> assets
-- (the ACL tree); checked_out (the user editing the row), created_by /
-- modified_by and created_user_id / modified_user_id -> users; the UCM
-- table's core_ prefix (core_catid, core_access, core_created_user_id,
-- core_type_id); menu.menutype, a text key of menu_types; user_keys.
-- user_id, the user's username (text); component_id -> extensions;
-- template_style_id; from_stage_id / to_stage_id -> workflow_stages;
-- node_id -> finder_taxonomy.
-- Joomla declares no foreign keys: the REFERENCES are the links its table
-- classes and models follow (written so for this bench). Left without
-- REFERENCES: language (a code of languages.lang_code, or '*'), the
-- polymorphic item_id columns (action logs, history, field values,
-- workflow associations: the item of an extension or context),
-- content_item_id / ucm_item_id, client_id (site or administrator),
-- folder_id, the JSON lists of group ids in viewlevels.rules and of
-- extensions in action_logs_users, and the text references of
-- action_log_config and content_types.
-- Joomla keeps 0 for "nobody" in checked_out and created_by on older
-- sites; these are written nullable, as Joomla 4 writes NULL. The
-- keys that are also references (content_frontpage.content_id,
-- content_rating.content_id, action_logs_users.user_id) are written `int`
-- (integer in Joomla), so that SQLite does not take them for its rowid.

CREATE TABLE kx9f3_assets (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES kx9f3_assets (id),
    lft integer NOT NULL,
    rgt integer NOT NULL,
    level integer NOT NULL,
    name varchar(50) NOT NULL UNIQUE,
    title varchar(100) NOT NULL,
    rules varchar(5120) NOT NULL
);

CREATE TABLE kx9f3_users (
    id serial PRIMARY KEY,
    name varchar(400) NOT NULL,
    username varchar(150) NOT NULL UNIQUE,
    email varchar(100) NOT NULL,
    password varchar(100) NOT NULL,
    block smallint NOT NULL,
    "sendEmail" smallint,
    "registerDate" timestamp NOT NULL,
    "lastvisitDate" timestamp,
    activation varchar(100) NOT NULL,
    params text NOT NULL,
    "lastResetTime" timestamp,
    "resetCount" integer NOT NULL,
    "otpKey" varchar(1000) NOT NULL,
    otep varchar(1000) NOT NULL,
    "requireReset" smallint NOT NULL,
    "authProvider" varchar(100) NOT NULL
);

CREATE TABLE kx9f3_usergroups (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES kx9f3_usergroups (id),
    lft integer NOT NULL,
    rgt integer NOT NULL,
    title varchar(100) NOT NULL
);

CREATE TABLE kx9f3_user_usergroup_map (
    user_id integer NOT NULL REFERENCES kx9f3_users (id),
    group_id integer NOT NULL REFERENCES kx9f3_usergroups (id),
    PRIMARY KEY (user_id, group_id)
);

CREATE TABLE kx9f3_viewlevels (
    id serial PRIMARY KEY,
    title varchar(100) NOT NULL UNIQUE,
    ordering integer NOT NULL,
    rules varchar(5120) NOT NULL
);

CREATE TABLE kx9f3_user_profiles (
    user_id integer NOT NULL REFERENCES kx9f3_users (id),
    profile_key varchar(100) NOT NULL,
    profile_value text NOT NULL,
    ordering integer NOT NULL
);

CREATE TABLE kx9f3_user_keys (
    id serial PRIMARY KEY,
    user_id varchar(150) NOT NULL REFERENCES kx9f3_users (username),
    token varchar(255) NOT NULL,
    series varchar(191) NOT NULL UNIQUE,
    "time" varchar(200) NOT NULL,
    uastring varchar(255) NOT NULL
);

CREATE TABLE kx9f3_user_mfa (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES kx9f3_users (id),
    title varchar(255) NOT NULL,
    method varchar(100) NOT NULL,
    "default" smallint NOT NULL,
    options text NOT NULL,
    created_on timestamp NOT NULL,
    last_used timestamp
);

CREATE TABLE kx9f3_extensions (
    extension_id serial PRIMARY KEY,
    package_id integer REFERENCES kx9f3_extensions (extension_id),
    name varchar(100) NOT NULL,
    type varchar(20) NOT NULL,
    element varchar(100) NOT NULL,
    changelogurl text,
    folder varchar(100) NOT NULL,
    client_id smallint NOT NULL,
    enabled smallint NOT NULL,
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    protected smallint NOT NULL,
    locked smallint NOT NULL,
    manifest_cache text NOT NULL,
    params text NOT NULL,
    custom_data text NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    ordering integer,
    state integer,
    note varchar(255)
);

CREATE TABLE kx9f3_schemas (
    extension_id integer NOT NULL REFERENCES kx9f3_extensions (extension_id),
    version_id varchar(20) NOT NULL,
    PRIMARY KEY (extension_id, version_id)
);

CREATE TABLE kx9f3_template_styles (
    id serial PRIMARY KEY,
    template varchar(50) NOT NULL,
    client_id smallint NOT NULL,
    home varchar(7) NOT NULL,
    title varchar(255) NOT NULL,
    inheritable smallint NOT NULL,
    parent varchar(50),
    params text NOT NULL
);

CREATE TABLE kx9f3_template_overrides (
    id serial PRIMARY KEY,
    template varchar(50) NOT NULL,
    hash_id varchar(255) NOT NULL,
    extension_id integer REFERENCES kx9f3_extensions (extension_id),
    state smallint NOT NULL,
    action varchar(50) NOT NULL,
    client_id smallint NOT NULL,
    created_date timestamp NOT NULL,
    modified_date timestamp
);

CREATE TABLE kx9f3_languages (
    lang_id serial PRIMARY KEY,
    asset_id integer NOT NULL REFERENCES kx9f3_assets (id),
    lang_code varchar(7) NOT NULL UNIQUE,
    title varchar(50) NOT NULL,
    title_native varchar(50) NOT NULL,
    sef varchar(50) NOT NULL UNIQUE,
    image varchar(50) NOT NULL,
    description varchar(512) NOT NULL,
    metakey text,
    metadesc text NOT NULL,
    sitename varchar(1024) NOT NULL,
    published integer NOT NULL,
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    ordering integer NOT NULL
);

CREATE TABLE kx9f3_categories (
    id serial PRIMARY KEY,
    asset_id integer NOT NULL REFERENCES kx9f3_assets (id),
    parent_id integer REFERENCES kx9f3_categories (id),
    lft integer NOT NULL,
    rgt integer NOT NULL,
    level integer NOT NULL,
    path varchar(400) NOT NULL,
    extension varchar(50) NOT NULL,
    title varchar(255) NOT NULL,
    alias varchar(400) NOT NULL,
    note varchar(255) NOT NULL,
    description text,
    published smallint NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    params text,
    metadesc varchar(1024) NOT NULL,
    metakey varchar(1024),
    metadata varchar(2048) NOT NULL,
    created_user_id integer NOT NULL REFERENCES kx9f3_users (id),
    created_time timestamp NOT NULL,
    modified_user_id integer NOT NULL REFERENCES kx9f3_users (id),
    modified_time timestamp NOT NULL,
    hits integer NOT NULL,
    language varchar(7) NOT NULL,
    version integer NOT NULL
);

CREATE TABLE kx9f3_user_notes (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES kx9f3_users (id),
    catid integer NOT NULL REFERENCES kx9f3_categories (id),
    subject varchar(100) NOT NULL,
    body text NOT NULL,
    state smallint NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    created_user_id integer NOT NULL REFERENCES kx9f3_users (id),
    created_time timestamp NOT NULL,
    modified_user_id integer REFERENCES kx9f3_users (id),
    modified_time timestamp NOT NULL,
    review_time timestamp,
    publish_up timestamp,
    publish_down timestamp
);

CREATE TABLE kx9f3_content (
    id serial PRIMARY KEY,
    asset_id integer NOT NULL REFERENCES kx9f3_assets (id),
    title varchar(255) NOT NULL,
    alias varchar(400) NOT NULL,
    introtext text NOT NULL,
    fulltext text NOT NULL,
    state smallint NOT NULL,
    catid integer NOT NULL REFERENCES kx9f3_categories (id),
    created timestamp NOT NULL,
    created_by integer NOT NULL REFERENCES kx9f3_users (id),
    created_by_alias varchar(255) NOT NULL,
    modified timestamp NOT NULL,
    modified_by integer REFERENCES kx9f3_users (id),
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    publish_up timestamp,
    publish_down timestamp,
    images text NOT NULL,
    urls text NOT NULL,
    attribs varchar(5120) NOT NULL,
    version integer NOT NULL,
    ordering integer NOT NULL,
    metakey text,
    metadesc text NOT NULL,
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    hits integer NOT NULL,
    metadata text NOT NULL,
    featured smallint NOT NULL,
    language varchar(7) NOT NULL,
    note varchar(255) NOT NULL
);

CREATE TABLE kx9f3_content_frontpage (
    content_id int PRIMARY KEY NOT NULL REFERENCES kx9f3_content (id),
    ordering integer NOT NULL,
    featured_up timestamp,
    featured_down timestamp
);

CREATE TABLE kx9f3_content_rating (
    content_id int PRIMARY KEY NOT NULL REFERENCES kx9f3_content (id),
    rating_sum integer NOT NULL,
    rating_count integer NOT NULL,
    lastip varchar(50) NOT NULL
);

CREATE TABLE kx9f3_content_types (
    type_id serial PRIMARY KEY,
    type_title varchar(255) NOT NULL,
    type_alias varchar(255) NOT NULL UNIQUE,
    "table" varchar(2048) NOT NULL,
    rules text NOT NULL,
    field_mappings text NOT NULL,
    router varchar(255) NOT NULL,
    content_history_options varchar(5120)
);

CREATE TABLE kx9f3_tags (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES kx9f3_tags (id),
    lft integer NOT NULL,
    rgt integer NOT NULL,
    level integer NOT NULL,
    path varchar(400) NOT NULL,
    title varchar(255) NOT NULL,
    alias varchar(400) NOT NULL,
    note varchar(255) NOT NULL,
    description text NOT NULL,
    published smallint NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    params text NOT NULL,
    metadesc varchar(1024) NOT NULL,
    metakey varchar(1024),
    metadata varchar(2048) NOT NULL,
    created_user_id integer NOT NULL REFERENCES kx9f3_users (id),
    created_time timestamp NOT NULL,
    created_by_alias varchar(255) NOT NULL,
    modified_user_id integer NOT NULL REFERENCES kx9f3_users (id),
    modified_time timestamp NOT NULL,
    images text NOT NULL,
    urls text NOT NULL,
    hits integer NOT NULL,
    language varchar(7) NOT NULL,
    version integer NOT NULL,
    publish_up timestamp,
    publish_down timestamp
);

CREATE TABLE kx9f3_ucm_content (
    core_content_id serial PRIMARY KEY,
    core_type_alias varchar(400) NOT NULL,
    core_title varchar(400) NOT NULL,
    core_alias varchar(400) NOT NULL,
    core_body text,
    core_state smallint NOT NULL,
    core_checked_out_time timestamp,
    core_checked_out_user_id integer REFERENCES kx9f3_users (id),
    core_access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    core_params text,
    core_featured smallint NOT NULL,
    core_metadata varchar(2048) NOT NULL,
    core_created_user_id integer NOT NULL REFERENCES kx9f3_users (id),
    core_created_by_alias varchar(255) NOT NULL,
    core_created_time timestamp NOT NULL,
    core_modified_user_id integer NOT NULL REFERENCES kx9f3_users (id),
    core_modified_time timestamp NOT NULL,
    core_language varchar(7) NOT NULL,
    core_publish_up timestamp,
    core_publish_down timestamp,
    core_content_item_id integer NOT NULL,
    asset_id integer REFERENCES kx9f3_assets (id),
    core_images text,
    core_urls text,
    core_hits integer NOT NULL,
    core_version integer NOT NULL,
    core_ordering integer NOT NULL,
    core_metakey text,
    core_metadesc text,
    core_catid integer NOT NULL REFERENCES kx9f3_categories (id),
    core_type_id integer REFERENCES kx9f3_content_types (type_id)
);

CREATE TABLE kx9f3_ucm_base (
    ucm_id integer PRIMARY KEY NOT NULL REFERENCES kx9f3_ucm_content (core_content_id),
    ucm_item_id integer NOT NULL,
    ucm_type_id integer NOT NULL REFERENCES kx9f3_content_types (type_id),
    ucm_language_id integer NOT NULL
);

CREATE TABLE kx9f3_contentitem_tag_map (
    type_alias varchar(255) NOT NULL,
    core_content_id integer NOT NULL REFERENCES kx9f3_ucm_content (core_content_id),
    content_item_id integer NOT NULL,
    tag_id integer NOT NULL REFERENCES kx9f3_tags (id),
    tag_date timestamp NOT NULL,
    type_id integer NOT NULL REFERENCES kx9f3_content_types (type_id),
    PRIMARY KEY (type_id, content_item_id, tag_id)
);

CREATE TABLE kx9f3_history (
    version_id serial PRIMARY KEY,
    item_id varchar(50) NOT NULL,
    version_note varchar(255) NOT NULL,
    save_date timestamp NOT NULL,
    editor_user_id integer NOT NULL REFERENCES kx9f3_users (id),
    character_count integer NOT NULL,
    sha1_hash varchar(50) NOT NULL,
    version_data text NOT NULL,
    keep_forever smallint NOT NULL
);

CREATE TABLE kx9f3_fields_groups (
    id serial PRIMARY KEY,
    asset_id integer NOT NULL REFERENCES kx9f3_assets (id),
    context varchar(255) NOT NULL,
    title varchar(255) NOT NULL,
    note varchar(255) NOT NULL,
    description text NOT NULL,
    state smallint NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    ordering integer NOT NULL,
    params text NOT NULL,
    language varchar(7) NOT NULL,
    created timestamp NOT NULL,
    created_by integer NOT NULL REFERENCES kx9f3_users (id),
    modified timestamp NOT NULL,
    modified_by integer NOT NULL REFERENCES kx9f3_users (id),
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id)
);

CREATE TABLE kx9f3_fields (
    id serial PRIMARY KEY,
    asset_id integer NOT NULL REFERENCES kx9f3_assets (id),
    context varchar(255) NOT NULL,
    group_id integer REFERENCES kx9f3_fields_groups (id),
    title varchar(255) NOT NULL,
    name varchar(255) NOT NULL,
    label varchar(255) NOT NULL,
    default_value text,
    type varchar(255) NOT NULL,
    note varchar(255) NOT NULL,
    description text NOT NULL,
    state smallint NOT NULL,
    required smallint NOT NULL,
    only_use_in_subform smallint NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    ordering integer NOT NULL,
    params text NOT NULL,
    fieldparams text NOT NULL,
    language varchar(7) NOT NULL,
    created_time timestamp NOT NULL,
    created_user_id integer NOT NULL REFERENCES kx9f3_users (id),
    modified_time timestamp NOT NULL,
    modified_by integer NOT NULL REFERENCES kx9f3_users (id),
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id)
);

CREATE TABLE kx9f3_fields_categories (
    field_id integer NOT NULL REFERENCES kx9f3_fields (id),
    category_id integer NOT NULL REFERENCES kx9f3_categories (id),
    PRIMARY KEY (field_id, category_id)
);

CREATE TABLE kx9f3_fields_values (
    field_id integer NOT NULL REFERENCES kx9f3_fields (id),
    item_id varchar(255) NOT NULL,
    value text
);

CREATE TABLE kx9f3_menu_types (
    id serial PRIMARY KEY,
    asset_id integer NOT NULL REFERENCES kx9f3_assets (id),
    menutype varchar(24) NOT NULL UNIQUE,
    title varchar(48) NOT NULL,
    description varchar(255) NOT NULL,
    client_id integer NOT NULL
);

CREATE TABLE kx9f3_menu (
    id serial PRIMARY KEY,
    menutype varchar(24) NOT NULL REFERENCES kx9f3_menu_types (menutype),
    title varchar(255) NOT NULL,
    alias varchar(400) NOT NULL,
    note varchar(255) NOT NULL,
    path varchar(1024) NOT NULL,
    link varchar(1024) NOT NULL,
    type varchar(16) NOT NULL,
    published smallint NOT NULL,
    parent_id integer REFERENCES kx9f3_menu (id),
    level integer NOT NULL,
    component_id integer REFERENCES kx9f3_extensions (extension_id),
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    "browserNav" smallint NOT NULL,
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    img varchar(255) NOT NULL,
    template_style_id integer REFERENCES kx9f3_template_styles (id),
    params text NOT NULL,
    lft integer NOT NULL,
    rgt integer NOT NULL,
    home smallint NOT NULL,
    language varchar(7) NOT NULL,
    client_id smallint NOT NULL,
    publish_up timestamp,
    publish_down timestamp
);

CREATE TABLE kx9f3_modules (
    id serial PRIMARY KEY,
    asset_id integer NOT NULL REFERENCES kx9f3_assets (id),
    title varchar(100) NOT NULL,
    note varchar(255) NOT NULL,
    content text,
    ordering integer NOT NULL,
    position varchar(50) NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    publish_up timestamp,
    publish_down timestamp,
    published smallint NOT NULL,
    module varchar(50),
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    showtitle smallint NOT NULL,
    params text NOT NULL,
    client_id smallint NOT NULL,
    language varchar(7) NOT NULL
);

CREATE TABLE kx9f3_modules_menu (
    moduleid integer NOT NULL REFERENCES kx9f3_modules (id),
    menuid integer NOT NULL REFERENCES kx9f3_menu (id),
    PRIMARY KEY (moduleid, menuid)
);

CREATE TABLE kx9f3_banner_clients (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    contact varchar(255) NOT NULL,
    email varchar(255) NOT NULL,
    extrainfo text NOT NULL,
    state smallint NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    metakey text,
    own_prefix smallint NOT NULL,
    metakey_prefix varchar(255) NOT NULL,
    purchase_type smallint NOT NULL,
    track_clicks smallint NOT NULL,
    track_impressions smallint NOT NULL
);

CREATE TABLE kx9f3_banners (
    id serial PRIMARY KEY,
    cid integer REFERENCES kx9f3_banner_clients (id),
    type integer NOT NULL,
    name varchar(255) NOT NULL,
    alias varchar(400) NOT NULL,
    imptotal integer NOT NULL,
    impmade integer NOT NULL,
    clicks integer NOT NULL,
    clickurl varchar(200) NOT NULL,
    state smallint NOT NULL,
    catid integer REFERENCES kx9f3_categories (id),
    description text NOT NULL,
    custombannercode varchar(2048) NOT NULL,
    sticky smallint NOT NULL,
    ordering integer NOT NULL,
    metakey text,
    params text NOT NULL,
    own_prefix smallint NOT NULL,
    metakey_prefix varchar(400) NOT NULL,
    purchase_type smallint NOT NULL,
    track_clicks smallint NOT NULL,
    track_impressions smallint NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    publish_up timestamp,
    publish_down timestamp,
    reset timestamp,
    created timestamp NOT NULL,
    language varchar(7) NOT NULL,
    created_by integer REFERENCES kx9f3_users (id),
    created_by_alias varchar(255) NOT NULL,
    modified timestamp NOT NULL,
    modified_by integer REFERENCES kx9f3_users (id),
    version integer NOT NULL
);

CREATE TABLE kx9f3_banner_tracks (
    track_date timestamp NOT NULL,
    track_type integer NOT NULL,
    banner_id integer NOT NULL REFERENCES kx9f3_banners (id),
    count integer NOT NULL,
    PRIMARY KEY (track_date, track_type, banner_id)
);

CREATE TABLE kx9f3_contact_details (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    alias varchar(400) NOT NULL,
    con_position varchar(255),
    address text,
    suburb varchar(100),
    state varchar(100),
    country varchar(100),
    postcode varchar(100),
    telephone varchar(255),
    fax varchar(255),
    misc text,
    image varchar(255),
    email_to varchar(255),
    default_con smallint NOT NULL,
    published smallint NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    ordering integer NOT NULL,
    params text NOT NULL,
    user_id integer REFERENCES kx9f3_users (id),
    catid integer NOT NULL REFERENCES kx9f3_categories (id),
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    mobile varchar(255) NOT NULL,
    webpage varchar(255) NOT NULL,
    sortname1 varchar(255) NOT NULL,
    sortname2 varchar(255) NOT NULL,
    sortname3 varchar(255) NOT NULL,
    language varchar(7) NOT NULL,
    created timestamp NOT NULL,
    created_by integer NOT NULL REFERENCES kx9f3_users (id),
    created_by_alias varchar(255) NOT NULL,
    modified timestamp NOT NULL,
    modified_by integer NOT NULL REFERENCES kx9f3_users (id),
    metakey text,
    metadesc text NOT NULL,
    metadata text NOT NULL,
    featured smallint NOT NULL,
    publish_up timestamp,
    publish_down timestamp,
    version integer NOT NULL,
    hits integer NOT NULL
);

CREATE TABLE kx9f3_newsfeeds (
    id serial PRIMARY KEY,
    catid integer NOT NULL REFERENCES kx9f3_categories (id),
    name varchar(100) NOT NULL,
    alias varchar(400) NOT NULL,
    link varchar(2048) NOT NULL,
    published smallint NOT NULL,
    numarticles integer NOT NULL,
    cache_time integer NOT NULL,
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    ordering integer NOT NULL,
    rtl smallint NOT NULL,
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    language varchar(7) NOT NULL,
    params text NOT NULL,
    created timestamp NOT NULL,
    created_by integer NOT NULL REFERENCES kx9f3_users (id),
    created_by_alias varchar(255) NOT NULL,
    modified timestamp NOT NULL,
    modified_by integer NOT NULL REFERENCES kx9f3_users (id),
    metakey text,
    metadesc text NOT NULL,
    metadata text NOT NULL,
    publish_up timestamp,
    publish_down timestamp,
    description text NOT NULL,
    version integer NOT NULL,
    hits integer NOT NULL,
    images text NOT NULL
);

CREATE TABLE kx9f3_messages (
    message_id serial PRIMARY KEY,
    user_id_from integer NOT NULL REFERENCES kx9f3_users (id),
    user_id_to integer NOT NULL REFERENCES kx9f3_users (id),
    folder_id smallint NOT NULL,
    date_time timestamp NOT NULL,
    state smallint NOT NULL,
    priority smallint NOT NULL,
    subject varchar(255) NOT NULL,
    message text NOT NULL
);

CREATE TABLE kx9f3_messages_cfg (
    user_id integer NOT NULL REFERENCES kx9f3_users (id),
    cfg_name varchar(100) NOT NULL,
    cfg_value varchar(255) NOT NULL
);

CREATE TABLE kx9f3_action_logs (
    id serial PRIMARY KEY,
    message_language_key varchar(255) NOT NULL,
    message text NOT NULL,
    log_date timestamp NOT NULL,
    extension varchar(50) NOT NULL,
    user_id integer NOT NULL REFERENCES kx9f3_users (id),
    item_id integer NOT NULL,
    ip_address varchar(40) NOT NULL
);

CREATE TABLE kx9f3_action_logs_users (
    user_id int PRIMARY KEY NOT NULL REFERENCES kx9f3_users (id),
    notify smallint NOT NULL,
    extensions text NOT NULL
);

CREATE TABLE kx9f3_action_log_config (
    id serial PRIMARY KEY,
    type_title varchar(255) NOT NULL,
    type_alias varchar(255) NOT NULL,
    id_holder varchar(255),
    title_holder varchar(255),
    table_name varchar(255),
    text_prefix varchar(255)
);

CREATE TABLE kx9f3_privacy_requests (
    id serial PRIMARY KEY,
    email varchar(100) NOT NULL,
    requested_at timestamp NOT NULL,
    status smallint NOT NULL,
    request_type varchar(25) NOT NULL,
    confirm_token varchar(100) NOT NULL,
    confirm_token_created_at timestamp
);

CREATE TABLE kx9f3_privacy_consents (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES kx9f3_users (id),
    state integer NOT NULL,
    created timestamp NOT NULL,
    subject varchar(255) NOT NULL,
    body text NOT NULL,
    remind smallint NOT NULL,
    token varchar(100) NOT NULL
);

CREATE TABLE kx9f3_redirect_links (
    id serial PRIMARY KEY,
    old_url varchar(2048) NOT NULL,
    new_url varchar(2048),
    referer varchar(2048) NOT NULL,
    comment varchar(255) NOT NULL,
    hits integer NOT NULL,
    published smallint NOT NULL,
    created_date timestamp NOT NULL,
    modified_date timestamp,
    header integer NOT NULL
);

CREATE TABLE kx9f3_session (
    session_id bytea PRIMARY KEY,
    client_id smallint,
    guest smallint,
    "time" integer NOT NULL,
    data text,
    userid integer REFERENCES kx9f3_users (id),
    username varchar(150)
);

CREATE TABLE kx9f3_update_sites (
    update_site_id serial PRIMARY KEY,
    name varchar(100),
    type varchar(20),
    location text NOT NULL,
    enabled integer,
    last_check_timestamp bigint,
    extra_query varchar(1000),
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp
);

CREATE TABLE kx9f3_update_sites_extensions (
    update_site_id integer NOT NULL REFERENCES kx9f3_update_sites (update_site_id),
    extension_id integer NOT NULL REFERENCES kx9f3_extensions (extension_id),
    PRIMARY KEY (update_site_id, extension_id)
);

CREATE TABLE kx9f3_updates (
    update_id serial PRIMARY KEY,
    update_site_id integer REFERENCES kx9f3_update_sites (update_site_id),
    extension_id integer REFERENCES kx9f3_extensions (extension_id),
    name varchar(100),
    description text NOT NULL,
    element varchar(100),
    type varchar(20),
    folder varchar(20),
    client_id smallint,
    version varchar(32),
    data text NOT NULL,
    detailsurl text NOT NULL,
    infourl text NOT NULL,
    changelogurl text,
    extra_query varchar(1000)
);

CREATE TABLE kx9f3_postinstall_messages (
    postinstall_message_id serial PRIMARY KEY,
    extension_id integer NOT NULL REFERENCES kx9f3_extensions (extension_id),
    title_key varchar(255) NOT NULL,
    description_key varchar(255) NOT NULL,
    action_key varchar(255) NOT NULL,
    language_extension varchar(255) NOT NULL,
    language_client_id smallint NOT NULL,
    type varchar(10) NOT NULL,
    action_file varchar(255),
    action varchar(255),
    condition_file varchar(255),
    condition_method varchar(255),
    version_introduced varchar(255) NOT NULL,
    enabled smallint NOT NULL
);

CREATE TABLE kx9f3_mail_templates (
    template_id varchar(127) NOT NULL,
    extension varchar(127) NOT NULL,
    language char(7) NOT NULL,
    subject varchar(255) NOT NULL,
    body text NOT NULL,
    htmlbody text NOT NULL,
    attachments text NOT NULL,
    params text NOT NULL,
    PRIMARY KEY (template_id, language)
);

CREATE TABLE kx9f3_workflows (
    id serial PRIMARY KEY,
    asset_id integer REFERENCES kx9f3_assets (id),
    published smallint NOT NULL,
    title varchar(255) NOT NULL,
    description text NOT NULL,
    extension varchar(50) NOT NULL,
    "default" smallint NOT NULL,
    core smallint NOT NULL,
    ordering integer NOT NULL,
    created timestamp NOT NULL,
    created_by integer NOT NULL REFERENCES kx9f3_users (id),
    modified timestamp NOT NULL,
    modified_by integer NOT NULL REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    checked_out integer REFERENCES kx9f3_users (id)
);

CREATE TABLE kx9f3_workflow_stages (
    id serial PRIMARY KEY,
    asset_id integer REFERENCES kx9f3_assets (id),
    ordering integer NOT NULL,
    workflow_id integer NOT NULL REFERENCES kx9f3_workflows (id),
    published smallint NOT NULL,
    title varchar(255) NOT NULL,
    description text NOT NULL,
    "default" smallint NOT NULL,
    checked_out_time timestamp,
    checked_out integer REFERENCES kx9f3_users (id)
);

CREATE TABLE kx9f3_workflow_transitions (
    id serial PRIMARY KEY,
    asset_id integer REFERENCES kx9f3_assets (id),
    ordering integer NOT NULL,
    workflow_id integer NOT NULL REFERENCES kx9f3_workflows (id),
    published smallint NOT NULL,
    title varchar(255) NOT NULL,
    description text NOT NULL,
    from_stage_id integer NOT NULL REFERENCES kx9f3_workflow_stages (id),
    to_stage_id integer NOT NULL REFERENCES kx9f3_workflow_stages (id),
    options text NOT NULL,
    checked_out_time timestamp,
    checked_out integer REFERENCES kx9f3_users (id)
);

CREATE TABLE kx9f3_workflow_associations (
    item_id integer NOT NULL,
    stage_id integer NOT NULL REFERENCES kx9f3_workflow_stages (id),
    extension varchar(50) NOT NULL,
    PRIMARY KEY (item_id, extension)
);

CREATE TABLE kx9f3_finder_types (
    id serial PRIMARY KEY,
    title varchar(100) NOT NULL UNIQUE,
    mime varchar(100) NOT NULL
);

CREATE TABLE kx9f3_finder_links (
    link_id serial PRIMARY KEY,
    url varchar(255) NOT NULL,
    route varchar(400) NOT NULL,
    title varchar(400),
    description text,
    indexdate timestamp NOT NULL,
    md5sum varchar(32),
    published smallint NOT NULL,
    state integer NOT NULL,
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    language varchar(7) NOT NULL,
    publish_start_date timestamp,
    publish_end_date timestamp,
    start_date timestamp,
    end_date timestamp,
    list_price numeric(8,2) NOT NULL,
    sale_price numeric(8,2) NOT NULL,
    type_id integer NOT NULL REFERENCES kx9f3_finder_types (id),
    object bytea
);

CREATE TABLE kx9f3_finder_terms (
    term_id serial PRIMARY KEY,
    term varchar(75) NOT NULL,
    stem varchar(75) NOT NULL,
    common smallint NOT NULL,
    phrase smallint NOT NULL,
    weight numeric(8,2) NOT NULL,
    soundex varchar(75) NOT NULL,
    links integer NOT NULL,
    language varchar(7) NOT NULL
);

CREATE TABLE kx9f3_finder_links_terms (
    link_id integer NOT NULL REFERENCES kx9f3_finder_links (link_id),
    term_id integer NOT NULL REFERENCES kx9f3_finder_terms (term_id),
    weight numeric(8,2) NOT NULL,
    PRIMARY KEY (link_id, term_id)
);

CREATE TABLE kx9f3_finder_taxonomy (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES kx9f3_finder_taxonomy (id),
    lft integer NOT NULL,
    rgt integer NOT NULL,
    level integer NOT NULL,
    path varchar(400) NOT NULL,
    title varchar(255) NOT NULL,
    alias varchar(400) NOT NULL,
    state smallint NOT NULL,
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id),
    language varchar(7) NOT NULL
);

CREATE TABLE kx9f3_finder_taxonomy_map (
    link_id integer NOT NULL REFERENCES kx9f3_finder_links (link_id),
    node_id integer NOT NULL REFERENCES kx9f3_finder_taxonomy (id),
    PRIMARY KEY (link_id, node_id)
);

CREATE TABLE kx9f3_finder_filters (
    filter_id serial PRIMARY KEY,
    title varchar(255) NOT NULL,
    alias varchar(255) NOT NULL,
    state smallint NOT NULL,
    created timestamp NOT NULL,
    created_by integer NOT NULL REFERENCES kx9f3_users (id),
    created_by_alias varchar(255) NOT NULL,
    modified timestamp NOT NULL,
    modified_by integer NOT NULL REFERENCES kx9f3_users (id),
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    map_count integer NOT NULL,
    data text,
    params text
);

CREATE TABLE kx9f3_scheduler_tasks (
    id serial PRIMARY KEY,
    asset_id integer NOT NULL REFERENCES kx9f3_assets (id),
    title varchar(255) NOT NULL,
    type varchar(128) NOT NULL,
    execution_rules text,
    cron_rules text,
    state smallint NOT NULL,
    last_exit_code integer NOT NULL,
    last_execution timestamp,
    next_execution timestamp,
    times_executed integer NOT NULL,
    times_failed integer NOT NULL,
    locked timestamp,
    priority smallint NOT NULL,
    ordering integer NOT NULL,
    cli_exclusive smallint NOT NULL,
    params text NOT NULL,
    note text,
    created timestamp NOT NULL,
    created_by integer NOT NULL REFERENCES kx9f3_users (id),
    checked_out integer REFERENCES kx9f3_users (id),
    checked_out_time timestamp
);

CREATE TABLE kx9f3_guidedtours (
    id serial PRIMARY KEY,
    title varchar(255) NOT NULL,
    uid varchar(255) NOT NULL,
    description text NOT NULL,
    ordering integer NOT NULL,
    extensions text NOT NULL,
    url varchar(255) NOT NULL,
    created timestamp NOT NULL,
    created_by integer NOT NULL REFERENCES kx9f3_users (id),
    modified timestamp NOT NULL,
    modified_by integer NOT NULL REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    checked_out integer REFERENCES kx9f3_users (id),
    published smallint NOT NULL,
    language varchar(7) NOT NULL,
    access integer NOT NULL REFERENCES kx9f3_viewlevels (id)
);

CREATE TABLE kx9f3_guidedtour_steps (
    id serial PRIMARY KEY,
    tour_id integer NOT NULL REFERENCES kx9f3_guidedtours (id),
    title varchar(255) NOT NULL,
    published smallint NOT NULL,
    description text NOT NULL,
    ordering integer NOT NULL,
    position varchar(255) NOT NULL,
    target varchar(255) NOT NULL,
    type integer NOT NULL,
    interactive_type integer NOT NULL,
    url varchar(255) NOT NULL,
    created timestamp NOT NULL,
    created_by integer NOT NULL REFERENCES kx9f3_users (id),
    modified timestamp NOT NULL,
    modified_by integer NOT NULL REFERENCES kx9f3_users (id),
    checked_out_time timestamp,
    checked_out integer REFERENCES kx9f3_users (id),
    language varchar(7) NOT NULL
);
