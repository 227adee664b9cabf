-- openxe.sql: a thirty-first blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind31). The database of an OpenXE
-- 1.x install (the open-source fork of Xentral, formerly WaWision, a German
-- ERP and merchandise management system in PHP on MySQL), written as a
-- PostgreSQL port reads (serial keys, smallint for tinyint flags, numeric
-- for decimal, timestamp for datetime): addresses (customers, suppliers
-- and employees in one table), contacts, delivery addresses, roles and
-- groups, the firm, projects and work packages, articles with their bills of
-- material, categories, properties, purchase and sales prices, warehouses,
-- storage bins, stock, stock moves, reservations, serial numbers and
-- batches, the sales documents (offers, orders, delivery notes, invoices,
-- credit notes) with their positions, purchase orders, supplier
-- invoices, incoming goods, shipments, shipping and payment methods, shop
-- connections, bank accounts and statements, chart of accounts, time
-- tracking and work reports, manufacturing orders, tasks, CRM follow-ups,
-- tickets and their queues, files, printers, users and rights.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of OpenXE's database/struktur.sql
-- and the WaWision code that reads it, trimmed (73 of about 600 tables).
-- Conventions: German names throughout, lower case, no prefix; every table
-- keyed by id; a link is mostly named by the bare target table with no
-- _id and no prefix (adresse -> adresse, projekt -> projekt, artikel ->
-- artikel, auftrag -> auftrag on its positions, lager -> lager, lager_platz,
-- rechnung, lieferschein, bestellung, gutschrift, angebot, verbindlichkeit,
-- arbeitspaket, datei, produktion, arbeitsnachweis, kontorahmen, gruppe
-- -> gruppen, "user" -> "user"), sometimes with id
-- glued on (auftragid, rechnungid, angebotid, ansprechpartnerid, lieferid
-- -> lieferadressen, vertriebid / bearbeiterid -> adresse,
-- zwischenlagerid, arbeitsnachweispositionid, auftragpositionid) and a
-- few with _id (auftrag_position_id, rechnung_position_id, user_id on
-- useronline, api_account_id, aufgabe_id);
-- roles: variante_von -> artikel (a variant's parent article),
-- stuecklistevonartikel -> artikel (the article a bill-of-material line
-- belongs to), explodiert_parent -> the same position table, teillieferungvon
-- -> auftrag, vorgaenger -> arbeitspaket, parent / parentuser on trees,
-- standardlager -> lager, lager_platz on artikel (its default bin),
-- projektfiliale -> projekt, lieferant / kunde / initiator /
-- abgenommen_von / adresse_abrechnung / adresse_mitarbeiter / bearbeiter
-- (on wiedervorlage; a name text elsewhere) / partner / vertrieb /
-- innendienst -> adresse, inbearbeitung_user / improzessuser /
-- gebucht_von_user -> "user", shop / shop2 / shop3 -> shopexport, artikelporto /
-- artikelnachnahme / artikelrabatt -> artikel, standardprojekt -> projekt,
-- standarddrucker / standardetikett / standardfax / paketmarke_drucker /
-- export_drucker -> drucker, stages -> wiedervorlage_stages, view ->
-- wiedervorlage_view, project -> projekt (English on the newer tables),
-- konto -> konten, lieferschein -> lieferschein on rechnung and versand,
-- teilprojekt -> arbeitspaket, bestellung1 .. bestellung5 -> bestellung on
-- verbindlichkeit (it has fifteen; five kept); beside an int link a text copy
-- of the target's number often keeps the bare name (rechnung.auftrag and
-- lieferschein.auftrag: the order's number text beside auftragid;
-- gutschrift.rechnung beside rechnungid; verbindlichkeit.rechnung is the
-- supplier's invoice number); ticket_nachricht.ticket is the ticket's text
-- key ticket.schluessel, ticket.warteschlange the queue's label
-- warteschlangen.label. int NOT NULL DEFAULT 0 with 0 for none.
-- Left out: the column firma (the client, 1 in every single-firm install)
-- that nearly every table carries; kept on firmendaten only.
-- OpenXE declares no FKs (its tables have none): the REFERENCES are the
-- links its code follows.
-- Left without REFERENCES: the polymorphic pairs objekt / parameter
-- (adresse_rolle: 'Projekt' or 'Gruppe' and its id; lager_reserviert,
-- datei_stichwoerter, kontoauszuege_zahlungseingang / -ausgang,
-- zwischenlager), doctype / doctypeid (lager_bewegung, kontoauszuege),
-- paketannahme.vorlage / vorlageid;
-- artikel.typ ('3_kat': a category id glued to text); text copies
-- (auftrag.angebot, angebot.auftrag, auftrag.vertrieb (a name), the
-- documents' bearbeiter (a name), name, land, waehrung,
-- zahlungsweise and versandart, which copy a code, and kostenstelle, a
-- cost centre's number); lager_bewegung.referenz (a text like
-- 'Lieferschein LS 100023').

CREATE TABLE firma (
	id serial PRIMARY KEY,
	name varchar(64) NOT NULL DEFAULT '',
	standardprojekt int NOT NULL DEFAULT 0 REFERENCES projekt (id)
);

CREATE TABLE projekt (
	id serial PRIMARY KEY,
	name varchar(128) NOT NULL DEFAULT '',
	abkuerzung varchar(128) NOT NULL DEFAULT '',
	verantwortlicher varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	sonstiges text,
	aktiv varchar(255) NOT NULL DEFAULT '',
	farbe varchar(16) NOT NULL DEFAULT '',
	autoversand smallint NOT NULL DEFAULT 0,
	kunde int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	geloescht smallint NOT NULL DEFAULT 0,
	oeffentlich smallint NOT NULL DEFAULT 0,
	status varchar(64) NOT NULL DEFAULT '',
	kostenstelle varchar(10) NOT NULL DEFAULT '',
	logdatei timestamp
);

CREATE TABLE firmendaten (
	id serial PRIMARY KEY,
	firma int NOT NULL DEFAULT 0 REFERENCES firma (id),
	absender varchar(1024) NOT NULL DEFAULT '',
	strasse varchar(64) NOT NULL DEFAULT '',
	plz varchar(64) NOT NULL DEFAULT '',
	ort varchar(64) NOT NULL DEFAULT '',
	land varchar(64) NOT NULL DEFAULT '',
	steuernummer varchar(64) NOT NULL DEFAULT '',
	waehrung varchar(8) NOT NULL DEFAULT 'EUR',
	standardlager int NOT NULL DEFAULT 0 REFERENCES lager (id)
);

CREATE TABLE gruppen (
	id serial PRIMARY KEY,
	name varchar(512) NOT NULL DEFAULT '',
	art varchar(512) NOT NULL DEFAULT '',
	kennziffer varchar(255) NOT NULL DEFAULT '',
	internebemerkung text,
	grundrabatt numeric(10,2),
	zahlungszieltage int NOT NULL DEFAULT 14,
	aktiv smallint NOT NULL DEFAULT 1,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id)
);

CREATE TABLE adresse (
	id serial PRIMARY KEY,
	typ varchar(255) NOT NULL DEFAULT '',
	marketingsperre varchar(64) NOT NULL DEFAULT '',
	sprache varchar(32) NOT NULL DEFAULT '',
	name varchar(255) NOT NULL DEFAULT '',
	abteilung varchar(255) NOT NULL DEFAULT '',
	ansprechpartner varchar(255) NOT NULL DEFAULT '',
	land varchar(64) NOT NULL DEFAULT '',
	strasse varchar(255) NOT NULL DEFAULT '',
	ort varchar(255) NOT NULL DEFAULT '',
	plz varchar(64) NOT NULL DEFAULT '',
	telefon varchar(255) NOT NULL DEFAULT '',
	email varchar(255) NOT NULL DEFAULT '',
	ustid varchar(255) NOT NULL DEFAULT '',
	kundennummer varchar(255) NOT NULL DEFAULT '',
	lieferantennummer varchar(255) NOT NULL DEFAULT '',
	mitarbeiternummer varchar(255) NOT NULL DEFAULT '',
	iban varchar(255) NOT NULL DEFAULT '',
	swift varchar(255) NOT NULL DEFAULT '',
	waehrung varchar(8) NOT NULL DEFAULT '',
	zahlungsweise varchar(255) NOT NULL DEFAULT '',
	zahlungszieltage varchar(255) NOT NULL DEFAULT '',
	versandart varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	partner int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	vertrieb int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	innendienst int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	kreditlimit numeric(18,2) NOT NULL DEFAULT 0,
	geloescht smallint NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE adresse_rolle (
	id serial PRIMARY KEY,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	subjekt varchar(255) NOT NULL DEFAULT '',
	praedikat varchar(255) NOT NULL DEFAULT '',
	objekt varchar(255) NOT NULL DEFAULT '',
	parameter varchar(255) NOT NULL DEFAULT '',
	von date,
	bis date
);

CREATE TABLE ansprechpartner (
	id serial PRIMARY KEY,
	typ varchar(255) NOT NULL DEFAULT '',
	name varchar(255) NOT NULL DEFAULT '',
	bereich varchar(255) NOT NULL DEFAULT '',
	abteilung varchar(255) NOT NULL DEFAULT '',
	land varchar(64) NOT NULL DEFAULT '',
	telefon varchar(255) NOT NULL DEFAULT '',
	email varchar(255) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	geburtstag date,
	geloescht smallint NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE lieferadressen (
	id serial PRIMARY KEY,
	typ varchar(255) NOT NULL DEFAULT '',
	name varchar(255) NOT NULL DEFAULT '',
	abteilung varchar(255) NOT NULL DEFAULT '',
	strasse varchar(255) NOT NULL DEFAULT '',
	ort varchar(255) NOT NULL DEFAULT '',
	plz varchar(64) NOT NULL DEFAULT '',
	land varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	standardlieferadresse smallint NOT NULL DEFAULT 0,
	gln varchar(32) NOT NULL DEFAULT ''
);

CREATE TABLE drucker (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL DEFAULT '',
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	befehl varchar(255) NOT NULL DEFAULT '',
	aktiv smallint NOT NULL DEFAULT 0,
	tomail varchar(255) NOT NULL DEFAULT '',
	art smallint NOT NULL DEFAULT 0,
	anbindung varchar(64) NOT NULL DEFAULT '',
	format varchar(64) NOT NULL DEFAULT ''
);

CREATE TABLE "user" (
	id serial PRIMARY KEY,
	username varchar(255) NOT NULL DEFAULT '',
	password varchar(255) NOT NULL DEFAULT '',
	description varchar(255),
	settings text,
	parentuser int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	activ smallint NOT NULL DEFAULT 0,
	type varchar(100) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	fehllogins int NOT NULL DEFAULT 0,
	standarddrucker int NOT NULL DEFAULT 0 REFERENCES drucker (id),
	standardetikett int NOT NULL DEFAULT 0 REFERENCES drucker (id),
	standardfax int NOT NULL DEFAULT 0 REFERENCES drucker (id),
	startseite varchar(1024),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	sprachebevorzugen varchar(255),
	logdatei timestamp
);

CREATE TABLE userrights (
	id serial PRIMARY KEY,
	"user" int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	module varchar(64) NOT NULL DEFAULT '',
	action varchar(64) NOT NULL DEFAULT '',
	permission smallint NOT NULL DEFAULT 0
);

CREATE TABLE useronline (
	user_id int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	login smallint NOT NULL DEFAULT 0,
	sessionid varchar(255) NOT NULL DEFAULT '',
	ip varchar(200) NOT NULL DEFAULT '',
	time timestamp
);

CREATE TABLE arbeitspaket (
	id serial PRIMARY KEY,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	aufgabe varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	zeit_geplant numeric(10,2),
	kostenstelle varchar(10) NOT NULL DEFAULT '',
	status varchar(64) NOT NULL DEFAULT '',
	abgabe varchar(64) NOT NULL DEFAULT '',
	abgenommen varchar(64) NOT NULL DEFAULT '',
	abgenommen_von int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	abgenommen_bemerkung text,
	initiator int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	art varchar(64) NOT NULL DEFAULT '',
	abgabedatum date,
	vorgaenger int NOT NULL DEFAULT 0 REFERENCES arbeitspaket (id),
	sort int NOT NULL DEFAULT 0,
	geloescht smallint NOT NULL DEFAULT 0
);

CREATE TABLE artikelkategorien (
	id serial PRIMARY KEY,
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	next_nummer varchar(128) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	geloescht smallint NOT NULL DEFAULT 0,
	externenummer varchar(255) NOT NULL DEFAULT '',
	parent int NOT NULL DEFAULT 0 REFERENCES artikelkategorien (id)
);

CREATE TABLE shopexport (
	id serial PRIMARY KEY,
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	typ varchar(255) NOT NULL DEFAULT '',
	url varchar(255) NOT NULL DEFAULT '',
	passwort varchar(255) NOT NULL DEFAULT '',
	token varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	geloescht smallint NOT NULL DEFAULT 0,
	aktiv smallint NOT NULL DEFAULT 1,
	artikelporto int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	artikelnachnahme int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	artikelportoermaessigt int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	artikelrabatt int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	lagerexport smallint NOT NULL DEFAULT 0,
	artikelexport smallint NOT NULL DEFAULT 0,
	multiprojekt smallint NOT NULL DEFAULT 0,
	modulename varchar(64) NOT NULL DEFAULT '',
	vertrieb int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	api_account_id int NOT NULL DEFAULT 0 REFERENCES api_account (id),
	shoptyp varchar(32) NOT NULL DEFAULT '',
	logdatei timestamp
);

CREATE TABLE api_account (
	id serial PRIMARY KEY,
	bezeichnung varchar(64) NOT NULL DEFAULT '',
	initkey varchar(128) NOT NULL DEFAULT '',
	importwarteschlange_name varchar(64) NOT NULL DEFAULT '',
	event_url varchar(128) NOT NULL DEFAULT '',
	remotedomain varchar(128) NOT NULL DEFAULT '',
	aktiv smallint NOT NULL DEFAULT 0,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	permissions text,
	is_legacy smallint NOT NULL DEFAULT 0
);

CREATE TABLE lager (
	id serial PRIMARY KEY,
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	manuell smallint NOT NULL DEFAULT 0,
	geloescht smallint NOT NULL DEFAULT 0,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	logdatei timestamp
);

CREATE TABLE lager_platz (
	id serial PRIMARY KEY,
	lager int NOT NULL DEFAULT 0 REFERENCES lager (id),
	kurzbezeichnung varchar(255) NOT NULL DEFAULT '',
	bemerkung text,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	geloescht smallint NOT NULL DEFAULT 0,
	autolagersperre smallint NOT NULL DEFAULT 0,
	verbrauchslager smallint NOT NULL DEFAULT 0,
	sperrlager smallint NOT NULL DEFAULT 0,
	laenge numeric(10,2),
	breite numeric(10,2),
	hoehe numeric(10,2),
	poslager smallint NOT NULL DEFAULT 0,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	abckategorie varchar(1) NOT NULL DEFAULT '',
	regalart varchar(100) NOT NULL DEFAULT '',
	allowproduction smallint NOT NULL DEFAULT 0
);

CREATE TABLE artikel (
	id serial PRIMARY KEY,
	typ varchar(255) NOT NULL DEFAULT '',
	nummer varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	inaktiv varchar(255) NOT NULL DEFAULT '',
	ausverkauft smallint NOT NULL DEFAULT 0,
	warengruppe varchar(255) NOT NULL DEFAULT '',
	name_de varchar(255) NOT NULL DEFAULT '',
	name_en varchar(255) NOT NULL DEFAULT '',
	kurztext_de text,
	anabregs_text text,
	hersteller varchar(255) NOT NULL DEFAULT '',
	herstellernummer varchar(255) NOT NULL DEFAULT '',
	ean varchar(1024) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	lieferzeit varchar(255) NOT NULL DEFAULT '',
	gewicht varchar(255) NOT NULL DEFAULT '',
	lagerartikel smallint NOT NULL DEFAULT 0,
	porto smallint NOT NULL DEFAULT 0,
	stueckliste smallint NOT NULL DEFAULT 0,
	juststueckliste smallint NOT NULL DEFAULT 0,
	seriennummern varchar(255) NOT NULL DEFAULT '',
	chargenverwaltung smallint NOT NULL DEFAULT 0,
	mindesthaltbarkeitsdatum smallint NOT NULL DEFAULT 0,
	variante smallint NOT NULL DEFAULT 0,
	variante_von int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	produktion smallint NOT NULL DEFAULT 0,
	umsatzsteuer varchar(255) NOT NULL DEFAULT '',
	einheit varchar(255) NOT NULL DEFAULT '',
	herkunftsland varchar(255) NOT NULL DEFAULT '',
	zolltarifnummer varchar(64) NOT NULL DEFAULT '',
	lager_platz int NOT NULL DEFAULT 0 REFERENCES lager_platz (id),
	shop int NOT NULL DEFAULT 0 REFERENCES shopexport (id),
	shop2 int NOT NULL DEFAULT 0 REFERENCES shopexport (id),
	shop3 int NOT NULL DEFAULT 0 REFERENCES shopexport (id),
	geloescht smallint NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE artikel_onlineshops (
	id serial PRIMARY KEY,
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	shop int NOT NULL DEFAULT 0 REFERENCES shopexport (id),
	aktiv smallint NOT NULL DEFAULT 0,
	ausartikel smallint NOT NULL DEFAULT 0,
	lagerkorrekturwert int NOT NULL DEFAULT 0
);

CREATE TABLE stueckliste (
	id serial PRIMARY KEY,
	sort int NOT NULL DEFAULT 0,
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	referenz text,
	place varchar(255) NOT NULL DEFAULT '',
	layer varchar(255) NOT NULL DEFAULT '',
	stuecklistevonartikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	menge numeric(14,4) NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE artikeleigenschaften (
	id serial PRIMARY KEY,
	name varchar(255) NOT NULL DEFAULT '',
	typ varchar(16) NOT NULL DEFAULT 'einzeilig',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	geloescht smallint NOT NULL DEFAULT 0
);

CREATE TABLE artikeleigenschaftenwerte (
	id serial PRIMARY KEY,
	artikeleigenschaften int NOT NULL DEFAULT 0 REFERENCES artikeleigenschaften (id),
	name varchar(255) NOT NULL DEFAULT '',
	einheit varchar(64) NOT NULL DEFAULT '',
	wert text,
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id)
);

CREATE TABLE einkaufspreise (
	id serial PRIMARY KEY,
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	objekt varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	preis numeric(18,8) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	ab_menge numeric(14,4) NOT NULL DEFAULT 1,
	vpe varchar(64) NOT NULL DEFAULT '1',
	gueltig_bis date,
	bestellnummer varchar(255) NOT NULL DEFAULT '',
	bezeichnunglieferant varchar(255) NOT NULL DEFAULT '',
	standard smallint NOT NULL DEFAULT 0,
	geloescht smallint NOT NULL DEFAULT 0,
	rahmenvertrag smallint NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE verkaufspreise (
	id serial PRIMARY KEY,
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	objekt varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	preis numeric(18,8) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	ab_menge numeric(14,4) NOT NULL DEFAULT 1,
	vpe varchar(64) NOT NULL DEFAULT '1',
	vpe_menge numeric(14,4),
	gueltig_ab date,
	gueltig_bis date,
	kundenartikelnummer varchar(255) NOT NULL DEFAULT '',
	art varchar(16) NOT NULL DEFAULT 'Kunde',
	gruppe int NOT NULL DEFAULT 0 REFERENCES gruppen (id),
	apichange smallint NOT NULL DEFAULT 0,
	geloescht smallint NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE lager_platz_inhalt (
	id serial PRIMARY KEY,
	lager_platz int NOT NULL DEFAULT 0 REFERENCES lager_platz (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	menge numeric(14,4) NOT NULL DEFAULT 0,
	vpe varchar(255) NOT NULL DEFAULT '',
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	bestellung int NOT NULL DEFAULT 0 REFERENCES bestellung (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	inventur numeric(14,4),
	logdatei timestamp
);

CREATE TABLE paketannahme (
	id serial PRIMARY KEY,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	datum timestamp,
	verpackungszustand int NOT NULL DEFAULT 0,
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	vorlage varchar(255) NOT NULL DEFAULT '',
	vorlageid varchar(255) NOT NULL DEFAULT '',
	zahlung varchar(255) NOT NULL DEFAULT '',
	betrag numeric(10,2) NOT NULL DEFAULT 0,
	status varchar(64) NOT NULL DEFAULT '',
	lieferscheinnummer varchar(255) NOT NULL DEFAULT '',
	logdatei timestamp
);

CREATE TABLE paketdistribution (
	id serial PRIMARY KEY,
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	zeit timestamp,
	paketannahme int NOT NULL DEFAULT 0 REFERENCES paketannahme (id),
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	menge numeric(14,4) NOT NULL DEFAULT 0,
	vpe varchar(255) NOT NULL DEFAULT '',
	etiketten int NOT NULL DEFAULT 0,
	bemerkung text,
	bestellung_position int NOT NULL DEFAULT 0 REFERENCES bestellung_position (id)
);

CREATE TABLE lager_bewegung (
	id serial PRIMARY KEY,
	lager_platz int NOT NULL DEFAULT 0 REFERENCES lager_platz (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	menge numeric(14,4) NOT NULL DEFAULT 0,
	vpe varchar(255) NOT NULL DEFAULT '',
	eingang smallint NOT NULL DEFAULT 0,
	zeit timestamp,
	referenz varchar(255) NOT NULL DEFAULT '',
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	permanenteinventur smallint NOT NULL DEFAULT 0,
	paketannahme int NOT NULL DEFAULT 0 REFERENCES paketannahme (id),
	doctype varchar(32) NOT NULL DEFAULT '',
	doctypeid int NOT NULL DEFAULT 0,
	is_interim smallint NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE lager_reserviert (
	id serial PRIMARY KEY,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	menge numeric(14,4) NOT NULL DEFAULT 0,
	grund varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	datum date,
	objekt varchar(255) NOT NULL DEFAULT '',
	parameter varchar(255) NOT NULL DEFAULT '',
	posid int NOT NULL DEFAULT 0
);

CREATE TABLE zwischenlager (
	id serial PRIMARY KEY,
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	menge numeric(14,4) NOT NULL DEFAULT 0,
	vpe varchar(255) NOT NULL DEFAULT '',
	grund varchar(255) NOT NULL DEFAULT '',
	lager_von varchar(255) NOT NULL DEFAULT '',
	lager_nach varchar(255) NOT NULL DEFAULT '',
	richtung varchar(255) NOT NULL DEFAULT '',
	erledigt smallint NOT NULL DEFAULT 0,
	objekt varchar(255) NOT NULL DEFAULT '',
	parameter varchar(255) NOT NULL DEFAULT '',
	paketannahme int NOT NULL DEFAULT 0 REFERENCES paketannahme (id),
	logdatei timestamp
);

CREATE TABLE lager_seriennummern (
	id serial PRIMARY KEY,
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	lager_platz int NOT NULL DEFAULT 0 REFERENCES lager_platz (id),
	seriennummer text,
	charge text,
	mhddatum date,
	internebemerkung text,
	zwischenlagerid int NOT NULL DEFAULT 0 REFERENCES zwischenlager (id)
);

CREATE TABLE lager_charge (
	id serial PRIMARY KEY,
	charge text,
	datum date,
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	menge numeric(14,4) NOT NULL DEFAULT 0,
	lager_platz int NOT NULL DEFAULT 0 REFERENCES lager_platz (id),
	zwischenlagerid int NOT NULL DEFAULT 0 REFERENCES zwischenlager (id),
	internebemerkung text
);

CREATE TABLE angebot (
	id serial PRIMARY KEY,
	datum date,
	gueltigbis date,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	belegnr varchar(255) NOT NULL DEFAULT '',
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	anfrage varchar(255) NOT NULL DEFAULT '',
	auftrag varchar(255) NOT NULL DEFAULT '',
	freitext text,
	internebemerkung text,
	status varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	name varchar(255) NOT NULL DEFAULT '',
	land varchar(64) NOT NULL DEFAULT '',
	email varchar(255) NOT NULL DEFAULT '',
	versandart varchar(255) NOT NULL DEFAULT '',
	zahlungsweise varchar(255) NOT NULL DEFAULT '',
	gesamtsumme numeric(18,2) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	vertriebid int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	bearbeiterid int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	ansprechpartnerid int NOT NULL DEFAULT 0 REFERENCES ansprechpartner (id),
	lieferid int NOT NULL DEFAULT 0 REFERENCES lieferadressen (id),
	inbearbeitung_user int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	kostenstelle varchar(10) NOT NULL DEFAULT '',
	logdatei timestamp
);

CREATE TABLE angebot_position (
	id serial PRIMARY KEY,
	angebot int NOT NULL DEFAULT 0 REFERENCES angebot (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	nummer varchar(255) NOT NULL DEFAULT '',
	menge numeric(14,4) NOT NULL DEFAULT 0,
	preis numeric(18,8) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	sort int NOT NULL DEFAULT 0,
	rabatt numeric(10,2) NOT NULL DEFAULT 0,
	optional smallint NOT NULL DEFAULT 0,
	explodiert_parent int NOT NULL DEFAULT 0 REFERENCES angebot_position (id),
	logdatei timestamp
);

CREATE TABLE auftrag (
	id serial PRIMARY KEY,
	datum date,
	art varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	belegnr varchar(255) NOT NULL DEFAULT '',
	internet varchar(255) NOT NULL DEFAULT '',
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	angebot varchar(255) NOT NULL DEFAULT '',
	freitext text,
	internebemerkung text,
	status varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	name varchar(255) NOT NULL DEFAULT '',
	strasse varchar(255) NOT NULL DEFAULT '',
	plz varchar(64) NOT NULL DEFAULT '',
	ort varchar(255) NOT NULL DEFAULT '',
	land varchar(64) NOT NULL DEFAULT '',
	ustid varchar(64) NOT NULL DEFAULT '',
	email varchar(255) NOT NULL DEFAULT '',
	kundennummer varchar(64) NOT NULL DEFAULT '',
	versandart varchar(255) NOT NULL DEFAULT '',
	vertrieb varchar(255) NOT NULL DEFAULT '',
	zahlungsweise varchar(255) NOT NULL DEFAULT '',
	gesamtsumme numeric(18,2) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	angebotid int NOT NULL DEFAULT 0 REFERENCES angebot (id),
	vertriebid int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	bearbeiterid int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	ansprechpartnerid int NOT NULL DEFAULT 0 REFERENCES ansprechpartner (id),
	lieferid int NOT NULL DEFAULT 0 REFERENCES lieferadressen (id),
	shop int NOT NULL DEFAULT 0 REFERENCES shopexport (id),
	standardlager int NOT NULL DEFAULT 0 REFERENCES lager (id),
	teillieferungvon int NOT NULL DEFAULT 0 REFERENCES auftrag (id),
	teillieferungnummer int NOT NULL DEFAULT 0,
	inbearbeitung_user int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	transaktionsnummer varchar(255) NOT NULL DEFAULT '',
	kostenstelle varchar(10) NOT NULL DEFAULT '',
	lager_ok smallint NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE auftrag_position (
	id serial PRIMARY KEY,
	auftrag int NOT NULL DEFAULT 0 REFERENCES auftrag (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	internerkommentar text,
	nummer varchar(255) NOT NULL DEFAULT '',
	menge numeric(14,4) NOT NULL DEFAULT 0,
	preis numeric(18,8) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	lieferdatum date,
	vpe varchar(255) NOT NULL DEFAULT '',
	sort int NOT NULL DEFAULT 0,
	status varchar(64) NOT NULL DEFAULT '',
	umsatzsteuer varchar(255) NOT NULL DEFAULT '',
	geliefert int NOT NULL DEFAULT 0,
	geliefert_menge numeric(14,4) NOT NULL DEFAULT 0,
	explodiert smallint NOT NULL DEFAULT 0,
	explodiert_parent int NOT NULL DEFAULT 0 REFERENCES auftrag_position (id),
	einheit varchar(255) NOT NULL DEFAULT '',
	rabatt numeric(10,2) NOT NULL DEFAULT 0,
	artikelnummerkunde varchar(128) NOT NULL DEFAULT '',
	teilprojekt int NOT NULL DEFAULT 0 REFERENCES arbeitspaket (id),
	logdatei timestamp
);

CREATE TABLE lieferschein (
	id serial PRIMARY KEY,
	datum date,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	lieferscheinart varchar(255) NOT NULL DEFAULT '',
	belegnr varchar(255) NOT NULL DEFAULT '',
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	auftrag varchar(255) NOT NULL DEFAULT '',
	auftragid int NOT NULL DEFAULT 0 REFERENCES auftrag (id),
	freitext text,
	status varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	name varchar(255) NOT NULL DEFAULT '',
	land varchar(64) NOT NULL DEFAULT '',
	versandart varchar(255) NOT NULL DEFAULT '',
	versendet smallint NOT NULL DEFAULT 0,
	versendet_am date,
	inbearbeitung_user int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	lieferantenretoure smallint NOT NULL DEFAULT 0,
	lieferant int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	ansprechpartnerid int NOT NULL DEFAULT 0 REFERENCES ansprechpartner (id),
	projektfiliale int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	standardlager int NOT NULL DEFAULT 0 REFERENCES lager (id),
	bearbeiterid int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	kostenstelle varchar(10) NOT NULL DEFAULT '',
	logdatei timestamp
);

CREATE TABLE lieferschein_position (
	id serial PRIMARY KEY,
	lieferschein int NOT NULL DEFAULT 0 REFERENCES lieferschein (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	nummer varchar(255) NOT NULL DEFAULT '',
	seriennummer varchar(255) NOT NULL DEFAULT '',
	menge numeric(14,4) NOT NULL DEFAULT 0,
	lieferdatum date,
	vpe varchar(255) NOT NULL DEFAULT '',
	sort int NOT NULL DEFAULT 0,
	status varchar(64) NOT NULL DEFAULT '',
	geliefert numeric(14,4) NOT NULL DEFAULT 0,
	auftrag_position_id int NOT NULL DEFAULT 0 REFERENCES auftrag_position (id),
	explodiert_parent int NOT NULL DEFAULT 0 REFERENCES lieferschein_position (id),
	einheit varchar(255) NOT NULL DEFAULT '',
	logdatei timestamp
);

CREATE TABLE rechnung (
	id serial PRIMARY KEY,
	datum date,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	anlegeart varchar(255) NOT NULL DEFAULT '',
	belegnr varchar(255) NOT NULL DEFAULT '',
	auftrag varchar(255) NOT NULL DEFAULT '',
	auftragid int NOT NULL DEFAULT 0 REFERENCES auftrag (id),
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	freitext text,
	internebemerkung text,
	status varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	name varchar(255) NOT NULL DEFAULT '',
	land varchar(64) NOT NULL DEFAULT '',
	ustid varchar(64) NOT NULL DEFAULT '',
	lieferschein int NOT NULL DEFAULT 0 REFERENCES lieferschein (id),
	versandart varchar(255) NOT NULL DEFAULT '',
	lieferdatum date,
	zahlungsweise varchar(64) NOT NULL DEFAULT '',
	zahlungsstatus varchar(64) NOT NULL DEFAULT '',
	ist numeric(18,2) NOT NULL DEFAULT 0,
	soll numeric(18,2) NOT NULL DEFAULT 0,
	zahlungszieltage int NOT NULL DEFAULT 0,
	mahnwesen varchar(255) NOT NULL DEFAULT '',
	waehrung varchar(3) NOT NULL DEFAULT '',
	versendet smallint NOT NULL DEFAULT 0,
	inbearbeitung_user int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	vertriebid int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	bearbeiterid int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	ansprechpartnerid int NOT NULL DEFAULT 0 REFERENCES ansprechpartner (id),
	lieferid int NOT NULL DEFAULT 0 REFERENCES lieferadressen (id),
	shop int NOT NULL DEFAULT 0 REFERENCES shopexport (id),
	gruppe int NOT NULL DEFAULT 0 REFERENCES gruppen (id),
	kostenstelle varchar(10) NOT NULL DEFAULT '',
	logdatei timestamp
);

CREATE TABLE rechnung_position (
	id serial PRIMARY KEY,
	rechnung int NOT NULL DEFAULT 0 REFERENCES rechnung (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	nummer varchar(255) NOT NULL DEFAULT '',
	menge numeric(14,4) NOT NULL DEFAULT 0,
	preis numeric(18,8) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	lieferdatum date,
	sort int NOT NULL DEFAULT 0,
	umsatzsteuer varchar(255) NOT NULL DEFAULT '',
	rabatt numeric(10,2) NOT NULL DEFAULT 0,
	auftrag_position_id int NOT NULL DEFAULT 0 REFERENCES auftrag_position (id),
	explodiert_parent int NOT NULL DEFAULT 0 REFERENCES rechnung_position (id),
	einheit varchar(255) NOT NULL DEFAULT '',
	erloese varchar(8) NOT NULL DEFAULT '',
	logdatei timestamp
);

CREATE TABLE gutschrift (
	id serial PRIMARY KEY,
	datum date,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	anlegeart varchar(255) NOT NULL DEFAULT '',
	belegnr varchar(255) NOT NULL DEFAULT '',
	rechnung varchar(255) NOT NULL DEFAULT '',
	rechnungid int NOT NULL DEFAULT 0 REFERENCES rechnung (id),
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	freitext text,
	status varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	name varchar(255) NOT NULL DEFAULT '',
	land varchar(64) NOT NULL DEFAULT '',
	stornorechnung smallint NOT NULL DEFAULT 0,
	zahlungsweise varchar(64) NOT NULL DEFAULT '',
	soll numeric(18,2) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	ansprechpartnerid int NOT NULL DEFAULT 0 REFERENCES ansprechpartner (id),
	vertriebid int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	bearbeiterid int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	inbearbeitung_user int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	logdatei timestamp
);

CREATE TABLE gutschrift_position (
	id serial PRIMARY KEY,
	gutschrift int NOT NULL DEFAULT 0 REFERENCES gutschrift (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	nummer varchar(255) NOT NULL DEFAULT '',
	menge numeric(14,4) NOT NULL DEFAULT 0,
	preis numeric(18,8) NOT NULL DEFAULT 0,
	sort int NOT NULL DEFAULT 0,
	umsatzsteuer varchar(255) NOT NULL DEFAULT '',
	rechnung_position_id int NOT NULL DEFAULT 0 REFERENCES rechnung_position (id),
	logdatei timestamp
);

CREATE TABLE bestellung (
	id serial PRIMARY KEY,
	datum date,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bestellungsart varchar(255) NOT NULL DEFAULT '',
	belegnr varchar(255) NOT NULL DEFAULT '',
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	angebot varchar(255) NOT NULL DEFAULT '',
	freitext text,
	internebemerkung text,
	status varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	name varchar(255) NOT NULL DEFAULT '',
	land varchar(64) NOT NULL DEFAULT '',
	lieferantennummer varchar(255) NOT NULL DEFAULT '',
	lieferdatum date,
	versandart varchar(255) NOT NULL DEFAULT '',
	gesamtsumme numeric(18,2) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	auftragid int NOT NULL DEFAULT 0 REFERENCES auftrag (id),
	ansprechpartnerid int NOT NULL DEFAULT 0 REFERENCES ansprechpartner (id),
	bearbeiterid int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	inbearbeitung_user int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	kostenstelle varchar(10) NOT NULL DEFAULT '',
	logdatei timestamp
);

CREATE TABLE bestellung_position (
	id serial PRIMARY KEY,
	bestellung int NOT NULL DEFAULT 0 REFERENCES bestellung (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bezeichnunglieferant varchar(255) NOT NULL DEFAULT '',
	bestellnummer varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	menge numeric(14,4) NOT NULL DEFAULT 0,
	preis numeric(18,8) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	lieferdatum date,
	vpe varchar(255) NOT NULL DEFAULT '',
	sort int NOT NULL DEFAULT 0,
	status varchar(64) NOT NULL DEFAULT '',
	geliefert numeric(14,4) NOT NULL DEFAULT 0,
	abgeschlossen smallint NOT NULL DEFAULT 0,
	einheit varchar(255) NOT NULL DEFAULT '',
	auftrag_position_id int NOT NULL DEFAULT 0 REFERENCES auftrag_position (id),
	logdatei timestamp
);

CREATE TABLE konten (
	id serial PRIMARY KEY,
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	kurzbezeichnung varchar(255) NOT NULL DEFAULT '',
	type varchar(255) NOT NULL DEFAULT '',
	datevkonto int NOT NULL DEFAULT 0,
	blz varchar(255) NOT NULL DEFAULT '',
	konto varchar(255) NOT NULL DEFAULT '',
	swift varchar(255) NOT NULL DEFAULT '',
	iban varchar(255) NOT NULL DEFAULT '',
	inhaber varchar(255) NOT NULL DEFAULT '',
	aktiv smallint NOT NULL DEFAULT 0,
	importtrennzeichen varchar(255) NOT NULL DEFAULT '',
	geloescht smallint NOT NULL DEFAULT 0,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	saldo_betrag numeric(10,2) NOT NULL DEFAULT 0,
	saldo_datum date
);

CREATE TABLE kontoauszuege (
	id serial PRIMARY KEY,
	konto int NOT NULL DEFAULT 0 REFERENCES konten (id),
	buchung date,
	vorgang text,
	soll numeric(10,2) NOT NULL DEFAULT 0,
	haben numeric(10,2) NOT NULL DEFAULT 0,
	gebuehr numeric(10,2) NOT NULL DEFAULT 0,
	waehrung varchar(3) NOT NULL DEFAULT '',
	fertig smallint NOT NULL DEFAULT 0,
	buchungstext text,
	gegenkonto varchar(255) NOT NULL DEFAULT '',
	belegfeld1 varchar(255) NOT NULL DEFAULT '',
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	pruefsumme varchar(255) NOT NULL DEFAULT '',
	kostenstelle varchar(10) NOT NULL DEFAULT '',
	internebemerkung text,
	parent int NOT NULL DEFAULT 0 REFERENCES kontoauszuege (id),
	sort int NOT NULL DEFAULT 0,
	doctype varchar(64) NOT NULL DEFAULT '',
	doctypeid int NOT NULL DEFAULT 0,
	klaerfall smallint NOT NULL DEFAULT 0
);

CREATE TABLE kontoauszuege_zahlungseingang (
	id serial PRIMARY KEY,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	betrag numeric(10,2) NOT NULL DEFAULT 0,
	datum date,
	objekt varchar(255) NOT NULL DEFAULT '',
	parameter varchar(255) NOT NULL DEFAULT '',
	kontoauszuege int NOT NULL DEFAULT 0 REFERENCES kontoauszuege (id),
	abgeschlossen smallint NOT NULL DEFAULT 0
);

CREATE TABLE kontoauszuege_zahlungsausgang (
	id serial PRIMARY KEY,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	betrag numeric(10,2) NOT NULL DEFAULT 0,
	datum date,
	objekt varchar(255) NOT NULL DEFAULT '',
	parameter varchar(255) NOT NULL DEFAULT '',
	kontoauszuege int NOT NULL DEFAULT 0 REFERENCES kontoauszuege (id),
	abgeschlossen smallint NOT NULL DEFAULT 0
);

CREATE TABLE kontorahmen (
	id serial PRIMARY KEY,
	sachkonto varchar(16) NOT NULL DEFAULT '',
	beschriftung varchar(255) NOT NULL DEFAULT '',
	bemerkung text,
	ausblenden smallint NOT NULL DEFAULT 0,
	art int NOT NULL DEFAULT 0,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id)
);

CREATE TABLE verbindlichkeit (
	id serial PRIMARY KEY,
	belegnr varchar(255) NOT NULL DEFAULT '',
	status_beleg varchar(64) NOT NULL DEFAULT '',
	rechnung varchar(255) NOT NULL DEFAULT '',
	rechnungsdatum date,
	zahlbarbis date,
	betrag numeric(10,2) NOT NULL DEFAULT 0,
	umsatzsteuer varchar(255) NOT NULL DEFAULT '',
	ustid varchar(64) NOT NULL DEFAULT '',
	skonto numeric(10,2) NOT NULL DEFAULT 0,
	skontobis date,
	freigabe smallint NOT NULL DEFAULT 0,
	freigabemitarbeiter varchar(255) NOT NULL DEFAULT '',
	bestellung int NOT NULL DEFAULT 0 REFERENCES bestellung (id),
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	teilprojekt int NOT NULL DEFAULT 0 REFERENCES arbeitspaket (id),
	status varchar(64) NOT NULL DEFAULT '',
	bezahlt smallint NOT NULL DEFAULT 0,
	kontoauszuege int NOT NULL DEFAULT 0 REFERENCES kontoauszuege (id),
	waehrung varchar(3) NOT NULL DEFAULT '',
	bestellung1 int NOT NULL DEFAULT 0 REFERENCES bestellung (id),
	bestellung1betrag numeric(10,2) NOT NULL DEFAULT 0,
	bestellung1bemerkung varchar(255) NOT NULL DEFAULT '',
	bestellung2 int NOT NULL DEFAULT 0 REFERENCES bestellung (id),
	bestellung2betrag numeric(10,2) NOT NULL DEFAULT 0,
	bestellung2bemerkung varchar(255) NOT NULL DEFAULT '',
	bestellung3 int NOT NULL DEFAULT 0 REFERENCES bestellung (id),
	bestellung3betrag numeric(10,2) NOT NULL DEFAULT 0,
	bestellung3bemerkung varchar(255) NOT NULL DEFAULT '',
	bestellung4 int NOT NULL DEFAULT 0 REFERENCES bestellung (id),
	bestellung4betrag numeric(10,2) NOT NULL DEFAULT 0,
	bestellung4bemerkung varchar(255) NOT NULL DEFAULT '',
	bestellung5 int NOT NULL DEFAULT 0 REFERENCES bestellung (id),
	bestellung5betrag numeric(10,2) NOT NULL DEFAULT 0,
	bestellung5bemerkung varchar(255) NOT NULL DEFAULT '',
	logdatei timestamp
);

CREATE TABLE verbindlichkeit_position (
	id serial PRIMARY KEY,
	verbindlichkeit int NOT NULL DEFAULT 0 REFERENCES verbindlichkeit (id),
	sort int NOT NULL DEFAULT 0,
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bestellung int NOT NULL DEFAULT 0 REFERENCES bestellung (id),
	nummer varchar(255) NOT NULL DEFAULT '',
	bestellnummer varchar(255) NOT NULL DEFAULT '',
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	umsatzsteuer varchar(255) NOT NULL DEFAULT '',
	preis numeric(18,8) NOT NULL DEFAULT 0,
	menge numeric(14,4) NOT NULL DEFAULT 0,
	kostenstelle varchar(10) NOT NULL DEFAULT '',
	kontorahmen int NOT NULL DEFAULT 0 REFERENCES kontorahmen (id)
);

CREATE TABLE geschaeftsbrief_vorlagen (
	id serial PRIMARY KEY,
	sprache varchar(255) NOT NULL DEFAULT '',
	betreff varchar(255) NOT NULL DEFAULT '',
	text text,
	subjekt varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id)
);

CREATE TABLE versandarten (
	id serial PRIMARY KEY,
	type varchar(255) NOT NULL DEFAULT '',
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	aktiv smallint NOT NULL DEFAULT 0,
	geloescht smallint NOT NULL DEFAULT 0,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	modul varchar(64) NOT NULL DEFAULT '',
	paketmarke_drucker int NOT NULL DEFAULT 0 REFERENCES drucker (id),
	export_drucker int NOT NULL DEFAULT 0 REFERENCES drucker (id),
	ausprojekt smallint NOT NULL DEFAULT 0,
	versandmail int NOT NULL DEFAULT 0,
	geschaeftsbrief_vorlage int NOT NULL DEFAULT 0 REFERENCES geschaeftsbrief_vorlagen (id),
	einstellungen_json text
);

CREATE TABLE zahlungsweisen (
	id serial PRIMARY KEY,
	type varchar(255) NOT NULL DEFAULT '',
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	freitext text,
	aktiv smallint NOT NULL DEFAULT 0,
	geloescht smallint NOT NULL DEFAULT 0,
	automatischbezahlt smallint NOT NULL DEFAULT 0,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	modul varchar(64) NOT NULL DEFAULT '',
	einstellungen_json text
);

CREATE TABLE versand (
	id serial PRIMARY KEY,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	rechnung int NOT NULL DEFAULT 0 REFERENCES rechnung (id),
	lieferschein int NOT NULL DEFAULT 0 REFERENCES lieferschein (id),
	versandart varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	gewicht varchar(255) NOT NULL DEFAULT '',
	freigegeben smallint NOT NULL DEFAULT 0,
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	versender varchar(255) NOT NULL DEFAULT '',
	abgeschlossen smallint NOT NULL DEFAULT 0,
	versendet_am date,
	versandunternehmen varchar(255) NOT NULL DEFAULT '',
	tracking varchar(255) NOT NULL DEFAULT '',
	anzahlpakete int NOT NULL DEFAULT 0,
	improzess smallint NOT NULL DEFAULT 0,
	improzessuser int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	logdatei timestamp
);

CREATE TABLE aufgabe (
	id serial PRIMARY KEY,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	aufgabe varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	prio int NOT NULL DEFAULT 0,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	kostenstelle varchar(10) NOT NULL DEFAULT '',
	initiator int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	angelegt_am date,
	startdatum date,
	abgabe_bis date,
	status varchar(255) NOT NULL DEFAULT '',
	ort varchar(255) NOT NULL DEFAULT '',
	stunden numeric(10,2) NOT NULL DEFAULT 0,
	sort int NOT NULL DEFAULT 0,
	oeffentlich smallint NOT NULL DEFAULT 0
);

CREATE TABLE aufgabe_erledigt (
	id serial PRIMARY KEY,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	aufgabe int NOT NULL DEFAULT 0 REFERENCES aufgabe (id),
	abgeschlossen_am date
);

CREATE TABLE arbeitsnachweis (
	id serial PRIMARY KEY,
	datum date,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	belegnr varchar(255) NOT NULL DEFAULT '',
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	auftrag varchar(255) NOT NULL DEFAULT '',
	auftragid int NOT NULL DEFAULT 0 REFERENCES auftrag (id),
	status varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	name varchar(255) NOT NULL DEFAULT ''
);

CREATE TABLE arbeitsnachweis_position (
	id serial PRIMARY KEY,
	arbeitsnachweis int NOT NULL DEFAULT 0 REFERENCES arbeitsnachweis (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	ort varchar(255) NOT NULL DEFAULT '',
	verrechnungsart varchar(255) NOT NULL DEFAULT '',
	von varchar(5) NOT NULL DEFAULT '',
	bis varchar(5) NOT NULL DEFAULT '',
	sort int NOT NULL DEFAULT 0,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id)
);

CREATE TABLE zeiterfassung (
	id serial PRIMARY KEY,
	art varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	von timestamp,
	bis timestamp,
	aufgabe varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	arbeitspaket int NOT NULL DEFAULT 0 REFERENCES arbeitspaket (id),
	buchungsart varchar(255) NOT NULL DEFAULT '',
	kostenstelle varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	abgerechnet smallint NOT NULL DEFAULT 0,
	status varchar(64) NOT NULL DEFAULT '',
	arbeitsnachweispositionid int NOT NULL DEFAULT 0 REFERENCES arbeitsnachweis_position (id),
	adresse_abrechnung int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	abrechnen smallint NOT NULL DEFAULT 0,
	gebucht_von_user int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	ort varchar(1024) NOT NULL DEFAULT '',
	arbeitsnachweis int NOT NULL DEFAULT 0 REFERENCES arbeitsnachweis (id),
	internerkommentar text,
	aufgabe_id int NOT NULL DEFAULT 0 REFERENCES aufgabe (id),
	auftrag int NOT NULL DEFAULT 0 REFERENCES auftrag (id),
	auftragpositionid int NOT NULL DEFAULT 0 REFERENCES auftrag_position (id),
	stundensatz numeric(10,2) NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE zeiterfassungvorlage (
	id serial PRIMARY KEY,
	vorlage varchar(255) NOT NULL DEFAULT '',
	ausblenden smallint NOT NULL DEFAULT 0,
	vorlagedetail text,
	art varchar(64) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	teilprojekt int NOT NULL DEFAULT 0 REFERENCES arbeitspaket (id),
	kunde int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	abrechnen smallint NOT NULL DEFAULT 0
);

CREATE TABLE wiedervorlage_view (
	id serial PRIMARY KEY,
	name varchar(64) NOT NULL DEFAULT '',
	shortname varchar(64) NOT NULL DEFAULT '',
	active smallint NOT NULL DEFAULT 0,
	hide_collection_stage smallint NOT NULL DEFAULT 0,
	project int NOT NULL DEFAULT 0 REFERENCES projekt (id)
);

CREATE TABLE wiedervorlage_stages (
	id serial PRIMARY KEY,
	kurzbezeichnung varchar(64) NOT NULL DEFAULT '',
	name varchar(255) NOT NULL DEFAULT '',
	hexcolor varchar(7) NOT NULL DEFAULT '',
	ausblenden smallint NOT NULL DEFAULT 0,
	sort int NOT NULL DEFAULT 0,
	view int NOT NULL DEFAULT 0 REFERENCES wiedervorlage_view (id),
	chance int NOT NULL DEFAULT 0
);

CREATE TABLE wiedervorlage (
	id serial PRIMARY KEY,
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	ergebnis text,
	betrag numeric(10,2) NOT NULL DEFAULT 0,
	erinnerung timestamp,
	erinnerung_per_mail smallint NOT NULL DEFAULT 0,
	module varchar(255) NOT NULL DEFAULT '',
	action varchar(255) NOT NULL DEFAULT '',
	status varchar(255) NOT NULL DEFAULT '',
	bearbeiter int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	adresse_mitarbeiter int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	datum_angelegt date,
	datum_erinnerung date,
	abgeschlossen smallint NOT NULL DEFAULT 0,
	oeffentlich smallint NOT NULL DEFAULT 0,
	stages int NOT NULL DEFAULT 0 REFERENCES wiedervorlage_stages (id),
	prio smallint NOT NULL DEFAULT 0,
	chance int NOT NULL DEFAULT 0
);

CREATE TABLE warteschlangen (
	id serial PRIMARY KEY,
	label varchar(255) NOT NULL UNIQUE,
	warteschlange varchar(255) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	wiedervorlage smallint NOT NULL DEFAULT 0,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id)
);

CREATE TABLE ticket (
	id serial PRIMARY KEY,
	schluessel varchar(255) NOT NULL UNIQUE,
	zeit timestamp,
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	quelle varchar(255) NOT NULL DEFAULT '',
	status varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	kunde varchar(255) NOT NULL DEFAULT '',
	warteschlange varchar(255) REFERENCES warteschlangen (label),
	mailadresse varchar(255) NOT NULL DEFAULT '',
	prio smallint NOT NULL DEFAULT 0,
	betreff varchar(255) NOT NULL DEFAULT '',
	zugewiesen smallint NOT NULL DEFAULT 0,
	inbearbeitung smallint NOT NULL DEFAULT 0,
	inbearbeitung_user int NOT NULL DEFAULT 0 REFERENCES "user" (id),
	notiz text,
	tags text,
	nachrichten_anz int NOT NULL DEFAULT 0
);

CREATE TABLE ticket_nachricht (
	id serial PRIMARY KEY,
	ticket varchar(255) NOT NULL REFERENCES ticket (schluessel),
	verfasser varchar(255) NOT NULL DEFAULT '',
	mail varchar(255) NOT NULL DEFAULT '',
	zeit timestamp,
	zeitausgang timestamp,
	versendet varchar(255) NOT NULL DEFAULT '',
	text text,
	textausgang text,
	betreff varchar(255) NOT NULL DEFAULT '',
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	medium varchar(255) NOT NULL DEFAULT '',
	mail_cc varchar(128) NOT NULL DEFAULT ''
);

CREATE TABLE datei (
	id serial PRIMARY KEY,
	titel varchar(255) NOT NULL DEFAULT '',
	beschreibung text,
	nummer varchar(255) NOT NULL DEFAULT '',
	geloescht smallint NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE datei_version (
	id serial PRIMARY KEY,
	datei int NOT NULL DEFAULT 0 REFERENCES datei (id),
	ersteller varchar(255) NOT NULL DEFAULT '',
	datum date,
	version int NOT NULL DEFAULT 0,
	dateiname varchar(255) NOT NULL DEFAULT '',
	bemerkung varchar(255) NOT NULL DEFAULT '',
	size varchar(64) NOT NULL DEFAULT ''
);

CREATE TABLE datei_stichwoerter (
	id serial PRIMARY KEY,
	datei int NOT NULL DEFAULT 0 REFERENCES datei (id),
	subjekt varchar(255) NOT NULL DEFAULT '',
	objekt varchar(255) NOT NULL DEFAULT '',
	parameter varchar(255) NOT NULL DEFAULT '',
	sort int NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE produktion (
	id serial PRIMARY KEY,
	datum date,
	art varchar(255) NOT NULL DEFAULT '',
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	belegnr varchar(255) NOT NULL DEFAULT '',
	bearbeiter varchar(255) NOT NULL DEFAULT '',
	auftrag varchar(255) NOT NULL DEFAULT '',
	auftragid int NOT NULL DEFAULT 0 REFERENCES auftrag (id),
	freitext text,
	status varchar(64) NOT NULL DEFAULT '',
	adresse int NOT NULL DEFAULT 0 REFERENCES adresse (id),
	standardlager int NOT NULL DEFAULT 0 REFERENCES lager (id),
	datumproduktion date,
	reservierart varchar(56) NOT NULL DEFAULT '',
	mengeerfolgreich numeric(14,4) NOT NULL DEFAULT 0,
	logdatei timestamp
);

CREATE TABLE produktion_position (
	id serial PRIMARY KEY,
	produktion int NOT NULL DEFAULT 0 REFERENCES produktion (id),
	artikel int NOT NULL DEFAULT 0 REFERENCES artikel (id),
	projekt int NOT NULL DEFAULT 0 REFERENCES projekt (id),
	bezeichnung varchar(255) NOT NULL DEFAULT '',
	nummer varchar(255) NOT NULL DEFAULT '',
	menge numeric(14,4) NOT NULL DEFAULT 0,
	sort int NOT NULL DEFAULT 0,
	stuecklistestufe int NOT NULL DEFAULT 0,
	explodiert_parent int NOT NULL DEFAULT 0 REFERENCES produktion_position (id),
	geliefert_menge numeric(14,4) NOT NULL DEFAULT 0,
	logdatei timestamp
);
