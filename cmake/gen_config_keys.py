#!/usr/bin/env python3
"""Generates config_keys.c from docs/config.md: the one list of config keys.

docs/config.md is the source: tests/unit/docs/check_config_docs.py makes
sure every key the code reads is documented there, and this script turns
the same tables into C data for `sextant doctor` (unknown keys, "did you
mean") and the sextant-config(5) man page. Usage: gen_config_keys.py IN OUT
"""
import re
import sys

src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().splitlines()


def plain(md):
    """Markdown inline text -> plain text: links keep their label."""
    md = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", md)
    return md.strip()


def cstr(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + s + '"'


def cells(row):
    # | `key` | default | meaning, which may itself hold a '|' |
    row = row.strip()
    if row.endswith("|"):
        row = row[:-1]
    parts = row[1:].split("|")
    return parts


sections = []  # (name, intro paragraphs, [(key, default, meaning)], free)
env = []       # (names, meaning)
cur = None
in_env = False
in_code = False
para = []


def flush_para():
    global para
    if cur is not None and para:
        cur[1].append(plain(" ".join(para)))
    para = []


for line in lines:
    if line.startswith("```"):
        in_code = not in_code
        flush_para()
        if cur is not None:
            cur[1].append("```" if in_code else "```end")
        continue
    if in_code:
        if cur is not None:
            cur[1].append("    " + line)
        continue
    h = re.match(r"^##\s*\[([^\]]+)\]", line)
    if h:
        flush_para()
        cur = [h.group(1), [], [], True]
        sections.append(cur)
        in_env = False
        continue
    if line.startswith("## "):
        flush_para()
        cur = None
        in_env = line.strip() == "## Environment"
        continue
    if line.startswith("|"):
        flush_para()
        c = cells(line)
        if len(c) < 2 or set(c[0].strip()) <= set("-") or c[0].strip() in ("key", "variable"):
            continue
        if in_env:
            env.append((plain(c[0]), plain("|".join(c[1:]))))
        elif cur is not None and len(c) >= 3:
            for key in re.findall(r"`([A-Za-z0-9_.\-]+)`", c[0]):
                cur[2].append((key, plain(c[1]), plain("|".join(c[2:]))))
                cur[3] = False
        continue
    if cur is not None:
        if line.strip():
            para.append(line.strip())
        else:
            flush_para()
flush_para()

o = []
o.append("/* Generated from docs/config.md by cmake/gen_config_keys.py: do not edit. */")
o.append('#include "commands_int.h"')
o.append("")
o.append("const sx__config_key sx__config_keys[] = {")
for name, _, keys, _ in sections:
    for k, d, m in keys:
        o.append(f"\t{{{cstr(name)}, {cstr(k)}, {cstr(d)}, {cstr(m)}}},")
o.append("\t{NULL, NULL, NULL, NULL},")
o.append("};")
o.append("")
o.append("const sx__config_section sx__config_sections[] = {")
for name, intro, _, free in sections:
    o.append(f"\t{{{cstr(name)}, {cstr(chr(10).join(intro))}, {'true' if free else 'false'}}},")
o.append("\t{NULL, NULL, false},")
o.append("};")
o.append("")
o.append("const sx__config_env sx__config_envs[] = {")
for names, meaning in env:
    o.append(f"\t{{{cstr(names)}, {cstr(meaning)}}},")
o.append("\t{NULL, NULL},")
o.append("};")
open(out, "w", encoding="utf-8").write("\n".join(o) + "\n")
