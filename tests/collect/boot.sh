#!/bin/bash
# boot.sh: the in-guest probe and collect --boot (docs/probe.md).
#   1. abidb-probe on this host: a static binary; as root it writes a dump abidb reads (plain and framed);
#      not root, it refuses cleanly; with /sys hidden it records what is left and names what is missing;
#      it never crashes.
#   2. collect --boot of one machine type for real (Debian's QEMU 7.2 and linux-image-amd64): the framed
#      dump decodes, with DSDT \_SB.PCI0 _UID, the evaluated namespace and its status, PCI config, SMBIOS,
#      e820, CPUID; identify names 7.2.22 pc-q35-5.0 exactly against tests/data; a missing kernel and a
#      guest that never answers are named.
# usage: tests/collect/boot.sh ./abidb build/probe/abidb-probe   (prints "boot: N passed, M failed, K skipped")
# Part 2 is skipped, with a message, when qemu-system-x86_64 or /boot/vmlinuz-* is missing.
# QEMU=/path/to/qemu-system-x86_64 picks another binary; KEEP=1 keeps the scratch folder.
set -u

ABIDB=$(realpath "${1:?usage: boot.sh ABIDB PROBE}")
PROBE=$(realpath "${2:?usage: boot.sh ABIDB PROBE}")
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../data" && pwd)
MACHINE=pc-q35-5.0
pass=0 fail=0 skip=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
skipped() { skip=$((skip + 1)); echo "boot: SKIP: $*" >&2; }
expect() {	# expect NAME ACTUAL WANTED
	if [ "$2" == "$3" ]; then ok; else bad "$1: got '$2', expected '$3'"; fi
}
contains() {	# contains NAME FILE TEXT
	if grep -qF -- "$3" "$2"; then ok; else bad "$1: '$3' not in: $(head -c 400 "$2")"; fi
}
# jpy FILE EXPR: evaluate a Python expression on the JSON document as `j`
jpy() { python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(eval("(" + sys.argv[2] + ")"))' "$1" "$2" 2>&1; }

T=$(mktemp -d "${TMPDIR:-/tmp}/abidb-boot-test.XXXXXX")
cleanup() { [ -n "${KEEP:-}" ] || rm -rf "$T"; }
trap cleanup EXIT
mkdir -p "$T/tmp"
export TMPDIR=$T/tmp NO_COLOR=1

# identify needs a database: the bundled 7.2.22 records
DB=$T/data.sqlite
"$ABIDB" --db "$DB" import -q "$DATA/qemu-7.2.22" >"$T/import.log" 2>&1 || bad "cannot import $DATA/qemu-7.2.22: $(cat "$T/import.log")"

# --- 1. the probe on this host ---------------------------------------------------------------------
if readelf -l "$PROBE" 2>/dev/null | grep -q 'program interpreter'; then
	bad "abidb-probe is dynamically linked"
else
	ok
fi
"$PROBE" --bogus >/dev/null 2>"$T/err"
expect "probe: unknown argument exit" $? 2
contains "probe: unknown argument" "$T/err" "unknown argument '--bogus'"

if [ "$(id -u)" = 0 ]; then
	"$PROBE" -o "$T/host.json" 2>"$T/err"
	expect "probe as root: exit" $? 0
	expect "probe as root: a dump" "$(jpy "$T/host.json" 'j["format"], j["version"], j["collector"]["name"]')" \
		"('abidb-dump', 1, 'abidb-probe')"
	expect "probe as root: cpuinfo and cpuid" "$(jpy "$T/host.json" '"cpuinfo.txt" in j["sections"]["guest"] and "cpuid.txt" in j["sections"]["guest"]')" True
	"$ABIDB" --db "$DB" identify "$T/host.json" >"$T/out" 2>"$T/err"
	expect "identify the host's dump: exit" $? 0
	contains "identify the host's dump" "$T/out" "probe: "
	# the framed form, with console noise around it, is read by identify as well
	{ echo "[    1.0] console noise"; "$PROBE" --frame; echo "[    2.0] reboot: Power down"; } >"$T/host.console"
	"$ABIDB" --db "$DB" identify "$T/host.console" >"$T/out2" 2>"$T/err"
	expect "identify the host's framed dump: exit" $? 0
	expect "plain and framed dumps give the same facts" "$(head -1 "$T/out2")" "$(head -1 "$T/out")"
	# not root: refused cleanly
	if command -v setpriv >/dev/null; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$PROBE" -o /dev/null 2>"$T/err"
		expect "probe not root: exit" $? 1
		contains "probe not root" "$T/err" "must run as root"
	else
		skipped "setpriv missing: the not-root case"
	fi
	# /sys hidden: the rest is recorded, the missing sources are named, no crash
	if unshare -m true 2>/dev/null; then
		unshare -m sh -c 'mount -t tmpfs none /sys && exec "$0" -v -o "$1"' "$PROBE" "$T/nosys.json" 2>"$T/err"
		expect "probe without /sys: exit" $? 0
		contains "probe without /sys: named" "$T/err" "cannot list '/sys/bus/pci/devices'"
		expect "probe without /sys: the notes in the dump" \
			"$(jpy "$T/nosys.json" 'any("/sys/firmware/acpi/tables" in n for n in j["collector"]["notes"])')" True
		expect "probe without /sys: no PCI" "$(jpy "$T/nosys.json" 'any(k.startswith("pci/") for k in j["sections"]["guest"])')" False
	else
		skipped "unshare -m not allowed here: the missing-/sys case"
	fi
else
	"$PROBE" -o "$T/host.json" 2>"$T/err"
	expect "probe not root: exit" $? 1
	contains "probe not root" "$T/err" "must run as root"
	skipped "not root: the probe's own run on this host"
fi

# --- 2. collect --boot ------------------------------------------------------------------------------
QEMU=${QEMU:-$(command -v qemu-system-x86_64 || true)}
KERNEL=$(ls /boot/vmlinuz-* 2>/dev/null | sort -V | tail -1)
if [ -z "$QEMU" ] || [ ! -x "$QEMU" ]; then
	skipped "qemu-system-x86_64 is not installed (apt-get install qemu-system-x86): no real boot"
elif [ -z "$KERNEL" ]; then
	skipped "no /boot/vmlinuz-* (apt-get install linux-image-amd64): no real boot"
else
	QEMU=$(realpath "$QEMU")
	QVER=$("$QEMU" --version | sed -n '1s/^QEMU emulator version \([0-9.]*\).*/\1/p')
	# a missing kernel is named, before anything runs
	"$ABIDB" collect --qemu "$QEMU" --machine $MACHINE --boot --kernel "$T/no-such-vmlinuz" >/dev/null 2>"$T/err"
	expect "collect --boot, missing kernel: exit" $? 3
	contains "collect --boot, missing kernel" "$T/err" "no kernel to boot: '$T/no-such-vmlinuz'"
	# a guest that does not answer in time: the timeout, and the console's last words
	"$ABIDB" collect --qemu "$QEMU" --machine $MACHINE --boot --boot-timeout 2 --no-vmstate --no-vmdesc \
		>/dev/null 2>"$T/err"
	expect "collect --boot --boot-timeout 2: exit" $? 3
	contains "collect --boot --boot-timeout 2" "$T/err" "the guest never answered"
	# the real boot
	start=$(date +%s.%N)
	"$ABIDB" collect --qemu "$QEMU" --machine $MACHINE --boot --no-vmstate --no-vmdesc \
		--console "$T/console.txt" --out "$T/boot.json" 2>"$T/err"
	rc=$?
	secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
	expect "collect --boot $MACHINE: exit $(head -c 300 "$T/err")" $rc 0
	echo "boot: collect --boot $MACHINE took $secs s (host view included)" >&2
	contains "the console holds the frame" "$T/console.txt" "ABIDB-DUMP-BEGIN v1 bytes="
	expect "collector.guest says how" "$(jpy "$T/boot.json" 'j["collector"]["guest"]["source"], j["collector"]["guest"]["kernel"]')" \
		"('boot', '$KERNEL')"
	"$ABIDB" --db "$T/boot.sqlite" import "$T/boot.json" >/dev/null 2>"$T/err"
	expect "import the booted dump: exit $(head -c 300 "$T/err")" $? 0
	show() { "$ABIDB" --db "$T/boot.sqlite" show "$QVER" $MACHINE "$1" 2>&1; }
	count() { show "$1" | grep -c ' = '; }
	expect "DSDT \\_SB.PCI0 _UID" "$(show 'acpi/DSDT/\_SB.PCI0/_UID')" 'acpi/DSDT/\_SB.PCI0/_UID = 0x01'
	expect "evaluated \\_SB.PCI0 uid" "$(show 'acpi/ns/\_SB.PCI0/uid')" 'acpi/ns/\_SB.PCI0/uid = 1'
	expect "evaluated status of the serial port" "$(show 'acpi/ns/\_SB.PCI0.SF8.COM1/status')" \
		'acpi/ns/\_SB.PCI0.SF8.COM1/status = 0x0f'
	for p in 'acpi/ns/*/status' 'pci/00:1f.0/*' 'pci/00:02.0/*' 'smbios/type1*' 'memmap/*' 'cpu/cpuid/*' \
		 'fw_cfg/etc/e820/*' 'acpi/MCFG/*'; do
		n=$(count "$p")
		if [ "$n" -gt 0 ]; then ok; else bad "no facts under $p"; fi
	done
	# identify against the bundled sample: 7.2.22 pc-q35-5.0, exactly
	if [ "$QVER" = 7.2.22 ]; then
		"$ABIDB" --db "$DB" identify "$T/boot.json" --top 2 >"$T/out" 2>"$T/err"
		expect "identify the booted dump: exit" $? 0
		expect "identify the booted dump: the bundled record, exactly" \
			"$(sed -n 2p "$T/out" | awk '{ print $1, $2, $3 }')" "exact 7.2.22 $MACHINE"
	else
		skipped "QEMU $QVER is not the 7.2.22 of tests/data: identify not checked"
	fi
fi

echo "boot: $pass passed, $fail failed, $skip skipped"
[ $fail = 0 ]
