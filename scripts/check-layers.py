#!/usr/bin/env python3
# check-layers.py: the house rules the compiler cannot see (run by `make check-layers`).
#   1. only store/ touches SQLite: no other room includes <sqlite3.h> or names a sqlite3 symbol;
#   2. no two files include each other (no include cycle among the rooms' files);
#   3. no source file of a room is over 600 lines;
#   4. no two rooms have a header of the same name (an include names one file).
# Usage: check-layers.py ROOM... [--pending FILE...]: pending files (being split on other
# branches) are reported but do not fail the check.
import os
import re
import sys

MAX_LINES = 600

args = sys.argv[1:]
pending = set()
if "--pending" in args:
    i = args.index("--pending")
    pending = set(args[i + 1:])
    args = args[:i]
rooms = args

files = []
for r in rooms:
    for name in sorted(os.listdir(r)):
        if name.endswith((".c", ".h")):
            files.append(os.path.join(r, name))

problems, notes = [], []
sql = re.compile(r"#\s*include\s*<sqlite3\.h>|\bsqlite3(_\w+)?\b")
inc = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
by_name = {}
for f in files:
    by_name.setdefault(os.path.basename(f), []).append(f)

for name, where in sorted(by_name.items()):
    if name.endswith(".h") and len(where) > 1:
        problems.append(f"header {name} in more than one room: {', '.join(where)}")

graph = {}
for f in files:
    text = open(f, encoding="utf-8", errors="replace").read()
    room = f.split("/")[0]
    # comments may name sqlite3: look at code only
    code = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    code = re.sub(r'"(\\.|[^"\\])*"', '""', code)
    if room != "store" and sql.search(code):
        (notes if f in pending else problems).append(f"{f}: uses SQLite outside store/")
    n = text.count("\n")
    if n > MAX_LINES:
        (notes if f in pending else problems).append(f"{f}: {n} lines (more than {MAX_LINES})")
    graph[f] = []
    for h in inc.findall(text):
        for g in by_name.get(os.path.basename(h), []):
            graph[f].append(g)

# include cycles: depth-first search over the include graph
state, stack = {}, []


def visit(f):
    state[f] = 1
    stack.append(f)
    for g in graph.get(f, []):
        if state.get(g) == 1:
            problems.append("include cycle: " + " -> ".join(stack[stack.index(g):] + [g]))
        elif not state.get(g):
            visit(g)
    stack.pop()
    state[f] = 2


for f in files:
    if not state.get(f):
        visit(f)

for n in notes:
    print(f"check-layers: pending (being split elsewhere): {n}")
for p in problems:
    print(f"check-layers: {p}")
sys.exit(1 if problems else 0)
