#!/usr/bin/env python3
"""`sextant llm ping|chat` end to end against the OpenAI fixture server.

Usage: cli_llm.py SEXTANT_BINARY SOURCE_DIR

Checks: chat streams (text and JSON), reasoning is dimmed on a terminal
only, ping reports and diagnoses the common failures, the builtin
provider is selectable and says it is no model, and the API key never
appears in any output, in the log file or in any workspace file, while
the fixture's record proves it was sent in the Authorization header.
"""
import json
import os
import pty
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time

BIN, SRC = sys.argv[1], sys.argv[2]
FIXTURE = os.path.join(SRC, "tests", "fixtures", "openai_fixture.py")
PY = "/usr/bin/python3" if os.access("/usr/bin/python3", os.X_OK) else sys.executable
KEY = "sk-cli-SECRET-9f8e7d6c5b4a3210"
failures = []
outputs = []  # every stdout/stderr we saw, for the key check


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


class Fixture:
    def __init__(self, script):
        self.dir = tempfile.mkdtemp(prefix="sxcli-fix-")
        self.record = os.path.join(self.dir, "requests.jsonl")
        path = os.path.join(self.dir, "script.json")
        with open(path, "w") as f:
            json.dump(script, f)
        port_file = os.path.join(self.dir, "port")
        self.proc = subprocess.Popen([PY, FIXTURE, "--script", path, "--port-file", port_file,
                                      "--record", self.record], stdout=subprocess.DEVNULL)
        for _ in range(500):
            if os.path.exists(port_file):
                break
            time.sleep(0.02)
        with open(port_file) as f:
            self.port = int(f.read())
        self.url = "http://127.0.0.1:%d/v1" % self.port

    def requests(self):
        if not os.path.exists(self.record):
            return []
        with open(self.record) as f:
            return [json.loads(l) for l in f if l.strip()]

    def stop(self):
        self.proc.terminate()
        self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


TMP = tempfile.mkdtemp(prefix="sxcli-llm-")
ENV = dict(os.environ)
for k in list(ENV):
    if k.lower().endswith("_proxy") or k.startswith("SEXTANT_") or k.startswith("OPENAI_"):
        del ENV[k]
ENV.update({"SEXTANT_LOG": os.path.join(TMP, "sextant.log"),
            "SEXTANT_WORKSPACE": os.path.join(TMP, "ws"),
            "XDG_CONFIG_HOME": os.path.join(TMP, "cfg"),
            "XDG_DATA_HOME": os.path.join(TMP, "data"),
            "SEXTANT_API_KEY": KEY})
ENV.pop("NO_COLOR", None)


def sx(*args, env=None):
    p = subprocess.run([BIN] + list(args), capture_output=True, text=True,
                       env=env or ENV, timeout=60)
    outputs.append(p.stdout)
    outputs.append(p.stderr)
    return p


def sx_tty(*args):
    """Runs with stdout on a pseudo-terminal; returns (rc, output)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(BIN, [BIN] + list(args), ENV)
    out = b""
    while True:
        r, _, _ = select.select([fd], [], [], 30)
        if not r:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    text = out.decode("utf-8", "replace")
    outputs.append(text)
    return os.waitstatus_to_exitcode(status), text


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# ------------------------------------------------------------------ chat
fx = Fixture({"chat": {"text": "Hello from the fixture, мир!", "reasoning": "pondering",
                       "chunk_chars": 5}, "model_ids": ["fixture-model", "other-model"]})
try:
    p = sx("llm", "chat", "say hello", "--base-url", fx.url, "--model", "fixture-model",
           "--no-cache")
    check(p.returncode == 0, "chat exits 0 (%d: %s)" % (p.returncode, p.stderr))
    check("Hello from the fixture, мир!" in p.stdout, "chat streams the text to stdout")
    check("pondering" in p.stdout, "chat shows the reasoning")
    check("\033[" not in p.stdout, "no escape codes when stdout is not a terminal")
    check("fixture-model" in p.stderr and "stop" in p.stderr, "chat ends with a status line")

    rc, text = sx_tty("llm", "chat", "say hello", "--base-url", fx.url, "--model",
                      "fixture-model", "--no-cache")
    check(rc == 0, "chat on a terminal exits 0")
    # pieces of 5 characters, each wrapped in dim ... reset
    check("\033[2mponde\033[0m\033[2mring\033[0m" in text, "reasoning is dimmed on a terminal")
    check("\033[2mHello" not in text, "the answer is not dimmed")
    check("Hello from the fixture" in text, "text on a terminal")

    p = sx("llm", "chat", "say hello", "--base-url", fx.url, "--model", "fixture-model",
           "--json", "--temperature", "0.3", "--max-tokens", "20", "--seed", "5")
    j = json.loads(p.stdout)
    check(j["text"] == "Hello from the fixture, мир!" and j["reasoning"] == "pondering",
          "chat --json carries text and reasoning")
    check(j["provider"] == "openai" and j["finish_reason"] == "stop", "chat --json result")
    body = fx.requests()[-1]["body"]
    check(body["temperature"] == 0.3 and body["max_tokens"] == 20 and body["seed"] == 5,
          "chat options are sent")
    # the same request again is answered from the workspace cache
    p = sx("llm", "chat", "say hello", "--base-url", fx.url, "--model", "fixture-model",
           "--json", "--temperature", "0.3", "--max-tokens", "20", "--seed", "5")
    check(json.loads(p.stdout)["from_cache"] is True, "second identical chat is a cache hit")
    n_before = len(fx.requests())

    # ------------------------------------------------------------- ping
    p = sx("llm", "ping", "--json", "--base-url", fx.url, "--model", "fixture-model")
    check(p.returncode == 0, "ping ok exits 0 (%s)" % p.stderr)
    j = json.loads(p.stdout)
    check(j["ok"] is True and j["key_source"] == "SEXTANT_API_KEY", "ping --json reports ok")
    check([m["id"] for m in j["models"]] == ["fixture-model", "other-model"], "ping lists models")
    check("ttft_ms" in j["completion"]["timings"] and "models_latency_ms" in j,
          "ping measures latency and time to first token")
    check(len(fx.requests()) == n_before + 2, "ping sends models + one completion")
    check(fx.requests()[-1]["body"]["max_tokens"] == 16, "ping's completion is tiny")

    p = sx("llm", "ping", "--base-url", fx.url, "--model", "missing-model")
    check(p.returncode == 1 and "is not among" in p.stderr and "other-model" in p.stderr,
          "ping: model not found names the served models")
    p = sx("llm", "ping", "--base-url", fx.url.replace("/v1", ""), "--model", "fixture-model")
    check(p.returncode == 1 and "/v1" in p.stderr and "404" in p.stderr,
          "ping: wrong base URL suggests /v1")
    p = sx("llm", "ping", "--base-url", "http://127.0.0.1:%d/v1" % free_port())
    check(p.returncode == 1 and "cannot connect" in p.stderr, "ping: connection refused")
    p = sx("llm", "ping", "--json", "--base-url", "https://127.0.0.1:%d/v1" % fx.port)
    check(p.returncode == 1 and "TLS" in json.loads(p.stdout)["error"],
          "ping: a TLS failure is named as such (%s)" % p.stdout)
finally:
    fx.stop()

# a server without /models: ping still tests the completion
fx = Fixture({"models": {"status": 404, "body": {"error": {"message": "Not Found"}}},
              "chat": {"text": "pong"}})
try:
    p = sx("llm", "ping", "--json", "--base-url", fx.url, "--model", "m")
    j = json.loads(p.stdout) if p.stdout else {}
    check(p.returncode == 0 and j.get("ok") is True and "models_error" in j
          and j["completion"]["text"] == "pong", "ping works where /models is missing")
finally:
    fx.stop()

# the endpoint refuses the key and echoes it back
fx = Fixture({"models": {"status": 401, "echo_auth": True},
              "chat": {"status": 401, "echo_auth": True}})
try:
    p = sx("llm", "ping", "--base-url", fx.url, "--model", "m")
    check(p.returncode == 1 and "refused the API key" in p.stderr
          and "SEXTANT_API_KEY" in p.stderr, "ping: 401 is diagnosed (%s)" % p.stderr)
    p = sx("llm", "chat", "hi", "--base-url", fx.url, "--model", "m", "--json")
    check(p.returncode == 1 and json.loads(p.stdout)["code"] == "auth", "chat: 401 --json")
    reqs = fx.requests()
    check(all(r["headers"].get("Authorization") == "Bearer " + KEY for r in reqs),
          "the key is sent in the Authorization header")
    check(all(KEY not in json.dumps(r["body"]) for r in reqs), "the key is in no request body")
finally:
    fx.stop()

# -------------------------------------------------------------- builtin
p = sx("llm", "chat", "hello", "--provider", "builtin")
check(p.returncode == 0 and p.stdout.startswith("[builtin provider] No language model"),
      "builtin provider answers honestly")
check("docs/llm.md" in p.stdout, "builtin answer points at docs/llm.md")
p = sx("llm", "chat", "hello", "--json")  # nothing configured at all
j = json.loads(p.stdout)
check(j["provider"] == "builtin" and j["finish_reason"] == "no_model"
      and j["usage"]["reported"] is False, "no endpoint configured selects builtin")
p = sx("llm", "ping", "--json", "--provider", "builtin")
check(json.loads(p.stdout)["provider"] == "builtin", "ping on builtin says so")

# -------------------------------------------------------------- usage
p = sx("llm", "usage", "--json")
j = json.loads(p.stdout)
check(j["requests"] >= 4 and j["cache"]["hits"] >= 1, "usage is recorded in the workspace")

# -------------------------------------------------------------- the key stays secret
for o in outputs:
    check(KEY not in o and KEY[8:24] not in o, "no output shows the key")
for root, _, files in os.walk(TMP):
    for name in files:
        with open(os.path.join(root, name), "rb") as f:
            data = f.read()
        check(KEY.encode() not in data and KEY[8:24].encode() not in data,
              "the key is not in %s" % os.path.relpath(os.path.join(root, name), TMP))
check(os.path.getsize(os.path.join(TMP, "sextant.log")) > 0, "the log was written")
check(os.path.exists(os.path.join(TMP, "ws", "workspace.db")), "the workspace was written")

shutil.rmtree(TMP, ignore_errors=True)
if failures:
    print("%d check(s) failed" % len(failures))
    sys.exit(1)
print("all llm CLI checks passed")
