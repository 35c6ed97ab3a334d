#!/bin/bash
# bench/boot.sh: collect --boot's guest view per machine type, beside a boot of the bare kernel (an
# initramfs whose /init powers off at once) measured in the same run (issue 10, target <= 12 s per
# machine type).  Skipped with a message when no kernel or no qemu-system-x86_64 is installed.
#
#   bench/boot.sh [ABIDB]     (make bench runs it after bench/run.sh)
#
# Knobs: BOOT_RUNS (boots per case, default 3), BOOT_MACHINES (default "pc-i440fx-5.0 pc-q35-5.0"),
# QEMU (default: qemu-system-x86_64 on PATH).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${BOOT_RUNS:-3}
MACHINES=${BOOT_MACHINES:-pc-i440fx-5.0 pc-q35-5.0}
QEMU=${QEMU:-$(command -v qemu-system-x86_64 || true)}
ABIDB=$(realpath "${1:-./abidb}")
BDIR=$(dirname "$ABIDB")
[ "$BDIR" = "$PWD" ] && BDIR=$PWD/build
if [ -z "$QEMU" ]; then
	echo "boot bench: SKIP: no qemu-system-x86_64 (apt-get install qemu-system-x86)"
	exit 0
fi
if ! ls /boot/vmlinuz-* >/dev/null 2>&1; then
	echo "boot bench: SKIP: no /boot/vmlinuz-* (apt-get install linux-image-amd64)"
	exit 0
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/abidb-boot-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
PKGS=$(sed -n 's/^PKGS *= *//p' Makefile)
CC=${CC:-cc}
$CC -O2 -static -o "$TMP/poweroff-init" bench/poweroff-init.c
[ -f "$BDIR/libabidb.a" ] || make -s "${BDIR#$PWD/}/libabidb.a"
# shellcheck disable=SC2046 # pkg-config output is meant to be split into flags
$CC -std=gnu11 -O2 -D_GNU_SOURCE -Ibase -Icollector -o "$TMP/boot_time" bench/boot_time.c "$BDIR/libabidb.a" \
	$(pkg-config --cflags --libs $PKGS) -lpthread

echo "boot bench: $("$QEMU" --version | head -1); kernel $(ls /boot/vmlinuz-* | sort -V | tail -1); $RUNS runs each"
# shellcheck disable=SC2086
"$TMP/boot_time" "$QEMU" "$TMP/poweroff-init" "$RUNS" $MACHINES >"$TMP/out"
printf '%-16s %-6s %8s %7s %7s %8s %s\n' machine boot median_s min_s max_s "x bare" "target <= 12 s"
while read -r m what med min max; do
	if [ "$what" = bare ]; then
		bare=$med
		printf '%-16s %-6s %8s %7s %7s\n' "$m" "$what" "$med" "$min" "$max"
	else
		printf '%-16s %-6s %8s %7s %7s %8s %s\n' "$m" "$what" "$med" "$min" "$max" \
			"$(awk "BEGIN { printf \"%.2f\", $med / $bare }")" "$(awk "BEGIN { print ($med <= 12) ? \"ok\" : \"MISSED\" }")"
	fi
done <"$TMP/out"
