#!/usr/bin/env python3
"""bench_agents_run.py SEXTANT DEMO_SQLITE FIXTURE_DIR [RATE_MS=20] [RUNS=5]

A whole model-mode run against its critical path (label bench; prints,
asserts nothing about time). The OpenAI fixture server streams every
agent's answer at a fixed rate (one chunk every RATE_MS, a fixed number
of chunks per agent: tests/fixtures/agent_scripts.py bench), so the
steps take known model time. For each run of `sextant generate` in model
mode on the demo:

  critical path  the longest dependency chain of the plan's step
                 durations (plan.steps: ms, depends_on), as the run
                 measured them
  serial sum     all step durations added (what one worker would take)
  run total      the engine's own wall time (timings.total: the plan,
                 the iterations, the history writes)
  process wall   the command from start to exit (workspace, search
                 index, output)

and prints run total / critical path (the goal: within 10%, so that the
SQL Expert and the Python Coder, which both wait for the Schema Analyst,
really run at the same time), with the medians over RUNS.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def critical_path(steps):
    by_id = {s["id"]: s for s in steps}
    memo = {}

    def longest(i):
        if i not in memo:
            s = by_id[i]
            memo[i] = s["ms"] + max([longest(d) for d in s.get("depends_on", [])] or [0])
        return memo[i]

    ends = {i: longest(i) for i in by_id}
    last = max(ends, key=ends.get)
    chain = [last]
    while by_id[chain[-1]].get("depends_on"):
        chain.append(max(by_id[chain[-1]]["depends_on"], key=lambda d: memo[d]))
    return ends[last], list(reversed(chain))


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, demo, fixdir = sys.argv[1:4]
    rate = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    tmp = tempfile.mkdtemp(prefix="sxbenchrun.")
    env = dict(os.environ, SEXTANT_WORKSPACE=tmp + "/ws", XDG_CONFIG_HOME=tmp + "/cfg",
               XDG_DATA_HOME=tmp + "/data", HOME=tmp, SEXTANT_LOG="/dev/null",
               OPENAI_API_KEY="sk-bench")
    for k in ("SEXTANT_CONFIG", "SEXTANT_LLM_BASE_URL", "OPENAI_BASE_URL", "SEXTANT_LLM_MODEL",
              "SEXTANT_LLM_PROVIDER"):
        env.pop(k, None)
    fix = None
    try:
        subprocess.run([binary, "analyze", demo], env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        script = tmp + "/script.json"
        with open(script, "w") as f:
            subprocess.run([sys.executable, fixdir + "/agent_scripts.py", "bench", str(rate)],
                           stdout=f, check=True)
        port_file = tmp + "/port"
        fix = subprocess.Popen([sys.executable, fixdir + "/openai_fixture.py", "--script", script,
                                "--port-file", port_file], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        for _ in range(500):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.01)
        port = open(port_file).read().strip()
        rows = []
        print("model-mode run on the demo, fixture streaming one chunk every %d ms "
              "(planner 20, analyst 20, SQL 40, coder 40 chunks)" % rate)
        print("streaming alone: plan %d ms, analyse %d ms, sql %d ms, python %d ms (a step "
              "much longer than its streaming waited for something)"
              % (20 * rate, 20 * rate, 40 * rate, 40 * rate))
        for i in range(runs):
            t0 = time.monotonic()
            p = subprocess.run([binary, "generate", "daily revenue of sales into ClickHouse",
                                "--provider", "openai", "--base-url",
                                "http://127.0.0.1:%s/v1" % port, "--model", "fixture-model",
                                "--json", "--events", "none"], env=env, capture_output=True,
                               text=True, stdin=subprocess.DEVNULL)
            wall = (time.monotonic() - t0) * 1000
            r = json.loads(p.stdout)
            if r.get("status") != "done":
                sys.exit("run %d: %s %s" % (i, p.stdout[:500], p.stderr[-500:]))
            steps = r["plan"]["steps"]
            cp, chain = critical_path(steps)
            serial = sum(s["ms"] for s in steps)
            total = r["timings"]["total"]
            rows.append((cp, serial, total, wall, len(r["iterations"])))
            print("run %d: critical path %.0f ms (%s), serial sum %.0f ms, run total %.0f ms "
                  "(%.3f x critical path), process wall %.0f ms (%.3f x); steps: %s; "
                  "iterations %d" % (i + 1, cp, " -> ".join(chain), serial, total, total / cp,
                                     wall, wall / cp,
                                     ", ".join("%s %.0f" % (s["id"], s["ms"]) for s in steps),
                                     len(r["iterations"])))
        med = [statistics.median(x[k] for x in rows) for k in range(4)]
        print("median of %d: critical path %.0f ms, serial sum %.0f ms, run total %.0f ms, "
              "process wall %.0f ms" % (runs, med[0], med[1], med[2], med[3]))
        print("run total / critical path = %.3f (goal <= 1.10); process wall / critical path = "
              "%.3f; serial sum / critical path = %.3f"
              % (med[2] / med[0], med[3] / med[0], med[1] / med[0]))
    finally:
        if fix:
            fix.kill()
            fix.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
