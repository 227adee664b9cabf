-- subiekt_gt.sql: a twenty-eighth blind held-out fold for relationship
-- inference (tests/bench/eval_relations --group-blind28). The database of
-- InsERT Subiekt GT, a Polish sales and warehouse program for small firms
-- (Windows, Microsoft SQL Server; the same "InsERT GT" database serves
-- Rachmistrz GT and Rewizor GT): the firm itself (pd__Podmiot), its users
-- and their warehouses, business partners (kh__Kontrahent: kontrahent) with
-- their contact people, groups and features, addresses (adr__Ewid) and the
-- address snapshots printed on documents (adr_Historia), dictionaries
-- (sl_: provinces, countries, currencies and rates, VAT rates,
-- warehouses, payment forms, categories, tills, tax offices, regions,
-- delivery methods), goods (tw__Towar: towar) with prices, stock per
-- warehouse, barcodes, features, kits, substitutes and pictures, documents
-- (dok__Dokument: invoices, receipts, warehouse documents, orders) with
-- their lines (dok_Pozycja), stock movements (dok_MagRuch) and VAT totals,
-- receivables, liabilities and payments (nz__Finanse) with settlements,
-- bank accounts and banks, flags and the event log.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of the InsERT GT schema, trimmed
-- and simplified; SQL Server types written as PostgreSQL reads them
-- (datetime as timestamp; int, varchar, money and bit as they are), the
-- mixed-case names unquoted as in the dump.
-- Conventions: table names <module>__<Entity> for a module's main table
-- (two underscores: kh__Kontrahent, tw__Towar, dok__Dokument,
-- adr__Ewid, nz__Finanse, pd__Podmiot, rb__RachBankowy, ba__Bank,
-- fl__Flagi) and <module>_<Entity> for the others (sl_ for
-- dictionaries); Polish words throughout (Kontrahent partner, Towar goods,
-- Dokument, Pozycja line, Magazyn warehouse, Uzytkownik user, Pracownik
-- employee / contact person, Grupa group, Cecha feature, Waluta currency,
-- StawkaVAT rate, Platnik payer, Odbiorca recipient, Opiekun caretaker,
-- Dostawca supplier, Producent maker, Wojewodztwo province, Panstwo
-- country, Kasa till, Rachunek account, Kategoria category); every column
-- carries its table's own short prefix (kh_, tw_, dok_, ob_ for
-- dok_Pozycja, mr_ for dok_MagRuch, dv_ for dok_Vat, nzf_ for nz__Finanse,
-- st_ for tw_Stan, tc_ for tw_Cena, adr_ / adrh_, grk_, grt_, woj_, pa_,
-- wl_, vat_, mag_, uz_ ...), so a key is <prefix>_Id and a link is
-- <prefix>_Id<Role> (kh_IdGrupa, tw_IdVatSp, tw_IdPodstDostawca,
-- tc_IdTowar, adr_IdWojewodztwo, nzf_IdDokumentAuto) or, in the document
-- tables, <prefix>_<Role>Id (dok_PlatnikId, dok_OdbiorcaId, dok_MagId,
-- dok_DoDokId, ob_DokHanId, ob_DokMagId, ob_TowId, st_TowId, st_MagId,
-- mr_PozId); Adresh = an address snapshot (dok_PlatnikAdreshId ->
-- adr_Historia); currencies keyed by their text symbol (sl_Waluta.wl_Symbol
-- 'PLN', linked as dok_Waluta, tc_IdWaluta, nzf_Waluta, rb_Waluta,
-- wk_Symbol, ks_Waluta); composite keys on tw_Stan (st_TowId, st_MagId),
-- dok_Vat (dv_IdDokumentu, dv_IdStawki), tw_Komplet and
-- pd_UzytkownikMagazyn; keys are int without identity (the program draws
-- them from ins_ident).
-- The GT database declares its FKs (FK_<table>_<table>): the REFERENCES
-- are those.
-- Left without REFERENCES: the polymorphic owners (adr__Ewid.adr_IdObiektu
-- by adr_TypAdresu: a partner, the firm, a bank or a contact person;
-- nz__Finanse.nzf_IdObiektu by nzf_TypObiektu; rb__RachBankowy
-- .rb_IdObiektu by rb_TypObiektu; fl_Wartosc.flw_IdObiektu by the flag
-- group's flgr_TypObiektu; pd_Dziennik.dz_IdObiektu by dz_TypObiektu),
-- text copies printed on a document (dok_NrPelny, dok_DoDokNrPelny,
-- dok_Wystawil, dok_Odebral, ob_Jm, tw_JednMiary, tw_DostSymbol), the
-- document type and subtype numbers (dok_Typ, dok_Podtyp, nzf_Typ), and
-- ins_ident (the key counters, by table name).

CREATE TABLE ins_ident (
    ido_Nazwa varchar(50) PRIMARY KEY,
    ido_Wartosc int NOT NULL
);

CREATE TABLE sl_Panstwo (
    pa_Id int PRIMARY KEY,
    pa_Nazwa varchar(50) NOT NULL,
    pa_KodPanstwaUE varchar(2),
    pa_Kod varchar(3),
    pa_CzlonekUE bit NOT NULL
);

CREATE TABLE sl_Wojewodztwo (
    woj_Id int PRIMARY KEY,
    woj_Nazwa varchar(50) NOT NULL,
    woj_IdPanstwo int REFERENCES sl_Panstwo (pa_Id)
);

CREATE TABLE sl_Region (
    reg_Id int PRIMARY KEY,
    reg_Nazwa varchar(50) NOT NULL
);

CREATE TABLE sl_Waluta (
    wl_Symbol varchar(3) PRIMARY KEY,
    wl_Nazwa varchar(50) NOT NULL,
    wl_Podzial varchar(20),
    wl_Aktywna bit NOT NULL
);

CREATE TABLE ba__Bank (
    ba_Id int PRIMARY KEY,
    ba_Nazwa varchar(60) NOT NULL,
    ba_NrRozliczeniowy varchar(8),
    ba_Swift varchar(11),
    ba_Aktywny bit NOT NULL
);

CREATE TABLE wl_Kurs (
    wk_Id int PRIMARY KEY,
    wk_Symbol varchar(3) NOT NULL REFERENCES sl_Waluta (wl_Symbol),
    wk_Data timestamp NOT NULL,
    wk_Kurs decimal(18,4) NOT NULL,
    wk_NrTabeli varchar(30),
    wk_IdBanku int REFERENCES ba__Bank (ba_Id)
);

CREATE TABLE sl_StawkaVAT (
    vat_Id int PRIMARY KEY,
    vat_Nazwa varchar(20) NOT NULL,
    vat_Stawka money NOT NULL,
    vat_Symbol varchar(3) NOT NULL,
    vat_CzyWidoczna bit NOT NULL,
    vat_Pozycja int NOT NULL
);

CREATE TABLE sl_Magazyn (
    mag_Id int PRIMARY KEY,
    mag_Symbol varchar(3) NOT NULL,
    mag_Nazwa varchar(50) NOT NULL,
    mag_Status int NOT NULL,
    mag_Opis varchar(255),
    mag_Analityka varchar(5),
    mag_POS bit NOT NULL
);

CREATE TABLE sl_FormaPlatnosci (
    fp_Id int PRIMARY KEY,
    fp_Nazwa varchar(50) NOT NULL,
    fp_Typ int NOT NULL,
    fp_Termin int,
    fp_Aktywna bit NOT NULL
);

CREATE TABLE sl_Kategoria (
    kat_Id int PRIMARY KEY,
    kat_Nazwa varchar(50) NOT NULL,
    kat_Podtytul varchar(255),
    kat_Typ int
);

CREATE TABLE sl_SposobDostawy (
    sd_Id int PRIMARY KEY,
    sd_Nazwa varchar(50) NOT NULL,
    sd_Aktywny bit NOT NULL
);

CREATE TABLE sl_UrzadSkarbowy (
    us_Id int PRIMARY KEY,
    us_Nazwa varchar(100) NOT NULL,
    us_Kod varchar(4),
    us_Miejscowosc varchar(40)
);

CREATE TABLE sl_GrupaKh (
    grk_Id int PRIMARY KEY,
    grk_Nazwa varchar(50) NOT NULL
);

CREATE TABLE sl_CechaKh (
    ckh_Id int PRIMARY KEY,
    ckh_Nazwa varchar(50) NOT NULL
);

CREATE TABLE sl_GrupaTw (
    grt_Id int PRIMARY KEY,
    grt_Nazwa varchar(50) NOT NULL,
    grt_NrAnalityka varchar(5)
);

CREATE TABLE sl_CechaTw (
    ctw_Id int PRIMARY KEY,
    ctw_Nazwa varchar(50) NOT NULL
);

CREATE TABLE pd_Uzytkownik (
    uz_Id int PRIMARY KEY,
    uz_Nazwisko varchar(51) NOT NULL,
    uz_Imie varchar(20),
    uz_Identyfikator varchar(20) NOT NULL,
    uz_Haslo varchar(40),
    uz_Status int NOT NULL,
    uz_Serwisant bit NOT NULL,
    uz_IdMagazynDomyslny int REFERENCES sl_Magazyn (mag_Id)
);

CREATE TABLE pd_UzytkownikMagazyn (
    um_IdUzytkownika int NOT NULL REFERENCES pd_Uzytkownik (uz_Id),
    um_IdMagazynu int NOT NULL REFERENCES sl_Magazyn (mag_Id),
    um_Dostep int NOT NULL,
    PRIMARY KEY (um_IdUzytkownika, um_IdMagazynu)
);

CREATE TABLE sl_Kasa (
    ks_Id int PRIMARY KEY,
    ks_Symbol varchar(5) NOT NULL,
    ks_Nazwa varchar(50) NOT NULL,
    ks_Waluta varchar(3) NOT NULL REFERENCES sl_Waluta (wl_Symbol),
    ks_IdMagazynu int REFERENCES sl_Magazyn (mag_Id),
    ks_IdOpiekuna int REFERENCES pd_Uzytkownik (uz_Id),
    ks_Aktywna bit NOT NULL
);

CREATE TABLE kh__Kontrahent (
    kh_Id int PRIMARY KEY,
    kh_Symbol varchar(20) NOT NULL,
    kh_Rodzaj int NOT NULL,
    kh_REGON varchar(20),
    kh_PESEL varchar(11),
    kh_NrDowodu varchar(20),
    kh_WWW varchar(255),
    kh_EMail varchar(255),
    kh_Uwagi varchar(500),
    kh_Jednorazowy bit NOT NULL,
    kh_Zablokowany bit NOT NULL,
    kh_IdGrupa int REFERENCES sl_GrupaKh (grk_Id),
    kh_IdRegion int REFERENCES sl_Region (reg_Id),
    kh_IdOpiekun int REFERENCES pd_Uzytkownik (uz_Id),
    kh_IdFormaP int REFERENCES sl_FormaPlatnosci (fp_Id),
    kh_PlatOdroczone bit NOT NULL,
    kh_OdbDet bit NOT NULL,
    kh_MaxDokKred int,
    kh_MaxWartDokKred money,
    kh_Cena int,
    kh_Waluta varchar(3) REFERENCES sl_Waluta (wl_Symbol),
    kh_IdSposobDostawy int REFERENCES sl_SposobDostawy (sd_Id),
    kh_IdDodal int REFERENCES pd_Uzytkownik (uz_Id),
    kh_IdZmienil int REFERENCES pd_Uzytkownik (uz_Id),
    kh_DataDodania timestamp,
    kh_DataZmiany timestamp
);

CREATE TABLE kh_Pracownik (
    pk_Id int PRIMARY KEY,
    pk_IdKh int NOT NULL REFERENCES kh__Kontrahent (kh_Id),
    pk_Imie varchar(20),
    pk_Nazwisko varchar(51) NOT NULL,
    pk_Stanowisko varchar(50),
    pk_Telefon varchar(35),
    pk_Email varchar(255),
    pk_Podstawowy bit NOT NULL
);

CREATE TABLE kh_CechaKh (
    ck_Id int PRIMARY KEY,
    ck_IdKhnt int NOT NULL REFERENCES kh__Kontrahent (kh_Id),
    ck_IdCecha int NOT NULL REFERENCES sl_CechaKh (ckh_Id)
);

CREATE TABLE adr__Ewid (
    adr_Id int PRIMARY KEY,
    adr_IdObiektu int NOT NULL,
    adr_TypAdresu int NOT NULL,
    adr_Symbol varchar(20),
    adr_Nazwa varchar(50),
    adr_NazwaPelna varchar(255),
    adr_Telefon varchar(35),
    adr_Faks varchar(35),
    adr_Ulica varchar(60),
    adr_NrDomu varchar(10),
    adr_NrLokalu varchar(10),
    adr_Kod varchar(8),
    adr_Miejscowosc varchar(40),
    adr_Poczta varchar(40),
    adr_IdWojewodztwo int REFERENCES sl_Wojewodztwo (woj_Id),
    adr_IdPanstwo int REFERENCES sl_Panstwo (pa_Id),
    adr_NIP varchar(20),
    adr_Gmina varchar(40),
    adr_Powiat varchar(40)
);

CREATE TABLE adr_Historia (
    adrh_Id int PRIMARY KEY,
    adrh_IdAdresu int NOT NULL REFERENCES adr__Ewid (adr_Id),
    adrh_Nazwa varchar(50),
    adrh_NazwaPelna varchar(255),
    adrh_Ulica varchar(60),
    adrh_NrDomu varchar(10),
    adrh_NrLokalu varchar(10),
    adrh_Kod varchar(8),
    adrh_Miejscowosc varchar(40),
    adrh_IdWojewodztwo int REFERENCES sl_Wojewodztwo (woj_Id),
    adrh_IdPanstwo int REFERENCES sl_Panstwo (pa_Id),
    adrh_NIP varchar(20),
    adrh_DataOd timestamp NOT NULL
);

CREATE TABLE pd__Podmiot (
    pd_Id int PRIMARY KEY,
    pd_Nazwa varchar(50) NOT NULL,
    pd_NazwaPelna varchar(255),
    pd_NIP varchar(20),
    pd_REGON varchar(20),
    pd_IdAdresu int REFERENCES adr__Ewid (adr_Id),
    pd_IdUrzeduSkarbowego int REFERENCES sl_UrzadSkarbowy (us_Id),
    pd_IdMagazynGlowny int REFERENCES sl_Magazyn (mag_Id),
    pd_Waluta varchar(3) REFERENCES sl_Waluta (wl_Symbol),
    pd_VATowiec bit NOT NULL
);

CREATE TABLE tw__Towar (
    tw_Id int PRIMARY KEY,
    tw_Zablokowany bit NOT NULL,
    tw_Rodzaj int NOT NULL,
    tw_Symbol varchar(20) NOT NULL,
    tw_Nazwa varchar(50) NOT NULL,
    tw_Opis varchar(255),
    tw_IdVatSp int REFERENCES sl_StawkaVAT (vat_Id),
    tw_IdVatZak int REFERENCES sl_StawkaVAT (vat_Id),
    tw_JakPrzySp bit NOT NULL,
    tw_JednMiary varchar(10) NOT NULL,
    tw_PKWiU varchar(20),
    tw_SWW varchar(20),
    tw_IdOpakowanie int REFERENCES tw__Towar (tw_Id),
    tw_IdGrupa int REFERENCES sl_GrupaTw (grt_Id),
    tw_IdPodstDostawca int REFERENCES kh__Kontrahent (kh_Id),
    tw_DostSymbol varchar(20),
    tw_CzasDostawy int,
    tw_IdProducenta int REFERENCES kh__Kontrahent (kh_Id),
    tw_StanMin money,
    tw_IdKrajuPochodzenia int REFERENCES sl_Panstwo (pa_Id),
    tw_PLU int,
    tw_Masa money,
    tw_Objetosc money,
    tw_IdDodal int REFERENCES pd_Uzytkownik (uz_Id),
    tw_IdZmienil int REFERENCES pd_Uzytkownik (uz_Id),
    tw_DataDodania timestamp,
    tw_DataZmiany timestamp
);

CREATE TABLE tw_Cena (
    tc_Id int PRIMARY KEY,
    tc_IdTowar int NOT NULL REFERENCES tw__Towar (tw_Id),
    tc_CenaNetto0 money,
    tc_CenaNetto1 money,
    tc_CenaNetto2 money,
    tc_CenaBrutto0 money,
    tc_CenaBrutto1 money,
    tc_CenaBrutto2 money,
    tc_Zysk1 money,
    tc_Narzut1 money,
    tc_IdWaluta varchar(3) REFERENCES sl_Waluta (wl_Symbol),
    tc_KursWaluty decimal(18,4),
    tc_PodstawaKC int
);

CREATE TABLE tw_Stan (
    st_TowId int NOT NULL REFERENCES tw__Towar (tw_Id),
    st_MagId int NOT NULL REFERENCES sl_Magazyn (mag_Id),
    st_Stan money NOT NULL,
    st_StanMin money,
    st_StanRez money NOT NULL,
    st_StanMax money,
    PRIMARY KEY (st_TowId, st_MagId)
);

CREATE TABLE tw_KodKreskowy (
    kk_Id int PRIMARY KEY,
    kk_IdTowar int NOT NULL REFERENCES tw__Towar (tw_Id),
    kk_Kod varchar(20) NOT NULL,
    kk_Ilosc money
);

CREATE TABLE tw_CechaTw (
    cht_Id int PRIMARY KEY,
    cht_IdTowar int NOT NULL REFERENCES tw__Towar (tw_Id),
    cht_IdCecha int NOT NULL REFERENCES sl_CechaTw (ctw_Id)
);

CREATE TABLE tw_Komplet (
    kpl_IdKomplet int NOT NULL REFERENCES tw__Towar (tw_Id),
    kpl_IdSkladnik int NOT NULL REFERENCES tw__Towar (tw_Id),
    kpl_Liczba money NOT NULL,
    PRIMARY KEY (kpl_IdKomplet, kpl_IdSkladnik)
);

CREATE TABLE tw_Zamiennik (
    zm_Id int PRIMARY KEY,
    zm_IdTowaru int NOT NULL REFERENCES tw__Towar (tw_Id),
    zm_IdZamiennika int NOT NULL REFERENCES tw__Towar (tw_Id),
    zm_Opis varchar(100)
);

CREATE TABLE tw_ZdjecieTw (
    zd_Id int PRIMARY KEY,
    zd_IdTowar int NOT NULL REFERENCES tw__Towar (tw_Id),
    zd_Zdjecie bytea,
    zd_Glowne bit NOT NULL,
    zd_Opis varchar(100)
);

CREATE TABLE dok__Dokument (
    dok_Id int PRIMARY KEY,
    dok_Typ int NOT NULL,
    dok_Podtyp int NOT NULL,
    dok_MagId int REFERENCES sl_Magazyn (mag_Id),
    dok_Nr int,
    dok_NrRoz varchar(3),
    dok_NrPelny varchar(30) NOT NULL,
    dok_NrPelnyOryg varchar(30),
    dok_DoDokId int REFERENCES dok__Dokument (dok_Id),
    dok_DoDokNrPelny varchar(30),
    dok_DataWyst timestamp NOT NULL,
    dok_DataMag timestamp,
    dok_DataOtrzym timestamp,
    dok_PlatnikId int REFERENCES kh__Kontrahent (kh_Id),
    dok_PlatnikAdreshId int REFERENCES adr_Historia (adrh_Id),
    dok_OdbiorcaId int REFERENCES kh__Kontrahent (kh_Id),
    dok_OdbiorcaAdreshId int REFERENCES adr_Historia (adrh_Id),
    dok_WystawcaAdreshId int REFERENCES adr_Historia (adrh_Id),
    dok_PersonelId int REFERENCES pd_Uzytkownik (uz_Id),
    dok_Wystawil varchar(40),
    dok_Odebral varchar(40),
    dok_PlatId int REFERENCES sl_FormaPlatnosci (fp_Id),
    dok_PlatTermin timestamp,
    dok_Waluta varchar(3) REFERENCES sl_Waluta (wl_Symbol),
    dok_WalutaKurs decimal(18,4),
    dok_KatId int REFERENCES sl_Kategoria (kat_Id),
    dok_SposobDostawyId int REFERENCES sl_SposobDostawy (sd_Id),
    dok_KasaId int REFERENCES sl_Kasa (ks_Id),
    dok_WartNetto money NOT NULL,
    dok_WartVat money NOT NULL,
    dok_WartBrutto money NOT NULL,
    dok_KwWartosc money,
    dok_Status int NOT NULL,
    dok_CenyPoziom int,
    dok_RabatProc money,
    dok_Uwagi varchar(500),
    dok_TerminRealizacji timestamp
);

CREATE TABLE dok_Pozycja (
    ob_Id int PRIMARY KEY,
    ob_DoId int REFERENCES dok_Pozycja (ob_Id),
    ob_Znak int NOT NULL,
    ob_Status int NOT NULL,
    ob_DokHanId int REFERENCES dok__Dokument (dok_Id),
    ob_DokMagId int REFERENCES dok__Dokument (dok_Id),
    ob_TowId int REFERENCES tw__Towar (tw_Id),
    ob_TowRodzaj int NOT NULL,
    ob_Opis varchar(255),
    ob_DokHanLp int,
    ob_DokMagLp int,
    ob_Ilosc money NOT NULL,
    ob_IloscMag money NOT NULL,
    ob_Jm varchar(10),
    ob_CenaMag money,
    ob_CenaWaluta money,
    ob_CenaNetto money,
    ob_CenaBrutto money,
    ob_Rabat money,
    ob_WartMag money,
    ob_WartNetto money,
    ob_WartVat money,
    ob_WartBrutto money,
    ob_VatId int REFERENCES sl_StawkaVAT (vat_Id),
    ob_VatProc money,
    ob_Termin timestamp,
    ob_MagId int REFERENCES sl_Magazyn (mag_Id),
    ob_NumerSeryjny varchar(40),
    ob_KategoriaId int REFERENCES sl_Kategoria (kat_Id)
);

CREATE TABLE dok_MagRuch (
    mr_Id int PRIMARY KEY,
    mr_DoId int REFERENCES dok_MagRuch (mr_Id),
    mr_PozId int NOT NULL REFERENCES dok_Pozycja (ob_Id),
    mr_TowId int NOT NULL REFERENCES tw__Towar (tw_Id),
    mr_MagId int NOT NULL REFERENCES sl_Magazyn (mag_Id),
    mr_Data timestamp NOT NULL,
    mr_Ilosc money NOT NULL,
    mr_Pozostalo money NOT NULL,
    mr_Cena money NOT NULL,
    mr_Wartosc money
);

CREATE TABLE dok_Vat (
    dv_IdDokumentu int NOT NULL REFERENCES dok__Dokument (dok_Id),
    dv_IdStawki int NOT NULL REFERENCES sl_StawkaVAT (vat_Id),
    dv_Netto money NOT NULL,
    dv_Vat money NOT NULL,
    dv_Brutto money NOT NULL,
    PRIMARY KEY (dv_IdDokumentu, dv_IdStawki)
);

CREATE TABLE rb__RachBankowy (
    rb_Id int PRIMARY KEY,
    rb_IdObiektu int NOT NULL,
    rb_TypObiektu int NOT NULL,
    rb_IdBanku int REFERENCES ba__Bank (ba_Id),
    rb_Numer varchar(40) NOT NULL,
    rb_Nazwa varchar(50),
    rb_Waluta varchar(3) REFERENCES sl_Waluta (wl_Symbol),
    rb_Podstawowy bit NOT NULL
);

CREATE TABLE nz__Finanse (
    nzf_Id int PRIMARY KEY,
    nzf_Typ int NOT NULL,
    nzf_Podtyp int,
    nzf_Data timestamp NOT NULL,
    nzf_NumerPelny varchar(30),
    nzf_IdObiektu int,
    nzf_TypObiektu int,
    nzf_IdDokumentAuto int REFERENCES dok__Dokument (dok_Id),
    nzf_IdRachunku int REFERENCES rb__RachBankowy (rb_Id),
    nzf_IdKasy int REFERENCES sl_Kasa (ks_Id),
    nzf_Wartosc money NOT NULL,
    nzf_WartoscPierwotna money,
    nzf_WartoscWaluta money,
    nzf_Waluta varchar(3) REFERENCES sl_Waluta (wl_Symbol),
    nzf_IdKategorii int REFERENCES sl_Kategoria (kat_Id),
    nzf_IdWystawil int REFERENCES pd_Uzytkownik (uz_Id),
    nzf_TerminPlatnosci timestamp,
    nzf_IdFormyPlatnosci int REFERENCES sl_FormaPlatnosci (fp_Id),
    nzf_Status int NOT NULL,
    nzf_Tytulem varchar(255)
);

CREATE TABLE nz_FinanseSplata (
    nzs_Id int PRIMARY KEY,
    nzs_IdDokumentu int NOT NULL REFERENCES nz__Finanse (nzf_Id),
    nzs_IdRozrachunku int NOT NULL REFERENCES nz__Finanse (nzf_Id),
    nzs_Kwota money NOT NULL,
    nzs_Data timestamp NOT NULL,
    nzs_IdWystawil int REFERENCES pd_Uzytkownik (uz_Id)
);

CREATE TABLE fl_GrupaFlag (
    flgr_Id int PRIMARY KEY,
    flgr_Nazwa varchar(50) NOT NULL,
    flgr_TypObiektu int NOT NULL
);

CREATE TABLE fl__Flagi (
    flg_Id int PRIMARY KEY,
    flg_IdGrupy int NOT NULL REFERENCES fl_GrupaFlag (flgr_Id),
    flg_Text varchar(50) NOT NULL,
    flg_Kolor int
);

CREATE TABLE fl_Wartosc (
    flw_Id int PRIMARY KEY,
    flw_IdGrupyFlag int NOT NULL REFERENCES fl_GrupaFlag (flgr_Id),
    flw_IdFlagi int REFERENCES fl__Flagi (flg_Id),
    flw_IdObiektu int NOT NULL,
    flw_Komentarz varchar(255),
    flw_IdUzytkownika int REFERENCES pd_Uzytkownik (uz_Id),
    flw_CzasOstatniejZmiany timestamp
);

CREATE TABLE pd_Dziennik (
    dz_Id int PRIMARY KEY,
    dz_IdUzytkownika int REFERENCES pd_Uzytkownik (uz_Id),
    dz_Data timestamp NOT NULL,
    dz_TypObiektu int,
    dz_IdObiektu int,
    dz_Operacja int NOT NULL,
    dz_Opis varchar(255),
    dz_Stanowisko varchar(50)
);
