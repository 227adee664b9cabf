-- erp_sap_de.sql: a third blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind3). An SAP ERP extract as a
-- German data team keeps it, written for this bench by an author who had not
-- read the inference code: SAP tables under their technical names (KNA1
-- customers, LFA1 vendors, MARA/MARC/MARD materials, VBAK/VBAP sales orders,
-- LIKP/LIPS deliveries, VBRK/VBRP billing, EKKO/EKPO purchasing, T001 company
-- codes, T001W plants, T005 countries, TCURC currencies, T006 units) with
-- their German abbreviated fields (KUNNR, LIFNR, MATNR, WERKS, LGORT, BUKRS,
-- VKORG, WAERS/WAERK, MEINS/VRKME, MATKL, LAND1, SPRAS, VBELN/POSNR,
-- EBELN/EBELP), character keys, composite keys and SAP's role fields (KUNAG
-- sold-to party, VGBEL/VGPOS and AUBEL/AUPOS preceding document). A client
-- field (MANDT) is left out: a single-client extract. Beside it an in-house
-- order and invoicing application with German names and mixed plurals
-- (kunden/kunde_id, lieferanten/lieferant_id, artikel/artikel_nr,
-- auftraege/auftrag_id, rechnungen/rechnung_id, mitarbeiter/personalnr)
-- that points into the SAP tables. The declared foreign keys are the truth.
-- Readable by PostgreSQL, SQLite and Sextant's DDL reader.

-- ---------------------------------------------------------------- SAP customizing

CREATE TABLE t002 (
    spras char(1) PRIMARY KEY,
    laiso char(2) NOT NULL,
    sptxt varchar(16)
);

CREATE TABLE tcurc (
    waers char(5) PRIMARY KEY,
    isocd char(3) NOT NULL,
    ltext varchar(40)
);

CREATE TABLE t005 (
    land1 char(3) PRIMARY KEY,
    landx varchar(15) NOT NULL,
    intca char(2) NOT NULL,
    waers char(5) REFERENCES tcurc (waers),
    spras char(1) REFERENCES t002 (spras)
);

CREATE TABLE t006 (
    msehi char(3) PRIMARY KEY,
    dimid char(6),
    isocode char(3),
    mseht varchar(10)
);

CREATE TABLE t001 (
    bukrs char(4) PRIMARY KEY,
    butxt varchar(25) NOT NULL,
    ort01 varchar(25),
    land1 char(3) NOT NULL REFERENCES t005 (land1),
    waers char(5) NOT NULL REFERENCES tcurc (waers),
    spras char(1) REFERENCES t002 (spras)
);

CREATE TABLE tvko (
    vkorg char(4) PRIMARY KEY,
    bukrs char(4) NOT NULL REFERENCES t001 (bukrs),
    waers char(5) REFERENCES tcurc (waers),
    vtext varchar(20)
);

CREATE TABLE tvak (
    auart char(4) PRIMARY KEY,
    vbtyp char(1) NOT NULL,
    bezei varchar(20)
);

CREATE TABLE t001w (
    werks char(4) PRIMARY KEY,
    name1 varchar(30) NOT NULL,
    bwkey char(4),
    vkorg char(4) REFERENCES tvko (vkorg),
    land1 char(3) NOT NULL REFERENCES t005 (land1),
    ort01 varchar(25),
    pstlz varchar(10)
);

CREATE TABLE t001l (
    werks char(4) NOT NULL REFERENCES t001w (werks),
    lgort char(4) NOT NULL,
    lgobe varchar(16),
    PRIMARY KEY (werks, lgort)
);

CREATE TABLE t023 (
    matkl char(9) PRIMARY KEY,
    wgbez varchar(20),
    spart char(2)
);

-- ---------------------------------------------------------------- SAP master data

CREATE TABLE kna1 (
    kunnr char(10) PRIMARY KEY,
    land1 char(3) NOT NULL REFERENCES t005 (land1),
    name1 varchar(35) NOT NULL,
    name2 varchar(35),
    ort01 varchar(35),
    pstlz varchar(10),
    stras varchar(35),
    spras char(1) REFERENCES t002 (spras),
    stceg varchar(20),
    ktokd char(4),
    erdat date,
    ernam varchar(12),
    loevm char(1)
);

CREATE TABLE knvv (
    kunnr char(10) NOT NULL REFERENCES kna1 (kunnr),
    vkorg char(4) NOT NULL REFERENCES tvko (vkorg),
    vtweg char(2) NOT NULL,
    spart char(2) NOT NULL,
    waers char(5) REFERENCES tcurc (waers),
    kdgrp char(2),
    zterm char(4),
    PRIMARY KEY (kunnr, vkorg, vtweg, spart)
);

CREATE TABLE lfa1 (
    lifnr char(10) PRIMARY KEY,
    land1 char(3) NOT NULL REFERENCES t005 (land1),
    name1 varchar(35) NOT NULL,
    ort01 varchar(35),
    pstlz varchar(10),
    stras varchar(35),
    kunnr char(10) REFERENCES kna1 (kunnr),
    stceg varchar(20),
    erdat date,
    loevm char(1)
);

CREATE TABLE mara (
    matnr char(18) PRIMARY KEY,
    mtart char(4) NOT NULL,
    matkl char(9) REFERENCES t023 (matkl),
    meins char(3) NOT NULL REFERENCES t006 (msehi),
    gewei char(3) REFERENCES t006 (msehi),
    brgew numeric(13, 3),
    ntgew numeric(13, 3),
    ersda date,
    ernam varchar(12),
    lvorm char(1)
);

CREATE TABLE makt (
    matnr char(18) NOT NULL REFERENCES mara (matnr),
    spras char(1) NOT NULL REFERENCES t002 (spras),
    maktx varchar(40) NOT NULL,
    PRIMARY KEY (matnr, spras)
);

CREATE TABLE marc (
    matnr char(18) NOT NULL REFERENCES mara (matnr),
    werks char(4) NOT NULL REFERENCES t001w (werks),
    dispo char(3),
    ekgrp char(3),
    minbe numeric(13, 3),
    plifz integer,
    PRIMARY KEY (matnr, werks)
);

CREATE TABLE mard (
    matnr char(18) NOT NULL,
    werks char(4) NOT NULL,
    lgort char(4) NOT NULL,
    labst numeric(13, 3) NOT NULL,
    insme numeric(13, 3),
    speme numeric(13, 3),
    PRIMARY KEY (matnr, werks, lgort),
    FOREIGN KEY (matnr, werks) REFERENCES marc (matnr, werks),
    FOREIGN KEY (werks, lgort) REFERENCES t001l (werks, lgort)
);

-- ---------------------------------------------------------------- SAP sales and purchasing

CREATE TABLE vbak (
    vbeln char(10) PRIMARY KEY,
    erdat date NOT NULL,
    ernam varchar(12),
    auart char(4) NOT NULL REFERENCES tvak (auart),
    vkorg char(4) NOT NULL REFERENCES tvko (vkorg),
    vtweg char(2),
    spart char(2),
    kunnr char(10) NOT NULL REFERENCES kna1 (kunnr),
    netwr numeric(15, 2),
    waerk char(5) NOT NULL REFERENCES tcurc (waers),
    bstnk varchar(20),
    audat date
);

CREATE TABLE vbap (
    vbeln char(10) NOT NULL REFERENCES vbak (vbeln),
    posnr char(6) NOT NULL,
    matnr char(18) NOT NULL REFERENCES mara (matnr),
    arktx varchar(40),
    werks char(4) REFERENCES t001w (werks),
    lgort char(4),
    kwmeng numeric(15, 3) NOT NULL,
    vrkme char(3) NOT NULL REFERENCES t006 (msehi),
    netwr numeric(15, 2),
    waerk char(5) REFERENCES tcurc (waers),
    uepos char(6),
    abgru char(2),
    PRIMARY KEY (vbeln, posnr)
);

CREATE TABLE likp (
    vbeln char(10) PRIMARY KEY,
    erdat date NOT NULL,
    vstel char(4),
    lfart char(4) NOT NULL,
    kunnr char(10) NOT NULL REFERENCES kna1 (kunnr),
    kunag char(10) REFERENCES kna1 (kunnr),
    wadat_ist date,
    btgew numeric(15, 3),
    gewei char(3) REFERENCES t006 (msehi)
);

CREATE TABLE lips (
    vbeln char(10) NOT NULL REFERENCES likp (vbeln),
    posnr char(6) NOT NULL,
    matnr char(18) NOT NULL REFERENCES mara (matnr),
    werks char(4) NOT NULL REFERENCES t001w (werks),
    lgort char(4),
    lfimg numeric(13, 3) NOT NULL,
    meins char(3) NOT NULL REFERENCES t006 (msehi),
    vgbel char(10),
    vgpos char(6),
    charg varchar(10),
    PRIMARY KEY (vbeln, posnr),
    FOREIGN KEY (vgbel, vgpos) REFERENCES vbap (vbeln, posnr)
);

CREATE TABLE vbrk (
    vbeln char(10) PRIMARY KEY,
    fkart char(4) NOT NULL,
    fkdat date NOT NULL,
    bukrs char(4) NOT NULL REFERENCES t001 (bukrs),
    vkorg char(4) REFERENCES tvko (vkorg),
    kunag char(10) NOT NULL REFERENCES kna1 (kunnr),
    kunrg char(10) REFERENCES kna1 (kunnr),
    netwr numeric(15, 2),
    mwsbk numeric(13, 2),
    waerk char(5) NOT NULL REFERENCES tcurc (waers),
    fksto char(1),
    sfakn char(10) REFERENCES vbrk (vbeln)
);

CREATE TABLE vbrp (
    vbeln char(10) NOT NULL REFERENCES vbrk (vbeln),
    posnr char(6) NOT NULL,
    matnr char(18) REFERENCES mara (matnr),
    fkimg numeric(13, 3),
    vrkme char(3) REFERENCES t006 (msehi),
    netwr numeric(15, 2),
    aubel char(10),
    aupos char(6),
    vgbel char(10),
    vgpos char(6),
    werks char(4) REFERENCES t001w (werks),
    PRIMARY KEY (vbeln, posnr),
    FOREIGN KEY (aubel, aupos) REFERENCES vbap (vbeln, posnr),
    FOREIGN KEY (vgbel, vgpos) REFERENCES lips (vbeln, posnr)
);

CREATE TABLE ekko (
    ebeln char(10) PRIMARY KEY,
    bukrs char(4) NOT NULL REFERENCES t001 (bukrs),
    bsart char(4) NOT NULL,
    lifnr char(10) NOT NULL REFERENCES lfa1 (lifnr),
    ekorg char(4),
    ekgrp char(3),
    waers char(5) NOT NULL REFERENCES tcurc (waers),
    bedat date NOT NULL,
    ernam varchar(12),
    loekz char(1)
);

CREATE TABLE ekpo (
    ebeln char(10) NOT NULL REFERENCES ekko (ebeln),
    ebelp char(5) NOT NULL,
    matnr char(18) REFERENCES mara (matnr),
    txz01 varchar(40),
    werks char(4) NOT NULL REFERENCES t001w (werks),
    lgort char(4),
    menge numeric(13, 3) NOT NULL,
    meins char(3) NOT NULL REFERENCES t006 (msehi),
    netpr numeric(11, 2),
    peinh integer,
    matkl char(9) REFERENCES t023 (matkl),
    PRIMARY KEY (ebeln, ebelp)
);

-- ---------------------------------------------------------------- in-house application (German)

CREATE TABLE abteilungen (
    id integer PRIMARY KEY,
    bezeichnung varchar(60) NOT NULL,
    kostenstelle varchar(10),
    bukrs char(4) REFERENCES t001 (bukrs)
);

CREATE TABLE mitarbeiter (
    personalnr integer PRIMARY KEY,
    vorname varchar(50) NOT NULL,
    nachname varchar(50) NOT NULL,
    abteilung_id integer REFERENCES abteilungen (id),
    vorgesetzter integer REFERENCES mitarbeiter (personalnr),
    werk char(4) REFERENCES t001w (werks),
    eintrittsdatum date,
    email varchar(120),
    aktiv boolean NOT NULL
);

CREATE TABLE kunden (
    id integer PRIMARY KEY,
    kunnr char(10) REFERENCES kna1 (kunnr),
    firma varchar(100) NOT NULL,
    ansprechpartner varchar(100),
    telefon varchar(30),
    email varchar(120),
    land char(3) REFERENCES t005 (land1),
    betreuer_id integer REFERENCES mitarbeiter (personalnr),
    angelegt_am timestamp NOT NULL,
    gesperrt boolean NOT NULL
);

CREATE TABLE adressen (
    id integer PRIMARY KEY,
    kunde_id integer NOT NULL REFERENCES kunden (id),
    adressart varchar(20) NOT NULL,
    strasse varchar(100) NOT NULL,
    hausnummer varchar(10),
    plz varchar(10) NOT NULL,
    ort varchar(60) NOT NULL,
    land char(3) NOT NULL REFERENCES t005 (land1)
);

CREATE TABLE lieferanten (
    id integer PRIMARY KEY,
    lifnr char(10) REFERENCES lfa1 (lifnr),
    name varchar(100) NOT NULL,
    land char(3) REFERENCES t005 (land1),
    zahlungsziel_tage integer,
    bewertung integer
);

CREATE TABLE artikel (
    artikel_nr varchar(20) PRIMARY KEY,
    matnr char(18) REFERENCES mara (matnr),
    bezeichnung varchar(120) NOT NULL,
    warengruppe char(9) REFERENCES t023 (matkl),
    mengeneinheit char(3) NOT NULL REFERENCES t006 (msehi),
    lieferant_id integer REFERENCES lieferanten (id),
    listenpreis numeric(12, 2),
    waehrung char(5) REFERENCES tcurc (waers),
    ausgelaufen boolean NOT NULL
);

CREATE TABLE auftraege (
    id integer PRIMARY KEY,
    auftragsnummer varchar(20) NOT NULL,
    kunde_id integer NOT NULL REFERENCES kunden (id),
    lieferadresse_id integer REFERENCES adressen (id),
    rechnungsadresse_id integer REFERENCES adressen (id),
    vbeln char(10) REFERENCES vbak (vbeln),
    bearbeiter integer REFERENCES mitarbeiter (personalnr),
    auftragsdatum date NOT NULL,
    status varchar(20) NOT NULL,
    waehrung char(5) NOT NULL REFERENCES tcurc (waers),
    bemerkung text
);

CREATE TABLE auftragspositionen (
    auftrag_id integer NOT NULL REFERENCES auftraege (id),
    pos_nr integer NOT NULL,
    artikel_nr varchar(20) NOT NULL REFERENCES artikel (artikel_nr),
    menge numeric(12, 3) NOT NULL,
    einzelpreis numeric(12, 2) NOT NULL,
    rabatt_prozent numeric(5, 2),
    lieferwerk char(4) REFERENCES t001w (werks),
    PRIMARY KEY (auftrag_id, pos_nr)
);

CREATE TABLE rechnungen (
    rechnung_id integer PRIMARY KEY,
    rechnungsnummer varchar(20) NOT NULL,
    auftrag_id integer REFERENCES auftraege (id),
    kunde_id integer NOT NULL REFERENCES kunden (id),
    fkdat date NOT NULL,
    netto numeric(12, 2) NOT NULL,
    mwst numeric(12, 2) NOT NULL,
    waehrung char(5) NOT NULL REFERENCES tcurc (waers),
    storno_zu integer REFERENCES rechnungen (rechnung_id),
    vbeln_faktura char(10) REFERENCES vbrk (vbeln)
);

CREATE TABLE zahlungen (
    id integer PRIMARY KEY,
    rechnung_id integer NOT NULL REFERENCES rechnungen (rechnung_id),
    betrag numeric(12, 2) NOT NULL,
    zahlungsdatum date NOT NULL,
    zahlungsart varchar(20),
    gebucht_von integer REFERENCES mitarbeiter (personalnr)
);

CREATE TABLE mahnungen (
    id integer PRIMARY KEY,
    rechnung_id integer NOT NULL REFERENCES rechnungen (rechnung_id),
    mahnstufe integer NOT NULL,
    mahndatum date NOT NULL,
    gebuehr numeric(8, 2),
    sachbearbeiter_id integer REFERENCES mitarbeiter (personalnr)
);

CREATE TABLE bestellungen (
    bestell_nr varchar(20) PRIMARY KEY,
    lieferant_id integer NOT NULL REFERENCES lieferanten (id),
    ebeln char(10) REFERENCES ekko (ebeln),
    besteller integer REFERENCES mitarbeiter (personalnr),
    bestelldatum date NOT NULL,
    liefertermin date,
    werks char(4) REFERENCES t001w (werks)
);

CREATE TABLE bestellpositionen (
    bestell_nr varchar(20) NOT NULL REFERENCES bestellungen (bestell_nr),
    position integer NOT NULL,
    artikel_nr varchar(20) NOT NULL REFERENCES artikel (artikel_nr),
    menge numeric(12, 3) NOT NULL,
    preis numeric(12, 2),
    PRIMARY KEY (bestell_nr, position)
);

CREATE TABLE lagerbestaende (
    artikel_nr varchar(20) NOT NULL REFERENCES artikel (artikel_nr),
    werks char(4) NOT NULL,
    lgort char(4) NOT NULL,
    bestand numeric(13, 3) NOT NULL,
    reserviert numeric(13, 3),
    stand timestamp NOT NULL,
    PRIMARY KEY (artikel_nr, werks, lgort),
    FOREIGN KEY (werks, lgort) REFERENCES t001l (werks, lgort)
);
