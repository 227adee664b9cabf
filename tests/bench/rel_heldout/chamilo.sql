-- chamilo.sql: a thirty-second blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind32). The database of
-- a Chamilo LMS 1.11 install (PHP, Doctrine, MySQL), written as a
-- PostgreSQL port reads: users, courses and their categories, sessions
-- (course groupings in time) with their categories and the users and
-- courses in them, portals (access URLs), careers and promotions, classes
-- (usergroup), the gradebook, skills, internal messages, extra fields,
-- the tracking tables track_e_* (logins, course accesses, exercise
-- attempts, answers, hotspots, downloads, links, default events), and
-- the course tools' c_* tables (tests and their questions and answers,
-- learning paths, their items and views, documents, item properties,
-- forums, groups, agenda, announcements, assignments, links, attendance,
-- surveys, course descriptions).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Chamilo's
-- main/install/db_course.sql / db_main.sql heritage and its 1.11 Doctrine
-- entities (src/Chamilo/CoreBundle/Entity, src/Chamilo/CourseBundle/Entity),
-- trimmed (90 of about 280 tables).
-- Conventions: main tables with no prefix and a bare singular name (user,
-- course, session, message, skill, room, career, promotion, usergroup)
-- or <a>_rel_<b> link tables (course_rel_user, session_rel_course_rel_user,
-- access_url_rel_user, usergroup_rel_session, skill_rel_skill) keyed by
-- id; course tool tables c_<tool>_<noun> (c_quiz_question, c_lp_item_view,
-- c_forum_post, c_student_publication) keyed by iid, every one with c_id
-- -> course and most with session_id -> session; their old per-course id
-- (id, or <noun>_id: cat_id, forum_id, thread_id, post_id, survey_id,
-- question_id, answer_id) is set equal to iid by the code after each
-- insert, and the links between tool tables are named after the old id
-- (lp_id, lp_item_id, lp_view_id, forum_id, thread_id, question_id,
-- survey_id, attendance_id, category_id) and hold it: they are written ->
-- iid. French and cryptic names from the PHP 4 era: c_quiz_rel_question.
-- exercice_id and track_e_exercises.exe_exo_id -> c_quiz, ponderation,
-- id_coach -> user (a session's general coach), session_admin_id,
-- exe_user_id, login_user_id, access_user_id, down_user_id, links_user_id,
-- default_user_id, hotspot_user_id, upload_user_id -> user (track_e_
-- tables name each column after their own prefix), access_session_id /
-- down_session_id / links_session_id -> session, links_link_id -> c_link,
-- hotspot_exe_id -> track_e_exercises, hotspot_question_id /
-- hotspot_answer_id, orig_lp_id / orig_lp_item_id / orig_lp_item_view_id
-- (the learning path a test attempt was made in), forum_category ->
-- c_forum_category, forum_last_post / thread_last_post -> c_forum_post,
-- thread_poster_id / poster_id -> user, post_parent_id -> c_forum_post,
-- last_item -> c_lp_item, parent_item_id / previous_item_id /
-- next_item_id -> c_lp_item, lp_iv_id -> c_lp_item_view,
-- post_group_id -> c_group_info, qualificator_id -> user, to_group_id /
-- to_user_id / insert_user_id / lastedit_user_id on c_item_property,
-- user_sender_id / user_receiver_id -> user, cat_id -> gradebook_category,
-- user_course_cat -> user_course_category, acquired_level -> skill_level,
-- assigned_by / argumentation_author_id / creator_id / created_by /
-- author_id / author (on track_e_attempt_recording) -> user; text keys:
-- course.category_code and course_category.parent_id ->
-- course_category.code, course_code -> course.code on the gradebook
-- tables and hotspot_course_code on track_e_hotspot, and
-- c_survey_invitation.survey_code -> c_survey.code.
-- Chamilo 1.11 declares FKs where its Doctrine entities map a relation
-- (the rel tables, session, skills, messages, item properties, access
-- URLs) and none on the tracking tables, the gradebook and most tool
-- tables: the REFERENCES are those and the links its code follows.
-- Left without REFERENCES: user.user_id (a copy of user.id), the old
-- per-course ids of the c_* tables (equal to iid), c_item_property.ref
-- (an item of the table its
-- tool column names), gradebook_link.ref_id (a test, an assignment, a
-- forum thread, told by type), extra_field_values.item_id (a user, a
-- course or a session, told by the field's extra_field_type),
-- c_survey_answer.user and c_survey_invitation.user (a user's id or an
-- e-mail), c_survey_answer.option_id (a list of option ids as text),
-- track_e_default.default_value (told by default_value_type),
-- c_document.path and down_doc_path (paths), c_lp.ref and c_lp_item.ref,
-- c_forum_forum.forum_of_group (a group's id as varchar, or 0).

CREATE TABLE "user" (
	id int PRIMARY KEY,
	user_id int,
	username varchar(100) NOT NULL UNIQUE,
	username_canonical varchar(100) NOT NULL,
	email varchar(100) NOT NULL,
	email_canonical varchar(100) NOT NULL,
	lastname varchar(60),
	firstname varchar(60),
	password varchar(255) NOT NULL,
	salt varchar(255) NOT NULL,
	phone varchar(30),
	official_code varchar(40),
	picture_uri varchar(250),
	creator_id int REFERENCES "user" (id),
	competences text,
	diplomas text,
	openarea text,
	teach text,
	productions varchar(250),
	language varchar(40),
	registration_date timestamp NOT NULL,
	expiration_date timestamp,
	active boolean NOT NULL,
	openid varchar(255),
	theme varchar(255),
	hr_dept_id smallint,
	auth_source varchar(50),
	status int NOT NULL,
	last_login timestamp,
	enabled boolean NOT NULL,
	locked boolean NOT NULL,
	expired boolean NOT NULL,
	credentials_expired boolean NOT NULL,
	credentials_expire_at timestamp,
	expires_at timestamp,
	roles text NOT NULL,
	profile_completed int,
	timezone varchar(64) NOT NULL
);

CREATE TABLE access_url (
	id int PRIMARY KEY,
	url varchar(255) NOT NULL,
	description text,
	active int NOT NULL,
	created_by int NOT NULL REFERENCES "user" (id),
	tms timestamp,
	url_type boolean,
	limit_courses int,
	limit_active_courses int,
	limit_sessions int,
	limit_users int,
	limit_teachers int,
	limit_disk_space int,
	email varchar(255)
);

CREATE TABLE access_url_rel_user (
	id int PRIMARY KEY,
	access_url_id int REFERENCES access_url (id),
	user_id int REFERENCES "user" (id)
);

CREATE TABLE course_category (
	id int PRIMARY KEY,
	name varchar(100) NOT NULL,
	code varchar(40) NOT NULL UNIQUE,
	parent_id varchar(40) REFERENCES course_category (code),
	tree_pos int,
	children_count smallint,
	auth_course_child varchar(40) DEFAULT 'TRUE',
	auth_cat_child varchar(40) DEFAULT 'TRUE',
	image varchar(255),
	description text
);

CREATE TABLE room (
	id int PRIMARY KEY,
	title varchar(255),
	description varchar(255),
	geolocation varchar(255),
	ip varchar(39),
	ip_mask varchar(6)
);

CREATE TABLE course (
	id int PRIMARY KEY,
	room_id int REFERENCES room (id),
	title varchar(250),
	code varchar(40) NOT NULL UNIQUE,
	directory varchar(40),
	course_language varchar(20),
	description text,
	category_code varchar(40) REFERENCES course_category (code),
	visibility int,
	show_score int,
	tutor_name varchar(200),
	visual_code varchar(40),
	department_name varchar(30),
	department_url varchar(180),
	disk_quota bigint,
	last_visit timestamp,
	last_edit timestamp,
	creation_date timestamp,
	expiration_date timestamp,
	subscribe boolean,
	unsubscribe boolean,
	registration_code varchar(255),
	legal text,
	activate_legal int,
	add_teachers_to_sessions_courses boolean,
	course_type_id int,
	sticky boolean NOT NULL DEFAULT false
);

CREATE TABLE access_url_rel_course (
	id int PRIMARY KEY,
	access_url_id int REFERENCES access_url (id),
	c_id int REFERENCES course (id)
);

CREATE TABLE user_course_category (
	id int PRIMARY KEY,
	user_id int NOT NULL REFERENCES "user" (id),
	title text NOT NULL,
	sort int,
	collapsed smallint
);

CREATE TABLE course_rel_user (
	id int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	user_id int NOT NULL REFERENCES "user" (id),
	status int NOT NULL,
	is_tutor boolean,
	sort int,
	user_course_cat int REFERENCES user_course_category (id),
	relation_type int NOT NULL,
	legal_agreement int
);

CREATE TABLE career (
	id int PRIMARY KEY,
	name varchar(255) NOT NULL,
	description text,
	status int NOT NULL,
	created_at timestamp NOT NULL,
	updated_at timestamp
);

CREATE TABLE promotion (
	id int PRIMARY KEY,
	name varchar(255) NOT NULL,
	description text,
	career_id int REFERENCES career (id),
	status int NOT NULL,
	created_at timestamp NOT NULL,
	updated_at timestamp
);

CREATE TABLE session_category (
	id int PRIMARY KEY,
	access_url_id int REFERENCES access_url (id),
	name varchar(100),
	date_start date,
	date_end date
);

CREATE TABLE session (
	id int PRIMARY KEY,
	id_coach int REFERENCES "user" (id),
	session_category_id int REFERENCES session_category (id),
	name varchar(150) NOT NULL UNIQUE,
	description text,
	show_description boolean,
	duration int,
	nbr_courses smallint,
	nbr_users int,
	nbr_classes int,
	session_admin_id int REFERENCES "user" (id),
	visibility int NOT NULL,
	promotion_id int REFERENCES promotion (id),
	display_start_date timestamp,
	display_end_date timestamp,
	access_start_date timestamp,
	access_end_date timestamp,
	coach_access_start_date timestamp,
	coach_access_end_date timestamp,
	send_subscription_notification boolean NOT NULL DEFAULT false,
	position int NOT NULL DEFAULT 0,
	status int NOT NULL DEFAULT 0
);

CREATE TABLE session_rel_course (
	id int PRIMARY KEY,
	session_id int REFERENCES session (id),
	c_id int REFERENCES course (id),
	nbr_users int NOT NULL,
	position int NOT NULL
);

CREATE TABLE session_rel_user (
	id int PRIMARY KEY,
	session_id int REFERENCES session (id),
	user_id int REFERENCES "user" (id),
	relation_type int,
	duration int,
	moved_to int,
	moved_status int,
	moved_at timestamp,
	registered_at timestamp NOT NULL
);

CREATE TABLE session_rel_course_rel_user (
	id int PRIMARY KEY,
	session_id int REFERENCES session (id),
	c_id int REFERENCES course (id),
	user_id int REFERENCES "user" (id),
	visibility int NOT NULL,
	status int NOT NULL,
	legal_agreement int,
	progress int NOT NULL
);

CREATE TABLE access_url_rel_session (
	id int PRIMARY KEY,
	access_url_id int REFERENCES access_url (id),
	session_id int REFERENCES session (id)
);

CREATE TABLE usergroup (
	id int PRIMARY KEY,
	name varchar(255) NOT NULL,
	description text,
	group_type int NOT NULL,
	picture varchar(255),
	url varchar(255),
	visibility varchar(255) NOT NULL,
	author_id int REFERENCES "user" (id),
	allow_members_leave_group int NOT NULL,
	created_at timestamp NOT NULL,
	updated_at timestamp NOT NULL
);

CREATE TABLE usergroup_rel_user (
	id int PRIMARY KEY,
	usergroup_id int REFERENCES usergroup (id),
	user_id int REFERENCES "user" (id),
	relation_type int NOT NULL
);

CREATE TABLE usergroup_rel_course (
	id int PRIMARY KEY,
	usergroup_id int NOT NULL REFERENCES usergroup (id),
	course_id int NOT NULL REFERENCES course (id)
);

CREATE TABLE usergroup_rel_session (
	id int PRIMARY KEY,
	usergroup_id int NOT NULL REFERENCES usergroup (id),
	session_id int NOT NULL REFERENCES session (id)
);

CREATE TABLE message (
	id bigint PRIMARY KEY,
	user_sender_id int NOT NULL REFERENCES "user" (id),
	user_receiver_id int REFERENCES "user" (id),
	msg_status smallint NOT NULL,
	send_date timestamp NOT NULL,
	title varchar(255) NOT NULL,
	content text NOT NULL,
	group_id int NOT NULL DEFAULT 0 REFERENCES usergroup (id),
	parent_id int NOT NULL DEFAULT 0 REFERENCES message (id),
	update_date timestamp,
	votes int
);

CREATE TABLE message_attachment (
	id int PRIMARY KEY,
	path varchar(255) NOT NULL,
	comment text,
	size int NOT NULL,
	message_id bigint NOT NULL REFERENCES message (id),
	filename varchar(255) NOT NULL
);

CREATE TABLE extra_field (
	id int PRIMARY KEY,
	extra_field_type int NOT NULL,
	field_type int NOT NULL,
	variable varchar(255) NOT NULL,
	display_text varchar(255),
	default_value text,
	field_order int,
	visible_to_self boolean,
	visible_to_others boolean,
	changeable boolean,
	filter boolean,
	created_at timestamp NOT NULL
);

CREATE TABLE extra_field_options (
	id int PRIMARY KEY,
	field_id int REFERENCES extra_field (id),
	option_value text,
	display_text varchar(255),
	priority varchar(255),
	priority_message varchar(255),
	option_order int
);

CREATE TABLE extra_field_values (
	id int PRIMARY KEY,
	value text,
	field_id int NOT NULL REFERENCES extra_field (id),
	item_id int NOT NULL,
	comment text,
	created_at timestamp NOT NULL,
	updated_at timestamp NOT NULL
);

CREATE TABLE skill_level_profile (
	id int PRIMARY KEY,
	name varchar(255) NOT NULL
);

CREATE TABLE skill_level (
	id int PRIMARY KEY,
	name varchar(255) NOT NULL,
	short_name varchar(255) NOT NULL,
	position int NOT NULL,
	profile_id int REFERENCES skill_level_profile (id)
);

CREATE TABLE skill (
	id int PRIMARY KEY,
	name varchar(255) NOT NULL,
	short_code varchar(100) NOT NULL,
	description text NOT NULL,
	access_url_id int NOT NULL REFERENCES access_url (id),
	icon varchar(255) NOT NULL,
	criteria text,
	status int NOT NULL DEFAULT 1,
	updated_at timestamp NOT NULL,
	profile_id int REFERENCES skill_level_profile (id)
);

CREATE TABLE skill_rel_skill (
	id int PRIMARY KEY,
	skill_id int NOT NULL REFERENCES skill (id),
	parent_id int NOT NULL REFERENCES skill (id),
	relation_type int NOT NULL,
	level int NOT NULL
);

CREATE TABLE skill_rel_user (
	id int PRIMARY KEY,
	user_id int REFERENCES "user" (id),
	skill_id int REFERENCES skill (id),
	acquired_skill_at timestamp NOT NULL,
	assigned_by int NOT NULL REFERENCES "user" (id),
	course_id int REFERENCES course (id),
	session_id int REFERENCES session (id),
	access_url_id int NOT NULL REFERENCES access_url (id),
	acquired_level int REFERENCES skill_level (id),
	argumentation text NOT NULL,
	argumentation_author_id int NOT NULL REFERENCES "user" (id)
);

CREATE TABLE grade_model (
	id int PRIMARY KEY,
	name varchar(255) NOT NULL,
	description text,
	default_lowest_eval_exclude boolean,
	default_external_eval boolean,
	default_external_eval_prefix varchar(140)
);

CREATE TABLE gradebook_category (
	id int PRIMARY KEY,
	name text NOT NULL,
	description text,
	user_id int NOT NULL REFERENCES "user" (id),
	course_code varchar(40) REFERENCES course (code),
	parent_id int REFERENCES gradebook_category (id),
	weight float NOT NULL,
	visible boolean NOT NULL,
	certif_min_score int,
	session_id int REFERENCES session (id),
	document_id int,
	locked int NOT NULL,
	default_lowest_eval_exclude boolean,
	generate_certificates boolean NOT NULL,
	grade_model_id int REFERENCES grade_model (id),
	is_requirement boolean NOT NULL DEFAULT false,
	depends text,
	minimum_to_validate int,
	gradebooks_to_validate_in_dependence int
);

CREATE TABLE gradebook_evaluation (
	id int PRIMARY KEY,
	name text NOT NULL,
	description text,
	user_id int NOT NULL REFERENCES "user" (id),
	course_code varchar(40) REFERENCES course (code),
	category_id int REFERENCES gradebook_category (id),
	created_at timestamp NOT NULL,
	weight float NOT NULL,
	max float NOT NULL,
	visible int NOT NULL,
	type varchar(40) NOT NULL,
	locked int NOT NULL,
	best_score float,
	average_score float,
	score_weight float,
	user_score_list text
);

CREATE TABLE gradebook_link (
	id int PRIMARY KEY,
	type int NOT NULL,
	ref_id int NOT NULL,
	user_id int NOT NULL REFERENCES "user" (id),
	course_code varchar(40) NOT NULL REFERENCES course (code),
	category_id int NOT NULL REFERENCES gradebook_category (id),
	created_at timestamp NOT NULL,
	weight float NOT NULL,
	visible int NOT NULL,
	locked int NOT NULL,
	best_score float,
	average_score float,
	score_weight float,
	user_score_list text
);

CREATE TABLE gradebook_result (
	id int PRIMARY KEY,
	user_id int NOT NULL REFERENCES "user" (id),
	evaluation_id int NOT NULL REFERENCES gradebook_evaluation (id),
	created_at timestamp NOT NULL,
	score float
);

CREATE TABLE gradebook_certificate (
	id bigint PRIMARY KEY,
	cat_id int NOT NULL REFERENCES gradebook_category (id),
	user_id int NOT NULL REFERENCES "user" (id),
	score_certificate float NOT NULL,
	created_at timestamp NOT NULL,
	path_certificate text,
	downloaded_at timestamp
);

CREATE TABLE c_exercise_category (
	id bigint PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	name varchar(255) NOT NULL,
	description text,
	position int NOT NULL,
	created_at timestamp NOT NULL,
	updated_at timestamp NOT NULL
);

CREATE TABLE c_quiz (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	title text NOT NULL,
	description text,
	sound varchar(255),
	type int NOT NULL,
	random int NOT NULL,
	random_answers boolean NOT NULL,
	active boolean NOT NULL,
	results_disabled int NOT NULL,
	access_condition text,
	max_attempt int NOT NULL,
	start_time timestamp,
	end_time timestamp,
	feedback_type int NOT NULL,
	expired_time int NOT NULL,
	session_id int REFERENCES session (id),
	propagate_neg int NOT NULL,
	save_correct_answers int,
	review_answers int NOT NULL,
	random_by_category int NOT NULL,
	text_when_finished text,
	display_category_name int NOT NULL,
	pass_percentage int,
	prevent_backwards int NOT NULL DEFAULT 0,
	question_selection_type int,
	hide_question_title boolean,
	exercise_category_id int REFERENCES c_exercise_category (id),
	show_previous_button boolean DEFAULT true,
	notifications varchar(255)
);

CREATE TABLE c_quiz_question (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	question text NOT NULL,
	description text,
	ponderation float NOT NULL DEFAULT 0,
	position int NOT NULL,
	type int NOT NULL,
	picture varchar(50),
	level int NOT NULL,
	extra varchar(255),
	question_code varchar(10)
);

CREATE TABLE c_quiz_rel_question (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	question_order int NOT NULL,
	question_id int NOT NULL REFERENCES c_quiz_question (iid),
	exercice_id int NOT NULL REFERENCES c_quiz (iid)
);

CREATE TABLE c_quiz_answer (
	iid int PRIMARY KEY,
	id int,
	c_id int NOT NULL REFERENCES course (id),
	question_id int NOT NULL REFERENCES c_quiz_question (iid),
	answer text NOT NULL,
	correct int,
	comment text,
	ponderation float NOT NULL DEFAULT 0,
	position int NOT NULL,
	hotspot_coordinates text,
	hotspot_type varchar(40),
	destination text,
	id_auto int NOT NULL,
	answer_code varchar(10)
);

CREATE TABLE c_quiz_question_category (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	title varchar(255) NOT NULL,
	description text,
	session_id int REFERENCES session (id)
);

CREATE TABLE c_quiz_question_rel_category (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	category_id int NOT NULL REFERENCES c_quiz_question_category (iid),
	question_id int NOT NULL REFERENCES c_quiz_question (iid)
);

CREATE TABLE c_lp_category (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	name text NOT NULL,
	position int NOT NULL
);

CREATE TABLE c_lp (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	lp_type int NOT NULL,
	name text NOT NULL,
	ref text,
	description text,
	path text NOT NULL,
	force_commit boolean NOT NULL,
	default_view_mod varchar(32) NOT NULL DEFAULT 'embedded',
	default_encoding varchar(32) NOT NULL DEFAULT 'UTF-8',
	display_order int NOT NULL DEFAULT 0,
	content_maker text NOT NULL,
	content_local varchar(32) NOT NULL DEFAULT 'local',
	content_license text NOT NULL,
	prevent_reinit boolean NOT NULL DEFAULT true,
	js_lib text NOT NULL,
	debug boolean NOT NULL,
	theme varchar(255) NOT NULL,
	preview_image varchar(255) NOT NULL,
	author text NOT NULL,
	session_id int REFERENCES session (id),
	prerequisite int NOT NULL,
	hide_toc_frame boolean NOT NULL,
	seriousgame_mode boolean NOT NULL,
	use_max_score int NOT NULL DEFAULT 1,
	autolaunch int NOT NULL,
	category_id int REFERENCES c_lp_category (iid),
	max_attempts int NOT NULL,
	subscribe_users int NOT NULL,
	created_on timestamp NOT NULL,
	modified_on timestamp NOT NULL,
	publicated_on timestamp,
	expired_on timestamp,
	accumulate_scorm_time int NOT NULL DEFAULT 1,
	accumulate_work_time int NOT NULL DEFAULT 0
);

CREATE TABLE c_lp_item (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	lp_id int NOT NULL REFERENCES c_lp (iid),
	item_type varchar(32) NOT NULL,
	ref text NOT NULL,
	title varchar(511) NOT NULL,
	description varchar(511),
	path text NOT NULL,
	min_score float NOT NULL,
	max_score float,
	mastery_score float,
	parent_item_id int NOT NULL REFERENCES c_lp_item (iid),
	previous_item_id int NOT NULL REFERENCES c_lp_item (iid),
	next_item_id int NOT NULL REFERENCES c_lp_item (iid),
	display_order int NOT NULL,
	prerequisite text,
	parameters text,
	launch_data text NOT NULL,
	max_time_allowed varchar(13),
	terms text,
	search_did int,
	audio varchar(250),
	prerequisite_min_score float,
	prerequisite_max_score float
);

CREATE TABLE c_lp_view (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	lp_id int NOT NULL REFERENCES c_lp (iid),
	user_id int NOT NULL REFERENCES "user" (id),
	view_count int NOT NULL,
	last_item int NOT NULL REFERENCES c_lp_item (iid),
	progress int,
	session_id int NOT NULL REFERENCES session (id)
);

CREATE TABLE c_lp_item_view (
	iid bigint PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id bigint,
	lp_item_id int NOT NULL REFERENCES c_lp_item (iid),
	lp_view_id int NOT NULL REFERENCES c_lp_view (iid),
	view_count int NOT NULL,
	start_time int NOT NULL,
	total_time int NOT NULL,
	score float NOT NULL,
	status varchar(32) NOT NULL,
	suspend_data text,
	lesson_location text,
	core_exit varchar(32) NOT NULL,
	max_score varchar(8)
);

CREATE TABLE c_lp_iv_interaction (
	iid bigint PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id bigint,
	order_id int NOT NULL,
	lp_iv_id bigint NOT NULL REFERENCES c_lp_item_view (iid),
	interaction_id varchar(255) NOT NULL,
	interaction_type varchar(255) NOT NULL,
	weighting float NOT NULL,
	completion_time varchar(16) NOT NULL,
	correct_responses text NOT NULL,
	student_response text NOT NULL,
	result varchar(255) NOT NULL,
	latency varchar(16) NOT NULL
);

CREATE TABLE c_document (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	path varchar(255) NOT NULL,
	comment text,
	title varchar(255),
	filetype varchar(10) NOT NULL,
	size int NOT NULL,
	readonly boolean NOT NULL,
	session_id int REFERENCES session (id)
);

CREATE TABLE c_group_category (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	title varchar(255) NOT NULL,
	description text NOT NULL,
	doc_state boolean NOT NULL,
	calendar_state boolean NOT NULL,
	work_state boolean NOT NULL,
	announcements_state boolean NOT NULL,
	forum_state boolean NOT NULL,
	wiki_state boolean NOT NULL,
	chat_state boolean NOT NULL,
	max_student int NOT NULL,
	self_reg_allowed boolean NOT NULL,
	self_unreg_allowed boolean NOT NULL,
	groups_per_user int NOT NULL,
	display_order int NOT NULL
);

CREATE TABLE c_group_info (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	name varchar(100),
	status boolean,
	category_id int REFERENCES c_group_category (iid),
	description text,
	max_student int NOT NULL,
	doc_state boolean NOT NULL,
	calendar_state boolean NOT NULL,
	work_state boolean NOT NULL,
	announcements_state boolean NOT NULL,
	forum_state boolean NOT NULL,
	wiki_state boolean NOT NULL,
	chat_state boolean NOT NULL,
	secret_directory varchar(255),
	self_registration_allowed boolean NOT NULL,
	self_unregistration_allowed boolean NOT NULL,
	session_id int REFERENCES session (id),
	document_access int NOT NULL DEFAULT 0
);

CREATE TABLE c_group_rel_user (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	user_id int NOT NULL REFERENCES "user" (id),
	group_id int NOT NULL REFERENCES c_group_info (iid),
	status int NOT NULL,
	role varchar(50) NOT NULL
);

CREATE TABLE c_group_rel_tutor (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	user_id int NOT NULL REFERENCES "user" (id),
	group_id int NOT NULL REFERENCES c_group_info (iid)
);

CREATE TABLE c_item_property (
	iid int PRIMARY KEY,
	c_id int REFERENCES course (id),
	to_group_id int REFERENCES c_group_info (iid),
	to_user_id int REFERENCES "user" (id),
	insert_user_id int NOT NULL REFERENCES "user" (id),
	session_id int REFERENCES session (id),
	tool varchar(100) NOT NULL,
	insert_date timestamp NOT NULL,
	lastedit_date timestamp NOT NULL,
	ref int NOT NULL,
	lastedit_type varchar(100) NOT NULL,
	lastedit_user_id int NOT NULL REFERENCES "user" (id),
	visibility int NOT NULL,
	start_visible timestamp,
	end_visible timestamp
);

CREATE TABLE c_forum_category (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	cat_id int,
	cat_title varchar(255) NOT NULL,
	cat_comment text,
	cat_order int NOT NULL,
	locked int NOT NULL,
	session_id int NOT NULL REFERENCES session (id)
);

CREATE TABLE c_forum_forum (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	forum_id int,
	forum_title varchar(255) NOT NULL,
	forum_comment text,
	forum_threads int,
	forum_posts int,
	forum_last_post int REFERENCES c_forum_post (iid),
	forum_category int REFERENCES c_forum_category (iid),
	allow_anonymous int,
	allow_edit int,
	approval_direct_post varchar(20),
	allow_attachments int,
	allow_new_threads int,
	default_view varchar(20),
	forum_of_group varchar(20),
	forum_group_public_private varchar(20),
	forum_order int,
	locked int NOT NULL,
	session_id int NOT NULL REFERENCES session (id),
	forum_image varchar(255) NOT NULL,
	start_time timestamp,
	end_time timestamp,
	lp_id int NOT NULL REFERENCES c_lp (iid),
	moderated boolean
);

CREATE TABLE c_forum_thread (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	thread_id int,
	thread_title varchar(255),
	forum_id int REFERENCES c_forum_forum (iid),
	thread_replies int NOT NULL,
	thread_poster_id int REFERENCES "user" (id),
	thread_poster_name varchar(100),
	thread_views int NOT NULL,
	thread_last_post int REFERENCES c_forum_post (iid),
	thread_date timestamp,
	thread_sticky boolean,
	locked int NOT NULL,
	session_id int REFERENCES session (id),
	thread_title_qualify varchar(255),
	thread_qualify_max float NOT NULL,
	thread_close_date timestamp,
	thread_weight float NOT NULL,
	thread_peer_qualify boolean NOT NULL,
	lp_item_id int NOT NULL REFERENCES c_lp_item (iid)
);

CREATE TABLE c_forum_post (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	post_id int,
	post_title varchar(250),
	post_text text,
	thread_id int REFERENCES c_forum_thread (iid),
	forum_id int REFERENCES c_forum_forum (iid),
	poster_id int REFERENCES "user" (id),
	poster_name varchar(100),
	post_date timestamp,
	post_notification boolean,
	post_parent_id int REFERENCES c_forum_post (iid),
	visible boolean,
	status int
);

CREATE TABLE c_forum_attachment (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	path varchar(255) NOT NULL,
	comment text,
	size int NOT NULL,
	post_id int NOT NULL REFERENCES c_forum_post (iid),
	filename varchar(255) NOT NULL
);

CREATE TABLE c_calendar_event (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	title varchar(255) NOT NULL,
	content text,
	start_date timestamp,
	end_date timestamp,
	parent_event_id int REFERENCES c_calendar_event (iid),
	session_id int NOT NULL REFERENCES session (id),
	all_day int NOT NULL,
	comment text,
	color varchar(100),
	room_id int REFERENCES room (id)
);

CREATE TABLE c_announcement (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	title text,
	content text,
	end_date date,
	display_order int NOT NULL,
	email_sent boolean,
	session_id int REFERENCES session (id)
);

CREATE TABLE c_student_publication (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	url varchar(255),
	url_correction varchar(255),
	title varchar(255),
	title_correction varchar(255),
	description text,
	author varchar(255),
	active int,
	accepted boolean,
	post_group_id int NOT NULL REFERENCES c_group_info (iid),
	sent_date timestamp,
	filetype varchar(10) NOT NULL,
	has_properties int NOT NULL,
	view_properties boolean,
	qualification float NOT NULL,
	date_of_qualification timestamp,
	parent_id int NOT NULL REFERENCES c_student_publication (iid),
	qualificator_id int NOT NULL REFERENCES "user" (id),
	weight float NOT NULL,
	session_id int REFERENCES session (id),
	user_id int NOT NULL REFERENCES "user" (id),
	allow_text_assignment int NOT NULL,
	contains_file int NOT NULL,
	document_id int NOT NULL REFERENCES c_document (iid),
	filesize int
);

CREATE TABLE c_student_publication_assignment (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	expires_on timestamp,
	ends_on timestamp,
	add_to_calendar int NOT NULL,
	enable_qualification boolean NOT NULL,
	publication_id int NOT NULL REFERENCES c_student_publication (iid)
);

CREATE TABLE c_student_publication_comment (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	work_id int NOT NULL REFERENCES c_student_publication (iid),
	user_id int NOT NULL REFERENCES "user" (id),
	comment text,
	file varchar(255),
	sent_at timestamp NOT NULL
);

CREATE TABLE c_link_category (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	category_title varchar(255) NOT NULL,
	description text,
	display_order int NOT NULL,
	session_id int REFERENCES session (id)
);

CREATE TABLE c_link (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	url text NOT NULL,
	title varchar(255),
	description text,
	category_id int REFERENCES c_link_category (iid),
	display_order int NOT NULL,
	on_homepage varchar(10) NOT NULL,
	target varchar(10),
	session_id int REFERENCES session (id)
);

CREATE TABLE c_attendance (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	name text NOT NULL,
	description text,
	active int NOT NULL,
	attendance_qualify_title varchar(255),
	attendance_qualify_max int NOT NULL,
	attendance_weight float NOT NULL,
	session_id int NOT NULL REFERENCES session (id),
	locked int NOT NULL
);

CREATE TABLE c_attendance_calendar (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	attendance_id int NOT NULL REFERENCES c_attendance (iid),
	date_time timestamp NOT NULL,
	done_attendance boolean NOT NULL
);

CREATE TABLE c_attendance_sheet (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	user_id int NOT NULL REFERENCES "user" (id),
	attendance_calendar_id int NOT NULL REFERENCES c_attendance_calendar (iid),
	presence boolean NOT NULL
);

CREATE TABLE c_attendance_result (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	user_id int NOT NULL REFERENCES "user" (id),
	attendance_id int NOT NULL REFERENCES c_attendance (iid),
	score int NOT NULL
);

CREATE TABLE c_survey (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	survey_id int,
	code varchar(20) UNIQUE,
	title text,
	subtitle text,
	author varchar(20),
	lang varchar(20),
	avail_from date,
	avail_till date,
	is_shared varchar(1),
	template varchar(20),
	intro text,
	surveythanks text,
	creation_date timestamp NOT NULL,
	invited int NOT NULL,
	answered int NOT NULL,
	invite_mail text NOT NULL,
	reminder_mail text NOT NULL,
	mail_subject varchar(255) NOT NULL,
	anonymous varchar(10) NOT NULL,
	access_condition text,
	shuffle boolean NOT NULL,
	one_question_per_page boolean NOT NULL,
	survey_version varchar(255) NOT NULL,
	parent_id int NOT NULL REFERENCES c_survey (iid),
	survey_type int NOT NULL,
	show_form_profile int NOT NULL,
	form_fields text NOT NULL,
	session_id int REFERENCES session (id),
	visible_results int,
	is_mandatory boolean NOT NULL DEFAULT false
);

CREATE TABLE c_survey_question (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	question_id int,
	survey_id int NOT NULL REFERENCES c_survey (iid),
	survey_question text NOT NULL,
	survey_question_comment text NOT NULL,
	type varchar(250) NOT NULL,
	display varchar(10) NOT NULL,
	sort int NOT NULL,
	shared_question_id int,
	max_value int,
	survey_group_pri int NOT NULL,
	survey_group_sec1 int NOT NULL,
	survey_group_sec2 int NOT NULL,
	is_required boolean NOT NULL DEFAULT false,
	parent_id int REFERENCES c_survey_question (iid),
	parent_option_id int REFERENCES c_survey_question_option (iid)
);

CREATE TABLE c_survey_question_option (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	question_option_id int,
	question_id int NOT NULL REFERENCES c_survey_question (iid),
	survey_id int NOT NULL REFERENCES c_survey (iid),
	option_text text NOT NULL,
	sort int NOT NULL,
	value int NOT NULL DEFAULT 0
);

CREATE TABLE c_survey_answer (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	answer_id int,
	survey_id int NOT NULL REFERENCES c_survey (iid),
	question_id int NOT NULL REFERENCES c_survey_question (iid),
	option_id text NOT NULL,
	value int NOT NULL,
	"user" varchar(250) NOT NULL
);

CREATE TABLE c_survey_invitation (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	survey_invitation_id int,
	survey_code varchar(20) NOT NULL REFERENCES c_survey (code),
	"user" varchar(250) NOT NULL,
	invitation_code varchar(250) NOT NULL,
	invitation_date timestamp NOT NULL,
	reminder_date timestamp NOT NULL,
	answered int NOT NULL,
	session_id int REFERENCES session (id),
	group_id int NOT NULL REFERENCES c_group_info (iid),
	answered_at timestamp
);

CREATE TABLE c_course_description (
	iid int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	id int,
	title text,
	content text,
	description_type int NOT NULL,
	progress int NOT NULL,
	session_id int REFERENCES session (id)
);

CREATE TABLE track_e_login (
	login_id int PRIMARY KEY,
	login_user_id int NOT NULL REFERENCES "user" (id),
	login_date timestamp NOT NULL,
	user_ip varchar(39) NOT NULL,
	logout_date timestamp
);

CREATE TABLE track_e_course_access (
	course_access_id int PRIMARY KEY,
	c_id int NOT NULL REFERENCES course (id),
	user_id int NOT NULL REFERENCES "user" (id),
	login_course_date timestamp NOT NULL,
	logout_course_date timestamp,
	counter int NOT NULL,
	session_id int NOT NULL REFERENCES session (id),
	user_ip varchar(39) NOT NULL
);

CREATE TABLE track_e_access (
	access_id int PRIMARY KEY,
	access_user_id int REFERENCES "user" (id),
	access_date timestamp NOT NULL,
	c_id int NOT NULL REFERENCES course (id),
	access_tool varchar(30),
	access_session_id int NOT NULL REFERENCES session (id),
	user_ip varchar(39) NOT NULL
);

CREATE TABLE track_e_lastaccess (
	access_id bigint PRIMARY KEY,
	access_user_id int REFERENCES "user" (id),
	access_date timestamp NOT NULL,
	c_id int NOT NULL REFERENCES course (id),
	access_tool varchar(30),
	access_session_id int REFERENCES session (id)
);

CREATE TABLE track_e_downloads (
	down_id int PRIMARY KEY,
	down_user_id int REFERENCES "user" (id),
	down_date timestamp NOT NULL,
	c_id int NOT NULL REFERENCES course (id),
	down_doc_path varchar(255) NOT NULL,
	down_session_id int NOT NULL REFERENCES session (id)
);

CREATE TABLE track_e_links (
	links_id int PRIMARY KEY,
	links_user_id int REFERENCES "user" (id),
	links_date timestamp NOT NULL,
	c_id int NOT NULL REFERENCES course (id),
	links_link_id int NOT NULL REFERENCES c_link (iid),
	links_session_id int NOT NULL REFERENCES session (id)
);

CREATE TABLE track_e_default (
	default_id int PRIMARY KEY,
	default_user_id int NOT NULL REFERENCES "user" (id),
	c_id int REFERENCES course (id),
	default_date timestamp NOT NULL,
	default_event_type varchar(255) NOT NULL,
	default_value_type varchar(255) NOT NULL,
	default_value text NOT NULL,
	session_id int REFERENCES session (id)
);

CREATE TABLE track_e_exercises (
	exe_id int PRIMARY KEY,
	exe_user_id int REFERENCES "user" (id),
	exe_date timestamp NOT NULL,
	c_id int NOT NULL REFERENCES course (id),
	exe_exo_id int NOT NULL REFERENCES c_quiz (iid),
	exe_result float NOT NULL,
	exe_weighting float NOT NULL,
	user_ip varchar(39) NOT NULL,
	status varchar(20) NOT NULL,
	data_tracking text NOT NULL,
	start_date timestamp NOT NULL,
	steps_counter smallint NOT NULL,
	session_id int NOT NULL REFERENCES session (id),
	orig_lp_id int NOT NULL REFERENCES c_lp (iid),
	orig_lp_item_id int NOT NULL REFERENCES c_lp_item (iid),
	exe_duration int NOT NULL,
	expired_time_control timestamp,
	orig_lp_item_view_id int NOT NULL REFERENCES c_lp_item_view (iid),
	questions_to_check text NOT NULL
);

CREATE TABLE track_e_attempt (
	id int PRIMARY KEY,
	exe_id int REFERENCES track_e_exercises (exe_id),
	user_id int NOT NULL REFERENCES "user" (id),
	question_id int NOT NULL REFERENCES c_quiz_question (iid),
	answer text NOT NULL,
	teacher_comment text NOT NULL,
	marks float NOT NULL,
	position int,
	tms timestamp,
	session_id int NOT NULL REFERENCES session (id),
	c_id int NOT NULL REFERENCES course (id),
	filename varchar(255),
	seconds_spent int
);

CREATE TABLE track_e_attempt_recording (
	id int PRIMARY KEY,
	exe_id int NOT NULL REFERENCES track_e_exercises (exe_id),
	question_id int NOT NULL REFERENCES c_quiz_question (iid),
	marks int NOT NULL,
	insert_date timestamp NOT NULL,
	author int NOT NULL REFERENCES "user" (id),
	teacher_comment text NOT NULL,
	session_id int NOT NULL REFERENCES session (id)
);

CREATE TABLE track_e_hotspot (
	hotspot_id int PRIMARY KEY,
	hotspot_user_id int NOT NULL REFERENCES "user" (id),
	hotspot_course_code varchar(50) NOT NULL REFERENCES course (code),
	c_id int REFERENCES course (id),
	hotspot_exe_id int NOT NULL REFERENCES track_e_exercises (exe_id),
	hotspot_question_id int NOT NULL REFERENCES c_quiz_question (iid),
	hotspot_answer_id int NOT NULL REFERENCES c_quiz_answer (iid),
	hotspot_correct boolean NOT NULL,
	hotspot_coordinate text NOT NULL
);

CREATE TABLE track_e_uploads (
	upload_id int PRIMARY KEY,
	upload_user_id int REFERENCES "user" (id),
	upload_date timestamp NOT NULL,
	c_id int REFERENCES course (id),
	upload_work_id int NOT NULL REFERENCES c_student_publication (iid),
	upload_session_id int NOT NULL REFERENCES session (id)
);
