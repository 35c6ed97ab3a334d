#!/bin/bash
# run.sh: tests of abidb collect against a real QEMU (Debian 12's qemu-system-x86, QEMU 7.2.22, the
# build that made tests/data/qemu-7.2.22).  A repeated dump of the same binary must give the same
# facts: each collected record is diffed against the bundled one and must show 0 differences in the
# properties and migration views.  That tests the collector (same command line, same walk as the
# shared data's producer) and abidb's ignore list of volatile values.
# usage: tests/collect/run.sh ./abidb   (prints "collect: N passed, M failed"; exit 1 on any failure)
# Skipped (exit 0) only when qemu-system-x86_64 is missing and cannot be installed.
# QEMU=/path/to/qemu-system-x86_64 picks another binary; KEEP=1 keeps the scratch folder.
set -u

ABIDB=$(realpath "${1:?usage: run.sh ABIDB}")
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../data" && pwd)
BUNDLED=qemu-7.2.22
BUNDLED_RELEASE=7.2.22
MACHINES="pc-q35-4.0 pc-i440fx-4.1"
pass=0 fail=0 skip=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
expect() {	# expect NAME ACTUAL WANTED
	if [ "$2" == "$3" ]; then ok; else bad "$1: got '$2', expected '$3'"; fi
}
# jpy FILE EXPR: evaluate a Python expression on the JSON document as `j`
jpy() { python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(eval("(" + sys.argv[2] + ")"))' "$1" "$2" 2>&1; }

# Find QEMU; install Debian's package when it is missing and we may.
QEMU=${QEMU:-$(command -v qemu-system-x86_64 || true)}
if [ -z "$QEMU" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "collect: installing qemu-system-x86 (apt-get)" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -q qemu-system-x86 >/dev/null 2>&1 ||
		{ apt-get update -q >/dev/null 2>&1 && apt-get install -y -q qemu-system-x86 >/dev/null 2>&1; }
	QEMU=$(command -v qemu-system-x86_64 || true)
fi
if [ -z "$QEMU" ]; then
	echo "collect: SKIP: qemu-system-x86_64 is not installed and could not be installed" \
	     "(apt-get install qemu-system-x86)" >&2
	echo "collect: 0 passed, 0 failed, 1 skipped"
	exit 0
fi
QEMU=$(realpath "$QEMU")
# "QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)" -> 7.2.22
QVER=$("$QEMU" --version | sed -n '1s/^QEMU emulator version \([0-9.]*\).*/\1/p')

T=$(mktemp -d "${TMPDIR:-/tmp}/abidb-collect-test.XXXXXX")
DB=$T/db.sqlite
mkdir -p "$T/tmp"
cleanup() {
	[ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT
# the collector's private folders go here, so that leftovers can be seen
export TMPDIR=$T/tmp

leftovers() { ls -A "$T/tmp"; }

# --- arguments and failures ------------------------------------------------------------------------
"$ABIDB" collect >/dev/null 2>"$T/err"
expect "no arguments: exit 2" "$?" 2
"$ABIDB" collect --qemu "$QEMU" --machine pc --timeout 0 >/dev/null 2>"$T/err"
expect "--timeout 0: exit 2" "$?" 2
"$ABIDB" collect --qemu "$QEMU" --machine 'pc;x' >/dev/null 2>"$T/err"
expect "bad machine name: exit 2" "$?" 2

"$ABIDB" collect --qemu "$T/no-such-qemu" --machine pc >"$T/out" 2>"$T/err"
expect "missing binary: exit 3" "$?" 3
grep -q "cannot run '$T/no-such-qemu'" "$T/err" && ok || bad "missing binary: message: $(cat "$T/err")"
expect "missing binary: no output" "$(wc -c <"$T/out")" 0

"$ABIDB" collect --qemu "$QEMU" --machine no-such-machine-9.9 --out "$T/bad.json" 2>"$T/err"
expect "unknown machine type: exit 3" "$?" 3
grep -q "no-such-machine-9.9.*before QMP was ready.*unsupported machine type" "$T/err" && ok ||
	bad "unknown machine type: message names the step and QEMU's complaint: $(cat "$T/err")"
[ ! -e "$T/bad.json" ] && ok || bad "unknown machine type: --out file was written"
expect "unknown machine type: temp folder removed" "$(leftovers)" ""

# A "QEMU" that never opens its QMP socket: the timeout must end it, and kill it, and what it
# started (a wrapper script's child: the whole process group).
cat >"$T/hang-qemu" <<EOF
#!/bin/sh
sleep 60 &
echo \$! > "$T/hang.pid"
wait
EOF
chmod +x "$T/hang-qemu"
start=$(date +%s)
"$ABIDB" collect --qemu "$T/hang-qemu" --machine pc --timeout 2 >/dev/null 2>"$T/err"
rc=$? took=$(($(date +%s) - start))
expect "hanging qemu: exit 3" "$rc" 3
grep -q "no QMP connection within 2 s" "$T/err" && ok || bad "hanging qemu: message: $(cat "$T/err")"
[ "$took" -le 10 ] && ok || bad "hanging qemu: took ${took}s with --timeout 2"
sleep 0.2
# (a killed orphan may linger as a zombie where no init reaps it: that is dead)
alive() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null) && [ -n "$st" ] && [ "${st#Z}" = "$st" ]; }
if [ ! -s "$T/hang.pid" ]; then
	bad "hanging qemu: the fake qemu did not start"
elif alive "$(cat "$T/hang.pid")"; then
	bad "hanging qemu: process $(cat "$T/hang.pid") still runs"
	kill -KILL "$(cat "$T/hang.pid")"
else
	ok
fi
expect "hanging qemu: temp folder removed" "$(leftovers)" ""

# --- the real thing -------------------------------------------------------------------------------
"$ABIDB" --db "$DB" import "$DATA/$BUNDLED" >"$T/import.out" 2>&1
expect "import bundled $BUNDLED" "$?" 0

# record_id RELEASE STREAM MACHINE
record_id() {
	"$ABIDB" --db "$DB" list records --json >"$T/records.json" &&
	python3 -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(open(sys.argv[1]))
		if (r["release"], r["stream"], r["machine"]) == tuple(sys.argv[2:5])))' "$T/records.json" "$1" "$2" "$3"
}

for m in $MACHINES; do
	out=$T/$m.abidb.json
	if [ "$m" = pc-i440fx-4.1 ]; then
		# through a pipe, as a CI job uploads it
		"$ABIDB" collect --qemu "$QEMU" --machine "$m" 2>"$T/err" | tee "$out" |
			"$ABIDB" --db "$DB" import --stream collected - >"$T/imp" 2>&1
		st=("${PIPESTATUS[@]}")
		expect "$m: collect to stdout: exit 0 ($(cat "$T/err"))" "${st[0]}" 0
		expect "$m: import - --stream collected: exit 0 ($(cat "$T/imp"))" "${st[2]}" 0
	else
		"$ABIDB" collect --qemu "$QEMU" --machine "$m" --out "$out" 2>"$T/err"
		expect "$m: collect --out: exit 0 ($(cat "$T/err"))" "$?" 0
		"$ABIDB" --db "$DB" import --stream collected "$out" >"$T/imp" 2>&1
		expect "$m: import --stream collected: exit 0 ($(cat "$T/imp"))" "$?" 0
	fi
	expect "$m: temp folder removed" "$(leftovers)" ""
	expect "$m: header" "$(jpy "$out" '(j["format"], j["version"], j["machine"]["name"], j["machine"]["arch"], j["collector"]["name"],
		sorted(j["sections"]))')" \
		"('abidb-dump', 1, '$m', 'x86_64', 'abidb collect', ['guest', 'qmp', 'qom', 'vmdesc', 'vmstate'])"
	expect "$m: guest view is the fw_cfg fast path, command line recorded" \
		"$(jpy "$out" '(j["collector"]["guest"]["method"], j["collector"]["guest"]["command"][-6:-3],
			j["collector"]["guest"]["needs_boot"], "collector.json" in j["sections"]["guest"])')" \
		"('fw_cfg fast path', ['-m', '512', '-qtest'], [], True)"
	expect "$m: qemu version is QEMU's" "$(jpy "$out" 'j["qemu"]["version"]')" "$QVER"
	pkg=$(jpy "$out" 'j["qemu"]["package"]')
	case $pkg in
	Debian*) expect "$m: stream inferred from '$pkg'" "$(jpy "$out" 'j["qemu"]["stream"]')" debian ;;
	"") expect "$m: stream inferred from an empty package" "$(jpy "$out" 'j["qemu"]["stream"]')" upstream ;;
	esac
	expect "$m: when is UTC ISO 8601" \
		"$(jpy "$out" 'bool(__import__("re").fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", j["collector"]["when"]))')" True
	# the layouts are those of the shared data
	expect "$m: qom.json layout" "$(jpy "$out" 'all(set(o) == {"type", "props"} and all(set(p) in ({"type", "value"},
		{"type", "error"}) for p in o["props"].values()) for o in j["sections"]["qom"].values())
		and "/machine" in j["sections"]["qom"] and "/objects" in j["sections"]["qom"]')" True
	expect "$m: qmp-misc.json commands" "$(jpy "$out" 'sorted(j["sections"]["qmp"])')" \
		"$(python3 -c 'import json,sys; print(sorted(json.load(open(sys.argv[1]))))' "$DATA/$BUNDLED/$m/qmp-misc.json")"
	expect "$m: migration completed" "$(jpy "$out" 'j["sections"]["vmdesc"]["status"]')" completed

	if [ "$QVER" != "$BUNDLED_RELEASE" ]; then
		echo "collect: SKIP: $QEMU is QEMU $QVER, the bundled records are $BUNDLED_RELEASE:" \
		     "no same-binary comparison for $m" >&2
		skip=$((skip + 1))
		continue
	fi
	a=$(record_id "$BUNDLED_RELEASE" debian "$m")
	b=$(record_id "$QVER" collected "$m")
	if [ -z "$a" ] || [ -z "$b" ]; then
		bad "$m: records not found (bundled '$a', collected '$b')"
		continue
	fi
	# the fast path's ACPI tables and PCI config space are the booted guest's (docs/collect.md)
	for sec in acpi pci; do
		"$ABIDB" --db "$DB" diff "$a" "$b" --view guest --section $sec >"$T/diff" 2>&1
		rc=$?
		# the registers the firmware and Linux program later are masked (decode-pci.c fw_regs):
		# the fast path's ACPI and PCI are then exactly the booted guest's
		if [ "$rc" = 0 ] && grep -q '^0 differences' "$T/diff"; then
			ok
		else
			bad "$m: diff bundled #$a collected #$b --view guest --section $sec: exit $rc, expected 0 differences:"
			head -40 "$T/diff" >&2
		fi
	done
	for view in properties migration; do
		"$ABIDB" --db "$DB" diff "$a" "$b" --view "$view" >"$T/diff" 2>&1
		rc=$?
		if [ "$rc" = 0 ] && grep -q '^0 differences' "$T/diff"; then
			ok
		else
			bad "$m: diff bundled #$a collected #$b --view $view: exit $rc, expected 0 differences:"
			head -40 "$T/diff" >&2
		fi
	done
	# the same diff must see a real difference: the other machine type of the same family
	case $m in
	pc-q35-4.0) other=pc-q35-5.0 ;;
	*) other=pc-i440fx-5.0 ;;
	esac
	o=$(record_id "$BUNDLED_RELEASE" debian "$other")
	"$ABIDB" --db "$DB" diff "$o" "$b" --view properties >"$T/diff" 2>&1
	expect "$m: diff against $other sees differences (exit 1)" "$?" 1
done

# Importing the same bytes again changes nothing.
"$ABIDB" --db "$DB" import --stream collected "$T/pc-q35-4.0.abidb.json" >"$T/imp" 2>&1
expect "re-import: exit 0" "$?" 0
grep -q "already imported" "$T/imp" && ok || bad "re-import: not unchanged: $(cat "$T/imp")"

# --no-vmstate --no-vmdesc: only the QOM walk and the QMP replies; --stream is kept.
"$ABIDB" collect --qemu "$QEMU" --machine pc-q35-4.0 --no-vmstate --no-vmdesc --stream ci-test \
	--out "$T/small.json" 2>"$T/err"
expect "--no-vmstate --no-vmdesc: exit 0 ($(cat "$T/err"))" "$?" 0
expect "--no-vmstate --no-vmdesc: sections" "$(jpy "$T/small.json" 'sorted(j["sections"])')" "['guest', 'qmp', 'qom']"
expect "--stream is written" "$(jpy "$T/small.json" 'j["qemu"]["stream"]')" ci-test

# The fast path's facts, imported under a release label of their own.
for m in $MACHINES; do
	"$ABIDB" --db "$DB" import --release "$QVER-fast" "$T/$m.abidb.json" >"$T/imp" 2>&1
	expect "$m: import --release $QVER-fast: exit 0 ($(cat "$T/imp"))" "$?" 0
	show() { "$ABIDB" --db "$DB" show "$QVER-fast" "$m" "$1" 2>&1; }
	expect "$m: fast path: DSDT \\_SB.PCI0 _UID" "$(show 'acpi/DSDT/\_SB.PCI0/_UID')" 'acpi/DSDT/\_SB.PCI0/_UID = 0x01'
	expect "$m: fast path: SMBIOS type 1 manufacturer" "$(show 'smbios/type1?0?/manufacturer')" \
		'smbios/type1[0]/manufacturer = QEMU'
	expect "$m: fast path: e820 in fw_cfg" "$(show 'fw_cfg/etc/e820/size')" 'fw_cfg/etc/e820/size = 20'
	case $m in
	pc-q35-*) expect "$m: fast path: MCFG at the PCIEXBAR the firmware writes" "$(show 'acpi/MCFG/Base Address')" \
		'acpi/MCFG/Base Address = 00000000B0000000' ;;
	*) expect "$m: fast path: no MCFG on i440fx" "$(show 'acpi/MCFG/*')" '' ;;
	esac
done

# --no-guest: the host view only
"$ABIDB" collect --qemu "$QEMU" --machine pc-q35-4.0 --no-vmstate --no-vmdesc --no-guest --out "$T/host.json" 2>"$T/err"
expect "--no-guest: exit 0 ($(cat "$T/err"))" "$?" 0
expect "--no-guest: sections" "$(jpy "$T/host.json" 'sorted(j["sections"])')" "['qmp', 'qom']"

# The fast QOM walk (pipelined; child<T> values and a child's type not asked; the second half of the
# values read by a twin QEMU) against the reference walk (ABIDB_QOM_WALK=every: every qom-list and
# qom-get, one at a time, one QEMU): the same qom section but the wall clock, the same facts.  Then
# a twin that cannot start (a wrapper QEMU that refuses the twin's socket): the collect process
# reads the twin's share itself, and the qom section is the same again.
cat >"$T/no-twin-qemu" <<SH
#!/bin/sh
case "\$*" in *qmp-twin.sock*) echo "no twin here" >&2; exit 1 ;; esac
exec "$QEMU" "\$@"
SH
chmod +x "$T/no-twin-qemu"
# qom_same A B: the qom sections of two dumps, wall-clock values (docs/formats.md) aside
qom_same() {
	python3 - "$1" "$2" <<'PY'
import json, sys
a, b = (json.load(open(f))["sections"]["qom"] for f in sys.argv[1:3])
def strip(q):
	for o in q.values():
		for n in ("rtc-time", "date"):
			if o["props"].get(n, {}).get("type") == "struct tm":
				del o["props"][n]
	return q
a, b = strip(a), strip(b)
diff = sorted(p for p in set(a) | set(b) if a.get(p) != b.get(p))
print(f"{len(a)} objects, {sum(len(o['props']) for o in a.values())} properties, differing: {diff[:5]}")
PY
}
for m in $MACHINES; do
	ABIDB_QOM_WALK=every "$ABIDB" collect --qemu "$QEMU" --machine "$m" --no-guest --no-vmstate --no-vmdesc \
		--out "$T/$m.every.json" 2>"$T/err"
	expect "$m: ABIDB_QOM_WALK=every: exit 0 ($(cat "$T/err"))" "$?" 0
	same=$(qom_same "$T/$m.abidb.json" "$T/$m.every.json")
	case $same in
	*", differing: []") ok ;;
	*) bad "$m: fast walk vs ABIDB_QOM_WALK=every: $same" ;;
	esac
	"$ABIDB" --db "$DB" import --release "$QVER-every" "$T/$m.every.json" >"$T/imp" 2>&1
	expect "$m: import --release $QVER-every: exit 0 ($(cat "$T/imp"))" "$?" 0
	"$ABIDB" --db "$DB" diff "$m" --from "$QVER-fast" --to "$QVER-every" --view properties >"$T/diff" 2>&1
	expect "$m: fast walk vs every: 0 differences in the properties" "$(tail -1 "$T/diff")" \
		"0 differences (0 break, 0 change, 0 info)"
done
"$ABIDB" collect --qemu "$T/no-twin-qemu" --machine pc-q35-4.0 --no-guest --no-vmstate --no-vmdesc \
	--out "$T/no-twin.json" 2>"$T/err"
expect "no twin: exit 0 ($(cat "$T/err"))" "$?" 0
same=$(qom_same "$T/pc-q35-4.0.abidb.json" "$T/no-twin.json")
case $same in
*", differing: []") ok ;;
*) bad "no twin: qom section differs from the twin's: $same" ;;
esac
expect "no twin: temp folder removed" "$(leftovers)" ""

# An old machine type suppresses the migration description: recorded, not an error.
if [ "$QVER" = "$BUNDLED_RELEASE" ]; then
	"$ABIDB" collect --qemu "$QEMU" --machine pc-i440fx-2.0 --no-vmstate --out "$T/old.json" 2>"$T/err"
	expect "pc-i440fx-2.0: exit 0 ($(cat "$T/err"))" "$?" 0
	expect "pc-i440fx-2.0: vmdesc suppressed" \
		"$(jpy "$T/old.json" '(j["sections"]["vmdesc"]["status"], j["sections"]["vmdesc"]["vmdesc_suppressed"],
			"vmdesc" in j["sections"]["vmdesc"])')" "('completed', True, False)"
	# before 2.5 no fw_cfg DMA (port reads); <= 2.0 legacy SMBIOS: the record says it needs the boot path
	expect "pc-i440fx-2.0: port I/O, needs the boot path for SMBIOS" \
		"$(jpy "$T/old.json" '(j["collector"]["guest"]["fw_cfg_dma"], [r.split(":")[0] for r in j["collector"]["guest"]["needs_boot"]],
			"acpi/DSDT.bin" in j["sections"]["guest"])')" "(False, ['smbios'], True)"
	"$ABIDB" collect --qemu "$QEMU" --machine pc-i440fx-1.6 --no-vmstate --no-vmdesc --out "$T/old.json" 2>"$T/err"
	expect "pc-i440fx-1.6: exit 0 ($(cat "$T/err"))" "$?" 0
	expect "pc-i440fx-1.6: ACPI built by SeaBIOS: needs the boot path" \
		"$(jpy "$T/old.json" '([r.split(":")[0] for r in j["collector"]["guest"]["needs_boot"]],
			any(k.startswith("acpi/") for k in j["sections"]["guest"]))')" "(['acpi', 'smbios'], False)"
fi

# --- --all -------------------------------------------------------------------------------------------
REL=$T/release
"$ABIDB" collect --qemu "$QEMU" --all --machines 'pc-q35-4.0*' --out "$REL" -j 2 >"$T/out" 2>"$T/err"
expect "--all: exit 0 ($(cat "$T/err"))" "$?" 0
expect "--all: summary" "$(cat "$T/out")" "collect: 2 machine types: 2 collected, 0 already in $REL, 0 failed"
expect "--all: no progress bar when stderr is not a terminal" "$(cat "$T/err")" ""
expect "--all: release folder" "$(cd "$REL" && ls -A | tr '\n' ' ')" "pc-q35-4.0 pc-q35-4.0.1 release.json "
expect "--all: release.json" "$(jpy "$REL/release.json" '(j["release"], j["machines"])')" "('$QVER', ['pc-q35-4.0', 'pc-q35-4.0.1'])"
expect "--all: temp folders removed" "$(leftovers)" ""
"$ABIDB" collect --qemu "$QEMU" --all --machines 'pc-q35-4.0*' --out "$REL" -j 2 >"$T/out" 2>"$T/err"
expect "--all again: exit 0" "$?" 0
expect "--all again: resumed, nothing collected" "$(cat "$T/out")" \
	"collect: 2 machine types: 0 collected, 2 already in $REL, 0 failed"
"$ABIDB" --db "$DB" import --release "$QVER-all" "$REL" >"$T/imp" 2>&1
expect "--all: the folder imports ($(cat "$T/imp"))" "$?" 0
grep -q '2 records: 2 added' "$T/imp" && ok || bad "--all: import: $(cat "$T/imp")"
# one machine type fails (a wrapper that refuses it): the other is kept, the summary names it, exit 3
printf '#!/bin/sh\ncase "$*" in *pc-q35-4.0.1*) echo "picky: no" >&2; exit 1 ;; esac\nexec "%s" "$@"\n' "$QEMU" >"$T/picky-qemu"
chmod +x "$T/picky-qemu"
rm -rf "$REL"
"$ABIDB" collect --qemu "$T/picky-qemu" --all --machines 'pc-q35-4.0*' --out "$REL" --no-vmstate >"$T/out" 2>"$T/err"
expect "--all with a failure: exit 3" "$?" 3
expect "--all with a failure: summary" "$(cat "$T/out")" "collect: 2 machine types: 1 collected, 0 already in $REL, 1 failed"
grep -q "^error: pc-q35-4.0.1: qemu: .*exited (exit status 1) before QMP was ready (qemu said: picky: no)" "$T/err" && ok ||
	bad "--all with a failure: message: $(cat "$T/err")"
[ -d "$REL/pc-q35-4.0" ] && [ ! -e "$REL/pc-q35-4.0.1" ] && ok || bad "--all with a failure: folders: $(ls -A "$REL")"
expect "--all with a failure: no half folder" "$(cd "$REL" && ls -A | grep -c tmp)" 0
"$ABIDB" collect --qemu "$T/no-such-qemu" --all --out "$REL" >"$T/out" 2>"$T/err"
expect "--all, missing binary: exit 3" "$?" 3
grep -q "cannot run '$T/no-such-qemu'" "$T/err" && ok || bad "--all, missing binary: message: $(cat "$T/err")"
"$ABIDB" collect --qemu "$QEMU" --all --machines 'no-such-*' --out "$REL" >"$T/out" 2>"$T/err"
expect "--all, no machine type matches: exit 3" "$?" 3
grep -q "no versioned machine type matching no-such-\*" "$T/err" && ok || bad "--all, no match: message: $(cat "$T/err")"
"$ABIDB" collect --qemu "$QEMU" --all >/dev/null 2>"$T/err"
expect "--all without --out or --upload: exit 2" "$?" 2
# on a terminal (script(1) gives one), a progress bar
if command -v script >/dev/null; then
	script -qec "'$ABIDB' collect --qemu '$QEMU' --all --machines pc-q35-4.0.1 --no-vmstate --no-vmdesc --no-guest \
		--out '$T/tty'" /dev/null >"$T/tty.out" 2>&1
	grep -q "\[==============================\] 1/1 pc-q35-4.0.1" "$T/tty.out" && ok ||
		bad "--all on a terminal: no progress bar: $(cat -v "$T/tty.out")"
fi

# --upload: each record POSTed to a server (a child curl); a bad token fails that machine type
if command -v curl >/dev/null; then
	UDB=$T/upload.sqlite
	TOKEN=$("$ABIDB" --db "$UDB" token add collect-test)
	"$ABIDB" --db "$UDB" serve --listen 127.0.0.1:0 2>"$T/serve.log" &
	SPID=$!
	PORT=
	for _ in $(seq 100); do
		PORT=$(sed -n 's|^listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$T/serve.log" | head -1)
		[ -n "$PORT" ] && break
		sleep 0.05
	done
	"$ABIDB" collect --qemu "$QEMU" --all --machines 'pc-q35-4.0.1' --no-vmstate --no-vmdesc \
		--upload "http://127.0.0.1:$PORT/api/v1/records" --token "$TOKEN" >"$T/out" 2>"$T/err"
	expect "--upload: exit 0 ($(cat "$T/err"))" "$?" 0
	expect "--upload: the server has the record" "$("$ABIDB" --db "$UDB" list records --json |
		python3 -c 'import json,sys; print([r["machine"] for r in json.load(sys.stdin)])')" "['pc-q35-4.0.1']"
	"$ABIDB" collect --qemu "$QEMU" --all --machines 'pc-q35-4.0.1' --no-vmstate --no-vmdesc --no-guest \
		--upload "http://127.0.0.1:$PORT/api/v1/records" --token wrong >"$T/out" 2>"$T/err"
	expect "--upload, bad token: exit 3" "$?" 3
	grep -q "^error: pc-q35-4.0.1: upload: curl .* failed (exit status 22) (curl said: .*40[13]" "$T/err" && ok ||
		bad "--upload, bad token: message: $(cat "$T/err")"
	kill "$SPID"
	wait "$SPID" 2>/dev/null
else
	echo "collect: SKIP: no curl: --upload not tested" >&2
	skip=$((skip + 1))
fi
expect "--all: temp folders removed at the end" "$(leftovers)" ""

if [ "$skip" -gt 0 ]; then
	echo "collect: $pass passed, $fail failed, $skip skipped"
else
	echo "collect: $pass passed, $fail failed"
fi
[ "$fail" = 0 ]
