-- glpi.sql: a twenty-ninth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind29). The database of a GLPI 10
-- install, the French-born IT asset management and service desk (PHP,
-- MySQL / MariaDB), written as a PostgreSQL port reads (serial keys,
-- smallint for tinyint flags, timestamp for datetime, begin / end / group
-- quoted): entities (the multi-company tree), users, their emails,
-- profiles and rights, groups, locations, states, the inventory (computers,
-- monitors, printers, their models, types and manufacturers; software,
-- versions, licences and installs; operating systems; network ports and
-- IP addresses), the ITIL objects (tickets, their actors, followups,
-- tasks, validations and solutions, changes, problems, categories and
-- templates, SLAs, OLAs and their levels), suppliers, contracts, budgets,
-- financial info (infocoms), documents, the knowledge base, reservations
-- and the history log.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of GLPI's install/mysql/glpi-empty.sql,
-- trimmed (78 of about 400 tables).
-- Conventions: every table glpi_<plural> keyed by id; a link is named by
-- the PLURAL of the target table without the glpi_ prefix, then _id
-- (entities_id -> glpi_entities, users_id -> glpi_users, computermodels_id
-- -> glpi_computermodels, softwareversions_id, itilcategories_id,
-- knowbaseitemcategories_id); a role is written AFTER the _id as a suffix
-- (users_id_tech, users_id_recipient, users_id_lastupdater,
-- users_id_validate, users_id_editor, users_id_approval,
-- users_id_supervisor -> glpi_users; groups_id_tech -> glpi_groups;
-- slas_id_ttr / slas_id_tto -> glpi_slas, olas_id_ttr / olas_id_tto ->
-- glpi_olas, slalevels_id_ttr, softwareversions_id_buy /
-- softwareversions_id_use -> glpi_softwareversions,
-- tickettemplates_id_incident / tickettemplates_id_demand, and numbered
-- pairs networkports_id_1 / networkports_id_2, tickets_id_1 /
-- tickets_id_2); a tree table refers to itself by its own name
-- (glpi_entities.entities_id, glpi_locations.locations_id,
-- glpi_groups.groups_id, glpi_itilcategories.itilcategories_id,
-- glpi_softwarelicenses.softwarelicenses_id, softwares_id on glpi_softwares
-- for an upgrade's original); link tables are glpi_<a>_<b>
-- (glpi_groups_users, glpi_profiles_users, glpi_changes_tickets); every
-- link is integer NOT NULL DEFAULT 0, 0 meaning none; polymorphic links
-- are itemtype (a PHP class name such as 'Computer') beside items_id.
-- GLPI declares no FKs (its tables have none): the REFERENCES are the
-- links its code follows (CommonDBTM's getForeignKeyFieldForTable naming).
-- Left without REFERENCES: every items_id beside itemtype
-- (glpi_computers_items, glpi_items_softwareversions,
-- glpi_items_operatingsystems, glpi_networkports, glpi_ipaddresses,
-- glpi_items_tickets, glpi_itilfollowups, glpi_itilsolutions,
-- glpi_contracts_items, glpi_infocoms, glpi_documents_items,
-- glpi_reservationitems, glpi_logs) and mainitems_id by mainitemtype
-- (glpi_ipaddresses), since the target table depends on the row;
-- glpi_itilfollowups.sourceitems_id / sourceof_items_id and
-- glpi_tickettasks.sourceitems_id (a followup or a task by the row's own
-- itemtype); glpi_users.auths_id (an LDAP directory or a mail server by
-- authtype; their tables are not kept); text copies (contact, user_name,
-- user_name_approval, solutiontype_name, completename, template_name);
-- glpi_logs.id_search_option (a search option number, no table).

CREATE TABLE glpi_entities (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer DEFAULT 0 REFERENCES glpi_entities (id),
	completename text,
	comment text,
	level integer NOT NULL DEFAULT 0,
	address text,
	postcode varchar(255),
	town varchar(255),
	country varchar(255),
	email varchar(255),
	calendars_id integer NOT NULL DEFAULT 0 REFERENCES glpi_calendars (id),
	tickettemplates_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickettemplates (id),
	date_mod timestamp
);

CREATE TABLE glpi_calendars (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	comment text,
	cache_duration text,
	date_mod timestamp
);

CREATE TABLE glpi_users (
	id serial PRIMARY KEY,
	name varchar(255) UNIQUE,
	password varchar(255),
	phone varchar(255),
	mobile varchar(255),
	realname varchar(255),
	firstname varchar(255),
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id),
	language char(10),
	use_mode integer NOT NULL DEFAULT 0,
	is_active smallint NOT NULL DEFAULT 1,
	comment text,
	auths_id integer NOT NULL DEFAULT 0,
	authtype integer NOT NULL DEFAULT 0,
	last_login timestamp,
	date_mod timestamp,
	profiles_id integer NOT NULL DEFAULT 0 REFERENCES glpi_profiles (id),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	usertitles_id integer NOT NULL DEFAULT 0 REFERENCES glpi_usertitles (id),
	users_id_supervisor integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	registration_number varchar(255),
	is_deleted smallint NOT NULL DEFAULT 0,
	date_creation timestamp
);

CREATE TABLE glpi_useremails (
	id serial PRIMARY KEY,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	is_default smallint NOT NULL DEFAULT 0,
	is_dynamic smallint NOT NULL DEFAULT 0,
	email varchar(255)
);

CREATE TABLE glpi_usertitles (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text
);

CREATE TABLE glpi_profiles (
	id serial PRIMARY KEY,
	name varchar(255),
	interface varchar(255) DEFAULT 'helpdesk',
	is_default smallint NOT NULL DEFAULT 0,
	helpdesk_hardware integer NOT NULL DEFAULT 0,
	helpdesk_item_type text,
	ticket_status text,
	comment text,
	create_ticket_on_login smallint NOT NULL DEFAULT 0,
	tickettemplates_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickettemplates (id),
	changetemplates_id integer NOT NULL DEFAULT 0 REFERENCES glpi_changetemplates (id),
	problemtemplates_id integer NOT NULL DEFAULT 0 REFERENCES glpi_problemtemplates (id),
	date_mod timestamp
);

CREATE TABLE glpi_profilerights (
	id serial PRIMARY KEY,
	profiles_id integer NOT NULL DEFAULT 0 REFERENCES glpi_profiles (id),
	name varchar(255),
	rights integer NOT NULL DEFAULT 0
);

CREATE TABLE glpi_profiles_users (
	id serial PRIMARY KEY,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	profiles_id integer NOT NULL DEFAULT 0 REFERENCES glpi_profiles (id),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 1,
	is_dynamic smallint NOT NULL DEFAULT 0,
	is_default_profile smallint NOT NULL DEFAULT 0
);

CREATE TABLE glpi_groups (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	name varchar(255),
	comment text,
	ldap_field varchar(255),
	ldap_value text,
	groups_id integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	completename text,
	level integer NOT NULL DEFAULT 0,
	is_requester smallint NOT NULL DEFAULT 1,
	is_assign smallint NOT NULL DEFAULT 1,
	is_itemgroup smallint NOT NULL DEFAULT 1,
	date_mod timestamp
);

CREATE TABLE glpi_groups_users (
	id serial PRIMARY KEY,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	is_dynamic smallint NOT NULL DEFAULT 0,
	is_manager smallint NOT NULL DEFAULT 0,
	is_userdelegate smallint NOT NULL DEFAULT 0
);

CREATE TABLE glpi_locations (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	name varchar(255),
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id),
	completename text,
	comment text,
	level integer NOT NULL DEFAULT 0,
	code varchar(255),
	address text,
	building varchar(255),
	room varchar(255),
	latitude varchar(255),
	longitude varchar(255)
);

CREATE TABLE glpi_states (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	comment text,
	states_id integer NOT NULL DEFAULT 0 REFERENCES glpi_states (id),
	completename text,
	level integer NOT NULL DEFAULT 0,
	is_visible_computer smallint NOT NULL DEFAULT 1,
	is_visible_monitor smallint NOT NULL DEFAULT 1
);

CREATE TABLE glpi_manufacturers (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text,
	date_mod timestamp
);

CREATE TABLE glpi_computertypes (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text
);

CREATE TABLE glpi_computermodels (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text,
	product_number varchar(255),
	weight integer NOT NULL DEFAULT 0,
	required_units integer NOT NULL DEFAULT 1
);

CREATE TABLE glpi_autoupdatesystems (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text
);

CREATE TABLE glpi_networks (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text
);

CREATE TABLE glpi_computers (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	name varchar(255),
	serial varchar(255),
	otherserial varchar(255),
	contact varchar(255),
	contact_num varchar(255),
	users_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	comment text,
	date_mod timestamp,
	autoupdatesystems_id integer NOT NULL DEFAULT 0 REFERENCES glpi_autoupdatesystems (id),
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id),
	networks_id integer NOT NULL DEFAULT 0 REFERENCES glpi_networks (id),
	computermodels_id integer NOT NULL DEFAULT 0 REFERENCES glpi_computermodels (id),
	computertypes_id integer NOT NULL DEFAULT 0 REFERENCES glpi_computertypes (id),
	is_template smallint NOT NULL DEFAULT 0,
	template_name varchar(255),
	manufacturers_id integer NOT NULL DEFAULT 0 REFERENCES glpi_manufacturers (id),
	is_deleted smallint NOT NULL DEFAULT 0,
	is_dynamic smallint NOT NULL DEFAULT 0,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	states_id integer NOT NULL DEFAULT 0 REFERENCES glpi_states (id),
	ticket_tco decimal(20,4) DEFAULT 0.0000,
	uuid varchar(255),
	date_creation timestamp,
	is_recursive smallint NOT NULL DEFAULT 0,
	last_inventory_update timestamp
);

CREATE TABLE glpi_monitortypes (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text
);

CREATE TABLE glpi_monitormodels (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text,
	product_number varchar(255)
);

CREATE TABLE glpi_monitors (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	name varchar(255),
	date_mod timestamp,
	contact varchar(255),
	users_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	comment text,
	serial varchar(255),
	otherserial varchar(255),
	size decimal(5,2) NOT NULL DEFAULT 0.00,
	have_hdmi smallint NOT NULL DEFAULT 0,
	have_displayport smallint NOT NULL DEFAULT 0,
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id),
	monitortypes_id integer NOT NULL DEFAULT 0 REFERENCES glpi_monitortypes (id),
	monitormodels_id integer NOT NULL DEFAULT 0 REFERENCES glpi_monitormodels (id),
	manufacturers_id integer NOT NULL DEFAULT 0 REFERENCES glpi_manufacturers (id),
	is_global smallint NOT NULL DEFAULT 0,
	is_deleted smallint NOT NULL DEFAULT 0,
	is_template smallint NOT NULL DEFAULT 0,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	states_id integer NOT NULL DEFAULT 0 REFERENCES glpi_states (id),
	date_creation timestamp
);

CREATE TABLE glpi_printers (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	name varchar(255),
	date_mod timestamp,
	contact varchar(255),
	users_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	serial varchar(255),
	otherserial varchar(255),
	have_usb smallint NOT NULL DEFAULT 0,
	have_wifi smallint NOT NULL DEFAULT 0,
	have_ethernet smallint NOT NULL DEFAULT 0,
	comment text,
	memory_size varchar(255),
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id),
	networks_id integer NOT NULL DEFAULT 0 REFERENCES glpi_networks (id),
	manufacturers_id integer NOT NULL DEFAULT 0 REFERENCES glpi_manufacturers (id),
	is_deleted smallint NOT NULL DEFAULT 0,
	init_pages_counter integer NOT NULL DEFAULT 0,
	last_pages_counter integer NOT NULL DEFAULT 0,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	states_id integer NOT NULL DEFAULT 0 REFERENCES glpi_states (id),
	date_creation timestamp
);

CREATE TABLE glpi_computers_items (
	id serial PRIMARY KEY,
	items_id integer NOT NULL DEFAULT 0,
	computers_id integer NOT NULL DEFAULT 0 REFERENCES glpi_computers (id),
	itemtype varchar(100),
	is_deleted smallint NOT NULL DEFAULT 0,
	is_dynamic smallint NOT NULL DEFAULT 0
);

CREATE TABLE glpi_softwarecategories (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text,
	softwarecategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_softwarecategories (id),
	completename text,
	level integer NOT NULL DEFAULT 0
);

CREATE TABLE glpi_softwares (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	name varchar(255),
	comment text,
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id),
	users_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	is_update smallint NOT NULL DEFAULT 0,
	softwares_id integer NOT NULL DEFAULT 0 REFERENCES glpi_softwares (id),
	manufacturers_id integer NOT NULL DEFAULT 0 REFERENCES glpi_manufacturers (id),
	is_deleted smallint NOT NULL DEFAULT 0,
	is_template smallint NOT NULL DEFAULT 0,
	date_mod timestamp,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	ticket_tco decimal(20,4) DEFAULT 0.0000,
	is_helpdesk_visible smallint NOT NULL DEFAULT 1,
	softwarecategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_softwarecategories (id),
	is_valid smallint NOT NULL DEFAULT 1,
	date_creation timestamp
);

CREATE TABLE glpi_operatingsystems (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text
);

CREATE TABLE glpi_operatingsystemversions (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text
);

CREATE TABLE glpi_softwareversions (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	softwares_id integer NOT NULL DEFAULT 0 REFERENCES glpi_softwares (id),
	states_id integer NOT NULL DEFAULT 0 REFERENCES glpi_states (id),
	name varchar(255),
	arch varchar(255),
	comment text,
	operatingsystems_id integer NOT NULL DEFAULT 0 REFERENCES glpi_operatingsystems (id),
	date_mod timestamp
);

CREATE TABLE glpi_softwarelicensetypes (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text,
	softwarelicensetypes_id integer NOT NULL DEFAULT 0 REFERENCES glpi_softwarelicensetypes (id),
	level integer NOT NULL DEFAULT 0,
	completename text
);

CREATE TABLE glpi_softwarelicenses (
	id serial PRIMARY KEY,
	softwares_id integer NOT NULL DEFAULT 0 REFERENCES glpi_softwares (id),
	softwarelicenses_id integer NOT NULL DEFAULT 0 REFERENCES glpi_softwarelicenses (id),
	completename text,
	level integer NOT NULL DEFAULT 0,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	number integer NOT NULL DEFAULT 0,
	softwarelicensetypes_id integer NOT NULL DEFAULT 0 REFERENCES glpi_softwarelicensetypes (id),
	name varchar(255),
	serial varchar(255),
	otherserial varchar(255),
	softwareversions_id_buy integer NOT NULL DEFAULT 0 REFERENCES glpi_softwareversions (id),
	softwareversions_id_use integer NOT NULL DEFAULT 0 REFERENCES glpi_softwareversions (id),
	expire date,
	comment text,
	date_mod timestamp,
	is_valid smallint NOT NULL DEFAULT 1,
	is_deleted smallint NOT NULL DEFAULT 0,
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id),
	users_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	groups_id integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	is_helpdesk_visible smallint NOT NULL DEFAULT 0,
	states_id integer NOT NULL DEFAULT 0 REFERENCES glpi_states (id),
	manufacturers_id integer NOT NULL DEFAULT 0 REFERENCES glpi_manufacturers (id),
	contact varchar(255),
	allow_overquota smallint NOT NULL DEFAULT 0
);

CREATE TABLE glpi_items_softwareversions (
	id serial PRIMARY KEY,
	items_id integer NOT NULL DEFAULT 0,
	itemtype varchar(100),
	softwareversions_id integer NOT NULL DEFAULT 0 REFERENCES glpi_softwareversions (id),
	is_deleted smallint NOT NULL DEFAULT 0,
	is_deleted_item smallint NOT NULL DEFAULT 0,
	is_dynamic smallint NOT NULL DEFAULT 0,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	date_install date
);

CREATE TABLE glpi_items_operatingsystems (
	id serial PRIMARY KEY,
	items_id integer NOT NULL DEFAULT 0,
	itemtype varchar(100),
	operatingsystems_id integer NOT NULL DEFAULT 0 REFERENCES glpi_operatingsystems (id),
	operatingsystemversions_id integer NOT NULL DEFAULT 0 REFERENCES glpi_operatingsystemversions (id),
	license_number varchar(255),
	licenseid varchar(255),
	company varchar(255),
	owner varchar(255),
	install_date date,
	date_mod timestamp,
	is_deleted smallint NOT NULL DEFAULT 0,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id)
);

CREATE TABLE glpi_networkports (
	id serial PRIMARY KEY,
	items_id integer NOT NULL DEFAULT 0,
	itemtype varchar(100),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	logical_number integer NOT NULL DEFAULT 0,
	name varchar(255),
	instantiation_type varchar(255),
	mac varchar(255),
	comment text,
	is_deleted smallint NOT NULL DEFAULT 0,
	is_dynamic smallint NOT NULL DEFAULT 0,
	ifmtu integer NOT NULL DEFAULT 0,
	ifspeed bigint NOT NULL DEFAULT 0,
	ifstatus varchar(255)
);

CREATE TABLE glpi_networkports_networkports (
	id serial PRIMARY KEY,
	networkports_id_1 integer NOT NULL DEFAULT 0 REFERENCES glpi_networkports (id),
	networkports_id_2 integer NOT NULL DEFAULT 0 REFERENCES glpi_networkports (id)
);

CREATE TABLE glpi_ipaddresses (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	items_id integer NOT NULL DEFAULT 0,
	itemtype varchar(100),
	version smallint DEFAULT 0,
	name varchar(255),
	binary_0 integer NOT NULL DEFAULT 0,
	binary_1 integer NOT NULL DEFAULT 0,
	binary_2 integer NOT NULL DEFAULT 0,
	binary_3 integer NOT NULL DEFAULT 0,
	is_deleted smallint NOT NULL DEFAULT 0,
	is_dynamic smallint NOT NULL DEFAULT 0,
	mainitems_id integer NOT NULL DEFAULT 0,
	mainitemtype varchar(255)
);

CREATE TABLE glpi_requesttypes (
	id serial PRIMARY KEY,
	name varchar(255),
	is_helpdesk_default smallint NOT NULL DEFAULT 0,
	is_followup_default smallint NOT NULL DEFAULT 0,
	is_mail_default smallint NOT NULL DEFAULT 0,
	is_active smallint NOT NULL DEFAULT 1,
	comment text
);

CREATE TABLE glpi_knowbaseitemcategories (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	knowbaseitemcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_knowbaseitemcategories (id),
	name varchar(255),
	completename text,
	comment text,
	level integer NOT NULL DEFAULT 0
);

CREATE TABLE glpi_knowbaseitems (
	id serial PRIMARY KEY,
	name text,
	answer text,
	is_faq smallint NOT NULL DEFAULT 0,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	view integer NOT NULL DEFAULT 0,
	date_creation timestamp,
	date_mod timestamp,
	begin_date timestamp,
	end_date timestamp
);

CREATE TABLE glpi_knowbaseitems_knowbaseitemcategories (
	id serial PRIMARY KEY,
	knowbaseitems_id integer NOT NULL DEFAULT 0 REFERENCES glpi_knowbaseitems (id),
	knowbaseitemcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_knowbaseitemcategories (id)
);

CREATE TABLE glpi_tickettemplates (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	comment text
);

CREATE TABLE glpi_changetemplates (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	comment text
);

CREATE TABLE glpi_problemtemplates (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	comment text
);

CREATE TABLE glpi_itilcategories (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	itilcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_itilcategories (id),
	name varchar(255),
	completename text,
	comment text,
	level integer NOT NULL DEFAULT 0,
	knowbaseitemcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_knowbaseitemcategories (id),
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	code varchar(255),
	is_helpdeskvisible smallint NOT NULL DEFAULT 1,
	tickettemplates_id_incident integer NOT NULL DEFAULT 0 REFERENCES glpi_tickettemplates (id),
	tickettemplates_id_demand integer NOT NULL DEFAULT 0 REFERENCES glpi_tickettemplates (id),
	changetemplates_id integer NOT NULL DEFAULT 0 REFERENCES glpi_changetemplates (id),
	problemtemplates_id integer NOT NULL DEFAULT 0 REFERENCES glpi_problemtemplates (id),
	is_incident integer NOT NULL DEFAULT 1,
	is_request integer NOT NULL DEFAULT 1
);

CREATE TABLE glpi_slms (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	comment text,
	use_ticket_calendar smallint NOT NULL DEFAULT 0,
	calendars_id integer NOT NULL DEFAULT 0 REFERENCES glpi_calendars (id)
);

CREATE TABLE glpi_slas (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	type integer NOT NULL DEFAULT 0,
	comment text,
	number_time integer NOT NULL,
	calendars_id integer NOT NULL DEFAULT 0 REFERENCES glpi_calendars (id),
	definition_time varchar(255),
	end_of_working_day smallint NOT NULL DEFAULT 0,
	slms_id integer NOT NULL DEFAULT 0 REFERENCES glpi_slms (id)
);

CREATE TABLE glpi_slalevels (
	id serial PRIMARY KEY,
	name varchar(255),
	slas_id integer NOT NULL DEFAULT 0 REFERENCES glpi_slas (id),
	execution_time integer NOT NULL,
	is_active smallint NOT NULL DEFAULT 1,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	match char(10)
);

CREATE TABLE glpi_olas (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	type integer NOT NULL DEFAULT 0,
	comment text,
	number_time integer NOT NULL,
	calendars_id integer NOT NULL DEFAULT 0 REFERENCES glpi_calendars (id),
	definition_time varchar(255),
	slms_id integer NOT NULL DEFAULT 0 REFERENCES glpi_slms (id)
);

CREATE TABLE glpi_tickets (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	name varchar(255),
	date timestamp,
	closedate timestamp,
	solvedate timestamp,
	takeintoaccountdate timestamp,
	date_mod timestamp,
	users_id_lastupdater integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	status integer NOT NULL DEFAULT 1,
	users_id_recipient integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	requesttypes_id integer NOT NULL DEFAULT 0 REFERENCES glpi_requesttypes (id),
	content text,
	urgency integer NOT NULL DEFAULT 1,
	impact integer NOT NULL DEFAULT 1,
	priority integer NOT NULL DEFAULT 1,
	itilcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_itilcategories (id),
	type integer NOT NULL DEFAULT 1,
	global_validation integer NOT NULL DEFAULT 1,
	slas_id_ttr integer NOT NULL DEFAULT 0 REFERENCES glpi_slas (id),
	slas_id_tto integer NOT NULL DEFAULT 0 REFERENCES glpi_slas (id),
	slalevels_id_ttr integer NOT NULL DEFAULT 0 REFERENCES glpi_slalevels (id),
	time_to_resolve timestamp,
	time_to_own timestamp,
	begin_waiting_date timestamp,
	sla_waiting_duration integer NOT NULL DEFAULT 0,
	olas_id_tto integer NOT NULL DEFAULT 0 REFERENCES glpi_olas (id),
	olas_id_ttr integer NOT NULL DEFAULT 0 REFERENCES glpi_olas (id),
	ola_waiting_duration integer NOT NULL DEFAULT 0,
	waiting_duration integer NOT NULL DEFAULT 0,
	close_delay_stat integer NOT NULL DEFAULT 0,
	solve_delay_stat integer NOT NULL DEFAULT 0,
	actiontime integer NOT NULL DEFAULT 0,
	is_deleted smallint NOT NULL DEFAULT 0,
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id),
	validation_percent integer NOT NULL DEFAULT 0,
	date_creation timestamp
);

CREATE TABLE glpi_tickets_users (
	id serial PRIMARY KEY,
	tickets_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id),
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	type integer NOT NULL DEFAULT 1,
	use_notification smallint NOT NULL DEFAULT 1,
	alternative_email varchar(255)
);

CREATE TABLE glpi_groups_tickets (
	id serial PRIMARY KEY,
	tickets_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id),
	groups_id integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	type integer NOT NULL DEFAULT 1
);

CREATE TABLE glpi_suppliertypes (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text
);

CREATE TABLE glpi_suppliers (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	name varchar(255),
	suppliertypes_id integer NOT NULL DEFAULT 0 REFERENCES glpi_suppliertypes (id),
	registration_number varchar(255),
	address text,
	postcode varchar(255),
	town varchar(255),
	country varchar(255),
	website varchar(255),
	phonenumber varchar(255),
	comment text,
	is_deleted smallint NOT NULL DEFAULT 0,
	email varchar(255),
	is_active smallint NOT NULL DEFAULT 0
);

CREATE TABLE glpi_suppliers_tickets (
	id serial PRIMARY KEY,
	tickets_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id),
	suppliers_id integer NOT NULL DEFAULT 0 REFERENCES glpi_suppliers (id),
	type integer NOT NULL DEFAULT 1,
	use_notification smallint NOT NULL DEFAULT 1,
	alternative_email varchar(255)
);

CREATE TABLE glpi_items_tickets (
	id serial PRIMARY KEY,
	itemtype varchar(255),
	items_id integer NOT NULL DEFAULT 0,
	tickets_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id)
);

CREATE TABLE glpi_tickets_tickets (
	id serial PRIMARY KEY,
	tickets_id_1 integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id),
	tickets_id_2 integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id),
	link integer NOT NULL DEFAULT 1
);

CREATE TABLE glpi_ticketvalidations (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	tickets_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id),
	users_id_validate integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	comment_submission text,
	comment_validation text,
	status integer NOT NULL DEFAULT 2,
	submission_date timestamp,
	validation_date timestamp,
	timeline_position smallint NOT NULL DEFAULT 0
);

CREATE TABLE glpi_itilfollowups (
	id serial PRIMARY KEY,
	itemtype varchar(100),
	items_id integer NOT NULL DEFAULT 0,
	date timestamp,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	users_id_editor integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	content text,
	is_private smallint NOT NULL DEFAULT 0,
	requesttypes_id integer NOT NULL DEFAULT 0 REFERENCES glpi_requesttypes (id),
	date_mod timestamp,
	date_creation timestamp,
	timeline_position smallint NOT NULL DEFAULT 0,
	sourceitems_id integer NOT NULL DEFAULT 0,
	sourceof_items_id integer NOT NULL DEFAULT 0
);

CREATE TABLE glpi_taskcategories (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	taskcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_taskcategories (id),
	name varchar(255),
	completename text,
	comment text,
	level integer NOT NULL DEFAULT 0,
	is_active smallint NOT NULL DEFAULT 1,
	knowbaseitemcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_knowbaseitemcategories (id)
);

CREATE TABLE glpi_tasktemplates (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	name varchar(255),
	content text,
	taskcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_taskcategories (id),
	actiontime integer NOT NULL DEFAULT 0,
	comment text,
	state integer NOT NULL DEFAULT 0,
	is_private smallint NOT NULL DEFAULT 0,
	users_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id)
);

CREATE TABLE glpi_tickettasks (
	id serial PRIMARY KEY,
	uuid varchar(255),
	tickets_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id),
	taskcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_taskcategories (id),
	date timestamp,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	users_id_editor integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	content text,
	is_private smallint NOT NULL DEFAULT 0,
	actiontime integer NOT NULL DEFAULT 0,
	"begin" timestamp,
	"end" timestamp,
	state integer NOT NULL DEFAULT 1,
	users_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	groups_id_tech integer NOT NULL DEFAULT 0 REFERENCES glpi_groups (id),
	date_mod timestamp,
	date_creation timestamp,
	tasktemplates_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tasktemplates (id),
	timeline_position smallint NOT NULL DEFAULT 0,
	sourceitems_id integer NOT NULL DEFAULT 0
);

CREATE TABLE glpi_solutiontypes (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 1
);

CREATE TABLE glpi_itilsolutions (
	id serial PRIMARY KEY,
	itemtype varchar(100),
	items_id integer NOT NULL DEFAULT 0,
	solutiontypes_id integer NOT NULL DEFAULT 0 REFERENCES glpi_solutiontypes (id),
	solutiontype_name varchar(255),
	content text,
	date_creation timestamp,
	date_mod timestamp,
	date_approval timestamp,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	user_name varchar(255),
	users_id_editor integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	users_id_approval integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	user_name_approval varchar(255),
	status integer NOT NULL DEFAULT 1,
	itilfollowups_id integer REFERENCES glpi_itilfollowups (id)
);

CREATE TABLE glpi_changes (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	is_deleted smallint NOT NULL DEFAULT 0,
	status integer NOT NULL DEFAULT 1,
	content text,
	date_mod timestamp,
	date timestamp,
	solvedate timestamp,
	closedate timestamp,
	time_to_resolve timestamp,
	users_id_recipient integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	users_id_lastupdater integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	urgency integer NOT NULL DEFAULT 1,
	impact integer NOT NULL DEFAULT 1,
	priority integer NOT NULL DEFAULT 1,
	itilcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_itilcategories (id),
	impactcontent text,
	controlistcontent text,
	rolloutplancontent text,
	backoutplancontent text,
	checklistcontent text,
	global_validation integer NOT NULL DEFAULT 1,
	validation_percent integer NOT NULL DEFAULT 0,
	actiontime integer NOT NULL DEFAULT 0,
	begin_waiting_date timestamp,
	waiting_duration integer NOT NULL DEFAULT 0,
	close_delay_stat integer NOT NULL DEFAULT 0,
	solve_delay_stat integer NOT NULL DEFAULT 0,
	date_creation timestamp,
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id)
);

CREATE TABLE glpi_changes_tickets (
	id serial PRIMARY KEY,
	changes_id integer NOT NULL DEFAULT 0 REFERENCES glpi_changes (id),
	tickets_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id)
);

CREATE TABLE glpi_problems (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	is_deleted smallint NOT NULL DEFAULT 0,
	status integer NOT NULL DEFAULT 1,
	content text,
	date_mod timestamp,
	date timestamp,
	solvedate timestamp,
	closedate timestamp,
	time_to_resolve timestamp,
	users_id_recipient integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	users_id_lastupdater integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	urgency integer NOT NULL DEFAULT 1,
	impact integer NOT NULL DEFAULT 1,
	priority integer NOT NULL DEFAULT 1,
	itilcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_itilcategories (id),
	impactcontent text,
	causecontent text,
	symptomcontent text,
	actiontime integer NOT NULL DEFAULT 0,
	begin_waiting_date timestamp,
	waiting_duration integer NOT NULL DEFAULT 0,
	date_creation timestamp,
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id)
);

CREATE TABLE glpi_problems_tickets (
	id serial PRIMARY KEY,
	problems_id integer NOT NULL DEFAULT 0 REFERENCES glpi_problems (id),
	tickets_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id)
);

CREATE TABLE glpi_contracttypes (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text
);

CREATE TABLE glpi_contracts (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	name varchar(255),
	num varchar(255),
	contracttypes_id integer NOT NULL DEFAULT 0 REFERENCES glpi_contracttypes (id),
	begin_date date,
	duration integer NOT NULL DEFAULT 0,
	notice integer NOT NULL DEFAULT 0,
	periodicity integer NOT NULL DEFAULT 0,
	billing integer NOT NULL DEFAULT 0,
	comment text,
	accounting_number varchar(255),
	is_deleted smallint NOT NULL DEFAULT 0,
	renewal integer NOT NULL DEFAULT 0,
	max_links_allowed integer NOT NULL DEFAULT 0,
	alert integer NOT NULL DEFAULT 0,
	is_template smallint NOT NULL DEFAULT 0,
	template_name varchar(255),
	states_id integer NOT NULL DEFAULT 0 REFERENCES glpi_states (id),
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id)
);

CREATE TABLE glpi_contracts_items (
	id serial PRIMARY KEY,
	contracts_id integer NOT NULL DEFAULT 0 REFERENCES glpi_contracts (id),
	items_id integer NOT NULL DEFAULT 0,
	itemtype varchar(100)
);

CREATE TABLE glpi_contracts_suppliers (
	id serial PRIMARY KEY,
	suppliers_id integer NOT NULL DEFAULT 0 REFERENCES glpi_suppliers (id),
	contracts_id integer NOT NULL DEFAULT 0 REFERENCES glpi_contracts (id)
);

CREATE TABLE glpi_budgets (
	id serial PRIMARY KEY,
	name varchar(255),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	comment text,
	is_deleted smallint NOT NULL DEFAULT 0,
	begin_date date,
	end_date date,
	value decimal(20,4) NOT NULL DEFAULT 0.0000,
	is_template smallint NOT NULL DEFAULT 0,
	template_name varchar(255),
	locations_id integer NOT NULL DEFAULT 0 REFERENCES glpi_locations (id)
);

CREATE TABLE glpi_infocoms (
	id serial PRIMARY KEY,
	items_id integer NOT NULL DEFAULT 0,
	itemtype varchar(100),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	buy_date date,
	use_date date,
	warranty_duration integer NOT NULL DEFAULT 0,
	warranty_info varchar(255),
	suppliers_id integer NOT NULL DEFAULT 0 REFERENCES glpi_suppliers (id),
	order_number varchar(255),
	delivery_number varchar(255),
	immo_number varchar(255),
	value decimal(20,4) NOT NULL DEFAULT 0.0000,
	warranty_value decimal(20,4) NOT NULL DEFAULT 0.0000,
	sink_time integer NOT NULL DEFAULT 0,
	sink_type integer NOT NULL DEFAULT 0,
	sink_coeff real NOT NULL DEFAULT 0,
	comment text,
	bill varchar(255),
	budgets_id integer NOT NULL DEFAULT 0 REFERENCES glpi_budgets (id),
	alert integer NOT NULL DEFAULT 0,
	order_date date,
	delivery_date date,
	inventory_date date,
	warranty_date date
);

CREATE TABLE glpi_documentcategories (
	id serial PRIMARY KEY,
	name varchar(255),
	comment text,
	documentcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_documentcategories (id),
	completename text,
	level integer NOT NULL DEFAULT 0
);

CREATE TABLE glpi_documents (
	id serial PRIMARY KEY,
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	name varchar(255),
	filename varchar(255),
	filepath varchar(255),
	documentcategories_id integer NOT NULL DEFAULT 0 REFERENCES glpi_documentcategories (id),
	mime varchar(255),
	date_mod timestamp,
	comment text,
	is_deleted smallint NOT NULL DEFAULT 0,
	link varchar(255),
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	tickets_id integer NOT NULL DEFAULT 0 REFERENCES glpi_tickets (id),
	sha1sum char(40),
	is_blacklisted smallint NOT NULL DEFAULT 0,
	tag varchar(255),
	date_creation timestamp
);

CREATE TABLE glpi_documents_items (
	id serial PRIMARY KEY,
	documents_id integer NOT NULL DEFAULT 0 REFERENCES glpi_documents (id),
	items_id integer NOT NULL DEFAULT 0,
	itemtype varchar(100),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	date_mod timestamp,
	users_id integer DEFAULT 0 REFERENCES glpi_users (id),
	timeline_position smallint NOT NULL DEFAULT 0,
	date_creation timestamp
);

CREATE TABLE glpi_reservationitems (
	id serial PRIMARY KEY,
	itemtype varchar(100),
	entities_id integer NOT NULL DEFAULT 0 REFERENCES glpi_entities (id),
	is_recursive smallint NOT NULL DEFAULT 0,
	items_id integer NOT NULL DEFAULT 0,
	comment text,
	is_active smallint NOT NULL DEFAULT 1,
	is_deleted smallint NOT NULL DEFAULT 0
);

CREATE TABLE glpi_reservations (
	id serial PRIMARY KEY,
	reservationitems_id integer NOT NULL DEFAULT 0 REFERENCES glpi_reservationitems (id),
	"begin" timestamp,
	"end" timestamp,
	users_id integer NOT NULL DEFAULT 0 REFERENCES glpi_users (id),
	comment text,
	"group" integer NOT NULL DEFAULT 0
);

CREATE TABLE glpi_logs (
	id serial PRIMARY KEY,
	itemtype varchar(100),
	items_id integer NOT NULL DEFAULT 0,
	itemtype_link varchar(100),
	linked_action integer NOT NULL DEFAULT 0,
	user_name varchar(255),
	date_mod timestamp,
	id_search_option integer NOT NULL DEFAULT 0,
	old_value varchar(255),
	new_value varchar(255)
);
