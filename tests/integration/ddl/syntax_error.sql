-- a syntax error on line 4, after a two-byte character on the same line
CREATE TABLE ok_table (id int PRIMARY KEY);

CREATE TABLE "ö" (a int,, b int);

CREATE TABLE never_reached (id int);
