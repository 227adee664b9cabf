-- logistics_ru.sql: a second blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind2). A logistics and warehousing
-- database with Russian transliterated names, as written by many in-house
-- teams, written for this bench by an author who had not read the inference
-- rules: tables are Russian plurals (klienty, zakazy, sklady, tovary,
-- sotrudniki, goroda), foreign-key columns the singular with _id (klient_id,
-- zakaz_id), roles in Russian (sklad_otpravki_id, sklad_polucheniya_id,
-- otvetstvennyi_sotrudnik_id, nachalnik_id), a few abbreviations (ts_id for a
-- vehicle, ed_izm_id for a unit of measure) and a text currency code key. The
-- declared foreign keys are the truth.
-- Readable by PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE strany (
    id integer PRIMARY KEY,
    naimenovanie varchar(100) NOT NULL,
    kod_iso char(2) NOT NULL
);

CREATE TABLE regiony (
    id integer PRIMARY KEY,
    strana_id integer NOT NULL REFERENCES strany (id),
    naimenovanie varchar(150) NOT NULL,
    kod_regiona varchar(3)
);

CREATE TABLE goroda (
    id integer PRIMARY KEY,
    region_id integer NOT NULL REFERENCES regiony (id),
    naimenovanie varchar(150) NOT NULL,
    chasovoi_poyas varchar(32)
);

CREATE TABLE adresa (
    id bigint PRIMARY KEY,
    gorod_id integer NOT NULL REFERENCES goroda (id),
    ulitsa varchar(200) NOT NULL,
    dom varchar(20) NOT NULL,
    korpus varchar(10),
    kvartira varchar(10),
    pochtovyi_indeks char(6)
);

CREATE TABLE valyuty (
    kod char(3) PRIMARY KEY,
    naimenovanie varchar(50) NOT NULL,
    simvol varchar(4)
);

CREATE TABLE podrazdeleniya (
    id integer PRIMARY KEY,
    naimenovanie varchar(200) NOT NULL,
    roditel_id integer REFERENCES podrazdeleniya (id),
    kod_1s varchar(20)
);

CREATE TABLE dolzhnosti (
    id integer PRIMARY KEY,
    naimenovanie varchar(150) NOT NULL
);

CREATE TABLE sotrudniki (
    id integer PRIMARY KEY,
    familiya varchar(100) NOT NULL,
    imya varchar(100) NOT NULL,
    otchestvo varchar(100),
    tabelnyi_nomer varchar(20) NOT NULL,
    podrazdelenie_id integer NOT NULL REFERENCES podrazdeleniya (id),
    dolzhnost_id integer NOT NULL REFERENCES dolzhnosti (id),
    nachalnik_id integer REFERENCES sotrudniki (id),
    data_priema date NOT NULL,
    data_uvolneniya date
);

CREATE TABLE klienty (
    id bigint PRIMARY KEY,
    naimenovanie varchar(300) NOT NULL,
    inn varchar(12) NOT NULL,
    kpp varchar(9),
    yuridicheskii_adres_id bigint REFERENCES adresa (id),
    fakticheskii_adres_id bigint REFERENCES adresa (id),
    menedzher_id integer REFERENCES sotrudniki (id),
    tip_klienta smallint NOT NULL DEFAULT 1,
    data_registratsii timestamp NOT NULL
);

CREATE TABLE kontakty_klientov (
    id bigint PRIMARY KEY,
    klient_id bigint NOT NULL REFERENCES klienty (id),
    fio varchar(200) NOT NULL,
    telefon varchar(20),
    email varchar(100),
    osnovnoi boolean NOT NULL DEFAULT false
);

CREATE TABLE dogovory (
    id bigint PRIMARY KEY,
    nomer varchar(50) NOT NULL,
    klient_id bigint NOT NULL REFERENCES klienty (id),
    data_zaklyucheniya date NOT NULL,
    data_okonchaniya date,
    valyuta char(3) NOT NULL REFERENCES valyuty (kod),
    otvetstvennyi_sotrudnik_id integer REFERENCES sotrudniki (id)
);

CREATE TABLE postavshchiki (
    id integer PRIMARY KEY,
    naimenovanie varchar(300) NOT NULL,
    inn varchar(12) NOT NULL,
    adres_id bigint REFERENCES adresa (id),
    kontaktnoe_litso varchar(200)
);

CREATE TABLE kategorii_tovarov (
    id integer PRIMARY KEY,
    naimenovanie varchar(200) NOT NULL,
    roditelskaya_kategoriya_id integer REFERENCES kategorii_tovarov (id)
);

CREATE TABLE edinitsy_izmereniya (
    id integer PRIMARY KEY,
    kratkoe_naimenovanie varchar(10) NOT NULL,
    polnoe_naimenovanie varchar(50) NOT NULL,
    kod_okei char(3)
);

CREATE TABLE tovary (
    id bigint PRIMARY KEY,
    artikul varchar(50) NOT NULL,
    naimenovanie varchar(300) NOT NULL,
    kategoriya_id integer REFERENCES kategorii_tovarov (id),
    ed_izm_id integer NOT NULL REFERENCES edinitsy_izmereniya (id),
    osnovnoi_postavshchik_id integer REFERENCES postavshchiki (id),
    ves_kg numeric(10, 3),
    obem_m3 numeric(10, 4),
    shtrikhkod varchar(14)
);

CREATE TABLE sklady (
    id integer PRIMARY KEY,
    naimenovanie varchar(200) NOT NULL,
    adres_id bigint NOT NULL REFERENCES adresa (id),
    zaveduyushchii_id integer REFERENCES sotrudniki (id),
    tip_sklada smallint NOT NULL DEFAULT 1,
    ploshchad_m2 numeric(10, 2)
);

CREATE TABLE yacheiki (
    id bigint PRIMARY KEY,
    sklad_id integer NOT NULL REFERENCES sklady (id),
    kod_yacheiki varchar(20) NOT NULL,
    zona varchar(10),
    maks_ves_kg numeric(10, 2)
);

CREATE TABLE ostatki (
    sklad_id integer NOT NULL REFERENCES sklady (id),
    tovar_id bigint NOT NULL REFERENCES tovary (id),
    yacheika_id bigint NOT NULL REFERENCES yacheiki (id),
    kolichestvo numeric(14, 3) NOT NULL DEFAULT 0,
    rezerv numeric(14, 3) NOT NULL DEFAULT 0,
    PRIMARY KEY (sklad_id, tovar_id, yacheika_id)
);

CREATE TABLE zakazy (
    id bigint PRIMARY KEY,
    nomer varchar(30) NOT NULL,
    klient_id bigint NOT NULL REFERENCES klienty (id),
    dogovor_id bigint REFERENCES dogovory (id),
    data_zakaza timestamp NOT NULL,
    sklad_otpravki_id integer NOT NULL REFERENCES sklady (id),
    adres_dostavki_id bigint REFERENCES adresa (id),
    status smallint NOT NULL DEFAULT 0,
    summa numeric(14, 2) NOT NULL,
    valyuta char(3) NOT NULL REFERENCES valyuty (kod),
    otvetstvennyi_sotrudnik_id integer REFERENCES sotrudniki (id),
    kommentarii text
);

CREATE TABLE pozitsii_zakaza (
    id bigint PRIMARY KEY,
    zakaz_id bigint NOT NULL REFERENCES zakazy (id),
    nomer_stroki integer NOT NULL,
    tovar_id bigint NOT NULL REFERENCES tovary (id),
    kolichestvo numeric(14, 3) NOT NULL,
    tsena numeric(14, 2) NOT NULL,
    stavka_nds numeric(4, 2) NOT NULL DEFAULT 20
);

CREATE TABLE transportnye_sredstva (
    id integer PRIMARY KEY,
    gos_nomer varchar(12) NOT NULL,
    marka varchar(50),
    model varchar(50),
    gruzopodemnost_kg integer,
    tip_ts smallint NOT NULL DEFAULT 1
);

CREATE TABLE voditeli (
    id integer PRIMARY KEY,
    sotrudnik_id integer NOT NULL REFERENCES sotrudniki (id),
    nomer_prav varchar(20) NOT NULL,
    kategoriya_prav varchar(10) NOT NULL,
    prava_deistvuyut_do date
);

CREATE TABLE marshruty (
    id integer PRIMARY KEY,
    naimenovanie varchar(200) NOT NULL,
    punkt_otpravleniya_id integer NOT NULL REFERENCES goroda (id),
    punkt_naznacheniya_id integer NOT NULL REFERENCES goroda (id),
    rasstoyanie_km integer
);

CREATE TABLE tarify (
    id integer PRIMARY KEY,
    marshrut_id integer NOT NULL REFERENCES marshruty (id),
    valyuta char(3) NOT NULL REFERENCES valyuty (kod),
    tsena_za_kg numeric(10, 2) NOT NULL,
    deistvuet_s date NOT NULL,
    deistvuet_po date
);

CREATE TABLE reisy (
    id bigint PRIMARY KEY,
    nomer_reisa varchar(20) NOT NULL,
    marshrut_id integer NOT NULL REFERENCES marshruty (id),
    ts_id integer NOT NULL REFERENCES transportnye_sredstva (id),
    voditel_id integer NOT NULL REFERENCES voditeli (id),
    ekspeditor_id integer REFERENCES sotrudniki (id),
    data_otpravleniya timestamp NOT NULL,
    data_pribytiya timestamp
);

CREATE TABLE otgruzki (
    id bigint PRIMARY KEY,
    zakaz_id bigint NOT NULL REFERENCES zakazy (id),
    reis_id bigint REFERENCES reisy (id),
    sklad_otpravki_id integer NOT NULL REFERENCES sklady (id),
    sklad_polucheniya_id integer REFERENCES sklady (id),
    kladovshchik_id integer REFERENCES sotrudniki (id),
    data_otgruzki timestamp NOT NULL,
    nomer_ttn varchar(30)
);

CREATE TABLE postavki (
    id bigint PRIMARY KEY,
    postavshchik_id integer NOT NULL REFERENCES postavshchiki (id),
    sklad_polucheniya_id integer NOT NULL REFERENCES sklady (id),
    nomer_nakladnoi varchar(30) NOT NULL,
    data_postavki timestamp NOT NULL,
    prinyal_sotrudnik_id integer REFERENCES sotrudniki (id)
);

CREATE TABLE pozitsii_postavki (
    id bigint PRIMARY KEY,
    postavka_id bigint NOT NULL REFERENCES postavki (id),
    tovar_id bigint NOT NULL REFERENCES tovary (id),
    kolichestvo numeric(14, 3) NOT NULL,
    tsena_zakupki numeric(14, 2) NOT NULL
);

CREATE TABLE peremeshcheniya (
    id bigint PRIMARY KEY,
    sklad_otpravki_id integer NOT NULL REFERENCES sklady (id),
    sklad_polucheniya_id integer NOT NULL REFERENCES sklady (id),
    tovar_id bigint NOT NULL REFERENCES tovary (id),
    kolichestvo numeric(14, 3) NOT NULL,
    reis_id bigint REFERENCES reisy (id),
    otvetstvennyi_sotrudnik_id integer REFERENCES sotrudniki (id),
    data_peremeshcheniya timestamp NOT NULL
);

CREATE TABLE scheta (
    id bigint PRIMARY KEY,
    nomer varchar(30) NOT NULL,
    zakaz_id bigint NOT NULL REFERENCES zakazy (id),
    klient_id bigint NOT NULL REFERENCES klienty (id),
    data_vystavleniya date NOT NULL,
    summa numeric(14, 2) NOT NULL,
    valyuta char(3) NOT NULL REFERENCES valyuty (kod),
    oplachen boolean NOT NULL DEFAULT false
);

CREATE TABLE platezhi (
    id bigint PRIMARY KEY,
    schet_id bigint NOT NULL REFERENCES scheta (id),
    nomer_platezhnogo_porucheniya varchar(20),
    data_platezha date NOT NULL,
    summa numeric(14, 2) NOT NULL
);

CREATE TABLE vozvraty (
    id bigint PRIMARY KEY,
    otgruzka_id bigint NOT NULL REFERENCES otgruzki (id),
    pozitsiya_zakaza_id bigint NOT NULL REFERENCES pozitsii_zakaza (id),
    kolichestvo numeric(14, 3) NOT NULL,
    prichina text,
    prinyal_sotrudnik_id integer REFERENCES sotrudniki (id),
    data_vozvrata timestamp NOT NULL
);

CREATE TABLE pretenzii (
    id bigint PRIMARY KEY,
    klient_id bigint NOT NULL REFERENCES klienty (id),
    zakaz_id bigint REFERENCES zakazy (id),
    tekst text NOT NULL,
    status smallint NOT NULL DEFAULT 0,
    otvetstvennyi_sotrudnik_id integer REFERENCES sotrudniki (id),
    data_podachi timestamp NOT NULL
);
