-- otrs.sql: a nineteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind19). The database of OTRS /
-- Znuny (6.x), the help desk ticket system, written in PostgreSQL syntax:
-- agents, groups and roles with their permission links, customers,
-- queues with salutations, signatures, system addresses and auto
-- responses, tickets with their states, types, priorities, locks,
-- services and SLAs, articles and their MIME data, attachments, flags and
-- search index, ticket history and time accounting, templates,
-- dynamic fields, links between objects, notifications,
-- calendars and appointments, the generic interface's web services and
-- debugger, the mail queue, the communication log, the virtual file
-- system and the system configuration tables.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of OTRS's scripts/database/otrs-
-- schema.xml, trimmed.
-- Conventions: singular table names (queue, ticket, article, valid,
-- salutation, signature) keyed by an integer `id` (bigint for tickets and
-- articles); every configurable table has valid_id -> valid (smallint) and
-- the "who" columns create_by / change_by -> users, with create_time /
-- change_time; OTRS's own names for some links: ticket.user_id (the owner)
-- and responsible_user_id -> users, ticket_lock_id -> ticket_lock_type,
-- ticket_state.type_id -> ticket_state_type, ticket.type_id ->
-- ticket_type, ticket_history.owner_id / priority_id / state_id,
-- follow_up_id -> follow_up_possible, auto_response.type_id ->
-- auto_response_type, link_relation.source_object_id / target_object_id
-- -> link_object, field_id -> dynamic_field, config_id ->
-- gi_webservice_config; customers are referenced by text (ticket.
-- customer_id, the customer company's customer_id, and customer_user_id,
-- the customer user's login) and OTRS declares no key for them, as it
-- declares none into the customer tables (a replaceable backend).
-- The REFERENCES are the FKs OTRS declares. Left without REFERENCES:
-- dynamic_field_value.object_id (a ticket or an article), the text
-- customer links, system_address.
-- queue_id and mail_account.queue_id, scheduler and session tables.
-- valid and users refer to each other (users.valid_id, valid.create_by);
-- the file keeps those forward references inline, as a DDL dump read as a
-- whole allows.

CREATE TABLE valid (
    id smallserial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE users (
    id serial PRIMARY KEY,
    login varchar(200) NOT NULL UNIQUE,
    pw varchar(128) NOT NULL,
    title varchar(50),
    first_name varchar(100) NOT NULL,
    last_name varchar(100) NOT NULL,
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE user_preferences (
    user_id integer NOT NULL REFERENCES users (id),
    preferences_key varchar(150) NOT NULL,
    preferences_value bytea
);

CREATE TABLE groups (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE group_user (
    user_id integer NOT NULL REFERENCES users (id),
    group_id integer NOT NULL REFERENCES groups (id),
    permission_key varchar(20) NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE roles (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE group_role (
    role_id integer NOT NULL REFERENCES roles (id),
    group_id integer NOT NULL REFERENCES groups (id),
    permission_key varchar(20) NOT NULL,
    permission_value smallint NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE role_user (
    user_id integer NOT NULL REFERENCES users (id),
    role_id integer NOT NULL REFERENCES roles (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE group_customer_user (
    user_id varchar(100) NOT NULL,
    group_id integer NOT NULL REFERENCES groups (id),
    permission_key varchar(20) NOT NULL,
    permission_value smallint NOT NULL,
    permission_context varchar(100) NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE group_customer (
    customer_id varchar(150) NOT NULL,
    group_id integer NOT NULL REFERENCES groups (id),
    permission_key varchar(20) NOT NULL,
    permission_value smallint NOT NULL,
    permission_context varchar(100) NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE customer_company (
    customer_id varchar(150) PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    street varchar(200),
    zip varchar(200),
    city varchar(200),
    country varchar(200),
    url varchar(200),
    comments varchar(250),
    valid_id smallint NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp NOT NULL,
    change_by integer NOT NULL
);

CREATE TABLE customer_user (
    id serial PRIMARY KEY,
    login varchar(200) NOT NULL UNIQUE,
    email varchar(150) NOT NULL,
    customer_id varchar(150) NOT NULL,
    pw varchar(128),
    title varchar(50),
    first_name varchar(100) NOT NULL,
    last_name varchar(100) NOT NULL,
    phone varchar(150),
    mobile varchar(150),
    city varchar(200),
    country varchar(200),
    comments varchar(250),
    valid_id smallint NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL,
    change_time timestamp NOT NULL,
    change_by integer NOT NULL
);

CREATE TABLE customer_preferences (
    user_id varchar(250) NOT NULL,
    preferences_key varchar(150) NOT NULL,
    preferences_value varchar(250)
);

CREATE TABLE salutation (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    text text NOT NULL,
    content_type varchar(250),
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE signature (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    text text NOT NULL,
    content_type varchar(250),
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE system_address (
    id serial PRIMARY KEY,
    value0 varchar(200) NOT NULL,
    value1 varchar(200) NOT NULL,
    value2 varchar(200),
    value3 varchar(200),
    queue_id integer NOT NULL,
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE follow_up_possible (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE queue (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    group_id integer NOT NULL REFERENCES groups (id),
    unlock_timeout integer,
    first_response_time integer,
    first_response_notify smallint,
    update_time integer,
    update_notify smallint,
    solution_time integer,
    solution_notify smallint,
    system_address_id smallint NOT NULL REFERENCES system_address (id),
    calendar_name varchar(100),
    default_sign_key varchar(100),
    salutation_id smallint NOT NULL REFERENCES salutation (id),
    signature_id smallint NOT NULL REFERENCES signature (id),
    follow_up_id smallint NOT NULL REFERENCES follow_up_possible (id),
    follow_up_lock smallint NOT NULL,
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE queue_preferences (
    queue_id integer NOT NULL REFERENCES queue (id),
    preferences_key varchar(150) NOT NULL,
    preferences_value varchar(250)
);

CREATE TABLE personal_queues (
    user_id integer NOT NULL REFERENCES users (id),
    queue_id integer NOT NULL REFERENCES queue (id)
);

CREATE TABLE ticket_priority (
    id smallserial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE ticket_type (
    id smallserial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE ticket_lock_type (
    id smallserial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE ticket_state_type (
    id smallserial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    comments varchar(250),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE ticket_state (
    id smallserial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    comments varchar(250),
    type_id smallint NOT NULL REFERENCES ticket_state_type (id),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE service (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    valid_id smallint NOT NULL REFERENCES valid (id),
    comments varchar(250),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE service_preferences (
    service_id integer NOT NULL REFERENCES service (id),
    preferences_key varchar(150) NOT NULL,
    preferences_value varchar(250)
);

CREATE TABLE service_customer_user (
    customer_user_login varchar(200) NOT NULL,
    service_id integer NOT NULL REFERENCES service (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE personal_services (
    user_id integer NOT NULL REFERENCES users (id),
    service_id integer NOT NULL REFERENCES service (id)
);

CREATE TABLE sla (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    calendar_name varchar(100),
    first_response_time integer NOT NULL,
    first_response_notify smallint,
    update_time integer NOT NULL,
    update_notify smallint,
    solution_time integer NOT NULL,
    solution_notify smallint,
    valid_id smallint NOT NULL REFERENCES valid (id),
    comments varchar(250),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE sla_preferences (
    sla_id integer NOT NULL REFERENCES sla (id),
    preferences_key varchar(150) NOT NULL,
    preferences_value varchar(250)
);

CREATE TABLE service_sla (
    service_id integer NOT NULL REFERENCES service (id),
    sla_id integer NOT NULL REFERENCES sla (id)
);

CREATE TABLE ticket (
    id bigserial PRIMARY KEY,
    tn varchar(50) NOT NULL UNIQUE,
    title varchar(255),
    queue_id integer NOT NULL REFERENCES queue (id),
    ticket_lock_id smallint NOT NULL REFERENCES ticket_lock_type (id),
    type_id smallint REFERENCES ticket_type (id),
    service_id integer REFERENCES service (id),
    sla_id integer REFERENCES sla (id),
    user_id integer NOT NULL REFERENCES users (id),
    responsible_user_id integer NOT NULL REFERENCES users (id),
    ticket_priority_id smallint NOT NULL REFERENCES ticket_priority (id),
    ticket_state_id smallint NOT NULL REFERENCES ticket_state (id),
    customer_id varchar(150),
    customer_user_id varchar(250),
    timeout integer NOT NULL,
    until_time integer NOT NULL,
    escalation_time integer NOT NULL,
    escalation_update_time integer NOT NULL,
    escalation_response_time integer NOT NULL,
    escalation_solution_time integer NOT NULL,
    archive_flag smallint NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE ticket_flag (
    ticket_id bigint NOT NULL REFERENCES ticket (id),
    ticket_key varchar(50) NOT NULL,
    ticket_value varchar(50),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE ticket_watcher (
    ticket_id bigint NOT NULL REFERENCES ticket (id),
    user_id integer NOT NULL REFERENCES users (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE ticket_index (
    ticket_id bigint NOT NULL REFERENCES ticket (id),
    queue_id integer NOT NULL REFERENCES queue (id),
    queue varchar(200) NOT NULL,
    group_id integer NOT NULL REFERENCES groups (id),
    s_lock varchar(200) NOT NULL,
    s_state varchar(200) NOT NULL,
    create_time timestamp NOT NULL
);

CREATE TABLE ticket_lock_index (
    ticket_id bigint NOT NULL REFERENCES ticket (id)
);

CREATE TABLE ticket_number_counter (
    id bigserial PRIMARY KEY,
    counter bigint NOT NULL,
    counter_uid varchar(32) NOT NULL UNIQUE,
    create_time timestamp
);

CREATE TABLE ticket_history_type (
    id smallserial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE article_sender_type (
    id smallserial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE communication_channel (
    id bigserial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    module varchar(200) NOT NULL,
    package_name varchar(200) NOT NULL,
    channel_data text NOT NULL,
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE article (
    id bigserial PRIMARY KEY,
    ticket_id bigint NOT NULL REFERENCES ticket (id),
    article_sender_type_id smallint NOT NULL REFERENCES article_sender_type (id),
    communication_channel_id bigint NOT NULL REFERENCES communication_channel (id),
    is_visible_for_customer smallint NOT NULL,
    search_index_needs_rebuild smallint NOT NULL,
    insert_fingerprint varchar(64),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE article_data_mime (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article (id),
    a_from text,
    a_reply_to text,
    a_to text,
    a_cc text,
    a_bcc text,
    a_subject text,
    a_message_id text,
    a_message_id_md5 varchar(32),
    a_in_reply_to text,
    a_references text,
    a_content_type varchar(250),
    a_body text,
    incoming_time integer NOT NULL,
    content_path varchar(250),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE article_data_mime_attachment (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article (id),
    filename varchar(250),
    content_size varchar(30),
    content_type text,
    content_id varchar(250),
    content_alternative varchar(50),
    disposition varchar(15),
    content bytea NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE article_data_mime_send_error (
    id bigserial PRIMARY KEY,
    article_id bigint NOT NULL REFERENCES article (id),
    message_id varchar(200),
    log_message text,
    create_time timestamp NOT NULL
);

CREATE TABLE article_flag (
    article_id bigint NOT NULL REFERENCES article (id),
    article_key varchar(50) NOT NULL,
    article_value varchar(50),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE article_search_index (
    id bigserial PRIMARY KEY,
    ticket_id bigint NOT NULL REFERENCES ticket (id),
    article_id bigint NOT NULL REFERENCES article (id),
    article_key varchar(200) NOT NULL,
    article_value text
);

CREATE TABLE ticket_history (
    id bigserial PRIMARY KEY,
    name varchar(200) NOT NULL,
    history_type_id smallint NOT NULL REFERENCES ticket_history_type (id),
    ticket_id bigint NOT NULL REFERENCES ticket (id),
    article_id bigint REFERENCES article (id),
    type_id smallint NOT NULL REFERENCES ticket_type (id),
    queue_id integer NOT NULL REFERENCES queue (id),
    owner_id integer NOT NULL REFERENCES users (id),
    priority_id smallint NOT NULL REFERENCES ticket_priority (id),
    state_id smallint NOT NULL REFERENCES ticket_state (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE time_accounting (
    id bigserial PRIMARY KEY,
    ticket_id bigint NOT NULL REFERENCES ticket (id),
    article_id bigint REFERENCES article (id),
    time_unit decimal(10,2) NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE standard_template (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    text text,
    content_type varchar(250),
    template_type varchar(100) NOT NULL,
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE queue_standard_template (
    queue_id integer NOT NULL REFERENCES queue (id),
    standard_template_id integer NOT NULL REFERENCES standard_template (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE auto_response_type (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE auto_response (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    text0 text,
    text1 text,
    type_id smallint NOT NULL REFERENCES auto_response_type (id),
    system_address_id smallint NOT NULL REFERENCES system_address (id),
    content_type varchar(250),
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE queue_auto_response (
    id serial PRIMARY KEY,
    queue_id integer NOT NULL REFERENCES queue (id),
    auto_response_id integer NOT NULL REFERENCES auto_response (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE notification_event (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    valid_id smallint NOT NULL REFERENCES valid (id),
    comments varchar(250),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE notification_event_item (
    notification_id integer NOT NULL REFERENCES notification_event (id),
    event_key varchar(200) NOT NULL,
    event_value varchar(200) NOT NULL
);

CREATE TABLE notification_event_message (
    id serial PRIMARY KEY,
    notification_id integer NOT NULL REFERENCES notification_event (id),
    subject varchar(200) NOT NULL,
    text text NOT NULL,
    content_type varchar(250) NOT NULL,
    language varchar(60) NOT NULL
);

CREATE TABLE dynamic_field (
    id serial PRIMARY KEY,
    internal_field smallint NOT NULL,
    name varchar(200) NOT NULL UNIQUE,
    label varchar(200) NOT NULL,
    field_order integer NOT NULL,
    field_type varchar(200) NOT NULL,
    object_type varchar(100) NOT NULL,
    config bytea,
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE dynamic_field_value (
    id serial PRIMARY KEY,
    field_id integer NOT NULL REFERENCES dynamic_field (id),
    object_id bigint NOT NULL,
    value_text text,
    value_date timestamp,
    value_int bigint
);

CREATE TABLE dynamic_field_obj_id_name (
    object_id serial PRIMARY KEY,
    object_name varchar(200) NOT NULL,
    object_type varchar(100) NOT NULL
);

CREATE TABLE link_type (
    id smallserial PRIMARY KEY,
    name varchar(50) NOT NULL UNIQUE,
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE link_state (
    id smallserial PRIMARY KEY,
    name varchar(50) NOT NULL UNIQUE,
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE link_object (
    id smallserial PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE
);

CREATE TABLE link_relation (
    source_object_id smallint NOT NULL REFERENCES link_object (id),
    source_key varchar(50) NOT NULL,
    target_object_id smallint NOT NULL REFERENCES link_object (id),
    target_key varchar(50) NOT NULL,
    type_id smallint NOT NULL REFERENCES link_type (id),
    state_id smallint NOT NULL REFERENCES link_state (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE calendar (
    id bigserial PRIMARY KEY,
    group_id integer NOT NULL REFERENCES groups (id),
    name varchar(200) NOT NULL UNIQUE,
    salt_string varchar(64) NOT NULL,
    color varchar(7) NOT NULL,
    ticket_appointments text,
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE calendar_appointment (
    id bigserial PRIMARY KEY,
    parent_id bigint REFERENCES calendar_appointment (id),
    calendar_id bigint NOT NULL REFERENCES calendar (id),
    unique_id varchar(255) NOT NULL,
    title varchar(255) NOT NULL,
    description text,
    location varchar(255),
    start_time timestamp NOT NULL,
    end_time timestamp NOT NULL,
    all_day smallint,
    notify_time timestamp,
    team_id text,
    resource_id text,
    recurring smallint,
    recur_type varchar(20),
    recur_freq varchar(255),
    recur_count integer,
    recur_interval integer,
    recur_until timestamp,
    recur_id timestamp,
    recur_exclude text,
    ticket_appointment_rule_id varchar(32),
    create_time timestamp,
    create_by integer REFERENCES users (id),
    change_time timestamp,
    change_by integer REFERENCES users (id)
);

CREATE TABLE calendar_appointment_ticket (
    calendar_id bigint NOT NULL REFERENCES calendar (id),
    ticket_id bigint NOT NULL REFERENCES ticket (id),
    rule_id varchar(32) NOT NULL,
    appointment_id bigint NOT NULL REFERENCES calendar_appointment (id)
);

CREATE TABLE gi_webservice_config (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL UNIQUE,
    config bytea NOT NULL,
    config_md5 varchar(32) NOT NULL UNIQUE,
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE gi_debugger_entry (
    id bigserial PRIMARY KEY,
    communication_id varchar(32) NOT NULL UNIQUE,
    communication_type varchar(50) NOT NULL,
    remote_ip varchar(50),
    webservice_id integer NOT NULL REFERENCES gi_webservice_config (id),
    create_time timestamp NOT NULL
);

CREATE TABLE gi_debugger_entry_content (
    id bigserial PRIMARY KEY,
    gi_debugger_entry_id bigint NOT NULL REFERENCES gi_debugger_entry (id),
    content_key varchar(255) NOT NULL,
    debug_level varchar(50) NOT NULL,
    content bytea,
    create_time timestamp NOT NULL
);

CREATE TABLE mail_account (
    id serial PRIMARY KEY,
    login varchar(200) NOT NULL,
    pw varchar(200) NOT NULL,
    host varchar(200) NOT NULL,
    account_type varchar(20) NOT NULL,
    queue_id integer NOT NULL,
    trusted smallint NOT NULL,
    imap_folder varchar(250),
    comments varchar(250),
    valid_id smallint NOT NULL REFERENCES valid (id),
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE mail_queue (
    id bigserial PRIMARY KEY,
    insert_fingerprint varchar(64) UNIQUE,
    article_id bigint UNIQUE REFERENCES article (id),
    attempts integer NOT NULL,
    sender varchar(200),
    recipient text NOT NULL,
    raw_message bytea NOT NULL,
    due_time timestamp,
    last_smtp_code integer,
    last_smtp_message text,
    create_time timestamp NOT NULL
);

CREATE TABLE communication_log (
    id bigserial PRIMARY KEY,
    insert_fingerprint varchar(64),
    transport varchar(200) NOT NULL,
    direction varchar(200) NOT NULL,
    status varchar(200) NOT NULL,
    account_type varchar(200),
    account_id varchar(200),
    start_time timestamp NOT NULL,
    end_time timestamp
);

CREATE TABLE communication_log_object (
    id bigserial PRIMARY KEY,
    insert_fingerprint varchar(64),
    communication_id bigint NOT NULL REFERENCES communication_log (id),
    object_type varchar(50) NOT NULL,
    status varchar(200) NOT NULL,
    start_time timestamp NOT NULL,
    end_time timestamp
);

CREATE TABLE communication_log_object_entry (
    id bigserial PRIMARY KEY,
    communication_log_object_id bigint NOT NULL REFERENCES communication_log_object (id),
    log_key varchar(200) NOT NULL,
    log_value text NOT NULL,
    priority varchar(50) NOT NULL,
    create_time timestamp NOT NULL
);

CREATE TABLE communication_log_obj_lookup (
    id bigserial PRIMARY KEY,
    communication_log_object_id bigint NOT NULL REFERENCES communication_log_object (id),
    object_type varchar(200) NOT NULL,
    object_id bigint NOT NULL
);

CREATE TABLE virtual_fs (
    id bigserial PRIMARY KEY,
    filename text NOT NULL,
    backend varchar(60) NOT NULL,
    backend_key varchar(160) NOT NULL,
    create_time timestamp NOT NULL
);

CREATE TABLE virtual_fs_preferences (
    virtual_fs_id bigint NOT NULL REFERENCES virtual_fs (id),
    preferences_key varchar(150) NOT NULL,
    preferences_value text
);

CREATE TABLE sysconfig_default (
    id serial PRIMARY KEY,
    name varchar(250) NOT NULL UNIQUE,
    description bytea NOT NULL,
    navigation varchar(200) NOT NULL,
    is_invisible smallint NOT NULL,
    is_readonly smallint NOT NULL,
    is_required smallint NOT NULL,
    is_valid smallint NOT NULL,
    has_configlevel smallint NOT NULL,
    user_modification_possible smallint NOT NULL,
    user_modification_active smallint NOT NULL,
    xml_content_raw bytea NOT NULL,
    xml_content_parsed bytea NOT NULL,
    xml_filename varchar(250) NOT NULL,
    effective_value bytea NOT NULL,
    is_dirty smallint NOT NULL,
    exclusive_lock_guid varchar(32) NOT NULL,
    exclusive_lock_user_id integer REFERENCES users (id),
    exclusive_lock_expiry_time timestamp,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE sysconfig_default_version (
    id serial PRIMARY KEY,
    sysconfig_default_id integer REFERENCES sysconfig_default (id),
    name varchar(250) NOT NULL,
    description bytea NOT NULL,
    is_valid smallint NOT NULL,
    xml_content_raw bytea NOT NULL,
    effective_value bytea NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE sysconfig_modified (
    id serial PRIMARY KEY,
    sysconfig_default_id integer NOT NULL REFERENCES sysconfig_default (id),
    name varchar(250) NOT NULL,
    user_id integer REFERENCES users (id),
    is_valid smallint NOT NULL,
    user_modification_active smallint NOT NULL,
    effective_value bytea NOT NULL,
    is_dirty smallint NOT NULL,
    reset_to_default smallint NOT NULL,
    create_time timestamp NOT NULL,
    create_by integer NOT NULL REFERENCES users (id),
    change_time timestamp NOT NULL,
    change_by integer NOT NULL REFERENCES users (id)
);

CREATE TABLE scheduler_task (
    id bigserial PRIMARY KEY,
    ident bigint NOT NULL UNIQUE,
    name varchar(150),
    task_type varchar(150) NOT NULL,
    task_data text NOT NULL,
    attempts smallint NOT NULL,
    lock_key bigint NOT NULL,
    lock_time timestamp,
    lock_update_time timestamp,
    create_time timestamp NOT NULL
);

CREATE TABLE sessions (
    id bigserial PRIMARY KEY,
    session_id varchar(100) NOT NULL,
    data_key varchar(100) NOT NULL,
    data_value text,
    serialized smallint NOT NULL
);
