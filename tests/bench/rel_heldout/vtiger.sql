-- vtiger.sql: a thirty-second blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind32). The database of
-- a vtiger CRM 7 install (PHP, ADOdb, MySQL), written as a PostgreSQL
-- port reads: users, roles, profiles and groups, modules (tabs), their
-- blocks, fields and related lists, the shared entity table
-- vtiger_crmentity and the modules' records (organizations, contacts,
-- leads, opportunities, campaigns, products, services, vendors, price
-- books, quotes, sales orders, invoices, purchase orders, tickets, FAQs,
-- calendar activities, documents, assets, projects, service contracts,
-- comments), their address and custom-field side tables, the many
-- <a><b>rel link tables, the line items, the change tracker, custom views
-- and reports.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of vtiger's
-- schema/DatabaseSchema.xml and the modules' vtlib manifests, trimmed
-- (85 of about 600 tables).
-- Conventions: every table vtiger_<noun> with no separator inside the noun
-- (vtiger_contactdetails, vtiger_troubletickets, vtiger_salesorder,
-- vtiger_seactivityrel, vtiger_potstagehistory); every record is first a
-- row of vtiger_crmentity (crmid, setype = the module's name) and the
-- module's own table is keyed by the same number under its own name
-- (accountid, contactid, leadid, potentialid, quoteid, salesorderid,
-- ticketid, notesid, activityid, assetsid, projectid); side tables keyed
-- by the record's id again under another name (accountaddressid,
-- contactaddressid, contactsubscriptionid, leadaddressid,
-- leadsubscriptionid, quotebilladdressid, customerid, vtiger_portalinfo.id)
-- and custom-field tables vtiger_<module>cf keyed by the record id; links
-- named <target>id with no separator (accountid, contactid, potentialid,
-- quoteid, salesorderid, vendorid, campaignid, productid, folderid,
-- queryid, tabid, fieldid, profileid, roleid, groupid, userid, cvid),
-- sometimes with one (vendor_id, product_id, currency_id, contact_id,
-- potential_id, parent_id, activity_id), or by a role: smownerid,
-- smcreatorid, modifiedby, whodid, inventorymanager, owner, createdby,
-- reports_to_id -> vtiger_users, smid -> vtiger_users, inviteeid ->
-- vtiger_users, parentid -> vtiger_account, reportsto ->
-- vtiger_contactdetails, parent_comments -> vtiger_modcomments, customer
-- -> vtiger_contactdetails, account / product / contact on vtiger_assets,
-- block -> vtiger_blocks, related_tabid -> vtiger_tab, relationfieldid ->
-- vtiger_field, usedcurrency -> vtiger_currency_info; crmid-valued links
-- that may name a record of several modules go to vtiger_crmentity
-- (related_to, parent_id on tickets, linktoaccountscontacts,
-- sc_related_to, the crmid / relcrmid of the rel tables,
-- vtiger_inventoryproductrel.id and .productid); text keys: roleid ->
-- vtiger_role.roleid ('H2', a varchar key) and setype / module ->
-- vtiger_tab.name; and vtiger_faq.product_id, a varchar holding a
-- product's id -> vtiger_products.productid (an int).
-- vtiger declares some FKs (the side tables and record tables to their
-- parent with ON DELETE CASCADE, the rel tables, fields and blocks to
-- vtiger_tab, the role and group tables); the REFERENCES are those and the
-- links its code follows (vtiger declares none on smownerid, accountid,
-- contactid and most record-to-record links).
-- smownerid holds a user's id or a group's id (both drawn from one
-- sequence); it is written -> vtiger_users, the usual case.
-- Left without REFERENCES: vtiger_role.parentrole (a path 'H1::H2::H5'),
-- vtiger_crmentity.label (a copy of the record's name),
-- vtiger_emaildetails.idlists (a list of crmids), vtiger_salesorder.
-- purchaseorder and vtiger_invoice.purchaseorder (free text customer PO
-- numbers), vtiger_field.tablename / columnname (names),
-- vtiger_customview.entitytype and vtiger_relatedlists.name, vtiger_ticketcomments.
-- ownerid (a user's or a contact's id, told by ownertype), and
-- vtiger_modtracker_relations.targetid.

CREATE TABLE vtiger_currency_info (
	id int PRIMARY KEY,
	currency_name varchar(100),
	currency_code varchar(100),
	currency_symbol varchar(30),
	conversion_rate decimal(12,5),
	currency_status varchar(25),
	defaultid varchar(10) NOT NULL DEFAULT '0',
	deleted int NOT NULL DEFAULT 0
);

CREATE TABLE vtiger_role (
	roleid varchar(255) PRIMARY KEY,
	rolename varchar(200),
	parentrole varchar(255),
	depth int,
	allowassignedrecordsto int NOT NULL DEFAULT 1
);

CREATE TABLE vtiger_users (
	id int PRIMARY KEY,
	user_name varchar(255),
	user_password varchar(200),
	cal_color varchar(25),
	first_name varchar(30),
	last_name varchar(30),
	reports_to_id int REFERENCES vtiger_users (id),
	is_admin varchar(3) DEFAULT '0',
	currency_id int NOT NULL DEFAULT 1 REFERENCES vtiger_currency_info (id),
	description text,
	date_entered timestamp NOT NULL,
	date_modified timestamp,
	modified_user_id varchar(36),
	title varchar(50),
	department varchar(50),
	phone_home varchar(50),
	phone_mobile varchar(50),
	phone_work varchar(50),
	email1 varchar(100),
	email2 varchar(100),
	status varchar(25),
	signature text,
	address_street varchar(150),
	address_city varchar(100),
	address_country varchar(25),
	user_preferences text,
	tz varchar(30),
	holidays varchar(60),
	date_format varchar(200),
	hour_format varchar(30) DEFAULT 'am/pm',
	start_hour varchar(30) DEFAULT '10:00',
	end_hour varchar(30) DEFAULT '23:00',
	activity_view varchar(200) DEFAULT 'Today',
	lead_view varchar(200) DEFAULT 'Today',
	imagename varchar(250),
	deleted int NOT NULL DEFAULT 0,
	confirm_password varchar(300),
	internal_mailer varchar(3) NOT NULL DEFAULT '1',
	reminder_interval varchar(100),
	reminder_next_time varchar(100),
	crypt_type varchar(20) NOT NULL DEFAULT 'MD5',
	accesskey varchar(36),
	theme varchar(100),
	language varchar(36),
	time_zone varchar(200),
	currency_grouping_pattern varchar(100),
	currency_decimal_separator varchar(2),
	currency_grouping_separator varchar(2),
	currency_symbol_placement varchar(20),
	phone_crm_extension varchar(100),
	no_of_currency_decimals varchar(2),
	truncate_trailing_zeros varchar(3),
	dayoftheweek varchar(100),
	callduration varchar(100),
	othereventduration varchar(100),
	calendarsharedtype varchar(100),
	default_record_view varchar(10),
	leftpanelhide varchar(3),
	rowheight varchar(10),
	defaulteventstatus varchar(50),
	defaultactivitytype varchar(50),
	hidecompletedevents int,
	defaultcalendarview varchar(100),
	defaultlandingpage varchar(200),
	userlabel varchar(255)
);

CREATE TABLE vtiger_user2role (
	userid int PRIMARY KEY REFERENCES vtiger_users (id) ON DELETE CASCADE,
	roleid varchar(255) NOT NULL REFERENCES vtiger_role (roleid) ON DELETE CASCADE
);

CREATE TABLE vtiger_groups (
	groupid int PRIMARY KEY,
	groupname varchar(100) UNIQUE,
	description text
);

CREATE TABLE vtiger_users2group (
	groupid int NOT NULL REFERENCES vtiger_groups (groupid) ON DELETE CASCADE,
	userid int NOT NULL REFERENCES vtiger_users (id) ON DELETE CASCADE,
	PRIMARY KEY (groupid, userid)
);

CREATE TABLE vtiger_group2role (
	groupid int NOT NULL REFERENCES vtiger_groups (groupid) ON DELETE CASCADE,
	roleid varchar(255) NOT NULL REFERENCES vtiger_role (roleid) ON DELETE CASCADE,
	PRIMARY KEY (groupid, roleid)
);

CREATE TABLE vtiger_profile (
	profileid int PRIMARY KEY,
	profilename varchar(50) NOT NULL,
	description text,
	directly_related_to_role int DEFAULT 0
);

CREATE TABLE vtiger_role2profile (
	roleid varchar(255) NOT NULL REFERENCES vtiger_role (roleid) ON DELETE CASCADE,
	profileid int NOT NULL REFERENCES vtiger_profile (profileid) ON DELETE CASCADE,
	PRIMARY KEY (roleid, profileid)
);

CREATE TABLE vtiger_tab (
	tabid int PRIMARY KEY,
	name varchar(25) NOT NULL UNIQUE,
	presence int NOT NULL DEFAULT 1,
	tabsequence int,
	tablabel varchar(25),
	modifiedby int REFERENCES vtiger_users (id),
	modifiedtime int,
	customized int,
	ownedby int,
	isentitytype int NOT NULL DEFAULT 1,
	trial int NOT NULL DEFAULT 0,
	version varchar(10),
	parent varchar(30),
	source varchar(255) DEFAULT 'custom'
);

CREATE TABLE vtiger_blocks (
	blockid int PRIMARY KEY,
	tabid int NOT NULL REFERENCES vtiger_tab (tabid) ON DELETE CASCADE,
	blocklabel varchar(100) NOT NULL,
	sequence int,
	show_title int,
	visible int NOT NULL DEFAULT 0,
	create_view int NOT NULL DEFAULT 0,
	edit_view int NOT NULL DEFAULT 0,
	detail_view int NOT NULL DEFAULT 0,
	display_status int NOT NULL DEFAULT 1,
	iscustom int NOT NULL DEFAULT 0
);

CREATE TABLE vtiger_field (
	tabid int NOT NULL REFERENCES vtiger_tab (tabid) ON DELETE CASCADE,
	fieldid int PRIMARY KEY,
	columnname varchar(30) NOT NULL,
	tablename varchar(100),
	generatedtype int NOT NULL DEFAULT 0,
	uitype varchar(30) NOT NULL,
	fieldname varchar(50) NOT NULL,
	fieldlabel varchar(50) NOT NULL,
	readonly int NOT NULL,
	presence int NOT NULL DEFAULT 1,
	defaultvalue text,
	maximumlength int,
	sequence int,
	block int REFERENCES vtiger_blocks (blockid),
	displaytype int,
	typeofdata varchar(100),
	quickcreate int NOT NULL DEFAULT 1,
	quickcreatesequence int,
	info_type varchar(20),
	masseditable int NOT NULL DEFAULT 1,
	helpinfo text,
	summaryfield int NOT NULL DEFAULT 0,
	headerfield int DEFAULT 0
);

CREATE TABLE vtiger_profile2field (
	profileid int NOT NULL REFERENCES vtiger_profile (profileid),
	tabid int REFERENCES vtiger_tab (tabid),
	fieldid int NOT NULL REFERENCES vtiger_field (fieldid),
	visible int,
	readonly int,
	PRIMARY KEY (profileid, fieldid)
);

CREATE TABLE vtiger_profile2tab (
	profileid int REFERENCES vtiger_profile (profileid),
	tabid int REFERENCES vtiger_tab (tabid),
	permissions int NOT NULL DEFAULT 0
);

CREATE TABLE vtiger_relatedlists (
	relation_id int PRIMARY KEY,
	tabid int REFERENCES vtiger_tab (tabid),
	related_tabid int REFERENCES vtiger_tab (tabid),
	name varchar(100),
	sequence int,
	label varchar(100),
	presence int NOT NULL DEFAULT 0,
	actions varchar(50) DEFAULT '',
	relationfieldid int REFERENCES vtiger_field (fieldid),
	source varchar(25),
	relationtype varchar(10)
);

CREATE TABLE vtiger_fieldmodulerel (
	fieldid int NOT NULL REFERENCES vtiger_field (fieldid),
	module varchar(100) NOT NULL REFERENCES vtiger_tab (name),
	relmodule varchar(100) NOT NULL REFERENCES vtiger_tab (name),
	status varchar(10),
	sequence int
);

CREATE TABLE vtiger_crmentity (
	crmid int PRIMARY KEY,
	smcreatorid int NOT NULL DEFAULT 0 REFERENCES vtiger_users (id),
	smownerid int NOT NULL DEFAULT 0 REFERENCES vtiger_users (id),
	modifiedby int NOT NULL DEFAULT 0 REFERENCES vtiger_users (id),
	setype varchar(100) REFERENCES vtiger_tab (name),
	description text,
	createdtime timestamp NOT NULL,
	modifiedtime timestamp NOT NULL,
	viewedtime timestamp,
	status varchar(50),
	version int NOT NULL DEFAULT 0,
	presence int DEFAULT 1,
	deleted int NOT NULL DEFAULT 0,
	smgroupid int,
	source varchar(100),
	label varchar(255)
);

CREATE TABLE vtiger_crmentityrel (
	crmid int NOT NULL REFERENCES vtiger_crmentity (crmid),
	module varchar(100) NOT NULL,
	relcrmid int NOT NULL REFERENCES vtiger_crmentity (crmid),
	relmodule varchar(100) NOT NULL
);

CREATE TABLE vtiger_account (
	accountid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	account_no varchar(100) NOT NULL,
	accountname varchar(100) NOT NULL,
	parentid int DEFAULT 0 REFERENCES vtiger_account (accountid),
	account_type varchar(200),
	industry varchar(200),
	annualrevenue decimal(25,8),
	rating varchar(200),
	ownership varchar(50),
	siccode varchar(50),
	tickersymbol varchar(30),
	phone varchar(30),
	otherphone varchar(30),
	email1 varchar(100),
	email2 varchar(100),
	website varchar(100),
	fax varchar(30),
	employees int DEFAULT 0,
	emailoptout varchar(3) DEFAULT '0',
	notify_owner varchar(3) DEFAULT '0',
	isconvertedfromlead varchar(3) DEFAULT '0'
);

CREATE TABLE vtiger_accountbillads (
	accountaddressid int PRIMARY KEY REFERENCES vtiger_account (accountid) ON DELETE CASCADE,
	bill_city varchar(30),
	bill_code varchar(30),
	bill_country varchar(30),
	bill_state varchar(30),
	bill_street varchar(250),
	bill_pobox varchar(30)
);

CREATE TABLE vtiger_accountshipads (
	accountaddressid int PRIMARY KEY REFERENCES vtiger_account (accountid) ON DELETE CASCADE,
	ship_city varchar(30),
	ship_code varchar(30),
	ship_country varchar(30),
	ship_state varchar(30),
	ship_pobox varchar(30),
	ship_street varchar(250)
);

CREATE TABLE vtiger_accountscf (
	accountid int PRIMARY KEY REFERENCES vtiger_account (accountid) ON DELETE CASCADE,
	cf_851 varchar(255),
	cf_853 date
);

CREATE TABLE vtiger_contactdetails (
	contactid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	contact_no varchar(100) NOT NULL,
	accountid int REFERENCES vtiger_account (accountid),
	salutation varchar(200),
	firstname varchar(40),
	lastname varchar(80) NOT NULL,
	email varchar(100),
	phone varchar(50),
	mobile varchar(50),
	title varchar(50),
	department varchar(30),
	fax varchar(50),
	reportsto int REFERENCES vtiger_contactdetails (contactid),
	training varchar(50),
	usertype varchar(50),
	contacttype varchar(50),
	otheremail varchar(100),
	secondaryemail varchar(100),
	donotcall varchar(3),
	emailoptout varchar(3) DEFAULT '0',
	imagename varchar(150),
	reference varchar(3),
	notify_owner varchar(3) DEFAULT '0',
	isconvertedfromlead varchar(3) DEFAULT '0'
);

CREATE TABLE vtiger_contactaddress (
	contactaddressid int PRIMARY KEY REFERENCES vtiger_contactdetails (contactid) ON DELETE CASCADE,
	mailingcity varchar(40),
	mailingstreet varchar(250),
	mailingcountry varchar(40),
	othercountry varchar(30),
	mailingstate varchar(30),
	mailingpobox varchar(30),
	othercity varchar(40),
	otherstate varchar(50),
	mailingzip varchar(30),
	otherzip varchar(30),
	otherstreet varchar(250),
	otherpobox varchar(30)
);

CREATE TABLE vtiger_contactsubdetails (
	contactsubscriptionid int PRIMARY KEY REFERENCES vtiger_contactdetails (contactid) ON DELETE CASCADE,
	homephone varchar(50),
	otherphone varchar(50),
	assistant varchar(30),
	assistantphone varchar(50),
	birthday date,
	laststayintouchrequest int DEFAULT 0,
	laststayintouchsavedate int DEFAULT 0,
	leadsource varchar(200)
);

CREATE TABLE vtiger_contactscf (
	contactid int PRIMARY KEY REFERENCES vtiger_contactdetails (contactid) ON DELETE CASCADE,
	cf_855 varchar(255)
);

CREATE TABLE vtiger_customerdetails (
	customerid int PRIMARY KEY REFERENCES vtiger_contactdetails (contactid) ON DELETE CASCADE,
	portal varchar(3),
	support_start_date date,
	support_end_date date
);

CREATE TABLE vtiger_portalinfo (
	id int PRIMARY KEY REFERENCES vtiger_contactdetails (contactid) ON DELETE CASCADE,
	user_name varchar(50),
	user_password varchar(255),
	type varchar(5),
	cryptmode varchar(20),
	last_login_time timestamp,
	login_time timestamp,
	logout_time timestamp,
	isactive int
);

CREATE TABLE vtiger_leaddetails (
	leadid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	lead_no varchar(100) NOT NULL,
	email varchar(100),
	interest varchar(50),
	firstname varchar(40),
	salutation varchar(200),
	lastname varchar(80) NOT NULL,
	company varchar(100) NOT NULL,
	annualrevenue decimal(25,8),
	industry varchar(200),
	rating varchar(200),
	leadstatus varchar(50),
	leadsource varchar(200),
	converted int DEFAULT 0,
	designation varchar(50) DEFAULT 'SalesMan',
	licencekeystatus varchar(50),
	space varchar(250),
	comments text,
	priority varchar(50),
	demorequest varchar(50),
	partnercontact varchar(50),
	productversion varchar(20),
	product varchar(50),
	maildate date,
	nextstepdate date,
	fundingsituation varchar(50),
	purpose varchar(50),
	evaluationstatus varchar(50),
	transferdate date,
	revenuetype varchar(50),
	noofemployees int,
	secondaryemail varchar(100),
	assignleadchk int DEFAULT 0,
	emailoptout varchar(3) DEFAULT '0'
);

CREATE TABLE vtiger_leadaddress (
	leadaddressid int PRIMARY KEY REFERENCES vtiger_leaddetails (leadid) ON DELETE CASCADE,
	city varchar(30),
	code varchar(30),
	state varchar(30),
	pobox varchar(30),
	country varchar(30),
	phone varchar(50),
	mobile varchar(50),
	fax varchar(50),
	lane varchar(250),
	leadaddresstype varchar(30) DEFAULT 'Billing'
);

CREATE TABLE vtiger_leadsubdetails (
	leadsubscriptionid int PRIMARY KEY REFERENCES vtiger_leaddetails (leadid) ON DELETE CASCADE,
	website varchar(255),
	callornot int DEFAULT 0,
	readornot int DEFAULT 0,
	empct int DEFAULT 0
);

CREATE TABLE vtiger_vendor (
	vendorid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	vendor_no varchar(100) NOT NULL,
	vendorname varchar(100),
	phone varchar(100),
	email varchar(100),
	website varchar(100),
	glacct varchar(200),
	category varchar(50),
	street text,
	city varchar(30),
	state varchar(30),
	pobox varchar(30),
	postalcode varchar(100),
	country varchar(100),
	description text
);

CREATE TABLE vtiger_vendorcontactrel (
	vendorid int NOT NULL REFERENCES vtiger_vendor (vendorid) ON DELETE CASCADE,
	contactid int NOT NULL REFERENCES vtiger_contactdetails (contactid),
	PRIMARY KEY (vendorid, contactid)
);

CREATE TABLE vtiger_products (
	productid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	product_no varchar(100) NOT NULL,
	productname varchar(100) NOT NULL,
	productcode varchar(40),
	productcategory varchar(200),
	manufacturer varchar(200),
	qty_per_unit decimal(11,2) DEFAULT 0,
	unit_price decimal(25,8),
	weight decimal(11,3),
	pack_size int,
	sales_start_date date,
	sales_end_date date,
	start_date date,
	expiry_date date,
	cost_factor int,
	commissionrate decimal(7,3),
	commissionmethod varchar(50),
	discontinued int NOT NULL DEFAULT 0,
	usageunit varchar(200),
	reorderlevel int,
	website varchar(100),
	taxclass varchar(200),
	mfr_part_no varchar(200),
	vendor_part_no varchar(200),
	serialno varchar(200),
	qtyinstock decimal(25,3),
	productsheet varchar(200),
	qtyindemand int,
	glacct varchar(200),
	vendor_id int REFERENCES vtiger_vendor (vendorid),
	imagename text,
	currency_id int NOT NULL DEFAULT 1 REFERENCES vtiger_currency_info (id),
	is_subproducts_viewable int DEFAULT 1,
	purchase_cost decimal(27,8)
);

CREATE TABLE vtiger_service (
	serviceid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	service_no varchar(100) NOT NULL,
	servicename varchar(50) NOT NULL,
	servicecategory varchar(200),
	qty_per_unit decimal(11,2) DEFAULT 0,
	unit_price decimal(25,8),
	sales_start_date date,
	sales_end_date date,
	start_date date,
	expiry_date date,
	discontinued int NOT NULL DEFAULT 0,
	service_usageunit varchar(200),
	website varchar(100),
	taxclass varchar(200),
	currency_id int NOT NULL DEFAULT 1 REFERENCES vtiger_currency_info (id),
	commissionrate decimal(7,3),
	purchase_cost decimal(27,8)
);

CREATE TABLE vtiger_seproductsrel (
	crmid int NOT NULL REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	productid int NOT NULL REFERENCES vtiger_products (productid),
	setype varchar(30) NOT NULL,
	quantity int DEFAULT 1,
	PRIMARY KEY (crmid, productid)
);

CREATE TABLE vtiger_pricebook (
	pricebookid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	pricebook_no varchar(100) NOT NULL,
	bookname varchar(100),
	active int,
	currency_id int NOT NULL DEFAULT 1 REFERENCES vtiger_currency_info (id)
);

CREATE TABLE vtiger_pricebookproductrel (
	pricebookid int NOT NULL REFERENCES vtiger_pricebook (pricebookid) ON DELETE CASCADE,
	productid int NOT NULL REFERENCES vtiger_crmentity (crmid),
	listprice decimal(27,8),
	usedcurrency int NOT NULL DEFAULT 1 REFERENCES vtiger_currency_info (id),
	PRIMARY KEY (pricebookid, productid)
);

CREATE TABLE vtiger_campaign (
	campaignid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	campaign_no varchar(100) NOT NULL,
	campaignname varchar(255),
	campaigntype varchar(200),
	campaignstatus varchar(200),
	expectedrevenue decimal(25,8),
	budgetcost decimal(25,8),
	actualcost decimal(25,8),
	expectedresponse varchar(200),
	numsent decimal(11,0),
	product_id int REFERENCES vtiger_products (productid),
	sponsor varchar(255),
	targetaudience varchar(255),
	targetsize int,
	expectedresponsecount int,
	expectedsalescount int,
	expectedroi decimal(25,8),
	actualresponsecount int,
	actualsalescount int,
	actualroi decimal(25,8),
	closingdate date
);

CREATE TABLE vtiger_campaignrelstatus (
	campaignrelstatusid int PRIMARY KEY,
	campaignrelstatus varchar(256),
	sortorderid int,
	presence int
);

CREATE TABLE vtiger_campaigncontrel (
	campaignid int NOT NULL DEFAULT 0 REFERENCES vtiger_campaign (campaignid) ON DELETE CASCADE,
	contactid int NOT NULL DEFAULT 0 REFERENCES vtiger_contactdetails (contactid),
	campaignrelstatusid int NOT NULL DEFAULT 0 REFERENCES vtiger_campaignrelstatus (campaignrelstatusid),
	PRIMARY KEY (campaignid, contactid)
);

CREATE TABLE vtiger_campaignleadrel (
	campaignid int NOT NULL DEFAULT 0 REFERENCES vtiger_campaign (campaignid) ON DELETE CASCADE,
	leadid int NOT NULL DEFAULT 0 REFERENCES vtiger_leaddetails (leadid),
	campaignrelstatusid int NOT NULL DEFAULT 0 REFERENCES vtiger_campaignrelstatus (campaignrelstatusid),
	PRIMARY KEY (campaignid, leadid)
);

CREATE TABLE vtiger_potential (
	potentialid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	potential_no varchar(100) NOT NULL,
	related_to int REFERENCES vtiger_crmentity (crmid),
	contact_id int REFERENCES vtiger_contactdetails (contactid),
	potentialname varchar(120) NOT NULL,
	amount decimal(25,8) DEFAULT 0,
	currency varchar(20),
	closingdate date,
	typeofrevenue varchar(50),
	nextstep varchar(100),
	private int DEFAULT 0,
	probability decimal(7,3) DEFAULT 0,
	campaignid int REFERENCES vtiger_campaign (campaignid),
	sales_stage varchar(200),
	potentialtype varchar(200),
	leadsource varchar(200),
	productversion varchar(50),
	quotationref varchar(50),
	partnercontact varchar(50),
	remarks varchar(50),
	runtimefee int DEFAULT 0,
	followupdate date,
	evaluationstatus varchar(50),
	forecastcategory int DEFAULT 0,
	outcomeanalysis int DEFAULT 0,
	forecast_amount decimal(25,4),
	isconvertedfromlead varchar(3) DEFAULT '0'
);

CREATE TABLE vtiger_potentialscf (
	potentialid int PRIMARY KEY REFERENCES vtiger_potential (potentialid) ON DELETE CASCADE,
	cf_861 varchar(255)
);

CREATE TABLE vtiger_potstagehistory (
	historyid int PRIMARY KEY,
	potentialid int NOT NULL REFERENCES vtiger_potential (potentialid) ON DELETE CASCADE,
	amount decimal(25,8),
	stage varchar(100),
	probability decimal(7,3),
	expectedrevenue decimal(25,8),
	closedate date,
	lastmodified timestamp
);

CREATE TABLE vtiger_quotes (
	quoteid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	subject varchar(100),
	potentialid int REFERENCES vtiger_potential (potentialid),
	quotestage varchar(200),
	validtill date,
	contactid int REFERENCES vtiger_contactdetails (contactid),
	quote_no varchar(100),
	subtotal decimal(25,8),
	carrier varchar(200),
	shipping varchar(100),
	inventorymanager int REFERENCES vtiger_users (id),
	type varchar(100),
	adjustment decimal(25,8),
	total decimal(25,8),
	taxtype varchar(25),
	discount_percent decimal(25,3),
	discount_amount decimal(25,8),
	s_h_amount decimal(25,8),
	accountid int REFERENCES vtiger_account (accountid),
	terms_conditions text,
	currency_id int NOT NULL DEFAULT 1 REFERENCES vtiger_currency_info (id),
	conversion_rate decimal(10,3) NOT NULL DEFAULT 1.000,
	compound_taxes_info text,
	pre_tax_total decimal(25,8),
	s_h_percent int
);

CREATE TABLE vtiger_quotesbillads (
	quotebilladdressid int PRIMARY KEY REFERENCES vtiger_quotes (quoteid) ON DELETE CASCADE,
	bill_city varchar(30),
	bill_code varchar(30),
	bill_country varchar(30),
	bill_state varchar(30),
	bill_street varchar(250),
	bill_pobox varchar(30)
);

CREATE TABLE vtiger_quotesshipads (
	quoteshipaddressid int PRIMARY KEY REFERENCES vtiger_quotes (quoteid) ON DELETE CASCADE,
	ship_city varchar(30),
	ship_code varchar(30),
	ship_country varchar(30),
	ship_state varchar(30),
	ship_street varchar(250),
	ship_pobox varchar(30)
);

CREATE TABLE vtiger_salesorder (
	salesorderid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	subject varchar(100),
	potentialid int REFERENCES vtiger_potential (potentialid),
	customerno varchar(100),
	salesorder_no varchar(100),
	quoteid int REFERENCES vtiger_quotes (quoteid),
	vendorterms varchar(100),
	contactid int REFERENCES vtiger_contactdetails (contactid),
	vendorid int REFERENCES vtiger_vendor (vendorid),
	duedate date,
	carrier varchar(200),
	pending varchar(200),
	type varchar(100),
	adjustment decimal(25,8),
	salescommission decimal(25,3),
	exciseduty decimal(25,3),
	total decimal(25,8),
	subtotal decimal(25,8),
	taxtype varchar(25),
	discount_percent decimal(25,3),
	discount_amount decimal(25,8),
	s_h_amount decimal(25,8),
	accountid int REFERENCES vtiger_account (accountid),
	terms_conditions text,
	purchaseorder varchar(200),
	sostatus varchar(200),
	currency_id int NOT NULL DEFAULT 1 REFERENCES vtiger_currency_info (id),
	conversion_rate decimal(10,3) NOT NULL DEFAULT 1.000,
	enable_recurring int DEFAULT 0,
	compound_taxes_info text,
	pre_tax_total decimal(25,8),
	s_h_percent int
);

CREATE TABLE vtiger_invoice (
	invoiceid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	subject varchar(100),
	salesorderid int REFERENCES vtiger_salesorder (salesorderid),
	customerno varchar(100),
	contactid int REFERENCES vtiger_contactdetails (contactid),
	notes varchar(100),
	invoicedate date,
	duedate date,
	invoiceterms varchar(100),
	type varchar(100),
	adjustment decimal(25,8),
	salescommission decimal(25,3),
	exciseduty decimal(25,3),
	subtotal decimal(25,8),
	total decimal(25,8),
	taxtype varchar(25),
	discount_percent decimal(25,3),
	discount_amount decimal(25,8),
	s_h_amount decimal(25,8),
	shipping varchar(100),
	accountid int REFERENCES vtiger_account (accountid),
	terms_conditions text,
	purchaseorder varchar(200),
	invoicestatus varchar(200),
	invoice_no varchar(100),
	currency_id int NOT NULL DEFAULT 1 REFERENCES vtiger_currency_info (id),
	conversion_rate decimal(10,3) NOT NULL DEFAULT 1.000,
	compound_taxes_info text,
	pre_tax_total decimal(25,8),
	received decimal(25,8),
	balance decimal(25,8),
	s_h_percent int,
	potential_id int REFERENCES vtiger_potential (potentialid)
);

CREATE TABLE vtiger_purchaseorder (
	purchaseorderid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	subject varchar(100),
	quoteid int REFERENCES vtiger_quotes (quoteid),
	vendorid int REFERENCES vtiger_vendor (vendorid),
	requisition_no varchar(100),
	purchaseorder_no varchar(100),
	tracking_no varchar(100),
	contactid int REFERENCES vtiger_contactdetails (contactid),
	duedate date,
	carrier varchar(200),
	type varchar(100),
	adjustment decimal(25,8),
	salescommission decimal(25,3),
	exciseduty decimal(25,3),
	total decimal(25,8),
	subtotal decimal(25,8),
	taxtype varchar(25),
	discount_percent decimal(25,3),
	discount_amount decimal(25,8),
	s_h_amount decimal(25,8),
	terms_conditions text,
	postatus varchar(200),
	currency_id int NOT NULL DEFAULT 1 REFERENCES vtiger_currency_info (id),
	conversion_rate decimal(10,3) NOT NULL DEFAULT 1.000,
	compound_taxes_info text,
	pre_tax_total decimal(25,8),
	paid decimal(25,8),
	balance decimal(25,8),
	s_h_percent int
);

CREATE TABLE vtiger_inventoryproductrel (
	lineitem_id int PRIMARY KEY,
	id int REFERENCES vtiger_crmentity (crmid),
	productid int REFERENCES vtiger_crmentity (crmid),
	sequence_no int,
	quantity decimal(25,3),
	listprice decimal(27,8),
	discount_percent decimal(7,3),
	discount_amount decimal(27,8),
	comment varchar(500),
	description text,
	incrementondel int NOT NULL DEFAULT 0,
	tax1 decimal(7,3),
	tax2 decimal(7,3),
	tax3 decimal(7,3),
	image varchar(2),
	purchase_cost decimal(27,8),
	margin decimal(27,8)
);

CREATE TABLE vtiger_troubletickets (
	ticketid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	ticket_no varchar(100) NOT NULL,
	groupname varchar(100),
	parent_id int REFERENCES vtiger_crmentity (crmid),
	product_id int REFERENCES vtiger_crmentity (crmid),
	priority varchar(200),
	severity varchar(200),
	status varchar(200),
	category varchar(200),
	title varchar(255) NOT NULL,
	solution text,
	update_log text,
	version_id int,
	hours decimal(25,8),
	days decimal(25,8),
	contact_id int REFERENCES vtiger_contactdetails (contactid)
);

CREATE TABLE vtiger_ticketcf (
	ticketid int PRIMARY KEY REFERENCES vtiger_troubletickets (ticketid) ON DELETE CASCADE,
	from_portal varchar(3)
);

CREATE TABLE vtiger_ticketcomments (
	commentid int PRIMARY KEY,
	ticketid int REFERENCES vtiger_troubletickets (ticketid) ON DELETE CASCADE,
	comments text,
	ownerid int NOT NULL DEFAULT 0,
	ownertype varchar(10),
	createdtime timestamp NOT NULL
);

CREATE TABLE vtiger_faq (
	id int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	faq_no varchar(100) NOT NULL,
	product_id varchar(100) REFERENCES vtiger_products (productid),
	question text,
	answer text,
	category varchar(200) NOT NULL,
	status varchar(200) NOT NULL
);

CREATE TABLE vtiger_faqcomments (
	commentid int PRIMARY KEY,
	faqid int REFERENCES vtiger_faq (id) ON DELETE CASCADE,
	comments text,
	createdtime timestamp NOT NULL
);

CREATE TABLE vtiger_activity (
	activityid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	subject varchar(100) NOT NULL,
	semodule varchar(20),
	activitytype varchar(200) NOT NULL,
	date_start date NOT NULL,
	due_date date,
	time_start varchar(50),
	time_end varchar(50),
	sendnotification varchar(3) NOT NULL DEFAULT '0',
	duration_hours varchar(200),
	duration_minutes varchar(200),
	status varchar(200),
	eventstatus varchar(200),
	priority varchar(200),
	location varchar(150),
	notime varchar(3) NOT NULL DEFAULT '0',
	visibility varchar(50) NOT NULL DEFAULT 'all',
	recurringtype varchar(200)
);

CREATE TABLE vtiger_seactivityrel (
	crmid int NOT NULL REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	activityid int NOT NULL REFERENCES vtiger_activity (activityid),
	PRIMARY KEY (crmid, activityid)
);

CREATE TABLE vtiger_cntactivityrel (
	contactid int NOT NULL DEFAULT 0 REFERENCES vtiger_contactdetails (contactid) ON DELETE CASCADE,
	activityid int NOT NULL DEFAULT 0 REFERENCES vtiger_activity (activityid),
	PRIMARY KEY (contactid, activityid)
);

CREATE TABLE vtiger_salesmanactivityrel (
	smid int NOT NULL DEFAULT 0 REFERENCES vtiger_users (id) ON DELETE CASCADE,
	activityid int NOT NULL DEFAULT 0 REFERENCES vtiger_activity (activityid),
	PRIMARY KEY (smid, activityid)
);

CREATE TABLE vtiger_activity_reminder (
	activity_id int NOT NULL REFERENCES vtiger_activity (activityid),
	reminder_time int NOT NULL,
	reminder_sent int NOT NULL,
	recurringid int NOT NULL,
	PRIMARY KEY (activity_id, recurringid)
);

CREATE TABLE vtiger_recurringevents (
	recurringid int PRIMARY KEY,
	activityid int NOT NULL REFERENCES vtiger_activity (activityid) ON DELETE CASCADE,
	recurringdate date,
	recurringtype varchar(30),
	recurringfreq int,
	recurringinfo varchar(50),
	recurringenddate date
);

CREATE TABLE vtiger_invitees (
	activityid int NOT NULL REFERENCES vtiger_activity (activityid),
	inviteeid int NOT NULL REFERENCES vtiger_users (id),
	status varchar(50),
	PRIMARY KEY (activityid, inviteeid)
);

CREATE TABLE vtiger_attachmentsfolder (
	folderid int PRIMARY KEY,
	foldername varchar(200) NOT NULL DEFAULT '',
	description varchar(250) DEFAULT '',
	createdby int NOT NULL REFERENCES vtiger_users (id),
	sequence int
);

CREATE TABLE vtiger_notes (
	notesid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	note_no varchar(100) NOT NULL,
	title varchar(50) NOT NULL,
	filename varchar(200),
	notecontent text,
	folderid int NOT NULL DEFAULT 1 REFERENCES vtiger_attachmentsfolder (folderid),
	filetype varchar(50),
	filelocationtype varchar(5),
	filedownloadcount int,
	filestatus int,
	filesize int NOT NULL DEFAULT 0,
	fileversion varchar(50)
);

CREATE TABLE vtiger_senotesrel (
	crmid int NOT NULL DEFAULT 0 REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	notesid int NOT NULL DEFAULT 0 REFERENCES vtiger_notes (notesid),
	PRIMARY KEY (crmid, notesid)
);

CREATE TABLE vtiger_attachments (
	attachmentsid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	name varchar(255) NOT NULL,
	description text,
	type varchar(100),
	path text,
	storedname varchar(255),
	subject varchar(255)
);

CREATE TABLE vtiger_seattachmentsrel (
	crmid int NOT NULL DEFAULT 0 REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	attachmentsid int NOT NULL DEFAULT 0 REFERENCES vtiger_attachments (attachmentsid),
	PRIMARY KEY (crmid, attachmentsid)
);

CREATE TABLE vtiger_emaildetails (
	emailid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid),
	from_email varchar(50) NOT NULL DEFAULT '',
	to_email text,
	cc_email text,
	bcc_email text,
	assigned_user_email varchar(50) NOT NULL DEFAULT '',
	idlists text,
	email_flag varchar(50) NOT NULL DEFAULT ''
);

CREATE TABLE vtiger_modcomments (
	modcommentsid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid),
	commentcontent text,
	related_to int REFERENCES vtiger_crmentity (crmid),
	parent_comments int REFERENCES vtiger_modcomments (modcommentsid),
	customer int REFERENCES vtiger_contactdetails (contactid),
	userid int REFERENCES vtiger_users (id),
	reasontoedit varchar(100),
	is_private int DEFAULT 0,
	filename varchar(255),
	related_email_id int
);

CREATE TABLE vtiger_assets (
	assetsid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	asset_no varchar(30) NOT NULL,
	account int NOT NULL REFERENCES vtiger_account (accountid),
	product int NOT NULL REFERENCES vtiger_products (productid),
	serialnumber varchar(200) NOT NULL,
	datesold date,
	dateinservice date,
	assetstatus varchar(200) DEFAULT 'In Service',
	tagnumber varchar(300),
	invoiceid int REFERENCES vtiger_invoice (invoiceid),
	shippingmethod varchar(200),
	shippingtrackingnumber varchar(200),
	assetname varchar(100),
	contact int REFERENCES vtiger_contactdetails (contactid)
);

CREATE TABLE vtiger_project (
	projectid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	projectname varchar(255),
	project_no varchar(100),
	startdate date,
	targetenddate date,
	actualenddate date,
	targetbudget varchar(255),
	projecturl varchar(255),
	projectstatus varchar(100),
	projectpriority varchar(100),
	projecttype varchar(100),
	progress varchar(100),
	linktoaccountscontacts int REFERENCES vtiger_crmentity (crmid),
	isconvertedfrompotential int NOT NULL DEFAULT 0,
	potentialid int REFERENCES vtiger_potential (potentialid)
);

CREATE TABLE vtiger_projecttask (
	projecttaskid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	projecttaskname varchar(255),
	projecttask_no varchar(100),
	projecttaskpriority varchar(100),
	projecttasktype varchar(100),
	projecttasknumber int,
	projectid int REFERENCES vtiger_project (projectid),
	startdate date,
	enddate date,
	projecttaskstatus varchar(100),
	projecttaskprogress varchar(100),
	projecttaskhours varchar(255)
);

CREATE TABLE vtiger_projectmilestone (
	projectmilestoneid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	projectmilestonename varchar(255),
	projectmilestone_no varchar(100),
	projectmilestonedate varchar(255),
	projectid int REFERENCES vtiger_project (projectid),
	projectmilestonetype varchar(100)
);

CREATE TABLE vtiger_servicecontracts (
	servicecontractsid int PRIMARY KEY REFERENCES vtiger_crmentity (crmid) ON DELETE CASCADE,
	start_date date,
	end_date date,
	sc_related_to int REFERENCES vtiger_crmentity (crmid),
	tracking_unit varchar(100),
	total_units decimal(5,2),
	used_units decimal(5,2),
	subject varchar(255),
	due_date date,
	planned_duration varchar(256),
	actual_duration varchar(256),
	contract_status varchar(200),
	priority varchar(200),
	contract_type varchar(200),
	progress decimal(5,2),
	contract_no varchar(100)
);

CREATE TABLE vtiger_modtracker_basic (
	id int PRIMARY KEY,
	crmid int REFERENCES vtiger_crmentity (crmid),
	module varchar(50) REFERENCES vtiger_tab (name),
	whodid int REFERENCES vtiger_users (id),
	changedon timestamp,
	status int DEFAULT 0
);

CREATE TABLE vtiger_modtracker_detail (
	id int NOT NULL REFERENCES vtiger_modtracker_basic (id),
	fieldname varchar(100),
	prevalue text,
	postvalue text
);

CREATE TABLE vtiger_modtracker_relations (
	id int PRIMARY KEY REFERENCES vtiger_modtracker_basic (id),
	targetmodule varchar(100) NOT NULL,
	targetid int NOT NULL,
	changedon timestamp
);

CREATE TABLE vtiger_customview (
	cvid int PRIMARY KEY,
	viewname varchar(100) NOT NULL,
	setdefault int DEFAULT 0,
	setmetrics int DEFAULT 0,
	entitytype varchar(25) NOT NULL,
	status int DEFAULT 1,
	userid int DEFAULT 1 REFERENCES vtiger_users (id)
);

CREATE TABLE vtiger_cvcolumnlist (
	cvid int NOT NULL REFERENCES vtiger_customview (cvid) ON DELETE CASCADE,
	columnindex int NOT NULL,
	columnname varchar(250) DEFAULT '',
	PRIMARY KEY (cvid, columnindex)
);

CREATE TABLE vtiger_reportfolder (
	folderid int PRIMARY KEY,
	foldername varchar(100) NOT NULL DEFAULT '',
	description varchar(250) DEFAULT '',
	state varchar(50) DEFAULT 'SAVED'
);

CREATE TABLE vtiger_selectquery (
	queryid int PRIMARY KEY,
	startindex int DEFAULT 0,
	numofobjects int DEFAULT 0
);

CREATE TABLE vtiger_selectcolumn (
	queryid int NOT NULL REFERENCES vtiger_selectquery (queryid) ON DELETE CASCADE,
	columnindex int NOT NULL DEFAULT 0,
	columnname varchar(250) DEFAULT '',
	PRIMARY KEY (queryid, columnindex)
);

CREATE TABLE vtiger_report (
	reportid int PRIMARY KEY,
	folderid int NOT NULL REFERENCES vtiger_reportfolder (folderid),
	reportname varchar(100) DEFAULT '',
	description varchar(250) DEFAULT '',
	reporttype varchar(50) DEFAULT '',
	queryid int NOT NULL DEFAULT 0 REFERENCES vtiger_selectquery (queryid) ON DELETE CASCADE,
	state varchar(50) DEFAULT 'SAVED',
	customizable int DEFAULT 1,
	category int DEFAULT 1,
	owner int DEFAULT 1 REFERENCES vtiger_users (id),
	sharingtype varchar(200) DEFAULT 'Private'
);
