#!/usr/bin/env python3
# slowloris.py PORT N HEADER_TIMEOUT: N connections from three loopback addresses trickle their
# headers a byte a second; a client at a fourth address must be answered within 2 s, and the
# tricklers must be cut once the header timeout is past.  Prints "answered SECONDS" and
# "cut K of N"; bounded in time (at most HEADER_TIMEOUT + 8 s).
import socket, sys, time

port, n, hto = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
addrs = ["127.0.0.2", "127.0.0.3", "127.0.0.4"]
socks = []
for i in range(n):
    s = socket.socket()
    s.bind((addrs[i % 3], 0))
    s.settimeout(5)
    s.connect(("127.0.0.1", port))
    s.sendall(b"GET /api/v1/releases HTTP/1.1\r\nHost: x\r\n")
    socks.append(s)

def trickle():
    for s in socks:
        try:
            s.send(b"X")
        except OSError:
            pass

trickle()
t0 = time.monotonic()
c = socket.create_connection(("127.0.0.1", port), timeout=5, source_address=("127.0.0.5", 0))
c.sendall(b"GET /api/v1/releases HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
reply = b""
try:
    while True:
        b = c.recv(65536)
        if not b:
            break
        reply += b
except socket.timeout:
    pass
took = time.monotonic() - t0
status = reply.split(b" ", 2)[1].decode() if reply.startswith(b"HTTP/") else "none"
print("answered %s %.2f" % (status, took))

# keep trickling past the header timeout: every trickler must then be cut (EOF or reset)
deadline = time.monotonic() + hto + 6
cut = set()
while time.monotonic() < deadline and len(cut) < n:
    for i, s in enumerate(socks):
        if i in cut:
            continue
        try:
            s.send(b"X")
            s.setblocking(False)
            try:
                if s.recv(1) == b"":
                    cut.add(i)
            except BlockingIOError:
                pass
            s.setblocking(True)
        except OSError:
            cut.add(i)
    time.sleep(1)
print("cut %d of %d" % (len(cut), n))
