#!/usr/bin/env python3
"""fit_rel_model.py [--mode data|ddl|sampled|all] DUMP...: the learned
combination of the relationship
scorer's features (docs/relationships.md, "rel35").

Reads the lines eval_relations writes under SX_EVAL_DUMP (one "T" line per
schema with its declared pairs, one "P" line per chosen column pair with
the features the map shows and whether the pair is declared), fits a small
L2-regularised logistic model by Newton's method (deterministic: no random
start, no shuffling) and prints:
  - the weights fitted on every set, as C constants;
  - leave-one-set-out: for each set (SX_EVAL_TAG), the model fitted without
    it and measured on it, against the hand score, micro F1 at 0.5 from the
    DDL and with data.
--check TAG,... names sets measured with the model fitted on the others and
never fitted on (Spider: its undeclared links make its labels incomplete).
--mode picks the pairs the model applies to (the others keep the hand
score): "data" (the default) the runs with values
sampled, "ddl" those without, "sampled" the pairs with a containment
measure, "all" every pair. Pure Python (no numpy).

Reproduce: SX_EVAL_DUMP=/tmp/d.tsv SX_EVAL_TAG=<set> sh
tests/bench/eval_schemas.sh --<set> for --heldout and --blind .. --blind17
(one dump, appended); SX_EVAL_DUMP=/tmp/d.tsv SX_EVAL_TAG=spider
eval_relations spider_train schemas and SX_EVAL_TAG=demo eval_relations
build/data/demo.sqlite; then python3 tests/bench/fit_rel_model.py --check
spider,demo /tmp/d.tsv. The engine keeps the hand weights (the blend lost
on Spider, docs/relationships.md "rel35"), so any build dumps hand scores."""

import math
import sys

L2 = 1.0


def logit(p):
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


FEATS = ["bias", "hand", "nullable", "one_to_one", "fanin", "alt_gap", "has_alt",
         "multi_col", "sampled", "self"]


def features(r):
    conf, rule = r["conf"], r["rule"]
    return [1.0, logit(conf), float(r["nullable"]), float(r["one2one"]),
            math.log1p(r["fanin"]), conf - r["alt"], float(r["nalts"] > 0),
            float(r["ncols"] > 1), float(r["cont"] >= 0),
            float(r["self"])]


def self_pair(p):
    child, parent = p.split("->", 1)
    return child.rsplit(".", 1)[0] == parent.rsplit(".", 1)[0]


def load(paths):
    rows, truth = [], {}
    for path in paths:
        with open(path) as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                if c[0] == "T":
                    truth[(c[1], c[2], int(c[3]))] = int(c[4])
                elif c[0] == "P":
                    rows.append({"set": c[1], "db": c[2], "data": int(c[3]),
                                 "y": int(c[4]), "conf": float(c[5]), "rule": c[6],
                                 "type": float(c[7]), "uniq": float(c[8]),
                                 "cont": float(c[9]), "sim": float(c[10]),
                                 "nullable": int(c[15]), "one2one": int(c[16]),
                                 "nalts": int(c[17]), "alt": float(c[18]),
                                 "ncols": int(c[19]), "fanin": int(c[20]),
                                 "self": self_pair(c[21])})
    for r in rows:
        r["x"] = features(r)
    return rows, truth


def solve(a, b):
    n = len(b)
    m = [a[i][:] + [b[i]] for i in range(n)]
    for i in range(n):
        p = max(range(i, n), key=lambda k: abs(m[k][i]))
        m[i], m[p] = m[p], m[i]
        for k in range(i + 1, n):
            f = m[k][i] / m[i][i]
            for j in range(i, n + 1):
                m[k][j] -= f * m[i][j]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (m[i][n] - sum(m[i][j] * x[j] for j in range(i + 1, n))) / m[i][i]
    return x


def fit(rows):
    d = len(FEATS)
    w = [0.0] * d
    w[1] = 1.0  # start at the hand score
    for _ in range(30):
        g = [L2 * w[j] if j else 0.0 for j in range(d)]
        h = [[(L2 if (i == j and i) else 0.0) + (1e-9 if i == j else 0.0) for j in range(d)]
             for i in range(d)]
        for r in rows:
            x = r["x"]
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            e = p - r["y"]
            s = p * (1 - p)
            for i in range(d):
                g[i] += e * x[i]
                if x[i]:
                    hi = h[i]
                    for j in range(d):
                        if x[j]:
                            hi[j] += s * x[i] * x[j]
        step = solve(h, g)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def score(w, r):
    z = sum(wi * xi for wi, xi in zip(w, r["x"]))
    return 1 / (1 + math.exp(-max(min(z, 30), -30)))


def f1(rows, truth, keys, pred):
    tp = fp = 0
    for r in rows:
        if pred(r) >= 0.5:
            if r["y"]:
                tp += 1
            else:
                fp += 1
    n = sum(truth[k] for k in keys)
    fn = n - tp
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def main():
    args = sys.argv[1:]
    mode, check = "data", set()
    while len(args) > 1 and args[0] in ("--mode", "--check"):
        if args[0] == "--mode":
            mode = args[1]
        else:
            check = set(args[1].split(","))
        args = args[2:]
    rows, truth = load(args)
    if mode == "sampled":
        for r in rows:
            r["fit"] = r["cont"] >= 0
    elif mode == "ddl":
        for r in rows:
            r["fit"] = r["data"] == 0
    elif mode == "data":
        for r in rows:
            r["fit"] = r["data"] == 1
    else:
        for r in rows:
            r["fit"] = True
    checked = [r for r in rows if r["set"] in check]
    rows = [r for r in rows if r["set"] not in check]
    global score
    model = score
    score = lambda w, r: model(w, r) if r["fit"] else r["conf"]
    sets = sorted({r["set"] for r in rows})
    w = fit([r for r in rows if r["fit"]])
    print("weights fitted on every set:")
    for n, v in zip(FEATS, w):
        print("  %-12s %8.4f" % (n, v))
    print("W_LEARNED = {%s};" % ", ".join("%.3f" % v for v in w))
    print("\nleave-one-set-out, F1 at 0.5 (hand -> learned), DDL | data:")
    print("%-10s %-22s %-22s %s" % ("set", "DDL", "data", "delta"))
    tot = {}
    worse = better = 0
    for s in sets:
        wk = fit([r for r in rows if r["set"] != s and r["fit"]])
        line = "%-10s" % s
        ds = []
        for data in (0, 1):
            rs = [r for r in rows if r["set"] == s and r["data"] == data]
            keys = [k for k in truth if k[0] == s and k[2] == data]
            h = f1(rs, truth, keys, lambda r: r["conf"])
            l = f1(rs, truth, keys, lambda r: score(wk, r))
            for name, v in (("h", h), ("l", l)):
                t = tot.setdefault((name, data), [0, 0, 0])
                t[0] += v[1]; t[1] += v[2]; t[2] += v[3]
            line += " %.3f -> %.3f       " % (h[0], l[0])
            ds.append(l[0] - h[0])
        d = sum(ds) / 2
        better += d > 0.0005
        worse += d < -0.005
        print(line + " %+.4f" % d)
    for data in (0, 1):
        out = []
        for name in ("h", "l"):
            tp, fp, fn = tot[(name, data)]
            out.append("%.4f (%d/%d/%d)" % (2 * tp / (2 * tp + fp + fn), tp, fp, fn))
        print("pool %s: hand %s, learned LOSO %s" % (("DDL", "data")[data], out[0], out[1]))
    print("sets better: %d, worse by more than 0.005: %d, of %d" % (better, worse, len(sets)))
    for s in sorted({r["set"] for r in checked}):
        for data in (0, 1):
            rs = [r for r in checked if r["set"] == s and r["data"] == data]
            keys = [k for k in truth if k[0] == s and k[2] == data]
            if not keys:
                continue
            h = f1(rs, truth, keys, lambda r: r["conf"])
            l = f1(rs, truth, keys, lambda r: score(w, r))
            print("check %s %s: hand %.4f (%d/%d/%d), model fitted on every set %.4f (%d/%d/%d)"
                  % (s, ("DDL", "data")[data], *h, *l))


if __name__ == "__main__":
    main()
