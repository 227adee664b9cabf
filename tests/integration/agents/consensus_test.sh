#!/bin/sh
# consensus_test.sh SEXTANT SOURCE - `generate --consensus K` on the demo
# warehouse. SOURCE is demo.sqlite, or env:FILE naming the PostgreSQL
# fixture's state (the demo loaded as database sx_demo).
#   1. "monthly payments amount", K = 3: the planner's reading
#      (payments.created_at), payments.paid_at and payments.updated_at;
#      the first and the last agree row for row, so they win with two
#      thirds. Each candidate's SELECT is run again here (sqlite3 / psql)
#      and the recorded agreement is checked against what the rows say.
#   2. "weekly revenue of orders", K = 3: three readings that all differ:
#      no two thirds, the best score wins (the planner's on a tie);
#   3. (SQLite) a small shop where two alternatives agree against the
#      planner's reading: the winner becomes the run's plan.
#   The vote is checked in --json, the events, `run show` and run_votes;
#   K out of range is a usage error; without --consensus nothing votes.
set -u
BIN=$1
SRC=$2
LIVE=
case "$SRC" in
env:*) . "${SRC#env:}"; SRC="$SX_PG_ADMIN_URI/sx_demo"; LIVE="--live $SRC" ;;
esac
T=$(mktemp -d "${TMPDIR:-/tmp}/sxcons.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
export SEXTANT_WORKSPACE="$T/ws"
unset SEXTANT_CONFIG SEXTANT_LLM_BASE_URL OPENAI_BASE_URL SEXTANT_LLM_MODEL SEXTANT_LLM_PROVIDER
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }

"$BIN" analyze "$SRC" >/dev/null 2>"$T/an.err" </dev/null || { echo "analyze failed: $(cat "$T/an.err")"; exit 1; }

# --- 1. two thirds
# shellcheck disable=SC2086
"$BIN" generate "monthly payments amount" --consensus 3 $LIVE --provider builtin --json \
	--events jsonl >"$T/g1.json" 2>"$T/g1.err" </dev/null
rc=$?
[ $rc -eq 0 ] && ok || bad "generate --consensus 3: exit $rc $(grep -v '"token"' "$T/g1.err" | head -c 2000)"
python3 - "$T/g1.json" "$T/g1.err" "$SRC" <<'PY' && ok || bad "two-thirds vote: $(head -c 3000 "$T/g1.json")"
import json, sys, subprocess
r = json.load(open(sys.argv[1]))
c = r["consensus"]
src = sys.argv[3]
assert c["k"] == 3 and c["candidates_found"] == 3 and c["need"] == 2, c
assert c["rule"] == "two-thirds" and c["winner"] == 1, c
cs = c["candidates"]
assert [x["reading"] for x in cs] == ["the planner's reading", "time column payments.paid_at",
                                      "time column payments.updated_at"], [x["reading"] for x in cs]
assert [x["votes"] for x in cs] == [2, 1, 2], cs
assert cs[0]["agrees_with"] == [3] and cs[2]["agrees_with"] == [1] and cs[1]["agrees_with"] == [], cs
assert [x["winner"] for x in cs] == [True, False, False]
assert all(x["preview"]["status"] == "ok" and x["errors"] == 0 for x in cs), cs
assert '"created_at"' in cs[0]["select_sql"] and '"paid_at"' in cs[1]["select_sql"] \
    and '"updated_at"' in cs[2]["select_sql"], [x["select_sql"] for x in cs]
# the run kept the planner's reading
assert r["plan"]["spec"]["time"]["column"] == "created_at", r["plan"]["spec"]["time"]
assert r["plan"]["steps"][1]["id"] == "consensus" and r["plan"]["steps"][1]["agent"] == "sql_expert"
assert r["plan"]["steps"][2]["depends_on"] == ["consensus"], r["plan"]["steps"]
# the recorded agreement, checked against the rows themselves
def rows(sql):
    q = "SELECT * FROM (%s) AS q LIMIT 100" % sql.strip().rstrip(";")
    if src.startswith("postgres"):
        out = subprocess.run(["psql", "-X", "-A", "-t", "-F", "\x1f", "-d", src, "-c", q],
                             capture_output=True, text=True, check=True).stdout
        data = [l.split("\x1f") for l in out.splitlines() if l]
    else:
        import sqlite3
        data = sqlite3.connect("file:%s?mode=ro" % src, uri=True).execute(q).fetchall()
    def canon(v):
        try:
            return "%.4f" % float(v)
        except (TypeError, ValueError):
            return str(v)
    return sorted(tuple(canon(v) for v in row) for row in data)
got = [rows(x["select_sql"]) for x in cs]
assert all(len(g) == x["preview"]["rows"] for g, x in zip(got, cs)), [len(g) for g in got]
assert got[0] == got[2] and got[0] != got[1], "the rows do not say what the vote says"
ev = [json.loads(l) for l in open(sys.argv[2])]
logs = [e["message"] for e in ev if e["type"] == "log" and e.get("agent") == "sql_expert"]
assert any("consensus: candidate 1 (the planner's reading) wins with 2 of 3 votes" in m for m in logs), logs
assert sum(1 for e in ev if e["type"] == "tool" and e.get("name") == "run_preview" and e.get("step") == "consensus") == 3
PY
RUN=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['run_id'])" "$T/g1.json" 2>/dev/null)
"$BIN" run show "$RUN" --json >"$T/show.json" 2>/dev/null </dev/null
python3 - "$T/show.json" "$T/g1.json" <<'PY' && ok || bad "run show --json consensus: $(head -c 2000 "$T/show.json")"
import json, sys
s, g = json.load(open(sys.argv[1]))["consensus"], json.load(open(sys.argv[2]))["consensus"]
for k in ("k", "need", "rule", "winner", "winner_reading", "candidates_found"):
    assert s[k] == g[k], (k, s[k], g[k])
for a, b in zip(s["candidates"], g["candidates"]):
    for k in ("n", "reading", "score", "votes", "winner", "agrees_with", "preview", "select_sql"):
        assert a[k] == b[k], (k, a[k], b[k])
PY
"$BIN" run show "$RUN" >"$T/show.txt" 2>&1 </dev/null
grep -q "consensus of 3: two-thirds, candidate 1 wins" "$T/show.txt" \
	&& grep -q "\* 1 the planner's reading: score [0-9.]*, 2 vote(s), preview ok" "$T/show.txt" \
	&& ok || bad "run show text: $(cat "$T/show.txt")"

# --- 2. no two thirds: the best score wins
# shellcheck disable=SC2086
"$BIN" generate "weekly revenue of orders" --consensus 3 $LIVE --provider builtin --json \
	--events none >"$T/g2.json" 2>"$T/g2.err" </dev/null
python3 - "$T/g2.json" <<'PY' && ok || bad "best-score vote: $(head -c 3000 "$T/g2.json") $(cat "$T/g2.err")"
import json, sys
r = json.load(open(sys.argv[1]))
c = r["consensus"]
assert c["rule"] == "best-score" and c["need"] == 2, c
cs = c["candidates"]
assert len(cs) == 3 and [x["votes"] for x in cs] == [1, 1, 1], cs
assert cs[1]["reading"] == "measure sum:t_ord_hdr.total_amount", cs[1]["reading"]
assert cs[2]["reading"] == "time column t_ord_hdr.updated_at", cs[2]["reading"]
best = max(x["score"] for x in cs)
w = [x for x in cs if x["winner"]]
assert len(w) == 1 and w[0]["n"] == c["winner"] and w[0]["score"] == best, cs
assert w[0]["n"] == min(x["n"] for x in cs if x["score"] == best)
PY

# --- 3. the planner's reading outvoted (SQLite only): a small shop whose
# orders are paid (and last updated) the day after they are created; the
# planner reads "daily" by created_at, paid_at and updated_at agree, so the
# plan follows paid_at from then on
if [ -z "$LIVE" ]; then
python3 - "$T/shop.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL,"
           " status VARCHAR(12) NOT NULL, total_amount NUMERIC(12,2) NOT NULL,"
           " created_at TIMESTAMP NOT NULL, paid_at TIMESTAMP NOT NULL,"
           " updated_at TIMESTAMP NOT NULL)")
for i in range(1, 601):
    d, m = 1 + i % 28, 1 + i % 6
    paid = "2025-%02d-%02d 23:30:00" % (m, d + 1 if d < 28 else d)
    db.execute("INSERT INTO orders VALUES (?,?,?,?,?,?,?)",
               (i, 1 + i % 50, "paid", round(10 + (i * 37) % 500 + 0.25, 2),
                "2025-%02d-%02d 10:00:00" % (m, d), paid, paid))
db.commit()
PY
SEXTANT_WORKSPACE="$T/ws2" "$BIN" analyze "$T/shop.sqlite" >/dev/null 2>"$T/an2.err" </dev/null
SEXTANT_WORKSPACE="$T/ws2" "$BIN" generate "daily order amount" --consensus 3 --json --events jsonl \
	--out "$T/o3" >"$T/g4.json" 2>"$T/g4.err" </dev/null
python3 - "$T/g4.json" "$T/g4.err" "$T/o3/select.sql" <<'PY' && ok || bad "outvoted planner: $(head -c 3000 "$T/g4.json") $(cat "$T/an2.err")"
import json, sys
r = json.load(open(sys.argv[1]))
c = r["consensus"]
assert c["rule"] == "two-thirds" and c["winner"] == 2, c
cs = c["candidates"]
assert [x["reading"] for x in cs] == ["the planner's reading", "time column orders.paid_at",
                                      "time column orders.updated_at"], cs
assert [x["votes"] for x in cs] == [1, 2, 2] and [x["winner"] for x in cs] == [False, True, False], cs
# the run follows the winner: plan, SELECT, lineage
assert r["plan"]["spec"]["time"]["column"] == "paid_at", r["plan"]["spec"]["time"]
sel = open(sys.argv[3]).read()
assert '"paid_at"' in sel and '"created_at"' not in sel, sel
assert any("orders.paid_at" in json.dumps(l) for l in r["lineage"]), r["lineage"]
ev = [json.loads(l) for l in open(sys.argv[2])]
text = "".join(e.get("text", "") for e in ev if e["type"] == "token" and e["agent"] == "sql_expert")
assert "the plan now follows candidate 2 (time column orders.paid_at)" in text, text[-1500:]
PY
fi

# --- usage, and off by default
"$BIN" generate "monthly payments amount" --consensus 9 --json >/dev/null 2>"$T/e1" </dev/null
[ $? -eq 2 ] && grep -q "consensus" "$T/e1" && ok || bad "--consensus 9: $(cat "$T/e1")"
# shellcheck disable=SC2086
"$BIN" generate "monthly payments amount" $LIVE --provider builtin --json --events none >"$T/g3.json" 2>/dev/null </dev/null
python3 -c "
import json,sys; r=json.load(open(sys.argv[1])); assert 'consensus' not in r and all(s['id']!='consensus' for s in r['plan']['steps'])" "$T/g3.json" \
	&& ok || bad "consensus not off by default"
if [ -f "$T/ws/workspace.db" ]; then
python3 - "$T/ws/workspace.db" "$RUN" <<'PY' && ok || bad "run_votes rows"
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(
    "SELECT n, votes, winner, rule, need, k FROM run_votes WHERE run_id = ? ORDER BY n", (sys.argv[2],)).fetchall()
assert rows == [(1, 2, 1, "two-thirds", 2, 3), (2, 1, 0, "two-thirds", 2, 3), (3, 2, 0, "two-thirds", 2, 3)], rows
PY
fi

echo "$((n - fails)) passed, $fails failed"
[ $fails -eq 0 ]
