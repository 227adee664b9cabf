#!/usr/bin/env python3
"""Build the held-out generation schemas (docs/gen.md, "Generalisation") as SQLite files.

Usage: make_schema_dbs.py DATASETS_DIR OUT_DIR

DATASETS_DIR is the shared datasets folder (its schemas/ subfolder is read);
the project's own tests never read it unless given this path. Written:

  OUT_DIR/chinook.sqlite    the Chinook music store (PascalCase names), copied
                            from schemas/chinook/Chinook_Sqlite.sqlite;
  OUT_DIR/northwind.sqlite  Northwind (snake_case names), converted from the
                            PostgreSQL dump schemas/northwind/northwind.sql:
                            its CREATE TABLEs, with the primary and foreign
                            keys of its ALTER TABLEs declared inline, and its
                            INSERTs (bytea pictures become text);
  OUT_DIR/sakila.sqlite     Spider's sakila_1 (a DVD-rental store), copied from
                            spider_train/database/sakila_1/sakila_1.sqlite;
  OUT_DIR/co.sqlite         Oracle's CO sample (customer orders: stores, orders
                            without a total, order items, shipments,
                            inventory), converted from
                            schemas/oracle_samples/customer_orders: its
                            CREATE TABLEs with Oracle types mapped, its primary,
                            unique, foreign keys and status CHECKs inline, and
                            its INSERTs (timestamps as ISO text, JSON as text);
  OUT_DIR/hr.sqlite         Oracle's HR sample (employees, jobs, departments,
                            locations, countries, regions, job history): its
                            seven tables declared with SQLite types and their
                            primary and foreign keys (those of
                            schemas/oracle_samples/human_resources/hr_create.sql),
                            and the INSERTs of hr_populate.sql (dates as ISO
                            text);
  OUT_DIR/store1.sqlite     Spider's store_1 (a Chinook variant with
                            snake_case names), copied from
                            spider_train/database/store_1/store_1.sqlite;
  OUT_DIR/department_store.sqlite
                            Spider's department_store (customer orders,
                            order items, products, suppliers), copied from
                            spider_train/database/department_store/;
  OUT_DIR/customers_and_invoices.sqlite
                            Spider's customers_and_invoices (customers,
                            accounts, financial transactions, orders, order
                            items, invoices, invoice lines, products),
                            copied from spider_train/database/customers_and_invoices/;
  OUT_DIR/customers_campaigns_ecommerce.sqlite
                            Spider's customers_campaigns_ecommerce (customers,
                            addresses, products, premises, mailshot campaigns,
                            orders, order items), copied from
                            spider_train/database/customers_campaigns_ecommerce/;
  OUT_DIR/customers_and_products_contacts.sqlite
                            Spider's customers_and_products_contacts
                            (customers, addresses, contacts, products,
                            orders, order items), copied from
                            spider_train/database/customers_and_products_contacts/;
  OUT_DIR/driving_school.sqlite
                            Spider's driving_school (customers, staff,
                            vehicles, lessons, customer payments), copied from
                            spider_train/database/driving_school/;
  OUT_DIR/customers_card_transactions.sqlite
                            Spider's customers_card_transactions (customers,
                            accounts, cards, financial transactions), copied
                            from spider_train/database/customers_card_transactions/;
  OUT_DIR/tracking_orders.sqlite, customer_deliveries.sqlite,
  products_for_hire.sqlite, e_government.sqlite
                            Spider's schemas of those names (gen7's paraphrase
                            set), copied from spider_train/database/NAME/.
  OUT_DIR/customer_complaints.sqlite, insurance_policies.sqlite
                            the same for gen8's paraphrase set.
  OUT_DIR/e_learning.sqlite, tracking_software_problems.sqlite
                            Spider's e_learning (authors and tutors, students,
                            subjects, courses, enrolments, tests taken) and
                            tracking_software_problems (products, staff,
                            problems, problem log with category and status
                            codes), copied the same way (heldout6).
  OUT_DIR/customers_and_addresses.sqlite, tracking_share_transactions.sqlite
                            Spider's customers_and_addresses (customers,
                            addresses, contact channels, products, customer
                            orders with a status, order items) and
                            tracking_share_transactions (investors, lots,
                            transactions with a type, share count and amount,
                            purchases, sales), copied the same way (heldout7).
  OUT_DIR/apartment_rentals.sqlite, hr_1.sqlite
                            Spider's apartment_rentals (buildings, apartments
                            with a type and room counts, facilities, guests,
                            bookings with a status and dates, unit status by
                            day) and hr_1 (regions, countries, locations,
                            departments, jobs, employees with a salary and a
                            manager, job history), copied the same way
                            (heldout8).
  OUT_DIR/insurance_and_eClaims.sqlite, cre_Theme_park.sqlite,
  solvency_ii.sqlite, school_finance.sqlite
                            the same for gen9's paraphrase set.
  OUT_DIR/college_2.sqlite, cre_Drama_Workshop_Groups.sqlite
                            Spider's college_2 (departments with a budget,
                            courses with credits, instructors with a salary,
                            students with total credits, sections by
                            semester and year, teaches, takes with a grade,
                            advisors, classrooms with a capacity) and
                            cre_Drama_Workshop_Groups (workshop groups,
                            stores in marketing regions, clients, bookings
                            with a status code and dates, customer orders,
                            order items, invoices with a payment method,
                            services with a type and price), copied the same
                            way (heldout9).
  OUT_DIR/dorm_1.sqlite, wine_1.sqlite
                            Spider's dorm_1 (students with an age, a sex and
                            a city code, dorms with a student capacity and a
                            gender, amenities, the amenities each dorm has,
                            who lives in which dorm) and wine_1 (grapes with
                            a colour, appellations with a county, area and
                            AVA flag, 500 wines with a winery, year, price,
                            score and cases), copied the same way
                            (heldout10).
  OUT_DIR/bike_1.sqlite, cre_Doc_Tracking_DB.sqlite
                            Spider's bike_1 (bike-share stations with a city
                            and a dock count, minute-by-minute station
                            status, 9,959 trips with a duration, start and
                            end station, bike and subscription type, daily
                            weather per zip code; dates as M/D/YYYY text)
                            and cre_Doc_Tracking_DB (documents with a type
                            and a stored date, their locations over time,
                            employees with a role, documents to be
                            destroyed with the employees who authorised and
                            who carried out the destruction), copied the
                            same way (heldout11).
  OUT_DIR/formula_1.sqlite, behavior_monitoring.sqlite
                            Spider's formula_1 (circuits, 997 races 1950 to
                            2018 with a year and a date, drivers with a
                            nationality, constructors, 23,777 race results
                            with a grid slot, a finishing position held as
                            text, points and a status, standings,
                            qualifying) and behavior_monitoring (students,
                            teachers, addresses, behaviour incidents with a
                            type, detentions with a type and a teacher,
                            students in detention, student addresses with a
                            monthly rental), copied the same way (heldout12).
  OUT_DIR/activity_1.sqlite, hospital_1.sqlite
                            Spider's activity_1 (34 students with an age, a
                            major and an advisor id that points at a faculty
                            member without a declared key, 58 faculty with a
                            rank and a building, 16 activities, students and
                            faculty in activities as two bridges) and
                            hospital_1 (physicians, departments with a head,
                            affiliations with a primary flag, procedures with
                            a cost, patients with a primary care physician,
                            nurses, appointments with a preparing nurse and a
                            start and end, prescriptions, rooms, stays,
                            procedures undergone), copied the same way
                            (heldout13).
  OUT_DIR/tracking_grants_for_research.sqlite, college_3.sqlite
                            Spider's tracking_grants_for_research
                            (organisations of a research or sponsor type,
                            grants with an amount and start and end dates,
                            documents with sent and response dates,
                            projects, project staff with a role, research
                            staff with an employer, project outcomes) and
                            college_3 (students, faculty with a rank and a
                            building, departments, faculty memberships with
                            an appointment type, courses with credits and an
                            instructor, enrolments with a letter grade,
                            minors, grade conversion), copied the same way
                            (heldout14).
  OUT_DIR/csu_1.sqlite, cre_Doc_Control_Systems.sqlite
                            Spider's csu_1 (California State University
                            campuses with a county and a founding year,
                            campus fees, degrees per year, enrollments per
                            year, discipline enrollments split into
                            undergraduate and graduate, faculty per year)
                            and cre_Doc_Control_Systems (documents with a
                            status, a type, a shipping agent and a receipt
                            date, drafts, draft copies, the circulation of
                            copies among employees with a role, mailings to
                            addresses with a mailing date), copied the same
                            way (heldout15).
  OUT_DIR/college_1.sqlite, insurance_fnol.sqlite
                            Spider's college_1 (classes with a professor,
                            courses with credits, departments with a chair
                            and a school code, employees with a job code and
                            hire dates as unpadded text, professors with a
                            degree, students with a GPA and a class
                            standing, enrolments) and insurance_fnol
                            (customers, available policies with a type,
                            customer policies with open and close dates,
                            first notifications of loss with a service,
                            claims, settlements with an amount), copied the
                            same way (heldout16).
  OUT_DIR/inn_1.sqlite, flight_1.sqlite
                            Spider's inn_1 (ten rooms with a bed type, a
                            maximum occupancy, a base price and a decor, 600
                            reservations with a nightly rate, adults, kids
                            and check-in and check-out dates as DD-MON-YY
                            text) and flight_1 (flights with an origin, a
                            destination, a distance, a price and an
                            aircraft, aircraft with a range, employees with
                            a salary, certificates of employees on
                            aircraft), copied the same way (heldout17).
  OUT_DIR/flight_4.sqlite, allergy_1.sqlite
                            Spider's flight_4 (OpenFlights: some 7,000
                            airports with a city, a country and an
                            elevation, 6,000 airlines with a country and an
                            active flag, 67,000 routes from a source to a
                            destination airport with an airline and a
                            codeshare flag) and allergy_1 (34 students, 14
                            allergies with a type, and the student-allergy
                            bridge table), copied the same way (heldout18).
  OUT_DIR/local_govt_and_lot.sqlite, document_management.sqlite
                            Spider's local_govt_and_lot (properties with a
                            type, residents moving in and out, services of
                            organizations with a parent, the resident-service
                            bridge, things with timed statuses and
                            locations, customer events and their notes) and
                            document_management (users with a role,
                            documents with a structure, a type and an access
                            count, functional areas, sections and the
                            section-image bridge), copied the same way
                            (heldout19).
  OUT_DIR/game_1.sqlite, station_weather.sqlite
                            Spider's game_1 (students with age, sex, major
                            and city, video games with a type, the
                            student-game bridge with hours played, and sports
                            with weekly hours, games played and a scholarship
                            flag) and station_weather (trains with origin,
                            destination and interval, stations with a local
                            authority, the train-station route bridge and a
                            week of weather per station), copied the same way
                            (heldout20).
  OUT_DIR/company_1.sqlite, game_injury.sqlite
                            Spider's company_1 (the textbook COMPANY schema:
                            eight employees with a salary, a sex, a birth
                            date, a supervisor's SSN and a department,
                            departments with a manager, projects with a
                            location and a controlling department, the
                            works_on bridge with weekly hours, dependents
                            with a relationship, department locations) and
                            game_injury (stadiums with home games, average
                            and total attendance and a capacity percentage,
                            20 games with a season, a date as text, home and
                            away teams, a score and a competition, injury
                            accidents per game with a player and an injury),
                            copied the same way (heldout21).
  OUT_DIR/company_office.sqlite, products_gen_characteristics.sqlite
                            Spider's company_office (19 companies with an
                            industry, a headquarters country and sales,
                            profits, assets in billions, 12 buildings in
                            Mexican cities with a height, stories and a
                            construction status, and the office-locations
                            bridge with a move-in year) and
                            products_gen_characteristics (15 products with a
                            colour, a category and typical buying and selling
                            prices stored as text, some empty,
                            characteristics with a type, and the
                            product-characteristics bridge with a value),
                            copied the same way (heldout22).
  OUT_DIR/theme_gallery.sqlite, cre_Docs_and_Epenses.sqlite
                            Spider's theme_gallery (seven artists with a
                            country, a joining year and an age, six
                            exhibitions with a year, a theme, an artist and
                            a ticket price, attendance per exhibition and
                            day, the day as month-and-day text) and
                            cre_Docs_and_Epenses (documents with a type
                            code, a project and a date, document types,
                            projects, budget codes, documents with expenses
                            and their budget code, statements, and accounts
                            under a statement with the amount stored as
                            text in their details), copied the same way
                            (heldout23).
  OUT_DIR/movie_1.sqlite, shop_membership.sqlite
                            Spider's movie_1 (eight movies with a year and a
                            director, one of them without, eight reviewers,
                            and the rating bridge with stars and a rating
                            date, some dates missing) and shop_membership
                            (ten members with a card, a hometown and a
                            level, eight branches with a city and an opening
                            year, the member-to-branch registration with a
                            year, and purchases per member, branch and year
                            in pounds, branch ids held as text), copied the
                            same way (heldout24).
  OUT_DIR/gas_company.sqlite, phone_market.sqlite
                            Spider's gas_company (ten companies with a
                            headquarters country, an industry and sales,
                            profits, assets and market value in billions,
                            eleven gas stations with a location and an
                            opening year, and the station-company bridge
                            with a yearly rank, five stations in none) and
                            phone_market (five phones with a memory size, a
                            carrier and a price, six markets with a
                            district, employees, shops and a ranking, and
                            the phone-market bridge with the units in
                            stock, phone ids held as text), copied the same
                            way (heldout25).
  OUT_DIR/cinema.sqlite, journal_committee.sqlite
                            Spider's cinema (ten cinemas with an opening
                            year, a capacity and a county, five films of one
                            series with a director, and the schedule bridge
                            with a date as day-and-month text, the shows per
                            day and a ticket price, five cinemas on none)
                            and journal_committee (16 journal issues with a
                            date as 'September 9, 2001' text, a theme and
                            the copies sold, nine editors with an age, and
                            the editor-issue committee bridge with a work
                            type, three editors on none), copied the same
                            way (heldout26).
  OUT_DIR/coffee_shop.sqlite, film_rank.sqlite
                            Spider's coffee_shop (ten shops with an address,
                            a staff count held as text, a score and an
                            opening year held as text, ten members with a
                            card colour, an age, a membership level and a
                            town, happy hours per shop and month with the
                            staff in charge, and the member-happy-hour
                            bridge with the amount spent, five shops with
                            no happy hour) and film_rank (13 films of 1982
                            with a studio, a director and a gross in
                            dollars, six markets with a country and a
                            number of cities, and the film-market estimates
                            with a low and a high estimate, a type and a
                            year, nine films with none), copied the same
                            way (heldout27).
  OUT_DIR/manufacturer.sqlite, machine_repair.sqlite
                            Spider's manufacturer (seven furniture makers
                            with an opening year held as a real and counts
                            of factories and shops, seven furniture items
                            with a number of components and a market rate,
                            and the maker-item bridge with a price in
                            dollars, three makers with no item) and
                            machine_repair (nine repairs with a launch date
                            as '21 Jan 2009' text and notes, nine machines
                            with a making year, a team, value points and a
                            quality rank, ten technicians with a team, a
                            starting year and an age, the technician id a
                            real, and the technician-repair-machine
                            assignment bridge, five technicians on none),
                            copied the same way (heldout28).
  OUT_DIR/storm_record.sqlite, department_management.sqlite
                            Spider's storm_record (ten storms with active
                            dates as 'May19–May25' text, a maximum speed,
                            damage in millions of dollars and deaths, 13
                            regions with a code, and the storm-region
                            bridge with the number of cities affected, nine
                            regions hit by none) and department_management
                            (15 US federal departments with a creation year
                            held as text, a ranking, a budget in billions
                            and an employee count, ten department heads
                            with a birth state and an age, and the
                            management bridge with a temporary-acting
                            Yes/No flag, eleven departments with no head),
                            copied the same way (heldout29).
  OUT_DIR/flight_company.sqlite, device.sqlite
                            Spider's flight_company (nine airports with a
                            city and a country, 14 operating companies with
                            a type, a principal activity and the group's
                            equity stake in percent, and 13 flights with a
                            date as 'March 1, 1963' text, a pilot, a
                            velocity and an altitude, each from an airport
                            and run by a company, one airport with none)
                            and device (six devices with a carrier and a
                            software platform, 12 shops with a location
                            and an opening year, and the shop-device stock
                            bridge with a quantity, six shops with no
                            stock), copied the same way (heldout30).
  OUT_DIR/company_employee.sqlite, loan_1.sqlite
                            Spider's company_employee (19 companies with a
                            headquarters country, an industry and sales,
                            profits, assets and market value in billions,
                            seven people with an age and a nationality, and
                            the employment bridge with years worked, 14
                            companies with nobody) and loan_1 (four bank
                            branches with a city and a state, three
                            customers with an account type, a balance and
                            a credit score, three loans with a type and an
                            amount, branch and customer keys held as text,
                            one branch with no loan), copied the same way
                            (heldout31).
  OUT_DIR/store_product.sqlite, program_share.sqlite
                            Spider's store_product (five stores with a type,
                            an area and a ranking, each in one of 15
                            districts with a city population, six document
                            scanners with a resolution and a speed, and the
                            store-product bridge, one store with no
                            product) and program_share (five children's TV
                            programmes with an origin, a launch year and an
                            owner, ten channels with an owner, an audience
                            share and a rating in percent, the broadcast
                            bridge with a time of day and the broadcast
                            share bridge with a date and a share), copied
                            the same way (heldout32).
  OUT_DIR/product_catalog.sqlite, restaurant_1.sqlite
                            Spider's product_catalog (eight catalogs with a
                            publisher and publication and revision dates,
                            three catalog levels, fifteen drink entries with
                            prices in dollars, euros and pounds and sizes
                            held as text, four boolean attributes and the
                            entry-attribute values) and restaurant_1 (34
                            students with an age, a sex, a major, an advisor
                            and a city code, two restaurants with a rating,
                            two restaurant types, the type bridge and two
                            visits with a time and an amount spent), copied
                            the same way (heldout33).
  OUT_DIR/local_govt_mdm.sqlite, school_player.sqlite
                            Spider's local_govt_mdm (a council's customer
                            master index of nine customers, 21 cross
                            references to six source systems, and the
                            council tax, business rates, benefits
                            overpayment, parking fine, rent arrears and
                            electoral register records that point at a
                            cross reference) and school_player (six
                            Sydney schools with a location, an enrolment,
                            a founding year and a denomination, their
                            details with a nickname, a league, a class and
                            a division, 22 seasons of performance and 23
                            players with a team, an age, a position and a
                            school), copied the same way (heldout34).

The demo warehouse is not built here: it is build/data/demo.sqlite
(sextant-demogen), given to run_schema_intents.py with --demo.

Exit 0 when every file was written; an existing file is rebuilt.
"""
import os
import re
import shutil
import sqlite3
import sys


def northwind(dump, out):
    text = open(dump, encoding="utf-8").read()
    tables = {}  # name -> list of column definition lines
    order = []
    for m in re.finditer(r"CREATE TABLE (\w+) \((.*?)\n\);", text, re.S):
        cols = [c.strip().rstrip(",") for c in m.group(2).strip().split("\n") if c.strip()]
        tables[m.group(1)] = cols
        order.append(m.group(1))
    pks = {}
    for m in re.finditer(r"ALTER TABLE ONLY (\w+)\s+ADD CONSTRAINT \w+ PRIMARY KEY \(([^)]*)\);", text):
        pks[m.group(1)] = [c.strip() for c in m.group(2).split(",")]
    fks = {}
    for m in re.finditer(
            r"ALTER TABLE ONLY (\w+)\s+ADD CONSTRAINT \w+ FOREIGN KEY \(([^)]*)\) REFERENCES (\w+)(?:\(([^)]*)\))?;",
            text):
        child, cols, parent, pcols = m.group(1), m.group(2), m.group(3), m.group(4)
        pcols = pcols or ", ".join(pks[parent])
        fks.setdefault(child, []).append((cols, parent, pcols))
    if os.path.exists(out):
        os.remove(out)
    db = sqlite3.connect(out)
    for t in order:
        body = list(tables[t])
        if t in pks:
            body.append("PRIMARY KEY (%s)" % ", ".join(pks[t]))
        for cols, parent, pcols in fks.get(t, []):
            body.append("FOREIGN KEY (%s) REFERENCES %s (%s)" % (cols, parent, pcols))
        db.execute("CREATE TABLE %s (\n    %s\n)" % (t, ",\n    ".join(body)))
    n = 0
    for line in text.split("\n"):
        if line.startswith("INSERT INTO "):
            db.execute(line.rstrip().rstrip(";"))
            n += 1
    db.commit()
    db.close()
    return len(order), n


def _statements(text):
    """Split Oracle SQL*Plus text into statements ending with ';' outside quotes."""
    out, cur, q = [], [], False
    for ch in text:
        cur.append(ch)
        if ch == "'":
            q = not q
        elif ch == ";" and not q:
            out.append("".join(cur).strip())
            cur = []
    return out


_MON = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}


def _oracle_ts(m):
    d, mon, y, hh, mi, ss = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
    return "'%s-%02d-%02d %s:%s:%s'" % (y, _MON[mon.upper()], int(d), hh, mi, ss)


def oracle_co(folder, out):
    ddl = open(os.path.join(folder, "co_create.sql"), encoding="utf-8").read()
    ddl = "\n".join(l for l in ddl.split("\n") if not re.match(r"\s*(rem\b|Prompt\b|SET\b|--)", l, re.I))
    tables, order = {}, []
    for m in re.finditer(r"CREATE TABLE (\w+)\s*\((.*?)\n\);", ddl, re.S):
        cols = []
        for c in m.group(2).strip().split("\n"):
            c = c.strip().rstrip(",")
            if not c:
                continue
            c = re.sub(r"GENERATED BY DEFAULT ON NULL AS IDENTITY", "", c)
            c = re.sub(r"VARCHAR2\((\d+) CHAR\)", r"VARCHAR(\1)", c)
            c = re.sub(r"\bNUMBER\b", "NUMERIC", c)
            cols.append(" ".join(c.split()))
        tables[m.group(1)] = cols
        order.append(m.group(1))
    for m in re.finditer(r"ALTER TABLE (\w+) ADD CONSTRAINT\s+\w+\s+(PRIMARY KEY|UNIQUE)\s*\(([^)]*)\)", ddl):
        tables[m.group(1)].append("%s (%s)" % (m.group(2), ", ".join(c.strip() for c in m.group(3).split(","))))
    for m in re.finditer(r"ALTER TABLE (\w+) ADD CONSTRAINT\s+\w+\s+FOREIGN KEY \((\w+)\)\s+REFERENCES (\w+) \((\w+)\)",
                         ddl):
        tables[m.group(1)].append("FOREIGN KEY (%s) REFERENCES %s (%s)" % (m.group(2), m.group(3), m.group(4)))
    for m in re.finditer(r"ALTER TABLE (\w+) ADD CONSTRAINT\s+\w+\s+CHECK \(\s*(\w+ in\s*\([^)]*\))\s*\)", ddl):
        tables[m.group(1)].append("CHECK (%s)" % " ".join(m.group(2).split()))
    if os.path.exists(out):
        os.remove(out)
    db = sqlite3.connect(out)
    for t in order:
        db.execute("CREATE TABLE %s (\n    %s\n)" % (t, ",\n    ".join(tables[t])))
    n = 0
    pop = open(os.path.join(folder, "co_populate.sql"), encoding="utf-8").read()
    var = {}  # PL/SQL variables assigned before an INSERT (a long product_details)
    for st in _statements(pop):
        a = re.search(r"(\w+)\s*:=\s*(.*);$", st, re.S)
        if a:
            var[a.group(1)] = a.group(2).replace("chr(10)", "char(10)")
            continue
        i = st.upper().find("INSERT INTO ")
        if i < 0:
            continue
        for k, v in var.items():
            st = st.replace("CAST_TO_RAW( %s )" % k, "CAST_TO_RAW( %s )" % v)
        st = st[i:].rstrip(";")
        st = re.sub(r"TO_TIMESTAMP\('(\d+)-(\w{3})-(\d{4}) (\d\d)\.(\d\d)\.(\d\d)(?:\.\d+)?','[^']*'\)",
                    _oracle_ts, st)
        st = st.replace("UTL_RAW.CAST_TO_RAW(", "(")
        db.execute(st)
        n += 1
    db.commit()
    db.close()
    return len(order), n


_HR_DDL = """
CREATE TABLE regions (
    region_id INTEGER NOT NULL PRIMARY KEY,
    region_name VARCHAR(25)
);
CREATE TABLE countries (
    country_id CHAR(2) NOT NULL PRIMARY KEY,
    country_name VARCHAR(60),
    region_id INTEGER REFERENCES regions (region_id)
);
CREATE TABLE locations (
    location_id INTEGER PRIMARY KEY,
    street_address VARCHAR(40),
    postal_code VARCHAR(12),
    city VARCHAR(30) NOT NULL,
    state_province VARCHAR(25),
    country_id CHAR(2) REFERENCES countries (country_id)
);
CREATE TABLE departments (
    department_id INTEGER PRIMARY KEY,
    department_name VARCHAR(30) NOT NULL,
    manager_id INTEGER REFERENCES employees (employee_id),
    location_id INTEGER REFERENCES locations (location_id)
);
CREATE TABLE jobs (
    job_id VARCHAR(10) PRIMARY KEY,
    job_title VARCHAR(35) NOT NULL,
    min_salary NUMERIC(6),
    max_salary NUMERIC(6)
);
CREATE TABLE employees (
    employee_id INTEGER PRIMARY KEY,
    first_name VARCHAR(20),
    last_name VARCHAR(25) NOT NULL,
    email VARCHAR(25) NOT NULL UNIQUE,
    phone_number VARCHAR(20),
    hire_date DATE NOT NULL,
    job_id VARCHAR(10) NOT NULL REFERENCES jobs (job_id),
    salary NUMERIC(8, 2) CHECK (salary > 0),
    commission_pct NUMERIC(2, 2),
    manager_id INTEGER REFERENCES employees (employee_id),
    department_id INTEGER REFERENCES departments (department_id)
);
CREATE TABLE job_history (
    employee_id INTEGER NOT NULL REFERENCES employees (employee_id),
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    job_id VARCHAR(10) NOT NULL REFERENCES jobs (job_id),
    department_id INTEGER REFERENCES departments (department_id),
    PRIMARY KEY (employee_id, start_date),
    CHECK (end_date > start_date)
);
"""


def oracle_hr(folder, out):
    if os.path.exists(out):
        os.remove(out)
    db = sqlite3.connect(out)
    db.executescript(_HR_DDL)
    pop = open(os.path.join(folder, "hr_populate.sql"), encoding="utf-8").read()
    n = 0
    for st in _statements(pop):
        i = st.upper().find("INSERT INTO ")
        if i < 0:
            continue
        st = re.sub(r"TO_DATE\('(\d\d)-(\d\d)-(\d{4})',\s*'dd-MM-yyyy'\)", r"'\3-\2-\1'", st[i:].rstrip(";"))
        db.execute(st)
        n += 1
    db.commit()
    db.close()
    return 7, n


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().split("\n")[2], file=sys.stderr)
        return 2
    src, out = os.path.join(sys.argv[1], "schemas"), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    ch = os.path.join(out, "chinook.sqlite")
    shutil.copyfile(os.path.join(src, "chinook", "Chinook_Sqlite.sqlite"), ch)
    os.chmod(ch, 0o644)
    for spider, name in (("sakila_1", "sakila"), ("store_1", "store1"), ("department_store", "department_store"),
                         ("customers_and_invoices", "customers_and_invoices"),
                         ("customers_campaigns_ecommerce", "customers_campaigns_ecommerce"),
                         ("customers_and_products_contacts", "customers_and_products_contacts"),
                         ("driving_school", "driving_school"),
                         ("customers_card_transactions", "customers_card_transactions"),
                         ("tracking_orders", "tracking_orders"), ("customer_deliveries", "customer_deliveries"),
                         ("products_for_hire", "products_for_hire"), ("e_government", "e_government"),
                         ("customer_complaints", "customer_complaints"),
                         ("insurance_policies", "insurance_policies"),
                         ("e_learning", "e_learning"),
                         ("tracking_software_problems", "tracking_software_problems"),
                         ("customers_and_addresses", "customers_and_addresses"),
                         ("tracking_share_transactions", "tracking_share_transactions"),
                         ("apartment_rentals", "apartment_rentals"), ("hr_1", "hr_1"),
                         ("insurance_and_eClaims", "insurance_and_eClaims"), ("cre_Theme_park", "cre_Theme_park"),
                         ("solvency_ii", "solvency_ii"), ("school_finance", "school_finance"),
                         ("assets_maintenance", "assets_maintenance"),
                         ("student_assessment", "student_assessment"), ("music_1", "music_1"),
                         ("college_2", "college_2"),
                         ("cre_Drama_Workshop_Groups", "cre_Drama_Workshop_Groups"),
                         ("dorm_1", "dorm_1"), ("wine_1", "wine_1"),
                         ("bike_1", "bike_1"), ("cre_Doc_Tracking_DB", "cre_Doc_Tracking_DB"),
                         ("formula_1", "formula_1"), ("behavior_monitoring", "behavior_monitoring"),
                         ("activity_1", "activity_1"), ("hospital_1", "hospital_1"),
                         ("tracking_grants_for_research", "tracking_grants_for_research"),
                         ("college_3", "college_3"),
                         ("csu_1", "csu_1"), ("cre_Doc_Control_Systems", "cre_Doc_Control_Systems"),
                         ("college_1", "college_1"), ("insurance_fnol", "insurance_fnol"),
                         ("inn_1", "inn_1"), ("flight_1", "flight_1"),
                         ("flight_4", "flight_4"), ("allergy_1", "allergy_1"),
                         ("local_govt_and_lot", "local_govt_and_lot"),
                         ("document_management", "document_management"),
                         ("game_1", "game_1"), ("station_weather", "station_weather"),
                         ("company_1", "company_1"), ("game_injury", "game_injury"),
                         ("company_office", "company_office"),
                         ("products_gen_characteristics", "products_gen_characteristics"),
                         ("theme_gallery", "theme_gallery"), ("cre_Docs_and_Epenses", "cre_Docs_and_Epenses"),
                         ("movie_1", "movie_1"), ("shop_membership", "shop_membership"),
                         ("gas_company", "gas_company"), ("phone_market", "phone_market"),
                         ("cinema", "cinema"), ("journal_committee", "journal_committee"),
                         ("coffee_shop", "coffee_shop"), ("film_rank", "film_rank"),
                         ("manufacturer", "manufacturer"), ("machine_repair", "machine_repair"),
                         ("storm_record", "storm_record"), ("department_management", "department_management"),
                         ("flight_company", "flight_company"), ("device", "device"),
                         ("company_employee", "company_employee"), ("loan_1", "loan_1"),
                         ("store_product", "store_product"), ("program_share", "program_share"),
                         ("product_catalog", "product_catalog"), ("restaurant_1", "restaurant_1"),
                         ("local_govt_mdm", "local_govt_mdm"), ("school_player", "school_player")):
        f = os.path.join(out, name + ".sqlite")
        shutil.copyfile(os.path.join(sys.argv[1], "spider_train", "database", spider, spider + ".sqlite"), f)
        os.chmod(f, 0o644)
    t, n = northwind(os.path.join(src, "northwind", "northwind.sql"), os.path.join(out, "northwind.sqlite"))
    print("chinook.sqlite, sakila.sqlite, store1.sqlite, department_store.sqlite, customers_and_invoices.sqlite, "
          "customers_campaigns_ecommerce.sqlite, customers_and_products_contacts.sqlite, driving_school.sqlite, "
          "customers_card_transactions.sqlite, tracking_orders.sqlite, "
          "customer_deliveries.sqlite, products_for_hire.sqlite, e_government.sqlite, customer_complaints.sqlite, "
          "insurance_policies.sqlite, e_learning.sqlite, tracking_software_problems.sqlite, "
          "customers_and_addresses.sqlite, tracking_share_transactions.sqlite, "
          "apartment_rentals.sqlite, hr_1.sqlite, "
          "insurance_and_eClaims.sqlite, cre_Theme_park.sqlite, solvency_ii.sqlite, school_finance.sqlite, "
          "college_2.sqlite, cre_Drama_Workshop_Groups.sqlite, dorm_1.sqlite, wine_1.sqlite, bike_1.sqlite, "
          "cre_Doc_Tracking_DB.sqlite, formula_1.sqlite, behavior_monitoring.sqlite, activity_1.sqlite, "
          "hospital_1.sqlite, tracking_grants_for_research.sqlite, college_3.sqlite, csu_1.sqlite, "
          "cre_Doc_Control_Systems.sqlite, college_1.sqlite, insurance_fnol.sqlite, inn_1.sqlite, flight_1.sqlite, "
          "flight_4.sqlite, allergy_1.sqlite, local_govt_and_lot.sqlite, document_management.sqlite, "
          "game_1.sqlite, station_weather.sqlite, company_1.sqlite, game_injury.sqlite, "
          "company_office.sqlite, products_gen_characteristics.sqlite, theme_gallery.sqlite, "
          "cre_Docs_and_Epenses.sqlite, movie_1.sqlite, shop_membership.sqlite, gas_company.sqlite, "
          "phone_market.sqlite, cinema.sqlite, journal_committee.sqlite, coffee_shop.sqlite, film_rank.sqlite, "
          "manufacturer.sqlite, machine_repair.sqlite, storm_record.sqlite, department_management.sqlite, "
          "flight_company.sqlite, device.sqlite, company_employee.sqlite, loan_1.sqlite, store_product.sqlite, "
          "program_share.sqlite, product_catalog.sqlite, restaurant_1.sqlite, local_govt_mdm.sqlite, "
          "school_player.sqlite; "
          "northwind.sqlite: %d tables, %d rows" % (t, n))
    t, n = oracle_co(os.path.join(src, "oracle_samples", "customer_orders"), os.path.join(out, "co.sqlite"))
    print("co.sqlite: %d tables, %d rows" % (t, n))
    t, n = oracle_hr(os.path.join(src, "oracle_samples", "human_resources"), os.path.join(out, "hr.sqlite"))
    print("hr.sqlite: %d tables, %d rows" % (t, n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
