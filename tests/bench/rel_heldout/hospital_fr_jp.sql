-- hospital_fr_jp.sql: a fifth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind5). A hospital group's database
-- in two parts, written for this bench by an author who had not read the
-- inference code. The French part: plural tables (patients, medecins,
-- sejours, etablissements, prescriptions), keys id_<x> (id_patient,
-- id_medecin, id_sejour) or id, FKs spelled id_<x> or <x>_id, roles
-- (id_medecin_traitant, prescripteur_id, medecin_responsable_id,
-- valide_par, executant_id, anesthesiste_id), codes as keys
-- (communes.code_insee, ccam.code, cim10.code, medicaments.code_cip) and a
-- transfer self reference (sejour_origine_id). The Japanese part in romaji:
-- singular tables (kanja = patient, ishi = doctor, shinryo = consultation,
-- yoyaku = appointment, byoin = hospital, shinryoka = clinical department,
-- shokuin = staff, yakuhin = drug, kensa = lab test, byomei = diagnosis,
-- seikyu = claim, hokensha = insurer) keyed <x>_id or <x>_cd / <x>_bango,
-- roles (tanto_ishi_id, shujii_id, irai_ishi_id, uketsuke_sha_id,
-- joshi_ishi_id) and a link table between the two patient registers. The
-- declared foreign keys are the truth. Readable by PostgreSQL, SQLite and
-- Sextant's DDL reader.

CREATE TABLE departements (
    code_dept varchar(3) PRIMARY KEY,
    nom varchar(60) NOT NULL,
    region varchar(60)
);

CREATE TABLE communes (
    code_insee char(5) PRIMARY KEY,
    nom varchar(80) NOT NULL,
    departement varchar(3) NOT NULL REFERENCES departements (code_dept),
    code_postal char(5)
);

CREATE TABLE etablissements (
    id integer PRIMARY KEY,
    finess char(9) NOT NULL UNIQUE,
    raison_sociale varchar(120) NOT NULL,
    categorie varchar(40),
    commune char(5) REFERENCES communes (code_insee),
    etablissement_rattachement_id integer REFERENCES etablissements (id)
);

CREATE TABLE specialites (
    code_specialite varchar(4) PRIMARY KEY,
    libelle varchar(100) NOT NULL
);

CREATE TABLE services (
    id_service integer PRIMARY KEY,
    etablissement_id integer NOT NULL REFERENCES etablissements (id),
    libelle varchar(100) NOT NULL,
    uf char(4)
);

CREATE TABLE medecins (
    id_medecin integer PRIMARY KEY,
    rpps char(11) UNIQUE,
    nom varchar(60) NOT NULL,
    prenom varchar(60),
    specialite varchar(4) REFERENCES specialites (code_specialite),
    id_service integer REFERENCES services (id_service),
    liberal boolean NOT NULL DEFAULT false
);

CREATE TABLE soignants (
    id_soignant integer PRIMARY KEY,
    matricule varchar(10) NOT NULL,
    nom varchar(60) NOT NULL,
    prenom varchar(60),
    fonction varchar(30) NOT NULL,
    service_id integer REFERENCES services (id_service)
);

CREATE TABLE mutuelles (
    id integer PRIMARY KEY,
    nom varchar(100) NOT NULL,
    numero_amc varchar(10)
);

CREATE TABLE patients (
    id_patient integer PRIMARY KEY,
    ipp varchar(12) NOT NULL UNIQUE,
    nir char(15),
    nom_naissance varchar(60) NOT NULL,
    nom_usage varchar(60),
    prenom varchar(60) NOT NULL,
    date_naissance date NOT NULL,
    sexe char(1) NOT NULL,
    commune_naissance char(5) REFERENCES communes (code_insee),
    commune_residence char(5) REFERENCES communes (code_insee),
    id_medecin_traitant integer REFERENCES medecins (id_medecin),
    etablissement_id integer REFERENCES etablissements (id),
    date_creation timestamp NOT NULL
);

CREATE TABLE couvertures (
    id integer PRIMARY KEY,
    id_patient integer NOT NULL REFERENCES patients (id_patient),
    mutuelle_id integer NOT NULL REFERENCES mutuelles (id),
    num_adherent varchar(20),
    date_debut date NOT NULL,
    date_fin date
);

CREATE TABLE sejours (
    id_sejour integer PRIMARY KEY,
    num_venue varchar(12) NOT NULL,
    id_patient integer NOT NULL REFERENCES patients (id_patient),
    etablissement_id integer NOT NULL REFERENCES etablissements (id),
    service_entree_id integer REFERENCES services (id_service),
    medecin_responsable_id integer REFERENCES medecins (id_medecin),
    adresse_par integer REFERENCES medecins (id_medecin),
    sejour_origine_id integer REFERENCES sejours (id_sejour),
    date_entree timestamp NOT NULL,
    date_sortie timestamp,
    mode_entree char(1),
    mode_sortie char(1)
);

CREATE TABLE lits (
    id_lit integer PRIMARY KEY,
    chambre varchar(6) NOT NULL,
    numero smallint NOT NULL,
    id_service integer NOT NULL REFERENCES services (id_service)
);

CREATE TABLE mouvements (
    id integer PRIMARY KEY,
    sejour_id integer NOT NULL REFERENCES sejours (id_sejour),
    id_lit integer REFERENCES lits (id_lit),
    service_id integer NOT NULL REFERENCES services (id_service),
    date_debut timestamp NOT NULL,
    date_fin timestamp,
    saisi_par integer REFERENCES soignants (id_soignant)
);

CREATE TABLE ccam (
    code char(7) PRIMARY KEY,
    libelle varchar(255) NOT NULL,
    tarif numeric(8,2)
);

CREATE TABLE actes (
    id_acte integer PRIMARY KEY,
    id_sejour integer NOT NULL REFERENCES sejours (id_sejour),
    code_ccam char(7) NOT NULL REFERENCES ccam (code),
    executant_id integer NOT NULL REFERENCES medecins (id_medecin),
    anesthesiste_id integer REFERENCES medecins (id_medecin),
    date_acte timestamp NOT NULL,
    activite smallint
);

CREATE TABLE cim10 (
    code varchar(6) PRIMARY KEY,
    libelle varchar(255) NOT NULL,
    code_pere varchar(6) REFERENCES cim10 (code)
);

CREATE TABLE diagnostics (
    id integer PRIMARY KEY,
    id_sejour integer NOT NULL REFERENCES sejours (id_sejour),
    code_cim10 varchar(6) NOT NULL REFERENCES cim10 (code),
    type_diag char(2) NOT NULL,
    code_par integer REFERENCES medecins (id_medecin)
);

CREATE TABLE medicaments (
    code_cip char(13) PRIMARY KEY,
    denomination varchar(255) NOT NULL,
    code_atc varchar(7),
    forme varchar(60)
);

CREATE TABLE prescriptions (
    id_prescription integer PRIMARY KEY,
    id_sejour integer NOT NULL REFERENCES sejours (id_sejour),
    prescripteur_id integer NOT NULL REFERENCES medecins (id_medecin),
    medicament char(13) NOT NULL REFERENCES medicaments (code_cip),
    posologie varchar(255),
    date_debut timestamp NOT NULL,
    date_fin timestamp,
    valide_par integer REFERENCES soignants (id_soignant)
);

CREATE TABLE administrations (
    id integer PRIMARY KEY,
    prescription_id integer NOT NULL REFERENCES prescriptions (id_prescription),
    infirmier_id integer NOT NULL REFERENCES soignants (id_soignant),
    date_administration timestamp NOT NULL,
    dose_administree varchar(40),
    statut varchar(12)
);

CREATE TABLE byoin (
    byoin_id integer PRIMARY KEY,
    byoin_mei varchar(100) NOT NULL,
    iryokikan_cd char(10),
    todofuken varchar(10)
);

CREATE TABLE shinryoka (
    shinryoka_id integer PRIMARY KEY,
    byoin_id integer NOT NULL REFERENCES byoin (byoin_id),
    shinryoka_mei varchar(60) NOT NULL
);

CREATE TABLE shokuin (
    shokuin_id integer PRIMARY KEY,
    byoin_id integer NOT NULL REFERENCES byoin (byoin_id),
    shimei varchar(60) NOT NULL,
    shimei_kana varchar(60),
    shokushu varchar(20)
);

CREATE TABLE ishi (
    ishi_id integer PRIMARY KEY,
    shokuin_id integer REFERENCES shokuin (shokuin_id),
    shimei varchar(60) NOT NULL,
    shinryoka_id integer REFERENCES shinryoka (shinryoka_id),
    joshi_ishi_id integer REFERENCES ishi (ishi_id),
    menkyo_bango varchar(10)
);

CREATE TABLE hokensha (
    hokensha_bango char(8) PRIMARY KEY,
    meisho varchar(100) NOT NULL,
    hoken_shubetsu varchar(10)
);

CREATE TABLE kanja (
    kanja_id integer PRIMARY KEY,
    kanja_bango varchar(10) NOT NULL UNIQUE,
    shimei varchar(60) NOT NULL,
    shimei_kana varchar(60),
    seinengappi date,
    seibetsu char(1),
    hokensha_bango char(8) REFERENCES hokensha (hokensha_bango),
    shujii_id integer REFERENCES ishi (ishi_id),
    byoin_id integer REFERENCES byoin (byoin_id),
    toroku_bi date NOT NULL
);

CREATE TABLE yoyaku (
    yoyaku_id integer PRIMARY KEY,
    kanja_id integer NOT NULL REFERENCES kanja (kanja_id),
    tanto_ishi_id integer REFERENCES ishi (ishi_id),
    shinryoka_id integer NOT NULL REFERENCES shinryoka (shinryoka_id),
    uketsuke_sha_id integer REFERENCES shokuin (shokuin_id),
    yoyaku_nichiji timestamp NOT NULL,
    jotai varchar(10)
);

CREATE TABLE shinryo (
    shinryo_id integer PRIMARY KEY,
    kanja_id integer NOT NULL REFERENCES kanja (kanja_id),
    yoyaku_id integer REFERENCES yoyaku (yoyaku_id),
    tanto_ishi_id integer NOT NULL REFERENCES ishi (ishi_id),
    shinryoka_id integer NOT NULL REFERENCES shinryoka (shinryoka_id),
    shinryo_bi date NOT NULL,
    shoshin_kubun char(1),
    shuso text
);

CREATE TABLE byomei (
    byomei_id integer PRIMARY KEY,
    shinryo_id integer NOT NULL REFERENCES shinryo (shinryo_id),
    icd10_cd varchar(6) REFERENCES cim10 (code),
    byomei varchar(100) NOT NULL,
    shubyo_flg boolean NOT NULL DEFAULT false
);

CREATE TABLE yakuhin (
    yakuhin_cd char(12) PRIMARY KEY,
    yakuhin_mei varchar(120) NOT NULL,
    kikaku varchar(40),
    yakka numeric(10,2)
);

CREATE TABLE shoho (
    shoho_id integer PRIMARY KEY,
    shinryo_id integer NOT NULL REFERENCES shinryo (shinryo_id),
    yakuhin_cd char(12) NOT NULL REFERENCES yakuhin (yakuhin_cd),
    suryo numeric(8,2) NOT NULL,
    nissu smallint,
    yoho varchar(60)
);

CREATE TABLE kensa_komoku (
    kensa_komoku_cd varchar(8) PRIMARY KEY,
    meisho varchar(60) NOT NULL,
    tani varchar(16),
    kijun_kagen numeric(10,3),
    kijun_jogen numeric(10,3)
);

CREATE TABLE kensa (
    kensa_id integer PRIMARY KEY,
    shinryo_id integer NOT NULL REFERENCES shinryo (shinryo_id),
    kensa_komoku_cd varchar(8) NOT NULL REFERENCES kensa_komoku (kensa_komoku_cd),
    irai_ishi_id integer REFERENCES ishi (ishi_id),
    kekka_chi varchar(20),
    ijo_flg char(1),
    saishu_nichiji timestamp
);

CREATE TABLE seikyu (
    seikyu_id integer PRIMARY KEY,
    shinryo_id integer NOT NULL REFERENCES shinryo (shinryo_id),
    kanja_id integer NOT NULL REFERENCES kanja (kanja_id),
    hokensha_bango char(8) REFERENCES hokensha (hokensha_bango),
    tensu integer NOT NULL,
    futan_wariai smallint,
    seikyu_gaku integer NOT NULL,
    seikyu_tsuki char(6)
);

CREATE TABLE dossiers_partages (
    id_patient integer NOT NULL REFERENCES patients (id_patient),
    kanja_id integer NOT NULL REFERENCES kanja (kanja_id),
    date_consentement date NOT NULL,
    PRIMARY KEY (id_patient, kanja_id)
);
