-- gnuhealth.sql: a twenty-sixth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind26). The database of a
-- GNU Health 4 hospital information system, which runs on the Tryton
-- framework (Python, PostgreSQL): Tryton's users, groups, languages,
-- countries, currencies, parties, companies, products, units and lots,
-- and GNU Health's health units (du) and operational sectors,
-- institutions, buildings, wards, beds and operating rooms, health
-- professionals and specialties, families, insurances, patients and their
-- conditions, appointments, evaluations, prescriptions, medications,
-- vaccinations, lab requests and results, hospitalisations, surgeries,
-- health services, and birth and death certificates.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of GNU Health's and Tryton's models
-- (each model's table is its name with the dots made underscores),
-- trimmed.
-- Conventions: every table keyed by a serial "id"; every table carries
-- Tryton's create_uid / write_uid (-> res_user) beside create_date /
-- write_date; a Many2One field is a column named after the FIELD, without
-- a suffix: patient, healthprof, institution, specialty / speciality,
-- medicament, pathology, ward, building, bed, family, country,
-- subdivision, party, template, category, parent; many models make their
-- "name" field a Many2One: gnuhealth_patient.name,
-- gnuhealth_healthprofessional.name, gnuhealth_institution.name,
-- gnuhealth_insurance.name and the certificates' name -> party_party,
-- gnuhealth_hospital_bed.name, gnuhealth_medicament.name and
-- gnuhealth_insurance_plan.name -> product_product, and a one2many line's
-- name -> its header (gnuhealth_prescription_line.name ->
-- gnuhealth_prescription_order, gnuhealth_hp_specialty.name ->
-- gnuhealth_healthprofessional, gnuhealth_operation.name ->
-- gnuhealth_surgery, gnuhealth_patient_disease.name -> gnuhealth_patient);
-- elsewhere "name" is plain text (a code such as 'APP 2024/0001'). Roles:
-- signed_by, derived_from / derived_to, requestor, pathologist, done_by,
-- validated_by, surgeon, anesthetist, attending_physician,
-- operating_physician, discharged_by, primary_care_doctor -> the health
-- professional; mother / father, invoice_to, pharmacy, company (of an
-- insurance) -> party_party; citizenship / residence -> country_country;
-- internal_user, user_id -> res_user; cod (cause of death) and
-- admission_reason -> gnuhealth_pathology; a few older fields keep an
-- _id suffix (patient_id, doctor_id, test_type_id, gnuhealth_lab_id,
-- product_id, plan_id). A Many2Many is a table named "<model>-<model>"
-- with a column per side ("res_user-res_group": "user", "group").
-- Tryton creates a FOREIGN KEY for every Many2One: the REFERENCES are
-- those.
-- Left without REFERENCES: Tryton Reference fields, which hold text
-- 'model,id' (ir_attachment.resource, ir_note.resource,
-- stock_lot.origin), the lab request number that links a test request to
-- its result (gnuhealth_patient_lab_test.request and
-- gnuhealth_lab.request_order, an integer sequence value, no key),
-- party_party.ref (the person's PUID, text) and federation_account, and
-- selection fields stored as text (gender, blood_type, state, urgency).

CREATE TABLE ir_lang (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar NOT NULL UNIQUE,
    translatable boolean,
    direction varchar,
    date varchar
);

CREATE TABLE res_user (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar,
    login varchar NOT NULL UNIQUE,
    password_hash varchar,
    active boolean,
    email varchar,
    signature text,
    language integer REFERENCES ir_lang (id) ON DELETE SET NULL,
    menu integer
);

CREATE TABLE res_group (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL UNIQUE,
    active boolean
);

CREATE TABLE "res_user-res_group" (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    "user" integer NOT NULL REFERENCES res_user (id) ON DELETE CASCADE,
    "group" integer NOT NULL REFERENCES res_group (id) ON DELETE CASCADE
);

CREATE TABLE ir_attachment (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    type varchar NOT NULL,
    resource varchar NOT NULL,
    data bytea,
    file_id varchar,
    description text,
    link varchar
);

CREATE TABLE ir_note (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    resource varchar NOT NULL,
    message text,
    copy_to_resources varchar
);

CREATE TABLE country_country (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar(2),
    code3 varchar(3),
    code_numeric varchar(3)
);

CREATE TABLE country_subdivision (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar,
    type varchar,
    country integer NOT NULL REFERENCES country_country (id) ON DELETE CASCADE,
    parent integer REFERENCES country_subdivision (id) ON DELETE SET NULL
);

CREATE TABLE currency_currency (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar(3) NOT NULL,
    symbol varchar,
    rounding numeric NOT NULL,
    digits integer
);

CREATE TABLE gnuhealth_operational_area (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL UNIQUE,
    info text
);

CREATE TABLE gnuhealth_operational_sector (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    operational_area integer REFERENCES gnuhealth_operational_area (id) ON DELETE SET NULL,
    info text
);

CREATE TABLE gnuhealth_du (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL UNIQUE,
    "desc" varchar,
    address_street varchar,
    address_street_number integer,
    address_zip varchar,
    address_city varchar,
    address_subdivision integer REFERENCES country_subdivision (id) ON DELETE SET NULL,
    address_country integer REFERENCES country_country (id) ON DELETE SET NULL,
    operational_sector integer REFERENCES gnuhealth_operational_sector (id) ON DELETE SET NULL,
    dwelling varchar,
    materials varchar,
    total_surface integer
);

CREATE TABLE gnuhealth_ethnicity (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL UNIQUE,
    code varchar,
    notes text
);

CREATE TABLE party_party (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    lastname varchar,
    code varchar UNIQUE,
    active boolean,
    lang integer REFERENCES ir_lang (id) ON DELETE SET NULL,
    is_person boolean,
    is_patient boolean,
    is_healthprof boolean,
    is_institution boolean,
    is_pharmacy boolean,
    is_insurance_company boolean,
    dob date,
    gender varchar,
    ref varchar UNIQUE,
    federation_account varchar,
    marital_status varchar,
    du integer REFERENCES gnuhealth_du (id) ON DELETE SET NULL,
    citizenship integer REFERENCES country_country (id) ON DELETE SET NULL,
    residence integer REFERENCES country_country (id) ON DELETE SET NULL,
    ethnic_group integer REFERENCES gnuhealth_ethnicity (id) ON DELETE SET NULL,
    internal_user integer REFERENCES res_user (id) ON DELETE SET NULL
);

CREATE TABLE party_address (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE,
    party_name varchar,
    street text,
    postal_code varchar,
    city varchar,
    country integer REFERENCES country_country (id) ON DELETE SET NULL,
    subdivision integer REFERENCES country_subdivision (id) ON DELETE SET NULL,
    sequence integer,
    active boolean
);

CREATE TABLE party_contact_mechanism (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE,
    type varchar NOT NULL,
    value varchar,
    name varchar,
    comment text,
    sequence integer,
    active boolean
);

CREATE TABLE company_company (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    party integer NOT NULL REFERENCES party_party (id) ON DELETE RESTRICT,
    currency integer NOT NULL REFERENCES currency_currency (id) ON DELETE RESTRICT,
    parent integer REFERENCES company_company (id) ON DELETE SET NULL,
    timezone varchar,
    header text,
    footer text
);

CREATE TABLE product_uom_category (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL
);

CREATE TABLE product_uom (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    symbol varchar(10) NOT NULL,
    category integer NOT NULL REFERENCES product_uom_category (id) ON DELETE RESTRICT,
    rate float8 NOT NULL,
    factor float8 NOT NULL,
    rounding float8 NOT NULL,
    digits integer,
    active boolean
);

CREATE TABLE product_category (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    parent integer REFERENCES product_category (id) ON DELETE SET NULL
);

CREATE TABLE product_template (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar,
    type varchar NOT NULL,
    consumable boolean,
    list_price numeric,
    default_uom integer NOT NULL REFERENCES product_uom (id) ON DELETE RESTRICT,
    active boolean
);

CREATE TABLE "product_template-product_category" (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    template integer NOT NULL REFERENCES product_template (id) ON DELETE CASCADE,
    category integer NOT NULL REFERENCES product_category (id) ON DELETE CASCADE
);

CREATE TABLE product_product (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    template integer NOT NULL REFERENCES product_template (id) ON DELETE CASCADE,
    code varchar,
    suffix_code varchar,
    description text,
    active boolean,
    is_medicament boolean,
    is_vaccine boolean,
    is_bed boolean,
    is_insurance_plan boolean
);

CREATE TABLE stock_lot (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    number varchar NOT NULL,
    product integer NOT NULL REFERENCES product_product (id) ON DELETE RESTRICT,
    expiration_date date,
    origin varchar
);

CREATE TABLE gnuhealth_specialty (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar NOT NULL UNIQUE
);

CREATE TABLE gnuhealth_institution (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL UNIQUE REFERENCES party_party (id) ON DELETE RESTRICT,
    code varchar NOT NULL UNIQUE,
    institution_type varchar,
    beds integer,
    operational_sector integer REFERENCES gnuhealth_operational_sector (id) ON DELETE SET NULL,
    main_specialty integer REFERENCES gnuhealth_institution_specialties (id) ON DELETE SET NULL,
    public_level varchar,
    teaching boolean,
    heliport boolean,
    info text
);

CREATE TABLE gnuhealth_institution_specialties (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_institution (id) ON DELETE CASCADE,
    specialty integer NOT NULL REFERENCES gnuhealth_specialty (id) ON DELETE RESTRICT
);

CREATE TABLE gnuhealth_healthprofessional (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES party_party (id) ON DELETE RESTRICT,
    code varchar,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    main_specialty integer REFERENCES gnuhealth_hp_specialty (id) ON DELETE SET NULL,
    active boolean,
    info text
);

CREATE TABLE gnuhealth_hp_specialty (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_healthprofessional (id) ON DELETE CASCADE,
    specialty integer NOT NULL REFERENCES gnuhealth_specialty (id) ON DELETE RESTRICT
);

CREATE TABLE gnuhealth_hospital_building (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar NOT NULL,
    institution integer NOT NULL REFERENCES gnuhealth_institution (id) ON DELETE RESTRICT,
    extra_info text
);

CREATE TABLE gnuhealth_hospital_unit (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar,
    institution integer NOT NULL REFERENCES gnuhealth_institution (id) ON DELETE RESTRICT,
    active boolean,
    extra_info text
);

CREATE TABLE gnuhealth_hospital_ward (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    institution integer NOT NULL REFERENCES gnuhealth_institution (id) ON DELETE RESTRICT,
    building integer REFERENCES gnuhealth_hospital_building (id) ON DELETE SET NULL,
    unit integer REFERENCES gnuhealth_hospital_unit (id) ON DELETE SET NULL,
    floor integer,
    gender varchar NOT NULL,
    state varchar,
    number_of_beds integer,
    private boolean,
    telephone boolean,
    ac boolean
);

CREATE TABLE gnuhealth_hospital_bed (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES product_product (id) ON DELETE RESTRICT,
    institution integer NOT NULL REFERENCES gnuhealth_institution (id) ON DELETE RESTRICT,
    ward integer REFERENCES gnuhealth_hospital_ward (id) ON DELETE SET NULL,
    bed_type varchar NOT NULL,
    telephone_number varchar,
    state varchar,
    extra_info text
);

CREATE TABLE gnuhealth_hospital_or (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    institution integer NOT NULL REFERENCES gnuhealth_institution (id) ON DELETE RESTRICT,
    building integer NOT NULL REFERENCES gnuhealth_hospital_building (id) ON DELETE RESTRICT,
    unit integer REFERENCES gnuhealth_hospital_unit (id) ON DELETE SET NULL,
    state varchar,
    extra_info text
);

CREATE TABLE gnuhealth_family (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL UNIQUE,
    info text
);

CREATE TABLE gnuhealth_family_member (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_family (id) ON DELETE CASCADE,
    party integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE,
    role varchar
);

CREATE TABLE gnuhealth_insurance_plan (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES product_product (id) ON DELETE RESTRICT,
    company integer NOT NULL REFERENCES party_party (id) ON DELETE RESTRICT,
    is_default boolean,
    notes text
);

CREATE TABLE gnuhealth_insurance (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES party_party (id) ON DELETE CASCADE,
    number varchar NOT NULL,
    company integer NOT NULL REFERENCES party_party (id) ON DELETE RESTRICT,
    member_since date,
    member_exp date,
    category varchar,
    insurance_type varchar,
    plan_id integer REFERENCES gnuhealth_insurance_plan (id) ON DELETE SET NULL,
    notes text
);

CREATE TABLE gnuhealth_pathology_category (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    parent integer REFERENCES gnuhealth_pathology_category (id) ON DELETE SET NULL
);

CREATE TABLE gnuhealth_pathology (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar NOT NULL UNIQUE,
    category integer REFERENCES gnuhealth_pathology_category (id) ON DELETE SET NULL,
    chromosome varchar,
    gene varchar,
    protein varchar,
    info text,
    active boolean
);

CREATE TABLE gnuhealth_patient (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL UNIQUE REFERENCES party_party (id) ON DELETE RESTRICT,
    family integer REFERENCES gnuhealth_family (id) ON DELETE SET NULL,
    primary_care_doctor integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    current_insurance integer REFERENCES gnuhealth_insurance (id) ON DELETE SET NULL,
    current_address integer REFERENCES party_address (id) ON DELETE SET NULL,
    blood_type varchar,
    rh varchar,
    critical_summary text,
    general_info text,
    deceased boolean,
    dod timestamp,
    cod integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL,
    active boolean
);

CREATE TABLE gnuhealth_patient_disease (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE CASCADE,
    pathology integer NOT NULL REFERENCES gnuhealth_pathology (id) ON DELETE RESTRICT,
    healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    disease_severity varchar,
    status varchar,
    is_active boolean,
    is_infectious boolean,
    is_allergy boolean,
    diagnosed_date date,
    healed_date date,
    short_comment varchar
);

CREATE TABLE gnuhealth_appointment (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar UNIQUE,
    patient integer REFERENCES gnuhealth_patient (id) ON DELETE SET NULL,
    healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    speciality integer REFERENCES gnuhealth_specialty (id) ON DELETE SET NULL,
    appointment_date timestamp,
    appointment_date_end timestamp,
    appointment_type varchar,
    state varchar,
    urgency varchar,
    visit_type varchar,
    checked_in_date timestamp,
    comments text
);

CREATE TABLE gnuhealth_patient_evaluation (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    code varchar UNIQUE,
    patient integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT,
    appointment integer REFERENCES gnuhealth_appointment (id) ON DELETE SET NULL,
    healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    signed_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    derived_from integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    derived_to integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    specialty integer REFERENCES gnuhealth_specialty (id) ON DELETE SET NULL,
    diagnosis integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL,
    evaluation_start timestamp NOT NULL,
    evaluation_endtime timestamp,
    state varchar,
    evaluation_type varchar,
    urgency varchar,
    visit_type varchar,
    chief_complaint varchar,
    present_illness text,
    temperature float8,
    systolic integer,
    diastolic integer,
    bpm integer,
    respiratory_rate integer,
    osat integer,
    weight float8,
    height float8,
    bmi float8,
    discharge_reason varchar,
    notes text
);

CREATE TABLE gnuhealth_diagnostic_hypothesis (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    evaluation integer NOT NULL REFERENCES gnuhealth_patient_evaluation (id) ON DELETE CASCADE,
    pathology integer NOT NULL REFERENCES gnuhealth_pathology (id) ON DELETE RESTRICT,
    comments varchar
);

CREATE TABLE gnuhealth_drug_route (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar NOT NULL UNIQUE
);

CREATE TABLE gnuhealth_drug_form (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar NOT NULL UNIQUE
);

CREATE TABLE gnuhealth_dose_unit (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL UNIQUE,
    "desc" varchar
);

CREATE TABLE gnuhealth_medication_dosage (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar,
    abbreviation varchar
);

CREATE TABLE gnuhealth_medicament_category (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    parent integer REFERENCES gnuhealth_medicament_category (id) ON DELETE SET NULL
);

CREATE TABLE gnuhealth_medicament (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL UNIQUE REFERENCES product_product (id) ON DELETE RESTRICT,
    active_component varchar,
    category integer REFERENCES gnuhealth_medicament_category (id) ON DELETE SET NULL,
    therapeutic_action varchar,
    composition text,
    indications text,
    dosage text,
    overdosage text,
    pregnancy_category varchar,
    presentation text,
    storage text,
    notes text,
    active boolean
);

CREATE TABLE gnuhealth_prescription_order (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    prescription_id varchar UNIQUE,
    patient integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT,
    healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    pharmacy integer REFERENCES party_party (id) ON DELETE SET NULL,
    user_id integer REFERENCES res_user (id) ON DELETE SET NULL,
    prescription_date timestamp,
    state varchar,
    pregnancy_warning boolean,
    prescription_warning_ack boolean,
    notes text
);

CREATE TABLE gnuhealth_prescription_line (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_prescription_order (id) ON DELETE CASCADE,
    medicament integer NOT NULL REFERENCES gnuhealth_medicament (id) ON DELETE RESTRICT,
    indication integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL,
    dose float8,
    dose_unit integer REFERENCES gnuhealth_dose_unit (id) ON DELETE SET NULL,
    route integer REFERENCES gnuhealth_drug_route (id) ON DELETE SET NULL,
    form integer REFERENCES gnuhealth_drug_form (id) ON DELETE SET NULL,
    common_dosage integer REFERENCES gnuhealth_medication_dosage (id) ON DELETE SET NULL,
    frequency integer,
    frequency_unit varchar,
    duration integer,
    duration_period varchar,
    quantity integer,
    refills integer,
    allow_substitution boolean,
    short_comment varchar,
    review timestamp
);

CREATE TABLE gnuhealth_patient_medication (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE CASCADE,
    medicament integer NOT NULL REFERENCES gnuhealth_medicament (id) ON DELETE RESTRICT,
    healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    prescription integer REFERENCES gnuhealth_prescription_order (id) ON DELETE SET NULL,
    indication integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL,
    dose_unit integer REFERENCES gnuhealth_dose_unit (id) ON DELETE SET NULL,
    route integer REFERENCES gnuhealth_drug_route (id) ON DELETE SET NULL,
    form integer REFERENCES gnuhealth_drug_form (id) ON DELETE SET NULL,
    common_dosage integer REFERENCES gnuhealth_medication_dosage (id) ON DELETE SET NULL,
    is_active boolean,
    start_treatment timestamp,
    end_treatment timestamp,
    dose float8,
    qty integer,
    frequency integer,
    frequency_unit varchar,
    discontinued boolean,
    discontinued_reason varchar,
    course_completed boolean
);

CREATE TABLE gnuhealth_vaccination (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE CASCADE,
    vaccine integer NOT NULL REFERENCES gnuhealth_medicament (id) ON DELETE RESTRICT,
    vaccine_lot integer REFERENCES stock_lot (id) ON DELETE SET NULL,
    healthprof integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    signed_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    date timestamp,
    dose integer,
    next_dose_date timestamp,
    admin_route varchar,
    admin_site varchar,
    state varchar,
    observations varchar
);

CREATE TABLE gnuhealth_lab_test_units (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar,
    code varchar UNIQUE
);

CREATE TABLE gnuhealth_lab_test_type (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar NOT NULL UNIQUE,
    info text,
    product_id integer NOT NULL REFERENCES product_product (id) ON DELETE RESTRICT,
    active boolean
);

CREATE TABLE gnuhealth_patient_lab_test (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_lab_test_type (id) ON DELETE RESTRICT,
    patient_id integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT,
    doctor_id integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    request integer,
    date timestamp,
    state varchar,
    urgent boolean
);

CREATE TABLE gnuhealth_lab (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar UNIQUE,
    test integer NOT NULL REFERENCES gnuhealth_lab_test_type (id) ON DELETE RESTRICT,
    patient integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT,
    pathologist integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    requestor integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    done_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    validated_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    request_order integer,
    date_requested timestamp,
    date_analysis timestamp,
    results text,
    diagnosis text,
    state varchar
);

CREATE TABLE gnuhealth_lab_test_critearea (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL,
    code varchar,
    test_type_id integer REFERENCES gnuhealth_lab_test_type (id) ON DELETE CASCADE,
    gnuhealth_lab_id integer REFERENCES gnuhealth_lab (id) ON DELETE CASCADE,
    units integer REFERENCES gnuhealth_lab_test_units (id) ON DELETE SET NULL,
    lower_limit float8,
    upper_limit float8,
    result float8,
    result_text varchar,
    normal_range text,
    sequence integer,
    warning boolean,
    excluded boolean
);

CREATE TABLE gnuhealth_inpatient_registration (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL UNIQUE,
    patient integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    bed integer NOT NULL REFERENCES gnuhealth_hospital_bed (id) ON DELETE RESTRICT,
    attending_physician integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    operating_physician integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    discharged_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    admission_reason integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL,
    admission_type varchar NOT NULL,
    hospitalization_date timestamp NOT NULL,
    discharge_date timestamp NOT NULL,
    discharge_reason varchar,
    state varchar,
    info text
);

CREATE TABLE gnuhealth_procedure (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar NOT NULL UNIQUE,
    description varchar
);

CREATE TABLE gnuhealth_surgery (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    code varchar UNIQUE,
    patient integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT,
    admission integer REFERENCES gnuhealth_inpatient_registration (id) ON DELETE SET NULL,
    pathology integer REFERENCES gnuhealth_pathology (id) ON DELETE SET NULL,
    surgeon integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    anesthetist integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    signed_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    operating_room integer REFERENCES gnuhealth_hospital_or (id) ON DELETE SET NULL,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    surgery_date timestamp,
    surgery_end_date timestamp,
    classification varchar,
    state varchar,
    description varchar,
    extra_info text
);

CREATE TABLE gnuhealth_operation (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_surgery (id) ON DELETE CASCADE,
    procedure integer NOT NULL REFERENCES gnuhealth_procedure (id) ON DELETE RESTRICT,
    notes text
);

CREATE TABLE gnuhealth_surgery_team (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_surgery (id) ON DELETE CASCADE,
    team_member integer NOT NULL REFERENCES gnuhealth_healthprofessional (id) ON DELETE RESTRICT,
    role integer REFERENCES gnuhealth_hp_specialty (id) ON DELETE SET NULL,
    notes varchar
);

CREATE TABLE gnuhealth_health_service (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name varchar UNIQUE,
    "desc" varchar,
    patient integer NOT NULL REFERENCES gnuhealth_patient (id) ON DELETE RESTRICT,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    invoice_to integer REFERENCES party_party (id) ON DELETE SET NULL,
    company integer REFERENCES company_company (id) ON DELETE SET NULL,
    service_date date,
    state varchar
);

CREATE TABLE gnuhealth_health_service_line (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL REFERENCES gnuhealth_health_service (id) ON DELETE CASCADE,
    "desc" varchar,
    appointment integer REFERENCES gnuhealth_appointment (id) ON DELETE SET NULL,
    product integer NOT NULL REFERENCES product_product (id) ON DELETE RESTRICT,
    to_invoice boolean,
    qty integer,
    from_date date,
    to_date date
);

CREATE TABLE gnuhealth_birth_certificate (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL UNIQUE REFERENCES party_party (id) ON DELETE RESTRICT,
    mother integer REFERENCES party_party (id) ON DELETE SET NULL,
    father integer REFERENCES party_party (id) ON DELETE SET NULL,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    signed_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    country integer NOT NULL REFERENCES country_country (id) ON DELETE RESTRICT,
    country_subdivision integer REFERENCES country_subdivision (id) ON DELETE SET NULL,
    code varchar NOT NULL,
    dob date NOT NULL,
    state varchar,
    observations text
);

CREATE TABLE gnuhealth_death_certificate (
    id serial PRIMARY KEY,
    create_date timestamp,
    create_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    write_date timestamp,
    write_uid integer REFERENCES res_user (id) ON DELETE SET NULL,
    name integer NOT NULL UNIQUE REFERENCES party_party (id) ON DELETE RESTRICT,
    cod integer NOT NULL REFERENCES gnuhealth_pathology (id) ON DELETE RESTRICT,
    institution integer REFERENCES gnuhealth_institution (id) ON DELETE SET NULL,
    signed_by integer REFERENCES gnuhealth_healthprofessional (id) ON DELETE SET NULL,
    du integer REFERENCES gnuhealth_du (id) ON DELETE SET NULL,
    country integer NOT NULL REFERENCES country_country (id) ON DELETE RESTRICT,
    country_subdivision integer REFERENCES country_subdivision (id) ON DELETE SET NULL,
    code varchar NOT NULL,
    dod timestamp NOT NULL,
    autopsy boolean,
    type_of_death varchar,
    place_of_death varchar,
    observations text
);
