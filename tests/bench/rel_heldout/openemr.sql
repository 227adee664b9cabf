-- openemr.sql: a twelfth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind12). The database of an OpenEMR
-- practice (electronic health record and practice management): users and
-- facilities, patients (patient_data), encounters (form_encounter) and the
-- forms filed under them, vitals and SOAP notes, issues (lists), the
-- calendar (openemr_postcalendar_*), prescriptions and the drug inventory,
-- fee sheet lines (billing), insurance, claims and accounts receivable
-- (ar_session / ar_activity), lab orders and results (procedure_*),
-- documents and their categories, therapy groups, reminders, amendments and
-- the audit log. Written for this bench by an author who had read neither
-- the inference code nor its unit tests.
-- OpenEMR conventions: MySQL origin, lowercase singular-ish tables, an
-- auto-increment id on most tables, and the patient referred to by its
-- public number pid (patient_data.pid, a unique column that is not the
-- key), named pid, patient_id, pc_pid or (documents) foreign_id; the
-- encounter referred to by its number (form_encounter.encounter, unique,
-- not the key), named encounter or encounter_id; users referred to as
-- provider_id, providerID, supervisor_id, created_by, owner, post_user,
-- pc_aid, dr_from_ID, to_id, uid, setting_user, and in a few tables by user
-- name text ("user", groupname: left loose); calendar columns with a pc_
-- prefix (pc_eid, pc_catid, pc_aid, pc_pid, pc_facility); keys named
-- drug_id, inventory_id, sale_id, ppid, procedure_order_id, session_id.
-- OpenEMR declares no foreign key in its database: the REFERENCES here are
-- the links the application follows (the truth). Typed as the key they hold
-- where OpenEMR keeps them in varchar (insurance_data.provider,
-- pc_aid, pc_pid), so that PostgreSQL accepts them. Left without REFERENCES:
-- forms.form_id (a row of the form_<formdir> table named in formdir),
-- addresses.foreign_id / phone_numbers.foreign_id (an insurance company or
-- a pharmacy), prices.pr_id (a code or a drug), list_options values, user
-- names kept as text, users_facility's tablename, form_clinical_notes.form_id
-- (the number that groups a form's rows), lists.reinjury_id and
-- form_encounter.parent_encounter_id (loose numbers).

CREATE TABLE facility (
    id bigint PRIMARY KEY,
    name varchar(255),
    phone varchar(30),
    fax varchar(30),
    street varchar(255),
    city varchar(255),
    state varchar(50),
    postal_code varchar(11),
    country_code varchar(30),
    federal_ein varchar(15),
    website varchar(255),
    email varchar(255),
    service_location smallint NOT NULL DEFAULT 1,
    billing_location smallint NOT NULL DEFAULT 1,
    accepts_assignment smallint NOT NULL DEFAULT 1,
    pos_code smallint,
    x12_sender_id varchar(25),
    attn varchar(65),
    domain_identifier varchar(60),
    facility_npi varchar(15),
    facility_taxonomy varchar(15),
    tax_id_type varchar(31),
    color varchar(7) NOT NULL DEFAULT '',
    primary_business_entity integer NOT NULL DEFAULT 0,
    facility_code varchar(31),
    extra_validation smallint NOT NULL DEFAULT 1,
    mail_street varchar(30),
    mail_city varchar(50),
    mail_state varchar(3),
    mail_zip varchar(10),
    oid varchar(255),
    iban varchar(50),
    info text,
    inactive smallint NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    uuid bytea,
    username varchar(255),
    password text,
    authorized smallint,
    info text,
    source smallint,
    fname varchar(255),
    mname varchar(255),
    lname varchar(255),
    suffix varchar(255),
    federaltaxid varchar(255),
    federaldrugid varchar(255),
    upin varchar(255),
    facility varchar(255),
    facility_id integer NOT NULL DEFAULT 0 REFERENCES facility (id),
    see_auth integer NOT NULL DEFAULT 1,
    active smallint NOT NULL DEFAULT 1,
    npi varchar(15),
    title varchar(30),
    specialty varchar(255),
    billname varchar(255),
    email varchar(255),
    email_direct varchar(255),
    url varchar(255),
    assistant varchar(255),
    organization varchar(255),
    valedictory varchar(255),
    street varchar(60),
    city varchar(30),
    state varchar(30),
    zip varchar(20),
    phone varchar(30),
    fax varchar(30),
    phonew1 varchar(30),
    phonecell varchar(30),
    notes text,
    cal_ui smallint NOT NULL DEFAULT 1,
    taxonomy varchar(30) NOT NULL DEFAULT '207Q00000X',
    calendar smallint NOT NULL DEFAULT 0,
    abook_type varchar(31) NOT NULL DEFAULT '',
    default_warehouse varchar(31) NOT NULL DEFAULT '',
    irnpool varchar(31) NOT NULL DEFAULT '',
    state_license_number varchar(25),
    weno_prov_id varchar(15),
    newcrop_user_role varchar(30),
    cpoe smallint,
    physician_type varchar(50),
    main_menu_role varchar(50) NOT NULL DEFAULT 'standard',
    patient_menu_role varchar(50) NOT NULL DEFAULT 'standard',
    portal_user smallint NOT NULL DEFAULT 0,
    supervisor_id integer NOT NULL DEFAULT 0 REFERENCES users (id),
    billing_facility text,
    billing_facility_id integer NOT NULL DEFAULT 0 REFERENCES facility (id)
);

CREATE TABLE groups (
    id bigint PRIMARY KEY,
    name text,
    "user" text
);

CREATE TABLE users_facility (
    tablename varchar(64) NOT NULL,
    table_id integer NOT NULL REFERENCES users (id),
    facility_id integer NOT NULL REFERENCES facility (id),
    warehouse_id varchar(31) NOT NULL DEFAULT '',
    PRIMARY KEY (tablename, table_id, facility_id, warehouse_id)
);

CREATE TABLE facility_user_ids (
    id bigint PRIMARY KEY,
    uid bigint REFERENCES users (id),
    facility_id bigint REFERENCES facility (id),
    field_id varchar(31) NOT NULL,
    field_value text
);

CREATE TABLE user_settings (
    setting_user bigint NOT NULL REFERENCES users (id),
    setting_label varchar(100) NOT NULL,
    setting_value varchar(255) NOT NULL DEFAULT '',
    PRIMARY KEY (setting_user, setting_label)
);

CREATE TABLE x12_partners (
    id integer PRIMARY KEY,
    name varchar(255),
    id_number varchar(255),
    x12_sender_id varchar(255),
    x12_receiver_id varchar(255),
    processing_format varchar(10),
    x12_isa01 varchar(2) NOT NULL DEFAULT '00',
    x12_isa02 varchar(10) NOT NULL DEFAULT '          ',
    x12_isa03 varchar(2) NOT NULL DEFAULT '00',
    x12_isa04 varchar(10) NOT NULL DEFAULT '          ',
    x12_isa05 char(2) NOT NULL DEFAULT 'ZZ',
    x12_isa07 char(2) NOT NULL DEFAULT 'ZZ',
    x12_isa14 char(1) NOT NULL DEFAULT '0',
    x12_isa15 char(1) NOT NULL DEFAULT 'P',
    x12_gs02 varchar(15) NOT NULL DEFAULT '',
    x12_per06 varchar(80) NOT NULL DEFAULT '',
    x12_dtp03 char(1) NOT NULL DEFAULT 'A',
    x12_gs03 varchar(15) NOT NULL DEFAULT '',
    x12_submitter_id smallint,
    x12_submitter_name varchar(255),
    x12_sftp_login varchar(255),
    x12_sftp_pass varchar(255),
    x12_sftp_host varchar(255),
    x12_sftp_port varchar(255),
    x12_sftp_local_dir varchar(255),
    x12_sftp_remote_dir varchar(255)
);

CREATE TABLE insurance_companies (
    id integer PRIMARY KEY,
    uuid bytea,
    name varchar(255),
    attn varchar(255),
    cms_id varchar(15),
    ins_type_code smallint,
    x12_receiver_id varchar(25),
    x12_default_partner_id integer REFERENCES x12_partners (id),
    alt_cms_id varchar(15),
    inactive integer NOT NULL DEFAULT 0,
    eligibility_id varchar(32),
    x12_default_eligibility_id integer,
    cqm_sop integer,
    date_created timestamp,
    last_updated timestamp
);

CREATE TABLE insurance_numbers (
    id integer PRIMARY KEY,
    provider_id integer NOT NULL DEFAULT 0 REFERENCES users (id),
    insurance_company_id integer REFERENCES insurance_companies (id),
    provider_number varchar(20),
    rendering_provider_number varchar(20),
    group_number varchar(20),
    provider_number_type varchar(4),
    rendering_provider_number_type varchar(4)
);

CREATE TABLE addresses (
    id integer PRIMARY KEY,
    line1 varchar(255),
    line2 varchar(255),
    city varchar(255),
    state varchar(35),
    zip varchar(10),
    plus_four varchar(4),
    country varchar(255),
    foreign_id integer,
    district varchar(255)
);

CREATE TABLE phone_numbers (
    id integer PRIMARY KEY,
    country_code varchar(5),
    area_code char(3),
    prefix char(3),
    number varchar(4),
    type integer,
    foreign_id integer
);

CREATE TABLE pharmacies (
    id integer PRIMARY KEY,
    name varchar(255),
    transmit_method integer NOT NULL DEFAULT 1,
    email varchar(255),
    ncpdp integer,
    npi integer,
    date_created timestamp,
    date_modified timestamp
);

CREATE TABLE patient_data (
    id bigint PRIMARY KEY,
    uuid bytea,
    title varchar(255),
    language varchar(255),
    financial varchar(255),
    fname varchar(255),
    lname varchar(255),
    mname varchar(255),
    DOB date,
    street varchar(255),
    postal_code varchar(255),
    city varchar(255),
    state varchar(255),
    country_code varchar(255),
    drivers_license varchar(255),
    ss varchar(255),
    occupation text,
    phone_home varchar(255),
    phone_biz varchar(255),
    phone_contact varchar(255),
    phone_cell varchar(255),
    pharmacy_id integer NOT NULL DEFAULT 0 REFERENCES pharmacies (id),
    status varchar(255),
    contact_relationship varchar(255),
    date timestamp,
    sex varchar(255),
    referrer varchar(255),
    referrerID varchar(255),
    providerID integer REFERENCES users (id),
    ref_providerID integer REFERENCES users (id),
    email varchar(255),
    email_direct varchar(255),
    ethnoracial varchar(255),
    race varchar(255),
    ethnicity varchar(255),
    religion varchar(40),
    interpretter varchar(255),
    migrantseasonal varchar(255),
    family_size varchar(255),
    monthly_income varchar(255),
    billing_note text,
    homeless varchar(255),
    financial_review timestamp,
    pubpid varchar(255),
    pid bigint NOT NULL UNIQUE,
    genericname1 varchar(255),
    genericval1 varchar(255),
    hipaa_mail varchar(3),
    hipaa_voice varchar(3),
    hipaa_notice varchar(3),
    hipaa_message varchar(20),
    hipaa_allowsms varchar(3),
    hipaa_allowemail varchar(3),
    squad varchar(32),
    fitness integer NOT NULL DEFAULT 0,
    referral_source varchar(30),
    usertext1 varchar(255),
    regdate date,
    contrastart date,
    completed_ad varchar(3),
    ad_reviewed date,
    vfc varchar(255),
    mothersname varchar(255),
    guardiansname text,
    allow_imm_reg_use varchar(255),
    allow_imm_info_share varchar(255),
    allow_health_info_ex varchar(255),
    allow_patient_portal varchar(31),
    deceased_date timestamp,
    deceased_reason varchar(255),
    soap_import_status smallint,
    cmsportal_login varchar(60),
    care_team_provider text,
    care_team_facility text,
    care_team_status text,
    county varchar(40),
    industry text,
    imm_reg_status text,
    imm_reg_stat_effdate text,
    publicity_code text,
    publ_code_eff_date text,
    protect_indicator text,
    prot_indi_effdate text,
    dupscore integer NOT NULL DEFAULT -9,
    created_by bigint REFERENCES users (id),
    updated_by bigint REFERENCES users (id),
    preferred_name text,
    sexual_orientation text,
    gender_identity text
);

CREATE TABLE employer_data (
    id bigint PRIMARY KEY,
    name varchar(255),
    street varchar(255),
    postal_code varchar(255),
    city varchar(255),
    state varchar(255),
    country varchar(255),
    date timestamp,
    pid bigint NOT NULL DEFAULT 0 REFERENCES patient_data (pid),
    start_date date,
    end_date date,
    occupation text,
    industry text,
    created_by bigint REFERENCES users (id)
);

CREATE TABLE history_data (
    id bigint PRIMARY KEY,
    uuid bytea,
    coffee text,
    tobacco text,
    alcohol text,
    sleep_patterns text,
    exercise_patterns text,
    seatbelt_use text,
    counseling text,
    hazardous_activities text,
    recreational_drugs text,
    last_breast_exam varchar(255),
    last_mammogram varchar(255),
    last_colonoscopy varchar(255),
    last_psa varchar(255),
    history_mother text,
    history_father text,
    history_siblings text,
    relatives_cancer text,
    relatives_diabetes text,
    date timestamp,
    pid bigint NOT NULL DEFAULT 0 REFERENCES patient_data (pid),
    name_1 varchar(255),
    value_1 varchar(255),
    usertext11 text,
    created_by bigint REFERENCES users (id)
);

CREATE TABLE insurance_data (
    id bigint PRIMARY KEY,
    uuid bytea,
    type varchar(10),
    provider integer REFERENCES insurance_companies (id),
    plan_name varchar(255),
    policy_number varchar(255),
    group_number varchar(255),
    subscriber_lname varchar(255),
    subscriber_mname varchar(255),
    subscriber_fname varchar(255),
    subscriber_relationship varchar(255),
    subscriber_ss varchar(255),
    subscriber_DOB date,
    subscriber_street varchar(255),
    subscriber_postal_code varchar(255),
    subscriber_city varchar(255),
    subscriber_state varchar(255),
    subscriber_country varchar(255),
    subscriber_phone varchar(255),
    subscriber_employer varchar(255),
    subscriber_sex varchar(25),
    copay varchar(255),
    date date,
    date_end date,
    pid bigint NOT NULL DEFAULT 0 REFERENCES patient_data (pid),
    accept_assignment varchar(5) NOT NULL DEFAULT 'TRUE',
    policy_type varchar(25) NOT NULL DEFAULT ''
);

CREATE TABLE patient_access_onsite (
    id integer PRIMARY KEY,
    pid bigint REFERENCES patient_data (pid),
    portal_username varchar(100),
    portal_pwd varchar(255),
    portal_pwd_status smallint DEFAULT 1,
    portal_login_username varchar(100),
    portal_onetime varchar(255)
);

CREATE TABLE openemr_postcalendar_categories (
    pc_catid integer PRIMARY KEY,
    pc_constant_id varchar(255),
    pc_catname varchar(100),
    pc_catcolor varchar(50),
    pc_catdesc text,
    pc_recurrtype integer NOT NULL DEFAULT 0,
    pc_enddate date,
    pc_recurrspec text,
    pc_recurrfreq integer NOT NULL DEFAULT 0,
    pc_duration bigint NOT NULL DEFAULT 0,
    pc_end_date_flag smallint NOT NULL DEFAULT 0,
    pc_end_date_type integer,
    pc_end_date_freq integer NOT NULL DEFAULT 0,
    pc_end_all_day smallint NOT NULL DEFAULT 0,
    pc_dailylimit integer NOT NULL DEFAULT 0,
    pc_cattype integer NOT NULL,
    pc_active smallint NOT NULL DEFAULT 1,
    pc_seq integer NOT NULL DEFAULT 0,
    aco_spec varchar(63) NOT NULL DEFAULT 'encounters|notes'
);

CREATE TABLE therapy_groups (
    group_id integer PRIMARY KEY,
    group_name varchar(255) NOT NULL,
    group_start_date date NOT NULL,
    group_end_date date,
    group_type smallint NOT NULL,
    group_participation smallint NOT NULL,
    group_status integer NOT NULL,
    group_notes text,
    group_guest_counselors varchar(255)
);

CREATE TABLE therapy_groups_participants (
    group_id integer NOT NULL REFERENCES therapy_groups (group_id),
    pid bigint NOT NULL REFERENCES patient_data (pid),
    group_patient_status integer NOT NULL,
    group_patient_start date NOT NULL,
    group_patient_end date,
    group_patient_comment text,
    PRIMARY KEY (group_id, pid)
);

CREATE TABLE therapy_groups_counselors (
    group_id integer NOT NULL REFERENCES therapy_groups (group_id),
    user_id integer NOT NULL REFERENCES users (id),
    PRIMARY KEY (group_id, user_id)
);

CREATE TABLE openemr_postcalendar_events (
    pc_eid integer PRIMARY KEY,
    pc_catid integer NOT NULL DEFAULT 0 REFERENCES openemr_postcalendar_categories (pc_catid),
    pc_multiple integer NOT NULL,
    pc_aid integer REFERENCES users (id),
    pc_pid bigint REFERENCES patient_data (pid),
    pc_gid integer DEFAULT 0 REFERENCES therapy_groups (group_id),
    pc_title varchar(150),
    pc_time timestamp,
    pc_hometext text,
    pc_comments integer DEFAULT 0,
    pc_counter integer DEFAULT 0,
    pc_topic integer NOT NULL DEFAULT 1,
    pc_informant varchar(20),
    pc_eventDate date NOT NULL,
    pc_endDate date NOT NULL,
    pc_duration bigint NOT NULL DEFAULT 0,
    pc_recurrtype integer NOT NULL DEFAULT 0,
    pc_recurrspec text,
    pc_recurrfreq integer NOT NULL DEFAULT 0,
    pc_startTime time,
    pc_endTime time,
    pc_alldayevent integer NOT NULL DEFAULT 0,
    pc_location text,
    pc_conttel varchar(50),
    pc_contname varchar(50),
    pc_contemail varchar(255),
    pc_website varchar(255),
    pc_fee varchar(50),
    pc_eventstatus integer NOT NULL DEFAULT 0,
    pc_sharing integer NOT NULL DEFAULT 0,
    pc_language varchar(30),
    pc_apptstatus varchar(15) NOT NULL DEFAULT '-',
    pc_prefcatid integer NOT NULL DEFAULT 0 REFERENCES openemr_postcalendar_categories (pc_catid),
    pc_facility integer NOT NULL DEFAULT 0 REFERENCES facility (id),
    pc_sendalertsms varchar(3) NOT NULL DEFAULT 'NO',
    pc_sendalertemail varchar(3) NOT NULL DEFAULT 'NO',
    pc_billing_location integer NOT NULL DEFAULT 0 REFERENCES facility (id),
    pc_room varchar(20) NOT NULL DEFAULT '',
    uuid bytea
);

CREATE TABLE form_encounter (
    id bigint PRIMARY KEY,
    uuid bytea,
    date timestamp,
    reason text,
    facility text,
    facility_id integer NOT NULL DEFAULT 0 REFERENCES facility (id),
    pid bigint REFERENCES patient_data (pid),
    encounter bigint UNIQUE,
    onset_date timestamp,
    sensitivity varchar(30),
    billing_note text,
    pc_catid integer NOT NULL DEFAULT 5 REFERENCES openemr_postcalendar_categories (pc_catid),
    last_level_billed integer NOT NULL DEFAULT 0,
    last_level_closed integer NOT NULL DEFAULT 0,
    last_stmt_date date,
    stmt_count integer NOT NULL DEFAULT 0,
    provider_id integer DEFAULT 0 REFERENCES users (id),
    supervisor_id integer DEFAULT 0 REFERENCES users (id),
    invoice_refno varchar(31) NOT NULL DEFAULT '',
    referral_source varchar(31) NOT NULL DEFAULT '',
    billing_facility integer NOT NULL DEFAULT 0 REFERENCES facility (id),
    external_id varchar(20),
    pos_code smallint,
    parent_encounter_id bigint,
    class_code varchar(10) NOT NULL DEFAULT 'AMB',
    shift varchar(31) NOT NULL DEFAULT '',
    voucher_number varchar(255),
    discharge_disposition varchar(100),
    referring_provider_id integer DEFAULT 0 REFERENCES users (id),
    encounter_type_code varchar(31),
    encounter_type_description text,
    ordering_provider_id integer DEFAULT 0 REFERENCES users (id)
);

CREATE TABLE forms (
    id bigint PRIMARY KEY,
    date timestamp,
    encounter bigint REFERENCES form_encounter (encounter),
    form_name text,
    form_id bigint,
    pid bigint REFERENCES patient_data (pid),
    "user" varchar(255),
    groupname varchar(255),
    authorized smallint,
    deleted smallint NOT NULL DEFAULT 0,
    formdir text,
    therapy_group_id integer REFERENCES therapy_groups (group_id),
    issue_id bigint NOT NULL DEFAULT 0 REFERENCES lists (id),
    provider_id bigint NOT NULL DEFAULT 0 REFERENCES users (id)
);

CREATE TABLE form_vitals (
    id bigint PRIMARY KEY,
    uuid bytea,
    date timestamp,
    pid bigint REFERENCES patient_data (pid),
    "user" varchar(255),
    groupname varchar(255),
    authorized smallint DEFAULT 0,
    activity smallint DEFAULT 0,
    bps varchar(40),
    bpd varchar(40),
    weight decimal(12,6),
    height decimal(12,6),
    temperature decimal(12,6),
    temp_method varchar(255),
    pulse decimal(12,6),
    respiration decimal(12,6),
    note varchar(255),
    BMI decimal(12,6),
    BMI_status varchar(255),
    waist_circ decimal(12,6),
    head_circ decimal(12,6),
    oxygen_saturation decimal(6,2),
    oxygen_flow_rate decimal(12,2),
    external_id varchar(20),
    inhaled_oxygen_concentration decimal(6,2)
);

CREATE TABLE form_soap (
    id bigint PRIMARY KEY,
    date timestamp,
    pid bigint DEFAULT 0 REFERENCES patient_data (pid),
    "user" varchar(255),
    groupname varchar(255),
    authorized smallint DEFAULT 0,
    activity smallint DEFAULT 0,
    subjective text,
    objective text,
    assessment text,
    plan text
);

CREATE TABLE form_clinical_notes (
    id bigint PRIMARY KEY,
    form_id bigint NOT NULL,
    uuid bytea,
    date date,
    pid bigint DEFAULT 0 REFERENCES patient_data (pid),
    encounter bigint REFERENCES form_encounter (encounter),
    "user" varchar(255),
    groupname varchar(255),
    authorized smallint DEFAULT 0,
    activity smallint DEFAULT 1,
    code varchar(255),
    codetext text,
    description text,
    external_id varchar(30),
    clinical_notes_type varchar(100),
    clinical_notes_category varchar(100),
    note_related_to text
);

CREATE TABLE lists (
    id bigint PRIMARY KEY,
    uuid bytea,
    date timestamp,
    type varchar(255),
    subtype varchar(31) NOT NULL DEFAULT '',
    title varchar(255),
    udi varchar(255),
    begdate timestamp,
    enddate timestamp,
    returndate date,
    occurrence integer DEFAULT 0,
    classification integer DEFAULT 0,
    referredby varchar(255),
    extrainfo varchar(255),
    diagnosis varchar(255),
    activity smallint,
    comments text,
    pid bigint REFERENCES patient_data (pid),
    "user" varchar(255),
    groupname varchar(255),
    outcome integer NOT NULL DEFAULT 0,
    destination varchar(255),
    reinjury_id bigint NOT NULL DEFAULT 0,
    injury_part varchar(31) NOT NULL DEFAULT '',
    injury_type varchar(31) NOT NULL DEFAULT '',
    injury_grade varchar(31) NOT NULL DEFAULT '',
    reaction varchar(255) NOT NULL DEFAULT '',
    verification varchar(36) NOT NULL DEFAULT '',
    external_allergyid integer,
    erx_source varchar(1) NOT NULL DEFAULT '0',
    erx_uploaded varchar(1) NOT NULL DEFAULT '0',
    modifydate timestamp,
    severity_al varchar(50),
    external_id varchar(20),
    list_option_id varchar(100)
);

CREATE TABLE issue_encounter (
    id bigint PRIMARY KEY,
    uuid bytea,
    pid bigint NOT NULL REFERENCES patient_data (pid),
    list_id bigint NOT NULL REFERENCES lists (id),
    encounter bigint NOT NULL REFERENCES form_encounter (encounter),
    resolved smallint NOT NULL
);

CREATE TABLE drugs (
    drug_id integer PRIMARY KEY,
    uuid bytea,
    name varchar(255) NOT NULL DEFAULT '',
    ndc_number varchar(20) NOT NULL DEFAULT '',
    on_order integer NOT NULL DEFAULT 0,
    reorder_point float NOT NULL DEFAULT 0.0,
    max_level float NOT NULL DEFAULT 0.0,
    last_notify date,
    reactions text,
    form integer NOT NULL DEFAULT 0,
    size varchar(25) NOT NULL DEFAULT '',
    unit integer NOT NULL DEFAULT 0,
    route integer NOT NULL DEFAULT 0,
    substitute integer NOT NULL DEFAULT 0,
    related_code varchar(255) NOT NULL DEFAULT '',
    cyp_factor float NOT NULL DEFAULT 0,
    active smallint DEFAULT 1,
    allow_combining smallint NOT NULL DEFAULT 0,
    allow_multiple smallint NOT NULL DEFAULT 1,
    drug_code varchar(25),
    consumable smallint NOT NULL DEFAULT 0,
    dispensable smallint NOT NULL DEFAULT 1,
    date_created timestamp,
    last_updated timestamp
);

CREATE TABLE drug_templates (
    drug_id integer NOT NULL REFERENCES drugs (drug_id),
    selector varchar(255) NOT NULL DEFAULT '',
    dosage varchar(10),
    period integer NOT NULL DEFAULT 0,
    quantity integer NOT NULL DEFAULT 0,
    refills integer NOT NULL DEFAULT 0,
    taxrates varchar(255),
    pkgqty float NOT NULL DEFAULT 1.0,
    PRIMARY KEY (drug_id, selector)
);

CREATE TABLE drug_inventory (
    inventory_id integer PRIMARY KEY,
    drug_id integer NOT NULL REFERENCES drugs (drug_id),
    lot_number varchar(20),
    expiration date,
    manufacturer varchar(255),
    on_hand integer NOT NULL DEFAULT 0,
    warehouse_id varchar(31) NOT NULL DEFAULT '',
    vendor_id bigint NOT NULL DEFAULT 0 REFERENCES users (id),
    last_notify date,
    destroy_date date,
    destroy_method varchar(255),
    destroy_witness varchar(255),
    destroy_notes varchar(255)
);

CREATE TABLE prescriptions (
    id integer PRIMARY KEY,
    uuid bytea,
    patient_id bigint REFERENCES patient_data (pid),
    filled_by_id integer REFERENCES users (id),
    pharmacy_id integer REFERENCES pharmacies (id),
    date_added timestamp,
    date_modified timestamp,
    provider_id integer REFERENCES users (id),
    encounter bigint REFERENCES form_encounter (encounter),
    start_date date,
    drug varchar(150),
    drug_id integer NOT NULL DEFAULT 0 REFERENCES drugs (drug_id),
    rxnorm_drugcode varchar(25),
    form integer,
    dosage varchar(100),
    quantity varchar(31),
    size varchar(25),
    unit integer,
    route varchar(100),
    "interval" integer,
    substitute integer,
    refills integer,
    per_refill integer,
    filled_date date,
    medication integer,
    note text,
    active integer NOT NULL DEFAULT 1,
    datetime timestamp,
    "user" varchar(50),
    site varchar(50),
    prescriptionguid varchar(50),
    erx_source smallint NOT NULL DEFAULT 0,
    erx_uploaded smallint NOT NULL DEFAULT 0,
    drug_info_erx text,
    external_id varchar(20),
    end_date date,
    indication text,
    prn varchar(30),
    ntx integer,
    rtx integer,
    txDate date NOT NULL,
    usage_category varchar(100),
    request_intent varchar(100),
    created_by bigint REFERENCES users (id),
    updated_by bigint REFERENCES users (id)
);

CREATE TABLE drug_sales (
    sale_id integer PRIMARY KEY,
    drug_id integer NOT NULL REFERENCES drugs (drug_id),
    inventory_id integer NOT NULL REFERENCES drug_inventory (inventory_id),
    prescription_id integer NOT NULL DEFAULT 0 REFERENCES prescriptions (id),
    pid bigint NOT NULL DEFAULT 0 REFERENCES patient_data (pid),
    encounter bigint NOT NULL DEFAULT 0 REFERENCES form_encounter (encounter),
    "user" varchar(255),
    sale_date date NOT NULL,
    quantity integer NOT NULL DEFAULT 0,
    fee decimal(12,2) NOT NULL DEFAULT 0.00,
    billed smallint NOT NULL DEFAULT 0,
    xfer_inventory_id integer NOT NULL DEFAULT 0 REFERENCES drug_inventory (inventory_id),
    distributor_id bigint NOT NULL DEFAULT 0 REFERENCES users (id),
    notes varchar(255) NOT NULL DEFAULT '',
    bill_date timestamp,
    pricelevel varchar(31) DEFAULT '',
    selector varchar(255) DEFAULT '',
    trans_type smallint NOT NULL DEFAULT 1,
    chargecat varchar(31) DEFAULT ''
);

CREATE TABLE code_types (
    ct_key varchar(15) PRIMARY KEY,
    ct_id integer NOT NULL UNIQUE,
    ct_seq integer NOT NULL DEFAULT 0,
    ct_mod integer NOT NULL DEFAULT 0,
    ct_just varchar(15) NOT NULL DEFAULT '',
    ct_mask varchar(9) NOT NULL DEFAULT '',
    ct_fee smallint NOT NULL DEFAULT 0,
    ct_rel smallint NOT NULL DEFAULT 0,
    ct_nofs smallint NOT NULL DEFAULT 0,
    ct_diag smallint NOT NULL DEFAULT 0,
    ct_active smallint NOT NULL DEFAULT 1,
    ct_label varchar(31) NOT NULL DEFAULT '',
    ct_external smallint NOT NULL DEFAULT 0,
    ct_claim smallint NOT NULL DEFAULT 0,
    ct_proc smallint NOT NULL DEFAULT 0,
    ct_term smallint NOT NULL DEFAULT 0,
    ct_problem smallint NOT NULL DEFAULT 0,
    ct_drug smallint NOT NULL DEFAULT 0
);

CREATE TABLE codes (
    id integer PRIMARY KEY,
    code_text text NOT NULL,
    code_text_short varchar(24) NOT NULL DEFAULT '',
    code varchar(25) NOT NULL DEFAULT '',
    code_type smallint REFERENCES code_types (ct_id),
    modifier varchar(12) NOT NULL DEFAULT '',
    units integer,
    fee decimal(12,2),
    superbill varchar(31) NOT NULL DEFAULT '',
    related_code varchar(255) NOT NULL DEFAULT '',
    taxrates varchar(255) NOT NULL DEFAULT '',
    cyp_factor float NOT NULL DEFAULT 0,
    active smallint DEFAULT 1,
    reportable smallint DEFAULT 0,
    financial_reporting smallint DEFAULT 0,
    revenue_code varchar(6) NOT NULL DEFAULT ''
);

CREATE TABLE prices (
    pr_id varchar(11) NOT NULL DEFAULT '',
    pr_selector varchar(255) NOT NULL DEFAULT '',
    pr_level varchar(31) NOT NULL DEFAULT '',
    pr_price decimal(12,2) NOT NULL DEFAULT 0.00,
    PRIMARY KEY (pr_id, pr_selector, pr_level)
);

CREATE TABLE billing (
    id integer PRIMARY KEY,
    date timestamp,
    code_type varchar(15),
    code varchar(20),
    pid bigint REFERENCES patient_data (pid),
    provider_id integer REFERENCES users (id),
    "user" integer REFERENCES users (id),
    groupname varchar(255),
    authorized smallint,
    encounter bigint REFERENCES form_encounter (encounter),
    code_text text,
    billed smallint,
    activity smallint,
    payer_id integer REFERENCES insurance_companies (id),
    bill_process smallint NOT NULL DEFAULT 0,
    bill_date timestamp,
    process_date timestamp,
    process_file varchar(255),
    modifier varchar(12),
    units integer,
    fee decimal(12,2),
    justify varchar(255),
    target varchar(30),
    x12_partner_id integer REFERENCES x12_partners (id),
    ndc_info varchar(255),
    notecodes varchar(25) NOT NULL DEFAULT '',
    external_id varchar(20),
    pricelevel varchar(31) DEFAULT '',
    revenue_code varchar(6) NOT NULL DEFAULT '',
    chargecat varchar(31) DEFAULT ''
);

CREATE TABLE claims (
    patient_id bigint NOT NULL REFERENCES patient_data (pid),
    encounter_id bigint NOT NULL REFERENCES form_encounter (encounter),
    version integer NOT NULL,
    payer_id integer NOT NULL DEFAULT 0 REFERENCES insurance_companies (id),
    status smallint NOT NULL DEFAULT 0,
    payer_type smallint NOT NULL DEFAULT 0,
    bill_process smallint NOT NULL DEFAULT 0,
    bill_time timestamp,
    process_time timestamp,
    process_file varchar(255),
    target varchar(30),
    x12_partner_id integer NOT NULL DEFAULT 0 REFERENCES x12_partners (id),
    submitted_claim text,
    PRIMARY KEY (patient_id, encounter_id, version)
);

CREATE TABLE ar_session (
    session_id integer PRIMARY KEY,
    payer_id integer NOT NULL REFERENCES insurance_companies (id),
    user_id integer NOT NULL REFERENCES users (id),
    closed smallint NOT NULL DEFAULT 0,
    reference varchar(255) NOT NULL DEFAULT '',
    check_date date,
    deposit_date date,
    pay_total decimal(12,2) NOT NULL DEFAULT 0,
    created_time timestamp,
    modified_time timestamp,
    global_amount decimal(12,2) NOT NULL,
    payment_type varchar(50) NOT NULL,
    description text,
    adjustment_code varchar(50),
    post_to_date date NOT NULL,
    patient_id bigint NOT NULL REFERENCES patient_data (pid),
    payment_method varchar(25) NOT NULL
);

CREATE TABLE ar_activity (
    pid bigint NOT NULL REFERENCES patient_data (pid),
    encounter bigint NOT NULL REFERENCES form_encounter (encounter),
    sequence_no integer NOT NULL,
    code_type varchar(12) NOT NULL DEFAULT '',
    code varchar(20) NOT NULL,
    modifier varchar(12) NOT NULL DEFAULT '',
    payer_type integer NOT NULL,
    post_time timestamp NOT NULL,
    post_user integer NOT NULL REFERENCES users (id),
    session_id integer NOT NULL REFERENCES ar_session (session_id),
    memo varchar(255) NOT NULL DEFAULT '',
    pay_amount decimal(12,2) NOT NULL DEFAULT 0,
    adj_amount decimal(12,2) NOT NULL DEFAULT 0,
    modified_time timestamp NOT NULL,
    follow_up char(1) NOT NULL,
    follow_up_note text,
    account_code varchar(15) NOT NULL,
    reason_code varchar(255),
    deleted timestamp,
    post_date date,
    payer_claim_number varchar(30),
    PRIMARY KEY (pid, encounter, sequence_no)
);

CREATE TABLE payments (
    id bigint PRIMARY KEY,
    pid bigint NOT NULL DEFAULT 0 REFERENCES patient_data (pid),
    dtime timestamp NOT NULL,
    encounter bigint NOT NULL DEFAULT 0 REFERENCES form_encounter (encounter),
    "user" varchar(255),
    method varchar(255),
    source varchar(255),
    amount1 decimal(12,2) NOT NULL DEFAULT 0.00,
    amount2 decimal(12,2) NOT NULL DEFAULT 0.00,
    posted1 decimal(12,2) NOT NULL DEFAULT 0.00,
    posted2 decimal(12,2) NOT NULL DEFAULT 0.00
);

CREATE TABLE pnotes (
    id bigint PRIMARY KEY,
    date timestamp,
    body text,
    pid bigint REFERENCES patient_data (pid),
    "user" varchar(255),
    groupname varchar(255),
    activity smallint,
    authorized smallint,
    title varchar(255),
    assigned_to varchar(255),
    deleted smallint DEFAULT 0,
    message_status varchar(20) NOT NULL DEFAULT 'New',
    portal_relation varchar(100),
    is_msg_encrypted smallint DEFAULT 0,
    update_by integer REFERENCES users (id),
    update_date timestamp
);

CREATE TABLE transactions (
    id bigint PRIMARY KEY,
    date timestamp,
    title varchar(255) NOT NULL DEFAULT '',
    pid bigint REFERENCES patient_data (pid),
    "user" varchar(255) NOT NULL DEFAULT '',
    groupname varchar(255) NOT NULL DEFAULT '',
    authorized smallint
);

CREATE TABLE lbt_data (
    form_id bigint NOT NULL REFERENCES transactions (id),
    field_id varchar(31) NOT NULL,
    field_value text,
    PRIMARY KEY (form_id, field_id)
);

CREATE TABLE categories (
    id integer PRIMARY KEY,
    name varchar(255),
    value varchar(255),
    parent integer NOT NULL DEFAULT 0 REFERENCES categories (id),
    lft integer NOT NULL DEFAULT 0,
    rght integer NOT NULL DEFAULT 0,
    aco_spec varchar(63) NOT NULL DEFAULT 'patients|docs',
    codes varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE documents (
    id integer PRIMARY KEY,
    uuid bytea,
    size integer,
    date timestamp,
    url text,
    thumb_url text,
    mimetype varchar(255),
    pages integer,
    owner integer REFERENCES users (id),
    revision timestamp,
    foreign_id bigint REFERENCES patient_data (pid),
    docdate date,
    hash varchar(255),
    list_id bigint NOT NULL DEFAULT 0 REFERENCES lists (id),
    name varchar(255),
    drive_uuid bytea,
    couch_docid varchar(100),
    couch_revid varchar(100),
    storagemethod smallint NOT NULL DEFAULT 0,
    path_depth smallint DEFAULT 1,
    imported smallint DEFAULT 0,
    encounter_id bigint NOT NULL DEFAULT 0 REFERENCES form_encounter (encounter),
    encounter_check smallint NOT NULL DEFAULT 0,
    audit_master_approval_status smallint NOT NULL DEFAULT 1,
    audit_master_id bigint REFERENCES audit_master (id),
    documentationOf varchar(255),
    encrypted smallint DEFAULT 0,
    document_data text,
    deleted smallint NOT NULL DEFAULT 0,
    foreign_reference_id bigint,
    foreign_reference_table varchar(40)
);

CREATE TABLE categories_to_documents (
    category_id integer NOT NULL DEFAULT 0 REFERENCES categories (id),
    document_id integer NOT NULL DEFAULT 0 REFERENCES documents (id),
    PRIMARY KEY (category_id, document_id)
);

CREATE TABLE immunizations (
    id bigint PRIMARY KEY,
    uuid bytea,
    patient_id bigint REFERENCES patient_data (pid),
    administered_date timestamp,
    immunization_id integer,
    cvx_code varchar(64),
    manufacturer varchar(100),
    lot_number varchar(50),
    administered_by_id bigint REFERENCES users (id),
    administered_by varchar(255),
    education_date date,
    vis_date date,
    note text NOT NULL,
    create_date timestamp,
    update_date timestamp NOT NULL,
    created_by bigint REFERENCES users (id),
    updated_by bigint REFERENCES users (id),
    amount_administered float,
    amount_administered_unit varchar(50),
    expiration_date date,
    route varchar(100),
    administration_site varchar(100),
    added_erroneously smallint NOT NULL DEFAULT 0,
    external_id varchar(20),
    completion_status varchar(50),
    information_source varchar(31),
    refusal_reason varchar(31),
    ordering_provider integer REFERENCES users (id)
);

CREATE TABLE procedure_providers (
    ppid bigint PRIMARY KEY,
    uuid bytea,
    name varchar(255) NOT NULL DEFAULT '',
    npi varchar(15) NOT NULL DEFAULT '',
    send_app_id varchar(255) NOT NULL DEFAULT '',
    send_fac_id varchar(255) NOT NULL DEFAULT '',
    recv_app_id varchar(255) NOT NULL DEFAULT '',
    recv_fac_id varchar(255) NOT NULL DEFAULT '',
    DorP char(1) NOT NULL DEFAULT 'D',
    direction char(1) NOT NULL DEFAULT 'B',
    protocol varchar(15) NOT NULL DEFAULT 'DL',
    remote_host varchar(255) NOT NULL DEFAULT '',
    login varchar(255) NOT NULL DEFAULT '',
    password varchar(255) NOT NULL DEFAULT '',
    orders_path varchar(255) NOT NULL DEFAULT '',
    results_path varchar(255) NOT NULL DEFAULT '',
    notes text,
    lab_director bigint NOT NULL DEFAULT 0 REFERENCES users (id),
    active smallint NOT NULL DEFAULT 1,
    type varchar(31)
);

CREATE TABLE procedure_type (
    procedure_type_id bigint PRIMARY KEY,
    parent bigint NOT NULL DEFAULT 0 REFERENCES procedure_type (procedure_type_id),
    name varchar(63) NOT NULL DEFAULT '',
    lab_id bigint NOT NULL DEFAULT 0 REFERENCES procedure_providers (ppid),
    procedure_code varchar(64) NOT NULL DEFAULT '',
    procedure_type varchar(31) NOT NULL DEFAULT '',
    body_site varchar(31) NOT NULL DEFAULT '',
    specimen varchar(31) NOT NULL DEFAULT '',
    route_admin varchar(31) NOT NULL DEFAULT '',
    laterality varchar(31) NOT NULL DEFAULT '',
    description varchar(255) NOT NULL DEFAULT '',
    standard_code varchar(255) NOT NULL DEFAULT '',
    related_code varchar(255) NOT NULL DEFAULT '',
    units varchar(31) NOT NULL DEFAULT '',
    "range" varchar(255) NOT NULL DEFAULT '',
    seq integer NOT NULL DEFAULT 0,
    activity smallint NOT NULL DEFAULT 1,
    notes varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE procedure_order (
    procedure_order_id bigint PRIMARY KEY,
    uuid bytea,
    provider_id bigint NOT NULL DEFAULT 0 REFERENCES users (id),
    patient_id bigint NOT NULL REFERENCES patient_data (pid),
    encounter_id bigint NOT NULL DEFAULT 0 REFERENCES form_encounter (encounter),
    date_collected timestamp,
    date_ordered timestamp,
    order_priority varchar(31) NOT NULL DEFAULT '',
    order_status varchar(31) NOT NULL DEFAULT '',
    patient_instructions text,
    activity smallint NOT NULL DEFAULT 1,
    control_id varchar(255) NOT NULL DEFAULT '',
    lab_id bigint NOT NULL DEFAULT 0 REFERENCES procedure_providers (ppid),
    specimen_type varchar(31) NOT NULL DEFAULT '',
    specimen_location varchar(31) NOT NULL DEFAULT '',
    specimen_volume varchar(30) NOT NULL DEFAULT '',
    date_transmitted timestamp,
    clinical_hx varchar(255) NOT NULL DEFAULT '',
    external_id varchar(20),
    history_order smallint DEFAULT 0,
    order_diagnosis varchar(255) DEFAULT '',
    billing_type varchar(4),
    specimen_fasting varchar(31),
    order_psc smallint,
    order_abn varchar(31) NOT NULL DEFAULT 'not_required',
    collector_id bigint NOT NULL DEFAULT 0 REFERENCES users (id),
    account varchar(60),
    account_facility integer,
    provider_number varchar(30),
    procedure_order_type varchar(32) NOT NULL DEFAULT 'laboratory_test'
);

CREATE TABLE procedure_order_code (
    procedure_order_id bigint NOT NULL REFERENCES procedure_order (procedure_order_id),
    procedure_order_seq integer NOT NULL,
    procedure_code varchar(64) NOT NULL DEFAULT '',
    procedure_name varchar(255) NOT NULL DEFAULT '',
    procedure_source char(1) NOT NULL DEFAULT '1',
    diagnoses text,
    do_not_send smallint NOT NULL DEFAULT 0,
    procedure_order_title varchar(255),
    procedure_type varchar(31),
    transport varchar(31),
    date_end timestamp,
    reason_code varchar(31),
    reason_description text,
    reason_date_low timestamp,
    reason_date_high timestamp,
    reason_status varchar(31),
    PRIMARY KEY (procedure_order_id, procedure_order_seq)
);

CREATE TABLE procedure_report (
    procedure_report_id bigint PRIMARY KEY,
    uuid bytea,
    procedure_order_id bigint NOT NULL,
    procedure_order_seq integer NOT NULL DEFAULT 1,
    date_collected timestamp,
    date_collected_tz varchar(5),
    date_report timestamp,
    date_report_tz varchar(5),
    source bigint NOT NULL DEFAULT 0 REFERENCES users (id),
    specimen_num varchar(63) NOT NULL DEFAULT '',
    report_status varchar(31) NOT NULL DEFAULT '',
    review_status varchar(31) NOT NULL DEFAULT 'received',
    report_notes text,
    FOREIGN KEY (procedure_order_id, procedure_order_seq)
        REFERENCES procedure_order_code (procedure_order_id, procedure_order_seq)
);

CREATE TABLE procedure_result (
    procedure_result_id bigint PRIMARY KEY,
    uuid bytea,
    procedure_report_id bigint NOT NULL REFERENCES procedure_report (procedure_report_id),
    result_data_type char(1) NOT NULL DEFAULT 'S',
    result_code varchar(31) NOT NULL DEFAULT '',
    result_text varchar(255) NOT NULL DEFAULT '',
    date timestamp,
    facility varchar(255) NOT NULL DEFAULT '',
    units varchar(31) NOT NULL DEFAULT '',
    result varchar(255) NOT NULL DEFAULT '',
    "range" varchar(255) NOT NULL DEFAULT '',
    abnormal varchar(31) NOT NULL DEFAULT '',
    comments text,
    document_id bigint NOT NULL DEFAULT 0 REFERENCES documents (id),
    result_status varchar(31) NOT NULL DEFAULT '',
    date_end timestamp
);

CREATE TABLE patient_reminders (
    id bigint PRIMARY KEY,
    active smallint NOT NULL DEFAULT 1,
    date_inactivated timestamp,
    reason_inactivated varchar(31) NOT NULL DEFAULT '',
    due_status varchar(31) NOT NULL DEFAULT '',
    pid bigint NOT NULL REFERENCES patient_data (pid),
    category varchar(31) NOT NULL DEFAULT '',
    item varchar(31) NOT NULL DEFAULT '',
    date_created timestamp,
    date_sent timestamp,
    voice_status smallint NOT NULL DEFAULT 0,
    sms_status smallint NOT NULL DEFAULT 0,
    email_status smallint NOT NULL DEFAULT 0,
    mail_status smallint NOT NULL DEFAULT 0
);

CREATE TABLE dated_reminders (
    dr_id integer PRIMARY KEY,
    dr_from_ID integer NOT NULL REFERENCES users (id),
    dr_message_text varchar(160) NOT NULL,
    dr_message_sent_date timestamp NOT NULL,
    dr_message_due_date date NOT NULL,
    pid bigint NOT NULL REFERENCES patient_data (pid),
    message_priority smallint NOT NULL,
    message_processed smallint NOT NULL DEFAULT 0,
    processed_date timestamp,
    dr_processed_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE dated_reminders_link (
    dr_link_id integer PRIMARY KEY,
    dr_id integer NOT NULL REFERENCES dated_reminders (dr_id),
    to_id integer NOT NULL REFERENCES users (id)
);

CREATE TABLE amendments (
    amendment_id integer PRIMARY KEY,
    amendment_date date NOT NULL,
    amendment_by varchar(50) NOT NULL,
    amendment_status varchar(50),
    pid bigint NOT NULL REFERENCES patient_data (pid),
    amendment_desc text,
    created_by integer NOT NULL REFERENCES users (id),
    modified_by integer REFERENCES users (id),
    created_time timestamp,
    modified_time timestamp
);

CREATE TABLE amendments_history (
    amendment_id integer NOT NULL REFERENCES amendments (amendment_id),
    amendment_note text,
    amendment_status varchar(50),
    created_by integer NOT NULL REFERENCES users (id),
    created_time timestamp
);

CREATE TABLE audit_master (
    id bigint PRIMARY KEY,
    pid bigint NOT NULL REFERENCES patient_data (pid),
    user_id bigint NOT NULL REFERENCES users (id),
    approval_status smallint NOT NULL,
    comments text,
    created_time timestamp NOT NULL,
    modified_time timestamp NOT NULL,
    ip_address varchar(100) NOT NULL,
    type smallint NOT NULL,
    is_qrda_document smallint DEFAULT 0,
    is_unstructured_document smallint DEFAULT 0
);

CREATE TABLE audit_details (
    id bigint PRIMARY KEY,
    table_name varchar(100) NOT NULL,
    field_name varchar(100) NOT NULL,
    field_value text,
    audit_master_id bigint NOT NULL REFERENCES audit_master (id),
    entry_identification varchar(255) NOT NULL DEFAULT '1'
);

CREATE TABLE log (
    id bigint PRIMARY KEY,
    date timestamp,
    event varchar(255),
    category varchar(255),
    "user" varchar(255),
    groupname varchar(255),
    comments text,
    user_notes text,
    patient_id bigint REFERENCES patient_data (pid),
    success smallint DEFAULT 1,
    checksum text,
    crt_user varchar(255),
    log_from varchar(20) DEFAULT 'open-emr',
    menu_item_id integer,
    ccda_doc_id integer
);
