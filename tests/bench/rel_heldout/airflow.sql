-- airflow.sql: a thirteenth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind13). The PostgreSQL metadata
-- database of an Apache Airflow 2.10 installation: DAGs with their tags,
-- owners, warnings, code and serialized form, DAG runs and their notes,
-- task instances keyed by (dag_id, task_id, run_id, map_index) with the
-- tables hanging off them (xcom, task_map, task_fail, task_reschedule,
-- rendered fields, notes), triggers, jobs, pools, connections, variables,
-- the log and SLA tables, datasets with their aliases, events, queues and
-- schedule / outlet references, and the Flask-AppBuilder security tables
-- (ab_*) of the web server.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests.
-- Airflow conventions (SQLAlchemy models, Alembic migrations): singular
-- lowercase tables; text natural keys dag_id / task_id / run_id carried by
-- name everywhere; composite foreign keys to dag_run (dag_id, run_id) and
-- task_instance (dag_id, task_id, run_id, map_index); surrogate integer
-- ids for dag_run, dataset, dataset_event, trigger, log_template; the FAB
-- tables with created_by_fk / changed_by_fk; role names such as
-- target_dag_id, alias_id, event_id, dag_run_id, user_id.
-- The REFERENCES are the foreign keys Airflow declares. Left without
-- REFERENCES, as in Airflow: dag_run.dag_id (runs outlive their DAG),
-- task_instance.job_id / queued_by_job_id, trigger.triggerer_id,
-- dag_run.creating_job_id, dag.pickle_id, xcom.dag_run_id, log.*,
-- sla_miss.*, dataset_event.dataset_id and its source_* columns,
-- serialized_dag.dag_id, task_instance.pool (a pool name).

CREATE TABLE ab_permission (
    id integer PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE
);

CREATE TABLE ab_view_menu (
    id integer PRIMARY KEY,
    name varchar(250) NOT NULL UNIQUE
);

CREATE TABLE ab_role (
    id integer PRIMARY KEY,
    name varchar(64) NOT NULL UNIQUE
);

CREATE TABLE ab_permission_view (
    id integer PRIMARY KEY,
    permission_id integer REFERENCES ab_permission (id),
    view_menu_id integer REFERENCES ab_view_menu (id),
    UNIQUE (permission_id, view_menu_id)
);

CREATE TABLE ab_permission_view_role (
    id integer PRIMARY KEY,
    permission_view_id integer REFERENCES ab_permission_view (id),
    role_id integer REFERENCES ab_role (id),
    UNIQUE (permission_view_id, role_id)
);

CREATE TABLE ab_user (
    id integer PRIMARY KEY,
    first_name varchar(256) NOT NULL,
    last_name varchar(256) NOT NULL,
    username varchar(512) NOT NULL UNIQUE,
    password varchar(256),
    active boolean,
    email varchar(512) NOT NULL UNIQUE,
    last_login timestamp,
    login_count integer,
    fail_login_count integer,
    created_on timestamp,
    changed_on timestamp,
    created_by_fk integer REFERENCES ab_user (id),
    changed_by_fk integer REFERENCES ab_user (id)
);

CREATE TABLE ab_user_role (
    id integer PRIMARY KEY,
    user_id integer REFERENCES ab_user (id),
    role_id integer REFERENCES ab_role (id),
    UNIQUE (user_id, role_id)
);

CREATE TABLE ab_register_user (
    id integer PRIMARY KEY,
    first_name varchar(256) NOT NULL,
    last_name varchar(256) NOT NULL,
    username varchar(512) NOT NULL UNIQUE,
    password varchar(256),
    email varchar(512) NOT NULL,
    registration_date timestamp,
    registration_hash varchar(256)
);

CREATE TABLE dag (
    dag_id varchar(250) PRIMARY KEY,
    root_dag_id varchar(250),
    is_paused boolean,
    is_subdag boolean,
    is_active boolean,
    last_parsed_time timestamp with time zone,
    last_pickled timestamp with time zone,
    last_expired timestamp with time zone,
    scheduler_lock boolean,
    pickle_id integer,
    fileloc varchar(2000),
    processor_subdir varchar(2000),
    owners varchar(2000),
    dag_display_name varchar(2000),
    description text,
    default_view varchar(25),
    schedule_interval text,
    timetable_description varchar(1000),
    dataset_expression json,
    max_active_tasks integer NOT NULL,
    max_active_runs integer,
    max_consecutive_failed_dag_runs integer NOT NULL,
    has_task_concurrency_limits boolean NOT NULL,
    has_import_errors boolean,
    next_dagrun timestamp with time zone,
    next_dagrun_data_interval_start timestamp with time zone,
    next_dagrun_data_interval_end timestamp with time zone,
    next_dagrun_create_after timestamp with time zone
);

CREATE TABLE dag_tag (
    name varchar(100) NOT NULL,
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    PRIMARY KEY (name, dag_id)
);

CREATE TABLE dag_owner_attributes (
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    owner varchar(500) NOT NULL,
    link varchar(500) NOT NULL,
    PRIMARY KEY (dag_id, owner)
);

CREATE TABLE dag_warning (
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    warning_type varchar(50) NOT NULL,
    message text NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    PRIMARY KEY (dag_id, warning_type)
);

CREATE TABLE dag_code (
    fileloc_hash bigint PRIMARY KEY,
    fileloc varchar(2000) NOT NULL,
    last_updated timestamp with time zone NOT NULL,
    source_code text NOT NULL
);

CREATE TABLE serialized_dag (
    dag_id varchar(250) PRIMARY KEY,
    fileloc varchar(2000) NOT NULL,
    fileloc_hash bigint NOT NULL,
    data json,
    data_compressed bytea,
    last_updated timestamp with time zone NOT NULL,
    dag_hash varchar(32) NOT NULL,
    processor_subdir varchar(2000)
);

CREATE TABLE dag_pickle (
    id integer PRIMARY KEY,
    pickle bytea,
    created_dttm timestamp with time zone,
    pickle_hash bigint
);

CREATE TABLE dag_priority_parsing_request (
    id varchar(32) PRIMARY KEY,
    fileloc varchar(2000) NOT NULL
);

CREATE TABLE log_template (
    id integer PRIMARY KEY,
    filename text NOT NULL,
    elasticsearch_id text NOT NULL,
    created_at timestamp with time zone NOT NULL
);

CREATE TABLE job (
    id integer PRIMARY KEY,
    dag_id varchar(250),
    state varchar(20),
    job_type varchar(30),
    start_date timestamp with time zone,
    end_date timestamp with time zone,
    latest_heartbeat timestamp with time zone,
    executor_class varchar(500),
    hostname varchar(500),
    unixname varchar(1000)
);

CREATE TABLE dag_run (
    id integer PRIMARY KEY,
    dag_id varchar(250) NOT NULL,
    queued_at timestamp with time zone,
    execution_date timestamp with time zone NOT NULL,
    start_date timestamp with time zone,
    end_date timestamp with time zone,
    state varchar(50),
    run_id varchar(250) NOT NULL,
    creating_job_id integer,
    external_trigger boolean,
    run_type varchar(50) NOT NULL,
    conf bytea,
    data_interval_start timestamp with time zone,
    data_interval_end timestamp with time zone,
    last_scheduling_decision timestamp with time zone,
    dag_hash varchar(32),
    log_template_id integer REFERENCES log_template (id),
    updated_at timestamp with time zone,
    clear_number integer NOT NULL DEFAULT 0,
    UNIQUE (dag_id, run_id),
    UNIQUE (dag_id, execution_date)
);

CREATE TABLE dag_run_note (
    user_id integer REFERENCES ab_user (id),
    dag_run_id integer PRIMARY KEY REFERENCES dag_run (id) ON DELETE CASCADE,
    content varchar(1000),
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);

CREATE TABLE "trigger" (
    id integer PRIMARY KEY,
    classpath varchar(1000) NOT NULL,
    kwargs text NOT NULL,
    created_date timestamp with time zone NOT NULL,
    triggerer_id integer
);

CREATE TABLE task_instance (
    task_id varchar(250) NOT NULL,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL DEFAULT -1,
    start_date timestamp with time zone,
    end_date timestamp with time zone,
    duration double precision,
    state varchar(20),
    try_number integer,
    max_tries integer DEFAULT -1,
    hostname varchar(1000),
    unixname varchar(1000),
    job_id integer,
    pool varchar(256) NOT NULL,
    pool_slots integer NOT NULL,
    queue varchar(256),
    priority_weight integer,
    operator varchar(1000),
    custom_operator_name varchar(1000),
    queued_dttm timestamp with time zone,
    queued_by_job_id integer,
    pid integer,
    executor varchar(1000),
    executor_config bytea,
    updated_at timestamp with time zone,
    rendered_map_index varchar(250),
    external_executor_id varchar(250),
    trigger_id integer REFERENCES "trigger" (id),
    trigger_timeout timestamp,
    next_method varchar(1000),
    next_kwargs json,
    task_display_name varchar(2000),
    PRIMARY KEY (dag_id, task_id, run_id, map_index),
    FOREIGN KEY (dag_id, run_id) REFERENCES dag_run (dag_id, run_id) ON DELETE CASCADE
);

CREATE TABLE task_instance_note (
    user_id integer REFERENCES ab_user (id),
    task_id varchar(250) NOT NULL,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL,
    content varchar(1000),
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    PRIMARY KEY (task_id, dag_id, run_id, map_index),
    FOREIGN KEY (dag_id, task_id, run_id, map_index)
        REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);

CREATE TABLE task_map (
    dag_id varchar(250) NOT NULL,
    task_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL,
    length integer NOT NULL,
    keys json,
    PRIMARY KEY (dag_id, task_id, run_id, map_index),
    FOREIGN KEY (dag_id, task_id, run_id, map_index)
        REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);

CREATE TABLE task_fail (
    id integer PRIMARY KEY,
    task_id varchar(250) NOT NULL,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL DEFAULT -1,
    start_date timestamp with time zone,
    end_date timestamp with time zone,
    duration integer,
    FOREIGN KEY (dag_id, task_id, run_id, map_index)
        REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);

CREATE TABLE task_reschedule (
    id integer PRIMARY KEY,
    task_id varchar(250) NOT NULL,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL DEFAULT -1,
    try_number integer NOT NULL,
    start_date timestamp with time zone NOT NULL,
    end_date timestamp with time zone NOT NULL,
    duration integer NOT NULL,
    reschedule_date timestamp with time zone NOT NULL,
    FOREIGN KEY (dag_id, run_id) REFERENCES dag_run (dag_id, run_id) ON DELETE CASCADE,
    FOREIGN KEY (dag_id, task_id, run_id, map_index)
        REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);

CREATE TABLE rendered_task_instance_fields (
    dag_id varchar(250) NOT NULL,
    task_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    map_index integer NOT NULL DEFAULT -1,
    rendered_fields json NOT NULL,
    k8s_pod_yaml json,
    PRIMARY KEY (dag_id, task_id, run_id, map_index),
    FOREIGN KEY (dag_id, task_id, run_id, map_index)
        REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);

CREATE TABLE xcom (
    dag_run_id integer NOT NULL,
    task_id varchar(250) NOT NULL,
    map_index integer NOT NULL DEFAULT -1,
    key varchar(512) NOT NULL,
    dag_id varchar(250) NOT NULL,
    run_id varchar(250) NOT NULL,
    value bytea,
    "timestamp" timestamp with time zone NOT NULL,
    PRIMARY KEY (dag_run_id, task_id, map_index, key),
    FOREIGN KEY (dag_id, task_id, run_id, map_index)
        REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);

CREATE TABLE slot_pool (
    id integer PRIMARY KEY,
    pool varchar(256) UNIQUE,
    slots integer,
    description text,
    include_deferred boolean NOT NULL
);

CREATE TABLE connection (
    id integer PRIMARY KEY,
    conn_id varchar(250) NOT NULL UNIQUE,
    conn_type varchar(500) NOT NULL,
    description text,
    host varchar(500),
    schema varchar(500),
    login text,
    password text,
    port integer,
    is_encrypted boolean,
    is_extra_encrypted boolean,
    extra text
);

CREATE TABLE variable (
    id integer PRIMARY KEY,
    key varchar(250) UNIQUE,
    val text,
    description text,
    is_encrypted boolean
);

CREATE TABLE log (
    id integer PRIMARY KEY,
    dttm timestamp with time zone,
    dag_id varchar(250),
    task_id varchar(250),
    map_index integer,
    event varchar(60),
    execution_date timestamp with time zone,
    run_id varchar(250),
    owner varchar(500),
    owner_display_name varchar(500),
    extra text,
    try_number integer
);

CREATE TABLE sla_miss (
    task_id varchar(250) NOT NULL,
    dag_id varchar(250) NOT NULL,
    execution_date timestamp with time zone NOT NULL,
    email_sent boolean,
    "timestamp" timestamp with time zone,
    description text,
    notification_sent boolean,
    PRIMARY KEY (task_id, dag_id, execution_date)
);

CREATE TABLE import_error (
    id integer PRIMARY KEY,
    "timestamp" timestamp with time zone,
    filename varchar(1024),
    stacktrace text,
    processor_subdir varchar(2000)
);

CREATE TABLE callback_request (
    id integer PRIMARY KEY,
    created_at timestamp with time zone NOT NULL,
    priority_weight integer NOT NULL,
    callback_data json NOT NULL,
    callback_type varchar(20) NOT NULL,
    processor_subdir varchar(2000)
);

CREATE TABLE session (
    id integer PRIMARY KEY,
    session_id varchar(255) UNIQUE,
    data bytea,
    expiry timestamp
);

CREATE TABLE dataset (
    id integer PRIMARY KEY,
    uri varchar(3000) NOT NULL,
    extra json NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    is_orphaned boolean NOT NULL DEFAULT false
);

CREATE TABLE dataset_alias (
    id integer PRIMARY KEY,
    name varchar(3000) NOT NULL
);

CREATE TABLE dataset_event (
    id integer PRIMARY KEY,
    dataset_id integer NOT NULL,
    extra json NOT NULL,
    source_task_id varchar(250),
    source_dag_id varchar(250),
    source_run_id varchar(250),
    source_map_index integer DEFAULT -1,
    "timestamp" timestamp with time zone NOT NULL
);

CREATE TABLE dataset_alias_dataset (
    alias_id integer NOT NULL REFERENCES dataset_alias (id) ON DELETE CASCADE,
    dataset_id integer NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    PRIMARY KEY (alias_id, dataset_id)
);

CREATE TABLE dataset_alias_dataset_event (
    alias_id integer NOT NULL REFERENCES dataset_alias (id) ON DELETE CASCADE,
    event_id integer NOT NULL REFERENCES dataset_event (id) ON DELETE CASCADE,
    PRIMARY KEY (alias_id, event_id)
);

CREATE TABLE dag_schedule_dataset_alias_reference (
    alias_id integer NOT NULL REFERENCES dataset_alias (id) ON DELETE CASCADE,
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    PRIMARY KEY (alias_id, dag_id)
);

CREATE TABLE dag_schedule_dataset_reference (
    dataset_id integer NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    PRIMARY KEY (dataset_id, dag_id)
);

CREATE TABLE task_outlet_dataset_reference (
    dataset_id integer NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    task_id varchar(250) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    PRIMARY KEY (dataset_id, dag_id, task_id)
);

CREATE TABLE dataset_dag_run_queue (
    dataset_id integer NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    target_dag_id varchar(250) NOT NULL REFERENCES dag (dag_id) ON DELETE CASCADE,
    created_at timestamp with time zone NOT NULL,
    PRIMARY KEY (dataset_id, target_dag_id)
);

CREATE TABLE dagrun_dataset_event (
    dag_run_id integer NOT NULL REFERENCES dag_run (id) ON DELETE CASCADE,
    event_id integer NOT NULL REFERENCES dataset_event (id) ON DELETE CASCADE,
    PRIMARY KEY (dag_run_id, event_id)
);
