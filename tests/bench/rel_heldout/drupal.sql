-- drupal.sql: a tenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind10). The content tables of a
-- Drupal 10-style site on PostgreSQL (users, nodes, taxonomy, comments,
-- files, media, custom blocks, menu links, path aliases, shortcuts,
-- paragraphs, content moderation, workspaces, redirects, webform
-- submissions, locale, logs), written for this bench by an author who had
-- read neither the inference code nor its unit tests.
-- Drupal conventions: serial keys named after the entity (uid, nid, tid,
-- cid, fid, mid) or id (block_content, menu_link_content, paragraphs_item,
-- path_alias); a content entity is a base table (node), a revision table
-- (node_revision), a translatable data table (node_field_data) and a
-- revision data table (node_field_revision), each carrying the entity id
-- and the revision id (vid or revision_id); every configurable field has a
-- table <entity>__<field> and, when the entity is revisionable,
-- <entity>_revision__<field>, with entity_id / revision_id (the entity's
-- id and revision id whatever they are called on the base table), bundle,
-- deleted, langcode, delta and the field's columns: an entity reference
-- stores <field>_target_id (and <field>_target_revision_id for paragraphs),
-- an image or file field <field>_target_id -> file_managed.fid; base fields
-- with several columns are stored as <field>__<column> (thumbnail__target_id,
-- link__uri); revision authors are revision_uid on node_revision and
-- revision_user elsewhere; locales_location.sid is locales_source.lid;
-- bundles (node.type, vid on taxonomy terms, roles_target_id, workflow,
-- shortcut_set) are config entities with no table; comments, comment
-- statistics, webform submissions and paragraphs point at their host
-- through entity_type / entity_id or parent_type / parent_id (no FK), and
-- menu_tree's p1 .. p9 are 0 when unused (no FK).
-- Drupal declares no foreign keys in the database: the references below
-- are the entity and field definitions' links, written as inline
-- REFERENCES so that SQLite reads them; they are the truth. The unsigned
-- integers' CHECK (x >= 0) that Drupal's PostgreSQL driver adds are left
-- out.

CREATE TABLE users (
    uid serial PRIMARY KEY,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);

CREATE TABLE users_field_data (
    uid bigint NOT NULL REFERENCES users (uid),
    langcode varchar(12) NOT NULL,
    preferred_langcode varchar(12),
    preferred_admin_langcode varchar(12),
    name varchar(60) NOT NULL,
    pass varchar(255),
    mail varchar(254),
    timezone varchar(32),
    status smallint,
    created integer NOT NULL,
    changed integer,
    access integer NOT NULL,
    login integer,
    init varchar(254),
    default_langcode smallint NOT NULL,
    PRIMARY KEY (uid, langcode),
    UNIQUE (name, langcode)
);

CREATE TABLE users_data (
    uid bigint NOT NULL DEFAULT 0 REFERENCES users (uid),
    module varchar(50) NOT NULL DEFAULT '',
    name varchar(128) NOT NULL DEFAULT '',
    value bytea,
    serialized integer DEFAULT 0,
    PRIMARY KEY (uid, module, name)
);

CREATE TABLE sessions (
    uid bigint NOT NULL REFERENCES users (uid),
    sid varchar(128) PRIMARY KEY,
    hostname varchar(128) NOT NULL DEFAULT '',
    timestamp bigint NOT NULL DEFAULT 0,
    session bytea
);

CREATE TABLE file_managed (
    fid serial PRIMARY KEY,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL,
    uid bigint REFERENCES users (uid),
    filename varchar(255),
    uri varchar(255) NOT NULL UNIQUE,
    filemime varchar(255),
    filesize bigint,
    status smallint NOT NULL,
    created integer,
    changed integer NOT NULL
);

CREATE TABLE file_usage (
    fid bigint NOT NULL REFERENCES file_managed (fid),
    module varchar(50) NOT NULL DEFAULT '',
    type varchar(64) NOT NULL DEFAULT '',
    id varchar(64) NOT NULL DEFAULT '0',
    count bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (fid, type, id, module)
);

CREATE TABLE node (
    nid serial PRIMARY KEY,
    vid bigint UNIQUE REFERENCES node_revision (vid),
    type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);

CREATE TABLE node_revision (
    nid bigint NOT NULL REFERENCES node (nid),
    vid serial PRIMARY KEY,
    langcode varchar(12) NOT NULL,
    revision_timestamp integer,
    revision_uid bigint REFERENCES users (uid),
    revision_log text,
    revision_default smallint
);

CREATE TABLE node_field_data (
    nid bigint NOT NULL REFERENCES node (nid),
    vid bigint NOT NULL REFERENCES node_revision (vid),
    type varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    uid bigint NOT NULL REFERENCES users (uid),
    title varchar(255) NOT NULL,
    created integer NOT NULL,
    changed integer,
    promote smallint,
    sticky smallint,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (nid, langcode)
);

CREATE TABLE node_field_revision (
    nid bigint NOT NULL REFERENCES node (nid),
    vid bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    uid bigint NOT NULL REFERENCES users (uid),
    title varchar(255),
    created integer,
    changed integer,
    promote smallint,
    sticky smallint,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (vid, langcode)
);

CREATE TABLE node_access (
    nid bigint NOT NULL DEFAULT 0 REFERENCES node (nid),
    langcode varchar(12) NOT NULL DEFAULT '',
    fallback integer NOT NULL DEFAULT 1,
    gid bigint NOT NULL DEFAULT 0,
    realm varchar(255) NOT NULL DEFAULT '',
    grant_view integer NOT NULL DEFAULT 0,
    grant_update integer NOT NULL DEFAULT 0,
    grant_delete integer NOT NULL DEFAULT 0,
    PRIMARY KEY (nid, gid, realm, langcode)
);

CREATE TABLE history (
    uid integer NOT NULL DEFAULT 0 REFERENCES users (uid),
    nid bigint NOT NULL DEFAULT 0 REFERENCES node (nid),
    timestamp integer NOT NULL DEFAULT 0,
    PRIMARY KEY (uid, nid)
);

CREATE TABLE taxonomy_term_data (
    tid serial PRIMARY KEY,
    revision_id bigint UNIQUE REFERENCES taxonomy_term_revision (revision_id),
    vid varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);

CREATE TABLE taxonomy_term_revision (
    tid bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    revision_id serial PRIMARY KEY,
    langcode varchar(12) NOT NULL,
    revision_user bigint REFERENCES users (uid),
    revision_created integer,
    revision_log_message text,
    revision_default smallint
);

CREATE TABLE taxonomy_term_field_data (
    tid bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    revision_id bigint NOT NULL REFERENCES taxonomy_term_revision (revision_id),
    vid varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    name varchar(255) NOT NULL,
    description__value text,
    description__format varchar(255),
    weight integer NOT NULL,
    changed integer,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (tid, langcode)
);

CREATE TABLE taxonomy_term_field_revision (
    tid bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    revision_id bigint NOT NULL REFERENCES taxonomy_term_revision (revision_id),
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    name varchar(255),
    description__value text,
    description__format varchar(255),
    changed integer,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (revision_id, langcode)
);

CREATE TABLE taxonomy_index (
    nid bigint NOT NULL DEFAULT 0 REFERENCES node (nid),
    tid bigint NOT NULL DEFAULT 0 REFERENCES taxonomy_term_data (tid),
    status integer NOT NULL DEFAULT 1,
    sticky smallint DEFAULT 0,
    created integer NOT NULL DEFAULT 0,
    PRIMARY KEY (nid, tid, status)
);

CREATE TABLE comment (
    cid serial PRIMARY KEY,
    comment_type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);

CREATE TABLE comment_field_data (
    cid bigint NOT NULL REFERENCES comment (cid),
    comment_type varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    uid bigint NOT NULL REFERENCES users (uid),
    pid bigint REFERENCES comment (cid),
    entity_id bigint,
    subject varchar(64),
    name varchar(60),
    mail varchar(254),
    homepage varchar(255),
    hostname varchar(128),
    created integer NOT NULL,
    changed integer,
    thread varchar(255) NOT NULL,
    entity_type varchar(32) NOT NULL,
    field_name varchar(32) NOT NULL,
    default_langcode smallint NOT NULL,
    PRIMARY KEY (cid, langcode)
);

CREATE TABLE comment_entity_statistics (
    entity_id bigint NOT NULL DEFAULT 0,
    entity_type varchar(32) NOT NULL DEFAULT 'node',
    field_name varchar(32) NOT NULL DEFAULT '',
    cid integer NOT NULL DEFAULT 0 REFERENCES comment (cid),
    last_comment_timestamp integer NOT NULL DEFAULT 0,
    last_comment_name varchar(60),
    last_comment_uid bigint NOT NULL DEFAULT 0 REFERENCES users (uid),
    comment_count bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, entity_type, field_name)
);

CREATE TABLE media (
    mid serial PRIMARY KEY,
    vid bigint UNIQUE REFERENCES media_revision (vid),
    bundle varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);

CREATE TABLE media_revision (
    mid bigint NOT NULL REFERENCES media (mid),
    vid serial PRIMARY KEY,
    langcode varchar(12) NOT NULL,
    revision_user bigint REFERENCES users (uid),
    revision_created integer,
    revision_log_message text,
    revision_default smallint
);

CREATE TABLE media_field_data (
    mid bigint NOT NULL REFERENCES media (mid),
    vid bigint NOT NULL REFERENCES media_revision (vid),
    bundle varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    uid bigint REFERENCES users (uid),
    name varchar(255),
    thumbnail__target_id bigint REFERENCES file_managed (fid),
    thumbnail__alt varchar(512),
    thumbnail__title varchar(1024),
    thumbnail__width bigint,
    thumbnail__height bigint,
    created integer,
    changed integer,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (mid, langcode)
);

CREATE TABLE media_field_revision (
    mid bigint NOT NULL REFERENCES media (mid),
    vid bigint NOT NULL REFERENCES media_revision (vid),
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    uid bigint REFERENCES users (uid),
    name varchar(255),
    thumbnail__target_id bigint REFERENCES file_managed (fid),
    thumbnail__alt varchar(512),
    thumbnail__title varchar(1024),
    thumbnail__width bigint,
    thumbnail__height bigint,
    created integer,
    changed integer,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (vid, langcode)
);

CREATE TABLE block_content (
    id serial PRIMARY KEY,
    revision_id bigint UNIQUE REFERENCES block_content_revision (revision_id),
    type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);

CREATE TABLE block_content_revision (
    id bigint NOT NULL REFERENCES block_content (id),
    revision_id serial PRIMARY KEY,
    langcode varchar(12) NOT NULL,
    revision_user bigint REFERENCES users (uid),
    revision_created integer,
    revision_log text,
    revision_default smallint
);

CREATE TABLE block_content_field_data (
    id bigint NOT NULL REFERENCES block_content (id),
    revision_id bigint NOT NULL REFERENCES block_content_revision (revision_id),
    type varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    info varchar(255),
    changed integer,
    reusable smallint,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (id, langcode)
);

CREATE TABLE block_content_field_revision (
    id bigint NOT NULL REFERENCES block_content (id),
    revision_id bigint NOT NULL REFERENCES block_content_revision (revision_id),
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    info varchar(255),
    changed integer,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (revision_id, langcode)
);

CREATE TABLE menu_link_content (
    id serial PRIMARY KEY,
    revision_id bigint UNIQUE REFERENCES menu_link_content_revision (revision_id),
    bundle varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);

CREATE TABLE menu_link_content_revision (
    id bigint NOT NULL REFERENCES menu_link_content (id),
    revision_id serial PRIMARY KEY,
    langcode varchar(12) NOT NULL,
    revision_user bigint REFERENCES users (uid),
    revision_created integer,
    revision_log_message text,
    revision_default smallint
);

CREATE TABLE menu_link_content_data (
    id bigint NOT NULL REFERENCES menu_link_content (id),
    revision_id bigint NOT NULL REFERENCES menu_link_content_revision (revision_id),
    bundle varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    enabled smallint NOT NULL,
    title varchar(255),
    description varchar(255),
    menu_name varchar(255),
    link__uri varchar(2048),
    link__title varchar(255),
    link__options text,
    external smallint,
    rediscover smallint,
    weight integer,
    expanded smallint,
    parent varchar(255),
    changed integer,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (id, langcode)
);

CREATE TABLE menu_link_content_field_revision (
    id bigint NOT NULL REFERENCES menu_link_content (id),
    revision_id bigint NOT NULL REFERENCES menu_link_content_revision (revision_id),
    langcode varchar(12) NOT NULL,
    enabled smallint NOT NULL,
    title varchar(255),
    description varchar(255),
    link__uri varchar(2048),
    link__title varchar(255),
    link__options text,
    external smallint,
    changed integer,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (revision_id, langcode)
);

CREATE TABLE menu_tree (
    menu_name varchar(32) NOT NULL DEFAULT '',
    mlid serial PRIMARY KEY,
    id varchar(255) NOT NULL UNIQUE,
    parent varchar(255) NOT NULL DEFAULT '',
    route_name varchar(255),
    route_param_key varchar(255),
    route_parameters bytea,
    url varchar(255) NOT NULL DEFAULT '',
    title bytea,
    description bytea,
    class text,
    options bytea,
    provider varchar(50) NOT NULL DEFAULT 'system',
    enabled smallint NOT NULL DEFAULT 1,
    discovered smallint NOT NULL DEFAULT 0,
    expanded smallint NOT NULL DEFAULT 0,
    weight integer NOT NULL DEFAULT 0,
    metadata bytea,
    has_children smallint NOT NULL DEFAULT 0,
    depth smallint NOT NULL DEFAULT 0,
    p1 bigint NOT NULL DEFAULT 0,
    p2 bigint NOT NULL DEFAULT 0,
    p3 bigint NOT NULL DEFAULT 0,
    p4 bigint NOT NULL DEFAULT 0,
    p5 bigint NOT NULL DEFAULT 0,
    p6 bigint NOT NULL DEFAULT 0,
    p7 bigint NOT NULL DEFAULT 0,
    p8 bigint NOT NULL DEFAULT 0,
    p9 bigint NOT NULL DEFAULT 0,
    form_class varchar(255)
);

CREATE TABLE path_alias (
    id serial PRIMARY KEY,
    revision_id bigint UNIQUE REFERENCES path_alias_revision (revision_id),
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL,
    path varchar(255),
    alias varchar(255),
    status smallint NOT NULL
);

CREATE TABLE path_alias_revision (
    id bigint NOT NULL REFERENCES path_alias (id),
    revision_id serial PRIMARY KEY,
    langcode varchar(12) NOT NULL,
    path varchar(255),
    alias varchar(255),
    status smallint NOT NULL,
    revision_default smallint
);

CREATE TABLE shortcut (
    id serial PRIMARY KEY,
    shortcut_set varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);

CREATE TABLE shortcut_field_data (
    id bigint NOT NULL REFERENCES shortcut (id),
    shortcut_set varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    title varchar(255),
    weight integer,
    link__uri varchar(2048),
    link__title varchar(255),
    link__options text,
    default_langcode smallint NOT NULL,
    PRIMARY KEY (id, langcode)
);

CREATE TABLE shortcut_set_users (
    uid bigint NOT NULL DEFAULT 0 PRIMARY KEY REFERENCES users (uid),
    set_name varchar(32) NOT NULL DEFAULT ''
);

CREATE TABLE paragraphs_item (
    id serial PRIMARY KEY,
    revision_id bigint UNIQUE REFERENCES paragraphs_item_revision (revision_id),
    type varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);

CREATE TABLE paragraphs_item_revision (
    id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id serial PRIMARY KEY,
    langcode varchar(12) NOT NULL,
    revision_default smallint
);

CREATE TABLE paragraphs_item_field_data (
    id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    type varchar(32) NOT NULL,
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    created integer,
    parent_id varchar(255),
    parent_type varchar(32),
    parent_field_name varchar(32),
    behavior_settings text,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    content_translation_source varchar(12),
    content_translation_outdated smallint,
    content_translation_changed integer,
    PRIMARY KEY (id, langcode)
);

CREATE TABLE paragraphs_item_revision_field_data (
    id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(12) NOT NULL,
    status smallint NOT NULL,
    created integer,
    parent_id varchar(255),
    parent_type varchar(32),
    parent_field_name varchar(32),
    behavior_settings text,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (revision_id, langcode)
);

CREATE TABLE content_moderation_state (
    id serial PRIMARY KEY,
    revision_id bigint UNIQUE REFERENCES content_moderation_state_revision (revision_id),
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL
);

CREATE TABLE content_moderation_state_revision (
    id bigint NOT NULL REFERENCES content_moderation_state (id),
    revision_id serial PRIMARY KEY,
    langcode varchar(12) NOT NULL,
    revision_default smallint
);

CREATE TABLE content_moderation_state_field_data (
    id bigint NOT NULL REFERENCES content_moderation_state (id),
    revision_id bigint NOT NULL REFERENCES content_moderation_state_revision (revision_id),
    langcode varchar(12) NOT NULL,
    uid bigint REFERENCES users (uid),
    workflow varchar(255),
    moderation_state varchar(255),
    content_entity_type_id varchar(32) NOT NULL,
    content_entity_id integer NOT NULL,
    content_entity_revision_id integer NOT NULL,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (id, langcode)
);

CREATE TABLE content_moderation_state_field_revision (
    id bigint NOT NULL REFERENCES content_moderation_state (id),
    revision_id bigint NOT NULL REFERENCES content_moderation_state_revision (revision_id),
    langcode varchar(12) NOT NULL,
    uid bigint REFERENCES users (uid),
    workflow varchar(255),
    moderation_state varchar(255),
    content_entity_type_id varchar(32) NOT NULL,
    content_entity_id integer NOT NULL,
    content_entity_revision_id integer NOT NULL,
    default_langcode smallint NOT NULL,
    revision_translation_affected smallint,
    PRIMARY KEY (revision_id, langcode)
);

CREATE TABLE workspace (
    id varchar(128) PRIMARY KEY,
    revision_id bigint UNIQUE REFERENCES workspace_revision (revision_id),
    uuid varchar(128) NOT NULL UNIQUE,
    uid bigint REFERENCES users (uid),
    label varchar(255),
    parent varchar(128) REFERENCES workspace (id),
    changed integer,
    created integer
);

CREATE TABLE workspace_revision (
    id varchar(128) NOT NULL REFERENCES workspace (id),
    revision_id serial PRIMARY KEY,
    uid bigint REFERENCES users (uid),
    label varchar(255),
    parent varchar(128) REFERENCES workspace (id),
    changed integer,
    revision_default smallint
);

CREATE TABLE workspace_association (
    workspace varchar(128) NOT NULL DEFAULT '' REFERENCES workspace (id),
    target_entity_type_id varchar(32) NOT NULL DEFAULT '',
    target_entity_id bigint,
    target_entity_id_string varchar(128),
    target_entity_revision_id bigint NOT NULL,
    PRIMARY KEY (workspace, target_entity_type_id, target_entity_revision_id)
);

CREATE TABLE redirect (
    rid serial PRIMARY KEY,
    type varchar(255) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    language varchar(12) NOT NULL,
    hash varchar(64) UNIQUE,
    uid bigint REFERENCES users (uid),
    redirect_source__path varchar(2048),
    redirect_source__query bytea,
    redirect_redirect__uri varchar(2048),
    redirect_redirect__title varchar(255),
    redirect_redirect__options bytea,
    status_code integer,
    created integer
);

CREATE TABLE webform_submission (
    sid serial PRIMARY KEY,
    webform_id varchar(32) NOT NULL,
    uuid varchar(128) NOT NULL UNIQUE,
    langcode varchar(12) NOT NULL,
    serial integer,
    token varchar(255),
    uri varchar(2000),
    created integer,
    completed integer,
    changed integer,
    in_draft smallint,
    current_page varchar(128),
    remote_addr varchar(128),
    uid bigint REFERENCES users (uid),
    entity_type varchar(32),
    entity_id varchar(255),
    locked smallint,
    sticky smallint,
    notes text
);

CREATE TABLE webform_submission_data (
    webform_id varchar(32) NOT NULL,
    sid bigint NOT NULL REFERENCES webform_submission (sid),
    name varchar(128) NOT NULL,
    property varchar(128) NOT NULL DEFAULT '',
    delta bigint NOT NULL DEFAULT 0,
    value text NOT NULL,
    PRIMARY KEY (sid, name, property, delta)
);

CREATE TABLE webform_submission_log (
    lid serial PRIMARY KEY,
    webform_id varchar(32) NOT NULL,
    sid bigint REFERENCES webform_submission (sid),
    handler_id varchar(64),
    uid bigint NOT NULL DEFAULT 0 REFERENCES users (uid),
    operation varchar(64) NOT NULL DEFAULT '',
    message text NOT NULL,
    variables bytea NOT NULL,
    timestamp integer NOT NULL DEFAULT 0,
    data bytea NOT NULL,
    entity_type varchar(32),
    entity_id varchar(64)
);

CREATE TABLE watchdog (
    wid serial PRIMARY KEY,
    uid bigint NOT NULL DEFAULT 0 REFERENCES users (uid),
    type varchar(64) NOT NULL DEFAULT '',
    message text NOT NULL,
    variables bytea NOT NULL,
    severity integer NOT NULL DEFAULT 0,
    link text,
    location text NOT NULL,
    referer text,
    hostname varchar(128) NOT NULL DEFAULT '',
    timestamp bigint NOT NULL DEFAULT 0
);

CREATE TABLE locales_source (
    lid serial PRIMARY KEY,
    source text NOT NULL,
    context varchar(255) NOT NULL DEFAULT '',
    version varchar(20) NOT NULL DEFAULT 'none'
);

CREATE TABLE locales_target (
    lid integer NOT NULL DEFAULT 0 REFERENCES locales_source (lid),
    translation text NOT NULL,
    language varchar(12) NOT NULL DEFAULT '',
    customized integer NOT NULL DEFAULT 0,
    PRIMARY KEY (language, lid)
);

CREATE TABLE locales_location (
    lid serial PRIMARY KEY,
    sid integer NOT NULL REFERENCES locales_source (lid),
    type varchar(50) NOT NULL DEFAULT '',
    name varchar(255) NOT NULL DEFAULT '',
    version varchar(20) NOT NULL DEFAULT 'none'
);

CREATE TABLE search_dataset (
    sid bigint NOT NULL DEFAULT 0,
    langcode varchar(12) NOT NULL DEFAULT '',
    type varchar(64) NOT NULL,
    data text NOT NULL,
    reindex bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (sid, langcode, type)
);

CREATE TABLE search_index (
    word varchar(50) NOT NULL DEFAULT '',
    sid bigint NOT NULL DEFAULT 0,
    langcode varchar(12) NOT NULL DEFAULT '',
    type varchar(64) NOT NULL,
    score real,
    PRIMARY KEY (word, sid, langcode, type)
);

CREATE TABLE config (
    collection varchar(255) NOT NULL DEFAULT '',
    name varchar(255) NOT NULL DEFAULT '',
    data bytea,
    PRIMARY KEY (collection, name)
);

CREATE TABLE key_value (
    collection varchar(128) NOT NULL DEFAULT '',
    name varchar(128) NOT NULL DEFAULT '',
    value bytea NOT NULL,
    PRIMARY KEY (collection, name)
);

CREATE TABLE router (
    name varchar(255) NOT NULL DEFAULT '' PRIMARY KEY,
    path varchar(255) NOT NULL DEFAULT '',
    pattern_outline varchar(255) NOT NULL DEFAULT '',
    fit integer NOT NULL DEFAULT 0,
    route bytea,
    number_parts smallint NOT NULL DEFAULT 0
);

CREATE TABLE queue (
    item_id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    data bytea,
    expire bigint NOT NULL DEFAULT 0,
    created bigint NOT NULL DEFAULT 0
);

CREATE TABLE batch (
    bid serial PRIMARY KEY,
    token varchar(64) NOT NULL,
    timestamp integer NOT NULL,
    batch bytea
);

CREATE TABLE cachetags (
    tag varchar(255) NOT NULL DEFAULT '' PRIMARY KEY,
    invalidations integer NOT NULL DEFAULT 0
);

CREATE TABLE node__body (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    body_value text NOT NULL,
    body_summary text,
    body_format varchar(255),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__body (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    body_value text NOT NULL,
    body_summary text,
    body_format varchar(255),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__comment (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    comment_status integer NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__comment (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    comment_status integer NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__field_image (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_image_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_image_alt varchar(512),
    field_image_title varchar(1024),
    field_image_width bigint,
    field_image_height bigint,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__field_image (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_image_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_image_alt varchar(512),
    field_image_title varchar(1024),
    field_image_width bigint,
    field_image_height bigint,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__field_tags (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_tags_target_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__field_tags (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_tags_target_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__field_category (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_category_target_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__field_category (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_category_target_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__field_hero_media (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_hero_media_target_id bigint NOT NULL REFERENCES media (mid),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__field_hero_media (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_hero_media_target_id bigint NOT NULL REFERENCES media (mid),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__field_related_content (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_related_content_target_id bigint NOT NULL REFERENCES node (nid),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__field_related_content (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_related_content_target_id bigint NOT NULL REFERENCES node (nid),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__field_author (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_author_target_id bigint NOT NULL REFERENCES users (uid),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__field_author (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_author_target_id bigint NOT NULL REFERENCES users (uid),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__field_paragraphs (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_paragraphs_target_id bigint NOT NULL REFERENCES paragraphs_item (id),
    field_paragraphs_target_revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__field_paragraphs (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_paragraphs_target_id bigint NOT NULL REFERENCES paragraphs_item (id),
    field_paragraphs_target_revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__field_attachments (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_attachments_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_attachments_display smallint DEFAULT 1,
    field_attachments_description text,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__field_attachments (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_attachments_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_attachments_display smallint DEFAULT 1,
    field_attachments_description text,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__field_subtitle (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_subtitle_value varchar(255) NOT NULL,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__field_subtitle (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_subtitle_value varchar(255) NOT NULL,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE node__field_event_date (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_event_date_value varchar(20) NOT NULL,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE node_revision__field_event_date (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES node (nid),
    revision_id bigint NOT NULL REFERENCES node_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_event_date_value varchar(20) NOT NULL,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE taxonomy_term__parent (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    revision_id bigint NOT NULL REFERENCES taxonomy_term_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    parent_target_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE taxonomy_term_revision__parent (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    revision_id bigint NOT NULL REFERENCES taxonomy_term_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    parent_target_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE taxonomy_term__field_term_image (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    revision_id bigint NOT NULL REFERENCES taxonomy_term_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_term_image_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_term_image_alt varchar(512),
    field_term_image_title varchar(1024),
    field_term_image_width bigint,
    field_term_image_height bigint,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE taxonomy_term_revision__field_term_image (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    revision_id bigint NOT NULL REFERENCES taxonomy_term_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_term_image_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_term_image_alt varchar(512),
    field_term_image_title varchar(1024),
    field_term_image_width bigint,
    field_term_image_height bigint,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE user__roles (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES users (uid),
    revision_id bigint NOT NULL REFERENCES users (uid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    roles_target_id varchar(255) NOT NULL,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE user__user_picture (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES users (uid),
    revision_id bigint NOT NULL REFERENCES users (uid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    user_picture_target_id bigint NOT NULL REFERENCES file_managed (fid),
    user_picture_alt varchar(512),
    user_picture_title varchar(1024),
    user_picture_width bigint,
    user_picture_height bigint,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE user__field_department (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES users (uid),
    revision_id bigint NOT NULL REFERENCES users (uid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_department_target_id bigint NOT NULL REFERENCES taxonomy_term_data (tid),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE comment__comment_body (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES comment (cid),
    revision_id bigint NOT NULL REFERENCES comment (cid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    comment_body_value text NOT NULL,
    comment_body_format varchar(255),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE media__field_media_image (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES media (mid),
    revision_id bigint NOT NULL REFERENCES media_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_media_image_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_media_image_alt varchar(512),
    field_media_image_title varchar(1024),
    field_media_image_width bigint,
    field_media_image_height bigint,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE media_revision__field_media_image (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES media (mid),
    revision_id bigint NOT NULL REFERENCES media_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_media_image_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_media_image_alt varchar(512),
    field_media_image_title varchar(1024),
    field_media_image_width bigint,
    field_media_image_height bigint,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE media__field_media_document (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES media (mid),
    revision_id bigint NOT NULL REFERENCES media_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_media_document_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_media_document_display smallint DEFAULT 1,
    field_media_document_description text,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE media_revision__field_media_document (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES media (mid),
    revision_id bigint NOT NULL REFERENCES media_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_media_document_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_media_document_display smallint DEFAULT 1,
    field_media_document_description text,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE media__field_media_oembed_video (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES media (mid),
    revision_id bigint NOT NULL REFERENCES media_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_media_oembed_video_value varchar(255) NOT NULL,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE media_revision__field_media_oembed_video (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES media (mid),
    revision_id bigint NOT NULL REFERENCES media_revision (vid),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_media_oembed_video_value varchar(255) NOT NULL,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE block_content__body (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES block_content (id),
    revision_id bigint NOT NULL REFERENCES block_content_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    body_value text NOT NULL,
    body_summary text,
    body_format varchar(255),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE block_content_revision__body (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES block_content (id),
    revision_id bigint NOT NULL REFERENCES block_content_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    body_value text NOT NULL,
    body_summary text,
    body_format varchar(255),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE paragraph__field_text (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_text_value text NOT NULL,
    field_text_format varchar(255),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE paragraph_revision__field_text (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_text_value text NOT NULL,
    field_text_format varchar(255),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE paragraph__field_image (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_image_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_image_alt varchar(512),
    field_image_title varchar(1024),
    field_image_width bigint,
    field_image_height bigint,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE paragraph_revision__field_image (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_image_target_id bigint NOT NULL REFERENCES file_managed (fid),
    field_image_alt varchar(512),
    field_image_title varchar(1024),
    field_image_width bigint,
    field_image_height bigint,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE paragraph__field_items (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_items_target_id bigint NOT NULL REFERENCES paragraphs_item (id),
    field_items_target_revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE paragraph_revision__field_items (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_items_target_id bigint NOT NULL REFERENCES paragraphs_item (id),
    field_items_target_revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE paragraph__field_node_reference (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_node_reference_target_id bigint NOT NULL REFERENCES node (nid),
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE paragraph_revision__field_node_reference (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_node_reference_target_id bigint NOT NULL REFERENCES node (nid),
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);

CREATE TABLE paragraph__field_link (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_link_uri varchar(2048),
    field_link_title varchar(255),
    field_link_options text,
    PRIMARY KEY (entity_id, deleted, delta, langcode)
);

CREATE TABLE paragraph_revision__field_link (
    bundle varchar(128) NOT NULL DEFAULT '',
    deleted smallint NOT NULL DEFAULT 0,
    entity_id bigint NOT NULL REFERENCES paragraphs_item (id),
    revision_id bigint NOT NULL REFERENCES paragraphs_item_revision (revision_id),
    langcode varchar(32) NOT NULL DEFAULT '',
    delta bigint NOT NULL,
    field_link_uri varchar(2048),
    field_link_title varchar(255),
    field_link_options text,
    PRIMARY KEY (entity_id, revision_id, deleted, delta, langcode)
);
