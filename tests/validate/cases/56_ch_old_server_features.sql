-- expect: ch.unsupported-feature
-- kind: target_ddl
-- lang: clickhouse
-- target-version: 18.16.1
-- at: ch.unsupported-feature 3:16
CREATE TABLE dw.events (
    day        Date,
    region     LowCardinality(String),
    at         DateTime64(3)
) ENGINE = MergeTree PARTITION BY toYYYYMM(day) ORDER BY (day);
