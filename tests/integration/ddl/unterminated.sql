\connect shop
CREATE TABLE t (a text);
INSERT INTO t VALUES (E'unterminated);
CREATE TABLE u (b text
