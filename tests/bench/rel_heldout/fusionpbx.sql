-- fusionpbx.sql: a twenty-sixth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind26). The database of
-- a FusionPBX 5 install (PHP, PostgreSQL), the web interface and
-- configuration store of a FreeSWITCH telephone exchange: tenants
-- (v_domains) and their settings, users, groups and permissions, menus,
-- contacts, extensions, follow-me, voicemail boxes, messages and
-- greetings, SIP profiles and gateways, dialplans, inbound destinations,
-- IVR menus, ring groups, call-centre queues, agents and tiers, fax
-- servers, conference centres and rooms, call flows, provisioned phones
-- (devices, their lines, keys, settings, profiles and vendors), bridges,
-- call blocks, recordings, access control lists, the transaction log and
-- the call detail records (v_xml_cdr).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of the app_config.php files
-- FusionPBX builds its schema from, trimmed.
-- Conventions: every table v_<plural> keyed by a uuid named after its
-- singular with _uuid (v_extensions.extension_uuid,
-- v_ivr_menu_options.ivr_menu_option_uuid, v_fax.fax_uuid,
-- v_xml_cdr.xml_cdr_uuid); links named exactly as the key they refer to
-- (domain_uuid on almost every table, dialplan_uuid, user_uuid,
-- contact_uuid, voicemail_uuid, call_center_queue_uuid); roles put before
-- the key (domain_parent_uuid, contact_parent_uuid,
-- menu_item_parent_uuid, ivr_menu_parent_uuid, device_user_uuid -> the
-- user), after it (voicemail_uuid_copy, device_uuid_alternate), or in an
-- abbreviation (v_xml_cdr.cc_agent_uuid -> v_call_center_agents);
-- insert_user and update_user (uuid of the user who wrote the row, beside
-- insert_date / update_date) on every table, and created_by on conference
-- rooms -> v_users; many names are copied as text beside the uuid
-- (group_name, agent_name, queue_name, domain_name).
-- FusionPBX declares no FKs in the database: the REFERENCES are the
-- links its app_config.php files mark as foreign keys and the user links
-- its code writes (insert_user, update_user, created_by).
-- Left without REFERENCES: uuids of things outside these tables:
-- app_uuid (the id of a FusionPBX application, a constant of its
-- app_config.php, no table here), api_key, menu_items.uuid, and, in
-- v_xml_cdr, the FreeSWITCH call and channel uuids (bridge_uuid is the
-- other leg of the call, not a v_bridges row; conference_uuid is a
-- conference's run, not a room; cc_member_uuid and
-- cc_member_session_uuid are call-centre members kept by FreeSWITCH);
-- text values that name rows (v_gateways.profile and v_conference_rooms.profile
-- name a SIP or conference profile, v_devices.device_vendor a vendor name,
-- v_voicemail_greetings.voicemail_id the mailbox number,
-- v_device_lines.user_id and v_device_keys.device_key_value an extension
-- number, v_users.add_user, v_contacts.last_mod_user and menu_item
-- add / mod users a user NAME, v_xml_cdr.cc_queue 'queue@domain'); and
-- greeting_id / voicemail_alternate_greet_id (a greeting's number within
-- a mailbox, not a key).

CREATE TABLE v_domains (
    domain_uuid uuid PRIMARY KEY,
    domain_parent_uuid uuid REFERENCES v_domains (domain_uuid),
    domain_name text NOT NULL UNIQUE,
    domain_enabled boolean,
    domain_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_domain_settings (
    domain_setting_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    app_uuid uuid,
    domain_setting_category text,
    domain_setting_subcategory text,
    domain_setting_name text,
    domain_setting_value text,
    domain_setting_order numeric,
    domain_setting_enabled boolean,
    domain_setting_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_default_settings (
    default_setting_uuid uuid PRIMARY KEY,
    app_uuid uuid,
    default_setting_category text,
    default_setting_subcategory text,
    default_setting_name text,
    default_setting_value text,
    default_setting_order numeric,
    default_setting_enabled boolean,
    default_setting_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_contacts (
    contact_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    contact_parent_uuid uuid REFERENCES v_contacts (contact_uuid),
    contact_type text,
    contact_organization text,
    contact_name_prefix text,
    contact_name_given text,
    contact_name_middle text,
    contact_name_family text,
    contact_nickname text,
    contact_title text,
    contact_role text,
    contact_category text,
    contact_url text,
    contact_time_zone text,
    contact_note text,
    last_mod_date timestamptz,
    last_mod_user text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_users (
    user_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    contact_uuid uuid REFERENCES v_contacts (contact_uuid),
    username text NOT NULL,
    password text,
    salt text,
    user_email text,
    user_status text,
    user_language text,
    user_time_zone text,
    api_key uuid,
    user_totp_secret text,
    user_type text,
    user_enabled text,
    add_user text,
    add_date text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_user_settings (
    user_setting_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    user_uuid uuid NOT NULL REFERENCES v_users (user_uuid),
    user_setting_category text,
    user_setting_subcategory text,
    user_setting_name text,
    user_setting_value text,
    user_setting_order numeric,
    user_setting_enabled boolean,
    user_setting_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_user_logs (
    user_log_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    "timestamp" timestamptz,
    user_uuid uuid REFERENCES v_users (user_uuid),
    username text,
    type text,
    result text,
    remote_address text,
    user_agent text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_groups (
    group_uuid uuid PRIMARY KEY,
    domain_uuid uuid REFERENCES v_domains (domain_uuid),
    group_name text NOT NULL,
    group_protected text,
    group_level numeric,
    group_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_user_groups (
    user_group_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    group_name text,
    group_uuid uuid NOT NULL REFERENCES v_groups (group_uuid),
    user_uuid uuid NOT NULL REFERENCES v_users (user_uuid),
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_group_permissions (
    group_permission_uuid uuid PRIMARY KEY,
    domain_uuid uuid REFERENCES v_domains (domain_uuid),
    permission_name text NOT NULL,
    permission_protected text,
    permission_assigned text,
    group_name text,
    group_uuid uuid NOT NULL REFERENCES v_groups (group_uuid),
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_menus (
    menu_uuid uuid PRIMARY KEY,
    menu_name text,
    menu_language text,
    menu_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_menu_items (
    menu_item_uuid uuid PRIMARY KEY,
    menu_uuid uuid NOT NULL REFERENCES v_menus (menu_uuid),
    menu_item_parent_uuid uuid REFERENCES v_menu_items (menu_item_uuid),
    uuid uuid,
    menu_item_title text,
    menu_item_link text,
    menu_item_icon text,
    menu_item_category text,
    menu_item_protected text,
    menu_item_order numeric,
    menu_item_description text,
    menu_item_add_user text,
    menu_item_add_date text,
    menu_item_mod_user text,
    menu_item_mod_date text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_menu_item_groups (
    menu_item_group_uuid uuid PRIMARY KEY,
    menu_uuid uuid NOT NULL REFERENCES v_menus (menu_uuid),
    menu_item_uuid uuid NOT NULL REFERENCES v_menu_items (menu_item_uuid),
    group_name text,
    group_uuid uuid NOT NULL REFERENCES v_groups (group_uuid),
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_contact_phones (
    contact_phone_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    contact_uuid uuid NOT NULL REFERENCES v_contacts (contact_uuid),
    phone_label text,
    phone_type_voice numeric,
    phone_type_fax numeric,
    phone_speed_dial text,
    phone_country_code numeric,
    phone_number text,
    phone_extension text,
    phone_primary numeric,
    phone_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_contact_emails (
    contact_email_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    contact_uuid uuid NOT NULL REFERENCES v_contacts (contact_uuid),
    email_label text,
    email_primary numeric,
    email_address text,
    email_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_contact_addresses (
    contact_address_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    contact_uuid uuid NOT NULL REFERENCES v_contacts (contact_uuid),
    address_type text,
    address_label text,
    address_primary numeric,
    address_street text,
    address_extended text,
    address_community text,
    address_locality text,
    address_region text,
    address_postal_code text,
    address_country text,
    address_latitude text,
    address_longitude text,
    address_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_contact_groups (
    contact_group_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    contact_uuid uuid NOT NULL REFERENCES v_contacts (contact_uuid),
    group_uuid uuid NOT NULL REFERENCES v_groups (group_uuid),
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_contact_users (
    contact_user_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    contact_uuid uuid NOT NULL REFERENCES v_contacts (contact_uuid),
    user_uuid uuid NOT NULL REFERENCES v_users (user_uuid),
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_follow_me (
    follow_me_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    cid_name_prefix text,
    cid_number_prefix text,
    dial_string text,
    follow_me_enabled text,
    follow_me_ignore_busy text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_follow_me_destinations (
    follow_me_destination_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    follow_me_uuid uuid NOT NULL REFERENCES v_follow_me (follow_me_uuid),
    follow_me_destination text,
    follow_me_delay text,
    follow_me_timeout text,
    follow_me_prompt text,
    follow_me_order numeric,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_extensions (
    extension_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    extension text NOT NULL,
    number_alias text,
    password text,
    accountcode text,
    effective_caller_id_name text,
    effective_caller_id_number text,
    outbound_caller_id_name text,
    outbound_caller_id_number text,
    emergency_caller_id_name text,
    emergency_caller_id_number text,
    directory_first_name text,
    directory_last_name text,
    directory_visible text,
    max_registrations text,
    limit_max text,
    limit_destination text,
    missed_call_app text,
    missed_call_data text,
    user_context text,
    toll_allow text,
    call_timeout numeric,
    call_group text,
    user_record text,
    hold_music text,
    auth_acl text,
    cidr text,
    sip_force_contact text,
    sip_bypass_media text,
    unique_id text,
    dial_string text,
    do_not_disturb text,
    forward_all_destination text,
    forward_all_enabled text,
    forward_busy_destination text,
    forward_busy_enabled text,
    forward_no_answer_destination text,
    forward_no_answer_enabled text,
    follow_me_uuid uuid REFERENCES v_follow_me (follow_me_uuid),
    follow_me_enabled text,
    enabled text,
    description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_extension_users (
    extension_user_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    extension_uuid uuid NOT NULL REFERENCES v_extensions (extension_uuid),
    user_uuid uuid NOT NULL REFERENCES v_users (user_uuid),
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_extension_settings (
    extension_setting_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    extension_uuid uuid NOT NULL REFERENCES v_extensions (extension_uuid),
    extension_setting_type text,
    extension_setting_name text,
    extension_setting_value text,
    extension_setting_enabled boolean,
    extension_setting_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_voicemails (
    voicemail_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    voicemail_id text NOT NULL,
    voicemail_password text,
    greeting_id numeric,
    voicemail_alternate_greet_id numeric,
    voicemail_mail_to text,
    voicemail_sms_to text,
    voicemail_transcription_enabled text,
    voicemail_attach_file text,
    voicemail_file text,
    voicemail_local_after_email text,
    voicemail_enabled text,
    voicemail_description text,
    voicemail_name_base64 text,
    voicemail_tutorial text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_voicemail_messages (
    voicemail_message_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    voicemail_uuid uuid NOT NULL REFERENCES v_voicemails (voicemail_uuid),
    created_epoch numeric,
    read_epoch numeric,
    caller_id_name text,
    caller_id_number text,
    message_length numeric,
    message_status text,
    message_priority text,
    message_intro_base64 text,
    message_base64 text,
    message_transcription text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_voicemail_greetings (
    voicemail_greeting_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    voicemail_id text NOT NULL,
    greeting_id numeric,
    greeting_name text,
    greeting_filename text,
    greeting_description text,
    greeting_base64 text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_voicemail_options (
    voicemail_option_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    voicemail_uuid uuid NOT NULL REFERENCES v_voicemails (voicemail_uuid),
    voicemail_option_digits text,
    voicemail_option_action text,
    voicemail_option_param text,
    voicemail_option_order numeric,
    voicemail_option_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_voicemail_destinations (
    voicemail_destination_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    voicemail_uuid uuid NOT NULL REFERENCES v_voicemails (voicemail_uuid),
    voicemail_uuid_copy uuid NOT NULL REFERENCES v_voicemails (voicemail_uuid),
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_sip_profiles (
    sip_profile_uuid uuid PRIMARY KEY,
    sip_profile_name text NOT NULL,
    sip_profile_hostname text,
    sip_profile_enabled text,
    sip_profile_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_sip_profile_settings (
    sip_profile_setting_uuid uuid PRIMARY KEY,
    sip_profile_uuid uuid NOT NULL REFERENCES v_sip_profiles (sip_profile_uuid),
    sip_profile_setting_name text,
    sip_profile_setting_value text,
    sip_profile_setting_enabled text,
    sip_profile_setting_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_gateways (
    gateway_uuid uuid PRIMARY KEY,
    domain_uuid uuid REFERENCES v_domains (domain_uuid),
    gateway text NOT NULL,
    username text,
    password text,
    distinct_to text,
    auth_username text,
    realm text,
    from_user text,
    from_domain text,
    proxy text,
    register_proxy text,
    outbound_proxy text,
    expire_seconds numeric,
    register text,
    register_transport text,
    retry_seconds numeric,
    extension text,
    ping text,
    caller_id_in_from text,
    codec_prefs text,
    channels numeric,
    context text,
    profile text,
    hostname text,
    enabled text,
    description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_dialplans (
    dialplan_uuid uuid PRIMARY KEY,
    domain_uuid uuid REFERENCES v_domains (domain_uuid),
    app_uuid uuid,
    hostname text,
    dialplan_context text,
    dialplan_name text,
    dialplan_number text,
    dialplan_destination text,
    dialplan_continue text,
    dialplan_xml text,
    dialplan_order numeric,
    dialplan_enabled text,
    dialplan_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_dialplan_details (
    dialplan_detail_uuid uuid PRIMARY KEY,
    domain_uuid uuid REFERENCES v_domains (domain_uuid),
    dialplan_uuid uuid NOT NULL REFERENCES v_dialplans (dialplan_uuid),
    dialplan_detail_tag text,
    dialplan_detail_type text,
    dialplan_detail_data text,
    dialplan_detail_break text,
    dialplan_detail_inline text,
    dialplan_detail_group numeric,
    dialplan_detail_order numeric,
    dialplan_detail_enabled boolean,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_fax (
    fax_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    dialplan_uuid uuid REFERENCES v_dialplans (dialplan_uuid),
    fax_extension text,
    fax_prefix text,
    fax_destination_number text,
    fax_name text,
    fax_email text,
    fax_email_confirmation text,
    fax_email_outbound_authorized_senders text,
    fax_caller_id_name text,
    fax_caller_id_number text,
    fax_toll_allow text,
    fax_forward_number text,
    fax_send_channels numeric,
    fax_description text,
    accountcode text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_fax_users (
    fax_user_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    fax_uuid uuid NOT NULL REFERENCES v_fax (fax_uuid),
    user_uuid uuid NOT NULL REFERENCES v_users (user_uuid),
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_fax_files (
    fax_file_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    fax_uuid uuid NOT NULL REFERENCES v_fax (fax_uuid),
    fax_mode text,
    fax_destination text,
    fax_file_type text,
    fax_file_path text,
    fax_caller_id_name text,
    fax_caller_id_number text,
    fax_date timestamptz,
    fax_epoch numeric,
    fax_base64 text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_destinations (
    destination_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    dialplan_uuid uuid REFERENCES v_dialplans (dialplan_uuid),
    fax_uuid uuid REFERENCES v_fax (fax_uuid),
    user_uuid uuid REFERENCES v_users (user_uuid),
    group_uuid uuid REFERENCES v_groups (group_uuid),
    destination_type text,
    destination_number text,
    destination_prefix text,
    destination_caller_id_name text,
    destination_caller_id_number text,
    destination_cid_name_prefix text,
    destination_context text,
    destination_record text,
    destination_accountcode text,
    destination_actions text,
    destination_app text,
    destination_data text,
    destination_alternate_app text,
    destination_alternate_data text,
    destination_order numeric,
    destination_enabled text,
    destination_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_ivr_menus (
    ivr_menu_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    dialplan_uuid uuid REFERENCES v_dialplans (dialplan_uuid),
    ivr_menu_parent_uuid uuid REFERENCES v_ivr_menus (ivr_menu_uuid),
    ivr_menu_name text,
    ivr_menu_extension text,
    ivr_menu_language text,
    ivr_menu_greet_long text,
    ivr_menu_greet_short text,
    ivr_menu_invalid_sound text,
    ivr_menu_exit_sound text,
    ivr_menu_confirm_macro text,
    ivr_menu_confirm_key text,
    ivr_menu_tts_engine text,
    ivr_menu_tts_voice text,
    ivr_menu_confirm_attempts numeric,
    ivr_menu_timeout numeric,
    ivr_menu_exit_app text,
    ivr_menu_exit_data text,
    ivr_menu_inter_digit_timeout numeric,
    ivr_menu_max_failures numeric,
    ivr_menu_max_timeouts numeric,
    ivr_menu_digit_len numeric,
    ivr_menu_direct_dial text,
    ivr_menu_ringback text,
    ivr_menu_cid_prefix text,
    ivr_menu_context text,
    ivr_menu_enabled text,
    ivr_menu_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_ivr_menu_options (
    ivr_menu_option_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    ivr_menu_uuid uuid NOT NULL REFERENCES v_ivr_menus (ivr_menu_uuid),
    ivr_menu_option_digits text,
    ivr_menu_option_action text,
    ivr_menu_option_param text,
    ivr_menu_option_order numeric,
    ivr_menu_option_description text,
    ivr_menu_option_enabled boolean,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_ring_groups (
    ring_group_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    dialplan_uuid uuid REFERENCES v_dialplans (dialplan_uuid),
    ring_group_name text,
    ring_group_extension text,
    ring_group_greeting text,
    ring_group_context text,
    ring_group_call_timeout numeric,
    ring_group_forward_destination text,
    ring_group_forward_enabled text,
    ring_group_caller_id_name text,
    ring_group_caller_id_number text,
    ring_group_cid_name_prefix text,
    ring_group_cid_number_prefix text,
    ring_group_strategy text,
    ring_group_timeout_app text,
    ring_group_timeout_data text,
    ring_group_distinctive_ring text,
    ring_group_ringback text,
    ring_group_call_forward_enabled text,
    ring_group_follow_me_enabled text,
    ring_group_missed_call_app text,
    ring_group_missed_call_data text,
    ring_group_forward_toll_allow text,
    ring_group_enabled text,
    ring_group_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_ring_group_destinations (
    ring_group_destination_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    ring_group_uuid uuid NOT NULL REFERENCES v_ring_groups (ring_group_uuid),
    destination_number text,
    destination_delay numeric,
    destination_timeout numeric,
    destination_prompt numeric,
    destination_enabled boolean,
    destination_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_ring_group_users (
    ring_group_user_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    ring_group_uuid uuid NOT NULL REFERENCES v_ring_groups (ring_group_uuid),
    user_uuid uuid NOT NULL REFERENCES v_users (user_uuid),
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_call_center_queues (
    call_center_queue_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    dialplan_uuid uuid REFERENCES v_dialplans (dialplan_uuid),
    queue_name text,
    queue_extension text,
    queue_greeting text,
    queue_strategy text,
    queue_moh_sound text,
    queue_record_template text,
    queue_time_base_score text,
    queue_max_wait_time numeric,
    queue_max_wait_time_with_no_agent numeric,
    queue_max_wait_time_with_no_agent_time_reached numeric,
    queue_tier_rules_apply text,
    queue_tier_rule_wait_second numeric,
    queue_tier_rule_no_agent_no_wait text,
    queue_timeout_action text,
    queue_discard_abandoned_after numeric,
    queue_abandoned_resume_allowed text,
    queue_cid_prefix text,
    queue_announce_sound text,
    queue_announce_frequency numeric,
    queue_cc_exit_keys text,
    queue_email_address text,
    queue_context text,
    queue_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_call_center_agents (
    call_center_agent_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    user_uuid uuid REFERENCES v_users (user_uuid),
    agent_name text,
    agent_type text,
    agent_call_timeout numeric,
    agent_id text,
    agent_password text,
    agent_contact text,
    agent_status text,
    agent_logout text,
    agent_max_no_answer numeric,
    agent_wrap_up_time numeric,
    agent_reject_delay_time numeric,
    agent_busy_delay_time numeric,
    agent_no_answer_delay_time numeric,
    agent_record text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_call_center_tiers (
    call_center_tier_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    call_center_queue_uuid uuid NOT NULL REFERENCES v_call_center_queues (call_center_queue_uuid),
    call_center_agent_uuid uuid NOT NULL REFERENCES v_call_center_agents (call_center_agent_uuid),
    agent_name text,
    queue_name text,
    tier_level numeric,
    tier_position numeric,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_conference_centers (
    conference_center_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    dialplan_uuid uuid REFERENCES v_dialplans (dialplan_uuid),
    conference_center_name text,
    conference_center_extension text,
    conference_center_pin_length numeric,
    conference_center_greeting text,
    conference_center_description text,
    conference_center_enabled text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_conference_rooms (
    conference_room_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    conference_center_uuid uuid NOT NULL REFERENCES v_conference_centers (conference_center_uuid),
    conference_room_name text,
    profile text,
    record text,
    moderator_pin text,
    participant_pin text,
    max_members numeric,
    start_datetime text,
    stop_datetime text,
    wait_mod text,
    announce_name text,
    announce_count text,
    announce_recording text,
    sounds text,
    mute text,
    created text,
    created_by uuid REFERENCES v_users (user_uuid),
    email_address text,
    account_code text,
    enabled text,
    description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_call_flows (
    call_flow_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    dialplan_uuid uuid REFERENCES v_dialplans (dialplan_uuid),
    call_flow_name text,
    call_flow_extension text,
    call_flow_feature_code text,
    call_flow_context text,
    call_flow_status text,
    call_flow_pin_number text,
    call_flow_label text,
    call_flow_sound text,
    call_flow_app text,
    call_flow_data text,
    call_flow_alternate_label text,
    call_flow_alternate_sound text,
    call_flow_alternate_app text,
    call_flow_alternate_data text,
    call_flow_enabled text,
    call_flow_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_device_vendors (
    device_vendor_uuid uuid PRIMARY KEY,
    name text,
    enabled text,
    description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_device_vendor_functions (
    device_vendor_function_uuid uuid PRIMARY KEY,
    device_vendor_uuid uuid NOT NULL REFERENCES v_device_vendors (device_vendor_uuid),
    type text,
    subtype text,
    value text,
    enabled text,
    description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_device_profiles (
    device_profile_uuid uuid PRIMARY KEY,
    domain_uuid uuid REFERENCES v_domains (domain_uuid),
    device_profile_name text,
    device_profile_enabled text,
    device_profile_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_devices (
    device_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    device_profile_uuid uuid REFERENCES v_device_profiles (device_profile_uuid),
    device_user_uuid uuid REFERENCES v_users (user_uuid),
    device_uuid_alternate uuid REFERENCES v_devices (device_uuid),
    device_address text,
    device_label text,
    device_vendor text,
    device_model text,
    device_firmware_version text,
    device_enabled text,
    device_template text,
    device_username text,
    device_password text,
    device_description text,
    device_provisioned_date timestamptz,
    device_provisioned_method text,
    device_provisioned_ip text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_device_lines (
    device_line_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    device_uuid uuid NOT NULL REFERENCES v_devices (device_uuid),
    line_number text,
    server_address text,
    outbound_proxy_primary text,
    outbound_proxy_secondary text,
    label text,
    display_name text,
    user_id text,
    auth_id text,
    password text,
    sip_port numeric,
    sip_transport text,
    register_expires numeric,
    shared_line text,
    enabled text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_device_keys (
    device_key_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    device_uuid uuid REFERENCES v_devices (device_uuid),
    device_profile_uuid uuid REFERENCES v_device_profiles (device_profile_uuid),
    device_key_id numeric,
    device_key_category text,
    device_key_vendor text,
    device_key_type text,
    device_key_subtype text,
    device_key_line numeric,
    device_key_value text,
    device_key_extension text,
    device_key_protected text,
    device_key_label text,
    device_key_icon text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_device_settings (
    device_setting_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    device_uuid uuid REFERENCES v_devices (device_uuid),
    device_profile_uuid uuid REFERENCES v_device_profiles (device_profile_uuid),
    device_setting_category text,
    device_setting_subcategory text,
    device_setting_name text,
    device_setting_value text,
    device_setting_enabled text,
    device_setting_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_bridges (
    bridge_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    bridge_name text,
    bridge_destination text,
    bridge_enabled text,
    bridge_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_call_block (
    call_block_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    extension_uuid uuid REFERENCES v_extensions (extension_uuid),
    call_block_direction text,
    call_block_name text,
    call_block_country_code numeric,
    call_block_number text,
    call_block_count numeric,
    call_block_app text,
    call_block_data text,
    call_block_enabled text,
    call_block_description text,
    date_added text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_recordings (
    recording_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    recording_filename text,
    recording_name text,
    recording_description text,
    recording_base64 text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_access_controls (
    access_control_uuid uuid PRIMARY KEY,
    access_control_name text,
    access_control_default text,
    access_control_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_access_control_nodes (
    access_control_node_uuid uuid PRIMARY KEY,
    access_control_uuid uuid NOT NULL REFERENCES v_access_controls (access_control_uuid),
    node_type text,
    node_cidr text,
    node_domain text,
    node_description text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_database_transactions (
    database_transaction_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    user_uuid uuid REFERENCES v_users (user_uuid),
    app_name text,
    app_uuid uuid,
    transaction_code text,
    transaction_address text,
    transaction_type text,
    transaction_date timestamptz,
    transaction_old text,
    transaction_new text,
    transaction_result text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);

CREATE TABLE v_xml_cdr (
    xml_cdr_uuid uuid PRIMARY KEY,
    domain_uuid uuid NOT NULL REFERENCES v_domains (domain_uuid),
    extension_uuid uuid REFERENCES v_extensions (extension_uuid),
    call_center_queue_uuid uuid REFERENCES v_call_center_queues (call_center_queue_uuid),
    ring_group_uuid uuid REFERENCES v_ring_groups (ring_group_uuid),
    cc_agent_uuid uuid REFERENCES v_call_center_agents (call_center_agent_uuid),
    bridge_uuid uuid,
    conference_uuid uuid,
    cc_member_uuid uuid,
    cc_member_session_uuid uuid,
    sip_call_id text,
    domain_name text,
    accountcode text,
    direction text,
    default_language text,
    context text,
    xml text,
    json text,
    caller_id_name text,
    caller_id_number text,
    caller_destination text,
    source_number text,
    destination_number text,
    start_epoch numeric,
    start_stamp timestamptz,
    answer_stamp timestamptz,
    answer_epoch numeric,
    end_epoch numeric,
    end_stamp timestamptz,
    duration numeric,
    mduration numeric,
    billsec numeric,
    billmsec numeric,
    read_codec text,
    write_codec text,
    remote_media_ip text,
    network_addr text,
    record_path text,
    record_name text,
    leg char(1),
    pdd_ms smallint,
    rtp_audio_in_mos numeric,
    last_app text,
    last_arg text,
    missed_call boolean,
    cc_side text,
    cc_queue text,
    cc_agent text,
    cc_agent_type text,
    cc_cancel_reason text,
    cc_cause text,
    waitsec numeric,
    conference_name text,
    conference_member_id text,
    digits_dialed text,
    pin_number text,
    hangup_cause text,
    hangup_cause_q850 numeric,
    sip_hangup_disposition text,
    insert_date timestamptz,
    insert_user uuid REFERENCES v_users (user_uuid),
    update_date timestamptz,
    update_user uuid REFERENCES v_users (user_uuid)
);
