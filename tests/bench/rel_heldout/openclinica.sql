-- openclinica.sql: a twenty-eighth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind28). The database of
-- an OpenClinica 3 install, the open-source electronic data capture system
-- for clinical trials (Java, PostgreSQL): users and their roles per study
-- (user_account, study_user_role, role / privilege), studies and their
-- sites (study with parent_study_id), study parameters, subjects and their
-- enrolment in a study (subject, study_subject), the event calendar
-- (study_event_definition, study_event, subject_event_status), case report
-- forms and their versions (crf, crf_version, section, item, item_group,
-- item_form_metadata, item_group_metadata, response_set), the data entered
-- (event_crf, item_data), discrepancy notes and their maps, subject
-- groups, extracts (dataset, filter, archived_dataset_file), the rules
-- engine (rule, rule_expression, rule_set, rule_set_rule, rule_action and
-- their audits) and the audit log.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of OpenClinica 3.x's PostgreSQL
-- schema (Liquibase), trimmed.
-- Conventions: every older table keyed <table>_id (study.study_id,
-- crf_version.crf_version_id), except user_account keyed user_id and the
-- rules tables keyed id (rule.id, rule_set.id; linked rule_id,
-- rule_set_id, rule_set_rule_id, rule_expression_id); owner_id and
-- update_id -> user_account on almost every table, status_id -> status on
-- almost every table (old_status_id too); role links: parent_study_id and
-- source_study_id -> study, active_study -> study, father_id / mother_id
-- -> subject, parent_dn_id -> discrepancy_note, assigned_user_id /
-- validator_id / sdv_update_id / approver_id / updater_id -> user_account,
-- default_version_id / version_id -> crf_version, section.parent_id ->
-- section, item_form_metadata.parent_id -> item, event_definition_crf
-- .parent_id -> event_definition_crf (a site's copy), role.parent_id ->
-- role; study_user_role is keyed by the login text (user_name ->
-- user_account.user_name) and the role's name (role_name -> role.role_name);
-- study_parameter_value.parameter -> study_parameter.handle (a text key);
-- discrepancy notes hang on data through five map tables dn_<entity>_map
-- (item_data_id, event_crf_id, study_event_id, study_subject_id,
-- subject_id with discrepancy_note_id).
-- OpenClinica declares its FKs (fk_<table>_reference_<table> and the
-- like): the REFERENCES are those, and for audit_log_event, written by
-- triggers, the links the triggers fill.
-- Left without REFERENCES: audit_log_event.entity_id (the id of a row of
-- the table named in audit_table), audit_user_login.user_name (a copy of
-- the login typed, possibly unknown), discrepancy_note.entity_type /
-- column_name (names, not rows), dataset.sql_statement and
-- filter.sql_statement (text), item_form_metadata.decision_condition_id
-- (decision conditions not kept), crf_version.xform_name, oc_oid columns
-- (text identifiers of the ODM export, not keys here), event_crf
-- .interviewer_name (a typed name), study.principal_investigator and
-- facility_* (text), event_definition_crf.selected_version_ids (a comma
-- list) and study_module_status's per-module state columns (numbers).

CREATE TABLE status (
    status_id serial PRIMARY KEY,
    name varchar(255),
    description varchar(1000)
);

CREATE TABLE user_type (
    user_type_id serial PRIMARY KEY,
    user_type varchar(50)
);

CREATE TABLE study_type (
    study_type_id serial PRIMARY KEY,
    name varchar(255),
    description varchar(1000)
);

CREATE TABLE user_account (
    user_id serial PRIMARY KEY,
    user_name varchar(64) NOT NULL UNIQUE,
    passwd varchar(255),
    first_name varchar(50),
    last_name varchar(50),
    email varchar(120),
    active_study int REFERENCES study (study_id),
    institutional_affiliation varchar(255),
    status_id int REFERENCES status (status_id),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    date_lastvisit timestamp,
    passwd_timestamp date,
    passwd_challenge_question varchar(64),
    passwd_challenge_answer varchar(255),
    phone varchar(64),
    user_type_id int REFERENCES user_type (user_type_id),
    update_id int REFERENCES user_account (user_id),
    enabled boolean DEFAULT true,
    account_non_locked boolean DEFAULT true,
    lock_counter int DEFAULT 0,
    run_webservices boolean DEFAULT false
);

CREATE TABLE study (
    study_id serial PRIMARY KEY,
    parent_study_id int REFERENCES study (study_id),
    unique_identifier varchar(30),
    secondary_identifier varchar(255),
    name varchar(255),
    summary varchar(255),
    date_planned_start date,
    date_planned_end date,
    date_created date,
    date_updated date,
    owner_id int REFERENCES user_account (user_id),
    update_id int REFERENCES user_account (user_id),
    type_id int REFERENCES study_type (study_type_id),
    status_id int REFERENCES status (status_id),
    principal_investigator varchar(255),
    facility_name varchar(255),
    facility_city varchar(255),
    facility_state varchar(20),
    facility_zip varchar(64),
    facility_country varchar(64),
    facility_recruitment_status varchar(60),
    sponsor varchar(255),
    collaborators varchar(1000),
    protocol_type varchar(30),
    protocol_description varchar(1000),
    protocol_date_verification date,
    phase varchar(30),
    expected_total_enrollment int,
    conditions varchar(500),
    keywords varchar(255),
    eligibility varchar(500),
    gender varchar(30),
    age_max varchar(3),
    age_min varchar(3),
    healthy_volunteer_accepted boolean,
    purpose varchar(64),
    allocation varchar(64),
    masking varchar(30),
    duration varchar(30),
    oc_oid varchar(40) NOT NULL,
    old_status_id int REFERENCES status (status_id)
);

CREATE TABLE role (
    role_id serial PRIMARY KEY,
    role_name varchar(50) NOT NULL UNIQUE,
    parent_id int REFERENCES role (role_id),
    role_desc varchar(2000)
);

CREATE TABLE privilege (
    priv_id serial PRIMARY KEY,
    priv_name varchar(50),
    priv_desc varchar(2000)
);

CREATE TABLE role_privilege_map (
    role_id int NOT NULL REFERENCES role (role_id),
    priv_id int NOT NULL REFERENCES privilege (priv_id),
    priv_value varchar(50),
    PRIMARY KEY (role_id, priv_id)
);

CREATE TABLE study_user_role (
    role_name varchar(40) NOT NULL REFERENCES role (role_name),
    study_id int NOT NULL REFERENCES study (study_id),
    status_id int REFERENCES status (status_id),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    user_name varchar(64) NOT NULL REFERENCES user_account (user_name),
    PRIMARY KEY (user_name, study_id)
);

CREATE TABLE study_parameter (
    study_parameter_id serial PRIMARY KEY,
    handle varchar(50) NOT NULL UNIQUE,
    name varchar(50),
    description varchar(255),
    default_value varchar(50),
    inheritable boolean DEFAULT true,
    overridable boolean
);

CREATE TABLE study_parameter_value (
    study_parameter_value_id serial PRIMARY KEY,
    study_id int REFERENCES study (study_id),
    value varchar(50),
    parameter varchar(50) REFERENCES study_parameter (handle)
);

CREATE TABLE study_module_status (
    id serial PRIMARY KEY,
    study_id int REFERENCES study (study_id),
    study int,
    crf int,
    event_definition int,
    subject_group int,
    rule int,
    site int,
    users int,
    status_id int REFERENCES status (status_id),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id)
);

CREATE TABLE subject (
    subject_id serial PRIMARY KEY,
    father_id int REFERENCES subject (subject_id),
    mother_id int REFERENCES subject (subject_id),
    status_id int REFERENCES status (status_id),
    date_of_birth date,
    gender char(1),
    unique_identifier varchar(255),
    date_created date,
    owner_id int REFERENCES user_account (user_id),
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    dob_collected boolean
);

CREATE TABLE study_subject (
    study_subject_id serial PRIMARY KEY,
    label varchar(30),
    secondary_label varchar(30),
    subject_id int REFERENCES subject (subject_id),
    study_id int REFERENCES study (study_id),
    status_id int REFERENCES status (status_id),
    enrollment_date date,
    date_created timestamp,
    date_updated timestamp,
    owner_id int REFERENCES user_account (user_id),
    update_id int REFERENCES user_account (user_id),
    oc_oid varchar(40) NOT NULL,
    time_zone varchar(255)
);

CREATE TABLE subject_event_status (
    subject_event_status_id serial PRIMARY KEY,
    name varchar(255),
    description varchar(1000)
);

CREATE TABLE study_event_definition (
    study_event_definition_id serial PRIMARY KEY,
    study_id int REFERENCES study (study_id),
    name varchar(2000),
    description varchar(2000),
    repeating boolean,
    type varchar(20),
    category varchar(2000),
    owner_id int REFERENCES user_account (user_id),
    status_id int REFERENCES status (status_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    ordinal int,
    oc_oid varchar(40) NOT NULL
);

CREATE TABLE study_event (
    study_event_id serial PRIMARY KEY,
    study_event_definition_id int REFERENCES study_event_definition (study_event_definition_id),
    study_subject_id int REFERENCES study_subject (study_subject_id),
    location varchar(2000),
    sample_ordinal int,
    date_start timestamp,
    date_end timestamp,
    owner_id int REFERENCES user_account (user_id),
    status_id int REFERENCES status (status_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    subject_event_status_id int REFERENCES subject_event_status (subject_event_status_id),
    start_time_flag boolean,
    end_time_flag boolean
);

CREATE TABLE crf (
    crf_id serial PRIMARY KEY,
    status_id int REFERENCES status (status_id),
    name varchar(255),
    description varchar(2048),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    oc_oid varchar(40) NOT NULL,
    source_study_id int REFERENCES study (study_id)
);

CREATE TABLE crf_version (
    crf_version_id serial PRIMARY KEY,
    crf_id int NOT NULL REFERENCES crf (crf_id),
    name varchar(255),
    description varchar(4000),
    revision_notes varchar(255),
    status_id int REFERENCES status (status_id),
    date_created date,
    date_updated date,
    owner_id int REFERENCES user_account (user_id),
    update_id int REFERENCES user_account (user_id),
    oc_oid varchar(40) NOT NULL,
    xform text,
    xform_name varchar(255)
);

CREATE TABLE versioning_map (
    crf_version_id int NOT NULL REFERENCES crf_version (crf_version_id),
    item_id int NOT NULL REFERENCES item (item_id),
    PRIMARY KEY (crf_version_id, item_id)
);

CREATE TABLE event_definition_crf (
    event_definition_crf_id serial PRIMARY KEY,
    study_event_definition_id int REFERENCES study_event_definition (study_event_definition_id),
    study_id int REFERENCES study (study_id),
    crf_id int REFERENCES crf (crf_id),
    required_crf boolean,
    double_entry boolean,
    require_all_text_filled boolean,
    decision_conditions boolean,
    null_values varchar(255),
    default_version_id int REFERENCES crf_version (crf_version_id),
    status_id int REFERENCES status (status_id),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    ordinal int,
    electronic_signature boolean DEFAULT false,
    hide_crf boolean DEFAULT false,
    source_data_verification_code int,
    selected_version_ids varchar(150),
    parent_id int REFERENCES event_definition_crf (event_definition_crf_id)
);

CREATE TABLE completion_status (
    completion_status_id serial PRIMARY KEY,
    status_id int REFERENCES status (status_id),
    name varchar(255),
    description varchar(1000)
);

CREATE TABLE event_crf (
    event_crf_id serial PRIMARY KEY,
    study_event_id int REFERENCES study_event (study_event_id),
    crf_version_id int REFERENCES crf_version (crf_version_id),
    date_interviewed date,
    interviewer_name varchar(255),
    completion_status_id int REFERENCES completion_status (completion_status_id),
    status_id int REFERENCES status (status_id),
    annotations varchar(4000),
    date_completed timestamp,
    validator_id int REFERENCES user_account (user_id),
    date_validate date,
    date_validate_completed timestamp,
    validator_annotations varchar(4000),
    validate_string varchar(256),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    study_subject_id int REFERENCES study_subject (study_subject_id),
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    electronic_signature_status boolean DEFAULT false,
    sdv_status boolean DEFAULT false,
    old_status_id int REFERENCES status (status_id),
    sdv_update_id int REFERENCES user_account (user_id)
);

CREATE TABLE section (
    section_id serial PRIMARY KEY,
    crf_version_id int NOT NULL REFERENCES crf_version (crf_version_id),
    status_id int REFERENCES status (status_id),
    label varchar(2000),
    title varchar(2000),
    subtitle varchar(2000),
    instructions varchar(2000),
    page_number_label varchar(5),
    ordinal int,
    parent_id int REFERENCES section (section_id),
    date_created date,
    date_updated date,
    owner_id int NOT NULL REFERENCES user_account (user_id),
    update_id int REFERENCES user_account (user_id),
    borders int
);

CREATE TABLE item_data_type (
    item_data_type_id serial PRIMARY KEY,
    code varchar(20),
    name varchar(255),
    definition varchar(1000),
    reference varchar(1000)
);

CREATE TABLE item_reference_type (
    item_reference_type_id serial PRIMARY KEY,
    name varchar(255),
    description varchar(1000)
);

CREATE TABLE measurement_unit (
    id serial PRIMARY KEY,
    oc_oid varchar(40) NOT NULL,
    name varchar(100) NOT NULL,
    description varchar(255)
);

CREATE TABLE item (
    item_id serial PRIMARY KEY,
    name varchar(255),
    description varchar(4000),
    units varchar(64),
    phi_status boolean,
    item_data_type_id int REFERENCES item_data_type (item_data_type_id),
    item_reference_type_id int REFERENCES item_reference_type (item_reference_type_id),
    status_id int REFERENCES status (status_id),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    oc_oid varchar(40) NOT NULL
);

CREATE TABLE response_type (
    response_type_id serial PRIMARY KEY,
    name varchar(255),
    description varchar(1000)
);

CREATE TABLE response_set (
    response_set_id serial PRIMARY KEY,
    response_type_id int REFERENCES response_type (response_type_id),
    label varchar(80),
    options_text varchar(4000),
    options_values varchar(4000),
    version_id int REFERENCES crf_version (crf_version_id)
);

CREATE TABLE item_form_metadata (
    item_form_metadata_id serial PRIMARY KEY,
    item_id int NOT NULL REFERENCES item (item_id),
    crf_version_id int REFERENCES crf_version (crf_version_id),
    header varchar(2000),
    subheader varchar(240),
    parent_id int REFERENCES item (item_id),
    parent_label varchar(120),
    column_number int,
    page_number_label varchar(5),
    question_number_label varchar(20),
    left_item_text varchar(4000),
    right_item_text varchar(2000),
    section_id int NOT NULL REFERENCES section (section_id),
    decision_condition_id int,
    response_set_id int NOT NULL REFERENCES response_set (response_set_id),
    regexp varchar(1000),
    regexp_error_msg varchar(255),
    ordinal int NOT NULL,
    required boolean,
    default_value varchar(4000),
    response_layout varchar(255),
    width_decimal varchar(10),
    show_item boolean DEFAULT true
);

CREATE TABLE item_group (
    item_group_id serial PRIMARY KEY,
    name varchar(255),
    crf_id int NOT NULL REFERENCES crf (crf_id),
    status_id int REFERENCES status (status_id),
    date_created date,
    date_updated date,
    owner_id int REFERENCES user_account (user_id),
    update_id int REFERENCES user_account (user_id),
    oc_oid varchar(40) NOT NULL
);

CREATE TABLE item_group_metadata (
    item_group_metadata_id serial PRIMARY KEY,
    item_group_id int NOT NULL REFERENCES item_group (item_group_id),
    header varchar(255),
    subheader varchar(255),
    layout varchar(100),
    repeat_number int,
    repeat_max int,
    repeat_array varchar(255),
    row_start_number int,
    crf_version_id int NOT NULL REFERENCES crf_version (crf_version_id),
    item_id int NOT NULL REFERENCES item (item_id),
    ordinal int NOT NULL,
    borders int,
    show_group boolean DEFAULT true,
    repeating_group boolean DEFAULT true
);

CREATE TABLE item_data (
    item_data_id serial PRIMARY KEY,
    item_id int NOT NULL REFERENCES item (item_id),
    event_crf_id int REFERENCES event_crf (event_crf_id),
    status_id int REFERENCES status (status_id),
    value varchar(4000),
    date_created date,
    date_updated date,
    owner_id int REFERENCES user_account (user_id),
    update_id int REFERENCES user_account (user_id),
    ordinal int,
    old_status_id int REFERENCES status (status_id),
    deleted boolean DEFAULT false
);

CREATE TABLE discrepancy_note_type (
    discrepancy_note_type_id serial PRIMARY KEY,
    name varchar(50),
    description varchar(255)
);

CREATE TABLE resolution_status (
    resolution_status_id serial PRIMARY KEY,
    name varchar(50),
    description varchar(255)
);

CREATE TABLE discrepancy_note (
    discrepancy_note_id serial PRIMARY KEY,
    description varchar(255),
    discrepancy_note_type_id int REFERENCES discrepancy_note_type (discrepancy_note_type_id),
    resolution_status_id int REFERENCES resolution_status (resolution_status_id),
    detailed_notes varchar(1000),
    date_created date,
    owner_id int REFERENCES user_account (user_id),
    parent_dn_id int REFERENCES discrepancy_note (discrepancy_note_id),
    entity_type varchar(30),
    study_id int REFERENCES study (study_id),
    assigned_user_id int REFERENCES user_account (user_id),
    column_name varchar(255)
);

CREATE TABLE dn_item_data_map (
    item_data_id int NOT NULL REFERENCES item_data (item_data_id),
    discrepancy_note_id int NOT NULL REFERENCES discrepancy_note (discrepancy_note_id),
    column_name varchar(255),
    study_subject_id int REFERENCES study_subject (study_subject_id),
    activated boolean DEFAULT true,
    PRIMARY KEY (item_data_id, discrepancy_note_id)
);

CREATE TABLE dn_event_crf_map (
    event_crf_id int NOT NULL REFERENCES event_crf (event_crf_id),
    discrepancy_note_id int NOT NULL REFERENCES discrepancy_note (discrepancy_note_id),
    column_name varchar(255),
    PRIMARY KEY (event_crf_id, discrepancy_note_id)
);

CREATE TABLE dn_study_event_map (
    study_event_id int NOT NULL REFERENCES study_event (study_event_id),
    discrepancy_note_id int NOT NULL REFERENCES discrepancy_note (discrepancy_note_id),
    column_name varchar(255),
    PRIMARY KEY (study_event_id, discrepancy_note_id)
);

CREATE TABLE dn_study_subject_map (
    study_subject_id int NOT NULL REFERENCES study_subject (study_subject_id),
    discrepancy_note_id int NOT NULL REFERENCES discrepancy_note (discrepancy_note_id),
    column_name varchar(255),
    PRIMARY KEY (study_subject_id, discrepancy_note_id)
);

CREATE TABLE dn_subject_map (
    subject_id int NOT NULL REFERENCES subject (subject_id),
    discrepancy_note_id int NOT NULL REFERENCES discrepancy_note (discrepancy_note_id),
    column_name varchar(255),
    PRIMARY KEY (subject_id, discrepancy_note_id)
);

CREATE TABLE group_class_types (
    group_class_type_id serial PRIMARY KEY,
    name varchar(255),
    description varchar(1000)
);

CREATE TABLE study_group_class (
    study_group_class_id serial PRIMARY KEY,
    name varchar(30),
    study_id int REFERENCES study (study_id),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    group_class_type_id int REFERENCES group_class_types (group_class_type_id),
    status_id int REFERENCES status (status_id),
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    subject_assignment varchar(30)
);

CREATE TABLE study_group (
    study_group_id serial PRIMARY KEY,
    name varchar(255),
    description varchar(1000),
    study_group_class_id int REFERENCES study_group_class (study_group_class_id)
);

CREATE TABLE subject_group_map (
    subject_group_map_id serial PRIMARY KEY,
    study_group_class_id int REFERENCES study_group_class (study_group_class_id),
    study_subject_id int REFERENCES study_subject (study_subject_id),
    study_group_id int REFERENCES study_group (study_group_id),
    status_id int REFERENCES status (status_id),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    notes varchar(255)
);

CREATE TABLE dataset_item_status (
    dataset_item_status_id serial PRIMARY KEY,
    name varchar(50),
    description varchar(255)
);

CREATE TABLE dataset (
    dataset_id serial PRIMARY KEY,
    study_id int REFERENCES study (study_id),
    status_id int REFERENCES status (status_id),
    name varchar(255),
    description varchar(2000),
    sql_statement text,
    num_runs int,
    date_start date,
    date_end date,
    date_created date,
    date_updated date,
    date_last_run date,
    owner_id int REFERENCES user_account (user_id),
    approver_id int REFERENCES user_account (user_id),
    update_id int REFERENCES user_account (user_id),
    show_event_location boolean DEFAULT false,
    show_event_start boolean DEFAULT false,
    show_subject_dob boolean DEFAULT false,
    show_subject_gender boolean DEFAULT false,
    dataset_item_status_id int REFERENCES dataset_item_status (dataset_item_status_id),
    odm_metadataversion_name varchar(255),
    odm_metadataversion_oid varchar(255)
);

CREATE TABLE dataset_crf_version_map (
    dataset_id int NOT NULL REFERENCES dataset (dataset_id),
    event_definition_crf_id int NOT NULL REFERENCES event_definition_crf (event_definition_crf_id),
    PRIMARY KEY (dataset_id, event_definition_crf_id)
);

CREATE TABLE dataset_study_group_class_map (
    dataset_id int NOT NULL REFERENCES dataset (dataset_id),
    study_group_class_id int NOT NULL REFERENCES study_group_class (study_group_class_id),
    PRIMARY KEY (dataset_id, study_group_class_id)
);

CREATE TABLE filter (
    filter_id serial PRIMARY KEY,
    name varchar(255),
    description varchar(2000),
    sql_statement text,
    status_id int REFERENCES status (status_id),
    date_created date,
    date_updated date,
    owner_id int NOT NULL REFERENCES user_account (user_id),
    update_id int REFERENCES user_account (user_id)
);

CREATE TABLE dataset_filter_map (
    dataset_id int NOT NULL REFERENCES dataset (dataset_id),
    filter_id int NOT NULL REFERENCES filter (filter_id),
    ordinal int,
    PRIMARY KEY (dataset_id, filter_id)
);

CREATE TABLE export_format (
    export_format_id serial PRIMARY KEY,
    name varchar(255),
    description varchar(1000),
    mime_type varchar(255)
);

CREATE TABLE archived_dataset_file (
    archived_dataset_file_id serial PRIMARY KEY,
    name varchar(255),
    dataset_id int REFERENCES dataset (dataset_id),
    export_format_id int REFERENCES export_format (export_format_id),
    file_reference varchar(1000),
    run_time int,
    file_size int,
    date_created date,
    owner_id int REFERENCES user_account (user_id)
);

CREATE TABLE rule_expression (
    id serial PRIMARY KEY,
    value varchar(1025) NOT NULL,
    context int NOT NULL,
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    status_id int REFERENCES status (status_id),
    version int
);

CREATE TABLE rule (
    id serial PRIMARY KEY,
    name varchar(255),
    description varchar(255),
    oc_oid varchar(40),
    enabled boolean,
    rule_expression_id int NOT NULL REFERENCES rule_expression (id),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    status_id int REFERENCES status (status_id),
    version int,
    study_id int REFERENCES study (study_id)
);

CREATE TABLE rule_set (
    id serial PRIMARY KEY,
    rule_expression_id int NOT NULL REFERENCES rule_expression (id),
    study_event_definition_id int REFERENCES study_event_definition (study_event_definition_id),
    crf_id int REFERENCES crf (crf_id),
    crf_version_id int REFERENCES crf_version (crf_version_id),
    study_id int NOT NULL REFERENCES study (study_id),
    item_id int REFERENCES item (item_id),
    item_group_id int REFERENCES item_group (item_group_id),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    status_id int REFERENCES status (status_id),
    version int
);

CREATE TABLE rule_set_rule (
    id serial PRIMARY KEY,
    rule_set_id int NOT NULL REFERENCES rule_set (id),
    rule_id int NOT NULL REFERENCES rule (id),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    status_id int REFERENCES status (status_id),
    version int
);

CREATE TABLE rule_action (
    id serial PRIMARY KEY,
    rule_set_rule_id int NOT NULL REFERENCES rule_set_rule (id),
    action_type int NOT NULL,
    expression_evaluates_to boolean NOT NULL,
    message varchar(2040),
    email_to varchar(255),
    owner_id int REFERENCES user_account (user_id),
    date_created date,
    date_updated date,
    update_id int REFERENCES user_account (user_id),
    status_id int REFERENCES status (status_id),
    version int
);

CREATE TABLE rule_set_audit (
    id serial PRIMARY KEY,
    rule_set_id int NOT NULL REFERENCES rule_set (id),
    status_id int NOT NULL REFERENCES status (status_id),
    updater_id int REFERENCES user_account (user_id),
    date_updated date,
    version int
);

CREATE TABLE rule_set_rule_audit (
    id serial PRIMARY KEY,
    rule_set_rule_id int NOT NULL REFERENCES rule_set_rule (id),
    status_id int NOT NULL REFERENCES status (status_id),
    updater_id int REFERENCES user_account (user_id),
    date_updated date,
    version int
);

CREATE TABLE audit_log_event_type (
    audit_log_event_type_id serial PRIMARY KEY,
    name varchar(255)
);

CREATE TABLE audit_log_event (
    audit_id serial PRIMARY KEY,
    audit_date timestamp NOT NULL,
    audit_table varchar(500) NOT NULL,
    user_id int REFERENCES user_account (user_id),
    entity_id int,
    entity_name varchar(500),
    reason_for_change varchar(1000),
    audit_log_event_type_id int REFERENCES audit_log_event_type (audit_log_event_type_id),
    old_value varchar(4000),
    new_value varchar(4000),
    event_crf_id int REFERENCES event_crf (event_crf_id),
    study_event_id int REFERENCES study_event (study_event_id),
    event_crf_version_id int REFERENCES crf_version (crf_version_id),
    study_subject_id int REFERENCES study_subject (study_subject_id),
    item_data_repeat_key int
);

CREATE TABLE audit_user_login (
    id serial PRIMARY KEY,
    user_name varchar(255),
    user_account_id int REFERENCES user_account (user_id),
    login_attempt_date timestamp,
    login_status_code int,
    version int
);
