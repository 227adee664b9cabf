-- expect: ch.missing-order-by
-- kind: target_ddl
-- lang: clickhouse
CREATE TABLE dw.sales (day Date, amount Decimal(18, 2)) ENGINE = MergeTree;
