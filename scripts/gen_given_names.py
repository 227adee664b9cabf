#!/usr/bin/python3
"""Writes given_names.h (argument, else stdout): the given names that confirm a capitalised
value is a person's name (src/map/pii.c), from the person lists of Debian's
python3-fake-factory (Faker, MIT licence) for the locales written in Latin
or Cyrillic script, lowercased, deduplicated and sorted for bsearch().

    /usr/bin/python3 scripts/gen_given_names.py OUT.h

The build runs it (src/map/CMakeLists.txt) into build/generated/, so no
third-party list is kept in the tree.

Each name is taken when it is written in Latin or Cyrillic, whatever its
locale's script, with the romanized lists of the Japanese and Chinese
locales, and a Latin name with diacritics also without them ("bjorn").
Only given names are taken (first_names*): surnames overlap with common
words (Baker, Young, Rose) and are not used as evidence. Given names that
are also common English words (will, may, rose, grace, saint) are left out
when Debian's wamerican list is installed (/usr/share/dict/american-english:
its lowercase entries are common words), since a product or a job title
holding one would look like a person."""
import importlib, pkgutil, sys, unicodedata

sys.path.insert(0, "/usr/lib/python3/dist-packages")
import faker.providers.person as pp  # noqa: E402


def script_ok(name):
    for ch in name:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            if not (n.startswith("LATIN") or n.startswith("CYRILLIC")):
                return False
    return True


def min_len(name):
    """Latin and Cyrillic names of three letters or more (shorter ones are
    words); in other scripts (issue 22) any length: a Chinese or Korean
    surname is one character, a Hebrew or Greek name two or three."""
    if script_ok(name):
        return 3
    if any(unicodedata.name(ch, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))
           for ch in name):
        return 1
    return 2


FOLD = {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ı": "i"}


def fold(name):
    """The Latin name without its diacritics ("bjørn" -> "bjorn", "josé" ->
    "jose"): how a value is often written in ASCII."""
    if not all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha()):
        return name
    s = "".join(FOLD.get(ch, ch) for ch in name)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


common = set()
try:
    for w in open("/usr/share/dict/american-english", encoding="utf-8"):
        w = w.strip()
        if w and w[0].islower() and "'" not in w:
            common.add(w)
except OSError:
    pass


def collect(prov, attrs):
    """The provider's names under attrs, lowercase, each by its own script
    (a locale with a few names in another keeps the rest), with a Latin
    name also without its diacritics."""
    got = set()
    for attr in attrs:
        v = getattr(prov, attr, None)
        if isinstance(v, dict):
            v = v.keys()
        for n in v or ():
            n = n.strip()
            if n and " " not in n and len(n) >= min_len(n):
                got.add(n.lower())
                f = fold(n.lower())
                if f != n.lower() and len(f) >= 3:
                    got.add(f)
    return got

names = set()
sur = set()
dropped = set()
locales = []
for m in sorted(pkgutil.iter_modules(pp.__path__), key=lambda m: m.name):
    try:
        prov = importlib.import_module("faker.providers.person." + m.name).Provider
    except Exception:
        continue
    # the romanized lists of locales in other scripts (ja_JP, zh_CN, zh_TW)
    got = collect(prov, ("first_names", "first_names_male", "first_names_female",
                         "first_romanized_names", "first_romanized_names_male",
                         "first_romanized_names_female", "first_kana_names",
                         "first_kana_names_male", "first_kana_names_female"))
    # surnames too (issue 21): a surname before a given name ("Tóth Réka")
    sur |= collect(prov, ("last_names", "last_names_male", "last_names_female",
                          "last_romanized_names", "last_kana_names"))
    if got:
        names |= {n for n in got if n not in common}
        dropped |= {n for n in got if n in common}
        locales.append(m.name)
# The common surnames of countries Faker lacks (issue 22), from the tree's
# own list: all of them surnames; "first" ones also written before the
# given name, "last" ones after it. Those that are common English words
# (lee, park, song, shah) are kept apart: they count only with a given
# name's shape beside them (src/map/pii.c).
order = {"first": set(), "last": set()}
for line in open(sys.argv[2] if len(sys.argv) > 2 else
                 __file__.rsplit("/", 2)[0] + "/data/lexicon/surnames_common.tsv",
                 encoding="utf-8"):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    kind, words = line.split("\t", 1)
    order[kind] |= {n.lower() for n in words.split()}
hand = order["first"] | order["last"]
out = open(sys.argv[1] + ".tmp", "w", encoding="utf-8") if len(sys.argv) > 1 else sys.stdout
out.write("/* Generated by scripts/gen_given_names.py from python3-fake-factory's\n")
out.write(" * person lists (Faker, MIT licence), locales: %s.\n" % ", ".join(locales))
out.write(" * Less the common English words of wamerican (%d names dropped).\n" %
          len(dropped))
out.write(" * %d given names, lowercase, sorted by strcmp() for bsearch(). */\n" % len(names))
out.write("static const char *const given_names_big[] = {\n")
for n in sorted(names, key=lambda s: s.encode("utf-8")):
    out.write('\t"%s",\n' % n.replace("\\", "").replace('"', ""))
out.write("};\n")
sur = {n for n in sur if n not in common} | {n for n in hand if n not in common}
out.write("/* %d surnames of the same locales and data/lexicon/surnames_common.tsv,\n"
          " * less the common English words. */\n" % len(sur))
out.write("static const char *const surnames_big[] = {\n")
for n in sorted(sur, key=lambda s: s.encode("utf-8")):
    out.write('\t"%s",\n' % n.replace("\\", "").replace('"', ""))
out.write("};\n")
for kind in ("first", "last"):
    out.write("/* surnames_common.tsv's \"%s\" names, and those of them that are common\n"
              " * English words. */\n" % kind)
    for suffix, keep in (("", lambda n: n not in common), ("_common", lambda n: n in common)):
        got = sorted((n for n in order[kind] if keep(n)), key=lambda s: s.encode("utf-8"))
        out.write("static const char *const surnames_%s%s[] = {\n" % (kind, suffix))
        for n in got:
            out.write('\t"%s",\n' % n)
        out.write('\tNULL};\n')
if out is not sys.stdout:
    out.close()
    import os
    os.replace(sys.argv[1] + ".tmp", sys.argv[1])
