-- jtl_shop.sql: a thirtieth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind30). The database of a JTL-Shop 5
-- install, the German web shop (PHP, MySQL) that JTL-Wawi fills and
-- reads, written as a PostgreSQL port reads (serial keys, smallint for
-- tinyint flags, double precision for double, timestamp for datetime):
-- languages, currencies, countries and their states, customer groups, tax
-- classes, zones and rates, manufacturers, categories, articles (tartikel)
-- with their translations, pictures, attributes, features (Merkmal) and
-- variations (Eigenschaft), prices and special prices, warehouses and
-- stock, customers and their delivery and billing addresses, payment and
-- shipping methods, baskets and their positions, orders (tbestellung),
-- payment info and incoming payments, delivery notes and shipments,
-- reviews, wish lists, coupons, newsletters, news, links and link groups,
-- SEO paths, plugins, e-mail templates and admin logins.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of JTL-Shop's install/initial_schema
-- and migrations, trimmed (87 of about 250 tables).
-- Conventions: German names throughout; every table t<noun> in lower case
-- with the words glued (tartikel, tkunde, tbestellung, twarenkorbpos,
-- tkategoriesichtbarkeit, tversandartzahlungsart); columns in Hungarian
-- notation, a type letter before a German CamelCase word (k key, c text, n
-- integer, f float, d date, b flag: kArtikel, cArtNr, nSort, fPreis,
-- dErstellt, bAktiv); each table keyed by k<Word> (tartikel.kArtikel,
-- tkunde.kKunde, twarenkorbpos.kWarenkorbPos) and a link named exactly as
-- its target's key (kKunde -> tkunde, kWarenkorb -> twarenkorb, kSprache ->
-- tsprache, kWaehrung -> twaehrung, kSteuerklasse -> tsteuerklasse,
-- kMerkmalWert -> tmerkmalwert, kEigenschaftWert -> teigenschaftwert,
-- kZahlungsInfo -> tzahlungsinfo), integer DEFAULT 0 with 0 for none;
-- roles: kVaterArtikel -> tartikel (the parent of a variation child),
-- kOberKategorie -> tkategorie, kGrundpreisEinheit / kMassEinheit ->
-- tmasseinheit, kMainArtikelBild -> tartikelpict, kLieferadresse ->
-- tlieferadresse, kRechnungsadresse -> trechnungsadresse, kVaterLink and
-- reference -> tlink, kParent -> tnewskategorie, kInetBestellung ->
-- tbestellung (JTL-Wawi's name for the shop's order), kBestellPos ->
-- twarenkorbpos (an order's positions are its basket's positions);
-- translations in <table>sprache keyed by (k<Word>, kSprache) or by
-- (k<Word>, cISOSprache), the latter a text language code -> tsprache.cISO
-- (unique, not the key); countries keyed by their ISO code tland.cISO and
-- referred to as cLand (tkunde, tlieferadresse, trechnungsadresse), cLandIso
-- (tstaat) or cISO (tsteuerzoneland, tversandzuschlag); the JTL-Shop 5
-- tables and columns are in English camelCase (tlinkgroupassociations.linkID
-- / linkGroupID, tnewssprache.languageID -> tsprache, tnewskommentar.
-- parentCommentID -> tnewskommentar); composite keys on the link tables
-- (tkategoriesichtbarkeit, tartikelmerkmal, tartikelwarenlager,
-- tsonderpreise, tkuponbestellung, tadminrechtegruppe with cRecht ->
-- tadminrecht, a text key).
-- JTL-Shop declares no FKs (its tables have none): the REFERENCES are the
-- links its code follows.
-- Left without REFERENCES: tseo.kKey (an article, category, manufacturer,
-- link, ... by cKey, 'kArtikel', 'kKategorie'); text lists of keys
-- (cKundengruppen '1;2;', cLaender 'DE AT', cVersandklassen, the coupons'
-- cArtikel / cHersteller / cKategorien / cKunden, the newsletters' cArtikel
-- / cHersteller / cKategorie / cKundengruppe, tnews.cKundengruppe); text
-- copies (tbestellung.cVersandartName / cZahlungsartName, twarenkorbpos.cArtNr
-- / cName, tnewssprache.languageCode beside languageID, the coupon and
-- wish list copies of names, tzahlungseingang.cISO, the payment's currency
-- code, twarenlager.cLand as JTL-Wawi sends it); module ids as text
-- (cModulId on tzahlungsart, tversandberechnung, temailvorlage);
-- tadminlogin.language (a locale string). Left out: tartikel's kEinheit,
-- kLieferstatus, kStueckliste, kEigenschaftKombi and kVPEEinheit (their
-- tables, keyed by a pair or by a group, are not kept) and
-- twarenkorbpos.kKonfigitem.

CREATE TABLE tsprache (
	kSprache serial PRIMARY KEY,
	cNameEnglisch varchar(255),
	cNameDeutsch varchar(255),
	cStandard char(1) DEFAULT 'N',
	cShopStandard char(1) DEFAULT 'N',
	cISO varchar(5) NOT NULL UNIQUE,
	active smallint DEFAULT 1
);

CREATE TABLE twaehrung (
	kWaehrung serial PRIMARY KEY,
	cISO varchar(5) NOT NULL UNIQUE,
	cName varchar(255),
	cNameHTML varchar(255),
	fFaktor double precision,
	cStandard char(1) DEFAULT 'N',
	cVorBetrag char(1) DEFAULT 'N',
	cTrennzeichenCent char(1),
	cTrennzeichenTausend char(1)
);

CREATE TABLE tland (
	cISO char(2) PRIMARY KEY,
	cDeutsch varchar(255),
	cEnglisch varchar(255),
	nEU smallint,
	cKontinent varchar(255)
);

CREATE TABLE tstaat (
	kStaat serial PRIMARY KEY,
	cLandIso char(2) NOT NULL REFERENCES tland (cISO),
	cName varchar(255),
	cCode varchar(10)
);

CREATE TABLE tkundengruppe (
	kKundengruppe serial PRIMARY KEY,
	cName varchar(255),
	fRabatt double precision,
	cStandard char(1) DEFAULT 'N',
	cShopLogin char(1) DEFAULT 'N',
	nNettoPreise smallint DEFAULT 0
);

CREATE TABLE tkundengruppensprache (
	kKundengruppe int NOT NULL REFERENCES tkundengruppe (kKundengruppe),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cName varchar(255),
	PRIMARY KEY (kKundengruppe, kSprache)
);

CREATE TABLE tsteuerklasse (
	kSteuerklasse serial PRIMARY KEY,
	cName varchar(255),
	cStandard char(1) DEFAULT 'N'
);

CREATE TABLE tsteuerzone (
	kSteuerzone serial PRIMARY KEY,
	cName varchar(255)
);

CREATE TABLE tsteuerzoneland (
	kSteuerzone int NOT NULL REFERENCES tsteuerzone (kSteuerzone),
	cISO char(2) NOT NULL REFERENCES tland (cISO),
	PRIMARY KEY (kSteuerzone, cISO)
);

CREATE TABLE tsteuersatz (
	kSteuersatz serial PRIMARY KEY,
	kSteuerzone int NOT NULL REFERENCES tsteuerzone (kSteuerzone),
	kSteuerklasse int NOT NULL REFERENCES tsteuerklasse (kSteuerklasse),
	fSteuersatz double precision,
	nPrio smallint
);

CREATE TABLE thersteller (
	kHersteller serial PRIMARY KEY,
	cName varchar(255),
	cSeo varchar(255),
	cHomepage varchar(255),
	nSortNr int,
	cBildpfad varchar(255)
);

CREATE TABLE therstellersprache (
	kHersteller int NOT NULL REFERENCES thersteller (kHersteller),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cMetaTitle varchar(255),
	cMetaKeywords varchar(255),
	cMetaDescription text,
	cBeschreibung text,
	PRIMARY KEY (kHersteller, kSprache)
);

CREATE TABLE twarengruppe (
	kWarengruppe serial PRIMARY KEY,
	cName varchar(255)
);

CREATE TABLE tmasseinheit (
	kMassEinheit serial PRIMARY KEY,
	cCode varchar(20)
);

CREATE TABLE tversandklasse (
	kVersandklasse serial PRIMARY KEY,
	cName varchar(255)
);

CREATE TABLE tkategorie (
	kKategorie serial PRIMARY KEY,
	kOberKategorie int DEFAULT 0 REFERENCES tkategorie (kKategorie),
	cName varchar(255),
	cSeo varchar(255),
	cBeschreibung text,
	nSort int DEFAULT 0,
	dLetzteAktualisierung date,
	lft int DEFAULT 0,
	rght int DEFAULT 0,
	nLevel int DEFAULT 0
);

CREATE TABLE tkategoriesprache (
	kKategorie int NOT NULL REFERENCES tkategorie (kKategorie),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cSeo varchar(255),
	cName varchar(255),
	cBeschreibung text,
	cMetaDescription text,
	cMetaKeywords text,
	cTitleTag varchar(255),
	PRIMARY KEY (kKategorie, kSprache)
);

CREATE TABLE tkategoriesichtbarkeit (
	kKategorie int NOT NULL REFERENCES tkategorie (kKategorie),
	kKundengruppe int NOT NULL REFERENCES tkundengruppe (kKundengruppe),
	PRIMARY KEY (kKategorie, kKundengruppe)
);

CREATE TABLE tkategoriepict (
	kKategoriePict serial PRIMARY KEY,
	kKategorie int NOT NULL REFERENCES tkategorie (kKategorie),
	cPfad varchar(255),
	cType char(1)
);

CREATE TABLE tartikel (
	kArtikel serial PRIMARY KEY,
	kHersteller int DEFAULT 0 REFERENCES thersteller (kHersteller),
	kSteuerklasse int DEFAULT 0 REFERENCES tsteuerklasse (kSteuerklasse),
	kVersandklasse int DEFAULT 0 REFERENCES tversandklasse (kVersandklasse),
	kVaterArtikel int DEFAULT 0 REFERENCES tartikel (kArtikel),
	kWarengruppe int DEFAULT 0 REFERENCES twarengruppe (kWarengruppe),
	kMassEinheit int DEFAULT 0 REFERENCES tmasseinheit (kMassEinheit),
	kGrundpreisEinheit int DEFAULT 0 REFERENCES tmasseinheit (kMassEinheit),
	cArtNr varchar(255),
	cName varchar(255),
	cBeschreibung text,
	cKurzBeschreibung text,
	cAnmerkung text,
	fLagerbestand double precision DEFAULT 0,
	fMwSt double precision,
	fMindestbestellmenge double precision,
	fLieferantenlagerbestand double precision,
	fLieferzeit double precision,
	cBarcode varchar(255),
	cTopArtikel char(1) DEFAULT 'N',
	fGewicht double precision,
	fArtikelgewicht double precision,
	cNeu char(1) DEFAULT 'N',
	fUVP double precision,
	cLagerBeachten char(1) DEFAULT 'N',
	cLagerKleinerNull char(1) DEFAULT 'N',
	cLagerVariation char(1) DEFAULT 'N',
	nIstVater smallint DEFAULT 0,
	nSort int DEFAULT 0,
	cSeo varchar(255),
	cISBN varchar(255),
	cHAN varchar(255),
	cASIN varchar(255),
	cUNNummer varchar(255),
	cHerkunftsland varchar(255),
	fMassMenge double precision,
	fGrundpreisMenge double precision,
	dErstellt date,
	dErscheinungsdatum date,
	dLetzteAktualisierung timestamp
);

CREATE TABLE tartikelsprache (
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cSeo varchar(255),
	cName varchar(255),
	cBeschreibung text,
	cKurzBeschreibung text,
	PRIMARY KEY (kArtikel, kSprache)
);

CREATE TABLE tbild (
	kBild serial PRIMARY KEY,
	cPfad varchar(255)
);

CREATE TABLE tartikelpict (
	kArtikelPict serial PRIMARY KEY,
	kMainArtikelBild int DEFAULT 0 REFERENCES tartikelpict (kArtikelPict),
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	kBild int NOT NULL REFERENCES tbild (kBild),
	cPfad varchar(255),
	nNr smallint
);

CREATE TABLE tartikelattribut (
	kArtikelAttribut serial PRIMARY KEY,
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	cName varchar(255),
	cWert text
);

CREATE TABLE tartikelsichtbarkeit (
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	kKundengruppe int NOT NULL REFERENCES tkundengruppe (kKundengruppe),
	PRIMARY KEY (kArtikel, kKundengruppe)
);

CREATE TABLE tmerkmal (
	kMerkmal serial PRIMARY KEY,
	nSort int,
	cName varchar(255),
	cBildpfad varchar(255),
	cTyp varchar(255),
	nMehrfachauswahl smallint DEFAULT 0
);

CREATE TABLE tmerkmalsprache (
	kMerkmal int NOT NULL REFERENCES tmerkmal (kMerkmal),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cName varchar(255),
	PRIMARY KEY (kMerkmal, kSprache)
);

CREATE TABLE tmerkmalwert (
	kMerkmalWert serial PRIMARY KEY,
	kMerkmal int NOT NULL REFERENCES tmerkmal (kMerkmal),
	nSort int,
	cBildpfad varchar(255)
);

CREATE TABLE tmerkmalwertsprache (
	kMerkmalWert int NOT NULL REFERENCES tmerkmalwert (kMerkmalWert),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cWert varchar(255),
	cSeo varchar(255),
	cMetaTitle varchar(255),
	cBeschreibung text,
	PRIMARY KEY (kMerkmalWert, kSprache)
);

CREATE TABLE tartikelmerkmal (
	kMerkmal int NOT NULL REFERENCES tmerkmal (kMerkmal),
	kMerkmalWert int NOT NULL REFERENCES tmerkmalwert (kMerkmalWert),
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	PRIMARY KEY (kMerkmal, kMerkmalWert, kArtikel)
);

CREATE TABLE teigenschaft (
	kEigenschaft serial PRIMARY KEY,
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	cName varchar(255),
	cWaehlbar char(1) DEFAULT 'Y',
	cTyp varchar(255),
	nSort int
);

CREATE TABLE teigenschaftsprache (
	kEigenschaft int NOT NULL REFERENCES teigenschaft (kEigenschaft),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cName varchar(255),
	PRIMARY KEY (kEigenschaft, kSprache)
);

CREATE TABLE teigenschaftwert (
	kEigenschaftWert serial PRIMARY KEY,
	kEigenschaft int NOT NULL REFERENCES teigenschaft (kEigenschaft),
	cName varchar(255),
	fAufpreisNetto double precision DEFAULT 0,
	fGewichtDiff double precision DEFAULT 0,
	cArtNr varchar(255),
	nSort int,
	fLagerbestand double precision,
	fPackeinheit double precision
);

CREATE TABLE teigenschaftwertsprache (
	kEigenschaftWert int NOT NULL REFERENCES teigenschaftwert (kEigenschaftWert),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cName varchar(255),
	PRIMARY KEY (kEigenschaftWert, kSprache)
);

CREATE TABLE tpreis (
	kPreis serial PRIMARY KEY,
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	kKundengruppe int NOT NULL REFERENCES tkundengruppe (kKundengruppe),
	kKunde int DEFAULT 0 REFERENCES tkunde (kKunde)
);

CREATE TABLE tpreisdetail (
	kPreisDetail serial PRIMARY KEY,
	kPreis int NOT NULL REFERENCES tpreis (kPreis),
	nAnzahlAb int DEFAULT 0,
	fVKNetto double precision
);

CREATE TABLE tartikelsonderpreis (
	kArtikelSonderpreis serial PRIMARY KEY,
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	cAktiv char(1) DEFAULT 'N',
	dStart date,
	nAnzahl int,
	nIstAnzahl smallint,
	nIstDatum smallint,
	dEnde date
);

CREATE TABLE tsonderpreise (
	kArtikelSonderpreis int NOT NULL REFERENCES tartikelsonderpreis (kArtikelSonderpreis),
	kKundengruppe int NOT NULL REFERENCES tkundengruppe (kKundengruppe),
	fNettoPreis double precision,
	PRIMARY KEY (kArtikelSonderpreis, kKundengruppe)
);

CREATE TABLE twarenlager (
	kWarenlager serial PRIMARY KEY,
	cName varchar(255),
	cKuerzel varchar(255),
	cLagerTyp varchar(255),
	cBeschreibung varchar(255),
	cStrasse varchar(255),
	cPLZ varchar(255),
	cOrt varchar(255),
	cLand varchar(255),
	nFulfillment smallint,
	nAktiv smallint DEFAULT 0
);

CREATE TABLE tartikelwarenlager (
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	kWarenlager int NOT NULL REFERENCES twarenlager (kWarenlager),
	fBestand double precision,
	fZulauf double precision,
	dZulaufDatum timestamp,
	PRIMARY KEY (kArtikel, kWarenlager)
);

CREATE TABLE tkunde (
	kKunde serial PRIMARY KEY,
	kKundengruppe int DEFAULT 0 REFERENCES tkundengruppe (kKundengruppe),
	kSprache int DEFAULT 0 REFERENCES tsprache (kSprache),
	cKundenNr varchar(255),
	cPasswort varchar(255),
	cAnrede varchar(20),
	cTitel varchar(64),
	cVorname varchar(255),
	cNachname varchar(255),
	cFirma varchar(255),
	cZusatz varchar(255),
	cStrasse varchar(255),
	cHausnummer varchar(32),
	cAdressZusatz varchar(255),
	cPLZ varchar(32),
	cOrt varchar(255),
	cBundesland varchar(255),
	cLand char(2) REFERENCES tland (cISO),
	cTel varchar(255),
	cMobil varchar(255),
	cFax varchar(255),
	cMail varchar(255),
	cUSTID varchar(255),
	cWWW varchar(255),
	cSperre char(1) DEFAULT 'N',
	fGuthaben double precision DEFAULT 0,
	cNewsletter char(1),
	dGeburtstag date,
	fRabatt double precision DEFAULT 0,
	cHerkunft varchar(255),
	dErstellt date,
	dVeraendert timestamp,
	cAktiv char(1) DEFAULT 'Y',
	cAbgeholt char(1) DEFAULT 'N',
	nRegistriert smallint,
	nLoginversuche int DEFAULT 0
);

CREATE TABLE tlieferadresse (
	kLieferadresse serial PRIMARY KEY,
	kKunde int NOT NULL REFERENCES tkunde (kKunde),
	cAnrede varchar(20),
	cVorname varchar(255),
	cNachname varchar(255),
	cTitel varchar(64),
	cFirma varchar(255),
	cZusatz varchar(255),
	cStrasse varchar(255),
	cHausnummer varchar(32),
	cAdressZusatz varchar(255),
	cPLZ varchar(20),
	cOrt varchar(255),
	cBundesland varchar(255),
	cLand char(2) REFERENCES tland (cISO),
	cTel varchar(255),
	cMobil varchar(255),
	cFax varchar(255),
	cMail varchar(255)
);

CREATE TABLE trechnungsadresse (
	kRechnungsadresse serial PRIMARY KEY,
	kKunde int NOT NULL REFERENCES tkunde (kKunde),
	cAnrede varchar(20),
	cTitel varchar(64),
	cVorname varchar(255),
	cNachname varchar(255),
	cFirma varchar(255),
	cZusatz varchar(255),
	cStrasse varchar(255),
	cHausnummer varchar(32),
	cAdressZusatz varchar(255),
	cPLZ varchar(20),
	cOrt varchar(255),
	cBundesland varchar(255),
	cLand char(2) REFERENCES tland (cISO),
	cTel varchar(255),
	cMobil varchar(255),
	cFax varchar(255),
	cUSTID varchar(255),
	cWWW varchar(255),
	cMail varchar(255)
);

CREATE TABLE tzahlungsart (
	kZahlungsart serial PRIMARY KEY,
	cName varchar(255),
	cModulId varchar(255),
	cKundengruppen varchar(255),
	cBild varchar(255),
	nSort int DEFAULT 0,
	nMailSenden smallint DEFAULT 0,
	nActive smallint DEFAULT 1,
	cAnbieter varchar(255),
	cTSCode varchar(255),
	nWaehrendBestellung smallint DEFAULT 0,
	nCURL smallint DEFAULT 0,
	nSOAP smallint DEFAULT 0,
	nSOCKETS smallint DEFAULT 0,
	nNutzbar smallint DEFAULT 1
);

CREATE TABLE tzahlungsartsprache (
	kZahlungsart int NOT NULL REFERENCES tzahlungsart (kZahlungsart),
	cISOSprache varchar(5) NOT NULL REFERENCES tsprache (cISO),
	cName varchar(255),
	cGebuehrname varchar(255),
	cHinweisText text,
	cHinweisTextShop text,
	PRIMARY KEY (kZahlungsart, cISOSprache)
);

CREATE TABLE tversandberechnung (
	kVersandberechnung serial PRIMARY KEY,
	cModulId varchar(255),
	cName varchar(255)
);

CREATE TABLE tversandart (
	kVersandart serial PRIMARY KEY,
	kVersandberechnung int NOT NULL REFERENCES tversandberechnung (kVersandberechnung),
	cVersandklassen varchar(255),
	cName varchar(255),
	cLaender text,
	cAnzeigen varchar(255),
	cKundengruppen varchar(255),
	cBild varchar(255),
	cNurAbhaengigeVersandart char(1) DEFAULT 'N',
	nSort int DEFAULT 0,
	fPreis double precision DEFAULT 0,
	fVersandkostenfreiAbX double precision,
	fDeckelung double precision,
	cIgnoreShippingProposal char(1) DEFAULT 'N',
	nMinLiefertage int,
	nMaxLiefertage int,
	eSteuer varchar(10)
);

CREATE TABLE tversandartsprache (
	kVersandart int NOT NULL REFERENCES tversandart (kVersandart),
	cISOSprache varchar(5) NOT NULL REFERENCES tsprache (cISO),
	cName varchar(255),
	cLieferdauer varchar(255),
	cHinweistext text,
	cHinweistextShop text,
	PRIMARY KEY (kVersandart, cISOSprache)
);

CREATE TABLE tversandartzahlungsart (
	kVersandartZahlungsart serial PRIMARY KEY,
	kVersandart int NOT NULL REFERENCES tversandart (kVersandart),
	kZahlungsart int NOT NULL REFERENCES tzahlungsart (kZahlungsart),
	fAufpreis double precision,
	cAufpreisTyp varchar(20)
);

CREATE TABLE tversandzuschlag (
	kVersandzuschlag serial PRIMARY KEY,
	kVersandart int NOT NULL REFERENCES tversandart (kVersandart),
	cISO char(2) NOT NULL REFERENCES tland (cISO),
	cName varchar(255),
	fZuschlag double precision
);

CREATE TABLE tzahlungsinfo (
	kZahlungsInfo serial PRIMARY KEY,
	kBestellung int NOT NULL REFERENCES tbestellung (kBestellung),
	kKunde int NOT NULL REFERENCES tkunde (kKunde),
	cBankName varchar(255),
	cBLZ varchar(255),
	cKontoNr varchar(255),
	cKartenNr varchar(255),
	cGueltigkeit varchar(255),
	cCVV varchar(255),
	cKartenTyp varchar(255),
	cInhaber varchar(255),
	cIBAN varchar(255),
	cBIC varchar(255),
	cVerwendungszweck varchar(255),
	cAbgeholt char(1) DEFAULT 'N'
);

CREATE TABLE twarenkorb (
	kWarenkorb serial PRIMARY KEY,
	kKunde int DEFAULT 0 REFERENCES tkunde (kKunde),
	kLieferadresse int DEFAULT 0 REFERENCES tlieferadresse (kLieferadresse),
	kZahlungsInfo int DEFAULT 0 REFERENCES tzahlungsinfo (kZahlungsInfo)
);

CREATE TABLE twarenkorbpos (
	kWarenkorbPos serial PRIMARY KEY,
	kWarenkorb int NOT NULL REFERENCES twarenkorb (kWarenkorb),
	kArtikel int DEFAULT 0 REFERENCES tartikel (kArtikel),
	kVersandklasse int DEFAULT 0 REFERENCES tversandklasse (kVersandklasse),
	cName varchar(255),
	cLieferstatus varchar(255),
	cArtNr varchar(255),
	cEinheit varchar(255),
	fPreisEinzelNetto double precision,
	fPreis double precision,
	fMwSt double precision,
	nAnzahl double precision,
	nPosTyp smallint,
	cHinweis varchar(255),
	cUnique varchar(255),
	cResponsibility varchar(255),
	nLongestMinDelivery int,
	nLongestMaxDelivery int
);

CREATE TABLE twarenkorbposeigenschaft (
	kWarenkorbPosEigenschaft serial PRIMARY KEY,
	kWarenkorbPos int NOT NULL REFERENCES twarenkorbpos (kWarenkorbPos),
	kEigenschaft int NOT NULL REFERENCES teigenschaft (kEigenschaft),
	kEigenschaftWert int DEFAULT 0 REFERENCES teigenschaftwert (kEigenschaftWert),
	cEigenschaftName varchar(255),
	cEigenschaftWertName varchar(255),
	cFreifeldWert varchar(255),
	fAufpreis double precision
);

CREATE TABLE tbestellung (
	kBestellung serial PRIMARY KEY,
	kWarenkorb int NOT NULL REFERENCES twarenkorb (kWarenkorb),
	kKunde int NOT NULL REFERENCES tkunde (kKunde),
	kLieferadresse int DEFAULT 0 REFERENCES tlieferadresse (kLieferadresse),
	kRechnungsadresse int NOT NULL REFERENCES trechnungsadresse (kRechnungsadresse),
	kZahlungsart int NOT NULL REFERENCES tzahlungsart (kZahlungsart),
	kVersandart int NOT NULL REFERENCES tversandart (kVersandart),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	kWaehrung int NOT NULL REFERENCES twaehrung (kWaehrung),
	fGuthaben double precision DEFAULT 0,
	fGesamtsumme double precision,
	cSession varchar(255),
	cVersandartName varchar(255),
	cZahlungsartName varchar(255),
	cBestellNr varchar(20),
	cVersandInfo varchar(255),
	nLongestMinDelivery int,
	nLongestMaxDelivery int,
	dVersandDatum date,
	dBezahltDatum date,
	dBewertungErinnerung timestamp,
	cTracking varchar(255),
	cKommentar text,
	cLogistiker varchar(255),
	cTrackingURL varchar(255),
	cIP varchar(255),
	cAbgeholt char(1) DEFAULT 'N',
	cStatus char(1),
	dErstellt timestamp,
	fWaehrungsFaktor double precision DEFAULT 1,
	cPUIZahlungsdaten text
);

CREATE TABLE tbestellid (
	kBestellung int PRIMARY KEY REFERENCES tbestellung (kBestellung),
	dDatum timestamp,
	cId varchar(255) NOT NULL UNIQUE
);

CREATE TABLE tzahlungseingang (
	kZahlungseingang serial PRIMARY KEY,
	kBestellung int NOT NULL REFERENCES tbestellung (kBestellung),
	cZahlungsanbieter varchar(255),
	fBetrag double precision,
	fZahlungsgebuehr double precision,
	cISO varchar(5),
	cEmpfaenger varchar(255),
	cZahler varchar(255),
	dZeit timestamp,
	cHinweis varchar(255),
	cAbgeholt char(1) DEFAULT 'N'
);

CREATE TABLE tlieferschein (
	kLieferschein serial PRIMARY KEY,
	kInetBestellung int NOT NULL REFERENCES tbestellung (kBestellung),
	cLieferscheinNr varchar(255),
	cHinweis text,
	nFulfillment smallint,
	nStatus smallint,
	dErstellt timestamp,
	bEmailVerschickt smallint
);

CREATE TABLE tlieferscheinpos (
	kLieferscheinPos serial PRIMARY KEY,
	kLieferschein int NOT NULL REFERENCES tlieferschein (kLieferschein),
	kBestellPos int NOT NULL REFERENCES twarenkorbpos (kWarenkorbPos),
	kWarenlager int REFERENCES twarenlager (kWarenlager),
	fAnzahl double precision
);

CREATE TABLE tversand (
	kVersand serial PRIMARY KEY,
	kLieferschein int NOT NULL REFERENCES tlieferschein (kLieferschein),
	cLogistik varchar(255),
	cLogistikURL varchar(255),
	cIdentCode varchar(255),
	cHinweis text,
	dErstellt timestamp
);

CREATE TABLE tbewertung (
	kBewertung serial PRIMARY KEY,
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	kKunde int NOT NULL REFERENCES tkunde (kKunde),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cName varchar(255),
	cTitel varchar(255),
	cText text,
	nHilfreich int DEFAULT 0,
	nNichtHilfreich int DEFAULT 0,
	nSterne smallint,
	nAktiv smallint DEFAULT 0,
	dDatum date,
	cAntwort text,
	dAntwortDatum date
);

CREATE TABLE twunschliste (
	kWunschliste serial PRIMARY KEY,
	kKunde int NOT NULL REFERENCES tkunde (kKunde),
	nStandard smallint,
	nOeffentlich smallint,
	cName varchar(255),
	cURLID varchar(255),
	dErstellt timestamp
);

CREATE TABLE twunschlistepos (
	kWunschlistePos serial PRIMARY KEY,
	kWunschliste int NOT NULL REFERENCES twunschliste (kWunschliste),
	kArtikel int NOT NULL REFERENCES tartikel (kArtikel),
	cArtikelName varchar(255),
	fAnzahl double precision,
	cKommentar text,
	dHinzugefuegt timestamp
);

CREATE TABLE twunschlisteposeigenschaft (
	kWunschlistePosEigenschaft serial PRIMARY KEY,
	kWunschlistePos int NOT NULL REFERENCES twunschlistepos (kWunschlistePos),
	kEigenschaft int NOT NULL REFERENCES teigenschaft (kEigenschaft),
	kEigenschaftWert int DEFAULT 0 REFERENCES teigenschaftwert (kEigenschaftWert),
	cFreifeldWert varchar(255),
	cEigenschaftName varchar(255),
	cEigenschaftWertName varchar(255)
);

CREATE TABLE tkupon (
	kKupon serial PRIMARY KEY,
	kKundengruppe int DEFAULT -1 REFERENCES tkundengruppe (kKundengruppe),
	kSteuerklasse int NOT NULL REFERENCES tsteuerklasse (kSteuerklasse),
	cName varchar(255),
	fWert double precision,
	cWertTyp varchar(20),
	dGueltigAb timestamp,
	dGueltigBis timestamp,
	fMindestbestellwert double precision,
	cCode varchar(255),
	nVerwendungen int,
	nVerwendungenBisher int,
	nVerwendungenProKunde int,
	cArtikel text,
	cHersteller text,
	cKategorien text,
	cKunden text,
	cKuponTyp varchar(20),
	cLieferlaender text,
	cZusatzgebuehren char(1),
	cAktiv char(1),
	dErstellt timestamp,
	nGanzenWKRabattieren smallint
);

CREATE TABLE tkuponsprache (
	kKupon int NOT NULL REFERENCES tkupon (kKupon),
	cISOSprache varchar(5) NOT NULL REFERENCES tsprache (cISO),
	cName varchar(255),
	PRIMARY KEY (kKupon, cISOSprache)
);

CREATE TABLE tkuponkunde (
	kKuponKunde serial PRIMARY KEY,
	kKupon int NOT NULL REFERENCES tkupon (kKupon),
	kKunde int REFERENCES tkunde (kKunde),
	cMail varchar(255),
	dErstellt timestamp,
	nVerwendungen int
);

CREATE TABLE tkuponbestellung (
	kKupon int NOT NULL REFERENCES tkupon (kKupon),
	kBestellung int NOT NULL REFERENCES tbestellung (kBestellung),
	kKunde int REFERENCES tkunde (kKunde),
	cBestellNr varchar(255),
	fGesammtsummeBrutto double precision,
	fKuponwertBrutto double precision,
	cKuponTyp varchar(20),
	dErstellt timestamp,
	PRIMARY KEY (kKupon, kBestellung)
);

CREATE TABLE tnewsletterempfaenger (
	kNewsletterEmpfaenger serial PRIMARY KEY,
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	kKunde int DEFAULT 0 REFERENCES tkunde (kKunde),
	nAktiv smallint,
	cAnrede varchar(255),
	cVorname varchar(255),
	cNachname varchar(255),
	cEmail varchar(255),
	cOptCode varchar(255),
	cLoeschCode varchar(255),
	dEingetragen timestamp,
	dLetzterNewsletter timestamp
);

CREATE TABLE tnewsletter (
	kNewsletter serial PRIMARY KEY,
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cKundengruppe varchar(255),
	cName varchar(255),
	cBetreff varchar(255),
	cArt varchar(255),
	cArtikel text,
	cHersteller text,
	cKategorie text,
	cKampagne varchar(255),
	nAktiv smallint,
	dStartZeit timestamp,
	dLetzterVersand timestamp
);

CREATE TABLE tnews (
	kNews serial PRIMARY KEY,
	cKundengruppe varchar(255),
	cPreviewImage varchar(255),
	nAktiv smallint,
	dErstellt timestamp,
	dGueltigVon timestamp
);

CREATE TABLE tnewssprache (
	kNews int NOT NULL REFERENCES tnews (kNews),
	languageID int NOT NULL REFERENCES tsprache (kSprache),
	languageCode varchar(5),
	title varchar(255),
	content text,
	preview text,
	previewImage varchar(255),
	metaTitle varchar(255),
	metaDescription text,
	PRIMARY KEY (kNews, languageID)
);

CREATE TABLE tnewskategorie (
	kNewsKategorie serial PRIMARY KEY,
	kParent int DEFAULT 0 REFERENCES tnewskategorie (kNewsKategorie),
	nSort int,
	nAktiv smallint,
	lft int,
	rght int,
	lvl int,
	cPreviewImage varchar(255),
	dLetzteAktualisierung timestamp
);

CREATE TABLE tnewskategorienews (
	kNews int NOT NULL REFERENCES tnews (kNews),
	kNewsKategorie int NOT NULL REFERENCES tnewskategorie (kNewsKategorie),
	PRIMARY KEY (kNews, kNewsKategorie)
);

CREATE TABLE tnewskommentar (
	kNewsKommentar serial PRIMARY KEY,
	kNews int NOT NULL REFERENCES tnews (kNews),
	kKunde int DEFAULT 0 REFERENCES tkunde (kKunde),
	parentCommentID int DEFAULT 0 REFERENCES tnewskommentar (kNewsKommentar),
	nAktiv smallint,
	cName varchar(255),
	cEmail varchar(255),
	cKommentar text,
	dErstellt timestamp,
	isAdmin int DEFAULT 0
);

CREATE TABLE tplugin (
	kPlugin serial PRIMARY KEY,
	cName varchar(255),
	cBeschreibung text,
	cAutor varchar(255),
	cURL varchar(255),
	cVerzeichnis varchar(255),
	cPluginID varchar(255) UNIQUE,
	cFehlercode varchar(255),
	nStatus smallint,
	nVersion varchar(20),
	nPrio int,
	dZuletztAktualisiert timestamp,
	dInstalliert timestamp
);

CREATE TABLE temailvorlage (
	kEmailvorlage serial PRIMARY KEY,
	kPlugin int DEFAULT 0 REFERENCES tplugin (kPlugin),
	cName varchar(255),
	cBeschreibung text,
	cMailTyp varchar(20),
	cModulId varchar(255),
	cDateiname varchar(255),
	cAktiv char(1),
	nAKZ smallint,
	nAGB smallint,
	nWRB smallint,
	nWRBForm smallint,
	nDSE smallint,
	nFehlerhaft smallint
);

CREATE TABLE temailvorlagesprache (
	kEmailvorlage int NOT NULL REFERENCES temailvorlage (kEmailvorlage),
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	cBetreff varchar(255),
	cContentHtml text,
	cContentText text,
	cPDFS varchar(255),
	cDateiname varchar(255),
	PRIMARY KEY (kEmailvorlage, kSprache)
);

CREATE TABLE tlinkgruppe (
	kLinkgruppe serial PRIMARY KEY,
	cName varchar(255),
	cTemplatename varchar(255)
);

CREATE TABLE tlink (
	kLink serial PRIMARY KEY,
	kVaterLink int DEFAULT 0 REFERENCES tlink (kLink),
	kPlugin int DEFAULT 0 REFERENCES tplugin (kPlugin),
	reference int DEFAULT 0 REFERENCES tlink (kLink),
	cName varchar(255),
	nLinkart int,
	cNoFollow char(1),
	cKundengruppen text,
	cSichtbarNachLogin char(1),
	cDruckButton char(1),
	nSort int,
	bSSL smallint,
	bIsFluid smallint,
	cIdentifier varchar(255),
	bIsActive smallint,
	target varchar(255)
);

CREATE TABLE tlinksprache (
	kLink int NOT NULL REFERENCES tlink (kLink),
	cISOSprache varchar(5) NOT NULL REFERENCES tsprache (cISO),
	cName varchar(255),
	cSeo varchar(255),
	cTitle varchar(255),
	cContent text,
	cMetaTitle varchar(255),
	cMetaDescription text,
	PRIMARY KEY (kLink, cISOSprache)
);

CREATE TABLE tlinkgroupassociations (
	id serial PRIMARY KEY,
	linkID int NOT NULL REFERENCES tlink (kLink),
	linkGroupID int NOT NULL REFERENCES tlinkgruppe (kLinkgruppe)
);

CREATE TABLE tseo (
	cSeo varchar(255) NOT NULL,
	cKey varchar(255) NOT NULL,
	kKey int NOT NULL,
	kSprache int NOT NULL REFERENCES tsprache (kSprache),
	PRIMARY KEY (cKey, kKey, kSprache)
);

CREATE TABLE tadminlogingruppe (
	kAdminlogingruppe serial PRIMARY KEY,
	cGruppe varchar(255),
	cBeschreibung varchar(255)
);

CREATE TABLE tadminrecht (
	cRecht varchar(255) PRIMARY KEY,
	cBeschreibung varchar(255)
);

CREATE TABLE tadminrechtegruppe (
	kAdminlogingruppe int NOT NULL REFERENCES tadminlogingruppe (kAdminlogingruppe),
	cRecht varchar(255) NOT NULL REFERENCES tadminrecht (cRecht),
	PRIMARY KEY (kAdminlogingruppe, cRecht)
);

CREATE TABLE tadminlogin (
	kAdminlogin serial PRIMARY KEY,
	kAdminlogingruppe int NOT NULL REFERENCES tadminlogingruppe (kAdminlogingruppe),
	cLogin varchar(255) UNIQUE,
	cName varchar(255),
	cMail varchar(255),
	cPass varchar(255),
	language varchar(35),
	nLoginVersuch int DEFAULT 0,
	bAktiv smallint DEFAULT 1,
	dLetzterLogin timestamp,
	dGueltigBis timestamp
);
