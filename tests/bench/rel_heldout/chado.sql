-- chado.sql: a twenty-ninth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind29). A GMOD Chado 1.3 database,
-- the generic PostgreSQL schema for biological data under Tripal, FlyBase
-- and many genome databases: the general module (db, dbxref), controlled
-- vocabularies (cv, cvterm and its relationships, transitive paths,
-- synonyms, props), publications and authors, organisms, the sequence
-- module (feature, its locations on a source feature, relationships,
-- props, cvterm annotations, synonyms, publications and their props),
-- computational analyses, contacts, stocks and stock collections,
-- genotypes and phenotypes (phenstatement), the natural diversity module
-- (nd_experiment and its stocks, genotypes, phenotypes, protocols,
-- contacts, projects, on a nd_geolocation), projects, phylogenetic trees,
-- libraries and genetic maps (featuremap, featurepos, featurerange).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Chado's default_schema.sql,
-- trimmed (78 tables).
-- Conventions: every table keyed <table>_id (bigserial here; Chado 1.3
-- widened the keys to bigint) and linked by the same name
-- (feature.organism_id, featureloc.feature_id, feature_cvterm.cvterm_id);
-- the ontology term a row is typed with is always type_id -> cvterm (on
-- almost every table), and the *prop tables are <table>prop (featureprop,
-- stockprop, pubprop, analysisprop; one word) with <table>_id, type_id,
-- value, rank; a relationship table <table>_relationship links its table
-- twice by subject_id / object_id (feature_relationship -> feature,
-- cvterm_relationship and cvtermpath -> cvterm, pub_relationship -> pub,
-- stock_relationship -> stock, contact_relationship -> contact), and for
-- projects subject_project_id / object_project_id; other roles:
-- featureloc.srcfeature_id, feature_genotype.chromosome_id,
-- featurepos.map_feature_id, featurerange.leftstartf_id / leftendf_id /
-- rightstartf_id / rightendf_id -> feature, phenotype.observable_id /
-- attr_id / cvalue_id / assay_id and featuremap.unittype_id -> cvterm,
-- phylonode.parent_phylonode_id -> phylonode; link tables
-- <a>_<b> with their own serial key (feature_pub, stock_genotype,
-- nd_experiment_stock) and a unique constraint over the pair, named
-- <table>_c1; feature_cvterm_pub / featureloc_pub / feature_pubprop
-- hang off another link table. Every FK is declared as a table constraint
-- FOREIGN KEY (...) REFERENCES ... ON DELETE CASCADE (or SET NULL, RESTRICT)
-- DEFERRABLE INITIALLY DEFERRED (Chado writes INITIALLY DEFERRED alone,
-- which PostgreSQL reads as deferrable and SQLite does not parse).
-- The REFERENCES are the FKs Chado declares. Left without REFERENCES:
-- nothing that Chado links; text such as feature.uniquename /
-- md5checksum, synonym.synonym_sgml, featurerange.rangestr,
-- phylonode.left_idx / right_idx (nested-set numbers), featureloc's
-- locgroup / rank and the prop tables' rank (positions, not rows).

CREATE TABLE db (
	db_id bigserial PRIMARY KEY,
	name varchar(255) NOT NULL UNIQUE,
	description varchar(255),
	urlprefix varchar(255),
	url varchar(255)
);

CREATE TABLE dbxref (
	dbxref_id bigserial PRIMARY KEY,
	db_id bigint NOT NULL,
	accession varchar(1024) NOT NULL,
	version varchar(255) NOT NULL DEFAULT '',
	description text,
	CONSTRAINT dbxref_c1 UNIQUE (db_id, accession, version),
	FOREIGN KEY (db_id) REFERENCES db (db_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE cv (
	cv_id bigserial PRIMARY KEY,
	name varchar(255) NOT NULL UNIQUE,
	definition text
);

CREATE TABLE cvterm (
	cvterm_id bigserial PRIMARY KEY,
	cv_id bigint NOT NULL,
	name varchar(1024) NOT NULL,
	definition text,
	dbxref_id bigint NOT NULL UNIQUE,
	is_obsolete integer NOT NULL DEFAULT 0,
	is_relationshiptype integer NOT NULL DEFAULT 0,
	CONSTRAINT cvterm_c1 UNIQUE (name, cv_id, is_obsolete),
	FOREIGN KEY (cv_id) REFERENCES cv (cv_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE cvterm_relationship (
	cvterm_relationship_id bigserial PRIMARY KEY,
	type_id bigint NOT NULL,
	subject_id bigint NOT NULL,
	object_id bigint NOT NULL,
	CONSTRAINT cvterm_relationship_c1 UNIQUE (subject_id, object_id, type_id),
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (subject_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (object_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE cvtermpath (
	cvtermpath_id bigserial PRIMARY KEY,
	type_id bigint,
	subject_id bigint NOT NULL,
	object_id bigint NOT NULL,
	cv_id bigint NOT NULL,
	pathdistance integer,
	CONSTRAINT cvtermpath_c1 UNIQUE (subject_id, object_id, type_id, pathdistance),
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (subject_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (object_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (cv_id) REFERENCES cv (cv_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE cvtermsynonym (
	cvtermsynonym_id bigserial PRIMARY KEY,
	cvterm_id bigint NOT NULL,
	synonym varchar(1024) NOT NULL,
	type_id bigint,
	CONSTRAINT cvtermsynonym_c1 UNIQUE (cvterm_id, synonym),
	FOREIGN KEY (cvterm_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE cvterm_dbxref (
	cvterm_dbxref_id bigserial PRIMARY KEY,
	cvterm_id bigint NOT NULL,
	dbxref_id bigint NOT NULL,
	is_for_definition integer NOT NULL DEFAULT 0,
	CONSTRAINT cvterm_dbxref_c1 UNIQUE (cvterm_id, dbxref_id),
	FOREIGN KEY (cvterm_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE cvtermprop (
	cvtermprop_id bigserial PRIMARY KEY,
	cvterm_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text NOT NULL DEFAULT '',
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT cvtermprop_c1 UNIQUE (cvterm_id, type_id, value, rank),
	FOREIGN KEY (cvterm_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE dbxrefprop (
	dbxrefprop_id bigserial PRIMARY KEY,
	dbxref_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text NOT NULL DEFAULT '',
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT dbxrefprop_c1 UNIQUE (dbxref_id, type_id, rank),
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pub (
	pub_id bigserial PRIMARY KEY,
	title text,
	volumetitle text,
	volume varchar(255),
	series_name varchar(255),
	issue varchar(255),
	pyear varchar(255),
	pages varchar(255),
	miniref varchar(255),
	uniquename text NOT NULL UNIQUE,
	type_id bigint NOT NULL,
	is_obsolete boolean DEFAULT false,
	publisher varchar(255),
	pubplace varchar(255),
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pub_relationship (
	pub_relationship_id bigserial PRIMARY KEY,
	subject_id bigint NOT NULL,
	object_id bigint NOT NULL,
	type_id bigint NOT NULL,
	CONSTRAINT pub_relationship_c1 UNIQUE (subject_id, object_id, type_id),
	FOREIGN KEY (subject_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (object_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pub_dbxref (
	pub_dbxref_id bigserial PRIMARY KEY,
	pub_id bigint NOT NULL,
	dbxref_id bigint NOT NULL,
	is_current boolean NOT NULL DEFAULT true,
	CONSTRAINT pub_dbxref_c1 UNIQUE (pub_id, dbxref_id),
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pubauthor (
	pubauthor_id bigserial PRIMARY KEY,
	pub_id bigint NOT NULL,
	rank integer NOT NULL,
	editor boolean DEFAULT false,
	surname varchar(100) NOT NULL,
	givennames varchar(100),
	suffix varchar(100),
	CONSTRAINT pubauthor_c1 UNIQUE (pub_id, rank),
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE pubprop (
	pubprop_id bigserial PRIMARY KEY,
	pub_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text NOT NULL,
	rank integer,
	CONSTRAINT pubprop_c1 UNIQUE (pub_id, type_id, rank),
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE organism (
	organism_id bigserial PRIMARY KEY,
	abbreviation varchar(255),
	genus varchar(255) NOT NULL,
	species varchar(255) NOT NULL,
	common_name varchar(255),
	infraspecific_name varchar(1024),
	type_id bigint,
	comment text,
	CONSTRAINT organism_c1 UNIQUE (genus, species, type_id, infraspecific_name),
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE organism_dbxref (
	organism_dbxref_id bigserial PRIMARY KEY,
	organism_id bigint NOT NULL,
	dbxref_id bigint NOT NULL,
	CONSTRAINT organism_dbxref_c1 UNIQUE (organism_id, dbxref_id),
	FOREIGN KEY (organism_id) REFERENCES organism (organism_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE organismprop (
	organismprop_id bigserial PRIMARY KEY,
	organism_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT organismprop_c1 UNIQUE (organism_id, type_id, rank),
	FOREIGN KEY (organism_id) REFERENCES organism (organism_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature (
	feature_id bigserial PRIMARY KEY,
	dbxref_id bigint,
	organism_id bigint NOT NULL,
	name varchar(255),
	uniquename text NOT NULL,
	residues text,
	seqlen bigint,
	md5checksum char(32),
	type_id bigint NOT NULL,
	is_analysis boolean NOT NULL DEFAULT false,
	is_obsolete boolean NOT NULL DEFAULT false,
	timeaccessioned timestamp NOT NULL DEFAULT current_timestamp,
	timelastmodified timestamp NOT NULL DEFAULT current_timestamp,
	CONSTRAINT feature_c1 UNIQUE (organism_id, uniquename, type_id),
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (organism_id) REFERENCES organism (organism_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE featureloc (
	featureloc_id bigserial PRIMARY KEY,
	feature_id bigint NOT NULL,
	srcfeature_id bigint,
	fmin bigint,
	is_fmin_partial boolean NOT NULL DEFAULT false,
	fmax bigint,
	is_fmax_partial boolean NOT NULL DEFAULT false,
	strand smallint,
	phase integer,
	residue_info text,
	locgroup integer NOT NULL DEFAULT 0,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT featureloc_c1 UNIQUE (feature_id, locgroup, rank),
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (srcfeature_id) REFERENCES feature (feature_id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE featureloc_pub (
	featureloc_pub_id bigserial PRIMARY KEY,
	featureloc_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	CONSTRAINT featureloc_pub_c1 UNIQUE (featureloc_id, pub_id),
	FOREIGN KEY (featureloc_id) REFERENCES featureloc (featureloc_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_pub (
	feature_pub_id bigserial PRIMARY KEY,
	feature_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	CONSTRAINT feature_pub_c1 UNIQUE (feature_id, pub_id),
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_pubprop (
	feature_pubprop_id bigserial PRIMARY KEY,
	feature_pub_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT feature_pubprop_c1 UNIQUE (feature_pub_id, type_id, rank),
	FOREIGN KEY (feature_pub_id) REFERENCES feature_pub (feature_pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE featureprop (
	featureprop_id bigserial PRIMARY KEY,
	feature_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT featureprop_c1 UNIQUE (feature_id, type_id, rank),
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE featureprop_pub (
	featureprop_pub_id bigserial PRIMARY KEY,
	featureprop_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	CONSTRAINT featureprop_pub_c1 UNIQUE (featureprop_id, pub_id),
	FOREIGN KEY (featureprop_id) REFERENCES featureprop (featureprop_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_dbxref (
	feature_dbxref_id bigserial PRIMARY KEY,
	feature_id bigint NOT NULL,
	dbxref_id bigint NOT NULL,
	is_current boolean NOT NULL DEFAULT true,
	CONSTRAINT feature_dbxref_c1 UNIQUE (feature_id, dbxref_id),
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_relationship (
	feature_relationship_id bigserial PRIMARY KEY,
	subject_id bigint NOT NULL,
	object_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT feature_relationship_c1 UNIQUE (subject_id, object_id, type_id, rank),
	FOREIGN KEY (subject_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (object_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_relationship_pub (
	feature_relationship_pub_id bigserial PRIMARY KEY,
	feature_relationship_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	CONSTRAINT feature_relationship_pub_c1 UNIQUE (feature_relationship_id, pub_id),
	FOREIGN KEY (feature_relationship_id) REFERENCES feature_relationship (feature_relationship_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_relationshipprop (
	feature_relationshipprop_id bigserial PRIMARY KEY,
	feature_relationship_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT feature_relationshipprop_c1 UNIQUE (feature_relationship_id, type_id, rank),
	FOREIGN KEY (feature_relationship_id) REFERENCES feature_relationship (feature_relationship_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_cvterm (
	feature_cvterm_id bigserial PRIMARY KEY,
	feature_id bigint NOT NULL,
	cvterm_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	is_not boolean NOT NULL DEFAULT false,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT feature_cvterm_c1 UNIQUE (feature_id, cvterm_id, pub_id, rank),
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (cvterm_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_cvtermprop (
	feature_cvtermprop_id bigserial PRIMARY KEY,
	feature_cvterm_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT feature_cvtermprop_c1 UNIQUE (feature_cvterm_id, type_id, rank),
	FOREIGN KEY (feature_cvterm_id) REFERENCES feature_cvterm (feature_cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_cvterm_dbxref (
	feature_cvterm_dbxref_id bigserial PRIMARY KEY,
	feature_cvterm_id bigint NOT NULL,
	dbxref_id bigint NOT NULL,
	CONSTRAINT feature_cvterm_dbxref_c1 UNIQUE (feature_cvterm_id, dbxref_id),
	FOREIGN KEY (feature_cvterm_id) REFERENCES feature_cvterm (feature_cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_cvterm_pub (
	feature_cvterm_pub_id bigserial PRIMARY KEY,
	feature_cvterm_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	CONSTRAINT feature_cvterm_pub_c1 UNIQUE (feature_cvterm_id, pub_id),
	FOREIGN KEY (feature_cvterm_id) REFERENCES feature_cvterm (feature_cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE synonym (
	synonym_id bigserial PRIMARY KEY,
	name varchar(255) NOT NULL,
	type_id bigint NOT NULL,
	synonym_sgml varchar(255) NOT NULL,
	CONSTRAINT synonym_c1 UNIQUE (name, type_id),
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_synonym (
	feature_synonym_id bigserial PRIMARY KEY,
	synonym_id bigint NOT NULL,
	feature_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	is_current boolean NOT NULL DEFAULT false,
	is_internal boolean NOT NULL DEFAULT false,
	CONSTRAINT feature_synonym_c1 UNIQUE (synonym_id, feature_id, pub_id),
	FOREIGN KEY (synonym_id) REFERENCES synonym (synonym_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE analysis (
	analysis_id bigserial PRIMARY KEY,
	name varchar(255),
	description text,
	program varchar(255) NOT NULL,
	programversion varchar(255) NOT NULL,
	algorithm varchar(255),
	sourcename varchar(255),
	sourceversion varchar(255),
	sourceuri text,
	timeexecuted timestamp NOT NULL DEFAULT current_timestamp,
	CONSTRAINT analysis_c1 UNIQUE (program, programversion, sourcename)
);

CREATE TABLE analysisprop (
	analysisprop_id bigserial PRIMARY KEY,
	analysis_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT analysisprop_c1 UNIQUE (analysis_id, type_id, rank),
	FOREIGN KEY (analysis_id) REFERENCES analysis (analysis_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE analysisfeature (
	analysisfeature_id bigserial PRIMARY KEY,
	feature_id bigint NOT NULL,
	analysis_id bigint NOT NULL,
	rawscore double precision,
	normscore double precision,
	significance double precision,
	identity double precision,
	CONSTRAINT analysisfeature_c1 UNIQUE (feature_id, analysis_id),
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (analysis_id) REFERENCES analysis (analysis_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE contact (
	contact_id bigserial PRIMARY KEY,
	type_id bigint,
	name varchar(255) NOT NULL UNIQUE,
	description varchar(255),
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE contact_relationship (
	contact_relationship_id bigserial PRIMARY KEY,
	type_id bigint NOT NULL,
	subject_id bigint NOT NULL,
	object_id bigint NOT NULL,
	CONSTRAINT contact_relationship_c1 UNIQUE (subject_id, object_id, type_id),
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (subject_id) REFERENCES contact (contact_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (object_id) REFERENCES contact (contact_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stock (
	stock_id bigserial PRIMARY KEY,
	dbxref_id bigint,
	organism_id bigint,
	name varchar(255),
	uniquename text NOT NULL,
	description text,
	type_id bigint NOT NULL,
	is_obsolete boolean NOT NULL DEFAULT false,
	CONSTRAINT stock_c1 UNIQUE (organism_id, uniquename, type_id),
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (organism_id) REFERENCES organism (organism_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stockprop (
	stockprop_id bigserial PRIMARY KEY,
	stock_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT stockprop_c1 UNIQUE (stock_id, type_id, rank),
	FOREIGN KEY (stock_id) REFERENCES stock (stock_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stock_relationship (
	stock_relationship_id bigserial PRIMARY KEY,
	subject_id bigint NOT NULL,
	object_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT stock_relationship_c1 UNIQUE (subject_id, object_id, type_id, rank),
	FOREIGN KEY (subject_id) REFERENCES stock (stock_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (object_id) REFERENCES stock (stock_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stock_pub (
	stock_pub_id bigserial PRIMARY KEY,
	stock_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	CONSTRAINT stock_pub_c1 UNIQUE (stock_id, pub_id),
	FOREIGN KEY (stock_id) REFERENCES stock (stock_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stock_dbxref (
	stock_dbxref_id bigserial PRIMARY KEY,
	stock_id bigint NOT NULL,
	dbxref_id bigint NOT NULL,
	is_current boolean NOT NULL DEFAULT true,
	CONSTRAINT stock_dbxref_c1 UNIQUE (stock_id, dbxref_id),
	FOREIGN KEY (stock_id) REFERENCES stock (stock_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stock_cvterm (
	stock_cvterm_id bigserial PRIMARY KEY,
	stock_id bigint NOT NULL,
	cvterm_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	is_not boolean NOT NULL DEFAULT false,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT stock_cvterm_c1 UNIQUE (stock_id, cvterm_id, pub_id, rank),
	FOREIGN KEY (stock_id) REFERENCES stock (stock_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (cvterm_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stockcollection (
	stockcollection_id bigserial PRIMARY KEY,
	type_id bigint NOT NULL,
	contact_id bigint,
	name varchar(255),
	uniquename text NOT NULL,
	CONSTRAINT stockcollection_c1 UNIQUE (uniquename, type_id),
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (contact_id) REFERENCES contact (contact_id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stockcollection_stock (
	stockcollection_stock_id bigserial PRIMARY KEY,
	stockcollection_id bigint NOT NULL,
	stock_id bigint NOT NULL,
	CONSTRAINT stockcollection_stock_c1 UNIQUE (stockcollection_id, stock_id),
	FOREIGN KEY (stockcollection_id) REFERENCES stockcollection (stockcollection_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (stock_id) REFERENCES stock (stock_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE genotype (
	genotype_id bigserial PRIMARY KEY,
	name text,
	uniquename text NOT NULL UNIQUE,
	description text,
	type_id bigint NOT NULL,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE stock_genotype (
	stock_genotype_id bigserial PRIMARY KEY,
	stock_id bigint NOT NULL,
	genotype_id bigint NOT NULL,
	CONSTRAINT stock_genotype_c1 UNIQUE (stock_id, genotype_id),
	FOREIGN KEY (stock_id) REFERENCES stock (stock_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (genotype_id) REFERENCES genotype (genotype_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE feature_genotype (
	feature_genotype_id bigserial PRIMARY KEY,
	feature_id bigint NOT NULL,
	genotype_id bigint NOT NULL,
	chromosome_id bigint,
	rank integer NOT NULL,
	cgroup integer NOT NULL,
	cvterm_id bigint NOT NULL,
	CONSTRAINT feature_genotype_c1 UNIQUE (feature_id, genotype_id, cvterm_id, chromosome_id, rank, cgroup),
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (genotype_id) REFERENCES genotype (genotype_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (chromosome_id) REFERENCES feature (feature_id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (cvterm_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE phenotype (
	phenotype_id bigserial PRIMARY KEY,
	uniquename text NOT NULL UNIQUE,
	name text,
	observable_id bigint,
	attr_id bigint,
	value text,
	cvalue_id bigint,
	assay_id bigint,
	FOREIGN KEY (observable_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (attr_id) REFERENCES cvterm (cvterm_id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (cvalue_id) REFERENCES cvterm (cvterm_id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (assay_id) REFERENCES cvterm (cvterm_id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE phenotype_cvterm (
	phenotype_cvterm_id bigserial PRIMARY KEY,
	phenotype_id bigint NOT NULL,
	cvterm_id bigint NOT NULL,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT phenotype_cvterm_c1 UNIQUE (phenotype_id, cvterm_id, rank),
	FOREIGN KEY (phenotype_id) REFERENCES phenotype (phenotype_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (cvterm_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE environment (
	environment_id bigserial PRIMARY KEY,
	uniquename text NOT NULL UNIQUE,
	description text
);

CREATE TABLE phenstatement (
	phenstatement_id bigserial PRIMARY KEY,
	genotype_id bigint NOT NULL,
	environment_id bigint NOT NULL,
	phenotype_id bigint NOT NULL,
	type_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	CONSTRAINT phenstatement_c1 UNIQUE (genotype_id, phenotype_id, environment_id, type_id, pub_id),
	FOREIGN KEY (genotype_id) REFERENCES genotype (genotype_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (environment_id) REFERENCES environment (environment_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (phenotype_id) REFERENCES phenotype (phenotype_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE nd_geolocation (
	nd_geolocation_id bigserial PRIMARY KEY,
	description varchar(255),
	latitude real,
	longitude real,
	geodetic_datum varchar(32),
	altitude real
);

CREATE TABLE nd_protocol (
	nd_protocol_id bigserial PRIMARY KEY,
	name varchar(255) NOT NULL UNIQUE,
	type_id bigint NOT NULL,
	description text,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE nd_experiment (
	nd_experiment_id bigserial PRIMARY KEY,
	nd_geolocation_id bigint NOT NULL,
	type_id bigint NOT NULL,
	FOREIGN KEY (nd_geolocation_id) REFERENCES nd_geolocation (nd_geolocation_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE nd_experiment_stock (
	nd_experiment_stock_id bigserial PRIMARY KEY,
	nd_experiment_id bigint NOT NULL,
	stock_id bigint NOT NULL,
	type_id bigint NOT NULL,
	FOREIGN KEY (nd_experiment_id) REFERENCES nd_experiment (nd_experiment_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (stock_id) REFERENCES stock (stock_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE nd_experiment_genotype (
	nd_experiment_genotype_id bigserial PRIMARY KEY,
	nd_experiment_id bigint NOT NULL,
	genotype_id bigint NOT NULL,
	CONSTRAINT nd_experiment_genotype_c1 UNIQUE (nd_experiment_id, genotype_id),
	FOREIGN KEY (nd_experiment_id) REFERENCES nd_experiment (nd_experiment_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (genotype_id) REFERENCES genotype (genotype_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE nd_experiment_phenotype (
	nd_experiment_phenotype_id bigserial PRIMARY KEY,
	nd_experiment_id bigint NOT NULL,
	phenotype_id bigint NOT NULL,
	CONSTRAINT nd_experiment_phenotype_c1 UNIQUE (nd_experiment_id, phenotype_id),
	FOREIGN KEY (nd_experiment_id) REFERENCES nd_experiment (nd_experiment_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (phenotype_id) REFERENCES phenotype (phenotype_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE nd_experiment_protocol (
	nd_experiment_protocol_id bigserial PRIMARY KEY,
	nd_experiment_id bigint NOT NULL,
	nd_protocol_id bigint NOT NULL,
	FOREIGN KEY (nd_experiment_id) REFERENCES nd_experiment (nd_experiment_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (nd_protocol_id) REFERENCES nd_protocol (nd_protocol_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE nd_experiment_contact (
	nd_experiment_contact_id bigserial PRIMARY KEY,
	nd_experiment_id bigint NOT NULL,
	contact_id bigint NOT NULL,
	FOREIGN KEY (nd_experiment_id) REFERENCES nd_experiment (nd_experiment_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (contact_id) REFERENCES contact (contact_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE nd_experiment_project (
	nd_experiment_project_id bigserial PRIMARY KEY,
	project_id bigint NOT NULL,
	nd_experiment_id bigint NOT NULL,
	CONSTRAINT nd_experiment_project_c1 UNIQUE (project_id, nd_experiment_id),
	FOREIGN KEY (project_id) REFERENCES project (project_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (nd_experiment_id) REFERENCES nd_experiment (nd_experiment_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE project (
	project_id bigserial PRIMARY KEY,
	name varchar(255) NOT NULL UNIQUE,
	description text
);

CREATE TABLE projectprop (
	projectprop_id bigserial PRIMARY KEY,
	project_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT projectprop_c1 UNIQUE (project_id, type_id, rank),
	FOREIGN KEY (project_id) REFERENCES project (project_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE project_relationship (
	project_relationship_id bigserial PRIMARY KEY,
	subject_project_id bigint NOT NULL,
	object_project_id bigint NOT NULL,
	type_id bigint NOT NULL,
	CONSTRAINT project_relationship_c1 UNIQUE (subject_project_id, object_project_id, type_id),
	FOREIGN KEY (subject_project_id) REFERENCES project (project_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (object_project_id) REFERENCES project (project_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE project_contact (
	project_contact_id bigserial PRIMARY KEY,
	project_id bigint NOT NULL,
	contact_id bigint NOT NULL,
	CONSTRAINT project_contact_c1 UNIQUE (project_id, contact_id),
	FOREIGN KEY (project_id) REFERENCES project (project_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (contact_id) REFERENCES contact (contact_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE project_pub (
	project_pub_id bigserial PRIMARY KEY,
	project_id bigint NOT NULL,
	pub_id bigint NOT NULL,
	CONSTRAINT project_pub_c1 UNIQUE (project_id, pub_id),
	FOREIGN KEY (project_id) REFERENCES project (project_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (pub_id) REFERENCES pub (pub_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE phylotree (
	phylotree_id bigserial PRIMARY KEY,
	dbxref_id bigint NOT NULL,
	name varchar(255),
	type_id bigint,
	analysis_id bigint,
	comment text,
	FOREIGN KEY (dbxref_id) REFERENCES dbxref (dbxref_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (analysis_id) REFERENCES analysis (analysis_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE phylonode (
	phylonode_id bigserial PRIMARY KEY,
	phylotree_id bigint NOT NULL,
	parent_phylonode_id bigint,
	left_idx integer NOT NULL,
	right_idx integer NOT NULL,
	type_id bigint,
	feature_id bigint,
	label varchar(255),
	distance double precision,
	CONSTRAINT phylonode_phylotree_id_left_idx_key UNIQUE (phylotree_id, left_idx),
	CONSTRAINT phylonode_phylotree_id_right_idx_key UNIQUE (phylotree_id, right_idx),
	FOREIGN KEY (phylotree_id) REFERENCES phylotree (phylotree_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (parent_phylonode_id) REFERENCES phylonode (phylonode_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE phylonode_organism (
	phylonode_organism_id bigserial PRIMARY KEY,
	phylonode_id bigint NOT NULL UNIQUE,
	organism_id bigint NOT NULL,
	FOREIGN KEY (phylonode_id) REFERENCES phylonode (phylonode_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (organism_id) REFERENCES organism (organism_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE library (
	library_id bigserial PRIMARY KEY,
	organism_id bigint NOT NULL,
	name varchar(255),
	uniquename text NOT NULL,
	type_id bigint NOT NULL,
	is_obsolete integer NOT NULL DEFAULT 0,
	timeaccessioned timestamp NOT NULL DEFAULT current_timestamp,
	timelastmodified timestamp NOT NULL DEFAULT current_timestamp,
	CONSTRAINT library_c1 UNIQUE (organism_id, uniquename, type_id),
	FOREIGN KEY (organism_id) REFERENCES organism (organism_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE library_feature (
	library_feature_id bigserial PRIMARY KEY,
	library_id bigint NOT NULL,
	feature_id bigint NOT NULL,
	CONSTRAINT library_feature_c1 UNIQUE (library_id, feature_id),
	FOREIGN KEY (library_id) REFERENCES library (library_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE libraryprop (
	libraryprop_id bigserial PRIMARY KEY,
	library_id bigint NOT NULL,
	type_id bigint NOT NULL,
	value text,
	rank integer NOT NULL DEFAULT 0,
	CONSTRAINT libraryprop_c1 UNIQUE (library_id, type_id, rank),
	FOREIGN KEY (library_id) REFERENCES library (library_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (type_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE featuremap (
	featuremap_id bigserial PRIMARY KEY,
	name varchar(255) UNIQUE,
	description text,
	unittype_id bigint,
	FOREIGN KEY (unittype_id) REFERENCES cvterm (cvterm_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE featurepos (
	featurepos_id bigserial PRIMARY KEY,
	featuremap_id bigint NOT NULL,
	feature_id bigint NOT NULL,
	map_feature_id bigint NOT NULL,
	mappos double precision NOT NULL,
	FOREIGN KEY (featuremap_id) REFERENCES featuremap (featuremap_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (map_feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE featurerange (
	featurerange_id bigserial PRIMARY KEY,
	featuremap_id bigint NOT NULL,
	feature_id bigint NOT NULL,
	leftstartf_id bigint NOT NULL,
	leftendf_id bigint,
	rightstartf_id bigint,
	rightendf_id bigint NOT NULL,
	rangestr varchar(255),
	FOREIGN KEY (featuremap_id) REFERENCES featuremap (featuremap_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (feature_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (leftstartf_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (leftendf_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (rightstartf_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
	FOREIGN KEY (rightendf_id) REFERENCES feature (feature_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
