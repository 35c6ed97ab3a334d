# bench/common.sh: what bench/run.sh and bench/server.sh share; sourced, not run.
#
# bench_setup NAME ABIDB: sets ROOT (the repository), ABIDB (absolute path of the binary), OUT
# (bench/out), DATA (BENCH_DATA, else ../shared/data when it has qemu-* folders, else the bundled
# sample tests/data) and INPUTS (its qemu-* folders); exits 2 with a message naming NAME otherwise.
# bench_summary_rows PREFIX FILE: put FILE's rows (each starting "| PREFIX ") at the end of
# bench/out/summary.md in place of earlier ones; a new summary gets the table header.
bench_summary_rows() {
	if [ -s "$OUT/summary.md" ]; then
		sed -i "/^| $1 /d" "$OUT/summary.md"
	else
		printf '| Measure | Result | Reference (same run) | Ratio | Target |\n|---|---|---|---|---|\n' >"$OUT/summary.md"
	fi
	cat "$2" >>"$OUT/summary.md"
}

bench_setup() {
	local name=$1
	ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
	ABIDB=$2
	OUT=$ROOT/bench/out
	mkdir -p "$OUT"
	if [ ! -x "$ABIDB" ]; then
		echo "$name: $ABIDB is not built: run make first" >&2
		exit 2
	fi
	ABIDB=$(cd "$(dirname "$ABIDB")" && pwd)/$(basename "$ABIDB")
	if [ -n "${BENCH_DATA:-}" ]; then
		DATA=$BENCH_DATA
	elif compgen -G "$ROOT/../shared/data/qemu-*" >/dev/null; then
		DATA=$(cd "$ROOT/../shared/data" && pwd)
	else
		DATA=$ROOT/tests/data
	fi
	INPUTS=("$DATA"/qemu-*)
	[ -d "${INPUTS[0]}" ] || { echo "$name: no qemu-* folders in $DATA" >&2; exit 2; }
}
