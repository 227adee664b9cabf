-- typo3.sql: a twenty-second blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind22). The database of a TYPO3 9.5
-- LTS site on PostgreSQL (its ext_tables.sql files, as the schema analyser
-- creates them): the page tree and content elements, site languages and
-- domains, TypoScript templates, backend and frontend users and groups
-- with their sessions, the file abstraction layer (storages, files,
-- metadata, references, processed files, collections, file mounts),
-- categories, the system log, history, reference index, locks, redirects,
-- notes, workspaces, shortcuts, backend actions, backend layouts, the
-- scheduler, the link validator, indexed_search, the news extension
-- (georgringer/news), and a German agency extension for a sports club
-- (tx_vereinsverwaltung: Verein, Abteilung, Mitglied, Beitragsklasse,
-- Beitrag, Mannschaft, Spielstaette, Veranstaltung, Teilnahme), written in
-- Extbase style.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of TYPO3's core ext_tables.sql
-- files and TCA, trimmed.
-- Conventions: every record table keyed by an integer `uid`, with `pid`
-- (the page the record is stored on, -> pages.uid) and cruser_id (the
-- backend user who created it); translations by sys_language_uid with
-- l10n_parent / l18n_parent (the record in the default language, same
-- table); workspace versions by t3ver_oid (same table) and t3ver_wsid;
-- links named by the TCA field, mostly without suffix (storage, original,
-- file, parent, base, shortcut, mount_pid, content_from_pid, userid,
-- ses_userid, createdby, cruser, task_group, parentid, record_pid,
-- event_pid, data_page_id, rl0 / rl1 / rl2, phash, wid); many-to-many
-- tables *_mm with uid_local / uid_foreign; polymorphic references named by
-- a table-name column beside a uid (sys_file_reference.uid_foreign with
-- tablenames, sys_category_record_mm, sys_refindex, sys_history.recuid,
-- sys_log.recuid, sys_lockedrecords.record_uid, tx_linkvalidator_link);
-- the club extension in German (verein, abteilung, mitglied,
-- vorsitzender, leiter, trainer, beitragsklasse, spielstaette,
-- veranstalter, veranstaltung).
-- TYPO3 declares no FKs: the REFERENCES are the links its TCA defines
-- (select / group / inline fields with a foreign_table, foreign_field
-- parents, and MM tables) and those its core code follows (pid, cruser_id,
-- sessions, log and history users).
-- Left without REFERENCES: the polymorphic uids named above (their table
-- is in a text column), the comma-separated lists (usergroup, subgroup,
-- fe_group, db_mountpoints, file_mountpoints, records, pages, basedOn,
-- adminusers, members, responsible_persons), the inline counters that hold
-- a number of children, not a uid (fal_media, fal_related_files,
-- related, related_from, related_links, tags, categories, items, files,
-- metadata, media, image, assets, avatar, assign_to_groups, abteilungen,
-- mannschaften, spieler, teilnahmen, bilder, logo, foto), pid of the
-- root-level tables and of the log tables (always 0: be_users, be_groups,
-- sys_language, sys_file_storage, sys_file, sys_file_metadata,
-- sys_filemounts, sys_workspace, sys_workspace_stage, sys_news,
-- sys_action, tx_scheduler_task_group, sys_log, sys_history),
-- backend_layout / backend_layout_next_level (text keys such as
-- pagets__default), colPos, the text identifiers and hashes
-- (identifier_hash, folder_hash, sys_refindex.hash, phash_grouping,
-- contentHash, phash_t3, phash_x, hash_gr_list), index_phash.recordUid
-- (a uid of the table its index_config names), sys_history.correlation_id.

CREATE TABLE sys_language (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    title varchar(80) NOT NULL DEFAULT '',
    flag varchar(20) NOT NULL DEFAULT '',
    language_isocode varchar(2) NOT NULL DEFAULT '',
    sorting integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_workspace (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    title varchar(30) NOT NULL DEFAULT '',
    description text,
    adminusers varchar(4000) NOT NULL DEFAULT '',
    members varchar(4000) NOT NULL DEFAULT '',
    db_mountpoints varchar(255) NOT NULL DEFAULT '',
    file_mountpoints varchar(255) NOT NULL DEFAULT '',
    publish_time integer NOT NULL DEFAULT 0,
    "freeze" smallint NOT NULL DEFAULT 0,
    live_edit smallint NOT NULL DEFAULT 0,
    publish_access smallint NOT NULL DEFAULT 0,
    custom_stages integer NOT NULL DEFAULT 0,
    stagechg_notification smallint NOT NULL DEFAULT 0,
    edit_notification_defaults varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE be_users (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    username varchar(50) NOT NULL DEFAULT '',
    description varchar(2000) NOT NULL DEFAULT '',
    avatar integer NOT NULL DEFAULT 0,
    password varchar(100) NOT NULL DEFAULT '',
    admin smallint NOT NULL DEFAULT 0,
    usergroup varchar(255) NOT NULL DEFAULT '',
    disable smallint NOT NULL DEFAULT 0,
    starttime integer NOT NULL DEFAULT 0,
    endtime integer NOT NULL DEFAULT 0,
    lang varchar(6) NOT NULL DEFAULT '',
    email varchar(255) NOT NULL DEFAULT '',
    db_mountpoints text,
    options smallint NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    realName varchar(80) NOT NULL DEFAULT '',
    userMods text,
    allowed_languages varchar(255) NOT NULL DEFAULT '',
    uc text,
    file_mountpoints text,
    file_permissions text,
    workspace_perms smallint NOT NULL DEFAULT 1,
    lockToDomain varchar(50) NOT NULL DEFAULT '',
    disableIPlock smallint NOT NULL DEFAULT 0,
    TSconfig text,
    lastlogin integer NOT NULL DEFAULT 0,
    createdByAction integer NOT NULL DEFAULT 0 REFERENCES sys_action (uid),
    usergroup_cached_list text,
    workspace_id integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    category_perms text
);

CREATE TABLE be_groups (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    title varchar(50) NOT NULL DEFAULT '',
    non_exclude_fields text,
    explicit_allowdeny text,
    allowed_languages varchar(255) NOT NULL DEFAULT '',
    custom_options text,
    db_mountpoints text,
    pagetypes_select varchar(255) NOT NULL DEFAULT '',
    tables_select text,
    tables_modify text,
    groupMods text,
    file_mountpoints text,
    file_permissions text,
    hidden smallint NOT NULL DEFAULT 0,
    description text,
    lockToDomain varchar(50) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    TSconfig text,
    subgroup text,
    workspace_perms smallint NOT NULL DEFAULT 1,
    category_perms text
);

CREATE TABLE be_sessions (
    ses_id varchar(190) NOT NULL PRIMARY KEY,
    ses_iplock varchar(39) NOT NULL DEFAULT '',
    ses_userid integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    ses_tstamp integer NOT NULL DEFAULT 0,
    ses_data bytea,
    ses_backuserid integer NOT NULL DEFAULT 0 REFERENCES be_users (uid)
);

CREATE TABLE pages (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    starttime integer NOT NULL DEFAULT 0,
    endtime integer NOT NULL DEFAULT 0,
    fe_group varchar(255) NOT NULL DEFAULT '0',
    sorting integer NOT NULL DEFAULT 0,
    rowDescription text,
    editlock smallint NOT NULL DEFAULT 0,
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l10n_parent integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    l10n_source integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    l10n_state text,
    l10n_diffsource bytea,
    t3ver_oid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    t3ver_id integer NOT NULL DEFAULT 0,
    t3ver_label varchar(255) NOT NULL DEFAULT '',
    t3ver_wsid integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    t3ver_state smallint NOT NULL DEFAULT 0,
    t3ver_stage integer NOT NULL DEFAULT 0,
    t3ver_count integer NOT NULL DEFAULT 0,
    t3ver_tstamp integer NOT NULL DEFAULT 0,
    t3ver_move_id integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    perms_userid integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    perms_groupid integer NOT NULL DEFAULT 0 REFERENCES be_groups (uid),
    perms_user smallint NOT NULL DEFAULT 0,
    perms_group smallint NOT NULL DEFAULT 0,
    perms_everybody smallint NOT NULL DEFAULT 0,
    title varchar(255) NOT NULL DEFAULT '',
    slug varchar(2048),
    doktype integer NOT NULL DEFAULT 0,
    TSconfig text,
    is_siteroot smallint NOT NULL DEFAULT 0,
    php_tree_stop smallint NOT NULL DEFAULT 0,
    url varchar(255) NOT NULL DEFAULT '',
    shortcut integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    shortcut_mode integer NOT NULL DEFAULT 0,
    subtitle varchar(255) NOT NULL DEFAULT '',
    layout integer NOT NULL DEFAULT 0,
    target varchar(80) NOT NULL DEFAULT '',
    media integer NOT NULL DEFAULT 0,
    lastUpdated integer NOT NULL DEFAULT 0,
    keywords text,
    cache_timeout integer NOT NULL DEFAULT 0,
    cache_tags varchar(255) NOT NULL DEFAULT '',
    newUntil integer NOT NULL DEFAULT 0,
    description text,
    no_search smallint NOT NULL DEFAULT 0,
    SYS_LASTCHANGED integer NOT NULL DEFAULT 0,
    abstract text,
    module varchar(255) NOT NULL DEFAULT '',
    extendToSubpages smallint NOT NULL DEFAULT 0,
    author varchar(255) NOT NULL DEFAULT '',
    author_email varchar(255) NOT NULL DEFAULT '',
    nav_title varchar(255) NOT NULL DEFAULT '',
    nav_hide smallint NOT NULL DEFAULT 0,
    content_from_pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    mount_pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    mount_pid_ol smallint NOT NULL DEFAULT 0,
    l18n_cfg smallint NOT NULL DEFAULT 0,
    backend_layout varchar(64) NOT NULL DEFAULT '',
    backend_layout_next_level varchar(64) NOT NULL DEFAULT '',
    tsconfig_includes text,
    categories integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_domain (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    hidden smallint NOT NULL DEFAULT 0,
    domainName varchar(80) NOT NULL DEFAULT '',
    sorting integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_template (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    t3ver_oid integer NOT NULL DEFAULT 0 REFERENCES sys_template (uid),
    t3ver_wsid integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    t3ver_state smallint NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    sorting integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    title varchar(255) NOT NULL DEFAULT '',
    sitetitle varchar(255) NOT NULL DEFAULT '',
    hidden smallint NOT NULL DEFAULT 0,
    starttime integer NOT NULL DEFAULT 0,
    endtime integer NOT NULL DEFAULT 0,
    root smallint NOT NULL DEFAULT 0,
    clear smallint NOT NULL DEFAULT 0,
    include_static_file text,
    constants text,
    config text,
    nextLevel varchar(5) NOT NULL DEFAULT '',
    description text,
    basedOn text,
    deleted smallint NOT NULL DEFAULT 0,
    includeStaticAfterBasedOn smallint NOT NULL DEFAULT 0,
    static_file_mode smallint NOT NULL DEFAULT 0
);

CREATE TABLE backend_layout (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    t3ver_oid integer NOT NULL DEFAULT 0 REFERENCES backend_layout (uid),
    t3ver_wsid integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    hidden smallint NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    sorting integer NOT NULL DEFAULT 0,
    title varchar(255) NOT NULL DEFAULT '',
    description text,
    config text NOT NULL,
    icon text
);

CREATE TABLE fe_groups (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    title varchar(50) NOT NULL DEFAULT '',
    hidden smallint NOT NULL DEFAULT 0,
    lockToDomain varchar(50) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    description text,
    subgroup text,
    TSconfig text,
    felogin_redirectPid text
);

CREATE TABLE fe_users (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    username varchar(255) NOT NULL DEFAULT '',
    password varchar(100) NOT NULL DEFAULT '',
    usergroup text,
    disable smallint NOT NULL DEFAULT 0,
    starttime integer NOT NULL DEFAULT 0,
    endtime integer NOT NULL DEFAULT 0,
    name varchar(160) NOT NULL DEFAULT '',
    first_name varchar(50) NOT NULL DEFAULT '',
    middle_name varchar(50) NOT NULL DEFAULT '',
    last_name varchar(50) NOT NULL DEFAULT '',
    address varchar(255) NOT NULL DEFAULT '',
    telephone varchar(30) NOT NULL DEFAULT '',
    fax varchar(30) NOT NULL DEFAULT '',
    email varchar(255) NOT NULL DEFAULT '',
    lockToDomain varchar(50) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    uc bytea,
    title varchar(40) NOT NULL DEFAULT '',
    zip varchar(10) NOT NULL DEFAULT '',
    city varchar(50) NOT NULL DEFAULT '',
    country varchar(40) NOT NULL DEFAULT '',
    www varchar(80) NOT NULL DEFAULT '',
    company varchar(80) NOT NULL DEFAULT '',
    image text,
    TSconfig text,
    lastlogin integer NOT NULL DEFAULT 0,
    is_online integer NOT NULL DEFAULT 0,
    felogin_redirectPid text,
    felogin_forgotHash varchar(80) DEFAULT ''
);

CREATE TABLE fe_sessions (
    ses_id varchar(190) NOT NULL PRIMARY KEY,
    ses_iplock varchar(39) NOT NULL DEFAULT '',
    ses_userid integer NOT NULL DEFAULT 0 REFERENCES fe_users (uid),
    ses_tstamp integer NOT NULL DEFAULT 0,
    ses_data bytea,
    ses_permanent smallint NOT NULL DEFAULT 0,
    ses_anonymous smallint NOT NULL DEFAULT 0
);

CREATE TABLE sys_file_storage (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    name varchar(255) NOT NULL DEFAULT '',
    description text,
    driver varchar(255) NOT NULL DEFAULT '',
    configuration text,
    is_default smallint NOT NULL DEFAULT 0,
    is_browsable smallint NOT NULL DEFAULT 0,
    is_public smallint NOT NULL DEFAULT 0,
    is_writable smallint NOT NULL DEFAULT 0,
    is_online smallint NOT NULL DEFAULT 1,
    auto_extract_metadata smallint NOT NULL DEFAULT 1,
    processingfolder varchar(255)
);

CREATE TABLE sys_file (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    last_indexed integer NOT NULL DEFAULT 0,
    missing smallint NOT NULL DEFAULT 0,
    storage integer NOT NULL DEFAULT 0 REFERENCES sys_file_storage (uid),
    type varchar(10) NOT NULL DEFAULT '',
    metadata integer NOT NULL DEFAULT 0,
    identifier text,
    identifier_hash char(40) NOT NULL DEFAULT '',
    folder_hash char(40) NOT NULL DEFAULT '',
    extension varchar(255) NOT NULL DEFAULT '',
    mime_type varchar(255) NOT NULL DEFAULT '',
    name text,
    sha1 char(40) NOT NULL DEFAULT '',
    size bigint NOT NULL DEFAULT 0,
    creation_date integer NOT NULL DEFAULT 0,
    modification_date integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_file_metadata (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l10n_parent integer NOT NULL DEFAULT 0 REFERENCES sys_file_metadata (uid),
    l10n_state text,
    l10n_diffsource bytea,
    t3ver_oid integer NOT NULL DEFAULT 0 REFERENCES sys_file_metadata (uid),
    t3ver_wsid integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    t3ver_state smallint NOT NULL DEFAULT 0,
    file integer NOT NULL DEFAULT 0 REFERENCES sys_file (uid),
    title text,
    width integer NOT NULL DEFAULT 0,
    height integer NOT NULL DEFAULT 0,
    description text,
    alternative text,
    categories integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_file_reference (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l10n_parent integer NOT NULL DEFAULT 0 REFERENCES sys_file_reference (uid),
    l10n_state text,
    l10n_diffsource bytea,
    t3ver_oid integer NOT NULL DEFAULT 0 REFERENCES sys_file_reference (uid),
    t3ver_wsid integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    t3ver_state smallint NOT NULL DEFAULT 0,
    uid_local integer NOT NULL DEFAULT 0 REFERENCES sys_file (uid),
    uid_foreign integer NOT NULL DEFAULT 0,
    tablenames varchar(64) NOT NULL DEFAULT '',
    fieldname varchar(64) NOT NULL DEFAULT '',
    sorting_foreign integer NOT NULL DEFAULT 0,
    table_local varchar(64) NOT NULL DEFAULT '',
    title text,
    description text,
    alternative text,
    link varchar(1024) NOT NULL DEFAULT '',
    crop varchar(4000) NOT NULL DEFAULT '',
    autoplay smallint NOT NULL DEFAULT 0
);

CREATE TABLE sys_file_processedfile (
    uid serial PRIMARY KEY,
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    storage integer NOT NULL DEFAULT 0 REFERENCES sys_file_storage (uid),
    original integer NOT NULL DEFAULT 0 REFERENCES sys_file (uid),
    identifier varchar(512) NOT NULL DEFAULT '',
    name text,
    configuration text,
    configurationsha1 char(40) NOT NULL DEFAULT '',
    originalfilesha1 char(40) NOT NULL DEFAULT '',
    task_type varchar(200) NOT NULL DEFAULT '',
    checksum char(10) NOT NULL DEFAULT '',
    width integer DEFAULT 0,
    height integer DEFAULT 0
);

CREATE TABLE sys_file_collection (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l10n_parent integer NOT NULL DEFAULT 0 REFERENCES sys_file_collection (uid),
    title varchar(255),
    description text,
    type varchar(30) NOT NULL DEFAULT 'static',
    files integer NOT NULL DEFAULT 0,
    storage integer NOT NULL DEFAULT 0 REFERENCES sys_file_storage (uid),
    folder text,
    recursive smallint NOT NULL DEFAULT 0,
    category integer NOT NULL DEFAULT 0 REFERENCES sys_category (uid)
);

CREATE TABLE sys_filemounts (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    title varchar(255) NOT NULL DEFAULT '',
    description varchar(2000) NOT NULL DEFAULT '',
    path varchar(255) NOT NULL DEFAULT '',
    base integer NOT NULL DEFAULT 0 REFERENCES sys_file_storage (uid),
    hidden smallint NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    read_only smallint NOT NULL DEFAULT 0,
    sorting integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_category (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    starttime integer NOT NULL DEFAULT 0,
    endtime integer NOT NULL DEFAULT 0,
    sorting integer NOT NULL DEFAULT 0,
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l10n_parent integer NOT NULL DEFAULT 0 REFERENCES sys_category (uid),
    l10n_state text,
    l10n_diffsource bytea,
    t3ver_oid integer NOT NULL DEFAULT 0 REFERENCES sys_category (uid),
    t3ver_wsid integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    t3ver_state smallint NOT NULL DEFAULT 0,
    title varchar(255) NOT NULL DEFAULT '',
    description text,
    parent integer NOT NULL DEFAULT 0 REFERENCES sys_category (uid),
    items integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_category_record_mm (
    uid_local integer NOT NULL DEFAULT 0 REFERENCES sys_category (uid),
    uid_foreign integer NOT NULL DEFAULT 0,
    tablenames varchar(255) NOT NULL DEFAULT '',
    fieldname varchar(255) NOT NULL DEFAULT '',
    sorting integer NOT NULL DEFAULT 0,
    sorting_foreign integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_collection (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l10n_parent integer NOT NULL DEFAULT 0 REFERENCES sys_collection (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    title varchar(255),
    description text,
    type varchar(32) NOT NULL DEFAULT 'static',
    table_name varchar(255) NOT NULL DEFAULT '',
    items integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_collection_entries (
    uid serial PRIMARY KEY,
    uid_local integer NOT NULL DEFAULT 0 REFERENCES sys_collection (uid),
    uid_foreign integer NOT NULL DEFAULT 0,
    tablenames varchar(64) NOT NULL DEFAULT '',
    sorting integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_log (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    userid integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    action smallint NOT NULL DEFAULT 0,
    recuid integer NOT NULL DEFAULT 0,
    tablename varchar(255) NOT NULL DEFAULT '',
    recpid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    error smallint NOT NULL DEFAULT 0,
    details text,
    type smallint NOT NULL DEFAULT 0,
    details_nr smallint NOT NULL DEFAULT 0,
    IP varchar(39) NOT NULL DEFAULT '',
    log_data text,
    event_pid integer NOT NULL DEFAULT -1 REFERENCES pages (uid),
    workspace integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    NEWid varchar(30) NOT NULL DEFAULT '',
    request_id varchar(13) NOT NULL DEFAULT '',
    time_micro double precision NOT NULL DEFAULT 0,
    component varchar(255) NOT NULL DEFAULT '',
    level smallint NOT NULL DEFAULT 0,
    message text,
    data text
);

CREATE TABLE sys_history (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    actiontype smallint NOT NULL DEFAULT 0,
    usertype varchar(2) NOT NULL DEFAULT 'BE',
    userid integer REFERENCES be_users (uid),
    originaluserid integer REFERENCES be_users (uid),
    recuid integer NOT NULL DEFAULT 0,
    tablename varchar(255) NOT NULL DEFAULT '',
    history_data text,
    workspace integer DEFAULT 0 REFERENCES sys_workspace (uid),
    correlation_id varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE sys_refindex (
    hash varchar(32) NOT NULL PRIMARY KEY,
    tablename varchar(255) NOT NULL DEFAULT '',
    recuid integer NOT NULL DEFAULT 0,
    field varchar(64) NOT NULL DEFAULT '',
    flexpointer varchar(255) NOT NULL DEFAULT '',
    softref_key varchar(30) NOT NULL DEFAULT '',
    softref_id varchar(40) NOT NULL DEFAULT '',
    sorting integer NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    workspace integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    ref_table varchar(255) NOT NULL DEFAULT '',
    ref_uid integer NOT NULL DEFAULT 0,
    ref_string varchar(1024) NOT NULL DEFAULT ''
);

CREATE TABLE sys_lockedrecords (
    uid serial PRIMARY KEY,
    userid integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    tstamp integer NOT NULL DEFAULT 0,
    record_table varchar(255) NOT NULL DEFAULT '',
    record_uid integer NOT NULL DEFAULT 0,
    record_pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    username varchar(50) NOT NULL DEFAULT '',
    feuserid integer NOT NULL DEFAULT 0 REFERENCES fe_users (uid)
);

CREATE TABLE sys_redirect (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    updatedon integer NOT NULL DEFAULT 0,
    createdon integer NOT NULL DEFAULT 0,
    createdby integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    disabled smallint NOT NULL DEFAULT 0,
    starttime integer NOT NULL DEFAULT 0,
    endtime integer NOT NULL DEFAULT 0,
    source_host varchar(255) NOT NULL DEFAULT '',
    source_path varchar(2048) NOT NULL DEFAULT '',
    is_regexp smallint NOT NULL DEFAULT 0,
    force_https smallint NOT NULL DEFAULT 0,
    respect_query_parameters smallint NOT NULL DEFAULT 0,
    keep_query_parameters smallint NOT NULL DEFAULT 0,
    target varchar(2048) NOT NULL DEFAULT '',
    target_statuscode integer NOT NULL DEFAULT 307,
    hitcount integer NOT NULL DEFAULT 0,
    lasthiton integer NOT NULL DEFAULT 0,
    disable_hitcount smallint NOT NULL DEFAULT 0
);

CREATE TABLE sys_note (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    deleted smallint NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    subject varchar(255) NOT NULL DEFAULT '',
    message text,
    personal smallint NOT NULL DEFAULT 0,
    category smallint NOT NULL DEFAULT 0,
    position integer NOT NULL DEFAULT 0,
    sorting integer NOT NULL DEFAULT 0
);

CREATE TABLE sys_news (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    starttime integer NOT NULL DEFAULT 0,
    endtime integer NOT NULL DEFAULT 0,
    title varchar(255) NOT NULL DEFAULT '',
    content text
);

CREATE TABLE sys_workspace_stage (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    sorting integer NOT NULL DEFAULT 0,
    title varchar(30) NOT NULL DEFAULT '',
    responsible_persons varchar(255) NOT NULL DEFAULT '',
    default_mailcomment text,
    parentid integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    parenttable varchar(255) NOT NULL DEFAULT '',
    notification_defaults varchar(255) NOT NULL DEFAULT '',
    allow_notificaton_settings smallint NOT NULL DEFAULT 0,
    notification_preselection smallint NOT NULL DEFAULT 8
);

CREATE TABLE sys_be_shortcuts (
    uid serial PRIMARY KEY,
    userid integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    module_name varchar(255) NOT NULL DEFAULT '',
    url text,
    description varchar(255) NOT NULL DEFAULT '',
    sorting integer NOT NULL DEFAULT 0,
    sc_group smallint NOT NULL DEFAULT 0
);

CREATE TABLE sys_action (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    sorting integer NOT NULL DEFAULT 0,
    title varchar(255) NOT NULL DEFAULT '',
    type smallint NOT NULL DEFAULT 0,
    description text,
    hidden smallint NOT NULL DEFAULT 0,
    assign_to_groups integer NOT NULL DEFAULT 0,
    t1_userprefix varchar(20) NOT NULL DEFAULT '',
    t1_allowed_groups varchar(255) NOT NULL DEFAULT '',
    t1_create_user_dir smallint NOT NULL DEFAULT 0,
    t1_copy_of_user integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    t3_listPid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    t3_tables varchar(255) NOT NULL DEFAULT '',
    t4_recordsToEdit text,
    t2_data bytea
);

CREATE TABLE sys_action_asgr_mm (
    uid_local integer NOT NULL DEFAULT 0 REFERENCES sys_action (uid),
    uid_foreign integer NOT NULL DEFAULT 0 REFERENCES be_groups (uid),
    sorting integer NOT NULL DEFAULT 0
);

CREATE TABLE tx_scheduler_task_group (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    sorting integer NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    groupName varchar(80) NOT NULL DEFAULT '',
    description text
);

CREATE TABLE tx_scheduler_task (
    uid serial PRIMARY KEY,
    crdate integer NOT NULL DEFAULT 0,
    disable smallint NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    description text,
    nextexecution integer NOT NULL DEFAULT 0,
    lastexecution_time integer NOT NULL DEFAULT 0,
    lastexecution_failure text,
    lastexecution_context varchar(3) NOT NULL DEFAULT '',
    serialized_task_object bytea,
    serialized_executions bytea,
    task_group integer NOT NULL DEFAULT 0 REFERENCES tx_scheduler_task_group (uid)
);

CREATE TABLE tx_linkvalidator_link (
    uid serial PRIMARY KEY,
    record_uid integer NOT NULL DEFAULT 0,
    record_pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    language integer NOT NULL DEFAULT -1,
    headline varchar(255) NOT NULL DEFAULT '',
    field varchar(255) NOT NULL DEFAULT '',
    table_name varchar(255) NOT NULL DEFAULT '',
    element_type varchar(255) NOT NULL DEFAULT '',
    link_title text,
    url text,
    url_response text,
    last_check integer NOT NULL DEFAULT 0,
    link_type varchar(50) NOT NULL DEFAULT ''
);

CREATE TABLE index_config (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    hidden smallint NOT NULL DEFAULT 0,
    starttime integer NOT NULL DEFAULT 0,
    set_id integer NOT NULL DEFAULT 0,
    session_data text,
    title varchar(255) NOT NULL DEFAULT '',
    description text,
    type varchar(30) NOT NULL DEFAULT '',
    depth integer NOT NULL DEFAULT 0,
    table2index varchar(255) NOT NULL DEFAULT '',
    alternative_source_pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    get_params varchar(255) NOT NULL DEFAULT '',
    fieldlist varchar(255) NOT NULL DEFAULT '',
    externalUrl varchar(255) NOT NULL DEFAULT '',
    chashcalc smallint NOT NULL DEFAULT 0,
    filepath varchar(255) NOT NULL DEFAULT '',
    extensions varchar(255) NOT NULL DEFAULT '',
    timer_next_indexing integer NOT NULL DEFAULT 0,
    timer_frequency integer NOT NULL DEFAULT 0,
    timer_offset integer NOT NULL DEFAULT 0,
    url_deny text,
    recordsbatch integer NOT NULL DEFAULT 0,
    records_indexonchange smallint NOT NULL DEFAULT 0,
    indexcfgs text
);

CREATE TABLE index_phash (
    phash integer NOT NULL PRIMARY KEY,
    phash_grouping integer NOT NULL DEFAULT 0,
    static_page_arguments text,
    data_filename varchar(1024) NOT NULL DEFAULT '',
    data_page_id integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    data_page_type integer NOT NULL DEFAULT 0,
    data_page_mp varchar(255) NOT NULL DEFAULT '',
    gr_list varchar(255) NOT NULL DEFAULT '',
    item_type varchar(5) NOT NULL DEFAULT '',
    item_title varchar(255) NOT NULL DEFAULT '',
    item_description varchar(255) NOT NULL DEFAULT '',
    item_mtime integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    item_size integer NOT NULL DEFAULT 0,
    contentHash integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    parsetime integer NOT NULL DEFAULT 0,
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    item_crdate integer NOT NULL DEFAULT 0,
    externalUrl smallint NOT NULL DEFAULT 0,
    recordUid integer NOT NULL DEFAULT 0,
    freeIndexUid integer NOT NULL DEFAULT 0 REFERENCES index_config (uid),
    freeIndexSetId integer NOT NULL DEFAULT 0
);

CREATE TABLE index_fulltext (
    phash integer NOT NULL PRIMARY KEY REFERENCES index_phash (phash),
    fulltextdata text,
    metaphonedata text
);

CREATE TABLE index_words (
    wid integer NOT NULL PRIMARY KEY,
    baseword varchar(60) NOT NULL DEFAULT '',
    metaphone integer NOT NULL DEFAULT 0,
    is_stopword smallint NOT NULL DEFAULT 0
);

CREATE TABLE index_rel (
    phash integer NOT NULL DEFAULT 0 REFERENCES index_phash (phash),
    wid integer NOT NULL DEFAULT 0 REFERENCES index_words (wid),
    count smallint NOT NULL DEFAULT 0,
    first integer NOT NULL DEFAULT 0,
    freq smallint NOT NULL DEFAULT 0,
    flags smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (phash, wid)
);

CREATE TABLE index_section (
    uniqid serial PRIMARY KEY,
    phash integer NOT NULL DEFAULT 0 REFERENCES index_phash (phash),
    phash_t3 integer NOT NULL DEFAULT 0,
    rl0 integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    rl1 integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    rl2 integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    page_id integer NOT NULL DEFAULT 0 REFERENCES pages (uid)
);

CREATE TABLE index_grlist (
    uniqid serial PRIMARY KEY,
    phash integer NOT NULL DEFAULT 0 REFERENCES index_phash (phash),
    phash_x integer NOT NULL DEFAULT 0,
    hash_gr_list integer NOT NULL DEFAULT 0,
    gr_list varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE tx_news_domain_model_news (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    t3ver_oid integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_news (uid),
    t3ver_wsid integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    t3ver_state smallint NOT NULL DEFAULT 0,
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l10n_parent integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_news (uid),
    l10n_diffsource bytea,
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    starttime integer NOT NULL DEFAULT 0,
    endtime integer NOT NULL DEFAULT 0,
    sorting integer NOT NULL DEFAULT 0,
    fe_group varchar(100) NOT NULL DEFAULT '0',
    title varchar(255) NOT NULL DEFAULT '',
    teaser text,
    bodytext text,
    datetime integer NOT NULL DEFAULT 0,
    archive integer NOT NULL DEFAULT 0,
    author varchar(255) NOT NULL DEFAULT '',
    author_email varchar(255) NOT NULL DEFAULT '',
    categories integer NOT NULL DEFAULT 0,
    related integer NOT NULL DEFAULT 0,
    related_from integer NOT NULL DEFAULT 0,
    related_files text,
    fal_related_files integer NOT NULL DEFAULT 0,
    related_links integer NOT NULL DEFAULT 0,
    type varchar(100) NOT NULL DEFAULT '0',
    keywords text,
    description text,
    tags integer NOT NULL DEFAULT 0,
    media text,
    fal_media integer NOT NULL DEFAULT 0,
    internalurl text,
    externalurl text,
    istopnews integer NOT NULL DEFAULT 0,
    content_elements text,
    path_segment varchar(2048),
    alternative_title varchar(255) NOT NULL DEFAULT '',
    notes text
);

CREATE TABLE tx_news_domain_model_tag (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l10n_parent integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_tag (uid),
    title varchar(255) NOT NULL DEFAULT '',
    slug varchar(2048),
    seo_title varchar(255) NOT NULL DEFAULT '',
    seo_description text,
    notes text
);

CREATE TABLE tx_news_domain_model_link (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l10n_parent integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_link (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    sorting integer NOT NULL DEFAULT 0,
    parent integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_news (uid),
    title text,
    description text,
    uri text
);

CREATE TABLE tt_content (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    starttime integer NOT NULL DEFAULT 0,
    endtime integer NOT NULL DEFAULT 0,
    fe_group varchar(255) NOT NULL DEFAULT '0',
    sorting integer NOT NULL DEFAULT 0,
    rowDescription text,
    editlock smallint NOT NULL DEFAULT 0,
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l18n_parent integer NOT NULL DEFAULT 0 REFERENCES tt_content (uid),
    l10n_source integer NOT NULL DEFAULT 0 REFERENCES tt_content (uid),
    l10n_state text,
    l18n_diffsource bytea,
    t3ver_oid integer NOT NULL DEFAULT 0 REFERENCES tt_content (uid),
    t3ver_id integer NOT NULL DEFAULT 0,
    t3ver_label varchar(255) NOT NULL DEFAULT '',
    t3ver_wsid integer NOT NULL DEFAULT 0 REFERENCES sys_workspace (uid),
    t3ver_state smallint NOT NULL DEFAULT 0,
    t3ver_stage integer NOT NULL DEFAULT 0,
    t3ver_count integer NOT NULL DEFAULT 0,
    t3ver_tstamp integer NOT NULL DEFAULT 0,
    t3ver_move_id integer NOT NULL DEFAULT 0 REFERENCES tt_content (uid),
    CType varchar(255) NOT NULL DEFAULT '',
    header varchar(255) NOT NULL DEFAULT '',
    header_position varchar(255) NOT NULL DEFAULT '',
    bodytext text,
    bullets_type smallint NOT NULL DEFAULT 0,
    uploads_description smallint NOT NULL DEFAULT 0,
    uploads_type smallint NOT NULL DEFAULT 0,
    assets integer NOT NULL DEFAULT 0,
    image integer NOT NULL DEFAULT 0,
    imagewidth integer NOT NULL DEFAULT 0,
    imageorient smallint NOT NULL DEFAULT 0,
    imagecols smallint NOT NULL DEFAULT 0,
    imageborder smallint NOT NULL DEFAULT 0,
    media integer NOT NULL DEFAULT 0,
    layout integer NOT NULL DEFAULT 0,
    frame_class varchar(60) NOT NULL DEFAULT 'default',
    cols integer NOT NULL DEFAULT 0,
    spaceBefore smallint NOT NULL DEFAULT 0,
    spaceAfter smallint NOT NULL DEFAULT 0,
    records text,
    pages text,
    colPos integer NOT NULL DEFAULT 0,
    subheader varchar(255) NOT NULL DEFAULT '',
    header_link varchar(1024) NOT NULL DEFAULT '',
    image_zoom smallint NOT NULL DEFAULT 0,
    header_layout varchar(30) NOT NULL DEFAULT '0',
    list_type varchar(255) NOT NULL DEFAULT '',
    sectionIndex smallint NOT NULL DEFAULT 0,
    linkToTop smallint NOT NULL DEFAULT 0,
    file_collections text,
    filelink_size smallint NOT NULL DEFAULT 0,
    filelink_sorting varchar(17) NOT NULL DEFAULT '',
    target varchar(30) NOT NULL DEFAULT '',
    date integer NOT NULL DEFAULT 0,
    recursive smallint NOT NULL DEFAULT 0,
    pi_flexform text,
    accessibility_title varchar(30) NOT NULL DEFAULT '',
    selected_categories text,
    category_field varchar(64) NOT NULL DEFAULT '',
    table_class varchar(60) NOT NULL DEFAULT '',
    table_caption varchar(255),
    categories integer NOT NULL DEFAULT 0,
    tx_news_related_news integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_news (uid)
);

CREATE TABLE tx_news_domain_model_news_related_mm (
    uid_local integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_news (uid),
    uid_foreign integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_news (uid),
    sorting integer NOT NULL DEFAULT 0,
    sorting_foreign integer NOT NULL DEFAULT 0,
    PRIMARY KEY (uid_local, uid_foreign)
);

CREATE TABLE tx_news_domain_model_news_tag_mm (
    uid_local integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_news (uid),
    uid_foreign integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_tag (uid),
    sorting integer NOT NULL DEFAULT 0,
    sorting_foreign integer NOT NULL DEFAULT 0,
    PRIMARY KEY (uid_local, uid_foreign)
);

CREATE TABLE tx_news_domain_model_news_ttcontent_mm (
    uid_local integer NOT NULL DEFAULT 0 REFERENCES tx_news_domain_model_news (uid),
    uid_foreign integer NOT NULL DEFAULT 0 REFERENCES tt_content (uid),
    sorting integer NOT NULL DEFAULT 0,
    sorting_foreign integer NOT NULL DEFAULT 0,
    PRIMARY KEY (uid_local, uid_foreign)
);

CREATE TABLE tx_vereinsverwaltung_domain_model_verein (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    name varchar(255) NOT NULL DEFAULT '',
    kurzname varchar(40) NOT NULL DEFAULT '',
    strasse varchar(255) NOT NULL DEFAULT '',
    plz varchar(10) NOT NULL DEFAULT '',
    ort varchar(255) NOT NULL DEFAULT '',
    gruendungsjahr integer NOT NULL DEFAULT 0,
    registergericht varchar(255) NOT NULL DEFAULT '',
    vereinsregisternummer varchar(40) NOT NULL DEFAULT '',
    gemeinnuetzig smallint NOT NULL DEFAULT 1,
    vorsitzender integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_mitglied (uid),
    kassenwart integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_mitglied (uid),
    logo integer NOT NULL DEFAULT 0,
    abteilungen integer NOT NULL DEFAULT 0
);

CREATE TABLE tx_vereinsverwaltung_domain_model_abteilung (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    sorting integer NOT NULL DEFAULT 0,
    verein integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_verein (uid),
    bezeichnung varchar(255) NOT NULL DEFAULT '',
    sportart varchar(255) NOT NULL DEFAULT '',
    leiter integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_mitglied (uid),
    mannschaften integer NOT NULL DEFAULT 0
);

CREATE TABLE tx_vereinsverwaltung_domain_model_beitragsklasse (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    verein integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_verein (uid),
    bezeichnung varchar(255) NOT NULL DEFAULT '',
    jahresbeitrag numeric(8, 2) NOT NULL DEFAULT 0,
    aufnahmegebuehr numeric(8, 2) NOT NULL DEFAULT 0,
    ermaessigt smallint NOT NULL DEFAULT 0
);

CREATE TABLE tx_vereinsverwaltung_domain_model_mitglied (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    mitgliedsnummer varchar(20) NOT NULL DEFAULT '',
    anrede smallint NOT NULL DEFAULT 0,
    vorname varchar(255) NOT NULL DEFAULT '',
    nachname varchar(255) NOT NULL DEFAULT '',
    geburtsdatum integer NOT NULL DEFAULT 0,
    strasse varchar(255) NOT NULL DEFAULT '',
    plz varchar(10) NOT NULL DEFAULT '',
    ort varchar(255) NOT NULL DEFAULT '',
    telefon varchar(40) NOT NULL DEFAULT '',
    email varchar(255) NOT NULL DEFAULT '',
    eintrittsdatum integer NOT NULL DEFAULT 0,
    austrittsdatum integer NOT NULL DEFAULT 0,
    iban varchar(34) NOT NULL DEFAULT '',
    bic varchar(11) NOT NULL DEFAULT '',
    kontoinhaber varchar(255) NOT NULL DEFAULT '',
    sepa_mandat varchar(35) NOT NULL DEFAULT '',
    verein integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_verein (uid),
    abteilung integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_abteilung (uid),
    beitragsklasse integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_beitragsklasse (uid),
    fe_user integer NOT NULL DEFAULT 0 REFERENCES fe_users (uid),
    foto integer NOT NULL DEFAULT 0,
    bemerkung text
);

CREATE TABLE tx_vereinsverwaltung_domain_model_beitrag (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    mitglied integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_mitglied (uid),
    beitragsklasse integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_beitragsklasse (uid),
    jahr integer NOT NULL DEFAULT 0,
    betrag numeric(8, 2) NOT NULL DEFAULT 0,
    faellig_am integer NOT NULL DEFAULT 0,
    bezahlt_am integer NOT NULL DEFAULT 0,
    zahlungsart smallint NOT NULL DEFAULT 0,
    mahnstufe smallint NOT NULL DEFAULT 0
);

CREATE TABLE tx_vereinsverwaltung_domain_model_spielstaette (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    name varchar(255) NOT NULL DEFAULT '',
    strasse varchar(255) NOT NULL DEFAULT '',
    plz varchar(10) NOT NULL DEFAULT '',
    ort varchar(255) NOT NULL DEFAULT '',
    belag varchar(60) NOT NULL DEFAULT '',
    kapazitaet integer NOT NULL DEFAULT 0,
    latitude numeric(10, 7),
    longitude numeric(10, 7)
);

CREATE TABLE tx_vereinsverwaltung_domain_model_mannschaft (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    sorting integer NOT NULL DEFAULT 0,
    abteilung integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_abteilung (uid),
    name varchar(255) NOT NULL DEFAULT '',
    altersklasse varchar(40) NOT NULL DEFAULT '',
    liga varchar(255) NOT NULL DEFAULT '',
    trainer integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_mitglied (uid),
    co_trainer integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_mitglied (uid),
    heimspielstaette integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_spielstaette (uid),
    spieler integer NOT NULL DEFAULT 0
);

CREATE TABLE tx_vereinsverwaltung_mannschaft_mitglied_mm (
    uid_local integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_mannschaft (uid),
    uid_foreign integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_mitglied (uid),
    sorting integer NOT NULL DEFAULT 0,
    sorting_foreign integer NOT NULL DEFAULT 0,
    PRIMARY KEY (uid_local, uid_foreign)
);

CREATE TABLE tx_vereinsverwaltung_domain_model_veranstaltung (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    cruser_id integer NOT NULL DEFAULT 0 REFERENCES be_users (uid),
    deleted smallint NOT NULL DEFAULT 0,
    hidden smallint NOT NULL DEFAULT 0,
    sys_language_uid integer NOT NULL DEFAULT 0 REFERENCES sys_language (uid),
    l10n_parent integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_veranstaltung (uid),
    titel varchar(255) NOT NULL DEFAULT '',
    beschreibung text,
    beginn integer NOT NULL DEFAULT 0,
    ende integer NOT NULL DEFAULT 0,
    veranstalter integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_abteilung (uid),
    spielstaette integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_spielstaette (uid),
    gegner varchar(255) NOT NULL DEFAULT '',
    heimmannschaft integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_mannschaft (uid),
    max_teilnehmer integer NOT NULL DEFAULT 0,
    anmeldeschluss integer NOT NULL DEFAULT 0,
    teilnahmen integer NOT NULL DEFAULT 0,
    bilder integer NOT NULL DEFAULT 0
);

CREATE TABLE tx_vereinsverwaltung_domain_model_teilnahme (
    uid serial PRIMARY KEY,
    pid integer NOT NULL DEFAULT 0 REFERENCES pages (uid),
    tstamp integer NOT NULL DEFAULT 0,
    crdate integer NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    veranstaltung integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_veranstaltung (uid),
    mitglied integer NOT NULL DEFAULT 0 REFERENCES tx_vereinsverwaltung_domain_model_mitglied (uid),
    angemeldet_am integer NOT NULL DEFAULT 0,
    status smallint NOT NULL DEFAULT 0,
    bemerkung text
);
