-- expect: sec.conn-password
-- kind: target_ddl
-- lang: clickhouse
-- load with clickhouse://loader:ch-secret@warehouse:8123/dw
CREATE TABLE dw.sales (day Date) ENGINE = MergeTree ORDER BY day;
