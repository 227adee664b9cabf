-- moodle.sql: a seventh blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind7). The core tables of a Moodle
-- 4.x-style learning platform, written for this bench by an author who had
-- not read the inference code. Moodle conventions: every table prefixed
-- `mdl_`, keyed by a bigint `id`; references written without separator or
-- suffix: `userid`, `courseid`, `contextid`, `groupid`, `roleid`,
-- `enrolid`, `itemid`, `categoryid`, `scaleid`, or as the bare parent name
-- (`course`, `module`, `section`, `quiz`, `forum`, `discussion`,
-- `assignment`, `category`, `parent`); roles of a user (`modifierid`,
-- `usermodified`, `relateduserid`, `realuserid`, `privatereplyto`);
-- polymorphic columns that are not declared (mdl_course_modules.instance,
-- mdl_context.instanceid, mdl_grade_items.iteminstance, itemid of
-- mdl_role_assignments / mdl_groups_members, the log's objectid and
-- contextinstanceid); times are bigint Unix seconds (timecreated,
-- timemodified). Moodle writes 0 for "none" (a site-level course or
-- scale); here such columns are nullable. The foreign keys declared here
-- are those of Moodle's install.xml files; they are the truth. Readable by
-- SQLite and Sextant's DDL reader (tables refer to each other in cycles:
-- forum discussions <-> posts, course <-> groupings).

CREATE TABLE mdl_mnet_host (
    id bigint PRIMARY KEY,
    deleted smallint NOT NULL DEFAULT 0,
    wwwroot varchar(255) NOT NULL DEFAULT '',
    ip_address varchar(45) NOT NULL DEFAULT '',
    name varchar(80) NOT NULL DEFAULT '',
    public_key text NOT NULL,
    public_key_expires bigint NOT NULL DEFAULT 0,
    transport smallint NOT NULL DEFAULT 0,
    portno integer NOT NULL DEFAULT 0,
    last_connect_time bigint NOT NULL DEFAULT 0,
    last_log_id bigint NOT NULL DEFAULT 0,
    force_theme smallint NOT NULL DEFAULT 0,
    theme varchar(100),
    applicationid bigint NOT NULL DEFAULT 1,
    sslverification smallint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_user (
    id bigint PRIMARY KEY,
    auth varchar(20) NOT NULL DEFAULT 'manual',
    confirmed smallint NOT NULL DEFAULT 0,
    policyagreed smallint NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    suspended smallint NOT NULL DEFAULT 0,
    mnethostid bigint NOT NULL REFERENCES mdl_mnet_host (id),
    username varchar(100) NOT NULL DEFAULT '',
    password varchar(255) NOT NULL DEFAULT '',
    idnumber varchar(255) NOT NULL DEFAULT '',
    firstname varchar(100) NOT NULL DEFAULT '',
    lastname varchar(100) NOT NULL DEFAULT '',
    email varchar(100) NOT NULL DEFAULT '',
    emailstop smallint NOT NULL DEFAULT 0,
    phone1 varchar(20) NOT NULL DEFAULT '',
    institution varchar(255) NOT NULL DEFAULT '',
    department varchar(255) NOT NULL DEFAULT '',
    city varchar(120) NOT NULL DEFAULT '',
    country varchar(2) NOT NULL DEFAULT '',
    lang varchar(30) NOT NULL DEFAULT 'en',
    calendartype varchar(30) NOT NULL DEFAULT 'gregorian',
    theme varchar(50) NOT NULL DEFAULT '',
    timezone varchar(100) NOT NULL DEFAULT '99',
    firstaccess bigint NOT NULL DEFAULT 0,
    lastaccess bigint NOT NULL DEFAULT 0,
    lastlogin bigint NOT NULL DEFAULT 0,
    currentlogin bigint NOT NULL DEFAULT 0,
    lastip varchar(45) NOT NULL DEFAULT '',
    secret varchar(15) NOT NULL DEFAULT '',
    picture bigint NOT NULL DEFAULT 0,
    description text,
    descriptionformat smallint NOT NULL DEFAULT 1,
    mailformat smallint NOT NULL DEFAULT 1,
    maildigest smallint NOT NULL DEFAULT 0,
    timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0,
    trustbitmask bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_course_categories (
    id bigint PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    idnumber varchar(100),
    description text,
    descriptionformat smallint NOT NULL DEFAULT 0,
    parent bigint REFERENCES mdl_course_categories (id),
    sortorder bigint NOT NULL DEFAULT 0,
    coursecount bigint NOT NULL DEFAULT 0,
    visible smallint NOT NULL DEFAULT 1,
    visibleold smallint NOT NULL DEFAULT 1,
    timemodified bigint NOT NULL DEFAULT 0,
    depth bigint NOT NULL DEFAULT 0,
    path varchar(255) NOT NULL DEFAULT '',
    theme varchar(50)
);

CREATE TABLE mdl_course (
    id bigint PRIMARY KEY,
    category bigint NOT NULL REFERENCES mdl_course_categories (id),
    sortorder bigint NOT NULL DEFAULT 0,
    fullname varchar(1333) NOT NULL DEFAULT '',
    shortname varchar(255) NOT NULL DEFAULT '',
    idnumber varchar(100) NOT NULL DEFAULT '',
    summary text,
    summaryformat smallint NOT NULL DEFAULT 0,
    format varchar(21) NOT NULL DEFAULT 'topics',
    showgrades smallint NOT NULL DEFAULT 1,
    newsitems integer NOT NULL DEFAULT 1,
    startdate bigint NOT NULL DEFAULT 0,
    enddate bigint NOT NULL DEFAULT 0,
    relativedatesmode smallint NOT NULL DEFAULT 0,
    marker bigint NOT NULL DEFAULT 0,
    maxbytes bigint NOT NULL DEFAULT 0,
    legacyfiles smallint NOT NULL DEFAULT 0,
    showreports smallint NOT NULL DEFAULT 0,
    visible smallint NOT NULL DEFAULT 1,
    visibleold smallint NOT NULL DEFAULT 1,
    downloadcontent smallint,
    groupmode smallint NOT NULL DEFAULT 0,
    groupmodeforce smallint NOT NULL DEFAULT 0,
    defaultgroupingid bigint REFERENCES mdl_groupings (id),
    lang varchar(30) NOT NULL DEFAULT '',
    calendartype varchar(30) NOT NULL DEFAULT '',
    theme varchar(50) NOT NULL DEFAULT '',
    timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0,
    requested smallint NOT NULL DEFAULT 0,
    enablecompletion smallint NOT NULL DEFAULT 0,
    completionnotify smallint NOT NULL DEFAULT 0,
    cacherev bigint NOT NULL DEFAULT 0,
    originalcourseid bigint REFERENCES mdl_course (id),
    showactivitydates smallint NOT NULL DEFAULT 0,
    showcompletionconditions smallint
);

CREATE TABLE mdl_context (
    id bigint PRIMARY KEY,
    contextlevel bigint NOT NULL DEFAULT 0,
    instanceid bigint NOT NULL DEFAULT 0,
    path varchar(255),
    depth smallint NOT NULL DEFAULT 0,
    locked smallint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_role (
    id bigint PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    shortname varchar(100) NOT NULL DEFAULT '',
    description text NOT NULL,
    sortorder bigint NOT NULL DEFAULT 0,
    archetype varchar(30) NOT NULL DEFAULT ''
);

CREATE TABLE mdl_capabilities (
    id bigint PRIMARY KEY,
    name varchar(255) NOT NULL UNIQUE,
    captype varchar(50) NOT NULL DEFAULT '',
    contextlevel bigint NOT NULL DEFAULT 0,
    component varchar(100) NOT NULL DEFAULT '',
    riskbitmask bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_role_assignments (
    id bigint PRIMARY KEY,
    roleid bigint NOT NULL REFERENCES mdl_role (id),
    contextid bigint NOT NULL REFERENCES mdl_context (id),
    userid bigint NOT NULL REFERENCES mdl_user (id),
    timemodified bigint NOT NULL DEFAULT 0,
    modifierid bigint REFERENCES mdl_user (id),
    component varchar(100) NOT NULL DEFAULT '',
    itemid bigint NOT NULL DEFAULT 0,
    sortorder bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_role_capabilities (
    id bigint PRIMARY KEY,
    contextid bigint NOT NULL REFERENCES mdl_context (id),
    roleid bigint NOT NULL REFERENCES mdl_role (id),
    capability varchar(255) NOT NULL REFERENCES mdl_capabilities (name),
    permission bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0,
    modifierid bigint REFERENCES mdl_user (id)
);

CREATE TABLE mdl_enrol (
    id bigint PRIMARY KEY,
    enrol varchar(20) NOT NULL DEFAULT '',
    status bigint NOT NULL DEFAULT 0,
    courseid bigint NOT NULL REFERENCES mdl_course (id),
    sortorder bigint NOT NULL DEFAULT 0,
    name varchar(255),
    enrolperiod bigint DEFAULT 0,
    enrolstartdate bigint DEFAULT 0,
    enrolenddate bigint DEFAULT 0,
    expirynotify smallint DEFAULT 0,
    expirythreshold bigint DEFAULT 0,
    notifyall smallint DEFAULT 0,
    password varchar(50),
    cost varchar(20),
    currency varchar(3),
    roleid bigint REFERENCES mdl_role (id),
    customint1 bigint,
    customint2 bigint,
    customchar1 varchar(255),
    customtext1 text,
    timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_user_enrolments (
    id bigint PRIMARY KEY,
    status bigint NOT NULL DEFAULT 0,
    enrolid bigint NOT NULL REFERENCES mdl_enrol (id),
    userid bigint NOT NULL REFERENCES mdl_user (id),
    timestart bigint NOT NULL DEFAULT 0,
    timeend bigint NOT NULL DEFAULT 2147483647,
    modifierid bigint REFERENCES mdl_user (id),
    timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_modules (
    id bigint PRIMARY KEY,
    name varchar(20) NOT NULL DEFAULT '',
    cron bigint NOT NULL DEFAULT 0,
    lastcron bigint NOT NULL DEFAULT 0,
    search varchar(255) NOT NULL DEFAULT '',
    visible smallint NOT NULL DEFAULT 1
);

CREATE TABLE mdl_course_sections (
    id bigint PRIMARY KEY,
    course bigint NOT NULL REFERENCES mdl_course (id),
    section bigint NOT NULL DEFAULT 0,
    name varchar(255),
    summary text,
    summaryformat smallint NOT NULL DEFAULT 0,
    sequence text,
    visible smallint NOT NULL DEFAULT 1,
    availability text,
    component varchar(100),
    itemid bigint,
    timemodified bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_groups (
    id bigint PRIMARY KEY,
    courseid bigint NOT NULL REFERENCES mdl_course (id),
    idnumber varchar(100) NOT NULL DEFAULT '',
    name varchar(254) NOT NULL DEFAULT '',
    description text,
    descriptionformat smallint NOT NULL DEFAULT 0,
    enrolmentkey varchar(50),
    picture bigint NOT NULL DEFAULT 0,
    visibility smallint NOT NULL DEFAULT 0,
    participation smallint NOT NULL DEFAULT 1,
    timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_groups_members (
    id bigint PRIMARY KEY,
    groupid bigint NOT NULL REFERENCES mdl_groups (id),
    userid bigint NOT NULL REFERENCES mdl_user (id),
    timeadded bigint NOT NULL DEFAULT 0,
    component varchar(100) NOT NULL DEFAULT '',
    itemid bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_groupings (
    id bigint PRIMARY KEY,
    courseid bigint NOT NULL REFERENCES mdl_course (id),
    name varchar(255) NOT NULL DEFAULT '',
    idnumber varchar(100) NOT NULL DEFAULT '',
    description text,
    descriptionformat smallint NOT NULL DEFAULT 0,
    configdata text,
    timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_groupings_groups (
    id bigint PRIMARY KEY,
    groupingid bigint NOT NULL REFERENCES mdl_groupings (id),
    groupid bigint NOT NULL REFERENCES mdl_groups (id),
    timeadded bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_course_modules (
    id bigint PRIMARY KEY,
    course bigint NOT NULL REFERENCES mdl_course (id),
    module bigint NOT NULL REFERENCES mdl_modules (id),
    instance bigint NOT NULL DEFAULT 0,
    section bigint NOT NULL REFERENCES mdl_course_sections (id),
    idnumber varchar(100),
    added bigint NOT NULL DEFAULT 0,
    score smallint NOT NULL DEFAULT 0,
    indent integer NOT NULL DEFAULT 0,
    visible smallint NOT NULL DEFAULT 1,
    visibleoncoursepage smallint NOT NULL DEFAULT 1,
    visibleold smallint NOT NULL DEFAULT 1,
    groupmode smallint NOT NULL DEFAULT 0,
    groupingid bigint REFERENCES mdl_groupings (id),
    completion smallint NOT NULL DEFAULT 0,
    completiongradeitemnumber bigint,
    completionview smallint NOT NULL DEFAULT 0,
    completionexpected bigint NOT NULL DEFAULT 0,
    completionpassgrade smallint NOT NULL DEFAULT 0,
    showdescription smallint NOT NULL DEFAULT 0,
    availability text,
    deletioninprogress smallint NOT NULL DEFAULT 0,
    downloadcontent smallint DEFAULT 1,
    lang varchar(30)
);

CREATE TABLE mdl_scale (
    id bigint PRIMARY KEY,
    courseid bigint REFERENCES mdl_course (id),
    userid bigint REFERENCES mdl_user (id),
    name varchar(255) NOT NULL DEFAULT '',
    scale text NOT NULL,
    description text NOT NULL,
    descriptionformat smallint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_grade_outcomes (
    id bigint PRIMARY KEY,
    courseid bigint REFERENCES mdl_course (id),
    shortname varchar(255) NOT NULL DEFAULT '',
    fullname text NOT NULL,
    scaleid bigint REFERENCES mdl_scale (id),
    description text,
    descriptionformat smallint NOT NULL DEFAULT 0,
    timecreated bigint,
    timemodified bigint,
    usermodified bigint REFERENCES mdl_user (id)
);

CREATE TABLE mdl_grade_categories (
    id bigint PRIMARY KEY,
    courseid bigint NOT NULL REFERENCES mdl_course (id),
    parent bigint REFERENCES mdl_grade_categories (id),
    depth bigint NOT NULL DEFAULT 0,
    path varchar(255),
    fullname varchar(255) NOT NULL DEFAULT '',
    aggregation bigint NOT NULL DEFAULT 0,
    keephigh bigint NOT NULL DEFAULT 0,
    droplow bigint NOT NULL DEFAULT 0,
    aggregateonlygraded smallint NOT NULL DEFAULT 0,
    aggregateoutcomes smallint NOT NULL DEFAULT 0,
    timecreated bigint NOT NULL,
    timemodified bigint NOT NULL,
    hidden smallint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_grade_items (
    id bigint PRIMARY KEY,
    courseid bigint REFERENCES mdl_course (id),
    categoryid bigint REFERENCES mdl_grade_categories (id),
    itemname varchar(255),
    itemtype varchar(30) NOT NULL DEFAULT '',
    itemmodule varchar(30),
    iteminstance bigint,
    itemnumber bigint,
    iteminfo text,
    idnumber varchar(255),
    calculation text,
    gradetype smallint NOT NULL DEFAULT 1,
    grademax numeric(10,5) NOT NULL DEFAULT 100,
    grademin numeric(10,5) NOT NULL DEFAULT 0,
    scaleid bigint REFERENCES mdl_scale (id),
    outcomeid bigint REFERENCES mdl_grade_outcomes (id),
    gradepass numeric(10,5) NOT NULL DEFAULT 0,
    multfactor numeric(10,5) NOT NULL DEFAULT 1,
    plusfactor numeric(10,5) NOT NULL DEFAULT 0,
    aggregationcoef numeric(10,5) NOT NULL DEFAULT 0,
    aggregationcoef2 numeric(10,5) NOT NULL DEFAULT 0,
    sortorder bigint NOT NULL DEFAULT 0,
    display bigint NOT NULL DEFAULT 0,
    decimals smallint,
    hidden bigint NOT NULL DEFAULT 0,
    locked bigint NOT NULL DEFAULT 0,
    locktime bigint NOT NULL DEFAULT 0,
    needsupdate bigint NOT NULL DEFAULT 0,
    weightoverride smallint NOT NULL DEFAULT 0,
    timecreated bigint,
    timemodified bigint
);

CREATE TABLE mdl_grade_grades (
    id bigint PRIMARY KEY,
    itemid bigint NOT NULL REFERENCES mdl_grade_items (id),
    userid bigint NOT NULL REFERENCES mdl_user (id),
    rawgrade numeric(10,5),
    rawgrademax numeric(10,5) NOT NULL DEFAULT 100,
    rawgrademin numeric(10,5) NOT NULL DEFAULT 0,
    rawscaleid bigint REFERENCES mdl_scale (id),
    usermodified bigint REFERENCES mdl_user (id),
    finalgrade numeric(10,5),
    hidden bigint NOT NULL DEFAULT 0,
    locked bigint NOT NULL DEFAULT 0,
    locktime bigint NOT NULL DEFAULT 0,
    exported bigint NOT NULL DEFAULT 0,
    overridden bigint NOT NULL DEFAULT 0,
    excluded bigint NOT NULL DEFAULT 0,
    feedback text,
    feedbackformat bigint NOT NULL DEFAULT 0,
    information text,
    informationformat bigint NOT NULL DEFAULT 0,
    timecreated bigint,
    timemodified bigint,
    aggregationstatus varchar(10) NOT NULL DEFAULT 'unknown',
    aggregationweight numeric(10,5)
);

CREATE TABLE mdl_forum (
    id bigint PRIMARY KEY,
    course bigint NOT NULL REFERENCES mdl_course (id),
    type varchar(20) NOT NULL DEFAULT 'general',
    name varchar(255) NOT NULL DEFAULT '',
    intro text NOT NULL,
    introformat smallint NOT NULL DEFAULT 0,
    duedate bigint NOT NULL DEFAULT 0,
    cutoffdate bigint NOT NULL DEFAULT 0,
    assessed bigint NOT NULL DEFAULT 0,
    assesstimestart bigint NOT NULL DEFAULT 0,
    assesstimefinish bigint NOT NULL DEFAULT 0,
    scale bigint NOT NULL DEFAULT 0,
    grade_forum bigint NOT NULL DEFAULT 0,
    maxbytes bigint NOT NULL DEFAULT 0,
    maxattachments bigint NOT NULL DEFAULT 1,
    forcesubscribe smallint NOT NULL DEFAULT 0,
    trackingtype smallint NOT NULL DEFAULT 1,
    rsstype smallint NOT NULL DEFAULT 0,
    rssarticles smallint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0,
    warnafter bigint NOT NULL DEFAULT 0,
    blockafter bigint NOT NULL DEFAULT 0,
    blockperiod bigint NOT NULL DEFAULT 0,
    completiondiscussions integer NOT NULL DEFAULT 0,
    completionreplies integer NOT NULL DEFAULT 0,
    completionposts integer NOT NULL DEFAULT 0,
    displaywordcount smallint NOT NULL DEFAULT 0,
    lockdiscussionafter bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_forum_discussions (
    id bigint PRIMARY KEY,
    course bigint NOT NULL REFERENCES mdl_course (id),
    forum bigint NOT NULL REFERENCES mdl_forum (id),
    name varchar(255) NOT NULL DEFAULT '',
    firstpost bigint REFERENCES mdl_forum_posts (id),
    userid bigint NOT NULL REFERENCES mdl_user (id),
    groupid bigint REFERENCES mdl_groups (id),
    assessed smallint NOT NULL DEFAULT 1,
    timemodified bigint NOT NULL DEFAULT 0,
    usermodified bigint REFERENCES mdl_user (id),
    timestart bigint NOT NULL DEFAULT 0,
    timeend bigint NOT NULL DEFAULT 0,
    pinned smallint NOT NULL DEFAULT 0,
    timelocked bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_forum_posts (
    id bigint PRIMARY KEY,
    discussion bigint NOT NULL REFERENCES mdl_forum_discussions (id),
    parent bigint REFERENCES mdl_forum_posts (id),
    userid bigint NOT NULL REFERENCES mdl_user (id),
    created bigint NOT NULL DEFAULT 0,
    modified bigint NOT NULL DEFAULT 0,
    mailed smallint NOT NULL DEFAULT 0,
    subject varchar(255) NOT NULL DEFAULT '',
    message text NOT NULL,
    messageformat smallint NOT NULL DEFAULT 0,
    messagetrust smallint NOT NULL DEFAULT 0,
    attachment varchar(100) NOT NULL DEFAULT '',
    totalscore smallint NOT NULL DEFAULT 0,
    mailnow bigint NOT NULL DEFAULT 0,
    deleted smallint NOT NULL DEFAULT 0,
    privatereplyto bigint REFERENCES mdl_user (id),
    wordcount bigint,
    charcount bigint
);

CREATE TABLE mdl_forum_subscriptions (
    id bigint PRIMARY KEY,
    userid bigint NOT NULL REFERENCES mdl_user (id),
    forum bigint NOT NULL REFERENCES mdl_forum (id),
    discussion bigint REFERENCES mdl_forum_discussions (id)
);

CREATE TABLE mdl_quiz (
    id bigint PRIMARY KEY,
    course bigint NOT NULL REFERENCES mdl_course (id),
    name varchar(255) NOT NULL DEFAULT '',
    intro text NOT NULL,
    introformat smallint NOT NULL DEFAULT 0,
    timeopen bigint NOT NULL DEFAULT 0,
    timeclose bigint NOT NULL DEFAULT 0,
    timelimit bigint NOT NULL DEFAULT 0,
    overduehandling varchar(16) NOT NULL DEFAULT 'autoabandon',
    graceperiod bigint NOT NULL DEFAULT 0,
    preferredbehaviour varchar(32) NOT NULL DEFAULT '',
    canredoquestions smallint NOT NULL DEFAULT 0,
    attempts integer NOT NULL DEFAULT 0,
    attemptonlast smallint NOT NULL DEFAULT 0,
    grademethod smallint NOT NULL DEFAULT 1,
    decimalpoints smallint NOT NULL DEFAULT 2,
    questiondecimalpoints smallint NOT NULL DEFAULT -1,
    questionsperpage bigint NOT NULL DEFAULT 0,
    navmethod varchar(16) NOT NULL DEFAULT 'free',
    shuffleanswers smallint NOT NULL DEFAULT 0,
    sumgrades numeric(10,5) NOT NULL DEFAULT 0,
    grade numeric(10,5) NOT NULL DEFAULT 0,
    timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0,
    password varchar(255) NOT NULL DEFAULT '',
    subnet varchar(255) NOT NULL DEFAULT '',
    browsersecurity varchar(32) NOT NULL DEFAULT '',
    delay1 bigint NOT NULL DEFAULT 0,
    delay2 bigint NOT NULL DEFAULT 0,
    showuserpicture smallint NOT NULL DEFAULT 0,
    showblocks smallint NOT NULL DEFAULT 0,
    completionattemptsexhausted smallint DEFAULT 0,
    completionminattempts bigint NOT NULL DEFAULT 0,
    allowofflineattempts smallint DEFAULT 0
);

CREATE TABLE mdl_question_usages (
    id bigint PRIMARY KEY,
    contextid bigint NOT NULL REFERENCES mdl_context (id),
    component varchar(255) NOT NULL DEFAULT '',
    preferredbehaviour varchar(32) NOT NULL DEFAULT ''
);

CREATE TABLE mdl_quiz_attempts (
    id bigint PRIMARY KEY,
    quiz bigint NOT NULL REFERENCES mdl_quiz (id),
    userid bigint NOT NULL REFERENCES mdl_user (id),
    attempt integer NOT NULL DEFAULT 0,
    uniqueid bigint NOT NULL UNIQUE REFERENCES mdl_question_usages (id),
    layout text NOT NULL,
    currentpage bigint NOT NULL DEFAULT 0,
    preview smallint NOT NULL DEFAULT 0,
    state varchar(16) NOT NULL DEFAULT 'inprogress',
    timestart bigint NOT NULL DEFAULT 0,
    timefinish bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0,
    timemodifiedoffline bigint NOT NULL DEFAULT 0,
    timecheckstate bigint DEFAULT 0,
    sumgrades numeric(10,5),
    gradednotificationsenttime bigint
);

CREATE TABLE mdl_quiz_grades (
    id bigint PRIMARY KEY,
    quiz bigint NOT NULL REFERENCES mdl_quiz (id),
    userid bigint NOT NULL REFERENCES mdl_user (id),
    grade numeric(10,5) NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_assign (
    id bigint PRIMARY KEY,
    course bigint NOT NULL REFERENCES mdl_course (id),
    name varchar(255) NOT NULL DEFAULT '',
    intro text NOT NULL,
    introformat smallint NOT NULL DEFAULT 0,
    alwaysshowdescription smallint NOT NULL DEFAULT 0,
    nosubmissions smallint NOT NULL DEFAULT 0,
    submissiondrafts smallint NOT NULL DEFAULT 0,
    sendnotifications smallint NOT NULL DEFAULT 0,
    duedate bigint NOT NULL DEFAULT 0,
    allowsubmissionsfromdate bigint NOT NULL DEFAULT 0,
    grade bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0,
    requiresubmissionstatement smallint NOT NULL DEFAULT 0,
    completionsubmit smallint NOT NULL DEFAULT 0,
    cutoffdate bigint NOT NULL DEFAULT 0,
    gradingduedate bigint NOT NULL DEFAULT 0,
    teamsubmission smallint NOT NULL DEFAULT 0,
    requireallteammemberssubmit smallint NOT NULL DEFAULT 0,
    teamsubmissiongroupingid bigint REFERENCES mdl_groupings (id),
    blindmarking smallint NOT NULL DEFAULT 0,
    attemptreopenmethod varchar(10) NOT NULL DEFAULT 'none',
    maxattempts integer NOT NULL DEFAULT -1,
    markingworkflow smallint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_assign_submission (
    id bigint PRIMARY KEY,
    assignment bigint NOT NULL REFERENCES mdl_assign (id),
    userid bigint NOT NULL REFERENCES mdl_user (id),
    timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0,
    timestarted bigint,
    status varchar(10),
    groupid bigint REFERENCES mdl_groups (id),
    attemptnumber bigint NOT NULL DEFAULT 0,
    latest smallint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_assign_grades (
    id bigint PRIMARY KEY,
    assignment bigint NOT NULL REFERENCES mdl_assign (id),
    userid bigint NOT NULL REFERENCES mdl_user (id),
    timecreated bigint NOT NULL DEFAULT 0,
    timemodified bigint NOT NULL DEFAULT 0,
    grader bigint REFERENCES mdl_user (id),
    grade numeric(10,5) DEFAULT 0,
    attemptnumber bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_course_completions (
    id bigint PRIMARY KEY,
    userid bigint NOT NULL REFERENCES mdl_user (id),
    course bigint NOT NULL REFERENCES mdl_course (id),
    timeenrolled bigint NOT NULL DEFAULT 0,
    timestarted bigint NOT NULL DEFAULT 0,
    timecompleted bigint,
    reaggregate bigint NOT NULL DEFAULT 0
);

CREATE TABLE mdl_logstore_standard_log (
    id bigint PRIMARY KEY,
    eventname varchar(255) NOT NULL DEFAULT '',
    component varchar(100) NOT NULL DEFAULT '',
    action varchar(100) NOT NULL DEFAULT '',
    target varchar(100) NOT NULL DEFAULT '',
    objecttable varchar(50),
    objectid bigint,
    crud varchar(1) NOT NULL DEFAULT '',
    edulevel smallint NOT NULL,
    contextid bigint NOT NULL REFERENCES mdl_context (id),
    contextlevel bigint NOT NULL,
    contextinstanceid bigint NOT NULL,
    userid bigint NOT NULL REFERENCES mdl_user (id),
    courseid bigint REFERENCES mdl_course (id),
    relateduserid bigint REFERENCES mdl_user (id),
    anonymous smallint NOT NULL DEFAULT 0,
    other text,
    timecreated bigint NOT NULL,
    origin varchar(10),
    ip varchar(45),
    realuserid bigint REFERENCES mdl_user (id)
);
