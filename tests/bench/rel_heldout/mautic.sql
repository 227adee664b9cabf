-- mautic.sql: a nineteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind19). The database of Mautic
-- (4.x/5.x), the open source marketing automation platform, written in
-- PostgreSQL syntax (Mautic runs on MySQL): users, roles and permissions,
-- categories, contacts (the table leads) with their lists, tags,
-- companies, devices, notes, points, stages, UTM tags, do-not-contact
-- entries and change logs, forms with their fields, actions and
-- submissions, landing pages, redirects and hits, assets and downloads,
-- emails with their stats, copies, devices and replies, campaigns with
-- their events, members, event logs and summaries, the message queue, SMS,
-- web push, focus items, dynamic content, point actions and triggers,
-- reports, dashboard widgets, the audit log, notifications, marketing
-- messages and their channels, webhooks, plugins and integrations, the
-- OAuth2 server tables, imports, tweets, social monitoring and the sync
-- object mapping.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Mautic's Doctrine entities
-- (loadMetadata) and migrations, trimmed.
-- Conventions (Doctrine): plural snake_case tables keyed by an integer
-- `id` (bigint for leads and the stat and log tables); the foreign keys
-- are table constraints named FK_ and sixteen hexadecimal digits, as
-- Doctrine names them; a contact is a `lead` (lead_id -> leads) and a
-- segment a `lead list` (leadlist_id, and list_id on the stat tables, ->
-- lead_lists); ip_id -> ip_addresses; category_id -> categories on most
-- entities; translation_parent_id / variant_parent_id self references on
-- pages, emails and dynamic content; Mautic's own names for some links:
-- unsubscribeform_id -> forms, preference_center_id -> pages, copy_id ->
-- email_copies (a varchar(32) hash key), stat_id -> email_stats,
-- device_id -> lead_devices, redirect_id -> page_redirects (beside the
-- redirect's own varchar redirect_id), sms_id -> sms_messages,
-- notification_id -> push_notifications, trigger_id -> point_triggers,
-- monitor_id -> monitoring, contact_id -> leads, log_id ->
-- campaign_lead_event_log, event_id -> campaign_events (message queue,
-- campaign tables), point_trigger_events or webhook_events.
-- The REFERENCES are the FKs Mautic declares. Not declared by Mautic, so
-- left without REFERENCES: the FormEntity columns on every editable
-- entity (created_by, modified_by, checked_out_by: a user id kept with the
-- user's name, no key), audit_log.user_id and lead_event_log.user_id,
-- lead_companies_change_log.company_id, contact_merge_records.merged_id,
-- focus.form_id, the channel / channel_id, source / source_id, object /
-- object_id and internal_entity_id pairs, integration ids.
-- form_submissions refers to pages and is written after it.

CREATE TABLE roles (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    description text,
    is_admin boolean NOT NULL,
    readable_permissions text NOT NULL,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191)
);

CREATE TABLE users (
    id serial PRIMARY KEY,
    role_id integer NOT NULL,
    username varchar(191) NOT NULL UNIQUE,
    password varchar(64) NOT NULL,
    first_name varchar(191) NOT NULL,
    last_name varchar(191) NOT NULL,
    email varchar(191) NOT NULL UNIQUE,
    position varchar(191),
    timezone varchar(191),
    locale varchar(191),
    last_login timestamp,
    last_active timestamp,
    preferences text,
    signature text,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_1900A7453AEAED8A FOREIGN KEY (role_id) REFERENCES roles (id)
);

CREATE TABLE permissions (
    id serial PRIMARY KEY,
    role_id integer NOT NULL,
    bundle varchar(50) NOT NULL,
    name varchar(50) NOT NULL,
    bitwise integer NOT NULL,
    CONSTRAINT FK_CF87720BC5B54CB9 FOREIGN KEY (role_id) REFERENCES roles (id)
);

CREATE TABLE user_tokens (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    authorizator varchar(32) NOT NULL,
    secret varchar(120) NOT NULL UNIQUE,
    expiration timestamp,
    one_time_only boolean NOT NULL,
    CONSTRAINT FK_3127382237CB7DB1 FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE categories (
    id serial PRIMARY KEY,
    title varchar(191) NOT NULL,
    description text,
    alias varchar(191) NOT NULL,
    color varchar(7),
    bundle varchar(50) NOT NULL,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191)
);

CREATE TABLE ip_addresses (
    id serial PRIMARY KEY,
    ip_address varchar(45) NOT NULL,
    ip_details text
);

CREATE TABLE stages (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    description text,
    weight integer NOT NULL,
    publish_up timestamp,
    publish_down timestamp,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_D488F763753311C5 FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE leads (
    id bigserial PRIMARY KEY,
    owner_id integer,
    stage_id integer,
    points integer NOT NULL,
    last_active timestamp,
    internal text,
    social_cache text,
    date_identified timestamp,
    preferred_profile_image varchar(191),
    title varchar(191),
    firstname varchar(191),
    lastname varchar(191),
    company varchar(191),
    position varchar(191),
    email varchar(191),
    phone varchar(191),
    mobile varchar(191),
    address1 varchar(191),
    city varchar(191),
    state varchar(191),
    zipcode varchar(191),
    country varchar(191),
    website varchar(191),
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_16A0E9C6B95EB7AA FOREIGN KEY (owner_id) REFERENCES users (id),
    CONSTRAINT FK_291544C02AE53590 FOREIGN KEY (stage_id) REFERENCES stages (id)
);

CREATE TABLE lead_fields (
    id serial PRIMARY KEY,
    label varchar(191) NOT NULL,
    alias varchar(191) NOT NULL,
    type varchar(50) NOT NULL,
    field_group varchar(191),
    default_value varchar(191),
    is_required boolean NOT NULL,
    is_fixed boolean NOT NULL,
    is_visible boolean NOT NULL,
    is_unique_identifer boolean,
    field_order integer,
    object varchar(191),
    properties text,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191)
);

CREATE TABLE lead_lists (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    public_name varchar(191) NOT NULL,
    description text,
    alias varchar(191) NOT NULL,
    filters text NOT NULL,
    is_global boolean NOT NULL,
    is_preference_center boolean NOT NULL,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_7C675488FEB12804 FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE lead_lists_leads (
    leadlist_id integer NOT NULL,
    lead_id bigint NOT NULL,
    date_added timestamp NOT NULL,
    manually_removed boolean NOT NULL,
    manually_added boolean NOT NULL,
    PRIMARY KEY (leadlist_id, lead_id),
    CONSTRAINT FK_50AE8CFCB9AA03C0 FOREIGN KEY (leadlist_id) REFERENCES lead_lists (id),
    CONSTRAINT FK_CF75097209F4EF3D FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE lead_notes (
    id serial PRIMARY KEY,
    lead_id bigint NOT NULL,
    text text NOT NULL,
    type varchar(50),
    date_time timestamp,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_625BC9A0C6BCCD48 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE lead_points_change_log (
    id bigserial PRIMARY KEY,
    lead_id bigint NOT NULL,
    ip_id integer,
    type text NOT NULL,
    event_name varchar(191) NOT NULL,
    action_name varchar(191) NOT NULL,
    delta integer NOT NULL,
    date_added timestamp NOT NULL,
    CONSTRAINT FK_1DA5921C64A0B0D4 FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_110762D507FC3D7A FOREIGN KEY (ip_id) REFERENCES ip_addresses (id)
);

CREATE TABLE lead_event_log (
    id bigserial PRIMARY KEY,
    lead_id bigint,
    user_id integer,
    user_name varchar(191),
    bundle varchar(191),
    object varchar(191),
    action varchar(191),
    object_id integer,
    date_added timestamp NOT NULL,
    properties text,
    CONSTRAINT FK_8D35D883E8313577 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE lead_devices (
    id serial PRIMARY KEY,
    lead_id bigint NOT NULL,
    date_added timestamp NOT NULL,
    client_info text,
    device varchar(191),
    device_os_name varchar(191),
    device_os_shortname varchar(191),
    device_os_version varchar(191),
    device_os_platform varchar(191),
    device_brand varchar(191),
    device_model varchar(191),
    device_fingerprint varchar(191),
    tracking_id varchar(191),
    CONSTRAINT FK_BCC5B38867E9185B FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE lead_donotcontact (
    id serial PRIMARY KEY,
    lead_id bigint,
    date_added timestamp NOT NULL,
    reason smallint NOT NULL,
    channel varchar(191) NOT NULL,
    channel_id integer,
    comments text,
    CONSTRAINT FK_F212E877E578B1A2 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE lead_ips_xref (
    lead_id bigint NOT NULL,
    ip_id integer NOT NULL,
    PRIMARY KEY (lead_id, ip_id),
    CONSTRAINT FK_2FCE1556B664CBEB FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_451B0553FE182C49 FOREIGN KEY (ip_id) REFERENCES ip_addresses (id)
);

CREATE TABLE lead_tags (
    id serial PRIMARY KEY,
    tag varchar(191) NOT NULL UNIQUE
);

CREATE TABLE lead_tags_xref (
    lead_id bigint NOT NULL,
    tag_id integer NOT NULL,
    PRIMARY KEY (lead_id, tag_id),
    CONSTRAINT FK_CFD8CC4117869AF7 FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_BBF97D5BA9561A6B FOREIGN KEY (tag_id) REFERENCES lead_tags (id)
);

CREATE TABLE lead_frequencyrules (
    id serial PRIMARY KEY,
    lead_id bigint NOT NULL,
    date_added timestamp NOT NULL,
    frequency_number smallint,
    frequency_time varchar(25),
    channel varchar(191) NOT NULL,
    preferred_channel boolean NOT NULL,
    pause_from_date timestamp,
    pause_to_date timestamp,
    CONSTRAINT FK_6DA502BB3194BD61 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE lead_categories (
    id serial PRIMARY KEY,
    category_id integer NOT NULL,
    lead_id bigint NOT NULL,
    date_added timestamp NOT NULL,
    manually_removed boolean NOT NULL,
    manually_added boolean NOT NULL,
    CONSTRAINT FK_6C1CA224ABD550BB FOREIGN KEY (category_id) REFERENCES categories (id),
    CONSTRAINT FK_E70DBFEE83146B61 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE lead_utmtags (
    id serial PRIMARY KEY,
    lead_id bigint NOT NULL,
    date_added timestamp NOT NULL,
    query text,
    referer text,
    remote_host varchar(191),
    url text,
    user_agent text,
    utm_campaign varchar(191),
    utm_content varchar(191),
    utm_medium varchar(191),
    utm_source varchar(191),
    utm_term varchar(191),
    CONSTRAINT FK_217FE0D988930D38 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE lead_stages_change_log (
    id bigserial PRIMARY KEY,
    lead_id bigint NOT NULL,
    stage_id integer,
    event_name varchar(191) NOT NULL,
    action_name varchar(191) NOT NULL,
    date_added timestamp NOT NULL,
    CONSTRAINT FK_8C0F120294768A04 FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_7BD6A195AEB93691 FOREIGN KEY (stage_id) REFERENCES stages (id)
);

CREATE TABLE companies (
    id serial PRIMARY KEY,
    owner_id integer,
    score integer,
    companyname varchar(191),
    companyemail varchar(191),
    companyaddress1 varchar(191),
    companycity varchar(191),
    companycountry varchar(191),
    companyphone varchar(191),
    companywebsite varchar(191),
    companyindustry varchar(191),
    companynumber_of_employees integer,
    companyannual_revenue double precision,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_B59972596F7E6924 FOREIGN KEY (owner_id) REFERENCES users (id)
);

CREATE TABLE companies_leads (
    company_id integer NOT NULL,
    lead_id bigint NOT NULL,
    date_added timestamp NOT NULL,
    is_primary boolean,
    PRIMARY KEY (company_id, lead_id),
    CONSTRAINT FK_6CFE48DD6C1D9AC0 FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT FK_090396A8BE2070DE FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE lead_companies_change_log (
    id bigserial PRIMARY KEY,
    lead_id bigint NOT NULL,
    type text NOT NULL,
    event_name varchar(191) NOT NULL,
    action_name varchar(191) NOT NULL,
    company_id integer NOT NULL,
    date_added timestamp NOT NULL,
    CONSTRAINT FK_C805699C6823BBFA FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE contact_merge_records (
    id serial PRIMARY KEY,
    contact_id bigint NOT NULL,
    date_added timestamp NOT NULL,
    merged_id integer NOT NULL,
    name varchar(191) NOT NULL,
    CONSTRAINT FK_7FF813025155115F FOREIGN KEY (contact_id) REFERENCES leads (id)
);

CREATE TABLE forms (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    description text,
    alias varchar(191) NOT NULL,
    form_attr varchar(191),
    cached_html text,
    post_action varchar(191) NOT NULL,
    post_action_property text,
    publish_up timestamp,
    publish_down timestamp,
    template varchar(191),
    in_kiosk_mode boolean,
    render_style boolean,
    form_type varchar(191),
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_D019482B24C5E0D3 FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE form_fields (
    id serial PRIMARY KEY,
    form_id integer NOT NULL,
    label text NOT NULL,
    show_label boolean,
    alias varchar(191) NOT NULL,
    type varchar(191) NOT NULL,
    is_custom boolean NOT NULL,
    custom_parameters text,
    default_value text,
    is_required boolean NOT NULL,
    validation_message text,
    help_message text,
    field_order integer,
    properties text,
    label_attr varchar(191),
    input_attr varchar(191),
    container_attr varchar(191),
    lead_field varchar(191),
    save_result boolean,
    is_auto_fill boolean,
    CONSTRAINT FK_DDF3B3E198D8DB66 FOREIGN KEY (form_id) REFERENCES forms (id)
);

CREATE TABLE form_actions (
    id serial PRIMARY KEY,
    form_id integer NOT NULL,
    name varchar(191) NOT NULL,
    description text,
    type varchar(50) NOT NULL,
    action_order integer NOT NULL,
    properties text NOT NULL,
    CONSTRAINT FK_4DECA9A7767757BF FOREIGN KEY (form_id) REFERENCES forms (id)
);

CREATE TABLE assets (
    id serial PRIMARY KEY,
    category_id integer,
    title varchar(191) NOT NULL,
    description text,
    alias varchar(191) NOT NULL,
    storage_location varchar(191),
    path varchar(191),
    remote_path text,
    original_file_name varchar(191),
    lang varchar(191) NOT NULL,
    publish_up timestamp,
    publish_down timestamp,
    download_count integer NOT NULL,
    unique_download_count integer NOT NULL,
    revision integer NOT NULL,
    extension varchar(191),
    mime varchar(191),
    size integer,
    disallow boolean,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_ADA4D39C3E296C53 FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE pages (
    id serial PRIMARY KEY,
    category_id integer,
    translation_parent_id integer,
    variant_parent_id integer,
    title varchar(191) NOT NULL,
    alias varchar(191) NOT NULL,
    template varchar(191),
    custom_html text,
    content text,
    publish_up timestamp,
    publish_down timestamp,
    hits integer NOT NULL,
    unique_hits integer NOT NULL,
    variant_hits integer NOT NULL,
    revision integer NOT NULL,
    meta_description varchar(191),
    redirect_type varchar(100),
    redirect_url varchar(2048),
    is_preference_center boolean,
    no_index boolean,
    lang varchar(191) NOT NULL,
    variant_settings text,
    variant_start_date timestamp,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_36EBEA9F79BE0D77 FOREIGN KEY (category_id) REFERENCES categories (id),
    CONSTRAINT FK_76BB656F282990A4 FOREIGN KEY (translation_parent_id) REFERENCES pages (id),
    CONSTRAINT FK_C624038DFB0A50B1 FOREIGN KEY (variant_parent_id) REFERENCES pages (id)
);

CREATE TABLE form_submissions (
    id serial PRIMARY KEY,
    form_id integer NOT NULL,
    ip_id integer,
    lead_id bigint,
    page_id integer,
    tracking_id varchar(191),
    date_submitted timestamp NOT NULL,
    referer text NOT NULL,
    CONSTRAINT FK_46A6AB29506A0E3D FOREIGN KEY (form_id) REFERENCES forms (id),
    CONSTRAINT FK_4398DE16E4F5207F FOREIGN KEY (ip_id) REFERENCES ip_addresses (id),
    CONSTRAINT FK_09D835103F1B9FC3 FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_6A907D94415CD2D0 FOREIGN KEY (page_id) REFERENCES pages (id)
);

CREATE TABLE page_redirects (
    id serial PRIMARY KEY,
    redirect_id varchar(25) NOT NULL,
    url text NOT NULL,
    hits integer NOT NULL,
    unique_hits integer NOT NULL,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191)
);

CREATE TABLE channel_url_trackables (
    redirect_id integer NOT NULL,
    channel_id integer NOT NULL,
    channel varchar(191) NOT NULL,
    hits integer NOT NULL,
    unique_hits integer NOT NULL,
    PRIMARY KEY (redirect_id, channel_id),
    CONSTRAINT FK_AFB6419345FBBD37 FOREIGN KEY (redirect_id) REFERENCES page_redirects (id)
);

CREATE TABLE emails (
    id serial PRIMARY KEY,
    category_id integer,
    translation_parent_id integer,
    variant_parent_id integer,
    unsubscribeform_id integer,
    preference_center_id integer,
    name varchar(191) NOT NULL,
    description text,
    subject text,
    from_address varchar(191),
    from_name varchar(191),
    reply_to_address varchar(191),
    bcc_address varchar(191),
    use_owner_as_mailer boolean,
    template varchar(191),
    content text,
    utm_tags text,
    plain_text text,
    custom_html text,
    email_type text,
    publish_up timestamp,
    publish_down timestamp,
    read_count integer NOT NULL,
    sent_count integer NOT NULL,
    variant_sent_count integer NOT NULL,
    variant_read_count integer NOT NULL,
    revision integer NOT NULL,
    lang varchar(191) NOT NULL,
    variant_settings text,
    variant_start_date timestamp,
    dynamic_content text,
    headers text NOT NULL,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_38AF7BB5772B1481 FOREIGN KEY (category_id) REFERENCES categories (id),
    CONSTRAINT FK_720CFDF7A8C06A16 FOREIGN KEY (translation_parent_id) REFERENCES emails (id),
    CONSTRAINT FK_9C19FA53E136FAA3 FOREIGN KEY (variant_parent_id) REFERENCES emails (id),
    CONSTRAINT FK_615F31663EEC2B12 FOREIGN KEY (unsubscribeform_id) REFERENCES forms (id),
    CONSTRAINT FK_4BCE511250E101C9 FOREIGN KEY (preference_center_id) REFERENCES pages (id)
);

CREATE TABLE email_list_xref (
    email_id integer NOT NULL,
    leadlist_id integer NOT NULL,
    PRIMARY KEY (email_id, leadlist_id),
    CONSTRAINT FK_1F84E08E1EF020C7 FOREIGN KEY (email_id) REFERENCES emails (id),
    CONSTRAINT FK_8BE5E915FC54BAFA FOREIGN KEY (leadlist_id) REFERENCES lead_lists (id)
);

CREATE TABLE email_assets_xref (
    email_id integer NOT NULL,
    asset_id integer NOT NULL,
    PRIMARY KEY (email_id, asset_id),
    CONSTRAINT FK_D2341FD9269C283D FOREIGN KEY (email_id) REFERENCES emails (id),
    CONSTRAINT FK_B706CBA4DF4D371D FOREIGN KEY (asset_id) REFERENCES assets (id)
);

CREATE TABLE email_copies (
    id varchar(32) PRIMARY KEY,
    date_created timestamp NOT NULL,
    body text,
    subject text
);

CREATE TABLE email_stats (
    id bigserial PRIMARY KEY,
    email_id integer,
    lead_id bigint,
    list_id integer,
    ip_id integer,
    copy_id varchar(32),
    email_address varchar(191) NOT NULL,
    date_sent timestamp NOT NULL,
    is_read boolean NOT NULL,
    is_failed boolean NOT NULL,
    viewed_in_browser boolean NOT NULL,
    date_read timestamp,
    tracking_hash varchar(191),
    retry_count integer,
    source varchar(191),
    source_id integer,
    tokens text,
    open_count integer,
    last_opened timestamp,
    open_details text,
    CONSTRAINT FK_CDB9C145235844F6 FOREIGN KEY (email_id) REFERENCES emails (id),
    CONSTRAINT FK_1018704143547BC3 FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_4D772339916C8D59 FOREIGN KEY (list_id) REFERENCES lead_lists (id),
    CONSTRAINT FK_FBA78CDA0A5C17D6 FOREIGN KEY (ip_id) REFERENCES ip_addresses (id),
    CONSTRAINT FK_E23678F561A18FDF FOREIGN KEY (copy_id) REFERENCES email_copies (id)
);

CREATE TABLE email_stats_devices (
    id bigserial PRIMARY KEY,
    device_id integer,
    stat_id bigint,
    ip_id integer,
    date_opened timestamp NOT NULL,
    CONSTRAINT FK_936BB6E1CBF3727C FOREIGN KEY (device_id) REFERENCES lead_devices (id),
    CONSTRAINT FK_0CEAB05427302D03 FOREIGN KEY (stat_id) REFERENCES email_stats (id),
    CONSTRAINT FK_51C40C902EB52BA7 FOREIGN KEY (ip_id) REFERENCES ip_addresses (id)
);

CREATE TABLE email_stat_replies (
    id char(36) PRIMARY KEY,
    stat_id bigint NOT NULL,
    date_replied timestamp NOT NULL,
    message_id varchar(191) NOT NULL,
    CONSTRAINT FK_39C35DB5CB0827D1 FOREIGN KEY (stat_id) REFERENCES email_stats (id)
);

CREATE TABLE page_hits (
    id bigserial PRIMARY KEY,
    page_id integer,
    redirect_id integer,
    email_id integer,
    lead_id bigint,
    ip_id integer NOT NULL,
    device_id integer,
    date_hit timestamp NOT NULL,
    date_left timestamp,
    country varchar(191),
    region varchar(191),
    city varchar(191),
    isp varchar(191),
    organization varchar(191),
    code integer NOT NULL,
    referer text,
    url text,
    url_title varchar(191),
    user_agent text,
    remote_host varchar(191),
    page_language varchar(191),
    browser_languages text,
    tracking_id varchar(191) NOT NULL,
    source varchar(191),
    source_id integer,
    query text,
    CONSTRAINT FK_712E8D2B35933BED FOREIGN KEY (page_id) REFERENCES pages (id),
    CONSTRAINT FK_4610759F085DFC2A FOREIGN KEY (redirect_id) REFERENCES page_redirects (id),
    CONSTRAINT FK_8ADD96025068B20C FOREIGN KEY (email_id) REFERENCES emails (id),
    CONSTRAINT FK_9C74164DE9A1066F FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_992BA517EC17853D FOREIGN KEY (ip_id) REFERENCES ip_addresses (id),
    CONSTRAINT FK_FF9C3F9FFBDA6B61 FOREIGN KEY (device_id) REFERENCES lead_devices (id)
);

CREATE TABLE asset_downloads (
    id bigserial PRIMARY KEY,
    asset_id integer,
    ip_id integer NOT NULL,
    lead_id bigint,
    email_id integer,
    date_download timestamp NOT NULL,
    code integer NOT NULL,
    referer text,
    tracking_id varchar(191) NOT NULL,
    source varchar(191),
    source_id integer,
    CONSTRAINT FK_4E0190DC191C7F28 FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT FK_04814428C939A9CA FOREIGN KEY (ip_id) REFERENCES ip_addresses (id),
    CONSTRAINT FK_24761AD549698D8F FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_931E3DA011564D2C FOREIGN KEY (email_id) REFERENCES emails (id)
);

CREATE TABLE campaigns (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    description text,
    publish_up timestamp,
    publish_down timestamp,
    canvas_settings text,
    allow_restart boolean NOT NULL,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_2AFD7FB086DAB24F FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE campaign_events (
    id serial PRIMARY KEY,
    campaign_id integer NOT NULL,
    parent_id integer,
    name varchar(191) NOT NULL,
    description text,
    type varchar(50) NOT NULL,
    event_type varchar(50) NOT NULL,
    event_order integer NOT NULL,
    properties text NOT NULL,
    trigger_date timestamp,
    trigger_interval integer,
    trigger_interval_unit varchar(1),
    trigger_mode varchar(10),
    decision_path varchar(191),
    temp_id varchar(191),
    channel varchar(191),
    channel_id integer,
    CONSTRAINT FK_ACAEA87A7F60ED67 FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT FK_DAB286274072518F FOREIGN KEY (parent_id) REFERENCES campaign_events (id)
);

CREATE TABLE campaign_leads (
    campaign_id integer NOT NULL,
    lead_id bigint NOT NULL,
    date_added timestamp NOT NULL,
    manually_removed boolean NOT NULL,
    manually_added boolean NOT NULL,
    date_last_exited timestamp,
    rotation integer NOT NULL,
    PRIMARY KEY (campaign_id, lead_id),
    CONSTRAINT FK_FDB0BB344A8E8443 FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT FK_043DD8AECBBB4C45 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE campaign_leadlist_xref (
    campaign_id integer NOT NULL,
    leadlist_id integer NOT NULL,
    PRIMARY KEY (campaign_id, leadlist_id),
    CONSTRAINT FK_2EDDE164193F21EF FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT FK_EA4930E89802D2A6 FOREIGN KEY (leadlist_id) REFERENCES lead_lists (id)
);

CREATE TABLE campaign_form_xref (
    campaign_id integer NOT NULL,
    form_id integer NOT NULL,
    PRIMARY KEY (campaign_id, form_id),
    CONSTRAINT FK_75FD2036A5E1B1D0 FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT FK_9EB334BB4D908BDB FOREIGN KEY (form_id) REFERENCES forms (id)
);

CREATE TABLE campaign_lead_event_log (
    id bigserial PRIMARY KEY,
    event_id integer NOT NULL,
    lead_id bigint NOT NULL,
    campaign_id integer,
    ip_id integer,
    rotation integer NOT NULL,
    date_triggered timestamp,
    is_scheduled boolean NOT NULL,
    trigger_date timestamp,
    system_triggered boolean NOT NULL,
    metadata text,
    channel varchar(191),
    channel_id integer,
    non_action_path_taken boolean,
    CONSTRAINT FK_08BD6875320B1ECC FOREIGN KEY (event_id) REFERENCES campaign_events (id),
    CONSTRAINT FK_304C48E28EF0B6F2 FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_E5E528261BD14598 FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT FK_C5F6612EFAC16BD7 FOREIGN KEY (ip_id) REFERENCES ip_addresses (id)
);

CREATE TABLE campaign_lead_event_failed_log (
    log_id bigint PRIMARY KEY NOT NULL,
    date_added timestamp NOT NULL,
    reason text,
    CONSTRAINT FK_CF7F424493E3989A FOREIGN KEY (log_id) REFERENCES campaign_lead_event_log (id)
);

CREATE TABLE campaign_summary (
    id serial PRIMARY KEY,
    campaign_id integer,
    event_id integer NOT NULL,
    date_triggered timestamp,
    scheduled_count integer NOT NULL,
    triggered_count integer NOT NULL,
    non_action_path_taken_count integer NOT NULL,
    failed_count integer NOT NULL,
    log_counts_processed integer,
    CONSTRAINT FK_9B3E5C2D1604AE21 FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
    CONSTRAINT FK_426E4A62FD71F3F5 FOREIGN KEY (event_id) REFERENCES campaign_events (id)
);

CREATE TABLE message_queue (
    id bigserial PRIMARY KEY,
    channel varchar(191) NOT NULL,
    channel_id integer NOT NULL,
    event_id integer,
    lead_id bigint NOT NULL,
    priority smallint NOT NULL,
    max_attempts smallint NOT NULL,
    attempts smallint NOT NULL,
    success boolean NOT NULL,
    status varchar(191) NOT NULL,
    date_published timestamp,
    scheduled_date timestamp,
    last_attempt timestamp,
    date_sent timestamp,
    options text,
    CONSTRAINT FK_53ADE6D45271022E FOREIGN KEY (event_id) REFERENCES campaign_events (id),
    CONSTRAINT FK_278180780F3DBC21 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE sms_messages (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    description text,
    lang varchar(191) NOT NULL,
    message text NOT NULL,
    sms_type text,
    publish_up timestamp,
    publish_down timestamp,
    sent_count integer,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_BAFCE0BBFD192657 FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE sms_message_stats (
    id bigserial PRIMARY KEY,
    sms_id integer,
    lead_id bigint,
    list_id integer,
    ip_id integer,
    date_sent timestamp NOT NULL,
    is_failed boolean,
    tracking_hash varchar(191),
    source varchar(191),
    source_id integer,
    tokens text,
    details text,
    CONSTRAINT FK_8DAA84DF69BFD648 FOREIGN KEY (sms_id) REFERENCES sms_messages (id),
    CONSTRAINT FK_99527B884DB3DAFF FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_95FFF5C1BD063932 FOREIGN KEY (list_id) REFERENCES lead_lists (id),
    CONSTRAINT FK_8713AEC6E9BD3DB7 FOREIGN KEY (ip_id) REFERENCES ip_addresses (id)
);

CREATE TABLE sms_message_list_xref (
    sms_id integer NOT NULL,
    leadlist_id integer NOT NULL,
    PRIMARY KEY (sms_id, leadlist_id),
    CONSTRAINT FK_37B3FD9E6C4D5E9F FOREIGN KEY (sms_id) REFERENCES sms_messages (id),
    CONSTRAINT FK_3268E0FE61DCF195 FOREIGN KEY (leadlist_id) REFERENCES lead_lists (id)
);

CREATE TABLE push_notifications (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    description text,
    lang varchar(191) NOT NULL,
    url text,
    heading text NOT NULL,
    message text NOT NULL,
    button text,
    utm_tags text,
    notification_type text,
    publish_up timestamp,
    publish_down timestamp,
    read_count integer NOT NULL,
    sent_count integer NOT NULL,
    mobile boolean NOT NULL,
    mobile_settings text,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_FFDCED92AC8076D1 FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE push_notification_stats (
    id bigserial PRIMARY KEY,
    notification_id integer,
    lead_id bigint,
    list_id integer,
    ip_id integer,
    date_sent timestamp NOT NULL,
    date_read timestamp,
    is_clicked boolean NOT NULL,
    date_clicked timestamp,
    tracking_hash varchar(191),
    retry_count integer,
    source varchar(191),
    source_id integer,
    tokens text,
    click_count integer,
    last_clicked timestamp,
    click_details text,
    CONSTRAINT FK_7C0DC40812AF5919 FOREIGN KEY (notification_id) REFERENCES push_notifications (id),
    CONSTRAINT FK_D3F0055582108FF8 FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_32C7599811540868 FOREIGN KEY (list_id) REFERENCES lead_lists (id),
    CONSTRAINT FK_D86892E7AED97443 FOREIGN KEY (ip_id) REFERENCES ip_addresses (id)
);

CREATE TABLE focus (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    description text,
    focus_type varchar(191) NOT NULL,
    style varchar(191) NOT NULL,
    website varchar(191),
    publish_up timestamp,
    publish_down timestamp,
    properties text,
    form_id integer,
    cache text,
    html_mode varchar(191),
    editor text,
    html text,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_B870F7176EE57918 FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE focus_stats (
    id serial PRIMARY KEY,
    focus_id integer NOT NULL,
    type varchar(191) NOT NULL,
    type_id integer,
    date_added timestamp NOT NULL,
    CONSTRAINT FK_33F01CEC48E20BC5 FOREIGN KEY (focus_id) REFERENCES focus (id)
);

CREATE TABLE dynamic_content (
    id serial PRIMARY KEY,
    category_id integer,
    translation_parent_id integer,
    variant_parent_id integer,
    name varchar(191) NOT NULL,
    description text,
    publish_up timestamp,
    publish_down timestamp,
    sent_count integer NOT NULL,
    content text,
    utm_tags text,
    lang varchar(191) NOT NULL,
    variant_settings text,
    variant_start_date timestamp,
    filters text,
    is_campaign_based boolean NOT NULL,
    slot_name varchar(191),
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_DE0CDAA974DC3A15 FOREIGN KEY (category_id) REFERENCES categories (id),
    CONSTRAINT FK_1D63F5E27D98C840 FOREIGN KEY (translation_parent_id) REFERENCES dynamic_content (id),
    CONSTRAINT FK_2237E2E6D916D44F FOREIGN KEY (variant_parent_id) REFERENCES dynamic_content (id)
);

CREATE TABLE dynamic_content_stats (
    id serial PRIMARY KEY,
    dynamic_content_id integer,
    lead_id bigint,
    date_sent timestamp NOT NULL,
    source varchar(191),
    source_id integer,
    tokens text,
    sent_count integer,
    last_sent timestamp,
    sent_details text,
    CONSTRAINT FK_EA0EFCDA5C0C87C9 FOREIGN KEY (dynamic_content_id) REFERENCES dynamic_content (id),
    CONSTRAINT FK_902633126E4389C1 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE dynamic_content_lead_data (
    id serial PRIMARY KEY,
    lead_id bigint NOT NULL,
    dynamic_content_id integer NOT NULL,
    date_added timestamp,
    slot text NOT NULL,
    CONSTRAINT FK_E0479EF7EE669ED2 FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_F2E74208DBF3ECD1 FOREIGN KEY (dynamic_content_id) REFERENCES dynamic_content (id)
);

CREATE TABLE points (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    description text,
    type varchar(50) NOT NULL,
    publish_up timestamp,
    publish_down timestamp,
    repeatable boolean NOT NULL,
    delta integer NOT NULL,
    properties text NOT NULL,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_749066B8EC3D2BAB FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE point_lead_action_log (
    point_id integer NOT NULL,
    lead_id bigint NOT NULL,
    ip_id integer,
    date_fired timestamp NOT NULL,
    PRIMARY KEY (point_id, lead_id),
    CONSTRAINT FK_5B4CE9357986C586 FOREIGN KEY (point_id) REFERENCES points (id),
    CONSTRAINT FK_3CE373DEC2A61007 FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_3D3D98BBFEE662ED FOREIGN KEY (ip_id) REFERENCES ip_addresses (id)
);

CREATE TABLE point_triggers (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    description text,
    publish_up timestamp,
    publish_down timestamp,
    points integer NOT NULL,
    color varchar(7) NOT NULL,
    trigger_existing_leads boolean NOT NULL,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_1D025E7AAF1292D7 FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE point_trigger_events (
    id serial PRIMARY KEY,
    trigger_id integer NOT NULL,
    name varchar(191) NOT NULL,
    description text,
    type varchar(50) NOT NULL,
    action_order integer NOT NULL,
    properties text NOT NULL,
    CONSTRAINT FK_186BBCD3B108A4AE FOREIGN KEY (trigger_id) REFERENCES point_triggers (id)
);

CREATE TABLE point_trigger_lead_events (
    event_id integer NOT NULL,
    lead_id bigint NOT NULL,
    ip_id integer,
    date_fired timestamp NOT NULL,
    PRIMARY KEY (event_id, lead_id),
    CONSTRAINT FK_19EEF591C6A15B39 FOREIGN KEY (event_id) REFERENCES point_trigger_events (id),
    CONSTRAINT FK_7E1814FA7A357403 FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_5CEA9490E442A04C FOREIGN KEY (ip_id) REFERENCES ip_addresses (id)
);

CREATE TABLE stage_lead_action_log (
    stage_id integer NOT NULL,
    lead_id bigint NOT NULL,
    ip_id integer,
    date_fired timestamp NOT NULL,
    PRIMARY KEY (stage_id, lead_id),
    CONSTRAINT FK_6308AB8A36FE6171 FOREIGN KEY (stage_id) REFERENCES stages (id),
    CONSTRAINT FK_8F7BA90D4FB7972A FOREIGN KEY (lead_id) REFERENCES leads (id),
    CONSTRAINT FK_03CC8E182C717BDC FOREIGN KEY (ip_id) REFERENCES ip_addresses (id)
);

CREATE TABLE reports (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    description text,
    system boolean NOT NULL,
    source varchar(191) NOT NULL,
    columns text,
    filters text,
    table_order text,
    graphs text,
    group_by text,
    aggregators text,
    settings text,
    is_scheduled boolean NOT NULL,
    schedule_unit varchar(191),
    to_address varchar(191),
    schedule_day varchar(191),
    schedule_month_frequency varchar(191),
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191)
);

CREATE TABLE reports_schedulers (
    id serial PRIMARY KEY,
    report_id integer NOT NULL,
    schedule_date timestamp NOT NULL,
    CONSTRAINT FK_16DB7D896DE0775D FOREIGN KEY (report_id) REFERENCES reports (id)
);

CREATE TABLE widgets (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    type varchar(191) NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    cache_timeout integer,
    ordering integer,
    params text,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191)
);

CREATE TABLE audit_log (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    user_name varchar(191) NOT NULL,
    bundle varchar(50) NOT NULL,
    object varchar(50) NOT NULL,
    object_id bigint NOT NULL,
    action varchar(50) NOT NULL,
    details text,
    date_added timestamp NOT NULL,
    ip_address varchar(45) NOT NULL
);

CREATE TABLE notifications (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    type varchar(25),
    header varchar(512),
    message text NOT NULL,
    date_added timestamp NOT NULL,
    icon_class varchar(191),
    is_read boolean NOT NULL,
    deduplicate varchar(32),
    CONSTRAINT FK_468E288D9DEF8F5F FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE messages (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    description text,
    publish_up timestamp,
    publish_down timestamp,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_B2BA43DC8A568EBB FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE message_channels (
    id serial PRIMARY KEY,
    message_id integer NOT NULL,
    channel varchar(191) NOT NULL,
    channel_id integer,
    properties text NOT NULL,
    is_enabled boolean NOT NULL,
    CONSTRAINT FK_5324F80BF0B9369B FOREIGN KEY (message_id) REFERENCES messages (id)
);

CREATE TABLE webhooks (
    id serial PRIMARY KEY,
    category_id integer,
    name varchar(191) NOT NULL,
    description text,
    webhook_url text NOT NULL,
    secret varchar(191) NOT NULL,
    events_orderby_dir varchar(191),
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_1BA3D20346766150 FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE webhook_events (
    id serial PRIMARY KEY,
    webhook_id integer NOT NULL,
    event_type varchar(50) NOT NULL,
    CONSTRAINT FK_F42C99B90A00F07D FOREIGN KEY (webhook_id) REFERENCES webhooks (id)
);

CREATE TABLE webhook_queue (
    id bigserial PRIMARY KEY,
    webhook_id integer NOT NULL,
    event_id integer NOT NULL,
    date_added timestamp,
    payload text NOT NULL,
    CONSTRAINT FK_D4865FBF39BD3376 FOREIGN KEY (webhook_id) REFERENCES webhooks (id),
    CONSTRAINT FK_5FDC2C07BF2BEA21 FOREIGN KEY (event_id) REFERENCES webhook_events (id)
);

CREATE TABLE webhook_logs (
    id serial PRIMARY KEY,
    webhook_id integer NOT NULL,
    status_code varchar(50) NOT NULL,
    date_added timestamp,
    note varchar(191),
    runtime double precision,
    CONSTRAINT FK_53707B3D354CC182 FOREIGN KEY (webhook_id) REFERENCES webhooks (id)
);

CREATE TABLE plugins (
    id serial PRIMARY KEY,
    name varchar(191) NOT NULL,
    description text,
    is_missing boolean NOT NULL,
    bundle varchar(50) NOT NULL UNIQUE,
    version varchar(191),
    author varchar(191)
);

CREATE TABLE plugin_integration_settings (
    id serial PRIMARY KEY,
    plugin_id integer,
    name varchar(191) NOT NULL,
    is_published boolean NOT NULL,
    supported_features text,
    api_keys text NOT NULL,
    feature_settings text,
    CONSTRAINT FK_92888AFAC8B264D5 FOREIGN KEY (plugin_id) REFERENCES plugins (id)
);

CREATE TABLE integration_entity (
    id serial PRIMARY KEY,
    date_added timestamp NOT NULL,
    integration varchar(191),
    integration_entity varchar(191),
    integration_entity_id varchar(191),
    internal_entity varchar(191),
    internal_entity_id integer,
    last_sync_date timestamp,
    internal text
);

CREATE TABLE oauth2_clients (
    id serial PRIMARY KEY,
    role_id integer,
    name varchar(191) NOT NULL,
    random_id varchar(191) NOT NULL,
    secret varchar(191) NOT NULL,
    redirect_uris text NOT NULL,
    allowed_grant_types text NOT NULL,
    CONSTRAINT FK_C41312B03C1241A6 FOREIGN KEY (role_id) REFERENCES roles (id)
);

CREATE TABLE oauth2_accesstokens (
    id serial PRIMARY KEY,
    client_id integer NOT NULL,
    user_id integer,
    token varchar(191) NOT NULL UNIQUE,
    expires_at bigint,
    scope varchar(191),
    CONSTRAINT FK_280B26BB2AD95BD8 FOREIGN KEY (client_id) REFERENCES oauth2_clients (id),
    CONSTRAINT FK_6DCF6AF68191520F FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE oauth2_refreshtokens (
    id serial PRIMARY KEY,
    client_id integer NOT NULL,
    user_id integer,
    token varchar(191) NOT NULL UNIQUE,
    expires_at bigint,
    scope varchar(191),
    CONSTRAINT FK_0AE4498C449F68B6 FOREIGN KEY (client_id) REFERENCES oauth2_clients (id),
    CONSTRAINT FK_9FA95758382288D7 FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE oauth2_authcodes (
    id serial PRIMARY KEY,
    client_id integer NOT NULL,
    user_id integer,
    token varchar(191) NOT NULL UNIQUE,
    redirect_uri text NOT NULL,
    expires_at bigint,
    scope varchar(191),
    CONSTRAINT FK_3C89B5E3DD1523C4 FOREIGN KEY (client_id) REFERENCES oauth2_clients (id),
    CONSTRAINT FK_881A21100FEFF16C FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE oauth2_user_client_xref (
    client_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (client_id, user_id),
    CONSTRAINT FK_D7759D3346593C90 FOREIGN KEY (client_id) REFERENCES oauth2_clients (id),
    CONSTRAINT FK_D4D24A5926FA9C3B FOREIGN KEY (user_id) REFERENCES users (id)
);

CREATE TABLE imports (
    id serial PRIMARY KEY,
    dir varchar(191) NOT NULL,
    file varchar(191) NOT NULL,
    original_file varchar(191),
    line_count integer NOT NULL,
    inserted_count integer NOT NULL,
    updated_count integer NOT NULL,
    ignored_count integer NOT NULL,
    priority integer NOT NULL,
    status integer NOT NULL,
    date_started timestamp,
    date_ended timestamp,
    object varchar(191) NOT NULL,
    properties text,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191)
);

CREATE TABLE tweets (
    id serial PRIMARY KEY,
    category_id integer,
    page_id integer,
    asset_id integer,
    name varchar(191) NOT NULL,
    description text,
    media_id varchar(191),
    media_path varchar(191),
    text varchar(280) NOT NULL,
    sent_count integer,
    favorite_count integer,
    retweet_count integer,
    lang varchar(191),
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_76D32B78C441B6FA FOREIGN KEY (category_id) REFERENCES categories (id),
    CONSTRAINT FK_B1409E80194E8F66 FOREIGN KEY (page_id) REFERENCES pages (id),
    CONSTRAINT FK_B055AED2EEAC606F FOREIGN KEY (asset_id) REFERENCES assets (id)
);

CREATE TABLE tweet_stats (
    id serial PRIMARY KEY,
    tweet_id integer,
    lead_id bigint,
    twitter_tweet_id varchar(191),
    handle varchar(191) NOT NULL,
    date_sent timestamp,
    is_failed boolean,
    retry_count integer,
    source varchar(191),
    source_id integer,
    favorite_count integer,
    retweet_count integer,
    response_details text,
    CONSTRAINT FK_E7F858AF2D2D7149 FOREIGN KEY (tweet_id) REFERENCES tweets (id),
    CONSTRAINT FK_60CD8F32F46B0048 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE monitoring (
    id serial PRIMARY KEY,
    category_id integer,
    title varchar(191) NOT NULL,
    description text,
    lists text,
    network_type varchar(191),
    revision integer NOT NULL,
    stats text,
    properties text,
    publish_up timestamp,
    publish_down timestamp,
    is_published boolean NOT NULL,
    date_added timestamp,
    created_by integer,
    created_by_user varchar(191),
    date_modified timestamp,
    modified_by integer,
    modified_by_user varchar(191),
    checked_out timestamp,
    checked_out_by integer,
    checked_out_by_user varchar(191),
    CONSTRAINT FK_7FB34F6BB04E5D1D FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE TABLE monitoring_leads (
    monitor_id integer NOT NULL,
    lead_id bigint NOT NULL,
    date_added timestamp NOT NULL,
    PRIMARY KEY (monitor_id, lead_id),
    CONSTRAINT FK_58541D1C48CF8F45 FOREIGN KEY (monitor_id) REFERENCES monitoring (id),
    CONSTRAINT FK_13808D5DF17B2C40 FOREIGN KEY (lead_id) REFERENCES leads (id)
);

CREATE TABLE sync_object_mapping (
    id serial PRIMARY KEY,
    date_created timestamp NOT NULL,
    integration varchar(191) NOT NULL,
    internal_object_name varchar(191) NOT NULL,
    internal_object_id bigint NOT NULL,
    integration_object_name varchar(191) NOT NULL,
    integration_object_id varchar(191) NOT NULL,
    last_sync_date timestamp NOT NULL,
    internal_storage text NOT NULL,
    is_deleted boolean NOT NULL,
    integration_reference_id varchar(191)
);
