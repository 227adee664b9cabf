-- fineract.sql: a thirteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind13). The core banking database
-- of Apache Fineract (Mifos X), the microfinance / core banking platform:
-- offices, staff and application users with roles and permissions, code
-- values, clients, groups and centres, loan and savings products, loan
-- accounts with their repayment schedules, transactions, charges,
-- guarantors, collateral, disbursements, term variations and reschedules,
-- savings accounts with transactions and charges, account transfers and
-- standing instructions, client charges and transactions, addresses and
-- family members, calendars, holidays, taxes, floating rates, tellers and
-- cashiers, the general ledger (acc_*), notes, the maker-checker command
-- source, hooks, jobs, data table registrations and external services.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests.
-- Fineract conventions (a MySQL-born schema run on PostgreSQL, Liquibase):
-- m_ prefix for the domain tables, acc_ for the ledger, c_ for
-- configuration, a few unprefixed (job, glim_accounts, gsim_accounts);
-- bigint ids; references <entity>_id, and code values named
-- <role>_cv_id (gender_cv_id, closure_reason_cv_id, loanpurpose_cv_id)
-- pointing to m_code_value; lifecycle users with no separator and a
-- trailing userid (submittedon_userid, approvedon_userid,
-- disbursedon_userid, closedon_userid) or user_id (submitted_by_user_id),
-- maker_id / checker_id / appuser_id; two audit styles, the older
-- createdby_id / lastmodifiedby_id and the newer created_by /
-- last_modified_by, all pointing to m_appuser; role-named references
-- (loan_officer_id, field_officer_id, centre_id -> m_group, from_/to_
-- office, client, loan and savings account ids, linked_loan_account_id,
-- closure_loan_id, reversal_id, income_or_liability_account_id,
-- debit_account_id / credit_account_id -> acc_gl_account, tag_id ->
-- m_code_value), columns with no _id (default_savings_product,
-- sub_status, payment_type, submitted_by, updated_by) and a text key
-- (x_registered_table_name).
-- The REFERENCES are the links Fineract's schema declares or its code
-- follows (the audit users included). Left without REFERENCES: currency_code
-- (a code looked up among the organisation's currencies), the polymorphic
-- m_calendar_instance.entity_id, m_document.parent_entity_id,
-- m_guarantor.entity_id (a client or a staff member by type_enum),
-- acc_product_mapping.product_id (by product_type),
-- acc_gl_journal_entry.entity_id, m_portfolio_command_source.resource_id /
-- subresource_id / product_id, m_cashier_transactions.entity_id, and the
-- enum columns (*_enum, loan_status_id, loan_sub_status_id).

CREATE TABLE m_image (
    id bigint PRIMARY KEY,
    location varchar(500),
    storage_type_enum smallint
);

CREATE TABLE m_office (
    id bigint PRIMARY KEY,
    parent_id bigint REFERENCES m_office (id),
    hierarchy varchar(100),
    external_id varchar(100) UNIQUE,
    name varchar(50) NOT NULL UNIQUE,
    opening_date date NOT NULL
);

CREATE TABLE m_staff (
    id bigint PRIMARY KEY,
    is_loan_officer boolean NOT NULL DEFAULT false,
    office_id bigint REFERENCES m_office (id),
    firstname varchar(50),
    lastname varchar(50),
    display_name varchar(102) NOT NULL,
    mobile_no varchar(50),
    external_id varchar(100) UNIQUE,
    email_address varchar(100),
    organisational_role_enum smallint,
    organisational_role_parent_staff_id bigint REFERENCES m_staff (id),
    is_active boolean NOT NULL DEFAULT true,
    joining_date date,
    image_id bigint REFERENCES m_image (id)
);

CREATE TABLE m_appuser (
    id bigint PRIMARY KEY,
    is_deleted boolean NOT NULL DEFAULT false,
    office_id bigint REFERENCES m_office (id),
    staff_id bigint REFERENCES m_staff (id),
    username varchar(100) NOT NULL UNIQUE,
    firstname varchar(100) NOT NULL,
    lastname varchar(100) NOT NULL,
    password varchar(255) NOT NULL,
    email varchar(100) NOT NULL,
    firsttime_login_remaining boolean NOT NULL,
    nonexpired boolean NOT NULL,
    nonlocked boolean NOT NULL,
    nonexpired_credentials boolean NOT NULL,
    enabled boolean NOT NULL,
    last_time_password_updated date NOT NULL,
    password_never_expires boolean NOT NULL DEFAULT false,
    is_self_service_user boolean NOT NULL DEFAULT false,
    cannot_change_password boolean
);

CREATE TABLE m_appuser_previous_password (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES m_appuser (id),
    password varchar(255) NOT NULL,
    removal_date date NOT NULL
);

CREATE TABLE m_role (
    id bigint PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE,
    description varchar(500) NOT NULL,
    is_disabled boolean NOT NULL DEFAULT false
);

CREATE TABLE m_permission (
    id bigint PRIMARY KEY,
    "grouping" varchar(45),
    code varchar(100) NOT NULL UNIQUE,
    entity_name varchar(100),
    action_name varchar(100),
    can_maker_checker boolean NOT NULL DEFAULT true
);

CREATE TABLE m_role_permission (
    role_id bigint NOT NULL REFERENCES m_role (id),
    permission_id bigint NOT NULL REFERENCES m_permission (id),
    PRIMARY KEY (role_id, permission_id)
);

CREATE TABLE m_appuser_role (
    appuser_id bigint NOT NULL REFERENCES m_appuser (id),
    role_id bigint NOT NULL REFERENCES m_role (id),
    PRIMARY KEY (appuser_id, role_id)
);

CREATE TABLE m_code (
    id integer PRIMARY KEY,
    code_name varchar(100) UNIQUE,
    is_system_defined boolean NOT NULL DEFAULT false
);

CREATE TABLE m_code_value (
    id integer PRIMARY KEY,
    code_id integer NOT NULL REFERENCES m_code (id),
    code_value varchar(100),
    code_description varchar(500),
    order_position integer NOT NULL DEFAULT 0,
    code_score integer,
    is_active boolean NOT NULL DEFAULT true,
    is_mandatory boolean NOT NULL DEFAULT false,
    UNIQUE (code_id, code_value)
);

CREATE TABLE m_currency (
    id bigint PRIMARY KEY,
    code varchar(3) NOT NULL UNIQUE,
    decimal_places smallint NOT NULL,
    currency_multiplesof smallint,
    display_symbol varchar(10),
    name varchar(50) NOT NULL,
    internationalized_name_code varchar(50) NOT NULL
);

CREATE TABLE m_organisation_currency (
    id bigint PRIMARY KEY,
    code varchar(3) NOT NULL,
    decimal_places smallint NOT NULL,
    currency_multiplesof smallint,
    name varchar(50) NOT NULL,
    display_symbol varchar(10),
    internationalized_name_code varchar(50) NOT NULL
);

CREATE TABLE m_fund (
    id bigint PRIMARY KEY,
    name varchar(255),
    external_id varchar(100) UNIQUE
);

CREATE TABLE m_payment_type (
    id integer PRIMARY KEY,
    value varchar(100),
    description varchar(500),
    is_cash_payment boolean,
    order_position integer NOT NULL DEFAULT 0,
    code_name varchar(100),
    is_system_defined boolean NOT NULL DEFAULT false
);

CREATE TABLE m_payment_detail (
    id bigint PRIMARY KEY,
    payment_type_id integer REFERENCES m_payment_type (id),
    account_number varchar(100),
    check_number varchar(100),
    receipt_number varchar(100),
    bank_number varchar(100),
    routing_code varchar(100)
);

CREATE TABLE acc_gl_account (
    id bigint PRIMARY KEY,
    name varchar(200) NOT NULL,
    parent_id bigint REFERENCES acc_gl_account (id),
    hierarchy varchar(50),
    gl_code varchar(45) NOT NULL UNIQUE,
    disabled boolean NOT NULL DEFAULT false,
    manual_journal_entries_allowed boolean NOT NULL DEFAULT true,
    account_usage smallint NOT NULL DEFAULT 2,
    classification_enum smallint NOT NULL,
    tag_id integer REFERENCES m_code_value (id),
    description varchar(500)
);

CREATE TABLE m_tax_component (
    id bigint PRIMARY KEY,
    name varchar(100) NOT NULL,
    percentage decimal(19,6) NOT NULL,
    debit_account_type_enum smallint,
    debit_account_id bigint REFERENCES acc_gl_account (id),
    credit_account_type_enum smallint,
    credit_account_id bigint REFERENCES acc_gl_account (id),
    start_date date NOT NULL,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_tax_group (
    id bigint PRIMARY KEY,
    name varchar(100) NOT NULL,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_tax_group_mappings (
    id bigint PRIMARY KEY,
    tax_group_id bigint NOT NULL REFERENCES m_tax_group (id),
    tax_component_id bigint NOT NULL REFERENCES m_tax_component (id),
    start_date date NOT NULL,
    end_date date,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_charge (
    id bigint PRIMARY KEY,
    name varchar(100) UNIQUE,
    currency_code varchar(3) NOT NULL,
    charge_applies_to_enum smallint NOT NULL,
    charge_time_enum smallint NOT NULL,
    charge_calculation_enum smallint NOT NULL,
    charge_payment_mode_enum smallint,
    amount decimal(19,6) NOT NULL,
    fee_on_day smallint,
    fee_interval smallint,
    fee_on_month smallint,
    is_penalty boolean NOT NULL DEFAULT false,
    is_active boolean NOT NULL,
    is_deleted boolean NOT NULL DEFAULT false,
    min_cap decimal(19,6),
    max_cap decimal(19,6),
    fee_frequency smallint,
    income_or_liability_account_id bigint REFERENCES acc_gl_account (id),
    tax_group_id bigint REFERENCES m_tax_group (id)
);

CREATE TABLE m_floating_rates (
    id bigint PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    is_base_lending_rate boolean NOT NULL DEFAULT false,
    is_active boolean NOT NULL DEFAULT true,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_floating_rates_periods (
    id bigint PRIMARY KEY,
    floating_rates_id bigint NOT NULL REFERENCES m_floating_rates (id),
    from_date date NOT NULL,
    interest_rate decimal(19,6) NOT NULL,
    is_differential_to_base_lending_rate boolean NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_product_loan (
    id bigint PRIMARY KEY,
    short_name varchar(4) NOT NULL UNIQUE,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    principal_amount decimal(19,6),
    min_principal_amount decimal(19,6),
    max_principal_amount decimal(19,6),
    arrearstolerance_amount decimal(19,6),
    name varchar(100) NOT NULL UNIQUE,
    description varchar(500),
    fund_id bigint REFERENCES m_fund (id),
    is_linked_to_floating_interest_rates boolean NOT NULL DEFAULT false,
    allow_variabe_installments boolean NOT NULL DEFAULT false,
    nominal_interest_rate_per_period decimal(19,6),
    min_nominal_interest_rate_per_period decimal(19,6),
    max_nominal_interest_rate_per_period decimal(19,6),
    interest_period_frequency_enum smallint,
    annual_nominal_interest_rate decimal(19,6),
    interest_method_enum smallint NOT NULL,
    interest_calculated_in_period_enum smallint NOT NULL DEFAULT 1,
    repay_every smallint NOT NULL,
    repayment_period_frequency_enum smallint NOT NULL,
    number_of_repayments smallint NOT NULL,
    grace_on_principal_periods smallint,
    grace_on_interest_periods smallint,
    amortization_method_enum smallint NOT NULL,
    accounting_type smallint NOT NULL,
    loan_transaction_strategy_code varchar(100),
    external_id varchar(100) UNIQUE,
    start_date date,
    close_date date,
    days_in_month_enum smallint NOT NULL DEFAULT 1,
    days_in_year_enum smallint NOT NULL DEFAULT 1,
    overdue_days_for_npa smallint,
    instalment_amount_in_multiples_of decimal(19,6),
    can_define_fixed_emi_amount boolean NOT NULL DEFAULT false
);

CREATE TABLE m_product_loan_charge (
    product_loan_id bigint NOT NULL REFERENCES m_product_loan (id),
    charge_id bigint NOT NULL REFERENCES m_charge (id),
    PRIMARY KEY (product_loan_id, charge_id)
);

CREATE TABLE m_product_loan_floating_rates (
    id bigint PRIMARY KEY,
    loan_product_id bigint NOT NULL REFERENCES m_product_loan (id),
    floating_rates_id bigint NOT NULL REFERENCES m_floating_rates (id),
    interest_rate_differential decimal(19,6) NOT NULL DEFAULT 0,
    min_differential_lending_rate decimal(19,6) NOT NULL,
    default_differential_lending_rate decimal(19,6) NOT NULL,
    max_differential_lending_rate decimal(19,6) NOT NULL,
    is_floating_interest_rate_calculation_allowed boolean NOT NULL DEFAULT false
);

CREATE TABLE m_product_loan_recalculation_details (
    id bigint PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES m_product_loan (id),
    compound_type_enum smallint NOT NULL,
    reschedule_strategy_enum smallint NOT NULL,
    rest_frequency_type_enum smallint NOT NULL,
    rest_frequency_interval smallint NOT NULL DEFAULT 0,
    arrears_based_on_original_schedule boolean NOT NULL DEFAULT false,
    pre_close_interest_calculation_strategy smallint NOT NULL DEFAULT 1,
    is_compounding_to_be_posted_as_transaction boolean NOT NULL DEFAULT false
);

CREATE TABLE m_savings_product (
    id bigint PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE,
    short_name varchar(4) NOT NULL UNIQUE,
    description varchar(500) NOT NULL,
    deposit_type_enum smallint NOT NULL DEFAULT 100,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    nominal_annual_interest_rate decimal(19,6) NOT NULL,
    interest_compounding_period_enum smallint NOT NULL,
    interest_posting_period_enum smallint NOT NULL DEFAULT 4,
    interest_calculation_type_enum smallint NOT NULL,
    interest_calculation_days_in_year_type_enum smallint NOT NULL,
    min_required_opening_balance decimal(19,6),
    lockin_period_frequency decimal(19,6),
    lockin_period_frequency_enum smallint,
    accounting_type smallint NOT NULL,
    withdrawal_fee_for_transfer boolean DEFAULT true,
    allow_overdraft boolean NOT NULL DEFAULT false,
    overdraft_limit decimal(19,6),
    nominal_annual_interest_rate_overdraft decimal(19,6) DEFAULT 0,
    min_overdraft_for_interest_calculation decimal(19,6) DEFAULT 0,
    enforce_min_required_balance boolean NOT NULL DEFAULT false,
    min_required_balance decimal(19,6),
    min_balance_for_interest_calculation decimal(19,6),
    withhold_tax boolean NOT NULL DEFAULT false,
    tax_group_id bigint REFERENCES m_tax_group (id),
    is_dormancy_tracking_active boolean,
    days_to_inactive integer,
    days_to_dormancy integer,
    days_to_escheat integer
);

CREATE TABLE m_group_level (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES m_group_level (id),
    super_parent boolean NOT NULL,
    level_name varchar(100) NOT NULL UNIQUE,
    recursable boolean NOT NULL,
    can_have_clients boolean NOT NULL
);

CREATE TABLE m_group (
    id bigint PRIMARY KEY,
    external_id varchar(100) UNIQUE,
    status_enum integer NOT NULL DEFAULT 300,
    activation_date date,
    office_id bigint NOT NULL REFERENCES m_office (id),
    staff_id bigint REFERENCES m_staff (id),
    parent_id bigint REFERENCES m_group (id),
    level_id integer NOT NULL REFERENCES m_group_level (id),
    display_name varchar(100) NOT NULL,
    hierarchy varchar(100),
    closure_reason_cv_id integer REFERENCES m_code_value (id),
    closedon_date date,
    activatedon_userid bigint REFERENCES m_appuser (id),
    submittedon_date date,
    submittedon_userid bigint REFERENCES m_appuser (id),
    closedon_userid bigint REFERENCES m_appuser (id),
    account_no varchar(20) NOT NULL UNIQUE
);

CREATE TABLE m_client (
    id bigint PRIMARY KEY,
    account_no varchar(20) NOT NULL UNIQUE,
    external_id varchar(100) UNIQUE,
    status_enum integer NOT NULL DEFAULT 300,
    sub_status integer REFERENCES m_code_value (id),
    activation_date date,
    office_joining_date date,
    office_id bigint NOT NULL REFERENCES m_office (id),
    transfer_to_office_id bigint REFERENCES m_office (id),
    staff_id bigint REFERENCES m_staff (id),
    firstname varchar(50),
    middlename varchar(50),
    lastname varchar(50),
    fullname varchar(100),
    display_name varchar(100) NOT NULL,
    mobile_no varchar(50),
    email_address varchar(100),
    is_staff boolean NOT NULL DEFAULT false,
    gender_cv_id integer REFERENCES m_code_value (id),
    date_of_birth date,
    image_id bigint REFERENCES m_image (id),
    closure_reason_cv_id integer REFERENCES m_code_value (id),
    closedon_date date,
    updated_by bigint REFERENCES m_appuser (id),
    updated_on date,
    submittedon_date date,
    submittedon_userid bigint REFERENCES m_appuser (id),
    activatedon_userid bigint REFERENCES m_appuser (id),
    closedon_userid bigint REFERENCES m_appuser (id),
    default_savings_product bigint REFERENCES m_savings_product (id),
    client_type_cv_id integer REFERENCES m_code_value (id),
    client_classification_cv_id integer REFERENCES m_code_value (id),
    reject_reason_cv_id integer REFERENCES m_code_value (id),
    rejectedon_date date,
    rejectedon_userid bigint REFERENCES m_appuser (id),
    withdraw_reason_cv_id integer REFERENCES m_code_value (id),
    withdrawn_on_date date,
    withdraw_on_userid bigint REFERENCES m_appuser (id),
    reactivated_on_date date,
    reactivated_on_userid bigint REFERENCES m_appuser (id),
    legal_form_enum integer,
    reopened_on_date date,
    reopened_by_userid bigint REFERENCES m_appuser (id),
    proposed_transfer_date date
);

CREATE TABLE m_group_client (
    group_id bigint NOT NULL REFERENCES m_group (id),
    client_id bigint NOT NULL REFERENCES m_client (id),
    PRIMARY KEY (group_id, client_id)
);

CREATE TABLE m_group_roles (
    id bigint PRIMARY KEY,
    client_id bigint REFERENCES m_client (id),
    group_id bigint REFERENCES m_group (id),
    role_cv_id integer REFERENCES m_code_value (id)
);

CREATE TABLE m_staff_assignment_history (
    id bigint PRIMARY KEY,
    centre_id bigint REFERENCES m_group (id),
    staff_id bigint NOT NULL REFERENCES m_staff (id),
    start_date date NOT NULL,
    end_date date,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_client_identifier (
    id bigint PRIMARY KEY,
    client_id bigint NOT NULL REFERENCES m_client (id),
    document_type_id integer NOT NULL REFERENCES m_code_value (id),
    document_key varchar(50) NOT NULL,
    status integer NOT NULL DEFAULT 200,
    active integer,
    description varchar(500),
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp,
    UNIQUE (document_type_id, document_key)
);

CREATE TABLE m_address (
    id bigint PRIMARY KEY,
    street varchar(100),
    address_line_1 varchar(100),
    address_line_2 varchar(100),
    address_line_3 varchar(100),
    town_village varchar(100),
    city varchar(100),
    county_district varchar(100),
    state_province_id integer REFERENCES m_code_value (id),
    country_id integer REFERENCES m_code_value (id),
    postal_code varchar(10),
    latitude decimal(10,8),
    longitude decimal(10,8),
    created_by bigint REFERENCES m_appuser (id),
    created_on date,
    updated_by bigint REFERENCES m_appuser (id),
    updated_on date
);

CREATE TABLE m_client_address (
    id bigint PRIMARY KEY,
    client_id bigint NOT NULL REFERENCES m_client (id),
    address_id bigint NOT NULL REFERENCES m_address (id),
    address_type_id integer NOT NULL REFERENCES m_code_value (id),
    is_active boolean NOT NULL DEFAULT false
);

CREATE TABLE m_family_members (
    id bigint PRIMARY KEY,
    client_id bigint NOT NULL REFERENCES m_client (id),
    firstname varchar(50) NOT NULL,
    middlename varchar(50),
    lastname varchar(50),
    qualification varchar(50),
    relationship_cv_id integer NOT NULL REFERENCES m_code_value (id),
    marital_status_cv_id integer REFERENCES m_code_value (id),
    gender_cv_id integer REFERENCES m_code_value (id),
    date_of_birth date,
    age integer,
    profession_cv_id integer REFERENCES m_code_value (id),
    mobile_number varchar(50),
    is_dependent boolean
);

CREATE TABLE m_client_transfer_details (
    id bigint PRIMARY KEY,
    client_id bigint NOT NULL REFERENCES m_client (id),
    from_office_id bigint NOT NULL REFERENCES m_office (id),
    to_office_id bigint NOT NULL REFERENCES m_office (id),
    proposed_transfer_date date,
    transfer_type smallint NOT NULL,
    submitted_on date NOT NULL,
    submitted_by bigint NOT NULL REFERENCES m_appuser (id)
);

CREATE TABLE glim_accounts (
    id bigint PRIMARY KEY,
    group_id bigint NOT NULL REFERENCES m_group (id),
    account_number varchar(50) NOT NULL UNIQUE,
    principal_amount decimal(19,6) NOT NULL,
    child_accounts_count bigint NOT NULL,
    accepting_child boolean NOT NULL DEFAULT false,
    loan_status_id smallint,
    application_id decimal(10,0)
);

CREATE TABLE gsim_accounts (
    id bigint PRIMARY KEY,
    group_id bigint NOT NULL REFERENCES m_group (id),
    account_number varchar(50) NOT NULL UNIQUE,
    parent_deposit decimal(19,6) NOT NULL,
    child_accounts_count integer NOT NULL,
    accepting_child boolean NOT NULL DEFAULT false,
    savings_status_id smallint NOT NULL,
    application_id decimal(10,0)
);

CREATE TABLE m_savings_account (
    id bigint PRIMARY KEY,
    account_no varchar(20) NOT NULL UNIQUE,
    external_id varchar(100) UNIQUE,
    client_id bigint REFERENCES m_client (id),
    group_id bigint REFERENCES m_group (id),
    gsim_id bigint REFERENCES gsim_accounts (id),
    product_id bigint REFERENCES m_savings_product (id),
    field_officer_id bigint REFERENCES m_staff (id),
    status_enum smallint NOT NULL DEFAULT 300,
    sub_status_enum smallint NOT NULL DEFAULT 0,
    account_type_enum smallint NOT NULL DEFAULT 1,
    deposit_type_enum smallint NOT NULL DEFAULT 100,
    submittedon_date date NOT NULL,
    submittedon_userid bigint REFERENCES m_appuser (id),
    approvedon_date date,
    approvedon_userid bigint REFERENCES m_appuser (id),
    rejectedon_date date,
    rejectedon_userid bigint REFERENCES m_appuser (id),
    withdrawnon_date date,
    withdrawnon_userid bigint REFERENCES m_appuser (id),
    activatedon_date date,
    activatedon_userid bigint REFERENCES m_appuser (id),
    closedon_date date,
    closedon_userid bigint REFERENCES m_appuser (id),
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    nominal_annual_interest_rate decimal(19,6) NOT NULL,
    interest_compounding_period_enum smallint NOT NULL,
    interest_posting_period_enum smallint NOT NULL DEFAULT 4,
    interest_calculation_type_enum smallint NOT NULL,
    interest_calculation_days_in_year_type_enum smallint NOT NULL,
    min_required_opening_balance decimal(19,6),
    allow_overdraft boolean NOT NULL DEFAULT false,
    overdraft_limit decimal(19,6),
    total_deposits_derived decimal(19,6),
    total_withdrawals_derived decimal(19,6),
    total_interest_earned_derived decimal(19,6),
    total_interest_posted_derived decimal(19,6),
    account_balance_derived decimal(19,6) NOT NULL DEFAULT 0,
    min_required_balance decimal(19,6),
    enforce_min_required_balance boolean NOT NULL DEFAULT false,
    on_hold_funds_derived decimal(19,6),
    withhold_tax boolean NOT NULL DEFAULT false,
    tax_group_id bigint REFERENCES m_tax_group (id),
    last_interest_calculation_date date,
    version integer NOT NULL DEFAULT 1
);

CREATE TABLE m_loan (
    id bigint PRIMARY KEY,
    account_no varchar(20) NOT NULL UNIQUE,
    external_id varchar(100) UNIQUE,
    client_id bigint REFERENCES m_client (id),
    group_id bigint REFERENCES m_group (id),
    glim_id bigint REFERENCES glim_accounts (id),
    product_id bigint REFERENCES m_product_loan (id),
    fund_id bigint REFERENCES m_fund (id),
    loan_officer_id bigint REFERENCES m_staff (id),
    loanpurpose_cv_id integer REFERENCES m_code_value (id),
    loan_status_id smallint NOT NULL,
    loan_sub_status_id smallint,
    loan_type_enum smallint NOT NULL,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    currency_multiplesof smallint,
    principal_amount_proposed decimal(19,6) NOT NULL,
    principal_amount decimal(19,6) NOT NULL,
    approved_principal decimal(19,6) NOT NULL,
    arrearstolerance_amount decimal(19,6),
    is_floating_interest_rate boolean DEFAULT false,
    interest_rate_differential decimal(19,6) DEFAULT 0,
    nominal_interest_rate_per_period decimal(19,6),
    interest_period_frequency_enum smallint,
    annual_nominal_interest_rate decimal(19,6),
    interest_method_enum smallint NOT NULL,
    interest_calculated_in_period_enum smallint NOT NULL DEFAULT 1,
    term_frequency smallint NOT NULL DEFAULT 0,
    term_period_frequency_enum smallint NOT NULL DEFAULT 2,
    repay_every smallint NOT NULL,
    repayment_period_frequency_enum smallint NOT NULL,
    number_of_repayments smallint NOT NULL,
    grace_on_principal_periods smallint,
    grace_on_interest_periods smallint,
    amortization_method_enum smallint NOT NULL,
    submittedon_date date,
    submittedon_userid bigint REFERENCES m_appuser (id),
    approvedon_date date,
    approvedon_userid bigint REFERENCES m_appuser (id),
    expected_disbursedon_date date,
    expected_firstrepaymenton_date date,
    interest_calculated_from_date date,
    disbursedon_date date,
    disbursedon_userid bigint REFERENCES m_appuser (id),
    expected_maturedon_date date,
    maturedon_date date,
    closedon_date date,
    closedon_userid bigint REFERENCES m_appuser (id),
    total_charges_due_at_disbursement_derived decimal(19,6),
    principal_disbursed_derived decimal(19,6) NOT NULL DEFAULT 0,
    principal_repaid_derived decimal(19,6) NOT NULL DEFAULT 0,
    principal_writtenoff_derived decimal(19,6) NOT NULL DEFAULT 0,
    principal_outstanding_derived decimal(19,6) NOT NULL DEFAULT 0,
    interest_charged_derived decimal(19,6) NOT NULL DEFAULT 0,
    interest_repaid_derived decimal(19,6) NOT NULL DEFAULT 0,
    interest_waived_derived decimal(19,6) NOT NULL DEFAULT 0,
    interest_outstanding_derived decimal(19,6) NOT NULL DEFAULT 0,
    fee_charges_charged_derived decimal(19,6) NOT NULL DEFAULT 0,
    penalty_charges_charged_derived decimal(19,6) NOT NULL DEFAULT 0,
    total_expected_repayment_derived decimal(19,6) NOT NULL DEFAULT 0,
    total_repayment_derived decimal(19,6) NOT NULL DEFAULT 0,
    total_outstanding_derived decimal(19,6) NOT NULL DEFAULT 0,
    rejectedon_date date,
    rejectedon_userid bigint REFERENCES m_appuser (id),
    rescheduledon_date date,
    rescheduledon_userid bigint REFERENCES m_appuser (id),
    withdrawnon_date date,
    withdrawnon_userid bigint REFERENCES m_appuser (id),
    writtenoffon_date date,
    writeoff_reason_cv_id integer REFERENCES m_code_value (id),
    loan_transaction_strategy_code varchar(100),
    sync_disbursement_with_meeting boolean,
    loan_counter smallint,
    loan_product_counter smallint,
    fixed_emi_amount decimal(19,6),
    max_outstanding_loan_balance decimal(19,6),
    grace_on_arrears_ageing smallint,
    is_npa boolean NOT NULL DEFAULT false,
    accrued_till date,
    interest_recalcualated_on date,
    days_in_month_enum smallint NOT NULL DEFAULT 1,
    days_in_year_enum smallint NOT NULL DEFAULT 1,
    interest_recalculation_enabled boolean NOT NULL DEFAULT false,
    create_standing_instruction_at_disbursement boolean,
    is_topup boolean NOT NULL DEFAULT false,
    is_equal_amortization boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    created_by bigint REFERENCES m_appuser (id),
    created_on_utc timestamp with time zone,
    last_modified_by bigint REFERENCES m_appuser (id),
    last_modified_on_utc timestamp with time zone
);

CREATE TABLE m_loan_repayment_schedule (
    id bigint PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES m_loan (id),
    fromdate date,
    duedate date NOT NULL,
    installment smallint NOT NULL,
    principal_amount decimal(19,6),
    principal_completed_derived decimal(19,6),
    principal_writtenoff_derived decimal(19,6),
    interest_amount decimal(19,6),
    interest_completed_derived decimal(19,6),
    interest_writtenoff_derived decimal(19,6),
    interest_waived_derived decimal(19,6),
    accrual_interest_derived decimal(19,6),
    fee_charges_amount decimal(19,6),
    fee_charges_completed_derived decimal(19,6),
    penalty_charges_amount decimal(19,6),
    penalty_charges_completed_derived decimal(19,6),
    total_paid_in_advance_derived decimal(19,6),
    total_paid_late_derived decimal(19,6),
    completed_derived boolean NOT NULL,
    obligations_met_on_date date,
    recalculated_interest_component boolean NOT NULL DEFAULT false,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_loan_transaction (
    id bigint PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES m_loan (id),
    office_id bigint NOT NULL REFERENCES m_office (id),
    payment_detail_id bigint REFERENCES m_payment_detail (id),
    is_reversed boolean NOT NULL,
    external_id varchar(100) UNIQUE,
    transaction_type_enum smallint NOT NULL,
    transaction_date date NOT NULL,
    amount decimal(19,6) NOT NULL,
    principal_portion_derived decimal(19,6),
    interest_portion_derived decimal(19,6),
    fee_charges_portion_derived decimal(19,6),
    penalty_charges_portion_derived decimal(19,6),
    overpayment_portion_derived decimal(19,6),
    unrecognized_income_portion decimal(19,6),
    outstanding_loan_balance_derived decimal(19,6),
    submitted_on_date date NOT NULL,
    manually_adjusted_or_reversed boolean DEFAULT false,
    reversal_external_id varchar(100),
    reversed_on_date date,
    created_by bigint REFERENCES m_appuser (id),
    created_on_utc timestamp with time zone,
    last_modified_by bigint REFERENCES m_appuser (id),
    last_modified_on_utc timestamp with time zone
);

CREATE TABLE m_loan_charge (
    id bigint PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES m_loan (id),
    charge_id bigint NOT NULL REFERENCES m_charge (id),
    is_penalty boolean NOT NULL DEFAULT false,
    charge_time_enum smallint NOT NULL,
    due_for_collection_as_of_date date,
    charge_calculation_enum smallint NOT NULL,
    charge_payment_mode_enum smallint NOT NULL DEFAULT 0,
    calculation_percentage decimal(19,6),
    calculation_on_amount decimal(19,6),
    charge_amount_or_percentage decimal(19,6),
    amount decimal(19,6) NOT NULL,
    amount_paid_derived decimal(19,6),
    amount_waived_derived decimal(19,6),
    amount_writtenoff_derived decimal(19,6),
    amount_outstanding_derived decimal(19,6) NOT NULL DEFAULT 0,
    is_paid_derived boolean NOT NULL DEFAULT false,
    waived boolean NOT NULL DEFAULT false,
    min_cap decimal(19,6),
    max_cap decimal(19,6),
    is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE m_loan_charge_paid_by (
    id bigint PRIMARY KEY,
    loan_transaction_id bigint NOT NULL REFERENCES m_loan_transaction (id),
    loan_charge_id bigint NOT NULL REFERENCES m_loan_charge (id),
    amount decimal(19,6) NOT NULL,
    installment_number smallint
);

CREATE TABLE m_loan_installment_charge (
    id bigint PRIMARY KEY,
    loan_charge_id bigint NOT NULL REFERENCES m_loan_charge (id),
    loan_schedule_id bigint NOT NULL REFERENCES m_loan_repayment_schedule (id),
    due_date date,
    amount decimal(19,6) NOT NULL,
    amount_paid_derived decimal(19,6),
    amount_waived_derived decimal(19,6),
    amount_writtenoff_derived decimal(19,6),
    amount_outstanding_derived decimal(19,6) NOT NULL DEFAULT 0,
    is_paid_derived boolean NOT NULL DEFAULT false,
    waived boolean NOT NULL DEFAULT false,
    amount_through_charge_payment decimal(19,6)
);

CREATE TABLE m_loan_collateral (
    id bigint PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES m_loan (id),
    type_cv_id integer NOT NULL REFERENCES m_code_value (id),
    value decimal(19,6),
    description varchar(500)
);

CREATE TABLE m_guarantor (
    id bigint PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES m_loan (id),
    client_reln_cv_id integer REFERENCES m_code_value (id),
    type_enum smallint NOT NULL,
    entity_id bigint,
    firstname varchar(50),
    lastname varchar(50),
    dob date,
    address_line_1 varchar(500),
    address_line_2 varchar(500),
    city varchar(50),
    state varchar(50),
    country varchar(50),
    zip varchar(20),
    house_phone_number varchar(20),
    mobile_number varchar(20),
    comment varchar(500),
    is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE m_loan_officer_assignment_history (
    id bigint PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES m_loan (id),
    loan_officer_id bigint REFERENCES m_staff (id),
    start_date date NOT NULL,
    end_date date,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_loan_arrears_aging (
    loan_id bigint PRIMARY KEY REFERENCES m_loan (id),
    principal_overdue_derived decimal(19,6) NOT NULL DEFAULT 0,
    interest_overdue_derived decimal(19,6) NOT NULL DEFAULT 0,
    fee_charges_overdue_derived decimal(19,6) NOT NULL DEFAULT 0,
    penalty_charges_overdue_derived decimal(19,6) NOT NULL DEFAULT 0,
    total_overdue_derived decimal(19,6) NOT NULL DEFAULT 0,
    overdue_since_date_derived date
);

CREATE TABLE m_loan_disbursement_detail (
    id bigint PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES m_loan (id),
    expected_disburse_date date NOT NULL,
    disbursedon_date date,
    principal decimal(19,6) NOT NULL,
    net_disbursal_amount decimal(19,6),
    is_reversed boolean NOT NULL DEFAULT false
);

CREATE TABLE m_loan_term_variations (
    id bigint PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES m_loan (id),
    term_type smallint NOT NULL,
    applicable_date date NOT NULL,
    decimal_value decimal(19,6),
    date_value date,
    is_specific_to_installment boolean NOT NULL DEFAULT false,
    applied_on_loan_status smallint NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    parent_id bigint REFERENCES m_loan_term_variations (id)
);

CREATE TABLE m_loan_reschedule_request (
    id bigint PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES m_loan (id),
    status_enum smallint NOT NULL,
    reschedule_from_installment smallint,
    reschedule_from_date date NOT NULL,
    recalculate_interest boolean,
    reschedule_reason_cv_id integer REFERENCES m_code_value (id),
    reschedule_reason_comment varchar(500),
    submitted_on_date date NOT NULL,
    submitted_by_user_id bigint NOT NULL REFERENCES m_appuser (id),
    approved_on_date date,
    approved_by_user_id bigint REFERENCES m_appuser (id),
    rejected_on_date date,
    rejected_by_user_id bigint REFERENCES m_appuser (id)
);

CREATE TABLE m_savings_account_transaction (
    id bigint PRIMARY KEY,
    savings_account_id bigint NOT NULL REFERENCES m_savings_account (id),
    office_id bigint NOT NULL REFERENCES m_office (id),
    payment_detail_id bigint REFERENCES m_payment_detail (id),
    transaction_type_enum smallint NOT NULL,
    is_reversed boolean NOT NULL,
    transaction_date date NOT NULL,
    amount decimal(19,6) NOT NULL,
    overdraft_amount_derived decimal(19,6),
    balance_end_date_derived date,
    balance_number_of_days_derived integer,
    running_balance_derived decimal(19,6),
    cumulative_balance_derived decimal(19,6),
    is_manual boolean DEFAULT false,
    release_id_of_hold_amount bigint REFERENCES m_savings_account_transaction (id),
    ref_no varchar(128),
    submitted_on_date date NOT NULL,
    created_by bigint REFERENCES m_appuser (id),
    created_on_utc timestamp with time zone,
    last_modified_by bigint REFERENCES m_appuser (id),
    last_modified_on_utc timestamp with time zone
);

CREATE TABLE m_savings_account_charge (
    id bigint PRIMARY KEY,
    savings_account_id bigint NOT NULL REFERENCES m_savings_account (id),
    charge_id bigint NOT NULL REFERENCES m_charge (id),
    is_penalty boolean NOT NULL DEFAULT false,
    charge_time_enum smallint NOT NULL,
    charge_due_date date,
    fee_on_month smallint,
    fee_on_day smallint,
    fee_interval smallint,
    charge_calculation_enum smallint NOT NULL,
    calculation_percentage decimal(19,6),
    calculation_on_amount decimal(19,6),
    amount decimal(19,6) NOT NULL,
    amount_paid_derived decimal(19,6),
    amount_waived_derived decimal(19,6),
    amount_writtenoff_derived decimal(19,6),
    amount_outstanding_derived decimal(19,6) NOT NULL DEFAULT 0,
    is_paid_derived boolean NOT NULL DEFAULT false,
    waived boolean NOT NULL DEFAULT false,
    is_active boolean NOT NULL DEFAULT true,
    inactivated_on_date date
);

CREATE TABLE m_savings_account_charge_paid_by (
    id bigint PRIMARY KEY,
    savings_account_transaction_id bigint NOT NULL REFERENCES m_savings_account_transaction (id),
    savings_account_charge_id bigint NOT NULL REFERENCES m_savings_account_charge (id),
    amount decimal(19,6) NOT NULL
);

CREATE TABLE m_client_transaction (
    id bigint PRIMARY KEY,
    client_id bigint NOT NULL REFERENCES m_client (id),
    office_id bigint NOT NULL REFERENCES m_office (id),
    currency_code varchar(3) NOT NULL,
    payment_detail_id bigint REFERENCES m_payment_detail (id),
    is_reversed boolean NOT NULL,
    external_id varchar(100) UNIQUE,
    transaction_date date NOT NULL,
    transaction_type_enum smallint NOT NULL,
    amount decimal(19,6) NOT NULL,
    created_date timestamp NOT NULL,
    appuser_id bigint REFERENCES m_appuser (id)
);

CREATE TABLE m_client_charge (
    id bigint PRIMARY KEY,
    client_id bigint NOT NULL REFERENCES m_client (id),
    charge_id bigint NOT NULL REFERENCES m_charge (id),
    is_penalty boolean NOT NULL DEFAULT false,
    charge_time_enum smallint NOT NULL,
    charge_due_date date,
    charge_calculation_enum smallint NOT NULL,
    amount decimal(19,6) NOT NULL,
    amount_paid_derived decimal(19,6),
    amount_waived_derived decimal(19,6),
    amount_writtenoff_derived decimal(19,6),
    amount_outstanding_derived decimal(19,6) NOT NULL DEFAULT 0,
    is_paid_derived boolean NOT NULL DEFAULT false,
    waived boolean NOT NULL DEFAULT false,
    is_active boolean NOT NULL DEFAULT true,
    inactivated_on_date date
);

CREATE TABLE m_client_charge_paid_by (
    id bigint PRIMARY KEY,
    client_transaction_id bigint NOT NULL REFERENCES m_client_transaction (id),
    client_charge_id bigint NOT NULL REFERENCES m_client_charge (id),
    amount decimal(19,6) NOT NULL
);

CREATE TABLE m_account_transfer_details (
    id bigint PRIMARY KEY,
    from_office_id bigint NOT NULL REFERENCES m_office (id),
    to_office_id bigint NOT NULL REFERENCES m_office (id),
    from_client_id bigint REFERENCES m_client (id),
    to_client_id bigint REFERENCES m_client (id),
    from_savings_account_id bigint REFERENCES m_savings_account (id),
    to_savings_account_id bigint REFERENCES m_savings_account (id),
    from_loan_account_id bigint REFERENCES m_loan (id),
    to_loan_account_id bigint REFERENCES m_loan (id),
    transfer_type smallint
);

CREATE TABLE m_account_transfer_transaction (
    id bigint PRIMARY KEY,
    account_transfer_details_id bigint NOT NULL REFERENCES m_account_transfer_details (id),
    from_savings_transaction_id bigint REFERENCES m_savings_account_transaction (id),
    from_loan_transaction_id bigint REFERENCES m_loan_transaction (id),
    to_savings_transaction_id bigint REFERENCES m_savings_account_transaction (id),
    to_loan_transaction_id bigint REFERENCES m_loan_transaction (id),
    is_reversed boolean NOT NULL,
    transaction_date date NOT NULL,
    currency_code varchar(3) NOT NULL,
    currency_digits smallint NOT NULL,
    amount decimal(19,6) NOT NULL,
    description varchar(200) NOT NULL
);

CREATE TABLE m_account_transfer_standing_instructions (
    id bigint PRIMARY KEY,
    name varchar(250) NOT NULL UNIQUE,
    account_transfer_details_id bigint NOT NULL REFERENCES m_account_transfer_details (id),
    priority smallint NOT NULL,
    status smallint NOT NULL,
    instruction_type smallint NOT NULL,
    amount decimal(19,6),
    valid_from date NOT NULL,
    valid_till date,
    recurrence_type smallint NOT NULL,
    recurrence_frequency smallint,
    recurrence_interval smallint,
    recurrence_on_day smallint,
    recurrence_on_month smallint,
    last_run_date date
);

CREATE TABLE m_account_transfer_standing_instructions_history (
    id bigint PRIMARY KEY,
    standing_instruction_id bigint NOT NULL REFERENCES m_account_transfer_standing_instructions (id),
    status varchar(20) NOT NULL,
    execution_time timestamp NOT NULL,
    amount decimal(19,6) NOT NULL,
    error_log varchar(500)
);

CREATE TABLE m_portfolio_account_associations (
    id bigint PRIMARY KEY,
    loan_account_id bigint REFERENCES m_loan (id),
    savings_account_id bigint REFERENCES m_savings_account (id),
    linked_loan_account_id bigint REFERENCES m_loan (id),
    linked_savings_account_id bigint REFERENCES m_savings_account (id),
    association_type_enum smallint NOT NULL DEFAULT 1,
    is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE m_loan_topup (
    id bigint PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES m_loan (id),
    closure_loan_id bigint NOT NULL REFERENCES m_loan (id),
    account_transfer_details_id bigint REFERENCES m_account_transfer_details (id),
    topup_amount decimal(19,6)
);

CREATE TABLE m_calendar (
    id bigint PRIMARY KEY,
    title varchar(50) NOT NULL,
    description varchar(100),
    location varchar(100),
    start_date date NOT NULL,
    end_date date,
    duration smallint,
    calendar_type_enum smallint NOT NULL,
    repeating boolean NOT NULL DEFAULT false,
    recurrence varchar(100),
    remind_by_enum smallint,
    first_reminder smallint,
    second_reminder smallint,
    meeting_time time,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_calendar_instance (
    id bigint PRIMARY KEY,
    calendar_id bigint NOT NULL REFERENCES m_calendar (id),
    entity_id bigint NOT NULL,
    entity_type_enum smallint NOT NULL
);

CREATE TABLE m_holiday (
    id bigint PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE,
    from_date date NOT NULL,
    to_date date NOT NULL,
    repayments_rescheduled_to date,
    status_enum integer NOT NULL DEFAULT 100,
    processed boolean NOT NULL DEFAULT false,
    description varchar(100),
    rescheduling_type integer NOT NULL DEFAULT 2
);

CREATE TABLE m_holiday_office (
    holiday_id bigint NOT NULL REFERENCES m_holiday (id),
    office_id bigint NOT NULL REFERENCES m_office (id),
    PRIMARY KEY (holiday_id, office_id)
);

CREATE TABLE m_working_days (
    id bigint PRIMARY KEY,
    recurrence varchar(100),
    repayment_rescheduling_enum smallint,
    extend_term_daily_repayments boolean DEFAULT false
);

CREATE TABLE m_note (
    id bigint PRIMARY KEY,
    client_id bigint REFERENCES m_client (id),
    group_id bigint REFERENCES m_group (id),
    loan_id bigint REFERENCES m_loan (id),
    loan_transaction_id bigint REFERENCES m_loan_transaction (id),
    savings_account_id bigint REFERENCES m_savings_account (id),
    savings_account_transaction_id bigint REFERENCES m_savings_account_transaction (id),
    note_type_enum smallint NOT NULL,
    note text,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_document (
    id integer PRIMARY KEY,
    parent_entity_type varchar(50) NOT NULL,
    parent_entity_id integer NOT NULL DEFAULT 0,
    name varchar(250) NOT NULL,
    file_name varchar(250) NOT NULL,
    size integer DEFAULT 0,
    type varchar(500),
    description varchar(1000),
    location varchar(500) NOT NULL DEFAULT '0',
    storage_type_enum smallint
);

CREATE TABLE m_portfolio_command_source (
    id bigint PRIMARY KEY,
    action_name varchar(50) NOT NULL,
    entity_name varchar(50) NOT NULL,
    office_id bigint REFERENCES m_office (id),
    group_id bigint REFERENCES m_group (id),
    client_id bigint REFERENCES m_client (id),
    loan_id bigint REFERENCES m_loan (id),
    savings_account_id bigint REFERENCES m_savings_account (id),
    api_get_url varchar(100) NOT NULL,
    resource_id bigint,
    subresource_id bigint,
    command_as_json text NOT NULL,
    maker_id bigint NOT NULL REFERENCES m_appuser (id),
    made_on_date timestamp NOT NULL,
    checker_id bigint REFERENCES m_appuser (id),
    checked_on_date timestamp,
    processing_result_enum smallint NOT NULL,
    product_id bigint,
    transaction_id varchar(100),
    job_name varchar(100),
    idempotency_key varchar(50)
);

CREATE TABLE acc_gl_closure (
    id bigint PRIMARY KEY,
    office_id bigint NOT NULL REFERENCES m_office (id),
    closing_date date NOT NULL,
    is_deleted boolean NOT NULL DEFAULT false,
    comments varchar(500),
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE acc_gl_journal_entry (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES acc_gl_account (id),
    office_id bigint NOT NULL REFERENCES m_office (id),
    reversal_id bigint REFERENCES acc_gl_journal_entry (id),
    currency_code varchar(3) NOT NULL,
    transaction_id varchar(50) NOT NULL,
    loan_transaction_id bigint REFERENCES m_loan_transaction (id),
    savings_transaction_id bigint REFERENCES m_savings_account_transaction (id),
    client_transaction_id bigint REFERENCES m_client_transaction (id),
    payment_details_id bigint REFERENCES m_payment_detail (id),
    reversed boolean NOT NULL DEFAULT false,
    ref_num varchar(100),
    manual_entry boolean NOT NULL DEFAULT false,
    entry_date date NOT NULL,
    type_enum smallint NOT NULL,
    amount decimal(19,6) NOT NULL,
    description varchar(500),
    entity_type_enum smallint,
    entity_id bigint,
    is_running_balance_calculated boolean NOT NULL DEFAULT false,
    office_running_balance decimal(19,6) NOT NULL DEFAULT 0,
    organization_running_balance decimal(19,6) NOT NULL DEFAULT 0,
    transaction_date date NOT NULL,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE acc_product_mapping (
    id bigint PRIMARY KEY,
    gl_account_id bigint REFERENCES acc_gl_account (id),
    product_id bigint,
    product_type smallint,
    payment_type integer REFERENCES m_payment_type (id),
    charge_id bigint REFERENCES m_charge (id),
    financial_account_type smallint
);

CREATE TABLE acc_accounting_rule (
    id bigint PRIMARY KEY,
    name varchar(100) UNIQUE,
    office_id bigint REFERENCES m_office (id),
    debit_account_id bigint REFERENCES acc_gl_account (id),
    allow_multiple_debits boolean NOT NULL DEFAULT false,
    credit_account_id bigint REFERENCES acc_gl_account (id),
    allow_multiple_credits boolean NOT NULL DEFAULT false,
    description varchar(500),
    system_defined boolean NOT NULL DEFAULT false
);

CREATE TABLE acc_rule_tags (
    id bigint PRIMARY KEY,
    acc_rule_id bigint NOT NULL REFERENCES acc_accounting_rule (id),
    tag_id integer NOT NULL REFERENCES m_code_value (id),
    acc_type_enum smallint NOT NULL,
    UNIQUE (acc_rule_id, tag_id, acc_type_enum)
);

CREATE TABLE m_tellers (
    id bigint PRIMARY KEY,
    office_id bigint NOT NULL REFERENCES m_office (id),
    debit_account_id bigint REFERENCES acc_gl_account (id),
    credit_account_id bigint REFERENCES acc_gl_account (id),
    name varchar(50) NOT NULL UNIQUE,
    description varchar(100),
    valid_from date,
    valid_to date,
    state smallint
);

CREATE TABLE m_cashiers (
    id bigint PRIMARY KEY,
    staff_id bigint REFERENCES m_staff (id),
    teller_id bigint REFERENCES m_tellers (id),
    description varchar(100),
    start_date date,
    end_date date,
    start_time varchar(10),
    end_time varchar(10),
    full_day boolean
);

CREATE TABLE m_cashier_transactions (
    id bigint PRIMARY KEY,
    cashier_id bigint REFERENCES m_cashiers (id),
    txn_type smallint NOT NULL,
    txn_amount decimal(19,6) NOT NULL,
    txn_date date NOT NULL,
    created_date timestamp NOT NULL,
    entity_type varchar(50),
    entity_id bigint,
    txn_note varchar(200),
    currency_code varchar(3)
);

CREATE TABLE m_hook_templates (
    id smallint PRIMARY KEY,
    name varchar(45) NOT NULL
);

CREATE TABLE m_hook (
    id bigint PRIMARY KEY,
    template_id smallint NOT NULL REFERENCES m_hook_templates (id),
    is_active boolean NOT NULL DEFAULT true,
    name varchar(45) NOT NULL,
    createdby_id bigint REFERENCES m_appuser (id),
    created_date timestamp,
    lastmodifiedby_id bigint REFERENCES m_appuser (id),
    lastmodified_date timestamp
);

CREATE TABLE m_hook_registered_events (
    id bigint PRIMARY KEY,
    hook_id bigint NOT NULL REFERENCES m_hook (id),
    entity_name varchar(45) NOT NULL,
    action_name varchar(45) NOT NULL
);

CREATE TABLE job (
    id bigint PRIMARY KEY,
    name varchar(50) NOT NULL,
    display_name varchar(50) NOT NULL,
    cron_expression varchar(20) NOT NULL,
    create_time timestamp NOT NULL,
    task_priority smallint NOT NULL DEFAULT 5,
    group_name varchar(50),
    previous_run_start_time timestamp,
    next_run_time timestamp,
    job_key varchar(500),
    initializing_errorlog text,
    is_active boolean NOT NULL DEFAULT true,
    currently_running boolean NOT NULL DEFAULT false,
    updates_allowed boolean NOT NULL DEFAULT true,
    scheduler_group smallint NOT NULL DEFAULT 0,
    is_misfired boolean NOT NULL DEFAULT false,
    node_id integer NOT NULL DEFAULT 1,
    short_name varchar(50)
);

CREATE TABLE job_run_history (
    id bigint PRIMARY KEY,
    job_id bigint NOT NULL REFERENCES job (id),
    version bigint NOT NULL,
    start_time timestamp NOT NULL,
    end_time timestamp NOT NULL,
    status varchar(10) NOT NULL,
    error_message varchar(500),
    trigger_type varchar(25) NOT NULL,
    error_log text
);

CREATE TABLE x_registered_table (
    registered_table_name varchar(50) PRIMARY KEY,
    application_table_name varchar(50) NOT NULL,
    entity_subtype varchar(50),
    category integer NOT NULL DEFAULT 0
);

CREATE TABLE m_entity_datatable_check (
    id bigint PRIMARY KEY,
    application_table_name varchar(200) NOT NULL,
    x_registered_table_name varchar(50) NOT NULL REFERENCES x_registered_table (registered_table_name),
    status_enum integer NOT NULL,
    system_defined boolean NOT NULL DEFAULT false,
    product_id bigint
);

CREATE TABLE c_configuration (
    id bigint PRIMARY KEY,
    name varchar(100) UNIQUE,
    value bigint,
    date_value date,
    string_value varchar(100),
    enabled boolean NOT NULL DEFAULT false,
    is_trap_door boolean NOT NULL DEFAULT false,
    description varchar(300)
);

CREATE TABLE c_external_service (
    id bigint PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE
);

CREATE TABLE c_external_service_properties (
    name varchar(150) NOT NULL,
    value varchar(250),
    external_service_id bigint NOT NULL REFERENCES c_external_service (id),
    PRIMARY KEY (name, external_service_id)
);
