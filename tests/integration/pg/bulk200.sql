-- bulk200.sql: 200 more tables (with PKs, FKs and an index each) on top of
-- tricky.sql, to show that the introspector's round trips do not grow with
-- the table count.
CREATE SCHEMA bulk;
DO $$
BEGIN
	FOR i IN 1..200 LOOP
		EXECUTE format('CREATE TABLE bulk.t%s (id integer PRIMARY KEY, parent_id integer %s, '
			       'name text, amount numeric(10,2), created_at timestamptz)',
			       i, CASE WHEN i > 1 THEN format('REFERENCES bulk.t%s', i - 1) ELSE '' END);
		EXECUTE format('CREATE INDEX ON bulk.t%s (name)', i);
		EXECUTE format('COMMENT ON TABLE bulk.t%s IS %L', i, 'bulk table ' || i);
	END LOOP;
END $$;
