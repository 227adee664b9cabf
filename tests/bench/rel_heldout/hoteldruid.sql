-- hoteldruid.sql: a twenty-fifth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind25). The database of a
-- HotelDruid hotel / B&B management install (PHP, Italian; it runs on
-- PostgreSQL, MySQL or SQLite): years, users, groups and their privileges,
-- sessions and transactions, lookup lists of nations, regions, cities,
-- identity documents and kinships, guests (clienti) and their extra data,
-- rooms (appartamenti), inventory goods, stores and the goods in rooms,
-- cash desks, contracts, messages, descriptions, personalisations and
-- interconnections with channel managers; and, per year, the tables
-- HotelDruid creates with the year glued to the name, here for 2024 and
-- 2025: periods (periodi), rates and extra costs (ntariffe), rules
-- (regole), bookings (prenota), the extra costs of a booking
-- (costiprenota), the guests of a booking (rclientiprenota), takings
-- (soldi) and expenses (spese).
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of HotelDruid's creadb.php, trimmed.
-- Conventions: Italian names; a table keyed by "id" glued to its own
-- (plural) name: clienti.idclienti, prenota2024.idprenota,
-- periodi2025.idperiodi, utenti.idutenti, nazioni.idnazioni,
-- documentiid.iddocumentiid; rooms keyed by their text name
-- appartamenti.idappartamenti ('101', 'Suite Mare'). A link is named
-- after the key (prenota2024.idclienti), or after the SINGULAR with the
-- glued id (idutente, idnazione -> nazioni, idregione -> regioni,
-- idparentela -> parentele, iddocumentoid -> documentiid, idgruppo ->
-- gruppi, idbeneinventario -> beniinventario, idmagazzino -> magazzini,
-- idappartamento -> appartamenti), or by a role: iddatainizio / iddatafine
-- (the first and last period of a booking or rule) -> periodi of the same
-- year, utente_inserimento (the user who inserted the row) and mittente
-- (a message's sender) -> utenti, idprenota_compagna (the booking this
-- one shares a room with), anno -> anni (the year, which is the key of
-- anni), idsessione -> sessioni (a text session key).
-- HotelDruid declares no FKs: the REFERENCES are the links its code
-- follows.
-- Left without REFERENCES: comma / separator lists of ids
-- (appartamenti.app_vicini, prenota*.app_assegnabili,
-- messaggi.idutenti and idutenti_visto, costiprenota*.varbeniinv and
-- varappincompatibili), text-coded values (prenota*.tariffa holds a rate
-- NAME and price, rclientiprenota*.parentela a kinship NAME, clienti's
-- nazionenascita / cittanascita / nazione / citta hold names, not ids),
-- the polymorphic soldi*.motivazione and spese*.motivazione (a booking,
-- a cost or free text), regole*.app_agenzia (a room name or an agency
-- name, by rule type), descrizioni (keyed by name, type and language),
-- interconnessioni' remote ids and local id (a booking, a room or a rate,
-- by tipoid), and prenota*.id_anni_prec (a booking id in the previous
-- year's tables, as text, not always present).

CREATE TABLE anni (
    idanni integer PRIMARY KEY,
    tipo_periodi varchar(1) NOT NULL
);

CREATE TABLE versioni (
    idversioni integer PRIMARY KEY,
    num_versione float8 NOT NULL
);

CREATE TABLE utenti (
    idutenti integer PRIMARY KEY,
    nome_utente varchar(50) NOT NULL UNIQUE,
    password text,
    salt text,
    tipo_pass varchar(1),
    datainserimento timestamp,
    hostinserimento varchar(50)
);

CREATE TABLE gruppi (
    idgruppi integer PRIMARY KEY,
    nome_gruppo varchar(70) NOT NULL
);

CREATE TABLE relgruppi (
    idutente integer NOT NULL REFERENCES utenti (idutenti),
    idgruppo integer NOT NULL REFERENCES gruppi (idgruppi),
    PRIMARY KEY (idutente, idgruppo)
);

CREATE TABLE privilegi (
    idutente integer NOT NULL REFERENCES utenti (idutenti),
    anno integer NOT NULL REFERENCES anni (idanni),
    regole1_consentite text,
    tariffe_consentite text,
    costi_agg_consentiti text,
    contratti_consentiti text,
    casse_consentite text,
    cassa_pagamenti varchar(70),
    priv_ins_prenota varchar(20),
    priv_mod_prenota varchar(35),
    priv_mod_pers varchar(15),
    priv_ins_clienti varchar(5),
    prefisso_clienti text,
    priv_ins_costi varchar(10),
    priv_vedi_tab varchar(30),
    priv_ins_tariffe varchar(10),
    priv_ins_regole varchar(10),
    priv_messaggi varchar(10),
    priv_inventario varchar(10),
    PRIMARY KEY (idutente, anno)
);

CREATE TABLE nazioni (
    idnazioni integer PRIMARY KEY,
    nome_nazione varchar(70) NOT NULL,
    codice_nazione varchar(50),
    codice2_nazione varchar(50),
    codice3_nazione varchar(50),
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE regioni (
    idregioni integer PRIMARY KEY,
    nome_regione varchar(70) NOT NULL,
    codice_regione varchar(50),
    codice2_regione varchar(50),
    idnazione integer REFERENCES nazioni (idnazioni),
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE citta (
    idcitta integer PRIMARY KEY,
    nome_citta varchar(70) NOT NULL,
    codice_citta varchar(50),
    codice2_citta varchar(50),
    idregione integer REFERENCES regioni (idregioni),
    idnazione integer REFERENCES nazioni (idnazioni),
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE documentiid (
    iddocumentiid integer PRIMARY KEY,
    nome_documentoid varchar(70) NOT NULL,
    codice_documentoid varchar(50),
    codice2_documentoid varchar(50),
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE parentele (
    idparentele integer PRIMARY KEY,
    nome_parentela varchar(70) NOT NULL,
    codice_parentela varchar(50),
    codice2_parentela varchar(50),
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE relutenti (
    idutente integer NOT NULL REFERENCES utenti (idutenti),
    idnazione integer REFERENCES nazioni (idnazioni),
    idregione integer REFERENCES regioni (idregioni),
    idcitta integer REFERENCES citta (idcitta),
    iddocumentoid integer REFERENCES documentiid (iddocumentiid),
    idparentela integer REFERENCES parentele (idparentele),
    predef varchar(1),
    datainserimento timestamp,
    hostinserimento varchar(50)
);

CREATE TABLE clienti (
    idclienti integer PRIMARY KEY,
    cognome varchar(70) NOT NULL,
    nome varchar(70),
    soprannome varchar(70),
    titolo varchar(30),
    sesso varchar(1),
    lingua varchar(14),
    datanascita date,
    cittanascita varchar(70),
    regionenascita varchar(70),
    nazionenascita varchar(70),
    documento varchar(70),
    scadenzadoc date,
    tipodoc varchar(70),
    cittadoc varchar(70),
    regionedoc varchar(70),
    nazionedoc varchar(70),
    nazionalita varchar(70),
    nazione varchar(70),
    regione varchar(70),
    citta varchar(70),
    via varchar(70),
    numcivico varchar(30),
    cap varchar(30),
    telefono varchar(50),
    telefono2 varchar(50),
    telefono3 varchar(50),
    fax varchar(50),
    email text,
    email2 text,
    email3 text,
    cod_fiscale varchar(50),
    partita_iva varchar(50),
    max_num_ordine integer,
    idclienti_compagni text,
    doc_inviati text,
    commento text,
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE relclienti (
    idclienti integer NOT NULL REFERENCES clienti (idclienti),
    numero integer NOT NULL,
    tipo varchar(12) NOT NULL,
    testo1 text,
    testo2 text,
    testo3 text,
    testo4 text,
    testo5 text,
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti),
    PRIMARY KEY (idclienti, numero, tipo)
);

CREATE TABLE appartamenti (
    idappartamenti varchar(100) PRIMARY KEY,
    numpiano text,
    maxoccupanti integer,
    numcasa text,
    app_vicini text,
    priorita integer,
    priorita2 integer,
    letto varchar(1),
    commento text
);

CREATE TABLE sessioni (
    idsessioni varchar(30) PRIMARY KEY,
    idclienti integer REFERENCES clienti (idclienti),
    idutente integer REFERENCES utenti (idutenti),
    indirizzo_ip text,
    tipo_conn varchar(12),
    user_agent text,
    ultimo_accesso timestamp
);

CREATE TABLE transazioni (
    idtransazioni varchar(30) PRIMARY KEY,
    idsessione varchar(30) REFERENCES sessioni (idsessioni),
    tipo_transazione varchar(5),
    anno integer REFERENCES anni (idanni),
    spostamenti text,
    dati_transazione1 text,
    dati_transazione2 text,
    dati_transazione3 text,
    dati_transazione4 text,
    dati_transazione5 text,
    ultimo_accesso timestamp
);

CREATE TABLE transazioniweb (
    idtransazioni varchar(30) PRIMARY KEY,
    idsessione varchar(30) REFERENCES sessioni (idsessioni),
    tipo_transazione varchar(5),
    anno integer REFERENCES anni (idanni),
    spostamenti text,
    dati_transazione1 text,
    dati_transazione2 text,
    dati_transazione3 text,
    ultimo_accesso timestamp
);

CREATE TABLE personalizza (
    idpersonalizza varchar(50) NOT NULL,
    idutente integer NOT NULL REFERENCES utenti (idutenti),
    valpersonalizza text,
    valpersonalizza_num integer,
    PRIMARY KEY (idpersonalizza, idutente)
);

CREATE TABLE descrizioni (
    nome text NOT NULL,
    tipo varchar(16) NOT NULL,
    lingua varchar(14) NOT NULL,
    numero integer NOT NULL,
    testo text
);

CREATE TABLE contratti (
    numero integer NOT NULL,
    tipo varchar(8) NOT NULL,
    testo text,
    PRIMARY KEY (numero, tipo)
);

CREATE TABLE messaggi (
    idmessaggi integer PRIMARY KEY,
    tipo_messaggio varchar(8),
    stato varchar(8),
    idutenti text,
    idutenti_visto text,
    datavisione timestamp,
    mittente integer REFERENCES utenti (idutenti),
    testo text,
    dati_messaggio1 text,
    dati_messaggio2 text,
    dati_messaggio3 text,
    datainserimento timestamp
);

CREATE TABLE casse (
    idcasse integer PRIMARY KEY,
    nome_cassa varchar(70) NOT NULL,
    stato varchar(8),
    codice_cassa varchar(50),
    codice_fiscale_cassa varchar(50),
    descrizione_cassa text,
    testo text,
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE beniinventario (
    idbeniinventario integer PRIMARY KEY,
    nome_bene varchar(70) NOT NULL,
    codice_bene varchar(50),
    descrizione_bene text,
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE magazzini (
    idmagazzini integer PRIMARY KEY,
    nome_magazzino varchar(70) NOT NULL,
    codice_magazzino varchar(50),
    descrizione_magazzino text,
    numpiano text,
    numcasa text,
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE relinventario (
    idbeneinventario integer NOT NULL REFERENCES beniinventario (idbeniinventario),
    idappartamento varchar(100) REFERENCES appartamenti (idappartamenti),
    idmagazzino integer REFERENCES magazzini (idmagazzini),
    quantita integer,
    quantita_min_predef integer,
    richiesto_checkin varchar(1),
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE interconnessioni (
    id_locale integer NOT NULL,
    id_remoto1 text,
    id_remoto2 text,
    tipoid varchar(12) NOT NULL,
    nome_ic varchar(24) NOT NULL,
    anno integer REFERENCES anni (idanni),
    dati_ic text
);

CREATE TABLE cache (
    numero integer NOT NULL,
    tipo varchar(12) NOT NULL,
    testo text,
    datainserimento timestamp
);

-- ---------------------------------------------------------------- 2024

CREATE TABLE periodi2024 (
    idperiodi integer PRIMARY KEY,
    datainizio date NOT NULL,
    datafine date NOT NULL,
    tariffa1 float8,
    tariffa1p text,
    tariffa2 float8,
    tariffa2p text,
    tariffa3 float8,
    tariffa3p text
);

CREATE TABLE ntariffe2024 (
    idntariffe integer PRIMARY KEY,
    nomecostoagg varchar(40),
    tipo_ca varchar(2),
    valore_ca float8,
    percentuale float8,
    arrotonda float8,
    tasseperc float8,
    associasett varchar(1),
    numsett varchar(1),
    moltiplica_ca varchar(1),
    letto varchar(1),
    numlimite_ca integer,
    regoleassegna_ca text,
    variazione_ca text,
    mostra_ca text,
    raggruppa_ca varchar(1),
    combina_ca text,
    escludi_tot_perc varchar(1),
    tipo_beniinv varchar(4),
    beniinv_ca text,
    appincompatibili_ca text,
    tariffeassociate_ca text
);

CREATE TABLE regole2024 (
    idregole integer PRIMARY KEY,
    app_agenzia varchar(100),
    tariffa_chiusa varchar(40),
    tariffa_per_app text,
    tariffa_per_utente text,
    tariffa_per_persone text,
    iddatainizio integer REFERENCES periodi2024 (idperiodi),
    iddatafine integer REFERENCES periodi2024 (idperiodi),
    motivazione text,
    motivazione2 text
);

CREATE TABLE prenota2024 (
    idprenota integer PRIMARY KEY,
    idclienti integer NOT NULL REFERENCES clienti (idclienti),
    idappartamenti varchar(100) REFERENCES appartamenti (idappartamenti),
    iddatainizio integer NOT NULL REFERENCES periodi2024 (idperiodi),
    iddatafine integer NOT NULL REFERENCES periodi2024 (idperiodi),
    assegnazioneapp varchar(4),
    app_assegnabili text,
    num_persone integer,
    idprenota_compagna integer REFERENCES prenota2024 (idprenota),
    tariffa text,
    tariffesettimanali text,
    incompatibilita text,
    sconto float8,
    tariffa_tot float8,
    caparra float8,
    commissioni float8,
    tasseperc float8,
    pagato float8,
    valuta varchar(20),
    metodo_pagamento text,
    codice varchar(10),
    origine varchar(70),
    commento text,
    conferma varchar(4),
    checkin timestamp,
    checkout timestamp,
    id_anni_prec text,
    datainserimento timestamp,
    hostinserimento varchar(50),
    data_modifica timestamp,
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE costiprenota2024 (
    idcostiprenota integer PRIMARY KEY,
    idprenota integer NOT NULL REFERENCES prenota2024 (idprenota),
    tipo varchar(2),
    nome varchar(40),
    valore float8,
    arrotonda float8,
    tasseperc float8,
    associasett varchar(1),
    settimane text,
    moltiplica text,
    categoria text,
    letto varchar(1),
    numlimite integer,
    idntariffe integer REFERENCES ntariffe2024 (idntariffe),
    variazione varchar(10),
    varmoltiplica varchar(1),
    varnumsett varchar(20),
    varperiodipermessi text,
    varbeniinv text,
    varappincompatibili text,
    vartariffeassociate text,
    vartariffeincomp text,
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE rclientiprenota2024 (
    numero integer NOT NULL,
    idprenota integer NOT NULL REFERENCES prenota2024 (idprenota),
    idclienti integer NOT NULL REFERENCES clienti (idclienti),
    num_ordine integer,
    parentela varchar(70),
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti),
    PRIMARY KEY (idprenota, idclienti)
);

CREATE TABLE soldi2024 (
    idsoldi integer PRIMARY KEY,
    motivazione text,
    id_pagamento text,
    metodo_pagamento text,
    saldo_prenota float8,
    saldo_cassa float8,
    soldi_prima float8,
    data_inserimento timestamp,
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE spese2024 (
    idspese integer PRIMARY KEY,
    data_inserimento timestamp,
    spesa float8,
    motivazione text,
    metodo_pagamento text,
    utente_inserimento integer REFERENCES utenti (idutenti)
);

-- ---------------------------------------------------------------- 2025

CREATE TABLE periodi2025 (
    idperiodi integer PRIMARY KEY,
    datainizio date NOT NULL,
    datafine date NOT NULL,
    tariffa1 float8,
    tariffa1p text,
    tariffa2 float8,
    tariffa2p text,
    tariffa3 float8,
    tariffa3p text
);

CREATE TABLE ntariffe2025 (
    idntariffe integer PRIMARY KEY,
    nomecostoagg varchar(40),
    tipo_ca varchar(2),
    valore_ca float8,
    percentuale float8,
    arrotonda float8,
    tasseperc float8,
    associasett varchar(1),
    numsett varchar(1),
    moltiplica_ca varchar(1),
    letto varchar(1),
    numlimite_ca integer,
    regoleassegna_ca text,
    variazione_ca text,
    mostra_ca text,
    raggruppa_ca varchar(1),
    combina_ca text,
    escludi_tot_perc varchar(1),
    tipo_beniinv varchar(4),
    beniinv_ca text,
    appincompatibili_ca text,
    tariffeassociate_ca text
);

CREATE TABLE regole2025 (
    idregole integer PRIMARY KEY,
    app_agenzia varchar(100),
    tariffa_chiusa varchar(40),
    tariffa_per_app text,
    tariffa_per_utente text,
    tariffa_per_persone text,
    iddatainizio integer REFERENCES periodi2025 (idperiodi),
    iddatafine integer REFERENCES periodi2025 (idperiodi),
    motivazione text,
    motivazione2 text
);

CREATE TABLE prenota2025 (
    idprenota integer PRIMARY KEY,
    idclienti integer NOT NULL REFERENCES clienti (idclienti),
    idappartamenti varchar(100) REFERENCES appartamenti (idappartamenti),
    iddatainizio integer NOT NULL REFERENCES periodi2025 (idperiodi),
    iddatafine integer NOT NULL REFERENCES periodi2025 (idperiodi),
    assegnazioneapp varchar(4),
    app_assegnabili text,
    num_persone integer,
    idprenota_compagna integer REFERENCES prenota2025 (idprenota),
    tariffa text,
    tariffesettimanali text,
    incompatibilita text,
    sconto float8,
    tariffa_tot float8,
    caparra float8,
    commissioni float8,
    tasseperc float8,
    pagato float8,
    valuta varchar(20),
    metodo_pagamento text,
    codice varchar(10),
    origine varchar(70),
    commento text,
    conferma varchar(4),
    checkin timestamp,
    checkout timestamp,
    id_anni_prec text,
    datainserimento timestamp,
    hostinserimento varchar(50),
    data_modifica timestamp,
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE costiprenota2025 (
    idcostiprenota integer PRIMARY KEY,
    idprenota integer NOT NULL REFERENCES prenota2025 (idprenota),
    tipo varchar(2),
    nome varchar(40),
    valore float8,
    arrotonda float8,
    tasseperc float8,
    associasett varchar(1),
    settimane text,
    moltiplica text,
    categoria text,
    letto varchar(1),
    numlimite integer,
    idntariffe integer REFERENCES ntariffe2025 (idntariffe),
    variazione varchar(10),
    varmoltiplica varchar(1),
    varnumsett varchar(20),
    varperiodipermessi text,
    varbeniinv text,
    varappincompatibili text,
    vartariffeassociate text,
    vartariffeincomp text,
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE rclientiprenota2025 (
    numero integer NOT NULL,
    idprenota integer NOT NULL REFERENCES prenota2025 (idprenota),
    idclienti integer NOT NULL REFERENCES clienti (idclienti),
    num_ordine integer,
    parentela varchar(70),
    datainserimento timestamp,
    hostinserimento varchar(50),
    utente_inserimento integer REFERENCES utenti (idutenti),
    PRIMARY KEY (idprenota, idclienti)
);

CREATE TABLE soldi2025 (
    idsoldi integer PRIMARY KEY,
    motivazione text,
    id_pagamento text,
    metodo_pagamento text,
    saldo_prenota float8,
    saldo_cassa float8,
    soldi_prima float8,
    data_inserimento timestamp,
    utente_inserimento integer REFERENCES utenti (idutenti)
);

CREATE TABLE spese2025 (
    idspese integer PRIMARY KEY,
    data_inserimento timestamp,
    spesa float8,
    motivazione text,
    metodo_pagamento text,
    utente_inserimento integer REFERENCES utenti (idutenti)
);
