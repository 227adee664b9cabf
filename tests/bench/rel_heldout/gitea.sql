-- gitea.sql: a fifteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind15). The database of a Gitea
-- 1.21-1.22 instance (self-hosted Git forge, Go with the xorm ORM): users
-- and organisations in one "user" table (type), e-mail addresses, keys and
-- tokens, OAuth2 applications and grants, repositories (forks, templates,
-- mirrors, redirects), stars / watches / follows, teams and access,
-- issues and pull requests with comments, labels, milestones, reviews,
-- reactions, assignees, dependencies, time tracking, projects and boards,
-- releases and attachments, branches and protection rules, webhooks,
-- notifications and the activity feed, commit statuses, packages,
-- Actions (runners, runs, jobs, tasks, steps, artifacts, secrets).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests. Gitea creates its tables through xorm on
-- SQLite, MySQL, PostgreSQL or MSSQL; written here as PostgreSQL.
-- Gitea conventions: singular snake_case tables ("user" quoted), bigserial
-- id keys, bigint *_unix timestamps, references named after the role
-- rather than the table: owner_id, poster_id, doer_id, publisher_id,
-- uploader_id, reviewer_id, merger_id, act_user_id, trigger_user_id,
-- assignee_id, pusher_id, inviter_id, recipient_id; a bare uid for a user
-- (star, team_user, org_user, access_token, two_factor, issue_user,
-- email_address, oauth2_application); org_id for an organisation (a row
-- of "user"); bare names without _id (notification.updated_by,
-- action_run.approved_by, "user".login_source); head_repo_id /
-- base_repo_id, fork_id, template_id, redirect_repo_id,
-- redirect_user_id, dependency_id, ref_issue_id / ref_comment_id /
-- ref_repo_id; deploy_key.key_id (a public_key id) beside gpg_key.key_id
-- (a text GPG key id, no reference).
-- Gitea declares no foreign keys in the database: the REFERENCES are the
-- links its models follow. Left without REFERENCES: package_property's
-- ref_type / ref_id (a version, a package or a file by ref_type), the
-- text ids (gpg_key.key_id / primary_key_id, action_run.workflow_id,
-- action_run_job.job_id, commit and SHA columns), comment.commit_id (an
-- unused number), branch names and the JSON id lists
-- (protected_branch.whitelist_user_i_ds, repo_transfer.team_i_ds),
-- original_author_id (a user id on the site a repository was migrated
-- from) and action_run.schedule_id (action_schedule is not written here).

CREATE TABLE login_source (
    id bigserial PRIMARY KEY,
    type integer,
    name varchar(255) UNIQUE,
    is_active boolean NOT NULL DEFAULT false,
    is_sync_enabled boolean NOT NULL DEFAULT false,
    cfg text,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE "user" (
    id bigserial PRIMARY KEY,
    lower_name varchar(255) NOT NULL UNIQUE,
    name varchar(255) NOT NULL UNIQUE,
    full_name varchar(255),
    email varchar(255) NOT NULL,
    keep_email_private boolean,
    email_notifications_preference varchar(20) NOT NULL DEFAULT 'enabled',
    passwd varchar(255) NOT NULL,
    passwd_hash_algo varchar(255) NOT NULL DEFAULT 'argon2',
    must_change_password boolean NOT NULL DEFAULT false,
    login_type integer,
    login_source bigint NOT NULL DEFAULT 0 REFERENCES login_source (id),
    login_name varchar(255),
    type integer,
    location varchar(255),
    website varchar(255),
    rands varchar(32),
    salt varchar(32),
    language varchar(5),
    description varchar(255),
    created_unix bigint,
    updated_unix bigint,
    last_login_unix bigint,
    last_repo_visibility boolean,
    max_repo_creation integer NOT NULL DEFAULT -1,
    is_active boolean,
    is_admin boolean,
    is_restricted boolean NOT NULL DEFAULT false,
    allow_git_hook boolean,
    allow_import_local boolean,
    allow_create_organization boolean DEFAULT true,
    prohibit_login boolean NOT NULL DEFAULT false,
    avatar varchar(2048) NOT NULL,
    avatar_email varchar(255) NOT NULL,
    use_custom_avatar boolean,
    num_followers integer,
    num_following integer NOT NULL DEFAULT 0,
    num_stars integer,
    num_repos integer,
    num_teams integer,
    num_members integer,
    visibility integer NOT NULL DEFAULT 0,
    repo_admin_change_team_access boolean NOT NULL DEFAULT false,
    diff_view_style varchar(255) NOT NULL DEFAULT '',
    theme varchar(255) NOT NULL DEFAULT '',
    keep_activity_private boolean NOT NULL DEFAULT false
);

CREATE TABLE email_address (
    id bigserial PRIMARY KEY,
    uid bigint NOT NULL REFERENCES "user" (id),
    email varchar(255) NOT NULL UNIQUE,
    lower_email varchar(255) NOT NULL UNIQUE,
    is_activated boolean,
    is_primary boolean NOT NULL DEFAULT false
);

CREATE TABLE user_setting (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES "user" (id),
    setting_key varchar(255),
    setting_value text
);

CREATE TABLE user_open_id (
    id bigserial PRIMARY KEY,
    uid bigint NOT NULL REFERENCES "user" (id),
    uri varchar(255) NOT NULL UNIQUE,
    show boolean DEFAULT false
);

CREATE TABLE user_redirect (
    id bigserial PRIMARY KEY,
    lower_name varchar(255) NOT NULL UNIQUE,
    redirect_user_id bigint REFERENCES "user" (id)
);

CREATE TABLE follow (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES "user" (id),
    follow_id bigint REFERENCES "user" (id),
    created_unix bigint
);

CREATE TABLE external_login_user (
    external_id varchar(255) NOT NULL,
    user_id bigint NOT NULL REFERENCES "user" (id),
    login_source_id bigint NOT NULL REFERENCES login_source (id),
    raw_data text,
    provider varchar(25),
    email varchar(255),
    name varchar(255),
    first_name varchar(255),
    last_name varchar(255),
    nick_name varchar(255),
    description varchar(255),
    avatar_url text,
    location varchar(255),
    access_token text,
    access_token_secret text,
    refresh_token text,
    expires_at timestamp,
    PRIMARY KEY (external_id, login_source_id)
);

CREATE TABLE public_key (
    id bigserial PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES "user" (id),
    name varchar(255) NOT NULL,
    fingerprint varchar(255) NOT NULL,
    content text NOT NULL,
    mode integer NOT NULL DEFAULT 2,
    type integer NOT NULL DEFAULT 1,
    login_source_id bigint NOT NULL DEFAULT 0 REFERENCES login_source (id),
    created_unix bigint,
    updated_unix bigint,
    verified boolean NOT NULL DEFAULT false
);

CREATE TABLE gpg_key (
    id bigserial PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES "user" (id),
    key_id char(16) NOT NULL,
    primary_key_id char(16),
    content text NOT NULL,
    created_unix bigint,
    expired_unix bigint,
    added_unix bigint,
    emails text,
    verified boolean NOT NULL DEFAULT false,
    can_sign boolean,
    can_encrypt_comms boolean,
    can_encrypt_storage boolean,
    can_certify boolean
);

CREATE TABLE access_token (
    id bigserial PRIMARY KEY,
    uid bigint REFERENCES "user" (id),
    name varchar(255),
    token_hash varchar(255) UNIQUE,
    token_salt varchar(255),
    token_last_eight varchar(255),
    scope varchar(255),
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE two_factor (
    id bigserial PRIMARY KEY,
    uid bigint UNIQUE REFERENCES "user" (id),
    secret varchar(255),
    scratch_salt varchar(255),
    scratch_hash varchar(255),
    last_used_passcode varchar(10),
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE webauthn_credential (
    id bigserial PRIMARY KEY,
    name varchar(255),
    lower_name varchar(255),
    user_id bigint REFERENCES "user" (id),
    credential_id varchar(410),
    public_key bytea,
    attestation_type varchar(255),
    aaguid bytea,
    sign_count bigint,
    clone_warning boolean,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE oauth2_application (
    id bigserial PRIMARY KEY,
    uid bigint REFERENCES "user" (id),
    name varchar(255),
    client_id varchar(255) UNIQUE,
    client_secret varchar(255),
    confidential_client boolean NOT NULL DEFAULT true,
    redirect_uris text,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE oauth2_grant (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES "user" (id),
    application_id bigint REFERENCES oauth2_application (id),
    counter bigint NOT NULL DEFAULT 1,
    scope text,
    nonce text,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE oauth2_authorization_code (
    id bigserial PRIMARY KEY,
    grant_id bigint REFERENCES oauth2_grant (id),
    code varchar(255) UNIQUE,
    code_challenge varchar(255),
    code_challenge_method varchar(255),
    redirect_uri varchar(255),
    valid_until bigint
);

CREATE TABLE badge (
    id bigserial PRIMARY KEY,
    slug varchar(255) UNIQUE,
    description varchar(255),
    image_url varchar(255)
);

CREATE TABLE user_badge (
    id bigserial PRIMARY KEY,
    badge_id bigint REFERENCES badge (id),
    user_id bigint REFERENCES "user" (id)
);

CREATE TABLE repository (
    id bigserial PRIMARY KEY,
    owner_id bigint REFERENCES "user" (id),
    owner_name varchar(255),
    lower_name varchar(255) NOT NULL,
    name varchar(255) NOT NULL,
    description text,
    website varchar(2048),
    original_service_type integer,
    original_url varchar(2048),
    default_branch varchar(255),
    num_watches integer,
    num_stars integer,
    num_forks integer,
    num_issues integer,
    num_closed_issues integer,
    num_pulls integer,
    num_closed_pulls integer,
    num_milestones integer NOT NULL DEFAULT 0,
    num_closed_milestones integer NOT NULL DEFAULT 0,
    num_projects integer NOT NULL DEFAULT 0,
    num_closed_projects integer NOT NULL DEFAULT 0,
    num_action_runs integer NOT NULL DEFAULT 0,
    num_closed_action_runs integer NOT NULL DEFAULT 0,
    is_private boolean,
    is_empty boolean,
    is_archived boolean,
    is_mirror boolean,
    status integer NOT NULL DEFAULT 0,
    is_fork boolean NOT NULL DEFAULT false,
    fork_id bigint REFERENCES repository (id),
    is_template boolean NOT NULL DEFAULT false,
    template_id bigint REFERENCES repository (id),
    size bigint NOT NULL DEFAULT 0,
    git_size bigint NOT NULL DEFAULT 0,
    lfs_size bigint NOT NULL DEFAULT 0,
    is_fsck_enabled boolean NOT NULL DEFAULT true,
    close_issues_via_commit_in_any_branch boolean NOT NULL DEFAULT false,
    topics text,
    object_format_name varchar(6) NOT NULL DEFAULT 'sha1',
    trust_model integer,
    avatar varchar(64),
    created_unix bigint,
    updated_unix bigint,
    archived_unix bigint DEFAULT 0
);

CREATE TABLE repo_redirect (
    id bigserial PRIMARY KEY,
    owner_id bigint REFERENCES "user" (id),
    lower_name varchar(255) NOT NULL,
    redirect_repo_id bigint REFERENCES repository (id)
);

CREATE TABLE repo_unit (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    type integer,
    config text,
    created_unix bigint,
    everyone_access_mode integer NOT NULL DEFAULT 0
);

CREATE TABLE topic (
    id bigserial PRIMARY KEY,
    name varchar(50) UNIQUE,
    repo_count integer,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE repo_topic (
    repo_id bigint NOT NULL REFERENCES repository (id),
    topic_id bigint NOT NULL REFERENCES topic (id),
    PRIMARY KEY (repo_id, topic_id)
);

CREATE TABLE star (
    id bigserial PRIMARY KEY,
    uid bigint REFERENCES "user" (id),
    repo_id bigint REFERENCES repository (id),
    created_unix bigint
);

CREATE TABLE watch (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES "user" (id),
    repo_id bigint REFERENCES repository (id),
    mode smallint NOT NULL DEFAULT 1,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE access (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES "user" (id),
    repo_id bigint REFERENCES repository (id),
    mode integer
);

CREATE TABLE collaboration (
    id bigserial PRIMARY KEY,
    repo_id bigint NOT NULL REFERENCES repository (id),
    user_id bigint NOT NULL REFERENCES "user" (id),
    mode integer NOT NULL DEFAULT 2,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE mirror (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    interval bigint,
    enable_prune boolean NOT NULL DEFAULT true,
    updated_unix bigint,
    next_update_unix bigint,
    lfs_enabled boolean NOT NULL DEFAULT false,
    lfs_endpoint text,
    remote_address varchar(2048)
);

CREATE TABLE push_mirror (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    remote_name varchar(255),
    remote_address varchar(2048),
    sync_on_commit boolean NOT NULL DEFAULT true,
    interval bigint,
    created_unix bigint,
    last_update bigint,
    last_error text
);

CREATE TABLE org_user (
    id bigserial PRIMARY KEY,
    uid bigint REFERENCES "user" (id),
    org_id bigint REFERENCES "user" (id),
    is_public boolean
);

CREATE TABLE team (
    id bigserial PRIMARY KEY,
    org_id bigint REFERENCES "user" (id),
    lower_name varchar(255),
    name varchar(255),
    description varchar(255),
    authorize integer,
    num_repos integer,
    num_members integer,
    includes_all_repositories boolean NOT NULL DEFAULT false,
    can_create_org_repo boolean NOT NULL DEFAULT false
);

CREATE TABLE team_user (
    id bigserial PRIMARY KEY,
    org_id bigint REFERENCES "user" (id),
    team_id bigint REFERENCES team (id),
    uid bigint REFERENCES "user" (id)
);

CREATE TABLE team_repo (
    id bigserial PRIMARY KEY,
    org_id bigint REFERENCES "user" (id),
    team_id bigint REFERENCES team (id),
    repo_id bigint REFERENCES repository (id)
);

CREATE TABLE team_unit (
    id bigserial PRIMARY KEY,
    org_id bigint REFERENCES "user" (id),
    team_id bigint REFERENCES team (id),
    type integer,
    access_mode integer
);

CREATE TABLE team_invite (
    id bigserial PRIMARY KEY,
    token varchar(255) NOT NULL DEFAULT '',
    inviter_id bigint NOT NULL DEFAULT 0 REFERENCES "user" (id),
    org_id bigint NOT NULL DEFAULT 0 REFERENCES "user" (id),
    team_id bigint NOT NULL DEFAULT 0 REFERENCES team (id),
    email varchar(255) NOT NULL DEFAULT '',
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE repo_transfer (
    id bigserial PRIMARY KEY,
    doer_id bigint REFERENCES "user" (id),
    recipient_id bigint REFERENCES "user" (id),
    repo_id bigint REFERENCES repository (id),
    team_i_ds text,
    created_unix bigint NOT NULL,
    updated_unix bigint NOT NULL
);

CREATE TABLE milestone (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    name varchar(255),
    content text,
    is_closed boolean,
    num_issues integer,
    num_closed_issues integer,
    completeness integer,
    created_unix bigint,
    updated_unix bigint,
    deadline_unix bigint,
    closed_date_unix bigint
);

CREATE TABLE label (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    org_id bigint REFERENCES "user" (id),
    name varchar(255),
    exclusive boolean,
    description varchar(255),
    color varchar(7),
    num_issues integer,
    num_closed_issues integer,
    created_unix bigint,
    updated_unix bigint,
    archived_unix bigint DEFAULT 0
);

CREATE TABLE issue (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    "index" bigint,
    poster_id bigint REFERENCES "user" (id),
    original_author varchar(255),
    original_author_id bigint,
    name varchar(255),
    content text,
    milestone_id bigint REFERENCES milestone (id),
    priority integer,
    is_closed boolean,
    is_pull boolean,
    num_comments integer,
    ref varchar(255),
    pin_order integer DEFAULT 0,
    deadline_unix bigint,
    created_unix bigint NOT NULL,
    updated_unix bigint NOT NULL,
    closed_unix bigint,
    is_locked boolean NOT NULL DEFAULT false
);

CREATE TABLE issue_label (
    id bigserial PRIMARY KEY,
    issue_id bigint REFERENCES issue (id),
    label_id bigint REFERENCES label (id)
);

CREATE TABLE issue_assignees (
    id bigserial PRIMARY KEY,
    assignee_id bigint REFERENCES "user" (id),
    issue_id bigint REFERENCES issue (id)
);

CREATE TABLE issue_user (
    id bigserial PRIMARY KEY,
    uid bigint REFERENCES "user" (id),
    issue_id bigint REFERENCES issue (id),
    is_read boolean,
    is_mentioned boolean
);

CREATE TABLE issue_watch (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES "user" (id),
    issue_id bigint NOT NULL REFERENCES issue (id),
    is_watching boolean NOT NULL,
    created_unix bigint NOT NULL,
    updated_unix bigint NOT NULL
);

CREATE TABLE issue_dependency (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES "user" (id),
    issue_id bigint NOT NULL REFERENCES issue (id),
    dependency_id bigint NOT NULL REFERENCES issue (id),
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE stopwatch (
    id bigserial PRIMARY KEY,
    issue_id bigint REFERENCES issue (id),
    user_id bigint REFERENCES "user" (id),
    created_unix bigint
);

CREATE TABLE tracked_time (
    id bigserial PRIMARY KEY,
    issue_id bigint REFERENCES issue (id),
    user_id bigint REFERENCES "user" (id),
    created_unix bigint,
    time bigint NOT NULL,
    deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE pull_request (
    id bigserial PRIMARY KEY,
    type integer,
    status integer,
    conflicted_files text,
    commits_ahead integer,
    commits_behind integer,
    changed_protected_files text,
    issue_id bigint REFERENCES issue (id),
    "index" bigint,
    head_repo_id bigint REFERENCES repository (id),
    base_repo_id bigint REFERENCES repository (id),
    head_branch varchar(255),
    base_branch varchar(255),
    merge_base varchar(40),
    allow_maintainer_edit boolean NOT NULL DEFAULT false,
    has_merged boolean,
    merged_commit_id varchar(40),
    merger_id bigint REFERENCES "user" (id),
    merged_unix bigint
);

CREATE TABLE pull_auto_merge (
    id bigserial PRIMARY KEY,
    pull_id bigint UNIQUE REFERENCES pull_request (id),
    doer_id bigint NOT NULL REFERENCES "user" (id),
    merge_style varchar(30),
    message text,
    created_unix bigint
);

CREATE TABLE review (
    id bigserial PRIMARY KEY,
    type integer,
    reviewer_id bigint REFERENCES "user" (id),
    reviewer_team_id bigint NOT NULL DEFAULT 0 REFERENCES team (id),
    original_author varchar(255),
    original_author_id bigint,
    issue_id bigint REFERENCES issue (id),
    content text,
    official boolean NOT NULL DEFAULT false,
    commit_id varchar(40),
    stale boolean NOT NULL DEFAULT false,
    dismissed boolean NOT NULL DEFAULT false,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE review_state (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES "user" (id),
    pull_id bigint NOT NULL DEFAULT 0 REFERENCES pull_request (id),
    commit_sha varchar(64) NOT NULL,
    updated_files text NOT NULL,
    updated_unix bigint
);

CREATE TABLE project (
    id bigserial PRIMARY KEY,
    title varchar(255) NOT NULL,
    description text,
    owner_id bigint REFERENCES "user" (id),
    repo_id bigint REFERENCES repository (id),
    creator_id bigint NOT NULL REFERENCES "user" (id),
    is_closed boolean,
    board_type integer,
    card_type integer,
    type integer,
    created_unix bigint,
    updated_unix bigint,
    closed_date_unix bigint
);

CREATE TABLE project_board (
    id bigserial PRIMARY KEY,
    title varchar(255),
    "default" boolean NOT NULL DEFAULT false,
    sorting integer NOT NULL DEFAULT 0,
    color varchar(7),
    project_id bigint NOT NULL REFERENCES project (id),
    creator_id bigint NOT NULL REFERENCES "user" (id),
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE project_issue (
    id bigserial PRIMARY KEY,
    issue_id bigint REFERENCES issue (id),
    project_id bigint REFERENCES project (id),
    project_board_id bigint REFERENCES project_board (id),
    sorting bigint NOT NULL DEFAULT 0
);

CREATE TABLE comment (
    id bigserial PRIMARY KEY,
    type integer,
    poster_id bigint REFERENCES "user" (id),
    original_author varchar(255),
    original_author_id bigint,
    issue_id bigint REFERENCES issue (id),
    label_id bigint REFERENCES label (id),
    old_project_id bigint REFERENCES project (id),
    project_id bigint REFERENCES project (id),
    old_milestone_id bigint REFERENCES milestone (id),
    milestone_id bigint REFERENCES milestone (id),
    time_id bigint REFERENCES tracked_time (id),
    assignee_id bigint REFERENCES "user" (id),
    removed_assignee boolean,
    assignee_team_id bigint NOT NULL DEFAULT 0 REFERENCES team (id),
    resolve_doer_id bigint REFERENCES "user" (id),
    old_title varchar(255),
    new_title varchar(255),
    old_ref varchar(255),
    new_ref varchar(255),
    dependent_issue_id bigint REFERENCES issue (id),
    commit_id bigint,
    line bigint,
    tree_path varchar(255),
    content text,
    patch text,
    created_unix bigint,
    updated_unix bigint,
    commit_sha varchar(64),
    review_id bigint REFERENCES review (id),
    invalidated boolean,
    ref_repo_id bigint REFERENCES repository (id),
    ref_issue_id bigint REFERENCES issue (id),
    ref_comment_id bigint REFERENCES comment (id),
    ref_action smallint,
    ref_is_pull boolean
);

CREATE TABLE reaction (
    id bigserial PRIMARY KEY,
    type varchar(255) NOT NULL,
    issue_id bigint NOT NULL REFERENCES issue (id),
    comment_id bigint REFERENCES comment (id),
    user_id bigint NOT NULL REFERENCES "user" (id),
    original_author_id bigint NOT NULL DEFAULT 0,
    original_author varchar(255),
    created_unix bigint
);

CREATE TABLE issue_content_history (
    id bigserial PRIMARY KEY,
    poster_id bigint REFERENCES "user" (id),
    issue_id bigint REFERENCES issue (id),
    comment_id bigint REFERENCES comment (id),
    edited_unix bigint,
    content_text text,
    is_first_created boolean,
    is_deleted boolean
);

CREATE TABLE release (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    publisher_id bigint REFERENCES "user" (id),
    tag_name varchar(255),
    original_author varchar(255),
    original_author_id bigint,
    lower_tag_name varchar(255),
    target varchar(255),
    title varchar(255),
    sha1 varchar(64),
    num_commits bigint,
    note text,
    is_draft boolean NOT NULL DEFAULT false,
    is_prerelease boolean NOT NULL DEFAULT false,
    is_tag boolean NOT NULL DEFAULT false,
    created_unix bigint
);

CREATE TABLE attachment (
    id bigserial PRIMARY KEY,
    uuid varchar(40) UNIQUE,
    repo_id bigint REFERENCES repository (id),
    issue_id bigint REFERENCES issue (id),
    release_id bigint REFERENCES release (id),
    uploader_id bigint DEFAULT 0 REFERENCES "user" (id),
    comment_id bigint REFERENCES comment (id),
    name varchar(255),
    download_count bigint DEFAULT 0,
    size bigint DEFAULT 0,
    created_unix bigint
);

CREATE TABLE branch (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    name varchar(255) NOT NULL,
    commit_id varchar(255),
    commit_message text,
    pusher_id bigint REFERENCES "user" (id),
    is_deleted boolean,
    deleted_by_id bigint REFERENCES "user" (id),
    deleted_unix bigint,
    commit_time bigint,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE protected_branch (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    branch_name varchar(255),
    priority bigint NOT NULL DEFAULT 0,
    can_push boolean NOT NULL DEFAULT false,
    enable_whitelist boolean,
    whitelist_user_i_ds text,
    whitelist_team_i_ds text,
    enable_merge_whitelist boolean NOT NULL DEFAULT false,
    merge_whitelist_user_i_ds text,
    merge_whitelist_team_i_ds text,
    enable_status_check boolean NOT NULL DEFAULT false,
    status_check_contexts text,
    required_approvals bigint NOT NULL DEFAULT 0,
    block_on_rejected_reviews boolean NOT NULL DEFAULT false,
    dismiss_stale_approvals boolean NOT NULL DEFAULT false,
    require_signed_commits boolean NOT NULL DEFAULT false,
    protected_file_patterns text,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE protected_tag (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    name_pattern varchar(255),
    allowlist_user_i_ds text,
    allowlist_team_i_ds text,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE deploy_key (
    id bigserial PRIMARY KEY,
    key_id bigint REFERENCES public_key (id),
    repo_id bigint REFERENCES repository (id),
    name varchar(255),
    fingerprint varchar(255),
    mode integer NOT NULL DEFAULT 1,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE lfs_meta_object (
    id bigserial PRIMARY KEY,
    oid varchar(255) NOT NULL,
    size bigint NOT NULL,
    repository_id bigint NOT NULL REFERENCES repository (id),
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE lfs_lock (
    id bigserial PRIMARY KEY,
    repo_id bigint NOT NULL REFERENCES repository (id),
    owner_id bigint NOT NULL REFERENCES "user" (id),
    path text,
    created timestamp
);

CREATE TABLE webhook (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    owner_id bigint REFERENCES "user" (id),
    is_system_webhook boolean,
    url text,
    http_method varchar(255),
    content_type integer,
    secret text,
    events text,
    is_active boolean,
    type varchar(16),
    meta text,
    last_status integer,
    header_authorization_encrypted text,
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE hook_task (
    id bigserial PRIMARY KEY,
    hook_id bigint REFERENCES webhook (id),
    uuid varchar(255) UNIQUE,
    payload_content text,
    payload_version integer DEFAULT 1,
    event_type varchar(255) NOT NULL,
    is_delivered boolean,
    delivered bigint,
    is_succeed boolean,
    request_content text,
    response_content text
);

CREATE TABLE action (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES "user" (id),
    op_type integer,
    act_user_id bigint REFERENCES "user" (id),
    repo_id bigint REFERENCES repository (id),
    comment_id bigint REFERENCES comment (id),
    is_deleted boolean NOT NULL DEFAULT false,
    ref_name varchar(255),
    is_private boolean NOT NULL DEFAULT false,
    content text,
    created_unix bigint
);

CREATE TABLE notification (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES "user" (id),
    repo_id bigint NOT NULL REFERENCES repository (id),
    status smallint NOT NULL,
    source smallint NOT NULL,
    issue_id bigint NOT NULL REFERENCES issue (id),
    commit_id varchar(255),
    comment_id bigint REFERENCES comment (id),
    updated_by bigint NOT NULL REFERENCES "user" (id),
    created_unix bigint NOT NULL,
    updated_unix bigint NOT NULL
);

CREATE TABLE commit_status (
    id bigserial PRIMARY KEY,
    "index" bigint,
    repo_id bigint REFERENCES repository (id),
    state varchar(7) NOT NULL,
    sha varchar(64) NOT NULL,
    target_url text,
    description text,
    context_hash varchar(64),
    context text,
    creator_id bigint REFERENCES "user" (id),
    created_unix bigint,
    updated_unix bigint
);

CREATE TABLE language_stat (
    id bigserial PRIMARY KEY,
    repo_id bigint NOT NULL REFERENCES repository (id),
    commit_id varchar(255),
    is_primary boolean,
    language varchar(50) NOT NULL,
    size bigint NOT NULL DEFAULT 0,
    created_unix bigint
);

CREATE TABLE repo_archiver (
    id bigserial PRIMARY KEY,
    repo_id bigint REFERENCES repository (id),
    type integer,
    status integer,
    commit_id varchar(64),
    created_unix bigint NOT NULL
);

CREATE TABLE task (
    id bigserial PRIMARY KEY,
    doer_id bigint REFERENCES "user" (id),
    owner_id bigint REFERENCES "user" (id),
    repo_id bigint REFERENCES repository (id),
    type integer,
    status integer,
    start_time bigint,
    end_time bigint,
    payload_content text,
    message text,
    created bigint
);

CREATE TABLE package (
    id bigserial PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES "user" (id),
    repo_id bigint REFERENCES repository (id),
    type varchar(255) NOT NULL,
    name varchar(255) NOT NULL,
    lower_name varchar(255) NOT NULL,
    semver_compatible boolean NOT NULL DEFAULT false,
    is_internal boolean NOT NULL DEFAULT false
);

CREATE TABLE package_version (
    id bigserial PRIMARY KEY,
    package_id bigint NOT NULL REFERENCES package (id),
    creator_id bigint NOT NULL DEFAULT 0 REFERENCES "user" (id),
    version varchar(255) NOT NULL,
    lower_version varchar(255) NOT NULL,
    created_unix bigint NOT NULL,
    is_internal boolean NOT NULL DEFAULT false,
    metadata_json text,
    download_count bigint NOT NULL DEFAULT 0
);

CREATE TABLE package_blob (
    id bigserial PRIMARY KEY,
    size bigint NOT NULL DEFAULT 0,
    hash_md5 char(32) NOT NULL,
    hash_sha1 char(40) NOT NULL,
    hash_sha256 char(64) NOT NULL,
    hash_sha512 char(128) NOT NULL,
    created_unix bigint NOT NULL
);

CREATE TABLE package_file (
    id bigserial PRIMARY KEY,
    version_id bigint NOT NULL REFERENCES package_version (id),
    blob_id bigint NOT NULL REFERENCES package_blob (id),
    name varchar(255) NOT NULL,
    lower_name varchar(255) NOT NULL,
    composite_key varchar(255),
    is_lead boolean NOT NULL DEFAULT false,
    created_unix bigint NOT NULL
);

CREATE TABLE package_property (
    id bigserial PRIMARY KEY,
    ref_type bigint NOT NULL,
    ref_id bigint NOT NULL,
    name varchar(255) NOT NULL,
    value text NOT NULL
);

CREATE TABLE action_runner (
    id bigserial PRIMARY KEY,
    uuid char(36) UNIQUE,
    name varchar(255),
    version varchar(64),
    owner_id bigint REFERENCES "user" (id),
    repo_id bigint REFERENCES repository (id),
    description text,
    base integer,
    repo_range varchar(255),
    token_hash varchar(255) UNIQUE,
    token_salt varchar(255),
    last_online bigint,
    last_active bigint,
    agent_labels text,
    created bigint,
    updated bigint,
    deleted bigint
);

CREATE TABLE action_runner_token (
    id bigserial PRIMARY KEY,
    token varchar(255) UNIQUE,
    owner_id bigint REFERENCES "user" (id),
    repo_id bigint REFERENCES repository (id),
    is_active boolean,
    created bigint,
    updated bigint,
    deleted bigint
);

CREATE TABLE action_run (
    id bigserial PRIMARY KEY,
    title varchar(255),
    repo_id bigint REFERENCES repository (id),
    owner_id bigint REFERENCES "user" (id),
    workflow_id varchar(255),
    "index" bigint,
    trigger_user_id bigint REFERENCES "user" (id),
    schedule_id bigint,
    ref varchar(255),
    commit_sha varchar(255),
    is_fork_pull_request boolean,
    need_approval boolean,
    approved_by bigint REFERENCES "user" (id),
    event varchar(255),
    event_payload text,
    trigger_event varchar(255),
    status integer,
    version integer DEFAULT 0,
    started bigint,
    stopped bigint,
    previous_duration bigint,
    created bigint,
    updated bigint
);

CREATE TABLE action_run_job (
    id bigserial PRIMARY KEY,
    run_id bigint REFERENCES action_run (id),
    repo_id bigint REFERENCES repository (id),
    owner_id bigint REFERENCES "user" (id),
    commit_sha varchar(255),
    is_fork_pull_request boolean,
    name varchar(255),
    attempt bigint,
    workflow_payload bytea,
    job_id varchar(255),
    needs text,
    runs_on text,
    task_id bigint REFERENCES action_task (id),
    status integer,
    started bigint,
    stopped bigint,
    created bigint,
    updated bigint
);

CREATE TABLE action_task (
    id bigserial PRIMARY KEY,
    job_id bigint REFERENCES action_run_job (id),
    attempt bigint,
    runner_id bigint REFERENCES action_runner (id),
    status integer,
    started bigint,
    stopped bigint,
    repo_id bigint REFERENCES repository (id),
    owner_id bigint REFERENCES "user" (id),
    commit_sha varchar(255),
    is_fork_pull_request boolean,
    token_hash varchar(255) UNIQUE,
    token_salt varchar(255),
    token_last_eight varchar(255),
    log_filename varchar(255),
    log_in_storage boolean,
    log_length bigint,
    log_size bigint,
    log_indexes bytea,
    log_expired boolean,
    created bigint,
    updated bigint
);

CREATE TABLE action_task_step (
    id bigserial PRIMARY KEY,
    name varchar(255),
    task_id bigint REFERENCES action_task (id),
    "index" bigint,
    repo_id bigint REFERENCES repository (id),
    status integer,
    log_index bigint,
    log_length bigint,
    started bigint,
    stopped bigint,
    created bigint,
    updated bigint
);

CREATE TABLE action_artifact (
    id bigserial PRIMARY KEY,
    run_id bigint REFERENCES action_run (id),
    runner_id bigint REFERENCES action_runner (id),
    repo_id bigint REFERENCES repository (id),
    owner_id bigint REFERENCES "user" (id),
    commit_sha varchar(255),
    storage_path varchar(255),
    file_size bigint,
    file_compressed_size bigint,
    content_encoding varchar(255),
    artifact_path varchar(255),
    artifact_name varchar(255),
    status bigint,
    created_unix bigint,
    updated_unix bigint,
    expired_unix bigint
);

CREATE TABLE secret (
    id bigserial PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES "user" (id),
    repo_id bigint NOT NULL DEFAULT 0 REFERENCES repository (id),
    name varchar(255) NOT NULL,
    data text,
    created_unix bigint NOT NULL
);

CREATE TABLE notice (
    id bigserial PRIMARY KEY,
    type integer,
    description text,
    created_unix bigint
);

CREATE TABLE session (
    key char(16) PRIMARY KEY,
    data bytea,
    expiry bigint
);

CREATE TABLE version (
    id bigserial PRIMARY KEY,
    version bigint
);
