-- mediawiki.sql: a sixth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind6). The core tables of a
-- MediaWiki wiki (its 1.4x schema: actor and comment tables, multi-content
-- revisions in slots / content, link targets), written for this bench by an
-- author who had not read the inference code. MediaWiki conventions: every
-- column carries a short per-table prefix (page_, rev_, ar_, cl_, pl_, tl_,
-- il_, el_, ll_, rd_, pp_, pr_, wl_, we_, rc_, log_, ls_, ipb_, ir_, ug_,
-- ufg_, up_, img_, oi_, fa_, ct_, ctd_, bp_, lt_); a reference is the
-- prefix and the parent's noun or a role (rev_page, rev_actor,
-- rev_comment_id, cl_from, pl_from, pl_target_id, wl_user, log_actor,
-- ipb_by_actor, ipb_reason_id, ug_user, rc_cur_id, rc_this_oldid,
-- page_latest, slot_origin, we_item). The user table is "user" (quoted).
-- MediaWiki declares no constraints; the foreign keys declared here are the
-- references its code makes, and they are the truth (title references by
-- namespace and text, cl_to, il_to, and content_address 'tt:<old_id>' are
-- not keys and are not declared). Readable by PostgreSQL, SQLite and
-- Sextant's DDL reader.

CREATE TABLE "user" (
    user_id integer PRIMARY KEY,
    user_name varchar(255) NOT NULL UNIQUE,
    user_real_name varchar(255) NOT NULL,
    user_password text NOT NULL,
    user_newpassword text NOT NULL,
    user_newpass_time timestamp,
    user_email text NOT NULL,
    user_touched timestamp NOT NULL,
    user_token char(32) NOT NULL,
    user_email_authenticated timestamp,
    user_email_token char(32),
    user_email_token_expires timestamp,
    user_registration timestamp,
    user_editcount integer,
    user_password_expires timestamp,
    user_is_temp smallint NOT NULL DEFAULT 0
);

CREATE TABLE actor (
    actor_id bigint PRIMARY KEY,
    actor_user integer UNIQUE REFERENCES "user" (user_id),
    actor_name varchar(255) NOT NULL UNIQUE
);

CREATE TABLE comment (
    comment_id bigint PRIMARY KEY,
    comment_hash integer NOT NULL,
    comment_text text NOT NULL,
    comment_data text
);

CREATE TABLE user_groups (
    ug_user integer NOT NULL REFERENCES "user" (user_id),
    ug_group varchar(255) NOT NULL,
    ug_expiry timestamp,
    PRIMARY KEY (ug_user, ug_group)
);

CREATE TABLE user_former_groups (
    ufg_user integer NOT NULL REFERENCES "user" (user_id),
    ufg_group varchar(255) NOT NULL,
    PRIMARY KEY (ufg_user, ufg_group)
);

CREATE TABLE user_properties (
    up_user integer NOT NULL REFERENCES "user" (user_id),
    up_property varchar(255) NOT NULL,
    up_value text,
    PRIMARY KEY (up_user, up_property)
);

CREATE TABLE user_newtalk (
    user_id integer NOT NULL REFERENCES "user" (user_id),
    user_ip varchar(40) NOT NULL,
    user_last_timestamp timestamp
);

CREATE TABLE bot_passwords (
    bp_user integer NOT NULL REFERENCES "user" (user_id),
    bp_app_id varchar(32) NOT NULL,
    bp_password text NOT NULL,
    bp_token char(32) NOT NULL,
    bp_restrictions text NOT NULL,
    bp_grants text NOT NULL,
    PRIMARY KEY (bp_user, bp_app_id)
);

CREATE TABLE content_models (
    model_id integer PRIMARY KEY,
    model_name varchar(64) NOT NULL UNIQUE
);

CREATE TABLE slot_roles (
    role_id integer PRIMARY KEY,
    role_name varchar(64) NOT NULL UNIQUE
);

CREATE TABLE text (
    old_id bigint PRIMARY KEY,
    old_text text NOT NULL,
    old_flags text NOT NULL
);

CREATE TABLE content (
    content_id bigint PRIMARY KEY,
    content_size integer NOT NULL,
    content_sha1 varchar(32) NOT NULL,
    content_model integer NOT NULL REFERENCES content_models (model_id),
    content_address text NOT NULL
);

-- page_latest and revision.rev_page refer to each other.
CREATE TABLE page (
    page_id integer PRIMARY KEY,
    page_namespace integer NOT NULL,
    page_title varchar(255) NOT NULL,
    page_is_redirect smallint NOT NULL DEFAULT 0,
    page_is_new smallint NOT NULL DEFAULT 0,
    page_random double precision NOT NULL,
    page_touched timestamp NOT NULL,
    page_links_updated timestamp,
    page_latest bigint REFERENCES revision (rev_id),
    page_len integer NOT NULL,
    page_content_model varchar(32),
    page_lang varchar(35)
);

CREATE TABLE revision (
    rev_id bigint PRIMARY KEY,
    rev_page integer NOT NULL REFERENCES page (page_id),
    rev_comment_id bigint NOT NULL REFERENCES comment (comment_id),
    rev_actor bigint NOT NULL REFERENCES actor (actor_id),
    rev_timestamp timestamp NOT NULL,
    rev_minor_edit smallint NOT NULL DEFAULT 0,
    rev_deleted smallint NOT NULL DEFAULT 0,
    rev_len integer,
    rev_parent_id bigint REFERENCES revision (rev_id),
    rev_sha1 varchar(32) NOT NULL
);

CREATE TABLE slots (
    slot_revision_id bigint NOT NULL REFERENCES revision (rev_id),
    slot_role_id integer NOT NULL REFERENCES slot_roles (role_id),
    slot_content_id bigint NOT NULL REFERENCES content (content_id),
    slot_origin bigint NOT NULL REFERENCES revision (rev_id),
    PRIMARY KEY (slot_revision_id, slot_role_id)
);

CREATE TABLE archive (
    ar_id integer PRIMARY KEY,
    ar_namespace integer NOT NULL,
    ar_title varchar(255) NOT NULL,
    ar_comment_id bigint NOT NULL REFERENCES comment (comment_id),
    ar_actor bigint NOT NULL REFERENCES actor (actor_id),
    ar_timestamp timestamp NOT NULL,
    ar_minor_edit smallint NOT NULL DEFAULT 0,
    ar_rev_id bigint NOT NULL,
    ar_deleted smallint NOT NULL DEFAULT 0,
    ar_len integer,
    ar_page_id integer,
    ar_parent_id bigint,
    ar_sha1 varchar(32) NOT NULL
);

CREATE TABLE linktarget (
    lt_id bigint PRIMARY KEY,
    lt_namespace integer NOT NULL,
    lt_title varchar(255) NOT NULL
);

CREATE TABLE pagelinks (
    pl_from integer NOT NULL REFERENCES page (page_id),
    pl_from_namespace integer NOT NULL,
    pl_target_id bigint NOT NULL REFERENCES linktarget (lt_id),
    PRIMARY KEY (pl_from, pl_target_id)
);

CREATE TABLE templatelinks (
    tl_from integer NOT NULL REFERENCES page (page_id),
    tl_from_namespace integer NOT NULL,
    tl_target_id bigint NOT NULL REFERENCES linktarget (lt_id),
    PRIMARY KEY (tl_from, tl_target_id)
);

CREATE TABLE category (
    cat_id integer PRIMARY KEY,
    cat_title varchar(255) NOT NULL UNIQUE,
    cat_pages integer NOT NULL DEFAULT 0,
    cat_subcats integer NOT NULL DEFAULT 0,
    cat_files integer NOT NULL DEFAULT 0
);

CREATE TABLE categorylinks (
    cl_from integer NOT NULL REFERENCES page (page_id),
    cl_to varchar(255) NOT NULL,
    cl_sortkey varchar(230) NOT NULL,
    cl_sortkey_prefix varchar(255) NOT NULL,
    cl_timestamp timestamp NOT NULL,
    cl_collation varchar(32) NOT NULL,
    cl_type varchar(6) NOT NULL,
    PRIMARY KEY (cl_from, cl_to)
);

CREATE TABLE imagelinks (
    il_from integer NOT NULL REFERENCES page (page_id),
    il_from_namespace integer NOT NULL,
    il_to varchar(255) NOT NULL,
    PRIMARY KEY (il_from, il_to)
);

CREATE TABLE externallinks (
    el_id integer PRIMARY KEY,
    el_from integer NOT NULL REFERENCES page (page_id),
    el_to_domain_index varchar(255) NOT NULL,
    el_to_path text
);

CREATE TABLE langlinks (
    ll_from integer NOT NULL REFERENCES page (page_id),
    ll_lang varchar(35) NOT NULL,
    ll_title varchar(255) NOT NULL,
    PRIMARY KEY (ll_from, ll_lang)
);

CREATE TABLE redirect (
    rd_from integer PRIMARY KEY REFERENCES page (page_id),
    rd_namespace integer NOT NULL,
    rd_title varchar(255) NOT NULL,
    rd_interwiki varchar(32),
    rd_fragment varchar(255)
);

CREATE TABLE page_props (
    pp_page integer NOT NULL REFERENCES page (page_id),
    pp_propname varchar(60) NOT NULL,
    pp_value text NOT NULL,
    pp_sortkey double precision,
    PRIMARY KEY (pp_page, pp_propname)
);

CREATE TABLE page_restrictions (
    pr_id integer PRIMARY KEY,
    pr_page integer NOT NULL REFERENCES page (page_id),
    pr_type varchar(60) NOT NULL,
    pr_level varchar(60) NOT NULL,
    pr_cascade smallint NOT NULL,
    pr_expiry timestamp
);

CREATE TABLE watchlist (
    wl_id integer PRIMARY KEY,
    wl_user integer NOT NULL REFERENCES "user" (user_id),
    wl_namespace integer NOT NULL DEFAULT 0,
    wl_title varchar(255) NOT NULL,
    wl_notificationtimestamp timestamp
);

CREATE TABLE watchlist_expiry (
    we_item integer PRIMARY KEY REFERENCES watchlist (wl_id),
    we_expiry timestamp NOT NULL
);

CREATE TABLE logging (
    log_id integer PRIMARY KEY,
    log_type varchar(32) NOT NULL,
    log_action varchar(32) NOT NULL,
    log_timestamp timestamp NOT NULL,
    log_actor bigint NOT NULL REFERENCES actor (actor_id),
    log_namespace integer NOT NULL DEFAULT 0,
    log_title varchar(255) NOT NULL,
    log_page integer REFERENCES page (page_id),
    log_comment_id bigint NOT NULL REFERENCES comment (comment_id),
    log_params text NOT NULL,
    log_deleted smallint NOT NULL DEFAULT 0
);

CREATE TABLE log_search (
    ls_field varchar(32) NOT NULL,
    ls_value varchar(255) NOT NULL,
    ls_log_id integer NOT NULL REFERENCES logging (log_id),
    PRIMARY KEY (ls_field, ls_value, ls_log_id)
);

CREATE TABLE recentchanges (
    rc_id integer PRIMARY KEY,
    rc_timestamp timestamp NOT NULL,
    rc_actor bigint NOT NULL REFERENCES actor (actor_id),
    rc_namespace integer NOT NULL DEFAULT 0,
    rc_title varchar(255) NOT NULL,
    rc_comment_id bigint NOT NULL REFERENCES comment (comment_id),
    rc_minor smallint NOT NULL DEFAULT 0,
    rc_bot smallint NOT NULL DEFAULT 0,
    rc_new smallint NOT NULL DEFAULT 0,
    rc_cur_id integer REFERENCES page (page_id),
    rc_this_oldid bigint REFERENCES revision (rev_id),
    rc_last_oldid bigint REFERENCES revision (rev_id),
    rc_type smallint NOT NULL DEFAULT 0,
    rc_source varchar(16) NOT NULL,
    rc_patrolled smallint NOT NULL DEFAULT 0,
    rc_ip varchar(40) NOT NULL,
    rc_old_len integer,
    rc_new_len integer,
    rc_deleted smallint NOT NULL DEFAULT 0,
    rc_logid integer REFERENCES logging (log_id),
    rc_log_type varchar(255),
    rc_log_action varchar(255),
    rc_params text
);

CREATE TABLE change_tag_def (
    ctd_id integer PRIMARY KEY,
    ctd_name varchar(255) NOT NULL UNIQUE,
    ctd_user_defined smallint NOT NULL,
    ctd_count bigint NOT NULL DEFAULT 0
);

CREATE TABLE change_tag (
    ct_id integer PRIMARY KEY,
    ct_rc_id integer REFERENCES recentchanges (rc_id),
    ct_log_id integer REFERENCES logging (log_id),
    ct_rev_id bigint REFERENCES revision (rev_id),
    ct_params text,
    ct_tag_id integer NOT NULL REFERENCES change_tag_def (ctd_id)
);

CREATE TABLE ipblocks (
    ipb_id integer PRIMARY KEY,
    ipb_address varchar(255) NOT NULL,
    ipb_user integer REFERENCES "user" (user_id),
    ipb_by_actor bigint NOT NULL REFERENCES actor (actor_id),
    ipb_reason_id bigint NOT NULL REFERENCES comment (comment_id),
    ipb_timestamp timestamp NOT NULL,
    ipb_auto smallint NOT NULL DEFAULT 0,
    ipb_anon_only smallint NOT NULL DEFAULT 0,
    ipb_create_account smallint NOT NULL DEFAULT 1,
    ipb_enable_autoblock smallint NOT NULL DEFAULT 1,
    ipb_expiry timestamp NOT NULL,
    ipb_range_start varchar(255) NOT NULL,
    ipb_range_end varchar(255) NOT NULL,
    ipb_deleted smallint NOT NULL DEFAULT 0,
    ipb_block_email smallint NOT NULL DEFAULT 0,
    ipb_allow_usertalk smallint NOT NULL DEFAULT 0,
    ipb_parent_block_id integer REFERENCES ipblocks (ipb_id),
    ipb_sitewide smallint NOT NULL DEFAULT 1
);

CREATE TABLE ipblocks_restrictions (
    ir_ipb_id integer NOT NULL REFERENCES ipblocks (ipb_id),
    ir_type smallint NOT NULL,
    ir_value integer NOT NULL,
    PRIMARY KEY (ir_ipb_id, ir_type, ir_value)
);

CREATE TABLE image (
    img_name varchar(255) PRIMARY KEY,
    img_size bigint NOT NULL DEFAULT 0,
    img_width integer NOT NULL DEFAULT 0,
    img_height integer NOT NULL DEFAULT 0,
    img_metadata text NOT NULL,
    img_bits integer NOT NULL DEFAULT 0,
    img_media_type varchar(16),
    img_major_mime varchar(16) NOT NULL,
    img_minor_mime varchar(100) NOT NULL,
    img_description_id bigint NOT NULL REFERENCES comment (comment_id),
    img_actor bigint NOT NULL REFERENCES actor (actor_id),
    img_timestamp timestamp NOT NULL,
    img_sha1 varchar(32) NOT NULL
);

CREATE TABLE oldimage (
    oi_name varchar(255) NOT NULL REFERENCES image (img_name),
    oi_archive_name varchar(255) NOT NULL,
    oi_size bigint NOT NULL DEFAULT 0,
    oi_width integer NOT NULL DEFAULT 0,
    oi_height integer NOT NULL DEFAULT 0,
    oi_bits integer NOT NULL DEFAULT 0,
    oi_description_id bigint NOT NULL REFERENCES comment (comment_id),
    oi_actor bigint NOT NULL REFERENCES actor (actor_id),
    oi_timestamp timestamp NOT NULL,
    oi_metadata text NOT NULL,
    oi_sha1 varchar(32) NOT NULL
);

CREATE TABLE filearchive (
    fa_id integer PRIMARY KEY,
    fa_name varchar(255) NOT NULL,
    fa_archive_name varchar(255),
    fa_storage_group varchar(16),
    fa_storage_key varchar(64),
    fa_deleted_user integer REFERENCES "user" (user_id),
    fa_deleted_timestamp timestamp,
    fa_deleted_reason_id bigint NOT NULL REFERENCES comment (comment_id),
    fa_size bigint DEFAULT 0,
    fa_width integer DEFAULT 0,
    fa_height integer DEFAULT 0,
    fa_metadata text,
    fa_media_type varchar(16),
    fa_description_id bigint NOT NULL REFERENCES comment (comment_id),
    fa_actor bigint NOT NULL REFERENCES actor (actor_id),
    fa_timestamp timestamp,
    fa_deleted smallint NOT NULL DEFAULT 0,
    fa_sha1 varchar(32) NOT NULL
);
