/*
 * eval_relations.c - evaluation bench for relationship discovery.
 *
 *   eval_relations [--no-sampling] [--threshold X] [--quiet] [--verbose] DIR|SOURCE...
 *
 * For every schema found under the given folders:
 *   - Spider layout (DIR/tables.json, DIR/database/<db>/<db>.sqlite): the
 *     truth is tables.json's foreign_keys; databases without a .sqlite file
 *     are built from tables.json (names and types only);
 *   - any other folder: every *.sqlite / *.db file, and every *.sql / *.ddl
 *     file the DDL reader accepts; the truth is the declared FKs;
 *   - a SOURCE (postgresql://..., a file): the same, on that source
 *     (tests/bench/eval_schemas.sh loads the PostgreSQL dumps this way).
 * Each schema is analysed the way `sextant analyze --ignore-declared-fks`
 * does it (introspect without FKs, sample values read-only, relate), and
 * the inferred relationships are scored against the truth per column pair
 * (child table, child column, parent table, parent column; names compared
 * case-insensitively): a composite FK is right only when all its pairs are.
 *
 * Two baselines run on the same catalogs, from their documented rules:
 *   schemaspy: a column whose name equals the single-column PK of exactly
 *              one other table, with the same declared type (ambiguous
 *              names are dropped);
 *   tbls:      x_id -> xs.id or x.id (singular table name), a column equal
 *              to another table's PK column name (identical name), and
 *              id_x -> xs.id; first match wins, no type check.
 * Prints per-schema and micro-averaged precision/recall/F1 at confidence
 * thresholds 0.3 .. 0.9, and the baselines.
 *
 * Cross-validation (--folds K, default 5): every Spider database falls in
 * fold FNV-1a(db name) mod K; folds 0 .. K-3 are the tuning folds and the
 * last two are held out (--test-folds N changes how many). Every schema
 * that is not Spider's forms the separate "real" fold. The summary prints
 * P/R/F1 at the report threshold per fold and pooled (tune, held-out,
 * real), a reliability table (chosen column pairs bucketed by confidence,
 * share that are declared FKs) per group, and the errors of each group
 * sorted into categories (self reference, link table, wrong target, type
 * mismatch, FK column named after the table, role prefix, abbreviation, no
 * shared word, probably-real undeclared link) with counts. --errors GROUP
 * prints each categorised error of one group (tune, heldout, real, new,
 * blind, blind2, blind3, blind4, blind5, blind6, blind7, blind8, blind9,
 * blind10, blind11, blind12, blind13, blind14, blind15, blind16, blind17,
 * blind18, blind19, blind20, blind21, blind22, blind23, blind24, blind25,
 * blind26, blind27, blind28, blind29, blind30, blind31, blind32,
 * blind33).
 * Tune by looking at the tuning folds only; keep a change when held-out
 * gains.
 *
 * --group-new: the schemas of the arguments that follow form the group
 * "new" instead of "real": held-out schemas written for conventions the
 * other folds lack (tests/bench/rel_heldout: a MusicBrainz-style music
 * database, a Rails application; eval_schemas.sh --heldout runs them).
 * --group-blind: the same for the group "blind": schemas written by an
 * author who had not read the inference rules (rel_heldout: a legacy ERP,
 * a Django shop, a star-schema warehouse; eval_schemas.sh --blind).
 * --group-blind2: the same for the group "blind2", a second blind set
 * (rel_heldout: a multi-tenant SaaS billing schema, an HL7-style clinical
 * schema with uppercase abbreviations, a Russian transliterated logistics
 * schema; eval_schemas.sh --blind2).
 * --group-blind3: the same for the group "blind3", a third blind set
 * (rel_heldout: an SAP/German ERP, a Data Vault 2.0 warehouse, a Spanish
 * shop with a Russian 1C-style back office; eval_schemas.sh --blind3).
 * --group-blind4: the same for the group "blind4", a fourth blind set
 * (rel_heldout: a Salesforce-style CRM, a Dynamics NAV-style ERP with quoted
 * names with spaces, a Chinese MES in pinyin; eval_schemas.sh --blind4).
 * --group-blind5: the same for the group "blind5", a fifth blind set
 * (rel_heldout: an Odoo-style ERP, a Magento-style EAV shop, a French and
 * Japanese (romaji) hospital; eval_schemas.sh --blind5).
 * --group-blind6: the same for the group "blind6", a sixth blind set
 * (rel_heldout: a WordPress/WooCommerce shop, MediaWiki with per-table column
 * prefixes, an Oracle E-Business Suite-style ERP; eval_schemas.sh --blind6).
 * --group-blind7: the same for the group "blind7", a seventh blind set
 * (rel_heldout: a PrestaShop-style shop, a Dolibarr-style ERP with rowid keys
 * and fk_ columns, Moodle with suffix-less references; eval_schemas.sh --blind7).
 * --group-blind8: the same for the group "blind8", an eighth blind set
 * (rel_heldout: Zabbix with separator-less ids, a SuiteCRM-style CRM with
 * GUID keys, an ERPNext-style ERP keyed by name; eval_schemas.sh --blind8).
 * --group-blind9: the same for the group "blind9", a ninth blind set
 * (rel_heldout: an OpenMRS-style medical record with creator / voided_by
 * audit columns, an iDempiere-style ERP with AD_Client_ID / AD_Org_ID on
 * every table, an OFBiz-style ERP with text keys; eval_schemas.sh --blind9).
 * --group-blind10: the same for the group "blind10", a tenth blind set
 * (rel_heldout: a Keycloak-style identity server with UUID keys and realm_id
 * everywhere, a part of GitLab's Rails schema with namespaces as groups and
 * loose CI keys, a Drupal site with entity field tables; eval_schemas.sh
 * --blind10).
 * --group-blind11: the same for the group "blind11", an eleventh blind set
 * (rel_heldout: a Camunda-style BPM engine with ACT_* tables and trailing
 * underscores, a Hive metastore with quoted upper-case names, a Mattermost
 * server with its Playbooks and Boards plugin tables and no declared FKs;
 * eval_schemas.sh --blind11).
 * --group-blind12: the same for the group "blind12", a twelfth blind set
 * (rel_heldout: an OpenEMR practice database referring to patients and
 * encounters by their unique numbers pid / encounter, a phpBB board with
 * phpbb_ tables and role-named references, a Jira server with suffix-less
 * references and user keys; none declares its FKs; eval_schemas.sh
 * --blind12).
 * --group-blind13: the same for the group "blind13", a thirteenth blind set
 * (rel_heldout: an Apache Fineract core banking database with m_ tables,
 * <role>_cv_id code values and lifecycle user columns, an Apache Superset
 * metadata database with created_by_fk / changed_by_fk audit references,
 * an Apache Airflow metadata database with composite text keys to dag_run
 * and task_instance; eval_schemas.sh --blind13).
 * --group-blind14: the same for the group "blind14", a fourteenth blind set
 * (rel_heldout: a Metabase application database with core_user,
 * report_card and metabase_field, creator_id and fk_target_field_id roles,
 * a Matomo analytics database with id-prefixed keys such as idsite,
 * idvisit and idaction_url, declaring no FKs, an OpenStack Keystone
 * identity database with text uuid keys; eval_schemas.sh --blind14).
 * --group-blind15: the same for the group "blind15", a fifteenth blind set
 * (rel_heldout: a Redmine database with Rails-style project_id / author_id
 * links and no declared FKs, a Gitea database (Go xorm) with repo_id /
 * owner_id / poster_id / doer_id links and no declared FKs, an Oracle-style
 * telecom billing schema with uppercase abbreviated names;
 * eval_schemas.sh --blind15).
 * --group-blind16: the same for the group "blind16", a sixteenth blind set
 * (rel_heldout: a Discourse forum database with Rails-style user_id /
 * topic_id / post_id links and role names such as acting_user_id and
 * last_post_user_id, declaring no FKs, a Kill Bill billing database with
 * serial record_id keys, varchar(36) UUID ids and account_record_id /
 * tenant_record_id links, declaring no FKs, an Apache Ranger policy
 * database with x_ tables, added_by_id / upd_by_id on every row and bare
 * references such as x_service.type; eval_schemas.sh --blind16).
 * --group-blind17: the same for the group "blind17", a seventeenth blind set
 * (rel_heldout: a Quartz Scheduler + Spring Batch job store with upper-case
 * QRTZ_ / BATCH_ tables and composite (SCHED_NAME, ...) keys, a Sentry
 * database (Django) with sentry_ tables and project_id / group_id / team_id
 * links, a Mastodon database (Rails) with account_id / status_id links and
 * role names such as in_reply_to_account_id and target_account_id;
 * eval_schemas.sh --blind17).
 * --group-blind18: the same for the group "blind18", an eighteenth blind set
 * (rel_heldout: a pretix ticket shop database (Django) with pretixbase_
 * tables and event_id / order_id / item_id links, a Nextcloud database with
 * oc_ tables, text user keys (uid) and fileid / calendarid / addressbookid
 * references, declaring no FKs, a Snipe-IT asset manager (Laravel) with
 * created_by on every table, status_id / fieldset_id / rtd_location_id and
 * polymorphic assigned_to, declaring no FKs; eval_schemas.sh --blind18).
 * --group-blind19: the same for the group "blind19", a nineteenth blind set
 * (rel_heldout: an OTRS / Znuny help desk database with valid_id and
 * create_by / change_by on every table and singular table names, a Mautic
 * marketing automation database (Doctrine) with FK_ constraint names,
 * lead_id -> leads and FormEntity created_by columns that are no keys, a
 * Joomla site on PostgreSQL with a random table prefix, catid / access /
 * asset_id / checked_out links and a text menutype key, declaring no FKs;
 * eval_schemas.sh --blind19).
 * --group-blind20: the same for the group "blind20", a twentieth blind set
 * (rel_heldout: a Bugzilla 5 database with users in profiles keyed by
 * userid, reporter / assigned_to / qa_contact / who / setter_id links and
 * select fields referenced by their text value, a Zulip server database
 * (Django) with zerver_ model tables, realm_id everywhere, recipient_id and
 * can_*_group_id links, a Grafana database with a quoted "user" table,
 * org_id everywhere, folders as dashboards and created_by / updated_by,
 * declaring no FKs; eval_schemas.sh --blind20).
 * --group-blind21: the same for the group "blind21", a twenty-first blind
 * set (rel_heldout: a DSpace 7 repository database with uuid keys that are
 * also FKs to the dspaceobject supertype, <a>2<b> link tables and group
 * roles such as admin / submitter / workflow_step_1, a Sylius 1.12 shop
 * (Doctrine) with sylius_ tables, translatable_id / owner_id links and
 * join tables, an Alfresco 4.2 repository database with alf_ / avm_ tables,
 * qname links by role (type_qname_id, qname_id, ns_id) and suffix-less AVM
 * links; the three declare their FKs; eval_schemas.sh --blind21).
 * --group-blind22: the same for the group "blind22", a twenty-second blind
 * set (rel_heldout: a Koha library system with <thing>number keys
 * (borrowernumber, biblionumber, itemnumber), text code keys (branchcode,
 * categorycode, itemtype), role links without suffix (homebranch /
 * holdingbranch, frombranch / tobranch, suggestedby / managedby, owner)
 * and aq* acquisitions tables, a TYPO3 CMS site with uid / pid on every
 * table, cruser_id, l10n_parent / t3ver_oid self links, suffix-less TCA
 * links, *_mm tables with uid_local / uid_foreign and a German Extbase
 * extension (verein, mitglied, abteilung), declaring no FKs, a ThingsBoard
 * IoT platform with uuid keys, tenant_id / customer_id everywhere,
 * polymorphic entity_id / entity_type and a key_dictionary for time
 * series; eval_schemas.sh --blind22).
 * --group-blind23: the same for the group "blind23", a twenty-third blind
 * set (rel_heldout: a DHIS2 health information system (Hibernate) with
 * glued <table>id keys (dataelementid, organisationunitid), category tables
 * whose names and keys differ (dataelementcategory.categoryid), userid /
 * lastupdatedby -> userinfo.userinfoid, sourceid -> organisationunit and
 * composite data value keys, an OrangeHRM HR suite with hs_hr_ / ohrm_
 * tables, the employee keyed by emp_number and referred to by role
 * (erep_sup_emp_number, hiring_manager_id, added_person, employee_id),
 * *_code columns holding integer ids and text country / currency keys, a
 * TrinityCore game server (auth and characters) whose characters, items,
 * groups and pets are all keyed by `guid`, with mixed-case role links
 * (leaderGuid, captainGuid, owner_guid, itemguid), bare ones (account,
 * owner, receiver, friend) and guild rank composites, declaring no FKs;
 * eval_schemas.sh --blind23).
 * --group-blind24: the same for the group "blind24", a twenty-fourth blind
 * set (rel_heldout: a Gibbon school platform with camelCase gibbon<Class>
 * tables keyed gibbon<Class>ID and role links with the role glued after
 * the key (gibbonPersonIDTutor, gibbonPersonIDCreator), declaring no FKs,
 * a 1C-Bitrix site and shop with b_ tables, upper-case columns, text site
 * and language keys (LID, SITE_ID) and suffix-less file links
 * (PREVIEW_PICTURE, DETAIL_PICTURE), declaring no FKs, a GTFS transit feed
 * with Fares v2, Flex and a GTFS-Realtime archive, keyed by text ids
 * (stop_id, trip_id, route_id) with role links (parent_station,
 * from_stop_id / to_stop_id) and composite keys;
 * eval_schemas.sh --blind24).
 * --group-blind25: the same for the group "blind25", a twenty-fifth blind
 * set (rel_heldout: a uniCenta oPOS point of sale with unquoted upper-case
 * names, text UUID keys ID and suffix-less singular links (CATEGORY ->
 * CATEGORIES, PRODUCT, RECEIPT, MONEY -> CLOSEDCASH, PERSON -> PEOPLE),
 * abbreviated ones (TAXCAT, CUSTCATEGORY, PPLID, TAXID) and tax numbers
 * named TAXID too, a HotelDruid hotel manager in Italian with keys glued
 * id<plural table> (idclienti, idprenota), links by the singular
 * (idutente, idnazione -> nazioni), roles (iddatainizio / iddatafine,
 * utente_inserimento, mittente) and per-year tables (prenota2024,
 * periodi2025), declaring no FKs, a LimeSurvey install with lime_ tables,
 * abbreviated keys (sid, gid, qid, aid, uid, ugid, gsid), role links
 * (parent_qid, cqid, sqid, targetqid, share_uid), column prefixes
 * (surveyls_survey_id, quotals_quota_id), text template and token keys
 * and the tables of an activated survey, declaring no FKs;
 * eval_schemas.sh --blind25).
 * --group-blind26: the same for the group "blind26", a twenty-sixth blind
 * set (rel_heldout: a GNU Health hospital information system on Tryton
 * with serial ids, create_uid / write_uid on every table and Many2One
 * links named by the field without a suffix (patient, healthprof,
 * institution), "name" itself a link on many models (to the party, the
 * product or the header), roles (signed_by, requestor, surgeon, mother)
 * and "<model>-<model>" many-to-many tables, declaring its FKs, an
 * i-Educar school management system in Portuguese with cod_<table> keys
 * and ref_cod_<table> links, ref_ref_cod_ composite links through
 * escola_serie / escola_ano_letivo / historico_escolar / servidor,
 * abbreviated glued keys (idpes, idmun, idbai, idlog, idtlog), audit
 * roles (ref_usuario_cad / ref_usuario_exc, idpes_cad / idpes_rev) and a
 * text state key (sigla_uf), declaring its FKs, a FusionPBX telephone
 * exchange with v_ tables keyed by uuid <singular>_uuid, domain_uuid
 * everywhere, insert_user / update_user uuids and roles around the key
 * (domain_parent_uuid, device_user_uuid, voicemail_uuid_copy,
 * cc_agent_uuid), declaring no FKs; eval_schemas.sh --blind26).
 * --group-blind27: the same for the group "blind27", a twenty-seventh
 * blind set (rel_heldout: an ILIAS learning management system whose
 * objects all have an object_data row (obj_id) and tree places in
 * object_reference (ref_id), settings tables keyed by obj_id, usr_data /
 * role_data keyed by an obj_id, links named obj_id / ref_id / usr_id /
 * rol_id whatever the table or by role word without a suffix (owner,
 * author, parent, child, tree, awarded_by, update_user), _fi links in the
 * test and question pool tables (obj_fi, test_fi, active_fi, question_fi,
 * user_fi) and <abbr>_pk keys with <abbr>_<abbr>_fk links in the forum
 * and hint tables (top_pk, thr_top_fk, pos_thr_fk, qhtr_hint_fk),
 * declaring no FKs, an Evergreen ILS library system with serial id keys
 * and suffix-less links named by the thing or a role (usr, card, profile,
 * home_ou, circ_lib, owning_lib, pickup_lib, target_copy, call_number,
 * record, xact, hold, creator, editor, requestor, voider), text code keys
 * (circ_modifier, locale, hook, currency_type) and DEFERRABLE FKs, an
 * Indico conference system (SQLAlchemy) with named table-level
 * constraints, <model>_id links and roles (creator_id, submitter_id,
 * judge_id, booked_for_id, own_room_id, own_venue_id, target_id), owners
 * by link_type with a column per kind and typed access entries;
 * eval_schemas.sh --blind27).
 * --group-blind28: the same for the group "blind28", a twenty-eighth
 * blind set (rel_heldout: an OpenClinica 3 clinical trial data capture
 * system with <table>_id keys, owner_id / update_id / status_id on almost
 * every table, roles (parent_study_id, father_id / mother_id,
 * parent_dn_id, validator_id, assigned_user_id, default_version_id), text
 * links by login, role name and handle (user_name, role_name, parameter)
 * and dn_<entity>_map tables, an Apache CloudStack cloud database with
 * bigserial id keys beside uuids, links named by CloudStack's words rather
 * than the table (zone_id / data_center_id -> data_center, pod_id ->
 * host_pod_ref, pool_id -> storage_pool, vlan_db_id -> vlan, vmId /
 * nicId), sub-type tables keyed by their parent's id and
 * fk_<table>__<column> constraints, an InsERT Subiekt GT sales and
 * warehouse database in Polish with a short prefix on every column and
 * links <prefix>_Id<Role> or <prefix>_<Role>Id (kh_IdGrupa, tw_IdVatSp,
 * dok_PlatnikId, ob_TowId, st_MagId) and text currency keys, all three
 * declaring their FKs; eval_schemas.sh --blind28).
 * --group-blind29: the same for the group "blind29", a twenty-ninth
 * blind set (rel_heldout: a GLPI 10 IT asset management and service desk
 * database with glpi_<plural> tables keyed by id, links named by the
 * target's plural (entities_id, users_id, computermodels_id) and roles
 * written after the _id (users_id_tech, users_id_recipient, groups_id_tech,
 * slas_id_ttr, softwareversions_id_buy, networkports_id_1), itemtype /
 * items_id polymorphic links, declaring no FKs, a GMOD Chado 1.3 biology
 * database with <table>_id keys, type_id -> cvterm on almost every table,
 * subject_id / object_id pairs on its relationship tables and roles such as
 * srcfeature_id, chromosome_id, observable_id, cvalue_id and
 * parent_phylonode_id, a FacturaScripts invoicing and accounting database
 * in Spanish with text code keys glued to cod (codpago -> formaspago,
 * coddivisa -> divisas, codejercicio -> ejercicios), serial keys glued to
 * id (idempresa, idasiento, idsubcuenta), users keyed by nick, variants
 * referenced by their unique referencia, roles (madre, idcontactofact,
 * idfacturarect, idcontrapartida, idatributovalor1) and named
 * ca_<table>_<target> constraints; the REFERENCES are, for GLPI, the links
 * its code follows, and for Chado and FacturaScripts the FKs they declare;
 * eval_schemas.sh --blind29).
 * --group-blind30: the same for the group "blind30", a thirtieth blind
 * set (rel_heldout: a JTL-Shop 5 web shop database in German with tables
 * t<noun> (tartikel, tkunde, twarenkorbpos) and Hungarian-notation columns,
 * each table keyed by k<Word> and linked by the same name (kKunde,
 * kWarenkorb, kSprache), roles kVaterArtikel, kOberKategorie,
 * kInetBestellung, kBestellPos, kGrundpreisEinheit, countries by their ISO
 * code (cLand, cLandIso, cISO -> tland.cISO), translations by a text
 * language code (cISOSprache -> tsprache.cISO) and newer English camelCase
 * links (linkID, languageID, parentCommentID), declaring no FKs; a Tryton 7
 * ERP database with tables named by their model (party_party,
 * account_move_line, "res_user-res_group") keyed by id and Many2One links
 * named by the field with no _id (party, company, move, "user", "group")
 * or by a role (invoice_address, from_location, warehouse, supervisor,
 * replaced_by, default_uom, second_currency, delegate_to); and a CiviCRM 5
 * nonprofit CRM database with civicrm_<singular> tables linked by
 * <target>_id, roles before the _id (created_id, employer_id, master_id,
 * owner_membership_id, header_id, from_financial_account_id), contact_id_a /
 * contact_id_b, option values by value and entity_table / entity_id pairs
 * left unlinked; the REFERENCES are, for JTL-Shop, the links its code
 * follows, and for Tryton and CiviCRM the FKs they declare;
 * eval_schemas.sh --blind30).
 * --group-blind31: the same for the group "blind31", a thirty-first blind
 * set (rel_heldout: an OpenXE 1.x (Xentral, WaWision) ERP database in
 * German with tables named by a bare noun (adresse, artikel, auftrag,
 * auftrag_position, lager_platz, verbindlichkeit) keyed by id and links
 * named by the bare target table (adresse, projekt, artikel, auftrag,
 * lieferschein, bestellung, "user"), with id glued on (auftragid,
 * rechnungid, angebotid, ansprechpartnerid, lieferid, vertriebid,
 * bearbeiterid, zwischenlagerid) or by a role (variante_von,
 * stuecklistevonartikel, explodiert_parent, teillieferungvon, vorgaenger,
 * standardlager, projektfiliale, shop2, artikelporto, inbearbeitung_user,
 * bestellung1 .. bestellung5), beside text copies under the bare name
 * (rechnung.auftrag) and text keys (ticket_nachricht.ticket ->
 * ticket.schluessel); a Shopware 5 shop database with s_<area>_<noun>
 * tables, camelCase links with ID glued on (articleID, articledetailsID,
 * userID, subshopID, customergroupID), snake_case ones (main_detail_id,
 * configurator_set_id, default_billing_address_id), an attribute table
 * beside most entities, bare roles (parent, status, cleared, type,
 * relatedarticle, paymentpreset, bindtosupplier) and text keys (a
 * customer group by its groupkey, a partner by its idcode, a variant by
 * its ordernumber, the shop's id as varchar in language); and an OpenOLAT
 * 18 LMS database with o_<area>_<noun> tables keyed by id or
 * <table>_id (repositoryentry_id, resource_id, publisher_id) and links
 * named fk_<target or role>[_id] (fk_identity, fk_group_id, fk_entry,
 * fk_olatresource, fk_reference_entry, fk_recipient_id), <target>_fk
 * (identity_fk, forum_fk), <role>_id (creator_id, topthread_id) or bare
 * (identity, grp, parent_key, course_repo_key); the REFERENCES are, for
 * OpenXE, the links its code follows, for Shopware those it declares and
 * its Doctrine models join, and for OpenOLAT the FKs it declares;
 * eval_schemas.sh --blind31).
 * --group-blind32: the same for the group "blind32", a thirty-second
 * blind set (rel_heldout: a vtiger CRM 7 database whose records are rows
 * of vtiger_crmentity keyed by crmid and of a module table keyed by the
 * same number under its own name (accountid, contactid, potentialid,
 * ticketid), side tables keyed by it under yet another name
 * (accountaddressid, contactsubscriptionid, quotebilladdressid), links
 * named <target>id with no separator (accountid, quoteid, vendorid,
 * folderid, queryid, cvid) or by a role (smownerid, smcreatorid,
 * modifiedby, whodid, inventorymanager, smid, inviteeid, parentid,
 * reportsto, parent_comments, customer, block, related_tabid), crmid
 * links that may name any module (related_to, parent_id,
 * linktoaccountscontacts, the <a><b>rel tables) and text keys (roleid
 * 'H2', setype -> vtiger_tab.name); a Spree Commerce 4 store with Rails
 * conventions (spree_<plural> tables, <singular>_id links without the
 * spree_ prefix, has_and_belongs_to_many join tables, roles
 * bill_address_id, created_by_id, approver_id, canceler_id,
 * source_location_id, exchange_variant_id, preferred_reimbursement_type_id,
 * category_id, type_id, resource_owner_id, checkout_zone_id; polymorphic
 * pairs left unlinked); and a Chamilo LMS 1.11 database with bare main
 * tables (user, course, session) and <a>_rel_<b> link tables, course tool
 * tables c_<tool>_<noun> keyed by iid with c_id -> course, session_id ->
 * session and links named after the old per-course id, French and
 * cryptic names (exercice_id, exe_exo_id, id_coach, ponderation,
 * orig_lp_item_view_id), tracking tables track_e_* whose columns carry
 * the table's prefix (exe_user_id, login_user_id, access_session_id,
 * down_user_id, links_link_id, hotspot_exe_id) and text keys
 * (category_code, course_code -> course.code, survey_code); the
 * REFERENCES are, for vtiger, the FKs it declares and the links its code
 * follows, for Spree the belongs_to associations of its models (and
 * Doorkeeper's two FKs), and for Chamilo the FKs its Doctrine entities
 * declare and the links its code follows; eval_schemas.sh --blind32).
 * --group-blind33: the same for the group "blind33", a thirty-third
 * blind set (rel_heldout: an osTicket 1.17 help desk with ost_<singular>
 * tables keyed by id or by <noun>_id (ticket_id, staff_id, team_id,
 * topic_id, email_id, tpl_id, lock_id), links <target>_id with the
 * target's short name (dept_id -> ost_department, topic_id ->
 * ost_help_topic, tpl_id -> ost_email_template_group, status_id,
 * priority_id, org_id), roles (staff_id the assignee, manager_id, lead_id,
 * agent_id, autoresp_email_id, user_email_id, default_email_id,
 * columns_id), self references (pid, ticket_pid, topic_pid,
 * category_pid, parent_id), __cdata tables keyed by the row they copy,
 * one-letter object_type pairs left unlinked and no FKs declared; an
 * Invoice Ninja 5 database (Laravel) whose tenant tables all have
 * company_id -> companies and user_id / assigned_user_id -> users, with
 * one invitations table per document, roles (default_company_id,
 * shipping_country_id, group_settings_id, group_id, recurring_id,
 * invoice_id on quotes and credits, ninja_category_id, type_id,
 * invoice_currency_id, exchange_currency_id, transaction_id,
 * fee_invoice_id, token_id) and a text key gateway_key -> gateways.key;
 * and a Taiga 6 database (Django) with <app>_<model> tables
 * (projects_userstorystatus, userstories_rolepoints), <field>_id links,
 * roles owner_id, assigned_to_id, invited_by_id, last_modifier_id,
 * generated_from_issue_id, creation_template_id, the project's
 * default_*_id, data_content_type_id, many-to-many tables and generic
 * relations (content_type_id, object_id) left unlinked; the REFERENCES
 * are, for osTicket, the links its ORM models join on, for Invoice Ninja
 * the FKs its migrations declare and its models' belongsTo, for Taiga
 * the FKs Django declares; eval_schemas.sh --blind33).
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sextant/catalog.h>
#include <sextant/search.h>
#include <sextant/map.h>

#include "map/map_int.h"

#define NTH 7
static const double thresholds[NTH] = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

struct pair {
	char s[512];
};

typedef SX_VEC(struct pair) pairs;

struct counts {
	long tp, fp, fn;
};

struct totals {
	struct counts th[NTH];
	struct counts spy, tbls;
	long schemas, tables, fks;
};

static bool quiet, sampling = true, verbose;
static double report_th = 0.5;

/* ------------------------------------------------------------ folds */

#define MAXFOLDS 16
#define NBUCK 10
enum {
	G_TUNE, G_HELD, G_REAL, G_NEW, G_BLIND, G_BLIND2, G_BLIND3, G_BLIND4, G_BLIND5, G_BLIND6,
	G_BLIND7, G_BLIND8, G_BLIND9, G_BLIND10, G_BLIND11, G_BLIND12, G_BLIND13, G_BLIND14,
	G_BLIND15, G_BLIND16, G_BLIND17, G_BLIND18, G_BLIND19, G_BLIND20, G_BLIND21, G_BLIND22,
	G_BLIND23, G_BLIND24, G_BLIND25, G_BLIND26, G_BLIND27, G_BLIND28, G_BLIND29, G_BLIND30,
	G_BLIND31, G_BLIND32, G_BLIND33, NGROUPS
};
static const char *const group_name[NGROUPS] = {"tune",   "heldout", "real",   "new",
						 "blind",  "blind2",  "blind3", "blind4",
						 "blind5", "blind6", "blind7", "blind8",
						 "blind9", "blind10", "blind11", "blind12",
						 "blind13", "blind14", "blind15", "blind16",
						 "blind17", "blind18", "blind19", "blind20",
						 "blind21", "blind22", "blind23",
						 "blind24", "blind25", "blind26", "blind27",
						 "blind28", "blind29", "blind30",
						 "blind31", "blind32", "blind33"};
static int nfolds = 5, ntest = 2;
static int show_errors = -1; /* group whose errors are printed */
/* index nfolds: real, + 1: new, + 2: blind, + 3: blind2, + 4: blind3, + 5: blind4, + 6: blind5,
 * + 7: blind6, + 8: blind7, + 9: blind8, + 10: blind9, + 11: blind10, + 12: blind11,
 * + 13: blind12, + 14: blind13, + 15: blind14, + 16: blind15, + 17: blind16, + 18: blind17,
 * + 19: blind18, + 20: blind19, + 21: blind20, + 22: blind21, + 23: blind22, + 24: blind23,
 * + 25: blind24, + 26: blind25, + 27: blind26, + 28: blind27, + 29: blind28,
 * + 30: blind29, + 31: blind30, + 32: blind31, + 33: blind32, + 34: blind33 */
static struct counts fold_c[MAXFOLDS + 35];
static long fold_schemas[MAXFOLDS + 35];
static int arg_group = G_REAL; /* set by --group-new / --group-blind for the arguments after it */
static long buck_n[NGROUPS][NBUCK], buck_tp[NGROUPS][NBUCK];

enum {
	E_SELF,
	E_LINK,
	E_WRONG_TARGET,
	E_TYPE,
	E_NAMED_TABLE,
	E_ROLE,
	E_ABBREV,
	E_NO_WORD,
	E_UNDECLARED,
	E_OTHER,
	NERR
};
static const char *const err_name[NERR] = {
	"self reference",
	"link table (column in a composite PK)",
	"wrong target (column has another true parent)",
	"type mismatch",
	"FK column named after the table",
	"role prefix (manager_id -> employees)",
	"abbreviation",
	"no shared word",
	"plausible undeclared link (x_id -> x)",
	"other"};
static long errs[NGROUPS][2][NERR]; /* [group][0 fp, 1 fn][category] */

static unsigned fnv1a(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static int fold_of(const char *db, bool spider)
{
	if (spider)
		return (int)(fnv1a(db) % (unsigned)nfolds);
	if (arg_group == G_BLIND2)
		return nfolds + 3;
	if (arg_group == G_BLIND3)
		return nfolds + 4;
	if (arg_group == G_BLIND4)
		return nfolds + 5;
	if (arg_group == G_BLIND5)
		return nfolds + 6;
	if (arg_group == G_BLIND6)
		return nfolds + 7;
	if (arg_group == G_BLIND7)
		return nfolds + 8;
	if (arg_group == G_BLIND8)
		return nfolds + 9;
	if (arg_group == G_BLIND9)
		return nfolds + 10;
	if (arg_group == G_BLIND10)
		return nfolds + 11;
	if (arg_group == G_BLIND11)
		return nfolds + 12;
	if (arg_group == G_BLIND12)
		return nfolds + 13;
	if (arg_group == G_BLIND13)
		return nfolds + 14;
	if (arg_group == G_BLIND14)
		return nfolds + 15;
	if (arg_group == G_BLIND15)
		return nfolds + 16;
	if (arg_group == G_BLIND16)
		return nfolds + 17;
	if (arg_group == G_BLIND17)
		return nfolds + 18;
	if (arg_group == G_BLIND18)
		return nfolds + 19;
	if (arg_group == G_BLIND19)
		return nfolds + 20;
	if (arg_group == G_BLIND20)
		return nfolds + 21;
	if (arg_group == G_BLIND21)
		return nfolds + 22;
	if (arg_group == G_BLIND22)
		return nfolds + 23;
	if (arg_group == G_BLIND23)
		return nfolds + 24;
	if (arg_group == G_BLIND24)
		return nfolds + 25;
	if (arg_group == G_BLIND25)
		return nfolds + 26;
	if (arg_group == G_BLIND26)
		return nfolds + 27;
	if (arg_group == G_BLIND27)
		return nfolds + 28;
	if (arg_group == G_BLIND28)
		return nfolds + 29;
	if (arg_group == G_BLIND29)
		return nfolds + 30;
	if (arg_group == G_BLIND30)
		return nfolds + 31;
	if (arg_group == G_BLIND31)
		return nfolds + 32;
	if (arg_group == G_BLIND32)
		return nfolds + 33;
	if (arg_group == G_BLIND33)
		return nfolds + 34;
	return arg_group == G_BLIND ? nfolds + 2 : arg_group == G_NEW ? nfolds + 1 : nfolds;
}

static int group_of(int fold)
{
	if (fold == nfolds)
		return G_REAL;
	if (fold == nfolds + 1)
		return G_NEW;
	if (fold == nfolds + 2)
		return G_BLIND;
	if (fold == nfolds + 3)
		return G_BLIND2;
	if (fold == nfolds + 4)
		return G_BLIND3;
	if (fold == nfolds + 5)
		return G_BLIND4;
	if (fold == nfolds + 6)
		return G_BLIND5;
	if (fold == nfolds + 7)
		return G_BLIND6;
	if (fold == nfolds + 8)
		return G_BLIND7;
	if (fold == nfolds + 9)
		return G_BLIND8;
	if (fold == nfolds + 10)
		return G_BLIND9;
	if (fold == nfolds + 11)
		return G_BLIND10;
	if (fold == nfolds + 12)
		return G_BLIND11;
	if (fold == nfolds + 13)
		return G_BLIND12;
	if (fold == nfolds + 14)
		return G_BLIND13;
	if (fold == nfolds + 15)
		return G_BLIND14;
	if (fold == nfolds + 16)
		return G_BLIND15;
	if (fold == nfolds + 17)
		return G_BLIND16;
	if (fold == nfolds + 18)
		return G_BLIND17;
	if (fold == nfolds + 19)
		return G_BLIND18;
	if (fold == nfolds + 20)
		return G_BLIND19;
	if (fold == nfolds + 21)
		return G_BLIND20;
	if (fold == nfolds + 22)
		return G_BLIND21;
	if (fold == nfolds + 23)
		return G_BLIND22;
	if (fold == nfolds + 24)
		return G_BLIND23;
	if (fold == nfolds + 25)
		return G_BLIND24;
	if (fold == nfolds + 26)
		return G_BLIND25;
	if (fold == nfolds + 27)
		return G_BLIND26;
	if (fold == nfolds + 28)
		return G_BLIND27;
	if (fold == nfolds + 29)
		return G_BLIND28;
	if (fold == nfolds + 30)
		return G_BLIND29;
	if (fold == nfolds + 31)
		return G_BLIND30;
	if (fold == nfolds + 32)
		return G_BLIND31;
	if (fold == nfolds + 33)
		return G_BLIND32;
	if (fold == nfolds + 34)
		return G_BLIND33;
	return fold >= nfolds - ntest ? G_HELD : G_TUNE;
}

static void lower(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

static void pair_make(struct pair *p, const char *ct, const char *cc, const char *pt,
		      const char *pc)
{
	snprintf(p->s, sizeof p->s, "%s.%s->%s.%s", ct, cc, pt, pc);
	lower(p->s);
}

/* Table names qualified by schema outside the default ones, so that
 * multi-schema databases (AdventureWorks) compare exactly. */
static const char *qual(char *buf, size_t n, const char *schema, const char *table)
{
	if (!schema || !strcmp(schema, "main") || !strcmp(schema, "public"))
		snprintf(buf, n, "%s", table);
	else
		snprintf(buf, n, "%s.%s", schema, table);
	return buf;
}

static bool pairs_has(const pairs *v, const struct pair *p)
{
	size_t i;
	for (i = 0; i < v->n; i++)
		if (strcmp(v->v[i].s, p->s) == 0)
			return true;
	return false;
}

static void pairs_add(pairs *v, const struct pair *p)
{
	if (!pairs_has(v, p))
		SX_VEC_PUSH(v, *p);
}

static struct counts score(const pairs *truth, const pairs *pred)
{
	struct counts c = {0, 0, 0};
	size_t i;
	for (i = 0; i < pred->n; i++) {
		if (pairs_has(truth, &pred->v[i]))
			c.tp++;
		else
			c.fp++;
	}
	for (i = 0; i < truth->n; i++)
		if (!pairs_has(pred, &truth->v[i]))
			c.fn++;
	return c;
}

static void add(struct counts *a, struct counts b)
{
	a->tp += b.tp;
	a->fp += b.fp;
	a->fn += b.fn;
}

static void prf(struct counts c, double *p, double *r, double *f)
{
	*p = c.tp + c.fp ? (double)c.tp / (double)(c.tp + c.fp) : 0;
	*r = c.tp + c.fn ? (double)c.tp / (double)(c.tp + c.fn) : 0;
	*f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

/* ------------------------------------------------------------ baselines */

static sx_table **all_tables(const sx_database *db, size_t *n)
{
	size_t s, t, k = 0;
	sx_table **v = calloc(sx_database_table_count(db) + 1, sizeof *v);
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++)
			v[k++] = db->schemas[s]->tables[t];
	*n = k;
	return v;
}

static void schemaspy(const sx_database *db, pairs *out)
{
	size_t n, i, j, c;
	sx_table **tabs = all_tables(db, &n);
	for (i = 0; i < n; i++)
		for (c = 0; c < tabs[i]->ncols; c++) {
			const sx_column *col = &tabs[i]->cols[c];
			sx_table *match = NULL;
			int hits = 0;
			if (tabs[i]->pk.ncols == 1 && !strcmp(tabs[i]->pk.cols[0], col->name))
				continue;
			for (j = 0; j < n; j++) {
				const sx_column *pc;
				if (j == i || tabs[j]->pk.ncols != 1 ||
				    !sx_str_eq_nocase(tabs[j]->pk.cols[0], col->name))
					continue;
				pc = sx_table_find_column(tabs[j], tabs[j]->pk.cols[0]);
				hits++;
				if (pc && col->type && pc->type && sx_str_eq_nocase(col->type, pc->type))
					match = tabs[j];
			}
			if (hits == 1 && match) {
				struct pair p;
				char a[300], b[300];
				pair_make(&p, qual(a, sizeof a, tabs[i]->schema->name, tabs[i]->name),
					  col->name, qual(b, sizeof b, match->schema->name, match->name),
					  match->pk.cols[0]);
				pairs_add(out, &p);
			}
		}
	free(tabs);
}

static sx_table *find_nocase(sx_table **tabs, size_t n, const char *name)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (sx_str_eq_nocase(tabs[i]->name, name))
			return tabs[i];
	return NULL;
}

static const sx_column *col_nocase(const sx_table *t, const char *name)
{
	size_t i;
	for (i = 0; i < t->ncols; i++)
		if (sx_str_eq_nocase(t->cols[i].name, name))
			return &t->cols[i];
	return NULL;
}

static sx_table *tbls_target(sx_table **tabs, size_t n, const char *x)
{
	char plural[300];
	size_t l = strlen(x);
	sx_table *t;
	if (l == 0)
		return NULL;
	/* xs, then the singular name itself. */
	if (x[l - 1] == 'y')
		snprintf(plural, sizeof plural, "%.*sies", (int)l - 1, x);
	else if (x[l - 1] == 's' || x[l - 1] == 'x')
		snprintf(plural, sizeof plural, "%ses", x);
	else
		snprintf(plural, sizeof plural, "%ss", x);
	if ((t = find_nocase(tabs, n, plural)) && col_nocase(t, "id"))
		return t;
	if ((t = find_nocase(tabs, n, x)) && col_nocase(t, "id"))
		return t;
	return NULL;
}

static void tbls(const sx_database *db, pairs *out)
{
	size_t n, i, j, c;
	sx_table **tabs = all_tables(db, &n);
	for (i = 0; i < n; i++)
		for (c = 0; c < tabs[i]->ncols; c++) {
			const sx_column *col = &tabs[i]->cols[c];
			char low[300];
			size_t l;
			sx_table *target = NULL;
			const char *pcol = "id";
			struct pair p;
			if (tabs[i]->pk.ncols == 1 && !strcmp(tabs[i]->pk.cols[0], col->name))
				continue;
			snprintf(low, sizeof low, "%s", col->name);
			lower(low);
			l = strlen(low);
			if (l > 3 && !strcmp(low + l - 3, "_id")) {
				low[l - 3] = 0;
				target = tbls_target(tabs, n, low);
			} else if (l > 3 && !strncmp(low, "id_", 3)) {
				target = tbls_target(tabs, n, low + 3);
			}
			if (!target) {
				/* identical name: another table's PK column */
				for (j = 0; j < n && !target; j++)
					if (j != i && tabs[j]->pk.ncols == 1 &&
					    sx_str_eq_nocase(tabs[j]->pk.cols[0], col->name)) {
						target = tabs[j];
						pcol = tabs[j]->pk.cols[0];
					}
			} else {
				pcol = col_nocase(target, "id")->name;
			}
			if (!target || target == tabs[i])
				continue;
			{
				char a[300], b[300];
				pair_make(&p, qual(a, sizeof a, tabs[i]->schema->name, tabs[i]->name),
					  col->name, qual(b, sizeof b, target->schema->name, target->name),
					  pcol);
			}
			pairs_add(out, &p);
		}
	free(tabs);
}

/* ------------------------------------------------------------ one schema */

static void declared_pairs(const sx_database *db, pairs *out)
{
	size_t s, t, f, i;
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++) {
			const sx_table *tb = db->schemas[s]->tables[t];
			for (f = 0; f < tb->nfks; f++) {
				const sx_fk *fk = &tb->fks[f];
				const sx_schema *ps =
					fk->ref_schema ? sx_database_find_schema(db, fk->ref_schema)
						       : tb->schema;
				const sx_table *pt = ps ? sx_schema_find_table(ps, fk->ref_table)
							: NULL;
				for (i = 0; i < fk->ncols; i++) {
					const char *pc = fk->ref_cols && fk->ref_cols[0]
								 ? fk->ref_cols[i]
								 : (pt && pt->pk.ncols == fk->ncols
									    ? pt->pk.cols[i]
									    : NULL);
					struct pair p;
					char a[300], b[300];
					if (!pc)
						continue;
					pair_make(&p, qual(a, sizeof a, tb->schema->name, tb->name),
						  fk->cols[i],
						  qual(b, sizeof b,
						       fk->ref_schema ? fk->ref_schema : tb->schema->name,
						       fk->ref_table),
						  pc);
					pairs_add(out, &p);
				}
			}
		}
}

/* An inferred relationship of db scored pair by pair (not a junction's). */
static bool scored_rel(const sx_map_rel *r, const sx_database *db)
{
	return r->kind == SX_RELK_INFERRED && !r->via.t && r->card != SX_CARD_MANY_TO_MANY &&
	       r->from.t && r->from.t->schema->db == db;
}

/* The j-th column pair of r. */
static void rel_pair(const sx_map_rel *r, size_t j, struct pair *p)
{
	char a[300], b[300];
	pair_make(p, qual(a, sizeof a, r->from.schema, r->from.table), r->from.cols[j],
		  qual(b, sizeof b, r->to.schema, r->to.table), r->to.cols[j]);
}

static void predicted(const sx_dbmap *m, const sx_database *db, double th, pairs *out)
{
	size_t i, j;
	for (i = 0; i < sx_dbmap_rel_count(m); i++) {
		const sx_map_rel *r = sx_dbmap_rel(m, i);
		if (!scored_rel(r, db) || r->confidence + 1e-9 < th)
			continue;
		for (j = 0; j < r->from.ncols && j < r->to.ncols; j++) {
			struct pair p;
			rel_pair(r, j, &p);
			pairs_add(out, &p);
		}
	}
}

static void print_misses(const pairs *truth, const pairs *pred)
{
	size_t i;
	for (i = 0; i < pred->n; i++)
		if (!pairs_has(truth, &pred->v[i]))
			printf("      FP %s\n", pred->v[i].s);
	for (i = 0; i < truth->n; i++)
		if (!pairs_has(pred, &truth->v[i]))
			printf("      FN %s\n", truth->v[i].s);
}

/* The embedding similarity `sextant analyze` passes to the map (unless
 * SX_EVAL_NO_EMBED_SIM is set, to measure without it). */
static sx_namesim *namesim;

/* Parses "a.b->c.d" into its four parts (lowercase). */
static void pair_split(const char *s, char *ct, char *cc, char *pt, char *pc, size_t n)
{
	const char *arrow = strstr(s, "->"), *d1, *d2;
	ct[0] = cc[0] = pt[0] = pc[0] = 0;
	if (!arrow)
		return;
	for (d1 = arrow; d1 > s && d1[-1] != '.'; d1--)
		;
	d2 = strrchr(arrow, '.');
	if (d1 <= s || !d2)
		return;
	snprintf(ct, n, "%.*s", (int)(d1 - 1 - s), s);
	snprintf(cc, n, "%.*s", (int)(arrow - d1), d1);
	snprintf(pt, n, "%.*s", (int)(d2 - arrow - 2), arrow + 2);
	snprintf(pc, n, "%s", d2 + 1);
}

static const char *base_name(const char *qualified)
{
	const char *d = strrchr(qualified, '.');
	return d ? d + 1 : qualified;
}

static sx_table *table_nocase(const sx_database *db, const char *qualified)
{
	size_t s, t;
	const char *b = base_name(qualified);
	for (s = 0; s < db->nschemas; s++)
		for (t = 0; t < db->schemas[s]->ntables; t++)
			if (sx_str_eq_nocase(db->schemas[s]->tables[t]->name, b))
				return db->schemas[s]->tables[t];
	return NULL;
}

static bool word_in(const sx__words *w, const char *x)
{
	size_t i;
	for (i = 0; i < w->n; i++)
		if (!strcmp(w->w[i], x))
			return true;
	return false;
}

/* The error category of one wrong pair (fp: predicted but not declared;
 * otherwise declared but missed); first match wins. */
static int categorise(const sx_database *db, const pairs *truth, const pairs *pred,
		      const char *s, bool fp)
{
	char ct[256], cc[256], pt[256], pc[256], tsing[SX__WORD_MAX], cj[256], tj[256];
	sx__words cw, tw;
	const sx_table *child, *parent;
	const sx_column *c1, *c2;
	size_t i, j;
	bool shared = false, abbrev = false;
	pair_split(s, ct, cc, pt, pc, sizeof ct);
	child = table_nocase(db, ct);
	parent = table_nocase(db, pt);
	if (!strcmp(ct, pt))
		return E_SELF;
	if (child && child->pk.ncols > 1)
		for (i = 0; i < child->pk.ncols; i++)
			if (sx_str_eq_nocase(child->pk.cols[i], cc))
				return E_LINK;
	/* The same child column appears on the other side with another parent. */
	{
		const pairs *other = fp ? truth : pred;
		size_t l = strlen(ct) + strlen(cc) + 3;
		char pre[600];
		snprintf(pre, sizeof pre, "%s.%s->", ct, cc);
		for (i = 0; i < other->n; i++)
			if (!strncmp(other->v[i].s, pre, l - 1) && strcmp(other->v[i].s, s))
				return E_WRONG_TARGET;
	}
	c1 = child ? col_nocase(child, cc) : NULL;
	c2 = parent ? col_nocase(parent, pc) : NULL;
	if (c1 && c2 && c1->family != c2->family &&
	    !((c1->family == SX_TF_INTEGER || c1->family == SX_TF_DECIMAL) &&
	      (c2->family == SX_TF_INTEGER || c2->family == SX_TF_DECIMAL)))
		return E_TYPE;
	sx__split(cc, &cw);
	sx__split(base_name(pt), &tw);
	sx__join(&cw, 0, cw.n, cj, sizeof cj);
	sx__join(&tw, 0, tw.n, tj, sizeof tj);
	sx__singular(tj, tsing, sizeof tsing);
	if (!strcmp(cj, tj) || !strcmp(cj, tsing))
		return E_NAMED_TABLE;
	for (i = 0; i < cw.n; i++) {
		char s1[SX__WORD_MAX];
		sx__singular(cw.w[i], s1, sizeof s1);
		for (j = 0; j < tw.n; j++) {
			char s2[SX__WORD_MAX];
			size_t a, b;
			sx__singular(tw.w[j], s2, sizeof s2);
			if (!strcmp(s1, s2) || !strcmp(cw.w[i], tw.w[j]))
				shared = true;
			a = strlen(s1);
			b = strlen(s2);
			if (a >= 2 && b >= 2 && a != b &&
			    ((a < b && !strncmp(s1, s2, a)) || (b < a && !strncmp(s1, s2, b))))
				abbrev = true;
		}
		if (word_in(&tw, cw.w[i]))
			shared = true;
	}
	if (!shared) {
		/* The parent key's own name (singer_id -> singer.singer_id). */
		sx__words pw;
		sx__split(pc, &pw);
		for (i = 0; i < cw.n; i++)
			if (strcmp(cw.w[i], "id") && word_in(&pw, cw.w[i]))
				shared = true;
	}
	if (shared) {
		/* shared word, but more words than the table's: a role prefix;
		 * otherwise a plain name match the rules missed or took. */
		size_t extra = 0;
		for (i = 0; i < cw.n; i++) {
			char s1[SX__WORD_MAX];
			sx__singular(cw.w[i], s1, sizeof s1);
			bool in_table = !strcmp(s1, tsing) || word_in(&tw, cw.w[i]);
			for (j = 0; j < tw.n && !in_table; j++) {
				char s2[SX__WORD_MAX];
				sx__singular(tw.w[j], s2, sizeof s2);
				in_table = !strcmp(s1, s2);
			}
			if (strcmp(cw.w[i], "id") && !in_table)
				extra++;
		}
		if (extra > 0)
			return E_ROLE;
		return fp ? E_UNDECLARED : E_OTHER;
	}
	if (abbrev)
		return E_ABBREV;
	return E_NO_WORD;
}

static void count_errors(const sx_database *db, const pairs *truth, const pairs *pred, int g)
{
	size_t i;
	for (i = 0; i < pred->n; i++)
		if (!pairs_has(truth, &pred->v[i])) {
			int e = categorise(db, truth, pred, pred->v[i].s, true);
			errs[g][0][e]++;
			if (show_errors == g)
				printf("  [%s] FP %-60s %s\n", group_name[g], pred->v[i].s, err_name[e]);
		}
	for (i = 0; i < truth->n; i++)
		if (!pairs_has(pred, &truth->v[i])) {
			int e = categorise(db, truth, pred, truth->v[i].s, false);
			errs[g][1][e]++;
			if (show_errors == g)
				printf("  [%s] FN %-60s %s\n", group_name[g], truth->v[i].s, err_name[e]);
		}
}

/* Reliability: every chosen column pair, bucketed by its confidence. */
static void reliability(const sx_dbmap *m, const sx_database *db, const pairs *truth, int g)
{
	size_t i, j;
	pairs seen = {0};
	for (i = 0; i < sx_dbmap_rel_count(m); i++) {
		const sx_map_rel *r = sx_dbmap_rel(m, i);
		int b;
		if (!scored_rel(r, db))
			continue;
		b = (int)(r->confidence * NBUCK);
		if (b >= NBUCK)
			b = NBUCK - 1;
		for (j = 0; j < r->from.ncols && j < r->to.ncols; j++) {
			struct pair p;
			rel_pair(r, j, &p);
			if (pairs_has(&seen, &p))
				continue;
			SX_VEC_PUSH(&seen, p);
			buck_n[g][b]++;
			if (pairs_has(truth, &p))
				buck_tp[g][b]++;
		}
	}
	SX_VEC_FREE(&seen);
}

/* SX_EVAL_DUMP=file: appends one line per schema ("T", its label, the
 * declared pairs) and one per chosen column pair (its features as the map
 * shows them, its confidence and whether it is declared), for the offline
 * fit of tests/bench/fit_rel_model.py. SX_EVAL_TAG names the set. */
static double ev_score(const sx_map_rel *r, const char *type, double none)
{
	size_t i;
	for (i = 0; i < r->nevidence; i++)
		if (!strcmp(r->evidence[i].type, type))
			return r->evidence[i].score;
	return none;
}

static void dump_pairs(const sx_dbmap *m, const sx_database *db, const pairs *truth,
		       const char *label, bool data)
{
	const char *path = getenv("SX_EVAL_DUMP"), *tag = getenv("SX_EVAL_TAG");
	FILE *fp;
	size_t i, j, k;
	if (!path || !(fp = fopen(path, "a")))
		return;
	if (!tag)
		tag = "-";
	fprintf(fp, "T\t%s\t%s\t%d\t%zu\n", tag, label, data, truth->n);
	for (i = 0; i < sx_dbmap_rel_count(m); i++) {
		const sx_map_rel *r = sx_dbmap_rel(m, i);
		char rule[64] = "";
		double alt = 0;
		int fanin = 0;
		if (!scored_rel(r, db))
			continue;
		for (k = 0; k < sx_dbmap_rel_count(m); k++) {
			const sx_map_rel *o = sx_dbmap_rel(m, k);
			if (o->kind == SX_RELK_INFERRED && !o->via.t && o->to.t == r->to.t)
				fanin++;
		}
		for (k = 0; k < r->nalternates; k++)
			if (r->alternates[k].confidence > alt)
				alt = r->alternates[k].confidence;
		for (k = 0; k < r->nevidence; k++)
			if (!strcmp(r->evidence[k].type, "naming")) {
				const char *d = r->evidence[k].detail, *e = strchr(d, ':');
				size_t l = e ? (size_t)(e - d) : strlen(d);
				snprintf(rule, sizeof rule, "%.*s", (int)l, d);
				break;
			}
		for (j = 0; j < r->from.ncols && j < r->to.ncols; j++) {
			struct pair p;
			rel_pair(r, j, &p);
			fprintf(fp,
				"P\t%s\t%s\t%d\t%d\t%.6f\t%s\t%.3f\t%.3f\t%.4f\t%.4f\t%.3f\t%.3f\t%.4f"
				"\t%.3f\t%d\t%d\t%zu\t%.6f\t%zu\t%d\t%s\n",
				tag, label, data, pairs_has(truth, &p), r->confidence, rule,
				ev_score(r, "type", -1), ev_score(r, "uniqueness", -1),
				ev_score(r, "containment", -1), ev_score(r, "similarity", 0),
				ev_score(r, "child_key", 0), ev_score(r, "schema", 0),
				ev_score(r, "ambiguity", 1), ev_score(r, "polymorphic", 0),
				r->from_nullable, r->card == SX_CARD_ONE_TO_ONE, r->nalternates, alt,
				r->from.ncols, fanin, p.s);
		}
	}
	fclose(fp);
}

static void evaluate(const char *label, sx_catalog *cat, sx_database *db, const char *source,
		     const pairs *truth, struct totals *tot, int fold)
{
	sx_dbmap *m = NULL;
	sx_sampler *smp = NULL;
	sx_map_opts o;
	sx_error err = {0};
	pairs pred[NTH], spy = {0}, tb = {0};
	struct counts c[NTH], cs, ct;
	double p, r, f, fs, ft, x;
	int k, rep = 2;

	sx_map_opts_init(&o, NULL);
	o.sampling = sampling;
	if (namesim) {
		o.similarity = sx_namesim_fn;
		o.similarity_payload = namesim;
	}
	if (sampling && source && sx_sampler_open(&smp, source, NULL, &err))
		smp = NULL;
	if (sx_dbmap_new(&m, cat, &err) || sx_map_build(m, db, smp, &o, &err)) {
		fprintf(stderr, "%s: %s\n", label, err.msg);
		sx_dbmap_free(m);
		sx_sampler_close(smp);
		return;
	}
	for (k = 0; k < NTH; k++) {
		memset(&pred[k], 0, sizeof pred[k]);
		predicted(m, db, thresholds[k], &pred[k]);
		c[k] = score(truth, &pred[k]);
		add(&tot->th[k], c[k]);
		if (thresholds[k] > report_th - 1e-9 && thresholds[k] < report_th + 1e-9)
			rep = k;
	}
	schemaspy(db, &spy);
	tbls(db, &tb);
	cs = score(truth, &spy);
	ct = score(truth, &tb);
	add(&tot->spy, cs);
	add(&tot->tbls, ct);
	tot->schemas++;
	tot->tables += (long)sx_database_table_count(db);
	tot->fks += (long)truth->n;
	add(&fold_c[fold], c[rep]);
	fold_schemas[fold]++;
	reliability(m, db, truth, group_of(fold));
	dump_pairs(m, db, truth, label, smp != NULL);
	count_errors(db, truth, &pred[rep], group_of(fold));
	prf(c[rep], &p, &r, &f);
	prf(cs, &x, &x, &fs);
	prf(ct, &x, &x, &ft);
	if (!quiet)
		printf("%-34.34s %6zu %5zu %5zu %4ld %4ld %4ld  %5.3f %5.3f %5.3f   %5.3f   %5.3f%s\n",
		       label, sx_database_table_count(db), truth->n, pred[rep].n, c[rep].tp,
		       c[rep].fp, c[rep].fn, p, r, f, fs, ft, smp ? "" : "  (no values)");
	if (verbose)
		print_misses(truth, &pred[rep]);
	for (k = 0; k < NTH; k++)
		SX_VEC_FREE(&pred[k]);
	SX_VEC_FREE(&spy);
	SX_VEC_FREE(&tb);
	sx_dbmap_free(m);
	sx_sampler_close(smp);
}

/* ------------------------------------------------------------ Spider */

static const char *spider_type(const char *t)
{
	if (!strcmp(t, "number"))
		return "integer";
	if (!strcmp(t, "text"))
		return "text";
	if (!strcmp(t, "time"))
		return "datetime";
	if (!strcmp(t, "boolean"))
		return "boolean";
	return "";
}

/* A catalog from tables.json alone (databases shipped without data). */
static sx_database *spider_catalog(sx_catalog *cat, const cJSON *e)
{
	const cJSON *tn = cJSON_GetObjectItem(e, "table_names_original");
	const cJSON *cn = cJSON_GetObjectItem(e, "column_names_original");
	const cJSON *ct = cJSON_GetObjectItem(e, "column_types");
	const cJSON *pk = cJSON_GetObjectItem(e, "primary_keys"), *x;
	sx_database *db = sx_catalog_add_database(cat, sx_json_str(e, "db_id", "?"), SX_DB_SQLITE);
	sx_schema *s = sx_catalog_add_schema(cat, db, "main");
	int nt = cJSON_GetArraySize(tn), i;
	sx_table **tabs = calloc((size_t)nt + 1, sizeof *tabs);
	for (i = 0; i < nt; i++)
		tabs[i] = sx_catalog_add_table(cat, s, cJSON_GetArrayItem(tn, i)->valuestring,
					       SX_REL_TABLE);
	for (i = 1; i < cJSON_GetArraySize(cn); i++) {
		const cJSON *c = cJSON_GetArrayItem(cn, i);
		int ti = cJSON_GetArrayItem(c, 0)->valueint;
		sx_column *col = sx_catalog_add_column(cat, tabs[ti],
						       cJSON_GetArrayItem(c, 1)->valuestring,
						       spider_type(cJSON_GetArrayItem(ct, i)->valuestring));
		col->family = sx_typefam_of(SX_DB_SQLITE, col->type);
		col->nullable = true;
	}
	/* primary_keys: column indexes; several in one table form one key. */
	for (i = 0; i < nt; i++) {
		const char *cols[16];
		size_t n = 0;
		cJSON_ArrayForEach(x, pk)
		{
			const cJSON *c;
			int ci = cJSON_IsNumber(x) ? x->valueint : -1;
			if (ci <= 0 || ci >= cJSON_GetArraySize(cn) || n >= 16)
				continue;
			c = cJSON_GetArrayItem(cn, ci);
			if (cJSON_GetArrayItem(c, 0)->valueint == i)
				cols[n++] = cJSON_GetArrayItem(c, 1)->valuestring;
		}
		if (n)
			sx_catalog_set_pk(cat, tabs[i], NULL, n, cols);
	}
	free(tabs);
	return db;
}

static void spider_truth(const cJSON *e, pairs *truth)
{
	const cJSON *tn = cJSON_GetObjectItem(e, "table_names_original");
	const cJSON *cn = cJSON_GetObjectItem(e, "column_names_original");
	const cJSON *fk;
	cJSON_ArrayForEach(fk, cJSON_GetObjectItem(e, "foreign_keys"))
	{
		const cJSON *a = cJSON_GetArrayItem(cn, cJSON_GetArrayItem(fk, 0)->valueint);
		const cJSON *b = cJSON_GetArrayItem(cn, cJSON_GetArrayItem(fk, 1)->valueint);
		struct pair p;
		pair_make(&p,
			  cJSON_GetArrayItem(tn, cJSON_GetArrayItem(a, 0)->valueint)->valuestring,
			  cJSON_GetArrayItem(a, 1)->valuestring,
			  cJSON_GetArrayItem(tn, cJSON_GetArrayItem(b, 0)->valueint)->valuestring,
			  cJSON_GetArrayItem(b, 1)->valuestring);
		/* Spider lists a few self-pairs (a column referencing itself). */
		if (sx_str_eq_nocase(cJSON_GetArrayItem(a, 1)->valuestring,
				     cJSON_GetArrayItem(b, 1)->valuestring) &&
		    cJSON_GetArrayItem(a, 0)->valueint == cJSON_GetArrayItem(b, 0)->valueint)
			continue;
		pairs_add(truth, &p);
	}
}

static void run_spider(const char *dir, struct totals *tot)
{
	char path[4096];
	char *text = NULL;
	size_t len;
	sx_error err = {0};
	cJSON *all, *e;
	snprintf(path, sizeof path, "%s/tables.json", dir);
	if (sx_file_read(path, &text, &len, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		return;
	}
	all = cJSON_Parse(text);
	free(text);
	cJSON_ArrayForEach(e, all)
	{
		const char *id = sx_json_str(e, "db_id", "?");
		sx_catalog *cat = NULL;
		sx_database *db = NULL;
		pairs truth = {0};
		struct stat sb;
		sx_source_opts so = {0};
		char label[300];
		sx_catalog_new(&cat, &err);
		snprintf(path, sizeof path, "%s/database/%s/%s.sqlite", dir, id, id);
		so.ignore_declared_fks = true;
		snprintf(label, sizeof label, "spider/%s", id);
		if (stat(path, &sb) == 0) {
			if (sx_source_introspect(cat, path, &so, &db, &err)) {
				fprintf(stderr, "%s: %s\n", path, err.msg);
				sx_catalog_free(cat);
				continue;
			}
		} else {
			db = spider_catalog(cat, e);
		}
		spider_truth(e, &truth);
		evaluate(label, cat, db, stat(path, &sb) == 0 ? path : NULL, &truth, tot,
			 fold_of(id, true));
		SX_VEC_FREE(&truth);
		sx_catalog_free(cat);
	}
	cJSON_Delete(all);
}

/* ------------------------------------------------------------ files */

static void run_file(const char *path, const char *label, struct totals *tot)
{
	sx_catalog *full = NULL, *cat = NULL;
	sx_database *dfull = NULL, *db = NULL;
	sx_source_opts so = {0};
	sx_error err = {0};
	pairs truth = {0};
	sx_catalog_new(&full, &err);
	sx_catalog_new(&cat, &err);
	if (sx_source_introspect(full, path, &so, &dfull, &err)) {
		if (!quiet)
			printf("%-34.34s skipped: %s\n", label, err.msg);
		goto done;
	}
	declared_pairs(dfull, &truth);
	if (truth.n == 0) {
		if (!quiet)
			printf("%-34.34s skipped: no declared foreign keys to score against\n", label);
		goto done;
	}
	so.ignore_declared_fks = true;
	if (sx_source_introspect(cat, path, &so, &db, &err)) {
		printf("%-34.34s skipped: %s\n", label, err.msg);
		goto done;
	}
	evaluate(label, cat, db, sx_source_classify(path) != SX_SRC_DDL ? path : NULL, &truth, tot,
		 fold_of(label, false));
done:
	SX_VEC_FREE(&truth);
	sx_catalog_free(full);
	sx_catalog_free(cat);
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_dir(const char *dir, const char *base, struct totals *tot, int depth)
{
	char path[4096];
	struct stat sb;
	DIR *d;
	struct dirent *de;
	char *names[512];
	size_t n = 0, i;
	bool has_sqlite = false;

	snprintf(path, sizeof path, "%s/tables.json", dir);
	if (stat(path, &sb) == 0) {
		run_spider(dir, tot);
		return;
	}
	if (!(d = opendir(dir)) || depth > 3)
		return;
	while ((de = readdir(d)) && n < 512)
		if (de->d_name[0] != '.')
			names[n++] = strdup(de->d_name);
	closedir(d);
	qsort(names, n, sizeof *names, name_cmp);
	for (i = 0; i < n; i++)
		if (sx_str_endswith(names[i], ".sqlite") || sx_str_endswith(names[i], ".db"))
			has_sqlite = true;
	for (i = 0; i < n; i++) {
		char label[600];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		snprintf(label, sizeof label, "%s%s%s", base, *base ? "/" : "", names[i]);
		if (stat(path, &sb) != 0)
			continue;
		if (S_ISDIR(sb.st_mode)) {
			run_dir(path, label, tot, depth + 1);
		} else if (sx_str_endswith(names[i], ".sqlite") || sx_str_endswith(names[i], ".db")) {
			run_file(path, label, tot);
		} else if (!has_sqlite &&
			   (sx_str_endswith(names[i], ".sql") || sx_str_endswith(names[i], ".ddl"))) {
			/* A folder that ships a SQLite file is scored once, on it. */
			run_file(path, label, tot);
		}
	}
	for (i = 0; i < n; i++)
		free(names[i]);
}

static void print_folds(void)
{
	struct counts g[NGROUPS];
	long gs[NGROUPS] = {0};
	double p, r, f;
	int k, b, e;
	memset(g, 0, sizeof g);
	printf("\ncross-validation at confidence >= %.2f (%d folds by FNV-1a of the db name; "
	       "held out: the last %d; real: every schema that is not Spider's; new: after "
	       "--group-new; blind: after --group-blind; blind2: after --group-blind2; blind3: "
	       "after --group-blind3; blind4: after --group-blind4; blind5: after --group-blind5; "
	       "blind6: after --group-blind6; blind7: after --group-blind7; blind8: after "
	       "--group-blind8; blind9: after --group-blind9; blind10: after "
	       "--group-blind10; blind11: after --group-blind11; blind12: after "
	       "--group-blind12; blind13: after --group-blind13; blind14: after "
	       "--group-blind14; blind15: after --group-blind15; blind16: after "
	       "--group-blind16; blind17: after --group-blind17; blind18: after "
	       "--group-blind18; blind19: after --group-blind19; blind20: after "
	       "--group-blind20; blind21: after --group-blind21; blind22: after "
	       "--group-blind22; blind23: after --group-blind23; blind24: after "
	       "--group-blind24; blind25: after --group-blind25; blind26: after "
	       "--group-blind26; blind27: after --group-blind27; blind28: after "
	       "--group-blind28; blind29: after --group-blind29; blind30: after "
	       "--group-blind30; blind31: after --group-blind31; blind32: after "
	       "--group-blind32; blind33: after --group-blind33):\n",
	       report_th, nfolds, ntest);
	printf("  %-14s %7s %6s %6s %6s   %5s %5s %5s\n", "fold", "schemas", "tp", "fp", "fn", "P",
	       "R", "F1");
	for (k = 0; k <= nfolds + 34; k++) {
		char name[32];
		if (!fold_schemas[k])
			continue;
		add(&g[group_of(k)], fold_c[k]);
		gs[group_of(k)] += fold_schemas[k];
		if (k >= nfolds)
			continue;
		snprintf(name, sizeof name, "fold %d (%s)", k, group_of(k) == G_HELD ? "held" : "tune");
		prf(fold_c[k], &p, &r, &f);
		printf("  %-14s %7ld %6ld %6ld %6ld   %5.3f %5.3f %5.3f\n", name, fold_schemas[k],
		       fold_c[k].tp, fold_c[k].fp, fold_c[k].fn, p, r, f);
	}
	for (k = 0; k < NGROUPS; k++) {
		if (!gs[k])
			continue;
		prf(g[k], &p, &r, &f);
		printf("  %-14s %7ld %6ld %6ld %6ld   %5.3f %5.3f %5.3f\n", group_name[k], gs[k],
		       g[k].tp, g[k].fp, g[k].fn, p, r, f);
	}
	printf("\nreliability (chosen column pairs by confidence; share that are declared):\n");
	printf("  %-9s", "bucket");
	for (k = 0; k < NGROUPS; k++)
		if (gs[k])
			printf("  %14s", group_name[k]);
	printf("\n");
	for (b = 0; b < NBUCK; b++) {
		bool any = false;
		for (k = 0; k < NGROUPS; k++)
			any = any || buck_n[k][b];
		if (!any)
			continue;
		printf("  %.1f-%.1f  ", b / 10.0, (b + 1) / 10.0);
		for (k = 0; k < NGROUPS; k++)
			if (gs[k]) {
				if (buck_n[k][b])
					printf("  %5.3f (%5ld)", (double)buck_tp[k][b] / (double)buck_n[k][b],
					       buck_n[k][b]);
				else
					printf("  %14s", "-");
			}
		printf("\n");
	}
	printf("\nerrors by category at >= %.2f (FP / FN):\n", report_th);
	printf("  %-48s", "category");
	for (k = 0; k < NGROUPS; k++)
		if (gs[k])
			printf("  %11s", group_name[k]);
	printf("\n");
	for (e = 0; e < NERR; e++) {
		printf("  %-48s", err_name[e]);
		for (k = 0; k < NGROUPS; k++)
			if (gs[k])
				printf("  %5ld/%-5ld", errs[k][0][e], errs[k][1][e]);
		printf("\n");
	}
}

int main(int argc, char **argv)
{
	struct totals tot;
	int i, k, ndirs = 0;
	double p, r, f;

	memset(&tot, 0, sizeof tot);
	if (!getenv("SX_EVAL_NO_EMBED_SIM")) {
		sx_error e = {0};
		if (sx_namesim_new(&namesim, &e))
			fprintf(stderr, "eval_relations: no embedding similarity: %s\n", e.msg);
	}
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--no-sampling"))
			sampling = false;
		else if (!strcmp(argv[i], "--quiet"))
			quiet = true;
		else if (!strcmp(argv[i], "--verbose"))
			verbose = true;
		else if (!strcmp(argv[i], "--threshold") && i + 1 < argc)
			report_th = atof(argv[++i]);
		else if (!strcmp(argv[i], "--folds") && i + 1 < argc)
			nfolds = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--test-folds") && i + 1 < argc)
			ntest = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--errors") && i + 1 < argc) {
			const char *g = argv[++i];
			show_errors = !strcmp(g, "tune")      ? G_TUNE
				      : !strcmp(g, "heldout") ? G_HELD
				      : !strcmp(g, "new")     ? G_NEW
				      : !strcmp(g, "blind")   ? G_BLIND
				      : !strcmp(g, "blind2")  ? G_BLIND2
				      : !strcmp(g, "blind3")  ? G_BLIND3
				      : !strcmp(g, "blind4")  ? G_BLIND4
				      : !strcmp(g, "blind5")  ? G_BLIND5
				      : !strcmp(g, "blind6")  ? G_BLIND6
				      : !strcmp(g, "blind7")  ? G_BLIND7
				      : !strcmp(g, "blind8")  ? G_BLIND8
				      : !strcmp(g, "blind9")  ? G_BLIND9
				      : !strcmp(g, "blind10") ? G_BLIND10
				      : !strcmp(g, "blind11") ? G_BLIND11
				      : !strcmp(g, "blind12") ? G_BLIND12
				      : !strcmp(g, "blind13") ? G_BLIND13
				      : !strcmp(g, "blind14") ? G_BLIND14
				      : !strcmp(g, "blind15") ? G_BLIND15
				      : !strcmp(g, "blind16") ? G_BLIND16
				      : !strcmp(g, "blind17") ? G_BLIND17
				      : !strcmp(g, "blind18") ? G_BLIND18
				      : !strcmp(g, "blind19") ? G_BLIND19
				      : !strcmp(g, "blind20") ? G_BLIND20
				      : !strcmp(g, "blind21") ? G_BLIND21
				      : !strcmp(g, "blind22") ? G_BLIND22
				      : !strcmp(g, "blind23") ? G_BLIND23
				      : !strcmp(g, "blind24") ? G_BLIND24
				      : !strcmp(g, "blind25") ? G_BLIND25
				      : !strcmp(g, "blind26") ? G_BLIND26
				      : !strcmp(g, "blind27") ? G_BLIND27
				      : !strcmp(g, "blind28") ? G_BLIND28
				      : !strcmp(g, "blind29") ? G_BLIND29
				      : !strcmp(g, "blind30") ? G_BLIND30
				      : !strcmp(g, "blind31") ? G_BLIND31
				      : !strcmp(g, "blind32") ? G_BLIND32
				      : !strcmp(g, "blind33") ? G_BLIND33
							      : G_REAL;
		} else if (!strcmp(argv[i], "--group-new") || !strcmp(argv[i], "--group-blind") ||
			   !strcmp(argv[i], "--group-blind2") ||
			   !strcmp(argv[i], "--group-blind3") ||
			   !strcmp(argv[i], "--group-blind4") ||
			   !strcmp(argv[i], "--group-blind5") ||
			   !strcmp(argv[i], "--group-blind6") ||
			   !strcmp(argv[i], "--group-blind7") ||
			   !strcmp(argv[i], "--group-blind8") ||
			   !strcmp(argv[i], "--group-blind9") ||
			   !strcmp(argv[i], "--group-blind10") ||
			   !strcmp(argv[i], "--group-blind11") ||
			   !strcmp(argv[i], "--group-blind12") ||
			   !strcmp(argv[i], "--group-blind13") ||
			   !strcmp(argv[i], "--group-blind14") ||
			   !strcmp(argv[i], "--group-blind15") ||
			   !strcmp(argv[i], "--group-blind16") ||
			   !strcmp(argv[i], "--group-blind17") ||
			   !strcmp(argv[i], "--group-blind18") ||
			   !strcmp(argv[i], "--group-blind19") ||
			   !strcmp(argv[i], "--group-blind20") ||
			   !strcmp(argv[i], "--group-blind21") ||
			   !strcmp(argv[i], "--group-blind22") ||
			   !strcmp(argv[i], "--group-blind23") ||
			   !strcmp(argv[i], "--group-blind24") ||
			   !strcmp(argv[i], "--group-blind25") ||
			   !strcmp(argv[i], "--group-blind26") ||
			   !strcmp(argv[i], "--group-blind27") ||
			   !strcmp(argv[i], "--group-blind28") ||
			   !strcmp(argv[i], "--group-blind29") ||
			   !strcmp(argv[i], "--group-blind30") ||
			   !strcmp(argv[i], "--group-blind31") ||
			   !strcmp(argv[i], "--group-blind32") ||
			   !strcmp(argv[i], "--group-blind33")) {
			/* handled in the second pass */
		} else if (argv[i][0] == '-') {
			fprintf(stderr, "usage: eval_relations [--no-sampling] [--threshold X] "
					"[--quiet] [--verbose] [--folds K] [--test-folds N] "
					"[--errors tune|heldout|real|new|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20|blind21|blind22|blind23|blind24|blind25|blind26|blind27|blind28|blind29|blind30|blind31|blind32|blind33] "
					"[--group-new] [--group-blind] [--group-blind2] [--group-blind3] "
					"[--group-blind4] [--group-blind5] [--group-blind6] [--group-blind7] "
					"[--group-blind8] [--group-blind9] [--group-blind10] "
					"[--group-blind11] [--group-blind12] [--group-blind13] "
					"[--group-blind14] [--group-blind15] [--group-blind16] "
					"[--group-blind17] [--group-blind18] [--group-blind19] "
					"[--group-blind20] [--group-blind21] [--group-blind22] "
					"[--group-blind23] [--group-blind24] [--group-blind25] "
					"[--group-blind26] [--group-blind27] [--group-blind28] "
					"[--group-blind29] [--group-blind30] [--group-blind31] "
					"[--group-blind32] [--group-blind33] DIR...\n");
			return 2;
		}
	}
	if (nfolds < 2 || nfolds > MAXFOLDS)
		nfolds = 5;
	if (ntest < 1 || ntest >= nfolds)
		ntest = 1;
	if (!quiet)
		printf("%-34s %6s %5s %5s %4s %4s %4s  %5s %5s %5s   %5s   %5s\n", "schema", "tables",
		       "fks", "pred", "tp", "fp", "fn", "P", "R", "F1", "spyF1", "tblsF1");
	for (i = 1; i < argc; i++) {
		if (argv[i][0] == '-') {
			if (!strcmp(argv[i], "--group-new"))
				arg_group = G_NEW;
			if (!strcmp(argv[i], "--group-blind"))
				arg_group = G_BLIND;
			if (!strcmp(argv[i], "--group-blind2"))
				arg_group = G_BLIND2;
			if (!strcmp(argv[i], "--group-blind3"))
				arg_group = G_BLIND3;
			if (!strcmp(argv[i], "--group-blind4"))
				arg_group = G_BLIND4;
			if (!strcmp(argv[i], "--group-blind5"))
				arg_group = G_BLIND5;
			if (!strcmp(argv[i], "--group-blind6"))
				arg_group = G_BLIND6;
			if (!strcmp(argv[i], "--group-blind7"))
				arg_group = G_BLIND7;
			if (!strcmp(argv[i], "--group-blind8"))
				arg_group = G_BLIND8;
			if (!strcmp(argv[i], "--group-blind9"))
				arg_group = G_BLIND9;
			if (!strcmp(argv[i], "--group-blind10"))
				arg_group = G_BLIND10;
			if (!strcmp(argv[i], "--group-blind11"))
				arg_group = G_BLIND11;
			if (!strcmp(argv[i], "--group-blind12"))
				arg_group = G_BLIND12;
			if (!strcmp(argv[i], "--group-blind13"))
				arg_group = G_BLIND13;
			if (!strcmp(argv[i], "--group-blind14"))
				arg_group = G_BLIND14;
			if (!strcmp(argv[i], "--group-blind15"))
				arg_group = G_BLIND15;
			if (!strcmp(argv[i], "--group-blind16"))
				arg_group = G_BLIND16;
			if (!strcmp(argv[i], "--group-blind17"))
				arg_group = G_BLIND17;
			if (!strcmp(argv[i], "--group-blind18"))
				arg_group = G_BLIND18;
			if (!strcmp(argv[i], "--group-blind19"))
				arg_group = G_BLIND19;
			if (!strcmp(argv[i], "--group-blind20"))
				arg_group = G_BLIND20;
			if (!strcmp(argv[i], "--group-blind21"))
				arg_group = G_BLIND21;
			if (!strcmp(argv[i], "--group-blind22"))
				arg_group = G_BLIND22;
			if (!strcmp(argv[i], "--group-blind23"))
				arg_group = G_BLIND23;
			if (!strcmp(argv[i], "--group-blind24"))
				arg_group = G_BLIND24;
			if (!strcmp(argv[i], "--group-blind25"))
				arg_group = G_BLIND25;
			if (!strcmp(argv[i], "--group-blind26"))
				arg_group = G_BLIND26;
			if (!strcmp(argv[i], "--group-blind27"))
				arg_group = G_BLIND27;
			if (!strcmp(argv[i], "--group-blind28"))
				arg_group = G_BLIND28;
			if (!strcmp(argv[i], "--group-blind29"))
				arg_group = G_BLIND29;
			if (!strcmp(argv[i], "--group-blind30"))
				arg_group = G_BLIND30;
			if (!strcmp(argv[i], "--group-blind31"))
				arg_group = G_BLIND31;
			if (!strcmp(argv[i], "--group-blind32"))
				arg_group = G_BLIND32;
			if (!strcmp(argv[i], "--group-blind33"))
				arg_group = G_BLIND33;
			if (!strcmp(argv[i], "--threshold") || !strcmp(argv[i], "--folds") ||
			    !strcmp(argv[i], "--test-folds") || !strcmp(argv[i], "--errors"))
				i++;
			continue;
		}
		ndirs++;
		{
			struct stat sb;
			if (stat(argv[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
				run_dir(argv[i], "", &tot, 0);
			} else {
				/* A source string (postgresql://..., a file): label it
				 * without credentials. */
				char *red = sx_dsn_redact(argv[i]);
				const char *lab = red ? red : argv[i], *q;
				int slashes = 0;
				/* The last two path parts ("pagila/pagila-schema.sql", or
				 * "host:port/db" for a URI). */
				for (q = lab + strlen(lab); q > lab; q--)
					if (q[-1] == '/' && ++slashes == 2)
						break;
				run_file(argv[i], q, &tot);
				free(red);
			}
		}
	}
	if (!ndirs) {
		fprintf(stderr, "usage: eval_relations [--no-sampling] DIR...\n");
		return 2;
	}
	printf("\n%ld schemas, %ld tables, %ld declared FK column pairs (sampling %s)\n",
	       tot.schemas, tot.tables, tot.fks, sampling ? "on" : "off");
	printf("micro-averaged over all schemas:\n");
	printf("  %-22s %6s %6s %6s   %5s %5s %5s\n", "method", "tp", "fp", "fn", "P", "R", "F1");
	for (k = 0; k < NTH; k++) {
		char name[64];
		snprintf(name, sizeof name, "sextant >= %.1f", thresholds[k]);
		prf(tot.th[k], &p, &r, &f);
		printf("  %-22s %6ld %6ld %6ld   %5.3f %5.3f %5.3f\n", name, tot.th[k].tp, tot.th[k].fp,
		       tot.th[k].fn, p, r, f);
	}
	prf(tot.spy, &p, &r, &f);
	printf("  %-22s %6ld %6ld %6ld   %5.3f %5.3f %5.3f\n", "schemaspy (implied)", tot.spy.tp,
	       tot.spy.fp, tot.spy.fn, p, r, f);
	prf(tot.tbls, &p, &r, &f);
	printf("  %-22s %6ld %6ld %6ld   %5.3f %5.3f %5.3f\n", "tbls (default)", tot.tbls.tp,
	       tot.tbls.fp, tot.tbls.fn, p, r, f);
	print_folds();
	return 0;
}
