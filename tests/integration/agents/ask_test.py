#!/usr/bin/env python3
"""ask_test.py SEXTANT DEMO_SQLITE - `generate --ask` on the demo warehouse:
the planner's questions asked on a terminal (a real pseudo-terminal, the
process's controlling terminal and stdin; stdout to a file for the JSON).

  1. "monthly revenue by customer": the measure question, numbered choices
     on the terminal; a wrong answer is asked again, then "2" picks
     t_ord_hdr.total_amount: the SELECT uses it, recorded as the user's;
  2. "monthly payments amount": the time column question; "2" picks
     payments.paid_at;
  3. the same with Enter alone: the default, recorded as the user's;
  4. no terminal at all (a new session, stdin from /dev/null): --ask says
     so and the defaults are taken at once ("default").
"""
import json
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BIN, DEMO = sys.argv[1], sys.argv[2]
T = tempfile.mkdtemp(prefix="sxask.")
env = dict(os.environ, SEXTANT_WORKSPACE=os.path.join(T, "ws"), HOME=T,
           XDG_CONFIG_HOME=os.path.join(T, "cfg"), XDG_DATA_HOME=os.path.join(T, "data"),
           SEXTANT_LOG=os.path.join(T, "sextant.log"))
for k in ("SEXTANT_CONFIG", "SEXTANT_LLM_BASE_URL", "OPENAI_BASE_URL", "SEXTANT_LLM_MODEL",
          "SEXTANT_LLM_PROVIDER"):
    env.pop(k, None)
fails = 0


def check(cond, msg):
    global fails
    if not cond:
        fails += 1
        print("FAIL: " + msg, file=sys.stderr)


def on_pty(argv, answers, out_path, limit=120):
    """Runs argv with stdin and stderr on a new pseudo-terminal (its
    controlling terminal), stdout to out_path. Each time the terminal shows
    the prompt "choose 1-", the next answer is typed. Returns (exit status,
    what the terminal showed)."""
    pid, fd = pty.fork()
    if pid == 0:
        o = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(o, 1)
        os.execve(argv[0], argv, env)
    seen, typed, end = b"", 0, time.time() + limit
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                data = os.read(fd, 4096)
            except OSError:
                break
            if not data:
                break
            seen += data
        if seen.count(b"choose 1-") > typed and typed < len(answers):
            os.write(fd, answers[typed].encode() + b"\r")
            typed += 1
    else:
        os.kill(pid, signal.SIGKILL)
    _, st = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(st), seen.decode("utf-8", "replace")


def result(path):
    with open(path) as f:
        return json.load(f)


def select_sql(r):
    return [a for a in r["artifacts"] if a["kind"] == "select_sql"][0]["content"]


try:
    subprocess.run([BIN, "analyze", DEMO], env=env, check=True, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    # --- 1. the measure: a wrong answer, then 2
    out = os.path.join(T, "g1.json")
    rc, tty = on_pty([BIN, "generate", "monthly revenue by customer", "--provider", "builtin",
                      "--ask", "--json", "--events", "none"], ["7", "2"], out)
    check(rc == 0, "run 1 exit %d: %s" % (rc, tty[-2000:]))
    check("which measure?" in tty and "1) sum:order_items.line_total  (default)" in tty
          and "2) sum:t_ord_hdr.total_amount" in tty and "3) sum:t_ord_hdr.items_amount" in tty,
          "run 1 choices: " + tty[-2000:])
    check("not a choice: type a number from 1 to 3" in tty, "run 1 wrong answer: " + tty[-2000:])
    check("picked sum:t_ord_hdr.total_amount" in tty, "run 1 pick: " + tty[-2000:])
    if rc == 0:
        r = result(out)
        a = r["ambiguities"]
        check(len(a) == 1 and a[0]["kind"] == "measure" and a[0]["how"] == "user"
              and a[0]["chosen"] == 1, "run 1 recorded: %s" % a)
        check("total_amount" in select_sql(r) and "line_total" not in select_sql(r),
              "run 1 SELECT: " + select_sql(r))

    # --- 2. the time column: 2 picks paid_at
    out = os.path.join(T, "g2.json")
    rc, tty = on_pty([BIN, "generate", "monthly payments amount", "--provider", "builtin",
                      "--ask", "--json", "--events", "none"], ["2"], out)
    check(rc == 0, "run 2 exit %d: %s" % (rc, tty[-2000:]))
    check("which time column?" in tty and "1) payments.created_at  (default)" in tty
          and "2) payments.paid_at" in tty and "updated_at" not in tty.split("which time")[1],
          "run 2 choices: " + tty[-2000:])
    if rc == 0:
        r = result(out)
        a = r["ambiguities"]
        check(len(a) == 1 and a[0]["kind"] == "time" and a[0]["how"] == "user"
              and a[0]["chosen_option"] == "payments.paid_at", "run 2 recorded: %s" % a)
        check(r["plan"]["spec"]["time"]["column"] == "paid_at", "run 2 plan: %s" % r["plan"]["spec"]["time"])
        check('"paid_at"' in select_sql(r), "run 2 SELECT: " + select_sql(r))

    # --- 3. Enter alone: the default, the user's answer
    out = os.path.join(T, "g3.json")
    rc, tty = on_pty([BIN, "generate", "monthly payments amount", "--provider", "builtin",
                      "--ask", "--json", "--events", "none"], [""], out)
    check(rc == 0, "run 3 exit %d: %s" % (rc, tty[-2000:]))
    if rc == 0:
        a = result(out)["ambiguities"]
        check(a[0]["how"] == "user" and a[0]["chosen"] == 0, "run 3 recorded: %s" % a)

    # --- 4. no terminal: said, and the defaults at once
    p = subprocess.run([BIN, "generate", "monthly revenue by customer", "--provider", "builtin",
                        "--ask", "--json", "--events", "none"], env=env, stdin=subprocess.DEVNULL,
                       capture_output=True, text=True, start_new_session=True, timeout=120)
    check(p.returncode == 0, "run 4 exit %d: %s" % (p.returncode, p.stderr[-2000:]))
    check("generate --ask: no terminal to ask on" in p.stderr, "run 4 stderr: " + p.stderr[-2000:])
    if p.returncode == 0:
        a = json.loads(p.stdout)["ambiguities"]
        check(len(a) == 1 and a[0]["how"] == "default" and a[0]["chosen"] == 0,
              "run 4 recorded: %s" % a)
finally:
    shutil.rmtree(T, ignore_errors=True)

print("ask: %d failure(s)" % fails)
sys.exit(1 if fails else 0)
