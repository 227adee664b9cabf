-- expect: ch.syntax
-- kind: target_ddl
-- lang: clickhouse
CREATE TABLE dw.t ENGINE =