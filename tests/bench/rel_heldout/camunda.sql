-- camunda.sql: an eleventh blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind11). The database of a Camunda
-- 7-style BPM engine (an Activiti descendant): general byte arrays and
-- properties, the repository (deployments, process / case / decision
-- definitions), the runtime (executions, tasks, jobs, variables, event
-- subscriptions, incidents, external tasks, batches, CMMN case executions),
-- the identity tables, and the history (process / activity / task / case /
-- decision instances, variable details, operation log, job and external
-- task logs). Written for this bench by an author who had read neither the
-- inference code nor its unit tests.
-- Camunda conventions: upper-case unquoted names (folded by PostgreSQL),
-- every column with a trailing underscore (ID_, REV_, PROC_INST_ID_,
-- EXECUTION_ID_, SUPER_EXEC_, CAUSE_INCIDENT_ID_), text keys varchar(64)
-- (generated UUIDs or "key:version:id" for definitions), table groups
-- named by prefix (ACT_GE_, ACT_RE_, ACT_RU_, ACT_ID_, ACT_HI_).
-- Camunda's own create scripts declare only some of these links (the
-- runtime's execution / task / variable / incident / case execution and
-- the identity membership keys). The engine uses many more without a
-- constraint: process definition -> deployment, job -> execution / job
-- definition, and the whole history, which refers to its process instance,
-- task instance, case instance, decision instance and byte arrays by key.
-- Those links are written here as REFERENCES too (the truth is every link
-- the engine follows). Left without REFERENCES, as loose ids: tenant ids,
-- user and group ids (users may live in LDAP), and the history's
-- EXECUTION_ID_ / ACT_INST_ID_ / JOB_ID_ (the runtime rows are gone when
-- history is read).

create table ACT_GE_PROPERTY (
    NAME_ varchar(64),
    VALUE_ varchar(300),
    REV_ integer,
    primary key (NAME_)
);

create table ACT_GE_SCHEMA_LOG (
    ID_ varchar(64),
    TIMESTAMP_ timestamp,
    VERSION_ varchar(255),
    primary key (ID_)
);

create table ACT_RE_DEPLOYMENT (
    ID_ varchar(64),
    NAME_ varchar(255),
    DEPLOY_TIME_ timestamp,
    SOURCE_ varchar(255),
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_GE_BYTEARRAY (
    ID_ varchar(64),
    REV_ integer,
    NAME_ varchar(255),
    DEPLOYMENT_ID_ varchar(64) references ACT_RE_DEPLOYMENT (ID_),
    BYTES_ bytea,
    GENERATED_ boolean,
    TENANT_ID_ varchar(64),
    TYPE_ integer,
    CREATE_TIME_ timestamp,
    ROOT_PROC_INST_ID_ varchar(64),
    REMOVAL_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_RE_PROCDEF (
    ID_ varchar(64) not null,
    REV_ integer,
    CATEGORY_ varchar(255),
    NAME_ varchar(255),
    KEY_ varchar(255) not null,
    VERSION_ integer not null,
    DEPLOYMENT_ID_ varchar(64) references ACT_RE_DEPLOYMENT (ID_),
    RESOURCE_NAME_ varchar(4000),
    DGRM_RESOURCE_NAME_ varchar(4000),
    HAS_START_FORM_KEY_ boolean,
    SUSPENSION_STATE_ integer,
    TENANT_ID_ varchar(64),
    VERSION_TAG_ varchar(64),
    HISTORY_TTL_ integer,
    STARTABLE_ boolean not null default true,
    primary key (ID_)
);

create table ACT_RE_CAMFORMDEF (
    ID_ varchar(64) not null,
    REV_ integer,
    KEY_ varchar(255) not null,
    VERSION_ integer not null,
    DEPLOYMENT_ID_ varchar(64) references ACT_RE_DEPLOYMENT (ID_),
    RESOURCE_NAME_ varchar(4000),
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_RE_CASE_DEF (
    ID_ varchar(64) not null,
    REV_ integer,
    CATEGORY_ varchar(255),
    NAME_ varchar(255),
    KEY_ varchar(255) not null,
    VERSION_ integer not null,
    DEPLOYMENT_ID_ varchar(64) references ACT_RE_DEPLOYMENT (ID_),
    RESOURCE_NAME_ varchar(4000),
    DGRM_RESOURCE_NAME_ varchar(4000),
    TENANT_ID_ varchar(64),
    HISTORY_TTL_ integer,
    primary key (ID_)
);

create table ACT_RE_DECISION_REQ_DEF (
    ID_ varchar(64) not null,
    REV_ integer,
    CATEGORY_ varchar(255),
    NAME_ varchar(255),
    KEY_ varchar(255) not null,
    VERSION_ integer not null,
    DEPLOYMENT_ID_ varchar(64) references ACT_RE_DEPLOYMENT (ID_),
    RESOURCE_NAME_ varchar(4000),
    DGRM_RESOURCE_NAME_ varchar(4000),
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_RE_DECISION_DEF (
    ID_ varchar(64) not null,
    REV_ integer,
    CATEGORY_ varchar(255),
    NAME_ varchar(255),
    KEY_ varchar(255) not null,
    VERSION_ integer not null,
    DEPLOYMENT_ID_ varchar(64) references ACT_RE_DEPLOYMENT (ID_),
    RESOURCE_NAME_ varchar(4000),
    DGRM_RESOURCE_NAME_ varchar(4000),
    DEC_REQ_ID_ varchar(64) references ACT_RE_DECISION_REQ_DEF (ID_),
    DEC_REQ_KEY_ varchar(255),
    TENANT_ID_ varchar(64),
    HISTORY_TTL_ integer,
    VERSION_TAG_ varchar(64),
    primary key (ID_)
);

create table ACT_RU_EXECUTION (
    ID_ varchar(64),
    REV_ integer,
    ROOT_PROC_INST_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROC_INST_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    BUSINESS_KEY_ varchar(255),
    PARENT_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    SUPER_EXEC_ varchar(64) references ACT_RU_EXECUTION (ID_),
    SUPER_CASE_EXEC_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    CASE_INST_ID_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    ACT_ID_ varchar(255),
    ACT_INST_ID_ varchar(64),
    IS_ACTIVE_ boolean,
    IS_CONCURRENT_ boolean,
    IS_SCOPE_ boolean,
    IS_EVENT_SCOPE_ boolean,
    SUSPENSION_STATE_ integer,
    CACHED_ENT_STATE_ integer,
    SEQUENCE_COUNTER_ bigint,
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_RU_JOBDEF (
    ID_ varchar(64) not null,
    REV_ integer,
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    PROC_DEF_KEY_ varchar(255),
    ACT_ID_ varchar(255),
    JOB_TYPE_ varchar(255) not null,
    JOB_CONFIGURATION_ varchar(255),
    SUSPENSION_STATE_ integer,
    JOB_PRIORITY_ bigint,
    TENANT_ID_ varchar(64),
    DEPLOYMENT_ID_ varchar(64) references ACT_RE_DEPLOYMENT (ID_),
    primary key (ID_)
);

create table ACT_RU_JOB (
    ID_ varchar(64) not null,
    REV_ integer,
    TYPE_ varchar(255) not null,
    LOCK_EXP_TIME_ timestamp,
    LOCK_OWNER_ varchar(255),
    EXCLUSIVE_ boolean,
    EXECUTION_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROCESS_INSTANCE_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROCESS_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    PROCESS_DEF_KEY_ varchar(255),
    RETRIES_ integer,
    EXCEPTION_STACK_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    EXCEPTION_MSG_ varchar(4000),
    FAILED_ACT_ID_ varchar(255),
    DUEDATE_ timestamp,
    REPEAT_ varchar(255),
    REPEAT_OFFSET_ bigint default 0,
    HANDLER_TYPE_ varchar(255),
    HANDLER_CFG_ varchar(4000),
    DEPLOYMENT_ID_ varchar(64) references ACT_RE_DEPLOYMENT (ID_),
    SUSPENSION_STATE_ integer not null default 1,
    JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    PRIORITY_ bigint not null default 0,
    SEQUENCE_COUNTER_ bigint,
    TENANT_ID_ varchar(64),
    CREATE_TIME_ timestamp,
    LAST_FAILURE_LOG_ID_ varchar(64),
    BATCH_ID_ varchar(64) references ACT_RU_BATCH (ID_),
    primary key (ID_)
);

create table ACT_RU_CASE_EXECUTION (
    ID_ varchar(64) not null,
    REV_ integer,
    CASE_INST_ID_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    SUPER_CASE_EXEC_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    SUPER_EXEC_ varchar(64) references ACT_RU_EXECUTION (ID_),
    BUSINESS_KEY_ varchar(255),
    PARENT_ID_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    CASE_DEF_ID_ varchar(64) references ACT_RE_CASE_DEF (ID_),
    ACT_ID_ varchar(255),
    PREV_STATE_ integer,
    CURRENT_STATE_ integer,
    REQUIRED_ boolean,
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_RU_CASE_SENTRY_PART (
    ID_ varchar(64) not null,
    REV_ integer,
    CASE_INST_ID_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    CASE_EXEC_ID_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    SENTRY_ID_ varchar(255),
    TYPE_ varchar(255),
    SOURCE_CASE_EXEC_ID_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    STANDARD_EVENT_ varchar(255),
    SOURCE_ varchar(255),
    VARIABLE_EVENT_ varchar(255),
    VARIABLE_NAME_ varchar(255),
    SATISFIED_ boolean,
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_RU_TASK (
    ID_ varchar(64),
    REV_ integer,
    EXECUTION_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROC_INST_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    CASE_EXECUTION_ID_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    CASE_INST_ID_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    CASE_DEF_ID_ varchar(64) references ACT_RE_CASE_DEF (ID_),
    NAME_ varchar(255),
    PARENT_TASK_ID_ varchar(64) references ACT_RU_TASK (ID_),
    DESCRIPTION_ varchar(4000),
    TASK_DEF_KEY_ varchar(255),
    OWNER_ varchar(255),
    ASSIGNEE_ varchar(255),
    DELEGATION_ varchar(64),
    PRIORITY_ integer,
    CREATE_TIME_ timestamp,
    LAST_UPDATED_ timestamp,
    DUE_DATE_ timestamp,
    FOLLOW_UP_DATE_ timestamp,
    SUSPENSION_STATE_ integer,
    TENANT_ID_ varchar(64),
    TASK_STATE_ varchar(64),
    primary key (ID_)
);

create table ACT_RU_IDENTITYLINK (
    ID_ varchar(64),
    REV_ integer,
    GROUP_ID_ varchar(255),
    TYPE_ varchar(255),
    USER_ID_ varchar(255),
    TASK_ID_ varchar(64) references ACT_RU_TASK (ID_),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_RU_VARIABLE (
    ID_ varchar(64) not null,
    REV_ integer,
    TYPE_ varchar(255) not null,
    NAME_ varchar(255) not null,
    EXECUTION_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROC_INST_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    CASE_EXECUTION_ID_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    CASE_INST_ID_ varchar(64) references ACT_RU_CASE_EXECUTION (ID_),
    TASK_ID_ varchar(64) references ACT_RU_TASK (ID_),
    BATCH_ID_ varchar(64) references ACT_RU_BATCH (ID_),
    BYTEARRAY_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    DOUBLE_ double precision,
    LONG_ bigint,
    TEXT_ varchar(4000),
    TEXT2_ varchar(4000),
    VAR_SCOPE_ varchar(64),
    SEQUENCE_COUNTER_ bigint,
    IS_CONCURRENT_LOCAL_ boolean,
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_RU_EVENT_SUBSCR (
    ID_ varchar(64) not null,
    REV_ integer,
    EVENT_TYPE_ varchar(255) not null,
    EVENT_NAME_ varchar(255),
    EXECUTION_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROC_INST_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    ACTIVITY_ID_ varchar(255),
    CONFIGURATION_ varchar(255),
    CREATED_ timestamp not null,
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_RU_INCIDENT (
    ID_ varchar(64) not null,
    REV_ integer not null,
    INCIDENT_TIMESTAMP_ timestamp not null,
    INCIDENT_MSG_ varchar(4000),
    INCIDENT_TYPE_ varchar(255) not null,
    EXECUTION_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    ACTIVITY_ID_ varchar(255),
    FAILED_ACTIVITY_ID_ varchar(255),
    PROC_INST_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    CAUSE_INCIDENT_ID_ varchar(64) references ACT_RU_INCIDENT (ID_),
    ROOT_CAUSE_INCIDENT_ID_ varchar(64) references ACT_RU_INCIDENT (ID_),
    CONFIGURATION_ varchar(255),
    TENANT_ID_ varchar(64),
    JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    ANNOTATION_ varchar(4000),
    primary key (ID_)
);

create table ACT_RU_AUTHORIZATION (
    ID_ varchar(64) not null,
    REV_ integer not null,
    TYPE_ integer not null,
    GROUP_ID_ varchar(255),
    USER_ID_ varchar(255),
    RESOURCE_TYPE_ integer not null,
    RESOURCE_ID_ varchar(255),
    PERMS_ integer,
    REMOVAL_TIME_ timestamp,
    ROOT_PROC_INST_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_RU_FILTER (
    ID_ varchar(64) not null,
    REV_ integer not null,
    RESOURCE_TYPE_ varchar(255) not null,
    NAME_ varchar(255) not null,
    OWNER_ varchar(255),
    QUERY_ text not null,
    PROPERTIES_ text,
    primary key (ID_)
);

create table ACT_RU_METER_LOG (
    ID_ varchar(64) not null,
    NAME_ varchar(64) not null,
    REPORTER_ varchar(255),
    VALUE_ bigint,
    TIMESTAMP_ timestamp,
    MILLISECONDS_ bigint default 0,
    primary key (ID_)
);

create table ACT_RU_TASK_METER_LOG (
    ID_ varchar(64) not null,
    ASSIGNEE_HASH_ bigint,
    TIMESTAMP_ timestamp,
    primary key (ID_)
);

create table ACT_RU_EXT_TASK (
    ID_ varchar(64) not null,
    REV_ integer not null,
    WORKER_ID_ varchar(255),
    TOPIC_NAME_ varchar(255),
    RETRIES_ integer,
    ERROR_MSG_ varchar(4000),
    ERROR_DETAILS_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    LOCK_EXP_TIME_ timestamp,
    CREATE_TIME_ timestamp,
    SUSPENSION_STATE_ integer,
    EXECUTION_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROC_INST_ID_ varchar(64) references ACT_RU_EXECUTION (ID_),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    PROC_DEF_KEY_ varchar(255),
    ACT_ID_ varchar(255),
    ACT_INST_ID_ varchar(64),
    TENANT_ID_ varchar(64),
    PRIORITY_ bigint not null default 0,
    LAST_FAILURE_LOG_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_RU_BATCH (
    ID_ varchar(64) not null,
    REV_ integer not null,
    TYPE_ varchar(255),
    TOTAL_JOBS_ integer,
    JOBS_CREATED_ integer,
    JOBS_PER_SEED_ integer,
    INVOCATIONS_PER_JOB_ integer,
    SEED_JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    BATCH_JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    MONITOR_JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    SUSPENSION_STATE_ integer,
    CONFIGURATION_ varchar(255) references ACT_GE_BYTEARRAY (ID_),
    TENANT_ID_ varchar(64),
    CREATE_USER_ID_ varchar(255),
    START_TIME_ timestamp,
    EXEC_START_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_ID_GROUP (
    ID_ varchar(64),
    REV_ integer,
    NAME_ varchar(255),
    TYPE_ varchar(255),
    primary key (ID_)
);

create table ACT_ID_USER (
    ID_ varchar(64),
    REV_ integer,
    FIRST_ varchar(255),
    LAST_ varchar(255),
    EMAIL_ varchar(255),
    PWD_ varchar(255),
    SALT_ varchar(255),
    LOCK_EXP_TIME_ timestamp,
    ATTEMPTS_ integer,
    PICTURE_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    primary key (ID_)
);

create table ACT_ID_MEMBERSHIP (
    USER_ID_ varchar(64) references ACT_ID_USER (ID_),
    GROUP_ID_ varchar(64) references ACT_ID_GROUP (ID_),
    primary key (USER_ID_, GROUP_ID_)
);

create table ACT_ID_INFO (
    ID_ varchar(64),
    REV_ integer,
    USER_ID_ varchar(64) references ACT_ID_USER (ID_),
    TYPE_ varchar(64),
    KEY_ varchar(255),
    VALUE_ varchar(255),
    PASSWORD_ bytea,
    PARENT_ID_ varchar(255) references ACT_ID_INFO (ID_),
    primary key (ID_)
);

create table ACT_ID_TENANT (
    ID_ varchar(64),
    REV_ integer,
    NAME_ varchar(255),
    primary key (ID_)
);

create table ACT_ID_TENANT_MEMBER (
    ID_ varchar(64) not null,
    TENANT_ID_ varchar(64) not null references ACT_ID_TENANT (ID_),
    USER_ID_ varchar(64) references ACT_ID_USER (ID_),
    GROUP_ID_ varchar(64) references ACT_ID_GROUP (ID_),
    primary key (ID_)
);

create table ACT_HI_PROCINST (
    ID_ varchar(64) not null,
    PROC_INST_ID_ varchar(64) not null,
    BUSINESS_KEY_ varchar(255),
    PROC_DEF_KEY_ varchar(255),
    PROC_DEF_ID_ varchar(64) not null references ACT_RE_PROCDEF (ID_),
    START_TIME_ timestamp not null,
    END_TIME_ timestamp,
    REMOVAL_TIME_ timestamp,
    DURATION_ bigint,
    START_USER_ID_ varchar(255),
    START_ACT_ID_ varchar(255),
    END_ACT_ID_ varchar(255),
    SUPER_PROCESS_INSTANCE_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    SUPER_CASE_INSTANCE_ID_ varchar(64) references ACT_HI_CASEINST (ID_),
    CASE_INST_ID_ varchar(64) references ACT_HI_CASEINST (ID_),
    DELETE_REASON_ varchar(4000),
    TENANT_ID_ varchar(64),
    STATE_ varchar(255),
    RESTARTED_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    primary key (ID_),
    unique (PROC_INST_ID_)
);

create table ACT_HI_ACTINST (
    ID_ varchar(64) not null,
    PARENT_ACT_INST_ID_ varchar(64) references ACT_HI_ACTINST (ID_),
    PROC_DEF_KEY_ varchar(255),
    PROC_DEF_ID_ varchar(64) not null references ACT_RE_PROCDEF (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_INST_ID_ varchar(64) not null references ACT_HI_PROCINST (ID_),
    EXECUTION_ID_ varchar(64) not null,
    ACT_ID_ varchar(255) not null,
    TASK_ID_ varchar(64) references ACT_HI_TASKINST (ID_),
    CALL_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    CALL_CASE_INST_ID_ varchar(64) references ACT_HI_CASEINST (ID_),
    ACT_NAME_ varchar(255),
    ACT_TYPE_ varchar(255) not null,
    ASSIGNEE_ varchar(255),
    START_TIME_ timestamp not null,
    END_TIME_ timestamp,
    DURATION_ bigint,
    ACT_INST_STATE_ integer,
    SEQUENCE_COUNTER_ bigint,
    TENANT_ID_ varchar(64),
    REMOVAL_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_HI_TASKINST (
    ID_ varchar(64) not null,
    TASK_DEF_KEY_ varchar(255),
    PROC_DEF_KEY_ varchar(255),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    EXECUTION_ID_ varchar(64),
    CASE_DEF_KEY_ varchar(255),
    CASE_DEF_ID_ varchar(64) references ACT_RE_CASE_DEF (ID_),
    CASE_INST_ID_ varchar(64) references ACT_HI_CASEINST (ID_),
    CASE_EXECUTION_ID_ varchar(64),
    ACT_INST_ID_ varchar(64),
    NAME_ varchar(255),
    PARENT_TASK_ID_ varchar(64) references ACT_HI_TASKINST (ID_),
    DESCRIPTION_ varchar(4000),
    OWNER_ varchar(255),
    ASSIGNEE_ varchar(255),
    START_TIME_ timestamp not null,
    END_TIME_ timestamp,
    DURATION_ bigint,
    DELETE_REASON_ varchar(4000),
    PRIORITY_ integer,
    DUE_DATE_ timestamp,
    FOLLOW_UP_DATE_ timestamp,
    TENANT_ID_ varchar(64),
    REMOVAL_TIME_ timestamp,
    TASK_STATE_ varchar(64),
    primary key (ID_)
);

create table ACT_HI_VARINST (
    ID_ varchar(64) not null,
    PROC_DEF_KEY_ varchar(255),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    EXECUTION_ID_ varchar(64),
    ACT_INST_ID_ varchar(64),
    CASE_DEF_KEY_ varchar(255),
    CASE_DEF_ID_ varchar(64) references ACT_RE_CASE_DEF (ID_),
    CASE_INST_ID_ varchar(64) references ACT_HI_CASEINST (ID_),
    CASE_EXECUTION_ID_ varchar(64),
    TASK_ID_ varchar(64) references ACT_HI_TASKINST (ID_),
    NAME_ varchar(255) not null,
    VAR_TYPE_ varchar(100),
    CREATE_TIME_ timestamp,
    REV_ integer,
    BYTEARRAY_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    DOUBLE_ double precision,
    LONG_ bigint,
    TEXT_ varchar(4000),
    TEXT2_ varchar(4000),
    TENANT_ID_ varchar(64),
    STATE_ varchar(20),
    REMOVAL_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_HI_DETAIL (
    ID_ varchar(64) not null,
    TYPE_ varchar(255) not null,
    PROC_DEF_KEY_ varchar(255),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    EXECUTION_ID_ varchar(64),
    CASE_DEF_KEY_ varchar(255),
    CASE_DEF_ID_ varchar(64) references ACT_RE_CASE_DEF (ID_),
    CASE_INST_ID_ varchar(64) references ACT_HI_CASEINST (ID_),
    CASE_EXECUTION_ID_ varchar(64),
    TASK_ID_ varchar(64) references ACT_HI_TASKINST (ID_),
    ACT_INST_ID_ varchar(64),
    VAR_INST_ID_ varchar(64) references ACT_HI_VARINST (ID_),
    NAME_ varchar(255) not null,
    VAR_TYPE_ varchar(64),
    REV_ integer,
    TIME_ timestamp not null,
    BYTEARRAY_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    DOUBLE_ double precision,
    LONG_ bigint,
    TEXT_ varchar(4000),
    TEXT2_ varchar(4000),
    SEQUENCE_COUNTER_ bigint,
    TENANT_ID_ varchar(64),
    OPERATION_ID_ varchar(64),
    REMOVAL_TIME_ timestamp,
    INITIAL_ boolean,
    primary key (ID_)
);

create table ACT_HI_IDENTITYLINK (
    ID_ varchar(64) not null,
    TIMESTAMP_ timestamp not null,
    TYPE_ varchar(255),
    USER_ID_ varchar(255),
    GROUP_ID_ varchar(255),
    TASK_ID_ varchar(64) references ACT_HI_TASKINST (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    OPERATION_TYPE_ varchar(64),
    ASSIGNER_ID_ varchar(64),
    PROC_DEF_KEY_ varchar(255),
    TENANT_ID_ varchar(64),
    REMOVAL_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_HI_COMMENT (
    ID_ varchar(64) not null,
    TYPE_ varchar(255),
    TIME_ timestamp not null,
    USER_ID_ varchar(255),
    TASK_ID_ varchar(64) references ACT_HI_TASKINST (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    ACTION_ varchar(255),
    MESSAGE_ varchar(4000),
    FULL_MSG_ bytea,
    TENANT_ID_ varchar(64),
    REMOVAL_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_HI_ATTACHMENT (
    ID_ varchar(64) not null,
    REV_ integer,
    USER_ID_ varchar(255),
    NAME_ varchar(255),
    DESCRIPTION_ varchar(4000),
    TYPE_ varchar(255),
    TASK_ID_ varchar(64) references ACT_HI_TASKINST (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    URL_ varchar(4000),
    CONTENT_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    TENANT_ID_ varchar(64),
    CREATE_TIME_ timestamp,
    REMOVAL_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_HI_OP_LOG (
    ID_ varchar(64) not null,
    DEPLOYMENT_ID_ varchar(64) references ACT_RE_DEPLOYMENT (ID_),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    PROC_DEF_KEY_ varchar(255),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    EXECUTION_ID_ varchar(64),
    CASE_DEF_ID_ varchar(64) references ACT_RE_CASE_DEF (ID_),
    CASE_INST_ID_ varchar(64) references ACT_HI_CASEINST (ID_),
    CASE_EXECUTION_ID_ varchar(64),
    TASK_ID_ varchar(64) references ACT_HI_TASKINST (ID_),
    JOB_ID_ varchar(64),
    JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    BATCH_ID_ varchar(64) references ACT_HI_BATCH (ID_),
    USER_ID_ varchar(255),
    TIMESTAMP_ timestamp not null,
    OPERATION_TYPE_ varchar(64),
    OPERATION_ID_ varchar(64),
    ENTITY_TYPE_ varchar(30),
    PROPERTY_ varchar(64),
    ORG_VALUE_ varchar(4000),
    NEW_VALUE_ varchar(4000),
    TENANT_ID_ varchar(64),
    REMOVAL_TIME_ timestamp,
    CATEGORY_ varchar(64),
    EXTERNAL_TASK_ID_ varchar(64),
    ANNOTATION_ varchar(4000),
    primary key (ID_)
);

create table ACT_HI_INCIDENT (
    ID_ varchar(64) not null,
    PROC_DEF_KEY_ varchar(255),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    EXECUTION_ID_ varchar(64),
    CREATE_TIME_ timestamp not null,
    END_TIME_ timestamp,
    INCIDENT_MSG_ varchar(4000),
    INCIDENT_TYPE_ varchar(255) not null,
    ACTIVITY_ID_ varchar(255),
    FAILED_ACTIVITY_ID_ varchar(255),
    CAUSE_INCIDENT_ID_ varchar(64) references ACT_HI_INCIDENT (ID_),
    ROOT_CAUSE_INCIDENT_ID_ varchar(64) references ACT_HI_INCIDENT (ID_),
    CONFIGURATION_ varchar(255),
    HISTORY_CONFIGURATION_ varchar(255),
    INCIDENT_STATE_ integer,
    TENANT_ID_ varchar(64),
    JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    ANNOTATION_ varchar(4000),
    REMOVAL_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_HI_JOB_LOG (
    ID_ varchar(64) not null,
    TIMESTAMP_ timestamp not null,
    JOB_ID_ varchar(64) not null,
    JOB_DUEDATE_ timestamp,
    JOB_RETRIES_ integer,
    JOB_PRIORITY_ bigint not null default 0,
    JOB_EXCEPTION_MSG_ varchar(4000),
    JOB_EXCEPTION_STACK_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    JOB_STATE_ integer,
    JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    JOB_DEF_TYPE_ varchar(255),
    JOB_DEF_CONFIGURATION_ varchar(255),
    ACT_ID_ varchar(255),
    FAILED_ACT_ID_ varchar(255),
    EXECUTION_ID_ varchar(64),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROCESS_INSTANCE_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROCESS_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    PROCESS_DEF_KEY_ varchar(255),
    DEPLOYMENT_ID_ varchar(64) references ACT_RE_DEPLOYMENT (ID_),
    SEQUENCE_COUNTER_ bigint,
    TENANT_ID_ varchar(64),
    HOSTNAME_ varchar(255),
    REMOVAL_TIME_ timestamp,
    BATCH_ID_ varchar(64) references ACT_HI_BATCH (ID_),
    primary key (ID_)
);

create table ACT_HI_BATCH (
    ID_ varchar(64) not null,
    TYPE_ varchar(255),
    TOTAL_JOBS_ integer,
    JOBS_PER_SEED_ integer,
    INVOCATIONS_PER_JOB_ integer,
    SEED_JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    MONITOR_JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    BATCH_JOB_DEF_ID_ varchar(64) references ACT_RU_JOBDEF (ID_),
    TENANT_ID_ varchar(64),
    CREATE_USER_ID_ varchar(255),
    START_TIME_ timestamp not null,
    END_TIME_ timestamp,
    REMOVAL_TIME_ timestamp,
    EXEC_START_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_HI_EXT_TASK_LOG (
    ID_ varchar(64) not null,
    TIMESTAMP_ timestamp not null,
    EXT_TASK_ID_ varchar(64) not null,
    RETRIES_ integer,
    TOPIC_NAME_ varchar(255),
    WORKER_ID_ varchar(255),
    PRIORITY_ bigint not null default 0,
    ERROR_MSG_ varchar(4000),
    ERROR_DETAILS_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    ACT_ID_ varchar(255),
    ACT_INST_ID_ varchar(64),
    EXECUTION_ID_ varchar(64),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    PROC_DEF_KEY_ varchar(255),
    TENANT_ID_ varchar(64),
    STATE_ integer,
    REMOVAL_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_HI_CASEINST (
    ID_ varchar(64) not null,
    CASE_INST_ID_ varchar(64) not null,
    BUSINESS_KEY_ varchar(255),
    CASE_DEF_ID_ varchar(64) not null references ACT_RE_CASE_DEF (ID_),
    CREATE_TIME_ timestamp not null,
    CLOSE_TIME_ timestamp,
    DURATION_ bigint,
    STATE_ integer,
    CREATE_USER_ID_ varchar(255),
    SUPER_CASE_INSTANCE_ID_ varchar(64) references ACT_HI_CASEINST (ID_),
    SUPER_PROCESS_INSTANCE_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    TENANT_ID_ varchar(64),
    primary key (ID_),
    unique (CASE_INST_ID_)
);

create table ACT_HI_CASEACTINST (
    ID_ varchar(64) not null,
    PARENT_ACT_INST_ID_ varchar(64) references ACT_HI_CASEACTINST (ID_),
    CASE_DEF_ID_ varchar(64) not null references ACT_RE_CASE_DEF (ID_),
    CASE_INST_ID_ varchar(64) not null references ACT_HI_CASEINST (ID_),
    CASE_ACT_ID_ varchar(255) not null,
    TASK_ID_ varchar(64) references ACT_HI_TASKINST (ID_),
    CALL_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    CALL_CASE_INST_ID_ varchar(64) references ACT_HI_CASEINST (ID_),
    CASE_ACT_NAME_ varchar(255),
    CASE_ACT_TYPE_ varchar(255),
    CREATE_TIME_ timestamp not null,
    END_TIME_ timestamp,
    DURATION_ bigint,
    STATE_ integer,
    REQUIRED_ boolean,
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_HI_DECINST (
    ID_ varchar(64) not null,
    DEC_DEF_ID_ varchar(64) not null references ACT_RE_DECISION_DEF (ID_),
    DEC_DEF_KEY_ varchar(255) not null,
    DEC_DEF_NAME_ varchar(255),
    PROC_DEF_KEY_ varchar(255),
    PROC_DEF_ID_ varchar(64) references ACT_RE_PROCDEF (ID_),
    PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    CASE_DEF_KEY_ varchar(255),
    CASE_DEF_ID_ varchar(64) references ACT_RE_CASE_DEF (ID_),
    CASE_INST_ID_ varchar(64) references ACT_HI_CASEINST (ID_),
    ACT_INST_ID_ varchar(64),
    ACT_ID_ varchar(255),
    EVAL_TIME_ timestamp not null,
    REMOVAL_TIME_ timestamp,
    COLLECT_VALUE_ double precision,
    USER_ID_ varchar(255),
    ROOT_DEC_INST_ID_ varchar(64) references ACT_HI_DECINST (ID_),
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    DEC_REQ_ID_ varchar(64) references ACT_RE_DECISION_REQ_DEF (ID_),
    DEC_REQ_KEY_ varchar(255),
    TENANT_ID_ varchar(64),
    primary key (ID_)
);

create table ACT_HI_DEC_IN (
    ID_ varchar(64) not null,
    DEC_INST_ID_ varchar(64) not null references ACT_HI_DECINST (ID_),
    CLAUSE_ID_ varchar(64),
    CLAUSE_NAME_ varchar(255),
    VAR_TYPE_ varchar(100),
    BYTEARRAY_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    DOUBLE_ double precision,
    LONG_ bigint,
    TEXT_ varchar(4000),
    TEXT2_ varchar(4000),
    TENANT_ID_ varchar(64),
    CREATE_TIME_ timestamp,
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    REMOVAL_TIME_ timestamp,
    primary key (ID_)
);

create table ACT_HI_DEC_OUT (
    ID_ varchar(64) not null,
    DEC_INST_ID_ varchar(64) not null references ACT_HI_DECINST (ID_),
    CLAUSE_ID_ varchar(64),
    CLAUSE_NAME_ varchar(255),
    RULE_ID_ varchar(64),
    RULE_ORDER_ integer,
    VAR_NAME_ varchar(255),
    VAR_TYPE_ varchar(100),
    BYTEARRAY_ID_ varchar(64) references ACT_GE_BYTEARRAY (ID_),
    DOUBLE_ double precision,
    LONG_ bigint,
    TEXT_ varchar(4000),
    TEXT2_ varchar(4000),
    TENANT_ID_ varchar(64),
    CREATE_TIME_ timestamp,
    ROOT_PROC_INST_ID_ varchar(64) references ACT_HI_PROCINST (ID_),
    REMOVAL_TIME_ timestamp,
    primary key (ID_)
);
