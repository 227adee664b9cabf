-- The ClickHouse test fixture: written for Debian's 18.16 server, so it
-- avoids what 18.16 lacks (LowCardinality, DateTime64, TTL, CODEC, skip
-- indexes, table COMMENT). Loaded by tests/support/ch_server.sh.
CREATE DATABASE IF NOT EXISTS shop;

CREATE TABLE shop.events
(
    event_date Date COMMENT 'day of the event',
    event_time DateTime,
    event_id UUID,
    user_id UInt64 COMMENT 'who did it',
    kind Enum8('view' = 1, 'click' = 2, 'buy' = 3),
    amount Decimal(12, 2),
    referrer Nullable(String),
    tags Array(String),
    day_of_week UInt8 MATERIALIZED toDayOfWeek(event_date),
    amount_x2 Decimal(12, 2) ALIAS amount * 2,
    source String DEFAULT 'web'
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (user_id, event_time)
SETTINGS index_granularity = 8192;

CREATE TABLE shop.users
(
    user_id UInt64,
    email String COMMENT 'contact address',
    name Nullable(String),
    country FixedString(2),
    version UInt32,
    updated_at DateTime
)
ENGINE = ReplacingMergeTree(version)
ORDER BY user_id;

CREATE TABLE shop.sessions
(
    session_id UUID,
    user_id UInt64,
    started DateTime,
    pages UInt16
)
ENGINE = MergeTree
PARTITION BY toDate(started)
ORDER BY (user_id, started)
PRIMARY KEY user_id;

CREATE TABLE shop.scratch (k String, v Float64) ENGINE = Memory;

CREATE VIEW shop.buyers AS SELECT user_id, sum(amount) AS total FROM shop.events WHERE kind = 'buy' GROUP BY user_id;

INSERT INTO shop.users VALUES (1, 'ann@example.com', 'Ann', 'DE', 1, '2024-01-01 10:00:00'), (2, 'bob@example.com', NULL, 'FR', 1, '2024-01-02 11:00:00'), (3, 'o''brien@example.com', 'Tab\tName', 'IE', 1, '2024-01-03 12:00:00');

INSERT INTO shop.users VALUES (2, 'bob@example.org', 'Bob', 'FR', 2, '2024-02-02 11:00:00');

INSERT INTO shop.events (event_date, event_time, event_id, user_id, kind, amount, referrer, tags) VALUES ('2024-01-05', '2024-01-05 09:00:00', '6f1c2b0e-0000-4000-8000-000000000001', 1, 'view', 0, NULL, []), ('2024-01-05', '2024-01-05 09:01:00', '6f1c2b0e-0000-4000-8000-000000000002', 1, 'buy', 19.90, 'https://example.com/a', ['promo','x']), ('2024-02-10', '2024-02-10 18:30:00', '6f1c2b0e-0000-4000-8000-000000000003', 2, 'click', 0, 'back\\slash', ['q''uote']), ('2024-02-11', '2024-02-11 08:00:00', '6f1c2b0e-0000-4000-8000-000000000004', 3, 'buy', 5.00, NULL, []), ('2024-03-01', '2024-03-01 12:00:00', '6f1c2b0e-0000-4000-8000-000000000005', 2, 'buy', 7.25, NULL, ['a,b']);

INSERT INTO shop.sessions VALUES ('5e551011-0000-4000-8000-000000000001', 1, '2024-01-05 08:59:00', 3), ('5e551011-0000-4000-8000-000000000002', 2, '2024-02-10 18:29:00', 1);

INSERT INTO shop.scratch VALUES ('a', 1.5);

CREATE DATABASE IF NOT EXISTS empty_db;

-- merge the two versions of user 2, so the row count is deterministic
OPTIMIZE TABLE shop.users FINAL;
