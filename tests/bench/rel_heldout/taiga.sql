-- taiga.sql: a thirty-third blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind33). The database of
-- a Taiga 6 install (taiga-back: Python, Django, PostgreSQL), the agile
-- project management tool (scrum and kanban): users, their auth data and
-- storage entries, Django's auth, content types, admin log and sessions,
-- projects and project templates, memberships and roles, the per-project
-- lookup tables (points, user story / task / issue / epic statuses,
-- issue types, priorities, severities, due dates, swimlanes), milestones
-- (sprints), user stories with their role points and assigned users,
-- tasks, issues, epics and their related user stories, the wiki pages and
-- links, attachments, the custom attributes and their values, likes,
-- votes, watchers, notify policies and change notifications, web
-- notifications, the history entries, the timeline, project references,
-- webhooks and their logs, external applications and their tokens, the
-- contact and feedback entries, the user's project settings, the JWT
-- deny list, djmail's queue and easy_thumbnails.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of taiga-back's models and
-- migrations, trimmed (75 tables).
-- Conventions: Django: tables <app>_<model> in lower case with no
-- separator inside the model name (projects_userstorystatus,
-- userstories_rolepoints, epics_relateduserstory,
-- custom_attributes_issuecustomattributesvalues, users_authdata), keyed
-- by an integer id (a serial in Django's own DDL); a ForeignKey is the
-- field name plus _id (project_id,
-- milestone_id, status_id, role_id, user_id, points_id, epic_id,
-- webhook_id, application_id, content_type_id, permission_id, group_id),
-- where the field is named after its model in short (user_story_id ->
-- userstories_userstory, status_id -> the status table of the app,
-- type_id -> projects_issuetype) or by a role: owner_id, assigned_to_id,
-- invited_by_id, last_modifier_id -> users_user; generated_from_issue_id
-- -> issues_issue, generated_from_task_id -> tasks_task,
-- creation_template_id -> projects_projecttemplate, the project's
-- defaults (default_points_id, default_us_status_id,
-- default_task_status_id, default_issue_status_id, default_issue_type_id,
-- default_priority_id, default_severity_id, default_epic_status_id,
-- default_swimlane_id), data_content_type_id -> django_content_type,
-- token_id -> token_denylist_outstandingtoken, source_id ->
-- easy_thumbnails_source, thumbnail_id -> easy_thumbnails_thumbnail;
-- many-to-many tables <model>_<field> (users_user_groups,
-- userstories_userstory_assigned_users,
-- notifications_historychangenotification_notify_users) with
-- <model>_id and <target>_id; a custom attributes values table per
-- object, keyed by id, with a one-to-one to its object (epic_id,
-- user_story_id, task_id, issue_id).
-- The REFERENCES are the foreign keys Django declares for the models'
-- ForeignKey, OneToOneField and ManyToManyField fields.
-- Left without REFERENCES: the generic relations object_id (beside
-- content_type_id) on attachments, likes, votes, watchers, timeline,
-- references and the admin log; history_historyentry.key (a text
-- "app.model:id") and its user (a JSON object); the history ids kept by
-- notifications_historychangenotification_history_entries
-- (historyentry_id, a varchar uuid: no ForeignKey); ref numbers;
-- timeline.namespace; the JSON copies of template data; the Django
-- session's data; and the id in external_apps_application (a text key
-- chosen by the app; applicationtoken.application_id points at it).

CREATE TABLE django_content_type (
	id integer PRIMARY KEY,
	app_label varchar(100) NOT NULL,
	model varchar(100) NOT NULL,
	UNIQUE (app_label, model)
);

CREATE TABLE django_migrations (
	id integer PRIMARY KEY,
	app varchar(255) NOT NULL,
	name varchar(255) NOT NULL,
	applied timestamp with time zone NOT NULL
);

CREATE TABLE django_session (
	session_key varchar(40) PRIMARY KEY,
	session_data text NOT NULL,
	expire_date timestamp with time zone NOT NULL
);

CREATE TABLE auth_permission (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	content_type_id integer NOT NULL REFERENCES django_content_type (id),
	codename varchar(100) NOT NULL,
	UNIQUE (content_type_id, codename)
);

CREATE TABLE auth_group (
	id integer PRIMARY KEY,
	name varchar(150) NOT NULL UNIQUE
);

CREATE TABLE auth_group_permissions (
	id integer PRIMARY KEY,
	group_id integer NOT NULL REFERENCES auth_group (id),
	permission_id integer NOT NULL REFERENCES auth_permission (id),
	UNIQUE (group_id, permission_id)
);

CREATE TABLE users_user (
	id integer PRIMARY KEY,
	password varchar(128) NOT NULL,
	last_login timestamp with time zone,
	is_superuser boolean NOT NULL,
	username varchar(255) NOT NULL UNIQUE,
	email varchar(255) NOT NULL UNIQUE,
	is_active boolean NOT NULL,
	full_name varchar(256) NOT NULL,
	color varchar(9) NOT NULL,
	bio text NOT NULL,
	photo varchar(500),
	date_joined timestamp with time zone NOT NULL,
	lang varchar(20),
	timezone varchar(20),
	colorize_tags boolean NOT NULL,
	token varchar(200),
	email_token varchar(200),
	new_email varchar(254),
	is_system boolean NOT NULL,
	theme varchar(100),
	max_private_projects integer,
	max_public_projects integer,
	max_memberships_private_projects integer,
	max_memberships_public_projects integer,
	uuid varchar(32) NOT NULL UNIQUE,
	accepted_terms boolean NOT NULL,
	read_new_terms boolean NOT NULL,
	verified_email boolean NOT NULL,
	is_staff boolean NOT NULL,
	date_cancelled timestamp with time zone
);

CREATE TABLE users_user_groups (
	id integer PRIMARY KEY,
	user_id integer NOT NULL REFERENCES users_user (id),
	group_id integer NOT NULL REFERENCES auth_group (id),
	UNIQUE (user_id, group_id)
);

CREATE TABLE users_user_user_permissions (
	id integer PRIMARY KEY,
	user_id integer NOT NULL REFERENCES users_user (id),
	permission_id integer NOT NULL REFERENCES auth_permission (id),
	UNIQUE (user_id, permission_id)
);

CREATE TABLE users_authdata (
	id integer PRIMARY KEY,
	key varchar(50) NOT NULL,
	value varchar(300) NOT NULL,
	extra jsonb NOT NULL,
	user_id integer NOT NULL REFERENCES users_user (id),
	UNIQUE (key, value)
);

CREATE TABLE django_admin_log (
	id integer PRIMARY KEY,
	action_time timestamp with time zone NOT NULL,
	object_id text,
	object_repr varchar(200) NOT NULL,
	action_flag smallint NOT NULL,
	change_message text NOT NULL,
	content_type_id integer REFERENCES django_content_type (id),
	user_id integer NOT NULL REFERENCES users_user (id)
);

CREATE TABLE projects_projecttemplate (
	id integer PRIMARY KEY,
	name varchar(250) NOT NULL,
	slug varchar(250) NOT NULL UNIQUE,
	description text NOT NULL,
	"order" bigint NOT NULL,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	default_owner_role varchar(50) NOT NULL,
	is_epics_activated boolean NOT NULL,
	is_backlog_activated boolean NOT NULL,
	is_kanban_activated boolean NOT NULL,
	is_wiki_activated boolean NOT NULL,
	is_issues_activated boolean NOT NULL,
	is_contact_activated boolean NOT NULL,
	is_looking_for_people boolean NOT NULL,
	looking_for_people_note text NOT NULL,
	videoconferences varchar(250),
	videoconferences_extra_data varchar(250),
	default_options jsonb,
	epic_statuses jsonb,
	us_statuses jsonb,
	us_duedates jsonb,
	points jsonb,
	task_statuses jsonb,
	task_duedates jsonb,
	issue_statuses jsonb,
	issue_types jsonb,
	issue_duedates jsonb,
	priorities jsonb,
	severities jsonb,
	roles jsonb,
	tags text[],
	tags_colors text[]
);

CREATE TABLE projects_project (
	id integer PRIMARY KEY,
	tags text[],
	name varchar(250) NOT NULL,
	slug varchar(250) NOT NULL UNIQUE,
	description text,
	logo varchar(500),
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	total_milestones integer,
	total_story_points double precision,
	is_epics_activated boolean NOT NULL,
	is_backlog_activated boolean NOT NULL,
	is_kanban_activated boolean NOT NULL,
	is_wiki_activated boolean NOT NULL,
	is_issues_activated boolean NOT NULL,
	is_contact_activated boolean NOT NULL,
	videoconferences varchar(250),
	videoconferences_extra_data varchar(250),
	anon_permissions text[],
	public_permissions text[],
	is_private boolean NOT NULL,
	is_featured boolean NOT NULL,
	is_looking_for_people boolean NOT NULL,
	looking_for_people_note text NOT NULL,
	tags_colors text[],
	owner_id integer REFERENCES users_user (id),
	creation_template_id integer REFERENCES projects_projecttemplate (id),
	default_epic_status_id integer UNIQUE REFERENCES projects_epicstatus (id),
	default_points_id integer UNIQUE REFERENCES projects_points (id),
	default_us_status_id integer UNIQUE REFERENCES projects_userstorystatus (id),
	default_task_status_id integer UNIQUE REFERENCES projects_taskstatus (id),
	default_issue_status_id integer UNIQUE REFERENCES projects_issuestatus (id),
	default_issue_type_id integer UNIQUE REFERENCES projects_issuetype (id),
	default_priority_id integer UNIQUE REFERENCES projects_priority (id),
	default_severity_id integer UNIQUE REFERENCES projects_severity (id),
	default_swimlane_id integer UNIQUE REFERENCES projects_swimlane (id),
	epics_csv_uuid varchar(32),
	userstories_csv_uuid varchar(32),
	tasks_csv_uuid varchar(32),
	issues_csv_uuid varchar(32),
	transfer_token varchar(255),
	blocked_code varchar(255),
	totals_updated_datetime timestamp with time zone NOT NULL,
	total_fans integer NOT NULL,
	total_fans_last_week integer NOT NULL,
	total_fans_last_month integer NOT NULL,
	total_fans_last_year integer NOT NULL,
	total_activity integer NOT NULL,
	total_activity_last_week integer NOT NULL,
	total_activity_last_month integer NOT NULL,
	total_activity_last_year integer NOT NULL
);

CREATE TABLE projects_projectmodulesconfig (
	id integer PRIMARY KEY,
	config jsonb,
	project_id integer NOT NULL UNIQUE REFERENCES projects_project (id)
);

CREATE TABLE users_role (
	id integer PRIMARY KEY,
	name varchar(200) NOT NULL,
	slug varchar(250) NOT NULL,
	permissions text[],
	"order" integer NOT NULL,
	computable boolean NOT NULL,
	project_id integer REFERENCES projects_project (id),
	UNIQUE (slug, project_id)
);

CREATE TABLE projects_membership (
	id integer PRIMARY KEY,
	is_admin boolean NOT NULL,
	email varchar(255),
	created_at timestamp with time zone NOT NULL,
	token varchar(60),
	invitation_extra_text text,
	user_order bigint NOT NULL,
	user_id integer REFERENCES users_user (id),
	project_id integer NOT NULL REFERENCES projects_project (id),
	role_id integer NOT NULL REFERENCES users_role (id),
	invited_by_id integer REFERENCES users_user (id),
	UNIQUE (user_id, project_id)
);

CREATE TABLE projects_points (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	"order" integer NOT NULL,
	value double precision,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_epicstatus (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	slug varchar(255) NOT NULL,
	"order" integer NOT NULL,
	is_closed boolean NOT NULL,
	color varchar(20) NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_userstorystatus (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	slug varchar(255) NOT NULL,
	"order" integer NOT NULL,
	is_closed boolean NOT NULL,
	is_archived boolean NOT NULL,
	color varchar(20) NOT NULL,
	wip_limit integer,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_taskstatus (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	slug varchar(255) NOT NULL,
	"order" integer NOT NULL,
	is_closed boolean NOT NULL,
	color varchar(20) NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_issuestatus (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	slug varchar(255) NOT NULL,
	"order" integer NOT NULL,
	is_closed boolean NOT NULL,
	color varchar(20) NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_issuetype (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	"order" integer NOT NULL,
	color varchar(20) NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_priority (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	"order" integer NOT NULL,
	color varchar(20) NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_severity (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	"order" integer NOT NULL,
	color varchar(20) NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_userstoryduedate (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	"order" integer NOT NULL,
	by_default boolean NOT NULL,
	color varchar(20) NOT NULL,
	days_to_due integer,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_taskduedate (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	"order" integer NOT NULL,
	by_default boolean NOT NULL,
	color varchar(20) NOT NULL,
	days_to_due integer,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_issueduedate (
	id integer PRIMARY KEY,
	name varchar(255) NOT NULL,
	"order" integer NOT NULL,
	by_default boolean NOT NULL,
	color varchar(20) NOT NULL,
	days_to_due integer,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_swimlane (
	id integer PRIMARY KEY,
	name text NOT NULL,
	"order" bigint NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE projects_swimlaneuserstorystatus (
	id integer PRIMARY KEY,
	wip_limit integer,
	status_id integer NOT NULL REFERENCES projects_userstorystatus (id),
	swimlane_id integer NOT NULL REFERENCES projects_swimlane (id),
	UNIQUE (swimlane_id, status_id)
);

CREATE TABLE milestones_milestone (
	id integer PRIMARY KEY,
	name varchar(200) NOT NULL,
	slug varchar(250) NOT NULL,
	estimated_start date NOT NULL,
	estimated_finish date NOT NULL,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	closed boolean NOT NULL,
	disponibility double precision,
	"order" smallint NOT NULL,
	owner_id integer REFERENCES users_user (id),
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (name, project_id),
	UNIQUE (slug, project_id)
);

CREATE TABLE userstories_userstory (
	id integer PRIMARY KEY,
	tags text[],
	version integer NOT NULL,
	is_blocked boolean NOT NULL,
	blocked_note text NOT NULL,
	ref bigint,
	is_closed boolean NOT NULL,
	backlog_order bigint NOT NULL,
	sprint_order bigint NOT NULL,
	kanban_order bigint NOT NULL,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	finish_date timestamp with time zone,
	subject text NOT NULL,
	description text NOT NULL,
	client_requirement boolean NOT NULL,
	team_requirement boolean NOT NULL,
	external_reference text[],
	tribe_gig text,
	due_date date,
	due_date_reason text NOT NULL,
	from_task_ref text,
	assigned_to_id integer REFERENCES users_user (id),
	generated_from_issue_id integer REFERENCES issues_issue (id),
	generated_from_task_id integer REFERENCES tasks_task (id),
	milestone_id integer REFERENCES milestones_milestone (id),
	owner_id integer REFERENCES users_user (id),
	project_id integer NOT NULL REFERENCES projects_project (id),
	status_id integer REFERENCES projects_userstorystatus (id),
	swimlane_id integer REFERENCES projects_swimlane (id)
);

CREATE TABLE userstories_rolepoints (
	id integer PRIMARY KEY,
	points_id integer REFERENCES projects_points (id),
	role_id integer NOT NULL REFERENCES users_role (id),
	user_story_id integer NOT NULL REFERENCES userstories_userstory (id),
	UNIQUE (user_story_id, role_id)
);

CREATE TABLE userstories_userstory_assigned_users (
	id integer PRIMARY KEY,
	userstory_id integer NOT NULL REFERENCES userstories_userstory (id),
	user_id integer NOT NULL REFERENCES users_user (id),
	UNIQUE (userstory_id, user_id)
);

CREATE TABLE tasks_task (
	id integer PRIMARY KEY,
	tags text[],
	version integer NOT NULL,
	is_blocked boolean NOT NULL,
	blocked_note text NOT NULL,
	ref bigint,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	finished_date timestamp with time zone,
	subject text NOT NULL,
	description text NOT NULL,
	is_iocaine boolean NOT NULL,
	external_reference text[],
	taskboard_order bigint NOT NULL,
	us_order bigint NOT NULL,
	due_date date,
	due_date_reason text NOT NULL,
	assigned_to_id integer REFERENCES users_user (id),
	milestone_id integer REFERENCES milestones_milestone (id),
	owner_id integer REFERENCES users_user (id),
	project_id integer NOT NULL REFERENCES projects_project (id),
	status_id integer REFERENCES projects_taskstatus (id),
	user_story_id integer REFERENCES userstories_userstory (id)
);

CREATE TABLE issues_issue (
	id integer PRIMARY KEY,
	tags text[],
	version integer NOT NULL,
	is_blocked boolean NOT NULL,
	blocked_note text NOT NULL,
	ref bigint,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	finished_date timestamp with time zone,
	subject text NOT NULL,
	description text NOT NULL,
	external_reference text[],
	due_date date,
	due_date_reason text NOT NULL,
	assigned_to_id integer REFERENCES users_user (id),
	milestone_id integer REFERENCES milestones_milestone (id),
	owner_id integer REFERENCES users_user (id),
	priority_id integer REFERENCES projects_priority (id),
	project_id integer NOT NULL REFERENCES projects_project (id),
	severity_id integer REFERENCES projects_severity (id),
	status_id integer REFERENCES projects_issuestatus (id),
	type_id integer REFERENCES projects_issuetype (id)
);

CREATE TABLE epics_epic (
	id integer PRIMARY KEY,
	tags text[],
	version integer NOT NULL,
	is_blocked boolean NOT NULL,
	blocked_note text NOT NULL,
	ref bigint,
	epics_order bigint NOT NULL,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	subject text NOT NULL,
	description text NOT NULL,
	color varchar(32) NOT NULL,
	client_requirement boolean NOT NULL,
	team_requirement boolean NOT NULL,
	external_reference text[],
	assigned_to_id integer REFERENCES users_user (id),
	owner_id integer REFERENCES users_user (id),
	project_id integer NOT NULL REFERENCES projects_project (id),
	status_id integer REFERENCES projects_epicstatus (id)
);

CREATE TABLE epics_relateduserstory (
	id integer PRIMARY KEY,
	"order" bigint NOT NULL,
	epic_id integer NOT NULL REFERENCES epics_epic (id),
	user_story_id integer NOT NULL REFERENCES userstories_userstory (id),
	UNIQUE (user_story_id, epic_id)
);

CREATE TABLE wiki_wikipage (
	id integer PRIMARY KEY,
	version integer NOT NULL,
	slug varchar(500) NOT NULL,
	content text NOT NULL,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	last_modifier_id integer REFERENCES users_user (id),
	owner_id integer REFERENCES users_user (id),
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, slug)
);

CREATE TABLE wiki_wikilink (
	id integer PRIMARY KEY,
	title varchar(500) NOT NULL,
	href varchar(500) NOT NULL,
	"order" bigint NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, href)
);

CREATE TABLE attachments_attachment (
	id integer PRIMARY KEY,
	object_id integer NOT NULL,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	name varchar(500) NOT NULL,
	size integer,
	attached_file varchar(500),
	sha1 varchar(40) NOT NULL,
	is_deprecated boolean NOT NULL,
	from_comment boolean NOT NULL,
	description text NOT NULL,
	"order" integer NOT NULL,
	content_type_id integer NOT NULL REFERENCES django_content_type (id),
	owner_id integer REFERENCES users_user (id),
	project_id integer REFERENCES projects_project (id)
);

CREATE TABLE custom_attributes_epiccustomattribute (
	id integer PRIMARY KEY,
	name varchar(64) NOT NULL,
	description text NOT NULL,
	type varchar(16) NOT NULL,
	extra jsonb,
	"order" bigint NOT NULL,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE custom_attributes_userstorycustomattribute (
	id integer PRIMARY KEY,
	name varchar(64) NOT NULL,
	description text NOT NULL,
	type varchar(16) NOT NULL,
	extra jsonb,
	"order" bigint NOT NULL,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE custom_attributes_taskcustomattribute (
	id integer PRIMARY KEY,
	name varchar(64) NOT NULL,
	description text NOT NULL,
	type varchar(16) NOT NULL,
	extra jsonb,
	"order" bigint NOT NULL,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE custom_attributes_issuecustomattribute (
	id integer PRIMARY KEY,
	name varchar(64) NOT NULL,
	description text NOT NULL,
	type varchar(16) NOT NULL,
	extra jsonb,
	"order" bigint NOT NULL,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, name)
);

CREATE TABLE custom_attributes_epiccustomattributesvalues (
	id integer PRIMARY KEY,
	version integer NOT NULL,
	attributes_values jsonb NOT NULL,
	epic_id integer NOT NULL UNIQUE REFERENCES epics_epic (id)
);

CREATE TABLE custom_attributes_userstorycustomattributesvalues (
	id integer PRIMARY KEY,
	version integer NOT NULL,
	attributes_values jsonb NOT NULL,
	user_story_id integer NOT NULL UNIQUE REFERENCES userstories_userstory (id)
);

CREATE TABLE custom_attributes_taskcustomattributesvalues (
	id integer PRIMARY KEY,
	version integer NOT NULL,
	attributes_values jsonb NOT NULL,
	task_id integer NOT NULL UNIQUE REFERENCES tasks_task (id)
);

CREATE TABLE custom_attributes_issuecustomattributesvalues (
	id integer PRIMARY KEY,
	version integer NOT NULL,
	attributes_values jsonb NOT NULL,
	issue_id integer NOT NULL UNIQUE REFERENCES issues_issue (id)
);

CREATE TABLE likes_like (
	id integer PRIMARY KEY,
	object_id integer NOT NULL,
	created_date timestamp with time zone NOT NULL,
	content_type_id integer NOT NULL REFERENCES django_content_type (id),
	user_id integer NOT NULL REFERENCES users_user (id),
	UNIQUE (content_type_id, object_id, user_id)
);

CREATE TABLE votes_vote (
	id integer PRIMARY KEY,
	object_id integer NOT NULL,
	created_date timestamp with time zone NOT NULL,
	content_type_id integer NOT NULL REFERENCES django_content_type (id),
	user_id integer NOT NULL REFERENCES users_user (id),
	UNIQUE (content_type_id, object_id, user_id)
);

CREATE TABLE votes_votes (
	id integer PRIMARY KEY,
	object_id integer NOT NULL,
	count integer NOT NULL,
	content_type_id integer NOT NULL REFERENCES django_content_type (id),
	UNIQUE (content_type_id, object_id)
);

CREATE TABLE notifications_notifypolicy (
	id integer PRIMARY KEY,
	notify_level smallint NOT NULL,
	live_notify_level smallint NOT NULL,
	web_notify_level boolean NOT NULL,
	created_at timestamp with time zone NOT NULL,
	modified_at timestamp with time zone NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	user_id integer NOT NULL REFERENCES users_user (id),
	UNIQUE (project_id, user_id)
);

CREATE TABLE notifications_watched (
	id integer PRIMARY KEY,
	object_id integer NOT NULL,
	created_date timestamp with time zone NOT NULL,
	content_type_id integer NOT NULL REFERENCES django_content_type (id),
	user_id integer NOT NULL REFERENCES users_user (id),
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (content_type_id, object_id, user_id, project_id)
);

CREATE TABLE notifications_historychangenotification (
	id integer PRIMARY KEY,
	key varchar(255) NOT NULL,
	created_datetime timestamp with time zone NOT NULL,
	updated_datetime timestamp with time zone NOT NULL,
	history_type smallint NOT NULL,
	owner_id integer NOT NULL REFERENCES users_user (id),
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (key, owner_id, project_id, history_type)
);

CREATE TABLE notifications_historychangenotification_history_entries (
	id integer PRIMARY KEY,
	historychangenotification_id integer NOT NULL REFERENCES notifications_historychangenotification (id),
	historyentry_id varchar(255) NOT NULL,
	UNIQUE (historychangenotification_id, historyentry_id)
);

CREATE TABLE notifications_historychangenotification_notify_users (
	id integer PRIMARY KEY,
	historychangenotification_id integer NOT NULL REFERENCES notifications_historychangenotification (id),
	user_id integer NOT NULL REFERENCES users_user (id),
	UNIQUE (historychangenotification_id, user_id)
);

CREATE TABLE notifications_webnotification (
	id integer PRIMARY KEY,
	created timestamp with time zone NOT NULL,
	read timestamp with time zone,
	event_type integer NOT NULL,
	data jsonb NOT NULL,
	user_id integer NOT NULL REFERENCES users_user (id)
);

CREATE TABLE history_historyentry (
	id varchar(255) PRIMARY KEY,
	"user" jsonb,
	created_at timestamp with time zone,
	type smallint,
	is_snapshot boolean,
	key varchar(255),
	diff jsonb,
	snapshot jsonb,
	"values" jsonb,
	values_diff_cache jsonb,
	comment text,
	comment_html text,
	comment_versions jsonb,
	edit_comment_date timestamp with time zone,
	delete_comment_date timestamp with time zone,
	delete_comment_user jsonb,
	is_hidden boolean,
	project_id integer NOT NULL REFERENCES projects_project (id)
);

CREATE TABLE timeline_timeline (
	id integer PRIMARY KEY,
	object_id integer NOT NULL,
	namespace varchar(250) NOT NULL,
	event_type varchar(250) NOT NULL,
	project_id integer REFERENCES projects_project (id),
	data jsonb NOT NULL,
	data_content_type_id integer NOT NULL REFERENCES django_content_type (id),
	created timestamp with time zone NOT NULL,
	content_type_id integer NOT NULL REFERENCES django_content_type (id)
);

CREATE TABLE references_reference (
	id integer PRIMARY KEY,
	object_id integer NOT NULL,
	ref bigint NOT NULL,
	created_at timestamp with time zone NOT NULL,
	content_type_id integer NOT NULL REFERENCES django_content_type (id),
	project_id integer NOT NULL REFERENCES projects_project (id),
	UNIQUE (project_id, ref)
);

CREATE TABLE webhooks_webhook (
	id integer PRIMARY KEY,
	url varchar(200) NOT NULL,
	key text NOT NULL,
	name varchar(250) NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id)
);

CREATE TABLE webhooks_webhooklog (
	id integer PRIMARY KEY,
	url varchar(200) NOT NULL,
	status integer NOT NULL,
	request_data jsonb NOT NULL,
	request_headers jsonb NOT NULL,
	response_data text NOT NULL,
	response_headers jsonb NOT NULL,
	duration double precision NOT NULL,
	created timestamp with time zone NOT NULL,
	webhook_id integer NOT NULL REFERENCES webhooks_webhook (id)
);

CREATE TABLE external_apps_application (
	id varchar(255) PRIMARY KEY,
	name varchar(255) NOT NULL,
	icon_url text,
	web varchar(255),
	description text,
	next_url text NOT NULL
);

CREATE TABLE external_apps_applicationtoken (
	id integer PRIMARY KEY,
	auth_code varchar(255),
	token varchar(255),
	state varchar(255),
	application_id varchar(255) NOT NULL REFERENCES external_apps_application (id),
	user_id integer NOT NULL REFERENCES users_user (id),
	UNIQUE (application_id, user_id)
);

CREATE TABLE userstorage_storageentry (
	id integer PRIMARY KEY,
	created_date timestamp with time zone NOT NULL,
	modified_date timestamp with time zone NOT NULL,
	key varchar(255) NOT NULL,
	value jsonb,
	owner_id integer NOT NULL REFERENCES users_user (id),
	UNIQUE (owner_id, key)
);

CREATE TABLE contact_contactentry (
	id integer PRIMARY KEY,
	comment text NOT NULL,
	created_date timestamp with time zone NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	user_id integer NOT NULL REFERENCES users_user (id)
);

CREATE TABLE feedback_feedbackentry (
	id integer PRIMARY KEY,
	full_name varchar(256) NOT NULL,
	email varchar(255) NOT NULL,
	comment text NOT NULL,
	created_date timestamp with time zone NOT NULL
);

CREATE TABLE settings_userprojectsettings (
	id integer PRIMARY KEY,
	homepage smallint NOT NULL,
	created_at timestamp with time zone NOT NULL,
	modified_at timestamp with time zone NOT NULL,
	project_id integer NOT NULL REFERENCES projects_project (id),
	user_id integer NOT NULL REFERENCES users_user (id),
	UNIQUE (project_id, user_id)
);

CREATE TABLE token_denylist_outstandingtoken (
	id bigint PRIMARY KEY,
	jti varchar(255) NOT NULL UNIQUE,
	token text NOT NULL,
	created_at timestamp with time zone,
	expires_at timestamp with time zone NOT NULL,
	user_id integer REFERENCES users_user (id)
);

CREATE TABLE token_denylist_denylistedtoken (
	id bigint PRIMARY KEY,
	denylisted_at timestamp with time zone NOT NULL,
	token_id bigint NOT NULL UNIQUE REFERENCES token_denylist_outstandingtoken (id)
);

CREATE TABLE djmail_message (
	uuid varchar(40) PRIMARY KEY,
	from_email varchar(1024) NOT NULL,
	to_email text NOT NULL,
	body_text text NOT NULL,
	body_html text NOT NULL,
	subject varchar(1024) NOT NULL,
	data text NOT NULL,
	retry_count smallint NOT NULL,
	status smallint NOT NULL,
	priority smallint NOT NULL,
	created_at timestamp with time zone NOT NULL,
	sent_at timestamp with time zone,
	exception text NOT NULL
);

CREATE TABLE easy_thumbnails_source (
	id integer PRIMARY KEY,
	storage_hash varchar(40) NOT NULL,
	name varchar(255) NOT NULL,
	modified timestamp with time zone NOT NULL,
	UNIQUE (storage_hash, name)
);

CREATE TABLE easy_thumbnails_thumbnail (
	id integer PRIMARY KEY,
	storage_hash varchar(40) NOT NULL,
	name varchar(255) NOT NULL,
	modified timestamp with time zone NOT NULL,
	source_id integer NOT NULL REFERENCES easy_thumbnails_source (id),
	UNIQUE (storage_hash, name, source_id)
);

CREATE TABLE easy_thumbnails_thumbnaildimensions (
	id integer PRIMARY KEY,
	thumbnail_id integer NOT NULL UNIQUE REFERENCES easy_thumbnails_thumbnail (id),
	width integer,
	height integer
);

CREATE TABLE telemetry_instancetelemetry (
	id integer PRIMARY KEY,
	instance_id varchar(100) NOT NULL,
	created_at timestamp with time zone NOT NULL
);
