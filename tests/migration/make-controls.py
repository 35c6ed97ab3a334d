#!/usr/bin/env python3
# make-controls.py: the synthetic migration controls, made from the real record
# tests/data/qemu-8.2.2/pc-q35-5.0 by one edit each (run from this folder; the
# outputs are committed, this says how they were made).
#   grow/    mc146818rtc's cmos_index is sent as 2 bytes instead of 1
#   newsub/  mc146818rtc sends a subsection "mc146818rtc/synthetic" no release knows
#   minver/  mc146818rtc is version 4 with minimum_version_id 4 (was 3 and 1)
import gzip, json, os

SRC = "../data/qemu-8.2.2/pc-q35-5.0"

def load(name):
    with gzip.open(os.path.join(SRC, name), "rt") as f:
        return json.load(f)

def save(case, name, doc):
    os.makedirs(case, exist_ok=True)
    with gzip.GzipFile(os.path.join(case, name), "wb", mtime=0) as f:
        f.write(json.dumps(doc, indent=1, sort_keys=True).encode())

def rtc(vmdesc):
    return next(d for d in vmdesc["vmdesc"]["devices"] if d["name"] == "mc146818rtc")

def copy_vmstate(case):
    save(case, "vmstate.json.gz", load("vmstate.json.gz"))

d = load("migration-vmdesc.json.gz")
next(f for f in rtc(d)["fields"] if f["name"] == "cmos_index")["size"] = 2
save("grow", "migration-vmdesc.json.gz", d)
copy_vmstate("grow")

d = load("migration-vmdesc.json.gz")
rtc(d)["subsections"] = [{"vmsd_name": "mc146818rtc/synthetic", "version": 1,
                          "fields": [{"name": "flag", "size": 1, "type": "uint8"}]}]
save("newsub", "migration-vmdesc.json.gz", d)
copy_vmstate("newsub")

d = load("migration-vmdesc.json.gz")
rtc(d)["version"] = 4
save("minver", "migration-vmdesc.json.gz", d)
v = load("vmstate.json.gz")
v["mc146818rtc"]["version_id"] = v["mc146818rtc"]["Description"]["version_id"] = 4
v["mc146818rtc"]["minimum_version_id"] = v["mc146818rtc"]["Description"]["minimum_version_id"] = 4
save("minver", "vmstate.json.gz", v)
