#!/bin/sh
# fuzz.sh: run the libFuzzer harnesses for a bounded time, seeded with tests/fuzz/corpus/.
#
#   tests/fuzz/fuzz.sh [SECONDS [HARNESS...]]     default: 120 s each, all harnesses
#
# Builds them first (build.sh libfuzzer).  New inputs collect in
# tests/fuzz/out/<harness>/ (not committed); crashes, leaks and timeouts are
# written to tests/fuzz/out/artifacts/.  Minimize one with
#   tests/fuzz/build/libfuzzer/fuzz/fuzz-input -minimize_crash=1 -runs=20000 ARTIFACT
# and keep it in tests/fuzz/regressions/<harness>/ so that run.sh replays it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
secs=${1:-120}
[ $# -gt 0 ] && shift
harnesses=${*:-fuzz-input fuzz-guest fuzz-acpi-dsl fuzz-acpi}
"$here/build.sh" libfuzzer
mkdir -p "$here/out/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for h in $harnesses; do
	case $h in
	fuzz-input) maxlen=65536 ;;
	fuzz-guest) maxlen=32768 ;;
	fuzz-acpi) maxlen=16384 ;;	# every input forks iasl
	fuzz-acpi-dsl) maxlen=131072 ;;
	*) maxlen=65536 ;;
	esac
	mkdir -p "$here/out/$h"
	echo "== $h: $secs s"
	"$here/build/libfuzzer/fuzz/$h" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 \
		-max_len=$maxlen -print_final_stats=1 -artifact_prefix="$here/out/artifacts/$h-" \
		"$here/out/$h" "$here/corpus/$h" || echo "== $h: stopped with status $?"
done
