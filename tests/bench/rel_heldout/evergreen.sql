-- evergreen.sql: a twenty-seventh blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind27). The database of
-- an Evergreen ILS install, the open-source integrated library system of
-- the US state consortia (Perl / PostgreSQL): the organisation tree
-- (actor.org_unit and its types, addresses, hours, settings), patrons
-- (actor.usr, cards, addresses, notes, penalties, statistical
-- categories, settings), permissions (permission.grp_tree, perm_list and
-- their maps), bibliographic records, call numbers and items (biblio,
-- asset), circulation, holds, transits, in-house and non-catalogued uses
-- and surveys (action), fines and payments (money), the notification
-- engine (action_trigger) and a part of acquisitions (acq).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Evergreen's schema, trimmed.
-- Evergreen spreads its tables over schemas (actor, permission, config,
-- biblio, asset, action, money, action_trigger, acq); here they are
-- written unqualified, as a dump with search_path over them would read (a
-- DDL source here is one SQLite file), and no two kept tables share a
-- name (actor.stat_cat is kept, asset.stat_cat is not).
-- Conventions: every table is keyed by a serial or bigserial `id`; links
-- carry no suffix and are named by the thing or by a role: usr, card,
-- profile -> grp_tree, home_ou / circ_lib / owning_lib / pickup_lib /
-- request_lib / checkin_lib / ordering_agency / org_unit / org / owner /
-- source / dest / parent_ou -> org_unit, ou_type, creator / editor /
-- requestor / circ_staff / checkin_staff / staff / voider / patron /
-- selector / receiver / accepting_usr / target_usr -> usr, target_copy /
-- current_copy / owning_copy / copy / item / eg_copy_id -> copy,
-- call_number, record / eg_bib_id -> record_entry, status / copy_status
-- -> copy_status, location -> copy_location, xact -> billable_xact, hold
-- -> hold_request, event_def, grp, perm, standing_penalty, stat_cat,
-- mailing_address / billing_address / ill_address / holds_address ->
-- usr_address or org_address, prev_hop -> transit_copy, parent_circ ->
-- circulation, template_output / error_output -> event_output,
-- workstation / checkin_workstation / cash_drawer -> workstation; a few
-- keys are text codes (config.circ_modifier.code, i18n_locale.code,
-- language_map.code, acq.currency_type.code, the names of
-- org_unit_setting_type, usr_setting_type and settings_group, the key of
-- action_trigger.hook, the module of reactor), linked as circ_modifier,
-- locale, marc_code, currency_type, name, grp, hook, reactor,
-- opt_in_setting.
-- Evergreen declares its FKs (DEFERRABLE INITIALLY DEFERRED): the
-- REFERENCES are those, and the links its code follows where table
-- inheritance stops PostgreSQL from declaring them (money.billing.xact
-- and the payments' xact -> money.billable_xact, whose rows are those of
-- its children action.circulation and money.grocery; written here as a
-- plain table).
-- Left without REFERENCES: action.hold_request.target (a record, a call
-- number, a copy, a part or a metarecord by hold_type),
-- action_trigger.event.target (a row of the hook's core_type),
-- actor.usr.usrgroup (a number shared by a family's accounts, from a
-- sequence), the copied rule names of a circulation (duration_rule,
-- recurring_fine_rule, max_fine_rule), money.billing.billing_type (the
-- type's name copied as text beside btype),
-- actor.stat_cat_entry_usr_map.stat_cat_entry (the entry's value copied
-- as text), action.survey_response.response_group_id (a number shared by
-- one sitting's answers), tcn_value / tcn_source, last_xact_id,
-- asset.copy.circ_as_type (a MARC type code), actor.usr.standing
-- (config.standing, not kept), event_definition.validator (the
-- validator table, not kept), the text and barcode columns.

CREATE TABLE org_unit_type (
    id serial PRIMARY KEY,
    name text NOT NULL,
    opac_label text NOT NULL,
    depth integer NOT NULL,
    parent integer REFERENCES org_unit_type (id) DEFERRABLE INITIALLY DEFERRED,
    can_have_vols boolean NOT NULL DEFAULT true,
    can_have_users boolean NOT NULL DEFAULT true
);

CREATE TABLE org_unit (
    id serial PRIMARY KEY,
    parent_ou integer REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    ou_type integer NOT NULL REFERENCES org_unit_type (id) DEFERRABLE INITIALLY DEFERRED,
    ill_address integer REFERENCES org_address (id) DEFERRABLE INITIALLY DEFERRED,
    holds_address integer REFERENCES org_address (id) DEFERRABLE INITIALLY DEFERRED,
    mailing_address integer REFERENCES org_address (id) DEFERRABLE INITIALLY DEFERRED,
    billing_address integer REFERENCES org_address (id) DEFERRABLE INITIALLY DEFERRED,
    shortname text NOT NULL UNIQUE,
    name text NOT NULL UNIQUE,
    email text,
    phone text,
    opac_visible boolean NOT NULL DEFAULT true
);

CREATE TABLE org_address (
    id serial PRIMARY KEY,
    valid boolean NOT NULL DEFAULT true,
    address_type text NOT NULL DEFAULT 'MAILING',
    org_unit integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    street1 text NOT NULL,
    street2 text,
    city text NOT NULL,
    county text,
    state text,
    country text NOT NULL,
    post_code text NOT NULL,
    san text,
    latitude double precision,
    longitude double precision
);

CREATE TABLE hours_of_operation (
    id int PRIMARY KEY REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    dow_0_open time NOT NULL DEFAULT '09:00',
    dow_0_close time NOT NULL DEFAULT '17:00',
    dow_1_open time NOT NULL DEFAULT '09:00',
    dow_1_close time NOT NULL DEFAULT '17:00',
    dow_2_open time NOT NULL DEFAULT '09:00',
    dow_2_close time NOT NULL DEFAULT '17:00',
    dow_3_open time NOT NULL DEFAULT '09:00',
    dow_3_close time NOT NULL DEFAULT '17:00',
    dow_4_open time NOT NULL DEFAULT '09:00',
    dow_4_close time NOT NULL DEFAULT '17:00',
    dow_5_open time NOT NULL DEFAULT '09:00',
    dow_5_close time NOT NULL DEFAULT '17:00',
    dow_6_open time NOT NULL DEFAULT '09:00',
    dow_6_close time NOT NULL DEFAULT '17:00'
);

CREATE TABLE settings_group (
    name text PRIMARY KEY,
    label text NOT NULL UNIQUE
);

CREATE TABLE perm_list (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    description text
);

CREATE TABLE org_unit_setting_type (
    name text PRIMARY KEY,
    label text NOT NULL UNIQUE,
    grp text REFERENCES settings_group (name) DEFERRABLE INITIALLY DEFERRED,
    description text,
    datatype text NOT NULL DEFAULT 'string',
    fm_class text,
    view_perm integer REFERENCES perm_list (id) DEFERRABLE INITIALLY DEFERRED,
    update_perm integer REFERENCES perm_list (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE org_unit_setting (
    id bigserial PRIMARY KEY,
    org_unit integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL REFERENCES org_unit_setting_type (name) DEFERRABLE INITIALLY DEFERRED,
    value text NOT NULL,
    UNIQUE (org_unit, name)
);

CREATE TABLE language_map (
    code text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE i18n_locale (
    code text PRIMARY KEY,
    marc_code text NOT NULL REFERENCES language_map (code) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL UNIQUE,
    description text,
    rtl boolean NOT NULL DEFAULT false
);

CREATE TABLE grp_tree (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    parent integer REFERENCES grp_tree (id) DEFERRABLE INITIALLY DEFERRED,
    usergroup boolean NOT NULL DEFAULT true,
    perm_interval interval NOT NULL DEFAULT '3 years',
    description text,
    application_perm text,
    hold_priority integer NOT NULL DEFAULT 0
);

CREATE TABLE identification_type (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE net_access_level (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE standing_penalty (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    label text NOT NULL,
    block_list text,
    staff_alert boolean NOT NULL DEFAULT false,
    org_depth integer,
    ignore_proximity integer
);

CREATE TABLE usr (
    id serial PRIMARY KEY,
    card integer UNIQUE REFERENCES card (id) DEFERRABLE INITIALLY DEFERRED,
    profile integer NOT NULL REFERENCES grp_tree (id) DEFERRABLE INITIALLY DEFERRED,
    usrname text NOT NULL UNIQUE,
    email text,
    passwd text,
    standing integer NOT NULL DEFAULT 1,
    ident_type integer NOT NULL REFERENCES identification_type (id) DEFERRABLE INITIALLY DEFERRED,
    ident_value text,
    ident_type2 integer REFERENCES identification_type (id) DEFERRABLE INITIALLY DEFERRED,
    ident_value2 text,
    net_access_level integer NOT NULL DEFAULT 1 REFERENCES net_access_level (id) DEFERRABLE INITIALLY DEFERRED,
    photo_url text,
    prefix text,
    first_given_name text NOT NULL,
    second_given_name text,
    family_name text NOT NULL,
    suffix text,
    alias text,
    day_phone text,
    evening_phone text,
    other_phone text,
    mailing_address integer REFERENCES usr_address (id) DEFERRABLE INITIALLY DEFERRED,
    billing_address integer REFERENCES usr_address (id) DEFERRABLE INITIALLY DEFERRED,
    home_ou integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    dob date,
    active boolean NOT NULL DEFAULT true,
    master_account boolean NOT NULL DEFAULT false,
    super_user boolean NOT NULL DEFAULT false,
    barred boolean NOT NULL DEFAULT false,
    deleted boolean NOT NULL DEFAULT false,
    juvenile boolean NOT NULL DEFAULT false,
    usrgroup integer NOT NULL,
    claims_returned_count integer NOT NULL DEFAULT 0,
    credit_forward_balance numeric(6,2) NOT NULL DEFAULT 0.00,
    last_xact_id text NOT NULL DEFAULT 'none',
    alert_message text,
    create_date timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expire_date timestamptz NOT NULL,
    claims_never_checked_out_count integer NOT NULL DEFAULT 0,
    last_update_time timestamptz,
    pref_first_given_name text,
    pref_family_name text,
    name_keywords text,
    locale text REFERENCES i18n_locale (code) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE card (
    id serial PRIMARY KEY,
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    barcode text NOT NULL UNIQUE,
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE usr_address (
    id serial PRIMARY KEY,
    valid boolean NOT NULL DEFAULT true,
    within_city_limits boolean NOT NULL DEFAULT true,
    address_type text NOT NULL DEFAULT 'MAILING',
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    street1 text NOT NULL,
    street2 text,
    city text NOT NULL,
    county text,
    state text,
    country text NOT NULL,
    post_code text NOT NULL,
    pending boolean NOT NULL DEFAULT false,
    replaces integer REFERENCES usr_address (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE usr_setting_type (
    name text PRIMARY KEY,
    opac_visible boolean NOT NULL DEFAULT false,
    label text NOT NULL UNIQUE,
    description text,
    grp text REFERENCES settings_group (name) DEFERRABLE INITIALLY DEFERRED,
    datatype text NOT NULL DEFAULT 'string',
    fm_class text,
    reg_default text
);

CREATE TABLE usr_setting (
    id bigserial PRIMARY KEY,
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL REFERENCES usr_setting_type (name) DEFERRABLE INITIALLY DEFERRED,
    value text NOT NULL,
    UNIQUE (usr, name)
);

CREATE TABLE usr_note (
    id bigserial PRIMARY KEY,
    usr bigint NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    creator bigint NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    create_date timestamptz DEFAULT CURRENT_TIMESTAMP,
    pub boolean NOT NULL DEFAULT false,
    title text NOT NULL,
    value text NOT NULL
);

CREATE TABLE usr_standing_penalty (
    id serial PRIMARY KEY,
    org_unit integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    standing_penalty integer NOT NULL REFERENCES standing_penalty (id) DEFERRABLE INITIALLY DEFERRED,
    staff integer REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    set_date timestamptz DEFAULT CURRENT_TIMESTAMP,
    stop_date timestamptz,
    note text
);

CREATE TABLE workstation (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    owning_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stat_cat (
    id serial PRIMARY KEY,
    owner integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL,
    opac_visible boolean NOT NULL DEFAULT false,
    usr_summary boolean NOT NULL DEFAULT false,
    sip_format text,
    checkout_archive boolean NOT NULL DEFAULT false,
    required boolean NOT NULL DEFAULT false,
    allow_freetext boolean NOT NULL DEFAULT true
);

CREATE TABLE stat_cat_entry (
    id serial PRIMARY KEY,
    stat_cat integer NOT NULL REFERENCES stat_cat (id) DEFERRABLE INITIALLY DEFERRED,
    owner integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    value text NOT NULL
);

CREATE TABLE stat_cat_entry_usr_map (
    id bigserial PRIMARY KEY,
    stat_cat_entry text NOT NULL,
    stat_cat integer NOT NULL REFERENCES stat_cat (id) DEFERRABLE INITIALLY DEFERRED,
    target_usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (stat_cat, target_usr)
);

CREATE TABLE grp_perm_map (
    id serial PRIMARY KEY,
    grp integer NOT NULL REFERENCES grp_tree (id) DEFERRABLE INITIALLY DEFERRED,
    perm integer NOT NULL REFERENCES perm_list (id) DEFERRABLE INITIALLY DEFERRED,
    depth integer NOT NULL,
    grantable boolean NOT NULL DEFAULT false,
    UNIQUE (grp, perm)
);

CREATE TABLE usr_perm_map (
    id serial PRIMARY KEY,
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    perm integer NOT NULL REFERENCES perm_list (id) DEFERRABLE INITIALLY DEFERRED,
    depth integer NOT NULL,
    grantable boolean NOT NULL DEFAULT false,
    UNIQUE (usr, perm)
);

CREATE TABLE usr_grp_map (
    id serial PRIMARY KEY,
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    grp integer NOT NULL REFERENCES grp_tree (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (usr, grp)
);

CREATE TABLE usr_work_ou_map (
    id serial PRIMARY KEY,
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    work_ou integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (usr, work_ou)
);

CREATE TABLE bib_source (
    id serial PRIMARY KEY,
    quality integer,
    source text NOT NULL UNIQUE,
    transcendant boolean NOT NULL DEFAULT false,
    can_have_copies boolean NOT NULL DEFAULT true
);

CREATE TABLE record_entry (
    id bigserial PRIMARY KEY,
    creator integer NOT NULL DEFAULT 1 REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    editor integer NOT NULL DEFAULT 1 REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    source integer REFERENCES bib_source (id) DEFERRABLE INITIALLY DEFERRED,
    quality integer,
    create_date timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    edit_date timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    active boolean NOT NULL DEFAULT true,
    deleted boolean NOT NULL DEFAULT false,
    fingerprint text,
    tcn_source text NOT NULL DEFAULT 'AUTOGEN',
    tcn_value text NOT NULL,
    marc text NOT NULL,
    last_xact_id text NOT NULL,
    owner integer REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    share_depth integer
);

CREATE TABLE monograph_part (
    id serial PRIMARY KEY,
    record bigint NOT NULL REFERENCES record_entry (id) DEFERRABLE INITIALLY DEFERRED,
    label text NOT NULL,
    label_sortkey text NOT NULL,
    deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE call_number_class (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    normalizer text NOT NULL DEFAULT 'asset.normalize_generic',
    field text NOT NULL DEFAULT '050ab,055ab,060ab'
);

CREATE TABLE call_number_prefix (
    id serial PRIMARY KEY,
    owning_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    label text NOT NULL,
    label_sortkey text
);

CREATE TABLE call_number_suffix (
    id serial PRIMARY KEY,
    owning_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    label text NOT NULL,
    label_sortkey text
);

CREATE TABLE call_number (
    id bigserial PRIMARY KEY,
    creator bigint NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    create_date timestamptz DEFAULT CURRENT_TIMESTAMP,
    editor bigint NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    edit_date timestamptz DEFAULT CURRENT_TIMESTAMP,
    record bigint NOT NULL REFERENCES record_entry (id) DEFERRABLE INITIALLY DEFERRED,
    owning_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    label text NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    prefix integer NOT NULL DEFAULT -1 REFERENCES call_number_prefix (id) DEFERRABLE INITIALLY DEFERRED,
    suffix integer NOT NULL DEFAULT -1 REFERENCES call_number_suffix (id) DEFERRABLE INITIALLY DEFERRED,
    label_class bigint NOT NULL DEFAULT 1 REFERENCES call_number_class (id) DEFERRABLE INITIALLY DEFERRED,
    label_sortkey text
);

CREATE TABLE copy_location (
    id serial PRIMARY KEY,
    name text NOT NULL,
    owning_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    holdable boolean NOT NULL DEFAULT true,
    hold_verify boolean NOT NULL DEFAULT false,
    opac_visible boolean NOT NULL DEFAULT true,
    circulate boolean NOT NULL DEFAULT true,
    label_prefix text,
    label_suffix text,
    checkin_alert boolean NOT NULL DEFAULT false,
    deleted boolean NOT NULL DEFAULT false,
    url text
);

CREATE TABLE copy_status (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    holdable boolean NOT NULL DEFAULT false,
    opac_visible boolean NOT NULL DEFAULT false,
    copy_active boolean NOT NULL DEFAULT false,
    restrict_copy_delete boolean NOT NULL DEFAULT false,
    is_available boolean NOT NULL DEFAULT false
);

CREATE TABLE circ_modifier (
    code text PRIMARY KEY,
    name text NOT NULL UNIQUE,
    description text NOT NULL,
    sip2_media_type text NOT NULL,
    magnetic_media boolean NOT NULL DEFAULT true,
    avg_wait_time interval
);

CREATE TABLE rule_age_hold_protect (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    age interval NOT NULL,
    prox integer NOT NULL
);

CREATE TABLE floating_group (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    manual boolean NOT NULL DEFAULT false
);

CREATE TABLE copy (
    id bigserial PRIMARY KEY,
    circ_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    creator bigint NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    call_number bigint NOT NULL REFERENCES call_number (id) DEFERRABLE INITIALLY DEFERRED,
    editor bigint NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    create_date timestamptz DEFAULT CURRENT_TIMESTAMP,
    edit_date timestamptz DEFAULT CURRENT_TIMESTAMP,
    copy_number integer,
    status integer NOT NULL DEFAULT 0 REFERENCES copy_status (id) DEFERRABLE INITIALLY DEFERRED,
    location integer NOT NULL DEFAULT 1 REFERENCES copy_location (id) DEFERRABLE INITIALLY DEFERRED,
    loan_duration integer NOT NULL,
    fine_level integer NOT NULL,
    age_protect integer REFERENCES rule_age_hold_protect (id) DEFERRABLE INITIALLY DEFERRED,
    circulate boolean NOT NULL DEFAULT true,
    deposit boolean NOT NULL DEFAULT false,
    ref boolean NOT NULL DEFAULT false,
    holdable boolean NOT NULL DEFAULT true,
    deposit_amount numeric(6,2) NOT NULL DEFAULT 0.00,
    price numeric(8,2),
    barcode text NOT NULL,
    circ_modifier text REFERENCES circ_modifier (code) DEFERRABLE INITIALLY DEFERRED,
    circ_as_type text,
    dummy_title text,
    dummy_author text,
    alert_message text,
    opac_visible boolean NOT NULL DEFAULT true,
    deleted boolean NOT NULL DEFAULT false,
    floating integer REFERENCES floating_group (id) DEFERRABLE INITIALLY DEFERRED,
    dummy_isbn text,
    status_changed_time timestamptz,
    active_date timestamptz,
    mint_condition boolean NOT NULL DEFAULT true,
    cost numeric(8,2)
);

CREATE TABLE copy_part_map (
    id serial PRIMARY KEY,
    target_copy bigint NOT NULL REFERENCES copy (id) DEFERRABLE INITIALLY DEFERRED,
    part integer NOT NULL REFERENCES monograph_part (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE copy_note (
    id bigserial PRIMARY KEY,
    owning_copy bigint NOT NULL REFERENCES copy (id) DEFERRABLE INITIALLY DEFERRED,
    creator bigint NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    create_date timestamptz DEFAULT CURRENT_TIMESTAMP,
    pub boolean NOT NULL DEFAULT false,
    title text NOT NULL,
    value text NOT NULL
);

CREATE TABLE copy_alert_type (
    id serial PRIMARY KEY,
    scope_org integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    active boolean NOT NULL DEFAULT true,
    name text NOT NULL UNIQUE,
    state text,
    event text,
    in_renew boolean,
    invert_location boolean NOT NULL DEFAULT false,
    at_circ boolean,
    at_owning boolean,
    next_status integer[]
);

CREATE TABLE copy_alert (
    id bigserial PRIMARY KEY,
    alert_type integer NOT NULL REFERENCES copy_alert_type (id) DEFERRABLE INITIALLY DEFERRED,
    copy bigint NOT NULL REFERENCES copy (id) DEFERRABLE INITIALLY DEFERRED,
    temp boolean NOT NULL DEFAULT false,
    create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    create_staff bigint NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    note text,
    ack_time timestamptz,
    ack_staff bigint REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE billable_xact (
    id bigserial PRIMARY KEY,
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    xact_start timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    xact_finish timestamptz,
    unrecovered boolean
);

CREATE TABLE circulation (
    id bigserial PRIMARY KEY,
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    xact_start timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    xact_finish timestamptz,
    unrecovered boolean,
    target_copy bigint NOT NULL REFERENCES copy (id) DEFERRABLE INITIALLY DEFERRED,
    circ_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    circ_staff integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    checkin_staff integer REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    checkin_lib integer REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    renewal_remaining integer NOT NULL,
    grace_period interval NOT NULL,
    due_date timestamptz,
    stop_fines_time timestamptz,
    checkin_time timestamptz,
    create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    duration interval,
    fine_interval interval NOT NULL DEFAULT '1 day',
    recurring_fine numeric(6,2),
    max_fine numeric(6,2),
    phone_renewal boolean NOT NULL DEFAULT false,
    desk_renewal boolean NOT NULL DEFAULT false,
    opac_renewal boolean NOT NULL DEFAULT false,
    duration_rule text NOT NULL,
    recurring_fine_rule text NOT NULL,
    max_fine_rule text NOT NULL,
    stop_fines text,
    workstation integer REFERENCES workstation (id) DEFERRABLE INITIALLY DEFERRED,
    checkin_workstation integer REFERENCES workstation (id) DEFERRABLE INITIALLY DEFERRED,
    copy_location integer NOT NULL DEFAULT 1 REFERENCES copy_location (id) DEFERRABLE INITIALLY DEFERRED,
    checkin_scan_time timestamptz,
    parent_circ bigint REFERENCES circulation (id) DEFERRABLE INITIALLY DEFERRED,
    auto_renewal boolean,
    auto_renewal_remaining integer
);

CREATE TABLE grocery (
    id bigserial PRIMARY KEY,
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    xact_start timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    xact_finish timestamptz,
    unrecovered boolean,
    billing_location integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    note text
);

CREATE TABLE billing_type (
    id serial PRIMARY KEY,
    name text NOT NULL,
    owner integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    default_price numeric(6,2)
);

CREATE TABLE billing (
    id bigserial PRIMARY KEY,
    xact bigint NOT NULL REFERENCES billable_xact (id),
    billing_ts timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    voided boolean NOT NULL DEFAULT false,
    voider integer REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    void_time timestamptz,
    amount numeric(6,2) NOT NULL,
    billing_type text NOT NULL,
    btype integer NOT NULL REFERENCES billing_type (id) DEFERRABLE INITIALLY DEFERRED,
    note text,
    create_date timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    period_start timestamptz,
    period_end timestamptz
);

CREATE TABLE cash_payment (
    id bigserial PRIMARY KEY,
    xact bigint NOT NULL REFERENCES billable_xact (id),
    payment_ts timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    voided boolean NOT NULL DEFAULT false,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    cash_drawer integer REFERENCES workstation (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE forgive_payment (
    id bigserial PRIMARY KEY,
    xact bigint NOT NULL REFERENCES billable_xact (id),
    payment_ts timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    voided boolean NOT NULL DEFAULT false,
    amount numeric(6,2) NOT NULL,
    note text,
    amount_collected numeric(6,2) NOT NULL,
    accepting_usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE hold_request_cancel_cause (
    id serial PRIMARY KEY,
    label text UNIQUE
);

CREATE TABLE sms_carrier (
    id serial PRIMARY KEY,
    region text,
    name text,
    email_gateway text,
    active boolean DEFAULT true
);

CREATE TABLE hold_request (
    id serial PRIMARY KEY,
    request_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    capture_time timestamptz,
    fulfillment_time timestamptz,
    checkin_time timestamptz,
    return_time timestamptz,
    prev_check_time timestamptz,
    expire_time timestamptz,
    cancel_time timestamptz,
    cancel_cause integer REFERENCES hold_request_cancel_cause (id) DEFERRABLE INITIALLY DEFERRED,
    cancel_note text,
    target bigint NOT NULL,
    current_copy bigint REFERENCES copy (id) DEFERRABLE INITIALLY DEFERRED,
    fulfillment_staff integer REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    fulfillment_lib integer REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    request_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    requestor integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    usr integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    selection_ou integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    selection_depth integer NOT NULL DEFAULT 0,
    pickup_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    hold_type text NOT NULL,
    holdable_formats text,
    phone_notify text,
    email_notify boolean NOT NULL DEFAULT false,
    sms_notify text,
    sms_carrier integer REFERENCES sms_carrier (id) DEFERRABLE INITIALLY DEFERRED,
    frozen boolean NOT NULL DEFAULT false,
    thaw_date timestamptz,
    shelf_time timestamptz,
    cut_in_line boolean,
    mint_condition boolean NOT NULL DEFAULT true,
    shelf_expire_time timestamptz,
    current_shelf_lib integer REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    behind_desk boolean NOT NULL DEFAULT false
);

CREATE TABLE hold_copy_map (
    id bigserial PRIMARY KEY,
    hold integer NOT NULL REFERENCES hold_request (id) ON DELETE CASCADE,
    target_copy bigint NOT NULL REFERENCES copy (id),
    proximity numeric,
    UNIQUE (hold, target_copy)
);

CREATE TABLE transit_copy (
    id serial PRIMARY KEY,
    source_send_time timestamptz,
    dest_recv_time timestamptz,
    target_copy bigint NOT NULL REFERENCES copy (id),
    source integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    dest integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    prev_hop integer REFERENCES transit_copy (id) DEFERRABLE INITIALLY DEFERRED,
    copy_status integer NOT NULL REFERENCES copy_status (id) DEFERRABLE INITIALLY DEFERRED,
    persistant_transfer boolean NOT NULL DEFAULT false,
    prev_dest integer REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    cancel_time timestamptz
);

CREATE TABLE non_cataloged_type (
    id serial PRIMARY KEY,
    owning_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL,
    circ_duration interval NOT NULL DEFAULT '14 days',
    in_house boolean NOT NULL DEFAULT false
);

CREATE TABLE non_cataloged_circulation (
    id serial PRIMARY KEY,
    patron integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    staff integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    circ_lib integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    item_type integer NOT NULL REFERENCES non_cataloged_type (id) DEFERRABLE INITIALLY DEFERRED,
    circ_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE in_house_use (
    id serial PRIMARY KEY,
    item bigint NOT NULL REFERENCES copy (id),
    staff integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    workstation integer REFERENCES workstation (id) DEFERRABLE INITIALLY DEFERRED,
    org_unit integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    use_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE survey (
    id serial PRIMARY KEY,
    owner integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    start_date timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    end_date timestamptz NOT NULL,
    usr_summary boolean NOT NULL DEFAULT false,
    opac boolean NOT NULL DEFAULT false,
    poll boolean NOT NULL DEFAULT false,
    required boolean NOT NULL DEFAULT false,
    name text NOT NULL,
    description text NOT NULL
);

CREATE TABLE survey_question (
    id serial PRIMARY KEY,
    survey integer NOT NULL REFERENCES survey (id) DEFERRABLE INITIALLY DEFERRED,
    question text NOT NULL
);

CREATE TABLE survey_answer (
    id serial PRIMARY KEY,
    question integer NOT NULL REFERENCES survey_question (id) DEFERRABLE INITIALLY DEFERRED,
    answer text NOT NULL
);

CREATE TABLE survey_response (
    id bigserial PRIMARY KEY,
    response_group_id integer,
    usr integer REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    survey integer NOT NULL REFERENCES survey (id) DEFERRABLE INITIALLY DEFERRED,
    question integer NOT NULL REFERENCES survey_question (id) DEFERRABLE INITIALLY DEFERRED,
    answer integer NOT NULL REFERENCES survey_answer (id) DEFERRABLE INITIALLY DEFERRED,
    answer_date timestamptz,
    effective_date timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE hook (
    key text PRIMARY KEY,
    core_type text NOT NULL,
    description text,
    passive boolean NOT NULL DEFAULT false
);

CREATE TABLE reactor (
    module text PRIMARY KEY,
    description text
);

CREATE TABLE event_definition (
    id serial PRIMARY KEY,
    active boolean NOT NULL DEFAULT true,
    owner integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL,
    hook text NOT NULL REFERENCES hook (key) DEFERRABLE INITIALLY DEFERRED,
    validator text NOT NULL,
    reactor text NOT NULL REFERENCES reactor (module) DEFERRABLE INITIALLY DEFERRED,
    cleanup_success text,
    cleanup_failure text,
    delay interval NOT NULL DEFAULT '5 minutes',
    max_delay interval,
    repeat_delay interval,
    usr_field text,
    opt_in_setting text REFERENCES usr_setting_type (name) DEFERRABLE INITIALLY DEFERRED,
    delay_field text,
    group_field text,
    template text,
    granularity text,
    message_template text,
    message_usr_path text,
    message_library_path text,
    message_title text,
    retention_interval interval
);

CREATE TABLE event_output (
    id bigserial PRIMARY KEY,
    create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    is_error boolean NOT NULL DEFAULT false,
    data text NOT NULL,
    locale text
);

CREATE TABLE event (
    id bigserial PRIMARY KEY,
    target bigint NOT NULL,
    event_def integer REFERENCES event_definition (id) DEFERRABLE INITIALLY DEFERRED,
    add_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    run_time timestamptz NOT NULL,
    start_time timestamptz,
    update_time timestamptz,
    complete_time timestamptz,
    update_process integer,
    state text NOT NULL DEFAULT 'pending',
    user_data text,
    template_output bigint REFERENCES event_output (id),
    error_output bigint REFERENCES event_output (id),
    async_output bigint REFERENCES event_output (id)
);

CREATE TABLE currency_type (
    code text PRIMARY KEY,
    label text
);

CREATE TABLE provider (
    id serial PRIMARY KEY,
    name text NOT NULL,
    owner integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    currency_type text NOT NULL REFERENCES currency_type (code) DEFERRABLE INITIALLY DEFERRED,
    code text NOT NULL,
    holding_tag text,
    san text,
    edi_default integer,
    active boolean NOT NULL DEFAULT true,
    prepayment_required boolean NOT NULL DEFAULT false,
    url text,
    email text,
    phone text,
    fax_phone text,
    default_copy_count integer NOT NULL DEFAULT 0,
    UNIQUE (name, owner),
    UNIQUE (code, owner)
);

CREATE TABLE fund (
    id serial PRIMARY KEY,
    org integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL,
    year integer NOT NULL,
    currency_type text NOT NULL REFERENCES currency_type (code) DEFERRABLE INITIALLY DEFERRED,
    code text,
    rollover boolean NOT NULL DEFAULT false,
    propagate boolean NOT NULL DEFAULT true,
    active boolean NOT NULL DEFAULT true,
    balance_warning_percent integer,
    balance_stop_percent integer
);

CREATE TABLE purchase_order (
    id serial PRIMARY KEY,
    owner integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    creator integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    editor integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    ordering_agency integer NOT NULL REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    edit_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    provider integer NOT NULL REFERENCES provider (id) DEFERRABLE INITIALLY DEFERRED,
    state text NOT NULL DEFAULT 'new',
    order_date timestamptz,
    name text NOT NULL,
    prepayment_required boolean NOT NULL DEFAULT false
);

CREATE TABLE lineitem (
    id bigserial PRIMARY KEY,
    creator integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    editor integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    selector integer NOT NULL REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED,
    provider integer REFERENCES provider (id) DEFERRABLE INITIALLY DEFERRED,
    purchase_order integer REFERENCES purchase_order (id) DEFERRABLE INITIALLY DEFERRED,
    expected_recv_time timestamptz,
    create_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    edit_time timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    marc text NOT NULL,
    eg_bib_id bigint REFERENCES record_entry (id) DEFERRABLE INITIALLY DEFERRED,
    source_label text,
    state text NOT NULL DEFAULT 'new',
    estimated_unit_price numeric
);

CREATE TABLE lineitem_detail (
    id bigserial PRIMARY KEY,
    lineitem integer NOT NULL REFERENCES lineitem (id) DEFERRABLE INITIALLY DEFERRED,
    fund integer REFERENCES fund (id) DEFERRABLE INITIALLY DEFERRED,
    eg_copy_id bigint REFERENCES copy (id) DEFERRABLE INITIALLY DEFERRED,
    barcode text,
    cn_label text,
    note text,
    collection_code text,
    circ_modifier text REFERENCES circ_modifier (code) DEFERRABLE INITIALLY DEFERRED,
    owning_lib integer REFERENCES org_unit (id) DEFERRABLE INITIALLY DEFERRED,
    location integer REFERENCES copy_location (id) DEFERRABLE INITIALLY DEFERRED,
    recv_time timestamptz,
    receiver integer REFERENCES usr (id) DEFERRABLE INITIALLY DEFERRED
);
