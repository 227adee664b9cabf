-- orangehrm.sql: a twenty-third blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind23). The database of
-- an OrangeHRM 4.x / 5.x open-source HR suite (PHP, Doctrine; MySQL InnoDB
-- in the product, written here in DDL PostgreSQL and SQLite read): the
-- employee record (hs_hr_employee) with its legacy hs_hr_emp_* detail
-- tables, the organisation (subunits, locations, job titles, pay grades),
-- users and roles with screens and data groups, leave, time sheets and
-- attendance, recruitment, performance reviews.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of OrangeHRM's dbscript, trimmed.
-- Conventions: two prefixes, hs_hr_ (the old Hypersoft tables) and ohrm_;
-- the employee is keyed by an integer emp_number (employee_id on it is a
-- text employee code, no key) and referred to as emp_number, or by role:
-- erep_sup_emp_number / erep_sub_emp_number, hiring_manager_id,
-- added_person, performed_by, interviewer_id, created_by_emp_number, and
-- as employee_id or employee_number in the time, attendance and
-- performance tables; hs_hr_ detail tables keyed by (emp_number,
-- <abbrev>_seqno) with abbreviated column prefixes (eec_, ed_, ep_,
-- eexp_, eattach_, ememb_, epic_); text keys for countries (cou_code),
-- currencies (currency_id, char(3)) and pay periods (payperiod_code);
-- lookups referred to by *_code columns that hold integer ids
-- (job_title_code -> ohrm_job_title.id, eeo_cat_code -> ohrm_job_category,
-- sal_grd_code -> ohrm_pay_grade, membship_code -> ohrm_membership),
-- by bare names (emp_status, work_station -> ohrm_subunit, nation_code,
-- reason_id, entitlement_type, erep_reporting_mode); some tables keyed
-- <table>_id (ohrm_customer.customer_id, ohrm_project.project_id,
-- ohrm_timesheet.timesheet_id, ohrm_emp_reporting_method.reporting_method_id).
-- The employee and its termination refer to each other (a forward
-- reference SQLite reads; PostgreSQL would need it as an ALTER TABLE).
-- The REFERENCES are the FKs OrangeHRM's dbscript declares.
-- Left without REFERENCES: ohrm_subunit's nested set (lft / rgt / level,
-- no parent column), hs_hr_emp_attachment.attached_by and its name copy,
-- the created_by_name copies, ohrm_leave.status (a ohrm_leave_status
-- status number, not its id), ohrm_performance_review.status_id (a fixed
-- list in the code, no table), the employee's address codes (coun_code,
-- provin_code, city_code: free text), ohrm_location.province (free text),
-- ohrm_job_candidate_history's candidate_vacancy_name copy.

CREATE TABLE hs_hr_country (
    cou_code char(2) PRIMARY KEY,
    name varchar(80) NOT NULL,
    cou_name varchar(80) NOT NULL,
    iso3 char(3),
    numcode smallint
);

CREATE TABLE hs_hr_province (
    id integer PRIMARY KEY,
    province_name varchar(40) NOT NULL,
    province_code char(2) NOT NULL,
    cou_code char(2) NOT NULL REFERENCES hs_hr_country (cou_code)
);

CREATE TABLE hs_hr_currency_type (
    code integer NOT NULL,
    currency_id char(3) PRIMARY KEY,
    currency_name varchar(70) NOT NULL
);

CREATE TABLE hs_hr_payperiod (
    payperiod_code varchar(13) PRIMARY KEY,
    payperiod_name varchar(100)
);

CREATE TABLE ohrm_nationality (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL
);

CREATE TABLE ohrm_job_title (
    id integer PRIMARY KEY,
    job_title varchar(100) NOT NULL,
    job_description varchar(400),
    note varchar(400),
    is_deleted smallint
);

CREATE TABLE ohrm_employment_status (
    id integer PRIMARY KEY,
    name varchar(60) NOT NULL
);

CREATE TABLE ohrm_job_category (
    id integer PRIMARY KEY,
    name varchar(60)
);

CREATE TABLE ohrm_subunit (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE,
    unit_id varchar(100),
    description varchar(400),
    lft smallint,
    rgt smallint,
    level smallint
);

CREATE TABLE ohrm_location (
    id integer PRIMARY KEY,
    name varchar(110) NOT NULL,
    country_code varchar(3) NOT NULL REFERENCES hs_hr_country (cou_code),
    province varchar(60),
    city varchar(60),
    address varchar(255),
    zip_code varchar(35),
    phone varchar(35),
    fax varchar(35),
    notes varchar(255)
);

CREATE TABLE ohrm_pay_grade (
    id integer PRIMARY KEY,
    name varchar(60) UNIQUE
);

CREATE TABLE ohrm_pay_grade_currency (
    pay_grade_id integer NOT NULL REFERENCES ohrm_pay_grade (id),
    currency_id char(3) NOT NULL REFERENCES hs_hr_currency_type (currency_id),
    min_salary double precision,
    max_salary double precision,
    PRIMARY KEY (pay_grade_id, currency_id)
);

CREATE TABLE ohrm_skill (
    id integer PRIMARY KEY,
    name varchar(120),
    description text
);

CREATE TABLE ohrm_language (
    id integer PRIMARY KEY,
    name varchar(120)
);

CREATE TABLE ohrm_education (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL
);

CREATE TABLE ohrm_license (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL
);

CREATE TABLE ohrm_membership (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL
);

CREATE TABLE ohrm_emp_termination_reason (
    id integer PRIMARY KEY,
    name varchar(100)
);

CREATE TABLE ohrm_emp_reporting_method (
    reporting_method_id integer PRIMARY KEY,
    reporting_method_name varchar(100) NOT NULL
);

CREATE TABLE hs_hr_employee (
    emp_number integer PRIMARY KEY,
    employee_id varchar(50),
    emp_lastname varchar(100) NOT NULL,
    emp_firstname varchar(100) NOT NULL,
    emp_middle_name varchar(100) NOT NULL,
    emp_nick_name varchar(100),
    emp_smoker smallint,
    ethnic_race_code varchar(13),
    emp_birthday date,
    nation_code integer REFERENCES ohrm_nationality (id),
    emp_gender smallint,
    emp_marital_status varchar(20),
    emp_ssn_num varchar(100),
    emp_sin_num varchar(100),
    emp_other_id varchar(100),
    emp_dri_lice_num varchar(100),
    emp_dri_lice_exp_date date,
    emp_military_service varchar(100),
    emp_status integer REFERENCES ohrm_employment_status (id),
    job_title_code integer REFERENCES ohrm_job_title (id),
    eeo_cat_code integer REFERENCES ohrm_job_category (id),
    work_station integer REFERENCES ohrm_subunit (id),
    emp_street1 varchar(100),
    emp_street2 varchar(100),
    city_code varchar(100),
    coun_code varchar(100),
    provin_code varchar(100),
    emp_zipcode varchar(20),
    emp_hm_telephone varchar(50),
    emp_mobile varchar(50),
    emp_work_telephone varchar(50),
    emp_work_email varchar(50),
    emp_oth_email varchar(50),
    joined_date date,
    custom1 varchar(250),
    custom2 varchar(250),
    termination_id integer REFERENCES ohrm_emp_termination (id),
    purged_at timestamp
);

CREATE TABLE ohrm_emp_termination (
    id integer PRIMARY KEY,
    emp_number integer REFERENCES hs_hr_employee (emp_number),
    reason_id integer REFERENCES ohrm_emp_termination_reason (id),
    termination_date date NOT NULL,
    note varchar(255)
);

CREATE TABLE hs_hr_emp_picture (
    emp_number integer NOT NULL PRIMARY KEY REFERENCES hs_hr_employee (emp_number),
    epic_picture bytea,
    epic_filename varchar(100),
    epic_type varchar(50),
    epic_file_size varchar(20),
    epic_file_width varchar(20),
    epic_file_height varchar(20)
);

CREATE TABLE hs_hr_emp_reportto (
    erep_sup_emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    erep_sub_emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    erep_reporting_mode integer NOT NULL REFERENCES ohrm_emp_reporting_method (reporting_method_id),
    PRIMARY KEY (erep_sup_emp_number, erep_sub_emp_number, erep_reporting_mode)
);

CREATE TABLE hs_hr_emp_emergency_contacts (
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    eec_seqno numeric(2, 0) NOT NULL,
    eec_name varchar(100),
    eec_relationship varchar(100),
    eec_home_no varchar(100),
    eec_mobile_no varchar(100),
    eec_office_no varchar(100),
    PRIMARY KEY (emp_number, eec_seqno)
);

CREATE TABLE hs_hr_emp_dependents (
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    ed_seqno numeric(2, 0) NOT NULL,
    ed_name varchar(100),
    ed_relationship_type varchar(10),
    ed_relationship varchar(100),
    ed_date_of_birth date,
    PRIMARY KEY (emp_number, ed_seqno)
);

CREATE TABLE hs_hr_emp_passport (
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    ep_seqno numeric(2, 0) NOT NULL,
    ep_passport_num varchar(100) NOT NULL,
    ep_passportissueddate timestamp,
    ep_passportexpiredate timestamp,
    ep_comments varchar(255),
    ep_passport_type_flg smallint,
    ep_i9_status varchar(100),
    ep_i9_review_date date,
    cou_code varchar(6) REFERENCES hs_hr_country (cou_code),
    PRIMARY KEY (emp_number, ep_seqno)
);

CREATE TABLE hs_hr_emp_locations (
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    location_id integer NOT NULL REFERENCES ohrm_location (id),
    PRIMARY KEY (emp_number, location_id)
);

CREATE TABLE hs_hr_emp_basicsalary (
    id integer PRIMARY KEY,
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    sal_grd_code integer REFERENCES ohrm_pay_grade (id),
    currency_id char(3) NOT NULL REFERENCES hs_hr_currency_type (currency_id),
    ebsal_basic_salary varchar(100),
    payperiod_code varchar(13) REFERENCES hs_hr_payperiod (payperiod_code),
    salary_component varchar(100),
    comments varchar(255)
);

CREATE TABLE hs_hr_emp_directdebit (
    id integer PRIMARY KEY,
    salary_id integer NOT NULL REFERENCES hs_hr_emp_basicsalary (id),
    dd_routing_num integer NOT NULL,
    dd_account varchar(100) NOT NULL,
    dd_amount numeric(11, 2) NOT NULL,
    dd_account_type varchar(20) NOT NULL,
    dd_transaction_type varchar(20) NOT NULL
);

CREATE TABLE hs_hr_emp_skill (
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    skill_id integer NOT NULL REFERENCES ohrm_skill (id),
    years_of_exp numeric(2, 0),
    comments varchar(100) NOT NULL
);

CREATE TABLE hs_hr_emp_language (
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    lang_id integer NOT NULL REFERENCES ohrm_language (id),
    fluency smallint NOT NULL,
    competency smallint,
    comments varchar(100),
    PRIMARY KEY (emp_number, lang_id, fluency)
);

CREATE TABLE ohrm_emp_education (
    id integer PRIMARY KEY,
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    education_id integer NOT NULL REFERENCES ohrm_education (id),
    institute varchar(100),
    major varchar(100),
    year numeric(4, 0),
    score varchar(25),
    start_date date,
    end_date date
);

CREATE TABLE ohrm_emp_license (
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    license_id integer NOT NULL REFERENCES ohrm_license (id),
    license_no varchar(50),
    license_issued_date date,
    license_expiry_date date,
    PRIMARY KEY (emp_number, license_id)
);

CREATE TABLE hs_hr_emp_work_experience (
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    eexp_seqno numeric(10, 0) NOT NULL,
    eexp_employer varchar(100),
    eexp_jobtit varchar(120),
    eexp_from_date timestamp,
    eexp_to_date timestamp,
    eexp_comments varchar(200),
    eexp_internal integer,
    PRIMARY KEY (emp_number, eexp_seqno)
);

CREATE TABLE hs_hr_emp_member_detail (
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    membship_code integer NOT NULL REFERENCES ohrm_membership (id),
    ememb_subscript_ownership varchar(20),
    ememb_subscript_amount numeric(15, 2),
    ememb_subs_currency varchar(20),
    ememb_commence_date date,
    ememb_renewal_date date,
    PRIMARY KEY (emp_number, membship_code)
);

CREATE TABLE ohrm_user_role (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL UNIQUE,
    display_name varchar(255) NOT NULL,
    is_assignable smallint,
    is_predefined smallint
);

CREATE TABLE ohrm_user (
    id integer PRIMARY KEY,
    user_role_id integer NOT NULL REFERENCES ohrm_user_role (id),
    emp_number integer REFERENCES hs_hr_employee (emp_number),
    user_name varchar(40) UNIQUE,
    user_password varchar(255),
    deleted smallint NOT NULL,
    status smallint NOT NULL,
    date_entered timestamp,
    date_modified timestamp,
    modified_user_id integer REFERENCES ohrm_user (id),
    created_by integer REFERENCES ohrm_user (id)
);

CREATE TABLE hs_hr_emp_attachment (
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    eattach_id integer NOT NULL,
    eattach_desc varchar(200),
    eattach_filename varchar(100),
    eattach_size integer,
    eattach_attachment bytea,
    eattach_type varchar(200),
    screen varchar(100),
    attached_by integer,
    attached_by_name varchar(200),
    attached_time timestamp,
    PRIMARY KEY (emp_number, eattach_id)
);

CREATE TABLE ohrm_module (
    id integer PRIMARY KEY,
    name varchar(120),
    status smallint
);

CREATE TABLE ohrm_screen (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL,
    module_id integer NOT NULL REFERENCES ohrm_module (id),
    action_url varchar(255) NOT NULL
);

CREATE TABLE ohrm_user_role_screen (
    id integer PRIMARY KEY,
    user_role_id integer NOT NULL REFERENCES ohrm_user_role (id),
    screen_id integer NOT NULL REFERENCES ohrm_screen (id),
    can_read smallint NOT NULL,
    can_create smallint NOT NULL,
    can_update smallint NOT NULL,
    can_delete smallint NOT NULL
);

CREATE TABLE ohrm_data_group (
    id integer PRIMARY KEY,
    name varchar(255) NOT NULL UNIQUE,
    description varchar(255),
    can_read smallint,
    can_create smallint,
    can_update smallint,
    can_delete smallint
);

CREATE TABLE ohrm_user_role_data_group (
    id integer PRIMARY KEY,
    user_role_id integer REFERENCES ohrm_user_role (id),
    data_group_id integer REFERENCES ohrm_data_group (id),
    can_read smallint,
    can_create smallint,
    can_update smallint,
    can_delete smallint,
    self smallint NOT NULL
);

CREATE TABLE ohrm_menu_item (
    id integer PRIMARY KEY,
    menu_title varchar(255) NOT NULL,
    screen_id integer REFERENCES ohrm_screen (id),
    parent_id integer REFERENCES ohrm_menu_item (id),
    level smallint NOT NULL,
    order_hint integer NOT NULL,
    url_extras varchar(255),
    status smallint NOT NULL
);

CREATE TABLE ohrm_operational_country (
    id integer PRIMARY KEY,
    country_code char(2) REFERENCES hs_hr_country (cou_code)
);

CREATE TABLE ohrm_work_week (
    id integer PRIMARY KEY,
    operational_country_id integer REFERENCES ohrm_operational_country (id),
    mon smallint NOT NULL,
    tue smallint NOT NULL,
    wed smallint NOT NULL,
    thu smallint NOT NULL,
    fri smallint NOT NULL,
    sat smallint NOT NULL,
    sun smallint NOT NULL
);

CREATE TABLE ohrm_holiday (
    id integer PRIMARY KEY,
    description text,
    date date,
    recurring smallint,
    length integer,
    operational_country_id integer REFERENCES ohrm_operational_country (id)
);

CREATE TABLE ohrm_leave_type (
    id integer PRIMARY KEY,
    name varchar(50) NOT NULL,
    deleted smallint NOT NULL,
    exclude_in_reports_if_no_entitlement smallint NOT NULL,
    operational_country_id integer REFERENCES ohrm_operational_country (id)
);

CREATE TABLE ohrm_leave_status (
    id integer PRIMARY KEY,
    status smallint NOT NULL,
    name varchar(100) NOT NULL
);

CREATE TABLE ohrm_leave_entitlement_type (
    id integer PRIMARY KEY,
    name varchar(50) NOT NULL,
    is_editable smallint NOT NULL
);

CREATE TABLE ohrm_leave_entitlement (
    id integer PRIMARY KEY,
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    no_of_days numeric(19, 15) NOT NULL,
    days_used numeric(8, 4) NOT NULL,
    leave_type_id integer NOT NULL REFERENCES ohrm_leave_type (id),
    from_date timestamp NOT NULL,
    to_date timestamp,
    credited_date timestamp,
    note varchar(255),
    entitlement_type integer NOT NULL REFERENCES ohrm_leave_entitlement_type (id),
    deleted smallint NOT NULL,
    created_by_id integer REFERENCES ohrm_user (id),
    created_by_name varchar(255)
);

CREATE TABLE ohrm_leave_request (
    id integer PRIMARY KEY,
    leave_type_id integer NOT NULL REFERENCES ohrm_leave_type (id),
    date_applied date NOT NULL,
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    comments varchar(256)
);

CREATE TABLE ohrm_leave (
    id integer PRIMARY KEY,
    date date,
    length_hours numeric(6, 2),
    length_days numeric(6, 4),
    status smallint,
    comments varchar(256),
    leave_request_id integer NOT NULL REFERENCES ohrm_leave_request (id),
    leave_type_id integer NOT NULL REFERENCES ohrm_leave_type (id),
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    start_time time,
    end_time time,
    duration_type smallint NOT NULL
);

CREATE TABLE ohrm_leave_leave_entitlement (
    id integer PRIMARY KEY,
    leave_id integer NOT NULL REFERENCES ohrm_leave (id),
    entitlement_id integer NOT NULL REFERENCES ohrm_leave_entitlement (id),
    length_days numeric(6, 4)
);

CREATE TABLE ohrm_leave_request_comment (
    id integer PRIMARY KEY,
    leave_request_id integer NOT NULL REFERENCES ohrm_leave_request (id),
    created timestamp,
    created_by_name varchar(255) NOT NULL,
    created_by_id integer REFERENCES ohrm_user (id),
    created_by_emp_number integer REFERENCES hs_hr_employee (emp_number),
    comments varchar(255)
);

CREATE TABLE ohrm_leave_comment (
    id integer PRIMARY KEY,
    leave_id integer NOT NULL REFERENCES ohrm_leave (id),
    created timestamp,
    created_by_name varchar(255) NOT NULL,
    created_by_id integer REFERENCES ohrm_user (id),
    created_by_emp_number integer REFERENCES hs_hr_employee (emp_number),
    comments varchar(255)
);

CREATE TABLE ohrm_work_shift (
    id integer PRIMARY KEY,
    name varchar(250) NOT NULL,
    hours_per_day numeric(4, 2) NOT NULL,
    start_time time NOT NULL,
    end_time time NOT NULL
);

CREATE TABLE ohrm_employee_work_shift (
    work_shift_id integer NOT NULL REFERENCES ohrm_work_shift (id),
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    PRIMARY KEY (work_shift_id, emp_number)
);

CREATE TABLE ohrm_customer (
    customer_id integer PRIMARY KEY,
    name varchar(100) NOT NULL,
    description varchar(255),
    is_deleted smallint
);

CREATE TABLE ohrm_project (
    project_id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES ohrm_customer (customer_id),
    name varchar(100),
    description varchar(256),
    is_deleted smallint
);

CREATE TABLE ohrm_project_admin (
    project_id integer NOT NULL REFERENCES ohrm_project (project_id),
    emp_number integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    PRIMARY KEY (project_id, emp_number)
);

CREATE TABLE ohrm_project_activity (
    activity_id integer PRIMARY KEY,
    project_id integer NOT NULL REFERENCES ohrm_project (project_id),
    name varchar(110),
    is_deleted smallint
);

CREATE TABLE ohrm_timesheet (
    timesheet_id bigint PRIMARY KEY,
    state varchar(255) NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    employee_id bigint NOT NULL REFERENCES hs_hr_employee (emp_number)
);

CREATE TABLE ohrm_timesheet_item (
    timesheet_item_id bigint PRIMARY KEY,
    timesheet_id bigint NOT NULL REFERENCES ohrm_timesheet (timesheet_id),
    date date NOT NULL,
    duration bigint,
    comment text,
    project_id bigint NOT NULL REFERENCES ohrm_project (project_id),
    employee_id bigint NOT NULL REFERENCES hs_hr_employee (emp_number),
    activity_id bigint NOT NULL REFERENCES ohrm_project_activity (activity_id)
);

CREATE TABLE ohrm_timesheet_action_log (
    timesheet_action_log_id bigint PRIMARY KEY,
    comment varchar(255),
    action varchar(255),
    date_time date NOT NULL,
    performed_by integer NOT NULL REFERENCES ohrm_user (id),
    timesheet_id bigint NOT NULL REFERENCES ohrm_timesheet (timesheet_id)
);

CREATE TABLE ohrm_attendance_record (
    id bigint PRIMARY KEY,
    employee_id bigint NOT NULL REFERENCES hs_hr_employee (emp_number),
    punch_in_utc_time timestamp,
    punch_in_note varchar(255),
    punch_in_time_offset varchar(255),
    punch_in_user_time timestamp,
    punch_out_utc_time timestamp,
    punch_out_note varchar(255),
    punch_out_time_offset varchar(255),
    punch_out_user_time timestamp,
    state varchar(255) NOT NULL
);

CREATE TABLE ohrm_job_vacancy (
    id integer PRIMARY KEY,
    job_title_code integer NOT NULL REFERENCES ohrm_job_title (id),
    hiring_manager_id integer REFERENCES hs_hr_employee (emp_number),
    name varchar(100) NOT NULL,
    description text,
    no_of_positions integer,
    status integer NOT NULL,
    published_in_feed smallint NOT NULL,
    defined_time timestamp NOT NULL,
    updated_time timestamp NOT NULL
);

CREATE TABLE ohrm_job_candidate (
    id integer PRIMARY KEY,
    first_name varchar(30) NOT NULL,
    middle_name varchar(30),
    last_name varchar(30) NOT NULL,
    email varchar(100) NOT NULL,
    contact_number varchar(30),
    status integer NOT NULL,
    comment text,
    mode_of_application integer NOT NULL,
    date_of_application date NOT NULL,
    keywords varchar(255),
    added_person integer REFERENCES hs_hr_employee (emp_number)
);

CREATE TABLE ohrm_job_candidate_vacancy (
    id integer UNIQUE,
    candidate_id integer NOT NULL REFERENCES ohrm_job_candidate (id),
    vacancy_id integer NOT NULL REFERENCES ohrm_job_vacancy (id),
    status varchar(100) NOT NULL,
    applied_date date NOT NULL,
    PRIMARY KEY (candidate_id, vacancy_id)
);

CREATE TABLE ohrm_job_candidate_attachment (
    id integer PRIMARY KEY,
    candidate_id integer NOT NULL REFERENCES ohrm_job_candidate (id),
    file_name varchar(200) NOT NULL,
    file_type varchar(200),
    file_size integer NOT NULL,
    file_content bytea,
    attachment_type integer
);

CREATE TABLE ohrm_job_interview (
    id integer PRIMARY KEY,
    candidate_vacancy_id integer REFERENCES ohrm_job_candidate_vacancy (id),
    candidate_id integer REFERENCES ohrm_job_candidate (id),
    interview_name varchar(100) NOT NULL,
    interview_date date,
    interview_time time,
    note text
);

CREATE TABLE ohrm_job_interview_interviewer (
    interview_id integer NOT NULL REFERENCES ohrm_job_interview (id),
    interviewer_id integer NOT NULL REFERENCES hs_hr_employee (emp_number),
    PRIMARY KEY (interview_id, interviewer_id)
);

CREATE TABLE ohrm_job_candidate_history (
    id integer PRIMARY KEY,
    candidate_id integer NOT NULL REFERENCES ohrm_job_candidate (id),
    vacancy_id integer REFERENCES ohrm_job_vacancy (id),
    candidate_vacancy_name varchar(255),
    interview_id integer REFERENCES ohrm_job_interview (id),
    action integer NOT NULL,
    performed_by integer REFERENCES hs_hr_employee (emp_number),
    performed_date timestamp NOT NULL,
    note text
);

CREATE TABLE ohrm_kpi (
    id integer PRIMARY KEY,
    job_title_code integer REFERENCES ohrm_job_title (id),
    kpi_indicators varchar(255),
    min_rating integer,
    max_rating integer,
    default_kpi smallint,
    deleted_at timestamp
);

CREATE TABLE ohrm_performance_review (
    id integer PRIMARY KEY,
    status_id integer,
    employee_number integer REFERENCES hs_hr_employee (emp_number),
    work_period_start date,
    work_period_end date,
    job_title_code integer REFERENCES ohrm_job_title (id),
    department_id integer REFERENCES ohrm_subunit (id),
    due_date date,
    completed_date date,
    activated_date timestamp,
    final_comment text,
    final_rate numeric(18, 2)
);

CREATE TABLE ohrm_reviewer_group (
    id integer PRIMARY KEY,
    name varchar(50),
    piority integer
);

CREATE TABLE ohrm_reviewer (
    id integer PRIMARY KEY,
    review_id integer REFERENCES ohrm_performance_review (id),
    employee_number integer REFERENCES hs_hr_employee (emp_number),
    status integer,
    reviewer_group_id integer REFERENCES ohrm_reviewer_group (id),
    completed_date timestamp,
    comment text
);

CREATE TABLE ohrm_reviewer_rating (
    id integer PRIMARY KEY,
    rating numeric(18, 2),
    kpi_id integer REFERENCES ohrm_kpi (id),
    review_id integer REFERENCES ohrm_performance_review (id),
    reviewer_id integer NOT NULL REFERENCES ohrm_reviewer (id),
    comment text
);

