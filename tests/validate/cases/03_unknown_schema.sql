-- expect: sql.unknown-schema
SELECT id FROM sals.regions
