-- redmine.sql: a fifteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind15). The database of a Redmine
-- 5.x installation (project management, Ruby on Rails): users and groups in
-- one table (type), projects as a nested set, trackers, statuses, issues
-- with relations, categories and versions, journals and their details,
-- time entries, members and roles, workflows, custom fields and values,
-- attachments, documents, news, forums (boards / messages), wikis,
-- repositories and changesets, watchers, queries, imports.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests. Redmine's migrations run on MySQL, PostgreSQL,
-- SQLite or SQL Server; written here as PostgreSQL.
-- Redmine conventions: plural snake_case tables, serial id keys, *_on
-- timestamps, <association>_id references, role names such as
-- assigned_to_id, author_id, fixed_version_id, issue_from_id /
-- issue_to_id, default_status_id, last_reply_id, updated_by_id, and bare
-- names without _id (member_roles.inherited_from); enumerations holds
-- issue priorities, time entry activities and document categories
-- (priority_id, activity_id, documents.category_id).
-- Redmine declares no foreign keys in the database: the REFERENCES are the
-- belongs_to links its models follow. Left without REFERENCES: the
-- polymorphic pairs (journals.journalized_type / journalized_id,
-- attachments.container_type / container_id, comments.commented_type /
-- commented_id, watchers.watchable_type / watchable_id,
-- custom_values.customized_type / customized_id), import_items.obj_id
-- (an object of the import's type), wiki_redirects.redirects_to (a title),
-- changes.from_revision and the nested set numbers (lft / rgt); the
-- nested set's issues.root_id (the id of the tree's top issue) is declared.
-- comments.commented_id and custom_values.customized_id are nullable here
-- (NOT NULL DEFAULT 0 in Redmine), so that the generated data does not
-- leave those tables empty.

CREATE TABLE auth_sources (
    id serial PRIMARY KEY,
    type varchar(30) NOT NULL DEFAULT '',
    name varchar(60) NOT NULL DEFAULT '',
    host varchar(60),
    port integer,
    account varchar(255),
    account_password varchar(255) DEFAULT '',
    base_dn varchar(255),
    attr_login varchar(30),
    attr_firstname varchar(30),
    attr_lastname varchar(30),
    attr_mail varchar(30),
    onthefly_register boolean NOT NULL DEFAULT false,
    tls boolean NOT NULL DEFAULT false,
    filter text,
    timeout integer,
    verify_peer boolean NOT NULL DEFAULT true
);

CREATE TABLE users (
    id serial PRIMARY KEY,
    login varchar(255) NOT NULL DEFAULT '',
    hashed_password varchar(40) NOT NULL DEFAULT '',
    firstname varchar(30) NOT NULL DEFAULT '',
    lastname varchar(255) NOT NULL DEFAULT '',
    admin boolean NOT NULL DEFAULT false,
    status integer NOT NULL DEFAULT 1,
    last_login_on timestamp,
    language varchar(5) DEFAULT '',
    auth_source_id integer REFERENCES auth_sources (id),
    created_on timestamp,
    updated_on timestamp,
    type varchar(255),
    mail_notification varchar(255) NOT NULL DEFAULT '',
    salt varchar(64),
    must_change_passwd boolean NOT NULL DEFAULT false,
    passwd_changed_on timestamp,
    twofa_scheme varchar(255),
    twofa_totp_key varchar(255),
    twofa_totp_last_used_at integer,
    twofa_required boolean DEFAULT false
);

CREATE TABLE email_addresses (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    address varchar(255) NOT NULL,
    is_default boolean NOT NULL DEFAULT false,
    notify boolean NOT NULL DEFAULT true,
    created_on timestamp NOT NULL,
    updated_on timestamp NOT NULL
);

CREATE TABLE user_preferences (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    others text,
    hide_mail boolean DEFAULT true,
    time_zone varchar(255)
);

CREATE TABLE tokens (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    action varchar(30) NOT NULL DEFAULT '',
    value varchar(40) NOT NULL DEFAULT '',
    created_on timestamp NOT NULL,
    updated_on timestamp
);

CREATE TABLE groups_users (
    group_id integer NOT NULL REFERENCES users (id),
    user_id integer NOT NULL REFERENCES users (id),
    PRIMARY KEY (group_id, user_id)
);

CREATE TABLE issue_statuses (
    id serial PRIMARY KEY,
    name varchar(30) NOT NULL DEFAULT '',
    is_closed boolean NOT NULL DEFAULT false,
    position integer,
    default_done_ratio integer,
    description varchar(255)
);

CREATE TABLE trackers (
    id serial PRIMARY KEY,
    name varchar(30) NOT NULL DEFAULT '',
    description varchar(255),
    position integer,
    is_in_roadmap boolean NOT NULL DEFAULT true,
    fields_bits integer DEFAULT 0,
    default_status_id integer REFERENCES issue_statuses (id)
);

CREATE TABLE projects (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    description text,
    homepage varchar(255) DEFAULT '',
    is_public boolean NOT NULL DEFAULT true,
    parent_id integer REFERENCES projects (id),
    created_on timestamp,
    updated_on timestamp,
    identifier varchar(255),
    status integer NOT NULL DEFAULT 1,
    lft integer,
    rgt integer,
    inherit_members boolean NOT NULL DEFAULT false,
    default_version_id integer REFERENCES versions (id),
    default_assigned_to_id integer REFERENCES users (id),
    default_issue_query_id integer REFERENCES queries (id)
);

CREATE TABLE enumerations (
    id serial PRIMARY KEY,
    name varchar(30) NOT NULL DEFAULT '',
    position integer,
    is_default boolean NOT NULL DEFAULT false,
    type varchar(255),
    active boolean NOT NULL DEFAULT true,
    project_id integer REFERENCES projects (id),
    parent_id integer REFERENCES enumerations (id),
    position_name varchar(30)
);

CREATE TABLE projects_trackers (
    project_id integer NOT NULL REFERENCES projects (id),
    tracker_id integer NOT NULL REFERENCES trackers (id),
    PRIMARY KEY (project_id, tracker_id)
);

CREATE TABLE enabled_modules (
    id serial PRIMARY KEY,
    project_id integer REFERENCES projects (id),
    name varchar(255) NOT NULL
);

CREATE TABLE versions (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id),
    name varchar(255) NOT NULL DEFAULT '',
    description varchar(255) DEFAULT '',
    effective_date date,
    created_on timestamp,
    updated_on timestamp,
    wiki_page_title varchar(255),
    status varchar(255) DEFAULT 'open',
    sharing varchar(255) NOT NULL DEFAULT 'none'
);

CREATE TABLE issue_categories (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id),
    name varchar(60) NOT NULL DEFAULT '',
    assigned_to_id integer REFERENCES users (id)
);

CREATE TABLE roles (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    position integer,
    assignable boolean DEFAULT true,
    builtin integer NOT NULL DEFAULT 0,
    permissions text,
    issues_visibility varchar(30) NOT NULL DEFAULT 'default',
    users_visibility varchar(30) NOT NULL DEFAULT 'all',
    time_entries_visibility varchar(30) NOT NULL DEFAULT 'all',
    all_roles_managed boolean NOT NULL DEFAULT true,
    settings text,
    default_time_entry_activity_id integer REFERENCES enumerations (id)
);

CREATE TABLE roles_managed_roles (
    role_id integer NOT NULL REFERENCES roles (id),
    managed_role_id integer NOT NULL REFERENCES roles (id),
    PRIMARY KEY (role_id, managed_role_id)
);

CREATE TABLE members (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    project_id integer NOT NULL REFERENCES projects (id),
    created_on timestamp,
    mail_notification boolean NOT NULL DEFAULT false
);

CREATE TABLE member_roles (
    id serial PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members (id),
    role_id integer NOT NULL REFERENCES roles (id),
    inherited_from integer REFERENCES member_roles (id)
);

CREATE TABLE workflows (
    id serial PRIMARY KEY,
    tracker_id integer NOT NULL REFERENCES trackers (id),
    old_status_id integer NOT NULL REFERENCES issue_statuses (id),
    new_status_id integer NOT NULL REFERENCES issue_statuses (id),
    role_id integer NOT NULL REFERENCES roles (id),
    assignee boolean NOT NULL DEFAULT false,
    author boolean NOT NULL DEFAULT false,
    type varchar(30),
    field_name varchar(30),
    rule varchar(30)
);

CREATE TABLE queries (
    id serial PRIMARY KEY,
    project_id integer REFERENCES projects (id),
    name varchar(255) NOT NULL DEFAULT '',
    filters text,
    user_id integer NOT NULL REFERENCES users (id),
    column_names text,
    sort_criteria text,
    group_by varchar(255),
    type varchar(255),
    visibility integer DEFAULT 0,
    options text,
    description varchar(255)
);

CREATE TABLE queries_roles (
    query_id integer NOT NULL REFERENCES queries (id),
    role_id integer NOT NULL REFERENCES roles (id),
    PRIMARY KEY (query_id, role_id)
);

CREATE TABLE issues (
    id serial PRIMARY KEY,
    tracker_id integer NOT NULL REFERENCES trackers (id),
    project_id integer NOT NULL REFERENCES projects (id),
    subject varchar(255) NOT NULL DEFAULT '',
    description text,
    due_date date,
    category_id integer REFERENCES issue_categories (id),
    status_id integer NOT NULL REFERENCES issue_statuses (id),
    assigned_to_id integer REFERENCES users (id),
    priority_id integer NOT NULL REFERENCES enumerations (id),
    fixed_version_id integer REFERENCES versions (id),
    author_id integer NOT NULL REFERENCES users (id),
    lock_version integer NOT NULL DEFAULT 0,
    created_on timestamp,
    updated_on timestamp,
    start_date date,
    done_ratio integer NOT NULL DEFAULT 0,
    estimated_hours double precision,
    parent_id integer REFERENCES issues (id),
    root_id integer REFERENCES issues (id),
    lft integer,
    rgt integer,
    is_private boolean NOT NULL DEFAULT false,
    closed_on timestamp
);

CREATE TABLE issue_relations (
    id serial PRIMARY KEY,
    issue_from_id integer NOT NULL REFERENCES issues (id),
    issue_to_id integer NOT NULL REFERENCES issues (id),
    relation_type varchar(255) NOT NULL DEFAULT '',
    delay integer
);

CREATE TABLE journals (
    id serial PRIMARY KEY,
    journalized_id integer NOT NULL DEFAULT 0,
    journalized_type varchar(30) NOT NULL DEFAULT '',
    user_id integer NOT NULL REFERENCES users (id),
    notes text,
    created_on timestamp NOT NULL,
    private_notes boolean NOT NULL DEFAULT false,
    updated_on timestamp,
    updated_by_id integer REFERENCES users (id)
);

CREATE TABLE journal_details (
    id serial PRIMARY KEY,
    journal_id integer NOT NULL REFERENCES journals (id),
    property varchar(30) NOT NULL DEFAULT '',
    prop_key varchar(30) NOT NULL DEFAULT '',
    old_value text,
    value text
);

CREATE TABLE time_entries (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id),
    user_id integer NOT NULL REFERENCES users (id),
    issue_id integer REFERENCES issues (id),
    hours double precision NOT NULL,
    comments varchar(1024),
    activity_id integer NOT NULL REFERENCES enumerations (id),
    spent_on date NOT NULL,
    tyear integer NOT NULL,
    tmonth integer NOT NULL,
    tweek integer NOT NULL,
    created_on timestamp NOT NULL,
    updated_on timestamp NOT NULL,
    author_id integer REFERENCES users (id)
);

CREATE TABLE custom_fields (
    id serial PRIMARY KEY,
    type varchar(30) NOT NULL DEFAULT '',
    name varchar(30) NOT NULL DEFAULT '',
    field_format varchar(30) NOT NULL DEFAULT '',
    possible_values text,
    regexp varchar(255) DEFAULT '',
    min_length integer,
    max_length integer,
    is_required boolean NOT NULL DEFAULT false,
    is_for_all boolean NOT NULL DEFAULT false,
    is_filter boolean NOT NULL DEFAULT false,
    position integer,
    searchable boolean DEFAULT false,
    default_value text,
    editable boolean DEFAULT true,
    visible boolean NOT NULL DEFAULT true,
    multiple boolean DEFAULT false,
    format_store text,
    description text
);

CREATE TABLE custom_fields_projects (
    custom_field_id integer NOT NULL REFERENCES custom_fields (id),
    project_id integer NOT NULL REFERENCES projects (id),
    PRIMARY KEY (custom_field_id, project_id)
);

CREATE TABLE custom_fields_trackers (
    custom_field_id integer NOT NULL REFERENCES custom_fields (id),
    tracker_id integer NOT NULL REFERENCES trackers (id),
    PRIMARY KEY (custom_field_id, tracker_id)
);

CREATE TABLE custom_fields_roles (
    custom_field_id integer NOT NULL REFERENCES custom_fields (id),
    role_id integer NOT NULL REFERENCES roles (id),
    PRIMARY KEY (custom_field_id, role_id)
);

CREATE TABLE custom_field_enumerations (
    id serial PRIMARY KEY,
    custom_field_id integer NOT NULL REFERENCES custom_fields (id),
    name varchar(255) NOT NULL,
    active boolean NOT NULL DEFAULT true,
    position integer NOT NULL DEFAULT 1
);

CREATE TABLE custom_values (
    id serial PRIMARY KEY,
    customized_type varchar(30) NOT NULL DEFAULT '',
    customized_id integer DEFAULT 0,
    custom_field_id integer NOT NULL REFERENCES custom_fields (id),
    value text
);

CREATE TABLE attachments (
    id serial PRIMARY KEY,
    container_id integer,
    container_type varchar(30),
    filename varchar(255) NOT NULL DEFAULT '',
    disk_filename varchar(255) NOT NULL DEFAULT '',
    filesize bigint NOT NULL DEFAULT 0,
    content_type varchar(255) DEFAULT '',
    digest varchar(64) NOT NULL DEFAULT '',
    downloads integer NOT NULL DEFAULT 0,
    author_id integer NOT NULL REFERENCES users (id),
    created_on timestamp,
    description varchar(255),
    disk_directory varchar(255)
);

CREATE TABLE documents (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id),
    category_id integer NOT NULL REFERENCES enumerations (id),
    title varchar(255) NOT NULL DEFAULT '',
    description text,
    created_on timestamp
);

CREATE TABLE news (
    id serial PRIMARY KEY,
    project_id integer REFERENCES projects (id),
    title varchar(60) NOT NULL DEFAULT '',
    summary varchar(255) DEFAULT '',
    description text,
    author_id integer NOT NULL REFERENCES users (id),
    created_on timestamp,
    comments_count integer NOT NULL DEFAULT 0
);

CREATE TABLE comments (
    id serial PRIMARY KEY,
    commented_type varchar(30) NOT NULL DEFAULT '',
    commented_id integer DEFAULT 0,
    author_id integer NOT NULL REFERENCES users (id),
    content text,
    created_on timestamp NOT NULL,
    updated_on timestamp NOT NULL
);

CREATE TABLE boards (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id),
    name varchar(255) NOT NULL DEFAULT '',
    description varchar(255),
    position integer,
    topics_count integer NOT NULL DEFAULT 0,
    messages_count integer NOT NULL DEFAULT 0,
    last_message_id integer REFERENCES messages (id),
    parent_id integer REFERENCES boards (id)
);

CREATE TABLE messages (
    id serial PRIMARY KEY,
    board_id integer NOT NULL REFERENCES boards (id),
    parent_id integer REFERENCES messages (id),
    subject varchar(255) NOT NULL DEFAULT '',
    content text,
    author_id integer REFERENCES users (id),
    replies_count integer NOT NULL DEFAULT 0,
    last_reply_id integer REFERENCES messages (id),
    created_on timestamp NOT NULL,
    updated_on timestamp NOT NULL,
    locked boolean DEFAULT false,
    sticky integer DEFAULT 0
);

CREATE TABLE wikis (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id),
    start_page varchar(255) NOT NULL,
    status integer NOT NULL DEFAULT 1
);

CREATE TABLE wiki_pages (
    id serial PRIMARY KEY,
    wiki_id integer NOT NULL REFERENCES wikis (id),
    title varchar(255) NOT NULL,
    created_on timestamp NOT NULL,
    protected boolean NOT NULL DEFAULT false,
    parent_id integer REFERENCES wiki_pages (id)
);

CREATE TABLE wiki_contents (
    id serial PRIMARY KEY,
    page_id integer NOT NULL REFERENCES wiki_pages (id),
    author_id integer REFERENCES users (id),
    text text,
    comments varchar(1024) DEFAULT '',
    updated_on timestamp NOT NULL,
    version integer NOT NULL
);

CREATE TABLE wiki_content_versions (
    id serial PRIMARY KEY,
    wiki_content_id integer NOT NULL REFERENCES wiki_contents (id),
    page_id integer NOT NULL REFERENCES wiki_pages (id),
    author_id integer REFERENCES users (id),
    data bytea,
    compression varchar(6) DEFAULT '',
    comments varchar(1024) DEFAULT '',
    updated_on timestamp NOT NULL,
    version integer NOT NULL
);

CREATE TABLE wiki_redirects (
    id serial PRIMARY KEY,
    wiki_id integer NOT NULL REFERENCES wikis (id),
    title varchar(255),
    redirects_to varchar(255),
    created_on timestamp NOT NULL,
    redirects_to_wiki_id integer NOT NULL REFERENCES wikis (id)
);

CREATE TABLE repositories (
    id serial PRIMARY KEY,
    project_id integer NOT NULL DEFAULT 0 REFERENCES projects (id),
    url varchar(255) NOT NULL DEFAULT '',
    login varchar(60) DEFAULT '',
    password varchar(255) DEFAULT '',
    root_url varchar(255) DEFAULT '',
    type varchar(255),
    path_encoding varchar(64),
    log_encoding varchar(64),
    extra_info text,
    identifier varchar(255),
    is_default boolean DEFAULT false,
    created_on timestamp
);

CREATE TABLE changesets (
    id serial PRIMARY KEY,
    repository_id integer NOT NULL REFERENCES repositories (id),
    revision varchar(255) NOT NULL,
    committer varchar(255),
    committed_on timestamp NOT NULL,
    comments text,
    commit_date date,
    scmid varchar(255),
    user_id integer REFERENCES users (id)
);

CREATE TABLE changeset_parents (
    changeset_id integer NOT NULL REFERENCES changesets (id),
    parent_id integer NOT NULL REFERENCES changesets (id)
);

CREATE TABLE changesets_issues (
    changeset_id integer NOT NULL REFERENCES changesets (id),
    issue_id integer NOT NULL REFERENCES issues (id),
    PRIMARY KEY (changeset_id, issue_id)
);

CREATE TABLE changes (
    id serial PRIMARY KEY,
    changeset_id integer NOT NULL REFERENCES changesets (id),
    action varchar(1) NOT NULL DEFAULT '',
    path text NOT NULL,
    from_path text,
    from_revision varchar(255),
    revision varchar(255),
    branch varchar(255)
);

CREATE TABLE watchers (
    id serial PRIMARY KEY,
    watchable_type varchar(255) NOT NULL DEFAULT '',
    watchable_id integer NOT NULL DEFAULT 0,
    user_id integer REFERENCES users (id)
);

CREATE TABLE imports (
    id serial PRIMARY KEY,
    type varchar(255),
    user_id integer NOT NULL REFERENCES users (id),
    filename varchar(255),
    settings text,
    total_items integer,
    finished boolean NOT NULL DEFAULT false,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE import_items (
    id serial PRIMARY KEY,
    import_id integer NOT NULL REFERENCES imports (id),
    position integer NOT NULL,
    obj_id integer,
    message text,
    unique_id varchar(255)
);

CREATE TABLE settings (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL DEFAULT '',
    value text,
    updated_on timestamp
);

CREATE TABLE schema_migrations (
    version varchar(255) PRIMARY KEY
);

CREATE TABLE ar_internal_metadata (
    key varchar(255) PRIMARY KEY,
    value varchar(255),
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
