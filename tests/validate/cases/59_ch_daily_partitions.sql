-- expect: ch.too-many-partitions
-- kind: target_ddl
-- lang: clickhouse
-- target-version: 18.16.1
CREATE TABLE dw.sales (day Date, amount Decimal(18, 2))
ENGINE = MergeTree PARTITION BY toYYYYMMDD(day) ORDER BY day;
