-- dspace.sql: a twenty-first blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind21). The database of DSpace 7.6
-- (the institutional repository) on PostgreSQL, as its Flyway migrations
-- leave it: the DSpaceObject supertype and its subtypes (site, community,
-- collection, item, bundle, bitstream, eperson, epersongroup), the
-- membership link tables named <a>2<b>, the metadata registries and
-- values, resource policies, handles, the configurable (XML) workflow
-- (cwf_*), the checksum checker, OAI harvesting, versioning, DOIs, item
-- requests, configurable entities (entity_type, relationship_type,
-- relationship), processes, subscriptions, ORCID synchronisation,
-- supervision orders and the COAR Notify tables DSpace 8.0 adds
-- (ldn_message, notifyservice).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of DSpace's schema, trimmed.
-- Conventions: every DSpaceObject keyed by a `uuid` column that is also a
-- FK to dspaceobject (uuid), with its legacy integer id kept beside
-- (item_id, community_id, ...); links are uuid columns named after the
-- target (item_id, eperson_id, bitstream_id, collection_id) or by role
-- (submitter_id, owning_collection, template_item_id, logo_bitstream_id,
-- primary_bitstream_id, admin / submitter / workflow_step_1..3 -> groups,
-- owner_id, user_id, left_id / right_id, left_type / right_type,
-- parent_comm_id / child_comm_id, parent_id / child_id), some with no
-- suffix (dspace_object, resource_id, origin, target, inreplyto,
-- context, result, owner_id); registry tables keyed by <name>_id
-- (bitstream_format_id, metadata_field_id, metadata_schema_id).
-- The REFERENCES are the FKs DSpace declares.
-- Left without REFERENCES: resourcepolicy.resource_id and
-- handle.resource_legacy_id / doi.resource_id (legacy integer ids of
-- whichever type, resource_type_id saying which), the legacy integer
-- ids themselves, harvested_collection.metadata_config_id (a name from
-- the configuration), the workflow ids (workflow_id, step_id,
-- action_id: names from workflow.xml).

CREATE TABLE dspaceobject (
    uuid uuid PRIMARY KEY
);

CREATE TABLE site (
    uuid uuid PRIMARY KEY REFERENCES dspaceobject (uuid)
);

CREATE TABLE bitstreamformatregistry (
    bitstream_format_id integer PRIMARY KEY,
    mimetype varchar(256),
    short_description varchar(128) UNIQUE,
    description text,
    support_level integer,
    internal boolean
);

CREATE TABLE fileextension (
    file_extension_id integer PRIMARY KEY,
    bitstream_format_id integer REFERENCES bitstreamformatregistry (bitstream_format_id),
    extension varchar(16)
);

CREATE TABLE eperson (
    eperson_id integer,
    uuid uuid PRIMARY KEY REFERENCES dspaceobject (uuid),
    email varchar(64) UNIQUE,
    password varchar(128),
    salt varchar(32),
    digest_algorithm varchar(16),
    can_log_in boolean,
    require_certificate boolean,
    self_registered boolean,
    last_active timestamp,
    netid varchar(64) UNIQUE,
    session_salt varchar(32)
);

CREATE TABLE epersongroup (
    eperson_group_id integer,
    uuid uuid PRIMARY KEY REFERENCES dspaceobject (uuid),
    permanent boolean DEFAULT false,
    name varchar(250) UNIQUE
);

CREATE TABLE epersongroup2eperson (
    eperson_group_id uuid NOT NULL REFERENCES epersongroup (uuid),
    eperson_id uuid NOT NULL REFERENCES eperson (uuid),
    PRIMARY KEY (eperson_group_id, eperson_id)
);

CREATE TABLE group2group (
    parent_id uuid NOT NULL REFERENCES epersongroup (uuid),
    child_id uuid NOT NULL REFERENCES epersongroup (uuid),
    PRIMARY KEY (parent_id, child_id)
);

CREATE TABLE group2groupcache (
    parent_id uuid NOT NULL REFERENCES epersongroup (uuid),
    child_id uuid NOT NULL REFERENCES epersongroup (uuid),
    PRIMARY KEY (parent_id, child_id)
);

CREATE TABLE bitstream (
    bitstream_id integer,
    uuid uuid PRIMARY KEY REFERENCES dspaceobject (uuid),
    bitstream_format_id integer REFERENCES bitstreamformatregistry (bitstream_format_id),
    size_bytes bigint,
    checksum varchar(64),
    checksum_algorithm varchar(32),
    internal_id varchar(256),
    deleted boolean,
    store_number integer,
    sequence_id integer
);

CREATE TABLE community (
    community_id integer,
    uuid uuid PRIMARY KEY REFERENCES dspaceobject (uuid),
    admin uuid REFERENCES epersongroup (uuid),
    logo_bitstream_id uuid REFERENCES bitstream (uuid)
);

CREATE TABLE item (
    item_id integer,
    uuid uuid PRIMARY KEY REFERENCES dspaceobject (uuid),
    in_archive boolean,
    withdrawn boolean,
    discoverable boolean,
    last_modified timestamp with time zone,
    submitter_id uuid REFERENCES eperson (uuid),
    owning_collection uuid REFERENCES collection (uuid)
);

CREATE TABLE collection (
    collection_id integer,
    uuid uuid PRIMARY KEY REFERENCES dspaceobject (uuid),
    workflow_step_1 uuid REFERENCES epersongroup (uuid),
    workflow_step_2 uuid REFERENCES epersongroup (uuid),
    workflow_step_3 uuid REFERENCES epersongroup (uuid),
    submitter uuid REFERENCES epersongroup (uuid),
    template_item_id uuid REFERENCES item (uuid),
    logo_bitstream_id uuid REFERENCES bitstream (uuid),
    admin uuid REFERENCES epersongroup (uuid)
);

CREATE TABLE bundle (
    bundle_id integer,
    uuid uuid PRIMARY KEY REFERENCES dspaceobject (uuid),
    primary_bitstream_id uuid REFERENCES bitstream (uuid)
);

CREATE TABLE community2community (
    parent_comm_id uuid NOT NULL REFERENCES community (uuid),
    child_comm_id uuid NOT NULL REFERENCES community (uuid),
    PRIMARY KEY (parent_comm_id, child_comm_id)
);

CREATE TABLE community2collection (
    community_id uuid NOT NULL REFERENCES community (uuid),
    collection_id uuid NOT NULL REFERENCES collection (uuid),
    PRIMARY KEY (community_id, collection_id)
);

CREATE TABLE collection2item (
    collection_id uuid NOT NULL REFERENCES collection (uuid),
    item_id uuid NOT NULL REFERENCES item (uuid),
    PRIMARY KEY (collection_id, item_id)
);

CREATE TABLE item2bundle (
    item_id uuid NOT NULL REFERENCES item (uuid),
    bundle_id uuid NOT NULL REFERENCES bundle (uuid),
    PRIMARY KEY (item_id, bundle_id)
);

CREATE TABLE bundle2bitstream (
    bundle_id uuid NOT NULL REFERENCES bundle (uuid),
    bitstream_id uuid NOT NULL REFERENCES bitstream (uuid),
    bitstream_order integer,
    PRIMARY KEY (bundle_id, bitstream_id)
);

CREATE TABLE metadataschemaregistry (
    metadata_schema_id integer PRIMARY KEY,
    namespace varchar(256) UNIQUE,
    short_id varchar(32) UNIQUE
);

CREATE TABLE metadatafieldregistry (
    metadata_field_id integer PRIMARY KEY,
    metadata_schema_id integer NOT NULL REFERENCES metadataschemaregistry (metadata_schema_id),
    element varchar(64),
    qualifier varchar(64),
    scope_note text
);

CREATE TABLE metadatavalue (
    metadata_value_id integer PRIMARY KEY,
    metadata_field_id integer REFERENCES metadatafieldregistry (metadata_field_id),
    text_value text,
    text_lang varchar(24),
    place integer,
    authority varchar(100),
    confidence integer DEFAULT -1,
    dspace_object_id uuid REFERENCES dspaceobject (uuid)
);

CREATE TABLE resourcepolicy (
    policy_id integer PRIMARY KEY,
    resource_type_id integer,
    resource_id integer,
    action_id integer,
    start_date date,
    end_date date,
    rpname varchar(30),
    rptype varchar(30),
    rpdescription text,
    eperson_id uuid REFERENCES eperson (uuid),
    epersongroup_id uuid REFERENCES epersongroup (uuid),
    dspace_object uuid REFERENCES dspaceobject (uuid)
);

CREATE TABLE handle (
    handle_id integer PRIMARY KEY,
    handle varchar(256) UNIQUE,
    resource_type_id integer,
    resource_legacy_id integer,
    resource_id uuid REFERENCES dspaceobject (uuid)
);

CREATE TABLE workspaceitem (
    workspace_item_id integer PRIMARY KEY,
    item_id uuid REFERENCES item (uuid),
    collection_id uuid REFERENCES collection (uuid),
    multiple_titles boolean,
    published_before boolean,
    multiple_files boolean,
    stage_reached integer,
    page_reached integer
);

CREATE TABLE cwf_workflowitem (
    workflowitem_id integer PRIMARY KEY,
    item_id uuid UNIQUE REFERENCES item (uuid),
    collection_id uuid REFERENCES collection (uuid),
    multiple_titles boolean,
    published_before boolean,
    multiple_files boolean
);

CREATE TABLE cwf_collectionrole (
    collectionrole_id integer PRIMARY KEY,
    role_id text,
    collection_id uuid REFERENCES collection (uuid),
    group_id uuid REFERENCES epersongroup (uuid)
);

CREATE TABLE cwf_workflowitemrole (
    workflowitemrole_id integer PRIMARY KEY,
    role_id text,
    workflowitem_id integer REFERENCES cwf_workflowitem (workflowitem_id),
    eperson_id uuid REFERENCES eperson (uuid),
    group_id uuid REFERENCES epersongroup (uuid)
);

CREATE TABLE cwf_pooltask (
    pooltask_id integer PRIMARY KEY,
    workflowitem_id integer REFERENCES cwf_workflowitem (workflowitem_id),
    workflow_id text,
    step_id text,
    action_id text,
    eperson_id uuid REFERENCES eperson (uuid),
    group_id uuid REFERENCES epersongroup (uuid)
);

CREATE TABLE cwf_claimtask (
    claimtask_id integer PRIMARY KEY,
    workflowitem_id integer REFERENCES cwf_workflowitem (workflowitem_id),
    workflow_id text,
    step_id text,
    action_id text,
    owner_id uuid REFERENCES eperson (uuid)
);

CREATE TABLE cwf_in_progress_user (
    in_progress_user_id integer PRIMARY KEY,
    workflowitem_id integer REFERENCES cwf_workflowitem (workflowitem_id),
    user_id uuid REFERENCES eperson (uuid),
    finished boolean DEFAULT false
);

CREATE TABLE registrationdata (
    registrationdata_id integer PRIMARY KEY,
    email varchar(64) UNIQUE,
    token varchar(48),
    expires timestamp,
    registration_type varchar(255),
    net_id varchar(64)
);

CREATE TABLE subscription (
    subscription_id integer PRIMARY KEY,
    eperson_id uuid REFERENCES eperson (uuid),
    dspace_object_id uuid REFERENCES dspaceobject (uuid),
    type varchar(255)
);

CREATE TABLE subscription_parameter (
    subscription_parameter_id integer PRIMARY KEY,
    name varchar(255),
    value varchar(255),
    subscription_id integer NOT NULL REFERENCES subscription (subscription_id)
);

CREATE TABLE checksum_results (
    result_code varchar(64) PRIMARY KEY,
    result_description varchar(255)
);

CREATE TABLE most_recent_checksum (
    bitstream_id uuid PRIMARY KEY REFERENCES bitstream (uuid),
    to_be_processed boolean NOT NULL,
    expected_checksum varchar(64) NOT NULL,
    current_checksum varchar(64) NOT NULL,
    last_process_start_date timestamp NOT NULL,
    last_process_end_date timestamp NOT NULL,
    checksum_algorithm varchar(64) NOT NULL,
    matched_prev_checksum boolean NOT NULL,
    result varchar(64) REFERENCES checksum_results (result_code)
);

CREATE TABLE checksum_history (
    check_id bigint PRIMARY KEY,
    bitstream_id uuid REFERENCES bitstream (uuid),
    process_start_date timestamp,
    process_end_date timestamp,
    checksum_expected varchar(64),
    checksum_calculated varchar(64),
    result varchar(64) REFERENCES checksum_results (result_code)
);

CREATE TABLE harvested_collection (
    id integer PRIMARY KEY,
    collection_id uuid REFERENCES collection (uuid),
    harvest_type integer,
    oai_source varchar(256),
    oai_set_id varchar(256),
    harvest_message text,
    metadata_config_id varchar(256),
    harvest_status integer,
    harvest_start_time timestamp with time zone,
    last_harvested timestamp with time zone
);

CREATE TABLE harvested_item (
    id integer PRIMARY KEY,
    item_id uuid REFERENCES item (uuid),
    last_harvested timestamp with time zone,
    oai_id varchar(64)
);

CREATE TABLE versionhistory (
    versionhistory_id integer PRIMARY KEY
);

CREATE TABLE versionitem (
    versionitem_id integer PRIMARY KEY,
    item_id uuid REFERENCES item (uuid),
    version_number integer,
    eperson_id uuid REFERENCES eperson (uuid),
    version_date timestamp,
    version_summary varchar(255),
    versionhistory_id integer REFERENCES versionhistory (versionhistory_id)
);

CREATE TABLE doi (
    doi_id integer PRIMARY KEY,
    doi varchar(256) UNIQUE,
    resource_type_id integer,
    resource_id integer,
    status integer,
    dspace_object uuid REFERENCES dspaceobject (uuid)
);

CREATE TABLE requestitem (
    requestitem_id integer PRIMARY KEY,
    token varchar(48) UNIQUE,
    item_id uuid REFERENCES item (uuid),
    bitstream_id uuid REFERENCES bitstream (uuid),
    allfiles boolean,
    request_email varchar(64),
    request_name varchar(64),
    request_date timestamp,
    accept_request boolean,
    decision_date timestamp,
    expires timestamp,
    request_message text,
    access_token varchar(48),
    access_expiry timestamp
);

CREATE TABLE webapp (
    webapp_id integer PRIMARY KEY,
    appname varchar(32),
    url varchar,
    started timestamp,
    isui integer
);

CREATE TABLE openurltracker (
    tracker_id integer PRIMARY KEY,
    tracker_url varchar(1000),
    uploaddate date
);

CREATE TABLE systemwidealert (
    alert_id integer PRIMARY KEY,
    message varchar(512),
    allow_sessions varchar(64),
    countdown_to timestamp,
    active boolean
);

CREATE TABLE entity_type (
    id integer PRIMARY KEY,
    label varchar(32) UNIQUE NOT NULL
);

CREATE TABLE relationship_type (
    id integer PRIMARY KEY,
    left_type integer NOT NULL REFERENCES entity_type (id),
    right_type integer NOT NULL REFERENCES entity_type (id),
    leftward_type varchar(32) NOT NULL,
    rightward_type varchar(32) NOT NULL,
    left_min_cardinality integer,
    left_max_cardinality integer,
    right_min_cardinality integer,
    right_max_cardinality integer,
    copy_to_left boolean DEFAULT false,
    copy_to_right boolean DEFAULT false,
    tilted integer
);

CREATE TABLE relationship (
    id integer PRIMARY KEY,
    left_id uuid NOT NULL REFERENCES item (uuid),
    type_id integer NOT NULL REFERENCES relationship_type (id),
    right_id uuid NOT NULL REFERENCES item (uuid),
    left_place integer,
    right_place integer,
    leftward_value varchar,
    rightward_value varchar,
    latest_version_status integer DEFAULT 0
);

CREATE TABLE process (
    process_id integer PRIMARY KEY,
    user_id uuid REFERENCES eperson (uuid),
    start_time timestamp,
    finished_time timestamp,
    creation_time timestamp NOT NULL,
    script varchar(256) NOT NULL,
    status varchar(32),
    parameters text
);

CREATE TABLE process2bitstream (
    process_id integer NOT NULL REFERENCES process (process_id),
    bitstream_id uuid NOT NULL REFERENCES bitstream (uuid),
    PRIMARY KEY (process_id, bitstream_id)
);

CREATE TABLE process2group (
    process_id integer NOT NULL REFERENCES process (process_id),
    group_id uuid NOT NULL REFERENCES epersongroup (uuid),
    PRIMARY KEY (process_id, group_id)
);

CREATE TABLE orcid_queue (
    id integer PRIMARY KEY,
    owner_id uuid NOT NULL REFERENCES item (uuid),
    entity_id uuid REFERENCES item (uuid),
    attempts integer,
    put_code varchar(255),
    record_type varchar(255),
    description varchar(255),
    operation varchar(255),
    metadata text
);

CREATE TABLE orcid_history (
    id integer PRIMARY KEY,
    owner_id uuid NOT NULL REFERENCES item (uuid),
    entity_id uuid REFERENCES item (uuid),
    put_code varchar(255),
    "timestamp" timestamp,
    status integer,
    metadata text,
    operation varchar(255),
    record_type varchar(255),
    description varchar(255),
    response_message text
);

CREATE TABLE orcid_token (
    id integer PRIMARY KEY,
    eperson_id uuid UNIQUE REFERENCES eperson (uuid),
    profile_item_id uuid REFERENCES item (uuid),
    access_token varchar(100) NOT NULL
);

CREATE TABLE supervision_orders (
    id integer PRIMARY KEY,
    item_id uuid REFERENCES item (uuid),
    eperson_group_id uuid REFERENCES epersongroup (uuid)
);

CREATE TABLE qaevent_processed (
    qaevent_id varchar(255) PRIMARY KEY,
    qaevent_timestamp timestamp,
    eperson_uuid uuid REFERENCES eperson (uuid),
    item_uuid uuid NOT NULL REFERENCES item (uuid)
);

CREATE TABLE notifyservice (
    id integer PRIMARY KEY,
    name varchar(255),
    description text,
    url varchar(255),
    ldn_url varchar(255),
    enabled boolean NOT NULL,
    score numeric(6, 5),
    lower_ip varchar(45),
    upper_ip varchar(45)
);

CREATE TABLE notifyservice_inbound_pattern (
    id integer PRIMARY KEY,
    service_id integer REFERENCES notifyservice (id),
    pattern varchar(255),
    constraint_name varchar(255),
    automatic boolean
);

CREATE TABLE notifypatterns_to_trigger (
    id integer PRIMARY KEY,
    item_id uuid REFERENCES item (uuid),
    service_id integer REFERENCES notifyservice (id),
    pattern varchar(255)
);

CREATE TABLE ldn_message (
    id varchar(255) PRIMARY KEY,
    object uuid REFERENCES dspaceobject (uuid),
    message text,
    type varchar(255),
    origin integer REFERENCES notifyservice (id),
    target integer REFERENCES notifyservice (id),
    inreplyto varchar(255) REFERENCES ldn_message (id),
    context uuid REFERENCES dspaceobject (uuid),
    activity_stream_type varchar(255),
    coar_notify_type varchar(255),
    queue_status integer,
    queue_attempts integer DEFAULT 0,
    queue_last_start_time timestamp,
    queue_timeout timestamp,
    source_ip varchar(45)
);
