-- shop.sql - the catalog the validator's unit tests and adversarial cases
-- bind against (read with the DDL introspector, mapped without sampling).
CREATE TABLE customers (
    id          integer PRIMARY KEY,
    full_name   text NOT NULL,
    email       varchar(255),
    phone       varchar(32),
    region_id   integer,
    created_at  timestamp NOT NULL
);
CREATE TABLE orders (
    id           integer PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES customers (id),
    order_no     varchar(20) NOT NULL UNIQUE,
    status       text NOT NULL,
    total        numeric(12,2) NOT NULL,
    created_at   timestamp NOT NULL,
    updated_at   timestamp NOT NULL
);
CREATE TABLE products (
    id     integer PRIMARY KEY,
    sku    text NOT NULL UNIQUE,
    name   text NOT NULL,
    price  numeric(12,2) NOT NULL
);
CREATE TABLE order_items (
    id          integer PRIMARY KEY,
    order_id    integer NOT NULL REFERENCES orders (id),
    product_id  integer NOT NULL REFERENCES products (id),
    quantity    integer NOT NULL,
    line_total  numeric(12,2) NOT NULL
);
CREATE SCHEMA sales;
CREATE TABLE sales.regions (
    id    integer PRIMARY KEY,
    name  text NOT NULL,
    code  char(2) NOT NULL
);
CREATE TABLE sales.targets (
    region_id  integer NOT NULL,
    month      date NOT NULL,
    amount     numeric(12,2) NOT NULL,
    PRIMARY KEY (region_id, month)
);
