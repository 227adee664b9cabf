-- limesurvey.sql: a twenty-fifth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind25). The database of a
-- LimeSurvey 5 / 6 install (PHP, Yii; installed here on PostgreSQL) with
-- the default lime_ table prefix: users, user groups, permissions and
-- permission roles, survey groups and their settings, surveys and their
-- language settings, question groups, questions, subquestions, answers
-- and their l10n tables, question attributes and themes, conditions,
-- default values, assessments, quotas, label sets, the central
-- participant database (participants, attributes, shares, survey links),
-- saved responses, templates (themes) and their configuration, global and
-- user settings, plugins and their settings, notifications, survey menus,
-- boxes, tutorials, URL parameters, expression errors, archived tables,
-- translations; and the three tables LimeSurvey creates when survey
-- 123456 is activated: lime_survey_123456 (responses, one column per
-- question named <sid>X<gid>X<qid>[<subquestion code>]),
-- lime_tokens_123456 (its participants' access codes) and
-- lime_survey_123456_timings.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of LimeSurvey's installer
-- (create-database.php), trimmed.
-- Conventions: short abbreviated keys named after the entity's initial:
-- sid (survey), gid (question group), qid (question), aid (answer), cid
-- (condition), uid (user), ugid (user group), gsid (survey group), lid
-- (label set), qaid, dvid, scid, ptid, tid, teid; a link is named by the
-- same abbreviation (lime_questions.sid, lime_groups.sid,
-- lime_answers.qid), by a longer form (survey_id, user_id, quota_id,
-- attribute_id, label_id, plugin_id, menu_id) or by a role: parent_qid
-- (a subquestion's question), cqid (the question a condition tests),
-- sqid (a default's subquestion), targetqid / targetsqid, owner_id /
-- owner_uid, share_uid, created_by, changed_by, usergroup; column
-- prefixes per table (surveyls_survey_id -> lime_surveys,
-- quotals_quota_id -> lime_quota); text keys: participants'
-- participant_id (a uuid as varchar(50)), templates by their unique name
-- (lime_template_configuration.template_name, lime_templates.extends),
-- lime_tokens_123456.token (the response's token refers to it), global
-- settings by stg_name; l10n tables keyed by a serial id with
-- (<entity id>, language); lime_survey_123456_timings keyed by the id of
-- its response.
-- LimeSurvey declares no FKs: the REFERENCES are the links its code
-- follows.
-- Left without REFERENCES: the polymorphic entity / entity_id pairs
-- (lime_permissions, lime_settings_user, lime_notifications),
-- lime_plugin_settings.model / model_id, lime_survey_links.token_id and
-- lime_saved_control.srid (a token or a response of whichever survey's
-- tables the row's sid names), lime_surveys.additional_languages and
-- lime_labelsets.languages (space-separated codes), the response columns
-- (123456X12X101...) whose names encode sid, gid and qid,
-- lime_tokens_123456.mpid (a merged participant id kept after the CPDB
-- row may be gone), the settings' stg_name values in lime_settings_user
-- (names, not rows of lime_settings_global), lime_surveys.template and
-- lime_surveys_groups.template (a theme name that may be inherited,
-- 'inherit'), and the module / theme names of questions.

CREATE TABLE lime_users (
    uid serial PRIMARY KEY,
    users_name varchar(64) NOT NULL UNIQUE,
    password text NOT NULL,
    full_name varchar(50) NOT NULL,
    parent_id integer NOT NULL REFERENCES lime_users (uid),
    lang varchar(20),
    email varchar(192),
    htmleditormode varchar(7) DEFAULT 'default',
    templateeditormode varchar(7) DEFAULT 'default',
    questionselectormode varchar(7) DEFAULT 'default',
    one_time_pw text,
    dateformat integer NOT NULL DEFAULT 1,
    last_login timestamp,
    created timestamp,
    modified timestamp,
    validation_key varchar(38),
    validation_key_expiration timestamp,
    last_forgot_email_password timestamp,
    expires timestamp,
    user_status boolean NOT NULL DEFAULT true
);

CREATE TABLE lime_user_groups (
    ugid serial PRIMARY KEY,
    name varchar(20) NOT NULL UNIQUE,
    description text NOT NULL,
    owner_id integer NOT NULL REFERENCES lime_users (uid)
);

CREATE TABLE lime_user_in_groups (
    ugid integer NOT NULL REFERENCES lime_user_groups (ugid),
    uid integer NOT NULL REFERENCES lime_users (uid),
    PRIMARY KEY (ugid, uid)
);

CREATE TABLE lime_permissions (
    id serial PRIMARY KEY,
    entity varchar(50) NOT NULL,
    entity_id integer NOT NULL,
    uid integer NOT NULL REFERENCES lime_users (uid),
    permission varchar(100) NOT NULL,
    create_p integer NOT NULL DEFAULT 0,
    read_p integer NOT NULL DEFAULT 0,
    update_p integer NOT NULL DEFAULT 0,
    delete_p integer NOT NULL DEFAULT 0,
    import_p integer NOT NULL DEFAULT 0,
    export_p integer NOT NULL DEFAULT 0,
    UNIQUE (entity_id, entity, uid, permission)
);

CREATE TABLE lime_permissiontemplates (
    ptid serial PRIMARY KEY,
    name varchar(127) NOT NULL UNIQUE,
    description text,
    renewed_last timestamp,
    created_at timestamp NOT NULL,
    created_by integer NOT NULL REFERENCES lime_users (uid)
);

CREATE TABLE lime_user_in_permissionrole (
    ptid integer NOT NULL REFERENCES lime_permissiontemplates (ptid),
    uid integer NOT NULL REFERENCES lime_users (uid),
    PRIMARY KEY (ptid, uid)
);

CREATE TABLE lime_surveys_groups (
    gsid serial PRIMARY KEY,
    name varchar(45) NOT NULL,
    title varchar(100),
    template varchar(128) DEFAULT 'default',
    description text,
    sortorder integer NOT NULL,
    alwaysavailable boolean,
    owner_id integer REFERENCES lime_users (uid),
    parent_id integer REFERENCES lime_surveys_groups (gsid),
    created timestamp,
    modified timestamp,
    created_by integer NOT NULL REFERENCES lime_users (uid)
);

CREATE TABLE lime_surveys_groupsettings (
    gsid integer PRIMARY KEY REFERENCES lime_surveys_groups (gsid),
    owner_id integer REFERENCES lime_users (uid),
    admin varchar(50),
    adminemail varchar(254),
    anonymized varchar(1) NOT NULL DEFAULT 'N',
    format varchar(1),
    savetimings varchar(1) NOT NULL DEFAULT 'N',
    template varchar(100) DEFAULT 'default',
    datestamp varchar(1) NOT NULL DEFAULT 'N',
    usecookie varchar(1) NOT NULL DEFAULT 'N',
    allowregister varchar(1) NOT NULL DEFAULT 'N',
    allowsave varchar(1) NOT NULL DEFAULT 'Y',
    showwelcome varchar(1) DEFAULT 'Y',
    showprogress varchar(1) DEFAULT 'Y',
    questionindex integer NOT NULL DEFAULT 0,
    navigationdelay integer NOT NULL DEFAULT 0,
    tokenlength integer NOT NULL DEFAULT 15
);

CREATE TABLE lime_surveys (
    sid integer PRIMARY KEY,
    gsid integer DEFAULT 1 REFERENCES lime_surveys_groups (gsid),
    owner_id integer NOT NULL REFERENCES lime_users (uid),
    admin varchar(50),
    active varchar(1) NOT NULL DEFAULT 'N',
    expires timestamp,
    startdate timestamp,
    adminemail varchar(254),
    anonymized varchar(1) NOT NULL DEFAULT 'N',
    format varchar(1),
    savetimings varchar(1) NOT NULL DEFAULT 'N',
    template varchar(100) DEFAULT 'default',
    language varchar(50),
    additional_languages text,
    datestamp varchar(1) NOT NULL DEFAULT 'N',
    usecookie varchar(1) NOT NULL DEFAULT 'N',
    allowregister varchar(1) NOT NULL DEFAULT 'N',
    allowsave varchar(1) NOT NULL DEFAULT 'Y',
    autonumber_start integer NOT NULL DEFAULT 0,
    autoredirect varchar(1) NOT NULL DEFAULT 'N',
    allowprev varchar(1) NOT NULL DEFAULT 'N',
    printanswers varchar(1) NOT NULL DEFAULT 'N',
    ipaddr varchar(1) NOT NULL DEFAULT 'N',
    refurl varchar(1) NOT NULL DEFAULT 'N',
    datecreated timestamp,
    publicstatistics varchar(1) NOT NULL DEFAULT 'N',
    publicgraphs varchar(1) NOT NULL DEFAULT 'N',
    listpublic varchar(1) NOT NULL DEFAULT 'N',
    htmlemail varchar(1) NOT NULL DEFAULT 'N',
    sendconfirmation varchar(1) NOT NULL DEFAULT 'Y',
    tokenanswerspersistence varchar(1) NOT NULL DEFAULT 'N',
    assessments varchar(1) NOT NULL DEFAULT 'N',
    usecaptcha varchar(1) NOT NULL DEFAULT 'N',
    usetokens varchar(1) NOT NULL DEFAULT 'N',
    bounce_email varchar(254),
    attributedescriptions text,
    emailresponseto text,
    emailnotificationto text,
    tokenlength integer NOT NULL DEFAULT 15,
    showxquestions varchar(1) DEFAULT 'Y',
    showgroupinfo varchar(1) DEFAULT 'B',
    shownoanswer varchar(1) DEFAULT 'Y',
    showqnumcode varchar(1) DEFAULT 'X',
    showwelcome varchar(1) DEFAULT 'Y',
    showprogress varchar(1) DEFAULT 'Y',
    questionindex integer NOT NULL DEFAULT 0,
    navigationdelay integer NOT NULL DEFAULT 0,
    nokeyboard varchar(1) DEFAULT 'N',
    alloweditaftercompletion varchar(1) DEFAULT 'N',
    googleanalyticsstyle varchar(1),
    googleanalyticsapikey varchar(25),
    tokenencryptionoptions text
);

CREATE TABLE lime_surveys_languagesettings (
    surveyls_survey_id integer NOT NULL REFERENCES lime_surveys (sid),
    surveyls_language varchar(45) NOT NULL DEFAULT 'en',
    surveyls_title varchar(200) NOT NULL,
    surveyls_description text,
    surveyls_welcometext text,
    surveyls_endtext text,
    surveyls_policy_notice text,
    surveyls_url text,
    surveyls_urldescription varchar(255),
    surveyls_email_invite_subj varchar(255),
    surveyls_email_invite text,
    surveyls_email_remind_subj varchar(255),
    surveyls_email_remind text,
    surveyls_email_confirm_subj varchar(255),
    surveyls_email_confirm text,
    surveyls_dateformat integer NOT NULL DEFAULT 1,
    surveyls_attributecaptions text,
    surveyls_numberformat integer NOT NULL DEFAULT 0,
    PRIMARY KEY (surveyls_survey_id, surveyls_language)
);

CREATE TABLE lime_groups (
    gid serial PRIMARY KEY,
    sid integer NOT NULL DEFAULT 0 REFERENCES lime_surveys (sid),
    group_order integer NOT NULL DEFAULT 0,
    randomization_group varchar(20) NOT NULL DEFAULT '',
    grelevance text
);

CREATE TABLE lime_group_l10ns (
    id serial PRIMARY KEY,
    gid integer NOT NULL REFERENCES lime_groups (gid),
    group_name text NOT NULL,
    description text,
    language varchar(20) NOT NULL,
    UNIQUE (gid, language)
);

CREATE TABLE lime_questions (
    qid serial PRIMARY KEY,
    parent_qid integer REFERENCES lime_questions (qid),
    sid integer NOT NULL REFERENCES lime_surveys (sid),
    gid integer NOT NULL REFERENCES lime_groups (gid),
    type varchar(30) NOT NULL DEFAULT 'T',
    title varchar(20) NOT NULL DEFAULT '',
    preg text,
    other varchar(1) NOT NULL DEFAULT 'N',
    mandatory varchar(1),
    encrypted varchar(1) DEFAULT 'N',
    question_order integer NOT NULL,
    scale_id integer NOT NULL DEFAULT 0,
    same_default integer NOT NULL DEFAULT 0,
    relevance text,
    question_theme_name varchar(150),
    modulename varchar(255),
    same_script integer NOT NULL DEFAULT 0
);

CREATE TABLE lime_question_l10ns (
    id serial PRIMARY KEY,
    qid integer NOT NULL REFERENCES lime_questions (qid),
    question text NOT NULL,
    help text,
    script text,
    language varchar(20) NOT NULL,
    UNIQUE (qid, language)
);

CREATE TABLE lime_question_attributes (
    qaid serial PRIMARY KEY,
    qid integer NOT NULL DEFAULT 0 REFERENCES lime_questions (qid),
    attribute varchar(50),
    value text,
    language varchar(20)
);

CREATE TABLE lime_question_themes (
    id serial PRIMARY KEY,
    name varchar(150) NOT NULL,
    visible varchar(1),
    xml_path varchar(255),
    image_path varchar(255),
    title varchar(100) NOT NULL,
    creation_date timestamp,
    author varchar(150),
    author_email varchar(255),
    author_url varchar(255),
    copyright text,
    license text,
    version varchar(45),
    api_version varchar(45) NOT NULL,
    description text,
    last_update timestamp,
    owner_id integer REFERENCES lime_users (uid),
    theme_type varchar(150),
    question_type varchar(150) NOT NULL,
    core_theme boolean,
    extends varchar(150),
    "group" varchar(150),
    settings text,
    UNIQUE (name, extends)
);

CREATE TABLE lime_answers (
    aid serial PRIMARY KEY,
    qid integer NOT NULL DEFAULT 0 REFERENCES lime_questions (qid),
    code varchar(5) NOT NULL DEFAULT '',
    sortorder integer NOT NULL,
    assessment_value integer NOT NULL DEFAULT 0,
    scale_id integer NOT NULL DEFAULT 0,
    UNIQUE (qid, code, scale_id)
);

CREATE TABLE lime_answer_l10ns (
    id serial PRIMARY KEY,
    aid integer NOT NULL REFERENCES lime_answers (aid),
    answer text NOT NULL,
    language varchar(20) NOT NULL,
    UNIQUE (aid, language)
);

CREATE TABLE lime_conditions (
    cid serial PRIMARY KEY,
    qid integer NOT NULL DEFAULT 0 REFERENCES lime_questions (qid),
    cqid integer NOT NULL DEFAULT 0 REFERENCES lime_questions (qid),
    cfieldname varchar(50) NOT NULL DEFAULT '',
    method varchar(5) NOT NULL DEFAULT '',
    value varchar(255) NOT NULL DEFAULT '',
    scenario integer NOT NULL DEFAULT 1
);

CREATE TABLE lime_defaultvalues (
    dvid serial PRIMARY KEY,
    qid integer NOT NULL DEFAULT 0 REFERENCES lime_questions (qid),
    scale_id integer NOT NULL DEFAULT 0,
    sqid integer REFERENCES lime_questions (qid),
    specialtype varchar(20) NOT NULL DEFAULT ''
);

CREATE TABLE lime_defaultvalue_l10ns (
    id serial PRIMARY KEY,
    dvid integer NOT NULL DEFAULT 0 REFERENCES lime_defaultvalues (dvid),
    language varchar(20) NOT NULL,
    defaultvalue text
);

CREATE TABLE lime_assessments (
    id serial NOT NULL,
    sid integer NOT NULL DEFAULT 0 REFERENCES lime_surveys (sid),
    scope varchar(5) NOT NULL DEFAULT '',
    gid integer NOT NULL DEFAULT 0 REFERENCES lime_groups (gid),
    name text NOT NULL,
    minimum varchar(50) NOT NULL DEFAULT '',
    maximum varchar(50) NOT NULL DEFAULT '',
    message text NOT NULL,
    language varchar(20) NOT NULL DEFAULT 'en',
    PRIMARY KEY (id, language)
);

CREATE TABLE lime_quota (
    id serial PRIMARY KEY,
    sid integer REFERENCES lime_surveys (sid),
    name varchar(255),
    qlimit integer,
    action integer,
    active integer NOT NULL DEFAULT 1,
    autoload_url integer NOT NULL DEFAULT 0
);

CREATE TABLE lime_quota_members (
    id serial PRIMARY KEY,
    sid integer REFERENCES lime_surveys (sid),
    qid integer REFERENCES lime_questions (qid),
    quota_id integer REFERENCES lime_quota (id),
    code varchar(11),
    UNIQUE (sid, qid, quota_id, code)
);

CREATE TABLE lime_quota_languagesettings (
    quotals_id serial PRIMARY KEY,
    quotals_quota_id integer NOT NULL DEFAULT 0 REFERENCES lime_quota (id),
    quotals_language varchar(45) NOT NULL DEFAULT 'en',
    quotals_name varchar(255),
    quotals_message text NOT NULL,
    quotals_url text,
    quotals_urldescrip varchar(255)
);

CREATE TABLE lime_labelsets (
    lid serial PRIMARY KEY,
    owner_id integer REFERENCES lime_users (uid),
    label_name varchar(100) NOT NULL DEFAULT '',
    languages text NOT NULL
);

CREATE TABLE lime_labels (
    id serial PRIMARY KEY,
    lid integer NOT NULL DEFAULT 0 REFERENCES lime_labelsets (lid),
    code varchar(20) NOT NULL DEFAULT '',
    sortorder integer NOT NULL,
    assessment_value integer NOT NULL DEFAULT 0
);

CREATE TABLE lime_label_l10ns (
    id serial PRIMARY KEY,
    label_id integer NOT NULL REFERENCES lime_labels (id),
    title text,
    language varchar(20) NOT NULL DEFAULT 'en'
);

CREATE TABLE lime_participants (
    participant_id varchar(50) PRIMARY KEY,
    firstname varchar(150),
    lastname varchar(150),
    email text,
    language varchar(40),
    blacklisted varchar(1) NOT NULL,
    owner_uid integer NOT NULL REFERENCES lime_users (uid),
    created_by integer NOT NULL REFERENCES lime_users (uid),
    created timestamp,
    modified timestamp
);

CREATE TABLE lime_participant_attribute_names (
    attribute_id serial PRIMARY KEY,
    attribute_type varchar(4) NOT NULL,
    defaultname varchar(255) NOT NULL,
    visible varchar(5) NOT NULL,
    encrypted varchar(5) NOT NULL,
    core_attribute varchar(5) NOT NULL
);

CREATE TABLE lime_participant_attribute_names_lang (
    attribute_id integer NOT NULL REFERENCES lime_participant_attribute_names (attribute_id),
    attribute_name varchar(255) NOT NULL,
    lang varchar(20) NOT NULL,
    PRIMARY KEY (attribute_id, lang)
);

CREATE TABLE lime_participant_attribute_values (
    value_id serial PRIMARY KEY,
    attribute_id integer NOT NULL REFERENCES lime_participant_attribute_names (attribute_id),
    value text NOT NULL
);

CREATE TABLE lime_participant_attribute (
    participant_id varchar(50) NOT NULL REFERENCES lime_participants (participant_id),
    attribute_id integer NOT NULL REFERENCES lime_participant_attribute_names (attribute_id),
    value text NOT NULL,
    PRIMARY KEY (participant_id, attribute_id)
);

CREATE TABLE lime_participant_shares (
    participant_id varchar(50) NOT NULL REFERENCES lime_participants (participant_id),
    share_uid integer NOT NULL REFERENCES lime_users (uid),
    date_added timestamp NOT NULL,
    can_edit varchar(5) NOT NULL,
    PRIMARY KEY (participant_id, share_uid)
);

CREATE TABLE lime_survey_links (
    participant_id varchar(50) NOT NULL REFERENCES lime_participants (participant_id),
    token_id integer NOT NULL,
    survey_id integer NOT NULL REFERENCES lime_surveys (sid),
    date_created timestamp,
    date_invited timestamp,
    date_completed timestamp,
    PRIMARY KEY (participant_id, token_id, survey_id)
);

CREATE TABLE lime_saved_control (
    scid serial PRIMARY KEY,
    sid integer NOT NULL DEFAULT 0 REFERENCES lime_surveys (sid),
    srid integer NOT NULL DEFAULT 0,
    identifier text NOT NULL,
    access_code text NOT NULL,
    email varchar(192),
    ip text NOT NULL,
    saved_thisstep text NOT NULL,
    status varchar(1) NOT NULL DEFAULT '',
    saved_date timestamp NOT NULL,
    refurl text
);

CREATE TABLE lime_templates (
    id serial PRIMARY KEY,
    name varchar(150) NOT NULL UNIQUE,
    folder varchar(45),
    title varchar(100) NOT NULL,
    creation_date timestamp,
    author varchar(150),
    author_email varchar(255),
    author_url varchar(255),
    copyright text,
    license text,
    version varchar(45),
    api_version varchar(45) NOT NULL,
    view_folder varchar(45) NOT NULL,
    files_folder varchar(45) NOT NULL,
    description text,
    last_update timestamp,
    owner_id integer REFERENCES lime_users (uid),
    extends varchar(150) REFERENCES lime_templates (name)
);

CREATE TABLE lime_template_configuration (
    id serial PRIMARY KEY,
    template_name varchar(150) NOT NULL REFERENCES lime_templates (name),
    sid integer REFERENCES lime_surveys (sid),
    gsid integer REFERENCES lime_surveys_groups (gsid),
    uid integer REFERENCES lime_users (uid),
    files_css text,
    files_js text,
    files_print_css text,
    options text,
    cssframework_name varchar(45),
    cssframework_css text,
    cssframework_js text,
    packages_to_load text
);

CREATE TABLE lime_settings_global (
    stg_name varchar(50) PRIMARY KEY,
    stg_value text NOT NULL
);

CREATE TABLE lime_settings_user (
    id serial PRIMARY KEY,
    uid integer NOT NULL REFERENCES lime_users (uid),
    entity varchar(15),
    entity_id varchar(31),
    stg_name varchar(63) NOT NULL,
    stg_value text
);

CREATE TABLE lime_plugins (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL,
    plugin_type varchar(6) DEFAULT 'user',
    active integer NOT NULL DEFAULT 0,
    priority integer NOT NULL DEFAULT 0,
    version varchar(32),
    load_error integer DEFAULT 0,
    load_error_message text
);

CREATE TABLE lime_plugin_settings (
    id serial PRIMARY KEY,
    plugin_id integer NOT NULL REFERENCES lime_plugins (id),
    model varchar(50),
    model_id integer,
    key varchar(50) NOT NULL,
    value text
);

CREATE TABLE lime_notifications (
    id serial PRIMARY KEY,
    entity varchar(15) NOT NULL,
    entity_id integer NOT NULL,
    title varchar(255) NOT NULL,
    message text NOT NULL,
    status varchar(15) NOT NULL DEFAULT 'new',
    importance integer NOT NULL DEFAULT 1,
    display_class varchar(31) DEFAULT 'default',
    hash varchar(64),
    created timestamp,
    first_read timestamp
);

CREATE TABLE lime_surveymenu (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES lime_surveymenu (id),
    survey_id integer REFERENCES lime_surveys (sid),
    user_id integer REFERENCES lime_users (uid),
    name varchar(128) NOT NULL UNIQUE,
    ordering integer DEFAULT 0,
    level integer DEFAULT 0,
    title varchar(168) NOT NULL DEFAULT '',
    position varchar(192) NOT NULL DEFAULT 'side',
    description text,
    showincollapse integer DEFAULT 0,
    active integer NOT NULL DEFAULT 0,
    changed_at timestamp,
    changed_by integer NOT NULL DEFAULT 0 REFERENCES lime_users (uid),
    created_at timestamp,
    created_by integer NOT NULL DEFAULT 0 REFERENCES lime_users (uid)
);

CREATE TABLE lime_surveymenu_entries (
    id serial PRIMARY KEY,
    menu_id integer REFERENCES lime_surveymenu (id),
    user_id integer REFERENCES lime_users (uid),
    ordering integer DEFAULT 0,
    name varchar(168) UNIQUE,
    title varchar(168) NOT NULL DEFAULT '',
    menu_title varchar(168) NOT NULL DEFAULT '',
    menu_description text,
    menu_icon varchar(192) NOT NULL DEFAULT '',
    menu_icon_type varchar(192) NOT NULL DEFAULT '',
    menu_class varchar(192) NOT NULL DEFAULT '',
    menu_link varchar(192) NOT NULL DEFAULT '',
    action varchar(192) NOT NULL DEFAULT '',
    template varchar(192) NOT NULL DEFAULT '',
    partial varchar(192) NOT NULL DEFAULT '',
    classes varchar(192) NOT NULL DEFAULT '',
    permission varchar(192) NOT NULL DEFAULT '',
    permission_grade varchar(192),
    data text,
    getdatamethod varchar(192) NOT NULL DEFAULT '',
    language varchar(32) NOT NULL DEFAULT 'en-GB',
    showincollapse integer DEFAULT 0,
    active integer NOT NULL DEFAULT 0,
    changed_at timestamp,
    changed_by integer NOT NULL DEFAULT 0 REFERENCES lime_users (uid),
    created_at timestamp,
    created_by integer NOT NULL DEFAULT 0 REFERENCES lime_users (uid)
);

CREATE TABLE lime_boxes (
    id serial PRIMARY KEY,
    position integer,
    url text NOT NULL,
    title text NOT NULL,
    ico varchar(255),
    "desc" text NOT NULL,
    page text NOT NULL,
    usergroup integer NOT NULL REFERENCES lime_user_groups (ugid)
);

CREATE TABLE lime_failed_login_attempts (
    id serial PRIMARY KEY,
    ip varchar(40) NOT NULL,
    last_attempt varchar(20) NOT NULL,
    number_attempts integer NOT NULL,
    is_frontend boolean NOT NULL
);

CREATE TABLE lime_sessions (
    id varchar(32) PRIMARY KEY,
    expire integer,
    data bytea
);

CREATE TABLE lime_survey_url_parameters (
    id serial PRIMARY KEY,
    sid integer NOT NULL REFERENCES lime_surveys (sid),
    parameter varchar(50) NOT NULL,
    targetqid integer REFERENCES lime_questions (qid),
    targetsqid integer REFERENCES lime_questions (qid)
);

CREATE TABLE lime_tutorials (
    tid serial PRIMARY KEY,
    name varchar(128) UNIQUE,
    title varchar(192),
    icon varchar(64),
    description text,
    active integer DEFAULT 0,
    settings text,
    permission varchar(128) NOT NULL,
    permission_grade varchar(128) NOT NULL
);

CREATE TABLE lime_tutorial_entries (
    teid serial PRIMARY KEY,
    ordering integer,
    title text,
    content text,
    settings text
);

CREATE TABLE lime_tutorial_entry_relation (
    teid integer NOT NULL REFERENCES lime_tutorial_entries (teid),
    tid integer NOT NULL REFERENCES lime_tutorials (tid),
    uid integer REFERENCES lime_users (uid),
    sid integer REFERENCES lime_surveys (sid),
    PRIMARY KEY (teid, tid)
);

CREATE TABLE lime_map_tutorial_users (
    tid integer NOT NULL REFERENCES lime_tutorials (tid),
    uid integer NOT NULL REFERENCES lime_users (uid),
    taken integer DEFAULT 1,
    PRIMARY KEY (tid, uid)
);

CREATE TABLE lime_expression_errors (
    id serial PRIMARY KEY,
    errortime varchar(50),
    sid integer REFERENCES lime_surveys (sid),
    gid integer REFERENCES lime_groups (gid),
    qid integer REFERENCES lime_questions (qid),
    gseq integer,
    qseq integer,
    type varchar(50),
    eqn text,
    prettyprint text
);

CREATE TABLE lime_archived_table_settings (
    id serial PRIMARY KEY,
    survey_id integer NOT NULL REFERENCES lime_surveys (sid),
    user_id integer NOT NULL REFERENCES lime_users (uid),
    tbl_name varchar(255) NOT NULL,
    tbl_type varchar(10) NOT NULL,
    created timestamp NOT NULL,
    properties text NOT NULL,
    attributes text
);

CREATE TABLE lime_asset_version (
    id serial PRIMARY KEY,
    path text NOT NULL,
    version integer NOT NULL
);

CREATE TABLE lime_source_message (
    id serial PRIMARY KEY,
    category varchar(35),
    message text
);

CREATE TABLE lime_message (
    id integer NOT NULL REFERENCES lime_source_message (id),
    language varchar(50) NOT NULL,
    translation text,
    PRIMARY KEY (id, language)
);

-- ------------------------------------------- tables of activated survey 123456

CREATE TABLE lime_tokens_123456 (
    tid serial PRIMARY KEY,
    participant_id varchar(50) REFERENCES lime_participants (participant_id),
    firstname varchar(150),
    lastname varchar(150),
    email text,
    emailstatus text,
    token varchar(36) UNIQUE,
    language varchar(25),
    blacklisted varchar(17),
    sent varchar(17) DEFAULT 'N',
    remindersent varchar(17) DEFAULT 'N',
    remindercount integer DEFAULT 0,
    completed varchar(17) DEFAULT 'N',
    usesleft integer DEFAULT 1,
    validfrom timestamp,
    validuntil timestamp,
    mpid integer
);

CREATE TABLE lime_survey_123456 (
    id serial PRIMARY KEY,
    token varchar(36) REFERENCES lime_tokens_123456 (token),
    submitdate timestamp,
    lastpage integer,
    startlanguage varchar(20) NOT NULL,
    seed varchar(31),
    startdate timestamp NOT NULL,
    datestamp timestamp NOT NULL,
    "123456X12X101" varchar(5),
    "123456X12X102SQ001" varchar(5),
    "123456X12X102SQ002" varchar(5),
    "123456X12X103" text,
    "123456X13X104" numeric(30,10),
    "123456X13X105other" text
);

CREATE TABLE lime_survey_123456_timings (
    id serial PRIMARY KEY REFERENCES lime_survey_123456 (id),
    interviewtime float8,
    "123456X12time" float8,
    "123456X12X101time" float8,
    "123456X12X102time" float8,
    "123456X13time" float8,
    "123456X13X104time" float8
);
