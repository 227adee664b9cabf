#!/bin/sh
# eval_schemas.sh DATASETS_SCHEMAS_DIR [--pg]
#
# Runs the relationship-discovery evaluation (eval_relations) on the real
# schema dumps of the shared datasets' schemas/ folder:
#   - chinook: its SQLite file (with data: values are sampled);
#   - northwind, pagila, danbooru, openstreetmap, omop_cdm: their
#     PostgreSQL dumps read as DDL files (names and types only). omop_cdm's
#     four OHDSI files are concatenated with "@cdmDatabaseSchema." removed,
#     since a DDL source is one file;
#   - the MySQL and Oracle dumps are listed and skipped by the reader
#     (PostgreSQL grammar), adventureworks_pg declares its FKs after CSV
#     loads the DDL reader does not run, so it has nothing to score there.
# With --pg, the same PostgreSQL dumps plus adventureworks are also loaded
# into a throwaway PostgreSQL 15 (tests/support/pg_server.sh) and analysed
# live, with sampling, as `sextant analyze postgresql://...` would. The
# loader makes the substitutions PostgreSQL 15 needs (no PostGIS, no
# pgvector, PG 18 syntax) without changing tables, columns or FKs.
#
# eval_schemas.sh --heldout runs the held-out folds of tests/bench/rel_heldout
# instead (the group "new": a MusicBrainz-style music database and a Rails
# application, written for this bench), twice: from their DDL (names and
# types only), then from SQLite files that gen_data.py builds from the same
# DDL with small generated data (values sampled). Needs python3.
#
# eval_schemas.sh --blind does the same for the blind folds of rel_heldout
# (the group "blind": a legacy ERP, a Django shop, a star-schema warehouse,
# written by an author who had not read the inference rules).
#
# eval_schemas.sh --blind2 does the same for the second blind set (the group
# "blind2": a multi-tenant SaaS billing schema, an HL7-style clinical schema
# with uppercase abbreviations, a Russian transliterated logistics schema).
#
# eval_schemas.sh --blind3 does the same for the third blind set (the group
# "blind3": an SAP/German ERP, a Data Vault 2.0 warehouse, a Spanish shop with
# a Russian 1C-style back office).
#
# eval_schemas.sh --blind4 does the same for the fourth blind set (the group
# "blind4": a Salesforce-style CRM, a Dynamics NAV-style ERP with quoted names
# with spaces, a Chinese factory MES in pinyin).
#
# eval_schemas.sh --blind5 does the same for the fifth blind set (the group
# "blind5": an Odoo-style ERP, a Magento-style EAV shop, a French/Japanese
# hospital); its tables refer to each other in cycles, so gen_data.py runs
# with --fill-cycles there (the earlier sets keep their data).
#
# eval_schemas.sh --blind6 does the same for the sixth blind set (the group
# "blind6": a WordPress/WooCommerce shop, MediaWiki with per-table column
# prefixes, an Oracle E-Business Suite-style ERP); with --fill-cycles too.
#
# eval_schemas.sh --blind7 does the same for the seventh blind set (the group
# "blind7": a PrestaShop-style shop, a Dolibarr-style ERP keyed by rowid with
# fk_ columns, Moodle with suffix-less references); with --fill-cycles too.
#
# eval_schemas.sh --blind8 does the same for the eighth blind set (the group
# "blind8": Zabbix with separator-less ids, a SuiteCRM-style CRM with GUID
# keys, an ERPNext-style ERP keyed by name); with --fill-cycles too.
#
# eval_schemas.sh --blind9 does the same for the ninth blind set (the group
# "blind9": an OpenMRS-style medical record with creator / changed_by /
# voided_by audit columns, an iDempiere-style ERP with AD_Client_ID /
# AD_Org_ID / CreatedBy / UpdatedBy on every table, an OFBiz-style ERP with
# text keys and composite party roles); with --fill-cycles too.
#
# eval_schemas.sh --blind10 does the same for the tenth blind set (the group
# "blind10": a Keycloak-style identity server with UUID keys and realm_id
# everywhere, a part of GitLab's Rails schema with namespaces for groups and
# loose CI keys, a Drupal site with <entity>__<field> tables carrying
# entity_id / revision_id / <field>_target_id); with --fill-cycles too.
#
# eval_schemas.sh --blind11 does the same for the eleventh blind set (the
# group "blind11": a Camunda-style BPM engine with ACT_* tables and
# trailing-underscore columns, an Apache Hive metastore with quoted
# upper-case names, a Mattermost server with its Playbooks and Boards
# plugin tables, whose links Mattermost does not declare); with
# --fill-cycles too.
#
# eval_schemas.sh --blind12 does the same for the twelfth blind set (the
# group "blind12": an OpenEMR practice database that refers to patients
# and encounters by their unique numbers pid / encounter, a phpBB 3.3
# board with phpbb_ tables and role-named references, a Jira server with
# suffix-less references and user keys; none of the three declares its
# FKs, the links the applications follow are written as REFERENCES); with
# --fill-cycles too.
#
# eval_schemas.sh --blind13 does the same for the thirteenth blind set (the
# group "blind13": an Apache Fineract core banking database with m_ tables,
# <role>_cv_id code values and lifecycle user columns such as
# approvedon_userid, an Apache Superset metadata database with
# created_by_fk / changed_by_fk on almost every table, an Apache Airflow
# metadata database with composite text keys to dag_run and task_instance;
# the REFERENCES are the FKs the products declare, and for Fineract also
# the audit users its code follows); with --fill-cycles too.
#
# eval_schemas.sh --blind14 does the same for the fourteenth blind set (the
# group "blind14": a Metabase application database with core_user,
# report_card, metabase_table / metabase_field and creator_id /
# fk_target_field_id roles, a Matomo analytics database with id-prefixed
# keys such as idsite, idvisit, idaction_url and idlink_va, an OpenStack
# Keystone identity database with text uuid keys; the REFERENCES are the
# FKs Metabase and Keystone declare, and for Matomo, which declares none,
# the links its code follows); with --fill-cycles too.
#
# eval_schemas.sh --blind15 does the same for the fifteenth blind set (the
# group "blind15": a Redmine database with Rails-style project_id /
# author_id / assigned_to_id links, a Gitea database (Go xorm) with
# repo_id / owner_id / poster_id / doer_id links, an Oracle-style telecom
# billing schema with uppercase abbreviated names; the REFERENCES are, for
# Redmine and Gitea, which declare no FKs, the links their code follows,
# and for the billing schema the FKs it declares); with --fill-cycles too.
#
# eval_schemas.sh --blind16 does the same for the sixteenth blind set (the
# group "blind16": a Discourse forum database with Rails-style user_id /
# topic_id / post_id links and role names, a Kill Bill billing database
# with serial record_id keys, UUID ids and account_record_id /
# tenant_record_id links, an Apache Ranger policy database with x_ tables
# and added_by_id / upd_by_id audit references; the REFERENCES are, for
# Discourse and Kill Bill, which declare no FKs, the links their code
# follows, and for Ranger the FKs it declares); with --fill-cycles too.
#
# eval_schemas.sh --blind17 does the same for the seventeenth blind set (the
# group "blind17": a Quartz Scheduler + Spring Batch job store with
# upper-case QRTZ_ / BATCH_ tables and composite SCHED_NAME keys, a Sentry
# database (Django) with sentry_ tables, a Mastodon database (Rails) with
# account_id / status_id links and role names; the REFERENCES are the FKs
# the three products declare); with --fill-cycles too.
#
# eval_schemas.sh --blind18 does the same for the eighteenth blind set (the
# group "blind18": a pretix ticket shop database (Django) with pretixbase_
# tables, a Nextcloud database with oc_ tables keyed by text user names and
# file ids, a Snipe-IT asset manager (Laravel) with created_by on every
# table; the REFERENCES are, for pretix, the FKs it declares, and for
# Nextcloud and Snipe-IT, which declare none, the links their code
# follows); with --fill-cycles too.
#
# eval_schemas.sh --blind19 does the same for the nineteenth blind set (the
# group "blind19": an OTRS / Znuny help desk database with valid_id and
# create_by / change_by on every table, a Mautic marketing automation
# database (Doctrine) with contacts in leads, a Joomla site on PostgreSQL
# with a random table prefix; the REFERENCES are, for OTRS and Mautic, the
# FKs they declare, and for Joomla, which declares none, the links its code
# follows); with --fill-cycles too.
#
# eval_schemas.sh --blind20 does the same for the twentieth blind set (the
# group "blind20": a Bugzilla 5 database with users in profiles and select
# fields referenced by their text value, a Zulip server database (Django)
# with zerver_ model tables and realm_id everywhere, a Grafana database with
# org_id everywhere and folders as dashboards; the REFERENCES are, for
# Bugzilla and Zulip, the FKs they declare, and for Grafana, which declares
# none, the id links its store code follows); with --fill-cycles too.
#
# eval_schemas.sh --blind21 does the same for the twenty-first blind set (the
# group "blind21": a DSpace 7 repository database with uuid keys that are
# also FKs to the dspaceobject supertype and <a>2<b> link tables, a Sylius
# 1.12 shop (Doctrine) with sylius_ tables and translatable_id / owner_id
# links, an Alfresco 4.2 repository database with alf_ / avm_ tables and
# qname links by role; the REFERENCES are the FKs the three declare); with
# --fill-cycles too.
#
# eval_schemas.sh --blind22 does the same for the twenty-second blind set
# (the group "blind22": a Koha library system with <thing>number keys,
# text code keys and role links without suffix, a TYPO3 CMS site with uid
# / pid on every table, *_mm tables and a German Extbase extension, a
# ThingsBoard IoT platform with uuid keys, tenant_id / customer_id and
# polymorphic entity links; the REFERENCES are, for Koha, the FKs it
# declares, for TYPO3, which declares none, the links its TCA and core
# follow, and for ThingsBoard the FKs it declares and the id links its DAO
# layer follows); with --fill-cycles too.
#
# eval_schemas.sh --blind23 does the same for the twenty-third blind set
# (the group "blind23": a DHIS2 health information system with glued
# <table>id keys, userid / lastupdatedby -> userinfo and sourceid ->
# organisationunit, an OrangeHRM HR suite with hs_hr_ / ohrm_ tables and
# the employee keyed by emp_number and referred to by role, a TrinityCore
# game server whose characters, items, groups and pets are all keyed by
# guid, with mixed-case role links; the REFERENCES are, for DHIS2 and
# OrangeHRM, the FKs they declare, and for TrinityCore, which declares
# none, the links its code follows); with --fill-cycles too.
#
# eval_schemas.sh --blind24 does the same for the twenty-fourth blind set
# (the group "blind24": a Gibbon school platform with camelCase gibbon<Class>
# tables keyed gibbon<Class>ID and roles glued after the key
# (gibbonPersonIDTutor), a 1C-Bitrix site and shop with b_ tables,
# upper-case columns, text site keys and suffix-less file links, a GTFS
# transit feed with Fares v2, Flex and a GTFS-Realtime archive keyed by
# text ids; the REFERENCES are, for Gibbon and Bitrix, which declare none,
# the links their code follows, and for GTFS the references its
# specification defines); with --fill-cycles too.
#
# eval_schemas.sh --blind25 does the same for the twenty-fifth blind set
# (the group "blind25": a uniCenta oPOS point of sale with upper-case names,
# text UUID keys and suffix-less or abbreviated links (CATEGORY, PRODUCT,
# MONEY -> CLOSEDCASH, TAXCAT, PPLID), a HotelDruid hotel manager in Italian
# with keys glued id<table> (idclienti), singular links (idutente ->
# utenti), roles (iddatainizio, utente_inserimento) and per-year tables
# (prenota2024), a LimeSurvey install with lime_ tables and abbreviated
# keys (sid, gid, qid, uid) and roles (parent_qid, cqid, owner_uid); the
# REFERENCES are, for uniCenta, the FKs it declares and the id links its
# code follows, and for HotelDruid and LimeSurvey, which declare none, the
# links their code follows); with --fill-cycles too.
#
# eval_schemas.sh --blind26 does the same for the twenty-sixth blind set
# (the group "blind26": a GNU Health hospital system on Tryton with
# create_uid / write_uid on every table, suffix-less Many2One links named
# by the field (patient, healthprof, institution) and "name" itself a link
# on many models, an i-Educar school system in Portuguese with cod_<table>
# keys, ref_cod_<table> / ref_ref_cod_<table> links, glued abbreviated
# keys (idpes, idmun) and ref_usuario_cad / ref_usuario_exc audit roles, a
# FusionPBX telephone exchange with v_ tables keyed by <singular>_uuid,
# domain_uuid everywhere and insert_user / update_user; the REFERENCES
# are, for GNU Health and i-Educar, the FKs they declare, and for
# FusionPBX, which declares none, the links its app_config.php marks as
# foreign and the user links its code writes); with --fill-cycles too.
#
# eval_schemas.sh --blind27 does the same for the twenty-seventh blind set
# (the group "blind27": an ILIAS learning management system with
# object_data / object_reference (obj_id, ref_id) under every object,
# links by role word without a suffix (owner, author, parent, child, tree)
# and _fi / _fk / _pk suffixes in its test, question pool and forum tables
# (obj_fi, active_fi, thr_top_fk, pos_pk), an Evergreen ILS library system
# with id keys and suffix-less links named by the thing or a role (usr,
# home_ou, circ_lib, target_copy, call_number, record, xact, creator,
# editor), an Indico conference system (SQLAlchemy) with named table
# constraints, <model>_id links, link_type owners and typed access
# entries; the REFERENCES are, for ILIAS, which declares none, the links
# its code follows, and for Evergreen and Indico the FKs they declare);
# with --fill-cycles too.
#
# eval_schemas.sh --blind28 does the same for the twenty-eighth blind set
# (the group "blind28": an OpenClinica 3 clinical trial data capture
# system with <table>_id keys, owner_id / update_id / status_id on almost
# every table, roles such as parent_study_id, father_id, parent_dn_id,
# validator_id, text links by login and handle (user_name, role_name,
# parameter) and dn_<entity>_map tables, an Apache CloudStack cloud
# database with bigserial id keys beside uuids, links named by
# CloudStack's words rather than the table (zone_id / data_center_id ->
# data_center, pod_id -> host_pod_ref, pool_id -> storage_pool,
# vlan_db_id, vmId / nicId), sub-type tables sharing their parent's id and
# fk_<table>__<column> constraints, an InsERT Subiekt GT sales and
# warehouse database in Polish with a short prefix on every column
# (kh_IdGrupa, tw_IdVatSp, dok_PlatnikId, ob_TowId, st_MagId) and text
# currency keys; the REFERENCES are the FKs the three declare, and for
# OpenClinica's audit log and CloudStack the links their code follows);
# with --fill-cycles too.
#
# eval_schemas.sh --blind29 does the same for the twenty-ninth blind set
# (the group "blind29": a GLPI 10 IT asset management and service desk
# with glpi_<plural> tables keyed by id, links named by the target's plural
# (entities_id, users_id, computermodels_id), roles written after the _id
# (users_id_tech, users_id_recipient, groups_id_tech, slas_id_ttr,
# softwareversions_id_buy, networkports_id_1 / _2) and itemtype / items_id
# polymorphic links, a GMOD Chado 1.3 biology database with <table>_id
# keys, type_id -> cvterm on almost every table, subject_id / object_id on
# its relationship tables and roles (srcfeature_id, chromosome_id,
# observable_id, cvalue_id, parent_phylonode_id), a FacturaScripts
# invoicing and accounting database in Spanish with text code keys glued
# to cod (codpago -> formaspago, coddivisa -> divisas), serial keys glued
# to id (idempresa, idasiento), users keyed by nick, variants referenced by
# their unique referencia and roles (madre, idcontactofact, idfacturarect,
# idcontrapartida); the REFERENCES are, for GLPI, which declares none, the
# links its code follows, and for Chado and FacturaScripts the FKs they
# declare); with --fill-cycles too.
#
# eval_schemas.sh --blind30 does the same for the thirtieth blind set (the
# group "blind30": a JTL-Shop 5 web shop in German with tables t<noun>
# (tartikel, tkunde, twarenkorbpos) and Hungarian-notation columns, keys
# k<Word> linked by the same name (kKunde, kWarenkorb, kSprache), roles
# (kVaterArtikel, kOberKategorie, kInetBestellung, kBestellPos), countries
# by ISO code (cLand -> tland.cISO) and translations by a text language
# code (cISOSprache -> tsprache.cISO); a Tryton 7 ERP with tables named by
# their model (party_party, account_move_line, "res_user-res_group") and
# links named by the field with no _id (party, company, move, "user") or a
# role (invoice_address, from_location, warehouse, supervisor,
# replaced_by); a CiviCRM 5 nonprofit CRM with civicrm_<singular> tables,
# <target>_id links, roles before the _id (created_id, employer_id,
# master_id, header_id) and contact_id_a / contact_id_b; the REFERENCES
# are, for JTL-Shop, which declares none, the links its code follows, and
# for Tryton and CiviCRM the FKs they declare); with --fill-cycles too.
#
# eval_schemas.sh --blind31 does the same for the thirty-first blind set
# (the group "blind31": an OpenXE 1.x (Xentral, WaWision) ERP in German
# with tables named by a bare noun (adresse, artikel, auftrag_position)
# and links named by the bare target table (adresse, projekt, artikel,
# "user"), with id glued on (auftragid, rechnungid, ansprechpartnerid,
# lieferid, vertriebid) or by a role (variante_von, stuecklistevonartikel,
# explodiert_parent, teillieferungvon, standardlager, bestellung1 ..
# bestellung5) beside text copies under the bare name (rechnung.auftrag);
# a Shopware 5 shop with s_<area>_<noun> tables, camelCase links with ID
# glued on (articleID, articledetailsID, userID, subshopID), snake_case
# ones (main_detail_id, default_billing_address_id), attribute tables,
# bare roles (parent, status, cleared, relatedarticle) and text keys
# (customergroup -> groupkey, partnerID -> idcode, ordernumber); an
# OpenOLAT 18 LMS with o_<area>_<noun> tables keyed by id or <table>_id
# and links named fk_<target or role>[_id] (fk_identity, fk_group_id,
# fk_entry, fk_olatresource, fk_reference_entry), <target>_fk
# (identity_fk, forum_fk), <role>_id (creator_id, topthread_id) or bare
# (identity, grp, course_repo_key); the REFERENCES are, for OpenXE, which
# declares none, the links its code follows, for Shopware those it
# declares and its Doctrine models join, and for OpenOLAT the FKs it
# declares); with --fill-cycles too.
#
# eval_schemas.sh --blind32 does the same for the thirty-second blind set
# (the group "blind32": a vtiger CRM 7 whose records are rows of
# vtiger_crmentity (crmid) and of a module table keyed by the same number
# under its own name (accountid, contactid, ticketid), with side tables
# keyed by it under another name (accountaddressid, quotebilladdressid),
# links named <target>id with no separator (accountid, quoteid, vendorid,
# cvid) or by a role (smownerid, smcreatorid, modifiedby, whodid,
# inventorymanager, reportsto, parent_comments, customer), crmid links
# that may name any module (related_to, parent_id, the <a><b>rel tables)
# and text keys (roleid, setype -> vtiger_tab.name); a Spree Commerce 4
# store with Rails conventions (spree_<plural> tables, <singular>_id
# links without the prefix, join tables, roles bill_address_id,
# created_by_id, approver_id, source_location_id, exchange_variant_id,
# type_id; polymorphic pairs unlinked); a Chamilo LMS 1.11 with bare main
# tables (user, course, session), <a>_rel_<b> link tables, course tool
# tables c_<tool>_<noun> keyed by iid with c_id and session_id, French
# and cryptic names (exercice_id, exe_exo_id, id_coach, orig_lp_item_id),
# tracking tables track_e_* whose columns carry the table's prefix
# (exe_user_id, access_session_id, links_link_id, hotspot_exe_id) and text
# keys (category_code, course_code, survey_code); the REFERENCES are, for
# vtiger, the FKs it declares and the links its code follows, for Spree
# its models' belongs_to (and Doorkeeper's two FKs), for Chamilo the FKs
# its Doctrine entities declare and the links its code follows); with
# --fill-cycles too.
#
# eval_schemas.sh --blind33 does the same for the thirty-third blind set
# (the group "blind33": an osTicket 1.17 help desk with ost_<singular>
# tables keyed by id or <noun>_id (ticket_id, staff_id, topic_id, tpl_id),
# links <target>_id with the target's short name (dept_id, topic_id,
# tpl_id, status_id, priority_id, org_id), roles (staff_id, manager_id,
# lead_id, agent_id, autoresp_email_id, user_email_id, columns_id), self
# references (pid, ticket_pid, topic_pid, category_pid), __cdata tables
# keyed by the row they copy; one-letter object_type pairs unlinked; an
# Invoice Ninja 5 (Laravel) whose tenant tables have company_id and
# user_id / assigned_user_id, one invitations table per document, roles
# (default_company_id, shipping_country_id, group_settings_id,
# recurring_id, ninja_category_id, type_id, exchange_currency_id,
# transaction_id, fee_invoice_id) and a text key gateway_key ->
# gateways.key; a Taiga 6 (Django) with <app>_<model> tables, <field>_id
# links, roles (owner_id, assigned_to_id, invited_by_id,
# generated_from_issue_id, the project's default_*_id), many-to-many
# tables and generic relations unlinked; the REFERENCES are, for osTicket
# (which declares none), the links its ORM models join on, for Invoice
# Ninja the FKs its migrations declare and its models' belongsTo, for
# Taiga the FKs Django declares); with --fill-cycles too.
set -u
DIR=${1:?usage: eval_schemas.sh DATASETS_SCHEMAS_DIR [--pg] | eval_schemas.sh --heldout | --blind | --blind2 | --blind3 | --blind4 | --blind5 | --blind6 | --blind7 | --blind8 | --blind9 | --blind10 | --blind11 | --blind12 | --blind13 | --blind14 | --blind15 | --blind16 | --blind17 | --blind18 | --blind19 | --blind20 | --blind21 | --blind22 | --blind23 | --blind24 | --blind25 | --blind26 | --blind27 | --blind28 | --blind29 | --blind30 | --blind31 | --blind32 | --blind33}
PG=${2:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EVAL=${SX_EVAL:-$ROOT/build/tests/bench/eval_relations}
[ -x "$EVAL" ] || { echo "eval_schemas: build first ($EVAL missing)" >&2; exit 2; }
WORK=$(mktemp -d /tmp/sx-evals.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
if [ "$DIR" = "--heldout" ] || [ "$DIR" = "--blind" ] || [ "$DIR" = "--blind2" ] || [ "$DIR" = "--blind3" ] || [ "$DIR" = "--blind4" ] || [ "$DIR" = "--blind5" ] || [ "$DIR" = "--blind6" ] || [ "$DIR" = "--blind7" ] || [ "$DIR" = "--blind8" ] || [ "$DIR" = "--blind9" ] || [ "$DIR" = "--blind10" ] || [ "$DIR" = "--blind11" ] || [ "$DIR" = "--blind12" ] || [ "$DIR" = "--blind13" ] || [ "$DIR" = "--blind14" ] || [ "$DIR" = "--blind15" ] || [ "$DIR" = "--blind16" ] || [ "$DIR" = "--blind17" ] || [ "$DIR" = "--blind18" ] || [ "$DIR" = "--blind19" ] || [ "$DIR" = "--blind20" ] || [ "$DIR" = "--blind21" ] || [ "$DIR" = "--blind22" ] || [ "$DIR" = "--blind23" ] || [ "$DIR" = "--blind24" ] || [ "$DIR" = "--blind25" ] || [ "$DIR" = "--blind26" ] || [ "$DIR" = "--blind27" ] || [ "$DIR" = "--blind28" ] || [ "$DIR" = "--blind29" ] || [ "$DIR" = "--blind30" ] || [ "$DIR" = "--blind31" ] || [ "$DIR" = "--blind32" ] || [ "$DIR" = "--blind33" ]; then
	H=$ROOT/tests/bench/rel_heldout
	CYCLES=
	if [ "$DIR" = "--blind33" ]; then
		GROUP=--group-blind33 NAMES="osticket invoiceninja taiga" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind32" ]; then
		GROUP=--group-blind32 NAMES="vtiger spree chamilo" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind31" ]; then
		GROUP=--group-blind31 NAMES="openxe shopware5 openolat" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind30" ]; then
		GROUP=--group-blind30 NAMES="jtl_shop tryton civicrm" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind29" ]; then
		GROUP=--group-blind29 NAMES="glpi chado facturascripts" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind28" ]; then
		GROUP=--group-blind28 NAMES="openclinica cloudstack subiekt_gt" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind27" ]; then
		GROUP=--group-blind27 NAMES="ilias evergreen indico" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind26" ]; then
		GROUP=--group-blind26 NAMES="gnuhealth ieducar fusionpbx" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind25" ]; then
		GROUP=--group-blind25 NAMES="unicenta_pos hoteldruid limesurvey" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind24" ]; then
		GROUP=--group-blind24 NAMES="gibbon bitrix gtfs_transit" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind23" ]; then
		GROUP=--group-blind23 NAMES="dhis2 orangehrm trinitycore" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind22" ]; then
		GROUP=--group-blind22 NAMES="koha typo3 thingsboard" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind21" ]; then
		GROUP=--group-blind21 NAMES="dspace sylius alfresco" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind20" ]; then
		GROUP=--group-blind20 NAMES="bugzilla zulip grafana" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind19" ]; then
		GROUP=--group-blind19 NAMES="otrs mautic joomla" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind18" ]; then
		GROUP=--group-blind18 NAMES="pretix nextcloud snipeit" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind17" ]; then
		GROUP=--group-blind17 NAMES="quartz_batch sentry mastodon" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind16" ]; then
		GROUP=--group-blind16 NAMES="discourse killbill ranger" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind15" ]; then
		GROUP=--group-blind15 NAMES="redmine gitea telco_billing" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind14" ]; then
		GROUP=--group-blind14 NAMES="metabase matomo keystone" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind13" ]; then
		GROUP=--group-blind13 NAMES="fineract superset airflow" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind12" ]; then
		GROUP=--group-blind12 NAMES="openemr phpbb jira" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind11" ]; then
		GROUP=--group-blind11 NAMES="camunda hive_metastore mattermost" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind10" ]; then
		GROUP=--group-blind10 NAMES="keycloak gitlab drupal" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind9" ]; then
		GROUP=--group-blind9 NAMES="openmrs idempiere ofbiz" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind8" ]; then
		GROUP=--group-blind8 NAMES="zabbix suitecrm erpnext" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind7" ]; then
		GROUP=--group-blind7 NAMES="prestashop dolibarr moodle" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind6" ]; then
		GROUP=--group-blind6 NAMES="wordpress_woo mediawiki oracle_ebs" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind5" ]; then
		GROUP=--group-blind5 NAMES="odoo_erp magento_shop hospital_fr_jp" CYCLES=--fill-cycles
	elif [ "$DIR" = "--blind4" ]; then
		GROUP=--group-blind4 NAMES="crm_salesforce erp_nav mes_pinyin"
	elif [ "$DIR" = "--blind3" ]; then
		GROUP=--group-blind3 NAMES="erp_sap_de datavault shop_es_ru"
	elif [ "$DIR" = "--blind2" ]; then
		GROUP=--group-blind2 NAMES="saas_billing hospital_hl7 logistics_ru"
	elif [ "$DIR" = "--blind" ]; then
		GROUP=--group-blind NAMES="erp_legacy django_shop dwh_star"
	else
		GROUP=--group-new NAMES="music rails_app"
	fi
	echo "== held-out folds from their DDL (names and types only)"
	set --
	for f in $NAMES; do set -- "$@" "$H/$f.sql"; done
	"$EVAL" $GROUP "$@" || exit 1
	echo
	echo "== held-out folds with generated data (SQLite, values sampled)"
	mkdir -p "$WORK/generated"
	set --
	for f in $NAMES; do
		python3 "$H/gen_data.py" $CYCLES "$H/$f.sql" "$WORK/generated/$f.sqlite" || exit 1
		set -- "$@" "$WORK/generated/$f.sqlite"
	done
	"$EVAL" $GROUP "$@"
	exit
fi
O=$WORK/omop_cdm.sql
for f in ddl primary_keys constraints indices; do
	cat "$DIR/omop_cdm/OMOPCDM_postgresql_5.4_$f.sql"
done | sed 's/@cdmDatabaseSchema\.//g' > "$O"

echo "== DDL files and SQLite (eval_relations)"
"$EVAL" "$DIR/chinook/Chinook_Sqlite.sqlite" "$DIR/northwind/northwind.sql" \
	"$DIR/pagila/pagila-schema.sql" "$DIR/danbooru/structure.sql" \
	"$DIR/openstreetmap/structure.sql" "$O" "$DIR/adventureworks_pg/install.sql" \
	"$DIR/mysql_sakila/sakila-mv-schema.sql" "$DIR/mysql_employees/employees.sql" \
	"$DIR/oracle_samples/human_resources/hr_create.sql"

[ "$PG" = "--pg" ] || exit 0
echo
echo "== the PostgreSQL dumps loaded into PostgreSQL 15, analysed live with sampling"
STATE=$WORK/pg
sh "$ROOT/tests/support/pg_server.sh" start "$STATE" >/dev/null || exit 1
trap 'sh "$ROOT/tests/support/pg_server.sh" stop "$STATE" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
. "$STATE/env"
export PGPASSWORD=$SX_PG_ADMIN_PW
P="$SX_PG_BIN/psql -q -X -h $SX_PG_SOCKDIR -p $SX_PG_PORT -U $SX_PG_ADMIN"
$P -d postgres -c "CREATE ROLE postgres" >/dev/null 2>&1
load() {
	db=$1
	$P -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null 2>&1
	cat "$@" | sed -e '/^DROP DATABASE/d' -e '/^CREATE DATABASE/d' -e '/^\\c /d' \
		-e '/^\\connect/d' -e '/^\\copy/d' -e 's/uuidv7()/gen_random_uuid()/g' \
		-e 's/) VIRTUAL/) STORED/g' -e 's/public\.vector([0-9]*)/real[]/g' \
		-e '/CREATE EXTENSION.*vector/d' -e '/CREATE EXTENSION.*postgis/d' \
		-e 's/public\.geometry([A-Za-z]*,[0-9]*)/bytea/g' |
		$P -d "$db" >/dev/null 2>"$WORK/$db.err"
	echo "loaded $db ($(wc -l < "$WORK/$db.err") psql error lines)"
}
load northwind "$DIR/northwind/northwind.sql"
load pagila "$DIR/pagila/pagila-schema.sql"
load danbooru "$DIR/danbooru/structure.sql"
load openstreetmap "$DIR/openstreetmap/structure.sql"
load omop_cdm "$O"
load adventureworks "$DIR/adventureworks_pg/install.sql"
U="postgresql://$SX_PG_ADMIN:$SX_PG_ADMIN_PW@127.0.0.1:$SX_PG_PORT"
"$EVAL" "$DIR/chinook/Chinook_Sqlite.sqlite" "$U/northwind" "$U/pagila" "$U/danbooru" \
	"$U/openstreetmap" "$U/omop_cdm" "$U/adventureworks"
