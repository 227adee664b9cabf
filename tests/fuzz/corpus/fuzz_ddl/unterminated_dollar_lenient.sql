CREATE TABLE a (id int primary key);
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1;
CREATE TABLE c (x int);
-- read leniently (the last byte is odd)
;