-- CREATE SCHEMA with schema elements (the AdventureWorks install script's
-- form): unqualified names inside belong to the new schema.
CREATE SCHEMA hr
  CREATE TABLE department (
    id integer PRIMARY KEY,
    name text NOT NULL
  )
  CREATE TABLE employee (
    id integer PRIMARY KEY,
    department_id integer NOT NULL REFERENCES department (id),
    full_name text
  )
  CREATE VIEW staff AS
    SELECT e.id, d.name AS department FROM employee e JOIN department d ON d.id = e.department_id
  CREATE VIEW dept AS SELECT id AS dept_id, * FROM department
  CREATE INDEX employee_department ON employee (department_id)
  GRANT SELECT ON department TO PUBLIC;

CREATE TABLE department (code text PRIMARY KEY);

CREATE SCHEMA AUTHORIZATION audit
  CREATE TABLE log (id bigint PRIMARY KEY, employee_id integer REFERENCES hr.employee (id));
