-- nothing in this file parses
CRATE TABLE x (a int);
CREATE TABLE y (a int,, b int);
