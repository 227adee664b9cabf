-- sentry.sql: a seventeenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind17). The PostgreSQL database of
-- a self-hosted Sentry (Django), trimmed: users and their emails, options
-- and avatars, organizations, members and teams, projects, their keys,
-- options and teams, issues (sentry_groupedmessage) and what hangs off
-- them (assignees, bookmarks, subscriptions, hashes, resolutions, snoozes,
-- links, activity, rule status), alert rules, releases with their
-- projects, files, commits, deploys and environments, files and blobs,
-- API keys, applications, tokens and grants, SSO providers and
-- identities, integrations, Sentry apps, metric alerts and incidents,
-- saved searches, Discover queries and dashboards, cron monitors, audit
-- log and onboarding.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Sentry's Django models.
-- Conventions: sentry_<model> tables (Django's lower-cased model names run
-- together: sentry_organizationmember, sentry_groupedmessage for Group,
-- sentry_message for Event) keyed by a bigserial `id`; FlexibleForeignKey
-- columns <field>_id (project_id, group_id, organization_id, team_id,
-- release_id) and role names (owner_id, actor_id, inviter_id,
-- created_by_id, target_user_id, proxy_user_id, first_release_id);
-- auth_user for users; M2M through tables
-- (sentry_organizationmember_teams, sentry_authprovider_default_teams).
-- The REFERENCES are the FKs Sentry's migrations declare (Django's
-- deferrable constraints). Left without REFERENCES as Sentry leaves them
-- (BoundedBigIntegerField columns, ids across silos): the
-- organization_id / repository_id of commits, repositories, deploys,
-- environments and release head commits, sentry_releasecommit.project_id,
-- sentry_release.project_id, sentry_groupredirect, sentry_externalissue,
-- sentry_grouplink.group_id / linked_id, sentry_userreport's
-- project_id / group_id / event_id, the cron monitors' organization_id /
-- project_id, sentry_organizationonboardingtask.project_id, the events'
-- (sentry_message, kept in nodestore) group_id / project_id, the
-- useroption's project_id / organization_id, actor_id of resolutions and
-- snoozes, sentry_rule.environment_id, the release files' and
-- distributions' organization_id, last_commit_id / last_deploy_id,
-- group_tombstone_id, default_auth_id and sentry_repository.integration_id.

CREATE TABLE auth_user (
    id serial PRIMARY KEY,
    password varchar(128) NOT NULL,
    last_login timestamptz,
    username varchar(128) NOT NULL UNIQUE,
    name varchar(200) NOT NULL,
    email varchar(75) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    is_superuser boolean NOT NULL,
    is_managed boolean NOT NULL,
    is_password_expired boolean NOT NULL,
    date_joined timestamptz NOT NULL,
    last_active timestamptz
);

CREATE TABLE sentry_useremail (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    email varchar(75) NOT NULL,
    validation_hash varchar(32) NOT NULL,
    date_hash_added timestamptz NOT NULL,
    is_verified boolean NOT NULL
);

CREATE TABLE sentry_useroption (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    project_id bigint,
    organization_id bigint,
    key varchar(64) NOT NULL,
    value text NOT NULL
);

CREATE TABLE sentry_lostpasswordhash (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL UNIQUE REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    hash varchar(32) NOT NULL,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_option (
    id bigserial PRIMARY KEY,
    key varchar(128) NOT NULL UNIQUE,
    value text NOT NULL,
    last_updated timestamptz NOT NULL
);

CREATE TABLE sentry_file (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    type varchar(64) NOT NULL,
    timestamp timestamptz NOT NULL,
    headers text NOT NULL,
    size integer,
    checksum varchar(40)
);

CREATE TABLE sentry_fileblob (
    id bigserial PRIMARY KEY,
    path text,
    size integer,
    checksum varchar(40) NOT NULL UNIQUE,
    timestamp timestamptz NOT NULL
);

CREATE TABLE sentry_fileblobindex (
    id bigserial PRIMARY KEY,
    file_id bigint NOT NULL REFERENCES sentry_file (id) DEFERRABLE INITIALLY DEFERRED,
    blob_id bigint NOT NULL REFERENCES sentry_fileblob (id) DEFERRABLE INITIALLY DEFERRED,
    "offset" integer NOT NULL
);

CREATE TABLE sentry_useravatar (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL UNIQUE REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    file_id bigint UNIQUE REFERENCES sentry_file (id) DEFERRABLE INITIALLY DEFERRED,
    ident varchar(32) NOT NULL UNIQUE,
    avatar_type smallint NOT NULL
);

CREATE TABLE sentry_organization (
    id bigserial PRIMARY KEY,
    name varchar(64) NOT NULL,
    slug varchar(50) NOT NULL UNIQUE,
    status integer NOT NULL,
    date_added timestamptz NOT NULL,
    default_role varchar(32) NOT NULL,
    flags bigint NOT NULL
);

CREATE TABLE sentry_organizationoptions (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    key varchar(64) NOT NULL,
    value text NOT NULL
);

CREATE TABLE sentry_organizationavatar (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL UNIQUE REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    file_id bigint UNIQUE REFERENCES sentry_file (id) DEFERRABLE INITIALLY DEFERRED,
    ident varchar(32) NOT NULL UNIQUE,
    avatar_type smallint NOT NULL
);

CREATE TABLE sentry_team (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    slug varchar(50) NOT NULL,
    name varchar(64) NOT NULL,
    status integer NOT NULL,
    date_added timestamptz
);

CREATE TABLE sentry_organizationmember (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    email varchar(75),
    role varchar(32) NOT NULL,
    flags bigint NOT NULL,
    date_added timestamptz NOT NULL,
    token varchar(64) UNIQUE,
    has_global_access boolean NOT NULL,
    inviter_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    invite_status integer
);

CREATE TABLE sentry_organizationmember_teams (
    id bigserial PRIMARY KEY,
    organizationmember_id bigint NOT NULL REFERENCES sentry_organizationmember (id) DEFERRABLE INITIALLY DEFERRED,
    team_id bigint NOT NULL REFERENCES sentry_team (id) DEFERRABLE INITIALLY DEFERRED,
    is_active boolean NOT NULL,
    role varchar(32)
);

CREATE TABLE sentry_project (
    id bigserial PRIMARY KEY,
    name varchar(200) NOT NULL,
    public boolean NOT NULL,
    date_added timestamptz NOT NULL,
    status integer NOT NULL,
    slug varchar(50),
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    forced_color varchar(6),
    platform varchar(64),
    first_event timestamptz,
    flags bigint
);

CREATE TABLE sentry_projectteam (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    team_id bigint NOT NULL REFERENCES sentry_team (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE sentry_projectkey (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    public_key varchar(32) UNIQUE,
    secret_key varchar(32) UNIQUE,
    roles bigint NOT NULL,
    label varchar(64),
    status integer NOT NULL,
    date_added timestamptz,
    rate_limit_count integer,
    rate_limit_window integer,
    data text NOT NULL
);

CREATE TABLE sentry_projectoptions (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    key varchar(64) NOT NULL,
    value text NOT NULL
);

CREATE TABLE sentry_projectavatar (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL UNIQUE REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    file_id bigint UNIQUE REFERENCES sentry_file (id) DEFERRABLE INITIALLY DEFERRED,
    ident varchar(32) NOT NULL UNIQUE,
    avatar_type smallint NOT NULL
);

CREATE TABLE sentry_environment (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    name varchar(64) NOT NULL,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_environmentproject (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    environment_id bigint NOT NULL REFERENCES sentry_environment (id) DEFERRABLE INITIALLY DEFERRED,
    is_hidden boolean
);

CREATE TABLE sentry_release (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    project_id bigint,
    version varchar(250) NOT NULL,
    ref varchar(250),
    url varchar(200),
    date_added timestamptz NOT NULL,
    date_started timestamptz,
    date_released timestamptz,
    data text NOT NULL,
    new_groups integer NOT NULL,
    owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    commit_count integer,
    last_commit_id bigint,
    authors text,
    total_deploys integer,
    last_deploy_id integer
);

CREATE TABLE sentry_release_project (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    release_id bigint NOT NULL REFERENCES sentry_release (id) DEFERRABLE INITIALLY DEFERRED,
    new_groups integer
);

CREATE TABLE sentry_releaseprojectenvironment (
    id bigserial PRIMARY KEY,
    release_id bigint NOT NULL REFERENCES sentry_release (id) DEFERRABLE INITIALLY DEFERRED,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    environment_id bigint NOT NULL REFERENCES sentry_environment (id) DEFERRABLE INITIALLY DEFERRED,
    new_issues_count integer NOT NULL,
    first_seen timestamptz NOT NULL,
    last_seen timestamptz NOT NULL,
    last_deploy_id integer
);

CREATE TABLE sentry_distribution (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    release_id bigint NOT NULL REFERENCES sentry_release (id) DEFERRABLE INITIALLY DEFERRED,
    name varchar(64) NOT NULL,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_releasefile (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    project_id bigint,
    release_id bigint NOT NULL REFERENCES sentry_release (id) DEFERRABLE INITIALLY DEFERRED,
    file_id bigint NOT NULL REFERENCES sentry_file (id) DEFERRABLE INITIALLY DEFERRED,
    ident varchar(40) NOT NULL,
    name text NOT NULL,
    dist_id bigint REFERENCES sentry_distribution (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE sentry_repository (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    name varchar(200) NOT NULL,
    url varchar(200),
    provider varchar(64),
    external_id varchar(64),
    config text NOT NULL,
    status integer NOT NULL,
    date_added timestamptz NOT NULL,
    integration_id integer
);

CREATE TABLE sentry_commitauthor (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    name varchar(128),
    email varchar(75) NOT NULL,
    external_id varchar(164)
);

CREATE TABLE sentry_commit (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    repository_id integer NOT NULL,
    key varchar(64) NOT NULL,
    date_added timestamptz NOT NULL,
    author_id bigint REFERENCES sentry_commitauthor (id) DEFERRABLE INITIALLY DEFERRED,
    message text
);

CREATE TABLE sentry_commitfilechange (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    commit_id bigint NOT NULL REFERENCES sentry_commit (id) DEFERRABLE INITIALLY DEFERRED,
    filename text NOT NULL,
    type varchar(1) NOT NULL
);

CREATE TABLE sentry_releasecommit (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    project_id bigint,
    release_id bigint NOT NULL REFERENCES sentry_release (id) DEFERRABLE INITIALLY DEFERRED,
    commit_id bigint NOT NULL REFERENCES sentry_commit (id) DEFERRABLE INITIALLY DEFERRED,
    "order" integer NOT NULL
);

CREATE TABLE sentry_releaseheadcommit (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    repository_id integer NOT NULL,
    release_id bigint NOT NULL REFERENCES sentry_release (id) DEFERRABLE INITIALLY DEFERRED,
    commit_id bigint NOT NULL REFERENCES sentry_commit (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE sentry_deploy (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    release_id bigint NOT NULL REFERENCES sentry_release (id) DEFERRABLE INITIALLY DEFERRED,
    environment_id integer NOT NULL,
    date_finished timestamptz NOT NULL,
    date_started timestamptz,
    name varchar(64),
    url varchar(200),
    notified boolean
);

CREATE TABLE sentry_groupedmessage (
    id bigserial PRIMARY KEY,
    logger varchar(64) NOT NULL,
    level integer NOT NULL,
    message text NOT NULL,
    view varchar(200),
    status integer NOT NULL,
    times_seen integer NOT NULL,
    last_seen timestamptz NOT NULL,
    first_seen timestamptz NOT NULL,
    data text,
    score integer NOT NULL,
    project_id bigint REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    time_spent_total integer NOT NULL,
    time_spent_count integer NOT NULL,
    resolved_at timestamptz,
    active_at timestamptz,
    is_public boolean,
    platform varchar(64),
    num_comments integer,
    first_release_id bigint REFERENCES sentry_release (id) DEFERRABLE INITIALLY DEFERRED,
    short_id bigint,
    type integer
);

CREATE TABLE sentry_message (
    id bigserial PRIMARY KEY,
    group_id bigint,
    message_id varchar(32),
    project_id bigint,
    message text NOT NULL,
    platform varchar(64),
    datetime timestamptz NOT NULL,
    time_spent integer,
    data text
);

CREATE TABLE sentry_groupasignee (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    group_id bigint NOT NULL UNIQUE REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    team_id bigint REFERENCES sentry_team (id) DEFERRABLE INITIALLY DEFERRED,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_groupbookmark (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    group_id bigint NOT NULL REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    date_added timestamptz
);

CREATE TABLE sentry_groupseen (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    group_id bigint NOT NULL REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    last_seen timestamptz NOT NULL
);

CREATE TABLE sentry_groupsubscription (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    group_id bigint NOT NULL REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    is_active boolean NOT NULL,
    reason integer NOT NULL,
    date_added timestamptz
);

CREATE TABLE sentry_grouphash (
    id bigserial PRIMARY KEY,
    project_id bigint REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    hash varchar(32) NOT NULL,
    group_id bigint REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    group_tombstone_id bigint,
    state integer
);

CREATE TABLE sentry_groupresolution (
    id bigserial PRIMARY KEY,
    group_id bigint NOT NULL UNIQUE REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    release_id bigint NOT NULL REFERENCES sentry_release (id) DEFERRABLE INITIALLY DEFERRED,
    datetime timestamptz NOT NULL,
    status integer NOT NULL,
    type integer,
    actor_id integer
);

CREATE TABLE sentry_groupsnooze (
    id bigserial PRIMARY KEY,
    group_id bigint NOT NULL UNIQUE REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    until timestamptz,
    count integer,
    "window" integer,
    user_count integer,
    user_window integer,
    state text,
    actor_id integer
);

CREATE TABLE sentry_groupmeta (
    id bigserial PRIMARY KEY,
    group_id bigint NOT NULL REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    key varchar(64) NOT NULL,
    value text NOT NULL
);

CREATE TABLE sentry_groupredirect (
    id bigserial PRIMARY KEY,
    group_id bigint NOT NULL,
    previous_group_id bigint NOT NULL UNIQUE
);

CREATE TABLE sentry_groupemailthread (
    id bigserial PRIMARY KEY,
    email varchar(75) NOT NULL,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    group_id bigint NOT NULL REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    msgid varchar(100) NOT NULL,
    date timestamptz NOT NULL
);

CREATE TABLE sentry_activity (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    group_id bigint REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    type integer NOT NULL,
    ident varchar(64),
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    datetime timestamptz NOT NULL,
    data text
);

CREATE TABLE sentry_rule (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    environment_id integer,
    label varchar(64) NOT NULL,
    data text NOT NULL,
    status integer NOT NULL,
    owner_id bigint REFERENCES sentry_team (id) DEFERRABLE INITIALLY DEFERRED,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_grouprulestatus (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    rule_id bigint NOT NULL REFERENCES sentry_rule (id) DEFERRABLE INITIALLY DEFERRED,
    group_id bigint NOT NULL REFERENCES sentry_groupedmessage (id) DEFERRABLE INITIALLY DEFERRED,
    status smallint NOT NULL,
    date_added timestamptz NOT NULL,
    last_active timestamptz
);

CREATE TABLE sentry_grouplink (
    id bigserial PRIMARY KEY,
    group_id bigint NOT NULL,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    linked_type integer NOT NULL,
    linked_id bigint NOT NULL,
    relationship integer NOT NULL,
    data text NOT NULL,
    datetime timestamptz NOT NULL
);

CREATE TABLE sentry_userreport (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL,
    group_id bigint,
    event_id varchar(32) NOT NULL,
    name varchar(128) NOT NULL,
    email varchar(75) NOT NULL,
    comments text NOT NULL,
    date_added timestamptz NOT NULL,
    environment_id bigint REFERENCES sentry_environment (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE sentry_savedsearch (
    id bigserial PRIMARY KEY,
    project_id bigint REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    organization_id bigint REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    name varchar(128) NOT NULL,
    query text NOT NULL,
    date_added timestamptz NOT NULL,
    is_default boolean NOT NULL,
    is_global boolean,
    owner_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    type smallint
);

CREATE TABLE sentry_apikey (
    id bigserial PRIMARY KEY,
    organization_id bigint REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    label varchar(64) NOT NULL,
    key varchar(32) NOT NULL UNIQUE,
    scopes bigint NOT NULL,
    status integer NOT NULL,
    date_added timestamptz NOT NULL,
    allowed_origins text
);

CREATE TABLE sentry_apiapplication (
    id bigserial PRIMARY KEY,
    client_id varchar(64) NOT NULL UNIQUE,
    client_secret text NOT NULL,
    owner_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    name varchar(64) NOT NULL,
    status integer NOT NULL,
    allowed_origins text,
    redirect_uris text NOT NULL,
    homepage_url varchar(200),
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_apitoken (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    token varchar(64) NOT NULL UNIQUE,
    scopes bigint NOT NULL,
    date_added timestamptz NOT NULL,
    application_id bigint REFERENCES sentry_apiapplication (id) DEFERRABLE INITIALLY DEFERRED,
    refresh_token varchar(64) UNIQUE,
    expires_at timestamptz
);

CREATE TABLE sentry_apigrant (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    application_id bigint NOT NULL REFERENCES sentry_apiapplication (id) DEFERRABLE INITIALLY DEFERRED,
    code varchar(64) NOT NULL,
    expires_at timestamptz NOT NULL,
    redirect_uri varchar(255) NOT NULL,
    scopes bigint NOT NULL
);

CREATE TABLE sentry_apiauthorization (
    id bigserial PRIMARY KEY,
    application_id bigint REFERENCES sentry_apiapplication (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    scopes bigint NOT NULL,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_authprovider (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL UNIQUE REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    provider varchar(128) NOT NULL,
    config text NOT NULL,
    date_added timestamptz NOT NULL,
    sync_time integer,
    last_sync timestamptz,
    default_role integer NOT NULL,
    default_global_access boolean NOT NULL,
    flags bigint NOT NULL
);

CREATE TABLE sentry_authprovider_default_teams (
    id bigserial PRIMARY KEY,
    authprovider_id bigint NOT NULL REFERENCES sentry_authprovider (id) DEFERRABLE INITIALLY DEFERRED,
    team_id bigint NOT NULL REFERENCES sentry_team (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE sentry_authidentity (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    auth_provider_id bigint NOT NULL REFERENCES sentry_authprovider (id) DEFERRABLE INITIALLY DEFERRED,
    ident varchar(128) NOT NULL,
    data text NOT NULL,
    date_added timestamptz NOT NULL,
    last_verified timestamptz NOT NULL,
    last_synced timestamptz NOT NULL
);

CREATE TABLE sentry_broadcast (
    id bigserial PRIMARY KEY,
    message varchar(256) NOT NULL,
    link varchar(200),
    is_active boolean NOT NULL,
    date_added timestamptz NOT NULL,
    title varchar(32) NOT NULL,
    date_expires timestamptz
);

CREATE TABLE sentry_broadcastseen (
    id bigserial PRIMARY KEY,
    broadcast_id bigint NOT NULL REFERENCES sentry_broadcast (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    date_seen timestamptz NOT NULL
);

CREATE TABLE sentry_integration (
    id bigserial PRIMARY KEY,
    provider varchar(64) NOT NULL,
    external_id varchar(64) NOT NULL,
    name varchar(200) NOT NULL,
    metadata text NOT NULL,
    status integer,
    date_added timestamptz
);

CREATE TABLE sentry_organizationintegration (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    integration_id bigint NOT NULL REFERENCES sentry_integration (id) DEFERRABLE INITIALLY DEFERRED,
    config text NOT NULL,
    default_auth_id integer,
    date_added timestamptz,
    status integer NOT NULL
);

CREATE TABLE sentry_projectintegration (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    integration_id bigint NOT NULL REFERENCES sentry_integration (id) DEFERRABLE INITIALLY DEFERRED,
    config text NOT NULL
);

CREATE TABLE sentry_externalissue (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    integration_id bigint NOT NULL,
    key varchar(128) NOT NULL,
    date_added timestamptz NOT NULL,
    title text,
    description text,
    metadata text
);

CREATE TABLE sentry_sentryapp (
    id bigserial PRIMARY KEY,
    application_id bigint UNIQUE REFERENCES sentry_apiapplication (id) DEFERRABLE INITIALLY DEFERRED,
    proxy_user_id integer UNIQUE REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    scopes bigint NOT NULL,
    scope_list text,
    name text NOT NULL,
    slug varchar(64) NOT NULL UNIQUE,
    author text,
    status smallint NOT NULL,
    uuid varchar(64) NOT NULL,
    webhook_url varchar(200),
    date_added timestamptz NOT NULL,
    date_updated timestamptz NOT NULL
);

CREATE TABLE sentry_sentryappinstallation (
    id bigserial PRIMARY KEY,
    sentry_app_id bigint NOT NULL REFERENCES sentry_sentryapp (id) DEFERRABLE INITIALLY DEFERRED,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    api_grant_id bigint UNIQUE REFERENCES sentry_apigrant (id) DEFERRABLE INITIALLY DEFERRED,
    api_token_id bigint UNIQUE REFERENCES sentry_apitoken (id) DEFERRABLE INITIALLY DEFERRED,
    uuid varchar(64) NOT NULL,
    status smallint NOT NULL,
    date_added timestamptz NOT NULL,
    date_updated timestamptz NOT NULL
);

CREATE TABLE sentry_snubaquery (
    id bigserial PRIMARY KEY,
    dataset text NOT NULL,
    query text NOT NULL,
    aggregate text NOT NULL,
    time_window integer NOT NULL,
    resolution integer NOT NULL,
    environment_id bigint REFERENCES sentry_environment (id) DEFERRABLE INITIALLY DEFERRED,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_alertrule (
    id bigserial PRIMARY KEY,
    organization_id bigint REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    snuba_query_id bigint UNIQUE REFERENCES sentry_snubaquery (id) DEFERRABLE INITIALLY DEFERRED,
    owner_id bigint REFERENCES sentry_team (id) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL,
    status smallint NOT NULL,
    threshold_type smallint,
    resolve_threshold double precision,
    threshold_period integer NOT NULL,
    date_modified timestamptz NOT NULL,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_alertruletrigger (
    id bigserial PRIMARY KEY,
    alert_rule_id bigint NOT NULL REFERENCES sentry_alertrule (id) DEFERRABLE INITIALLY DEFERRED,
    label text NOT NULL,
    threshold_type smallint,
    alert_threshold double precision NOT NULL,
    resolve_threshold double precision,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_alertruletriggeraction (
    id bigserial PRIMARY KEY,
    alert_rule_trigger_id bigint NOT NULL REFERENCES sentry_alertruletrigger (id) DEFERRABLE INITIALLY DEFERRED,
    integration_id bigint REFERENCES sentry_integration (id) DEFERRABLE INITIALLY DEFERRED,
    sentry_app_id bigint REFERENCES sentry_sentryapp (id) DEFERRABLE INITIALLY DEFERRED,
    type smallint NOT NULL,
    target_type smallint NOT NULL,
    target_identifier text,
    target_display text,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_incident (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    alert_rule_id bigint NOT NULL REFERENCES sentry_alertrule (id) DEFERRABLE INITIALLY DEFERRED,
    identifier integer NOT NULL,
    detection_uuid uuid,
    status integer NOT NULL,
    type integer NOT NULL,
    title text NOT NULL,
    date_started timestamptz NOT NULL,
    date_detected timestamptz NOT NULL,
    date_added timestamptz NOT NULL,
    date_closed timestamptz
);

CREATE TABLE sentry_incidentproject (
    id bigserial PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES sentry_incident (id) DEFERRABLE INITIALLY DEFERRED,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE sentry_incidentactivity (
    id bigserial PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES sentry_incident (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    type integer NOT NULL,
    value text,
    previous_value text,
    comment text,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_incidentsubscription (
    id bigserial PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES sentry_incident (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_discoversavedquery (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    created_by_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    name varchar(255) NOT NULL,
    query text NOT NULL,
    version integer,
    date_created timestamptz NOT NULL,
    date_updated timestamptz NOT NULL
);

CREATE TABLE sentry_discoversavedqueryproject (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES sentry_project (id) DEFERRABLE INITIALLY DEFERRED,
    discover_saved_query_id bigint NOT NULL REFERENCES sentry_discoversavedquery (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE sentry_dashboard (
    id bigserial PRIMARY KEY,
    title varchar(255) NOT NULL,
    created_by_id integer NOT NULL REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    date_added timestamptz NOT NULL,
    status integer NOT NULL
);

CREATE TABLE sentry_dashboardwidget (
    id bigserial PRIMARY KEY,
    dashboard_id bigint NOT NULL REFERENCES sentry_dashboard (id) DEFERRABLE INITIALLY DEFERRED,
    "order" integer NOT NULL,
    title varchar(255) NOT NULL,
    display_type integer NOT NULL,
    widget_type integer,
    interval varchar(64) NOT NULL,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_dashboardwidgetquery (
    id bigserial PRIMARY KEY,
    widget_id bigint NOT NULL REFERENCES sentry_dashboardwidget (id) DEFERRABLE INITIALLY DEFERRED,
    name varchar(255) NOT NULL,
    fields text NOT NULL,
    conditions text NOT NULL,
    orderby text NOT NULL,
    "order" integer NOT NULL,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_monitor (
    id bigserial PRIMARY KEY,
    guid uuid NOT NULL UNIQUE,
    organization_id bigint NOT NULL,
    project_id bigint NOT NULL,
    name varchar(128) NOT NULL,
    status integer NOT NULL,
    type integer NOT NULL,
    config text NOT NULL,
    next_checkin timestamptz,
    last_checkin timestamptz,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_monitorlocation (
    id bigserial PRIMARY KEY,
    guid uuid NOT NULL UNIQUE,
    name varchar(128) NOT NULL,
    date_added timestamptz NOT NULL
);

CREATE TABLE sentry_monitorcheckin (
    id bigserial PRIMARY KEY,
    guid uuid NOT NULL UNIQUE,
    project_id bigint NOT NULL,
    monitor_id bigint NOT NULL REFERENCES sentry_monitor (id) DEFERRABLE INITIALLY DEFERRED,
    location_id bigint REFERENCES sentry_monitorlocation (id) DEFERRABLE INITIALLY DEFERRED,
    status integer NOT NULL,
    config text NOT NULL,
    duration integer,
    date_added timestamptz NOT NULL,
    date_updated timestamptz NOT NULL
);

CREATE TABLE sentry_auditlogentry (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    actor_label varchar(64),
    actor_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    actor_key_id bigint REFERENCES sentry_apikey (id) DEFERRABLE INITIALLY DEFERRED,
    target_object integer,
    target_user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    event integer NOT NULL,
    ip_address inet,
    data text NOT NULL,
    datetime timestamptz NOT NULL
);

CREATE TABLE sentry_organizationonboardingtask (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES sentry_organization (id) DEFERRABLE INITIALLY DEFERRED,
    user_id integer REFERENCES auth_user (id) DEFERRABLE INITIALLY DEFERRED,
    task integer NOT NULL,
    status integer NOT NULL,
    date_completed timestamptz NOT NULL,
    project_id bigint,
    data text NOT NULL
);
