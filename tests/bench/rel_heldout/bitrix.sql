-- bitrix.sql: a twenty-fourth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind24). The database of a 1C-Bitrix
-- Site Manager (Bitrix Framework, PHP; MySQL in the product, written here
-- for PostgreSQL with quoted upper-case column names) with its main, iblock,
-- catalog, currency, sale and forum modules: cultures, languages and sites,
-- modules and options, files, users and groups, access tasks, agents, the
-- event log and mail events, user fields, information blocks with types,
-- sections, elements and properties, highload blocks, currencies and
-- rates, VAT, measures, catalog products, price types and prices, stores,
-- person types, order statuses, companies, pay systems and delivery
-- services, buyers (fuser), orders with properties, baskets, payments and
-- shipments, forums with topics, messages and users.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Bitrix's install/mysql scripts,
-- trimmed.
-- Conventions: every table prefixed b_<module>_ (b_iblock_element,
-- b_sale_order, b_catalog_price; the main module's plain b_: b_user,
-- b_file), upper-case columns, an integer ID key; sites and languages keyed
-- by a two-letter text LID (b_lang is the site table, b_language the
-- language table) and referred to as LID, SITE_ID, LANGUAGE_ID or LANG;
-- other text keys: module ID (MODULE_ID, MODULE), iblock type ID, currency
-- CURRENCY (char 3; CURRENCY, BASE_CURRENCY, PURCHASING_CURRENCY,
-- PS_CURRENCY), order status ID (char 2, STATUS_ID); links named
-- <ENTITY>_ID after the table without its prefix (IBLOCK_ID,
-- IBLOCK_SECTION_ID, ORDER_ID, BASKET_ID, FUSER_ID, CATALOG_GROUP_ID,
-- PERSON_TYPE_ID, PAY_SYSTEM_ID -> b_sale_pay_system_action, DELIVERY_ID ->
-- b_sale_delivery_srv, STORE_ID, TOPIC_ID), by role (CREATED_BY,
-- MODIFIED_BY, WF_LOCKED_BY, LOCKED_BY, EMP_PAYED_ID, EMP_CANCELED_ID,
-- EMP_STATUS_ID, RESPONSIBLE_ID, AUTHOR_ID, EDITOR_ID, LAST_POSTER_ID,
-- USER_START_ID, OWNER_ID, LINK_IBLOCK_ID, PRODUCT_IBLOCK_ID,
-- SKU_PROPERTY_ID, WF_PARENT_ELEMENT_ID, SET_PARENT_ID, PARENT_ID) or with
-- no suffix at all (PERSONAL_PHOTO, WORK_LOGO, PICTURE, PREVIEW_PICTURE,
-- DETAIL_PICTURE, LOGOTIP, AVATAR, ATTACH_IMG -> b_file, MEASURE ->
-- b_catalog_measure, LAST_POST -> b_forum_message, VALUE_ENUM ->
-- b_iblock_property_enum); b_sale_basket.MEASURE_CODE holds the unique
-- b_catalog_measure.CODE; 1:1 extension tables keyed by their owner's id
-- (b_catalog_product.ID = the element's ID, b_catalog_iblock.IBLOCK_ID,
-- the user-field value tables b_uts_user / b_uts_iblock_5_section keyed by
-- VALUE_ID); b_hlblock_entity_lang refers to its block by a column named
-- ID; PRODUCT_ID of prices, store amounts and baskets refers to
-- b_catalog_product.
-- Bitrix declares no FKs: the REFERENCES are the links its code follows
-- (forum <-> message, topic <-> message are cycles).
-- Left without REFERENCES: links into modules not in this trim
-- (SOCNET_GROUP_ID, LOCATION_ID, DELIVERY_LOCATION, RECURRING_ID,
-- AFFILIATE_ID, GUEST_ID, b_forum_user.RANK_ID), b_sale_order.DELIVERY_ID
-- (a text delivery code), b_sale_pay_system_action.PAY_SYSTEM_ID (a
-- legacy id of the merged pay-system table), TRIAL_PRICE_ID, the event
-- names (b_event_message.EVENT_NAME, b_event.EVENT_NAME: b_event_type
-- holds one row per name and language), b_event.LID (a list of sites),
-- the polymorphic ENTITY_TYPE / ENTITY_ID pairs (b_iblock_right,
-- b_sale_order_props_value) and b_sale_order_change.ENTITY / ENTITY_ID,
-- b_forum_message.PARAM1 / PARAM2 (the entity a comment thread belongs
-- to), b_event_log.ITEM_ID / AUDIT_TYPE_ID, b_iblock_right.GROUP_CODE
-- (access codes such as G2), b_user_field.ENTITY_ID and USER_TYPE_ID
-- (text names), b_uts_user.UF_DEPARTMENT (a serialized list),
-- template folder names (TEMPLATE, SITE_TEMPLATE_ID),
-- b_user.PERSONAL_COUNTRY (a country number).

CREATE TABLE "b_culture" (
    "ID" serial PRIMARY KEY,
    "CODE" varchar(255),
    "NAME" varchar(255),
    "FORMAT_DATE" varchar(255),
    "FORMAT_DATETIME" varchar(255),
    "FORMAT_NAME" varchar(255),
    "WEEK_START" int,
    "CHARSET" varchar(255),
    "DIRECTION" char(1)
);

CREATE TABLE "b_language" (
    "LID" char(2) PRIMARY KEY,
    "SORT" int NOT NULL,
    "DEF" char(1) NOT NULL,
    "ACTIVE" char(1) NOT NULL,
    "NAME" varchar(50) NOT NULL,
    "CULTURE_ID" int REFERENCES "b_culture" ("ID"),
    "CODE" varchar(35)
);

CREATE TABLE "b_lang" (
    "LID" char(2) PRIMARY KEY,
    "SORT" int NOT NULL,
    "DEF" char(1) NOT NULL,
    "ACTIVE" char(1) NOT NULL,
    "NAME" varchar(50) NOT NULL,
    "DIR" varchar(50) NOT NULL,
    "LANGUAGE_ID" char(2) NOT NULL REFERENCES "b_language" ("LID"),
    "DOC_ROOT" varchar(255),
    "DOMAIN_LIMITED" char(1) NOT NULL,
    "SERVER_NAME" varchar(255),
    "SITE_NAME" varchar(255),
    "EMAIL" varchar(255),
    "CULTURE_ID" int REFERENCES "b_culture" ("ID")
);

CREATE TABLE "b_lang_domain" (
    "LID" char(2) NOT NULL REFERENCES "b_lang" ("LID"),
    "DOMAIN" varchar(255) NOT NULL,
    PRIMARY KEY ("LID", "DOMAIN")
);

CREATE TABLE "b_site_template" (
    "ID" serial PRIMARY KEY,
    "SITE_ID" char(2) NOT NULL REFERENCES "b_lang" ("LID"),
    "CONDITION" varchar(255),
    "SORT" int NOT NULL,
    "TEMPLATE" varchar(255) NOT NULL
);

CREATE TABLE "b_module" (
    "ID" varchar(50) PRIMARY KEY,
    "DATE_ACTIVE" timestamp
);

CREATE TABLE "b_option" (
    "MODULE_ID" varchar(50) NOT NULL REFERENCES "b_module" ("ID"),
    "NAME" varchar(100) NOT NULL,
    "VALUE" text,
    "DESCRIPTION" varchar(255),
    "SITE_ID" char(2) REFERENCES "b_lang" ("LID"),
    PRIMARY KEY ("MODULE_ID", "NAME")
);

CREATE TABLE "b_file" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp NOT NULL,
    "MODULE_ID" varchar(50) REFERENCES "b_module" ("ID"),
    "HEIGHT" int,
    "WIDTH" int,
    "FILE_SIZE" bigint,
    "CONTENT_TYPE" varchar(255),
    "SUBDIR" varchar(255),
    "FILE_NAME" varchar(255) NOT NULL,
    "ORIGINAL_NAME" varchar(255),
    "DESCRIPTION" varchar(255),
    "HANDLER_ID" varchar(50),
    "EXTERNAL_ID" varchar(50)
);

CREATE TABLE "b_user" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp,
    "LOGIN" varchar(50) NOT NULL UNIQUE,
    "PASSWORD" varchar(255) NOT NULL,
    "CHECKWORD" varchar(255),
    "ACTIVE" char(1) NOT NULL,
    "NAME" varchar(50),
    "LAST_NAME" varchar(50),
    "SECOND_NAME" varchar(50),
    "EMAIL" varchar(255),
    "LAST_LOGIN" timestamp,
    "DATE_REGISTER" timestamp NOT NULL,
    "LID" char(2) REFERENCES "b_lang" ("LID"),
    "PERSONAL_PROFESSION" varchar(255),
    "PERSONAL_WWW" varchar(255),
    "PERSONAL_BIRTHDAY" date,
    "PERSONAL_PHOTO" int REFERENCES "b_file" ("ID"),
    "PERSONAL_GENDER" char(1),
    "PERSONAL_PHONE" varchar(255),
    "PERSONAL_MOBILE" varchar(255),
    "PERSONAL_CITY" varchar(255),
    "PERSONAL_COUNTRY" varchar(255),
    "WORK_COMPANY" varchar(255),
    "WORK_POSITION" varchar(255),
    "WORK_LOGO" int REFERENCES "b_file" ("ID"),
    "XML_ID" varchar(255),
    "EXTERNAL_AUTH_ID" varchar(255),
    "LANGUAGE_ID" char(2) REFERENCES "b_language" ("LID"),
    "TIME_ZONE" varchar(50),
    "CONFIRM_CODE" varchar(8),
    "LOGIN_ATTEMPTS" int,
    "LAST_ACTIVITY_DATE" timestamp,
    "BLOCKED" char(1) NOT NULL
);

CREATE TABLE "b_group" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp,
    "ACTIVE" char(1) NOT NULL,
    "C_SORT" int NOT NULL,
    "ANONYMOUS" char(1) NOT NULL,
    "IS_SYSTEM" char(1) NOT NULL,
    "NAME" varchar(255) NOT NULL,
    "DESCRIPTION" varchar(255),
    "SECURITY_POLICY" text,
    "STRING_ID" varchar(255)
);

CREATE TABLE "b_user_group" (
    "USER_ID" int NOT NULL REFERENCES "b_user" ("ID"),
    "GROUP_ID" int NOT NULL REFERENCES "b_group" ("ID"),
    "DATE_ACTIVE_FROM" timestamp,
    "DATE_ACTIVE_TO" timestamp,
    PRIMARY KEY ("USER_ID", "GROUP_ID")
);

CREATE TABLE "b_task" (
    "ID" serial PRIMARY KEY,
    "NAME" varchar(100) NOT NULL,
    "LETTER" char(1),
    "MODULE_ID" varchar(50) NOT NULL REFERENCES "b_module" ("ID"),
    "SYS" char(1) NOT NULL,
    "DESCRIPTION" varchar(255),
    "BINDING" varchar(50)
);

CREATE TABLE "b_group_task" (
    "GROUP_ID" int NOT NULL REFERENCES "b_group" ("ID"),
    "TASK_ID" int NOT NULL REFERENCES "b_task" ("ID"),
    "EXTERNAL_ID" varchar(50),
    PRIMARY KEY ("GROUP_ID", "TASK_ID")
);

CREATE TABLE "b_agent" (
    "ID" serial PRIMARY KEY,
    "MODULE_ID" varchar(50) REFERENCES "b_module" ("ID"),
    "SORT" int NOT NULL,
    "NAME" text,
    "ACTIVE" char(1) NOT NULL,
    "LAST_EXEC" timestamp,
    "NEXT_EXEC" timestamp NOT NULL,
    "DATE_CHECK" timestamp,
    "AGENT_INTERVAL" int,
    "IS_PERIOD" char(1),
    "USER_ID" int REFERENCES "b_user" ("ID"),
    "RUNNING" char(1) NOT NULL,
    "RETRY_COUNT" int
);

CREATE TABLE "b_event_log" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp NOT NULL,
    "SEVERITY" varchar(50) NOT NULL,
    "AUDIT_TYPE_ID" varchar(50) NOT NULL,
    "MODULE_ID" varchar(50) NOT NULL REFERENCES "b_module" ("ID"),
    "ITEM_ID" varchar(255) NOT NULL,
    "REMOTE_ADDR" varchar(40),
    "USER_AGENT" text,
    "REQUEST_URI" text,
    "SITE_ID" char(2) REFERENCES "b_lang" ("LID"),
    "USER_ID" int REFERENCES "b_user" ("ID"),
    "GUEST_ID" int,
    "DESCRIPTION" text
);

CREATE TABLE "b_event_type" (
    "ID" serial PRIMARY KEY,
    "LID" char(2) NOT NULL REFERENCES "b_language" ("LID"),
    "EVENT_NAME" varchar(255) NOT NULL,
    "NAME" varchar(100),
    "DESCRIPTION" text,
    "SORT" int NOT NULL,
    "EVENT_TYPE" varchar(50) NOT NULL
);

CREATE TABLE "b_event_message" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp NOT NULL,
    "EVENT_NAME" varchar(255) NOT NULL,
    "LID" char(2) REFERENCES "b_lang" ("LID"),
    "ACTIVE" char(1) NOT NULL,
    "EMAIL_FROM" varchar(255) NOT NULL,
    "EMAIL_TO" varchar(255) NOT NULL,
    "SUBJECT" varchar(255),
    "MESSAGE" text,
    "MESSAGE_PHP" text,
    "BODY_TYPE" varchar(4) NOT NULL,
    "BCC" text,
    "REPLY_TO" varchar(255),
    "SITE_TEMPLATE_ID" varchar(255),
    "LANGUAGE_ID" char(2) REFERENCES "b_language" ("LID")
);

CREATE TABLE "b_event_message_site" (
    "EVENT_MESSAGE_ID" int NOT NULL REFERENCES "b_event_message" ("ID"),
    "SITE_ID" char(2) NOT NULL REFERENCES "b_lang" ("LID"),
    PRIMARY KEY ("EVENT_MESSAGE_ID", "SITE_ID")
);

CREATE TABLE "b_event" (
    "ID" serial PRIMARY KEY,
    "EVENT_NAME" varchar(255) NOT NULL,
    "MESSAGE_ID" int REFERENCES "b_event_message" ("ID"),
    "LID" varchar(255) NOT NULL,
    "C_FIELDS" text,
    "DATE_INSERT" timestamp,
    "DATE_EXEC" timestamp,
    "SUCCESS_EXEC" char(1) NOT NULL,
    "DUPLICATE" char(1) NOT NULL,
    "LANGUAGE_ID" char(2) REFERENCES "b_language" ("LID")
);

CREATE TABLE "b_user_field" (
    "ID" serial PRIMARY KEY,
    "ENTITY_ID" varchar(50),
    "FIELD_NAME" varchar(50),
    "USER_TYPE_ID" varchar(50),
    "XML_ID" varchar(255),
    "SORT" int,
    "MULTIPLE" char(1) NOT NULL,
    "MANDATORY" char(1) NOT NULL,
    "SHOW_FILTER" char(1) NOT NULL,
    "SHOW_IN_LIST" char(1) NOT NULL,
    "EDIT_IN_LIST" char(1) NOT NULL,
    "IS_SEARCHABLE" char(1) NOT NULL,
    "SETTINGS" text
);

CREATE TABLE "b_user_field_lang" (
    "USER_FIELD_ID" int NOT NULL REFERENCES "b_user_field" ("ID"),
    "LANGUAGE_ID" char(2) NOT NULL REFERENCES "b_language" ("LID"),
    "EDIT_FORM_LABEL" varchar(255),
    "LIST_COLUMN_LABEL" varchar(255),
    "LIST_FILTER_LABEL" varchar(255),
    "ERROR_MESSAGE" varchar(255),
    "HELP_MESSAGE" varchar(255),
    PRIMARY KEY ("USER_FIELD_ID", "LANGUAGE_ID")
);

CREATE TABLE "b_user_field_enum" (
    "ID" serial PRIMARY KEY,
    "USER_FIELD_ID" int REFERENCES "b_user_field" ("ID"),
    "VALUE" varchar(255) NOT NULL,
    "DEF" char(1) NOT NULL,
    "SORT" int NOT NULL,
    "XML_ID" varchar(255) NOT NULL
);

CREATE TABLE "b_uts_user" (
    "VALUE_ID" int PRIMARY KEY REFERENCES "b_user" ("ID"),
    "UF_DEPARTMENT" text,
    "UF_PHONE_INNER" varchar(255),
    "UF_SKYPE" varchar(255),
    "UF_EMPLOYMENT_DATE" timestamp,
    "UF_INTERESTS" text
);

CREATE TABLE "b_workflow_status" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp NOT NULL,
    "C_SORT" int,
    "ACTIVE" char(1) NOT NULL,
    "TITLE" varchar(255) NOT NULL,
    "DESCRIPTION" text,
    "IS_FINAL" char(1) NOT NULL,
    "NOTIFY" char(1) NOT NULL
);

CREATE TABLE "b_iblock_type" (
    "ID" varchar(50) PRIMARY KEY,
    "SECTIONS" char(1) NOT NULL,
    "EDIT_FILE_BEFORE" varchar(255),
    "EDIT_FILE_AFTER" varchar(255),
    "IN_RSS" char(1) NOT NULL,
    "SORT" int NOT NULL
);

CREATE TABLE "b_iblock_type_lang" (
    "IBLOCK_TYPE_ID" varchar(50) NOT NULL REFERENCES "b_iblock_type" ("ID"),
    "LID" char(2) NOT NULL REFERENCES "b_language" ("LID"),
    "NAME" varchar(100) NOT NULL,
    "SECTION_NAME" varchar(100),
    "ELEMENT_NAME" varchar(100) NOT NULL,
    PRIMARY KEY ("IBLOCK_TYPE_ID", "LID")
);

CREATE TABLE "b_iblock" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp NOT NULL,
    "IBLOCK_TYPE_ID" varchar(50) NOT NULL REFERENCES "b_iblock_type" ("ID"),
    "LID" char(2) NOT NULL REFERENCES "b_lang" ("LID"),
    "CODE" varchar(50),
    "API_CODE" varchar(50),
    "NAME" varchar(255) NOT NULL,
    "ACTIVE" char(1) NOT NULL,
    "SORT" int NOT NULL,
    "LIST_PAGE_URL" varchar(255),
    "DETAIL_PAGE_URL" varchar(255),
    "SECTION_PAGE_URL" varchar(255),
    "PICTURE" int REFERENCES "b_file" ("ID"),
    "DESCRIPTION" text,
    "DESCRIPTION_TYPE" char(4) NOT NULL,
    "XML_ID" varchar(255),
    "TMP_ID" varchar(40),
    "INDEX_ELEMENT" char(1) NOT NULL,
    "INDEX_SECTION" char(1) NOT NULL,
    "WORKFLOW" char(1) NOT NULL,
    "BIZPROC" char(1) NOT NULL,
    "SECTION_CHOOSER" char(1),
    "RIGHTS_MODE" char(1),
    "SECTION_PROPERTY" char(1),
    "VERSION" int NOT NULL,
    "LAST_CONV_ELEMENT" int NOT NULL,
    "SOCNET_GROUP_ID" int,
    "EDIT_FILE_BEFORE" varchar(255),
    "EDIT_FILE_AFTER" varchar(255),
    "SECTIONS_NAME" varchar(100),
    "ELEMENTS_NAME" varchar(100)
);

CREATE TABLE "b_iblock_site" (
    "IBLOCK_ID" int NOT NULL REFERENCES "b_iblock" ("ID"),
    "SITE_ID" char(2) NOT NULL REFERENCES "b_lang" ("LID"),
    PRIMARY KEY ("IBLOCK_ID", "SITE_ID")
);

CREATE TABLE "b_iblock_section" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp NOT NULL,
    "MODIFIED_BY" int REFERENCES "b_user" ("ID"),
    "DATE_CREATE" timestamp,
    "CREATED_BY" int REFERENCES "b_user" ("ID"),
    "IBLOCK_ID" int NOT NULL REFERENCES "b_iblock" ("ID"),
    "IBLOCK_SECTION_ID" int REFERENCES "b_iblock_section" ("ID"),
    "ACTIVE" char(1) NOT NULL,
    "GLOBAL_ACTIVE" char(1) NOT NULL,
    "SORT" int NOT NULL,
    "NAME" varchar(255) NOT NULL,
    "PICTURE" int REFERENCES "b_file" ("ID"),
    "LEFT_MARGIN" int,
    "RIGHT_MARGIN" int,
    "DEPTH_LEVEL" int,
    "DESCRIPTION" text,
    "DESCRIPTION_TYPE" char(4) NOT NULL,
    "SEARCHABLE_CONTENT" text,
    "CODE" varchar(255),
    "XML_ID" varchar(255),
    "TMP_ID" varchar(40),
    "DETAIL_PICTURE" int REFERENCES "b_file" ("ID"),
    "SOCNET_GROUP_ID" int
);

CREATE TABLE "b_iblock_element" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp,
    "MODIFIED_BY" int REFERENCES "b_user" ("ID"),
    "DATE_CREATE" timestamp,
    "CREATED_BY" int REFERENCES "b_user" ("ID"),
    "IBLOCK_ID" int NOT NULL REFERENCES "b_iblock" ("ID"),
    "IBLOCK_SECTION_ID" int REFERENCES "b_iblock_section" ("ID"),
    "ACTIVE" char(1) NOT NULL,
    "ACTIVE_FROM" timestamp,
    "ACTIVE_TO" timestamp,
    "SORT" int NOT NULL,
    "NAME" varchar(255) NOT NULL,
    "PREVIEW_PICTURE" int REFERENCES "b_file" ("ID"),
    "PREVIEW_TEXT" text,
    "PREVIEW_TEXT_TYPE" varchar(4) NOT NULL,
    "DETAIL_PICTURE" int REFERENCES "b_file" ("ID"),
    "DETAIL_TEXT" text,
    "DETAIL_TEXT_TYPE" varchar(4) NOT NULL,
    "SEARCHABLE_CONTENT" text,
    "WF_STATUS_ID" int REFERENCES "b_workflow_status" ("ID"),
    "WF_PARENT_ELEMENT_ID" int REFERENCES "b_iblock_element" ("ID"),
    "WF_NEW" char(1),
    "WF_LOCKED_BY" int REFERENCES "b_user" ("ID"),
    "WF_DATE_LOCK" timestamp,
    "WF_COMMENTS" text,
    "IN_SECTIONS" char(1) NOT NULL,
    "XML_ID" varchar(255),
    "CODE" varchar(255),
    "TAGS" varchar(255),
    "TMP_ID" varchar(40),
    "WF_LAST_HISTORY_ID" int REFERENCES "b_iblock_element" ("ID"),
    "SHOW_COUNTER" int,
    "SHOW_COUNTER_START" timestamp
);

CREATE TABLE "b_iblock_property" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp NOT NULL,
    "IBLOCK_ID" int NOT NULL REFERENCES "b_iblock" ("ID"),
    "NAME" varchar(255) NOT NULL,
    "ACTIVE" char(1) NOT NULL,
    "SORT" int NOT NULL,
    "CODE" varchar(50),
    "DEFAULT_VALUE" text,
    "PROPERTY_TYPE" char(1) NOT NULL,
    "ROW_COUNT" int NOT NULL,
    "COL_COUNT" int NOT NULL,
    "LIST_TYPE" char(1) NOT NULL,
    "MULTIPLE" char(1) NOT NULL,
    "XML_ID" varchar(100),
    "FILE_TYPE" varchar(200),
    "MULTIPLE_CNT" int,
    "TMP_ID" varchar(40),
    "LINK_IBLOCK_ID" int REFERENCES "b_iblock" ("ID"),
    "WITH_DESCRIPTION" char(1),
    "SEARCHABLE" char(1) NOT NULL,
    "FILTRABLE" char(1) NOT NULL,
    "IS_REQUIRED" char(1),
    "VERSION" int NOT NULL,
    "USER_TYPE" varchar(255),
    "USER_TYPE_SETTINGS" text,
    "HINT" varchar(255)
);

CREATE TABLE "b_iblock_property_enum" (
    "ID" serial PRIMARY KEY,
    "PROPERTY_ID" int NOT NULL REFERENCES "b_iblock_property" ("ID"),
    "VALUE" varchar(255) NOT NULL,
    "DEF" char(1) NOT NULL,
    "SORT" int NOT NULL,
    "XML_ID" varchar(200) NOT NULL,
    "TMP_ID" varchar(40)
);

CREATE TABLE "b_iblock_element_property" (
    "ID" serial PRIMARY KEY,
    "IBLOCK_PROPERTY_ID" int NOT NULL REFERENCES "b_iblock_property" ("ID"),
    "IBLOCK_ELEMENT_ID" int NOT NULL REFERENCES "b_iblock_element" ("ID"),
    "VALUE" text NOT NULL,
    "VALUE_TYPE" char(4) NOT NULL,
    "VALUE_ENUM" int REFERENCES "b_iblock_property_enum" ("ID"),
    "VALUE_NUM" numeric(18,4),
    "DESCRIPTION" varchar(255)
);

CREATE TABLE "b_iblock_section_element" (
    "IBLOCK_SECTION_ID" int NOT NULL REFERENCES "b_iblock_section" ("ID"),
    "IBLOCK_ELEMENT_ID" int NOT NULL REFERENCES "b_iblock_element" ("ID"),
    "ADDITIONAL_PROPERTY_ID" int REFERENCES "b_iblock_property" ("ID"),
    PRIMARY KEY ("IBLOCK_SECTION_ID", "IBLOCK_ELEMENT_ID")
);

CREATE TABLE "b_iblock_section_property" (
    "IBLOCK_ID" int NOT NULL REFERENCES "b_iblock" ("ID"),
    "SECTION_ID" int NOT NULL REFERENCES "b_iblock_section" ("ID"),
    "PROPERTY_ID" int NOT NULL REFERENCES "b_iblock_property" ("ID"),
    "SMART_FILTER" char(1),
    "DISPLAY_TYPE" char(1),
    "DISPLAY_EXPANDED" char(1),
    "FILTER_HINT" varchar(255),
    PRIMARY KEY ("IBLOCK_ID", "SECTION_ID", "PROPERTY_ID")
);

CREATE TABLE "b_iblock_right" (
    "ID" serial PRIMARY KEY,
    "IBLOCK_ID" int NOT NULL REFERENCES "b_iblock" ("ID"),
    "GROUP_CODE" varchar(50) NOT NULL,
    "ENTITY_TYPE" varchar(32) NOT NULL,
    "ENTITY_ID" int NOT NULL,
    "DO_INHERIT" char(1) NOT NULL,
    "TASK_ID" int NOT NULL REFERENCES "b_task" ("ID"),
    "OP_SREAD" char(1) NOT NULL,
    "OP_EREAD" char(1) NOT NULL,
    "XML_ID" varchar(32)
);

CREATE TABLE "b_uts_iblock_5_section" (
    "VALUE_ID" int PRIMARY KEY REFERENCES "b_iblock_section" ("ID"),
    "UF_BROWSER_TITLE" varchar(255),
    "UF_KEYWORDS" text,
    "UF_BACKGROUND_IMAGE" int REFERENCES "b_file" ("ID")
);

CREATE TABLE "b_hlblock_entity" (
    "ID" serial PRIMARY KEY,
    "NAME" varchar(100) NOT NULL,
    "TABLE_NAME" varchar(64) NOT NULL
);

CREATE TABLE "b_hlblock_entity_lang" (
    "ID" int NOT NULL REFERENCES "b_hlblock_entity" ("ID"),
    "LID" char(2) NOT NULL REFERENCES "b_language" ("LID"),
    "NAME" varchar(100) NOT NULL,
    PRIMARY KEY ("ID", "LID")
);

CREATE TABLE "b_hlblock_entity_rights" (
    "ID" serial PRIMARY KEY,
    "HL_ID" int NOT NULL REFERENCES "b_hlblock_entity" ("ID"),
    "TASK_ID" int NOT NULL REFERENCES "b_task" ("ID"),
    "ACCESS_CODE" varchar(50) NOT NULL
);

CREATE TABLE "b_catalog_currency" (
    "CURRENCY" char(3) PRIMARY KEY,
    "AMOUNT_CNT" int NOT NULL,
    "AMOUNT" numeric(18,4),
    "SORT" int NOT NULL,
    "DATE_UPDATE" timestamp NOT NULL,
    "NUMCODE" char(3),
    "BASE" char(1) NOT NULL,
    "CREATED_BY" int REFERENCES "b_user" ("ID"),
    "DATE_CREATE" timestamp,
    "MODIFIED_BY" int REFERENCES "b_user" ("ID"),
    "CURRENT_BASE_RATE" numeric(26,12)
);

CREATE TABLE "b_catalog_currency_lang" (
    "CURRENCY" char(3) NOT NULL REFERENCES "b_catalog_currency" ("CURRENCY"),
    "LID" char(2) NOT NULL REFERENCES "b_language" ("LID"),
    "FORMAT_STRING" varchar(50) NOT NULL,
    "FULL_NAME" varchar(50),
    "DEC_POINT" varchar(16),
    "THOUSANDS_SEP" varchar(16),
    "DECIMALS" int NOT NULL,
    "THOUSANDS_VARIANT" char(1),
    "HIDE_ZERO" char(1) NOT NULL,
    "CREATED_BY" int REFERENCES "b_user" ("ID"),
    "DATE_CREATE" timestamp,
    "MODIFIED_BY" int REFERENCES "b_user" ("ID"),
    "TIMESTAMP_X" timestamp,
    PRIMARY KEY ("CURRENCY", "LID")
);

CREATE TABLE "b_catalog_currency_rate" (
    "ID" serial PRIMARY KEY,
    "CURRENCY" char(3) NOT NULL REFERENCES "b_catalog_currency" ("CURRENCY"),
    "BASE_CURRENCY" char(3) NOT NULL REFERENCES "b_catalog_currency" ("CURRENCY"),
    "DATE_RATE" date NOT NULL,
    "RATE_CNT" int NOT NULL,
    "RATE" numeric(18,4) NOT NULL,
    "CREATED_BY" int REFERENCES "b_user" ("ID"),
    "DATE_CREATE" timestamp,
    "MODIFIED_BY" int REFERENCES "b_user" ("ID"),
    "TIMESTAMP_X" timestamp
);

CREATE TABLE "b_catalog_vat" (
    "ID" serial PRIMARY KEY,
    "TIMESTAMP_X" timestamp NOT NULL,
    "ACTIVE" char(1) NOT NULL,
    "C_SORT" int NOT NULL,
    "NAME" varchar(50) NOT NULL,
    "RATE" numeric(18,2),
    "EXCLUDE_VAT" char(1) NOT NULL,
    "XML_ID" varchar(255)
);

CREATE TABLE "b_catalog_measure" (
    "ID" serial PRIMARY KEY,
    "CODE" int NOT NULL UNIQUE,
    "MEASURE_TITLE" varchar(500),
    "SYMBOL" varchar(20),
    "SYMBOL_INTL" varchar(20),
    "SYMBOL_LETTER_INTL" varchar(20),
    "IS_DEFAULT" char(1) NOT NULL
);

CREATE TABLE "b_catalog_iblock" (
    "IBLOCK_ID" int PRIMARY KEY REFERENCES "b_iblock" ("ID"),
    "YANDEX_EXPORT" char(1) NOT NULL,
    "SUBSCRIPTION" char(1) NOT NULL,
    "VAT_ID" int REFERENCES "b_catalog_vat" ("ID"),
    "PRODUCT_IBLOCK_ID" int NOT NULL REFERENCES "b_iblock" ("ID"),
    "SKU_PROPERTY_ID" int NOT NULL REFERENCES "b_iblock_property" ("ID")
);

CREATE TABLE "b_catalog_product" (
    "ID" int PRIMARY KEY REFERENCES "b_iblock_element" ("ID"),
    "QUANTITY" double precision NOT NULL,
    "QUANTITY_TRACE" char(1) NOT NULL,
    "WEIGHT" double precision NOT NULL,
    "TIMESTAMP_X" timestamp NOT NULL,
    "PRICE_TYPE" char(1) NOT NULL,
    "RECUR_SCHEME_LENGTH" int,
    "RECUR_SCHEME_TYPE" char(1) NOT NULL,
    "TRIAL_PRICE_ID" int,
    "WITHOUT_ORDER" char(1) NOT NULL,
    "VAT_ID" int REFERENCES "b_catalog_vat" ("ID"),
    "VAT_INCLUDED" char(1),
    "CAN_BUY_ZERO" char(1) NOT NULL,
    "NEGATIVE_AMOUNT_TRACE" char(1) NOT NULL,
    "TMP_ID" varchar(40),
    "PURCHASING_PRICE" numeric(18,2),
    "PURCHASING_CURRENCY" char(3) REFERENCES "b_catalog_currency" ("CURRENCY"),
    "BARCODE_MULTI" char(1) NOT NULL,
    "QUANTITY_RESERVED" double precision,
    "SUBSCRIBE" char(1),
    "WIDTH" double precision,
    "LENGTH" double precision,
    "HEIGHT" double precision,
    "MEASURE" int REFERENCES "b_catalog_measure" ("ID"),
    "TYPE" int,
    "AVAILABLE" char(1),
    "BUNDLE" char(1)
);

CREATE TABLE "b_catalog_group" (
    "ID" serial PRIMARY KEY,
    "NAME" varchar(100) NOT NULL,
    "BASE" char(1) NOT NULL,
    "SORT" int NOT NULL,
    "XML_ID" varchar(255),
    "TIMESTAMP_X" timestamp,
    "MODIFIED_BY" int REFERENCES "b_user" ("ID"),
    "CREATED_BY" int REFERENCES "b_user" ("ID"),
    "DATE_CREATE" timestamp
);

CREATE TABLE "b_catalog_group_lang" (
    "ID" serial PRIMARY KEY,
    "CATALOG_GROUP_ID" int NOT NULL REFERENCES "b_catalog_group" ("ID"),
    "LANG" char(2) NOT NULL REFERENCES "b_language" ("LID"),
    "NAME" varchar(100)
);

CREATE TABLE "b_catalog_group2group" (
    "ID" serial PRIMARY KEY,
    "CATALOG_GROUP_ID" int NOT NULL REFERENCES "b_catalog_group" ("ID"),
    "GROUP_ID" int NOT NULL REFERENCES "b_group" ("ID"),
    "BUY" char(1) NOT NULL
);

CREATE TABLE "b_catalog_extra" (
    "ID" serial PRIMARY KEY,
    "NAME" varchar(50) NOT NULL,
    "PERCENTAGE" numeric(18,2) NOT NULL
);

CREATE TABLE "b_catalog_price" (
    "ID" serial PRIMARY KEY,
    "PRODUCT_ID" int NOT NULL REFERENCES "b_catalog_product" ("ID"),
    "EXTRA_ID" int REFERENCES "b_catalog_extra" ("ID"),
    "CATALOG_GROUP_ID" int NOT NULL REFERENCES "b_catalog_group" ("ID"),
    "PRICE" numeric(18,2) NOT NULL,
    "CURRENCY" char(3) NOT NULL REFERENCES "b_catalog_currency" ("CURRENCY"),
    "TIMESTAMP_X" timestamp NOT NULL,
    "QUANTITY_FROM" int,
    "QUANTITY_TO" int,
    "TMP_ID" varchar(40),
    "PRICE_SCALE" numeric(26,12)
);

CREATE TABLE "b_catalog_store" (
    "ID" serial PRIMARY KEY,
    "TITLE" varchar(75),
    "ACTIVE" char(1) NOT NULL,
    "ADDRESS" varchar(245) NOT NULL,
    "DESCRIPTION" text,
    "GPS_N" varchar(15),
    "GPS_S" varchar(15),
    "IMAGE_ID" int REFERENCES "b_file" ("ID"),
    "LOCATION_ID" int,
    "DATE_MODIFY" timestamp,
    "DATE_CREATE" timestamp,
    "USER_ID" int REFERENCES "b_user" ("ID"),
    "MODIFIED_BY" int REFERENCES "b_user" ("ID"),
    "PHONE" varchar(45),
    "SCHEDULE" varchar(255),
    "XML_ID" varchar(255),
    "SORT" int NOT NULL,
    "EMAIL" varchar(255),
    "ISSUING_CENTER" char(1) NOT NULL,
    "SHIPPING_CENTER" char(1) NOT NULL,
    "SITE_ID" char(2) REFERENCES "b_lang" ("LID"),
    "CODE" varchar(255)
);

CREATE TABLE "b_catalog_store_product" (
    "ID" serial PRIMARY KEY,
    "PRODUCT_ID" int NOT NULL REFERENCES "b_catalog_product" ("ID"),
    "AMOUNT" double precision NOT NULL,
    "STORE_ID" int NOT NULL REFERENCES "b_catalog_store" ("ID"),
    "QUANTITY_RESERVED" double precision
);

CREATE TABLE "b_catalog_measure_ratio" (
    "ID" serial PRIMARY KEY,
    "PRODUCT_ID" int NOT NULL REFERENCES "b_catalog_product" ("ID"),
    "RATIO" double precision NOT NULL,
    "IS_DEFAULT" char(1) NOT NULL
);

CREATE TABLE "b_sale_person_type" (
    "ID" serial PRIMARY KEY,
    "LID" char(2) REFERENCES "b_lang" ("LID"),
    "NAME" varchar(255) NOT NULL,
    "CODE" varchar(255),
    "SORT" int NOT NULL,
    "ACTIVE" char(1) NOT NULL,
    "XML_ID" varchar(255),
    "ENTITY_REGISTRY_TYPE" varchar(255)
);

CREATE TABLE "b_sale_status" (
    "ID" char(2) PRIMARY KEY,
    "TYPE" char(1) NOT NULL,
    "SORT" int NOT NULL,
    "NOTIFY" char(1) NOT NULL,
    "COLOR" char(10),
    "XML_ID" varchar(255)
);

CREATE TABLE "b_sale_status_lang" (
    "STATUS_ID" char(2) NOT NULL REFERENCES "b_sale_status" ("ID"),
    "LID" char(2) NOT NULL REFERENCES "b_language" ("LID"),
    "NAME" varchar(100) NOT NULL,
    "DESCRIPTION" varchar(255),
    "NOTIFY" char(1),
    PRIMARY KEY ("STATUS_ID", "LID")
);

CREATE TABLE "b_sale_company" (
    "ID" serial PRIMARY KEY,
    "NAME" varchar(128) NOT NULL,
    "LOCATION_ID" varchar(128),
    "CODE" varchar(45),
    "XML_ID" varchar(45),
    "ACTIVE" char(1) NOT NULL,
    "DATE_CREATE" timestamp,
    "DATE_MODIFY" timestamp,
    "CREATED_BY" int REFERENCES "b_user" ("ID"),
    "MODIFIED_BY" int REFERENCES "b_user" ("ID"),
    "ADDRESS" varchar(255),
    "SORT" int NOT NULL
);

CREATE TABLE "b_sale_pay_system_action" (
    "ID" serial PRIMARY KEY,
    "PAY_SYSTEM_ID" int,
    "PERSON_TYPE_ID" int REFERENCES "b_sale_person_type" ("ID"),
    "NAME" varchar(255) NOT NULL,
    "PSA_NAME" varchar(255) NOT NULL,
    "CODE" varchar(50),
    "SORT" int NOT NULL,
    "DESCRIPTION" text,
    "ACTION_FILE" varchar(255),
    "RESULT_FILE" varchar(255),
    "NEW_WINDOW" char(1) NOT NULL,
    "PARAMS" text,
    "TARIF" text,
    "PS_MODE" varchar(20),
    "HAVE_PAYMENT" char(1) NOT NULL,
    "HAVE_ACTION" char(1) NOT NULL,
    "HAVE_RESULT" char(1) NOT NULL,
    "HAVE_PREPAY" char(1) NOT NULL,
    "HAVE_PRICE" char(1) NOT NULL,
    "HAVE_RESULT_RECEIVE" char(1) NOT NULL,
    "ENCODING" varchar(45),
    "LOGOTIP" int REFERENCES "b_file" ("ID"),
    "ACTIVE" char(1) NOT NULL,
    "ALLOW_EDIT_PAYMENT" char(1) NOT NULL,
    "IS_CASH" char(1) NOT NULL,
    "AUTO_CHANGE_1C" char(1) NOT NULL,
    "CAN_PRINT_CHECK" char(1) NOT NULL,
    "ENTITY_REGISTRY_TYPE" varchar(255),
    "XML_ID" varchar(255)
);

CREATE TABLE "b_sale_delivery_srv" (
    "ID" serial PRIMARY KEY,
    "CODE" varchar(50),
    "PARENT_ID" int REFERENCES "b_sale_delivery_srv" ("ID"),
    "NAME" varchar(255) NOT NULL,
    "ACTIVE" char(1) NOT NULL,
    "DESCRIPTION" text,
    "SORT" int NOT NULL,
    "LOGOTIP" int REFERENCES "b_file" ("ID"),
    "CONFIG" text,
    "CLASS_NAME" varchar(255) NOT NULL,
    "CURRENCY" char(3) NOT NULL REFERENCES "b_catalog_currency" ("CURRENCY"),
    "TRACKING_PARAMS" varchar(255),
    "ALLOW_EDIT_SHIPMENT" char(1) NOT NULL,
    "VAT_ID" int REFERENCES "b_catalog_vat" ("ID"),
    "XML_ID" varchar(255)
);

CREATE TABLE "b_sale_fuser" (
    "ID" serial PRIMARY KEY,
    "DATE_INSERT" timestamp NOT NULL,
    "DATE_UPDATE" timestamp NOT NULL,
    "USER_ID" int REFERENCES "b_user" ("ID"),
    "CODE" varchar(32)
);

CREATE TABLE "b_sale_order" (
    "ID" serial PRIMARY KEY,
    "LID" char(2) NOT NULL REFERENCES "b_lang" ("LID"),
    "PERSON_TYPE_ID" int NOT NULL REFERENCES "b_sale_person_type" ("ID"),
    "PAYED" char(1) NOT NULL,
    "DATE_PAYED" timestamp,
    "EMP_PAYED_ID" int REFERENCES "b_user" ("ID"),
    "CANCELED" char(1) NOT NULL,
    "DATE_CANCELED" timestamp,
    "EMP_CANCELED_ID" int REFERENCES "b_user" ("ID"),
    "REASON_CANCELED" varchar(255),
    "STATUS_ID" char(2) NOT NULL REFERENCES "b_sale_status" ("ID"),
    "DATE_STATUS" timestamp NOT NULL,
    "EMP_STATUS_ID" int REFERENCES "b_user" ("ID"),
    "PRICE_DELIVERY" numeric(18,4) NOT NULL,
    "ALLOW_DELIVERY" char(1) NOT NULL,
    "DATE_ALLOW_DELIVERY" timestamp,
    "EMP_ALLOW_DELIVERY_ID" int REFERENCES "b_user" ("ID"),
    "DEDUCTED" char(1) NOT NULL,
    "DATE_DEDUCTED" timestamp,
    "EMP_DEDUCTED_ID" int REFERENCES "b_user" ("ID"),
    "MARKED" char(1) NOT NULL,
    "DATE_MARKED" timestamp,
    "EMP_MARKED_ID" int REFERENCES "b_user" ("ID"),
    "REASON_MARKED" varchar(255),
    "RESERVED" char(1) NOT NULL,
    "PRICE" numeric(18,4) NOT NULL,
    "CURRENCY" char(3) NOT NULL REFERENCES "b_catalog_currency" ("CURRENCY"),
    "DISCOUNT_VALUE" numeric(18,4) NOT NULL,
    "USER_ID" int NOT NULL REFERENCES "b_user" ("ID"),
    "PAY_SYSTEM_ID" int REFERENCES "b_sale_pay_system_action" ("ID"),
    "DELIVERY_ID" varchar(50),
    "DATE_INSERT" timestamp NOT NULL,
    "DATE_UPDATE" timestamp NOT NULL,
    "USER_DESCRIPTION" varchar(2000),
    "ADDITIONAL_INFO" varchar(255),
    "COMMENTS" text,
    "TAX_VALUE" numeric(18,2) NOT NULL,
    "STAT_GID" varchar(255),
    "SUM_PAID" numeric(18,2) NOT NULL,
    "RECURRING_ID" int,
    "PAY_VOUCHER_NUM" varchar(20),
    "PAY_VOUCHER_DATE" date,
    "LOCKED_BY" int REFERENCES "b_user" ("ID"),
    "DATE_LOCK" timestamp,
    "RECOUNT_FLAG" char(1) NOT NULL,
    "AFFILIATE_ID" int,
    "DELIVERY_DOC_NUM" varchar(20),
    "DELIVERY_DOC_DATE" date,
    "UPDATED_1C" char(1) NOT NULL,
    "ORDER_TOPIC" varchar(255),
    "RESPONSIBLE_ID" int REFERENCES "b_user" ("ID"),
    "DATE_PAY_BEFORE" timestamp,
    "DATE_BILL" timestamp,
    "ACCOUNT_NUMBER" varchar(100) UNIQUE,
    "TRACKING_NUMBER" varchar(255),
    "XML_ID" varchar(255),
    "ID_1C" varchar(36),
    "VERSION_1C" varchar(15),
    "VERSION" int NOT NULL,
    "EXTERNAL_ORDER" char(1) NOT NULL,
    "STORE_ID" int REFERENCES "b_catalog_store" ("ID"),
    "COMPANY_ID" int REFERENCES "b_sale_company" ("ID"),
    "CREATED_BY" int REFERENCES "b_user" ("ID"),
    "RUNNING" char(1) NOT NULL,
    "BX_USER_ID" varchar(32)
);

CREATE TABLE "b_sale_order_props_group" (
    "ID" serial PRIMARY KEY,
    "PERSON_TYPE_ID" int NOT NULL REFERENCES "b_sale_person_type" ("ID"),
    "NAME" varchar(255) NOT NULL,
    "SORT" int NOT NULL,
    "CODE" varchar(50)
);

CREATE TABLE "b_sale_order_props" (
    "ID" serial PRIMARY KEY,
    "PERSON_TYPE_ID" int NOT NULL REFERENCES "b_sale_person_type" ("ID"),
    "NAME" varchar(255) NOT NULL,
    "TYPE" varchar(20) NOT NULL,
    "REQUIRED" char(1) NOT NULL,
    "DEFAULT_VALUE" varchar(500),
    "SORT" int NOT NULL,
    "USER_PROPS" char(1) NOT NULL,
    "IS_LOCATION" char(1) NOT NULL,
    "PROPS_GROUP_ID" int NOT NULL REFERENCES "b_sale_order_props_group" ("ID"),
    "DESCRIPTION" varchar(255),
    "IS_EMAIL" char(1) NOT NULL,
    "IS_PROFILE_NAME" char(1) NOT NULL,
    "IS_PAYER" char(1) NOT NULL,
    "IS_LOCATION4TAX" char(1) NOT NULL,
    "IS_FILTERED" char(1) NOT NULL,
    "CODE" varchar(50),
    "IS_ZIP" char(1) NOT NULL,
    "IS_PHONE" char(1) NOT NULL,
    "IS_ADDRESS" char(1) NOT NULL,
    "ACTIVE" char(1) NOT NULL,
    "UTIL" char(1) NOT NULL,
    "INPUT_FIELD_LOCATION" int NOT NULL,
    "MULTIPLE" char(1) NOT NULL,
    "SETTINGS" text,
    "ENTITY_REGISTRY_TYPE" varchar(255),
    "XML_ID" varchar(255),
    "ENTITY_TYPE" varchar(255) NOT NULL
);

CREATE TABLE "b_sale_order_props_value" (
    "ID" serial PRIMARY KEY,
    "ORDER_ID" int NOT NULL REFERENCES "b_sale_order" ("ID"),
    "ORDER_PROPS_ID" int REFERENCES "b_sale_order_props" ("ID"),
    "NAME" varchar(255) NOT NULL,
    "VALUE" text,
    "CODE" varchar(50),
    "XML_ID" varchar(255),
    "ENTITY_ID" int NOT NULL,
    "ENTITY_TYPE" varchar(255) NOT NULL
);

CREATE TABLE "b_sale_user_props" (
    "ID" serial PRIMARY KEY,
    "NAME" varchar(255) NOT NULL,
    "USER_ID" int NOT NULL REFERENCES "b_user" ("ID"),
    "PERSON_TYPE_ID" int NOT NULL REFERENCES "b_sale_person_type" ("ID"),
    "DATE_UPDATE" timestamp NOT NULL,
    "XML_ID" varchar(50),
    "VERSION_1C" varchar(15)
);

CREATE TABLE "b_sale_user_props_value" (
    "ID" serial PRIMARY KEY,
    "USER_PROPS_ID" int NOT NULL REFERENCES "b_sale_user_props" ("ID"),
    "ORDER_PROPS_ID" int NOT NULL REFERENCES "b_sale_order_props" ("ID"),
    "NAME" varchar(255) NOT NULL,
    "VALUE" varchar(255)
);

CREATE TABLE "b_sale_basket" (
    "ID" serial PRIMARY KEY,
    "FUSER_ID" int NOT NULL REFERENCES "b_sale_fuser" ("ID"),
    "ORDER_ID" int REFERENCES "b_sale_order" ("ID"),
    "PRODUCT_ID" int NOT NULL REFERENCES "b_catalog_product" ("ID"),
    "PRODUCT_PRICE_ID" int REFERENCES "b_catalog_price" ("ID"),
    "PRICE_TYPE_ID" int REFERENCES "b_catalog_group" ("ID"),
    "PRICE" numeric(18,4) NOT NULL,
    "CURRENCY" char(3) NOT NULL REFERENCES "b_catalog_currency" ("CURRENCY"),
    "BASE_PRICE" numeric(18,4),
    "VAT_INCLUDED" char(1) NOT NULL,
    "DATE_INSERT" timestamp NOT NULL,
    "DATE_UPDATE" timestamp NOT NULL,
    "DATE_REFRESH" timestamp,
    "WEIGHT" double precision,
    "QUANTITY" double precision NOT NULL,
    "LID" char(2) NOT NULL REFERENCES "b_lang" ("LID"),
    "DELAY" char(1) NOT NULL,
    "NAME" varchar(255) NOT NULL,
    "CAN_BUY" char(1) NOT NULL,
    "MODULE" varchar(100) REFERENCES "b_module" ("ID"),
    "CALLBACK_FUNC" varchar(100),
    "NOTES" varchar(250),
    "ORDER_CALLBACK_FUNC" varchar(100),
    "DETAIL_PAGE_URL" varchar(250),
    "DISCOUNT_PRICE" numeric(18,4) NOT NULL,
    "CANCEL_CALLBACK_FUNC" varchar(100),
    "PAY_CALLBACK_FUNC" varchar(100),
    "PRODUCT_PROVIDER_CLASS" varchar(100),
    "CATALOG_XML_ID" varchar(100),
    "PRODUCT_XML_ID" varchar(100),
    "DISCOUNT_NAME" varchar(255),
    "DISCOUNT_VALUE" char(32),
    "DISCOUNT_COUPON" char(32),
    "VAT_RATE" numeric(18,4),
    "SUBSCRIBE" char(1) NOT NULL,
    "RESERVED" char(1) NOT NULL,
    "BARCODE_MULTI" char(1) NOT NULL,
    "CUSTOM_PRICE" char(1) NOT NULL,
    "DIMENSIONS" varchar(255),
    "TYPE" int,
    "SET_PARENT_ID" int REFERENCES "b_sale_basket" ("ID"),
    "MEASURE_CODE" int REFERENCES "b_catalog_measure" ("CODE"),
    "MEASURE_NAME" varchar(50),
    "RECOMMENDATION" varchar(40),
    "XML_ID" varchar(255),
    "SORT" int NOT NULL
);

CREATE TABLE "b_sale_order_payment" (
    "ID" serial PRIMARY KEY,
    "ORDER_ID" int NOT NULL REFERENCES "b_sale_order" ("ID"),
    "ACCOUNT_NUMBER" varchar(100),
    "PAID" char(1) NOT NULL,
    "DATE_PAID" timestamp,
    "EMP_PAID_ID" int REFERENCES "b_user" ("ID"),
    "PAY_SYSTEM_ID" int NOT NULL REFERENCES "b_sale_pay_system_action" ("ID"),
    "PS_STATUS" char(1),
    "PS_STATUS_CODE" varchar(255),
    "PS_STATUS_DESCRIPTION" varchar(512),
    "PS_SUM" numeric(18,2),
    "PS_CURRENCY" char(3) REFERENCES "b_catalog_currency" ("CURRENCY"),
    "PS_RESPONSE_DATE" timestamp,
    "PAY_VOUCHER_NUM" varchar(20),
    "PAY_VOUCHER_DATE" date,
    "DATE_PAY_BEFORE" timestamp,
    "DATE_BILL" timestamp,
    "XML_ID" varchar(255),
    "SUM" numeric(18,2) NOT NULL,
    "CURRENCY" char(3) NOT NULL REFERENCES "b_catalog_currency" ("CURRENCY"),
    "PAY_SYSTEM_NAME" varchar(128) NOT NULL,
    "COMPANY_ID" int REFERENCES "b_sale_company" ("ID"),
    "PAY_RETURN_NUM" varchar(20),
    "PRICE_COD" numeric(18,2) NOT NULL,
    "PAY_RETURN_DATE" date,
    "EMP_RETURN_ID" int REFERENCES "b_user" ("ID"),
    "PAY_RETURN_COMMENT" text,
    "RESPONSIBLE_ID" int REFERENCES "b_user" ("ID"),
    "EMP_RESPONSIBLE_ID" int REFERENCES "b_user" ("ID"),
    "DATE_RESPONSIBLE_ID" timestamp,
    "IS_RETURN" char(1) NOT NULL,
    "COMMENTS" text,
    "UPDATED_1C" char(1) NOT NULL,
    "ID_1C" varchar(36),
    "VERSION_1C" varchar(15),
    "EXTERNAL_PAYMENT" char(1) NOT NULL,
    "PS_INVOICE_ID" varchar(250),
    "MARKED" char(1),
    "REASON_MARKED" varchar(255),
    "DATE_MARKED" timestamp,
    "EMP_MARKED_ID" int REFERENCES "b_user" ("ID")
);

CREATE TABLE "b_sale_order_delivery" (
    "ID" serial PRIMARY KEY,
    "ORDER_ID" int NOT NULL REFERENCES "b_sale_order" ("ID"),
    "ACCOUNT_NUMBER" varchar(100),
    "DATE_INSERT" timestamp NOT NULL,
    "DATE_REQUEST" timestamp,
    "DATE_UPDATE" timestamp,
    "DELIVERY_LOCATION" varchar(50),
    "PARAMS" text,
    "STATUS_ID" char(2) NOT NULL REFERENCES "b_sale_status" ("ID"),
    "PRICE_DELIVERY" numeric(18,4),
    "DISCOUNT_PRICE" numeric(18,4),
    "BASE_PRICE_DELIVERY" numeric(18,4),
    "CUSTOM_PRICE_DELIVERY" char(1),
    "ALLOW_DELIVERY" char(1) NOT NULL,
    "DATE_ALLOW_DELIVERY" timestamp,
    "EMP_ALLOW_DELIVERY_ID" int REFERENCES "b_user" ("ID"),
    "DEDUCTED" char(1) NOT NULL,
    "DATE_DEDUCTED" timestamp,
    "EMP_DEDUCTED_ID" int REFERENCES "b_user" ("ID"),
    "REASON_UNDO_DEDUCTED" varchar(255),
    "RESERVED" char(1) NOT NULL,
    "DELIVERY_ID" int NOT NULL REFERENCES "b_sale_delivery_srv" ("ID"),
    "DELIVERY_DOC_NUM" varchar(20),
    "DELIVERY_DOC_DATE" timestamp,
    "TRACKING_NUMBER" varchar(255),
    "TRACKING_STATUS" int,
    "TRACKING_DESCRIPTION" varchar(255),
    "DELIVERY_NAME" varchar(128) NOT NULL,
    "COMPANY_ID" int REFERENCES "b_sale_company" ("ID"),
    "MARKED" char(1) NOT NULL,
    "DATE_MARKED" timestamp,
    "EMP_MARKED_ID" int REFERENCES "b_user" ("ID"),
    "REASON_MARKED" varchar(255),
    "CANCELED" char(1) NOT NULL,
    "DATE_CANCELED" timestamp,
    "EMP_CANCELED_ID" int REFERENCES "b_user" ("ID"),
    "RESPONSIBLE_ID" int REFERENCES "b_user" ("ID"),
    "EMP_RESPONSIBLE_ID" int REFERENCES "b_user" ("ID"),
    "DATE_RESPONSIBLE_ID" timestamp,
    "COMMENTS" text,
    "CURRENCY" char(3) REFERENCES "b_catalog_currency" ("CURRENCY"),
    "SYSTEM" char(1) NOT NULL,
    "UPDATED_1C" char(1) NOT NULL,
    "ID_1C" varchar(36),
    "VERSION_1C" varchar(15),
    "EXTERNAL_DELIVERY" char(1) NOT NULL,
    "XML_ID" varchar(255)
);

CREATE TABLE "b_sale_order_dlv_basket" (
    "ID" serial PRIMARY KEY,
    "ORDER_DELIVERY_ID" int NOT NULL REFERENCES "b_sale_order_delivery" ("ID"),
    "BASKET_ID" int NOT NULL REFERENCES "b_sale_basket" ("ID"),
    "DATE_INSERT" timestamp NOT NULL,
    "QUANTITY" numeric(18,4) NOT NULL,
    "RESERVED_QUANTITY" numeric(18,4) NOT NULL,
    "XML_ID" varchar(255)
);

CREATE TABLE "b_sale_order_change" (
    "ID" serial PRIMARY KEY,
    "ORDER_ID" int NOT NULL REFERENCES "b_sale_order" ("ID"),
    "TYPE" varchar(255) NOT NULL,
    "DATA" varchar(512),
    "DATE_CREATE" timestamp NOT NULL,
    "DATE_MODIFY" timestamp NOT NULL,
    "USER_ID" int NOT NULL REFERENCES "b_user" ("ID"),
    "ENTITY" varchar(50),
    "ENTITY_ID" int
);

CREATE TABLE "b_forum_group" (
    "ID" serial PRIMARY KEY,
    "SORT" int NOT NULL,
    "PARENT_ID" int REFERENCES "b_forum_group" ("ID"),
    "LEFT_MARGIN" int,
    "RIGHT_MARGIN" int,
    "DEPTH_LEVEL" int,
    "XML_ID" varchar(255)
);

CREATE TABLE "b_forum" (
    "ID" serial PRIMARY KEY,
    "FORUM_GROUP_ID" int REFERENCES "b_forum_group" ("ID"),
    "NAME" varchar(255) NOT NULL,
    "DESCRIPTION" text,
    "SORT" int NOT NULL,
    "ACTIVE" char(1) NOT NULL,
    "ALLOW_HTML" char(1) NOT NULL,
    "ALLOW_ANCHOR" char(1) NOT NULL,
    "ALLOW_BIU" char(1) NOT NULL,
    "ALLOW_IMG" char(1) NOT NULL,
    "ALLOW_UPLOAD" char(1) NOT NULL,
    "MODERATION" char(1) NOT NULL,
    "ORDER_BY" char(1) NOT NULL,
    "ORDER_DIRECTION" varchar(4) NOT NULL,
    "TOPICS" int NOT NULL,
    "POSTS" int NOT NULL,
    "LAST_POSTER_ID" int REFERENCES "b_user" ("ID"),
    "LAST_POSTER_NAME" varchar(255),
    "LAST_POST_DATE" timestamp,
    "LAST_MESSAGE_ID" int REFERENCES "b_forum_message" ("ID"),
    "POSTS_UNAPPROVED" int,
    "XML_ID" varchar(255)
);

CREATE TABLE "b_forum_topic" (
    "ID" serial PRIMARY KEY,
    "FORUM_ID" int NOT NULL REFERENCES "b_forum" ("ID"),
    "TITLE" varchar(255) NOT NULL,
    "TITLE_SEO" varchar(255),
    "TAGS" varchar(255),
    "DESCRIPTION" varchar(255),
    "ICON" varchar(255),
    "STATE" char(1) NOT NULL,
    "APPROVED" char(1) NOT NULL,
    "SORT" int NOT NULL,
    "VIEWS" int NOT NULL,
    "USER_START_ID" int REFERENCES "b_user" ("ID"),
    "USER_START_NAME" varchar(255) NOT NULL,
    "START_DATE" timestamp NOT NULL,
    "POSTS" int NOT NULL,
    "LAST_POSTER_ID" int REFERENCES "b_user" ("ID"),
    "LAST_POSTER_NAME" varchar(255) NOT NULL,
    "LAST_POST_DATE" timestamp NOT NULL,
    "LAST_MESSAGE_ID" int REFERENCES "b_forum_message" ("ID"),
    "POSTS_UNAPPROVED" int,
    "ABS_LAST_POSTER_ID" int REFERENCES "b_user" ("ID"),
    "ABS_LAST_POST_DATE" timestamp,
    "ABS_LAST_MESSAGE_ID" int REFERENCES "b_forum_message" ("ID"),
    "XML_ID" varchar(255),
    "HTML" text,
    "SOCNET_GROUP_ID" int,
    "OWNER_ID" int REFERENCES "b_user" ("ID")
);

CREATE TABLE "b_forum_message" (
    "ID" serial PRIMARY KEY,
    "FORUM_ID" int NOT NULL REFERENCES "b_forum" ("ID"),
    "TOPIC_ID" int NOT NULL REFERENCES "b_forum_topic" ("ID"),
    "USE_SMILES" char(1) NOT NULL,
    "NEW_TOPIC" char(1) NOT NULL,
    "APPEND_SIGNATURE" char(1) NOT NULL,
    "AUTHOR_NAME" varchar(255),
    "AUTHOR_EMAIL" varchar(255),
    "AUTHOR_IP" varchar(255),
    "AUTHOR_REAL_IP" varchar(128),
    "AUTHOR_ID" int REFERENCES "b_user" ("ID"),
    "POST_DATE" timestamp NOT NULL,
    "POST_MESSAGE" text,
    "POST_MESSAGE_HTML" text,
    "POST_MESSAGE_FILTER" text,
    "POST_MESSAGE_CHECK" char(32),
    "EDITOR_ID" int REFERENCES "b_user" ("ID"),
    "EDITOR_NAME" varchar(255),
    "EDITOR_EMAIL" varchar(255),
    "EDIT_REASON" text,
    "EDIT_DATE" timestamp,
    "ATTACH_IMG" int REFERENCES "b_file" ("ID"),
    "PARAM1" varchar(2),
    "PARAM2" int,
    "APPROVED" char(1) NOT NULL,
    "XML_ID" varchar(255),
    "SERVICE_TYPE" int,
    "SERVICE_DATA" text,
    "SOURCE_ID" varchar(255) NOT NULL,
    "GUEST_ID" int
);

CREATE TABLE "b_forum_user" (
    "ID" serial PRIMARY KEY,
    "USER_ID" int NOT NULL UNIQUE REFERENCES "b_user" ("ID"),
    "ALIAS" varchar(64),
    "DESCRIPTION" varchar(255),
    "IP_ADDRESS" varchar(128),
    "AVATAR" int REFERENCES "b_file" ("ID"),
    "NUM_POSTS" int,
    "INTERESTS" text,
    "LAST_POST" int REFERENCES "b_forum_message" ("ID"),
    "ALLOW_POST" char(1) NOT NULL,
    "DATE_REG" date NOT NULL,
    "LAST_VISIT" timestamp NOT NULL,
    "SHOW_NAME" char(1),
    "SIGNATURE" varchar(255),
    "RANK_ID" int,
    "POINTS" int NOT NULL,
    "HIDE_FROM_ONLINE" char(1) NOT NULL,
    "SUBSC_GROUP_MESSAGE" char(1) NOT NULL,
    "SUBSC_GET_MY_MESSAGE" char(1) NOT NULL
);

CREATE TABLE "b_forum_file" (
    "ID" serial PRIMARY KEY,
    "FORUM_ID" int REFERENCES "b_forum" ("ID"),
    "TOPIC_ID" int REFERENCES "b_forum_topic" ("ID"),
    "MESSAGE_ID" int REFERENCES "b_forum_message" ("ID"),
    "FILE_ID" int NOT NULL REFERENCES "b_file" ("ID"),
    "USER_ID" int REFERENCES "b_user" ("ID"),
    "TIMESTAMP_X" timestamp NOT NULL,
    "HITS" int
);

CREATE TABLE "b_forum2site" (
    "FORUM_ID" int NOT NULL REFERENCES "b_forum" ("ID"),
    "SITE_ID" char(2) NOT NULL REFERENCES "b_lang" ("LID"),
    "PATH2FORUM_MESSAGE" varchar(250),
    PRIMARY KEY ("FORUM_ID", "SITE_ID")
);
