-- expect: ch.nullable-sort-key
-- kind: target_ddl
-- lang: clickhouse
-- target-version: 18.16.1
-- at: ch.nullable-sort-key 5:16
CREATE TABLE dw.sales (
    day      Date,
    shop_id  Nullable(UInt32)
) ENGINE = MergeTree PARTITION BY toYYYYMM(day)
ORDER BY (day, shop_id);
