CREATE TABLE a (id int primary key);
CREATE TABLE b (id int, a_id int REFERENCES a(id)
;
CREATE TABLE c (x int);
-- read leniently (the last byte is odd)
;