-- openmrs.sql: a ninth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind9). The core tables of an
-- OpenMRS-style medical record system (persons and patients, users and
-- roles, the concept dictionary, visits, encounters, observations, orders,
-- programs), written for this bench by an author who had read neither the
-- inference code nor its unit tests.
-- OpenMRS conventions: integer keys <table>_id (person_id, patient_id,
-- encounter_id, obs_id, concept_id), a char(38) uuid on every table (no
-- key), and the audit columns creator / changed_by / voided_by / retired_by
-- -> users.user_id on almost every table; patient.patient_id is the
-- person's person_id; many references carry no _id suffix
-- (patient_identifier.identifier_type, encounter.encounter_type,
-- form.encounter_type, orders.orderer -> provider, orders.care_setting,
-- obs.value_coded / value_drug / obs_group_id / previous_version,
-- concept_answer.answer_concept, concept_set.concept_set, person_a /
-- person_b and relationship -> relationship_type, patient_state.state,
-- drug.dosage_form / route, drug_order.frequency / dose_units,
-- location.parent_location, order_type.parent,
-- person.cause_of_death); roles and privileges are keyed by their names
-- (role.role, privilege.privilege), referenced by role_role.parent_role /
-- child_role and encounter_type.view_privilege / edit_privilege.
-- The declared foreign keys are the truth (written inline so that SQLite
-- reads them; OpenMRS's Liquibase changesets add them separately). The
-- tables refer to each other in cycles (users <-> person, concept <->
-- drug), so PostgreSQL would need the forward references as ALTER TABLE.

CREATE TABLE person (
    person_id serial PRIMARY KEY,
    gender varchar(50) DEFAULT '',
    birthdate date,
    birthdate_estimated boolean NOT NULL DEFAULT false,
    dead boolean NOT NULL DEFAULT false,
    death_date timestamp,
    deathdate_estimated boolean NOT NULL DEFAULT false,
    birthtime time,
    cause_of_death integer REFERENCES concept (concept_id),
    cause_of_death_non_coded varchar(255),
    creator integer REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE users (
    user_id serial PRIMARY KEY,
    system_id varchar(50) NOT NULL DEFAULT '',
    username varchar(50),
    password varchar(128),
    salt varchar(128),
    secret_question varchar(255),
    secret_answer varchar(255),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    person_id integer NOT NULL REFERENCES person (person_id),
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    activation_key varchar(255),
    email varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE person_name (
    person_name_id serial PRIMARY KEY,
    preferred boolean NOT NULL DEFAULT false,
    person_id integer NOT NULL REFERENCES person (person_id),
    prefix varchar(50),
    given_name varchar(50),
    middle_name varchar(50),
    family_name_prefix varchar(50),
    family_name varchar(50),
    family_name2 varchar(50),
    family_name_suffix varchar(50),
    degree varchar(50),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE person_address (
    person_address_id serial PRIMARY KEY,
    person_id integer REFERENCES person (person_id),
    preferred boolean NOT NULL DEFAULT false,
    address1 varchar(255),
    address2 varchar(255),
    city_village varchar(255),
    state_province varchar(255),
    postal_code varchar(50),
    country varchar(50),
    latitude varchar(50),
    longitude varchar(50),
    start_date timestamp,
    end_date timestamp,
    county_district varchar(255),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE privilege (
    privilege varchar(255) PRIMARY KEY,
    description text,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE role (
    role varchar(50) PRIMARY KEY,
    description varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE role_privilege (
    role varchar(50) NOT NULL REFERENCES role (role),
    privilege varchar(255) NOT NULL REFERENCES privilege (privilege),
    PRIMARY KEY (privilege, role)
);

CREATE TABLE role_role (
    parent_role varchar(50) NOT NULL REFERENCES role (role),
    child_role varchar(50) NOT NULL REFERENCES role (role),
    PRIMARY KEY (parent_role, child_role)
);

CREATE TABLE user_role (
    user_id integer NOT NULL REFERENCES users (user_id),
    role varchar(50) NOT NULL REFERENCES role (role),
    PRIMARY KEY (role, user_id)
);

CREATE TABLE user_property (
    user_id integer NOT NULL REFERENCES users (user_id),
    property varchar(100) NOT NULL DEFAULT '',
    property_value text,
    PRIMARY KEY (user_id, property)
);

CREATE TABLE person_attribute_type (
    person_attribute_type_id serial PRIMARY KEY,
    name varchar(50) NOT NULL DEFAULT '',
    description text,
    format varchar(50),
    foreign_key integer,
    searchable boolean NOT NULL DEFAULT false,
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    edit_privilege varchar(255) REFERENCES privilege (privilege),
    sort_weight double precision,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE person_attribute (
    person_attribute_id serial PRIMARY KEY,
    person_id integer NOT NULL REFERENCES person (person_id),
    value varchar(50) NOT NULL DEFAULT '',
    person_attribute_type_id integer NOT NULL REFERENCES person_attribute_type (person_attribute_type_id),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE patient (
    patient_id integer NOT NULL PRIMARY KEY REFERENCES person (person_id),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    allergy_status varchar(50) NOT NULL DEFAULT 'Unknown'
);

CREATE TABLE location (
    location_id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    description varchar(255),
    address1 varchar(255),
    address2 varchar(255),
    city_village varchar(255),
    state_province varchar(255),
    postal_code varchar(50),
    country varchar(50),
    latitude varchar(50),
    longitude varchar(50),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    county_district varchar(255),
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    parent_location integer REFERENCES location (location_id),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE location_tag (
    location_tag_id serial PRIMARY KEY,
    name varchar(50),
    description varchar(255),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE location_tag_map (
    location_id integer NOT NULL REFERENCES location (location_id),
    location_tag_id integer NOT NULL REFERENCES location_tag (location_tag_id),
    PRIMARY KEY (location_id, location_tag_id)
);

CREATE TABLE patient_identifier_type (
    patient_identifier_type_id serial PRIMARY KEY,
    name varchar(50) NOT NULL DEFAULT '',
    description text,
    format varchar(255),
    check_digit boolean NOT NULL DEFAULT false,
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    required boolean NOT NULL DEFAULT false,
    format_description varchar(255),
    validator varchar(200),
    location_behavior varchar(50),
    uniqueness_behavior varchar(50),
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE patient_identifier (
    patient_identifier_id serial PRIMARY KEY,
    patient_id integer NOT NULL DEFAULT 0 REFERENCES patient (patient_id),
    identifier varchar(50) NOT NULL DEFAULT '',
    identifier_type integer NOT NULL DEFAULT 0 REFERENCES patient_identifier_type (patient_identifier_type_id),
    preferred boolean NOT NULL DEFAULT false,
    location_id integer REFERENCES location (location_id),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    date_changed timestamp,
    changed_by integer REFERENCES users (user_id),
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept_class (
    concept_class_id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    description varchar(255),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    date_changed timestamp,
    changed_by integer REFERENCES users (user_id),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept_datatype (
    concept_datatype_id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    hl7_abbreviation varchar(3),
    description varchar(255),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept (
    concept_id serial PRIMARY KEY,
    retired boolean NOT NULL DEFAULT false,
    short_name varchar(255),
    description text,
    form_text text,
    datatype_id integer NOT NULL DEFAULT 0 REFERENCES concept_datatype (concept_datatype_id),
    class_id integer NOT NULL DEFAULT 0 REFERENCES concept_class (concept_class_id),
    is_set boolean NOT NULL DEFAULT false,
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    version varchar(50),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept_name (
    concept_name_id serial PRIMARY KEY,
    concept_id integer REFERENCES concept (concept_id),
    name varchar(255) NOT NULL DEFAULT '',
    locale varchar(50) NOT NULL DEFAULT '',
    locale_preferred boolean DEFAULT false,
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    concept_name_type varchar(50),
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    date_changed timestamp,
    changed_by integer REFERENCES users (user_id),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept_numeric (
    concept_id integer NOT NULL PRIMARY KEY DEFAULT 0 REFERENCES concept (concept_id),
    hi_absolute double precision,
    hi_critical double precision,
    hi_normal double precision,
    low_absolute double precision,
    low_critical double precision,
    low_normal double precision,
    units varchar(50),
    allow_decimal boolean,
    display_precision integer
);

CREATE TABLE drug (
    drug_id serial PRIMARY KEY,
    concept_id integer NOT NULL DEFAULT 0 REFERENCES concept (concept_id),
    name varchar(255),
    combination boolean NOT NULL DEFAULT false,
    dosage_form integer REFERENCES concept (concept_id),
    maximum_daily_dose double precision,
    minimum_daily_dose double precision,
    route integer REFERENCES concept (concept_id),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    strength varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept_answer (
    concept_answer_id serial PRIMARY KEY,
    concept_id integer NOT NULL DEFAULT 0 REFERENCES concept (concept_id),
    answer_concept integer REFERENCES concept (concept_id),
    answer_drug integer REFERENCES drug (drug_id),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    sort_weight double precision,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept_set (
    concept_set_id serial PRIMARY KEY,
    concept_id integer NOT NULL DEFAULT 0 REFERENCES concept (concept_id),
    concept_set integer NOT NULL DEFAULT 0 REFERENCES concept (concept_id),
    sort_weight double precision,
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept_reference_source (
    concept_source_id serial PRIMARY KEY,
    name varchar(50) NOT NULL DEFAULT '',
    description text NOT NULL,
    hl7_code varchar(50) DEFAULT '',
    unique_id varchar(250),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept_reference_term (
    concept_reference_term_id serial PRIMARY KEY,
    concept_source_id integer NOT NULL REFERENCES concept_reference_source (concept_source_id),
    name varchar(255),
    code varchar(255) NOT NULL,
    version varchar(255),
    description varchar(255),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    date_changed timestamp,
    changed_by integer REFERENCES users (user_id),
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept_map_type (
    concept_map_type_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(255),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    is_hidden boolean NOT NULL DEFAULT false,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE concept_reference_map (
    concept_map_id serial PRIMARY KEY,
    concept_reference_term_id integer NOT NULL REFERENCES concept_reference_term (concept_reference_term_id),
    concept_map_type_id integer NOT NULL DEFAULT 1 REFERENCES concept_map_type (concept_map_type_id),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    concept_id integer NOT NULL DEFAULT 0 REFERENCES concept (concept_id),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE encounter_type (
    encounter_type_id serial PRIMARY KEY,
    name varchar(50) NOT NULL DEFAULT '',
    description text,
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    view_privilege varchar(255) REFERENCES privilege (privilege),
    edit_privilege varchar(255) REFERENCES privilege (privilege),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE encounter_role (
    encounter_role_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(1024),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE visit_type (
    visit_type_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(1024),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE visit (
    visit_id serial PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patient (patient_id),
    visit_type_id integer NOT NULL REFERENCES visit_type (visit_type_id),
    date_started timestamp NOT NULL,
    date_stopped timestamp,
    indication_concept_id integer REFERENCES concept (concept_id),
    location_id integer REFERENCES location (location_id),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE form (
    form_id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    version varchar(50) NOT NULL DEFAULT '',
    build integer,
    published boolean NOT NULL DEFAULT false,
    xslt text,
    template text,
    description text,
    encounter_type integer REFERENCES encounter_type (encounter_type_id),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retired_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE encounter (
    encounter_id serial PRIMARY KEY,
    encounter_type integer NOT NULL REFERENCES encounter_type (encounter_type_id),
    patient_id integer NOT NULL DEFAULT 0 REFERENCES patient (patient_id),
    location_id integer REFERENCES location (location_id),
    form_id integer REFERENCES form (form_id),
    encounter_datetime timestamp NOT NULL,
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    visit_id integer REFERENCES visit (visit_id),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE provider (
    provider_id serial PRIMARY KEY,
    person_id integer REFERENCES person (person_id),
    name varchar(255),
    identifier varchar(255),
    role_id integer REFERENCES concept (concept_id),
    speciality_id integer REFERENCES concept (concept_id),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE encounter_provider (
    encounter_provider_id serial PRIMARY KEY,
    encounter_id integer NOT NULL REFERENCES encounter (encounter_id),
    provider_id integer NOT NULL REFERENCES provider (provider_id),
    encounter_role_id integer NOT NULL REFERENCES encounter_role (encounter_role_id),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    voided boolean NOT NULL DEFAULT false,
    date_voided timestamp,
    voided_by integer REFERENCES users (user_id),
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE care_setting (
    care_setting_id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    description varchar(255),
    care_setting_type varchar(50) NOT NULL,
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE order_type (
    order_type_id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    description text,
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    java_class_name varchar(255) NOT NULL,
    parent integer REFERENCES order_type (order_type_id),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE order_frequency (
    order_frequency_id serial PRIMARY KEY,
    concept_id integer NOT NULL UNIQUE REFERENCES concept (concept_id),
    frequency_per_day double precision,
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE orders (
    order_id serial PRIMARY KEY,
    order_type_id integer NOT NULL DEFAULT 0 REFERENCES order_type (order_type_id),
    concept_id integer NOT NULL DEFAULT 0 REFERENCES concept (concept_id),
    orderer integer NOT NULL REFERENCES provider (provider_id),
    encounter_id integer NOT NULL REFERENCES encounter (encounter_id),
    instructions text,
    date_activated timestamp,
    auto_expire_date timestamp,
    date_stopped timestamp,
    order_reason integer REFERENCES concept (concept_id),
    order_reason_non_coded varchar(255),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    patient_id integer NOT NULL REFERENCES patient (patient_id),
    accession_number varchar(255),
    urgency varchar(50) NOT NULL DEFAULT 'ROUTINE',
    order_number varchar(50) NOT NULL,
    previous_order_id integer REFERENCES orders (order_id),
    order_action varchar(50) NOT NULL,
    comment_to_fulfiller varchar(1024),
    care_setting integer NOT NULL REFERENCES care_setting (care_setting_id),
    scheduled_date timestamp,
    order_group_id integer,
    sort_weight double precision,
    fulfiller_comment varchar(1024),
    fulfiller_status varchar(50),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE drug_order (
    order_id integer NOT NULL PRIMARY KEY DEFAULT 0 REFERENCES orders (order_id),
    drug_inventory_id integer REFERENCES drug (drug_id),
    dose double precision,
    as_needed boolean,
    dosing_type varchar(255),
    quantity double precision,
    as_needed_condition varchar(255),
    num_refills integer,
    dosing_instructions text,
    duration integer,
    duration_units integer REFERENCES concept (concept_id),
    quantity_units integer REFERENCES concept (concept_id),
    route integer REFERENCES concept (concept_id),
    dose_units integer REFERENCES concept (concept_id),
    frequency integer REFERENCES order_frequency (order_frequency_id),
    brand_name varchar(255),
    dispense_as_written boolean NOT NULL DEFAULT false,
    drug_non_coded varchar(255)
);

CREATE TABLE test_order (
    order_id integer NOT NULL PRIMARY KEY DEFAULT 0 REFERENCES orders (order_id),
    specimen_source integer REFERENCES concept (concept_id),
    laterality varchar(20),
    clinical_history text,
    frequency integer REFERENCES order_frequency (order_frequency_id),
    number_of_repeats integer
);

CREATE TABLE obs (
    obs_id serial PRIMARY KEY,
    person_id integer NOT NULL REFERENCES person (person_id),
    concept_id integer NOT NULL DEFAULT 0 REFERENCES concept (concept_id),
    encounter_id integer REFERENCES encounter (encounter_id),
    order_id integer REFERENCES orders (order_id),
    obs_datetime timestamp NOT NULL,
    location_id integer REFERENCES location (location_id),
    obs_group_id integer REFERENCES obs (obs_id),
    accession_number varchar(255),
    value_group_id integer,
    value_coded integer REFERENCES concept (concept_id),
    value_coded_name_id integer REFERENCES concept_name (concept_name_id),
    value_drug integer REFERENCES drug (drug_id),
    value_datetime timestamp,
    value_numeric double precision,
    value_modifier varchar(2),
    value_text text,
    value_complex varchar(1000),
    comments varchar(255),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    previous_version integer REFERENCES obs (obs_id),
    form_namespace_and_path varchar(255),
    status varchar(16) NOT NULL DEFAULT 'FINAL',
    interpretation varchar(32),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE program (
    program_id serial PRIMARY KEY,
    concept_id integer NOT NULL DEFAULT 0 REFERENCES concept (concept_id),
    outcomes_concept_id integer REFERENCES concept (concept_id),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    retired boolean NOT NULL DEFAULT false,
    name varchar(50) NOT NULL,
    description text,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE program_workflow (
    program_workflow_id serial PRIMARY KEY,
    program_id integer NOT NULL DEFAULT 0 REFERENCES program (program_id),
    concept_id integer NOT NULL DEFAULT 0 REFERENCES concept (concept_id),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE program_workflow_state (
    program_workflow_state_id serial PRIMARY KEY,
    program_workflow_id integer NOT NULL DEFAULT 0 REFERENCES program_workflow (program_workflow_id),
    concept_id integer NOT NULL DEFAULT 0 REFERENCES concept (concept_id),
    initial boolean NOT NULL DEFAULT false,
    terminal boolean NOT NULL DEFAULT false,
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE patient_program (
    patient_program_id serial PRIMARY KEY,
    patient_id integer NOT NULL DEFAULT 0 REFERENCES patient (patient_id),
    program_id integer NOT NULL DEFAULT 0 REFERENCES program (program_id),
    date_enrolled timestamp,
    date_completed timestamp,
    location_id integer REFERENCES location (location_id),
    outcome_concept_id integer REFERENCES concept (concept_id),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE patient_state (
    patient_state_id serial PRIMARY KEY,
    patient_program_id integer NOT NULL DEFAULT 0 REFERENCES patient_program (patient_program_id),
    state integer NOT NULL DEFAULT 0 REFERENCES program_workflow_state (program_workflow_state_id),
    start_date date,
    end_date date,
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE relationship_type (
    relationship_type_id serial PRIMARY KEY,
    a_is_to_b varchar(50) NOT NULL,
    b_is_to_a varchar(50) NOT NULL,
    preferred boolean NOT NULL DEFAULT false,
    weight integer NOT NULL DEFAULT 0,
    description varchar(255),
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    retired_by integer REFERENCES users (user_id),
    date_retired timestamp,
    retire_reason varchar(255),
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE relationship (
    relationship_id serial PRIMARY KEY,
    person_a integer NOT NULL REFERENCES person (person_id),
    relationship integer NOT NULL DEFAULT 0 REFERENCES relationship_type (relationship_type_id),
    person_b integer NOT NULL REFERENCES person (person_id),
    start_date timestamp,
    end_date timestamp,
    creator integer NOT NULL DEFAULT 0 REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    date_changed timestamp,
    changed_by integer REFERENCES users (user_id),
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);

CREATE TABLE allergy (
    allergy_id serial PRIMARY KEY,
    patient_id integer NOT NULL REFERENCES patient (patient_id),
    severity_concept_id integer REFERENCES concept (concept_id),
    coded_allergen integer NOT NULL REFERENCES concept (concept_id),
    non_coded_allergen varchar(255),
    allergen_type varchar(50) NOT NULL,
    comments varchar(1024),
    encounter_id integer REFERENCES encounter (encounter_id),
    creator integer NOT NULL REFERENCES users (user_id),
    date_created timestamp NOT NULL,
    changed_by integer REFERENCES users (user_id),
    date_changed timestamp,
    voided boolean NOT NULL DEFAULT false,
    voided_by integer REFERENCES users (user_id),
    date_voided timestamp,
    void_reason varchar(255),
    uuid char(38) NOT NULL UNIQUE
);
