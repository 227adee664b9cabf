-- expect: sql.destructive
-- kind: target_ddl
-- lang: clickhouse
DROP TABLE IF EXISTS dw.sales;
CREATE TABLE dw.sales (day Date) ENGINE = MergeTree ORDER BY day;
