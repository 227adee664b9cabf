CREATE TABLE a (id int primary key);
COMMENT ON TABLE a IS 'it''s open;
CREATE TABLE c (x int);
-- read leniently (the last byte is odd)
;