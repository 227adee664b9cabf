-- osticket.sql: a thirty-third blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind33). The database of
-- an osTicket 1.17 help desk (PHP, MySQL), written as a PostgreSQL port
-- reads (integer keys for the auto-increment ones, smallint for tinyint
-- flags, timestamp for datetime, "key" and "primary" quoted): agents
-- (staff), departments, teams, roles
-- and their access, help topics and their forms, SLAs and business-hours
-- schedules, the email accounts and templates, tickets and tasks with
-- their threads, entries, events, collaborators and referrals, end users,
-- their emails and accounts, organizations, the dynamic forms (forms,
-- fields, entries, values, lists and list items) and their __cdata
-- copies, the FAQ (knowledge base) and canned responses, attachments and
-- stored files, filters with their rules and actions, the ticket queues
-- with their columns, sorts and exports, drafts, locks, notes, plugins,
-- sequences, translations, the config table, sessions and the system log.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of osTicket's
-- setup/inc/streams/core/install-mysql.sql, trimmed (71 tables).
-- Conventions: every table ost_<singular noun> (ost_ticket, ost_staff,
-- ost_department, ost_help_topic, ost_thread_entry, ost_list_items);
-- keyed by id in the newer tables and by <noun>_id in the older ones
-- (ticket_id, staff_id, team_id, topic_id, email_id, tpl_id, faq_id,
-- category_id, priority_id, canned_id, lock_id, log_id); links are
-- <target>_id with the target's short name (dept_id -> ost_department,
-- topic_id -> ost_help_topic, tpl_id -> ost_email_template_group, sla_id,
-- schedule_id, status_id -> ost_ticket_status, priority_id ->
-- ost_ticket_priority, org_id -> ost_organization, form_id, field_id,
-- entry_id, list_id, filter_id, queue_id, column_id, sort_id, thread_id,
-- thread_entry_id, event_id, file_id, plugin_id, page_id, sequence_id,
-- role_id), whether the target is keyed by id or by <noun>_id; roles:
-- staff_id (the assignee), manager_id -> ost_staff, lead_id -> ost_staff,
-- agent_id -> ost_staff, autoresp_email_id -> ost_email, user_email_id /
-- default_email_id -> ost_user_email, columns_id -> ost_queue (the queue
-- whose columns are inherited); self references pid (department, form,
-- thread entry, note), ticket_pid (merged tickets), topic_pid,
-- category_pid, parent_id (queue); the __cdata tables are keyed by the
-- row they copy (ticket_id, task_id, user_id, org_id).
-- osTicket declares no foreign keys (MyISAM-era schema, kept so on
-- InnoDB): the REFERENCES are the links its ORM models (class.ticket.php,
-- class.thread.php, class.staff.php, class.dept.php, ...) join on.
-- Left without REFERENCES (polymorphic, told by a one-letter
-- object_type / type column: T ticket, A task, U user, O organization,
-- H help topic, E thread entry, F faq, C canned response): thread,
-- form_entry, attachment, task, thread_referral object_id,
-- thread_event.uid (staff or user, uid_type), thread_entry.editor (staff
-- or user, editor_type), _search.object_id,
-- form_entry_values.value_id (a list item or an object); text links:
-- organization.manager ('s3' a staff, 't2' a team), note.ext_id,
-- session.user_id, ticket__cdata.priority, config.namespace, and the
-- numbers (ticket.number, task.number).

CREATE TABLE ost_api_key (
	id integer PRIMARY KEY,
	isactive smallint NOT NULL DEFAULT 1,
	ipaddr varchar(64) NOT NULL,
	apikey varchar(255) NOT NULL UNIQUE,
	can_create_tickets smallint NOT NULL DEFAULT 1,
	can_exec_cron smallint NOT NULL DEFAULT 1,
	notes text,
	updated timestamp NOT NULL,
	created timestamp NOT NULL
);

CREATE TABLE ost_config (
	id integer PRIMARY KEY,
	namespace varchar(64) NOT NULL,
	"key" varchar(64) NOT NULL,
	value text NOT NULL,
	updated timestamp NOT NULL,
	UNIQUE (namespace, "key")
);

CREATE TABLE ost_role (
	id integer PRIMARY KEY,
	flags integer NOT NULL DEFAULT 1,
	name varchar(64),
	permissions text,
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_schedule (
	id integer PRIMARY KEY,
	flags integer NOT NULL DEFAULT 0,
	name varchar(255) NOT NULL,
	timezone varchar(64),
	description varchar(255) NOT NULL,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_schedule_entry (
	id integer PRIMARY KEY,
	schedule_id integer NOT NULL DEFAULT 0 REFERENCES ost_schedule (id),
	flags integer NOT NULL DEFAULT 0,
	sort smallint NOT NULL DEFAULT 0,
	name varchar(255) NOT NULL,
	repeats varchar(16) NOT NULL DEFAULT 'never',
	starts_on date,
	starts_at time,
	ends_on date,
	ends_at time,
	stops_on timestamp,
	day smallint,
	week smallint,
	month smallint,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_sla (
	id integer PRIMARY KEY,
	schedule_id integer NOT NULL DEFAULT 0 REFERENCES ost_schedule (id),
	flags integer NOT NULL DEFAULT 3,
	grace_period integer NOT NULL DEFAULT 0,
	name varchar(64) NOT NULL UNIQUE,
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_sequence (
	id integer PRIMARY KEY,
	name varchar(64),
	flags integer,
	next bigint NOT NULL DEFAULT 1,
	increment integer DEFAULT 1,
	padding char(1) DEFAULT '0',
	updated timestamp NOT NULL
);

CREATE TABLE ost_ticket_priority (
	priority_id integer PRIMARY KEY,
	priority varchar(60) NOT NULL UNIQUE,
	priority_desc varchar(30) NOT NULL,
	priority_color varchar(7) NOT NULL,
	priority_urgency smallint NOT NULL DEFAULT 0,
	ispublic smallint NOT NULL DEFAULT 1
);

CREATE TABLE ost_ticket_status (
	id integer PRIMARY KEY,
	name varchar(60) NOT NULL UNIQUE,
	state varchar(16),
	mode integer NOT NULL DEFAULT 0,
	flags integer NOT NULL DEFAULT 0,
	sort integer NOT NULL DEFAULT 0,
	properties text NOT NULL,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_email_template_group (
	tpl_id integer PRIMARY KEY,
	isactive smallint NOT NULL DEFAULT 0,
	name varchar(32) NOT NULL,
	lang varchar(16) NOT NULL DEFAULT 'en_US',
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_email_template (
	id integer PRIMARY KEY,
	tpl_id integer NOT NULL REFERENCES ost_email_template_group (tpl_id),
	code_name varchar(32) NOT NULL,
	subject varchar(255) NOT NULL,
	body text NOT NULL,
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL,
	UNIQUE (tpl_id, code_name)
);

CREATE TABLE ost_page (
	id integer PRIMARY KEY,
	isactive smallint NOT NULL DEFAULT 0,
	type varchar(16) NOT NULL DEFAULT 'other',
	name varchar(255) NOT NULL UNIQUE,
	body text NOT NULL,
	lang varchar(16) NOT NULL DEFAULT 'en_US',
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_content (
	id integer PRIMARY KEY,
	isactive smallint NOT NULL DEFAULT 0,
	type varchar(32) NOT NULL DEFAULT 'other',
	name varchar(255) NOT NULL UNIQUE,
	body text NOT NULL,
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_organization (
	id integer PRIMARY KEY,
	name varchar(128) NOT NULL DEFAULT '',
	manager varchar(16) NOT NULL DEFAULT '',
	status integer NOT NULL DEFAULT 0,
	domain varchar(256) NOT NULL DEFAULT '',
	extra text,
	created timestamp,
	updated timestamp
);

CREATE TABLE ost_organization__cdata (
	org_id integer PRIMARY KEY REFERENCES ost_organization (id),
	name text,
	address text,
	phone text,
	website text,
	notes text
);

CREATE TABLE ost_user (
	id integer PRIMARY KEY,
	org_id integer NOT NULL REFERENCES ost_organization (id),
	default_email_id integer NOT NULL REFERENCES ost_user_email (id),
	status integer NOT NULL DEFAULT 0,
	name varchar(128) NOT NULL,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_user_email (
	id integer PRIMARY KEY,
	user_id integer NOT NULL REFERENCES ost_user (id),
	flags integer NOT NULL DEFAULT 0,
	address varchar(255) NOT NULL UNIQUE
);

CREATE TABLE ost_user_account (
	id integer PRIMARY KEY,
	user_id integer NOT NULL UNIQUE REFERENCES ost_user (id),
	status integer NOT NULL DEFAULT 0,
	timezone varchar(64),
	lang varchar(16),
	username varchar(64) UNIQUE,
	passwd varchar(128),
	backend varchar(32),
	extra text,
	registered timestamp
);

CREATE TABLE ost_user__cdata (
	user_id integer PRIMARY KEY REFERENCES ost_user (id),
	email text,
	name text,
	phone text,
	notes text
);

CREATE TABLE ost_department (
	id integer PRIMARY KEY,
	pid integer REFERENCES ost_department (id),
	tpl_id integer NOT NULL DEFAULT 0 REFERENCES ost_email_template_group (tpl_id),
	sla_id integer NOT NULL DEFAULT 0 REFERENCES ost_sla (id),
	schedule_id integer NOT NULL DEFAULT 0 REFERENCES ost_schedule (id),
	email_id integer NOT NULL DEFAULT 0 REFERENCES ost_email (email_id),
	autoresp_email_id integer NOT NULL DEFAULT 0 REFERENCES ost_email (email_id),
	manager_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	flags integer NOT NULL DEFAULT 0,
	name varchar(128) NOT NULL DEFAULT '',
	signature text NOT NULL,
	ispublic smallint NOT NULL DEFAULT 1,
	group_membership smallint NOT NULL DEFAULT 0,
	ticket_auto_response smallint NOT NULL DEFAULT 1,
	message_auto_response smallint NOT NULL DEFAULT 0,
	path varchar(128) NOT NULL DEFAULT '/',
	updated timestamp NOT NULL,
	created timestamp NOT NULL,
	UNIQUE (name, pid)
);

CREATE TABLE ost_staff (
	staff_id integer PRIMARY KEY,
	dept_id integer NOT NULL DEFAULT 0 REFERENCES ost_department (id),
	role_id integer NOT NULL DEFAULT 0 REFERENCES ost_role (id),
	username varchar(32) NOT NULL DEFAULT '' UNIQUE,
	firstname varchar(32),
	lastname varchar(32),
	passwd varchar(128),
	backend varchar(32),
	email varchar(255),
	phone varchar(24) NOT NULL DEFAULT '',
	phone_ext varchar(6),
	mobile varchar(24) NOT NULL DEFAULT '',
	signature text NOT NULL,
	lang varchar(16),
	timezone varchar(64),
	locale varchar(16),
	notes text,
	isactive smallint NOT NULL DEFAULT 1,
	isadmin smallint NOT NULL DEFAULT 0,
	isvisible smallint NOT NULL DEFAULT 1,
	onvacation smallint NOT NULL DEFAULT 0,
	assigned_only smallint NOT NULL DEFAULT 0,
	show_assigned_tickets smallint NOT NULL DEFAULT 0,
	change_passwd smallint NOT NULL DEFAULT 0,
	max_page_size integer NOT NULL DEFAULT 0,
	auto_refresh_rate integer NOT NULL DEFAULT 0,
	default_signature_type varchar(4) NOT NULL DEFAULT 'none',
	default_paper_size varchar(6) NOT NULL DEFAULT 'Letter',
	extra text,
	permissions text,
	created timestamp NOT NULL,
	lastlogin timestamp,
	passwdreset timestamp,
	updated timestamp NOT NULL
);

CREATE TABLE ost_staff_dept_access (
	staff_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	dept_id integer NOT NULL DEFAULT 0 REFERENCES ost_department (id),
	role_id integer NOT NULL DEFAULT 0 REFERENCES ost_role (id),
	flags integer NOT NULL DEFAULT 1,
	PRIMARY KEY (staff_id, dept_id)
);

CREATE TABLE ost_team (
	team_id integer PRIMARY KEY,
	lead_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	flags integer NOT NULL DEFAULT 1,
	name varchar(125) NOT NULL DEFAULT '' UNIQUE,
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_team_member (
	team_id integer NOT NULL DEFAULT 0 REFERENCES ost_team (team_id),
	staff_id integer NOT NULL REFERENCES ost_staff (staff_id),
	flags integer NOT NULL DEFAULT 0,
	PRIMARY KEY (team_id, staff_id)
);

CREATE TABLE ost_email (
	email_id integer PRIMARY KEY,
	noautoresp smallint NOT NULL DEFAULT 0,
	priority_id integer NOT NULL DEFAULT 2 REFERENCES ost_ticket_priority (priority_id),
	dept_id integer NOT NULL DEFAULT 0 REFERENCES ost_department (id),
	topic_id integer NOT NULL DEFAULT 0 REFERENCES ost_help_topic (topic_id),
	email varchar(255) NOT NULL DEFAULT '' UNIQUE,
	name varchar(255) NOT NULL DEFAULT '',
	userid varchar(255) NOT NULL,
	userpass varchar(255),
	mail_active smallint NOT NULL DEFAULT 0,
	mail_host varchar(255) NOT NULL,
	mail_protocol varchar(10) NOT NULL DEFAULT 'POP',
	mail_encryption varchar(4) NOT NULL,
	mail_folder varchar(255),
	mail_port integer,
	mail_fetchfreq smallint NOT NULL DEFAULT 5,
	mail_fetchmax smallint NOT NULL DEFAULT 30,
	mail_archivefolder varchar(255),
	mail_delete smallint NOT NULL DEFAULT 0,
	mail_errors smallint NOT NULL DEFAULT 0,
	mail_lasterror timestamp,
	mail_lastfetch timestamp,
	smtp_active smallint DEFAULT 0,
	smtp_host varchar(255) NOT NULL,
	smtp_port integer,
	smtp_secure smallint NOT NULL DEFAULT 1,
	smtp_auth smallint NOT NULL DEFAULT 1,
	smtp_auth_creds integer DEFAULT 0,
	smtp_userid varchar(255) NOT NULL,
	smtp_userpass varchar(255),
	smtp_spoofing smallint NOT NULL DEFAULT 0,
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_help_topic (
	topic_id integer PRIMARY KEY,
	topic_pid integer NOT NULL DEFAULT 0 REFERENCES ost_help_topic (topic_id),
	ispublic smallint NOT NULL DEFAULT 1,
	noautoresp smallint NOT NULL DEFAULT 0,
	flags integer DEFAULT 0,
	status_id integer NOT NULL DEFAULT 0 REFERENCES ost_ticket_status (id),
	priority_id integer NOT NULL DEFAULT 0 REFERENCES ost_ticket_priority (priority_id),
	dept_id integer NOT NULL DEFAULT 0 REFERENCES ost_department (id),
	staff_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	team_id integer NOT NULL DEFAULT 0 REFERENCES ost_team (team_id),
	sla_id integer NOT NULL DEFAULT 0 REFERENCES ost_sla (id),
	page_id integer NOT NULL DEFAULT 0 REFERENCES ost_page (id),
	sequence_id integer NOT NULL DEFAULT 0 REFERENCES ost_sequence (id),
	sort integer NOT NULL DEFAULT 0,
	topic varchar(128) NOT NULL DEFAULT '',
	number_format varchar(32),
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL,
	UNIQUE (topic, topic_pid)
);

CREATE TABLE ost_form (
	id integer PRIMARY KEY,
	pid integer REFERENCES ost_form (id),
	type varchar(8) NOT NULL DEFAULT 'G',
	flags integer NOT NULL DEFAULT 1,
	title varchar(255) NOT NULL,
	instructions varchar(512),
	name varchar(64) NOT NULL DEFAULT '',
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_form_field (
	id integer PRIMARY KEY,
	form_id integer NOT NULL REFERENCES ost_form (id),
	flags integer DEFAULT 1,
	type varchar(255) NOT NULL DEFAULT 'text',
	label varchar(255) NOT NULL,
	name varchar(64) NOT NULL,
	configuration text,
	sort integer NOT NULL,
	hint varchar(512),
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_form_entry (
	id integer PRIMARY KEY,
	form_id integer NOT NULL REFERENCES ost_form (id),
	object_id integer,
	object_type char(1) NOT NULL DEFAULT 'T',
	sort integer NOT NULL DEFAULT 1,
	extra text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_form_entry_values (
	entry_id integer NOT NULL REFERENCES ost_form_entry (id),
	field_id integer NOT NULL REFERENCES ost_form_field (id),
	value text,
	value_id integer,
	PRIMARY KEY (entry_id, field_id)
);

CREATE TABLE ost_help_topic_form (
	id integer PRIMARY KEY,
	topic_id integer NOT NULL DEFAULT 0 REFERENCES ost_help_topic (topic_id),
	form_id integer NOT NULL DEFAULT 0 REFERENCES ost_form (id),
	sort integer NOT NULL DEFAULT 1,
	extra text
);

CREATE TABLE ost_list (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	name_plural varchar(255),
	sort_mode varchar(16) NOT NULL DEFAULT 'Alpha',
	masks integer NOT NULL DEFAULT 0,
	type varchar(16),
	configuration text NOT NULL DEFAULT '',
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_list_items (
	id integer PRIMARY KEY,
	list_id integer REFERENCES ost_list (id),
	status integer NOT NULL DEFAULT 1,
	value varchar(255) NOT NULL,
	extra varchar(255),
	sort integer NOT NULL DEFAULT 1,
	properties text
);

CREATE TABLE ost_lock (
	lock_id integer PRIMARY KEY,
	staff_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	expire timestamp,
	code varchar(20),
	created timestamp NOT NULL
);

CREATE TABLE ost_ticket (
	ticket_id integer PRIMARY KEY,
	ticket_pid integer REFERENCES ost_ticket (ticket_id),
	number varchar(20),
	user_id integer NOT NULL DEFAULT 0 REFERENCES ost_user (id),
	user_email_id integer NOT NULL DEFAULT 0 REFERENCES ost_user_email (id),
	status_id integer NOT NULL DEFAULT 0 REFERENCES ost_ticket_status (id),
	dept_id integer NOT NULL DEFAULT 0 REFERENCES ost_department (id),
	sla_id integer NOT NULL DEFAULT 0 REFERENCES ost_sla (id),
	topic_id integer NOT NULL DEFAULT 0 REFERENCES ost_help_topic (topic_id),
	staff_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	team_id integer NOT NULL DEFAULT 0 REFERENCES ost_team (team_id),
	email_id integer NOT NULL DEFAULT 0 REFERENCES ost_email (email_id),
	lock_id integer NOT NULL DEFAULT 0 REFERENCES ost_lock (lock_id),
	flags integer NOT NULL DEFAULT 0,
	sort integer NOT NULL DEFAULT 0,
	ip_address varchar(64) NOT NULL DEFAULT '',
	source varchar(32) NOT NULL DEFAULT 'Other',
	source_extra varchar(40),
	isoverdue smallint NOT NULL DEFAULT 0,
	isanswered smallint NOT NULL DEFAULT 0,
	duedate timestamp,
	est_duedate timestamp,
	reopened timestamp,
	closed timestamp,
	lastupdate timestamp,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_ticket__cdata (
	ticket_id integer PRIMARY KEY REFERENCES ost_ticket (ticket_id),
	subject text,
	priority text
);

CREATE TABLE ost_task (
	id integer PRIMARY KEY,
	object_id integer NOT NULL DEFAULT 0,
	object_type char(1) NOT NULL,
	number varchar(20),
	dept_id integer NOT NULL DEFAULT 0 REFERENCES ost_department (id),
	staff_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	team_id integer NOT NULL DEFAULT 0 REFERENCES ost_team (team_id),
	lock_id integer NOT NULL DEFAULT 0 REFERENCES ost_lock (lock_id),
	flags integer NOT NULL DEFAULT 0,
	duedate timestamp,
	closed timestamp,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_task__cdata (
	task_id integer PRIMARY KEY REFERENCES ost_task (id),
	title text
);

CREATE TABLE ost_thread (
	id integer PRIMARY KEY,
	object_id integer NOT NULL,
	object_type char(1) NOT NULL,
	extra text,
	lastresponse timestamp,
	lastmessage timestamp,
	created timestamp NOT NULL
);

CREATE TABLE ost_thread_entry (
	id integer PRIMARY KEY,
	pid integer NOT NULL DEFAULT 0 REFERENCES ost_thread_entry (id),
	thread_id integer NOT NULL DEFAULT 0 REFERENCES ost_thread (id),
	staff_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	user_id integer NOT NULL DEFAULT 0 REFERENCES ost_user (id),
	type char(1) NOT NULL DEFAULT '',
	flags integer NOT NULL DEFAULT 0,
	poster varchar(128) NOT NULL DEFAULT '',
	editor integer,
	editor_type char(1),
	source varchar(32) NOT NULL DEFAULT '',
	title varchar(255),
	body text NOT NULL,
	format varchar(16) NOT NULL DEFAULT 'html',
	ip_address varchar(64) NOT NULL DEFAULT '',
	extra text,
	recipients text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_thread_entry_email (
	id integer PRIMARY KEY,
	thread_entry_id integer NOT NULL REFERENCES ost_thread_entry (id),
	email_id integer REFERENCES ost_email (email_id),
	mid varchar(255) NOT NULL,
	headers text
);

CREATE TABLE ost_thread_entry_merge (
	id integer PRIMARY KEY,
	thread_entry_id integer NOT NULL REFERENCES ost_thread_entry (id),
	data text
);

CREATE TABLE ost_thread_collaborator (
	id integer PRIMARY KEY,
	flags integer NOT NULL DEFAULT 1,
	thread_id integer NOT NULL DEFAULT 0 REFERENCES ost_thread (id),
	user_id integer NOT NULL DEFAULT 0 REFERENCES ost_user (id),
	role char(1) NOT NULL DEFAULT 'M',
	created timestamp NOT NULL,
	updated timestamp NOT NULL,
	UNIQUE (thread_id, user_id)
);

CREATE TABLE ost_thread_referral (
	id integer PRIMARY KEY,
	thread_id integer NOT NULL REFERENCES ost_thread (id),
	object_id integer NOT NULL,
	object_type char(1) NOT NULL,
	created timestamp NOT NULL,
	UNIQUE (object_id, object_type, thread_id)
);

CREATE TABLE ost_event (
	id integer PRIMARY KEY,
	name varchar(60) NOT NULL UNIQUE,
	description varchar(60)
);

CREATE TABLE ost_thread_event (
	id integer PRIMARY KEY,
	thread_id integer NOT NULL DEFAULT 0 REFERENCES ost_thread (id),
	thread_type char(1) NOT NULL DEFAULT '',
	event_id integer REFERENCES ost_event (id),
	staff_id integer NOT NULL REFERENCES ost_staff (staff_id),
	team_id integer NOT NULL REFERENCES ost_team (team_id),
	dept_id integer NOT NULL REFERENCES ost_department (id),
	topic_id integer NOT NULL REFERENCES ost_help_topic (topic_id),
	data varchar(1024),
	username varchar(128) NOT NULL DEFAULT 'SYSTEM',
	uid integer,
	uid_type char(1) NOT NULL DEFAULT 'S',
	annulled smallint NOT NULL DEFAULT 0,
	"timestamp" timestamp NOT NULL
);

CREATE TABLE ost_file (
	id integer PRIMARY KEY,
	ft char(1) NOT NULL DEFAULT 'T',
	bk char(1) NOT NULL DEFAULT 'D',
	type varchar(255) NOT NULL DEFAULT '',
	size bigint NOT NULL DEFAULT 0,
	"key" varchar(86) NOT NULL,
	signature varchar(86) NOT NULL,
	name varchar(255) NOT NULL DEFAULT '',
	attrs varchar(255),
	created timestamp NOT NULL
);

CREATE TABLE ost_file_chunk (
	file_id integer NOT NULL REFERENCES ost_file (id),
	chunk_id integer NOT NULL,
	filedata bytea NOT NULL,
	PRIMARY KEY (file_id, chunk_id)
);

CREATE TABLE ost_attachment (
	id integer PRIMARY KEY,
	object_id integer NOT NULL,
	type char(1) NOT NULL,
	file_id integer NOT NULL REFERENCES ost_file (id),
	name varchar(255),
	inline smallint NOT NULL DEFAULT 0,
	lang varchar(16),
	UNIQUE (object_id, file_id, type)
);

CREATE TABLE ost_draft (
	id integer PRIMARY KEY,
	staff_id integer NOT NULL REFERENCES ost_staff (staff_id),
	namespace varchar(32) NOT NULL DEFAULT '',
	body text NOT NULL,
	extra text,
	created timestamp NOT NULL,
	updated timestamp
);

CREATE TABLE ost_note (
	id integer PRIMARY KEY,
	pid integer REFERENCES ost_note (id),
	staff_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	ext_id varchar(10),
	body text,
	status integer NOT NULL DEFAULT 0,
	sort integer NOT NULL DEFAULT 0,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_canned_response (
	canned_id integer PRIMARY KEY,
	dept_id integer NOT NULL DEFAULT 0 REFERENCES ost_department (id),
	isenabled smallint NOT NULL DEFAULT 1,
	title varchar(255) NOT NULL DEFAULT '' UNIQUE,
	response text NOT NULL,
	lang varchar(16) NOT NULL DEFAULT 'en_US',
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_faq_category (
	category_id integer PRIMARY KEY,
	category_pid integer REFERENCES ost_faq_category (category_id),
	ispublic smallint NOT NULL DEFAULT 0,
	name varchar(125),
	description text NOT NULL,
	notes text NOT NULL,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_faq (
	faq_id integer PRIMARY KEY,
	category_id integer NOT NULL DEFAULT 0 REFERENCES ost_faq_category (category_id),
	ispublished smallint NOT NULL DEFAULT 0,
	question varchar(255) NOT NULL UNIQUE,
	answer text NOT NULL,
	keywords text,
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_faq_topic (
	faq_id integer NOT NULL REFERENCES ost_faq (faq_id),
	topic_id integer NOT NULL REFERENCES ost_help_topic (topic_id),
	PRIMARY KEY (faq_id, topic_id)
);

CREATE TABLE ost_filter (
	id integer PRIMARY KEY,
	execorder integer NOT NULL DEFAULT 99,
	isactive smallint NOT NULL DEFAULT 1,
	flags integer DEFAULT 0,
	status integer NOT NULL DEFAULT 0,
	match_all_rules smallint NOT NULL DEFAULT 0,
	stop_onmatch smallint NOT NULL DEFAULT 0,
	target varchar(8) NOT NULL DEFAULT 'Any',
	email_id integer NOT NULL DEFAULT 0 REFERENCES ost_email (email_id),
	name varchar(32) NOT NULL DEFAULT '',
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_filter_rule (
	id integer PRIMARY KEY,
	filter_id integer NOT NULL DEFAULT 0 REFERENCES ost_filter (id),
	what varchar(32) NOT NULL,
	how varchar(16) NOT NULL,
	val varchar(255) NOT NULL,
	isactive smallint NOT NULL DEFAULT 1,
	notes text NOT NULL,
	created timestamp NOT NULL,
	updated timestamp NOT NULL,
	UNIQUE (filter_id, what, how, val)
);

CREATE TABLE ost_filter_action (
	id integer PRIMARY KEY,
	filter_id integer NOT NULL REFERENCES ost_filter (id),
	sort integer NOT NULL DEFAULT 0,
	type varchar(24) NOT NULL,
	configuration text,
	updated timestamp NOT NULL
);

CREATE TABLE ost_queue_sort (
	id integer PRIMARY KEY,
	root varchar(32),
	name varchar(64) NOT NULL DEFAULT '',
	columns text,
	updated timestamp
);

CREATE TABLE ost_queue (
	id integer PRIMARY KEY,
	parent_id integer NOT NULL DEFAULT 0 REFERENCES ost_queue (id),
	columns_id integer REFERENCES ost_queue (id),
	sort_id integer REFERENCES ost_queue_sort (id),
	flags integer NOT NULL DEFAULT 0,
	staff_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	sort integer NOT NULL DEFAULT 0,
	title varchar(60),
	config text,
	filter varchar(64),
	root varchar(32),
	path varchar(80) NOT NULL DEFAULT '/',
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_queue_column (
	id integer PRIMARY KEY,
	flags integer NOT NULL DEFAULT 0,
	name varchar(64) NOT NULL DEFAULT '',
	"primary" varchar(64) NOT NULL DEFAULT '',
	secondary varchar(64),
	filter varchar(32),
	truncate varchar(16),
	annotations text,
	conditions text,
	extra text
);

CREATE TABLE ost_queue_columns (
	queue_id integer NOT NULL REFERENCES ost_queue (id),
	column_id integer NOT NULL REFERENCES ost_queue_column (id),
	staff_id integer NOT NULL REFERENCES ost_staff (staff_id),
	bits integer NOT NULL DEFAULT 0,
	sort integer NOT NULL DEFAULT 1,
	heading varchar(64),
	width integer NOT NULL DEFAULT 100,
	PRIMARY KEY (queue_id, column_id, staff_id)
);

CREATE TABLE ost_queue_sorts (
	queue_id integer NOT NULL REFERENCES ost_queue (id),
	sort_id integer NOT NULL REFERENCES ost_queue_sort (id),
	bits integer NOT NULL DEFAULT 0,
	sort integer NOT NULL DEFAULT 0,
	PRIMARY KEY (queue_id, sort_id)
);

CREATE TABLE ost_queue_export (
	id integer PRIMARY KEY,
	queue_id integer NOT NULL REFERENCES ost_queue (id),
	path varchar(64) NOT NULL DEFAULT '',
	heading varchar(64),
	sort integer NOT NULL DEFAULT 1
);

CREATE TABLE ost_queue_config (
	queue_id integer NOT NULL REFERENCES ost_queue (id),
	staff_id integer NOT NULL REFERENCES ost_staff (staff_id),
	setting text,
	updated timestamp NOT NULL,
	PRIMARY KEY (queue_id, staff_id)
);

CREATE TABLE ost_plugin (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	install_path varchar(60) NOT NULL UNIQUE,
	isphar smallint NOT NULL DEFAULT 0,
	isactive smallint NOT NULL DEFAULT 0,
	version varchar(64),
	notes text,
	installed timestamp NOT NULL
);

CREATE TABLE ost_plugin_instance (
	id integer PRIMARY KEY,
	plugin_id integer NOT NULL REFERENCES ost_plugin (id),
	flags integer NOT NULL DEFAULT 0,
	name varchar(255) NOT NULL DEFAULT '',
	notes text,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost_translation (
	id integer PRIMARY KEY,
	object_hash char(16),
	type varchar(16) NOT NULL DEFAULT 'phrase',
	flags integer NOT NULL DEFAULT 0,
	revision integer,
	agent_id integer NOT NULL DEFAULT 0 REFERENCES ost_staff (staff_id),
	lang varchar(16) NOT NULL DEFAULT '',
	text text NOT NULL,
	source_text text,
	updated timestamp
);

CREATE TABLE ost_session (
	session_id varchar(255) PRIMARY KEY,
	session_data bytea,
	session_expire timestamp,
	session_updated timestamp,
	user_id varchar(16) NOT NULL DEFAULT '0',
	user_ip varchar(64) NOT NULL,
	user_agent varchar(255) NOT NULL
);

CREATE TABLE ost_syslog (
	log_id integer PRIMARY KEY,
	log_type varchar(8) NOT NULL,
	title varchar(255) NOT NULL,
	log text NOT NULL,
	logger varchar(64) NOT NULL,
	ip_address varchar(64) NOT NULL,
	created timestamp NOT NULL,
	updated timestamp NOT NULL
);

CREATE TABLE ost__search (
	object_type varchar(8) NOT NULL,
	object_id integer NOT NULL,
	title text,
	content text,
	PRIMARY KEY (object_type, object_id)
);
