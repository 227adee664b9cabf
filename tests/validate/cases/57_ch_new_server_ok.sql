-- expect: none
-- kind: target_ddl
-- lang: clickhouse
-- target-version: 23.8
CREATE TABLE dw.events (
    day        Date,
    region     LowCardinality(String),
    at         DateTime64(3),
    attrs      Map(String, String) CODEC(ZSTD)
) ENGINE = ReplacingMergeTree(at) PARTITION BY toYYYYMM(day) ORDER BY (day, region);
