#!/bin/bash
# arch.sh: abidb collect --all on the other architectures (issue 13), with Debian 12's QEMU 7.2.22
# binaries qemu-system-aarch64 (qemu-system-arm), qemu-system-ppc64 (qemu-system-ppc) and
# qemu-system-s390x (qemu-system-misc).  aarch64 must record the default CPU model (full expansion) and
# the CPU's coprocessor register list read from the migration stream.  Each --all run must succeed and write an importable release
# folder; the aarch64 and ppc64 records must equal the bundled ones (tests/data/qemu-7.2.22-aarch64,
# -ppc64, made by the same binaries) in every view, their device trees included; s390x must record the
# CPU model's base (query-cpu-model-expansion) and no device tree.  arm virt's guest view (ACPI,
# SMBIOS, every fw_cfg file, PCI) is read over the fw_cfg MMIO device and ECAM its device tree names.
# usage: tests/collect/arch.sh ./abidb   (prints "collect-arch: N passed, M failed[, K skipped]")
# A binary that is missing and cannot be installed is skipped.
set -u

ABIDB=$(realpath "${1:?usage: arch.sh ABIDB}")
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../data" && pwd)
pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
expect() {	# expect NAME ACTUAL WANTED
	if [ "$2" == "$3" ]; then ok; else bad "$1: got '$2', expected '$3'"; fi
}
T=$(mktemp -d "${TMPDIR:-/tmp}/abidb-collect-arch.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
DB=$T/db.sqlite
# the collector's private folders go here: other collect runs on this machine do not count
mkdir "$T/tmp" && export TMPDIR=$T/tmp

# have BINARY PACKAGE: the binary is there, or installed now (root with apt-get)
have() {
	command -v "$1" >/dev/null && return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null 2>&1
	fi
	command -v "$1" >/dev/null
}

# arch BINARY PACKAGE GLOB BUNDLED: collect --all with the binary's bare name (found in $PATH)
run_arch() {
	local bin=$1 pkg=$2 glob=$3 bundled=$4 out=$T/$1 m
	if ! have "$bin" "$pkg"; then
		echo "collect-arch: SKIP: $bin is not installed (apt-get install $pkg)" >&2
		skip=$((skip + 1))
		return 1
	fi
	"$ABIDB" collect --qemu "$bin" --all --machines "$glob" --out "$out" -j 2 --stream collected \
		>"$T/$bin.out" 2>"$T/$bin.err"
	expect "$bin --all: exit 0 ($(cat "$T/$bin.err"))" "$?" 0
	grep -q "failed" "$T/$bin.out" && grep -q " 0 failed" "$T/$bin.out" && ok ||
		bad "$bin --all: summary: $(cat "$T/$bin.out")"
	"$ABIDB" --db "$DB" import -q "$out" >"$T/$bin.import" 2>&1
	expect "$bin: the release folder imports ($(cat "$T/$bin.import"))" "$?" 0
	if [ -n "$bundled" ] && [ "$("$bin" --version | head -1)" = "QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)" ]; then
		"$ABIDB" --db "$DB" import -q "$DATA/$bundled" >/dev/null 2>&1 || bad "cannot import $bundled"
		# the machine types both have
		for m in $(ls "$out" | grep -v release.json); do
			[ -d "$DATA/$bundled/$m" ] || continue
			"$ABIDB" --db "$DB" diff "$m" --from 7.2.22/debian --to 7.2.22/collected --view all \
				--min-severity info >"$T/diff" 2>&1
			expect "$bin $m: the same facts as the bundled record ($(tail -1 "$T/diff"))" "$(tail -1 "$T/diff")" \
				"0 differences (0 break, 0 change, 0 info)"
		done
	fi
	return 0
}

if run_arch qemu-system-aarch64 qemu-system-arm 'virt-7.*' qemu-7.2.22-aarch64; then
	expect "aarch64: virt-7.0, 7.1, 7.2 collected" "$(ls "$T/qemu-system-aarch64" | grep -v release.json | tr '\n' ' ')" \
		"virt-7.0 virt-7.1 virt-7.2 "
	expect "aarch64: a device tree per machine folder" "$(ls "$T"/qemu-system-aarch64/*/machine.dtb | wc -l)" 3
	expect "aarch64: a guest view over the fw_cfg MMIO device" "$(ls -d "$T"/qemu-system-aarch64/*/guest 2>/dev/null | wc -l)" 3
	expect "aarch64: virt-7.2's ACPI tables" "$(ls "$T"/qemu-system-aarch64/virt-7.2/guest/acpi | tr '\n' ' ')" \
		"APIC.bin DBG2.bin DSDT.bin FACP.bin GTDT.bin IORT.bin MCFG.bin PPTT.bin SPCR.bin "
	expect "aarch64: PCI through ECAM: the host bridge and the default virtio-net-pci" \
		"$("$ABIDB" --db "$DB" show 7.2.22/collected virt-7.2 'pci/*/device' | tr '\n' ' ')" \
		"pci/00:00.0/device = 0x0008 pci/00:01.0/device = 0x1000 "
	expect "aarch64: the SPCR names the PL011" "$("$ABIDB" --db "$DB" show 7.2.22/collected virt-7.2 'acpi/SPCR/*Address*' | grep -ci 9000000)" 1
	expect "aarch64: the default CPU model (full expansion)" \
		"$("$ABIDB" --db "$DB" show 7.2.22/collected virt-7.2 'machine/cpu-model/name')" "machine/cpu-model/name = cortex-a15"
	expect "aarch64: the CPU's register list, read from the migration stream" \
		"$("$ABIDB" --db "$DB" show 7.2.22/collected virt-7.2 'migration/cpu?0?/cpreg/count')" "migration/cpu[0]/cpreg/count = 197"
	expect "aarch64: every stream walked (a list, no cpreg_error)" \
		"$(zcat "$T"/qemu-system-aarch64/*/migration-vmdesc.json.gz | grep -o '"cpreg":{"cpu\[0\]":\["0x' | wc -l)" 3
	expect "aarch64: the root's compatible" "$("$ABIDB" --db "$DB" show 7.2.22/collected virt-7.2 'dtb/(root)/compatible')" \
		'dtb/(root)/compatible = "linux,dummy-virt"'
	# --boot boots an x86 kernel: refused on another target, naming it
	"$ABIDB" collect --qemu qemu-system-aarch64 --machine virt-7.2 --boot --out "$T/boot.json" 2>"$T/err"
	expect "aarch64 --boot: exit 2" "$?" 2
	grep -q "this QEMU's target is aarch64" "$T/err" && ok || bad "aarch64 --boot: message: $(cat "$T/err")"
	# --no-dtb: no device tree; a single --machine run to standard output
	"$ABIDB" collect --qemu qemu-system-aarch64 --machine virt-7.2 --no-dtb --no-vmstate --no-vmdesc --out "$T/nodtb.json" \
		2>"$T/err"
	expect "aarch64 --no-dtb: exit 0 ($(cat "$T/err"))" "$?" 0
	expect "aarch64 --no-dtb: sections" "$(python3 -c 'import json,sys; print(sorted(json.load(open(sys.argv[1]))["sections"]))' \
		"$T/nodtb.json")" "['qmp', 'qom']"
fi
if run_arch qemu-system-ppc64 qemu-system-ppc 'pseries-7.[12]' qemu-7.2.22-ppc64; then
	expect "ppc64: a device tree per machine folder" "$(ls "$T"/qemu-system-ppc64/*/machine.dtb | wc -l)" 2
	expect "ppc64: the root's compatible" "$("$ABIDB" --db "$DB" show 7.2.22/collected pseries-7.2 'dtb/(root)/compatible')" \
		'dtb/(root)/compatible = "qemu,pseries"'
fi
if run_arch qemu-system-s390x qemu-system-misc 's390-ccw-virtio-7.[12]' ""; then
	expect "s390x: no device tree" "$(ls "$T"/qemu-system-s390x/*/machine.dtb 2>/dev/null | wc -l)" 0
	expect "s390x: the CPU model's base" \
		"$("$ABIDB" --db "$DB" show 7.2.22/collected s390-ccw-virtio-7.2 'machine/cpu-model/name')" \
		"machine/cpu-model/name = gen15a-base"
	expect "s390x: the machine's target" "$("$ABIDB" --db "$DB" list machines | awk '$1 == "s390-ccw-virtio-7.2" {print $2}')" s390x
fi
expect "no temporary folder left" "$(ls -A "$TMPDIR" | wc -l)" 0

if [ "$skip" -gt 0 ]; then
	echo "collect-arch: $pass passed, $fail failed, $skip skipped"
else
	echo "collect-arch: $pass passed, $fail failed"
fi
[ "$fail" = 0 ]
