-- phpbb.sql: a twelfth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind12). The database of a phpBB 3.3
-- board (forum software): users, groups and ranks, forums in a nested set,
-- topics and posts, polls, attachments, private messages with folders and
-- rules, the ACL tables (options, roles, role data, group and user grants),
-- moderators, read tracking and watches, bookmarks and drafts, reports and
-- warnings, the moderator / admin / user log, sessions and autologin keys,
-- bans, bots, friends and foes (zebra), custom profile fields, BBCodes,
-- styles and languages, the ACP/MCP/UCP module tree, the search index,
-- notifications and the team page. Written for this bench by an author who
-- had read neither the inference code nor its unit tests.
-- phpBB conventions: every table prefixed phpbb_, plural table names, keys
-- named <singular>_id (user_id, forum_id, topic_id, post_id, group_id,
-- msg_id, rank_id, style_id, lang_id, role_id, reason_id, log_id), but
-- phpbb_icons keyed by icons_id (referred to as icon_id) and
-- phpbb_acl_options by auth_option_id; references named for their role with
-- the table word as a prefix and no _id (topic_poster, topic_bumper,
-- user_rank, user_style, group_rank, forum_style, rule_folder_id) or with
-- it (topic_first_post_id, topic_last_post_id, topic_last_poster_id,
-- forum_last_post_id, forum_last_poster_id, topic_moved_id,
-- post_edit_user, post_delete_user, topic_delete_user, message_edit_user,
-- author_id, poster_id, reportee_id, vote_user_id, ban_userid,
-- session_user_id, session_forum_id, zebra_id, root_level, user_perm_from,
-- auth_role_id, style_parent_id, teampage_parent), nested sets with
-- parent_id / left_id / right_id, unsigned integers.
-- phpBB declares no foreign key in its database: the REFERENCES here are
-- the links the board follows in its code (the truth). Left without
-- REFERENCES: phpbb_attachments.post_msg_id (a post or a private message,
-- by in_message), notification item_id / item_parent_id (a post, topic or
-- message by type), phpbb_privmsgs_to.folder_id and
-- phpbb_users.user_full_folder (negative numbers for the inbox / outbox /
-- sent box, or a folder), phpbb_confirm.session_id and the oauth
-- session_id (sessions that may be gone), user_lang (a language's ISO
-- code, not unique), extension group names, and user names / colours
-- copied into the tables that cache them.

CREATE TABLE phpbb_ranks (
    rank_id serial PRIMARY KEY,
    rank_title varchar(255) NOT NULL DEFAULT '',
    rank_min integer NOT NULL DEFAULT 0,
    rank_special smallint NOT NULL DEFAULT 0,
    rank_image varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_styles (
    style_id serial PRIMARY KEY,
    style_name varchar(255) NOT NULL DEFAULT '' UNIQUE,
    style_copyright varchar(255) NOT NULL DEFAULT '',
    style_active smallint NOT NULL DEFAULT 1,
    style_path varchar(100) NOT NULL DEFAULT '',
    bbcode_bitfield varchar(255) NOT NULL DEFAULT 'kNg=',
    style_parent_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_styles (style_id),
    style_parent_tree text NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_lang (
    lang_id serial PRIMARY KEY,
    lang_iso varchar(30) NOT NULL DEFAULT '',
    lang_dir varchar(30) NOT NULL DEFAULT '',
    lang_english_name varchar(100) NOT NULL DEFAULT '',
    lang_local_name varchar(255) NOT NULL DEFAULT '',
    lang_author varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_groups (
    group_id serial PRIMARY KEY,
    group_type smallint NOT NULL DEFAULT 1,
    group_founder_manage smallint NOT NULL DEFAULT 0,
    group_skip_auth smallint NOT NULL DEFAULT 0,
    group_name varchar(255) NOT NULL DEFAULT '',
    group_desc varchar(4000) NOT NULL DEFAULT '',
    group_desc_bitfield varchar(255) NOT NULL DEFAULT '',
    group_desc_options integer NOT NULL DEFAULT 7,
    group_desc_uid varchar(8) NOT NULL DEFAULT '',
    group_display smallint NOT NULL DEFAULT 0,
    group_avatar varchar(255) NOT NULL DEFAULT '',
    group_avatar_type varchar(255) NOT NULL DEFAULT '',
    group_avatar_width smallint NOT NULL DEFAULT 0,
    group_avatar_height smallint NOT NULL DEFAULT 0,
    group_rank integer NOT NULL DEFAULT 0 REFERENCES phpbb_ranks (rank_id),
    group_colour varchar(6) NOT NULL DEFAULT '',
    group_sig_chars integer NOT NULL DEFAULT 0,
    group_receive_pm smallint NOT NULL DEFAULT 0,
    group_message_limit integer NOT NULL DEFAULT 0,
    group_max_recipients integer NOT NULL DEFAULT 0,
    group_legend integer NOT NULL DEFAULT 0,
    group_teampage integer NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_users (
    user_id serial PRIMARY KEY,
    user_type smallint NOT NULL DEFAULT 0,
    group_id integer NOT NULL DEFAULT 3 REFERENCES phpbb_groups (group_id),
    user_permissions text NOT NULL DEFAULT '',
    user_perm_from integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    user_ip varchar(40) NOT NULL DEFAULT '',
    user_regdate integer NOT NULL DEFAULT 0,
    username varchar(255) NOT NULL DEFAULT '',
    username_clean varchar(255) NOT NULL DEFAULT '' UNIQUE,
    user_password varchar(255) NOT NULL DEFAULT '',
    user_passchg integer NOT NULL DEFAULT 0,
    user_email varchar(100) NOT NULL DEFAULT '',
    user_birthday varchar(10) NOT NULL DEFAULT '',
    user_lastvisit integer NOT NULL DEFAULT 0,
    user_last_active integer NOT NULL DEFAULT 0,
    user_lastmark integer NOT NULL DEFAULT 0,
    user_lastpost_time integer NOT NULL DEFAULT 0,
    user_lastpage varchar(200) NOT NULL DEFAULT '',
    user_last_confirm_key varchar(10) NOT NULL DEFAULT '',
    user_last_search integer NOT NULL DEFAULT 0,
    user_warnings smallint NOT NULL DEFAULT 0,
    user_last_warning integer NOT NULL DEFAULT 0,
    user_login_attempts smallint NOT NULL DEFAULT 0,
    user_inactive_reason smallint NOT NULL DEFAULT 0,
    user_inactive_time integer NOT NULL DEFAULT 0,
    user_posts integer NOT NULL DEFAULT 0,
    user_lang varchar(30) NOT NULL DEFAULT '',
    user_timezone varchar(100) NOT NULL DEFAULT '',
    user_dateformat varchar(64) NOT NULL DEFAULT 'd M Y H:i',
    user_style integer NOT NULL DEFAULT 0 REFERENCES phpbb_styles (style_id),
    user_rank integer NOT NULL DEFAULT 0 REFERENCES phpbb_ranks (rank_id),
    user_colour varchar(6) NOT NULL DEFAULT '',
    user_new_privmsg integer NOT NULL DEFAULT 0,
    user_unread_privmsg integer NOT NULL DEFAULT 0,
    user_last_privmsg integer NOT NULL DEFAULT 0,
    user_message_rules smallint NOT NULL DEFAULT 0,
    user_full_folder integer NOT NULL DEFAULT -3,
    user_emailtime integer NOT NULL DEFAULT 0,
    user_topic_show_days smallint NOT NULL DEFAULT 0,
    user_topic_sortby_type varchar(1) NOT NULL DEFAULT 't',
    user_topic_sortby_dir varchar(1) NOT NULL DEFAULT 'd',
    user_post_show_days smallint NOT NULL DEFAULT 0,
    user_post_sortby_type varchar(1) NOT NULL DEFAULT 't',
    user_post_sortby_dir varchar(1) NOT NULL DEFAULT 'a',
    user_notify smallint NOT NULL DEFAULT 0,
    user_notify_pm smallint NOT NULL DEFAULT 1,
    user_notify_type smallint NOT NULL DEFAULT 0,
    user_allow_pm smallint NOT NULL DEFAULT 1,
    user_allow_viewonline smallint NOT NULL DEFAULT 1,
    user_allow_viewemail smallint NOT NULL DEFAULT 1,
    user_allow_massemail smallint NOT NULL DEFAULT 1,
    user_options integer NOT NULL DEFAULT 230271,
    user_avatar varchar(255) NOT NULL DEFAULT '',
    user_avatar_type varchar(255) NOT NULL DEFAULT '',
    user_avatar_width smallint NOT NULL DEFAULT 0,
    user_avatar_height smallint NOT NULL DEFAULT 0,
    user_sig text NOT NULL DEFAULT '',
    user_sig_bbcode_uid varchar(8) NOT NULL DEFAULT '',
    user_sig_bbcode_bitfield varchar(255) NOT NULL DEFAULT '',
    user_jabber varchar(255) NOT NULL DEFAULT '',
    user_actkey varchar(32) NOT NULL DEFAULT '',
    reset_token varchar(64) NOT NULL DEFAULT '',
    reset_token_expiration integer NOT NULL DEFAULT 0,
    user_newpasswd varchar(255) NOT NULL DEFAULT '',
    user_form_salt varchar(32) NOT NULL DEFAULT '',
    user_new smallint NOT NULL DEFAULT 1,
    user_reminded smallint NOT NULL DEFAULT 0,
    user_reminded_time integer NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_user_group (
    group_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_groups (group_id),
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    group_leader smallint NOT NULL DEFAULT 0,
    user_pending smallint NOT NULL DEFAULT 1,
    PRIMARY KEY (group_id, user_id)
);

CREATE TABLE phpbb_icons (
    icons_id serial PRIMARY KEY,
    icons_url varchar(255) NOT NULL DEFAULT '',
    icons_width smallint NOT NULL DEFAULT 0,
    icons_height smallint NOT NULL DEFAULT 0,
    icons_alt varchar(255) NOT NULL DEFAULT '',
    icons_order integer NOT NULL DEFAULT 0,
    display_on_posting smallint NOT NULL DEFAULT 1
);

CREATE TABLE phpbb_smilies (
    smiley_id serial PRIMARY KEY,
    code varchar(50) NOT NULL DEFAULT '',
    emotion varchar(255) NOT NULL DEFAULT '',
    smiley_url varchar(50) NOT NULL DEFAULT '',
    smiley_width smallint NOT NULL DEFAULT 0,
    smiley_height smallint NOT NULL DEFAULT 0,
    smiley_order integer NOT NULL DEFAULT 0,
    display_on_posting smallint NOT NULL DEFAULT 1
);

CREATE TABLE phpbb_forums (
    forum_id serial PRIMARY KEY,
    parent_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    left_id integer NOT NULL DEFAULT 0,
    right_id integer NOT NULL DEFAULT 0,
    forum_parents text NOT NULL DEFAULT '',
    forum_name varchar(255) NOT NULL DEFAULT '',
    forum_desc varchar(4000) NOT NULL DEFAULT '',
    forum_desc_bitfield varchar(255) NOT NULL DEFAULT '',
    forum_desc_options integer NOT NULL DEFAULT 7,
    forum_desc_uid varchar(8) NOT NULL DEFAULT '',
    forum_link varchar(255) NOT NULL DEFAULT '',
    forum_password varchar(255) NOT NULL DEFAULT '',
    forum_style integer NOT NULL DEFAULT 0 REFERENCES phpbb_styles (style_id),
    forum_image varchar(255) NOT NULL DEFAULT '',
    forum_rules varchar(4000) NOT NULL DEFAULT '',
    forum_rules_link varchar(255) NOT NULL DEFAULT '',
    forum_topics_per_page smallint NOT NULL DEFAULT 0,
    forum_type smallint NOT NULL DEFAULT 0,
    forum_status smallint NOT NULL DEFAULT 0,
    forum_last_post_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_posts (post_id),
    forum_last_poster_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    forum_last_post_subject varchar(255) NOT NULL DEFAULT '',
    forum_last_post_time integer NOT NULL DEFAULT 0,
    forum_last_poster_name varchar(255) NOT NULL DEFAULT '',
    forum_last_poster_colour varchar(6) NOT NULL DEFAULT '',
    forum_flags smallint NOT NULL DEFAULT 32,
    display_on_index smallint NOT NULL DEFAULT 1,
    enable_indexing smallint NOT NULL DEFAULT 1,
    enable_icons smallint NOT NULL DEFAULT 1,
    enable_prune smallint NOT NULL DEFAULT 0,
    prune_next integer NOT NULL DEFAULT 0,
    prune_days integer NOT NULL DEFAULT 0,
    prune_viewed integer NOT NULL DEFAULT 0,
    prune_freq integer NOT NULL DEFAULT 0,
    forum_posts_approved integer NOT NULL DEFAULT 0,
    forum_posts_unapproved integer NOT NULL DEFAULT 0,
    forum_posts_softdeleted integer NOT NULL DEFAULT 0,
    forum_topics_approved integer NOT NULL DEFAULT 0,
    forum_topics_unapproved integer NOT NULL DEFAULT 0,
    forum_topics_softdeleted integer NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_topics (
    topic_id serial PRIMARY KEY,
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    icon_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_icons (icons_id),
    topic_attachment smallint NOT NULL DEFAULT 0,
    topic_reported smallint NOT NULL DEFAULT 0,
    topic_title varchar(255) NOT NULL DEFAULT '',
    topic_poster integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    topic_time integer NOT NULL DEFAULT 0,
    topic_time_limit integer NOT NULL DEFAULT 0,
    topic_views integer NOT NULL DEFAULT 0,
    topic_status smallint NOT NULL DEFAULT 0,
    topic_type smallint NOT NULL DEFAULT 0,
    topic_first_post_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_posts (post_id),
    topic_first_poster_name varchar(255) NOT NULL DEFAULT '',
    topic_first_poster_colour varchar(6) NOT NULL DEFAULT '',
    topic_last_post_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_posts (post_id),
    topic_last_poster_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    topic_last_poster_name varchar(255) NOT NULL DEFAULT '',
    topic_last_poster_colour varchar(6) NOT NULL DEFAULT '',
    topic_last_post_subject varchar(255) NOT NULL DEFAULT '',
    topic_last_post_time integer NOT NULL DEFAULT 0,
    topic_last_view_time integer NOT NULL DEFAULT 0,
    topic_moved_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_topics (topic_id),
    topic_bumped smallint NOT NULL DEFAULT 0,
    topic_bumper integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    poll_title varchar(255) NOT NULL DEFAULT '',
    poll_start integer NOT NULL DEFAULT 0,
    poll_length integer NOT NULL DEFAULT 0,
    poll_max_options smallint NOT NULL DEFAULT 1,
    poll_last_vote integer NOT NULL DEFAULT 0,
    poll_vote_change smallint NOT NULL DEFAULT 0,
    topic_visibility smallint NOT NULL DEFAULT 0,
    topic_delete_time integer NOT NULL DEFAULT 0,
    topic_delete_reason varchar(255) NOT NULL DEFAULT '',
    topic_delete_user integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    topic_posts_approved integer NOT NULL DEFAULT 0,
    topic_posts_unapproved integer NOT NULL DEFAULT 0,
    topic_posts_softdeleted integer NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_posts (
    post_id serial PRIMARY KEY,
    topic_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_topics (topic_id),
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    poster_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    icon_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_icons (icons_id),
    poster_ip varchar(40) NOT NULL DEFAULT '',
    post_time integer NOT NULL DEFAULT 0,
    post_reported smallint NOT NULL DEFAULT 0,
    enable_bbcode smallint NOT NULL DEFAULT 1,
    enable_smilies smallint NOT NULL DEFAULT 1,
    enable_magic_url smallint NOT NULL DEFAULT 1,
    enable_sig smallint NOT NULL DEFAULT 1,
    post_username varchar(255) NOT NULL DEFAULT '',
    post_subject varchar(255) NOT NULL DEFAULT '',
    post_text text NOT NULL DEFAULT '',
    post_checksum varchar(32) NOT NULL DEFAULT '',
    post_attachment smallint NOT NULL DEFAULT 0,
    bbcode_bitfield varchar(255) NOT NULL DEFAULT '',
    bbcode_uid varchar(8) NOT NULL DEFAULT '',
    post_postcount smallint NOT NULL DEFAULT 1,
    post_edit_time integer NOT NULL DEFAULT 0,
    post_edit_reason varchar(255) NOT NULL DEFAULT '',
    post_edit_user integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    post_edit_count smallint NOT NULL DEFAULT 0,
    post_edit_locked smallint NOT NULL DEFAULT 0,
    post_visibility smallint NOT NULL DEFAULT 0,
    post_delete_time integer NOT NULL DEFAULT 0,
    post_delete_reason varchar(255) NOT NULL DEFAULT '',
    post_delete_user integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id)
);

CREATE TABLE phpbb_poll_options (
    poll_option_id smallint NOT NULL DEFAULT 0,
    topic_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_topics (topic_id),
    poll_option_text varchar(4000) NOT NULL DEFAULT '',
    poll_option_total integer NOT NULL DEFAULT 0,
    PRIMARY KEY (topic_id, poll_option_id)
);

CREATE TABLE phpbb_poll_votes (
    topic_id integer NOT NULL DEFAULT 0,
    poll_option_id smallint NOT NULL DEFAULT 0,
    vote_user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    vote_user_ip varchar(40) NOT NULL DEFAULT '',
    FOREIGN KEY (topic_id, poll_option_id) REFERENCES phpbb_poll_options (topic_id, poll_option_id)
);

CREATE TABLE phpbb_extension_groups (
    group_id serial PRIMARY KEY,
    group_name varchar(255) NOT NULL DEFAULT '',
    cat_id smallint NOT NULL DEFAULT 0,
    allow_group smallint NOT NULL DEFAULT 0,
    download_mode smallint NOT NULL DEFAULT 1,
    upload_icon varchar(255) NOT NULL DEFAULT '',
    max_filesize integer NOT NULL DEFAULT 0,
    allowed_forums text NOT NULL DEFAULT '',
    allow_in_pm smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_extensions (
    extension_id serial PRIMARY KEY,
    group_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_extension_groups (group_id),
    extension varchar(100) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_attachments (
    attach_id serial PRIMARY KEY,
    post_msg_id integer NOT NULL DEFAULT 0,
    topic_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_topics (topic_id),
    in_message smallint NOT NULL DEFAULT 0,
    poster_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    is_orphan smallint NOT NULL DEFAULT 1,
    physical_filename varchar(255) NOT NULL DEFAULT '',
    real_filename varchar(255) NOT NULL DEFAULT '',
    download_count integer NOT NULL DEFAULT 0,
    attach_comment varchar(4000) NOT NULL DEFAULT '',
    extension varchar(100) NOT NULL DEFAULT '',
    mimetype varchar(100) NOT NULL DEFAULT '',
    filesize integer NOT NULL DEFAULT 0,
    filetime integer NOT NULL DEFAULT 0,
    thumbnail smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_privmsgs (
    msg_id serial PRIMARY KEY,
    root_level integer NOT NULL DEFAULT 0 REFERENCES phpbb_privmsgs (msg_id),
    author_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    icon_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_icons (icons_id),
    author_ip varchar(40) NOT NULL DEFAULT '',
    message_time integer NOT NULL DEFAULT 0,
    enable_bbcode smallint NOT NULL DEFAULT 1,
    enable_smilies smallint NOT NULL DEFAULT 1,
    enable_magic_url smallint NOT NULL DEFAULT 1,
    enable_sig smallint NOT NULL DEFAULT 1,
    message_subject varchar(255) NOT NULL DEFAULT '',
    message_text text NOT NULL DEFAULT '',
    message_edit_reason varchar(255) NOT NULL DEFAULT '',
    message_edit_user integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    message_attachment smallint NOT NULL DEFAULT 0,
    bbcode_bitfield varchar(255) NOT NULL DEFAULT '',
    bbcode_uid varchar(8) NOT NULL DEFAULT '',
    message_edit_time integer NOT NULL DEFAULT 0,
    message_edit_count smallint NOT NULL DEFAULT 0,
    to_address varchar(4000) NOT NULL DEFAULT '',
    bcc_address varchar(4000) NOT NULL DEFAULT '',
    message_reported smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_privmsgs_folder (
    folder_id serial PRIMARY KEY,
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    folder_name varchar(255) NOT NULL DEFAULT '',
    pm_count integer NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_privmsgs_to (
    msg_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_privmsgs (msg_id),
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    author_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    pm_deleted smallint NOT NULL DEFAULT 0,
    pm_new smallint NOT NULL DEFAULT 1,
    pm_unread smallint NOT NULL DEFAULT 1,
    pm_replied smallint NOT NULL DEFAULT 0,
    pm_marked smallint NOT NULL DEFAULT 0,
    pm_forwarded smallint NOT NULL DEFAULT 0,
    folder_id integer NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_privmsgs_rules (
    rule_id serial PRIMARY KEY,
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    rule_check integer NOT NULL DEFAULT 0,
    rule_connection integer NOT NULL DEFAULT 0,
    rule_string varchar(255) NOT NULL DEFAULT '',
    rule_user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    rule_group_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_groups (group_id),
    rule_action integer NOT NULL DEFAULT 0,
    rule_folder_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_privmsgs_folder (folder_id)
);

CREATE TABLE phpbb_acl_options (
    auth_option_id serial PRIMARY KEY,
    auth_option varchar(50) NOT NULL DEFAULT '' UNIQUE,
    is_global smallint NOT NULL DEFAULT 0,
    is_local smallint NOT NULL DEFAULT 0,
    founder_only smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_acl_roles (
    role_id serial PRIMARY KEY,
    role_name varchar(255) NOT NULL DEFAULT '',
    role_description varchar(4000) NOT NULL DEFAULT '',
    role_type varchar(10) NOT NULL DEFAULT '',
    role_order smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_acl_roles_data (
    role_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_acl_roles (role_id),
    auth_option_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_acl_options (auth_option_id),
    auth_setting smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (role_id, auth_option_id)
);

CREATE TABLE phpbb_acl_groups (
    group_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_groups (group_id),
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    auth_option_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_acl_options (auth_option_id),
    auth_role_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_acl_roles (role_id),
    auth_setting smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_acl_users (
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    auth_option_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_acl_options (auth_option_id),
    auth_role_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_acl_roles (role_id),
    auth_setting smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_moderator_cache (
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    username varchar(255) NOT NULL DEFAULT '',
    group_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_groups (group_id),
    group_name varchar(255) NOT NULL DEFAULT '',
    display_on_index smallint NOT NULL DEFAULT 1
);

CREATE TABLE phpbb_sessions (
    session_id char(32) PRIMARY KEY,
    session_user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    session_last_visit integer NOT NULL DEFAULT 0,
    session_start integer NOT NULL DEFAULT 0,
    session_time integer NOT NULL DEFAULT 0,
    session_ip varchar(40) NOT NULL DEFAULT '',
    session_browser varchar(150) NOT NULL DEFAULT '',
    session_forwarded_for varchar(255) NOT NULL DEFAULT '',
    session_page varchar(255) NOT NULL DEFAULT '',
    session_viewonline smallint NOT NULL DEFAULT 1,
    session_autologin smallint NOT NULL DEFAULT 0,
    session_admin smallint NOT NULL DEFAULT 0,
    session_forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id)
);

CREATE TABLE phpbb_sessions_keys (
    key_id char(32) NOT NULL DEFAULT '',
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    last_ip varchar(40) NOT NULL DEFAULT '',
    last_login integer NOT NULL DEFAULT 0,
    PRIMARY KEY (key_id, user_id)
);

CREATE TABLE phpbb_forums_access (
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    session_id char(32) NOT NULL DEFAULT '' REFERENCES phpbb_sessions (session_id),
    PRIMARY KEY (forum_id, user_id, session_id)
);

CREATE TABLE phpbb_forums_track (
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    mark_time integer NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, forum_id)
);

CREATE TABLE phpbb_forums_watch (
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    notify_status smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_topics_track (
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    topic_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_topics (topic_id),
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    mark_time integer NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, topic_id)
);

CREATE TABLE phpbb_topics_posted (
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    topic_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_topics (topic_id),
    topic_posted smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, topic_id)
);

CREATE TABLE phpbb_topics_watch (
    topic_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_topics (topic_id),
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    notify_status smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_bookmarks (
    topic_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_topics (topic_id),
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    PRIMARY KEY (topic_id, user_id)
);

CREATE TABLE phpbb_drafts (
    draft_id serial PRIMARY KEY,
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    topic_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_topics (topic_id),
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    save_time integer NOT NULL DEFAULT 0,
    draft_subject varchar(255) NOT NULL DEFAULT '',
    draft_message text NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_reports_reasons (
    reason_id serial PRIMARY KEY,
    reason_title varchar(255) NOT NULL DEFAULT '',
    reason_description text NOT NULL DEFAULT '',
    reason_order smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_reports (
    report_id serial PRIMARY KEY,
    reason_id smallint NOT NULL DEFAULT 0 REFERENCES phpbb_reports_reasons (reason_id),
    post_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_posts (post_id),
    pm_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_privmsgs (msg_id),
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    user_notify smallint NOT NULL DEFAULT 0,
    report_closed smallint NOT NULL DEFAULT 0,
    report_time integer NOT NULL DEFAULT 0,
    report_text text NOT NULL DEFAULT '',
    reported_post_text text NOT NULL DEFAULT '',
    reported_post_uid varchar(8) NOT NULL DEFAULT '',
    reported_post_bitfield varchar(255) NOT NULL DEFAULT '',
    reported_post_enable_magic_url smallint NOT NULL DEFAULT 1,
    reported_post_enable_smilies smallint NOT NULL DEFAULT 1,
    reported_post_enable_bbcode smallint NOT NULL DEFAULT 1
);

CREATE TABLE phpbb_log (
    log_id serial PRIMARY KEY,
    log_type smallint NOT NULL DEFAULT 0,
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    forum_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_forums (forum_id),
    topic_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_topics (topic_id),
    post_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_posts (post_id),
    reportee_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    log_ip varchar(40) NOT NULL DEFAULT '',
    log_time integer NOT NULL DEFAULT 0,
    log_operation varchar(4000) NOT NULL DEFAULT '',
    log_data text NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_warnings (
    warning_id serial PRIMARY KEY,
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    post_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_posts (post_id),
    log_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_log (log_id),
    warning_time integer NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_banlist (
    ban_id serial PRIMARY KEY,
    ban_userid integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    ban_ip varchar(40) NOT NULL DEFAULT '',
    ban_email varchar(100) NOT NULL DEFAULT '',
    ban_start integer NOT NULL DEFAULT 0,
    ban_end integer NOT NULL DEFAULT 0,
    ban_exclude smallint NOT NULL DEFAULT 0,
    ban_reason varchar(255) NOT NULL DEFAULT '',
    ban_give_reason varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_disallow (
    disallow_id serial PRIMARY KEY,
    disallow_username varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_bots (
    bot_id serial PRIMARY KEY,
    bot_active smallint NOT NULL DEFAULT 1,
    bot_name varchar(255) NOT NULL DEFAULT '',
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    bot_agent varchar(255) NOT NULL DEFAULT '',
    bot_ip varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_zebra (
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    zebra_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    friend smallint NOT NULL DEFAULT 0,
    foe smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, zebra_id)
);

CREATE TABLE phpbb_profile_fields (
    field_id serial PRIMARY KEY,
    field_name varchar(255) NOT NULL DEFAULT '',
    field_type varchar(100) NOT NULL DEFAULT '',
    field_ident varchar(20) NOT NULL DEFAULT '',
    field_length varchar(20) NOT NULL DEFAULT '',
    field_minlen varchar(255) NOT NULL DEFAULT '',
    field_maxlen varchar(255) NOT NULL DEFAULT '',
    field_novalue varchar(255) NOT NULL DEFAULT '',
    field_default_value varchar(255) NOT NULL DEFAULT '',
    field_validation varchar(64) NOT NULL DEFAULT '',
    field_required smallint NOT NULL DEFAULT 0,
    field_show_on_reg smallint NOT NULL DEFAULT 0,
    field_hide smallint NOT NULL DEFAULT 0,
    field_no_view smallint NOT NULL DEFAULT 0,
    field_active smallint NOT NULL DEFAULT 0,
    field_order integer NOT NULL DEFAULT 0,
    field_show_profile smallint NOT NULL DEFAULT 0,
    field_show_on_vt smallint NOT NULL DEFAULT 0,
    field_show_novalue smallint NOT NULL DEFAULT 0,
    field_show_on_pm smallint NOT NULL DEFAULT 0,
    field_show_on_ml smallint NOT NULL DEFAULT 0,
    field_is_contact smallint NOT NULL DEFAULT 0,
    field_contact_desc varchar(255) NOT NULL DEFAULT '',
    field_contact_url varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_profile_fields_data (
    user_id integer PRIMARY KEY DEFAULT 0 REFERENCES phpbb_users (user_id),
    pf_phpbb_interests text NOT NULL DEFAULT '',
    pf_phpbb_occupation text NOT NULL DEFAULT '',
    pf_phpbb_location varchar(255) NOT NULL DEFAULT '',
    pf_phpbb_website varchar(255) NOT NULL DEFAULT '',
    pf_phpbb_facebook varchar(255) NOT NULL DEFAULT '',
    pf_phpbb_twitter varchar(255) NOT NULL DEFAULT '',
    pf_phpbb_youtube varchar(255) NOT NULL DEFAULT '',
    pf_phpbb_skype varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_profile_lang (
    field_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_profile_fields (field_id),
    lang_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_lang (lang_id),
    lang_name varchar(255) NOT NULL DEFAULT '',
    lang_explain varchar(4000) NOT NULL DEFAULT '',
    lang_default_value varchar(255) NOT NULL DEFAULT '',
    PRIMARY KEY (field_id, lang_id)
);

CREATE TABLE phpbb_profile_fields_lang (
    field_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_profile_fields (field_id),
    lang_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_lang (lang_id),
    option_id integer NOT NULL DEFAULT 0,
    field_type varchar(100) NOT NULL DEFAULT '',
    lang_value varchar(255) NOT NULL DEFAULT '',
    PRIMARY KEY (field_id, lang_id, option_id)
);

CREATE TABLE phpbb_bbcodes (
    bbcode_id smallint PRIMARY KEY DEFAULT 0,
    bbcode_tag varchar(16) NOT NULL DEFAULT '',
    bbcode_helpline text NOT NULL DEFAULT '',
    display_on_posting smallint NOT NULL DEFAULT 0,
    bbcode_match text NOT NULL DEFAULT '',
    bbcode_tpl text NOT NULL DEFAULT '',
    first_pass_match text NOT NULL DEFAULT '',
    first_pass_replace text NOT NULL DEFAULT '',
    second_pass_match text NOT NULL DEFAULT '',
    second_pass_replace text NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_modules (
    module_id serial PRIMARY KEY,
    module_enabled smallint NOT NULL DEFAULT 1,
    module_display smallint NOT NULL DEFAULT 1,
    module_basename varchar(255) NOT NULL DEFAULT '',
    module_class varchar(10) NOT NULL DEFAULT '',
    parent_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_modules (module_id),
    left_id integer NOT NULL DEFAULT 0,
    right_id integer NOT NULL DEFAULT 0,
    module_langname varchar(255) NOT NULL DEFAULT '',
    module_mode varchar(255) NOT NULL DEFAULT '',
    module_auth varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_search_wordlist (
    word_id serial PRIMARY KEY,
    word_text varchar(255) NOT NULL DEFAULT '' UNIQUE,
    word_common smallint NOT NULL DEFAULT 0,
    word_count integer NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_search_wordmatch (
    post_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_posts (post_id),
    word_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_search_wordlist (word_id),
    title_match smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (word_id, post_id, title_match)
);

CREATE TABLE phpbb_search_results (
    search_key varchar(32) PRIMARY KEY DEFAULT '',
    search_time integer NOT NULL DEFAULT 0,
    search_keywords text NOT NULL DEFAULT '',
    search_authors text NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_notification_types (
    notification_type_id serial PRIMARY KEY,
    notification_type_name varchar(255) NOT NULL DEFAULT '' UNIQUE,
    notification_type_enabled smallint NOT NULL DEFAULT 1
);

CREATE TABLE phpbb_notifications (
    notification_id serial PRIMARY KEY,
    notification_type_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_notification_types (notification_type_id),
    item_id integer NOT NULL DEFAULT 0,
    item_parent_id integer NOT NULL DEFAULT 0,
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    notification_read smallint NOT NULL DEFAULT 0,
    notification_time integer NOT NULL DEFAULT 1,
    notification_data varchar(4000) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_user_notifications (
    item_type varchar(165) NOT NULL DEFAULT '',
    item_id integer NOT NULL DEFAULT 0,
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    method varchar(165) NOT NULL DEFAULT '',
    notify smallint NOT NULL DEFAULT 1
);

CREATE TABLE phpbb_teampage (
    teampage_id serial PRIMARY KEY,
    group_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_groups (group_id),
    teampage_name varchar(255) NOT NULL DEFAULT '',
    teampage_position integer NOT NULL DEFAULT 0,
    teampage_parent integer NOT NULL DEFAULT 0 REFERENCES phpbb_teampage (teampage_id)
);

CREATE TABLE phpbb_login_attempts (
    attempt_ip varchar(40) NOT NULL DEFAULT '',
    attempt_browser varchar(150) NOT NULL DEFAULT '',
    attempt_forwarded_for varchar(255) NOT NULL DEFAULT '',
    attempt_time integer NOT NULL DEFAULT 0,
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    username varchar(255) NOT NULL DEFAULT '0',
    username_clean varchar(255) NOT NULL DEFAULT '0'
);

CREATE TABLE phpbb_oauth_accounts (
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    provider varchar(255) NOT NULL DEFAULT '',
    oauth_provider_id text NOT NULL DEFAULT '',
    PRIMARY KEY (user_id, provider)
);

CREATE TABLE phpbb_oauth_tokens (
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    session_id char(32) NOT NULL DEFAULT '',
    provider varchar(255) NOT NULL DEFAULT '',
    oauth_token text NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_oauth_states (
    user_id integer NOT NULL DEFAULT 0 REFERENCES phpbb_users (user_id),
    session_id char(32) NOT NULL DEFAULT '',
    provider varchar(255) NOT NULL DEFAULT '',
    oauth_state varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_confirm (
    confirm_id char(32) NOT NULL DEFAULT '',
    session_id char(32) NOT NULL DEFAULT '',
    confirm_type smallint NOT NULL DEFAULT 0,
    code varchar(8) NOT NULL DEFAULT '',
    seed integer NOT NULL DEFAULT 0,
    attempts integer NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, confirm_id)
);

CREATE TABLE phpbb_words (
    word_id serial PRIMARY KEY,
    word varchar(255) NOT NULL DEFAULT '',
    replacement varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_config (
    config_name varchar(255) PRIMARY KEY DEFAULT '',
    config_value varchar(255) NOT NULL DEFAULT '',
    is_dynamic smallint NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_config_text (
    config_name varchar(255) PRIMARY KEY DEFAULT '',
    config_value text NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_ext (
    ext_name varchar(255) PRIMARY KEY DEFAULT '',
    ext_active smallint NOT NULL DEFAULT 0,
    ext_state text NOT NULL DEFAULT ''
);

CREATE TABLE phpbb_migrations (
    migration_name varchar(255) PRIMARY KEY DEFAULT '',
    migration_depends_on text NOT NULL DEFAULT '',
    migration_schema_done smallint NOT NULL DEFAULT 0,
    migration_data_done smallint NOT NULL DEFAULT 0,
    migration_data_state text NOT NULL DEFAULT '',
    migration_start_time integer NOT NULL DEFAULT 0,
    migration_end_time integer NOT NULL DEFAULT 0
);

CREATE TABLE phpbb_sitelist (
    site_id serial PRIMARY KEY,
    site_ip varchar(40) NOT NULL DEFAULT '',
    site_hostname varchar(255) NOT NULL DEFAULT '',
    ip_exclude smallint NOT NULL DEFAULT 0
);
