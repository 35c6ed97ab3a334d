#!/bin/bash
# bench/collect.sh: abidb collect's speed (issue 10 "Performance"), beside QEMU's own start.
#
#   bench/collect.sh [ABIDB]      (bench/run.sh runs it; QEMU=/path picks the binary)
#
# Rows, each with its reference measured in the same run:
#   * QEMU started alone (-machine none -S, quit at once): the floor of any collect;
#   * collect of one machine type, host and fast guest view (default options), and what
#     the fast guest view adds (the same run with --no-guest subtracted: it runs beside the
#     host view's walk, in collect's side process, so this is its cost on the critical path);
#   * collect --all of every versioned machine type of the binary, -j 2.
# The rows (starting "| Collect") replace earlier ones at the end of bench/out/summary.md.
# Skipped, with a message, where qemu-system-x86_64 is absent.  Knob: BENCH_COLLECT_RUNS (default 5).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
bench_setup bench/collect.sh "${1:-./abidb}"
RUNS=${BENCH_COLLECT_RUNS:-5}
QEMU=${QEMU:-$(command -v qemu-system-x86_64 || true)}
if [ -z "$QEMU" ]; then
	echo "bench/collect.sh: SKIP: qemu-system-x86_64 is not installed (apt-get install qemu-system-x86)" >&2
	exit 0
fi
QEMU=$(realpath "$QEMU")
MACHINE=${BENCH_COLLECT_MACHINE:-pc-q35-7.2}

TMP=$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/abidb-bench-collect.XXXXXX")
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

cc -std=gnu11 -O2 -Wall -o "$TMP/timecmd" bench/timecmd.c
T=$TMP/timecmd
ok() { awk "BEGIN { exit !($1) }" && echo ok || echo MISSED; }
f() { awk "BEGIN { printf \"$1\", $2 }"; }

echo "== collect ($QEMU, $("$QEMU" --version | head -1), $(nproc) cores) =="
# QEMU alone: start stopped on no machine, quit through the monitor at once
cat >"$TMP/qemu-alone" <<SH
#!/bin/sh
echo quit | exec "$QEMU" -machine none -S -display none -monitor stdio
SH
chmod +x "$TMP/qemu-alone"
read -r alone _ < <("$T" "$RUNS" "$TMP/qemu-alone")
# with and without the guest view, interleaved so that the machine's load hits both alike
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for _ in $(seq "$RUNS"); do
	"$T" 1 "$ABIDB" collect --qemu "$QEMU" --machine "$MACHINE" --out "$TMP/one.json" | cut -d' ' -f1 >>"$TMP/one.ms"
	"$T" 1 "$ABIDB" collect --qemu "$QEMU" --machine "$MACHINE" --no-guest --out "$TMP/host.json" |
		cut -d' ' -f1 >>"$TMP/host.ms"
done
one=$(median <"$TMP/one.ms")
host=$(median <"$TMP/host.ms")
guest=$(f %.0f "$one - $host")
echo "QEMU alone $alone ms; collect $MACHINE $one ms (host view alone $host ms, fast guest view $guest ms)"
start=$(date +%s.%N)
"$ABIDB" collect --qemu "$QEMU" --all --out "$TMP/all" -j 2 >"$TMP/all.out" 2>&1 || true
all_s=$(f %.1f "$(date +%s.%N) - $start")
n=$(sed -n 's/^collect: \([0-9]*\) machine types.*/\1/p' "$TMP/all.out")
failed=$(sed -n 's/.* \([0-9]*\) failed$/\1/p' "$TMP/all.out")
echo "collect --all -j 2: ${n:-?} machine types in $all_s s (${failed:-?} failed)"

{
	echo "| Collect one machine type ($MACHINE), host + fast guest view | $one ms (fast guest view $guest ms) | QEMU start alone (-machine none -S, quit): $alone ms | $(f %.1f "$one/$alone")x | <= 500 ms: $(ok "$one <= 500") |"
	echo "| Collect --all, ${n:-?} machine types, -j 2 (${failed:-?} failed) | $all_s s | $(f %.2f "$all_s/${n:-1}") s each | | <= 60 s: $(ok "$all_s <= 60") |"
} >"$TMP/summary"
bench_summary_rows Collect "$TMP/summary"
echo "== collect summary (rows also appended to bench/out/summary.md) =="
cat "$TMP/summary"
