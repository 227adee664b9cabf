--
-- PostgreSQL database dump (written for the tests: every statement kind the
-- DDL reader handles, plus the ones it must skip)
--
-- Dumped from database version 15.6
-- Dumped by pg_dump version 15.6

\restrict 8f3cKq9aT1
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

CREATE SCHEMA sales;
CREATE SCHEMA "Склад";

CREATE TYPE public.order_state AS ENUM ('new', 'paid', 'shipped');
CREATE DOMAIN public.money_amount AS numeric(12,2) CHECK (VALUE >= 0);

CREATE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now(); -- a ';' inside the body
\echo not a meta-command: this line is inside a dollar-quoted body
  RETURN NEW;
END;
$$;

CREATE SEQUENCE public.customers_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;

CREATE TABLE public.customers (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    full_name text,
    country char(2) DEFAULT 'DE'::bpchar,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    score numeric(10,2),
    tags text[],
    balance public.money_amount DEFAULT 0
);

ALTER TABLE public.customers OWNER TO postgres;
ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);

CREATE TABLE sales.orders (
    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers(id) ON DELETE CASCADE,
    state public.order_state DEFAULT 'new' NOT NULL,
    placed timestamp(3) without time zone,
    total numeric(12,2) DEFAULT 0.00 NOT NULL,
    total_cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED,
    "select" text,
    CONSTRAINT orders_total_check CHECK (total >= 0)
);

CREATE TABLE sales."Order Items" (
    order_id bigint NOT NULL,
    line_no smallint NOT NULL,
    sku varchar(40),
    qty int DEFAULT 1,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT items_order_fk FOREIGN KEY (order_id) REFERENCES sales.orders (order_id)
);

CREATE TABLE sales.shipments (
    id serial PRIMARY KEY,
    order_id bigint,
    line_no smallint,
    shipped_on date
);

ALTER TABLE ONLY sales.shipments
    ADD CONSTRAINT shipments_item_fk FOREIGN KEY (order_id, line_no) REFERENCES sales."Order Items"(order_id, line_no) ON UPDATE SET NULL;

CREATE TABLE "Склад"."товары" (
    "артикул" text PRIMARY KEY,
    "название" text NOT NULL,
    "Цена" numeric,
    customer_id integer REFERENCES public.customers
);

COMMENT ON TABLE "Склад"."товары" IS 'Товары на складе';
COMMENT ON COLUMN "Склад"."товары"."Цена" IS 'цена в евро';
COMMENT ON TABLE public.customers IS 'People who buy';
COMMENT ON COLUMN public.customers.email IS 'Login and contact address';
COMMENT ON SCHEMA sales IS 'the sales schema';

CREATE TABLE public.measurements (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer
) PARTITION BY RANGE (logdate);

CREATE TABLE public.measurements_2024 PARTITION OF public.measurements
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE public.measurements_2025 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer
);
ALTER TABLE ONLY public.measurements ATTACH PARTITION public.measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE ONLY public.measurements_2025
    ADD CONSTRAINT m2025_city_fk FOREIGN KEY (city_id) REFERENCES public.customers(id);

CREATE UNIQUE INDEX customers_lower_email_idx ON public.customers USING btree (lower((email)::text)) WHERE (country IS NOT NULL);
CREATE INDEX customers_tags_idx ON public.customers USING gin (tags);
CREATE INDEX orders_customer_placed_idx ON sales.orders (customer_id, placed DESC);

CREATE VIEW public.big_orders AS
 SELECT o.order_id,
    c.email AS customer_email,
    o.total
   FROM (sales.orders o
     JOIN public.customers c ON ((c.id = o.customer_id)))
  WHERE (o.total > (100)::numeric);

CREATE MATERIALIZED VIEW sales.daily AS
 SELECT (placed)::date AS day, count(*) AS n
   FROM sales.orders
  GROUP BY ((placed)::date)
  WITH NO DATA;

CREATE TABLE public.tmp_notes (id integer PRIMARY KEY, body text);
CREATE TABLE public.note_links (note_id integer REFERENCES public.tmp_notes (id));
ALTER TABLE public.tmp_notes RENAME TO notes;
ALTER TABLE ONLY public.notes RENAME COLUMN id TO note_id;

CREATE TABLE public.scratch (a int);
DROP TABLE IF EXISTS public.scratch;
DROP TABLE IF EXISTS public.never_existed;

CREATE TRIGGER customers_touch BEFORE UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.touch();

--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.customers (id, email, full_name, country, created_at, score, tags, balance) FROM stdin;
1	ann@example.com	Ann; CREATE TABLE fake (x int);	DE	2024-01-01 00:00:00+00	1.50	{a,b}	0
2	bob@example.com	\N	FR	2024-01-02 00:00:00+00	\N	\N	10
\.

/* a block comment, then data whose lines look like SQL and psql commands */
COPY sales.orders (order_id, customer_id) FROM stdin WITH (FORMAT text);
\connect other
DROP TABLE public.customers;	1
\.

GRANT SELECT ON TABLE public.customers TO PUBLIC;
GRANT ALL ON SCHEMA sales TO PUBLIC;
REVOKE ALL ON TABLE sales.orders FROM PUBLIC;

SET search_path = sales, public;
CREATE TABLE returns (
    id integer PRIMARY KEY,
    order_id bigint REFERENCES orders
);
ALTER TABLE returns ADD COLUMN reason text;

\unrestrict 8f3cKq9aT1
