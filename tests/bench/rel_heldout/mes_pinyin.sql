-- mes_pinyin.sql: a fourth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind4). The MES of a Chinese factory,
-- written for this bench by an author who had not read the inference code:
-- table and column names in pinyin without tones (gongyingshang supplier,
-- wuliao material, shengchan_dingdan work order, gongxu operation, shebei
-- equipment, cangku warehouse, yuangong employee, bumen department, pici
-- batch), the pinyin initials a Chinese code base abbreviates with (_bm
-- bianma code, _mc mingcheng name, _hao number, _rq riqi date, _sj shijian
-- time, gys supplier, lld lingliao dan, gdgx gongdan gongxu), role columns
-- (fuzeren_id responsible, caigouyuan_id buyer, caozuo_yuan_id operator,
-- jianyan_yuan_id inspector -> yuangong; shangji_id superior as self
-- reference; fu_wuliao_bm / zi_wuliao_bm parent and child material of a BOM)
-- and English abbreviations mixed in by a second team (mat_no -> wuliao,
-- wo_id work order, po_no purchase order, eqp_cd equipment code). The
-- declared foreign keys are the truth.
-- Readable by PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE bumen (
    id integer PRIMARY KEY,
    bumen_bm varchar(20) NOT NULL,
    bumen_mc varchar(50) NOT NULL,
    shangji_id integer REFERENCES bumen (id),
    chengli_rq date
);

CREATE TABLE yuangong (
    id integer PRIMARY KEY,
    gonghao varchar(20) NOT NULL,
    xingming varchar(30) NOT NULL,
    xingbie char(1),
    bumen_id integer NOT NULL REFERENCES bumen (id),
    gangwei varchar(30),
    shangji_id integer REFERENCES yuangong (id),
    shouji_hao varchar(20),
    ruzhi_rq date NOT NULL,
    zaizhi boolean NOT NULL
);

CREATE TABLE cangku (
    id integer PRIMARY KEY,
    cangku_bm varchar(20) NOT NULL,
    cangku_mc varchar(50) NOT NULL,
    leixing varchar(20) NOT NULL,
    dizhi varchar(200),
    fuzeren_id integer REFERENCES yuangong (id)
);

CREATE TABLE kuwei (
    id integer PRIMARY KEY,
    cangku_id integer NOT NULL REFERENCES cangku (id),
    kuwei_bm varchar(20) NOT NULL,
    quyu varchar(20),
    rongliang numeric(12, 2)
);

CREATE TABLE danwei (
    danwei_bm varchar(10) PRIMARY KEY,
    danwei_mc varchar(20) NOT NULL,
    huansuan_xs numeric(12, 4)
);

CREATE TABLE wuliao_fenlei (
    id integer PRIMARY KEY,
    fenlei_bm varchar(20) NOT NULL,
    fenlei_mc varchar(50) NOT NULL,
    shangji_id integer REFERENCES wuliao_fenlei (id)
);

CREATE TABLE wuliao (
    wuliao_bm varchar(32) PRIMARY KEY,
    wuliao_mc varchar(100) NOT NULL,
    guige varchar(100),
    wuliao_lx varchar(10) NOT NULL,
    fenlei_id integer REFERENCES wuliao_fenlei (id),
    jiliang_dw varchar(10) NOT NULL REFERENCES danwei (danwei_bm),
    moren_ck_id integer REFERENCES cangku (id),
    anquan_kucun numeric(12, 2),
    biaozhun_chengben numeric(12, 4),
    qiyong boolean NOT NULL
);

CREATE TABLE gongyingshang (
    id integer PRIMARY KEY,
    gys_bm varchar(20) NOT NULL,
    gys_mc varchar(100) NOT NULL,
    lianxiren varchar(30),
    dianhua varchar(20),
    dizhi varchar(200),
    caigouyuan_id integer REFERENCES yuangong (id),
    dengji char(1)
);

CREATE TABLE gongyingshang_wuliao (
    gongyingshang_id integer NOT NULL REFERENCES gongyingshang (id),
    wuliao_bm varchar(32) NOT NULL REFERENCES wuliao (wuliao_bm),
    caigou_jia numeric(12, 4),
    tiqian_tianshu integer,
    shouxuan boolean NOT NULL,
    PRIMARY KEY (gongyingshang_id, wuliao_bm)
);

CREATE TABLE kehu (
    id integer PRIMARY KEY,
    kehu_bm varchar(20) NOT NULL,
    kehu_mc varchar(100) NOT NULL,
    dizhi varchar(200),
    xiaoshou_yuan_id integer REFERENCES yuangong (id)
);

CREATE TABLE xiaoshou_dingdan (
    dingdan_hao varchar(30) PRIMARY KEY,
    kehu_id integer NOT NULL REFERENCES kehu (id),
    xiadan_rq date NOT NULL,
    jiaohuo_rq date,
    zhuangtai varchar(10) NOT NULL,
    zhidan_ren_id integer REFERENCES yuangong (id),
    beizhu varchar(200)
);

CREATE TABLE xiaoshou_dingdan_mx (
    id integer PRIMARY KEY,
    dingdan_hao varchar(30) NOT NULL REFERENCES xiaoshou_dingdan (dingdan_hao),
    hang_hao integer NOT NULL,
    wuliao_bm varchar(32) NOT NULL REFERENCES wuliao (wuliao_bm),
    shuliang numeric(12, 2) NOT NULL,
    danjia numeric(12, 4),
    jiaohuo_rq date
);

CREATE TABLE caigou_dingdan (
    po_no varchar(30) PRIMARY KEY,
    gongyingshang_id integer NOT NULL REFERENCES gongyingshang (id),
    caigouyuan_id integer REFERENCES yuangong (id),
    xiadan_rq date NOT NULL,
    zhuangtai varchar(10) NOT NULL,
    zong_jine numeric(14, 2)
);

CREATE TABLE caigou_dingdan_mx (
    id integer PRIMARY KEY,
    po_no varchar(30) NOT NULL REFERENCES caigou_dingdan (po_no),
    hang_hao integer NOT NULL,
    mat_no varchar(32) NOT NULL REFERENCES wuliao (wuliao_bm),
    shuliang numeric(12, 2) NOT NULL,
    danjia numeric(12, 4),
    yaoqiu_daohuo_rq date
);

CREATE TABLE ruku_dan (
    id integer PRIMARY KEY,
    ruku_hao varchar(30) NOT NULL,
    po_no varchar(30) REFERENCES caigou_dingdan (po_no),
    cangku_id integer NOT NULL REFERENCES cangku (id),
    shouhuo_ren_id integer REFERENCES yuangong (id),
    ruku_sj timestamp NOT NULL
);

CREATE TABLE chejian (
    id integer PRIMARY KEY,
    chejian_bm varchar(20) NOT NULL,
    chejian_mc varchar(50) NOT NULL,
    bumen_id integer REFERENCES bumen (id),
    fuzeren_id integer REFERENCES yuangong (id)
);

CREATE TABLE chanxian (
    id integer PRIMARY KEY,
    chanxian_bm varchar(20) NOT NULL,
    chanxian_mc varchar(50) NOT NULL,
    chejian_id integer NOT NULL REFERENCES chejian (id),
    banzhang_id integer REFERENCES yuangong (id),
    sheji_channeng integer
);

CREATE TABLE shebei_leixing (
    id integer PRIMARY KEY,
    leixing_mc varchar(50) NOT NULL,
    baoyang_zhouqi integer
);

CREATE TABLE shebei (
    eqp_cd varchar(20) PRIMARY KEY,
    shebei_mc varchar(100) NOT NULL,
    leixing_id integer NOT NULL REFERENCES shebei_leixing (id),
    chanxian_id integer REFERENCES chanxian (id),
    xinghao varchar(50),
    goumai_rq date,
    zhuangtai varchar(10) NOT NULL,
    weixiu_fzr_id integer REFERENCES yuangong (id)
);

CREATE TABLE shebei_weixiu (
    id integer PRIMARY KEY,
    eqp_cd varchar(20) NOT NULL REFERENCES shebei (eqp_cd),
    baoxiu_ren_id integer REFERENCES yuangong (id),
    weixiu_ren_id integer REFERENCES yuangong (id),
    guzhang_miaoshu varchar(500),
    kaishi_sj timestamp NOT NULL,
    jieshu_sj timestamp
);

CREATE TABLE gongyi_luxian (
    id integer PRIMARY KEY,
    luxian_bm varchar(30) NOT NULL,
    wuliao_bm varchar(32) NOT NULL REFERENCES wuliao (wuliao_bm),
    banben varchar(10) NOT NULL,
    shengxiao_rq date,
    qiyong boolean NOT NULL
);

CREATE TABLE gongxu (
    id integer PRIMARY KEY,
    luxian_id integer NOT NULL REFERENCES gongyi_luxian (id),
    gongxu_hao integer NOT NULL,
    gongxu_mc varchar(50) NOT NULL,
    eqp_type_id integer REFERENCES shebei_leixing (id),
    biaozhun_gongshi numeric(10, 2),
    zhunbei_gongshi numeric(10, 2),
    shi_jianyan_dian boolean NOT NULL
);

CREATE TABLE bom (
    bom_id integer PRIMARY KEY,
    fu_wuliao_bm varchar(32) NOT NULL REFERENCES wuliao (wuliao_bm),
    banben varchar(10) NOT NULL,
    zhuangtai varchar(10) NOT NULL,
    shenhe_ren_id integer REFERENCES yuangong (id)
);

CREATE TABLE bom_mx (
    id integer PRIMARY KEY,
    bom_id integer NOT NULL REFERENCES bom (bom_id),
    zi_wuliao_bm varchar(32) NOT NULL REFERENCES wuliao (wuliao_bm),
    yongliang numeric(12, 4) NOT NULL,
    sunhao_lv numeric(6, 4),
    gongxu_id integer REFERENCES gongxu (id)
);

CREATE TABLE shengchan_dingdan (
    wo_id integer PRIMARY KEY,
    wo_no varchar(30) NOT NULL,
    wuliao_bm varchar(32) NOT NULL REFERENCES wuliao (wuliao_bm),
    bom_id integer REFERENCES bom (bom_id),
    luxian_id integer REFERENCES gongyi_luxian (id),
    chanxian_id integer REFERENCES chanxian (id),
    dingdan_hao varchar(30) REFERENCES xiaoshou_dingdan (dingdan_hao),
    fu_wo_id integer REFERENCES shengchan_dingdan (wo_id),
    jihua_shuliang numeric(12, 2) NOT NULL,
    wancheng_shuliang numeric(12, 2),
    jihua_kaishi_sj timestamp,
    jihua_wancheng_sj timestamp,
    zhuangtai varchar(10) NOT NULL,
    jihuayuan_id integer REFERENCES yuangong (id)
);

CREATE TABLE gongdan_gongxu (
    id integer PRIMARY KEY,
    wo_id integer NOT NULL REFERENCES shengchan_dingdan (wo_id),
    gongxu_id integer NOT NULL REFERENCES gongxu (id),
    eqp_cd varchar(20) REFERENCES shebei (eqp_cd),
    caozuo_yuan_id integer REFERENCES yuangong (id),
    kaishi_sj timestamp,
    jieshu_sj timestamp,
    hege_shu numeric(12, 2),
    buliang_shu numeric(12, 2),
    zhuangtai varchar(10) NOT NULL
);

CREATE TABLE baogong (
    id integer PRIMARY KEY,
    gdgx_id integer NOT NULL REFERENCES gongdan_gongxu (id),
    yuangong_id integer NOT NULL REFERENCES yuangong (id),
    banci varchar(10),
    baogong_sj timestamp NOT NULL,
    shuliang numeric(12, 2) NOT NULL,
    gongshi numeric(8, 2)
);

CREATE TABLE pici (
    pici_hao varchar(30) PRIMARY KEY,
    wuliao_bm varchar(32) NOT NULL REFERENCES wuliao (wuliao_bm),
    gongyingshang_id integer REFERENCES gongyingshang (id),
    wo_id integer REFERENCES shengchan_dingdan (wo_id),
    shengchan_rq date,
    youxiao_qi date,
    zhuangtai varchar(10) NOT NULL
);

CREATE TABLE kucun (
    id integer PRIMARY KEY,
    wuliao_bm varchar(32) NOT NULL REFERENCES wuliao (wuliao_bm),
    cangku_id integer NOT NULL REFERENCES cangku (id),
    kuwei_id integer REFERENCES kuwei (id),
    pici_hao varchar(30) REFERENCES pici (pici_hao),
    shuliang numeric(14, 2) NOT NULL,
    dongjie_shuliang numeric(14, 2),
    gengxin_sj timestamp NOT NULL
);

CREATE TABLE lingliao_dan (
    lld_hao varchar(30) PRIMARY KEY,
    wo_id integer NOT NULL REFERENCES shengchan_dingdan (wo_id),
    cangku_id integer NOT NULL REFERENCES cangku (id),
    lingliao_ren_id integer REFERENCES yuangong (id),
    faliao_ren_id integer REFERENCES yuangong (id),
    lingliao_rq date NOT NULL,
    zhuangtai varchar(10) NOT NULL
);

CREATE TABLE lingliao_mx (
    id integer PRIMARY KEY,
    lld_hao varchar(30) NOT NULL REFERENCES lingliao_dan (lld_hao),
    mat_no varchar(32) NOT NULL REFERENCES wuliao (wuliao_bm),
    kuwei_id integer REFERENCES kuwei (id),
    pici_hao varchar(30) REFERENCES pici (pici_hao),
    yingfa_shuliang numeric(12, 2) NOT NULL,
    shifa_shuliang numeric(12, 2)
);

CREATE TABLE buliang_yuanyin (
    id integer PRIMARY KEY,
    yuanyin_bm varchar(20) NOT NULL,
    yuanyin_mc varchar(50) NOT NULL,
    leibie varchar(20)
);

CREATE TABLE zhijian_jilu (
    id integer PRIMARY KEY,
    jianyan_dan_hao varchar(30) NOT NULL,
    pici_hao varchar(30) REFERENCES pici (pici_hao),
    wo_id integer REFERENCES shengchan_dingdan (wo_id),
    gdgx_id integer REFERENCES gongdan_gongxu (id),
    jianyan_yuan_id integer REFERENCES yuangong (id),
    jianyan_sj timestamp NOT NULL,
    choujian_shu integer,
    buliang_shu integer,
    jieguo varchar(10) NOT NULL,
    buliang_yuanyin_id integer REFERENCES buliang_yuanyin (id)
);
