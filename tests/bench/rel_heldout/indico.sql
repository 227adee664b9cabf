-- indico.sql: a twenty-seventh blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind27). The database of
-- an Indico 3 install, CERN's event and conference management system
-- (Python, Flask, SQLAlchemy on PostgreSQL): users, their emails,
-- identities, favourites and local groups, affiliations, the category
-- tree, events with their settings, roles, access control entries,
-- persons and person links, sessions, session blocks, tracks, abstracts
-- and their reviews, contributions, sub-contributions, breaks and the
-- timetable, minutes (notes), the event log, attachments in folders,
-- registration forms with their items, registrations and payments, and
-- the room booking module (locations, rooms, equipment, reservations and
-- their occurrences, blockings), with the badge / ticket designer.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Indico's models, trimmed, and
-- written as SQLAlchemy emits them (upper-case types, SERIAL NOT NULL
-- keys, every constraint at the end of the table and named by Indico's
-- alembic convention: pk_<table>, fk_<table>_<column>_<referred table>).
-- Indico spreads its tables over schemas (users, categories, events,
-- attachments, event_abstracts, event_registration, roombooking, indico);
-- here they are written unqualified, as a dump with search_path over them
-- would read (a DDL source here is one SQLite file), and no two kept
-- tables share a name (events.settings, events.principals and
-- events.roles are kept; users.settings, categories.principals and
-- categories.roles are not).
-- Conventions: every table keyed `id` (serial) or by its two links; links
-- are <thing>_id with the thing named by the model, not the table:
-- user_id / creator_id / submitter_id / judge_id / modified_by_id /
-- booked_for_id / created_by_id / owner_id / merged_into_id -> users,
-- target_id -> users (favorite_users) or categories (favorite_categories),
-- local_group_id -> groups, event_role_id -> roles, registration_form_id
-- -> forms, field_id -> form_items, field_data_id / current_data_id ->
-- form_field_data, transaction_id -> payment_transactions,
-- own_room_id -> rooms, own_venue_id -> locations, link_id ->
-- reservation_links, type_id -> session_types or contribution_types,
-- submitted_contrib_type_id / accepted_contrib_type_id /
-- proposed_contribution_type_id -> contribution_types, accepted_track_id /
-- track_id -> tracks, default_session_id -> sessions, duplicate_of_id /
-- merged_into_id / proposed_related_abstract_id -> abstracts,
-- cloned_from_id -> events, current_revision_id -> note_revisions,
-- question_id -> abstract_review_questions, review_id ->
-- abstract_reviews, equipment_id -> equipment_types, blocking_id,
-- backside_template_id / default_ticket_template_id /
-- default_badge_template_id / ticket_template_id -> designer_templates;
-- a link to one of several owners is a link_type number with one nullable
-- column per kind of owner (folders, notes, reservation_links: event_id,
-- session_id, contribution_id, subcontribution_id, session_block_id,
-- category_id), and an access entry is a type number with one nullable
-- column per kind of principal (principals, attachment_principals:
-- user_id, local_group_id, event_role_id, registration_form_id,
-- ip_network_group_id).
-- Indico declares its FKs: the REFERENCES are those.
-- Left without REFERENCES: mp_group_provider / mp_group_name (a group of
-- an external identity provider), identities.identifier and
-- provider, storage_backend / storage_file_id (a file in a storage
-- backend), blocked_rooms.rejected_by (the rejecting user's name), the
-- per-event numbers friendly_id, the uuid columns (uuid, ticket_uuid,
-- signing_secret), contribution_fields.legacy_id (an id of Indico 1.2's
-- ZODB), and the enum numbers (type, state, link_type, realm, kind).

CREATE TABLE affiliations (
    id SERIAL NOT NULL,
    name VARCHAR NOT NULL,
    street VARCHAR NOT NULL,
    postcode VARCHAR NOT NULL,
    city VARCHAR NOT NULL,
    country_code VARCHAR NOT NULL,
    meta JSONB NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    CONSTRAINT pk_affiliations PRIMARY KEY (id)
);

CREATE TABLE users (
    id SERIAL NOT NULL,
    first_name VARCHAR NOT NULL,
    last_name VARCHAR NOT NULL,
    title INTEGER NOT NULL,
    affiliation VARCHAR NOT NULL,
    affiliation_id INTEGER,
    phone VARCHAR NOT NULL,
    address TEXT NOT NULL,
    merged_into_id INTEGER,
    is_admin BOOLEAN NOT NULL,
    is_blocked BOOLEAN NOT NULL,
    is_pending BOOLEAN NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    is_system BOOLEAN NOT NULL,
    picture BYTEA,
    picture_metadata JSONB NOT NULL,
    picture_source INTEGER NOT NULL,
    signing_secret UUID NOT NULL,
    created_dt TIMESTAMP WITHOUT TIME ZONE,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT fk_users_affiliation_id_affiliations FOREIGN KEY(affiliation_id) REFERENCES affiliations (id),
    CONSTRAINT fk_users_merged_into_id_users FOREIGN KEY(merged_into_id) REFERENCES users (id)
);

CREATE TABLE emails (
    id SERIAL NOT NULL,
    user_id INTEGER NOT NULL,
    email VARCHAR NOT NULL,
    is_primary BOOLEAN NOT NULL,
    is_user_deleted BOOLEAN NOT NULL,
    CONSTRAINT pk_emails PRIMARY KEY (id),
    CONSTRAINT fk_emails_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE identities (
    id SERIAL NOT NULL,
    user_id INTEGER NOT NULL,
    provider VARCHAR NOT NULL,
    identifier VARCHAR NOT NULL,
    multipass_data JSONB,
    data JSONB NOT NULL,
    password_hash VARCHAR,
    last_login_dt TIMESTAMP WITHOUT TIME ZONE,
    last_login_ip INET,
    CONSTRAINT pk_identities PRIMARY KEY (id),
    CONSTRAINT fk_identities_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE favorite_users (
    user_id INTEGER NOT NULL,
    target_id INTEGER NOT NULL,
    CONSTRAINT pk_favorite_users PRIMARY KEY (user_id, target_id),
    CONSTRAINT fk_favorite_users_user_id_users FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT fk_favorite_users_target_id_users FOREIGN KEY(target_id) REFERENCES users (id)
);

CREATE TABLE favorite_categories (
    user_id INTEGER NOT NULL,
    target_id INTEGER NOT NULL,
    CONSTRAINT pk_favorite_categories PRIMARY KEY (user_id, target_id),
    CONSTRAINT fk_favorite_categories_user_id_users FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT fk_favorite_categories_target_id_categories FOREIGN KEY(target_id) REFERENCES categories (id)
);

CREATE TABLE groups (
    id SERIAL NOT NULL,
    name VARCHAR NOT NULL,
    CONSTRAINT pk_groups PRIMARY KEY (id)
);

CREATE TABLE group_members (
    group_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    CONSTRAINT pk_group_members PRIMARY KEY (group_id, user_id),
    CONSTRAINT fk_group_members_group_id_groups FOREIGN KEY(group_id) REFERENCES groups (id),
    CONSTRAINT fk_group_members_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE ip_network_groups (
    id SERIAL NOT NULL,
    name VARCHAR NOT NULL,
    description TEXT NOT NULL,
    hidden BOOLEAN NOT NULL,
    attachment_access_override BOOLEAN NOT NULL,
    CONSTRAINT pk_ip_network_groups PRIMARY KEY (id)
);

CREATE TABLE designer_templates (
    id SERIAL NOT NULL,
    type INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    category_id INTEGER,
    event_id INTEGER,
    data JSONB NOT NULL,
    is_system_template BOOLEAN NOT NULL,
    is_clonable BOOLEAN NOT NULL,
    backside_template_id INTEGER,
    CONSTRAINT pk_designer_templates PRIMARY KEY (id),
    CONSTRAINT fk_designer_templates_category_id_categories FOREIGN KEY(category_id) REFERENCES categories (id),
    CONSTRAINT fk_designer_templates_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_designer_templates_backside_template_id_designer_templates FOREIGN KEY(backside_template_id) REFERENCES designer_templates (id)
);

CREATE TABLE categories (
    id SERIAL NOT NULL,
    parent_id INTEGER,
    position INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    visibility INTEGER,
    icon_metadata JSONB NOT NULL,
    icon BYTEA,
    logo_metadata JSONB NOT NULL,
    logo BYTEA,
    timezone VARCHAR NOT NULL,
    default_event_themes JSONB NOT NULL,
    event_creation_mode INTEGER NOT NULL,
    event_creation_notification_emails VARCHAR[] NOT NULL,
    event_message_mode INTEGER NOT NULL,
    event_message TEXT NOT NULL,
    suggestions_disabled BOOLEAN NOT NULL,
    is_flat_view_enabled BOOLEAN NOT NULL,
    notify_managers BOOLEAN NOT NULL,
    own_no_access_contact VARCHAR NOT NULL,
    protection_mode INTEGER NOT NULL,
    default_ticket_template_id INTEGER,
    default_badge_template_id INTEGER,
    is_deleted BOOLEAN NOT NULL,
    CONSTRAINT pk_categories PRIMARY KEY (id),
    CONSTRAINT fk_categories_parent_id_categories FOREIGN KEY(parent_id) REFERENCES categories (id),
    CONSTRAINT fk_categories_default_ticket_template_id_designer_templates FOREIGN KEY(default_ticket_template_id) REFERENCES designer_templates (id),
    CONSTRAINT fk_categories_default_badge_template_id_designer_templates FOREIGN KEY(default_badge_template_id) REFERENCES designer_templates (id)
);

CREATE TABLE locations (
    id SERIAL NOT NULL,
    name VARCHAR NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    room_name_format VARCHAR NOT NULL,
    map_url_template VARCHAR NOT NULL,
    CONSTRAINT pk_locations PRIMARY KEY (id)
);

CREATE TABLE rooms (
    id SERIAL NOT NULL,
    location_id INTEGER NOT NULL,
    owner_id INTEGER NOT NULL,
    verbose_name VARCHAR,
    site VARCHAR NOT NULL,
    division VARCHAR,
    building VARCHAR NOT NULL,
    floor VARCHAR NOT NULL,
    number VARCHAR NOT NULL,
    notification_emails VARCHAR[] NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    is_reservable BOOLEAN NOT NULL,
    reservations_need_confirmation BOOLEAN NOT NULL,
    capacity INTEGER,
    surface_area INTEGER,
    longitude DOUBLE PRECISION,
    latitude DOUBLE PRECISION,
    comments VARCHAR NOT NULL,
    max_advance_days INTEGER,
    booking_limit_days INTEGER,
    protection_mode INTEGER NOT NULL,
    CONSTRAINT pk_rooms PRIMARY KEY (id),
    CONSTRAINT fk_rooms_location_id_locations FOREIGN KEY(location_id) REFERENCES locations (id),
    CONSTRAINT fk_rooms_owner_id_users FOREIGN KEY(owner_id) REFERENCES users (id)
);

CREATE TABLE equipment_types (
    id SERIAL NOT NULL,
    name VARCHAR NOT NULL,
    location_id INTEGER NOT NULL,
    CONSTRAINT pk_equipment_types PRIMARY KEY (id),
    CONSTRAINT fk_equipment_types_location_id_locations FOREIGN KEY(location_id) REFERENCES locations (id)
);

CREATE TABLE room_equipment (
    equipment_id INTEGER NOT NULL,
    room_id INTEGER NOT NULL,
    CONSTRAINT pk_room_equipment PRIMARY KEY (equipment_id, room_id),
    CONSTRAINT fk_room_equipment_equipment_id_equipment_types FOREIGN KEY(equipment_id) REFERENCES equipment_types (id),
    CONSTRAINT fk_room_equipment_room_id_rooms FOREIGN KEY(room_id) REFERENCES rooms (id)
);

CREATE TABLE series (
    id SERIAL NOT NULL,
    show_sequence_in_title BOOLEAN NOT NULL,
    show_links BOOLEAN NOT NULL,
    event_title_pattern VARCHAR NOT NULL,
    CONSTRAINT pk_series PRIMARY KEY (id)
);

CREATE TABLE labels (
    id SERIAL NOT NULL,
    title VARCHAR NOT NULL,
    color VARCHAR NOT NULL,
    CONSTRAINT pk_labels PRIMARY KEY (id)
);

CREATE TABLE events (
    id SERIAL NOT NULL,
    category_id INTEGER,
    creator_id INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    start_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    end_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    timezone VARCHAR NOT NULL,
    type INTEGER NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    is_locked BOOLEAN NOT NULL,
    logo BYTEA,
    logo_metadata JSONB NOT NULL,
    stylesheet TEXT,
    stylesheet_metadata JSONB,
    venue_name VARCHAR NOT NULL,
    room_name VARCHAR NOT NULL,
    address TEXT NOT NULL,
    own_room_id INTEGER,
    own_venue_id INTEGER,
    own_room_name VARCHAR NOT NULL,
    own_venue_name VARCHAR NOT NULL,
    own_address TEXT NOT NULL,
    protection_mode INTEGER NOT NULL,
    visibility INTEGER,
    access_key VARCHAR NOT NULL,
    own_no_access_contact VARCHAR NOT NULL,
    created_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    keywords VARCHAR[] NOT NULL,
    url_shortcut VARCHAR,
    label_id INTEGER,
    label_message TEXT NOT NULL,
    cloned_from_id INTEGER,
    series_id INTEGER,
    organizer_info TEXT NOT NULL,
    additional_info TEXT NOT NULL,
    contact_title VARCHAR NOT NULL,
    contact_emails VARCHAR[] NOT NULL,
    contact_phones VARCHAR[] NOT NULL,
    CONSTRAINT pk_events PRIMARY KEY (id),
    CONSTRAINT fk_events_category_id_categories FOREIGN KEY(category_id) REFERENCES categories (id),
    CONSTRAINT fk_events_creator_id_users FOREIGN KEY(creator_id) REFERENCES users (id),
    CONSTRAINT fk_events_own_room_id_rooms FOREIGN KEY(own_room_id) REFERENCES rooms (id),
    CONSTRAINT fk_events_own_venue_id_locations FOREIGN KEY(own_venue_id) REFERENCES locations (id),
    CONSTRAINT fk_events_label_id_labels FOREIGN KEY(label_id) REFERENCES labels (id),
    CONSTRAINT fk_events_cloned_from_id_events FOREIGN KEY(cloned_from_id) REFERENCES events (id),
    CONSTRAINT fk_events_series_id_series FOREIGN KEY(series_id) REFERENCES series (id)
);

CREATE TABLE settings (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    module VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    value JSONB NOT NULL,
    CONSTRAINT pk_settings PRIMARY KEY (id),
    CONSTRAINT fk_settings_event_id_events FOREIGN KEY(event_id) REFERENCES events (id)
);

CREATE TABLE roles (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    color VARCHAR NOT NULL,
    CONSTRAINT pk_roles PRIMARY KEY (id),
    CONSTRAINT fk_roles_event_id_events FOREIGN KEY(event_id) REFERENCES events (id)
);

CREATE TABLE role_members (
    role_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    CONSTRAINT pk_role_members PRIMARY KEY (role_id, user_id),
    CONSTRAINT fk_role_members_role_id_roles FOREIGN KEY(role_id) REFERENCES roles (id),
    CONSTRAINT fk_role_members_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE persons (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    user_id INTEGER,
    first_name VARCHAR NOT NULL,
    last_name VARCHAR NOT NULL,
    email VARCHAR NOT NULL,
    title INTEGER,
    affiliation VARCHAR,
    affiliation_id INTEGER,
    address TEXT,
    phone VARCHAR,
    invited_dt TIMESTAMP WITHOUT TIME ZONE,
    is_untrusted BOOLEAN NOT NULL,
    CONSTRAINT pk_persons PRIMARY KEY (id),
    CONSTRAINT fk_persons_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_persons_user_id_users FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT fk_persons_affiliation_id_affiliations FOREIGN KEY(affiliation_id) REFERENCES affiliations (id)
);

CREATE TABLE event_person_links (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    display_order INTEGER NOT NULL,
    first_name VARCHAR,
    last_name VARCHAR,
    title INTEGER,
    affiliation VARCHAR,
    affiliation_id INTEGER,
    address TEXT,
    phone VARCHAR,
    roles VARCHAR[] NOT NULL,
    CONSTRAINT pk_event_person_links PRIMARY KEY (id),
    CONSTRAINT fk_event_person_links_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_event_person_links_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id),
    CONSTRAINT fk_event_person_links_affiliation_id_affiliations FOREIGN KEY(affiliation_id) REFERENCES affiliations (id)
);

CREATE TABLE session_types (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    is_poster BOOLEAN NOT NULL,
    CONSTRAINT pk_session_types PRIMARY KEY (id),
    CONSTRAINT fk_session_types_event_id_events FOREIGN KEY(event_id) REFERENCES events (id)
);

CREATE TABLE sessions (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    friendly_id INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    code VARCHAR NOT NULL,
    default_contribution_duration INTERVAL NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    type_id INTEGER,
    background_color VARCHAR NOT NULL,
    text_color VARCHAR NOT NULL,
    own_room_id INTEGER,
    own_venue_id INTEGER,
    own_room_name VARCHAR NOT NULL,
    own_venue_name VARCHAR NOT NULL,
    own_address TEXT NOT NULL,
    protection_mode INTEGER NOT NULL,
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT fk_sessions_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_sessions_type_id_session_types FOREIGN KEY(type_id) REFERENCES session_types (id),
    CONSTRAINT fk_sessions_own_room_id_rooms FOREIGN KEY(own_room_id) REFERENCES rooms (id),
    CONSTRAINT fk_sessions_own_venue_id_locations FOREIGN KEY(own_venue_id) REFERENCES locations (id)
);

CREATE TABLE session_blocks (
    id SERIAL NOT NULL,
    session_id INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    duration INTERVAL NOT NULL,
    own_room_id INTEGER,
    own_venue_id INTEGER,
    own_room_name VARCHAR NOT NULL,
    own_venue_name VARCHAR NOT NULL,
    own_address TEXT NOT NULL,
    CONSTRAINT pk_session_blocks PRIMARY KEY (id),
    CONSTRAINT fk_session_blocks_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id),
    CONSTRAINT fk_session_blocks_own_room_id_rooms FOREIGN KEY(own_room_id) REFERENCES rooms (id),
    CONSTRAINT fk_session_blocks_own_venue_id_locations FOREIGN KEY(own_venue_id) REFERENCES locations (id)
);

CREATE TABLE session_block_person_links (
    id SERIAL NOT NULL,
    session_block_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    display_order INTEGER NOT NULL,
    first_name VARCHAR,
    last_name VARCHAR,
    affiliation VARCHAR,
    CONSTRAINT pk_session_block_person_links PRIMARY KEY (id),
    CONSTRAINT fk_session_block_person_links_session_block_id_session_blocks FOREIGN KEY(session_block_id) REFERENCES session_blocks (id),
    CONSTRAINT fk_session_block_person_links_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id)
);

CREATE TABLE track_groups (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT pk_track_groups PRIMARY KEY (id),
    CONSTRAINT fk_track_groups_event_id_events FOREIGN KEY(event_id) REFERENCES events (id)
);

CREATE TABLE tracks (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    description TEXT NOT NULL,
    position INTEGER NOT NULL,
    default_session_id INTEGER,
    track_group_id INTEGER,
    CONSTRAINT pk_tracks PRIMARY KEY (id),
    CONSTRAINT fk_tracks_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_tracks_default_session_id_sessions FOREIGN KEY(default_session_id) REFERENCES sessions (id),
    CONSTRAINT fk_tracks_track_group_id_track_groups FOREIGN KEY(track_group_id) REFERENCES track_groups (id)
);

CREATE TABLE contribution_types (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    description TEXT NOT NULL,
    is_private BOOLEAN NOT NULL,
    CONSTRAINT pk_contribution_types PRIMARY KEY (id),
    CONSTRAINT fk_contribution_types_event_id_events FOREIGN KEY(event_id) REFERENCES events (id)
);

CREATE TABLE abstracts (
    id SERIAL NOT NULL,
    uuid UUID NOT NULL,
    friendly_id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    submitted_contrib_type_id INTEGER,
    accepted_contrib_type_id INTEGER,
    accepted_track_id INTEGER,
    state INTEGER NOT NULL,
    submitted_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    modified_dt TIMESTAMP WITHOUT TIME ZONE,
    modified_by_id INTEGER,
    submitter_id INTEGER NOT NULL,
    judge_id INTEGER,
    judged_dt TIMESTAMP WITHOUT TIME ZONE,
    judgment_comment TEXT NOT NULL,
    duplicate_of_id INTEGER,
    merged_into_id INTEGER,
    submission_comment TEXT NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    CONSTRAINT pk_abstracts PRIMARY KEY (id),
    CONSTRAINT fk_abstracts_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_abstracts_submitted_contrib_type_id_contribution_types FOREIGN KEY(submitted_contrib_type_id) REFERENCES contribution_types (id),
    CONSTRAINT fk_abstracts_accepted_contrib_type_id_contribution_types FOREIGN KEY(accepted_contrib_type_id) REFERENCES contribution_types (id),
    CONSTRAINT fk_abstracts_accepted_track_id_tracks FOREIGN KEY(accepted_track_id) REFERENCES tracks (id),
    CONSTRAINT fk_abstracts_modified_by_id_users FOREIGN KEY(modified_by_id) REFERENCES users (id),
    CONSTRAINT fk_abstracts_submitter_id_users FOREIGN KEY(submitter_id) REFERENCES users (id),
    CONSTRAINT fk_abstracts_judge_id_users FOREIGN KEY(judge_id) REFERENCES users (id),
    CONSTRAINT fk_abstracts_duplicate_of_id_abstracts FOREIGN KEY(duplicate_of_id) REFERENCES abstracts (id),
    CONSTRAINT fk_abstracts_merged_into_id_abstracts FOREIGN KEY(merged_into_id) REFERENCES abstracts (id)
);

CREATE TABLE submitted_for_tracks (
    abstract_id INTEGER NOT NULL,
    track_id INTEGER NOT NULL,
    CONSTRAINT pk_submitted_for_tracks PRIMARY KEY (abstract_id, track_id),
    CONSTRAINT fk_submitted_for_tracks_abstract_id_abstracts FOREIGN KEY(abstract_id) REFERENCES abstracts (id),
    CONSTRAINT fk_submitted_for_tracks_track_id_tracks FOREIGN KEY(track_id) REFERENCES tracks (id)
);

CREATE TABLE abstract_person_links (
    id SERIAL NOT NULL,
    abstract_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    is_speaker BOOLEAN NOT NULL,
    author_type INTEGER NOT NULL,
    display_order INTEGER NOT NULL,
    first_name VARCHAR,
    last_name VARCHAR,
    affiliation VARCHAR,
    CONSTRAINT pk_abstract_person_links PRIMARY KEY (id),
    CONSTRAINT fk_abstract_person_links_abstract_id_abstracts FOREIGN KEY(abstract_id) REFERENCES abstracts (id),
    CONSTRAINT fk_abstract_person_links_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id)
);

CREATE TABLE abstract_review_questions (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    field_type VARCHAR NOT NULL,
    is_required BOOLEAN NOT NULL,
    field_data JSONB NOT NULL,
    CONSTRAINT pk_abstract_review_questions PRIMARY KEY (id),
    CONSTRAINT fk_abstract_review_questions_event_id_events FOREIGN KEY(event_id) REFERENCES events (id)
);

CREATE TABLE abstract_reviews (
    id SERIAL NOT NULL,
    abstract_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    track_id INTEGER,
    created_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    modified_dt TIMESTAMP WITHOUT TIME ZONE,
    comment TEXT NOT NULL,
    proposed_action INTEGER NOT NULL,
    proposed_related_abstract_id INTEGER,
    proposed_contribution_type_id INTEGER,
    CONSTRAINT pk_abstract_reviews PRIMARY KEY (id),
    CONSTRAINT fk_abstract_reviews_abstract_id_abstracts FOREIGN KEY(abstract_id) REFERENCES abstracts (id),
    CONSTRAINT fk_abstract_reviews_user_id_users FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT fk_abstract_reviews_track_id_tracks FOREIGN KEY(track_id) REFERENCES tracks (id),
    CONSTRAINT fk_abstract_reviews_proposed_related_abstract_id_abstracts FOREIGN KEY(proposed_related_abstract_id) REFERENCES abstracts (id),
    CONSTRAINT fk_abstract_reviews_proposed_contribution_type_id_contribution_types FOREIGN KEY(proposed_contribution_type_id) REFERENCES contribution_types (id)
);

CREATE TABLE abstract_review_ratings (
    id SERIAL NOT NULL,
    question_id INTEGER NOT NULL,
    review_id INTEGER NOT NULL,
    value JSONB,
    CONSTRAINT pk_abstract_review_ratings PRIMARY KEY (id),
    CONSTRAINT fk_abstract_review_ratings_question_id_abstract_review_questions FOREIGN KEY(question_id) REFERENCES abstract_review_questions (id),
    CONSTRAINT fk_abstract_review_ratings_review_id_abstract_reviews FOREIGN KEY(review_id) REFERENCES abstract_reviews (id)
);

CREATE TABLE contributions (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    friendly_id INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    duration INTERVAL NOT NULL,
    start_dt TIMESTAMP WITHOUT TIME ZONE,
    board_number VARCHAR NOT NULL,
    keywords VARCHAR[] NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    session_id INTEGER,
    session_block_id INTEGER,
    track_id INTEGER,
    abstract_id INTEGER,
    type_id INTEGER,
    code VARCHAR NOT NULL,
    own_room_id INTEGER,
    own_venue_id INTEGER,
    own_room_name VARCHAR NOT NULL,
    own_venue_name VARCHAR NOT NULL,
    own_address TEXT NOT NULL,
    protection_mode INTEGER NOT NULL,
    CONSTRAINT pk_contributions PRIMARY KEY (id),
    CONSTRAINT fk_contributions_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_contributions_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id),
    CONSTRAINT fk_contributions_session_block_id_session_blocks FOREIGN KEY(session_block_id) REFERENCES session_blocks (id),
    CONSTRAINT fk_contributions_track_id_tracks FOREIGN KEY(track_id) REFERENCES tracks (id),
    CONSTRAINT fk_contributions_abstract_id_abstracts FOREIGN KEY(abstract_id) REFERENCES abstracts (id),
    CONSTRAINT fk_contributions_type_id_contribution_types FOREIGN KEY(type_id) REFERENCES contribution_types (id),
    CONSTRAINT fk_contributions_own_room_id_rooms FOREIGN KEY(own_room_id) REFERENCES rooms (id),
    CONSTRAINT fk_contributions_own_venue_id_locations FOREIGN KEY(own_venue_id) REFERENCES locations (id)
);

CREATE TABLE contribution_person_links (
    id SERIAL NOT NULL,
    contribution_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    is_speaker BOOLEAN NOT NULL,
    author_type INTEGER NOT NULL,
    display_order INTEGER NOT NULL,
    first_name VARCHAR,
    last_name VARCHAR,
    affiliation VARCHAR,
    CONSTRAINT pk_contribution_person_links PRIMARY KEY (id),
    CONSTRAINT fk_contribution_person_links_contribution_id_contributions FOREIGN KEY(contribution_id) REFERENCES contributions (id),
    CONSTRAINT fk_contribution_person_links_person_id_persons FOREIGN KEY(person_id) REFERENCES persons (id)
);

CREATE TABLE contribution_fields (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    legacy_id VARCHAR,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    field_type VARCHAR,
    is_required BOOLEAN NOT NULL,
    is_active BOOLEAN NOT NULL,
    is_user_editable BOOLEAN NOT NULL,
    visibility INTEGER NOT NULL,
    position INTEGER NOT NULL,
    field_data JSONB NOT NULL,
    CONSTRAINT pk_contribution_fields PRIMARY KEY (id),
    CONSTRAINT fk_contribution_fields_event_id_events FOREIGN KEY(event_id) REFERENCES events (id)
);

CREATE TABLE contribution_field_values (
    contribution_id INTEGER NOT NULL,
    contribution_field_id INTEGER NOT NULL,
    data JSONB NOT NULL,
    CONSTRAINT pk_contribution_field_values PRIMARY KEY (contribution_id, contribution_field_id),
    CONSTRAINT fk_contribution_field_values_contribution_id_contributions FOREIGN KEY(contribution_id) REFERENCES contributions (id),
    CONSTRAINT fk_contribution_field_values_contribution_field_id_contribution_fields FOREIGN KEY(contribution_field_id) REFERENCES contribution_fields (id)
);

CREATE TABLE subcontributions (
    id SERIAL NOT NULL,
    contribution_id INTEGER NOT NULL,
    friendly_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    duration INTERVAL NOT NULL,
    code VARCHAR NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    CONSTRAINT pk_subcontributions PRIMARY KEY (id),
    CONSTRAINT fk_subcontributions_contribution_id_contributions FOREIGN KEY(contribution_id) REFERENCES contributions (id)
);

CREATE TABLE breaks (
    id SERIAL NOT NULL,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    duration INTERVAL NOT NULL,
    background_color VARCHAR NOT NULL,
    text_color VARCHAR NOT NULL,
    own_room_id INTEGER,
    own_venue_id INTEGER,
    own_room_name VARCHAR NOT NULL,
    own_venue_name VARCHAR NOT NULL,
    own_address TEXT NOT NULL,
    CONSTRAINT pk_breaks PRIMARY KEY (id),
    CONSTRAINT fk_breaks_own_room_id_rooms FOREIGN KEY(own_room_id) REFERENCES rooms (id),
    CONSTRAINT fk_breaks_own_venue_id_locations FOREIGN KEY(own_venue_id) REFERENCES locations (id)
);

CREATE TABLE timetable_entries (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    parent_id INTEGER,
    session_block_id INTEGER,
    contribution_id INTEGER,
    break_id INTEGER,
    type INTEGER NOT NULL,
    start_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    CONSTRAINT pk_timetable_entries PRIMARY KEY (id),
    CONSTRAINT fk_timetable_entries_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_timetable_entries_parent_id_timetable_entries FOREIGN KEY(parent_id) REFERENCES timetable_entries (id),
    CONSTRAINT fk_timetable_entries_session_block_id_session_blocks FOREIGN KEY(session_block_id) REFERENCES session_blocks (id),
    CONSTRAINT fk_timetable_entries_contribution_id_contributions FOREIGN KEY(contribution_id) REFERENCES contributions (id),
    CONSTRAINT fk_timetable_entries_break_id_breaks FOREIGN KEY(break_id) REFERENCES breaks (id)
);

CREATE TABLE notes (
    id SERIAL NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    link_type INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    session_id INTEGER,
    contribution_id INTEGER,
    subcontribution_id INTEGER,
    current_revision_id INTEGER,
    CONSTRAINT pk_notes PRIMARY KEY (id),
    CONSTRAINT fk_notes_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_notes_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id),
    CONSTRAINT fk_notes_contribution_id_contributions FOREIGN KEY(contribution_id) REFERENCES contributions (id),
    CONSTRAINT fk_notes_subcontribution_id_subcontributions FOREIGN KEY(subcontribution_id) REFERENCES subcontributions (id),
    CONSTRAINT fk_notes_current_revision_id_note_revisions FOREIGN KEY(current_revision_id) REFERENCES note_revisions (id)
);

CREATE TABLE note_revisions (
    id SERIAL NOT NULL,
    note_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    render_mode INTEGER NOT NULL,
    source TEXT NOT NULL,
    html TEXT NOT NULL,
    created_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    CONSTRAINT pk_note_revisions PRIMARY KEY (id),
    CONSTRAINT fk_note_revisions_note_id_notes FOREIGN KEY(note_id) REFERENCES notes (id),
    CONSTRAINT fk_note_revisions_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE logs (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    user_id INTEGER,
    logged_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    realm INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    module VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    summary VARCHAR NOT NULL,
    data JSONB NOT NULL,
    meta JSONB NOT NULL,
    CONSTRAINT pk_logs PRIMARY KEY (id),
    CONSTRAINT fk_logs_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_logs_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE folders (
    id SERIAL NOT NULL,
    title VARCHAR,
    description TEXT NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    is_default BOOLEAN NOT NULL,
    is_always_visible BOOLEAN NOT NULL,
    is_hidden BOOLEAN NOT NULL,
    protection_mode INTEGER NOT NULL,
    link_type INTEGER NOT NULL,
    category_id INTEGER,
    event_id INTEGER,
    session_id INTEGER,
    contribution_id INTEGER,
    subcontribution_id INTEGER,
    CONSTRAINT pk_folders PRIMARY KEY (id),
    CONSTRAINT fk_folders_category_id_categories FOREIGN KEY(category_id) REFERENCES categories (id),
    CONSTRAINT fk_folders_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_folders_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id),
    CONSTRAINT fk_folders_contribution_id_contributions FOREIGN KEY(contribution_id) REFERENCES contributions (id),
    CONSTRAINT fk_folders_subcontribution_id_subcontributions FOREIGN KEY(subcontribution_id) REFERENCES subcontributions (id)
);

CREATE TABLE files (
    id SERIAL NOT NULL,
    attachment_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    created_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    filename VARCHAR NOT NULL,
    content_type VARCHAR NOT NULL,
    size BIGINT NOT NULL,
    storage_backend VARCHAR NOT NULL,
    storage_file_id VARCHAR NOT NULL,
    md5 VARCHAR NOT NULL,
    CONSTRAINT pk_files PRIMARY KEY (id),
    CONSTRAINT fk_files_attachment_id_attachments FOREIGN KEY(attachment_id) REFERENCES attachments (id),
    CONSTRAINT fk_files_user_id_users FOREIGN KEY(user_id) REFERENCES users (id)
);

CREATE TABLE attachments (
    id SERIAL NOT NULL,
    folder_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    modified_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    type INTEGER NOT NULL,
    link_url VARCHAR,
    file_id INTEGER,
    is_deleted BOOLEAN NOT NULL,
    protection_mode INTEGER NOT NULL,
    CONSTRAINT pk_attachments PRIMARY KEY (id),
    CONSTRAINT fk_attachments_folder_id_folders FOREIGN KEY(folder_id) REFERENCES folders (id),
    CONSTRAINT fk_attachments_user_id_users FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT fk_attachments_file_id_files FOREIGN KEY(file_id) REFERENCES files (id)
);

CREATE TABLE forms (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    introduction TEXT NOT NULL,
    contact_info VARCHAR NOT NULL,
    start_dt TIMESTAMP WITHOUT TIME ZONE,
    end_dt TIMESTAMP WITHOUT TIME ZONE,
    modification_mode INTEGER NOT NULL,
    modification_end_dt TIMESTAMP WITHOUT TIME ZONE,
    is_deleted BOOLEAN NOT NULL,
    require_login BOOLEAN NOT NULL,
    require_user BOOLEAN NOT NULL,
    registration_limit INTEGER,
    publish_registrations_enabled BOOLEAN NOT NULL,
    moderation_enabled BOOLEAN NOT NULL,
    base_price NUMERIC(11, 2) NOT NULL,
    currency VARCHAR NOT NULL,
    notification_sender_address VARCHAR,
    message_pending TEXT NOT NULL,
    message_unpaid TEXT NOT NULL,
    message_complete TEXT NOT NULL,
    manager_notifications_enabled BOOLEAN NOT NULL,
    manager_notification_recipients VARCHAR[] NOT NULL,
    ticket_template_id INTEGER,
    tickets_enabled BOOLEAN NOT NULL,
    CONSTRAINT pk_forms PRIMARY KEY (id),
    CONSTRAINT fk_forms_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_forms_ticket_template_id_designer_templates FOREIGN KEY(ticket_template_id) REFERENCES designer_templates (id)
);

CREATE TABLE form_items (
    id SERIAL NOT NULL,
    registration_form_id INTEGER NOT NULL,
    type INTEGER NOT NULL,
    personal_data_type INTEGER,
    parent_id INTEGER,
    position INTEGER NOT NULL,
    title VARCHAR NOT NULL,
    description TEXT NOT NULL,
    is_enabled BOOLEAN NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    is_required BOOLEAN NOT NULL,
    is_manager_only BOOLEAN NOT NULL,
    current_data_id INTEGER,
    CONSTRAINT pk_form_items PRIMARY KEY (id),
    CONSTRAINT fk_form_items_registration_form_id_forms FOREIGN KEY(registration_form_id) REFERENCES forms (id),
    CONSTRAINT fk_form_items_parent_id_form_items FOREIGN KEY(parent_id) REFERENCES form_items (id),
    CONSTRAINT fk_form_items_current_data_id_form_field_data FOREIGN KEY(current_data_id) REFERENCES form_field_data (id)
);

CREATE TABLE form_field_data (
    id SERIAL NOT NULL,
    field_id INTEGER NOT NULL,
    versioned_data JSONB NOT NULL,
    CONSTRAINT pk_form_field_data PRIMARY KEY (id),
    CONSTRAINT fk_form_field_data_field_id_form_items FOREIGN KEY(field_id) REFERENCES form_items (id)
);

CREATE TABLE registrations (
    id SERIAL NOT NULL,
    uuid UUID NOT NULL,
    friendly_id INTEGER NOT NULL,
    registration_form_id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    user_id INTEGER,
    transaction_id INTEGER,
    state INTEGER NOT NULL,
    base_price NUMERIC(11, 2) NOT NULL,
    price_adjustment NUMERIC(11, 2) NOT NULL,
    currency VARCHAR NOT NULL,
    checked_in BOOLEAN NOT NULL,
    checked_in_dt TIMESTAMP WITHOUT TIME ZONE,
    submitted_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    email VARCHAR NOT NULL,
    first_name VARCHAR NOT NULL,
    last_name VARCHAR NOT NULL,
    is_deleted BOOLEAN NOT NULL,
    ticket_uuid UUID NOT NULL,
    consent_to_publish INTEGER NOT NULL,
    created_by_manager BOOLEAN NOT NULL,
    CONSTRAINT pk_registrations PRIMARY KEY (id),
    CONSTRAINT fk_registrations_registration_form_id_forms FOREIGN KEY(registration_form_id) REFERENCES forms (id),
    CONSTRAINT fk_registrations_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_registrations_user_id_users FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT fk_registrations_transaction_id_payment_transactions FOREIGN KEY(transaction_id) REFERENCES payment_transactions (id)
);

CREATE TABLE registration_data (
    registration_id INTEGER NOT NULL,
    field_data_id INTEGER NOT NULL,
    data JSONB NOT NULL,
    filename VARCHAR,
    content_type VARCHAR,
    size BIGINT,
    storage_backend VARCHAR,
    storage_file_id VARCHAR,
    CONSTRAINT pk_registration_data PRIMARY KEY (registration_id, field_data_id),
    CONSTRAINT fk_registration_data_registration_id_registrations FOREIGN KEY(registration_id) REFERENCES registrations (id),
    CONSTRAINT fk_registration_data_field_data_id_form_field_data FOREIGN KEY(field_data_id) REFERENCES form_field_data (id)
);

CREATE TABLE payment_transactions (
    id SERIAL NOT NULL,
    registration_id INTEGER NOT NULL,
    status INTEGER NOT NULL,
    amount NUMERIC(11, 2) NOT NULL,
    currency VARCHAR NOT NULL,
    provider VARCHAR NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    data JSONB NOT NULL,
    CONSTRAINT pk_payment_transactions PRIMARY KEY (id),
    CONSTRAINT fk_payment_transactions_registration_id_registrations FOREIGN KEY(registration_id) REFERENCES registrations (id)
);

CREATE TABLE invitations (
    id SERIAL NOT NULL,
    uuid UUID NOT NULL,
    registration_form_id INTEGER NOT NULL,
    registration_id INTEGER,
    state INTEGER NOT NULL,
    email VARCHAR NOT NULL,
    first_name VARCHAR NOT NULL,
    last_name VARCHAR NOT NULL,
    affiliation VARCHAR NOT NULL,
    skip_moderation BOOLEAN NOT NULL,
    CONSTRAINT pk_invitations PRIMARY KEY (id),
    CONSTRAINT fk_invitations_registration_form_id_forms FOREIGN KEY(registration_form_id) REFERENCES forms (id),
    CONSTRAINT fk_invitations_registration_id_registrations FOREIGN KEY(registration_id) REFERENCES registrations (id)
);

CREATE TABLE principals (
    id SERIAL NOT NULL,
    event_id INTEGER NOT NULL,
    read_access BOOLEAN NOT NULL,
    full_access BOOLEAN NOT NULL,
    permissions VARCHAR[] NOT NULL,
    type INTEGER NOT NULL,
    user_id INTEGER,
    local_group_id INTEGER,
    mp_group_provider VARCHAR,
    mp_group_name VARCHAR,
    email VARCHAR,
    event_role_id INTEGER,
    registration_form_id INTEGER,
    ip_network_group_id INTEGER,
    CONSTRAINT pk_principals PRIMARY KEY (id),
    CONSTRAINT fk_principals_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_principals_user_id_users FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT fk_principals_local_group_id_groups FOREIGN KEY(local_group_id) REFERENCES groups (id),
    CONSTRAINT fk_principals_event_role_id_roles FOREIGN KEY(event_role_id) REFERENCES roles (id),
    CONSTRAINT fk_principals_registration_form_id_forms FOREIGN KEY(registration_form_id) REFERENCES forms (id),
    CONSTRAINT fk_principals_ip_network_group_id_ip_network_groups FOREIGN KEY(ip_network_group_id) REFERENCES ip_network_groups (id)
);

CREATE TABLE attachment_principals (
    id SERIAL NOT NULL,
    attachment_id INTEGER NOT NULL,
    type INTEGER NOT NULL,
    user_id INTEGER,
    local_group_id INTEGER,
    mp_group_provider VARCHAR,
    mp_group_name VARCHAR,
    event_role_id INTEGER,
    registration_form_id INTEGER,
    ip_network_group_id INTEGER,
    CONSTRAINT pk_attachment_principals PRIMARY KEY (id),
    CONSTRAINT fk_attachment_principals_attachment_id_attachments FOREIGN KEY(attachment_id) REFERENCES attachments (id),
    CONSTRAINT fk_attachment_principals_user_id_users FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT fk_attachment_principals_local_group_id_groups FOREIGN KEY(local_group_id) REFERENCES groups (id),
    CONSTRAINT fk_attachment_principals_event_role_id_roles FOREIGN KEY(event_role_id) REFERENCES roles (id),
    CONSTRAINT fk_attachment_principals_registration_form_id_forms FOREIGN KEY(registration_form_id) REFERENCES forms (id),
    CONSTRAINT fk_attachment_principals_ip_network_group_id_ip_network_groups FOREIGN KEY(ip_network_group_id) REFERENCES ip_network_groups (id)
);

CREATE TABLE reservation_links (
    id SERIAL NOT NULL,
    link_type INTEGER NOT NULL,
    event_id INTEGER,
    contribution_id INTEGER,
    session_block_id INTEGER,
    CONSTRAINT pk_reservation_links PRIMARY KEY (id),
    CONSTRAINT fk_reservation_links_event_id_events FOREIGN KEY(event_id) REFERENCES events (id),
    CONSTRAINT fk_reservation_links_contribution_id_contributions FOREIGN KEY(contribution_id) REFERENCES contributions (id),
    CONSTRAINT fk_reservation_links_session_block_id_session_blocks FOREIGN KEY(session_block_id) REFERENCES session_blocks (id)
);

CREATE TABLE reservations (
    id SERIAL NOT NULL,
    created_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    start_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    end_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    repeat_frequency SMALLINT NOT NULL,
    repeat_interval SMALLINT NOT NULL,
    booked_for_id INTEGER NOT NULL,
    booked_for_name VARCHAR NOT NULL,
    created_by_id INTEGER,
    room_id INTEGER NOT NULL,
    state INTEGER NOT NULL,
    booking_reason TEXT NOT NULL,
    rejection_reason VARCHAR,
    link_id INTEGER,
    end_notification_sent BOOLEAN NOT NULL,
    CONSTRAINT pk_reservations PRIMARY KEY (id),
    CONSTRAINT fk_reservations_booked_for_id_users FOREIGN KEY(booked_for_id) REFERENCES users (id),
    CONSTRAINT fk_reservations_created_by_id_users FOREIGN KEY(created_by_id) REFERENCES users (id),
    CONSTRAINT fk_reservations_room_id_rooms FOREIGN KEY(room_id) REFERENCES rooms (id),
    CONSTRAINT fk_reservations_link_id_reservation_links FOREIGN KEY(link_id) REFERENCES reservation_links (id)
);

CREATE TABLE reservation_occurrences (
    reservation_id INTEGER NOT NULL,
    start_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    end_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    notification_sent BOOLEAN NOT NULL,
    state INTEGER NOT NULL,
    rejection_reason VARCHAR,
    link_id INTEGER,
    CONSTRAINT pk_reservation_occurrences PRIMARY KEY (reservation_id, start_dt),
    CONSTRAINT fk_reservation_occurrences_reservation_id_reservations FOREIGN KEY(reservation_id) REFERENCES reservations (id),
    CONSTRAINT fk_reservation_occurrences_link_id_reservation_links FOREIGN KEY(link_id) REFERENCES reservation_links (id)
);

CREATE TABLE blockings (
    id SERIAL NOT NULL,
    created_by_id INTEGER NOT NULL,
    created_dt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    reason TEXT NOT NULL,
    CONSTRAINT pk_blockings PRIMARY KEY (id),
    CONSTRAINT fk_blockings_created_by_id_users FOREIGN KEY(created_by_id) REFERENCES users (id)
);

CREATE TABLE blocked_rooms (
    id SERIAL NOT NULL,
    state INTEGER NOT NULL,
    rejected_by VARCHAR,
    rejection_reason TEXT,
    blocking_id INTEGER NOT NULL,
    room_id INTEGER NOT NULL,
    CONSTRAINT pk_blocked_rooms PRIMARY KEY (id),
    CONSTRAINT fk_blocked_rooms_blocking_id_blockings FOREIGN KEY(blocking_id) REFERENCES blockings (id),
    CONSTRAINT fk_blocked_rooms_room_id_rooms FOREIGN KEY(room_id) REFERENCES rooms (id)
);
