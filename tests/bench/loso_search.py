#!/usr/bin/env python3
"""loso_search.py: choose search settings by leave-one-set-out.

    loso_search.py --schemas DATASETS/schemas [--spider DIR] [--demo DEMO.sqlite]
                   --tune SECTION.KEY=V1,V2,... [--tune ...] [--save DIR | --load DIR]

Each studied set is one "set": the real-pool sets of eval_search_real.sh
(OMOP documentation, synonym questions, sets 2-10; set 10 is tuning data
since issue 26, sets 11 and 12 since search27, set 13 since search28, set 14
since search29, set 15 since search30, set 16 since search31, set 17 since
search32, set 18 since search33, set 19 since search34, set 20 since search35,
set 21 since search36, set 22 since search37, set 23 since search38, set 24
since search39, set 25 since search40, set 26 since search41, set 27
since search42, set 28 since search44, set 29 since search46, set 30 since
round 31's after-measure, set 31 since round 32's, set 32 since round 34's,
set 33 since round 36's; never a set named in BLIND: none now),
the demo warehouse and Spider's five folds (each fold one set). Every set
is run under every setting of the --tune grid (eval_search prints a
"setting" line per setting, "setting-fold" per Spider fold). Then, for
each set, the setting that scores best on the OTHER sets is chosen and
the set is reported with it: a held-out figure that never saw its own
questions. A set's score is (2 R@1 + R@5 + MRR) / 4 (the first hit
matters most); the other sets are averaged with equal weight, so
Spider's 7,000 questions do not drown a 31-question set.

Read the verdict so: a change is worth keeping when the held-out scores
rise on average and no set loses beyond noise at recall@1. A set of fewer
than 100 questions may lose at most one question. A set of 100 or more
(OMOP, Spider's folds) loses only when a paired sign test says so: with
--paired, each such set whose held-out recall@1 falls by more than one
question is run again under the defaults and under its chosen setting with
eval_search --misses-at1; the questions whose first hit is right under one
and wrong under the other give wins and losses, and the loss is real when
the one-sided binomial p (p = 1/2) of that many losses or more is below
0.05. Without --paired the one-question rule holds for every set.
--save DIR keeps each run's output, --load DIR re-reads it (no rerun);
--sets omop,synonyms,... restricts the sets the choice and report use.
"""
import argparse
import collections
import math
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REAL_SETS = "omop synonyms 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33"
BLIND = ()  # a blind set's name goes here: the script then refuses to read it
SECTION = [("OMOP CDM documentation", "omop"), ("synonym questions", "synonyms")] + [
    ("held-out questions %s" % k, "set%s" % k) for k in "2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33".split()]
SET_RE = re.compile(r"^setting (\S+)\s+R@1 ([\d.]+)\s+R@5 ([\d.]+)\s+MRR ([\d.]+)")
FOLD_RE = re.compile(r"^setting-fold (\d+) (\S+) n (\d+) R@1 ([\d.]+)\s+R@5 ([\d.]+)\s+MRR ([\d.]+)")
SEXT_RE = re.compile(r"^sextant\s+recall@1 ([\d.]+)\s+recall@5 ([\d.]+).*MRR ([\d.]+)\s+\((\d+) questions\)")


def parse_sets(text, sets, default_desc):
    """sets[name] = {"n": N, desc: (r1, r5, mrr)}; the defaults under default_desc."""
    cur = None
    for line in text.splitlines():
        if line.startswith("== "):
            cur = None
            for title, name in SECTION:
                if line[3:].startswith(title):
                    cur = name
            for blind in BLIND:
                if line[3:].startswith("held-out questions %s" % blind):
                    sys.exit("loso_search: set %s is blind and must not be read" % blind)
            if cur:
                sets[cur] = {}
            continue
        if cur is not None:
            parse_line(line, sets[cur], default_desc)


def parse_line(line, one, default_desc):
    """A "setting" line, or the "sextant" line of the defaults, into one set's dict."""
    m = SET_RE.match(line)
    if m:
        one[m.group(1)] = tuple(float(x) for x in m.group(2, 3, 4))
    m = SEXT_RE.match(line)
    if m:
        one[default_desc] = tuple(float(x) for x in m.group(1, 2, 3))
        one["n"] = int(m.group(4))


def parse_one(text, name, sets, default_desc):
    sets[name] = {}
    for line in text.splitlines():
        parse_line(line, sets[name], default_desc)


def parse_folds(text, prefix, sets, default_desc):
    """Spider with --folds 5: one set per fold; the defaults from the fold table."""
    fold = None
    for line in text.splitlines():
        m = FOLD_RE.match(line)
        if m:
            s = sets.setdefault("%s%s" % (prefix, m.group(1)), {})
            s[m.group(2)] = tuple(float(x) for x in m.group(4, 5, 6))
            s["n"] = int(m.group(3))
            continue
        m = re.match(r"^fold (\d+) \(", line)
        if m:
            fold = m.group(1)
            continue
        m = re.match(r"^\s+sextant\s+R@1 ([\d.]+)\s+R@5 ([\d.]+)\s+MRR ([\d.]+)", line)
        if m and fold is not None:
            sets.setdefault("%s%s" % (prefix, fold), {})[default_desc] = tuple(
                float(x) for x in m.group(1, 2, 3))


def score(t):
    return (2 * t[0] + t[1] + t[2]) / 4


SIGN_MIN_N = 100  # sets this large are judged by the sign test
SIGN_ALPHA = 0.05


def sign_p(wins, losses):
    """One-sided exact sign test: P(X >= losses), X ~ Binomial(wins + losses, 1/2)."""
    n = wins + losses
    if n == 0:
        return 1.0
    return sum(math.comb(n, k) for k in range(losses, n + 1)) / 2.0 ** n


def first_misses(text):
    """The questions of eval_search --misses-at1 output, as a multiset of (gold, text)."""
    return collections.Counter(m.group(1, 2) for m in re.finditer(r"^MISS \[([^\]]*)\] (.*)$",
                                                                   text, re.M))


def setting_args(desc, tune):
    """A setting's description (key=v,key2=v2, as eval_search prints it) as --set
    options; each key's section comes from the --tune options."""
    section = {t.split("=")[0].split(".", 1)[1]: t.split(".", 1)[0] for t in tune}
    out = []
    for key, val in re.findall(r"([A-Za-z_0-9]+)=([^,\s]+)", desc):
        out += ["--set", "%s.%s=%s" % (section.get(key, "search"), key, val)]
    return out


def paired_run(a, ev, name, extra):
    """One set run alone with --misses-at1 and the options in extra."""
    miss = ["--misses", "1000000", "--misses-at1"] + extra
    if name.startswith("spider"):
        ws = ["--workspace", a.spider_workspace] if a.spider_workspace else []
        return run([ev, a.spider, "--folds", "5", "--miss-folds", name[6:]] + ws + miss)
    k = {"omop": "omop", "synonyms": "synonyms"}.get(name, name[3:])
    if k in BLIND:
        sys.exit("loso_search: set %s is blind and must not be read" % k)
    env = dict(os.environ, SX_EVAL_SETS=k)
    return run(["sh", os.path.join(ROOT, "tests/bench/eval_search_real.sh"), a.schemas] + miss,
               env)


def paired(a, ev, name, desc):
    """(wins, losses, p) of a set's first hits under desc against the defaults."""
    cache = os.path.join(a.paired, "%s.%s.txt")
    outs = []
    for tag, extra in (("defaults", []), ("chosen", setting_args(desc, a.tune))):
        p = cache % (name, tag)
        if os.path.exists(p) and open(p + ".desc", encoding="utf-8").read() == desc:
            outs.append(open(p, encoding="utf-8").read())
            continue
        text = paired_run(a, ev, name, extra)
        os.makedirs(a.paired, exist_ok=True)
        open(p, "w", encoding="utf-8").write(text)
        open(p + ".desc", "w", encoding="utf-8").write(desc)
        outs.append(text)
    m0, m1 = first_misses(outs[0]), first_misses(outs[1])
    wins, losses = sum((m0 - m1).values()), sum((m1 - m0).values())
    return wins, losses, sign_p(wins, losses)


def run(cmd, env=None):
    sys.stderr.write("loso_search: " + " ".join(cmd) + "\n")
    return subprocess.run(cmd, check=True, capture_output=True, text=True,
                          env=env).stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--schemas", help="datasets/schemas (the real pool)")
    ap.add_argument("--spider", help="Spider in eval_search's layout (five folds)")
    ap.add_argument("--spider-workspace", help="reuse this workspace for Spider")
    ap.add_argument("--demo", help="the demo warehouse (build/data/demo.sqlite)")
    ap.add_argument("--tune", action="append", default=[], help="SECTION.KEY=V1,V2,...")
    ap.add_argument("--save", help="keep each run's output in this directory")
    ap.add_argument("--load", help="read the outputs --save kept instead of running")
    ap.add_argument("--sets", help="comma-separated: only these sets (omop,set7,spider0,...)")
    ap.add_argument("--paired", help="judge sets of %d+ questions by a sign test; keep the "
                    "per-question runs in this directory" % SIGN_MIN_N)
    ap.add_argument("--default", default="defaults",
                    help="name of the setting the current configuration gives")
    a = ap.parse_args()
    for blind in BLIND:
        if a.schemas and blind in REAL_SETS.split():
            sys.exit("loso_search: set %s is blind and must not be read" % blind)
    ev = os.environ.get("SX_EVAL", os.path.join(ROOT, "build/tests/bench/eval_search"))
    tune = []
    for t in a.tune:
        tune += ["--tune", t]
    outs = {}
    if a.load:
        for f in ("real", "demo", "spider"):
            p = os.path.join(a.load, f + ".txt")
            if os.path.exists(p):
                outs[f] = open(p, encoding="utf-8").read()
    else:
        if a.schemas:
            env = dict(os.environ, SX_EVAL_SETS=REAL_SETS)
            outs["real"] = run(["sh", os.path.join(ROOT, "tests/bench/eval_search_real.sh"),
                                a.schemas] + tune, env)
        if a.demo:
            outs["demo"] = run([ev, "--db", a.demo, "--questions",
                                os.path.join(ROOT, "tests/data/demo_questions.jsonl"),
                                "--folds", "1"] + tune)
        if a.spider:
            ws = ["--workspace", a.spider_workspace] if a.spider_workspace else []
            outs["spider"] = run([ev, a.spider, "--folds", "5"] + ws + tune)
        if a.save:
            os.makedirs(a.save, exist_ok=True)
            for f, text in outs.items():
                open(os.path.join(a.save, f + ".txt"), "w", encoding="utf-8").write(text)
    sets = {}
    if "real" in outs:
        parse_sets(outs["real"], sets, a.default)
    if "demo" in outs:
        parse_one(outs["demo"], "demo", sets, a.default)
    if "spider" in outs:
        parse_folds(outs["spider"], "spider", sets, a.default)
    names = [n for n in sets if a.default in sets[n]]
    if a.sets:
        names = [n for n in names if n in a.sets.split(",")]
    if not names:
        sys.exit("loso_search: no set was measured")
    descs = [d for d in sets[names[0]] if d != "n"]  # the defaults are a candidate too
    for n in names:
        descs = [d for d in descs if d in sets[n]]
    if not descs:
        sys.exit("loso_search: no --tune setting was measured on every set")

    def mean_other(desc, held):
        o = [score(sets[n][desc]) for n in names if n != held]
        return sum(o) / len(o) if o else 0

    print("leave-one-set-out over %d sets, %d settings; score (2 R@1 + R@5 + MRR) / 4"
          % (len(names), len(descs)))
    print("%-10s %5s  %-21s  %-21s  %s" % ("set", "n", "defaults R@1/R@5/MRR",
                                           "held-out R@1/R@5/MRR", "chosen on the others"))
    gain = []
    worst = None
    chosen = {}
    for n in names:
        best = max(descs, key=lambda d: mean_other(d, n))
        chosen[n] = best
        d0, d1 = sets[n][a.default], sets[n][best]
        q = sets[n].get("n", 0)
        dq = (d1[0] - d0[0]) * q  # questions gained at recall@1 (fractional for multi-gold)
        gain.append(((d1[0] - d0[0]), score(d1) - score(d0)))
        if worst is None or dq < worst[1]:
            worst = (n, dq)
        print("%-10s %5d  %.3f / %.3f / %.3f  %.3f / %.3f / %.3f  %s" %
              (n, q, d0[0], d0[1], d0[2], d1[0], d1[1], d1[2], best))
    k = len(gain)
    print("mean over sets: R@1 %+.4f, score %+.4f; worst set %s, %+.1f questions at R@1"
          % (sum(g[0] for g in gain) / k, sum(g[1] for g in gain) / k, worst[0], worst[1]))
    allbest = max(descs, key=lambda d: sum(score(sets[n][d]) for n in names))
    print("chosen on all sets: %s" % allbest)
    lost = []  # sets that lose beyond noise
    for n in names:
        q = sets[n].get("n", 0)
        dq = (sets[n][chosen[n]][0] - sets[n][a.default][0]) * q
        # eval_search prints R@1 to 3 decimals: the two figures' rounding
        # (0.0005 each) can make one lost question of 60 read as 1.02; a
        # large set is judged by its sign test whenever it reads below -1
        judged = a.paired and q >= SIGN_MIN_N
        if dq >= -1.0 - (0 if judged else 0.001 * q) - 1e-3:
            continue
        if a.paired and q >= SIGN_MIN_N and chosen[n] != a.default:
            w, l, p = paired(a, ev, n, chosen[n])
            print("sign test %-10s first hit won %d, lost %d: p = %.3f (%s)" %
                  (n, w, l, p, "a loss" if p < SIGN_ALPHA else "noise"))
            if p < SIGN_ALPHA:
                lost.append(n)
        else:
            lost.append(n)
    verdict = sum(g[1] for g in gain) > 0 and sum(g[0] for g in gain) > 0 and not lost
    rule = ("no set of under %d questions loses more than one, no larger set loses by the "
            "sign test" % SIGN_MIN_N) if a.paired else "no set loses more than one question"
    print("verdict: %s" % ("keep (held-out gain, %s)" % rule if verdict else
                           "keep the defaults%s" % (" (lost: %s)" % ", ".join(lost) if lost
                                                    else "")))

if __name__ == "__main__":
    main()
