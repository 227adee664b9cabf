CREATE TABLE a (id int primary key);
CRATE TABLE b (x int);
CREATE TABLE c (y int);
-- read leniently (the last byte is odd)
;