-- erp_legacy.sql: a blind held-out fold for relationship inference (tests/bench/eval_relations
-- --group-new; eval_schemas.sh --blind). A legacy order-to-cash / procure-to-pay ERP in the style
-- of 1990s midrange systems, written for this bench by an author who had not read the inference
-- rules: cryptic abbreviated names (cst_mstr, ord_hdr, ord_dtl, itm_cd, whs_no), codes as keys
-- (char / varchar), composite keys (header number + line number, company + department,
-- fiscal year + period), and columns named by their role (bill_to_cust, ship_to_cust,
-- apprv_emp, sup_emp, prim_vnd). The declared foreign keys are the truth.
-- Readable by SQLite and Sextant's DDL reader (dept_mstr and emp_mstr refer to each other, so
-- PostgreSQL would need the forward reference moved to an ALTER TABLE).

CREATE TABLE curr_mstr (
    curr_cd char(3) PRIMARY KEY,
    curr_desc varchar(30) NOT NULL,
    dec_plcs smallint NOT NULL DEFAULT 2
);

CREATE TABLE cntry_cd (
    cntry_cd char(2) PRIMARY KEY,
    cntry_nm varchar(40) NOT NULL,
    iso3 char(3)
);

CREATE TABLE st_prov (
    cntry_cd char(2) NOT NULL REFERENCES cntry_cd (cntry_cd),
    st_cd char(3) NOT NULL,
    st_nm varchar(40) NOT NULL,
    PRIMARY KEY (cntry_cd, st_cd)
);

CREATE TABLE co_mstr (
    co_cd char(4) PRIMARY KEY,
    co_nm varchar(40) NOT NULL,
    base_curr char(3) NOT NULL REFERENCES curr_mstr (curr_cd),
    cntry_cd char(2) REFERENCES cntry_cd (cntry_cd),
    tax_id varchar(20)
);

CREATE TABLE trm_cd (
    terms_cd varchar(6) PRIMARY KEY,
    terms_desc varchar(30) NOT NULL,
    due_days smallint NOT NULL,
    disc_pct numeric(5,2),
    disc_days smallint
);

CREATE TABLE dept_mstr (
    co_cd char(4) NOT NULL REFERENCES co_mstr (co_cd),
    dept_cd char(4) NOT NULL,
    dept_desc varchar(30) NOT NULL,
    mgr_emp char(6) REFERENCES emp_mstr (emp_no),
    PRIMARY KEY (co_cd, dept_cd)
);

CREATE TABLE emp_mstr (
    emp_no char(6) PRIMARY KEY,
    co_cd char(4) NOT NULL REFERENCES co_mstr (co_cd),
    dept_cd char(4),
    last_nm varchar(30) NOT NULL,
    frst_nm varchar(20),
    hire_dt date,
    term_dt date,
    sup_emp char(6) REFERENCES emp_mstr (emp_no),
    FOREIGN KEY (co_cd, dept_cd) REFERENCES dept_mstr (co_cd, dept_cd)
);

CREATE TABLE usr_mstr (
    usr_id varchar(8) PRIMARY KEY,
    emp_no char(6) REFERENCES emp_mstr (emp_no),
    usr_nm varchar(40),
    pwd_hsh varchar(64),
    lst_lgn timestamp,
    actv_flg char(1) NOT NULL DEFAULT 'Y'
);

CREATE TABLE slsp_mstr (
    slsp_no char(5) PRIMARY KEY,
    slsp_nm varchar(40) NOT NULL,
    emp_no char(6) REFERENCES emp_mstr (emp_no),
    comm_pct numeric(5,2),
    terr_cd char(4)
);

CREATE TABLE prc_lst_hdr (
    prc_lst_cd varchar(6) PRIMARY KEY,
    prc_lst_desc varchar(30),
    curr_cd char(3) REFERENCES curr_mstr (curr_cd)
);

CREATE TABLE cst_mstr (
    cust_no varchar(10) PRIMARY KEY,
    cust_nm varchar(40) NOT NULL,
    cntry_cd char(2) REFERENCES cntry_cd (cntry_cd),
    st_cd char(3),
    terms_cd varchar(6) REFERENCES trm_cd (terms_cd),
    slsp_no char(5) REFERENCES slsp_mstr (slsp_no),
    prc_lst varchar(6) REFERENCES prc_lst_hdr (prc_lst_cd),
    curr_cd char(3) REFERENCES curr_mstr (curr_cd),
    par_cust varchar(10) REFERENCES cst_mstr (cust_no),
    cr_lmt numeric(12,2),
    cr_hld char(1),
    opn_dt date,
    FOREIGN KEY (cntry_cd, st_cd) REFERENCES st_prov (cntry_cd, st_cd)
);

CREATE TABLE cst_addr (
    cust_no varchar(10) NOT NULL REFERENCES cst_mstr (cust_no),
    addr_seq smallint NOT NULL,
    addr_typ char(1) NOT NULL,
    addr1 varchar(40),
    addr2 varchar(40),
    cty varchar(30),
    cntry_cd char(2) REFERENCES cntry_cd (cntry_cd),
    pst_cd varchar(10),
    PRIMARY KEY (cust_no, addr_seq)
);

CREATE TABLE cst_cntct (
    cust_no varchar(10) NOT NULL REFERENCES cst_mstr (cust_no),
    cntct_seq smallint NOT NULL,
    cntct_nm varchar(40),
    phn varchar(20),
    eml varchar(60),
    PRIMARY KEY (cust_no, cntct_seq)
);

CREATE TABLE vnd_mstr (
    vnd_id varchar(8) PRIMARY KEY,
    vnd_nm varchar(40) NOT NULL,
    terms_cd varchar(6) REFERENCES trm_cd (terms_cd),
    curr_cd char(3) REFERENCES curr_mstr (curr_cd),
    cntry_cd char(2) REFERENCES cntry_cd (cntry_cd),
    pay_to_vnd varchar(8) REFERENCES vnd_mstr (vnd_id),
    hld_flg char(1)
);

CREATE TABLE vnd_addr (
    vnd_id varchar(8) NOT NULL REFERENCES vnd_mstr (vnd_id),
    addr_seq smallint NOT NULL,
    addr1 varchar(40),
    cty varchar(30),
    pst_cd varchar(10),
    PRIMARY KEY (vnd_id, addr_seq)
);

CREATE TABLE uom_cd (
    uom char(3) PRIMARY KEY,
    uom_desc varchar(20) NOT NULL
);

CREATE TABLE prd_ln (
    prd_ln_cd char(4) PRIMARY KEY,
    prd_ln_desc varchar(30) NOT NULL
);

CREATE TABLE itm_cls (
    itm_cls_cd char(4) PRIMARY KEY,
    itm_cls_desc varchar(30) NOT NULL,
    prd_ln_cd char(4) REFERENCES prd_ln (prd_ln_cd)
);

CREATE TABLE itm_mstr (
    itm_cd varchar(15) PRIMARY KEY,
    itm_desc varchar(40) NOT NULL,
    itm_cls_cd char(4) REFERENCES itm_cls (itm_cls_cd),
    stk_uom char(3) NOT NULL REFERENCES uom_cd (uom),
    pur_uom char(3) REFERENCES uom_cd (uom),
    prim_vnd varchar(8) REFERENCES vnd_mstr (vnd_id),
    std_cst numeric(12,4),
    lst_prc numeric(12,4),
    wgt numeric(9,3),
    obs_flg char(1)
);

CREATE TABLE uom_cnv (
    itm_cd varchar(15) NOT NULL REFERENCES itm_mstr (itm_cd),
    frm_uom char(3) NOT NULL REFERENCES uom_cd (uom),
    to_uom char(3) NOT NULL REFERENCES uom_cd (uom),
    cnv_fct numeric(12,6) NOT NULL,
    PRIMARY KEY (itm_cd, frm_uom, to_uom)
);

CREATE TABLE prc_lst_dtl (
    prc_lst_cd varchar(6) NOT NULL REFERENCES prc_lst_hdr (prc_lst_cd),
    itm_cd varchar(15) NOT NULL REFERENCES itm_mstr (itm_cd),
    eff_dt date NOT NULL,
    unt_prc numeric(12,4) NOT NULL,
    PRIMARY KEY (prc_lst_cd, itm_cd, eff_dt)
);

CREATE TABLE whs_mstr (
    whs_no char(3) PRIMARY KEY,
    whs_nm varchar(30) NOT NULL,
    co_cd char(4) NOT NULL REFERENCES co_mstr (co_cd),
    mgr_emp char(6) REFERENCES emp_mstr (emp_no),
    cntry_cd char(2) REFERENCES cntry_cd (cntry_cd)
);

CREATE TABLE whs_loc (
    whs_no char(3) NOT NULL REFERENCES whs_mstr (whs_no),
    loc_cd varchar(8) NOT NULL,
    aisle char(2),
    bin char(3),
    PRIMARY KEY (whs_no, loc_cd)
);

CREATE TABLE itm_whs (
    itm_cd varchar(15) NOT NULL REFERENCES itm_mstr (itm_cd),
    whs_no char(3) NOT NULL REFERENCES whs_mstr (whs_no),
    dflt_loc varchar(8),
    qty_oh numeric(12,3) NOT NULL DEFAULT 0,
    qty_alloc numeric(12,3) NOT NULL DEFAULT 0,
    rord_pt numeric(12,3),
    PRIMARY KEY (itm_cd, whs_no),
    FOREIGN KEY (whs_no, dflt_loc) REFERENCES whs_loc (whs_no, loc_cd)
);

CREATE TABLE inv_lot (
    itm_cd varchar(15) NOT NULL,
    whs_no char(3) NOT NULL,
    lot_no varchar(12) NOT NULL,
    loc_cd varchar(8),
    qty_oh numeric(12,3) NOT NULL,
    exp_dt date,
    PRIMARY KEY (itm_cd, whs_no, lot_no),
    FOREIGN KEY (itm_cd, whs_no) REFERENCES itm_whs (itm_cd, whs_no),
    FOREIGN KEY (whs_no, loc_cd) REFERENCES whs_loc (whs_no, loc_cd)
);

CREATE TABLE txn_typ_cd (
    txn_typ char(2) PRIMARY KEY,
    txn_desc varchar(30) NOT NULL,
    sgn smallint NOT NULL
);

CREATE TABLE inv_txn (
    txn_no integer PRIMARY KEY,
    txn_typ char(2) NOT NULL REFERENCES txn_typ_cd (txn_typ),
    itm_cd varchar(15) NOT NULL REFERENCES itm_mstr (itm_cd),
    whs_no char(3) NOT NULL REFERENCES whs_mstr (whs_no),
    qty numeric(12,3) NOT NULL,
    txn_dt timestamp NOT NULL,
    ref_doc varchar(12),
    usr_id varchar(8) REFERENCES usr_mstr (usr_id)
);

CREATE TABLE carr_mstr (
    carr_cd varchar(4) PRIMARY KEY,
    carr_nm varchar(30) NOT NULL,
    scac char(4)
);

CREATE TABLE ord_stat_cd (
    stat_cd char(1) PRIMARY KEY,
    stat_desc varchar(20) NOT NULL
);

CREATE TABLE ord_hdr (
    ord_no integer PRIMARY KEY,
    co_cd char(4) NOT NULL REFERENCES co_mstr (co_cd),
    sold_to varchar(10) NOT NULL REFERENCES cst_mstr (cust_no),
    bill_to_cust varchar(10) REFERENCES cst_mstr (cust_no),
    ship_to_cust varchar(10) REFERENCES cst_mstr (cust_no),
    ship_to_seq smallint,
    cust_po varchar(20),
    ord_dt date NOT NULL,
    req_dt date,
    whs_no char(3) REFERENCES whs_mstr (whs_no),
    slsp_no char(5) REFERENCES slsp_mstr (slsp_no),
    terms_cd varchar(6) REFERENCES trm_cd (terms_cd),
    ship_via varchar(4) REFERENCES carr_mstr (carr_cd),
    ord_stat char(1) NOT NULL REFERENCES ord_stat_cd (stat_cd),
    curr_cd char(3) REFERENCES curr_mstr (curr_cd),
    entrd_by varchar(8) REFERENCES usr_mstr (usr_id),
    FOREIGN KEY (ship_to_cust, ship_to_seq) REFERENCES cst_addr (cust_no, addr_seq)
);

CREATE TABLE ord_dtl (
    ord_no integer NOT NULL REFERENCES ord_hdr (ord_no),
    ln_no smallint NOT NULL,
    itm_cd varchar(15) NOT NULL REFERENCES itm_mstr (itm_cd),
    whs_no char(3) REFERENCES whs_mstr (whs_no),
    uom char(3) REFERENCES uom_cd (uom),
    qty_ord numeric(12,3) NOT NULL,
    qty_shp numeric(12,3) NOT NULL DEFAULT 0,
    unt_prc numeric(12,4),
    disc_pct numeric(5,2),
    PRIMARY KEY (ord_no, ln_no)
);

CREATE TABLE shp_hdr (
    shp_no integer PRIMARY KEY,
    ord_no integer NOT NULL REFERENCES ord_hdr (ord_no),
    carr_cd varchar(4) REFERENCES carr_mstr (carr_cd),
    whs_no char(3) REFERENCES whs_mstr (whs_no),
    shp_dt date,
    trk_no varchar(30),
    pkd_by char(6) REFERENCES emp_mstr (emp_no)
);

CREATE TABLE shp_dtl (
    shp_no integer NOT NULL REFERENCES shp_hdr (shp_no),
    shp_ln smallint NOT NULL,
    ord_no integer NOT NULL,
    ln_no smallint NOT NULL,
    lot_no varchar(12),
    qty_shp numeric(12,3) NOT NULL,
    PRIMARY KEY (shp_no, shp_ln),
    FOREIGN KEY (ord_no, ln_no) REFERENCES ord_dtl (ord_no, ln_no)
);

CREATE TABLE gl_acct (
    acct_no varchar(12) PRIMARY KEY,
    acct_desc varchar(40) NOT NULL,
    acct_typ char(1) NOT NULL,
    co_cd char(4) REFERENCES co_mstr (co_cd),
    rlup_acct varchar(12) REFERENCES gl_acct (acct_no)
);

CREATE TABLE gl_per (
    fy smallint NOT NULL,
    per_no smallint NOT NULL,
    beg_dt date NOT NULL,
    end_dt date NOT NULL,
    cls_flg char(1),
    PRIMARY KEY (fy, per_no)
);

CREATE TABLE inv_hdr (
    inv_no integer PRIMARY KEY,
    ord_no integer REFERENCES ord_hdr (ord_no),
    bill_to_cust varchar(10) NOT NULL REFERENCES cst_mstr (cust_no),
    inv_dt date NOT NULL,
    due_dt date,
    terms_cd varchar(6) REFERENCES trm_cd (terms_cd),
    fy smallint,
    per_no smallint,
    ar_acct varchar(12) REFERENCES gl_acct (acct_no),
    inv_amt numeric(12,2),
    FOREIGN KEY (fy, per_no) REFERENCES gl_per (fy, per_no)
);

CREATE TABLE inv_dtl (
    inv_no integer NOT NULL REFERENCES inv_hdr (inv_no),
    ln_no smallint NOT NULL,
    ord_no integer,
    ord_ln smallint,
    itm_cd varchar(15) REFERENCES itm_mstr (itm_cd),
    qty numeric(12,3),
    ext_amt numeric(12,2),
    rev_acct varchar(12) REFERENCES gl_acct (acct_no),
    PRIMARY KEY (inv_no, ln_no),
    FOREIGN KEY (ord_no, ord_ln) REFERENCES ord_dtl (ord_no, ln_no)
);

CREATE TABLE bnk_acct (
    bnk_acct varchar(10) PRIMARY KEY,
    bnk_nm varchar(40) NOT NULL,
    gl_acct varchar(12) REFERENCES gl_acct (acct_no),
    curr_cd char(3) REFERENCES curr_mstr (curr_cd)
);

CREATE TABLE ar_pmt (
    pmt_no integer PRIMARY KEY,
    cust_no varchar(10) NOT NULL REFERENCES cst_mstr (cust_no),
    pmt_dt date NOT NULL,
    pmt_amt numeric(12,2) NOT NULL,
    chk_no varchar(15),
    bnk_acct varchar(10) REFERENCES bnk_acct (bnk_acct)
);

CREATE TABLE ar_pmt_app (
    pmt_no integer NOT NULL REFERENCES ar_pmt (pmt_no),
    inv_no integer NOT NULL REFERENCES inv_hdr (inv_no),
    app_amt numeric(12,2) NOT NULL,
    disc_tkn numeric(12,2),
    PRIMARY KEY (pmt_no, inv_no)
);

CREATE TABLE gl_jrnl (
    jrnl_no integer PRIMARY KEY,
    co_cd char(4) NOT NULL REFERENCES co_mstr (co_cd),
    fy smallint NOT NULL,
    per_no smallint NOT NULL,
    src_cd char(2),
    post_dt date,
    post_by varchar(8) REFERENCES usr_mstr (usr_id),
    FOREIGN KEY (fy, per_no) REFERENCES gl_per (fy, per_no)
);

CREATE TABLE gl_jrnl_ln (
    jrnl_no integer NOT NULL REFERENCES gl_jrnl (jrnl_no),
    ln_no smallint NOT NULL,
    acct_no varchar(12) NOT NULL REFERENCES gl_acct (acct_no),
    co_cd char(4),
    dept_cd char(4),
    dr_amt numeric(14,2),
    cr_amt numeric(14,2),
    ln_desc varchar(40),
    PRIMARY KEY (jrnl_no, ln_no),
    FOREIGN KEY (co_cd, dept_cd) REFERENCES dept_mstr (co_cd, dept_cd)
);

CREATE TABLE po_hdr (
    po_no integer PRIMARY KEY,
    vnd_id varchar(8) NOT NULL REFERENCES vnd_mstr (vnd_id),
    co_cd char(4) NOT NULL REFERENCES co_mstr (co_cd),
    po_dt date NOT NULL,
    whs_no char(3) REFERENCES whs_mstr (whs_no),
    buyer_emp char(6) REFERENCES emp_mstr (emp_no),
    apprv_emp char(6) REFERENCES emp_mstr (emp_no),
    terms_cd varchar(6) REFERENCES trm_cd (terms_cd),
    po_stat char(1)
);

CREATE TABLE po_dtl (
    po_no integer NOT NULL REFERENCES po_hdr (po_no),
    ln_no smallint NOT NULL,
    itm_cd varchar(15) NOT NULL REFERENCES itm_mstr (itm_cd),
    qty_ord numeric(12,3) NOT NULL,
    unt_cst numeric(12,4),
    due_dt date,
    PRIMARY KEY (po_no, ln_no)
);

CREATE TABLE rcv_hdr (
    rcv_no integer PRIMARY KEY,
    po_no integer NOT NULL REFERENCES po_hdr (po_no),
    rcv_dt date NOT NULL,
    whs_no char(3) REFERENCES whs_mstr (whs_no),
    rcvd_by char(6) REFERENCES emp_mstr (emp_no)
);

CREATE TABLE rcv_dtl (
    rcv_no integer NOT NULL REFERENCES rcv_hdr (rcv_no),
    ln_no smallint NOT NULL,
    po_no integer NOT NULL,
    po_ln smallint NOT NULL,
    lot_no varchar(12),
    qty_rcv numeric(12,3) NOT NULL,
    PRIMARY KEY (rcv_no, ln_no),
    FOREIGN KEY (po_no, po_ln) REFERENCES po_dtl (po_no, ln_no)
);

CREATE TABLE ap_vchr (
    vchr_no integer PRIMARY KEY,
    vnd_id varchar(8) NOT NULL REFERENCES vnd_mstr (vnd_id),
    vnd_inv varchar(20),
    po_no integer REFERENCES po_hdr (po_no),
    vchr_dt date NOT NULL,
    due_dt date,
    vchr_amt numeric(12,2),
    ap_acct varchar(12) REFERENCES gl_acct (acct_no),
    apprv_emp char(6) REFERENCES emp_mstr (emp_no)
);
