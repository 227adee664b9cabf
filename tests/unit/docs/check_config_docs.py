#!/usr/bin/env python3
"""Every config key the code reads must be documented in docs/config.md.

Finds calls sx_config_get*(cfg, "section", "key", ...) (also split over
lines) in src/ and checks that docs/config.md has a `key` entry under the
"## [section]" heading. Keys read through a non-literal section or key
cannot be checked here; they must be listed in docs/config.md by hand.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
call = re.compile(r'sx_config_get(?:_int|_double|_bool)?\s*\(\s*[^,]+,\s*"([^"]+)"\s*,\s*"([^"]+)"', re.S)
used = {}
for path in sorted((root / "src").rglob("*.c")):
    for m in call.finditer(path.read_text(encoding="utf-8")):
        used.setdefault((m.group(1), m.group(2)), str(path.relative_to(root)))

doc = (root / "docs" / "config.md").read_text(encoding="utf-8")
sections = {}
current = None
for line in doc.splitlines():
    h = re.match(r"^##\s*\[([^\]]+)\]", line)
    if h:
        current = h.group(1)
        sections.setdefault(current, set())
        continue
    if line.startswith("## "):
        current = None
        continue
    if current:
        for k in re.findall(r"`([A-Za-z0-9_.\-]+)`", line.split("|")[1] if line.startswith("|") else ""):
            sections[current].add(k)

missing = [(s, k, where) for (s, k), where in sorted(used.items()) if k not in sections.get(s, set())]
for s, k, where in missing:
    print(f"undocumented config key [{s}] {k} (read in {where}): add it to docs/config.md")
print(f"{len(used) - len(missing)}/{len(used)} config keys documented")
sys.exit(1 if missing or not used else 0)
