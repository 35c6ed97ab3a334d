#!/bin/sh
# run.sh: replay the fuzz corpus and the bug reproducers through the corpus runners, as a regression test.
#
#   tests/fuzz/run.sh [RUNNER...]      e.g. tests/fuzz/run.sh build/fuzz/fuzz-*
#                                           tests/fuzz/run.sh build-san/fuzz/fuzz-*
#
# A runner is a harness built as a plain program (no -DABIDB_LIBFUZZER); its
# name says its inputs: tests/fuzz/corpus/<name>/ and tests/fuzz/regressions/<name>/.
# Every input runs in a process of its own, so a crash names its input.  With
# runners from a sanitizer build, ASan, LeakSanitizer and UBSan judge each
# input.  Without arguments: build/fuzz/fuzz-*.  Prints
# "fuzz: N passed, M failed"; exits 1 if any input failed.
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 0 ] && set -- "$here"/../../build/fuzz/fuzz-*
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/abidb-fuzz-run-XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
for runner in "$@"; do
	if [ ! -x "$runner" ]; then
		echo "fuzz: no runner '$runner' (make builds them)" >&2
		fail=$((fail + 1))
		continue
	fi
	name=$(basename "$runner")
	for input in "$here/corpus/$name"/* "$here/regressions/$name"/*; do
		[ -f "$input" ] || continue
		if timeout 120 "$runner" "$input" >"$tmp/out" 2>&1; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL $name ${input#"$here"/}"
			sed -n '1,40p' "$tmp/out" | sed 's/^/    /'
		fi
	done
done
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
