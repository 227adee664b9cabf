-- shopware5.sql: a thirty-first blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind31). The database of a Shopware
-- 5.7 install, the German web shop system (PHP, Symfony, Doctrine, MySQL),
-- written as a PostgreSQL port reads (serial keys, smallint for tinyint
-- flags, numeric for decimal, double precision for double, timestamp for
-- datetime): articles and their variants (details), prices, images and
-- image mappings, categories, suppliers, configurator sets, groups,
-- options and templates, filters (properties), ESD downloads and serials,
-- translations, votes, the core tables (shops, locales, currencies,
-- countries, areas and states, taxes and tax rules, units, customer
-- groups, price groups, payment means, documents, states, mail templates,
-- plugins, config forms, templates, backend users, roles and ACL,
-- snippets, translations, rewrite urls), dispatch methods, holidays and
-- shipping costs, customers and their addresses and streams, baskets,
-- notes and comparisons, orders with their details, addresses, history,
-- documents and ESD keys, payment data, vouchers, partners, banners, CMS
-- static pages, forms, blog, media and albums, shopping worlds (emotions),
-- product streams and custom sortings, and the attribute table beside
-- many entities.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Shopware 5's _sql/install/latest.sql,
-- its migrations and its Doctrine models, trimmed (162 of about 250
-- tables; left out: newsletter campaigns, statistics, search index, mail
-- log, export feeds, theme config, menu and widgets).
-- Conventions: every table s_<area>_<noun> (s_articles_details,
-- s_core_countries_states, s_order_billingaddress), keyed by id; the links
-- are named in several ways, often in one table: the old camelCase with ID
-- glued on (articleID, articledetailsID, userID, orderID, supplierID,
-- taxID, categoryID, paymentID, dispatchID, countryID, stateID, areaID,
-- subshopID, multishopID, customergroupID, groupID, languageID, mediaID,
-- albumID, emotionID, componentID, elementID, fieldID, esdID, serialID,
-- voucherID, supportID, templateID, pluginID, roleID, resourceID,
-- privilegeID, localeID, parentID, detailID, billingID, shippingID,
-- basketID, priceID, imageID, downloadID, bannerID, holidayID,
-- orderdetailsID, informationID, authID, mailID, documentID, streamID),
-- mixed-case forms of it
-- (customerGroupID, cmsStaticID, cmsSupportID, paymentmeanID,
-- parentCategoryID, customer_groupID, articleDetailID, stateId on
-- s_core_config_mails), the newer snake_case _id (main_detail_id,
-- configurator_set_id, user_id, country_id, state_id,
-- default_billing_address_id, shop_id, main_id, fallback_id, category_id,
-- locale_id, currency_id, template_id, document_template_id,
-- customer_group_id, media_id, group_id, option_id, set_id, blog_id,
-- article_id, stream_id, form_id, element_id, plugin_id, image_id,
-- article_detail_id, author_id, emotion_id, sorting_id, address_id,
-- payment_mean_id, customer_id, related_article_id, child_id, mapping_id,
-- unit_id), and bare roles: s_categories.parent, status / cleared ->
-- s_core_states on s_order, status -> s_core_details_states on
-- s_order_details, type -> s_core_documents on s_order_documents,
-- relatedarticle -> s_articles, paymentpreset -> s_core_paymentmeans,
-- bindtosupplier -> s_articles_supplier, customergroup -> the group's id
-- on s_emarketing_vouchers; text keys: a customer group by its groupkey
-- ('EK', 'H') on s_user.customergroup, s_articles_prices.pricegroup and
-- s_article_configurator_template_prices.customer_group_key; a partner by
-- its idcode on s_order.partnerID and s_order_basket.partnerID; a variant
-- by its ordernumber on s_articles_notification and s_addon_premiums; and
-- the shop's id written as text in s_user.language and s_order.language
-- (varchar(10), the Doctrine association languageSubShop).
-- Shopware 5 declares FKs on some tables (the attribute tables, addresses,
-- configurator, emotions, streams): the REFERENCES are those and the
-- associations its Doctrine models join.
-- Left without REFERENCES: s_core_translations.objectkey (an article,
-- variant, config form, ... by objecttype) and objectlanguage;
-- s_media_association.targetType / targetID; s_categories.path ('|1|3|');
-- s_core_config_values.value and the JSON / serialized lists
-- (sorting_ids, facet_ids, shop_ids, customer_stream_ids,
-- restrictarticles, s_article_configurator_price_variations.options);
-- sessionID columns (sessions); text copies (s_order_details.ordernumber,
-- the order's number, and articleordernumber, s_order_basket.ordernumber,
-- s_order_notes.ordernumber, s_order.currency, the addresses' copied
-- names); s_order_documents.docID (the document's number);
-- s_order.transactionID / temporaryID.

CREATE TABLE s_core_locales (
	id serial PRIMARY KEY,
	locale varchar(255) NOT NULL UNIQUE,
	language varchar(255) NOT NULL,
	territory varchar(255) NOT NULL
);

CREATE TABLE s_core_currencies (
	id serial PRIMARY KEY,
	currency varchar(255) NOT NULL,
	name varchar(255) NOT NULL,
	standard smallint NOT NULL,
	factor double precision NOT NULL,
	templatechar varchar(255) NOT NULL,
	symbol_position int NOT NULL,
	position int NOT NULL
);

CREATE TABLE s_core_countries_areas (
	id serial PRIMARY KEY,
	name varchar(255),
	active int
);

CREATE TABLE s_core_countries (
	id serial PRIMARY KEY,
	countryname varchar(255),
	countryiso varchar(255),
	areaID int REFERENCES s_core_countries_areas (id),
	countryen varchar(70) NOT NULL,
	position int,
	notice text,
	taxfree int,
	taxfree_ustid int,
	active int,
	iso3 varchar(45),
	display_state_in_registration int NOT NULL,
	force_state_in_registration int NOT NULL,
	allow_shipping int NOT NULL DEFAULT 1
);

CREATE TABLE s_core_countries_attributes (
	id serial PRIMARY KEY,
	countryID int REFERENCES s_core_countries (id)
);

CREATE TABLE s_core_countries_states (
	id serial PRIMARY KEY,
	countryID int REFERENCES s_core_countries (id),
	name varchar(255),
	shortcode varchar(255) NOT NULL,
	position int,
	active int
);

CREATE TABLE s_core_countries_states_attributes (
	id serial PRIMARY KEY,
	stateID int REFERENCES s_core_countries_states (id)
);

CREATE TABLE s_core_tax (
	id serial PRIMARY KEY,
	tax numeric(10,2) NOT NULL,
	description varchar(255) NOT NULL
);

CREATE TABLE s_core_customergroups (
	id serial PRIMARY KEY,
	groupkey varchar(15) NOT NULL UNIQUE,
	description varchar(30) NOT NULL,
	tax int NOT NULL DEFAULT 0,
	taxinput int NOT NULL,
	mode int NOT NULL,
	discount double precision NOT NULL,
	minimumorder double precision NOT NULL,
	minimumordersurcharge double precision NOT NULL
);

CREATE TABLE s_core_customergroups_attributes (
	id serial PRIMARY KEY,
	customerGroupID int REFERENCES s_core_customergroups (id)
);

CREATE TABLE s_core_customergroups_discounts (
	id serial PRIMARY KEY,
	groupID int NOT NULL REFERENCES s_core_customergroups (id),
	basketdiscount double precision NOT NULL,
	basketdiscountstart double precision NOT NULL
);

CREATE TABLE s_core_tax_rules (
	id serial PRIMARY KEY,
	areaID int REFERENCES s_core_countries_areas (id),
	countryID int REFERENCES s_core_countries (id),
	stateID int REFERENCES s_core_countries_states (id),
	groupID int NOT NULL REFERENCES s_core_tax (id),
	customer_groupID int NOT NULL REFERENCES s_core_customergroups (id),
	tax numeric(10,2) NOT NULL,
	name varchar(255) NOT NULL,
	active int NOT NULL
);

CREATE TABLE s_core_units (
	id serial PRIMARY KEY,
	unit varchar(255) NOT NULL,
	description varchar(255) NOT NULL
);

CREATE TABLE s_core_customerpricegroups (
	id serial PRIMARY KEY,
	name varchar(30) NOT NULL,
	netto smallint NOT NULL,
	active smallint NOT NULL
);

CREATE TABLE s_core_pricegroups (
	id serial PRIMARY KEY,
	description varchar(255) NOT NULL
);

CREATE TABLE s_core_pricegroups_discounts (
	id serial PRIMARY KEY,
	groupID int NOT NULL REFERENCES s_core_pricegroups (id),
	customergroupID int NOT NULL REFERENCES s_core_customergroups (id),
	discount double precision NOT NULL,
	discountstart double precision NOT NULL
);

CREATE TABLE s_core_plugins (
	id serial PRIMARY KEY,
	namespace varchar(255) NOT NULL,
	name varchar(255) NOT NULL,
	label varchar(255) NOT NULL,
	source varchar(255) NOT NULL,
	description text,
	active int NOT NULL,
	added timestamp NOT NULL,
	installation_date timestamp,
	update_date timestamp,
	refresh_date timestamp,
	author varchar(255),
	copyright varchar(255),
	license varchar(255),
	version varchar(255) NOT NULL,
	support varchar(255),
	changes text,
	link varchar(255),
	store_version varchar(255),
	capability_update int NOT NULL,
	capability_install int NOT NULL,
	capability_enable int NOT NULL,
	update_source varchar(255),
	update_version varchar(255),
	in_safe_mode int NOT NULL DEFAULT 0
);

CREATE TABLE s_core_templates (
	id serial PRIMARY KEY,
	template varchar(255) NOT NULL,
	name varchar(255) NOT NULL,
	description text,
	author varchar(255),
	license varchar(255),
	esi int NOT NULL,
	style_support int NOT NULL,
	emotion int NOT NULL,
	version int NOT NULL,
	plugin_id int REFERENCES s_core_plugins (id),
	parent_id int REFERENCES s_core_templates (id)
);

CREATE TABLE s_media_album (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	parentID int REFERENCES s_media_album (id),
	position int NOT NULL,
	garbage_collectable int NOT NULL DEFAULT 1
);

CREATE TABLE s_media_album_settings (
	id serial PRIMARY KEY,
	albumID int NOT NULL REFERENCES s_media_album (id),
	create_thumbnails int NOT NULL,
	thumbnail_size text NOT NULL,
	icon varchar(255) NOT NULL,
	thumbnail_high_dpi int,
	thumbnail_quality int,
	thumbnail_high_dpi_quality int
);

CREATE TABLE s_core_auth_roles (
	id serial PRIMARY KEY,
	parentID int REFERENCES s_core_auth_roles (id),
	name varchar(255) NOT NULL,
	description text NOT NULL,
	source varchar(255) NOT NULL,
	enabled int NOT NULL,
	admin int NOT NULL
);

CREATE TABLE s_core_auth (
	id serial PRIMARY KEY,
	roleID int NOT NULL REFERENCES s_core_auth_roles (id),
	username varchar(255) NOT NULL,
	password varchar(255) NOT NULL,
	encoder varchar(255) NOT NULL DEFAULT 'LegacyBackendMd5',
	apiKey varchar(40),
	localeID int NOT NULL REFERENCES s_core_locales (id),
	sessionID varchar(128) NOT NULL,
	lastlogin timestamp NOT NULL,
	name varchar(255) NOT NULL,
	email varchar(120) NOT NULL,
	active int NOT NULL DEFAULT 0,
	failedlogins int NOT NULL,
	lockeduntil timestamp,
	extended_editor int NOT NULL DEFAULT 0,
	disabled_cache int NOT NULL DEFAULT 0
);

CREATE TABLE s_core_auth_attributes (
	id serial PRIMARY KEY,
	authID int REFERENCES s_core_auth (id)
);

CREATE TABLE s_core_acl_resources (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL UNIQUE,
	pluginID int REFERENCES s_core_plugins (id)
);

CREATE TABLE s_core_acl_privileges (
	id serial PRIMARY KEY,
	resourceID int NOT NULL REFERENCES s_core_acl_resources (id),
	name varchar(255) NOT NULL
);

CREATE TABLE s_core_acl_roles (
	id serial PRIMARY KEY,
	roleID int NOT NULL REFERENCES s_core_auth_roles (id),
	resourceID int REFERENCES s_core_acl_resources (id),
	privilegeID int REFERENCES s_core_acl_privileges (id)
);

CREATE TABLE s_media (
	id serial PRIMARY KEY,
	albumID int NOT NULL REFERENCES s_media_album (id),
	name varchar(255) NOT NULL,
	description text NOT NULL,
	path varchar(255) NOT NULL,
	type varchar(50) NOT NULL,
	extension varchar(20) NOT NULL,
	file_size int NOT NULL,
	width int,
	height int,
	userID int NOT NULL REFERENCES s_core_auth (id),
	created date NOT NULL
);

CREATE TABLE s_media_attributes (
	id serial PRIMARY KEY,
	mediaID int REFERENCES s_media (id)
);

CREATE TABLE s_media_association (
	id serial PRIMARY KEY,
	mediaID int NOT NULL REFERENCES s_media (id),
	targetType varchar(255) NOT NULL,
	targetID int NOT NULL
);

CREATE TABLE s_search_custom_sorting (
	id serial PRIMARY KEY,
	label varchar(255) NOT NULL,
	active int NOT NULL,
	display_in_categories int NOT NULL,
	position int NOT NULL,
	sortings text NOT NULL
);

CREATE TABLE s_product_streams (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	conditions text,
	type int,
	sorting text,
	description text,
	sorting_id int REFERENCES s_search_custom_sorting (id)
);

CREATE TABLE s_product_streams_attributes (
	id serial PRIMARY KEY,
	streamID int REFERENCES s_product_streams (id)
);

CREATE TABLE s_categories (
	id serial PRIMARY KEY,
	parent int REFERENCES s_categories (id),
	path varchar(255),
	description varchar(255) NOT NULL,
	position int DEFAULT 0,
	metatitle varchar(255),
	metakeywords text,
	metadescription text,
	cmsheadline varchar(255),
	cmstext text,
	template varchar(255),
	active int NOT NULL,
	blog int NOT NULL,
	external varchar(255),
	hidefilter int NOT NULL,
	hidetop int NOT NULL,
	mediaID int REFERENCES s_media (id),
	product_box_layout varchar(50),
	stream_id int REFERENCES s_product_streams (id),
	hide_sortings int NOT NULL DEFAULT 0,
	sorting_ids text,
	facet_ids text,
	external_target varchar(255),
	shops varchar(255),
	added timestamp NOT NULL,
	changed timestamp NOT NULL
);

CREATE TABLE s_categories_attributes (
	id serial PRIMARY KEY,
	categoryID int REFERENCES s_categories (id)
);

CREATE TABLE s_core_shops (
	id serial PRIMARY KEY,
	main_id int REFERENCES s_core_shops (id),
	name varchar(255) NOT NULL,
	title varchar(255),
	position int NOT NULL,
	host varchar(255),
	base_path varchar(255),
	base_url varchar(255),
	hosts text NOT NULL,
	secure int NOT NULL,
	template_id int REFERENCES s_core_templates (id),
	document_template_id int REFERENCES s_core_templates (id),
	category_id int REFERENCES s_categories (id),
	locale_id int REFERENCES s_core_locales (id),
	currency_id int REFERENCES s_core_currencies (id),
	customer_group_id int REFERENCES s_core_customergroups (id),
	fallback_id int REFERENCES s_core_shops (id),
	customer_scope int NOT NULL,
	"default" int NOT NULL,
	active int NOT NULL
);

CREATE TABLE s_core_shop_currencies (
	shop_id int NOT NULL REFERENCES s_core_shops (id),
	currency_id int NOT NULL REFERENCES s_core_currencies (id),
	PRIMARY KEY (shop_id, currency_id)
);

CREATE TABLE s_cms_static_groups (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	key varchar(255) NOT NULL,
	active int NOT NULL,
	mapping_id int REFERENCES s_cms_static_groups (id)
);

CREATE TABLE s_core_shop_pages (
	shop_id int NOT NULL REFERENCES s_core_shops (id),
	group_id int NOT NULL REFERENCES s_cms_static_groups (id),
	PRIMARY KEY (shop_id, group_id)
);

CREATE TABLE s_core_config_forms (
	id serial PRIMARY KEY,
	parent_id int REFERENCES s_core_config_forms (id),
	name varchar(255) NOT NULL,
	label varchar(255),
	description text,
	position int NOT NULL,
	plugin_id int REFERENCES s_core_plugins (id)
);

CREATE TABLE s_core_config_elements (
	id serial PRIMARY KEY,
	form_id int NOT NULL REFERENCES s_core_config_forms (id),
	name varchar(255) NOT NULL,
	value text NOT NULL,
	label varchar(255),
	description text,
	type varchar(255),
	required int NOT NULL,
	position int NOT NULL,
	scope int NOT NULL,
	options text
);

CREATE TABLE s_core_config_values (
	id serial PRIMARY KEY,
	element_id int NOT NULL REFERENCES s_core_config_elements (id),
	shop_id int REFERENCES s_core_shops (id),
	value text NOT NULL
);

CREATE TABLE s_core_snippets (
	id serial PRIMARY KEY,
	namespace varchar(255) NOT NULL,
	shopID int NOT NULL REFERENCES s_core_shops (id),
	localeID int NOT NULL REFERENCES s_core_locales (id),
	name varchar(255) NOT NULL,
	value text NOT NULL,
	created timestamp NOT NULL,
	updated timestamp NOT NULL,
	dirty int DEFAULT 0
);

CREATE TABLE s_core_translations (
	id serial PRIMARY KEY,
	objecttype varchar(255) NOT NULL,
	objectdata text NOT NULL,
	objectkey int NOT NULL,
	objectlanguage varchar(255) NOT NULL,
	dirty int DEFAULT 0
);

CREATE TABLE s_core_rewrite_urls (
	id serial PRIMARY KEY,
	org_path varchar(255) NOT NULL,
	path varchar(255) NOT NULL,
	main int NOT NULL,
	subshopID int NOT NULL REFERENCES s_core_shops (id)
);

CREATE TABLE s_core_states (
	id int PRIMARY KEY,
	name varchar(55) NOT NULL,
	description varchar(100) NOT NULL,
	position int NOT NULL,
	"group" varchar(25) NOT NULL,
	mail int NOT NULL
);

CREATE TABLE s_core_details_states (
	id int PRIMARY KEY,
	description varchar(255) NOT NULL,
	position int NOT NULL,
	mail int NOT NULL
);

CREATE TABLE s_core_config_mails (
	id serial PRIMARY KEY,
	stateId int REFERENCES s_core_states (id),
	name varchar(255) NOT NULL,
	frommail varchar(255) NOT NULL,
	fromname varchar(255) NOT NULL,
	subject varchar(255) NOT NULL,
	content text NOT NULL,
	contentHTML text NOT NULL,
	ishtml int NOT NULL,
	attachment varchar(255) NOT NULL,
	mailtype int NOT NULL DEFAULT 1,
	context text,
	dirty int DEFAULT 0
);

CREATE TABLE s_core_config_mails_attributes (
	id serial PRIMARY KEY,
	mailID int REFERENCES s_core_config_mails (id)
);

CREATE TABLE s_core_config_mails_attachments (
	id serial PRIMARY KEY,
	mailID int NOT NULL REFERENCES s_core_config_mails (id),
	mediaID int NOT NULL REFERENCES s_media (id),
	shopID int REFERENCES s_core_shops (id)
);

CREATE TABLE s_core_documents (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	template varchar(255) NOT NULL,
	numbers varchar(25) NOT NULL,
	"left" int NOT NULL,
	"right" int NOT NULL,
	top int NOT NULL,
	bottom int NOT NULL,
	pagebreak int NOT NULL,
	key varchar(255)
);

CREATE TABLE s_core_documents_box (
	id serial PRIMARY KEY,
	documentID int NOT NULL REFERENCES s_core_documents (id),
	name varchar(35) NOT NULL,
	style text NOT NULL,
	value text NOT NULL,
	shopID int REFERENCES s_core_shops (id)
);

CREATE TABLE s_core_paymentmeans (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL UNIQUE,
	description varchar(255) NOT NULL,
	template varchar(255) NOT NULL,
	class varchar(255) NOT NULL,
	"table" varchar(70) NOT NULL,
	hide int NOT NULL,
	additionaldescription text NOT NULL,
	debit_percent double precision NOT NULL DEFAULT 0,
	surcharge double precision NOT NULL DEFAULT 0,
	surchargestring varchar(255) NOT NULL,
	position int NOT NULL,
	active int NOT NULL DEFAULT 0,
	esdactive int NOT NULL,
	embediframe varchar(255) NOT NULL,
	hideprospect int NOT NULL,
	action varchar(255),
	pluginID int REFERENCES s_core_plugins (id),
	source int,
	mobile_inactive int NOT NULL DEFAULT 0
);

CREATE TABLE s_core_paymentmeans_attributes (
	id serial PRIMARY KEY,
	paymentmeanID int REFERENCES s_core_paymentmeans (id)
);

CREATE TABLE s_core_paymentmeans_countries (
	paymentID int NOT NULL REFERENCES s_core_paymentmeans (id),
	countryID int NOT NULL REFERENCES s_core_countries (id),
	PRIMARY KEY (paymentID, countryID)
);

CREATE TABLE s_core_paymentmeans_subshops (
	paymentID int NOT NULL REFERENCES s_core_paymentmeans (id),
	subshopID int NOT NULL REFERENCES s_core_shops (id),
	PRIMARY KEY (paymentID, subshopID)
);

CREATE TABLE s_premium_dispatch (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	type int NOT NULL,
	description text NOT NULL,
	comment varchar(255) NOT NULL,
	active int NOT NULL,
	position int NOT NULL,
	calculation int NOT NULL,
	surcharge_calculation int NOT NULL,
	tax_calculation int NOT NULL,
	shippingfree numeric(10,2),
	multishopID int REFERENCES s_core_shops (id),
	customergroupID int REFERENCES s_core_customergroups (id),
	bind_shippingfree int NOT NULL,
	bind_time_from int,
	bind_time_to int,
	bind_instock int,
	bind_laststock int NOT NULL,
	bind_weekday_from int,
	bind_weekday_to int,
	bind_weight_from numeric(10,3),
	bind_weight_to numeric(10,3),
	bind_price_from numeric(10,2),
	bind_price_to numeric(10,2),
	bind_sql text,
	status_link text,
	calculation_sql text
);

CREATE TABLE s_premium_dispatch_attributes (
	id serial PRIMARY KEY,
	dispatchID int REFERENCES s_premium_dispatch (id)
);

CREATE TABLE s_premium_dispatch_countries (
	dispatchID int NOT NULL REFERENCES s_premium_dispatch (id),
	countryID int NOT NULL REFERENCES s_core_countries (id),
	PRIMARY KEY (dispatchID, countryID)
);

CREATE TABLE s_premium_dispatch_paymentmeans (
	dispatchID int NOT NULL REFERENCES s_premium_dispatch (id),
	paymentID int NOT NULL REFERENCES s_core_paymentmeans (id),
	PRIMARY KEY (dispatchID, paymentID)
);

CREATE TABLE s_premium_dispatch_categories (
	dispatchID int NOT NULL REFERENCES s_premium_dispatch (id),
	categoryID int NOT NULL REFERENCES s_categories (id),
	PRIMARY KEY (dispatchID, categoryID)
);

CREATE TABLE s_premium_dispatch_holidays (
	dispatchID int NOT NULL REFERENCES s_premium_dispatch (id),
	holidayID int NOT NULL REFERENCES s_premium_holidays (id),
	PRIMARY KEY (dispatchID, holidayID)
);

CREATE TABLE s_premium_holidays (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	calculation varchar(255) NOT NULL,
	date date NOT NULL
);

CREATE TABLE s_premium_shippingcosts (
	id serial PRIMARY KEY,
	"from" numeric(10,3) NOT NULL,
	value numeric(10,2) NOT NULL,
	factor numeric(10,2) NOT NULL,
	dispatchID int NOT NULL REFERENCES s_premium_dispatch (id)
);

CREATE TABLE s_articles_supplier (
	id serial PRIMARY KEY,
	name varchar(100) NOT NULL,
	img varchar(255) NOT NULL,
	link varchar(100) NOT NULL,
	description text NOT NULL,
	meta_title varchar(255),
	meta_description varchar(255),
	meta_keywords varchar(255),
	changed timestamp NOT NULL
);

CREATE TABLE s_articles_supplier_attributes (
	id serial PRIMARY KEY,
	supplierID int REFERENCES s_articles_supplier (id)
);

CREATE TABLE s_filter (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	position int NOT NULL,
	comparable int NOT NULL,
	sortmode int NOT NULL
);

CREATE TABLE s_filter_options (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	filterable int NOT NULL
);

CREATE TABLE s_filter_relations (
	id serial PRIMARY KEY,
	groupID int NOT NULL REFERENCES s_filter (id),
	optionID int NOT NULL REFERENCES s_filter_options (id),
	position int NOT NULL
);

CREATE TABLE s_filter_values (
	id serial PRIMARY KEY,
	optionID int NOT NULL REFERENCES s_filter_options (id),
	value varchar(255) NOT NULL,
	position int NOT NULL,
	media_id int REFERENCES s_media (id)
);

CREATE TABLE s_article_configurator_sets (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	public int NOT NULL,
	type int NOT NULL DEFAULT 0
);

CREATE TABLE s_article_configurator_groups (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	description text,
	position int NOT NULL
);

CREATE TABLE s_article_configurator_options (
	id serial PRIMARY KEY,
	group_id int REFERENCES s_article_configurator_groups (id),
	name varchar(255) NOT NULL,
	position int NOT NULL,
	media_id int REFERENCES s_media (id)
);

CREATE TABLE s_article_configurator_set_group_relations (
	set_id int NOT NULL REFERENCES s_article_configurator_sets (id),
	group_id int NOT NULL REFERENCES s_article_configurator_groups (id),
	position int NOT NULL DEFAULT 0,
	PRIMARY KEY (set_id, group_id)
);

CREATE TABLE s_article_configurator_set_option_relations (
	set_id int NOT NULL REFERENCES s_article_configurator_sets (id),
	option_id int NOT NULL REFERENCES s_article_configurator_options (id),
	PRIMARY KEY (set_id, option_id)
);

CREATE TABLE s_article_configurator_dependencies (
	id serial PRIMARY KEY,
	configurator_set_id int NOT NULL REFERENCES s_article_configurator_sets (id),
	parent_id int REFERENCES s_article_configurator_options (id),
	child_id int REFERENCES s_article_configurator_options (id)
);

CREATE TABLE s_article_configurator_price_variations (
	id serial PRIMARY KEY,
	configurator_set_id int NOT NULL REFERENCES s_article_configurator_sets (id),
	variation numeric(10,3) NOT NULL,
	options text,
	is_gross int
);

CREATE TABLE s_articles (
	id serial PRIMARY KEY,
	supplierID int REFERENCES s_articles_supplier (id),
	name varchar(100) NOT NULL,
	description text,
	description_long text,
	shippingtime varchar(11),
	datum date,
	active int NOT NULL DEFAULT 0,
	taxID int REFERENCES s_core_tax (id),
	pseudosales int NOT NULL DEFAULT 0,
	topseller int NOT NULL DEFAULT 0,
	metaTitle varchar(255),
	keywords varchar(255),
	changetime timestamp NOT NULL,
	pricegroupID int REFERENCES s_core_pricegroups (id),
	pricegroupActive int NOT NULL,
	filtergroupID int REFERENCES s_filter (id),
	laststock int NOT NULL,
	crossbundlelook int NOT NULL,
	notification int NOT NULL,
	template varchar(255) NOT NULL,
	mode int NOT NULL,
	main_detail_id int REFERENCES s_articles_details (id),
	available_from timestamp,
	available_to timestamp,
	configurator_set_id int REFERENCES s_article_configurator_sets (id)
);

CREATE TABLE s_articles_details (
	id serial PRIMARY KEY,
	articleID int NOT NULL REFERENCES s_articles (id),
	ordernumber varchar(255) NOT NULL UNIQUE,
	suppliernumber varchar(255),
	kind int NOT NULL DEFAULT 0,
	additionaltext varchar(255),
	sales int NOT NULL DEFAULT 0,
	active int NOT NULL DEFAULT 0,
	instock int,
	stockmin int,
	laststock int NOT NULL,
	weight numeric(10,3),
	position int NOT NULL,
	width numeric(10,3),
	height numeric(10,3),
	length numeric(10,3),
	ean varchar(255),
	unitID int REFERENCES s_core_units (id),
	purchasesteps int,
	maxpurchase int,
	minpurchase int NOT NULL DEFAULT 1,
	purchaseunit numeric(11,4),
	referenceunit numeric(10,3),
	packunit varchar(255),
	releasedate date,
	shippingfree int NOT NULL DEFAULT 0,
	shippingtime varchar(11),
	purchaseprice double precision NOT NULL DEFAULT 0
);

CREATE TABLE s_articles_attributes (
	id serial PRIMARY KEY,
	articledetailsID int REFERENCES s_articles_details (id),
	attr1 varchar(255),
	attr2 varchar(255),
	attr3 varchar(255),
	attr17 date
);

CREATE TABLE s_article_configurator_option_relations (
	id serial PRIMARY KEY,
	article_id int NOT NULL REFERENCES s_articles_details (id),
	option_id int NOT NULL REFERENCES s_article_configurator_options (id)
);

CREATE TABLE s_article_configurator_templates (
	id serial PRIMARY KEY,
	article_id int NOT NULL REFERENCES s_articles (id),
	order_number varchar(255) NOT NULL,
	suppliernumber varchar(255),
	additionaltext varchar(255),
	active int NOT NULL DEFAULT 0,
	instock int,
	stockmin int,
	laststock int NOT NULL,
	weight numeric(10,3),
	ean varchar(255),
	unit_id int REFERENCES s_core_units (id),
	purchasesteps int,
	minpurchase int,
	purchaseunit numeric(11,4),
	shippingfree int NOT NULL DEFAULT 0,
	purchaseprice double precision NOT NULL DEFAULT 0
);

CREATE TABLE s_article_configurator_templates_attributes (
	id serial PRIMARY KEY,
	templateID int REFERENCES s_article_configurator_templates (id)
);

CREATE TABLE s_article_configurator_template_prices (
	id serial PRIMARY KEY,
	template_id int REFERENCES s_article_configurator_templates (id),
	customer_group_key varchar(15) NOT NULL REFERENCES s_core_customergroups (groupkey),
	"from" int NOT NULL,
	"to" varchar(30) NOT NULL,
	price double precision NOT NULL DEFAULT 0,
	pseudoprice double precision,
	percent numeric(10,2)
);

CREATE TABLE s_articles_prices (
	id serial PRIMARY KEY,
	pricegroup varchar(15) NOT NULL REFERENCES s_core_customergroups (groupkey),
	"from" int NOT NULL,
	"to" varchar(30) NOT NULL,
	articleID int NOT NULL DEFAULT 0 REFERENCES s_articles (id),
	articledetailsID int NOT NULL DEFAULT 0 REFERENCES s_articles_details (id),
	price double precision NOT NULL DEFAULT 0,
	pseudoprice double precision,
	regulation_price double precision,
	percent numeric(10,2)
);

CREATE TABLE s_articles_prices_attributes (
	id serial PRIMARY KEY,
	priceID int REFERENCES s_articles_prices (id)
);

CREATE TABLE s_articles_categories (
	id serial PRIMARY KEY,
	articleID int NOT NULL REFERENCES s_articles (id),
	categoryID int NOT NULL REFERENCES s_categories (id)
);

CREATE TABLE s_articles_categories_ro (
	id serial PRIMARY KEY,
	articleID int NOT NULL REFERENCES s_articles (id),
	categoryID int NOT NULL REFERENCES s_categories (id),
	parentCategoryID int NOT NULL REFERENCES s_categories (id)
);

CREATE TABLE s_articles_categories_seo (
	id serial PRIMARY KEY,
	shop_id int NOT NULL REFERENCES s_core_shops (id),
	article_id int NOT NULL REFERENCES s_articles (id),
	category_id int NOT NULL REFERENCES s_categories (id)
);

CREATE TABLE s_categories_avoid_customergroups (
	categoryID int NOT NULL REFERENCES s_categories (id),
	customergroupID int NOT NULL REFERENCES s_core_customergroups (id),
	PRIMARY KEY (categoryID, customergroupID)
);

CREATE TABLE s_articles_avoid_customergroups (
	articleID int NOT NULL REFERENCES s_articles (id),
	customergroupID int NOT NULL REFERENCES s_core_customergroups (id),
	PRIMARY KEY (articleID, customergroupID)
);

CREATE TABLE s_articles_img (
	id serial PRIMARY KEY,
	articleID int REFERENCES s_articles (id),
	img varchar(100),
	main int NOT NULL,
	description varchar(255) NOT NULL,
	position int NOT NULL,
	width int NOT NULL,
	height int NOT NULL,
	relations text NOT NULL,
	extension varchar(255) NOT NULL,
	parent_id int REFERENCES s_articles_img (id),
	article_detail_id int REFERENCES s_articles_details (id),
	media_id int REFERENCES s_media (id)
);

CREATE TABLE s_articles_img_attributes (
	id serial PRIMARY KEY,
	imageID int REFERENCES s_articles_img (id)
);

CREATE TABLE s_article_img_mappings (
	id serial PRIMARY KEY,
	image_id int NOT NULL REFERENCES s_articles_img (id)
);

CREATE TABLE s_article_img_mapping_rules (
	id serial PRIMARY KEY,
	mapping_id int NOT NULL REFERENCES s_article_img_mappings (id),
	option_id int NOT NULL REFERENCES s_article_configurator_options (id)
);

CREATE TABLE s_articles_translations (
	id serial PRIMARY KEY,
	articleID int NOT NULL REFERENCES s_articles (id),
	languageID int NOT NULL REFERENCES s_core_shops (id),
	name varchar(255) NOT NULL,
	keywords text NOT NULL,
	description text NOT NULL,
	description_long text NOT NULL,
	description_clear text,
	shippingtime varchar(11),
	attr1 varchar(255)
);

CREATE TABLE s_articles_relationships (
	id serial PRIMARY KEY,
	articleID int NOT NULL REFERENCES s_articles (id),
	relatedarticle int NOT NULL REFERENCES s_articles (id)
);

CREATE TABLE s_articles_similar (
	id serial PRIMARY KEY,
	articleID int NOT NULL REFERENCES s_articles (id),
	relatedarticle int NOT NULL REFERENCES s_articles (id)
);

CREATE TABLE s_articles_also_bought_ro (
	id serial PRIMARY KEY,
	article_id int NOT NULL REFERENCES s_articles (id),
	related_article_id int NOT NULL REFERENCES s_articles (id),
	sales int NOT NULL DEFAULT 0
);

CREATE TABLE s_articles_top_seller_ro (
	id serial PRIMARY KEY,
	article_id int NOT NULL REFERENCES s_articles (id),
	sales int NOT NULL,
	last_cleared timestamp
);

CREATE TABLE s_articles_downloads (
	id serial PRIMARY KEY,
	articleID int NOT NULL REFERENCES s_articles (id),
	description varchar(255) NOT NULL,
	filename varchar(255) NOT NULL,
	size double precision NOT NULL
);

CREATE TABLE s_articles_downloads_attributes (
	id serial PRIMARY KEY,
	downloadID int REFERENCES s_articles_downloads (id)
);

CREATE TABLE s_articles_information (
	id serial PRIMARY KEY,
	articleID int NOT NULL REFERENCES s_articles (id),
	description varchar(255) NOT NULL,
	link varchar(255) NOT NULL,
	target varchar(255) NOT NULL
);

CREATE TABLE s_articles_information_attributes (
	id serial PRIMARY KEY,
	informationID int REFERENCES s_articles_information (id)
);

CREATE TABLE s_articles_esd (
	id serial PRIMARY KEY,
	articleID int NOT NULL REFERENCES s_articles (id),
	articledetailsID int NOT NULL REFERENCES s_articles_details (id),
	file varchar(255) NOT NULL,
	serials int NOT NULL,
	notification int NOT NULL,
	maxdownloads int NOT NULL,
	datum timestamp NOT NULL
);

CREATE TABLE s_articles_esd_attributes (
	id serial PRIMARY KEY,
	esdID int REFERENCES s_articles_esd (id)
);

CREATE TABLE s_articles_esd_serials (
	id serial PRIMARY KEY,
	serialnumber varchar(255) NOT NULL,
	esdID int NOT NULL REFERENCES s_articles_esd (id)
);

CREATE TABLE s_articles_vote (
	id serial PRIMARY KEY,
	articleID int NOT NULL REFERENCES s_articles (id),
	name varchar(255) NOT NULL,
	headline varchar(255) NOT NULL,
	comment text NOT NULL,
	points double precision NOT NULL,
	datum timestamp NOT NULL,
	active int NOT NULL,
	email varchar(255) NOT NULL,
	answer text NOT NULL,
	answer_date timestamp,
	shop_id int REFERENCES s_core_shops (id)
);

CREATE TABLE s_articles_notification (
	id serial PRIMARY KEY,
	ordernumber varchar(255) NOT NULL REFERENCES s_articles_details (ordernumber),
	date timestamp NOT NULL,
	mail varchar(255) NOT NULL,
	send int NOT NULL,
	language varchar(255) NOT NULL,
	shopLink varchar(255) NOT NULL
);

CREATE TABLE s_addon_premiums (
	id serial PRIMARY KEY,
	startprice double precision NOT NULL DEFAULT 0,
	ordernumber varchar(255) NOT NULL REFERENCES s_articles_details (ordernumber),
	ordernumber_export varchar(255) NOT NULL,
	subshopID int NOT NULL REFERENCES s_core_shops (id)
);

CREATE TABLE s_filter_articles (
	articleID int NOT NULL REFERENCES s_articles (id),
	valueID int NOT NULL REFERENCES s_filter_values (id),
	PRIMARY KEY (articleID, valueID)
);

CREATE TABLE s_product_streams_selection (
	id serial PRIMARY KEY,
	stream_id int NOT NULL REFERENCES s_product_streams (id),
	article_id int NOT NULL REFERENCES s_articles (id)
);

CREATE TABLE s_emarketing_banners (
	id serial PRIMARY KEY,
	description varchar(60) NOT NULL,
	valid_from timestamp,
	valid_to timestamp,
	img varchar(100) NOT NULL,
	link varchar(255) NOT NULL,
	link_target varchar(255) NOT NULL,
	categoryID int NOT NULL DEFAULT 0 REFERENCES s_categories (id),
	extension varchar(25) NOT NULL
);

CREATE TABLE s_emarketing_banners_attributes (
	id serial PRIMARY KEY,
	bannerID int REFERENCES s_emarketing_banners (id)
);

CREATE TABLE s_user (
	id serial PRIMARY KEY,
	password varchar(1024) NOT NULL,
	encoder varchar(255) NOT NULL DEFAULT 'md5',
	email varchar(70) NOT NULL,
	active int NOT NULL DEFAULT 0,
	accountmode int NOT NULL,
	confirmationkey varchar(100) NOT NULL,
	paymentID int NOT NULL DEFAULT 0 REFERENCES s_core_paymentmeans (id),
	doubleOptinRegister int DEFAULT 0,
	doubleOptinEmailSentDate timestamp,
	doubleOptinConfirmDate timestamp,
	firstlogin date NOT NULL,
	lastlogin timestamp NOT NULL,
	sessionID varchar(128) NOT NULL,
	newsletter int NOT NULL DEFAULT 0,
	validation varchar(255) NOT NULL,
	affiliate int NOT NULL DEFAULT 0,
	customergroup varchar(15) NOT NULL REFERENCES s_core_customergroups (groupkey),
	paymentpreset int NOT NULL REFERENCES s_core_paymentmeans (id),
	language varchar(10) NOT NULL REFERENCES s_core_shops (id),
	subshopID int NOT NULL REFERENCES s_core_shops (id),
	referer varchar(255) NOT NULL,
	pricegroupID int REFERENCES s_core_customerpricegroups (id),
	internalcomment text NOT NULL,
	failedlogins int NOT NULL,
	lockeduntil timestamp,
	default_billing_address_id int REFERENCES s_user_addresses (id),
	default_shipping_address_id int REFERENCES s_user_addresses (id),
	title varchar(100),
	salutation varchar(30),
	firstname varchar(255),
	lastname varchar(255),
	birthday date,
	customernumber varchar(30),
	login_token varchar(255),
	changed timestamp,
	password_change_date timestamp NOT NULL
);

CREATE TABLE s_user_attributes (
	id serial PRIMARY KEY,
	userID int REFERENCES s_user (id)
);

CREATE TABLE s_user_addresses (
	id serial PRIMARY KEY,
	user_id int NOT NULL REFERENCES s_user (id),
	company varchar(255),
	department varchar(35),
	salutation varchar(30) NOT NULL,
	title varchar(100),
	firstname varchar(50) NOT NULL,
	lastname varchar(60) NOT NULL,
	street varchar(255),
	zipcode varchar(50) NOT NULL,
	city varchar(70) NOT NULL,
	phone varchar(40),
	vat_id varchar(50),
	additional_address_line1 varchar(255),
	additional_address_line2 varchar(255),
	country_id int NOT NULL REFERENCES s_core_countries (id),
	state_id int REFERENCES s_core_countries_states (id)
);

CREATE TABLE s_user_addresses_attributes (
	id serial PRIMARY KEY,
	address_id int REFERENCES s_user_addresses (id)
);

CREATE TABLE s_customer_streams (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	conditions text,
	description text,
	freeze_up timestamp,
	static int DEFAULT 0
);

CREATE TABLE s_customer_streams_mapping (
	stream_id int NOT NULL REFERENCES s_customer_streams (id),
	customer_id int NOT NULL REFERENCES s_user (id),
	PRIMARY KEY (stream_id, customer_id)
);

CREATE TABLE s_core_payment_data (
	id serial PRIMARY KEY,
	payment_mean_id int NOT NULL REFERENCES s_core_paymentmeans (id),
	user_id int NOT NULL REFERENCES s_user (id),
	use_billing_data int,
	bankname varchar(255),
	bic varchar(50),
	iban varchar(50),
	account_number varchar(50),
	bank_code varchar(50),
	account_holder varchar(50),
	created_at date NOT NULL
);

CREATE TABLE s_emarketing_partner (
	id serial PRIMARY KEY,
	idcode varchar(255) NOT NULL UNIQUE,
	datum date NOT NULL,
	company varchar(255) NOT NULL,
	contact varchar(100) NOT NULL,
	street varchar(255) NOT NULL,
	zipcode varchar(15) NOT NULL,
	city varchar(100) NOT NULL,
	phone varchar(50) NOT NULL,
	fax varchar(50) NOT NULL,
	country varchar(100) NOT NULL,
	email varchar(50) NOT NULL,
	web varchar(100) NOT NULL,
	profil text NOT NULL,
	fix double precision NOT NULL DEFAULT 0,
	percent double precision NOT NULL DEFAULT 0,
	cookielifetime int NOT NULL DEFAULT 0,
	active int NOT NULL DEFAULT 0,
	userID int REFERENCES s_user (id)
);

CREATE TABLE s_order (
	id serial PRIMARY KEY,
	ordernumber varchar(255),
	userID int NOT NULL REFERENCES s_user (id),
	invoice_amount double precision NOT NULL DEFAULT 0,
	invoice_amount_net double precision NOT NULL,
	invoice_shipping double precision NOT NULL DEFAULT 0,
	invoice_shipping_net double precision NOT NULL,
	invoice_shipping_tax_rate double precision,
	ordertime timestamp,
	status int NOT NULL DEFAULT 0 REFERENCES s_core_states (id),
	cleared int NOT NULL DEFAULT 0 REFERENCES s_core_states (id),
	paymentID int NOT NULL REFERENCES s_core_paymentmeans (id),
	transactionID varchar(255) NOT NULL,
	comment text NOT NULL,
	customercomment text NOT NULL,
	internalcomment text NOT NULL,
	net int NOT NULL,
	taxfree int NOT NULL,
	partnerID varchar(255) NOT NULL REFERENCES s_emarketing_partner (idcode),
	temporaryID varchar(255) NOT NULL,
	referer text NOT NULL,
	cleareddate timestamp,
	trackingcode varchar(255) NOT NULL,
	language varchar(10) NOT NULL REFERENCES s_core_shops (id),
	dispatchID int NOT NULL REFERENCES s_premium_dispatch (id),
	currency varchar(5) NOT NULL,
	currencyFactor double precision NOT NULL,
	subshopID int NOT NULL REFERENCES s_core_shops (id),
	remote_addr varchar(255),
	deviceType varchar(50) DEFAULT 'desktop',
	is_proportional_calculation int NOT NULL DEFAULT 0,
	changed timestamp
);

CREATE TABLE s_order_attributes (
	id serial PRIMARY KEY,
	orderID int REFERENCES s_order (id),
	attribute1 text,
	attribute2 text
);

CREATE TABLE s_order_details (
	id serial PRIMARY KEY,
	orderID int NOT NULL DEFAULT 0 REFERENCES s_order (id),
	ordernumber varchar(255) NOT NULL,
	articleID int NOT NULL DEFAULT 0 REFERENCES s_articles (id),
	articleordernumber varchar(255) NOT NULL,
	price double precision NOT NULL DEFAULT 0,
	quantity int NOT NULL DEFAULT 0,
	name varchar(255) NOT NULL,
	status int NOT NULL DEFAULT 0 REFERENCES s_core_details_states (id),
	shipped int NOT NULL DEFAULT 0,
	shippedgroup int NOT NULL DEFAULT 0,
	releasedate date,
	modus int NOT NULL,
	esdarticle int NOT NULL,
	taxID int REFERENCES s_core_tax (id),
	tax_rate double precision NOT NULL,
	config text NOT NULL,
	ean varchar(255),
	unit varchar(255),
	pack_unit varchar(255),
	articleDetailID int REFERENCES s_articles_details (id)
);

CREATE TABLE s_order_details_attributes (
	id serial PRIMARY KEY,
	detailID int REFERENCES s_order_details (id),
	attribute1 text
);

CREATE TABLE s_order_billingaddress (
	id serial PRIMARY KEY,
	userID int REFERENCES s_user (id),
	orderID int NOT NULL REFERENCES s_order (id),
	company varchar(255) NOT NULL,
	department varchar(35) NOT NULL,
	salutation varchar(30) NOT NULL,
	customernumber varchar(30),
	firstname varchar(50) NOT NULL,
	lastname varchar(60) NOT NULL,
	street varchar(255),
	zipcode varchar(50) NOT NULL,
	city varchar(70) NOT NULL,
	phone varchar(40) NOT NULL,
	countryID int NOT NULL DEFAULT 0 REFERENCES s_core_countries (id),
	stateID int REFERENCES s_core_countries_states (id),
	ustid varchar(50),
	additional_address_line1 varchar(255),
	additional_address_line2 varchar(255),
	title varchar(100)
);

CREATE TABLE s_order_billingaddress_attributes (
	id serial PRIMARY KEY,
	billingID int REFERENCES s_order_billingaddress (id)
);

CREATE TABLE s_order_shippingaddress (
	id serial PRIMARY KEY,
	userID int NOT NULL REFERENCES s_user (id),
	orderID int NOT NULL REFERENCES s_order (id),
	company varchar(255) NOT NULL,
	department varchar(35) NOT NULL,
	salutation varchar(30) NOT NULL,
	firstname varchar(50) NOT NULL,
	lastname varchar(60) NOT NULL,
	street varchar(255),
	zipcode varchar(50) NOT NULL,
	city varchar(70) NOT NULL,
	phone varchar(40),
	countryID int NOT NULL REFERENCES s_core_countries (id),
	stateID int REFERENCES s_core_countries_states (id),
	additional_address_line1 varchar(255),
	additional_address_line2 varchar(255),
	title varchar(100)
);

CREATE TABLE s_order_shippingaddress_attributes (
	id serial PRIMARY KEY,
	shippingID int REFERENCES s_order_shippingaddress (id)
);

CREATE TABLE s_order_history (
	id serial PRIMARY KEY,
	orderID int NOT NULL REFERENCES s_order (id),
	userID int REFERENCES s_core_auth (id),
	previous_order_status_id int REFERENCES s_core_states (id),
	order_status_id int REFERENCES s_core_states (id),
	previous_payment_status_id int REFERENCES s_core_states (id),
	payment_status_id int REFERENCES s_core_states (id),
	comment text NOT NULL,
	change_date timestamp
);

CREATE TABLE s_order_documents (
	id serial PRIMARY KEY,
	date date NOT NULL,
	type int NOT NULL REFERENCES s_core_documents (id),
	userID int NOT NULL REFERENCES s_user (id),
	orderID int NOT NULL REFERENCES s_order (id),
	amount double precision NOT NULL,
	docID varchar(255) NOT NULL,
	hash varchar(255) NOT NULL
);

CREATE TABLE s_order_documents_attributes (
	id serial PRIMARY KEY,
	documentID int REFERENCES s_order_documents (id)
);

CREATE TABLE s_order_esd (
	id serial PRIMARY KEY,
	serialID int NOT NULL DEFAULT 0 REFERENCES s_articles_esd_serials (id),
	esdID int NOT NULL DEFAULT 0 REFERENCES s_articles_esd (id),
	userID int NOT NULL DEFAULT 0 REFERENCES s_user (id),
	orderID int NOT NULL DEFAULT 0 REFERENCES s_order (id),
	orderdetailsID int NOT NULL DEFAULT 0 REFERENCES s_order_details (id),
	datum timestamp NOT NULL
);

CREATE TABLE s_order_basket (
	id serial PRIMARY KEY,
	sessionID varchar(128),
	userID int NOT NULL DEFAULT 0 REFERENCES s_user (id),
	articlename varchar(255) NOT NULL,
	articleID int NOT NULL DEFAULT 0 REFERENCES s_articles (id),
	ordernumber varchar(255) NOT NULL,
	shippingfree int NOT NULL DEFAULT 0,
	quantity int NOT NULL DEFAULT 0,
	price double precision NOT NULL DEFAULT 0,
	netprice double precision NOT NULL DEFAULT 0,
	tax_rate double precision NOT NULL,
	datum timestamp,
	modus int NOT NULL DEFAULT 0,
	esdarticle int NOT NULL,
	partnerID varchar(45) NOT NULL REFERENCES s_emarketing_partner (idcode),
	lastviewport varchar(255) NOT NULL,
	useragent varchar(255) NOT NULL,
	config text NOT NULL,
	currencyFactor double precision NOT NULL
);

CREATE TABLE s_order_basket_attributes (
	id serial PRIMARY KEY,
	basketID int REFERENCES s_order_basket (id)
);

CREATE TABLE s_order_notes (
	id serial PRIMARY KEY,
	sUniqueID varchar(70) NOT NULL,
	userID int NOT NULL DEFAULT 0 REFERENCES s_user (id),
	articlename varchar(255) NOT NULL,
	articleID int NOT NULL DEFAULT 0 REFERENCES s_articles (id),
	ordernumber varchar(255) NOT NULL,
	datum timestamp
);

CREATE TABLE s_order_comparisons (
	id serial PRIMARY KEY,
	sessionID varchar(128) NOT NULL,
	userID int NOT NULL DEFAULT 0 REFERENCES s_user (id),
	articlename varchar(255) NOT NULL,
	articleID int NOT NULL DEFAULT 0 REFERENCES s_articles (id),
	datum timestamp
);

CREATE TABLE s_order_number (
	id serial PRIMARY KEY,
	number int NOT NULL,
	name varchar(255) NOT NULL UNIQUE,
	"desc" varchar(255) NOT NULL
);

CREATE TABLE s_emarketing_vouchers (
	id serial PRIMARY KEY,
	description varchar(255) NOT NULL,
	vouchercode varchar(100) NOT NULL,
	numberofunits int NOT NULL DEFAULT 0,
	value double precision NOT NULL DEFAULT 0,
	minimumcharge double precision NOT NULL DEFAULT 0,
	shippingfree int NOT NULL DEFAULT 0,
	bindtosupplier int REFERENCES s_articles_supplier (id),
	valid_from date,
	valid_to date,
	ordercode varchar(100) NOT NULL,
	modus int NOT NULL DEFAULT 0,
	percental int NOT NULL,
	numorder int NOT NULL,
	customergroup int REFERENCES s_core_customergroups (id),
	restrictarticles text NOT NULL,
	strict int NOT NULL,
	subshopID int REFERENCES s_core_shops (id),
	taxconfig varchar(15) NOT NULL,
	customer_stream_ids text
);

CREATE TABLE s_emarketing_vouchers_attributes (
	id serial PRIMARY KEY,
	voucherID int REFERENCES s_emarketing_vouchers (id)
);

CREATE TABLE s_emarketing_voucher_codes (
	id serial PRIMARY KEY,
	voucherID int NOT NULL REFERENCES s_emarketing_vouchers (id),
	userID int REFERENCES s_user (id),
	code varchar(255) NOT NULL UNIQUE,
	cashed int NOT NULL
);

CREATE TABLE s_cms_static (
	id serial PRIMARY KEY,
	tpl1variable varchar(255) NOT NULL,
	tpl1path varchar(255) NOT NULL,
	description varchar(255) NOT NULL,
	html text NOT NULL,
	grouping varchar(255) NOT NULL,
	position int NOT NULL,
	link varchar(255) NOT NULL,
	target varchar(255) NOT NULL,
	parentID int NOT NULL DEFAULT 0 REFERENCES s_cms_static (id),
	page_title varchar(255) NOT NULL,
	meta_keywords varchar(255) NOT NULL,
	meta_description varchar(255) NOT NULL,
	changed timestamp NOT NULL,
	shop_ids varchar(255)
);

CREATE TABLE s_cms_static_attributes (
	id serial PRIMARY KEY,
	cmsStaticID int REFERENCES s_cms_static (id)
);

CREATE TABLE s_cms_support (
	id serial PRIMARY KEY,
	active int NOT NULL DEFAULT 1,
	name varchar(255) NOT NULL,
	text text NOT NULL,
	email varchar(255) NOT NULL,
	email_template text NOT NULL,
	email_subject varchar(255) NOT NULL,
	text2 text NOT NULL,
	meta_title varchar(255),
	meta_keywords varchar(255),
	meta_description text,
	isocode varchar(3) NOT NULL DEFAULT 'de',
	shop_ids varchar(255)
);

CREATE TABLE s_cms_support_attributes (
	id serial PRIMARY KEY,
	cmsSupportID int REFERENCES s_cms_support (id)
);

CREATE TABLE s_cms_support_fields (
	id serial PRIMARY KEY,
	error_msg varchar(255) NOT NULL,
	name varchar(255) NOT NULL,
	note varchar(255),
	typ varchar(255) NOT NULL,
	required int NOT NULL,
	supportID int NOT NULL REFERENCES s_cms_support (id),
	label varchar(255) NOT NULL,
	class varchar(255) NOT NULL,
	value varchar(255) NOT NULL,
	added timestamp NOT NULL,
	position int NOT NULL
);

CREATE TABLE s_blog (
	id serial PRIMARY KEY,
	title varchar(255) NOT NULL,
	author_id int REFERENCES s_core_auth (id),
	active int NOT NULL,
	short_description text NOT NULL,
	description text NOT NULL,
	views int,
	display_date timestamp NOT NULL,
	category_id int REFERENCES s_categories (id),
	template varchar(255) NOT NULL,
	meta_keywords varchar(255),
	meta_description varchar(150),
	meta_title varchar(255),
	shop_ids varchar(255)
);

CREATE TABLE s_blog_attributes (
	id serial PRIMARY KEY,
	blog_id int REFERENCES s_blog (id)
);

CREATE TABLE s_blog_comments (
	id serial PRIMARY KEY,
	blog_id int REFERENCES s_blog (id),
	name varchar(255) NOT NULL,
	headline varchar(255) NOT NULL,
	comment text NOT NULL,
	creation_date timestamp NOT NULL,
	active int NOT NULL,
	email varchar(255) NOT NULL,
	points double precision NOT NULL,
	shop_id int REFERENCES s_core_shops (id)
);

CREATE TABLE s_blog_tags (
	id serial PRIMARY KEY,
	blog_id int REFERENCES s_blog (id),
	name varchar(255)
);

CREATE TABLE s_blog_assigned_articles (
	id serial PRIMARY KEY,
	blog_id int NOT NULL REFERENCES s_blog (id),
	article_id int NOT NULL REFERENCES s_articles (id)
);

CREATE TABLE s_blog_media (
	id serial PRIMARY KEY,
	blog_id int NOT NULL REFERENCES s_blog (id),
	media_id int NOT NULL REFERENCES s_media (id),
	preview int NOT NULL
);

CREATE TABLE s_library_component (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	x_type varchar(255) NOT NULL,
	convert_function varchar(255),
	description text NOT NULL,
	template varchar(255) NOT NULL,
	cls varchar(255) NOT NULL,
	pluginID int REFERENCES s_core_plugins (id)
);

CREATE TABLE s_library_component_field (
	id serial PRIMARY KEY,
	componentID int NOT NULL REFERENCES s_library_component (id),
	name varchar(255) NOT NULL,
	x_type varchar(255) NOT NULL,
	value_type varchar(255) NOT NULL,
	field_label varchar(255) NOT NULL,
	support_text varchar(255) NOT NULL,
	help_title varchar(255) NOT NULL,
	help_text text NOT NULL,
	store varchar(255) NOT NULL,
	display_field varchar(255) NOT NULL,
	value_field varchar(255) NOT NULL,
	default_value varchar(255) NOT NULL,
	allow_blank int NOT NULL,
	translatable int NOT NULL DEFAULT 0,
	position int
);

CREATE TABLE s_emotion_templates (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL,
	file varchar(255) NOT NULL
);

CREATE TABLE s_emotion (
	id serial PRIMARY KEY,
	active int NOT NULL,
	name varchar(255) NOT NULL,
	cols int,
	cell_spacing int NOT NULL,
	cell_height int NOT NULL,
	article_height int NOT NULL,
	rows int NOT NULL,
	valid_from timestamp,
	valid_to timestamp,
	userID int REFERENCES s_core_auth (id),
	show_listing int NOT NULL,
	is_landingpage int NOT NULL,
	seo_title varchar(255) NOT NULL,
	seo_keywords varchar(255) NOT NULL,
	seo_description text NOT NULL,
	create_date timestamp,
	modified timestamp,
	template_id int REFERENCES s_emotion_templates (id),
	device varchar(255),
	fullscreen int NOT NULL,
	mode varchar(255) NOT NULL,
	position int NOT NULL DEFAULT 1,
	parent_id int REFERENCES s_emotion (id),
	preview_id int REFERENCES s_emotion (id),
	preview_secret varchar(32),
	customer_stream_ids text,
	replacement text
);

CREATE TABLE s_emotion_attributes (
	id serial PRIMARY KEY,
	emotionID int REFERENCES s_emotion (id)
);

CREATE TABLE s_emotion_categories (
	id serial PRIMARY KEY,
	emotion_id int NOT NULL REFERENCES s_emotion (id),
	category_id int NOT NULL REFERENCES s_categories (id)
);

CREATE TABLE s_emotion_shops (
	id serial PRIMARY KEY,
	emotion_id int NOT NULL REFERENCES s_emotion (id),
	shop_id int NOT NULL REFERENCES s_core_shops (id)
);

CREATE TABLE s_emotion_element (
	id serial PRIMARY KEY,
	emotionID int NOT NULL REFERENCES s_emotion (id),
	componentID int NOT NULL REFERENCES s_library_component (id),
	start_row int NOT NULL,
	start_col int NOT NULL,
	end_row int NOT NULL,
	end_col int NOT NULL,
	css_class varchar(255)
);

CREATE TABLE s_emotion_element_viewports (
	id serial PRIMARY KEY,
	elementID int NOT NULL REFERENCES s_emotion_element (id),
	emotionID int NOT NULL REFERENCES s_emotion (id),
	alias varchar(255) NOT NULL,
	start_row int NOT NULL,
	start_col int NOT NULL,
	end_row int NOT NULL,
	end_col int NOT NULL,
	visible int NOT NULL
);

CREATE TABLE s_emotion_element_value (
	id serial PRIMARY KEY,
	emotionID int NOT NULL REFERENCES s_emotion (id),
	elementID int NOT NULL REFERENCES s_emotion_element (id),
	componentID int NOT NULL REFERENCES s_library_component (id),
	fieldID int NOT NULL REFERENCES s_library_component_field (id),
	value text
);
