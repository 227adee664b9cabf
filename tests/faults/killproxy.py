#!/usr/bin/env python3
"""killproxy.py PORT_FILE TARGET_PORT SERVER_PID N - a TCP proxy for the
fault suite: forwards 127.0.0.1:<its port> to 127.0.0.1:TARGET_PORT and,
when the client sends its N-th HTTP request, kills the server (SIGKILL)
before forwarding it, so the server stops in the middle of a read. Writes
its port to PORT_FILE; exits when killed."""
import os, signal, socket, sys, threading

port_file, target, server_pid, nth = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
lock = threading.Lock()
seen = [0]


def pump(src, dst, count):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            if count:
                with lock:
                    seen[0] += data.count(b" HTTP/1.")
                    if seen[0] >= nth:
                        try:
                            os.kill(server_pid, signal.SIGKILL)
                        except ProcessLookupError:
                            pass
            dst.sendall(data)
    except OSError:
        pass
    for s in (src, dst):
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def serve(client):
    try:
        up = socket.create_connection(("127.0.0.1", target), timeout=10)
        up.settimeout(None)
    except OSError:
        client.close()
        return
    threading.Thread(target=pump, args=(client, up, True), daemon=True).start()
    threading.Thread(target=pump, args=(up, client, False), daemon=True).start()


ls = socket.socket()
ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind(("127.0.0.1", 0))
ls.listen(16)
with open(port_file + ".tmp", "w") as f:
    f.write(str(ls.getsockname()[1]))
os.rename(port_file + ".tmp", port_file)
while True:
    c, _ = ls.accept()
    serve(c)
