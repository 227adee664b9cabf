-- matomo.sql: a fourteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind14). The database of a Matomo 5
-- web analytics installation with some of its plugins: sites, their URLs,
-- settings and goals, users with their access, tokens, dashboards and
-- languages, segments and scheduled reports, the raw tracking log
-- (log_visit, log_link_visit_action, log_action, log_conversion,
-- log_conversion_item), two months of archive tables, archive
-- invalidations, custom dimensions, custom reports, custom alerts, funnels,
-- A/B tests, form analytics, heatmaps / session recordings and the Tag
-- Manager (containers, versions, releases, tags, triggers, variables).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests. Matomo runs on MySQL / MariaDB; the types are
-- written as their PostgreSQL equivalents (binary(8) visitor ids as bytea,
-- unsigned integers as integer / bigint).
-- Matomo conventions: every table prefixed matomo_; keys named id + the
-- entity without separator (idsite, idvisit, idgoal, idaction, idreport,
-- idsegment, idcontainerversion), primary and foreign alike; a link from
-- the visit log to the action dictionary is idaction_<role>
-- (idaction_url, idaction_name_ref, idaction_event_category,
-- idaction_product_cat3) or visit_entry_idaction_url; idlink_va for a
-- row of log_link_visit_action; users keyed by their login (login,
-- user_login, creator_login, invited_by); goals keyed by (idsite, idgoal),
-- tag manager containers by (idcontainer, idsite).
-- Matomo declares no foreign key at all. The REFERENCES are the links its
-- PHP code follows (joins in its log aggregators, deletes when a site or
-- user goes, the archivers' site ids), written by hand. Left without
-- REFERENCES: archive_blob / archive_numeric idarchive (a number shared by
-- the rows of one archive), archive_invalidations.idarchive,
-- log_conversion.idorder / log_conversion_item.idorder (the shop's order
-- number), the *_trigger_ids lists, privacy_logdata_anonymizations.idsites
-- (a list), log_visit.user_id (the site's own user id), the
-- experiments' idvariation (0 is the original).
-- Readable by SQLite and Sextant's DDL reader; log_visit.last_idlink_va and
-- log_link_visit_action.idvisit refer to each other, so PostgreSQL needs
-- that one forward reference moved to an ALTER TABLE (every statement
-- parses; checked so).

CREATE TABLE matomo_user (
    login varchar(100) PRIMARY KEY,
    password varchar(255) NOT NULL,
    email varchar(100) NOT NULL UNIQUE,
    twofactor_secret varchar(40) NOT NULL,
    superuser_access smallint NOT NULL,
    date_registered timestamp,
    ts_password_modified timestamp,
    idchange_last_viewed integer,
    invited_by varchar(100) REFERENCES matomo_user (login),
    invite_token varchar(191),
    invite_link_token varchar(191),
    invite_expired_at timestamp,
    invite_accept_at timestamp,
    ts_changes_shown timestamp
);

CREATE TABLE matomo_site (
    idsite integer PRIMARY KEY,
    name varchar(90) NOT NULL,
    main_url varchar(255) NOT NULL,
    ts_created timestamp,
    ecommerce smallint,
    sitesearch smallint,
    sitesearch_keyword_parameters text NOT NULL,
    sitesearch_category_parameters text NOT NULL,
    timezone varchar(50) NOT NULL,
    currency char(3) NOT NULL,
    exclude_unknown_urls smallint,
    excluded_ips text NOT NULL,
    excluded_parameters text NOT NULL,
    excluded_user_agents text NOT NULL,
    excluded_referrers text NOT NULL,
    "group" varchar(250) NOT NULL,
    type varchar(255) NOT NULL,
    keep_url_fragment smallint NOT NULL,
    creator_login varchar(100) REFERENCES matomo_user (login)
);

CREATE TABLE matomo_site_url (
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    url varchar(190) NOT NULL,
    PRIMARY KEY (idsite, url)
);

CREATE TABLE matomo_site_setting (
    idsite_setting bigint PRIMARY KEY,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    plugin_name varchar(60) NOT NULL,
    setting_name varchar(255) NOT NULL,
    setting_value text NOT NULL,
    json_encoded smallint NOT NULL
);

CREATE TABLE matomo_access (
    idaccess integer PRIMARY KEY,
    login varchar(100) NOT NULL REFERENCES matomo_user (login),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    access varchar(50)
);

CREATE TABLE matomo_user_token_auth (
    idusertokenauth bigint PRIMARY KEY,
    login varchar(100) NOT NULL REFERENCES matomo_user (login),
    description varchar(100) NOT NULL,
    password varchar(191) NOT NULL UNIQUE,
    hash_algo varchar(30) NOT NULL,
    system_token smallint NOT NULL,
    last_used timestamp,
    date_created timestamp NOT NULL,
    date_expired timestamp,
    secure_only smallint NOT NULL
);

CREATE TABLE matomo_user_dashboard (
    login varchar(100) NOT NULL REFERENCES matomo_user (login),
    iddashboard integer NOT NULL,
    name varchar(100),
    layout text NOT NULL,
    PRIMARY KEY (login, iddashboard)
);

CREATE TABLE matomo_user_language (
    login varchar(100) PRIMARY KEY REFERENCES matomo_user (login),
    language varchar(10) NOT NULL,
    use_12_hour_clock smallint NOT NULL
);

CREATE TABLE matomo_twofactor_recovery_code (
    idrecoverycode bigint PRIMARY KEY,
    login varchar(100) NOT NULL REFERENCES matomo_user (login),
    recovery_code varchar(40) NOT NULL
);

CREATE TABLE matomo_plugin_setting (
    idplugin_setting bigint PRIMARY KEY,
    plugin_name varchar(60) NOT NULL,
    setting_name varchar(255) NOT NULL,
    setting_value text NOT NULL,
    json_encoded smallint NOT NULL,
    user_login varchar(100) REFERENCES matomo_user (login)
);

CREATE TABLE matomo_brute_force_log (
    id_brute_force_log bigint PRIMARY KEY,
    ip_range varchar(255),
    attempted_at timestamp NOT NULL,
    login varchar(100)
);

CREATE TABLE matomo_changes (
    idchange integer PRIMARY KEY,
    created_time timestamp NOT NULL,
    plugin_name varchar(60) NOT NULL,
    version varchar(20) NOT NULL,
    title varchar(255) NOT NULL,
    description text,
    link_name varchar(255),
    link varchar(255)
);

CREATE TABLE matomo_option (
    option_name varchar(191) PRIMARY KEY,
    option_value text NOT NULL,
    autoload smallint NOT NULL
);

CREATE TABLE matomo_sequence (
    name varchar(120) PRIMARY KEY,
    value bigint NOT NULL
);

CREATE TABLE matomo_session (
    id varchar(191) PRIMARY KEY,
    modified integer,
    lifetime integer,
    data text
);

CREATE TABLE matomo_locks (
    key varchar(70) PRIMARY KEY,
    value varchar(255),
    expiry_time bigint
);

CREATE TABLE matomo_logger_message (
    idlogger_message integer PRIMARY KEY,
    tag varchar(50),
    "timestamp" timestamp,
    level varchar(16),
    message text
);

CREATE TABLE matomo_log_profiling (
    idprofiling bigint PRIMARY KEY,
    query text NOT NULL,
    count integer,
    sum_time_ms double precision
);

CREATE TABLE matomo_goal (
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    idgoal integer NOT NULL,
    name varchar(50) NOT NULL,
    description varchar(255) NOT NULL,
    match_attribute varchar(20) NOT NULL,
    pattern varchar(255) NOT NULL,
    pattern_type varchar(25) NOT NULL,
    case_sensitive smallint NOT NULL,
    allow_multiple smallint NOT NULL,
    revenue double precision NOT NULL,
    deleted smallint NOT NULL,
    event_value_as_revenue smallint NOT NULL,
    PRIMARY KEY (idsite, idgoal)
);

CREATE TABLE matomo_segment (
    idsegment integer PRIMARY KEY,
    name varchar(255) NOT NULL,
    definition text NOT NULL,
    hash char(32),
    login varchar(100) NOT NULL REFERENCES matomo_user (login),
    enable_all_users smallint NOT NULL,
    enable_only_idsite integer REFERENCES matomo_site (idsite),
    auto_archive smallint NOT NULL,
    ts_created timestamp,
    ts_last_edit timestamp,
    deleted smallint NOT NULL
);

CREATE TABLE matomo_report (
    idreport integer PRIMARY KEY,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    login varchar(100) NOT NULL REFERENCES matomo_user (login),
    description varchar(255) NOT NULL,
    idsegment integer REFERENCES matomo_segment (idsegment),
    period varchar(10) NOT NULL,
    period_param varchar(10),
    hour smallint NOT NULL,
    type varchar(10) NOT NULL,
    format varchar(10) NOT NULL,
    reports text NOT NULL,
    parameters text,
    ts_created timestamp,
    ts_last_sent timestamp,
    deleted smallint NOT NULL,
    evolution_graph smallint NOT NULL
);

CREATE TABLE matomo_report_subscriptions (
    idreport integer NOT NULL REFERENCES matomo_report (idreport),
    token varchar(100),
    email varchar(100) NOT NULL,
    ts_subscribed timestamp NOT NULL,
    ts_unsubscribed timestamp,
    PRIMARY KEY (idreport, email)
);

CREATE TABLE matomo_tracking_failure (
    idsite bigint NOT NULL REFERENCES matomo_site (idsite),
    idfailure smallint NOT NULL,
    date_first_occurred timestamp NOT NULL,
    request_url text NOT NULL,
    PRIMARY KEY (idsite, idfailure)
);

CREATE TABLE matomo_custom_dimensions (
    idcustomdimension bigint NOT NULL,
    idsite bigint NOT NULL REFERENCES matomo_site (idsite),
    name varchar(100) NOT NULL,
    "index" smallint NOT NULL,
    scope varchar(10) NOT NULL,
    active smallint NOT NULL,
    extractions text NOT NULL,
    case_sensitive smallint NOT NULL,
    PRIMARY KEY (idcustomdimension, idsite)
);

CREATE TABLE matomo_log_action (
    idaction integer PRIMARY KEY,
    name varchar(4096),
    hash integer NOT NULL,
    type smallint,
    url_prefix smallint
);

CREATE TABLE matomo_log_visit (
    idvisit bigint PRIMARY KEY,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    idvisitor bytea NOT NULL,
    visit_last_action_time timestamp NOT NULL,
    config_id bytea NOT NULL,
    location_ip bytea NOT NULL,
    profilable smallint,
    user_id varchar(200),
    visit_first_action_time timestamp NOT NULL,
    visit_goal_buyer smallint,
    visit_goal_converted smallint,
    visitor_returning smallint,
    visitor_seconds_since_first integer,
    visitor_seconds_since_order integer,
    visitor_count_visits integer NOT NULL,
    visit_entry_idaction_name integer REFERENCES matomo_log_action (idaction),
    visit_entry_idaction_url integer REFERENCES matomo_log_action (idaction),
    visit_exit_idaction_name integer REFERENCES matomo_log_action (idaction),
    visit_exit_idaction_url integer REFERENCES matomo_log_action (idaction),
    visit_total_actions integer,
    visit_total_interactions integer,
    visit_total_searches smallint,
    referer_keyword varchar(255),
    referer_name varchar(255),
    referer_type smallint,
    referer_url varchar(1500),
    location_browser_lang varchar(20),
    config_browser_engine varchar(10),
    config_browser_name varchar(40),
    config_browser_version varchar(20),
    config_client_type smallint,
    config_device_brand varchar(100),
    config_device_model varchar(100),
    config_device_type smallint,
    config_os char(3),
    config_os_version varchar(100),
    visit_total_events integer,
    visitor_localtime time,
    visitor_seconds_since_last integer,
    config_resolution varchar(18),
    config_cookie smallint,
    visit_total_time integer NOT NULL,
    location_city varchar(255),
    location_country char(3),
    location_latitude numeric(9,6),
    location_longitude numeric(9,6),
    location_region char(3),
    last_idlink_va bigint REFERENCES matomo_log_link_visit_action (idlink_va),
    custom_dimension_1 varchar(255),
    custom_dimension_2 varchar(255),
    campaign_content varchar(255),
    campaign_id varchar(100),
    campaign_keyword varchar(255),
    campaign_medium varchar(255),
    campaign_name varchar(255),
    campaign_source varchar(255)
);

CREATE TABLE matomo_log_link_visit_action (
    idlink_va bigint PRIMARY KEY,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    idvisitor bytea NOT NULL,
    idvisit bigint NOT NULL REFERENCES matomo_log_visit (idvisit),
    idaction_url_ref integer REFERENCES matomo_log_action (idaction),
    idaction_name_ref integer REFERENCES matomo_log_action (idaction),
    custom_float double precision,
    pageview_position integer,
    server_time timestamp NOT NULL,
    idpageview char(6),
    idaction_name integer REFERENCES matomo_log_action (idaction),
    idaction_url integer REFERENCES matomo_log_action (idaction),
    search_cat varchar(200),
    search_count integer,
    time_spent_ref_action integer,
    idaction_product_cat integer REFERENCES matomo_log_action (idaction),
    idaction_product_cat2 integer REFERENCES matomo_log_action (idaction),
    idaction_product_cat3 integer REFERENCES matomo_log_action (idaction),
    idaction_product_cat4 integer REFERENCES matomo_log_action (idaction),
    idaction_product_cat5 integer REFERENCES matomo_log_action (idaction),
    idaction_product_name integer REFERENCES matomo_log_action (idaction),
    product_price double precision,
    idaction_product_sku integer REFERENCES matomo_log_action (idaction),
    idaction_event_action integer REFERENCES matomo_log_action (idaction),
    idaction_event_category integer REFERENCES matomo_log_action (idaction),
    idaction_content_interaction integer REFERENCES matomo_log_action (idaction),
    idaction_content_name integer REFERENCES matomo_log_action (idaction),
    idaction_content_piece integer REFERENCES matomo_log_action (idaction),
    idaction_content_target integer REFERENCES matomo_log_action (idaction),
    time_dom_completion integer,
    time_dom_processing integer,
    time_network integer,
    time_on_load integer,
    time_server integer,
    time_transfer integer,
    time_spent integer,
    custom_dimension_1 varchar(255),
    custom_dimension_2 varchar(255)
);

CREATE TABLE matomo_log_conversion (
    idvisit bigint NOT NULL REFERENCES matomo_log_visit (idvisit),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    idvisitor bytea NOT NULL,
    server_time timestamp NOT NULL,
    idaction_url integer REFERENCES matomo_log_action (idaction),
    idlink_va bigint REFERENCES matomo_log_link_visit_action (idlink_va),
    idgoal integer NOT NULL,
    buster integer NOT NULL,
    idorder varchar(100),
    items smallint,
    url varchar(4096) NOT NULL,
    revenue double precision,
    revenue_shipping double precision,
    revenue_subtotal double precision,
    revenue_tax double precision,
    revenue_discount double precision,
    visitor_returning smallint,
    visitor_seconds_since_first integer,
    visitor_seconds_since_order integer,
    visitor_count_visits integer NOT NULL,
    referer_keyword varchar(255),
    referer_name varchar(255),
    referer_type smallint,
    config_browser_name varchar(40),
    config_client_type smallint,
    config_device_brand varchar(100),
    config_device_model varchar(100),
    config_device_type smallint,
    location_city varchar(255),
    location_country char(3),
    location_latitude numeric(9,6),
    location_longitude numeric(9,6),
    location_region char(3),
    custom_dimension_1 varchar(255),
    PRIMARY KEY (idvisit, idgoal, buster),
    FOREIGN KEY (idsite, idgoal) REFERENCES matomo_goal (idsite, idgoal)
);

CREATE TABLE matomo_log_conversion_item (
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    idvisitor bytea NOT NULL,
    server_time timestamp NOT NULL,
    idvisit bigint NOT NULL REFERENCES matomo_log_visit (idvisit),
    idorder varchar(100) NOT NULL,
    idaction_sku integer NOT NULL REFERENCES matomo_log_action (idaction),
    idaction_name integer NOT NULL REFERENCES matomo_log_action (idaction),
    idaction_category integer NOT NULL REFERENCES matomo_log_action (idaction),
    idaction_category2 integer NOT NULL REFERENCES matomo_log_action (idaction),
    idaction_category3 integer NOT NULL REFERENCES matomo_log_action (idaction),
    idaction_category4 integer NOT NULL REFERENCES matomo_log_action (idaction),
    idaction_category5 integer NOT NULL REFERENCES matomo_log_action (idaction),
    price double precision NOT NULL,
    quantity integer NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (idvisit, idorder, idaction_sku)
);

CREATE TABLE matomo_archive_numeric_2024_01 (
    idarchive integer NOT NULL,
    name varchar(190) NOT NULL,
    idsite integer REFERENCES matomo_site (idsite),
    date1 date,
    date2 date,
    period smallint,
    ts_archived timestamp,
    value double precision,
    PRIMARY KEY (idarchive, name)
);

CREATE TABLE matomo_archive_blob_2024_01 (
    idarchive integer NOT NULL,
    name varchar(190) NOT NULL,
    idsite integer REFERENCES matomo_site (idsite),
    date1 date,
    date2 date,
    period smallint,
    ts_archived timestamp,
    value bytea,
    PRIMARY KEY (idarchive, name)
);

CREATE TABLE matomo_archive_numeric_2024_02 (
    idarchive integer NOT NULL,
    name varchar(190) NOT NULL,
    idsite integer REFERENCES matomo_site (idsite),
    date1 date,
    date2 date,
    period smallint,
    ts_archived timestamp,
    value double precision,
    PRIMARY KEY (idarchive, name)
);

CREATE TABLE matomo_archive_blob_2024_02 (
    idarchive integer NOT NULL,
    name varchar(190) NOT NULL,
    idsite integer REFERENCES matomo_site (idsite),
    date1 date,
    date2 date,
    period smallint,
    ts_archived timestamp,
    value bytea,
    PRIMARY KEY (idarchive, name)
);

CREATE TABLE matomo_archive_invalidations (
    idinvalidation bigint PRIMARY KEY,
    idarchive integer,
    name varchar(255) NOT NULL,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    date1 date NOT NULL,
    date2 date NOT NULL,
    period smallint NOT NULL,
    ts_invalidated timestamp,
    ts_started timestamp,
    status smallint,
    report varchar(255),
    processing_host varchar(100),
    process_id varchar(15)
);

CREATE TABLE matomo_privacy_logdata_anonymizations (
    idlogdata_anonymization bigint PRIMARY KEY,
    idsites text,
    date_start timestamp NOT NULL,
    date_end timestamp NOT NULL,
    anonymize_ip smallint NOT NULL,
    anonymize_location smallint NOT NULL,
    anonymize_userid smallint NOT NULL,
    unset_visit_columns text NOT NULL,
    unset_link_visit_action_columns text NOT NULL,
    output text,
    scheduled_date timestamp,
    job_start_date timestamp,
    job_finish_date timestamp,
    requester varchar(100) NOT NULL
);

CREATE TABLE matomo_custom_reports (
    idcustomreport bigint PRIMARY KEY,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    revision integer NOT NULL,
    report_type varchar(10) NOT NULL,
    name varchar(50) NOT NULL,
    description varchar(1000) NOT NULL,
    category varchar(150),
    subcategory varchar(150),
    dimensions text NOT NULL,
    metrics text NOT NULL,
    segment_filter text NOT NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    status varchar(10) NOT NULL
);

CREATE TABLE matomo_alert (
    idalert integer PRIMARY KEY,
    name varchar(100) NOT NULL,
    login varchar(100) NOT NULL REFERENCES matomo_user (login),
    period varchar(5) NOT NULL,
    report varchar(150) NOT NULL,
    report_condition varchar(50),
    report_matched varchar(255),
    metric varchar(150) NOT NULL,
    metric_condition varchar(50) NOT NULL,
    metric_matched double precision NOT NULL,
    compared_to smallint NOT NULL,
    email_me smallint NOT NULL,
    additional_emails text,
    phone_numbers text,
    ts_created timestamp,
    ts_last_sent timestamp
);

CREATE TABLE matomo_alert_site (
    idalert integer NOT NULL REFERENCES matomo_alert (idalert),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    PRIMARY KEY (idalert, idsite)
);

CREATE TABLE matomo_alert_triggered (
    idtriggered integer PRIMARY KEY,
    idalert integer NOT NULL REFERENCES matomo_alert (idalert),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    ts_triggered timestamp NOT NULL,
    ts_last_sent timestamp,
    value_old numeric(20,3),
    value_new numeric(20,3),
    name varchar(100) NOT NULL,
    login varchar(100) NOT NULL REFERENCES matomo_user (login),
    period varchar(5) NOT NULL,
    report varchar(150) NOT NULL,
    metric varchar(150) NOT NULL,
    metric_condition varchar(50) NOT NULL,
    metric_matched double precision NOT NULL
);

CREATE TABLE matomo_funnel (
    idfunnel integer PRIMARY KEY,
    idsite integer NOT NULL,
    idgoal integer NOT NULL,
    activated smallint NOT NULL,
    created_date timestamp NOT NULL,
    deleted smallint NOT NULL,
    FOREIGN KEY (idsite, idgoal) REFERENCES matomo_goal (idsite, idgoal)
);

CREATE TABLE matomo_funnel_steps (
    idfunnel integer NOT NULL REFERENCES matomo_funnel (idfunnel),
    position smallint NOT NULL,
    name varchar(150) NOT NULL,
    pattern_type varchar(30) NOT NULL,
    pattern varchar(1000) NOT NULL,
    required smallint NOT NULL,
    PRIMARY KEY (idfunnel, position)
);

CREATE TABLE matomo_experiments (
    idexperiment integer PRIMARY KEY,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    name varchar(50) NOT NULL,
    description varchar(1000) NOT NULL,
    hypothesis text NOT NULL,
    included_targets text NOT NULL,
    excluded_targets text NOT NULL,
    confidence_threshold numeric(4,2) NOT NULL,
    mde_relative smallint NOT NULL,
    percentage_participants smallint NOT NULL,
    status varchar(30) NOT NULL,
    start_date timestamp,
    end_date timestamp,
    created_date timestamp NOT NULL,
    modified_date timestamp NOT NULL,
    deleted_date timestamp
);

CREATE TABLE matomo_experiments_variations (
    idvariation integer PRIMARY KEY,
    idexperiment integer NOT NULL REFERENCES matomo_experiments (idexperiment),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    name varchar(50) NOT NULL,
    percentage smallint,
    redirect_url varchar(5000),
    deleted smallint NOT NULL
);

CREATE TABLE matomo_experiments_success_metric (
    idexperiment integer NOT NULL REFERENCES matomo_experiments (idexperiment),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    metric varchar(50) NOT NULL,
    deleted smallint NOT NULL,
    PRIMARY KEY (idexperiment, metric)
);

CREATE TABLE matomo_log_abtesting (
    idvisit bigint NOT NULL REFERENCES matomo_log_visit (idvisit),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    idvisitor bytea NOT NULL,
    idexperiment integer NOT NULL REFERENCES matomo_experiments (idexperiment),
    idvariation integer NOT NULL,
    entered smallint NOT NULL,
    server_time timestamp NOT NULL,
    PRIMARY KEY (idvisit, idexperiment)
);

CREATE TABLE matomo_site_form (
    idsiteform integer PRIMARY KEY,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    name varchar(50) NOT NULL,
    description varchar(1000) NOT NULL,
    status varchar(10) NOT NULL,
    in_overview smallint NOT NULL,
    match_form_rules text,
    match_page_rules text,
    conversion_rules text,
    fields text,
    auto_created smallint NOT NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL
);

CREATE TABLE matomo_log_form (
    idlogform bigint PRIMARY KEY,
    idsiteform integer NOT NULL REFERENCES matomo_site_form (idsiteform),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    idvisit bigint NOT NULL REFERENCES matomo_log_visit (idvisit),
    idvisitor bytea NOT NULL,
    idformview char(6) NOT NULL,
    idpageview char(6),
    num_views integer NOT NULL,
    num_starts integer NOT NULL,
    num_submissions integer NOT NULL,
    converted smallint NOT NULL,
    form_last_action_time timestamp,
    time_hesitation integer NOT NULL,
    time_spent integer NOT NULL,
    time_to_first_submission integer NOT NULL
);

CREATE TABLE matomo_log_form_field (
    idlogform bigint NOT NULL REFERENCES matomo_log_form (idlogform),
    idformview char(6) NOT NULL,
    idpageview char(6),
    field_name varchar(75) NOT NULL,
    time_spent integer NOT NULL,
    time_hesitation integer NOT NULL,
    field_size integer NOT NULL,
    left_blank smallint NOT NULL,
    submitted smallint NOT NULL,
    num_changes integer NOT NULL,
    num_focus integer NOT NULL,
    num_deletes integer NOT NULL,
    num_cursor integer NOT NULL
);

CREATE TABLE matomo_log_form_page (
    idlogform bigint NOT NULL REFERENCES matomo_log_form (idlogform),
    idaction_url integer NOT NULL REFERENCES matomo_log_action (idaction),
    num_views integer NOT NULL,
    time_spent integer NOT NULL,
    time_hesitation integer NOT NULL,
    PRIMARY KEY (idlogform, idaction_url)
);

CREATE TABLE matomo_site_hsr (
    idsitehsr integer PRIMARY KEY,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    name varchar(50) NOT NULL,
    sample_rate numeric(4,1) NOT NULL,
    sample_limit integer NOT NULL,
    match_page_rules text NOT NULL,
    excluded_elements text,
    record_type smallint NOT NULL,
    page_treemirror bytea,
    screenshot_url varchar(300),
    breakpoint_mobile smallint NOT NULL,
    breakpoint_tablet smallint NOT NULL,
    min_session_time smallint NOT NULL,
    requires_activity smallint NOT NULL,
    capture_keystrokes smallint NOT NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    status varchar(10) NOT NULL
);

CREATE TABLE matomo_log_hsr (
    idloghsr bigint PRIMARY KEY,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    idvisit bigint NOT NULL REFERENCES matomo_log_visit (idvisit),
    idhsrview char(6) NOT NULL,
    idpageview char(6),
    idaction_url integer NOT NULL REFERENCES matomo_log_action (idaction),
    device_type smallint NOT NULL,
    server_time timestamp NOT NULL,
    time_on_page bigint NOT NULL,
    viewport_w_px smallint NOT NULL,
    viewport_h_px smallint NOT NULL,
    scroll_y_max_relative smallint NOT NULL,
    fold_y_relative smallint NOT NULL
);

CREATE TABLE matomo_log_hsr_site (
    idsitehsr integer NOT NULL REFERENCES matomo_site_hsr (idsitehsr),
    idloghsr bigint NOT NULL REFERENCES matomo_log_hsr (idloghsr),
    PRIMARY KEY (idsitehsr, idloghsr)
);

CREATE TABLE matomo_log_hsr_event (
    idhsrevent bigint PRIMARY KEY,
    idloghsr bigint NOT NULL REFERENCES matomo_log_hsr (idloghsr),
    time_since_load bigint NOT NULL,
    event_type smallint NOT NULL,
    idselector integer REFERENCES matomo_log_action (idaction),
    x smallint NOT NULL,
    y smallint NOT NULL,
    idhsrblob integer,
    scroll_y_max_relative smallint,
    scroll_x_max_relative smallint
);

CREATE TABLE matomo_tagmanager_container (
    idcontainer varchar(8) NOT NULL,
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    context varchar(10) NOT NULL,
    name varchar(50) NOT NULL,
    description varchar(1000) NOT NULL,
    status varchar(10) NOT NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    deleted_date timestamp,
    ignoregtmdatalayer smallint NOT NULL,
    PRIMARY KEY (idcontainer, idsite)
);

CREATE TABLE matomo_tagmanager_container_version (
    idcontainerversion bigint PRIMARY KEY,
    idcontainer varchar(8) NOT NULL,
    idsite integer NOT NULL,
    status varchar(10) NOT NULL,
    revision integer NOT NULL,
    name varchar(50) NOT NULL,
    description varchar(1000) NOT NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    deleted_date timestamp,
    FOREIGN KEY (idcontainer, idsite) REFERENCES matomo_tagmanager_container (idcontainer, idsite)
);

CREATE TABLE matomo_tagmanager_container_release (
    idcontainerrelease bigint PRIMARY KEY,
    idcontainer varchar(8) NOT NULL,
    idcontainerversion bigint NOT NULL REFERENCES matomo_tagmanager_container_version (idcontainerversion),
    idsite integer NOT NULL,
    status varchar(10) NOT NULL,
    environment varchar(40) NOT NULL,
    release_login varchar(100) NOT NULL REFERENCES matomo_user (login),
    release_date timestamp NOT NULL,
    deleted_date timestamp,
    FOREIGN KEY (idcontainer, idsite) REFERENCES matomo_tagmanager_container (idcontainer, idsite)
);

CREATE TABLE matomo_tagmanager_tag (
    idtag bigint PRIMARY KEY,
    idcontainerversion bigint NOT NULL REFERENCES matomo_tagmanager_container_version (idcontainerversion),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    type varchar(50) NOT NULL,
    name varchar(255) NOT NULL,
    description varchar(1000) NOT NULL,
    status varchar(10) NOT NULL,
    parameters text NOT NULL,
    fire_trigger_ids text NOT NULL,
    block_trigger_ids text NOT NULL,
    fire_limit varchar(20) NOT NULL,
    priority smallint NOT NULL,
    fire_delay integer NOT NULL,
    start_date timestamp,
    end_date timestamp,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    deleted_date timestamp
);

CREATE TABLE matomo_tagmanager_trigger (
    idtrigger bigint PRIMARY KEY,
    idcontainerversion bigint NOT NULL REFERENCES matomo_tagmanager_container_version (idcontainerversion),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    type varchar(50) NOT NULL,
    name varchar(255) NOT NULL,
    description varchar(1000) NOT NULL,
    status varchar(10) NOT NULL,
    parameters text NOT NULL,
    conditions text NOT NULL,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    deleted_date timestamp
);

CREATE TABLE matomo_tagmanager_variable (
    idvariable bigint PRIMARY KEY,
    idcontainerversion bigint NOT NULL REFERENCES matomo_tagmanager_container_version (idcontainerversion),
    idsite integer NOT NULL REFERENCES matomo_site (idsite),
    type varchar(50) NOT NULL,
    name varchar(255) NOT NULL,
    description varchar(1000) NOT NULL,
    status varchar(10) NOT NULL,
    parameters text NOT NULL,
    lookup_table text NOT NULL,
    default_value text,
    created_date timestamp NOT NULL,
    updated_date timestamp NOT NULL,
    deleted_date timestamp
);
