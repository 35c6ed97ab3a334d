#!/bin/bash
# fixup-verify.sh: `abidb fixup pc-q35-5.0 --from 5.0.0 --to 7.2.22 --verify --qemu BIN` on the real QEMU 7.2
# (Debian 12's qemu-system-x86, the build behind tests/data/qemu-7.2.22): it runs, the options restore what
# they set, and what stays different is only what fixup itself lists (not restorable, renamed, left out) or
# what differed before and no option targets (migration-view entries and memory-region sizes, which fixup
# derives no option from: docs/fixup.md); a refused option is reported; a version mismatch is refused.
# usage: tests/collect/fixup-verify.sh ./abidb   (prints "fixup-verify: N passed, M failed"; exit 1 on failure)
# Skipped (exit 0, with a message) without qemu-system-x86_64.  QEMU=/path picks another binary.
set -u
ABIDB=$(realpath "${1:?usage: fixup-verify.sh ABIDB}")
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../data" && pwd)
QEMU=${QEMU:-$(command -v qemu-system-x86_64 || true)}
if [ -z "$QEMU" ]; then
	echo "fixup-verify: skipped: no qemu-system-x86_64 (apt-get install qemu-system-x86)"
	exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export ABIDB_DB="$T/db.sqlite"
"$ABIDB" import -q "$DATA"/qemu-5.0.0 "$DATA"/qemu-7.2.22 "$DATA"/qemu-8.2.2 >"$T/import.log" 2>&1 ||
	{ cat "$T/import.log"; exit 1; }
"$ABIDB" note import "$HERE/../../notes/known-issues.txt" >/dev/null || exit 1
FX=(fixup pc-q35-5.0 --from 5.0.0 --to 7.2.22)
"$ABIDB" "${FX[@]}" --json >"$T/fixup.json" || exit 1
"$ABIDB" "${FX[@]}" --verify --qemu "$QEMU" --json >"$T/verify.json" 2>"$T/verify.err"
echo $? >"$T/verify.rc"
"$ABIDB" "${FX[@]}" --verify --qemu "$QEMU" --global VGA.nosuch=1 --global nodev.x=1 --json >"$T/bad.json" 2>"$T/bad.err"
echo $? >"$T/bad.rc"
"$ABIDB" fixup pc-q35-5.0 --from 5.0.0 --to 8.2.2 --verify --qemu "$QEMU" >"$T/version.out" 2>"$T/version.err"
echo $? >"$T/version.rc"
"$ABIDB" "${FX[@]}" --verify --qemu /bin/false >"$T/false.out" 2>"$T/false.err"
echo $? >"$T/false.rc"
"$ABIDB" "${FX[@]}" --verify --qemu "$QEMU" >"$T/human.out" 2>&1
echo $? >"$T/human.rc"
python3 - "$T" <<'PY'
import json, sys
t = sys.argv[1]
rd = lambda n: open("%s/%s" % (t, n)).read()
passed = failed = 0
def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: %s %s" % (name, detail), file=sys.stderr)

fx = json.loads(rd("fixup.json"))
# 1. the verified run
check("exit 1 (a residual remains)", rd("verify.rc").strip() == "1", rd("verify.rc") + rd("verify.err"))
d = json.loads(rd("verify.json"))
v = d["verify"]
check("options carried", d["options"] == fx["options"] and len(d["options"]) == 3, str(d["options"]))
check("ran", v["ran"] is True, str(v.get("error")))
check("qemu version is the target's", v["qemu"]["version"] == "7.2.22", str(v["qemu"]))
check("nothing refused", v["refused"] == [], str(v["refused"]))
restored = {r["path"]: r for r in v["restored"]}
for p in ("qom/VGA@pcie.0:01.0/xres", "qom/VGA@pcie.0:01.0/yres", "qom/machine/pit"):
    check("restored " + p, p in restored, str(sorted(restored)))
check("pit restored in 7.2's type", "OnOffAuto" in restored.get("qom/machine/pit", {}).get("why", ""),
      str(restored.get("qom/machine/pit")))
check("restored values are 5.0.0's", restored.get("qom/VGA@pcie.0:01.0/xres", {}).get("old") == "1024")
res = v["residual"]
check("a residual", len(res) > 0 and v["counts"]["residual"] == len(res))
check("no residual fixup did not foresee (missed/new)",
      v["counts"]["residual_by_origin"]["missed"] == 0 and v["counts"]["residual_by_origin"]["new"] == 0,
      str([r["path"] for r in res if r["origin"] in ("missed", "new")][:10]))
unres = [u["path"] for u in fx["unrestorable"]]
below = lambda p, q: p == q or p.startswith(q + "/")
for r in res:
    o = r["origin"]
    if o == "unrestorable":
        ok = any(below(r["path"], u) for u in unres)
    elif o == "renamed":
        ok = any(r["path"].startswith(("qom/" + x["old"] + "@", "qom/" + x["new"] + "@")) for x in fx["renamed"])
    elif o == "omitted":
        ok = r["path"] in [x["path"] for x in fx["omitted"]]
    elif o == "before":
        # what fixup derives no option from: the migration view and memory regions (docs/fixup.md)
        ok = r["path"].startswith("migration/") or "/mr:" in r["path"]
    else:
        ok = False
    check("residual %s is %s as fixup says" % (r["path"], o), ok, str(r))
check("every break fixup lists is in the residual",
      all(any(r["path"] == u["path"] for r in res) for u in fx["unrestorable"] if u["severity"] == "break"))
check("the residual has severities", all(r["severity"] in ("break", "change") for r in res))
# 2. a bad option: QEMU refuses it, it is dropped, the run goes on
check("bad option: exit 1", rd("bad.rc").strip() == "1", rd("bad.rc") + rd("bad.err"))
b = json.loads(rd("bad.json"))["verify"]
check("bad option: ran", b["ran"] is True, str(b.get("error")))
ref = {r["option"]: r for r in b["refused"]}
check("refused -global VGA.nosuch=1 with QEMU's message",
      "Property 'VGA.nosuch' not found" in ref.get("-global VGA.nosuch=1", {}).get("message", "")
      and ref["-global VGA.nosuch=1"]["fatal"] is True, str(b["refused"]))
check("a warning about -global nodev.x=1 is a refusal QEMU survived",
      "invalid class name" in ref.get("-global nodev.x=1", {}).get("message", "")
      and ref["-global nodev.x=1"]["fatal"] is False, str(b["refused"]))
check("bad option: the good options still restore", len(b["restored"]) == len(v["restored"]))
# 3. the wrong QEMU for the target release
check("version mismatch: exit 3", rd("version.rc").strip() == "3", rd("version.rc"))
e = rd("version.err")
check("version mismatch names both versions", "7.2.22" in e and "8.2.2" in e, e)
# 4. no QEMU at all
check("no QEMU: exit 3", rd("false.rc").strip() == "3", rd("false.rc") + rd("false.err"))
# 5. the human form
h = rd("human.out")
check("human: the verify section", "# verify: QEMU 7.2.22" in h and "# restored (3 of" in h and "# residual (" in h,
      h[-2000:])
print("fixup-verify: %d passed, %d failed (%d restored, %d residual: %s)" % (passed, failed, len(v["restored"]),
      len(res), ", ".join("%d %s" % (n, o) for o, n in v["counts"]["residual_by_origin"].items() if n)))
sys.exit(1 if failed else 0)
PY
