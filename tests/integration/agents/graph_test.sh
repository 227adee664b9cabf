#!/bin/sh
# graph_test.sh SEXTANT DEMO_SQLITE - `sextant run show ID --graph`: the
# pipeline's data flow drawn by the real Graphviz from the stored run.
# A demo run (monthly revenue per channel without cancelled orders): the
# DOT names the source tables, the join (its edge labelled with the join
# columns), the filter, the aggregation (grain, dimension, measure) and the
# target (its edge labelled with the lineage's columns); the SVG is what
# Graphviz rendered (parsed as XML: the same nodes and edges); the PNG is a
# PNG; usage errors exit 2.
set -u
BIN=$1
DEMO=$2
T=$(mktemp -d "${TMPDIR:-/tmp}/sxgraph.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
export SEXTANT_LOG="$T/sextant.log" XDG_CONFIG_HOME="$T/cfg" XDG_DATA_HOME="$T/data" HOME="$T"
export SEXTANT_WORKSPACE="$T/ws"
unset SEXTANT_CONFIG SEXTANT_LLM_BASE_URL OPENAI_BASE_URL SEXTANT_LLM_MODEL SEXTANT_LLM_PROVIDER
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*" >&2; }

"$BIN" analyze "$DEMO" >/dev/null 2>"$T/an.err" </dev/null || { echo "analyze failed: $(cat "$T/an.err")"; exit 1; }
"$BIN" generate "monthly revenue per sales channel excluding cancelled orders into ClickHouse" \
	--provider builtin --json --events none >"$T/g.json" 2>"$T/g.err" </dev/null
RUN=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['run_id'])" "$T/g.json" 2>/dev/null)
[ -n "$RUN" ] && ok || { bad "generate: $(cat "$T/g.err")"; exit 1; }

# --- dot: parsed, node and edge names asserted
"$BIN" run show "$RUN" --graph dot >"$T/g.dot" 2>"$T/dot.err" </dev/null && ok || bad "dot: $(cat "$T/dot.err")"
python3 - "$T/g.dot" <<'PY' && ok || bad "dot content: $(head -c 3000 "$T/g.dot")"
import re, sys
text = open(sys.argv[1]).read()
assert text.startswith("digraph pipeline {"), text[:80]
# a small DOT reader: tokens, then statements ID [-> ID] [[k=v, ...]] ;
tok = re.findall(r'"(?:[^"\\]|\\.)*"|->|[{}\[\]=;,]|[^\s{}\[\]=;,"]+', text)
def val(t):
    return t[1:-1].replace('\\"', '"') if t.startswith('"') else t
nodes, edges = {}, {}
i = tok.index("{") + 1
while tok[i] != "}":
    a = tok[i]; i += 1
    b = None
    if tok[i] == "->":
        b = tok[i + 1]; i += 2
    attrs = {}
    if tok[i] == "[":
        i += 1
        while tok[i] != "]":
            if tok[i] == ",":
                i += 1
                continue
            assert tok[i + 1] == "=", tok[i:i + 3]
            attrs[tok[i]] = val(tok[i + 2]); i += 3
        i += 1
    assert tok[i] == ";", tok[i - 3:i + 2]
    i += 1
    if a in ("graph", "node", "edge") and b is None:
        continue
    if b is None:
        nodes[val(a)] = attrs
    else:
        edges[(val(a), val(b))] = attrs
want_nodes = {"source:order_items", "source:t_ord_hdr", "join:1", "filter", "aggregate",
              "target:monthly_revenue_by_channel"}
assert want_nodes <= set(nodes), sorted(nodes)
want_edges = {("source:order_items", "join:1"), ("source:t_ord_hdr", "join:1"),
              ("join:1", "filter"), ("filter", "aggregate"),
              ("aggregate", "target:monthly_revenue_by_channel")}
assert want_edges == set(edges), sorted(edges)
assert edges[("source:t_ord_hdr", "join:1")]["label"] == "order_items.ord_id = t_ord_hdr.ord_id", edges
assert "period, channel, revenue" in edges[("aggregate", "target:monthly_revenue_by_channel")]["label"]
assert "t_ord_hdr.status NOT IN ('cancelled')" in nodes["filter"]["label"], nodes["filter"]
agg = nodes["aggregate"]["label"]
assert "grain: month of t_ord_hdr.created_at" in agg and "by t_ord_hdr.channel" in agg, agg
assert "sum(order_items.line_total) AS revenue" in agg, agg
assert nodes["target:monthly_revenue_by_channel"]["shape"] == "cylinder"
# laid out by Graphviz: every node has a position
assert all("pos" in a for a in nodes.values()), nodes
PY

# --- svg, by the real Graphviz, through --out
"$BIN" run show "$RUN" --graph svg --out "$T/g.svg" >"$T/svg.out" 2>"$T/svg.err" </dev/null \
	&& grep -q "wrote [0-9]* bytes of svg" "$T/svg.out" && ok || bad "svg: $(cat "$T/svg.out" "$T/svg.err")"
python3 - "$T/g.svg" <<'PY' && ok || bad "svg content: $(head -c 2000 "$T/g.svg")"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = {"s": "http://www.w3.org/2000/svg"}
assert root.tag.endswith("svg")
titles = {}
for g in root.iter("{http://www.w3.org/2000/svg}g"):
    t = g.find("s:title", ns)
    if t is not None:
        titles.setdefault(g.get("class"), set()).add(t.text)
assert {"source:order_items", "source:t_ord_hdr", "join:1", "filter", "aggregate",
        "target:monthly_revenue_by_channel"} <= titles["node"], titles
assert "source:t_ord_hdr->join:1" in titles["edge"] and "aggregate->target:monthly_revenue_by_channel" in titles["edge"], titles
texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
assert "order_items.ord_id = t_ord_hdr.ord_id" in texts and "sum(order_items.line_total) AS revenue" in texts, texts
PY

# --- png, and the usage errors
"$BIN" run show "$RUN" --graph png --out "$T/g.png" >/dev/null 2>"$T/png.err" </dev/null
head -c 8 "$T/g.png" 2>/dev/null | od -An -tx1 | tr -d ' \n' | grep -q "^89504e470d0a1a0a$" && ok || bad "png: $(cat "$T/png.err")"
"$BIN" run show "$RUN" --graph png >/dev/null 2>"$T/e1" </dev/null
[ $? -eq 2 ] && grep -q "needs --out" "$T/e1" && ok || bad "png without --out: $(cat "$T/e1")"
"$BIN" run show "$RUN" --graph gif >/dev/null 2>"$T/e2" </dev/null
[ $? -eq 2 ] && ok || bad "unknown format: $(cat "$T/e2")"
# the stored run is the source: --json of run show carries the plan it drew
"$BIN" run show "$RUN" --json >"$T/show.json" 2>/dev/null </dev/null
python3 -c "
import json,sys; r=json.load(open(sys.argv[1]))
assert r['spec']['target_table']=='monthly_revenue_by_channel' and r['analysis']['joins'][0]['on']==['order_items.ord_id = t_ord_hdr.ord_id'], r.get('spec')" "$T/show.json" && ok || bad "run show --json: spec/analysis"

echo "$((n - fails)) passed, $fails failed"
[ $fails -eq 0 ]
