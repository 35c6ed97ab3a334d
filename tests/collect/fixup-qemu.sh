#!/bin/bash
# fixup-qemu.sh: the options `abidb fixup pc-q35-5.0 --from 5.0.0 --to 7.2.22` prints are accepted by the
# real QEMU 7.2 (Debian 12's qemu-system-x86, the build behind tests/data/qemu-7.2.22), started the way
# the records were made (-machine M -accel tcg -S -display none -qmp unix:SOCK), and QEMU then reports
# 5.0.0's values: each option's property, read back with qom-get, is what the fixup says.
# usage: tests/collect/fixup-qemu.sh ./abidb   (prints "fixup-qemu: N passed, M failed"; exit 1 on failure)
# Skipped (exit 0, with a message) without qemu-system-x86_64.  QEMU=/path picks another binary.
set -u
ABIDB=$(realpath "${1:?usage: fixup-qemu.sh ABIDB}")
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../data" && pwd)
QEMU=${QEMU:-$(command -v qemu-system-x86_64 || true)}
if [ -z "$QEMU" ]; then
	echo "fixup-qemu: skipped: no qemu-system-x86_64 (apt-get install qemu-system-x86)"
	exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export ABIDB_DB="$T/db.sqlite"
"$ABIDB" import -q "$DATA"/qemu-5.0.0 "$DATA"/qemu-7.2.22 >"$T/import.log" 2>&1 || { cat "$T/import.log"; exit 1; }
"$ABIDB" fixup pc-q35-5.0 --from 5.0.0 --to 7.2.22 --format json >"$T/fixup.json" || exit 1
# QEMU started with the options, asked back for every option's property; QMP over a unix socket
python3 - "$QEMU" "$T" <<'PY'
import json, os, shlex, socket, subprocess, sys, time
qemu, t = sys.argv[1], sys.argv[2]
fx = json.load(open(t + "/fixup.json"))
argv = shlex.split(fx["command_line"])
sock = t + "/qmp.sock"
cmd = [qemu, "-machine", fx["machine"], "-accel", "tcg", "-S", "-display", "none",
       "-qmp", "unix:%s,server=on,wait=off" % sock] + argv
p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
for _ in range(300):
    if os.path.exists(sock) or p.poll() is not None:
        break
    time.sleep(0.1)
passed = failed = 0
def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL: %s %s" % (name, detail), file=sys.stderr)
if p.poll() is not None:
    check("qemu accepted " + " ".join(argv), False, p.stderr.read().strip())
else:
    s = socket.socket(socket.AF_UNIX)
    s.connect(sock)
    f = s.makefile("rw")
    def qmp(cmd, **args):
        f.write(json.dumps({"execute": cmd, "arguments": args}) + "\n")
        f.flush()
        while True:
            r = json.loads(f.readline())
            if "return" in r or "error" in r:
                return r
    f.readline()
    qmp("qmp_capabilities")
    # the QOM path of the one object of each driver
    paths = {}
    def walk(path):
        for c in qmp("qom-list", path=path).get("return", []):
            if c["type"].startswith("child<"):
                paths.setdefault(c["type"][6:-1], path + "/" + c["name"])
                walk(path + "/" + c["name"])
    walk("/machine")
    for o in fx["options"]:
        path = "/machine" if o["option"] == "-machine" else paths.get(o["driver"])
        r = qmp("qom-get", path=path, property=o["property"]) if path else {"error": "no %s" % o["driver"]}
        got = r.get("return")
        want = {"bool": o["value"] == "on"}.get(o["type"], o["value"])
        if isinstance(got, int) and not isinstance(got, bool):
            got = str(got)
        check("%s %s.%s" % (o["option"], o["driver"], o["property"]), got == want, "read back %r, wanted %r" % (got, want))
    qmp("quit")
    p.wait(30)
    err = p.stderr.read()
    check("qemu said nothing (no refused or unused option)", "warning" not in err and "error" not in err, err.strip())
    check("qemu exit 0", p.returncode == 0, str(p.returncode))
check("some options to try", len(fx["options"]) > 0)
print("fixup-qemu: %d passed, %d failed (%s)" % (passed, failed, " ".join(argv)))
sys.exit(1 if failed else 0)
PY
