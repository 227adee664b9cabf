-- openolat.sql: a thirty-first blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind31). The database of
-- an OpenOLAT 18 install, the Swiss learning management system (Java,
-- Hibernate, PostgreSQL): identities, users, authentications, groups and
-- their members, grants, OLAT resources, repository entries (courses,
-- tests, resources) with their lifecycles, statistics and educational
-- types, business groups, properties, notification publishers and
-- subscribers, forums and messages, marks, ratings and comments, the
-- catalog, assessment entries and efficiency statements,
-- QTI 2.1 test and item sessions and responses, lifecycle entries, the
-- internal mail box, taxonomies and their levels, types and competences,
-- organisations, curricula and their elements, lecture blocks, roll calls
-- and absence categories.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of OpenOLAT's
-- database/postgresql/setupDatabase.sql and its alter_*.sql files, trimmed
-- (48 of about 450 tables).
-- Conventions: every table o_<area>_<noun> (o_bs_identity, o_bs_group_member,
-- o_qti_assessmenttest_session, o_tax_taxonomy_level, o_cur_curriculum_element)
-- keyed by a bigint id, or in the older tables by <table>_id
-- (o_olatresource.resource_id, o_repositoryentry.repositoryentry_id,
-- o_gp_business.group_id, o_forum.forum_id, o_message.message_id,
-- o_noti_pub.publisher_id, o_mark.mark_id, o_usercomment.comment_id,
-- o_mail.mail_id, o_mail_recipient.recipient_id, o_user.user_id; and
-- o_noti_sub, a subscriber, keyed by publisher_id too); links are mostly
-- named fk_<target or role> with or without _id (fk_identity,
-- fk_identity_id, fk_group, fk_group_id, fk_entry, fk_entry_id,
-- fk_resource, fk_resource_id, fk_olatresource -> o_olatresource,
-- fk_repoentry -> o_repositoryentry, fk_lifecycle ->
-- o_repositoryentry_cycle, fk_stats -> o_repositoryentry_stats,
-- fk_educational_type, fk_publisher, fk_root_publisher -> o_noti_pub,
-- fk_reference_entry -> o_repositoryentry (the test of a course
-- element), fk_assessment_entry -> o_as_entry, fk_assessmenttest_session,
-- fk_assessmentitem_session, fk_recipient_id -> o_bs_identity on
-- o_mail_recipient but -> o_mail_recipient on o_mail_to_recipient,
-- fk_from_id -> o_mail_recipient, fk_mail_id / fk_att_mail_id -> o_mail,
-- fk_taxonomy, fk_taxonomy_level, fk_level, fk_parent / fk_root on trees,
-- fk_type -> the table's type table, fk_teacher_group -> o_bs_group,
-- fk_deleted_by -> o_bs_identity, fk_curriculum_parent, fk_reason,
-- fk_absence_category, fk_lecture_block, fk_organisation), older ones
-- <target>_fk (identity_fk, forum_fk) or <role>_id (creator_id,
-- modifier_id, parent_id, topthread_id), a few bare (identity -> o_bs_identity
-- and grp -> o_gp_business on o_property, parent_key -> o_usercomment) and
-- one named after a key (course_repo_key -> o_repositoryentry on
-- o_as_eff_statement).
-- OpenOLAT declares its FKs (alter table ... add constraint ... foreign
-- key): the REFERENCES are those.
-- Left without REFERENCES (OpenOLAT declares none there): the polymorphic
-- pairs resname / resid (o_olatresource: a course's class name and its
-- id; o_noti_pub, o_mark, o_userrating, o_usercomment, o_mail),
-- f_refresname / f_refresid on o_forum, resourcetypename / resourcetypeid
-- on o_property, persistenttypename / persistentref on o_lifecycle;
-- o_bs_identity.deletedby (a name); q_subident / a_subident (a course
-- node's ident); q_storage (a path); businesspath (a text path like
-- '[RepositoryEntry:123][CourseNode:456]').

CREATE TABLE o_bs_identity (
	id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	lastlogin timestamp,
	name varchar(128) NOT NULL UNIQUE,
	external_id varchar(64),
	status int,
	deleteddate timestamp,
	deletedroles varchar(1024),
	deletedby varchar(128),
	inactivationdate timestamp,
	reactivationdate timestamp,
	expirationdate timestamp,
	expiration_email_date timestamp
);

CREATE TABLE o_user (
	user_id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	language varchar(30),
	fontsize varchar(10),
	notification_interval varchar(16),
	receiverealmail varchar(16),
	u_firstname varchar(255),
	u_lastname varchar(255),
	u_email varchar(255),
	u_emailsignature varchar(2048),
	u_institutionalname varchar(255),
	u_institutionaluseridentifier varchar(255),
	u_institutionalemail varchar(255),
	u_orgunit varchar(255),
	u_studysubject varchar(255),
	fk_identity bigint REFERENCES o_bs_identity (id)
);

CREATE TABLE o_bs_authentication (
	id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	lastmodified timestamp NOT NULL,
	identity_fk bigint NOT NULL REFERENCES o_bs_identity (id),
	provider varchar(8),
	issuer varchar(255) NOT NULL DEFAULT 'DEFAULT',
	authusername varchar(255),
	credential varchar(255),
	salt varchar(255),
	hashalgorithm varchar(16),
	externalid varchar(255)
);

CREATE TABLE o_bs_group (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	g_name varchar(36)
);

CREATE TABLE o_bs_group_member (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	g_role varchar(24) NOT NULL,
	g_inheritance_mode varchar(16) NOT NULL DEFAULT 'none',
	fk_group_id bigint NOT NULL REFERENCES o_bs_group (id),
	fk_identity_id bigint NOT NULL REFERENCES o_bs_identity (id)
);

CREATE TABLE o_olatresource (
	resource_id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	resname varchar(50) NOT NULL,
	resid bigint NOT NULL
);

CREATE TABLE o_bs_grant (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	g_role varchar(32) NOT NULL,
	g_permission varchar(32) NOT NULL,
	fk_group bigint NOT NULL REFERENCES o_bs_group (id),
	fk_resource bigint NOT NULL REFERENCES o_olatresource (resource_id)
);

CREATE TABLE o_repositoryentry_cycle (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	r_softkey varchar(64),
	r_label varchar(255),
	r_privatecycle boolean DEFAULT false,
	r_validfrom timestamp,
	r_validto timestamp
);

CREATE TABLE o_repositoryentry_stats (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	r_rating decimal(65,30),
	r_num_of_ratings bigint NOT NULL DEFAULT 0,
	r_num_of_comments bigint NOT NULL DEFAULT 0,
	r_launchcounter bigint NOT NULL DEFAULT 0,
	r_downloadcounter bigint NOT NULL DEFAULT 0,
	r_lastusage timestamp NOT NULL
);

CREATE TABLE o_re_educational_type (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	r_identifier varchar(128) NOT NULL UNIQUE,
	r_predefined boolean NOT NULL DEFAULT false,
	r_css_class varchar(128),
	r_preset_mycourses boolean NOT NULL DEFAULT false
);

CREATE TABLE o_repositoryentry (
	repositoryentry_id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	lastmodified timestamp,
	softkey varchar(36) NOT NULL UNIQUE,
	external_id varchar(64),
	external_ref varchar(255),
	managed_flags varchar(255),
	technical_type varchar(128),
	displayname varchar(110) NOT NULL,
	resourcename varchar(100) NOT NULL,
	authors varchar(2048),
	mainlanguage varchar(255),
	location varchar(255),
	objectives varchar(32000),
	requirements varchar(32000),
	credits varchar(32000),
	expenditureofwork varchar(32000),
	fk_stats bigint NOT NULL UNIQUE REFERENCES o_repositoryentry_stats (id),
	fk_lifecycle bigint REFERENCES o_repositoryentry_cycle (id),
	fk_olatresource bigint UNIQUE REFERENCES o_olatresource (resource_id),
	fk_educational_type bigint REFERENCES o_re_educational_type (id),
	description text,
	teaser varchar(255),
	initialauthor varchar(128) NOT NULL,
	status varchar(16) NOT NULL DEFAULT 'preparation',
	allusers boolean NOT NULL DEFAULT false,
	guests boolean NOT NULL DEFAULT false,
	bookable boolean NOT NULL DEFAULT false,
	canindexmetadata boolean NOT NULL DEFAULT false,
	deletiondate timestamp,
	fk_deleted_by bigint REFERENCES o_bs_identity (id)
);

CREATE TABLE o_re_to_group (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	r_defgroup boolean NOT NULL,
	fk_group_id bigint NOT NULL REFERENCES o_bs_group (id),
	fk_entry_id bigint NOT NULL REFERENCES o_repositoryentry (repositoryentry_id)
);

CREATE TABLE o_gp_business (
	group_id bigint PRIMARY KEY,
	version int NOT NULL,
	lastmodified timestamp,
	creationdate timestamp,
	lastusage timestamp,
	groupname varchar(255),
	external_id varchar(64),
	managed_flags varchar(255),
	descr text,
	minparticipants int,
	maxparticipants int,
	waitinglist_enabled boolean,
	autocloseranks_enabled boolean,
	ownersintern boolean NOT NULL DEFAULT false,
	participantsintern boolean NOT NULL DEFAULT false,
	status varchar(32) NOT NULL DEFAULT 'active',
	fk_resource bigint UNIQUE REFERENCES o_olatresource (resource_id),
	fk_group_id bigint UNIQUE REFERENCES o_bs_group (id)
);

CREATE TABLE o_property (
	id bigint PRIMARY KEY,
	version int NOT NULL,
	lastmodified timestamp,
	creationdate timestamp,
	identity bigint REFERENCES o_bs_identity (id),
	grp bigint REFERENCES o_gp_business (group_id),
	resourcetypename varchar(50),
	resourcetypeid bigint,
	category varchar(33),
	name varchar(255) NOT NULL,
	floatvalue float,
	longvalue bigint,
	stringvalue varchar(255),
	textvalue text
);

CREATE TABLE o_noti_pub (
	publisher_id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	publishertype varchar(50) NOT NULL,
	data text,
	resname varchar(50),
	resid bigint,
	subident varchar(128),
	businesspath varchar(255),
	state int,
	latestnews timestamp NOT NULL,
	fk_root_publisher bigint REFERENCES o_noti_pub (publisher_id),
	channel_type varchar(16) DEFAULT 'PULL'
);

CREATE TABLE o_noti_sub (
	publisher_id bigint PRIMARY KEY,
	version int NOT NULL,
	lastmodified timestamp,
	creationdate timestamp,
	fk_publisher bigint NOT NULL REFERENCES o_noti_pub (publisher_id),
	fk_identity bigint NOT NULL REFERENCES o_bs_identity (id),
	latestemailed timestamp,
	subenabled boolean DEFAULT true
);

CREATE TABLE o_forum (
	forum_id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	f_refresname varchar(50),
	f_refresid bigint
);

CREATE TABLE o_message (
	message_id bigint PRIMARY KEY,
	version int NOT NULL,
	lastmodified timestamp,
	creationdate timestamp,
	title varchar(100),
	body text,
	pseudonym varchar(255),
	guest boolean DEFAULT false,
	parent_id bigint REFERENCES o_message (message_id),
	topthread_id bigint REFERENCES o_message (message_id),
	creator_id bigint REFERENCES o_bs_identity (id),
	modifier_id bigint REFERENCES o_bs_identity (id),
	modification_date timestamp,
	forum_fk bigint REFERENCES o_forum (forum_id),
	statuscode int,
	numofwords int,
	numofcharacters int
);

CREATE TABLE o_mark (
	mark_id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	resname varchar(50) NOT NULL,
	resid bigint NOT NULL,
	ressubpath varchar(2048),
	businesspath varchar(2048),
	creator_id bigint NOT NULL REFERENCES o_bs_identity (id)
);

CREATE TABLE o_userrating (
	id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	lastmodified timestamp,
	resname varchar(50) NOT NULL,
	resid bigint NOT NULL,
	ressubpath varchar(2048),
	creator_id bigint NOT NULL REFERENCES o_bs_identity (id),
	rating int NOT NULL
);

CREATE TABLE o_usercomment (
	comment_id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	resname varchar(50) NOT NULL,
	resid bigint NOT NULL,
	ressubpath varchar(2048),
	creator_id bigint NOT NULL REFERENCES o_bs_identity (id),
	commenttext text,
	parent_key bigint REFERENCES o_usercomment (comment_id)
);

CREATE TABLE o_catentry (
	id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	name varchar(110) NOT NULL,
	description text,
	style varchar(16),
	externalurl varchar(255),
	fk_repoentry bigint REFERENCES o_repositoryentry (repositoryentry_id),
	type int NOT NULL,
	parent_id bigint REFERENCES o_catentry (id),
	short_title varchar(255),
	order_index bigint,
	add_entry_position int,
	add_category_position int
);

CREATE TABLE o_as_entry (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	lastcoachmodified timestamp,
	lastusermodified timestamp,
	a_attemtps bigint,
	a_score decimal,
	a_passed boolean,
	a_status varchar(16),
	a_details varchar(1024),
	a_fully_assessed boolean,
	a_user_visibility boolean,
	a_assessment_id bigint,
	a_completion float,
	a_comment text,
	a_coach_comment text,
	fk_entry bigint NOT NULL REFERENCES o_repositoryentry (repositoryentry_id),
	a_subident varchar(512),
	a_entry_root boolean,
	fk_reference_entry bigint REFERENCES o_repositoryentry (repositoryentry_id),
	fk_identity bigint REFERENCES o_bs_identity (id),
	a_anon_identifier varchar(128)
);

CREATE TABLE o_as_eff_statement (
	id bigint PRIMARY KEY,
	version int NOT NULL,
	lastmodified timestamp,
	lastcoachmodified timestamp,
	lastusermodified timestamp,
	creationdate timestamp,
	passed boolean,
	score float,
	total_nodes int,
	attempted_nodes int,
	passed_nodes int,
	course_title varchar(255),
	course_short_title varchar(128),
	course_repo_key bigint REFERENCES o_repositoryentry (repositoryentry_id),
	statement_xml text,
	fk_identity bigint REFERENCES o_bs_identity (id),
	fk_resource_id bigint REFERENCES o_olatresource (resource_id)
);

CREATE TABLE o_qti_assessmenttest_session (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	q_exploded boolean NOT NULL DEFAULT false,
	q_cancelled boolean NOT NULL DEFAULT false,
	q_author_mode boolean NOT NULL DEFAULT false,
	q_finish_time timestamp,
	q_termination_time timestamp,
	q_duration bigint,
	q_score decimal,
	q_manual_score decimal,
	q_passed boolean,
	q_num_questions bigint,
	q_num_answered_questions bigint,
	q_extra_time bigint,
	q_compensation_extra_time bigint,
	q_storage varchar(1024),
	fk_reference_entry bigint NOT NULL REFERENCES o_repositoryentry (repositoryentry_id),
	fk_entry bigint REFERENCES o_repositoryentry (repositoryentry_id),
	q_subident varchar(255),
	fk_identity bigint REFERENCES o_bs_identity (id),
	q_anon_identifier varchar(128),
	fk_assessment_entry bigint NOT NULL REFERENCES o_as_entry (id)
);

CREATE TABLE o_qti_assessmentitem_session (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	q_itemidentifier varchar(255) NOT NULL,
	q_sectionidentifier varchar(255),
	q_testpartidentifier varchar(255),
	q_duration bigint,
	q_score decimal,
	q_manual_score decimal,
	q_coach_comment text,
	q_to_review boolean DEFAULT false,
	q_passed boolean,
	q_attempts bigint,
	q_externalrefidentifier varchar(64),
	fk_assessmenttest_session bigint NOT NULL REFERENCES o_qti_assessmenttest_session (id)
);

CREATE TABLE o_qti_assessment_response (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	q_responseidentifier varchar(255) NOT NULL,
	q_responsedatatype varchar(16) NOT NULL,
	q_responselegality varchar(16) NOT NULL,
	q_stringuifiedresponse text,
	fk_assessmentitem_session bigint NOT NULL REFERENCES o_qti_assessmentitem_session (id),
	fk_assessmenttest_session bigint NOT NULL REFERENCES o_qti_assessmenttest_session (id)
);

CREATE TABLE o_lifecycle (
	id bigint PRIMARY KEY,
	version int NOT NULL,
	creationdate timestamp,
	persistenttypename varchar(50) NOT NULL,
	action varchar(50) NOT NULL,
	lctimestamp timestamp,
	persistentref bigint NOT NULL
);

CREATE TABLE o_mail_recipient (
	recipient_id bigint PRIMARY KEY,
	recipientvisible boolean,
	deleted boolean,
	mailread boolean,
	mailmarked boolean,
	email varchar(255),
	recipientgroup varchar(255),
	creationdate timestamp,
	fk_recipient_id bigint REFERENCES o_bs_identity (id)
);

CREATE TABLE o_mail (
	mail_id bigint PRIMARY KEY,
	meta_mail_id varchar(64),
	creationdate timestamp,
	lastmodified timestamp,
	resname varchar(50),
	resid bigint,
	ressubpath varchar(2048),
	businesspath varchar(2048),
	subject varchar(512),
	body text,
	fk_from_id bigint REFERENCES o_mail_recipient (recipient_id)
);

CREATE TABLE o_mail_to_recipient (
	pos int NOT NULL DEFAULT 0,
	fk_mail_id bigint NOT NULL REFERENCES o_mail (mail_id),
	fk_recipient_id bigint NOT NULL REFERENCES o_mail_recipient (recipient_id),
	PRIMARY KEY (fk_mail_id, pos)
);

CREATE TABLE o_mail_attachment (
	attachment_id bigint PRIMARY KEY,
	creationdate timestamp,
	datas bytea,
	datas_size bigint,
	datas_name varchar(255),
	datas_checksum bigint,
	datas_path varchar(1024),
	datas_lastmodified timestamp,
	mimetype varchar(255),
	fk_att_mail_id bigint REFERENCES o_mail (mail_id)
);

CREATE TABLE o_tax_taxonomy (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	t_identifier varchar(64),
	t_displayname varchar(255) NOT NULL,
	t_description text,
	t_external_id varchar(64),
	t_managed_flags varchar(255),
	t_directory_path varchar(255),
	t_directory_lost_found_path varchar(255),
	fk_group bigint NOT NULL REFERENCES o_bs_group (id)
);

CREATE TABLE o_tax_taxonomy_level_type (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	t_identifier varchar(64),
	t_displayname varchar(255) NOT NULL,
	t_description text,
	t_external_id varchar(64),
	t_managed_flags varchar(255),
	t_css_class varchar(64),
	t_visible boolean DEFAULT true,
	t_library_docs boolean DEFAULT true,
	fk_taxonomy bigint NOT NULL REFERENCES o_tax_taxonomy (id)
);

CREATE TABLE o_tax_taxonomy_level (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	t_identifier varchar(255),
	t_displayname varchar(255) NOT NULL,
	t_description text,
	t_external_id varchar(64),
	t_sort_order int,
	t_directory_path varchar(255),
	t_m_path_keys varchar(255),
	t_m_path_identifiers varchar(32000),
	t_enabled boolean DEFAULT true,
	t_managed_flags varchar(255),
	fk_taxonomy bigint NOT NULL REFERENCES o_tax_taxonomy (id),
	fk_parent bigint REFERENCES o_tax_taxonomy_level (id),
	fk_type bigint REFERENCES o_tax_taxonomy_level_type (id)
);

CREATE TABLE o_tax_taxonomy_competence (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	t_type varchar(16),
	t_achievement decimal,
	t_reliability decimal,
	t_expiration_date timestamp,
	t_external_id varchar(64),
	t_source_text varchar(255),
	t_source_url varchar(255),
	t_link_location varchar(255) NOT NULL DEFAULT 'UNDEFINED',
	fk_level bigint NOT NULL REFERENCES o_tax_taxonomy_level (id),
	fk_identity bigint NOT NULL REFERENCES o_bs_identity (id)
);

CREATE TABLE o_re_to_tax_level (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	fk_entry bigint NOT NULL REFERENCES o_repositoryentry (repositoryentry_id),
	fk_taxonomy_level bigint NOT NULL REFERENCES o_tax_taxonomy_level (id)
);

CREATE TABLE o_org_organisation_type (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	o_identifier varchar(64),
	o_displayname varchar(255) NOT NULL,
	o_description text,
	o_external_id varchar(64),
	o_managed_flags varchar(255),
	o_css_class varchar(64)
);

CREATE TABLE o_org_organisation (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	o_identifier varchar(64),
	o_displayname varchar(255) NOT NULL,
	o_description text,
	o_m_path_keys varchar(255),
	o_external_id varchar(64),
	o_managed_flags varchar(255),
	o_status varchar(32),
	o_css_class varchar(64),
	fk_group bigint NOT NULL REFERENCES o_bs_group (id),
	fk_root bigint REFERENCES o_org_organisation (id),
	fk_parent bigint REFERENCES o_org_organisation (id),
	fk_type bigint REFERENCES o_org_organisation_type (id)
);

CREATE TABLE o_re_to_organisation (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	r_master boolean DEFAULT false,
	fk_entry bigint NOT NULL REFERENCES o_repositoryentry (repositoryentry_id),
	fk_organisation bigint NOT NULL REFERENCES o_org_organisation (id)
);

CREATE TABLE o_cur_curriculum (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	c_identifier varchar(64),
	c_displayname varchar(255) NOT NULL,
	c_description text,
	c_external_id varchar(64),
	c_managed_flags varchar(255),
	c_status varchar(32),
	c_degree varchar(255),
	fk_group bigint NOT NULL REFERENCES o_bs_group (id),
	fk_organisation bigint REFERENCES o_org_organisation (id)
);

CREATE TABLE o_cur_element_type (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	c_identifier varchar(64),
	c_displayname varchar(255) NOT NULL,
	c_description text,
	c_external_id varchar(64),
	c_managed_flags varchar(255),
	c_calendars varchar(16),
	c_lectures varchar(16),
	c_css_class varchar(64)
);

CREATE TABLE o_cur_curriculum_element (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	pos bigint,
	pos_cur bigint,
	c_identifier varchar(64),
	c_displayname varchar(255) NOT NULL,
	c_description text,
	c_status varchar(32),
	c_begin timestamp,
	c_end timestamp,
	c_external_id varchar(64),
	c_m_path_keys varchar(255),
	c_managed_flags varchar(255),
	c_calendars varchar(16),
	c_lectures varchar(16),
	fk_group bigint NOT NULL REFERENCES o_bs_group (id),
	fk_parent bigint REFERENCES o_cur_curriculum_element (id),
	fk_curriculum bigint NOT NULL REFERENCES o_cur_curriculum (id),
	fk_curriculum_parent bigint REFERENCES o_cur_curriculum (id),
	fk_type bigint REFERENCES o_cur_element_type (id)
);

CREATE TABLE o_lecture_reason (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	l_enabled boolean DEFAULT true NOT NULL,
	l_title varchar(255),
	l_descr varchar(2000)
);

CREATE TABLE o_lecture_absence_category (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	l_enabled boolean DEFAULT true NOT NULL,
	l_title varchar(255),
	l_descr text
);

CREATE TABLE o_lecture_block (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	l_external_id varchar(255),
	l_managed_flags varchar(255),
	l_title varchar(255),
	l_descr text,
	l_preparation text,
	l_location varchar(255),
	l_comment text,
	l_start_date timestamp NOT NULL,
	l_end_date timestamp NOT NULL,
	l_compulsory boolean DEFAULT true,
	l_eff_end_date timestamp,
	l_planned_lectures_num int NOT NULL DEFAULT 0,
	l_effective_lectures_num int NOT NULL DEFAULT 0,
	l_effective_lectures varchar(128),
	l_auto_close_date timestamp,
	l_status varchar(16) NOT NULL,
	l_roll_call_status varchar(16) NOT NULL,
	fk_reason bigint REFERENCES o_lecture_reason (id),
	fk_entry bigint REFERENCES o_repositoryentry (repositoryentry_id),
	fk_curriculum_element bigint REFERENCES o_cur_curriculum_element (id),
	fk_teacher_group bigint NOT NULL REFERENCES o_bs_group (id)
);

CREATE TABLE o_lecture_block_to_group (
	id bigint PRIMARY KEY,
	fk_lecture_block bigint NOT NULL REFERENCES o_lecture_block (id),
	fk_group bigint NOT NULL REFERENCES o_bs_group (id)
);

CREATE TABLE o_lecture_block_roll_call (
	id bigint PRIMARY KEY,
	creationdate timestamp NOT NULL,
	lastmodified timestamp NOT NULL,
	l_comment text,
	l_lectures_attended varchar(128),
	l_lectures_absent varchar(128),
	l_lectures_attended_num int NOT NULL DEFAULT 0,
	l_lectures_absent_num int NOT NULL DEFAULT 0,
	l_absence_reason text,
	l_absence_authorized boolean DEFAULT NULL,
	l_absence_appeal_date timestamp,
	fk_lecture_block bigint NOT NULL REFERENCES o_lecture_block (id),
	fk_identity bigint NOT NULL REFERENCES o_bs_identity (id),
	fk_absence_category bigint REFERENCES o_lecture_absence_category (id)
);
