-- ilias.sql: a twenty-seventh blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind27). The database of
-- an ILIAS 7 learning management system (PHP, German origin, MySQL or
-- PostgreSQL through its own abstraction): the repository of objects
-- (object_data, object_reference, tree, the object definitions), users
-- and their preferences and sessions, role based access (rbac_*),
-- courses, groups and their members, sessions (the table event), tests
-- and question pools (tst_*, qpl_*), forums (frm_*), exercises (exc_*),
-- learning progress (ut_lp_*, read_event), files, learning modules
-- (lm_*), the page editor, mail, notes, news, calendar, badges and
-- skills.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of ILIAS's database schema,
-- trimmed.
-- Conventions: every repository object has a row in object_data keyed
-- obj_id, and one or more places in the tree, object_reference keyed
-- ref_id; the object's own settings table is keyed by obj_id, which is
-- object_data's key again (crs_settings, grp_settings, frm_settings,
-- exc_data, file_data, event), users are objects too (usr_data.usr_id,
-- role_data.role_id are obj_ids); links are named obj_id / ref_id / usr_id
-- / rol_id / ops_id whatever the table, or role words without a suffix
-- (owner, author, parent, child, tree, deleted_by, update_user,
-- last_change_user, awarded_by); the test and question pool tables link
-- with a _fi suffix (obj_fi, test_fi, user_fi, active_fi, question_fi,
-- question_type_fi) to keys named test_id, active_id, question_id,
-- id_questionpool; the forum tables are keyed <abbr>_pk and link with
-- <abbr>_<table abbr>_fk (top_pk, thr_top_fk, pos_thr_fk, pos_top_fk,
-- thr_fk, pos_fk) or <abbr>_author_id / <abbr>_display_user_id; the hint
-- tables prefix every column (qht_question_fk, qhtr_active_fk,
-- qhtr_hint_fk); several trees (tree, lm_tree, mail_tree, skl_tree) are
-- keyed (tree id, child) with child / parent links, and mail_tree's tree
-- is the owner's usr_id.
-- ILIAS declares no FKs (its schema is written for MyISAM too): the
-- REFERENCES are the links its code follows. Keys that are also links
-- (usr_data.usr_id, role_data.role_id, crs_settings.obj_id and the other
-- settings tables) are written int, not integer, so that SQLite does not
-- take them as the rowid.
-- Left without REFERENCES: object_data.import_id and the other import ids
-- (ids of the installation an object was imported from), tree.tree for
-- the repository (1; other ids are trash trees numbered -ref_id), the
-- serialised rbac_pa.ops_id (a text array of ops ids), top_last_post /
-- thr_last_post ('thr#pos' text), note.obj_id (a sub object whose table
-- depends on obj_type), cal_entries.context_id (a booking, an assignment
-- or a session, by the category's type), the context_sub_obj_id of news,
-- page_object.page_id (a page's owner by parent_type: a learning module
-- chapter, a forum post, a glossary term), il_news_item.mob_id (media
-- objects not kept), exc_returned.team_id (a team number shared by rows
-- of il_exc_team, no key of its own), usr_data.time_limit_owner (a ref_id
-- kept as a plain number, usually 7, the user folder, also in imported
-- installations) and the text names (qpl_questions.author,
-- thr_usr_alias, import_name).

CREATE TABLE il_object_def (
    id varchar(10) PRIMARY KEY,
    class_name varchar(200) NOT NULL,
    component varchar(200) NOT NULL,
    location varchar(250),
    checkbox smallint NOT NULL DEFAULT 0,
    inherit smallint NOT NULL DEFAULT 0,
    translate varchar(5),
    devmode smallint NOT NULL DEFAULT 0,
    allow_link smallint NOT NULL DEFAULT 0,
    allow_copy smallint NOT NULL DEFAULT 0,
    rbac smallint NOT NULL DEFAULT 0,
    system smallint NOT NULL DEFAULT 0,
    sideblock smallint NOT NULL DEFAULT 0,
    default_pos integer NOT NULL DEFAULT 0,
    grp varchar(10),
    repository smallint NOT NULL DEFAULT 1,
    workspace smallint NOT NULL DEFAULT 0,
    administration smallint NOT NULL DEFAULT 0,
    amet smallint NOT NULL DEFAULT 0,
    orgunit_permissions smallint NOT NULL DEFAULT 0,
    lti_provider smallint NOT NULL DEFAULT 0,
    offline_handling smallint NOT NULL DEFAULT 0
);

CREATE TABLE object_data (
    obj_id integer PRIMARY KEY,
    type varchar(4) REFERENCES il_object_def (id),
    title varchar(255),
    description varchar(128),
    owner integer NOT NULL DEFAULT 0 REFERENCES usr_data (usr_id),
    create_date timestamp,
    last_update timestamp,
    import_id varchar(50),
    offline smallint
);

CREATE TABLE usr_data (
    usr_id int PRIMARY KEY REFERENCES object_data (obj_id),
    login varchar(190),
    passwd varchar(80),
    firstname varchar(128),
    lastname varchar(128),
    title varchar(32),
    gender char(1),
    email varchar(128),
    institution varchar(80),
    street varchar(40),
    city varchar(40),
    zipcode varchar(10),
    country varchar(40),
    phone_office varchar(40),
    last_login timestamp,
    last_update timestamp,
    create_date timestamp,
    hobby varchar(4000),
    department varchar(80),
    phone_home varchar(40),
    phone_mobile varchar(40),
    fax varchar(40),
    time_limit_owner integer DEFAULT 0,
    time_limit_unlimited integer DEFAULT 0,
    time_limit_from integer DEFAULT 0,
    time_limit_until integer DEFAULT 0,
    active integer NOT NULL DEFAULT 0,
    approve_date timestamp,
    agree_date timestamp,
    client_ip varchar(255),
    auth_mode varchar(10) DEFAULT 'default',
    ext_account varchar(250),
    birthday date,
    sel_country varchar(2),
    last_visited text,
    inactivation_date timestamp,
    is_self_registered smallint NOT NULL DEFAULT 0,
    passwd_enc_type varchar(10),
    passwd_salt varchar(32),
    second_email varchar(80),
    first_login timestamp,
    last_profile_prompt timestamp,
    passwd_policy_reset smallint NOT NULL DEFAULT 0
);

CREATE TABLE object_reference (
    ref_id integer PRIMARY KEY,
    obj_id integer NOT NULL REFERENCES object_data (obj_id),
    deleted timestamp,
    deleted_by integer REFERENCES usr_data (usr_id)
);

CREATE TABLE tree (
    tree integer NOT NULL,
    child integer NOT NULL REFERENCES object_reference (ref_id),
    parent integer REFERENCES object_reference (ref_id),
    lft integer NOT NULL DEFAULT 0,
    rgt integer NOT NULL DEFAULT 0,
    depth smallint NOT NULL DEFAULT 0,
    path text,
    PRIMARY KEY (tree, child)
);

CREATE TABLE acc_user_access_key (
    user_id integer NOT NULL REFERENCES usr_data (usr_id),
    function_id smallint NOT NULL DEFAULT 0,
    access_key char(1),
    PRIMARY KEY (user_id, function_id)
);

CREATE TABLE usr_pref (
    usr_id integer NOT NULL REFERENCES usr_data (usr_id),
    keyword varchar(40) NOT NULL,
    value varchar(4000),
    PRIMARY KEY (usr_id, keyword)
);

CREATE TABLE usr_session (
    session_id varchar(250) PRIMARY KEY,
    expires integer NOT NULL DEFAULT 0,
    data text,
    ctime integer NOT NULL DEFAULT 0,
    user_id integer NOT NULL REFERENCES usr_data (usr_id),
    last_remind_ts integer NOT NULL DEFAULT 0,
    type integer,
    createtime integer,
    remote_addr varchar(50),
    context varchar(80)
);

CREATE TABLE role_data (
    role_id int PRIMARY KEY REFERENCES object_data (obj_id),
    allow_register smallint NOT NULL DEFAULT 0,
    assign_users smallint DEFAULT 0,
    auth_mode varchar(16) DEFAULT 'default',
    disk_quota bigint,
    wsp_disk_quota bigint
);

CREATE TABLE rbac_operations (
    ops_id integer PRIMARY KEY,
    operation varchar(32),
    description varchar(255),
    class varchar(16),
    op_order integer
);

CREATE TABLE rbac_fa (
    rol_id integer NOT NULL REFERENCES role_data (role_id),
    parent integer NOT NULL REFERENCES object_reference (ref_id),
    assign char(1),
    protected char(1) DEFAULT 'n',
    blocked smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (rol_id, parent)
);

CREATE TABLE rbac_ua (
    usr_id integer NOT NULL REFERENCES usr_data (usr_id),
    rol_id integer NOT NULL REFERENCES role_data (role_id),
    PRIMARY KEY (usr_id, rol_id)
);

CREATE TABLE rbac_pa (
    rol_id integer NOT NULL REFERENCES role_data (role_id),
    ops_id varchar(4000) NOT NULL,
    ref_id integer NOT NULL REFERENCES object_reference (ref_id),
    PRIMARY KEY (rol_id, ref_id)
);

CREATE TABLE rbac_templates (
    rol_id integer NOT NULL REFERENCES role_data (role_id),
    type varchar(5) NOT NULL REFERENCES il_object_def (id),
    ops_id integer NOT NULL REFERENCES rbac_operations (ops_id),
    parent integer NOT NULL REFERENCES object_reference (ref_id),
    PRIMARY KEY (rol_id, parent, type, ops_id)
);

CREATE TABLE crs_settings (
    obj_id int PRIMARY KEY REFERENCES object_data (obj_id),
    syllabus varchar(4000),
    contact_name varchar(255),
    contact_responsibility varchar(255),
    contact_phone varchar(255),
    contact_email varchar(255),
    contact_consultation varchar(4000),
    activation_type smallint NOT NULL DEFAULT 0,
    activation_start integer,
    activation_end integer,
    sub_limitation_type smallint NOT NULL DEFAULT 0,
    sub_start integer,
    sub_end integer,
    sub_type integer,
    sub_password varchar(32),
    sub_mem_limit smallint NOT NULL DEFAULT 0,
    sub_max_members integer,
    sub_notify integer,
    view_mode smallint NOT NULL DEFAULT 0,
    archive_start integer,
    archive_end integer,
    archive_type integer,
    abo smallint DEFAULT 1,
    waiting_list smallint NOT NULL DEFAULT 1,
    important varchar(4000),
    show_members smallint NOT NULL DEFAULT 1,
    latitude varchar(30),
    longitude varchar(30),
    location_zoom integer NOT NULL DEFAULT 0,
    enable_course_map smallint NOT NULL DEFAULT 0,
    session_limit smallint NOT NULL DEFAULT 0,
    session_prev bigint NOT NULL DEFAULT -1,
    session_next bigint NOT NULL DEFAULT -1,
    reg_ac_enabled smallint NOT NULL DEFAULT 0,
    reg_ac varchar(32),
    status_dt smallint DEFAULT 2,
    auto_notification smallint NOT NULL DEFAULT 1,
    mail_members_type smallint DEFAULT 1,
    crs_start integer,
    crs_end integer,
    leave_end integer,
    auto_wait smallint NOT NULL DEFAULT 0,
    min_members smallint,
    show_members_export integer,
    timing_mode smallint DEFAULT 0,
    period_time_indication integer NOT NULL DEFAULT 0,
    target_group text
);

CREATE TABLE crs_items (
    parent_id integer NOT NULL REFERENCES object_reference (ref_id),
    obj_id integer NOT NULL REFERENCES object_reference (ref_id),
    timing_type smallint,
    timing_start integer,
    timing_end integer,
    suggestion_start integer,
    suggestion_end integer,
    changeable smallint NOT NULL DEFAULT 0,
    visible smallint NOT NULL DEFAULT 0,
    position integer,
    suggestion_start_rel integer DEFAULT 0,
    suggestion_end_rel integer DEFAULT 0,
    PRIMARY KEY (parent_id, obj_id)
);

CREATE TABLE grp_settings (
    obj_id int PRIMARY KEY REFERENCES object_data (obj_id),
    information varchar(4000),
    grp_type smallint NOT NULL DEFAULT 0,
    registration_type smallint NOT NULL DEFAULT 0,
    registration_enabled smallint NOT NULL DEFAULT 0,
    registration_unlimited smallint NOT NULL DEFAULT 0,
    registration_start timestamp,
    registration_end timestamp,
    registration_password varchar(32),
    registration_mem_limit smallint NOT NULL DEFAULT 0,
    registration_max_members integer NOT NULL DEFAULT 0,
    waiting_list smallint NOT NULL DEFAULT 0,
    latitude varchar(30),
    longitude varchar(30),
    location_zoom integer NOT NULL DEFAULT 0,
    enablemap smallint NOT NULL DEFAULT 0,
    reg_ac_enabled smallint NOT NULL DEFAULT 0,
    reg_ac varchar(32),
    view_mode smallint NOT NULL DEFAULT 6,
    mail_members_type smallint DEFAULT 1,
    registration_min_members smallint,
    leave_end integer,
    auto_wait smallint NOT NULL DEFAULT 0,
    show_members smallint NOT NULL DEFAULT 1,
    grp_start integer,
    grp_end integer
);

CREATE TABLE obj_members (
    obj_id integer NOT NULL REFERENCES object_data (obj_id),
    usr_id integer NOT NULL REFERENCES usr_data (usr_id),
    blocked smallint NOT NULL DEFAULT 0,
    notification smallint NOT NULL DEFAULT 0,
    passed smallint,
    origin integer DEFAULT 0,
    origin_ts integer DEFAULT 0,
    contact smallint DEFAULT 0,
    admin smallint DEFAULT 0,
    tutor smallint DEFAULT 0,
    member smallint DEFAULT 0,
    PRIMARY KEY (obj_id, usr_id)
);

CREATE TABLE crs_waiting_list (
    obj_id integer NOT NULL REFERENCES object_data (obj_id),
    usr_id integer NOT NULL REFERENCES usr_data (usr_id),
    sub_time integer NOT NULL DEFAULT 0,
    subject varchar(1024),
    PRIMARY KEY (obj_id, usr_id)
);

CREATE TABLE event (
    obj_id int PRIMARY KEY REFERENCES object_data (obj_id),
    title varchar(70),
    description varchar(4000),
    location varchar(4000),
    tutor_name varchar(4000),
    tutor_email varchar(4000),
    tutor_phone varchar(4000),
    details varchar(4000),
    registration smallint NOT NULL DEFAULT 0,
    reg_type smallint DEFAULT 0,
    reg_limit_users integer DEFAULT 0,
    reg_waiting_list smallint DEFAULT 0,
    reg_limited smallint DEFAULT 0,
    reg_min_users smallint,
    reg_auto_wait smallint NOT NULL DEFAULT 0,
    show_members smallint NOT NULL DEFAULT 0,
    mail_members smallint NOT NULL DEFAULT 0,
    reg_notification smallint NOT NULL DEFAULT 0,
    notification_opt varchar(50) DEFAULT 'notification_option_manual'
);

CREATE TABLE event_appointment (
    appointment_id integer PRIMARY KEY,
    event_id integer NOT NULL REFERENCES event (obj_id),
    e_start timestamp,
    e_end timestamp,
    starting_time integer NOT NULL DEFAULT 0,
    ending_time integer NOT NULL DEFAULT 0,
    fulltime smallint NOT NULL DEFAULT 0
);

CREATE TABLE event_participants (
    event_id integer NOT NULL REFERENCES event (obj_id),
    usr_id integer NOT NULL REFERENCES usr_data (usr_id),
    registered smallint NOT NULL DEFAULT 0,
    participated smallint NOT NULL DEFAULT 0,
    contact smallint NOT NULL DEFAULT 0,
    mark text,
    e_comments text,
    excused smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, usr_id)
);

CREATE TABLE event_items (
    event_id integer NOT NULL REFERENCES event (obj_id),
    item_id integer NOT NULL REFERENCES object_reference (ref_id),
    PRIMARY KEY (event_id, item_id)
);

CREATE TABLE qpl_qst_type (
    question_type_id integer PRIMARY KEY,
    type_tag varchar(35),
    plugin smallint NOT NULL DEFAULT 0,
    plugin_name varchar(40)
);

CREATE TABLE qpl_questionpool (
    id_questionpool integer PRIMARY KEY,
    obj_fi integer NOT NULL REFERENCES object_data (obj_id),
    isonline char(1) DEFAULT '0',
    questioncount integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    show_taxonomies smallint NOT NULL DEFAULT 0,
    nav_taxonomy integer REFERENCES object_data (obj_id),
    skill_service smallint
);

CREATE TABLE qpl_questions (
    question_id integer PRIMARY KEY,
    question_type_fi integer NOT NULL REFERENCES qpl_qst_type (question_type_id),
    obj_fi integer NOT NULL REFERENCES object_data (obj_id),
    title varchar(255),
    description varchar(1000),
    author varchar(512),
    owner integer NOT NULL REFERENCES usr_data (usr_id),
    working_time varchar(8) DEFAULT '00:00:00',
    points double precision,
    complete char(1) DEFAULT '1',
    original_id integer REFERENCES qpl_questions (question_id),
    tstamp integer NOT NULL DEFAULT 0,
    created integer NOT NULL DEFAULT 0,
    nr_of_tries integer NOT NULL DEFAULT 0,
    question_text text,
    add_cont_edit_mode varchar(16),
    external_id varchar(255),
    lifecycle varchar(16) DEFAULT 'draft'
);

CREATE TABLE qpl_qst_sc (
    question_fi int PRIMARY KEY REFERENCES qpl_questions (question_id),
    shuffle char(1) DEFAULT '1',
    allow_images char(1) DEFAULT '0',
    resize_images char(1) DEFAULT '0',
    thumb_size smallint,
    feedback_setting smallint NOT NULL DEFAULT 2
);

CREATE TABLE qpl_a_sc (
    answer_id integer PRIMARY KEY,
    question_fi integer NOT NULL REFERENCES qpl_questions (question_id),
    answertext varchar(1000),
    points double precision,
    aorder smallint NOT NULL DEFAULT 0,
    imagefile varchar(1000),
    tstamp integer NOT NULL DEFAULT 0
);

CREATE TABLE qpl_a_mc (
    answer_id integer PRIMARY KEY,
    question_fi integer NOT NULL REFERENCES qpl_questions (question_id),
    answertext varchar(1000),
    points double precision,
    points_unchecked double precision,
    aorder smallint NOT NULL DEFAULT 0,
    imagefile varchar(1000),
    tstamp integer NOT NULL DEFAULT 0
);

CREATE TABLE qpl_hints (
    qht_hint_id integer PRIMARY KEY,
    qht_question_fk integer NOT NULL REFERENCES qpl_questions (question_id),
    qht_hint_index integer NOT NULL DEFAULT 0,
    qht_hint_points double precision NOT NULL DEFAULT 0,
    qht_hint_text varchar(4000)
);

CREATE TABLE tst_tests (
    test_id integer PRIMARY KEY,
    obj_fi integer NOT NULL REFERENCES object_data (obj_id),
    author varchar(512),
    introduction text,
    sequence_settings smallint NOT NULL DEFAULT 0,
    score_reporting smallint NOT NULL DEFAULT 0,
    instant_verification char(1) DEFAULT '0',
    answer_feedback_points char(1) DEFAULT '0',
    reporting_date varchar(14),
    nr_of_tries smallint NOT NULL DEFAULT 0,
    processing_time varchar(8),
    enable_processing_time char(1) DEFAULT '0',
    reset_processing_time smallint NOT NULL DEFAULT 0,
    ects_output char(1) DEFAULT '0',
    ects_fx double precision,
    complete char(1) DEFAULT '1',
    shuffle_questions char(1) DEFAULT '0',
    show_cancel char(1) DEFAULT '1',
    show_marker smallint NOT NULL DEFAULT 0,
    fixed_participants smallint NOT NULL DEFAULT 0,
    nr_of_tries_warning smallint DEFAULT 0,
    anonymity char(1) DEFAULT '0',
    show_question_titles smallint NOT NULL DEFAULT 1,
    question_set_type varchar(32) DEFAULT 'FIXED_QUEST_SET',
    starting_time_enabled smallint,
    starting_time varchar(14),
    ending_time_enabled smallint,
    ending_time varchar(14),
    password_enabled smallint,
    password varchar(20),
    pass_scoring smallint NOT NULL DEFAULT 0,
    result_tax_filters varchar(255),
    tstamp integer NOT NULL DEFAULT 0,
    created integer NOT NULL DEFAULT 0
);

CREATE TABLE tst_test_question (
    test_question_id integer PRIMARY KEY,
    test_fi integer NOT NULL REFERENCES tst_tests (test_id),
    question_fi integer NOT NULL REFERENCES qpl_questions (question_id),
    sequence smallint NOT NULL DEFAULT 0,
    obligatory smallint NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0
);

CREATE TABLE tst_mark (
    mark_id integer PRIMARY KEY,
    test_fi integer NOT NULL REFERENCES tst_tests (test_id),
    short_name varchar(15),
    official_name varchar(50),
    minimum_level double precision NOT NULL DEFAULT 0,
    passed char(1) DEFAULT '0',
    tstamp integer NOT NULL DEFAULT 0
);

CREATE TABLE tst_invited_user (
    test_fi integer NOT NULL REFERENCES tst_tests (test_id),
    user_fi integer NOT NULL REFERENCES usr_data (usr_id),
    clientip varchar(255),
    tstamp integer NOT NULL DEFAULT 0,
    PRIMARY KEY (test_fi, user_fi)
);

CREATE TABLE tst_active (
    active_id integer PRIMARY KEY,
    user_fi integer NOT NULL REFERENCES usr_data (usr_id),
    anonymous_id varchar(5),
    test_fi integer NOT NULL REFERENCES tst_tests (test_id),
    lastindex smallint NOT NULL DEFAULT 0,
    tries smallint NOT NULL DEFAULT 0,
    submitted smallint NOT NULL DEFAULT 0,
    submittimestamp timestamp,
    tstamp integer NOT NULL DEFAULT 0,
    importname varchar(400),
    last_finished_pass integer,
    objective_container integer REFERENCES object_reference (ref_id),
    start_lock varchar(128),
    last_pwd varchar(255),
    last_started_pass integer
);

CREATE TABLE tst_pass_result (
    active_fi integer NOT NULL REFERENCES tst_active (active_id),
    pass integer NOT NULL DEFAULT 0,
    points double precision NOT NULL DEFAULT 0,
    maxpoints double precision NOT NULL DEFAULT 0,
    questioncount integer NOT NULL DEFAULT 0,
    answeredquestions integer NOT NULL DEFAULT 0,
    workingtime integer NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    hint_count integer DEFAULT 0,
    hint_points double precision DEFAULT 0,
    obligations_answered smallint NOT NULL DEFAULT 1,
    exam_id varchar(64),
    finalized_by varchar(16),
    PRIMARY KEY (active_fi, pass)
);

CREATE TABLE tst_test_result (
    test_result_id integer PRIMARY KEY,
    active_fi integer NOT NULL REFERENCES tst_active (active_id),
    question_fi integer NOT NULL REFERENCES qpl_questions (question_id),
    points double precision NOT NULL DEFAULT 0,
    pass integer NOT NULL DEFAULT 0,
    manual smallint NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    hint_count integer DEFAULT 0,
    hint_points double precision DEFAULT 0,
    answered smallint NOT NULL DEFAULT 1,
    step integer
);

CREATE TABLE tst_solutions (
    solution_id integer PRIMARY KEY,
    active_fi integer NOT NULL REFERENCES tst_active (active_id),
    question_fi integer NOT NULL REFERENCES qpl_questions (question_id),
    value1 text,
    value2 text,
    points double precision,
    pass smallint NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0,
    step integer,
    authorized smallint DEFAULT 1
);

CREATE TABLE tst_times (
    times_id integer PRIMARY KEY,
    active_fi integer NOT NULL REFERENCES tst_active (active_id),
    started timestamp,
    finished timestamp,
    pass smallint NOT NULL DEFAULT 0,
    tstamp integer NOT NULL DEFAULT 0
);

CREATE TABLE tst_manual_fb (
    manual_feedback_id integer PRIMARY KEY,
    active_fi integer NOT NULL REFERENCES tst_active (active_id),
    question_fi integer NOT NULL REFERENCES qpl_questions (question_id),
    pass integer NOT NULL DEFAULT 0,
    feedback text,
    finalized_evaluation smallint DEFAULT 0,
    finalized_by_usr_id integer REFERENCES usr_data (usr_id),
    finalized_tstamp integer,
    tstamp integer NOT NULL DEFAULT 0
);

CREATE TABLE qpl_hint_tracking (
    qhtr_track_id integer PRIMARY KEY,
    qhtr_active_fk integer NOT NULL REFERENCES tst_active (active_id),
    qhtr_pass integer NOT NULL DEFAULT 0,
    qhtr_question_fk integer NOT NULL REFERENCES qpl_questions (question_id),
    qhtr_hint_fk integer NOT NULL REFERENCES qpl_hints (qht_hint_id)
);

CREATE TABLE frm_settings (
    obj_id int PRIMARY KEY REFERENCES object_data (obj_id),
    default_view integer NOT NULL DEFAULT 0,
    anonymized smallint NOT NULL DEFAULT 0,
    statistics_enabled smallint NOT NULL DEFAULT 0,
    post_activation smallint NOT NULL DEFAULT 0,
    admin_force_noti smallint NOT NULL DEFAULT 0,
    user_toggle_noti smallint NOT NULL DEFAULT 0,
    preset_subject smallint NOT NULL DEFAULT 1,
    notification_type varchar(10),
    add_re_subject smallint NOT NULL DEFAULT 0,
    mark_mod_posts smallint NOT NULL DEFAULT 0,
    thread_sorting integer NOT NULL DEFAULT 0,
    thread_rating smallint NOT NULL DEFAULT 0,
    file_upload_allowed smallint NOT NULL DEFAULT 0,
    lp_req_num_postings integer,
    interested_events integer NOT NULL DEFAULT 0
);

CREATE TABLE frm_data (
    top_pk integer PRIMARY KEY,
    top_frm_fk integer NOT NULL REFERENCES frm_settings (obj_id),
    top_name varchar(255),
    top_description varchar(255),
    top_num_posts integer NOT NULL DEFAULT 0,
    top_num_threads integer NOT NULL DEFAULT 0,
    top_last_post varchar(50),
    top_mods integer NOT NULL REFERENCES role_data (role_id),
    top_date timestamp,
    visits integer NOT NULL DEFAULT 0,
    top_update timestamp,
    update_user integer REFERENCES usr_data (usr_id),
    top_usr_id integer NOT NULL REFERENCES usr_data (usr_id)
);

CREATE TABLE frm_threads (
    thr_pk integer PRIMARY KEY,
    thr_top_fk integer NOT NULL REFERENCES frm_data (top_pk),
    thr_subject varchar(255),
    thr_num_posts integer NOT NULL DEFAULT 0,
    thr_last_post varchar(50),
    thr_date timestamp,
    thr_update timestamp,
    visits integer NOT NULL DEFAULT 0,
    import_name varchar(4000),
    is_sticky smallint NOT NULL DEFAULT 0,
    is_closed smallint NOT NULL DEFAULT 0,
    avg_rating double precision NOT NULL DEFAULT 0,
    thr_author_id integer NOT NULL REFERENCES usr_data (usr_id),
    thr_display_user_id integer NOT NULL REFERENCES usr_data (usr_id),
    thr_usr_alias varchar(255),
    thread_sorting integer NOT NULL DEFAULT 0
);

CREATE TABLE frm_posts (
    pos_pk integer PRIMARY KEY,
    pos_top_fk integer NOT NULL REFERENCES frm_data (top_pk),
    pos_thr_fk integer NOT NULL REFERENCES frm_threads (thr_pk),
    pos_usr_alias varchar(255),
    pos_subject varchar(255),
    pos_date timestamp,
    pos_update timestamp,
    update_user integer REFERENCES usr_data (usr_id),
    pos_cens smallint NOT NULL DEFAULT 0,
    pos_cens_com varchar(4000),
    notify smallint NOT NULL DEFAULT 0,
    import_name varchar(4000),
    pos_status smallint NOT NULL DEFAULT 1,
    pos_message text,
    pos_activation_date timestamp,
    is_author_moderator smallint,
    pos_cens_date timestamp,
    pos_author_id integer NOT NULL REFERENCES usr_data (usr_id),
    pos_display_user_id integer NOT NULL REFERENCES usr_data (usr_id)
);

CREATE TABLE frm_posts_tree (
    fpt_pk integer PRIMARY KEY,
    thr_fk integer NOT NULL REFERENCES frm_threads (thr_pk),
    pos_fk integer NOT NULL REFERENCES frm_posts (pos_pk),
    parent_pos integer REFERENCES frm_posts (pos_pk),
    lft integer NOT NULL DEFAULT 0,
    rgt integer NOT NULL DEFAULT 0,
    depth integer NOT NULL DEFAULT 0,
    fpt_date timestamp
);

CREATE TABLE frm_user_read (
    usr_id integer NOT NULL REFERENCES usr_data (usr_id),
    obj_id integer NOT NULL REFERENCES frm_settings (obj_id),
    thread_id integer NOT NULL REFERENCES frm_threads (thr_pk),
    post_id integer NOT NULL REFERENCES frm_posts (pos_pk),
    PRIMARY KEY (usr_id, obj_id, thread_id, post_id)
);

CREATE TABLE frm_notification (
    notification_id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES usr_data (usr_id),
    frm_id integer REFERENCES frm_settings (obj_id),
    thread_id integer REFERENCES frm_threads (thr_pk),
    admin_force_noti smallint NOT NULL DEFAULT 0,
    user_toggle_noti smallint NOT NULL DEFAULT 0,
    interested_events integer NOT NULL DEFAULT 0,
    user_id_noti integer REFERENCES usr_data (usr_id)
);

CREATE TABLE exc_data (
    obj_id int PRIMARY KEY REFERENCES object_data (obj_id),
    instruction text,
    time_stamp integer,
    pass_mode varchar(8) DEFAULT 'all',
    pass_nr integer,
    show_submissions smallint NOT NULL DEFAULT 0,
    compl_by_submission smallint NOT NULL DEFAULT 0,
    certificate_visibility smallint NOT NULL DEFAULT 0,
    tfeedback smallint NOT NULL DEFAULT 7,
    nr_mandatory_random integer NOT NULL DEFAULT 0
);

CREATE TABLE exc_assignment (
    id integer PRIMARY KEY,
    exc_id integer NOT NULL REFERENCES exc_data (obj_id),
    time_stamp integer,
    instruction text,
    title varchar(200),
    start_time integer,
    mandatory smallint DEFAULT 1,
    order_nr integer NOT NULL DEFAULT 0,
    type smallint NOT NULL DEFAULT 1,
    peer smallint NOT NULL DEFAULT 0,
    peer_min smallint NOT NULL DEFAULT 0,
    peer_dl integer DEFAULT 0,
    peer_file smallint DEFAULT 0,
    fb_file varchar(1000),
    fb_cron smallint NOT NULL DEFAULT 0,
    fb_date smallint NOT NULL DEFAULT 1,
    team_tutor smallint NOT NULL DEFAULT 0,
    max_file smallint,
    deadline2 integer,
    portfolio_template integer,
    min_char_limit integer,
    max_char_limit integer,
    deadline_mode smallint DEFAULT 0,
    relative_deadline integer DEFAULT 0
);

CREATE TABLE exc_returned (
    returned_id integer PRIMARY KEY,
    obj_id integer NOT NULL REFERENCES exc_data (obj_id),
    user_id integer NOT NULL REFERENCES usr_data (usr_id),
    filename varchar(1000),
    filetitle varchar(1000),
    mimetype varchar(150),
    ts timestamp,
    ass_id integer REFERENCES exc_assignment (id),
    atext text,
    late smallint NOT NULL DEFAULT 0,
    team_id integer NOT NULL DEFAULT 0
);

CREATE TABLE exc_mem_ass_status (
    ass_id integer NOT NULL REFERENCES exc_assignment (id),
    usr_id integer NOT NULL REFERENCES usr_data (usr_id),
    notice varchar(4000),
    returned smallint NOT NULL DEFAULT 0,
    solved smallint,
    status_time timestamp,
    sent smallint,
    sent_time timestamp,
    feedback_time timestamp,
    feedback smallint NOT NULL DEFAULT 0,
    status varchar(9) DEFAULT 'notgraded',
    mark varchar(32),
    u_comment varchar(4000),
    PRIMARY KEY (ass_id, usr_id)
);

CREATE TABLE il_exc_team (
    id integer NOT NULL,
    ass_id integer NOT NULL REFERENCES exc_assignment (id),
    user_id integer NOT NULL REFERENCES usr_data (usr_id),
    PRIMARY KEY (ass_id, user_id)
);

CREATE TABLE exc_assignment_peer (
    id integer PRIMARY KEY,
    ass_id integer NOT NULL REFERENCES exc_assignment (id),
    giver_id integer NOT NULL REFERENCES usr_data (usr_id),
    peer_id integer NOT NULL REFERENCES usr_data (usr_id),
    tstamp timestamp,
    pcomment text,
    is_valid smallint NOT NULL DEFAULT 0
);

CREATE TABLE ut_lp_settings (
    obj_id int PRIMARY KEY REFERENCES object_data (obj_id),
    obj_type char(4),
    u_mode smallint NOT NULL DEFAULT 0,
    visits integer DEFAULT 0
);

CREATE TABLE ut_lp_collections (
    obj_id integer NOT NULL REFERENCES ut_lp_settings (obj_id),
    item_id integer NOT NULL REFERENCES object_reference (ref_id),
    grouping_id integer NOT NULL DEFAULT 0,
    num_obligatory integer NOT NULL DEFAULT 0,
    active smallint NOT NULL DEFAULT 1,
    lpmode smallint DEFAULT 5,
    PRIMARY KEY (obj_id, item_id)
);

CREATE TABLE ut_lp_marks (
    obj_id integer NOT NULL REFERENCES object_data (obj_id),
    usr_id integer NOT NULL REFERENCES usr_data (usr_id),
    completed integer NOT NULL DEFAULT 0,
    mark varchar(4000),
    u_comment varchar(4000),
    status smallint NOT NULL DEFAULT 0,
    status_changed timestamp,
    status_dirty smallint NOT NULL DEFAULT 0,
    percentage smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (obj_id, usr_id)
);

CREATE TABLE read_event (
    obj_id integer NOT NULL REFERENCES object_data (obj_id),
    usr_id integer NOT NULL REFERENCES usr_data (usr_id),
    last_access integer,
    read_count integer NOT NULL DEFAULT 0,
    spent_seconds integer NOT NULL DEFAULT 0,
    first_access timestamp,
    childs_read_count integer NOT NULL DEFAULT 0,
    childs_spent_seconds integer NOT NULL DEFAULT 0,
    PRIMARY KEY (obj_id, usr_id)
);

CREATE TABLE file_data (
    file_id int PRIMARY KEY REFERENCES object_data (obj_id),
    file_name varchar(250),
    file_type varchar(250),
    file_size bigint NOT NULL DEFAULT 0,
    version integer,
    f_mode varchar(8) DEFAULT 'object',
    rating smallint NOT NULL DEFAULT 0,
    page_count bigint,
    max_version integer,
    on_click_mode integer NOT NULL DEFAULT 1,
    downloads bigint DEFAULT 0
);

CREATE TABLE lm_data (
    obj_id integer PRIMARY KEY,
    title varchar(255),
    type char(2),
    lm_id integer NOT NULL REFERENCES object_data (obj_id),
    import_id varchar(50),
    public_access char(1) DEFAULT 'n',
    create_date timestamp,
    last_update timestamp,
    active char(1) DEFAULT 'y',
    layout varchar(100),
    short_title varchar(200)
);

CREATE TABLE lm_tree (
    lm_id integer NOT NULL REFERENCES object_data (obj_id),
    child integer NOT NULL REFERENCES lm_data (obj_id),
    parent integer REFERENCES lm_data (obj_id),
    lft integer NOT NULL DEFAULT 0,
    rgt integer NOT NULL DEFAULT 0,
    depth smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (lm_id, child)
);

CREATE TABLE page_object (
    page_id integer NOT NULL,
    parent_id integer REFERENCES object_data (obj_id),
    content text,
    parent_type varchar(4) NOT NULL DEFAULT 'lm',
    last_change_user integer REFERENCES usr_data (usr_id),
    view_cnt integer DEFAULT 0,
    last_change timestamp,
    created timestamp,
    create_user integer REFERENCES usr_data (usr_id),
    render_md5 varchar(32),
    rendered_content text,
    rendered_time timestamp,
    activation_start timestamp,
    activation_end timestamp,
    active smallint NOT NULL DEFAULT 1,
    is_empty smallint NOT NULL DEFAULT 0,
    inactive_elements smallint DEFAULT 0,
    int_links smallint DEFAULT 0,
    show_activation_info smallint NOT NULL DEFAULT 0,
    lang varchar(2) NOT NULL DEFAULT '-',
    edit_lock_user integer REFERENCES usr_data (usr_id),
    edit_lock_ts integer NOT NULL DEFAULT 0,
    PRIMARY KEY (page_id, parent_type, lang)
);

CREATE TABLE mail_obj_data (
    obj_id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES usr_data (usr_id),
    title char(70),
    m_type char(16)
);

CREATE TABLE mail_tree (
    tree integer NOT NULL REFERENCES usr_data (usr_id),
    child integer NOT NULL REFERENCES mail_obj_data (obj_id),
    parent integer REFERENCES mail_obj_data (obj_id),
    lft integer NOT NULL DEFAULT 0,
    rgt integer NOT NULL DEFAULT 0,
    depth smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (tree, child)
);

CREATE TABLE mail (
    mail_id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES usr_data (usr_id),
    folder_id integer NOT NULL REFERENCES mail_obj_data (obj_id),
    sender_id integer REFERENCES usr_data (usr_id),
    attachments text,
    send_time timestamp,
    rcp_to text,
    rcp_cc varchar(4000),
    rcp_bcc varchar(4000),
    m_status varchar(16),
    m_subject varchar(255),
    m_message text,
    import_name text,
    use_placeholders smallint NOT NULL DEFAULT 0,
    context_id varchar(100),
    context_params text
);

CREATE TABLE mail_attachment (
    mail_id int PRIMARY KEY REFERENCES mail (mail_id),
    path varchar(500)
);

CREATE TABLE mail_options (
    user_id int PRIMARY KEY REFERENCES usr_data (usr_id),
    linebreak smallint NOT NULL DEFAULT 0,
    signature varchar(4000),
    incoming_type smallint,
    cronjob_notification smallint NOT NULL DEFAULT 0,
    mail_address_option smallint NOT NULL DEFAULT 3
);

CREATE TABLE note (
    id integer PRIMARY KEY,
    rep_obj_id integer NOT NULL REFERENCES object_data (obj_id),
    obj_id integer NOT NULL DEFAULT 0,
    obj_type varchar(10) DEFAULT '-',
    type smallint NOT NULL DEFAULT 0,
    author integer NOT NULL REFERENCES usr_data (usr_id),
    note_text text,
    label smallint NOT NULL DEFAULT 0,
    creation_date timestamp,
    update_date timestamp,
    subject varchar(200),
    no_repository smallint DEFAULT 0,
    news_id integer REFERENCES il_news_item (id)
);

CREATE TABLE il_news_item (
    id integer PRIMARY KEY,
    priority smallint DEFAULT 1,
    title varchar(200),
    content text,
    context_obj_id integer REFERENCES object_data (obj_id),
    context_obj_type varchar(10),
    context_sub_obj_id integer,
    context_sub_obj_type varchar(10),
    content_type char(5) DEFAULT 'text',
    creation_date timestamp,
    update_date timestamp,
    user_id integer REFERENCES usr_data (usr_id),
    visibility char(6) DEFAULT 'users',
    content_long text,
    content_is_lang_var smallint DEFAULT 0,
    mob_id integer,
    playtime varchar(8),
    start_date timestamp,
    end_date timestamp,
    content_text_is_lang_var smallint NOT NULL DEFAULT 0,
    mob_cnt_download integer NOT NULL DEFAULT 0,
    mob_cnt_play integer NOT NULL DEFAULT 0,
    content_html smallint NOT NULL DEFAULT 0,
    update_user_id integer REFERENCES usr_data (usr_id)
);

CREATE TABLE cal_categories (
    cat_id integer PRIMARY KEY,
    obj_id integer NOT NULL REFERENCES object_data (obj_id),
    title varchar(128),
    color char(8),
    type smallint NOT NULL DEFAULT 0,
    loc_type smallint NOT NULL DEFAULT 1,
    remote_url varchar(500),
    remote_user varchar(50),
    remote_pass varchar(50),
    remote_sync timestamp
);

CREATE TABLE cal_entries (
    cal_id integer PRIMARY KEY,
    last_update timestamp,
    title varchar(128),
    subtitle varchar(64),
    description varchar(4000),
    location varchar(4000),
    fullday smallint NOT NULL DEFAULT 0,
    starta timestamp,
    enda timestamp,
    informations varchar(4000),
    auto_generated smallint NOT NULL DEFAULT 0,
    context_id integer NOT NULL DEFAULT 0,
    context_info varchar(255),
    translation_type smallint NOT NULL DEFAULT 0,
    is_milestone smallint NOT NULL DEFAULT 0,
    completion integer NOT NULL DEFAULT 0,
    notification smallint NOT NULL DEFAULT 0
);

CREATE TABLE cal_cat_assignments (
    cal_id integer NOT NULL REFERENCES cal_entries (cal_id),
    cat_id integer NOT NULL REFERENCES cal_categories (cat_id),
    PRIMARY KEY (cal_id, cat_id)
);

CREATE TABLE cal_recurrence_rules (
    rule_id integer PRIMARY KEY,
    cal_id integer NOT NULL REFERENCES cal_entries (cal_id),
    cal_recurrence integer NOT NULL DEFAULT 0,
    freq_type varchar(20),
    freq_until_date timestamp,
    freq_until_count integer NOT NULL DEFAULT 0,
    intervall integer NOT NULL DEFAULT 0,
    byday varchar(64),
    bymonth varchar(64),
    bymonthday varchar(64),
    weekstart char(2)
);

CREATE TABLE badge_badge (
    id integer PRIMARY KEY,
    parent_id integer NOT NULL REFERENCES object_data (obj_id),
    type_id varchar(255),
    active smallint NOT NULL DEFAULT 0,
    title varchar(255),
    descr varchar(4000),
    conf text,
    image varchar(255),
    valid varchar(255),
    crit varchar(4000)
);

CREATE TABLE badge_user_badge (
    badge_id integer NOT NULL REFERENCES badge_badge (id),
    user_id integer NOT NULL REFERENCES usr_data (usr_id),
    tstamp integer NOT NULL DEFAULT 0,
    awarded_by integer REFERENCES usr_data (usr_id),
    pos smallint,
    PRIMARY KEY (badge_id, user_id)
);

CREATE TABLE skl_tree_node (
    obj_id integer PRIMARY KEY,
    title varchar(200),
    type char(4),
    create_date timestamp,
    self_eval smallint NOT NULL DEFAULT 0,
    order_nr integer NOT NULL DEFAULT 0,
    status smallint NOT NULL DEFAULT 0,
    creation_date timestamp,
    import_id varchar(50),
    description text
);

CREATE TABLE skl_tree (
    skl_tree_id integer NOT NULL,
    child integer NOT NULL REFERENCES skl_tree_node (obj_id),
    parent integer REFERENCES skl_tree_node (obj_id),
    lft integer NOT NULL DEFAULT 0,
    rgt integer NOT NULL DEFAULT 0,
    depth smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (skl_tree_id, child)
);

CREATE TABLE skl_level (
    id integer PRIMARY KEY,
    skill_id integer NOT NULL REFERENCES skl_tree_node (obj_id),
    nr smallint NOT NULL DEFAULT 0,
    title varchar(200),
    description text,
    creation_date timestamp,
    import_id varchar(50)
);

CREATE TABLE skl_user_skill_level (
    level_id integer NOT NULL REFERENCES skl_level (id),
    user_id integer NOT NULL REFERENCES usr_data (usr_id),
    status_date timestamp NOT NULL,
    skill_id integer NOT NULL REFERENCES skl_tree_node (obj_id),
    status smallint NOT NULL DEFAULT 0,
    valid smallint NOT NULL DEFAULT 0,
    trigger_ref_id integer NOT NULL REFERENCES object_reference (ref_id),
    trigger_obj_id integer NOT NULL REFERENCES object_data (obj_id),
    trigger_title varchar(200),
    tref_id integer NOT NULL DEFAULT 0,
    trigger_obj_type varchar(4) DEFAULT 'crs',
    self_eval smallint NOT NULL DEFAULT 0,
    unique_identifier varchar(80),
    next_level_fulfilment double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (level_id, user_id, status_date, trigger_obj_id, tref_id, self_eval)
);
