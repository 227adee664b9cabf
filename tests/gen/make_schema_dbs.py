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
                            spider_train/database/sakila_1/sakila_1.sqlite.

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


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().split("\n")[2], file=sys.stderr)
        return 2
    src, out = os.path.join(sys.argv[1], "schemas"), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    ch = os.path.join(out, "chinook.sqlite")
    shutil.copyfile(os.path.join(src, "chinook", "Chinook_Sqlite.sqlite"), ch)
    os.chmod(ch, 0o644)
    sk = os.path.join(out, "sakila.sqlite")
    shutil.copyfile(os.path.join(sys.argv[1], "spider_train", "database", "sakila_1", "sakila_1.sqlite"), sk)
    os.chmod(sk, 0o644)
    t, n = northwind(os.path.join(src, "northwind", "northwind.sql"), os.path.join(out, "northwind.sqlite"))
    print("chinook.sqlite, sakila.sqlite; northwind.sqlite: %d tables, %d rows" % (t, n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
