#!/usr/bin/env python3
# static-server.py DIR: a plain static file server on 127.0.0.1, any free port, printed on the first
# line of stdout; no query-string dispatch, no ETag of ours: what a static host or CDN does.
import functools
import http.server
import sys


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):
        sys.stderr.write("static: " + (fmt % args) + "\n")


handler = functools.partial(Quiet, directory=sys.argv[1])
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
print(server.server_address[1], flush=True)
server.serve_forever()
