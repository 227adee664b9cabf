-- gitlab.sql: a tenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind10). A part of a GitLab-style
-- structure.sql (users and namespaces, projects, members, issues, merge
-- requests and their diffs, notes, epics, boards, releases, environments and
-- deployments, the CI tables), written
-- for this bench by an author who had read neither the inference code nor
-- its unit tests.
-- GitLab conventions: bigint keys named id; groups, user namespaces and
-- project namespaces share the STI table namespaces (type), so group_id,
-- shared_group_id, managing_group_id, provisioned_by_group_id and
-- namespace_id all point at namespaces; many role columns point at users
-- (author_id, updated_by_id, last_edited_by_id, closed_by_id, merge_user_id,
-- merged_by_id, resolved_by_id, reporter_id, created_by_user_id); polymorphic
-- pairs (noteable_type / noteable_id, target_type / target_id, source_type /
-- source_id, awardable_*, subscribable_*, model_*, entity_*) carry no FK;
-- commit_id in notes / todos / suggestions is a commit SHA, but
-- ci_builds.commit_id and ci_trigger_requests.commit_id are the pipeline;
-- the CI tables live in their own database, so their project_id / user_id
-- are loose foreign keys (no constraint) and only CI-to-CI links are
-- declared. The declared foreign keys are the truth (written inline so that
-- SQLite reads them; GitLab's structure.sql adds them as ALTER TABLE ...
-- ADD CONSTRAINT fk_rails_...).

CREATE TABLE organizations (
    id bigserial PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name text NOT NULL DEFAULT '',
    path text NOT NULL,
    visibility_level smallint NOT NULL DEFAULT 0
);

CREATE TABLE shards (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL UNIQUE
);

CREATE TABLE application_setting_terms (
    id bigserial PRIMARY KEY,
    cached_markdown_version integer,
    terms text NOT NULL,
    terms_html text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email character varying NOT NULL DEFAULT '',
    encrypted_password character varying NOT NULL DEFAULT '',
    reset_password_token character varying,
    sign_in_count integer DEFAULT 0,
    current_sign_in_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying,
    admin boolean NOT NULL DEFAULT false,
    projects_limit integer NOT NULL,
    failed_attempts integer DEFAULT 0,
    locked_at timestamp without time zone,
    username character varying,
    can_create_group boolean NOT NULL DEFAULT true,
    state character varying,
    color_scheme_id integer NOT NULL DEFAULT 1,
    created_by_id bigint,
    confirmed_at timestamp without time zone,
    unconfirmed_email character varying,
    hide_no_ssh_key boolean DEFAULT false,
    external boolean DEFAULT false,
    otp_required_for_login boolean NOT NULL DEFAULT false,
    public_email character varying,
    theme_id smallint,
    accepted_term_id bigint REFERENCES application_setting_terms (id) ON DELETE CASCADE,
    private_profile boolean NOT NULL DEFAULT false,
    user_type smallint NOT NULL DEFAULT 0,
    managing_group_id bigint REFERENCES namespaces (id) ON DELETE SET NULL,
    first_name character varying(255),
    last_name character varying(255),
    static_object_token character varying(255),
    organization_id bigint NOT NULL DEFAULT 1 REFERENCES organizations (id),
    preferred_language character varying
);

CREATE TABLE namespaces (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    path character varying NOT NULL,
    owner_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    type character varying NOT NULL DEFAULT 'User',
    description character varying NOT NULL DEFAULT '',
    avatar character varying,
    share_with_group_lock boolean DEFAULT false,
    visibility_level integer NOT NULL DEFAULT 20,
    request_access_enabled boolean NOT NULL DEFAULT true,
    parent_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    shared_runners_minutes_limit integer,
    repository_size_limit bigint,
    require_two_factor_authentication boolean NOT NULL DEFAULT false,
    two_factor_grace_period integer NOT NULL DEFAULT 48,
    project_creation_level integer,
    file_template_project_id bigint REFERENCES projects (id) ON DELETE SET NULL,
    custom_project_templates_group_id bigint REFERENCES namespaces (id) ON DELETE SET NULL,
    push_rule_id bigint REFERENCES push_rules (id) ON DELETE SET NULL,
    traversal_ids bigint[] NOT NULL DEFAULT '{}',
    organization_id bigint NOT NULL DEFAULT 1 REFERENCES organizations (id),
    state smallint
);

CREATE TABLE namespace_settings (
    namespace_id bigint PRIMARY KEY REFERENCES namespaces (id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    prevent_forking_outside_group boolean NOT NULL DEFAULT false,
    allow_mfa_for_subgroups boolean NOT NULL DEFAULT true,
    default_branch_name text,
    resource_access_token_creation_allowed boolean NOT NULL DEFAULT true,
    default_branch_protection_defaults jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE namespace_details (
    namespace_id bigint PRIMARY KEY REFERENCES namespaces (id) ON DELETE CASCADE,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    cached_markdown_version integer,
    description text,
    description_html text,
    creator_id bigint REFERENCES users (id) ON DELETE SET NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE namespace_statistics (
    id bigserial PRIMARY KEY,
    namespace_id bigint NOT NULL UNIQUE REFERENCES namespaces (id) ON DELETE CASCADE,
    shared_runners_seconds integer NOT NULL DEFAULT 0,
    shared_runners_seconds_last_reset timestamp without time zone,
    storage_size bigint NOT NULL DEFAULT 0,
    wiki_size bigint NOT NULL DEFAULT 0,
    dependency_proxy_size bigint NOT NULL DEFAULT 0
);

CREATE TABLE namespace_root_storage_statistics (
    namespace_id bigint PRIMARY KEY REFERENCES namespaces (id) ON DELETE CASCADE,
    updated_at timestamp with time zone NOT NULL,
    repository_size bigint NOT NULL DEFAULT 0,
    lfs_objects_size bigint NOT NULL DEFAULT 0,
    wiki_size bigint NOT NULL DEFAULT 0,
    build_artifacts_size bigint NOT NULL DEFAULT 0,
    storage_size bigint NOT NULL DEFAULT 0,
    packages_size bigint NOT NULL DEFAULT 0,
    snippets_size bigint NOT NULL DEFAULT 0
);

CREATE TABLE routes (
    id bigserial PRIMARY KEY,
    source_id bigint NOT NULL,
    source_type character varying NOT NULL,
    path character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying,
    namespace_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE CASCADE
);

CREATE TABLE redirect_routes (
    id bigserial PRIMARY KEY,
    source_id bigint NOT NULL,
    source_type character varying NOT NULL,
    path character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    namespace_id bigint REFERENCES namespaces (id) ON DELETE CASCADE
);

CREATE TABLE group_custom_attributes (
    id bigserial PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    group_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE CASCADE,
    key character varying NOT NULL,
    value character varying NOT NULL
);

CREATE TABLE group_group_links (
    id bigserial PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    shared_group_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE CASCADE,
    shared_with_group_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE CASCADE,
    expires_at date,
    group_access smallint NOT NULL DEFAULT 30,
    member_role_id bigint REFERENCES member_roles (id) ON DELETE SET NULL
);

CREATE TABLE saml_providers (
    id bigserial PRIMARY KEY,
    group_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE CASCADE,
    enabled boolean NOT NULL,
    certificate_fingerprint character varying NOT NULL,
    sso_url character varying NOT NULL,
    enforced_sso boolean NOT NULL DEFAULT false,
    default_membership_role smallint NOT NULL DEFAULT 10,
    member_role_id bigint REFERENCES member_roles (id) ON DELETE SET NULL
);

CREATE TABLE member_roles (
    id bigserial PRIMARY KEY,
    namespace_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    base_access_level integer NOT NULL,
    name text NOT NULL DEFAULT 'Custom',
    description text,
    permissions jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE pool_repositories (
    id bigserial PRIMARY KEY,
    shard_id bigint NOT NULL REFERENCES shards (id) ON DELETE RESTRICT,
    disk_path character varying,
    state character varying,
    source_project_id bigint REFERENCES projects (id) ON DELETE SET NULL
);

CREATE TABLE push_rules (
    id bigserial PRIMARY KEY,
    force_push_regex character varying,
    delete_branch_regex character varying,
    commit_message_regex character varying,
    deny_delete_tag boolean,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    author_email_regex character varying,
    member_check boolean NOT NULL DEFAULT false,
    file_name_regex character varying,
    is_sample boolean DEFAULT false,
    max_file_size integer NOT NULL DEFAULT 0,
    prevent_secrets boolean NOT NULL DEFAULT false,
    branch_name_regex character varying,
    reject_unsigned_commits boolean,
    commit_committer_check boolean
);

CREATE TABLE projects (
    id bigserial PRIMARY KEY,
    name character varying,
    path character varying,
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    creator_id bigint,
    namespace_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE RESTRICT,
    last_activity_at timestamp without time zone,
    import_url character varying,
    visibility_level integer NOT NULL DEFAULT 0,
    archived boolean NOT NULL DEFAULT false,
    avatar character varying,
    merge_requests_template text,
    star_count integer NOT NULL DEFAULT 0,
    merge_requests_rebase_enabled boolean DEFAULT false,
    import_type character varying,
    import_source character varying,
    approvals_before_merge integer NOT NULL DEFAULT 0,
    reset_approvals_on_push boolean DEFAULT true,
    merge_requests_ff_only_enabled boolean DEFAULT false,
    issues_template text,
    mirror boolean NOT NULL DEFAULT false,
    mirror_last_update_at timestamp without time zone,
    mirror_user_id bigint,
    shared_runners_enabled boolean NOT NULL DEFAULT true,
    runners_token character varying,
    build_allow_git_fetch boolean NOT NULL DEFAULT true,
    build_timeout integer NOT NULL DEFAULT 3600,
    pending_delete boolean DEFAULT false,
    public_builds boolean NOT NULL DEFAULT true,
    last_repository_check_failed boolean,
    repository_storage character varying NOT NULL DEFAULT 'default',
    repository_read_only boolean,
    request_access_enabled boolean NOT NULL DEFAULT true,
    has_external_wiki boolean,
    ci_config_path character varying,
    lfs_enabled boolean,
    description_html text,
    only_allow_merge_if_all_discussions_are_resolved boolean,
    repository_size_limit bigint,
    printing_merge_request_link_enabled boolean NOT NULL DEFAULT true,
    auto_cancel_pending_pipelines integer NOT NULL DEFAULT 1,
    service_desk_enabled boolean DEFAULT true,
    cached_markdown_version integer,
    delete_error text,
    last_repository_updated_at timestamp without time zone,
    disable_overriding_approvers_per_merge_request boolean,
    storage_version smallint,
    resolve_outdated_diff_discussions boolean,
    remote_mirror_available_overridden boolean,
    only_mirror_protected_branches boolean,
    pull_mirror_available_overridden boolean,
    jobs_cache_index integer,
    external_authorization_classification_label character varying,
    mirror_overwrites_diverged_branches boolean,
    pages_https_only boolean DEFAULT true,
    external_webhook_token character varying,
    packages_enabled boolean,
    merge_requests_author_approval boolean DEFAULT false,
    pool_repository_id bigint REFERENCES pool_repositories (id) ON DELETE SET NULL,
    runners_token_encrypted character varying,
    bfg_object_map character varying,
    detected_repository_languages boolean,
    merge_requests_disable_committers_approval boolean,
    require_password_to_approve boolean,
    emails_disabled boolean,
    max_pages_size integer,
    max_artifacts_size integer,
    pull_mirror_branch_prefix character varying(50),
    remove_source_branch_after_merge boolean,
    marked_for_deletion_at date,
    marked_for_deletion_by_user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    autoclose_referenced_issues boolean,
    suggestion_commit_message character varying(255),
    project_namespace_id bigint UNIQUE REFERENCES namespaces (id) ON DELETE CASCADE,
    hidden boolean NOT NULL DEFAULT false,
    organization_id bigint REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE project_settings (
    project_id bigint PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    push_rule_id bigint UNIQUE REFERENCES push_rules (id) ON DELETE SET NULL,
    show_default_award_emojis boolean DEFAULT true,
    allow_merge_on_skipped_pipeline boolean,
    squash_option smallint DEFAULT 3,
    has_confluence boolean DEFAULT false,
    has_vulnerabilities boolean NOT NULL DEFAULT false,
    cve_id_request_enabled boolean NOT NULL DEFAULT true
);

CREATE TABLE project_features (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL UNIQUE REFERENCES projects (id) ON DELETE CASCADE,
    merge_requests_access_level integer,
    issues_access_level integer,
    wiki_access_level integer,
    snippets_access_level integer NOT NULL DEFAULT 20,
    builds_access_level integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    repository_access_level integer NOT NULL DEFAULT 20,
    pages_access_level integer NOT NULL,
    forking_access_level integer,
    metrics_dashboard_access_level integer,
    requirements_access_level integer NOT NULL DEFAULT 20,
    operations_access_level integer NOT NULL DEFAULT 20,
    analytics_access_level integer NOT NULL DEFAULT 20,
    security_and_compliance_access_level integer NOT NULL DEFAULT 10,
    container_registry_access_level integer NOT NULL DEFAULT 0
);

CREATE TABLE project_statistics (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL UNIQUE REFERENCES projects (id) ON DELETE CASCADE,
    namespace_id bigint NOT NULL,
    commit_count bigint NOT NULL DEFAULT 0,
    storage_size bigint NOT NULL DEFAULT 0,
    repository_size bigint NOT NULL DEFAULT 0,
    lfs_objects_size bigint NOT NULL DEFAULT 0,
    build_artifacts_size bigint NOT NULL DEFAULT 0,
    packages_size bigint NOT NULL DEFAULT 0,
    wiki_size bigint,
    snippets_size bigint,
    pipeline_artifacts_size bigint NOT NULL DEFAULT 0,
    uploads_size bigint NOT NULL DEFAULT 0
);

CREATE TABLE project_repositories (
    id bigserial PRIMARY KEY,
    shard_id bigint NOT NULL REFERENCES shards (id) ON DELETE RESTRICT,
    disk_path character varying NOT NULL UNIQUE,
    project_id bigint NOT NULL UNIQUE REFERENCES projects (id) ON DELETE CASCADE,
    object_format smallint NOT NULL DEFAULT 0
);

CREATE TABLE project_custom_attributes (
    id bigserial PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    key character varying NOT NULL,
    value character varying NOT NULL
);

CREATE TABLE project_authorizations (
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    access_level integer NOT NULL,
    is_unique boolean,
    PRIMARY KEY (user_id, project_id, access_level)
);

CREATE TABLE project_group_links (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    group_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    group_access integer NOT NULL DEFAULT 30,
    expires_at date,
    member_role_id bigint REFERENCES member_roles (id) ON DELETE SET NULL
);

CREATE TABLE project_import_data (
    id bigserial PRIMARY KEY,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    data text,
    encrypted_credentials text,
    encrypted_credentials_iv character varying,
    encrypted_credentials_salt character varying
);

CREATE TABLE project_mirror_data (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL UNIQUE REFERENCES projects (id) ON DELETE CASCADE,
    retry_count integer NOT NULL DEFAULT 0,
    last_update_started_at timestamp without time zone,
    last_update_scheduled_at timestamp without time zone,
    next_execution_timestamp timestamp without time zone,
    status character varying,
    jid character varying,
    last_error text
);

CREATE TABLE remote_mirrors (
    id bigserial PRIMARY KEY,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    url character varying,
    enabled boolean DEFAULT false,
    update_status character varying,
    last_update_at timestamp without time zone,
    last_successful_update_at timestamp without time zone,
    last_error character varying,
    only_protected_branches boolean NOT NULL DEFAULT false,
    remote_name character varying,
    encrypted_credentials text,
    keep_divergent_refs boolean
);

CREATE TABLE fork_networks (
    id bigserial PRIMARY KEY,
    root_project_id bigint UNIQUE REFERENCES projects (id) ON DELETE SET NULL,
    deleted_root_project_name character varying,
    organization_id bigint REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE fork_network_members (
    id bigserial PRIMARY KEY,
    fork_network_id bigint NOT NULL REFERENCES fork_networks (id) ON DELETE CASCADE,
    project_id bigint NOT NULL UNIQUE REFERENCES projects (id) ON DELETE CASCADE,
    forked_from_project_id bigint REFERENCES projects (id) ON DELETE SET NULL
);

CREATE TABLE users_star_projects (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);

CREATE TABLE members (
    id bigserial PRIMARY KEY,
    access_level integer NOT NULL,
    source_id bigint NOT NULL,
    source_type character varying NOT NULL,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    notification_level integer NOT NULL,
    type character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    created_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    invite_email character varying,
    invite_token character varying,
    invite_accepted_at timestamp without time zone,
    requested_at timestamp without time zone,
    expires_at date,
    ldap boolean NOT NULL DEFAULT false,
    override boolean NOT NULL DEFAULT false,
    state smallint DEFAULT 0,
    invite_email_success boolean NOT NULL DEFAULT true,
    member_namespace_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    member_role_id bigint REFERENCES member_roles (id) ON DELETE SET NULL
);

CREATE TABLE keys (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    key text,
    title character varying,
    type character varying,
    public boolean NOT NULL DEFAULT false,
    last_used_at timestamp without time zone,
    fingerprint_sha256 bytea,
    expires_at timestamp with time zone,
    usage_type smallint NOT NULL DEFAULT 0
);

CREATE TABLE emails (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone
);

CREATE TABLE identities (
    id bigserial PRIMARY KEY,
    extern_uid character varying,
    provider character varying,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    saml_provider_id bigint REFERENCES saml_providers (id) ON DELETE CASCADE,
    secondary_extern_uid character varying
);

CREATE TABLE personal_access_tokens (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name character varying NOT NULL,
    revoked boolean DEFAULT false,
    expires_at date,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    scopes character varying NOT NULL DEFAULT '--- []',
    impersonation boolean NOT NULL DEFAULT false,
    token_digest character varying,
    expire_notification_delivered boolean NOT NULL DEFAULT false,
    last_used_at timestamp without time zone,
    after_expiry_notification_delivered boolean NOT NULL DEFAULT false,
    previous_personal_access_token_id bigint REFERENCES personal_access_tokens (id) ON DELETE SET NULL,
    organization_id bigint NOT NULL DEFAULT 1 REFERENCES organizations (id) ON DELETE CASCADE
);

CREATE TABLE user_preferences (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    issue_notes_filter smallint NOT NULL DEFAULT 0,
    merge_request_notes_filter smallint NOT NULL DEFAULT 0,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    epics_sort character varying,
    roadmap_epics_state integer,
    time_display_relative boolean,
    tab_width smallint,
    view_diffs_file_by_file boolean NOT NULL DEFAULT false,
    gitpod_enabled boolean NOT NULL DEFAULT false,
    timezone text
);

CREATE TABLE user_details (
    user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    job_title character varying(200) NOT NULL DEFAULT '',
    bio character varying(255) NOT NULL DEFAULT '',
    webauthn_xid text,
    provisioned_by_group_id bigint REFERENCES namespaces (id) ON DELETE SET NULL,
    pronouns text,
    pronunciation text,
    registration_objective smallint,
    phone text,
    linkedin text NOT NULL DEFAULT '',
    twitter text NOT NULL DEFAULT '',
    skype text NOT NULL DEFAULT '',
    website_url text NOT NULL DEFAULT '',
    location text NOT NULL DEFAULT '',
    organization text NOT NULL DEFAULT '',
    enterprise_group_id bigint REFERENCES namespaces (id) ON DELETE SET NULL,
    enterprise_group_associated_at timestamp with time zone
);

CREATE TABLE user_statuses (
    user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    cached_markdown_version integer,
    emoji character varying NOT NULL DEFAULT 'speech_balloon',
    message character varying(100),
    message_html character varying,
    availability smallint NOT NULL DEFAULT 0,
    clear_status_at timestamp with time zone
);

CREATE TABLE user_custom_attributes (
    id bigserial PRIMARY KEY,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key character varying NOT NULL,
    value character varying NOT NULL
);

CREATE TABLE user_callouts (
    id bigserial PRIMARY KEY,
    feature_name integer NOT NULL,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    dismissed_at timestamp with time zone
);

CREATE TABLE user_follow_users (
    follower_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    followee_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (follower_id, followee_id)
);

CREATE TABLE term_agreements (
    id bigserial PRIMARY KEY,
    term_id bigint NOT NULL REFERENCES application_setting_terms (id),
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    accepted boolean NOT NULL DEFAULT false,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE work_item_types (
    id bigserial PRIMARY KEY,
    base_type smallint NOT NULL DEFAULT 0,
    cached_markdown_version integer,
    name text NOT NULL,
    description text,
    icon_name text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    namespace_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    correct_id bigint NOT NULL DEFAULT 0
);

CREATE TABLE milestones (
    id bigserial PRIMARY KEY,
    title character varying NOT NULL,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    description text,
    due_date date,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    state character varying,
    iid integer,
    title_html text,
    description_html text,
    start_date date,
    cached_markdown_version integer,
    group_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    lock_version integer NOT NULL DEFAULT 0
);

CREATE TABLE iterations_cadences (
    id bigserial PRIMARY KEY,
    group_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    start_date date,
    duration_in_weeks integer,
    iterations_in_advance integer,
    active boolean NOT NULL DEFAULT true,
    automatic boolean NOT NULL DEFAULT true,
    title text NOT NULL,
    roll_over boolean NOT NULL DEFAULT false,
    description text
);

CREATE TABLE sprints (
    id bigserial PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    start_date date,
    due_date date,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    group_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    iid integer NOT NULL,
    cached_markdown_version integer,
    title text,
    title_html text,
    description text,
    description_html text,
    state_enum smallint NOT NULL DEFAULT 1,
    iterations_cadence_id bigint REFERENCES iterations_cadences (id) ON DELETE CASCADE,
    sequence integer
);

CREATE TABLE labels (
    id bigserial PRIMARY KEY,
    title character varying,
    color character varying,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    template boolean DEFAULT false,
    description character varying,
    description_html text,
    type character varying,
    group_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    cached_markdown_version integer,
    lock_on_merge boolean NOT NULL DEFAULT false,
    archived boolean NOT NULL DEFAULT false
);

CREATE TABLE label_links (
    id bigserial PRIMARY KEY,
    label_id bigint REFERENCES labels (id) ON DELETE CASCADE,
    target_id bigint,
    target_type character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);

CREATE TABLE label_priorities (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    label_id bigint NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    priority integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE issues (
    id bigserial PRIMARY KEY,
    title character varying,
    author_id bigint REFERENCES users (id) ON DELETE SET NULL,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description text,
    milestone_id bigint REFERENCES milestones (id) ON DELETE SET NULL,
    iid integer,
    updated_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    weight integer,
    confidential boolean NOT NULL DEFAULT false,
    due_date date,
    moved_to_id bigint REFERENCES issues (id) ON DELETE SET NULL,
    lock_version integer DEFAULT 0,
    title_html text,
    description_html text,
    time_estimate integer DEFAULT 0,
    relative_position integer,
    service_desk_reply_to character varying,
    cached_markdown_version integer,
    last_edited_at timestamp without time zone,
    last_edited_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    discussion_locked boolean,
    closed_at timestamp with time zone,
    closed_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    state_id smallint NOT NULL DEFAULT 1,
    duplicated_to_id bigint REFERENCES issues (id) ON DELETE SET NULL,
    promoted_to_epic_id bigint REFERENCES epics (id) ON DELETE SET NULL,
    health_status smallint,
    external_key character varying(255),
    sprint_id bigint REFERENCES sprints (id) ON DELETE SET NULL,
    blocking_issues_count integer NOT NULL DEFAULT 0,
    upvotes_count integer NOT NULL DEFAULT 0,
    work_item_type_id bigint NOT NULL REFERENCES work_item_types (id),
    namespace_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE CASCADE,
    start_date date,
    imported_from smallint NOT NULL DEFAULT 0
);

CREATE TABLE issue_assignees (
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    namespace_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, user_id)
);

CREATE TABLE issue_links (
    id bigserial PRIMARY KEY,
    source_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    target_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    link_type smallint NOT NULL DEFAULT 0,
    namespace_id bigint REFERENCES namespaces (id) ON DELETE CASCADE
);

CREATE TABLE issue_metrics (
    id bigserial PRIMARY KEY,
    issue_id bigint NOT NULL UNIQUE REFERENCES issues (id) ON DELETE CASCADE,
    first_mentioned_in_commit_at timestamp without time zone,
    first_associated_with_milestone_at timestamp without time zone,
    first_added_to_board_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE issue_email_participants (
    id bigserial PRIMARY KEY,
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    email text NOT NULL
);

CREATE TABLE work_item_parent_links (
    id bigserial PRIMARY KEY,
    work_item_id bigint NOT NULL UNIQUE REFERENCES issues (id) ON DELETE CASCADE,
    work_item_parent_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    relative_position integer,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    namespace_id bigint REFERENCES namespaces (id) ON DELETE CASCADE
);

CREATE TABLE epics (
    id bigserial PRIMARY KEY,
    group_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE CASCADE,
    author_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    assignee_id bigint REFERENCES users (id) ON DELETE SET NULL,
    iid integer NOT NULL,
    cached_markdown_version integer,
    updated_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    last_edited_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    lock_version integer DEFAULT 0,
    start_date date,
    end_date date,
    last_edited_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying NOT NULL,
    title_html character varying NOT NULL,
    description text,
    description_html text,
    start_date_sourcing_milestone_id bigint REFERENCES milestones (id) ON DELETE SET NULL,
    due_date_sourcing_milestone_id bigint REFERENCES milestones (id) ON DELETE SET NULL,
    start_date_fixed date,
    due_date_fixed date,
    start_date_is_fixed boolean,
    due_date_is_fixed boolean,
    closed_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    closed_at timestamp without time zone,
    parent_id bigint REFERENCES epics (id) ON DELETE CASCADE,
    relative_position integer,
    state_id smallint NOT NULL DEFAULT 1,
    start_date_sourcing_epic_id bigint REFERENCES epics (id) ON DELETE SET NULL,
    due_date_sourcing_epic_id bigint REFERENCES epics (id) ON DELETE SET NULL,
    confidential boolean NOT NULL DEFAULT false,
    external_key character varying(255),
    color text DEFAULT '#1068bf',
    total_opened_issue_weight integer NOT NULL DEFAULT 0,
    issue_id bigint NOT NULL UNIQUE REFERENCES issues (id) ON DELETE CASCADE
);

CREATE TABLE epic_issues (
    id bigserial PRIMARY KEY,
    epic_id bigint NOT NULL REFERENCES epics (id) ON DELETE CASCADE,
    issue_id bigint NOT NULL UNIQUE REFERENCES issues (id) ON DELETE CASCADE,
    relative_position integer,
    namespace_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    work_item_parent_link_id bigint REFERENCES work_item_parent_links (id) ON DELETE CASCADE
);

CREATE TABLE merge_request_diffs (
    id bigserial PRIMARY KEY,
    state character varying,
    merge_request_id bigint NOT NULL REFERENCES merge_requests (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    base_commit_sha character varying,
    real_size character varying,
    head_commit_sha character varying,
    start_commit_sha character varying,
    commits_count integer,
    external_diff character varying,
    external_diff_store integer DEFAULT 1,
    stored_externally boolean,
    files_count smallint,
    sorted boolean NOT NULL DEFAULT false,
    diff_type smallint NOT NULL DEFAULT 1,
    patch_id_sha bytea,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE
);

CREATE TABLE merge_request_diff_commit_users (
    id bigserial PRIMARY KEY,
    name text,
    email text
);

CREATE TABLE merge_request_diff_commits (
    authored_date timestamp without time zone,
    committed_date timestamp without time zone,
    merge_request_diff_id bigint NOT NULL REFERENCES merge_request_diffs (id) ON DELETE CASCADE,
    relative_order integer NOT NULL,
    sha bytea NOT NULL,
    message text,
    trailers jsonb NOT NULL DEFAULT '{}',
    commit_author_id bigint REFERENCES merge_request_diff_commit_users (id),
    committer_id bigint REFERENCES merge_request_diff_commit_users (id),
    PRIMARY KEY (merge_request_diff_id, relative_order)
);

CREATE TABLE merge_request_diff_files (
    merge_request_diff_id bigint NOT NULL REFERENCES merge_request_diffs (id) ON DELETE CASCADE,
    relative_order integer NOT NULL,
    new_file boolean NOT NULL,
    renamed_file boolean NOT NULL,
    deleted_file boolean NOT NULL,
    too_large boolean NOT NULL,
    a_mode character varying NOT NULL,
    b_mode character varying NOT NULL,
    new_path text NOT NULL,
    old_path text NOT NULL,
    diff text,
    "binary" boolean,
    external_diff_offset integer,
    external_diff_size integer,
    generated boolean,
    PRIMARY KEY (merge_request_diff_id, relative_order)
);

CREATE TABLE merge_requests (
    id bigserial PRIMARY KEY,
    target_branch character varying NOT NULL,
    source_branch character varying NOT NULL,
    source_project_id bigint REFERENCES projects (id) ON DELETE SET NULL,
    author_id bigint REFERENCES users (id) ON DELETE SET NULL,
    assignee_id bigint REFERENCES users (id) ON DELETE SET NULL,
    title character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    milestone_id bigint REFERENCES milestones (id) ON DELETE SET NULL,
    merge_status character varying NOT NULL DEFAULT 'unchecked',
    target_project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    iid integer,
    description text,
    updated_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    merge_error text,
    merge_params text,
    merge_when_pipeline_succeeds boolean NOT NULL DEFAULT false,
    merge_user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    merge_commit_sha character varying,
    approvals_before_merge integer,
    rebase_commit_sha character varying,
    in_progress_merge_commit_sha character varying,
    lock_version integer DEFAULT 0,
    title_html text,
    description_html text,
    time_estimate integer DEFAULT 0,
    squash boolean NOT NULL DEFAULT false,
    cached_markdown_version integer,
    last_edited_at timestamp without time zone,
    last_edited_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    head_pipeline_id bigint,
    merge_jid character varying,
    discussion_locked boolean,
    latest_merge_request_diff_id bigint REFERENCES merge_request_diffs (id) ON DELETE SET NULL,
    allow_maintainer_to_push boolean DEFAULT true,
    state_id smallint NOT NULL DEFAULT 1,
    rebase_jid character varying,
    squash_commit_sha bytea,
    sprint_id bigint REFERENCES sprints (id) ON DELETE SET NULL,
    merge_ref_sha bytea,
    draft boolean NOT NULL DEFAULT false,
    prepared_at timestamp with time zone,
    merged_commit_sha bytea,
    override_requested_changes boolean NOT NULL DEFAULT false,
    head_pipeline_id_convert_to_bigint bigint,
    imported_from smallint NOT NULL DEFAULT 0,
    retargeted boolean NOT NULL DEFAULT false
);

CREATE TABLE merge_request_metrics (
    id bigserial PRIMARY KEY,
    merge_request_id bigint NOT NULL UNIQUE REFERENCES merge_requests (id) ON DELETE CASCADE,
    latest_build_started_at timestamp without time zone,
    latest_build_finished_at timestamp without time zone,
    first_deployed_to_production_at timestamp without time zone,
    merged_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    pipeline_id bigint,
    merged_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    latest_closed_by_id bigint REFERENCES users (id) ON DELETE SET NULL,
    latest_closed_at timestamp with time zone,
    first_comment_at timestamp with time zone,
    first_commit_at timestamp with time zone,
    last_commit_at timestamp with time zone,
    diff_size integer,
    modified_paths_size integer,
    commits_count integer,
    first_approved_at timestamp with time zone,
    first_reassigned_at timestamp with time zone,
    added_lines integer,
    removed_lines integer,
    target_project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    first_contribution boolean NOT NULL DEFAULT false,
    reviewer_first_assigned_at timestamp with time zone
);

CREATE TABLE merge_request_assignees (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    merge_request_id bigint NOT NULL REFERENCES merge_requests (id) ON DELETE CASCADE,
    created_at timestamp with time zone,
    project_id bigint
);

CREATE TABLE merge_request_reviewers (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    merge_request_id bigint NOT NULL REFERENCES merge_requests (id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    state smallint NOT NULL DEFAULT 0,
    project_id bigint
);

CREATE TABLE merge_request_context_commits (
    id bigserial PRIMARY KEY,
    authored_date timestamp with time zone,
    committed_date timestamp with time zone,
    relative_order integer NOT NULL,
    sha bytea NOT NULL,
    author_name text,
    author_email text,
    committer_name text,
    committer_email text,
    message text,
    merge_request_id bigint REFERENCES merge_requests (id) ON DELETE CASCADE,
    trailers jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE merge_requests_closing_issues (
    id bigserial PRIMARY KEY,
    merge_request_id bigint NOT NULL REFERENCES merge_requests (id) ON DELETE CASCADE,
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    from_mr_description boolean NOT NULL DEFAULT true
);

CREATE TABLE reviews (
    id bigserial PRIMARY KEY,
    author_id bigint REFERENCES users (id) ON DELETE SET NULL,
    merge_request_id bigint NOT NULL REFERENCES merge_requests (id) ON DELETE CASCADE,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL
);

CREATE TABLE notes (
    id bigserial PRIMARY KEY,
    note text,
    noteable_type character varying,
    author_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id bigint,
    attachment character varying,
    line_code character varying,
    commit_id character varying,
    noteable_id bigint,
    system boolean NOT NULL DEFAULT false,
    st_diff text,
    updated_by_id bigint,
    type character varying,
    position text,
    original_position text,
    resolved_at timestamp without time zone,
    resolved_by_id bigint,
    discussion_id character varying,
    note_html text,
    cached_markdown_version integer,
    change_position text,
    resolved_by_push boolean,
    review_id bigint REFERENCES reviews (id) ON DELETE SET NULL,
    confidential boolean,
    last_edited_at timestamp with time zone,
    internal boolean NOT NULL DEFAULT false,
    namespace_id bigint,
    imported_from smallint NOT NULL DEFAULT 0
);

CREATE TABLE note_diff_files (
    id bigserial PRIMARY KEY,
    diff_note_id bigint NOT NULL UNIQUE REFERENCES notes (id) ON DELETE CASCADE,
    diff text NOT NULL,
    new_file boolean NOT NULL,
    renamed_file boolean NOT NULL,
    deleted_file boolean NOT NULL,
    a_mode character varying NOT NULL,
    b_mode character varying NOT NULL,
    new_path text NOT NULL,
    old_path text NOT NULL
);

CREATE TABLE suggestions (
    id bigserial PRIMARY KEY,
    note_id bigint NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    relative_order smallint NOT NULL,
    applied boolean NOT NULL DEFAULT false,
    commit_id character varying,
    from_content text NOT NULL,
    to_content text NOT NULL,
    lines_above integer NOT NULL DEFAULT 0,
    lines_below integer NOT NULL DEFAULT 0,
    outdated boolean NOT NULL DEFAULT false
);

CREATE TABLE description_versions (
    id bigserial PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    issue_id bigint REFERENCES issues (id) ON DELETE CASCADE,
    merge_request_id bigint REFERENCES merge_requests (id) ON DELETE CASCADE,
    epic_id bigint REFERENCES epics (id) ON DELETE CASCADE,
    description text,
    deleted_at timestamp with time zone
);

CREATE TABLE system_note_metadata (
    id bigserial PRIMARY KEY,
    commit_count integer,
    action character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description_version_id bigint REFERENCES description_versions (id) ON DELETE SET NULL,
    note_id bigint NOT NULL UNIQUE REFERENCES notes (id) ON DELETE CASCADE
);

CREATE TABLE draft_notes (
    id bigserial PRIMARY KEY,
    merge_request_id bigint NOT NULL REFERENCES merge_requests (id) ON DELETE CASCADE,
    author_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    resolve_discussion boolean NOT NULL DEFAULT false,
    discussion_id character varying,
    note text NOT NULL,
    position text,
    original_position text,
    change_position text,
    commit_id bytea,
    line_code text,
    internal boolean NOT NULL DEFAULT false,
    note_type smallint
);

CREATE TABLE award_emoji (
    id bigserial PRIMARY KEY,
    name character varying,
    user_id bigint,
    awardable_id bigint,
    awardable_type character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);

CREATE TABLE todos (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    target_id bigint,
    target_type character varying NOT NULL,
    author_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    action integer NOT NULL,
    state character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    note_id bigint REFERENCES notes (id) ON DELETE CASCADE,
    commit_id character varying,
    group_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    resolved_by_action smallint,
    note_id_convert_to_bigint bigint
);

CREATE TABLE events (
    id bigserial PRIMARY KEY,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    author_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target_id bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    action smallint NOT NULL,
    target_type character varying,
    group_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    fingerprint bytea,
    personal_namespace_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    imported_from smallint NOT NULL DEFAULT 0
);

CREATE TABLE push_event_payloads (
    commit_count bigint NOT NULL,
    event_id bigint PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    action smallint NOT NULL,
    ref_type smallint NOT NULL,
    commit_from bytea,
    commit_to bytea,
    ref text,
    commit_title character varying(70),
    ref_count integer
);

CREATE TABLE notification_settings (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source_id bigint,
    source_type character varying,
    level integer NOT NULL DEFAULT 0,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    new_note boolean,
    new_issue boolean,
    reopen_issue boolean,
    close_issue boolean,
    reassign_issue boolean,
    new_merge_request boolean,
    merge_merge_request boolean,
    failed_pipeline boolean,
    notification_email character varying
);

CREATE TABLE subscriptions (
    id bigserial PRIMARY KEY,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    subscribable_id bigint,
    subscribable_type character varying,
    subscribed boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE
);

CREATE TABLE sent_notifications (
    id bigserial PRIMARY KEY,
    project_id bigint,
    noteable_id bigint,
    noteable_type character varying,
    recipient_id bigint,
    commit_id character varying,
    reply_key character varying NOT NULL,
    in_reply_to_discussion_id character varying,
    issue_email_participant_id bigint REFERENCES issue_email_participants (id) ON DELETE SET NULL,
    created_at timestamp with time zone
);

CREATE TABLE timelog_categories (
    id bigserial PRIMARY KEY,
    namespace_id bigint NOT NULL REFERENCES namespaces (id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    billing_rate numeric(18,4) DEFAULT 0.0,
    billable boolean NOT NULL DEFAULT false,
    name text NOT NULL,
    description text,
    color text DEFAULT '#6699cc'
);

CREATE TABLE timelogs (
    id bigserial PRIMARY KEY,
    time_spent integer NOT NULL,
    user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    issue_id bigint REFERENCES issues (id) ON DELETE CASCADE,
    merge_request_id bigint REFERENCES merge_requests (id) ON DELETE CASCADE,
    spent_at timestamp without time zone,
    note_id bigint REFERENCES notes (id) ON DELETE CASCADE,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    summary text,
    timelog_category_id bigint REFERENCES timelog_categories (id) ON DELETE SET NULL
);

CREATE TABLE boards (
    id bigserial PRIMARY KEY,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying NOT NULL DEFAULT 'Development',
    milestone_id bigint,
    group_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    weight integer,
    hide_backlog_list boolean NOT NULL DEFAULT false,
    hide_closed_list boolean NOT NULL DEFAULT false,
    iteration_id bigint REFERENCES sprints (id) ON DELETE CASCADE,
    iteration_cadence_id bigint REFERENCES iterations_cadences (id) ON DELETE CASCADE
);

CREATE TABLE lists (
    id bigserial PRIMARY KEY,
    board_id bigint NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    label_id bigint REFERENCES labels (id) ON DELETE CASCADE,
    list_type integer NOT NULL DEFAULT 1,
    position integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    milestone_id bigint REFERENCES milestones (id) ON DELETE CASCADE,
    max_issue_count integer NOT NULL DEFAULT 0,
    max_issue_weight integer NOT NULL DEFAULT 0,
    limit_metric character varying(20),
    iteration_id bigint REFERENCES sprints (id) ON DELETE CASCADE,
    group_id bigint,
    project_id bigint
);

CREATE TABLE board_assignees (
    id bigserial PRIMARY KEY,
    board_id bigint NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    assignee_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE board_labels (
    id bigserial PRIMARY KEY,
    board_id bigint NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    label_id bigint NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    group_id bigint,
    project_id bigint
);

CREATE TABLE protected_branches (
    id bigserial PRIMARY KEY,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    name character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    code_owner_approval_required boolean NOT NULL DEFAULT false,
    allow_force_push boolean NOT NULL DEFAULT false,
    namespace_id bigint REFERENCES namespaces (id) ON DELETE CASCADE
);

CREATE TABLE protected_branch_merge_access_levels (
    id bigserial PRIMARY KEY,
    protected_branch_id bigint NOT NULL REFERENCES protected_branches (id) ON DELETE CASCADE,
    access_level integer DEFAULT 40,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    group_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    protected_branch_project_id bigint,
    protected_branch_namespace_id bigint
);

CREATE TABLE protected_branch_push_access_levels (
    id bigserial PRIMARY KEY,
    protected_branch_id bigint NOT NULL REFERENCES protected_branches (id) ON DELETE CASCADE,
    access_level integer DEFAULT 40,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint REFERENCES users (id) ON DELETE CASCADE,
    group_id bigint REFERENCES namespaces (id) ON DELETE CASCADE,
    deploy_key_id bigint REFERENCES keys (id) ON DELETE CASCADE,
    protected_branch_project_id bigint,
    protected_branch_namespace_id bigint
);

CREATE TABLE deploy_keys_projects (
    id bigserial PRIMARY KEY,
    deploy_key_id bigint NOT NULL REFERENCES keys (id) ON DELETE CASCADE,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    can_push boolean NOT NULL DEFAULT false
);

CREATE TABLE releases (
    id bigserial PRIMARY KEY,
    tag character varying,
    description text,
    project_id bigint REFERENCES projects (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description_html text,
    cached_markdown_version integer,
    author_id bigint REFERENCES users (id) ON DELETE SET NULL,
    name character varying,
    sha character varying,
    released_at timestamp with time zone NOT NULL,
    release_published_at timestamp with time zone
);

CREATE TABLE release_links (
    id bigserial PRIMARY KEY,
    release_id bigint NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    url character varying NOT NULL,
    name character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    filepath character varying(128),
    link_type smallint DEFAULT 0
);

CREATE TABLE milestone_releases (
    milestone_id bigint NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    release_id bigint NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    PRIMARY KEY (milestone_id, release_id)
);

CREATE TABLE environments (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    external_url character varying,
    environment_type character varying,
    state character varying NOT NULL DEFAULT 'available',
    slug character varying NOT NULL,
    auto_stop_at timestamp with time zone,
    auto_delete_at timestamp with time zone,
    tier smallint,
    merge_request_id bigint REFERENCES merge_requests (id) ON DELETE SET NULL,
    cluster_agent_id bigint,
    kubernetes_namespace text,
    flux_resource_path text,
    description text,
    auto_stop_setting smallint NOT NULL DEFAULT 0
);

CREATE TABLE deployments (
    id bigserial PRIMARY KEY,
    iid integer NOT NULL,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    environment_id bigint NOT NULL REFERENCES environments (id) ON DELETE CASCADE,
    ref character varying NOT NULL,
    tag boolean NOT NULL,
    sha character varying NOT NULL,
    user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    deployable_type character varying DEFAULT '',
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    on_stop character varying,
    status smallint NOT NULL,
    finished_at timestamp with time zone,
    deployable_id bigint,
    archived boolean NOT NULL DEFAULT false,
    cluster_id bigint
);

CREATE TABLE deployment_merge_requests (
    deployment_id bigint NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
    merge_request_id bigint NOT NULL REFERENCES merge_requests (id) ON DELETE CASCADE,
    environment_id bigint REFERENCES environments (id) ON DELETE CASCADE,
    PRIMARY KEY (deployment_id, merge_request_id)
);

CREATE TABLE lfs_objects (
    id bigserial PRIMARY KEY,
    oid character varying NOT NULL UNIQUE,
    size bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    file character varying,
    file_store integer DEFAULT 1,
    verification_checksum bytea
);

CREATE TABLE lfs_objects_projects (
    id bigserial PRIMARY KEY,
    lfs_object_id bigint NOT NULL REFERENCES lfs_objects (id) ON DELETE CASCADE,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    repository_type smallint
);

CREATE TABLE uploads (
    id bigserial PRIMARY KEY,
    size bigint NOT NULL,
    path character varying(511) NOT NULL,
    checksum character varying(64),
    model_id bigint,
    model_type character varying,
    uploader character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    store integer DEFAULT 1,
    mount_point character varying,
    secret character varying,
    version integer DEFAULT 1,
    uploaded_by_user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    organization_id bigint,
    namespace_id bigint,
    project_id bigint
);

CREATE TABLE audit_events (
    id bigserial PRIMARY KEY,
    author_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    entity_type character varying NOT NULL,
    details text,
    ip_address inet,
    author_name text,
    entity_path text,
    target_details text,
    created_at timestamp without time zone NOT NULL,
    target_type text,
    target_id bigint,
    event_name text
);

CREATE TABLE user_agent_details (
    id bigserial PRIMARY KEY,
    user_agent character varying NOT NULL,
    ip_address character varying NOT NULL,
    subject_id bigint NOT NULL,
    subject_type character varying NOT NULL,
    submitted boolean NOT NULL DEFAULT false,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE ci_pipeline_schedules (
    id bigserial PRIMARY KEY,
    description character varying,
    ref character varying,
    cron character varying,
    cron_timezone character varying,
    next_run_at timestamp without time zone,
    project_id bigint,
    owner_id bigint,
    active boolean DEFAULT true,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);

CREATE TABLE ci_pipeline_schedule_variables (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    pipeline_schedule_id bigint NOT NULL REFERENCES ci_pipeline_schedules (id) ON DELETE CASCADE,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    variable_type smallint NOT NULL DEFAULT 1,
    raw boolean NOT NULL DEFAULT false,
    project_id bigint
);

CREATE TABLE ci_refs (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL,
    lock_version integer NOT NULL DEFAULT 0,
    status smallint NOT NULL DEFAULT 0,
    ref_path text NOT NULL
);

CREATE TABLE ci_pipelines (
    id bigserial PRIMARY KEY,
    ref character varying,
    sha character varying,
    before_sha character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    tag boolean DEFAULT false,
    yaml_errors text,
    committed_at timestamp without time zone,
    project_id bigint,
    status character varying,
    started_at timestamp without time zone,
    finished_at timestamp without time zone,
    duration integer,
    user_id bigint,
    lock_version integer DEFAULT 0,
    pipeline_schedule_id bigint REFERENCES ci_pipeline_schedules (id) ON DELETE SET NULL,
    source integer,
    config_source integer,
    protected boolean,
    failure_reason integer,
    iid integer,
    merge_request_id bigint,
    source_sha bytea,
    target_sha bytea,
    external_pull_request_id bigint,
    ci_ref_id bigint REFERENCES ci_refs (id) ON DELETE SET NULL,
    locked smallint NOT NULL DEFAULT 1,
    partition_id bigint NOT NULL,
    auto_canceled_by_id bigint REFERENCES ci_pipelines (id) ON DELETE SET NULL,
    auto_canceled_by_partition_id bigint,
    trigger_id bigint
);

CREATE TABLE ci_stages (
    id bigserial PRIMARY KEY,
    project_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying,
    status integer,
    lock_version integer DEFAULT 0,
    position integer,
    partition_id bigint NOT NULL,
    pipeline_id bigint REFERENCES ci_pipelines (id) ON DELETE CASCADE
);

CREATE TABLE ci_triggers (
    id bigserial PRIMARY KEY,
    token character varying,
    project_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    owner_id bigint NOT NULL,
    description character varying,
    ref character varying,
    encrypted_token bytea,
    expires_at timestamp with time zone
);

CREATE TABLE ci_trigger_requests (
    id bigserial PRIMARY KEY,
    trigger_id bigint NOT NULL REFERENCES ci_triggers (id) ON DELETE CASCADE,
    variables text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    commit_id bigint REFERENCES ci_pipelines (id) ON DELETE CASCADE,
    project_id bigint
);

CREATE TABLE ci_resource_groups (
    id bigserial PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    key character varying(255) NOT NULL,
    process_mode smallint DEFAULT 0
);

CREATE TABLE ci_runners (
    id bigserial PRIMARY KEY,
    token character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description character varying,
    contacted_at timestamp without time zone,
    active boolean NOT NULL DEFAULT true,
    name character varying,
    run_untagged boolean NOT NULL DEFAULT true,
    locked boolean NOT NULL DEFAULT false,
    access_level integer NOT NULL DEFAULT 0,
    maximum_timeout integer,
    runner_type smallint NOT NULL,
    token_encrypted character varying,
    public_projects_minutes_cost_factor double precision NOT NULL DEFAULT 1.0,
    private_projects_minutes_cost_factor double precision NOT NULL DEFAULT 1.0,
    maintainer_note text,
    token_expires_at timestamp with time zone,
    allowed_plans text[] NOT NULL DEFAULT '{}',
    registration_type smallint NOT NULL DEFAULT 0,
    creator_id bigint,
    creation_state smallint NOT NULL DEFAULT 0,
    sharding_key_id bigint
);

CREATE TABLE ci_runner_machines (
    id bigserial PRIMARY KEY,
    runner_id bigint NOT NULL REFERENCES ci_runners (id) ON DELETE CASCADE,
    executor_type smallint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    contacted_at timestamp with time zone,
    version text,
    revision text,
    platform text,
    architecture text,
    ip_address text,
    system_xid text NOT NULL,
    creation_state smallint NOT NULL DEFAULT 0,
    runner_type smallint,
    sharding_key_id bigint
);

CREATE TABLE ci_runner_projects (
    id bigserial PRIMARY KEY,
    runner_id bigint NOT NULL REFERENCES ci_runners (id) ON DELETE CASCADE,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id bigint
);

CREATE TABLE ci_builds (
    status character varying,
    finished_at timestamp without time zone,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    started_at timestamp without time zone,
    coverage double precision,
    name character varying,
    options text,
    allow_failure boolean NOT NULL DEFAULT false,
    stage character varying,
    stage_idx integer,
    tag boolean,
    ref character varying,
    type character varying,
    target_url character varying,
    description character varying,
    erased_at timestamp without time zone,
    artifacts_expire_at timestamp without time zone,
    environment character varying,
    "when" character varying,
    yaml_variables text,
    queued_at timestamp without time zone,
    lock_version integer DEFAULT 0,
    coverage_regex character varying,
    retried boolean,
    protected boolean,
    failure_reason integer,
    scheduled_at timestamp with time zone,
    token_encrypted character varying,
    resource_group_id bigint REFERENCES ci_resource_groups (id) ON DELETE SET NULL,
    waiting_for_resource_at timestamp with time zone,
    processed boolean,
    scheduling_type smallint,
    id bigserial PRIMARY KEY,
    stage_id bigint REFERENCES ci_stages (id) ON DELETE CASCADE,
    partition_id bigint NOT NULL,
    auto_canceled_by_partition_id bigint,
    auto_canceled_by_id bigint REFERENCES ci_pipelines (id) ON DELETE SET NULL,
    commit_id bigint REFERENCES ci_pipelines (id) ON DELETE CASCADE,
    erased_by_id bigint,
    project_id bigint,
    runner_id bigint,
    trigger_request_id bigint REFERENCES ci_trigger_requests (id) ON DELETE CASCADE,
    upstream_pipeline_id bigint REFERENCES ci_pipelines (id) ON DELETE CASCADE,
    user_id bigint,
    execution_config_id bigint,
    upstream_pipeline_partition_id bigint
);

CREATE TABLE ci_build_needs (
    name text NOT NULL,
    artifacts boolean NOT NULL DEFAULT true,
    optional boolean NOT NULL DEFAULT false,
    build_id bigint NOT NULL REFERENCES ci_builds (id) ON DELETE CASCADE,
    partition_id bigint NOT NULL,
    id bigserial PRIMARY KEY,
    project_id bigint
);

CREATE TABLE ci_job_artifacts (
    project_id bigint NOT NULL,
    file_type integer NOT NULL,
    size bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    expire_at timestamp with time zone,
    file character varying,
    file_store integer DEFAULT 1,
    file_sha256 bytea,
    file_format smallint,
    file_location smallint,
    id bigserial PRIMARY KEY,
    job_id bigint NOT NULL REFERENCES ci_builds (id) ON DELETE CASCADE,
    locked smallint DEFAULT 2,
    partition_id bigint NOT NULL,
    accessibility smallint NOT NULL DEFAULT 0,
    file_final_path text,
    exposed_as text,
    exposed_paths text[]
);

CREATE TABLE ci_build_trace_metadata (
    build_id bigint PRIMARY KEY REFERENCES ci_builds (id) ON DELETE CASCADE,
    trace_artifact_id bigint REFERENCES ci_job_artifacts (id) ON DELETE CASCADE,
    archival_attempts smallint NOT NULL DEFAULT 0,
    checksum bytea,
    remote_checksum bytea,
    last_archival_attempt_at timestamp with time zone,
    archived_at timestamp with time zone,
    partition_id bigint NOT NULL,
    project_id bigint
);

CREATE TABLE ci_build_report_results (
    build_id bigint PRIMARY KEY REFERENCES ci_builds (id) ON DELETE CASCADE,
    project_id bigint NOT NULL,
    data jsonb DEFAULT '{}',
    partition_id bigint NOT NULL
);

CREATE TABLE ci_job_variables (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL,
    encrypted_value text,
    encrypted_value_iv character varying,
    job_id bigint NOT NULL REFERENCES ci_builds (id) ON DELETE CASCADE,
    variable_type smallint NOT NULL DEFAULT 1,
    source smallint NOT NULL DEFAULT 0,
    raw boolean NOT NULL DEFAULT false,
    partition_id bigint NOT NULL,
    project_id bigint
);

CREATE TABLE ci_pipeline_variables (
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    variable_type smallint NOT NULL DEFAULT 1,
    partition_id bigint NOT NULL,
    raw boolean NOT NULL DEFAULT false,
    id bigserial PRIMARY KEY,
    pipeline_id bigint NOT NULL REFERENCES ci_pipelines (id) ON DELETE CASCADE,
    project_id bigint
);

CREATE TABLE ci_running_builds (
    id bigserial PRIMARY KEY,
    build_id bigint NOT NULL UNIQUE REFERENCES ci_builds (id) ON DELETE CASCADE,
    project_id bigint NOT NULL,
    runner_id bigint NOT NULL REFERENCES ci_runners (id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    runner_type smallint NOT NULL,
    partition_id bigint NOT NULL,
    runner_owner_namespace_xid bigint
);

CREATE TABLE ci_pending_builds (
    id bigserial PRIMARY KEY,
    build_id bigint NOT NULL UNIQUE REFERENCES ci_builds (id) ON DELETE CASCADE,
    project_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    protected boolean NOT NULL DEFAULT false,
    instance_runners_enabled boolean NOT NULL DEFAULT false,
    namespace_id bigint,
    minutes_exceeded boolean NOT NULL DEFAULT false,
    tag_ids bigint[] DEFAULT '{}',
    namespace_traversal_ids bigint[] DEFAULT '{}',
    partition_id bigint NOT NULL,
    plan_id bigint
);

CREATE TABLE ci_resources (
    id bigserial PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    resource_group_id bigint NOT NULL REFERENCES ci_resource_groups (id) ON DELETE CASCADE,
    build_id bigint REFERENCES ci_builds (id) ON DELETE SET NULL,
    partition_id bigint,
    project_id bigint
);

CREATE TABLE ci_sources_pipelines (
    id bigserial PRIMARY KEY,
    project_id bigint,
    source_project_id bigint,
    source_job_id bigint REFERENCES ci_builds (id) ON DELETE CASCADE,
    partition_id bigint NOT NULL,
    source_partition_id bigint NOT NULL,
    pipeline_id bigint REFERENCES ci_pipelines (id) ON DELETE CASCADE,
    source_pipeline_id bigint REFERENCES ci_pipelines (id) ON DELETE CASCADE
);

CREATE TABLE ci_variables (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    project_id bigint NOT NULL,
    protected boolean NOT NULL DEFAULT false,
    environment_scope character varying NOT NULL DEFAULT '*',
    masked boolean NOT NULL DEFAULT false,
    variable_type smallint NOT NULL DEFAULT 1,
    raw boolean NOT NULL DEFAULT false,
    description text,
    hidden boolean NOT NULL DEFAULT false
);

CREATE TABLE ci_group_variables (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    group_id bigint NOT NULL,
    protected boolean NOT NULL DEFAULT false,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    masked boolean NOT NULL DEFAULT false,
    variable_type smallint NOT NULL DEFAULT 1,
    environment_scope text NOT NULL DEFAULT '*',
    raw boolean NOT NULL DEFAULT false,
    description text,
    hidden boolean NOT NULL DEFAULT false
);
