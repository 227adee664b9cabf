#!/usr/bin/env python3
"""gen_data.py [--fill-cycles] DDL.sql OUT.sqlite [ROWS]

Builds a SQLite database from one of the held-out DDL files of this folder
and fills it with small generated data, so that eval_relations can sample
values (containment) on it. Deterministic (fixed seed). Every declared
foreign key column takes values of its parent's key (a nullable one is NULL
a fifth of the time); polymorphic `x_type` / `x_id` pairs name one of two
tables (drawn once per pair) and one of its ids; a Django generic relation
(`object_id` / `object_pk` beside `content_type_id`) takes the id of a row of one
of two tables (drawn once per table); a composite foreign key takes all its
columns from one parent row (a row whose required composite keys no parent
rows satisfy together is left out); a text `id` key is Stripe-like (`cus_` and 14
letters and digits); a char(18) `Id` key is Salesforce-like (a 3-character key
prefix per object and 15 more characters); other columns get values of their declared type.
A `x_type` / `x_id` pair is polymorphic only where some table has an `id`
column to point at (Magento's product_type beside product_id is a plain column).
With --fill-cycles, a foreign key into a table that is filled later (tables
that refer to each other: res_users <-> res_partner <-> res_company) is
filled after the last table from its parent's keys, like any other; without
it, it stays NULL and a required one drops its rows (the earlier folds were
measured so: only erp_legacy has such a cycle, eval_schemas.sh passes the
option for --blind5 only, so their data stays byte-identical).
An Oracle NUMBER or NUMBER(p) / NUMBER(p,0) column gets integers (no
earlier fold declares the type, so their data is unchanged).
A char(36) / varchar(36) `id` key is a SugarCRM GUID, and a char(36)
polymorphic `parent_id` (or `bean_id` beside `bean_module`) takes the id of a
row of its drawn table. A Frappe table ("tabSales Invoice", keyed by a text
`name`) gets names like a naming series ("SI-00003"; a child table, one with
`parent` and `parenttype`, 10 hexadecimal digits), and its dynamic links
(`parenttype` / `parent`, `party_type` / `party`, `voucher_type` /
`voucher_no`, `against_voucher_type` / `against_voucher`,
`reference_doctype` / `reference_name`, `link_doctype` / `link_name`, where
the value column is no declared key) name one of two doctypes (drawn once
per pair) and one of its rows; a declared `parent` sets `parenttype` to its
doctype. No earlier fold has such keys or tables, so their data is unchanged.
A required self reference (with --fill-cycles) refers to its own row in the
first row and to an earlier row after it (without, such a table stayed
empty). An iDempiere NUMERIC(10) (or NUMERIC(10,0)) column gets integers. An OFBiz
table (one with a `last_updated_stamp` column) gets text keys as OFBiz
writes them: a code for a type or lookup table (RT_03), a five-digit
*_seq_id (00003), a sequence number for an entity (10003). No earlier fold
declares either, so their data is unchanged.
A bigserial key (GitLab's) and a serial `id` of a table with a `langcode`
column (a Drupal entity's) get row numbers; no earlier fold declares
either, so their data is unchanged.
With --fill-cycles, a UNIQUE foreign key filled after the last table
(node.vid, projects.project_namespace_id) takes a parent key no other row
has, when the drawn one is taken.
Keycloak's `provider_type` / `provider_id` (a component's SPI and plugin
names) is no polymorphic pair: both get text (no earlier fold has a
`provider_type` column, so their data is unchanged).
Lookup tables (`*_type`, `*_status`, `*_format`, ...) get fewer rows than
entity tables. The data carries no information beyond the DDL's keys: it
only lets containment be measured, as on a real database.
"""
import hashlib
import random
import re
import sqlite3
import sys
import uuid

LOOKUP = re.compile(r"(_type|_status|_packaging|_format|^gender|^language|^script|"
                    r"^plans|^carriers|^brands|^tag|^tags)$")


def singular(t):
    for a, b in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("s", "")):
        if t.endswith(a):
            return t[: len(t) - len(a)] + b
    return t


def kind(decl):
    d = (decl or "").lower()
    if "int" in d:
        return "int"
    if re.match(r"number(\(\s*\d+\s*(,\s*0\s*)?\))?$", d):
        # Oracle's NUMBER without decimals (ids, counts): an integer.
        return "int"
    if re.match(r"numeric\(\s*10\s*(,\s*0\s*)?\)$", d):
        # iDempiere's NUMERIC(10) keys: integers (no earlier fold declares
        # a numeric(10) without decimals, so their data is unchanged).
        return "int"
    if d == "bigserial":
        # GitLab's bigserial keys: integers (no earlier fold declares
        # bigserial, so their data is unchanged).
        return "int"
    if "bool" in d:
        return "bool"
    if "uuid" in d:
        return "uuid"
    if "timestamp" in d:
        return "ts"
    if "date" in d:
        return "date"
    if "time" in d:
        return "time"
    return "text"


def stripe_id(rng, table):
    """A Stripe-like text key: a prefix from the table's singular name (its
    first three letters, or the initials of a compound name) and 14 random
    letters and digits (customers -> cus_..., payment_methods -> pm_...)."""
    words = singular(table).split("_")
    prefix = words[0][:3] if len(words) == 1 else "".join(w[0] for w in words)
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "_" + "".join(rng.choice(alnum) for _ in range(14))


def sf_id(rng, table):
    """A Salesforce-like 18-character Id: a 3-character key prefix per
    object (from a hash of its name; "a0" and one character for a custom
    __c object), a fixed pod and padding, 4 random letters and digits and a
    3-letter case suffix (Account -> 0Xk5g000000AbC9QRT)."""
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = hashlib.md5(table.encode()).digest()
    if table.endswith("__c"):
        prefix = "a0" + alnum[h[0] % 62]
    else:
        prefix = "0" + alnum[h[0] % 62] + alnum[h[1] % 62]
    return (prefix + "5g000000" + "".join(rng.choice(alnum) for _ in range(4)) +
            "".join(rng.choice(alnum[:26]) for _ in range(3)))


# Frappe dynamic links: the value column and the column naming its doctype.
FRAPPE_DYN = (("parent", "parenttype"), ("party", "party_type"),
              ("voucher_no", "voucher_type"), ("against_voucher", "against_voucher_type"),
              ("reference_name", "reference_doctype"), ("link_name", "link_doctype"))


def is_guid(decl):
    return (decl or "").lower().replace(" ", "") in ("char(36)", "varchar(36)")


def frappe_name(table, i):
    """A Frappe document name: a naming series from the doctype's initials
    (or the first four letters of a one-word doctype) for a document
    ("tabSales Invoice" -> SI-00003, "tabCustomer" -> CUST-00003), 10
    hexadecimal digits for a child row, as Frappe's hash names."""
    doctype = table[3:]
    words = doctype.split()
    abbr = "".join(w[0] for w in words) if len(words) > 1 else doctype[:4]
    return "%s-%05d" % (abbr.upper(), i)


def ofbiz_id(table, col, i):
    """An OFBiz key: a code for a type or lookup table (role_type -> RT_03,
    status_item -> SI_03), a five-digit sequence for an item's *_seq_id
    (00003), and a number from OFBiz's sequence bank for an entity
    (party, product, order_header -> 10003)."""
    if col.endswith("_seq_id"):
        return "%05d" % i
    if LOOKUP.search(table) or table in ("status_item", "enumeration", "uom", "geo"):
        return "%s_%02d" % ("".join(w[0] for w in table.split("_")).upper(), i)
    return str(10000 + i)


def value(rng, k, name, i):
    if k == "int":
        return rng.randint(0, 500)
    if k == "bool":
        return rng.randint(0, 1)
    if k == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128)))
    if k == "ts":
        return "2024-%02d-%02d 12:%02d:00" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59))
    if k == "date":
        return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    if k == "time":
        return "%02d:%02d:00" % (rng.randint(0, 23), rng.randint(0, 59))
    return "%s %d %s" % (name, i, rng.choice(["alpha", "beta", "gamma", "delta", "omega"]))


def main():
    args = sys.argv[1:]
    cycles = "--fill-cycles" in args
    args = [a for a in args if a != "--fill-cycles"]
    ddl, out = args[0], args[1]
    nrows = int(args[2]) if len(args) > 2 else 40
    rng = random.Random(16)
    db = sqlite3.connect(out)
    with open(ddl) as f:
        db.executescript(f.read())
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    fks, cols, pks, comps = {}, {}, {}, {}
    for t in tables:
        fkl = list(db.execute('PRAGMA foreign_key_list("%s")' % t))
        ncols = {}
        for r in fkl:
            ncols[r[0]] = ncols.get(r[0], 0) + 1
        fks[t] = {r[3]: (r[2], r[4]) for r in fkl if ncols[r[0]] == 1}
        # Composite foreign keys: (parent, [(child column, parent column)...]).
        comps[t] = []
        for fid in sorted(ncols):
            if ncols[fid] > 1:
                rs = sorted((r for r in fkl if r[0] == fid), key=lambda r: r[1])
                comps[t].append((rs[0][2], [(r[3], r[4]) for r in rs]))
    for t in tables:
        # Required composite FKs first, so that a later one sharing a column
        # is the one left NULL when no parent row agrees.
        nn = {r[1]: r[3] for r in db.execute('PRAGMA table_info("%s")' % t)}
        comps[t].sort(key=lambda c: not all(nn[cc] for cc, _ in c[1]))
        info = list(db.execute('PRAGMA table_info("%s")' % t))
        cols[t] = [(r[1], r[2], r[3]) for r in info]
        pks[t] = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
    # Parents before children (self references aside).
    order, done = [], set()

    def visit(t, stack=()):
        if t in done or t in stack:
            return
        for pt in [p for (p, _) in fks[t].values()] + [p for (p, _) in comps[t]]:
            if pt != t:
                visit(pt, stack + (t,))
        done.add(t)
        order.append(t)

    for t in tables:
        visit(t)
    poly_targets = [t for t in tables if any(c == "id" for c, _, _ in cols[t])]
    frappe = [t for t in tables if t.startswith("tab") and pks[t] == ["name"]]
    frappe_child = set(t for t in frappe if {"parent", "parenttype"} <= set(c for c, _, _ in cols[t]))
    frappe_docs = [t for t in frappe if t not in frappe_child]
    ofbiz = set(t for t in tables if any(c == "last_updated_stamp" for c, _, _ in cols[t]))
    poly_choice = {}
    # Foreign keys into a table filled later (a cycle: res_users <->
    # res_partner): NULL, or a placeholder when required, until the pass
    # after the last table gives them their parent's keys.
    pos = {t: k for k, t in enumerate(order)}
    back = []
    for t in order:
        n = 8 if LOOKUP.search(t) else nrows
        names = [c for c, _, _ in cols[t]]
        seen = set()
        for i in range(1, n + 1):
            row = {}
            for pt, pairs in comps[t]:
                # A composite FK takes its columns from one parent row that
                # agrees with those an earlier composite FK already set; when
                # nullable, its free columns are NULL a fifth of the time.
                notnull = {cn: nn for cn, _, nn in cols[t]}
                fixed = {cc: row[cc] for cc, _ in pairs if cc in row}
                free = [(cc, pc) for cc, pc in pairs if cc not in row]
                prow = [r for r in db.execute('SELECT %s FROM "%s"' % (
                    ", ".join('"%s"' % pc for _, pc in pairs), pt))
                    if all(fixed.get(cc, v) == v for (cc, _), v in zip(pairs, r))]
                if not prow or (not all(notnull[cc] for cc, _ in free) and rng.random() < 0.2):
                    for cc, _ in free:
                        if not notnull[cc]:
                            row[cc] = None
                        elif not prow:
                            # Two required composite FKs sharing a column
                            # (mard: (matnr, werks) and (werks, lgort)) with
                            # no parent row that agrees: drop the row rather
                            # than write a value no parent has.
                            row["__skip"] = True
                    continue
                pick = dict(zip([cc for cc, _ in pairs], rng.choice(prow)))
                for cc, _ in free:
                    row[cc] = pick[cc]
            if t in frappe:
                for vc, tc in FRAPPE_DYN:
                    if vc not in names or tc not in names:
                        continue
                    if vc in fks[t]:
                        # A declared parent: parenttype is its doctype.
                        row[tc] = fks[t][vc][0][3:]
                        continue
                    if (t, vc) not in poly_choice:
                        poly_choice[(t, vc)] = rng.sample(frappe_docs, 2)
                    pt = rng.choice(poly_choice[(t, vc)])
                    vals = [r[0] for r in db.execute('SELECT name FROM "%s"' % pt)]
                    row[tc] = pt[3:]
                    row[vc] = rng.choice(vals) if vals else None
            for c, decl, notnull in cols[t]:
                k = kind(decl)
                if c in row:
                    continue
                if c in fks[t]:
                    pt, pc = fks[t][c]
                    pc = pc or pks[pt][0]
                    if pt == t:
                        vals = [r[0] for r in db.execute(
                            'SELECT "%s" FROM "%s"' % (pc, t))]
                        if notnull and cycles:
                            # A required self reference (users.creator,
                            # AD_User.CreatedBy): the first row refers to
                            # itself, as a system user does, the others to
                            # an earlier row.
                            own = row.get(pc, i)
                            row[c] = rng.choice(vals) if vals else own
                            continue
                        row[c] = rng.choice(vals) if vals and rng.random() < 0.6 else None
                        continue
                    vals = [r[0] for r in db.execute('SELECT "%s" FROM "%s"' % (pc, pt))]
                    if cycles and not vals and pos[pt] > pos[t]:
                        if (t, c) not in back:
                            back.append((t, c))
                        row[c] = (0 if k == "int" else "") if notnull else None
                        continue
                    if not vals or (not notnull and rng.random() < 0.2):
                        row[c] = None
                    else:
                        row[c] = rng.choice(vals)
                elif c == "Id" and (decl or "").lower().replace(" ", "") == "char(18)":
                    # A Salesforce Id: 18 characters, key prefix per object.
                    row[c] = sf_id(rng, t)
                elif c == "id" and is_guid(decl):
                    # A SugarCRM GUID key.
                    row[c] = str(uuid.UUID(int=rng.getrandbits(128)))
                elif t in frappe and c == "name":
                    row[c] = (hashlib.md5(("%s %d" % (t, i)).encode()).hexdigest()[:10]
                              if t in frappe_child else frappe_name(t, i))
                elif t in ofbiz and k == "text" and (pks[t] == [c] or c.endswith("_seq_id")):
                    row[c] = ofbiz_id(t, c, i)
                elif c == "id" and (decl or "").lower() == "serial" and "langcode" in names:
                    # A Drupal entity's serial id (block_content, path_alias):
                    # its row number (no earlier fold has a langcode column).
                    row[c] = i
                elif c == "id" and k == "text":
                    # A text id is a Stripe-like key: "cus_" + 14 characters.
                    row[c] = stripe_id(rng, t)
                elif pks[t] == [c] and c != "id" and (decl or "").lower() in ("serial", "bigserial"):
                    # An OpenMRS serial key (person_id): its row number. (A
                    # serial `id`, Odoo's, stays as the branch above made it.)
                    row[c] = i
                elif c == "id" or (pks[t] == [c] and k == "int"):
                    row[c] = i
                elif (c.endswith("_type") and c[:-5] + "_id" in names and len(poly_targets) > 1
                      and c != "provider_type"):
                    # A polymorphic pair points at a few models, not all.
                    pair = (t, c)
                    if pair not in poly_choice:
                        poly_choice[pair] = rng.sample(poly_targets, 2)
                    pt = rng.choice(poly_choice[pair])
                    row[c] = "".join(w.capitalize() for w in singular(pt).split("_"))
                    row["__poly_" + c[:-5]] = pt
                elif c in ("object_id", "object_pk") and "content_type_id" in names:
                    # A Django generic relation: the id of a row of one of
                    # two models (drawn once per table), no declared FK.
                    if t not in poly_choice:
                        poly_choice[t] = rng.sample(poly_targets, 2)
                    pt = rng.choice(poly_choice[t])
                    cnt = db.execute('SELECT count(*) FROM "%s"' % pt).fetchone()[0]
                    v = rng.randint(1, cnt) if cnt else None
                    row[c] = str(v) if v is not None and k == "text" else v
                elif c == "bean_id" and "bean_module" in names and is_guid(decl):
                    # SugarCRM's email_addr_bean_rel: one of two modules
                    # (drawn once) and the id of one of its rows.
                    if (t, c) not in poly_choice:
                        poly_choice[(t, c)] = rng.sample(poly_targets, 2)
                    pt = rng.choice(poly_choice[(t, c)])
                    vals = [r[0] for r in db.execute('SELECT id FROM "%s"' % pt)]
                    row["bean_module"] = pt.capitalize()
                    row[c] = rng.choice(vals) if vals else None
                elif c.endswith("_id") and "__poly_" + c[:-3] in row and is_guid(decl):
                    # A GUID parent_id: the id of a row of the drawn table.
                    pt = row.pop("__poly_" + c[:-3])
                    vals = [r[0] for r in db.execute('SELECT id FROM "%s"' % pt)]
                    row[c] = rng.choice(vals) if vals else None
                elif c.endswith("_id") and "__poly_" + c[:-3] in row:
                    pt = row.pop("__poly_" + c[:-3])
                    cnt = db.execute('SELECT count(*) FROM "%s"' % pt).fetchone()[0]
                    row[c] = rng.randint(1, cnt) if cnt else None
                else:
                    row[c] = value(rng, k, c, i)
            if row.pop("__skip", False):
                continue
            row = {c: v for c, v in row.items() if not c.startswith("__poly_")}
            key = tuple(row[c] for c in pks[t]) if pks[t] else None
            if key is not None and key in seen:
                continue
            if key is not None:
                seen.add(key)
            db.execute('INSERT OR IGNORE INTO "%s" (%s) VALUES (%s)' % (
                t, ", ".join('"%s"' % c for c in names), ", ".join("?" * len(names))),
                [row.get(c) for c in names])
    for t, c in back:
        pt, pc = fks[t][c]
        pc = pc or pks[pt][0]
        notnull = {cn: nn for cn, _, nn in cols[t]}[c]
        vals = [r[0] for r in db.execute('SELECT "%s" FROM "%s"' % (pc, pt))]
        for (rid,) in list(db.execute('SELECT rowid FROM "%s" ORDER BY rowid' % t)):
            v = None if not vals or (not notnull and rng.random() < 0.2) else rng.choice(vals)
            try:
                db.execute('UPDATE "%s" SET "%s" = ? WHERE rowid = ?' % (t, c), (v, rid))
            except sqlite3.IntegrityError:
                # A UNIQUE foreign key (node.vid, projects.project_namespace_id):
                # the first parent key no other row took yet, else NULL when
                # nullable (the earlier folds never get here: unchanged).
                used = set(r[0] for r in db.execute('SELECT "%s" FROM "%s"' % (c, t)))
                free = [x for x in vals if x not in used]
                v = free[0] if free else None
                if v is None and notnull:
                    db.execute('DELETE FROM "%s" WHERE rowid = ?' % t, (rid,))
                else:
                    db.execute('UPDATE "%s" SET "%s" = ? WHERE rowid = ?' % (t, c), (v, rid))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
