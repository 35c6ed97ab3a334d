#!/usr/bin/env python3
"""mkcorpus.py: write the fuzz seed corpus (tests/fuzz/corpus/) from the real inputs in tests/data.

Every seed is a copy or a cut-down of a real file: the cut-downs keep the
structure (the first devices, sections or machine types) and stay small so
that libFuzzer's mutations land in the code, not in bulk.  Run from anywhere;
it rewrites corpus/ whole.  Reproducers of bugs live in regressions/ and are
never touched here.
"""
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(TOP, "tests", "data")
GOLDEN_IN = os.path.join(TOP, "tests", "golden", "inputs")
OUT = os.path.join(HERE, "corpus")

# (release, machine type) pairs the seeds come from: old and new, i440fx and q35
PICKS = [("qemu-5.0.0", "pc-i440fx-5.0"), ("qemu-8.2.2", "pc-q35-5.0"), ("qemu-7.2.22", "pc-q35-2.11")]


def mdir(rel, mach):
    return os.path.join(DATA, rel, mach)


def load(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rb") as f:
        return json.loads(f.read())


def dumps(o):
    return json.dumps(o, indent=1).encode()


def write(kind, name, data):
    d = os.path.join(OUT, kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def gz(data):
    return gzip.compress(data, mtime=0)


def cut_qom(doc, n):
    """/machine and the first n objects that have properties."""
    keep = {"/machine": doc["/machine"]}
    for k, v in doc.items():
        if len(keep) > n:
            break
        if isinstance(v, dict) and v.get("props"):
            keep[k] = v
    return keep


def cut_qmp(doc, machine, n):
    out = {}
    for k, v in doc.items():
        if k.startswith("hmp:"):
            continue
        if k == "query-machines":
            ret = v["return"]
            sel = [m for m in ret if m.get("name") == machine] + [m for m in ret if m.get("name") != machine][:n]
            v = dict(v, **{"return": sel})
        out[k] = v
    return out


def cut_dict(doc, n, first=()):
    out = {k: doc[k] for k in first if k in doc}
    for k, v in doc.items():
        if len(out) >= n + len(first):
            break
        out.setdefault(k, v)
    return out


def cut_vmdesc(doc, n):
    out = dict(doc)
    vd = dict(doc["vmdesc"])
    vd["devices"] = vd["devices"][:n]
    out["vmdesc"] = vd
    return out


GUEST_SKIP = ("proc/", "dmi/id/", "dmesg.txt")


def guest_files(rel, mach, acpi=False):
    root = os.path.join(mdir(rel, mach), "guest")
    files = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            r = os.path.relpath(p, root)
            if r.startswith(GUEST_SKIP) or (r.startswith("acpi/") and not acpi):
                continue
            with open(p, "rb") as f:
                files[r] = f.read()
    return dict(sorted(files.items()))


def frame(files):
    """fuzz-guest's framing: "@@ path\\n" before each file."""
    out = b""
    for i, (p, data) in enumerate(files.items()):
        out += (b"" if i == 0 else b"\n") + b"@@ " + p.encode() + b"\n" + data
    return out


def b64(data):
    import base64
    return base64.b64encode(data).decode()


def v1(rel, mach, sections):
    rj = load(os.path.join(DATA, rel, "release.json"))
    return {"format": "abidb-dump", "version": 1,
            "qemu": {"version": rj["release"], "package": rj.get("package", ""), "stream": rj.get("stream", "upstream")},
            "machine": {"name": mach, "arch": "x86_64"},
            "collector": {"name": "mkcorpus", "version": "1", "when": "2026-01-01T00:00:00Z"},
            "sections": sections}


def main():
    shutil.rmtree(OUT, ignore_errors=True)

    # ---- fuzz-input: upload bodies ----
    for rel, mach in PICKS:
        tag = "%s-%s" % (rel[5:], mach)
        d = mdir(rel, mach)
        qmp = cut_qmp(load(os.path.join(d, "qmp-misc.json")), mach, 3)
        qom = cut_qom(load(os.path.join(d, "qom.json")), 25)
        vm = cut_dict(load(os.path.join(d, "vmstate.json.gz")), 12, first=("vmschkmachine",))
        vd = cut_vmdesc(load(os.path.join(d, "migration-vmdesc.json.gz")), 10)
        write("fuzz-input", "qmp-%s.json" % tag, dumps(qmp))
        write("fuzz-input", "qom-%s.json" % tag, dumps(qom))
        write("fuzz-input", "vmstate-%s.json" % tag, dumps(vm))
        write("fuzz-input", "vmdesc-%s.json.gz" % tag, gz(dumps(vd)))
        guest = guest_files(rel, mach)
        small_guest = {p: v for p, v in guest.items() if not p.startswith("fw_cfg/raw/") or len(v) < 600}
        doc = v1(rel, mach, {"qmp": cut_qmp(qmp, mach, 1), "qom": cut_qom(qom, 6),
                             "vmstate": cut_dict(vm, 3, first=("vmschkmachine",)),
                             "vmdesc": cut_vmdesc(vd, 3),
                             "guest": {p: b64(v) for p, v in small_guest.items()}})
        write("fuzz-input", "v1-%s.json" % tag, dumps(doc))
    rel, mach = PICKS[1]
    # a gzipped vmstate as QEMU's -dump-vmstate wrote it, header first
    vm = cut_dict(load(os.path.join(mdir(rel, mach), "vmstate.json.gz")), 4, first=("vmschkmachine",))
    write("fuzz-input", "vmstate-small.json.gz", gz(json.dumps(vm, indent=4).encode()))
    # v1 with ACPI tables (the plain regression run decodes them through iasl)
    acpi = {p: b64(v) for p, v in guest_files(rel, mach, acpi=True).items() if p.startswith("acpi/") and len(v) < 300}
    acpi["cpuinfo.txt"] = b64(open(os.path.join(mdir(rel, mach), "guest", "cpuinfo.txt"), "rb").read())
    write("fuzz-input", "v1-guest-acpi.json.gz", gz(dumps({"format": "abidb-dump", "version": 1,
          "qemu": {"version": "8.2.2"}, "machine": {"name": mach}, "sections": {"guest": acpi}})))
    # the golden tests' small error inputs, as they are
    for n in sorted(os.listdir(GOLDEN_IN)):
        p = os.path.join(GOLDEN_IN, n)
        if os.path.getsize(p) < 4096:
            shutil.copy(p, os.path.join(OUT, "fuzz-input", "golden-" + n))
    shutil.copy(os.path.join(DATA, rel, "release.json"), os.path.join(OUT, "fuzz-input", "release.json"))

    # ---- fuzz-guest: guest folders in one file ----
    for rel, mach in PICKS:
        tag = "%s-%s" % (rel[5:], mach)
        files = guest_files(rel, mach)
        write("fuzz-guest", "all-%s" % tag, frame(files))
        by = {"pci": lambda p: p.startswith("pci/"), "smbios": lambda p: p.startswith("dmi/"),
              "fwcfg": lambda p: p.startswith("fw_cfg/") and (p.endswith(".txt") or p.endswith(".sha256")
                                                             or len(files[p]) < 64)}
        for name, keep in by.items():
            write("fuzz-guest", "%s-%s" % (name, tag), frame({p: v for p, v in files.items() if keep(p)}))
    files = guest_files(*PICKS[1])
    write("fuzz-guest", "cpuinfo", files["cpuinfo.txt"])	# no framing: all of it is cpuinfo.txt
    write("fuzz-guest", "memmap", frame({"memmap.json": files["memmap.json"]}))

    # ---- fuzz-acpi: one table each, distinct bytes ----
    seen = set()
    for rel, mach in PICKS:
        for p, data in guest_files(rel, mach, acpi=True).items():
            if not p.startswith("acpi/"):
                continue
            h = hashlib.sha256(data).hexdigest()
            if h in seen:
                continue
            seen.add(h)
            write("fuzz-acpi", "%s-%s-%s" % (os.path.basename(p)[:-4], rel[5:], mach), data)

    # a real MCFG with its allocation repeated to 28 KB: field names repeated 1789 times
    # (issue 12: names_unique() was cubic in them; a time limit per input guards it)
    mcfg = guest_files("qemu-8.2.2", "pc-q35-5.0", acpi=True)["acpi/MCFG.bin"]
    n = (28 * 1024 - 44) // 16
    big = bytearray(mcfg[:44] + mcfg[44:60] * n)
    big[4:8] = len(big).to_bytes(4, "little")
    big[9] = 0
    big[9] = (-sum(big)) & 0xff
    write("fuzz-acpi", "MCFG-repeated-28k", bytes(big))

    # ---- fuzz-acpi-dsl: iasl's disassembly of those tables ----
    if not shutil.which("iasl"):
        print("mkcorpus: no iasl: corpus/fuzz-acpi-dsl/ not written")
        return
    with tempfile.TemporaryDirectory() as tmp:
        names = sorted(n for n in os.listdir(os.path.join(OUT, "fuzz-acpi")) if "repeated" not in n)
        for n in names:
            shutil.copy(os.path.join(OUT, "fuzz-acpi", n), os.path.join(tmp, n + ".dat"))
        for n in names:	# one at a time: a batch may stop at a table
            subprocess.run(["iasl", "-d", n + ".dat"], cwd=tmp,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for n in names:
            with open(os.path.join(tmp, n + ".dsl"), "rb") as f:
                write("fuzz-acpi-dsl", n + ".dsl", f.read())


if __name__ == "__main__":
    main()
