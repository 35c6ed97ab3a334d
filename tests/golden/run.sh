#!/usr/bin/env bash
# run.sh: golden tests: real dumps in, a command, the exact expected output and exit code.
#
# Usage: tests/golden/run.sh ./abidb
# Each tests/golden/cases/*.test holds cases of the form
#
#   # what this shows
#   $ abidb diff pc-q35-2.11 pc-q35-2.12 --release 7.2.22
#   <expected standard output, line by line>
#   ? 1
#
# "abidb" runs with a database made once from tests/data (the bundled real
# sample) with notes/known-issues.txt loaded.  Output is compared exactly.
set -u
abidb=$(realpath "${1:?usage: run.sh ABIDB}")
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ABIDB_DB="$work/golden.sqlite" NO_COLOR=1
"$abidb" import -q "$top"/tests/data/qemu-* >"$work/import.log" 2>&1 || { cat "$work/import.log"; echo "golden: cannot build the test database"; exit 1; }
if [ -f "$top/notes/known-issues.txt" ]; then
	"$abidb" note import "$top/notes/known-issues.txt" >/dev/null || { echo "golden: cannot load notes"; exit 1; }
fi
cd "$top"
pass=0 fail=0
run_case() {	# $1 file, $2 line, $3 command, $4 expected output file, $5 expected code
	local got code
	got=$(eval "\"$abidb\" ${3#abidb }" 2>"$work/stderr"; echo "~$?")
	code=${got##*~}
	got=${got%~*}
	got=${got%$'\n'}
	if [ "$got" == "$(cat "$4")" ] && [ "$code" == "$5" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $1:$2: $3 (exit $code, expected $5)"
		diff -u "$4" <(printf '%s\n' "$got") | head -40
		head -5 "$work/stderr"
	fi
}
for f in tests/golden/cases/*.test; do
	cmd= line=0 start=0
	: >"$work/expected"
	while IFS= read -r l || [ -n "$l" ]; do
		line=$((line + 1))
		case "$l" in
		'$ '*)	cmd=${l#\$ }; start=$line; : >"$work/expected" ;;
		'? '*)	[ -n "$cmd" ] && run_case "$f" "$start" "$cmd" "$work/expected" "${l#? }"; cmd= ;;
		'#'*)	[ -z "$cmd" ] && continue; printf '%s\n' "$l" >>"$work/expected" ;;
		*)	[ -n "$cmd" ] && printf '%s\n' "$l" >>"$work/expected" ;;
		esac
	done <"$f"
	# expected files end without the trailing newline the $(...) capture drops
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
