-- semicolons inside a SQL-standard routine body and inside parentheses
CREATE TABLE a (id int primary key);
CREATE FUNCTION two() RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE WHEN true THEN 1 ELSE 0 END;
  SELECT 2;
END;
CREATE OR REPLACE PROCEDURE p() LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO a VALUES (1);
END;
CREATE TABLE c (x int REFERENCES a (id));
