-- tricky.sql: a small schema built to trip PostgreSQL introspectors.
-- Quoted, mixed-case and Cyrillic identifiers; four schemas (one that the
-- limited role sx_reader may not use); a partitioned table whose partitions
-- live in two schemas; views, a materialized view, a foreign table; a
-- composite FK, a cross-schema FK, an FK to a partitioned table; identity,
-- generated and serial columns; partial, expression, hash and unique indexes;
-- comments on tables and columns. The integration tests assert on it.

CREATE SCHEMA sales;
CREATE SCHEMA "Склад";
CREATE SCHEMA "Mixed Case";
CREATE SCHEMA secret;
COMMENT ON SCHEMA sales IS 'Orders and customers';

CREATE TABLE sales.customers (
	customer_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	email varchar(320) NOT NULL UNIQUE,
	full_name text,
	balance numeric(12,2) DEFAULT 0,
	created_at timestamp(3) with time zone NOT NULL DEFAULT now(),
	tags text[]
);
COMMENT ON TABLE sales.customers IS 'People who buy things';
COMMENT ON COLUMN sales.customers.email IS 'Login e-mail, unique';
CREATE UNIQUE INDEX customers_lower_email ON sales.customers (lower(email));

CREATE TABLE sales.orders (
	order_id bigserial,
	region char(2) NOT NULL,
	customer_id integer NOT NULL REFERENCES sales.customers (customer_id) ON DELETE CASCADE,
	ordered_on date NOT NULL,
	total numeric(12,2),
	total_with_tax numeric(12,2) GENERATED ALWAYS AS (total * 1.2) STORED,
	PRIMARY KEY (order_id, region)
);
CREATE INDEX orders_recent ON sales.orders (ordered_on) WHERE total > 0;
CREATE INDEX orders_region_hash ON sales.orders USING hash (region);
CREATE INDEX orders_cust_day ON sales.orders (customer_id, ordered_on DESC) INCLUDE (total);

CREATE TABLE "Склад"."Товары" (
	артикул text PRIMARY KEY,
	"Название" varchar(200) NOT NULL,
	цена numeric(10,2)
);
COMMENT ON TABLE "Склад"."Товары" IS 'Справочник товаров';
COMMENT ON COLUMN "Склад"."Товары"."Название" IS 'Наименование товара';

CREATE TABLE "Склад"."Остатки" (
	артикул text REFERENCES "Склад"."Товары",
	склад integer,
	количество integer NOT NULL DEFAULT 0,
	PRIMARY KEY (артикул, склад)
);

CREATE TABLE sales.order_lines (
	order_id bigint,
	region char(2),
	line_no integer,
	"Product Code" text REFERENCES "Склад"."Товары" (артикул),
	qty integer CHECK (qty > 0),
	PRIMARY KEY (order_id, region, line_no),
	CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id, region)
		REFERENCES sales.orders (order_id, region) ON UPDATE CASCADE
);

-- A partitioned table; one partition sits in another schema and must be
-- folded into its parent, not listed there.
CREATE TABLE sales.events (
	event_id bigint NOT NULL,
	happened_at timestamptz NOT NULL,
	customer_id integer REFERENCES sales.customers,
	payload jsonb,
	PRIMARY KEY (event_id, happened_at)
) PARTITION BY RANGE (happened_at);
COMMENT ON TABLE sales.events IS 'Click stream, one partition per year';
CREATE TABLE sales.events_2024 PARTITION OF sales.events
	FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE sales.events_2025 PARTITION OF sales.events
	FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE "Mixed Case".events_default PARTITION OF sales.events DEFAULT;

-- An FK to a partitioned table (PostgreSQL clones it per partition).
CREATE TABLE sales.event_flags (
	event_id bigint,
	happened_at timestamptz,
	flag text NOT NULL,
	FOREIGN KEY (event_id, happened_at) REFERENCES sales.events (event_id, happened_at)
);

CREATE TABLE "Mixed Case"."Weird ""Quoted"" Table" (
	"Col With Space" integer PRIMARY KEY,
	"select" text,
	"a.b" integer
);
COMMENT ON COLUMN "Mixed Case"."Weird ""Quoted"" Table"."select" IS 'a reserved word';

-- A cross-schema FK and a unique index that acts as a key.
CREATE TABLE "Mixed Case".customer_notes (
	note_id integer PRIMARY KEY,
	customer_id integer NOT NULL REFERENCES sales.customers (customer_id),
	note text NOT NULL
);
CREATE UNIQUE INDEX customer_notes_cust_note ON "Mixed Case".customer_notes (customer_id, note);

CREATE VIEW sales.big_orders AS
	SELECT o.order_id, o.region, c.email, o.total
	FROM sales.orders o JOIN sales.customers c USING (customer_id)
	WHERE o.total > 100;
COMMENT ON VIEW sales.big_orders IS 'Orders over 100';

-- Reading this view through Sextant's sampler shows its session settings.
CREATE VIEW sales.session_info AS
	SELECT current_setting('default_transaction_read_only') AS read_only,
	       current_setting('transaction_read_only') AS tx_read_only,
	       current_setting('statement_timeout') AS statement_timeout,
	       current_setting('application_name') AS application_name;

CREATE TABLE secret.salaries (employee text PRIMARY KEY, amount numeric(12,2));

CREATE EXTENSION file_fdw;
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE sales.price_feed (sku text, price numeric)
	SERVER files OPTIONS (filename '/dev/null', format 'csv');

-- Data: enough for sampling and for the statistics counters.
INSERT INTO sales.customers (email, full_name, balance)
SELECT 'user' || g || '@example.com', 'User ' || g, g * 1.5
FROM generate_series(1, 500) g;
-- values that need escaping inside an array literal
INSERT INTO sales.customers (email, full_name)
VALUES ('quote"back\slash,comma@example.com', 'Odd {Name}');
INSERT INTO sales.orders (region, customer_id, ordered_on, total)
SELECT (ARRAY['EU', 'US', 'AS'])[1 + g % 3], 1 + g % 500, DATE '2024-01-01' + g % 365, g % 300
FROM generate_series(1, 3000) g;
INSERT INTO "Склад"."Товары" VALUES ('А-1', 'Молоко', 1.20), ('Б-2', 'Хлеб', 0.80);
INSERT INTO "Склад"."Остатки" VALUES ('А-1', 1, 10), ('Б-2', 1, 5);
INSERT INTO sales.order_lines
SELECT order_id, region, 1, 'А-1', 1 FROM sales.orders WHERE order_id <= 100;
INSERT INTO sales.events
SELECT g, TIMESTAMPTZ '2024-06-01' + g * INTERVAL '1 hour', 1 + g % 500, '{}'
FROM generate_series(1, 12000) g;
UPDATE sales.customers SET full_name = full_name || '!' WHERE customer_id <= 10;
DELETE FROM sales.orders WHERE order_id > 2990;

CREATE MATERIALIZED VIEW sales.daily_totals AS
	SELECT ordered_on, sum(total) AS total FROM sales.orders GROUP BY ordered_on;
COMMENT ON MATERIALIZED VIEW sales.daily_totals IS 'Sum of orders per day';

ANALYZE sales.customers;
ANALYZE sales.orders;
ANALYZE sales.events;
ANALYZE sales.daily_totals;

-- sx_reader may use every schema except secret.
GRANT USAGE ON SCHEMA sales, "Склад", "Mixed Case" TO sx_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA sales, "Склад", "Mixed Case" TO sx_reader;

-- Flush this session's activity counters before psql gets its last answer,
-- so that tests starting right after the load see them (PostgreSQL 15+).
SELECT pg_stat_force_next_flush();
