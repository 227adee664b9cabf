-- bugzilla.sql: a twentieth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind20). The database of Bugzilla
-- (5.0) on PostgreSQL, as checksetup.pl writes it from Bugzilla::DB::
-- Schema: user profiles and their settings, groups and their maps,
-- classifications, products, components, versions and milestones, bugs
-- with their comments (longdescs), activity, CC list, dependencies,
-- duplicates, keywords, aliases, see-also links and tags, attachments,
-- flag types and flags, field definitions and the select fields' value
-- tables, the status workflow, saved searches, whines, charts (series),
-- tokens, login cookies, API keys, quips and the audit log.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Bugzilla::DB::Schema, trimmed.
-- Conventions: users are `profiles` keyed by `userid`; most tables keyed
-- by `id`, bugs by `bug_id`, comments (longdescs) by `comment_id`,
-- attachments by `attach_id`, charts by `series_id`, quips by `quipid`;
-- Bugzilla's own names for user links: assigned_to, reporter, qa_contact,
-- who, submitter_id, setter_id, requestee_id, initialowner,
-- initialqacontact, watcher / watched, creator, owner_userid, userid and
-- user_id; bug links blocked / dependson, dupe / dupe_of; fieldid ->
-- fielddefs; keywordid -> keyworddefs; flag links type_id -> flagtypes,
-- grant_group_id / request_group_id -> groups; group maps member_id /
-- grantor_id; series category / subcategory -> series_categories;
-- eventid -> whine_events; the select fields are referenced by their
-- text value (bugs.bug_status -> bug_status.value, bug_severity,
-- priority, op_sys, rep_platform, resolution), status_workflow by the
-- statuses' ids (old_status / new_status); profile_setting.setting_name
-- and setting_value.name -> setting.name (a text key).
-- The REFERENCES are the FKs Bugzilla 5 declares (its REFERENCES in the
-- schema, fk_<table>_<column>_<parent>_<column>), and the six standard
-- select fields of bugs (bug_status, bug_severity, priority, op_sys,
-- rep_platform, resolution) to their value tables' `value`, links Bugzilla
-- follows by value and declares for custom select fields (the author does
-- not recall whether the schema declares them for the standard ones:
-- written as REFERENCES). Left without REFERENCES:
-- bugs.version and bugs.target_milestone (text values of versions /
-- milestones within the bug's product, not declared), field_visibility.
-- value_id and the visibility_value_id of the value tables (a value of
-- whichever field), products.defaultmilestone, audit_log.object_id (a row
-- of whichever class), whine_schedules.mailto (a user or a group, by
-- mailto_type).

CREATE TABLE profiles (
    userid serial PRIMARY KEY,
    login_name varchar(255) NOT NULL UNIQUE,
    cryptpassword varchar(128),
    realname varchar(255) NOT NULL DEFAULT '',
    disabledtext text NOT NULL DEFAULT '',
    disable_mail smallint NOT NULL DEFAULT 0,
    mybugslink smallint NOT NULL DEFAULT 1,
    extern_id varchar(64),
    is_enabled smallint NOT NULL DEFAULT 1,
    last_seen_date timestamp
);

CREATE TABLE classifications (
    id smallserial PRIMARY KEY,
    name varchar(64) NOT NULL UNIQUE,
    description text,
    sortkey smallint NOT NULL DEFAULT 0
);

CREATE TABLE products (
    id smallserial PRIMARY KEY,
    name varchar(64) NOT NULL UNIQUE,
    classification_id smallint NOT NULL DEFAULT 1 REFERENCES classifications (id),
    description text NOT NULL,
    isactive smallint NOT NULL DEFAULT 1,
    defaultmilestone varchar(64) NOT NULL DEFAULT '---',
    allows_unconfirmed smallint NOT NULL DEFAULT 1
);

CREATE TABLE components (
    id smallserial PRIMARY KEY,
    name varchar(64) NOT NULL,
    product_id smallint NOT NULL REFERENCES products (id),
    initialowner integer NOT NULL REFERENCES profiles (userid),
    initialqacontact integer REFERENCES profiles (userid),
    description text NOT NULL,
    isactive smallint NOT NULL DEFAULT 1
);

CREATE TABLE versions (
    id serial PRIMARY KEY,
    value varchar(64) NOT NULL,
    product_id smallint NOT NULL REFERENCES products (id),
    isactive smallint NOT NULL DEFAULT 1
);

CREATE TABLE milestones (
    id serial PRIMARY KEY,
    product_id smallint NOT NULL REFERENCES products (id),
    value varchar(64) NOT NULL,
    sortkey smallint NOT NULL DEFAULT 0,
    isactive smallint NOT NULL DEFAULT 1
);

CREATE TABLE bug_status (
    id smallserial PRIMARY KEY,
    value varchar(64) NOT NULL UNIQUE,
    sortkey smallint NOT NULL DEFAULT 0,
    isactive smallint NOT NULL DEFAULT 1,
    visibility_value_id smallint,
    is_open smallint NOT NULL DEFAULT 1
);

CREATE TABLE resolution (
    id smallserial PRIMARY KEY,
    value varchar(64) NOT NULL UNIQUE,
    sortkey smallint NOT NULL DEFAULT 0,
    isactive smallint NOT NULL DEFAULT 1,
    visibility_value_id smallint
);

CREATE TABLE priority (
    id smallserial PRIMARY KEY,
    value varchar(64) NOT NULL UNIQUE,
    sortkey smallint NOT NULL DEFAULT 0,
    isactive smallint NOT NULL DEFAULT 1,
    visibility_value_id smallint
);

CREATE TABLE bug_severity (
    id smallserial PRIMARY KEY,
    value varchar(64) NOT NULL UNIQUE,
    sortkey smallint NOT NULL DEFAULT 0,
    isactive smallint NOT NULL DEFAULT 1,
    visibility_value_id smallint
);

CREATE TABLE op_sys (
    id smallserial PRIMARY KEY,
    value varchar(64) NOT NULL UNIQUE,
    sortkey smallint NOT NULL DEFAULT 0,
    isactive smallint NOT NULL DEFAULT 1,
    visibility_value_id smallint
);

CREATE TABLE rep_platform (
    id smallserial PRIMARY KEY,
    value varchar(64) NOT NULL UNIQUE,
    sortkey smallint NOT NULL DEFAULT 0,
    isactive smallint NOT NULL DEFAULT 1,
    visibility_value_id smallint
);

CREATE TABLE status_workflow (
    old_status smallint REFERENCES bug_status (id),
    new_status smallint NOT NULL REFERENCES bug_status (id),
    require_comment smallint NOT NULL DEFAULT 0
);

CREATE TABLE bugs (
    bug_id serial PRIMARY KEY,
    assigned_to integer NOT NULL REFERENCES profiles (userid),
    bug_file_loc text NOT NULL DEFAULT '',
    bug_severity varchar(64) NOT NULL REFERENCES bug_severity (value),
    bug_status varchar(64) NOT NULL REFERENCES bug_status (value),
    creation_ts timestamp,
    delta_ts timestamp NOT NULL,
    short_desc varchar(255) NOT NULL,
    op_sys varchar(64) NOT NULL REFERENCES op_sys (value),
    priority varchar(64) NOT NULL REFERENCES priority (value),
    product_id smallint NOT NULL REFERENCES products (id),
    rep_platform varchar(64) NOT NULL REFERENCES rep_platform (value),
    reporter integer NOT NULL REFERENCES profiles (userid),
    version varchar(64) NOT NULL,
    component_id smallint NOT NULL REFERENCES components (id),
    resolution varchar(64) REFERENCES resolution (value),
    target_milestone varchar(64) NOT NULL DEFAULT '---',
    qa_contact integer REFERENCES profiles (userid),
    status_whiteboard text NOT NULL DEFAULT '',
    lastdiffed timestamp,
    everconfirmed smallint NOT NULL,
    reporter_accessible smallint NOT NULL DEFAULT 1,
    cclist_accessible smallint NOT NULL DEFAULT 1,
    estimated_time decimal(7,2) NOT NULL DEFAULT 0,
    remaining_time decimal(7,2) NOT NULL DEFAULT 0,
    deadline timestamp
);

CREATE TABLE bugs_fulltext (
    bug_id int PRIMARY KEY REFERENCES bugs (bug_id),
    short_desc varchar(255) NOT NULL,
    comments text,
    comments_noprivate text
);

CREATE TABLE bugs_aliases (
    alias varchar(40) NOT NULL UNIQUE,
    bug_id integer REFERENCES bugs (bug_id)
);

CREATE TABLE fielddefs (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL UNIQUE,
    type smallint NOT NULL DEFAULT 0,
    custom smallint NOT NULL DEFAULT 0,
    description text NOT NULL,
    long_desc varchar(255) NOT NULL DEFAULT '',
    mailhead smallint NOT NULL DEFAULT 0,
    sortkey integer NOT NULL,
    obsolete smallint NOT NULL DEFAULT 0,
    enter_bug smallint NOT NULL DEFAULT 0,
    buglist smallint NOT NULL DEFAULT 0,
    visibility_field_id integer REFERENCES fielddefs (id),
    value_field_id integer REFERENCES fielddefs (id),
    reverse_desc text,
    is_mandatory smallint NOT NULL DEFAULT 0,
    is_numeric smallint NOT NULL DEFAULT 0
);

CREATE TABLE field_visibility (
    field_id integer REFERENCES fielddefs (id),
    value_id smallint NOT NULL
);

CREATE TABLE longdescs (
    comment_id serial PRIMARY KEY,
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    who integer NOT NULL REFERENCES profiles (userid),
    bug_when timestamp NOT NULL,
    work_time decimal(7,2) NOT NULL DEFAULT 0,
    thetext text NOT NULL,
    isprivate smallint NOT NULL DEFAULT 0,
    already_wrapped smallint NOT NULL DEFAULT 0,
    type smallint NOT NULL DEFAULT 0,
    extra_data varchar(255)
);

CREATE TABLE longdescs_tags (
    id serial PRIMARY KEY,
    comment_id integer REFERENCES longdescs (comment_id),
    tag varchar(24) NOT NULL
);

CREATE TABLE longdescs_tags_weights (
    id serial PRIMARY KEY,
    tag varchar(24) NOT NULL UNIQUE,
    weight integer NOT NULL
);

CREATE TABLE longdescs_tags_activity (
    id serial PRIMARY KEY,
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    comment_id integer REFERENCES longdescs (comment_id),
    who integer NOT NULL REFERENCES profiles (userid),
    bug_when timestamp NOT NULL,
    added varchar(24),
    removed varchar(24)
);

CREATE TABLE attachments (
    attach_id serial PRIMARY KEY,
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    creation_ts timestamp NOT NULL,
    modification_time timestamp NOT NULL,
    description text NOT NULL,
    mimetype text NOT NULL,
    ispatch smallint NOT NULL DEFAULT 0,
    filename varchar(255) NOT NULL,
    submitter_id integer NOT NULL REFERENCES profiles (userid),
    isobsolete smallint NOT NULL DEFAULT 0,
    isprivate smallint NOT NULL DEFAULT 0
);

CREATE TABLE attach_data (
    id int PRIMARY KEY REFERENCES attachments (attach_id),
    thedata bytea NOT NULL
);

CREATE TABLE bugs_activity (
    id serial PRIMARY KEY,
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    attach_id integer REFERENCES attachments (attach_id),
    who integer NOT NULL REFERENCES profiles (userid),
    bug_when timestamp NOT NULL,
    fieldid integer NOT NULL REFERENCES fielddefs (id),
    added varchar(255),
    removed varchar(255),
    comment_id integer REFERENCES longdescs (comment_id)
);

CREATE TABLE cc (
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    who integer NOT NULL REFERENCES profiles (userid)
);

CREATE TABLE dependencies (
    blocked integer NOT NULL REFERENCES bugs (bug_id),
    dependson integer NOT NULL REFERENCES bugs (bug_id)
);

CREATE TABLE duplicates (
    dupe_of integer NOT NULL REFERENCES bugs (bug_id),
    dupe int PRIMARY KEY REFERENCES bugs (bug_id)
);

CREATE TABLE bug_see_also (
    id serial PRIMARY KEY,
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    value varchar(255) NOT NULL,
    class varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE bug_user_last_visit (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES profiles (userid),
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    last_visit_ts timestamp NOT NULL
);

CREATE TABLE keyworddefs (
    id smallserial PRIMARY KEY,
    name varchar(64) NOT NULL UNIQUE,
    description text NOT NULL,
    is_active smallint NOT NULL DEFAULT 1
);

CREATE TABLE keywords (
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    keywordid smallint NOT NULL REFERENCES keyworddefs (id)
);

CREATE TABLE groups (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL UNIQUE,
    description text NOT NULL,
    isbuggroup smallint NOT NULL,
    userregexp text NOT NULL DEFAULT '',
    isactive smallint NOT NULL DEFAULT 1,
    icon_url text
);

CREATE TABLE group_group_map (
    member_id integer NOT NULL REFERENCES groups (id),
    grantor_id integer NOT NULL REFERENCES groups (id),
    grant_type smallint NOT NULL DEFAULT 0
);

CREATE TABLE user_group_map (
    user_id integer NOT NULL REFERENCES profiles (userid),
    group_id integer NOT NULL REFERENCES groups (id),
    isbless smallint NOT NULL DEFAULT 0,
    grant_type smallint NOT NULL DEFAULT 0
);

CREATE TABLE group_control_map (
    group_id integer NOT NULL REFERENCES groups (id),
    product_id smallint NOT NULL REFERENCES products (id),
    entry smallint NOT NULL DEFAULT 0,
    membercontrol smallint NOT NULL DEFAULT 0,
    othercontrol smallint NOT NULL DEFAULT 0,
    canedit smallint NOT NULL DEFAULT 0,
    editcomponents smallint NOT NULL DEFAULT 0,
    editbugs smallint NOT NULL DEFAULT 0,
    canconfirm smallint NOT NULL DEFAULT 0
);

CREATE TABLE bug_group_map (
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    group_id integer NOT NULL REFERENCES groups (id)
);

CREATE TABLE series_categories (
    id smallserial PRIMARY KEY,
    name varchar(64) NOT NULL UNIQUE
);

CREATE TABLE category_group_map (
    category_id smallint NOT NULL REFERENCES series_categories (id),
    group_id integer NOT NULL REFERENCES groups (id)
);

CREATE TABLE series (
    series_id serial PRIMARY KEY,
    creator integer REFERENCES profiles (userid),
    category smallint NOT NULL REFERENCES series_categories (id),
    subcategory smallint NOT NULL REFERENCES series_categories (id),
    name varchar(64) NOT NULL,
    frequency smallint NOT NULL,
    query text NOT NULL,
    is_public smallint NOT NULL DEFAULT 0
);

CREATE TABLE series_data (
    series_id integer NOT NULL REFERENCES series (series_id),
    series_date timestamp NOT NULL,
    series_value integer NOT NULL
);

CREATE TABLE flagtypes (
    id smallserial PRIMARY KEY,
    name varchar(50) NOT NULL,
    description text NOT NULL,
    cc_list varchar(200),
    target_type char(1) NOT NULL DEFAULT 'b',
    is_active smallint NOT NULL DEFAULT 1,
    is_requestable smallint NOT NULL DEFAULT 0,
    is_requesteeble smallint NOT NULL DEFAULT 0,
    is_multiplicable smallint NOT NULL DEFAULT 0,
    sortkey smallint NOT NULL DEFAULT 0,
    grant_group_id integer REFERENCES groups (id),
    request_group_id integer REFERENCES groups (id)
);

CREATE TABLE flaginclusions (
    type_id smallint NOT NULL REFERENCES flagtypes (id),
    product_id smallint REFERENCES products (id),
    component_id smallint REFERENCES components (id)
);

CREATE TABLE flagexclusions (
    type_id smallint NOT NULL REFERENCES flagtypes (id),
    product_id smallint REFERENCES products (id),
    component_id smallint REFERENCES components (id)
);

CREATE TABLE flags (
    id serial PRIMARY KEY,
    type_id smallint NOT NULL REFERENCES flagtypes (id),
    status char(1) NOT NULL,
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    attach_id integer REFERENCES attachments (attach_id),
    creation_date timestamp NOT NULL,
    modification_date timestamp,
    setter_id integer NOT NULL REFERENCES profiles (userid),
    requestee_id integer REFERENCES profiles (userid)
);

CREATE TABLE component_cc (
    user_id integer NOT NULL REFERENCES profiles (userid),
    component_id smallint NOT NULL REFERENCES components (id)
);

CREATE TABLE profiles_activity (
    id serial PRIMARY KEY,
    userid integer NOT NULL REFERENCES profiles (userid),
    who integer NOT NULL REFERENCES profiles (userid),
    profiles_when timestamp NOT NULL,
    fieldid integer NOT NULL REFERENCES fielddefs (id),
    oldvalue text,
    newvalue text
);

CREATE TABLE email_setting (
    user_id integer NOT NULL REFERENCES profiles (userid),
    relationship smallint NOT NULL,
    event smallint NOT NULL
);

CREATE TABLE email_bug_ignore (
    user_id integer NOT NULL REFERENCES profiles (userid),
    bug_id integer NOT NULL REFERENCES bugs (bug_id)
);

CREATE TABLE watch (
    watcher integer NOT NULL REFERENCES profiles (userid),
    watched integer NOT NULL REFERENCES profiles (userid)
);

CREATE TABLE namedqueries (
    id serial PRIMARY KEY,
    userid integer NOT NULL REFERENCES profiles (userid),
    name varchar(64) NOT NULL,
    query text NOT NULL
);

CREATE TABLE namedqueries_link_in_footer (
    namedquery_id integer NOT NULL REFERENCES namedqueries (id),
    user_id integer NOT NULL REFERENCES profiles (userid)
);

CREATE TABLE namedquery_group_map (
    namedquery_id int PRIMARY KEY REFERENCES namedqueries (id),
    group_id integer NOT NULL REFERENCES groups (id)
);

CREATE TABLE tag (
    id serial PRIMARY KEY,
    name varchar(64) NOT NULL,
    user_id integer NOT NULL REFERENCES profiles (userid)
);

CREATE TABLE bug_tag (
    bug_id integer NOT NULL REFERENCES bugs (bug_id),
    tag_id integer NOT NULL REFERENCES tag (id)
);

CREATE TABLE reports (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES profiles (userid),
    name varchar(64) NOT NULL,
    query text NOT NULL
);

CREATE TABLE logincookies (
    cookie varchar(16) PRIMARY KEY,
    userid integer NOT NULL REFERENCES profiles (userid),
    ipaddr varchar(40),
    lastused timestamp NOT NULL
);

CREATE TABLE login_failure (
    user_id integer NOT NULL REFERENCES profiles (userid),
    login_time timestamp NOT NULL,
    ip_addr varchar(40) NOT NULL
);

CREATE TABLE tokens (
    token varchar(16) PRIMARY KEY,
    userid integer REFERENCES profiles (userid),
    issuedate timestamp NOT NULL,
    tokentype varchar(16) NOT NULL,
    eventdata text
);

CREATE TABLE user_api_keys (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES profiles (userid),
    api_key varchar(40) NOT NULL UNIQUE,
    description varchar(255),
    revoked smallint NOT NULL DEFAULT 0,
    last_used timestamp
);

CREATE TABLE profile_search (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES profiles (userid),
    bug_list text NOT NULL,
    list_order text
);

CREATE TABLE setting (
    name varchar(32) PRIMARY KEY,
    default_value varchar(32) NOT NULL,
    is_enabled smallint NOT NULL DEFAULT 1,
    subclass varchar(32)
);

CREATE TABLE setting_value (
    name varchar(32) NOT NULL REFERENCES setting (name),
    value varchar(32) NOT NULL,
    sortindex smallint NOT NULL
);

CREATE TABLE profile_setting (
    user_id integer NOT NULL REFERENCES profiles (userid),
    setting_name varchar(32) NOT NULL REFERENCES setting (name),
    setting_value varchar(32) NOT NULL
);

CREATE TABLE whine_events (
    id serial PRIMARY KEY,
    owner_userid integer NOT NULL REFERENCES profiles (userid),
    subject varchar(128),
    body text,
    mailifnobugs smallint NOT NULL DEFAULT 0
);

CREATE TABLE whine_queries (
    id serial PRIMARY KEY,
    eventid integer NOT NULL REFERENCES whine_events (id),
    query_name varchar(64) NOT NULL DEFAULT '',
    sortkey smallint NOT NULL DEFAULT 0,
    onemailperbug smallint NOT NULL DEFAULT 0,
    title varchar(128) NOT NULL DEFAULT ''
);

CREATE TABLE whine_schedules (
    id serial PRIMARY KEY,
    eventid integer NOT NULL REFERENCES whine_events (id),
    run_day varchar(32),
    run_time varchar(32),
    run_next timestamp,
    mailto integer NOT NULL,
    mailto_type smallint NOT NULL DEFAULT 0
);

CREATE TABLE quips (
    quipid serial PRIMARY KEY,
    userid integer REFERENCES profiles (userid),
    quip varchar(512) NOT NULL,
    approved smallint NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
    user_id integer REFERENCES profiles (userid),
    class varchar(255) NOT NULL,
    object_id integer NOT NULL,
    field varchar(64) NOT NULL,
    removed text,
    added text,
    at_time timestamp NOT NULL
);

CREATE TABLE mail_staging (
    id serial PRIMARY KEY,
    message bytea NOT NULL
);
