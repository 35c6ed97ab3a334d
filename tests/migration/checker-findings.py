#!/usr/bin/env python3
# checker-findings.py: what QEMU's scripts/vmstate-static-checker.py reports for two -dump-vmstate
# files, one finding a line: "SECTION<TAB>KIND<TAB>NAME" (NAME: a field, a subsection, or empty).
#
# With --checker FILE it runs QEMU's own script (python3) on the pair and parses what it prints;
# without, it applies the same checks itself (an independent rewrite of the script's rules: section
# missing, version and minimum version, fields in order with their sizes, descriptions and
# subsections; renames the script allows are not findings).
# usage: checker-findings.py [--checker FILE] SRC.json[.gz] DEST.json[.gz]
import gzip, json, re, subprocess, sys, tempfile

def load(path):
    with (gzip.open(path, "rt") if path.endswith(".gz") else open(path)) as f:
        return json.load(f)

out = []

def finding(sec, kind, name=""):
    out.append((sec, kind, name or ""))

def versions(s, d, sec):
    if s["version_id"] > d["version_id"]:
        finding(sec, "version")
    if "minimum_version_id" in d and s["version_id"] < d["minimum_version_id"]:
        finding(sec, "minimum-version")

def fields(src, dst, sec):
    si, di = list(src), list(dst)
    i = j = 0
    while i < len(si):
        s = si[i]
        if j >= len(di):
            finding(sec, "field-missing", s["field"])
            return
        d = di[j]
        if s["field"] != d["field"]:
            # a field moved into a new substruct keeps the wire format: look inside
            inner = d.get("Description", {}).get("Fields", [])
            if inner and inner[0]["field"] == s["field"]:
                di[j:j + 1] = inner
                continue
            inner = s.get("Description", {}).get("Fields", [])
            if inner and inner[0]["field"] == d["field"]:
                si[i:i + 1] = inner
                continue
            finding(sec, "field-order", s["field"])
            return
        versions(s, d, sec)
        if "Description" not in s and s["size"] != d["size"]:
            finding(sec, "size", s["field"])
        if "Description" in s:
            if "Description" not in d:
                finding(sec, "description", s["field"])
            else:
                description(s["Description"], d["Description"], sec)
        i += 1
        j += 1

def description(s, d, sec):
    versions(s, d, sec)
    if s["name"] != d["name"]:
        finding(sec, "description", s["name"])
        return
    fields(s.get("Fields", []), d.get("Fields", []), sec)
    for sub in s.get("Subsections", []):
        match = [x for x in d.get("Subsections", []) if x["name"] == sub["name"]]
        if not match:
            finding(sec, "subsection", sub["name"])
        for x in match:
            description(sub, x, sec)

def own(src, dst):
    for sec, s in src.items():
        if sec == "vmschkmachine":
            continue
        if sec not in dst:
            finding(sec, "section")
            continue
        d = dst[sec]
        versions(s, d, sec)
        description(s["Description"], d["Description"], sec)

# What QEMU's script prints, one message per line: 'Section "X"' ... then the finding.
PATTERNS = [
    (r'Section "([^"]+)" does not exist in dest', "section", None),
    (r'Section "([^"]+)".*minimum version error', "minimum-version", None),
    (r'Section "([^"]+)".*version error', "version", None),
    (r'Section "([^"]+)".*expected field "([^"]+)", while dest has no further fields', "field-missing", 2),
    (r'Section "([^"]+)".*expected field "([^"]+)", got', "field-order", 2),
    (r'Section "([^"]+)".*Field "([^"]+)" size mismatch', "size", 2),
    (r'Section "([^"]+)".*Subsection "([^"]+)" not found', "subsection", 2),
    (r'Section "([^"]+)".*Field "([^"]+)": missing description', "description", 2),
    (r'Section "([^"]+)".*Description "([^"]+)" missing, got', "description", 2),
]

def qemu(checker, src, dst):
    with tempfile.NamedTemporaryFile("w", suffix=".json") as a, tempfile.NamedTemporaryFile("w", suffix=".json") as b:
        json.dump(load(src), a)
        json.dump(load(dst), b)
        a.flush()
        b.flush()
        text = subprocess.run([sys.executable, checker, "-s", a.name, "-d", b.name],
                              capture_output=True, text=True).stdout
    for line in text.splitlines():
        for pat, kind, group in PATTERNS:
            m = re.search(pat, line)
            if m:
                finding(m.group(1), kind, m.group(group) if group else "")
                break

args = sys.argv[1:]
if args[:1] == ["--checker"]:
    qemu(args[1], args[2], args[3])
else:
    own(load(args[0]), load(args[1]))
for f in sorted(set(out)):
    print("\t".join(f))
