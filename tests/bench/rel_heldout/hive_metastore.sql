-- hive_metastore.sql: an eleventh blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind11). The database of
-- an Apache Hive metastore (Hive 3 / 4, as its PostgreSQL schema script
-- writes it): catalogs, databases, tables, storage descriptors, SerDes,
-- column descriptors, partitions, statistics, privileges and roles,
-- constraints, functions, resource plans (workload management), schema
-- registry, materialized views, the transaction and compaction tables, data
-- connectors and stored procedures. Written for this bench by an author who
-- had read neither the inference code nor its unit tests.
-- Hive conventions: quoted upper-case names ("TBLS", "TBL_ID"), plural
-- table names with singular keys ("DBS"."DB_ID", "SDS"."SD_ID", "CDS"."CD_ID",
-- "TBLS"."TBL_ID", "PARTITIONS"."PART_ID", "IDXS"."INDEX_ID"), bigint keys
-- handed out by DataNucleus (SEQUENCE_TABLE), parameter tables keyed by
-- (owner id, "PARAM_KEY"), list tables keyed by (owner id,
-- "INTEGER_IDX"), abbreviated prefixes in some tables ("TC_TXNID",
-- "CQ_ID", "CC_DATABASE", "T2W_TXNID", "MRL_TXN_ID"), references by name
-- rather than id in some places ("TAB_COL_STATS"."DB_NAME" / "TABLE_NAME"
-- beside "TBL_ID", the transaction tables' database / table names), and a
-- catalog referred to by name ("DBS"."CTLG_NAME").
-- The declared foreign keys are the truth: those Hive's script declares
-- (written inline so that SQLite reads them; DBS -> CTLGS by name among
-- them), plus a few links the metastore follows without a constraint
-- (KEY_CONSTRAINTS' parent / child table and column descriptor ids,
-- DBS.DATACONNECTOR_NAME, SCHEDULED_QUERIES.ACTIVE_EXECUTION_ID). The
-- transaction and compaction tables refer to databases and tables by name
-- and keep ids of transactions already purged from TXNS (0 for none), so
-- they carry no link, as in Hive; only TXN_COMPONENTS and
-- MIN_HISTORY_WRITE_ID refer to TXNS.

CREATE TABLE "CTLGS" (
    "CTLG_ID" bigint PRIMARY KEY,
    "NAME" varchar(256) UNIQUE,
    "DESC" varchar(4000),
    "LOCATION_URI" varchar(4000) NOT NULL,
    "CREATE_TIME" bigint
);

CREATE TABLE "DBS" (
    "DB_ID" bigint NOT NULL PRIMARY KEY,
    "DESC" varchar(4000),
    "DB_LOCATION_URI" varchar(4000) NOT NULL,
    "NAME" varchar(128),
    "OWNER_NAME" varchar(128),
    "OWNER_TYPE" varchar(10),
    "CTLG_NAME" varchar(256) NOT NULL DEFAULT 'hive' REFERENCES "CTLGS" ("NAME"),
    "CREATE_TIME" bigint,
    "DB_MANAGED_LOCATION_URI" varchar(4000),
    "TYPE" varchar(32) NOT NULL DEFAULT 'NATIVE',
    "DATACONNECTOR_NAME" varchar(128) REFERENCES "DATACONNECTORS" ("NAME"),
    "REMOTE_DBNAME" varchar(128)
);

CREATE TABLE "DATABASE_PARAMS" (
    "DB_ID" bigint NOT NULL REFERENCES "DBS" ("DB_ID"),
    "PARAM_KEY" varchar(180) NOT NULL,
    "PARAM_VALUE" varchar(4000),
    PRIMARY KEY ("DB_ID", "PARAM_KEY")
);

CREATE TABLE "DB_PRIVS" (
    "DB_GRANT_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" bigint NOT NULL,
    "DB_ID" bigint REFERENCES "DBS" ("DB_ID"),
    "GRANT_OPTION" smallint NOT NULL,
    "GRANTOR" varchar(128),
    "GRANTOR_TYPE" varchar(128),
    "PRINCIPAL_NAME" varchar(128),
    "PRINCIPAL_TYPE" varchar(128),
    "DB_PRIV" varchar(128),
    "AUTHORIZER" varchar(128)
);

CREATE TABLE "DATACONNECTORS" (
    "NAME" varchar(128) NOT NULL PRIMARY KEY,
    "TYPE" varchar(32) NOT NULL,
    "URL" varchar(4000) NOT NULL,
    "COMMENT" varchar(256),
    "OWNER_NAME" varchar(256),
    "OWNER_TYPE" varchar(10),
    "CREATE_TIME" integer NOT NULL
);

CREATE TABLE "DATACONNECTOR_PARAMS" (
    "NAME" varchar(128) NOT NULL REFERENCES "DATACONNECTORS" ("NAME"),
    "PARAM_KEY" varchar(180) NOT NULL,
    "PARAM_VALUE" varchar(4000),
    PRIMARY KEY ("NAME", "PARAM_KEY")
);

CREATE TABLE "DC_PRIVS" (
    "DC_GRANT_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" bigint NOT NULL,
    "NAME" varchar(128) REFERENCES "DATACONNECTORS" ("NAME"),
    "GRANT_OPTION" smallint NOT NULL,
    "GRANTOR" varchar(128),
    "GRANTOR_TYPE" varchar(128),
    "PRINCIPAL_NAME" varchar(128),
    "PRINCIPAL_TYPE" varchar(128),
    "DC_PRIV" varchar(128),
    "AUTHORIZER" varchar(128)
);

CREATE TABLE "GLOBAL_PRIVS" (
    "USER_GRANT_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" bigint NOT NULL,
    "GRANT_OPTION" smallint NOT NULL,
    "GRANTOR" varchar(128),
    "GRANTOR_TYPE" varchar(128),
    "PRINCIPAL_NAME" varchar(128),
    "PRINCIPAL_TYPE" varchar(128),
    "USER_PRIV" varchar(128),
    "AUTHORIZER" varchar(128)
);

CREATE TABLE "ROLES" (
    "ROLE_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" bigint NOT NULL,
    "OWNER_NAME" varchar(128),
    "ROLE_NAME" varchar(128) UNIQUE
);

CREATE TABLE "ROLE_MAP" (
    "ROLE_GRANT_ID" bigint NOT NULL PRIMARY KEY,
    "ADD_TIME" bigint NOT NULL,
    "GRANT_OPTION" smallint NOT NULL,
    "GRANTOR" varchar(128),
    "GRANTOR_TYPE" varchar(128),
    "PRINCIPAL_NAME" varchar(128),
    "PRINCIPAL_TYPE" varchar(128),
    "ROLE_ID" bigint REFERENCES "ROLES" ("ROLE_ID")
);

CREATE TABLE "SERDES" (
    "SERDE_ID" bigint NOT NULL PRIMARY KEY,
    "NAME" varchar(128),
    "SLIB" varchar(4000),
    "DESCRIPTION" varchar(4000),
    "SERIALIZER_CLASS" varchar(4000),
    "DESERIALIZER_CLASS" varchar(4000),
    "SERDE_TYPE" integer
);

CREATE TABLE "SERDE_PARAMS" (
    "SERDE_ID" bigint NOT NULL REFERENCES "SERDES" ("SERDE_ID"),
    "PARAM_KEY" varchar(256) NOT NULL,
    "PARAM_VALUE" text,
    PRIMARY KEY ("SERDE_ID", "PARAM_KEY")
);

CREATE TABLE "CDS" (
    "CD_ID" bigint NOT NULL PRIMARY KEY
);

CREATE TABLE "COLUMNS_V2" (
    "CD_ID" bigint NOT NULL REFERENCES "CDS" ("CD_ID"),
    "COMMENT" varchar(4000),
    "COLUMN_NAME" varchar(767) NOT NULL,
    "TYPE_NAME" text,
    "INTEGER_IDX" integer NOT NULL,
    PRIMARY KEY ("CD_ID", "COLUMN_NAME")
);

CREATE TABLE "SDS" (
    "SD_ID" bigint NOT NULL PRIMARY KEY,
    "INPUT_FORMAT" varchar(4000),
    "IS_COMPRESSED" boolean NOT NULL,
    "LOCATION" varchar(4000),
    "NUM_BUCKETS" bigint NOT NULL,
    "OUTPUT_FORMAT" varchar(4000),
    "SERDE_ID" bigint REFERENCES "SERDES" ("SERDE_ID"),
    "CD_ID" bigint REFERENCES "CDS" ("CD_ID"),
    "IS_STOREDASSUBDIRECTORIES" boolean NOT NULL
);

CREATE TABLE "SD_PARAMS" (
    "SD_ID" bigint NOT NULL REFERENCES "SDS" ("SD_ID"),
    "PARAM_KEY" varchar(256) NOT NULL,
    "PARAM_VALUE" text,
    PRIMARY KEY ("SD_ID", "PARAM_KEY")
);

CREATE TABLE "BUCKETING_COLS" (
    "SD_ID" bigint NOT NULL REFERENCES "SDS" ("SD_ID"),
    "BUCKET_COL_NAME" varchar(256),
    "INTEGER_IDX" bigint NOT NULL,
    PRIMARY KEY ("SD_ID", "INTEGER_IDX")
);

CREATE TABLE "SORT_COLS" (
    "SD_ID" bigint NOT NULL REFERENCES "SDS" ("SD_ID"),
    "COLUMN_NAME" varchar(767),
    "ORDER" bigint NOT NULL,
    "INTEGER_IDX" bigint NOT NULL,
    PRIMARY KEY ("SD_ID", "INTEGER_IDX")
);

CREATE TABLE "SKEWED_STRING_LIST" (
    "STRING_LIST_ID" bigint NOT NULL PRIMARY KEY
);

CREATE TABLE "SKEWED_STRING_LIST_VALUES" (
    "STRING_LIST_ID" bigint NOT NULL REFERENCES "SKEWED_STRING_LIST" ("STRING_LIST_ID"),
    "STRING_LIST_VALUE" varchar(256),
    "INTEGER_IDX" bigint NOT NULL,
    PRIMARY KEY ("STRING_LIST_ID", "INTEGER_IDX")
);

CREATE TABLE "SKEWED_COL_NAMES" (
    "SD_ID" bigint NOT NULL REFERENCES "SDS" ("SD_ID"),
    "SKEWED_COL_NAME" varchar(256),
    "INTEGER_IDX" bigint NOT NULL,
    PRIMARY KEY ("SD_ID", "INTEGER_IDX")
);

CREATE TABLE "SKEWED_COL_VALUE_LOC_MAP" (
    "SD_ID" bigint NOT NULL REFERENCES "SDS" ("SD_ID"),
    "STRING_LIST_ID_KID" bigint NOT NULL REFERENCES "SKEWED_STRING_LIST" ("STRING_LIST_ID"),
    "LOCATION" varchar(4000),
    PRIMARY KEY ("SD_ID", "STRING_LIST_ID_KID")
);

CREATE TABLE "SKEWED_VALUES" (
    "SD_ID_OID" bigint NOT NULL REFERENCES "SDS" ("SD_ID"),
    "STRING_LIST_ID_EID" bigint REFERENCES "SKEWED_STRING_LIST" ("STRING_LIST_ID"),
    "INTEGER_IDX" bigint NOT NULL,
    PRIMARY KEY ("SD_ID_OID", "INTEGER_IDX")
);

CREATE TABLE "TBLS" (
    "TBL_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" bigint NOT NULL,
    "DB_ID" bigint REFERENCES "DBS" ("DB_ID"),
    "LAST_ACCESS_TIME" bigint NOT NULL,
    "OWNER" varchar(767),
    "OWNER_TYPE" varchar(10),
    "RETENTION" bigint NOT NULL,
    "SD_ID" bigint REFERENCES "SDS" ("SD_ID"),
    "TBL_NAME" varchar(256),
    "TBL_TYPE" varchar(128),
    "VIEW_EXPANDED_TEXT" text,
    "VIEW_ORIGINAL_TEXT" text,
    "IS_REWRITE_ENABLED" boolean NOT NULL DEFAULT false,
    "WRITE_ID" bigint DEFAULT 0,
    UNIQUE ("TBL_NAME", "DB_ID")
);

CREATE TABLE "TABLE_PARAMS" (
    "TBL_ID" bigint NOT NULL REFERENCES "TBLS" ("TBL_ID"),
    "PARAM_KEY" varchar(256) NOT NULL,
    "PARAM_VALUE" text,
    PRIMARY KEY ("TBL_ID", "PARAM_KEY")
);

CREATE TABLE "PARTITION_KEYS" (
    "TBL_ID" bigint NOT NULL REFERENCES "TBLS" ("TBL_ID"),
    "PKEY_COMMENT" varchar(4000),
    "PKEY_NAME" varchar(128) NOT NULL,
    "PKEY_TYPE" varchar(767) NOT NULL,
    "INTEGER_IDX" bigint NOT NULL,
    PRIMARY KEY ("TBL_ID", "PKEY_NAME")
);

CREATE TABLE "PARTITIONS" (
    "PART_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" bigint NOT NULL,
    "LAST_ACCESS_TIME" bigint NOT NULL,
    "PART_NAME" varchar(767),
    "SD_ID" bigint REFERENCES "SDS" ("SD_ID"),
    "TBL_ID" bigint REFERENCES "TBLS" ("TBL_ID"),
    "WRITE_ID" bigint DEFAULT 0,
    UNIQUE ("PART_NAME", "TBL_ID")
);

CREATE TABLE "PARTITION_PARAMS" (
    "PART_ID" bigint NOT NULL REFERENCES "PARTITIONS" ("PART_ID"),
    "PARAM_KEY" varchar(256) NOT NULL,
    "PARAM_VALUE" text,
    PRIMARY KEY ("PART_ID", "PARAM_KEY")
);

CREATE TABLE "PARTITION_KEY_VALS" (
    "PART_ID" bigint NOT NULL REFERENCES "PARTITIONS" ("PART_ID"),
    "PART_KEY_VAL" varchar(256),
    "INTEGER_IDX" bigint NOT NULL,
    PRIMARY KEY ("PART_ID", "INTEGER_IDX")
);

CREATE TABLE "PARTITION_EVENTS" (
    "PART_NAME_ID" bigint NOT NULL PRIMARY KEY,
    "CAT_NAME" varchar(256),
    "DB_NAME" varchar(128),
    "EVENT_TIME" bigint NOT NULL,
    "EVENT_TYPE" integer NOT NULL,
    "PARTITION_NAME" varchar(767),
    "TBL_NAME" varchar(256)
);

CREATE TABLE "TBL_PRIVS" (
    "TBL_GRANT_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" bigint NOT NULL,
    "GRANT_OPTION" smallint NOT NULL,
    "GRANTOR" varchar(128),
    "GRANTOR_TYPE" varchar(128),
    "PRINCIPAL_NAME" varchar(128),
    "PRINCIPAL_TYPE" varchar(128),
    "TBL_PRIV" varchar(128),
    "TBL_ID" bigint REFERENCES "TBLS" ("TBL_ID"),
    "AUTHORIZER" varchar(128)
);

CREATE TABLE "TBL_COL_PRIVS" (
    "TBL_COLUMN_GRANT_ID" bigint NOT NULL PRIMARY KEY,
    "COLUMN_NAME" varchar(767),
    "CREATE_TIME" bigint NOT NULL,
    "GRANT_OPTION" smallint NOT NULL,
    "GRANTOR" varchar(128),
    "GRANTOR_TYPE" varchar(128),
    "PRINCIPAL_NAME" varchar(128),
    "PRINCIPAL_TYPE" varchar(128),
    "TBL_COL_PRIV" varchar(128),
    "TBL_ID" bigint REFERENCES "TBLS" ("TBL_ID"),
    "AUTHORIZER" varchar(128)
);

CREATE TABLE "PART_PRIVS" (
    "PART_GRANT_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" bigint NOT NULL,
    "GRANT_OPTION" smallint NOT NULL,
    "GRANTOR" varchar(128),
    "GRANTOR_TYPE" varchar(128),
    "PART_ID" bigint REFERENCES "PARTITIONS" ("PART_ID"),
    "PRINCIPAL_NAME" varchar(128),
    "PRINCIPAL_TYPE" varchar(128),
    "PART_PRIV" varchar(128),
    "AUTHORIZER" varchar(128)
);

CREATE TABLE "PART_COL_PRIVS" (
    "PART_COLUMN_GRANT_ID" bigint NOT NULL PRIMARY KEY,
    "COLUMN_NAME" varchar(767),
    "CREATE_TIME" bigint NOT NULL,
    "GRANT_OPTION" smallint NOT NULL,
    "GRANTOR" varchar(128),
    "GRANTOR_TYPE" varchar(128),
    "PART_ID" bigint REFERENCES "PARTITIONS" ("PART_ID"),
    "PRINCIPAL_NAME" varchar(128),
    "PRINCIPAL_TYPE" varchar(128),
    "PART_COL_PRIV" varchar(128),
    "AUTHORIZER" varchar(128)
);

CREATE TABLE "TAB_COL_STATS" (
    "CS_ID" bigint NOT NULL PRIMARY KEY,
    "CAT_NAME" varchar(256) NOT NULL DEFAULT 'hive',
    "DB_NAME" varchar(128) NOT NULL,
    "TABLE_NAME" varchar(256) NOT NULL,
    "COLUMN_NAME" varchar(767) NOT NULL,
    "COLUMN_TYPE" varchar(128) NOT NULL,
    "TBL_ID" bigint NOT NULL REFERENCES "TBLS" ("TBL_ID"),
    "LONG_LOW_VALUE" bigint,
    "LONG_HIGH_VALUE" bigint,
    "DOUBLE_LOW_VALUE" double precision,
    "DOUBLE_HIGH_VALUE" double precision,
    "BIG_DECIMAL_LOW_VALUE" varchar(4000),
    "BIG_DECIMAL_HIGH_VALUE" varchar(4000),
    "NUM_NULLS" bigint NOT NULL,
    "NUM_DISTINCTS" bigint,
    "BIT_VECTOR" bytea,
    "AVG_COL_LEN" double precision,
    "MAX_COL_LEN" bigint,
    "NUM_TRUES" bigint,
    "NUM_FALSES" bigint,
    "LAST_ANALYZED" bigint NOT NULL,
    "ENGINE" varchar(128) NOT NULL,
    "HISTOGRAM" bytea
);

CREATE TABLE "PART_COL_STATS" (
    "CS_ID" bigint NOT NULL PRIMARY KEY,
    "CAT_NAME" varchar(256) NOT NULL DEFAULT 'hive',
    "DB_NAME" varchar(128) NOT NULL,
    "TABLE_NAME" varchar(256) NOT NULL,
    "PARTITION_NAME" varchar(767) NOT NULL,
    "COLUMN_NAME" varchar(767) NOT NULL,
    "COLUMN_TYPE" varchar(128) NOT NULL,
    "PART_ID" bigint NOT NULL REFERENCES "PARTITIONS" ("PART_ID"),
    "LONG_LOW_VALUE" bigint,
    "LONG_HIGH_VALUE" bigint,
    "DOUBLE_LOW_VALUE" double precision,
    "DOUBLE_HIGH_VALUE" double precision,
    "BIG_DECIMAL_LOW_VALUE" varchar(4000),
    "BIG_DECIMAL_HIGH_VALUE" varchar(4000),
    "NUM_NULLS" bigint NOT NULL,
    "NUM_DISTINCTS" bigint,
    "BIT_VECTOR" bytea,
    "AVG_COL_LEN" double precision,
    "MAX_COL_LEN" bigint,
    "NUM_TRUES" bigint,
    "NUM_FALSES" bigint,
    "LAST_ANALYZED" bigint NOT NULL,
    "ENGINE" varchar(128) NOT NULL,
    "HISTOGRAM" bytea
);

CREATE TABLE "IDXS" (
    "INDEX_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" bigint NOT NULL,
    "DEFERRED_REBUILD" boolean NOT NULL,
    "INDEX_HANDLER_CLASS" varchar(4000),
    "INDEX_NAME" varchar(128),
    "INDEX_TBL_ID" bigint REFERENCES "TBLS" ("TBL_ID"),
    "LAST_ACCESS_TIME" bigint NOT NULL,
    "ORIG_TBL_ID" bigint REFERENCES "TBLS" ("TBL_ID"),
    "SD_ID" bigint REFERENCES "SDS" ("SD_ID"),
    UNIQUE ("INDEX_NAME", "ORIG_TBL_ID")
);

CREATE TABLE "INDEX_PARAMS" (
    "INDEX_ID" bigint NOT NULL REFERENCES "IDXS" ("INDEX_ID"),
    "PARAM_KEY" varchar(256) NOT NULL,
    "PARAM_VALUE" varchar(4000),
    PRIMARY KEY ("INDEX_ID", "PARAM_KEY")
);

CREATE TABLE "KEY_CONSTRAINTS" (
    "CHILD_CD_ID" bigint REFERENCES "CDS" ("CD_ID"),
    "CHILD_INTEGER_IDX" bigint,
    "CHILD_TBL_ID" bigint REFERENCES "TBLS" ("TBL_ID"),
    "PARENT_CD_ID" bigint REFERENCES "CDS" ("CD_ID"),
    "PARENT_INTEGER_IDX" bigint NOT NULL,
    "PARENT_TBL_ID" bigint NOT NULL REFERENCES "TBLS" ("TBL_ID"),
    "POSITION" bigint NOT NULL,
    "CONSTRAINT_NAME" varchar(400) NOT NULL,
    "CONSTRAINT_TYPE" smallint NOT NULL,
    "UPDATE_RULE" smallint,
    "DELETE_RULE" smallint,
    "ENABLE_VALIDATE_RELY" smallint NOT NULL,
    "DEFAULT_VALUE" varchar(400),
    PRIMARY KEY ("CONSTRAINT_NAME", "POSITION")
);

CREATE TABLE "FUNCS" (
    "FUNC_ID" bigint NOT NULL PRIMARY KEY,
    "CLASS_NAME" varchar(4000),
    "CREATE_TIME" integer NOT NULL,
    "DB_ID" bigint REFERENCES "DBS" ("DB_ID"),
    "FUNC_NAME" varchar(128),
    "FUNC_TYPE" integer NOT NULL,
    "OWNER_NAME" varchar(128),
    "OWNER_TYPE" varchar(10),
    UNIQUE ("FUNC_NAME", "DB_ID")
);

CREATE TABLE "FUNC_RU" (
    "FUNC_ID" bigint NOT NULL REFERENCES "FUNCS" ("FUNC_ID"),
    "RESOURCE_TYPE" integer NOT NULL,
    "RESOURCE_URI" varchar(4000),
    "INTEGER_IDX" integer NOT NULL,
    PRIMARY KEY ("FUNC_ID", "INTEGER_IDX")
);

CREATE TABLE "TYPES" (
    "TYPES_ID" bigint NOT NULL PRIMARY KEY,
    "TYPE_NAME" varchar(128) UNIQUE,
    "TYPE1" varchar(767),
    "TYPE2" varchar(767)
);

CREATE TABLE "TYPE_FIELDS" (
    "TYPE_NAME" bigint NOT NULL REFERENCES "TYPES" ("TYPES_ID"),
    "COMMENT" varchar(256),
    "FIELD_NAME" varchar(128) NOT NULL,
    "FIELD_TYPE" varchar(767) NOT NULL,
    "INTEGER_IDX" bigint NOT NULL,
    PRIMARY KEY ("TYPE_NAME", "FIELD_NAME")
);

CREATE TABLE "VERSION" (
    "VER_ID" bigint PRIMARY KEY,
    "SCHEMA_VERSION" varchar(127) NOT NULL,
    "VERSION_COMMENT" varchar(255) NOT NULL
);

CREATE TABLE "SEQUENCE_TABLE" (
    "SEQUENCE_NAME" varchar(255) NOT NULL PRIMARY KEY,
    "NEXT_VAL" bigint NOT NULL
);

CREATE TABLE "NUCLEUS_TABLES" (
    "CLASS_NAME" varchar(128) NOT NULL PRIMARY KEY,
    "TABLE_NAME" varchar(128) NOT NULL,
    "TYPE" varchar(4) NOT NULL,
    "OWNER" varchar(2) NOT NULL,
    "VERSION" varchar(20) NOT NULL,
    "INTERFACE_NAME" varchar(255)
);

CREATE TABLE "MASTER_KEYS" (
    "KEY_ID" serial PRIMARY KEY,
    "MASTER_KEY" varchar(767)
);

CREATE TABLE "DELEGATION_TOKENS" (
    "TOKEN_IDENT" varchar(767) NOT NULL PRIMARY KEY,
    "TOKEN" varchar(767)
);

CREATE TABLE "NOTIFICATION_LOG" (
    "NL_ID" bigint NOT NULL PRIMARY KEY,
    "EVENT_ID" bigint NOT NULL UNIQUE,
    "EVENT_TIME" integer NOT NULL,
    "EVENT_TYPE" varchar(32) NOT NULL,
    "CAT_NAME" varchar(256),
    "DB_NAME" varchar(128),
    "TBL_NAME" varchar(256),
    "MESSAGE" text,
    "MESSAGE_FORMAT" varchar(16)
);

CREATE TABLE "NOTIFICATION_SEQUENCE" (
    "NNI_ID" bigint NOT NULL PRIMARY KEY,
    "NEXT_EVENT_ID" bigint NOT NULL
);

CREATE TABLE "METASTORE_DB_PROPERTIES" (
    "PROPERTY_KEY" varchar(255) NOT NULL PRIMARY KEY,
    "PROPERTY_VALUE" varchar(1000) NOT NULL,
    "DESCRIPTION" varchar(1000),
    "PROPERTYCONTENT" bytea
);

CREATE TABLE "WM_RESOURCEPLAN" (
    "RP_ID" bigint NOT NULL PRIMARY KEY,
    "NAME" varchar(128) NOT NULL,
    "NS" varchar(128),
    "QUERY_PARALLELISM" integer,
    "STATUS" varchar(20) NOT NULL,
    "DEFAULT_POOL_ID" bigint REFERENCES "WM_POOL" ("POOL_ID"),
    UNIQUE ("NS", "NAME")
);

CREATE TABLE "WM_POOL" (
    "POOL_ID" bigint NOT NULL PRIMARY KEY,
    "RP_ID" bigint NOT NULL REFERENCES "WM_RESOURCEPLAN" ("RP_ID"),
    "PATH" varchar(1024) NOT NULL,
    "ALLOC_FRACTION" double precision,
    "QUERY_PARALLELISM" integer,
    "SCHEDULING_POLICY" varchar(1024),
    UNIQUE ("RP_ID", "PATH")
);

CREATE TABLE "WM_TRIGGER" (
    "TRIGGER_ID" bigint NOT NULL PRIMARY KEY,
    "RP_ID" bigint NOT NULL REFERENCES "WM_RESOURCEPLAN" ("RP_ID"),
    "NAME" varchar(128) NOT NULL,
    "TRIGGER_EXPRESSION" varchar(1024),
    "ACTION_EXPRESSION" varchar(1024),
    "IS_IN_UNMANAGED" smallint NOT NULL DEFAULT 0,
    UNIQUE ("RP_ID", "NAME")
);

CREATE TABLE "WM_POOL_TO_TRIGGER" (
    "POOL_ID" bigint NOT NULL REFERENCES "WM_POOL" ("POOL_ID"),
    "TRIGGER_ID" bigint NOT NULL REFERENCES "WM_TRIGGER" ("TRIGGER_ID"),
    PRIMARY KEY ("POOL_ID", "TRIGGER_ID")
);

CREATE TABLE "WM_MAPPING" (
    "MAPPING_ID" bigint NOT NULL PRIMARY KEY,
    "RP_ID" bigint NOT NULL REFERENCES "WM_RESOURCEPLAN" ("RP_ID"),
    "ENTITY_TYPE" varchar(128) NOT NULL,
    "ENTITY_NAME" varchar(128) NOT NULL,
    "POOL_ID" bigint REFERENCES "WM_POOL" ("POOL_ID"),
    "ORDERING" integer,
    UNIQUE ("RP_ID", "ENTITY_TYPE", "ENTITY_NAME")
);

CREATE TABLE "MV_CREATION_METADATA" (
    "MV_CREATION_METADATA_ID" bigint NOT NULL PRIMARY KEY,
    "CAT_NAME" varchar(256) NOT NULL,
    "DB_NAME" varchar(128) NOT NULL,
    "TBL_NAME" varchar(256) NOT NULL,
    "TXN_LIST" text,
    "MATERIALIZATION_TIME" bigint NOT NULL
);

CREATE TABLE "MV_TABLES_USED" (
    "MV_CREATION_METADATA_ID" bigint NOT NULL REFERENCES "MV_CREATION_METADATA" ("MV_CREATION_METADATA_ID"),
    "TBL_ID" bigint NOT NULL REFERENCES "TBLS" ("TBL_ID"),
    "INSERTED_COUNT" bigint NOT NULL DEFAULT 0,
    "UPDATED_COUNT" bigint NOT NULL DEFAULT 0,
    "DELETED_COUNT" bigint NOT NULL DEFAULT 0,
    PRIMARY KEY ("TBL_ID", "MV_CREATION_METADATA_ID")
);

CREATE TABLE "I_SCHEMA" (
    "SCHEMA_ID" bigint PRIMARY KEY,
    "SCHEMA_TYPE" integer NOT NULL,
    "NAME" varchar(256) UNIQUE,
    "DB_ID" bigint REFERENCES "DBS" ("DB_ID"),
    "COMPATIBILITY" integer NOT NULL,
    "VALIDATION_LEVEL" integer NOT NULL,
    "CAN_EVOLVE" boolean NOT NULL,
    "SCHEMA_GROUP" varchar(256),
    "DESCRIPTION" varchar(4000)
);

CREATE TABLE "SCHEMA_VERSION" (
    "SCHEMA_VERSION_ID" bigint PRIMARY KEY,
    "SCHEMA_ID" bigint REFERENCES "I_SCHEMA" ("SCHEMA_ID"),
    "VERSION" integer NOT NULL,
    "CREATED_AT" bigint NOT NULL,
    "CD_ID" bigint REFERENCES "CDS" ("CD_ID"),
    "STATE" integer NOT NULL,
    "DESCRIPTION" varchar(4000),
    "SCHEMA_TEXT" text,
    "FINGERPRINT" varchar(256),
    "SCHEMA_VERSION_NAME" varchar(256),
    "SERDE_ID" bigint REFERENCES "SERDES" ("SERDE_ID"),
    UNIQUE ("SCHEMA_ID", "VERSION")
);

CREATE TABLE "RUNTIME_STATS" (
    "RS_ID" bigint PRIMARY KEY,
    "CREATE_TIME" bigint NOT NULL,
    "WEIGHT" bigint NOT NULL,
    "PAYLOAD" bytea
);

CREATE TABLE "STORED_PROCS" (
    "SP_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" integer NOT NULL,
    "DB_ID" bigint NOT NULL REFERENCES "DBS" ("DB_ID"),
    "NAME" varchar(256) NOT NULL,
    "OWNER_NAME" varchar(128) NOT NULL,
    "SOURCE" text NOT NULL
);

CREATE TABLE "PACKAGES" (
    "PKG_ID" bigint NOT NULL PRIMARY KEY,
    "CREATE_TIME" integer NOT NULL,
    "DB_ID" bigint NOT NULL REFERENCES "DBS" ("DB_ID"),
    "NAME" varchar(256) NOT NULL,
    "OWNER_NAME" varchar(128) NOT NULL,
    "HEADER" text NOT NULL,
    "BODY" text NOT NULL
);

CREATE TABLE "REPLICATION_METRICS" (
    "RM_SCHEDULED_EXECUTION_ID" bigint NOT NULL PRIMARY KEY,
    "RM_POLICY" varchar(256) NOT NULL,
    "RM_DUMP_EXECUTION_ID" bigint NOT NULL,
    "RM_METADATA" varchar(4000),
    "RM_PROGRESS" varchar(10000),
    "RM_START_TIME" integer NOT NULL,
    "MESSAGE_FORMAT" varchar(16) DEFAULT 'json-0.2'
);

CREATE TABLE "SCHEDULED_QUERIES" (
    "SCHEDULED_QUERY_ID" bigint NOT NULL PRIMARY KEY,
    "CLUSTER_NAMESPACE" varchar(256),
    "ENABLED" boolean NOT NULL,
    "NEXT_EXECUTION" integer,
    "QUERY" varchar(4000),
    "SCHEDULE" varchar(256),
    "SCHEDULE_NAME" varchar(256),
    "USER" varchar(256),
    "ACTIVE_EXECUTION_ID" bigint REFERENCES "SCHEDULED_EXECUTIONS" ("SCHEDULED_EXECUTION_ID"),
    UNIQUE ("SCHEDULE_NAME", "CLUSTER_NAMESPACE")
);

CREATE TABLE "SCHEDULED_EXECUTIONS" (
    "SCHEDULED_EXECUTION_ID" bigint NOT NULL PRIMARY KEY,
    "SCHEDULED_QUERY_ID" bigint REFERENCES "SCHEDULED_QUERIES" ("SCHEDULED_QUERY_ID"),
    "EXECUTOR_QUERY_ID" varchar(256),
    "STATE" varchar(256),
    "START_TIME" integer,
    "END_TIME" integer,
    "ERROR_MESSAGE" varchar(2000),
    "LAST_UPDATE_TIME" integer
);

CREATE TABLE "TXNS" (
    "TXN_ID" bigserial PRIMARY KEY,
    "TXN_STATE" char(1) NOT NULL,
    "TXN_STARTED" bigint NOT NULL,
    "TXN_LAST_HEARTBEAT" bigint NOT NULL,
    "TXN_USER" varchar(128) NOT NULL,
    "TXN_HOST" varchar(128) NOT NULL,
    "TXN_AGENT_INFO" varchar(128),
    "TXN_META_INFO" varchar(128),
    "TXN_HEARTBEAT_COUNT" integer,
    "TXN_TYPE" integer
);

CREATE TABLE "TXN_COMPONENTS" (
    "TC_TXNID" bigint NOT NULL REFERENCES "TXNS" ("TXN_ID"),
    "TC_DATABASE" varchar(128) NOT NULL,
    "TC_TABLE" varchar(256),
    "TC_PARTITION" varchar(767),
    "TC_OPERATION_TYPE" char(1) NOT NULL,
    "TC_WRITEID" bigint
);

CREATE TABLE "COMPLETED_TXN_COMPONENTS" (
    "CTC_TXNID" bigint NOT NULL,
    "CTC_DATABASE" varchar(128) NOT NULL,
    "CTC_TABLE" varchar(256),
    "CTC_PARTITION" varchar(767),
    "CTC_TIMESTAMP" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    "CTC_WRITEID" bigint,
    "CTC_UPDATE_DELETE" char(1) NOT NULL
);

CREATE TABLE "TXN_LOCK_TBL" (
    "TXN_LOCK" bigint NOT NULL
);

CREATE TABLE "HIVE_LOCKS" (
    "HL_LOCK_EXT_ID" bigint NOT NULL,
    "HL_LOCK_INT_ID" bigint NOT NULL,
    "HL_TXNID" bigint NOT NULL DEFAULT 0,
    "HL_DB" varchar(128) NOT NULL,
    "HL_TABLE" varchar(256),
    "HL_PARTITION" varchar(767),
    "HL_LOCK_STATE" char(1) NOT NULL,
    "HL_LOCK_TYPE" char(1) NOT NULL,
    "HL_LAST_HEARTBEAT" bigint NOT NULL,
    "HL_ACQUIRED_AT" bigint,
    "HL_USER" varchar(128) NOT NULL,
    "HL_HOST" varchar(128) NOT NULL,
    "HL_HEARTBEAT_COUNT" integer,
    "HL_AGENT_INFO" varchar(128),
    "HL_BLOCKEDBY_EXT_ID" bigint,
    "HL_BLOCKEDBY_INT_ID" bigint,
    PRIMARY KEY ("HL_LOCK_EXT_ID", "HL_LOCK_INT_ID")
);

CREATE TABLE "NEXT_LOCK_ID" (
    "NL_NEXT" bigint NOT NULL
);

CREATE TABLE "COMPACTION_QUEUE" (
    "CQ_ID" bigint PRIMARY KEY,
    "CQ_DATABASE" varchar(128) NOT NULL,
    "CQ_TABLE" varchar(256) NOT NULL,
    "CQ_PARTITION" varchar(767),
    "CQ_STATE" char(1) NOT NULL,
    "CQ_TYPE" char(1) NOT NULL,
    "CQ_TBLPROPERTIES" varchar(2048),
    "CQ_WORKER_ID" varchar(128),
    "CQ_ENQUEUE_TIME" bigint,
    "CQ_START" bigint,
    "CQ_RUN_AS" varchar(128),
    "CQ_HIGHEST_WRITE_ID" bigint,
    "CQ_META_INFO" bytea,
    "CQ_HADOOP_JOB_ID" varchar(32),
    "CQ_ERROR_MESSAGE" text,
    "CQ_NEXT_TXN_ID" bigint,
    "CQ_TXN_ID" bigint,
    "CQ_COMMIT_TIME" bigint,
    "CQ_INITIATOR_ID" varchar(128),
    "CQ_INITIATOR_VERSION" varchar(128),
    "CQ_WORKER_VERSION" varchar(128),
    "CQ_CLEANER_START" bigint,
    "CQ_RETRY_RETENTION" bigint NOT NULL DEFAULT 0,
    "CQ_POOL_NAME" varchar(128),
    "CQ_NUMBER_OF_BUCKETS" integer,
    "CQ_ORDER_BY" varchar(4000)
);

CREATE TABLE "NEXT_COMPACTION_QUEUE_ID" (
    "NCQ_NEXT" bigint NOT NULL
);

CREATE TABLE "COMPLETED_COMPACTIONS" (
    "CC_ID" bigint PRIMARY KEY,
    "CC_DATABASE" varchar(128) NOT NULL,
    "CC_TABLE" varchar(256) NOT NULL,
    "CC_PARTITION" varchar(767),
    "CC_STATE" char(1) NOT NULL,
    "CC_TYPE" char(1) NOT NULL,
    "CC_TBLPROPERTIES" varchar(2048),
    "CC_WORKER_ID" varchar(128),
    "CC_ENQUEUE_TIME" bigint,
    "CC_START" bigint,
    "CC_END" bigint,
    "CC_RUN_AS" varchar(128),
    "CC_HIGHEST_WRITE_ID" bigint,
    "CC_META_INFO" bytea,
    "CC_HADOOP_JOB_ID" varchar(32),
    "CC_ERROR_MESSAGE" text,
    "CC_NEXT_TXN_ID" bigint,
    "CC_TXN_ID" bigint,
    "CC_COMMIT_TIME" bigint,
    "CC_INITIATOR_ID" varchar(128),
    "CC_INITIATOR_VERSION" varchar(128),
    "CC_WORKER_VERSION" varchar(128),
    "CC_POOL_NAME" varchar(128),
    "CC_NUMBER_OF_BUCKETS" integer,
    "CC_ORDER_BY" varchar(4000)
);

CREATE TABLE "COMPACTION_METRICS_CACHE" (
    "CMC_DATABASE" varchar(128) NOT NULL,
    "CMC_TABLE" varchar(256) NOT NULL,
    "CMC_PARTITION" varchar(767),
    "CMC_METRIC_TYPE" varchar(128) NOT NULL,
    "CMC_METRIC_VALUE" integer NOT NULL,
    "CMC_VERSION" integer NOT NULL
);

CREATE TABLE "AUX_TABLE" (
    "MT_KEY1" varchar(128) NOT NULL,
    "MT_KEY2" bigint NOT NULL,
    "MT_COMMENT" varchar(255),
    PRIMARY KEY ("MT_KEY1", "MT_KEY2")
);

CREATE TABLE "WRITE_SET" (
    "WS_DATABASE" varchar(128) NOT NULL,
    "WS_TABLE" varchar(256) NOT NULL,
    "WS_PARTITION" varchar(767),
    "WS_TXNID" bigint NOT NULL,
    "WS_COMMIT_ID" bigint NOT NULL,
    "WS_OPERATION_TYPE" char(1) NOT NULL
);

CREATE TABLE "TXN_TO_WRITE_ID" (
    "T2W_TXNID" bigint NOT NULL,
    "T2W_DATABASE" varchar(128) NOT NULL,
    "T2W_TABLE" varchar(256) NOT NULL,
    "T2W_WRITEID" bigint NOT NULL
);

CREATE TABLE "NEXT_WRITE_ID" (
    "NWI_DATABASE" varchar(128) NOT NULL,
    "NWI_TABLE" varchar(256) NOT NULL,
    "NWI_NEXT" bigint NOT NULL
);

CREATE TABLE "MIN_HISTORY_WRITE_ID" (
    "MH_TXNID" bigint NOT NULL REFERENCES "TXNS" ("TXN_ID"),
    "MH_DATABASE" varchar(128) NOT NULL,
    "MH_TABLE" varchar(256) NOT NULL,
    "MH_WRITEID" bigint NOT NULL
);

CREATE TABLE "MATERIALIZATION_REBUILD_LOCKS" (
    "MRL_TXN_ID" bigint NOT NULL,
    "MRL_DB_NAME" varchar(128) NOT NULL,
    "MRL_TBL_NAME" varchar(256) NOT NULL,
    "MRL_LAST_HEARTBEAT" bigint NOT NULL,
    PRIMARY KEY ("MRL_TXN_ID")
);

CREATE TABLE "REPL_TXN_MAP" (
    "RTM_REPL_POLICY" varchar(256) NOT NULL,
    "RTM_SRC_TXN_ID" bigint NOT NULL,
    "RTM_TARGET_TXN_ID" bigint NOT NULL,
    PRIMARY KEY ("RTM_REPL_POLICY", "RTM_SRC_TXN_ID")
);

CREATE TABLE "TXN_WRITE_NOTIFICATION_LOG" (
    "WNL_ID" bigint NOT NULL,
    "WNL_TXNID" bigint NOT NULL,
    "WNL_WRITEID" bigint NOT NULL,
    "WNL_DATABASE" varchar(128) NOT NULL,
    "WNL_TABLE" varchar(256) NOT NULL,
    "WNL_PARTITION" varchar(767) NOT NULL,
    "WNL_TABLE_OBJ" text NOT NULL,
    "WNL_PARTITION_OBJ" text,
    "WNL_FILES" text,
    "WNL_EVENT_TIME" integer NOT NULL,
    PRIMARY KEY ("WNL_TXNID", "WNL_DATABASE", "WNL_TABLE", "WNL_PARTITION")
);

CREATE TABLE "TXN_WRITE_NOTIFICATION_LOG_SEQ" (
    "NEXT_VAL" bigint NOT NULL
);
